/**
 * Generated hostile URL states for the widgets' URL parsers: wrong types, huge, negative and
 * non-finite numbers, empty values, unicode, markup and script, malformed escapes, very long
 * values, unknown and repeated keys, and hashes of the same kinds. Seeded, so a failure replays.
 */
import { seeded } from './seeded';

/** Marker any injected script or handler would set: the tests assert it never appears. */
export const XSS_FLAG = '__fuzzXss';

const MARKUP = [
  `<script>window.${XSS_FLAG}=1</script>`,
  `"><img src=x onerror="window.${XSS_FLAG}=1">`,
  `<svg onload="window.${XSS_FLAG}=1">`,
  `javascript:window.${XSS_FLAG}=1`,
  `<b>bold</b>`,
  `'; window.${XSS_FLAG}=1; '`,
];

const NASTY = [
  '',
  ' ',
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '1e999',
  '-1e999',
  '1e-400',
  '-0',
  '0x1F',
  '0b11',
  '1_000',
  '１２',
  '٣',
  '3.',
  '.5',
  '+7',
  ' 7 ',
  '7e0',
  '-5',
  '2147483648',
  '-2147483649',
  '99999999999999999999999',
  '0.999999999999',
  'true',
  'false',
  'null',
  'undefined',
  '[]',
  '{}',
  '1,2,3',
  '1,,2',
  ',',
  '1;2',
  '3:4',
  '3,5:-0.02;7,7:-0.01',
  '12:40',
  '1,1,1,1,1,1',
  'ref',
  'lab',
  'file',
  'auto',
  'wasm',
  'webgl',
  'cpu',
  'max',
  '😀',
  'ｋ',
  '\u202e',
  '\u0000',
  'ü',
  '日本語',
  'a'.repeat(300),
  '9'.repeat(70),
  ...MARKUP,
];

/** Raw (unencoded) fragments that break percent-decoding or the query's structure. */
const RAW = ['%', '%E0%A4%A', '%ZZ', '%00', '&&', '=', '==', '%26', '%3D', '+', '%2B'];

const HASHES = ['', '#', '#top', '#widget-lab', '#%E0%A4%A', '#%', `#<img src=x onerror=window.${XSS_FLAG}=1>`, '#日本語', '#' + 'x'.repeat(500), '#a#b'];

export interface FuzzTarget {
  namespace: string;
  keys: readonly string[];
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function value(r: () => number): string {
  const roll = r();
  if (roll < 0.45) return pick(r, NASTY);
  if (roll < 0.6) return String(Math.round((r() - 0.5) * 10 ** Math.floor(r() * 12)));
  if (roll < 0.75) return String((r() - 0.3) * 10 ** (Math.floor(r() * 8) - 3));
  if (roll < 0.85) return Array.from({ length: 1 + Math.floor(r() * 5) }, () => Math.floor(r() * 80) - 10).join(',');
  return String.fromCodePoint(...Array.from({ length: 1 + Math.floor(r() * 8) }, () => Math.floor(r() * 0x2ffff)).filter((c) => c < 0xd800 || c > 0xdfff));
}

function key(r: () => number, t: FuzzTarget): string {
  const roll = r();
  if (roll < 0.75) return `${t.namespace}.${pick(r, t.keys)}`;
  if (roll < 0.85) return `${t.namespace}.${pick(r, ['zz', '__proto__', 'constructor', 'toString', '', 'ö', 'key with space', '<b>k</b>'])}`;
  if (roll < 0.93) return pick(r, ['lab.seed', 'fit.k', 'collab.keep', 'ode.alpha', 'x', '', '__proto__']);
  return pick(r, t.keys);
}

/** `n` query+hash strings ("?a=1&b=2#h") for one widget, from `seed`. */
export function fuzzStates(t: FuzzTarget, n: number, seed: number): string[] {
  const r = seeded(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    const count = 1 + Math.floor(r() * 6);
    for (let j = 0; j < count; j++) {
      const k = key(r, t);
      const v = value(r);
      const enc = r() < 0.85 ? encodeURIComponent(v) : v.replace(/[#]/g, '%23');
      parts.push(`${encodeURIComponent(k)}=${enc}${r() < 0.1 ? pick(r, RAW) : ''}`);
      // Repeated keys: the same key again with another value.
      if (r() < 0.15) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(value(r))}`);
    }
    if (r() < 0.05) parts.push(pick(r, RAW));
    out.push(`?${parts.join('&')}${pick(r, HASHES)}`);
  }
  return out;
}
