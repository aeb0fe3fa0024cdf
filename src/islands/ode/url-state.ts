/**
 * The circles'-ODE widget keeps its state in the page URL, in its own `ode.` namespace, so a
 * reader can share exactly what they see:
 *
 *   ?ode.alpha=0.01&ode.edit=3,5:-0.02;7,7:-0.01&ode.x0=12:40&ode.k=1,7
 *
 *   ode.alpha  Lasso penalty, 0 (least squares) to 1
 *   ode.edit   edited coefficients A[i][j] = v, as "i,j:v" (target i, source j, frequencies 1..d), ";"-separated
 *   ode.x0     edited initial signals, "k:v", ";"-separated
 *   ode.k      frequencies whose curves are shown
 *
 * Parsing never throws: out-of-range numbers are clamped, malformed items dropped, and each
 * such repair is reported as a notice the widget shows. Other query parameters are left alone.
 */
export const DEFAULT_ALPHA = 0.01;
export const MAX_ALPHA = 1;
/** |A_ij| larger than this makes no sense for signals that move by ≲ 1 per step. */
export const MAX_COEFFICIENT = 1;
export const MAX_SIGNAL = 1000;
export const MAX_EDITS = 20;
export const MAX_SHOWN = 8;

export interface CoefficientEdit {
  /** Target frequency (row), 1-based. */
  i: number;
  /** Source frequency (column), 1-based. */
  j: number;
  value: number;
}

export interface SignalEdit {
  k: number;
  value: number;
}

export interface OdeUrlState {
  alpha: number;
  edits: CoefficientEdit[];
  x0: SignalEdit[];
  /** Shown frequencies; null = the default choice. */
  shown: number[] | null;
}

export type NoticeKind = 'alpha' | 'edit' | 'x0' | 'k' | 'unknown';
export interface UrlNotice {
  kind: NoticeKind;
  /** The offending raw text (for an unknown setting, its name). */
  raw: string;
  /** 'clamped': a value was moved into range; 'dropped': the item was ignored. */
  action: 'clamped' | 'dropped';
}

// `+ 0` turns -0 into 0: "-0" in a link would otherwise be written back as "0" and read as a different number.
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v)) + 0;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const parseNumber = (s: string): number | null => (NUMBER.test(s.trim()) ? Number(s.trim()) : null);
const parseIndex = (s: string, d: number): number | null => (/^\d+$/.test(s.trim()) && +s >= 1 && +s <= d ? +s : null);

const KNOWN_KEYS = ['ode.alpha', 'ode.edit', 'ode.x0', 'ode.k'];

export function parseOdeUrl(params: URLSearchParams, d: number): { state: OdeUrlState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const state: OdeUrlState = { alpha: DEFAULT_ALPHA, edits: [], x0: [], shown: null };

  const rawAlpha = params.get('ode.alpha');
  if (rawAlpha !== null) {
    const a = parseNumber(rawAlpha);
    if (a === null || !Number.isFinite(a)) notices.push({ kind: 'alpha', raw: rawAlpha, action: 'dropped' });
    else {
      state.alpha = clamp(a, 0, MAX_ALPHA);
      if (state.alpha !== a) notices.push({ kind: 'alpha', raw: rawAlpha, action: 'clamped' });
    }
  }

  const rawEdit = params.get('ode.edit');
  if (rawEdit) {
    const seen = new Map<string, CoefficientEdit>();
    for (const item of rawEdit.split(';').filter(Boolean)) {
      const m = /^([^,:]+),([^,:]+):(.+)$/.exec(item);
      const i = m ? parseIndex(m[1]!, d) : null;
      const j = m ? parseIndex(m[2]!, d) : null;
      const v = m ? parseNumber(m[3]!) : null;
      if (i === null || j === null || v === null || !Number.isFinite(v) || seen.size >= MAX_EDITS) {
        notices.push({ kind: 'edit', raw: item, action: 'dropped' });
        continue;
      }
      const value = clamp(v, -MAX_COEFFICIENT, MAX_COEFFICIENT);
      if (value !== v) notices.push({ kind: 'edit', raw: item, action: 'clamped' });
      seen.set(`${i},${j}`, { i, j, value });
    }
    state.edits = [...seen.values()];
  }

  const rawX0 = params.get('ode.x0');
  if (rawX0) {
    const seen = new Map<number, SignalEdit>();
    for (const item of rawX0.split(';').filter(Boolean)) {
      const m = /^([^:]+):(.+)$/.exec(item);
      const k = m ? parseIndex(m[1]!, d) : null;
      const v = m ? parseNumber(m[2]!) : null;
      if (k === null || v === null || !Number.isFinite(v)) {
        notices.push({ kind: 'x0', raw: item, action: 'dropped' });
        continue;
      }
      const value = clamp(v, 0, MAX_SIGNAL);
      if (value !== v) notices.push({ kind: 'x0', raw: item, action: 'clamped' });
      seen.set(k, { k, value });
    }
    state.x0 = [...seen.values()];
  }

  const rawK = params.get('ode.k');
  if (rawK !== null) {
    const ks: number[] = [];
    for (const item of rawK.split(',').filter((s) => s.trim() !== '')) {
      const k = parseIndex(item, d);
      if (k === null || ks.length >= MAX_SHOWN) notices.push({ kind: 'k', raw: item, action: 'dropped' });
      else if (!ks.includes(k)) ks.push(k);
    }
    state.shown = ks.length > 0 ? ks.sort((u, v) => u - v) : null;
  }
  // Settings of this namespace the widget does not have (a typo, or a link from another version).
  const reported = new Set<string>();
  for (const name of params.keys()) {
    if (!name.startsWith('ode.') || KNOWN_KEYS.includes(name) || reported.has(name)) continue;
    reported.add(name);
    notices.push({ kind: 'unknown', raw: name, action: 'dropped' });
  }
  return { state, notices };
}

/** Shortest text that parses back to the same number. */
const num = (v: number) => String(v);

/** Writes the state into a copy of `params` (only non-default values; other keys untouched). */
export function writeOdeUrl(params: URLSearchParams, state: OdeUrlState): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const key of ['ode.alpha', 'ode.edit', 'ode.x0', 'ode.k']) out.delete(key);
  if (state.alpha !== DEFAULT_ALPHA) out.set('ode.alpha', num(state.alpha));
  if (state.edits.length) out.set('ode.edit', state.edits.map((e) => `${e.i},${e.j}:${num(e.value)}`).join(';'));
  if (state.x0.length) out.set('ode.x0', state.x0.map((e) => `${e.k}:${num(e.value)}`).join(';'));
  if (state.shown) out.set('ode.k', state.shown.join(','));
  return out;
}
