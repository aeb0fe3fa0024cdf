/**
 * Properties of the URL-state parsers that hold whatever a parser decides about a given input, so
 * a parser bug cannot hide behind the parser being its own oracle (as it can in the browser fuzz):
 *  (a) round trip: the state read from any URL, written and read again, is the same state, and the
 *      written text is a fixed point (writing the re-read state gives the same text);
 *  (b) idempotence: read(write(read(x))) == read(x), with no notice the second time;
 *  (c) every accepted value lies inside the schema's declared bounds, enum and grid (checked here
 *      from the declaration, not with the schema's own isValid);
 *  (d) a state made of valid values (generated from the declaration) is written and read back
 *      unchanged, with no notice.
 * Inputs: near-valid values around each field's bounds and grid, plus the browser fuzz's hostile
 * strings (test/support/url-fuzz.ts). Seeded, so a failure replays from its seed and index.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { seeded } from '../../support/seeded';
import { fuzzStates } from '../../support/url-fuzz';
import { parseState, writeState, type Field, type Schema, type StateOf } from '../../../src/lib/state/schema';
import { labSchema, LAB_NAMESPACE, readLabState, writeLabState } from '../../../src/lib/state/lab';
import { fitnessSchema, FIT_NAMESPACE } from '../../../src/lib/state/fitness';
import { twoSpeciesSchema, TWO_NAMESPACE } from '../../../src/lib/state/two-species';
import { dimensionSchema, DIM_NAMESPACE, readDimensionState, writeDimensionState } from '../../../src/lib/state/dimension';
import { DIMENSIONS } from '../../../src/reference/manifest';
import { parseKeep, serialiseKeep } from '../../../src/islands/collaboration/model';
import { MAX_ALPHA, MAX_COEFFICIENT, MAX_EDITS, MAX_SHOWN, MAX_SIGNAL, parseOdeUrl, writeOdeUrl } from '../../../src/islands/ode/url-state';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/**
 * Thousands of cases per property: compare cheaply (Object.is on numbers, so -0 ≠ 0) and hand only a
 * failing case to expect, for its diff.
 */
function same(actual: unknown, expected: unknown, where: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, where).toStrictEqual(expected);
}
function holds(ok: boolean, where: string): void {
  if (!ok) expect.fail(where);
}

/** Is `v` a value the declaration allows? Written from the field's declaration alone. */
function inBounds(field: Field, v: unknown): boolean {
  switch (field.type) {
    case 'bool':
      return typeof v === 'boolean';
    case 'enum':
      return (field.values as readonly unknown[]).includes(v);
    case 'int':
    case 'float': {
      if (typeof v !== 'number' || !Number.isFinite(v) || Object.is(v, -0) || v < field.min || v > field.max) return false;
      if (field.type === 'int') return Number.isInteger(v);
      if (!field.step || v === field.max) return true;
      const k = (v - field.min) / field.step;
      return Math.abs(k - Math.round(k)) < 1e-6;
    }
  }
}

/** A raw URL value near the field's edges and grid: valid, just outside, off-grid, odd spellings. */
function nearValue(r: Rand, field: Field): string {
  switch (field.type) {
    case 'bool':
      return pick(r, ['1', '0', 'true', 'false', 'TRUE', ' 1 ', 'yes', '2', '']);
    case 'enum': {
      const v = pick(r, field.values);
      if (typeof v === 'number' && r() < 0.5) return String(v + pick(r, [-3, -1, 1, 0.5, -0.5, 1e6, -1e6]));
      return r() < 0.9 ? String(v) : pick(r, ['', 'AUTO', `${String(v)} `, '0', '-1']);
    }
    case 'int': {
      const span = field.max - field.min;
      const x = pick(r, [field.min, field.max, field.min - 1, field.max + 1, int(r, field.min, Math.min(field.max, field.min + 1000)), field.min + Math.floor(r() * span)]);
      return r() < 0.1 ? `${x}.5` : r() < 0.1 ? `${x}e0` : String(x);
    }
    case 'float': {
      const { min, max, step } = field;
      const roll = r();
      if (roll < 0.15) return String(pick(r, [min, max, -min, 2 * max + 1, min - (step ?? 1e-3), max + (step ?? 1e-3)]));
      if (roll < 0.45 && step) return String(min + int(r, -2, Math.round((max - min) / step) + 2) * step); // on the grid, with float noise
      if (roll < 0.55) return (min + r() * (max - min)).toExponential(int(r, 0, 6));
      return (min + r() * (max - min)).toFixed(int(r, 0, 8));
    }
  }
}

/** A query string for one namespace: near-valid values for known keys, sometimes an unknown key. */
function nearState(r: Rand, schema: Schema, ns: string): string {
  const params = new URLSearchParams();
  for (const [key, field] of Object.entries(schema)) if (r() < 0.6) params.append(`${ns}.${key}`, nearValue(r, field));
  if (r() < 0.1) params.append(`${ns}.nope`, '1');
  if (r() < 0.1) params.append('other.x', '2');
  return `?${params.toString()}`;
}

/** A state of valid values, drawn from the declaration (not from the parser). */
function validState<S extends Schema>(r: Rand, schema: S): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [key, f] of Object.entries(schema)) {
    if (f.type === 'bool') out[key] = r() < 0.5;
    else if (f.type === 'enum') out[key] = pick(r, f.values);
    else if (f.type === 'int') out[key] = r() < 0.2 ? pick(r, [f.min, f.max]) : int(r, f.min, Math.min(f.max, f.min + 2 ** int(r, 1, 31)));
    else if (f.step) out[key] = Number((f.min + int(r, 0, Math.floor((f.max - f.min) / f.step + 1e-9)) * f.step).toFixed(10));
    else out[key] = r() < 0.2 ? pick(r, [f.min, f.max]) : f.min + r() * (f.max - f.min);
  }
  return out as StateOf<S>;
}

function inputs(schema: Schema, ns: string, n: number, seed: number): string[] {
  const r = seeded(seed);
  const hostile = fuzzStates({ namespace: ns, keys: Object.keys(schema) }, Math.floor(n / 3), seed + 1);
  return [...Array.from({ length: n - hostile.length }, () => nearState(r, schema, ns)), ...hostile];
}

const SCHEMAS: [string, Schema][] = [
  [LAB_NAMESPACE, labSchema],
  [FIT_NAMESPACE, fitnessSchema],
  [TWO_NAMESPACE, twoSpeciesSchema],
  [DIM_NAMESPACE, dimensionSchema(DIMENSIONS)],
];
const N = 2000;

describe.each(SCHEMAS)('schema %s.*: properties over %#', (ns, schema) => {
  const read = (search: string) => parseState(schema, search, ns);
  const write = (state: StateOf<Schema>) => writeState(schema, state, ns).toString();

  it(`(a)(b)(c) over ${N} near-valid and hostile URLs`, () => {
    inputs(schema, ns, N, 16).forEach((x, i) => {
      const first = read(x);
      for (const [key, field] of Object.entries(schema)) {
        holds(inBounds(field, first.state[key]), `#${i} ${x}: ${key}=${String(first.state[key])} outside its declaration`);
      }
      const text = write(first.state);
      const again = read(text);
      same(again.state, first.state, `#${i} ${x} → ${text}`);
      same(again.notices, [], `#${i} ${x} → ${text}`);
      same(write(again.state), text, `#${i} ${x}`);
    });
  });

  it(`(d) ${N} states of valid values come back unchanged, with no notice`, () => {
    const r = seeded(61);
    for (let i = 0; i < N; i++) {
      const s = validState(r, schema);
      const text = write(s);
      const back = read(text);
      same(back.state, s, `#${i} ${text}`);
      same(back.notices, [], `#${i} ${text}`);
    }
  });
});

describe('widget readers on top of the schema', () => {
  it('lab (with its cross-field rules): read → write → read is stable, bounded and silent', () => {
    inputs(labSchema, LAB_NAMESPACE, N, 23).forEach((x, i) => {
      const first = readLabState(x);
      for (const [key, field] of Object.entries(labSchema)) {
        holds(inBounds(field, first.state[key as keyof typeof labSchema]), `#${i} ${x}: ${key}`);
      }
      holds(first.state.lr * first.state.wd < 1, `#${i} ${x}: lr · wd = ${first.state.lr * first.state.wd} ≥ 1`);
      holds(first.state.step <= first.state.steps, `#${i} ${x}: step > steps`);
      const text = writeLabState(first.state).toString();
      const again = readLabState(text);
      same(again.state, first.state, `#${i} ${x} → ${text}`);
      same(again.notices, [], `#${i} ${x} → ${text}`);
    });
  });

  it('lab: a too-large weight decay is lowered below 1/lr (found by the property above: lr=9.1 once rounded wd up to 0.11)', () => {
    const { state, notices } = readLabState('?lab.lr=9.1&lab.wd=0.1641');
    expect(state).toMatchObject({ lr: 9.1, wd: 0.1 });
    expect(notices).toEqual([{ key: 'wd', kind: 'adjusted', raw: '0.1641', value: '0.1' }]);
  });

  it('dimension: whatever d a link holds, the width read is a reference width that survives a round trip', () => {
    inputs(dimensionSchema(DIMENSIONS), DIM_NAMESPACE, N, 29).forEach((x, i) => {
      const { d } = readDimensionState(DIMENSIONS, x);
      holds(DIMENSIONS.includes(d), `#${i} ${x}: d=${d}`);
      const again = readDimensionState(DIMENSIONS, writeDimensionState(DIMENSIONS, d));
      same(again, { d, notices: [] }, `#${i} ${x}`);
    });
  });
});

describe('parsers outside the schema (collab.keep, ode.*): the same properties', () => {
  const HALF = 29;

  it('collab.keep: kept frequencies are distinct integers in 1..half and survive a round trip silently', () => {
    const r = seeded(37);
    const hostile = fuzzStates({ namespace: 'collab', keys: ['keep'] }, N / 2, 38).map((s) => new URLSearchParams(s.split('#')[0]).get('collab.keep'));
    const near = Array.from({ length: N / 2 }, () => Array.from({ length: int(r, 0, 8) }, () => pick(r, [String(int(r, -2, HALF + 2)), ' 3', '07', '1e1', '2.0', ''])).join(','));
    [...near, ...hostile].forEach((raw, i) => {
      const { keep } = parseKeep(raw, HALF, [3, 5]);
      same(new Set(keep).size, keep.length, `#${i} ${raw}`);
      for (const k of keep) holds(Number.isInteger(k) && k >= 1 && k <= HALF, `#${i} ${raw}: ${k}`);
      if (raw === null) return;
      const again = parseKeep(serialiseKeep(keep), HALF, [3, 5]);
      same(again, { keep, notices: [] }, `#${i} ${raw}`);
    });
  });

  it('ode.*: alpha, edits, x0 and shown stay inside their limits and survive a round trip silently', () => {
    const d = 12;
    const r = seeded(41);
    const num = () => pick(r, [String(r() * 3 - 1.5), (r() * 2000 - 500).toFixed(int(r, 0, 4)), '-0', '0', '1e-7', '1e3', '-1', String(MAX_COEFFICIENT), String(MAX_SIGNAL + 1)]);
    const idx = () => String(int(r, 0, d + 1));
    const near = Array.from({ length: N / 2 }, () => {
      const p = new URLSearchParams();
      if (r() < 0.6) p.set('ode.alpha', num());
      if (r() < 0.6) p.set('ode.edit', Array.from({ length: int(r, 0, 25) }, () => `${idx()},${idx()}:${num()}`).join(';'));
      if (r() < 0.6) p.set('ode.x0', Array.from({ length: int(r, 0, 6) }, () => `${idx()}:${num()}`).join(';'));
      if (r() < 0.6) p.set('ode.k', Array.from({ length: int(r, 0, 10) }, idx).join(','));
      return `?${p.toString()}`;
    });
    const hostile = fuzzStates({ namespace: 'ode', keys: ['alpha', 'edit', 'x0', 'k'] }, N / 2, 42).map((s) => s.split('#')[0]!);
    [...near, ...hostile].forEach((x, i) => {
      const { state } = parseOdeUrl(new URLSearchParams(x), d);
      const where = `#${i} ${x}`;
      holds(state.alpha >= 0 && state.alpha <= MAX_ALPHA, where);
      holds(state.edits.length <= MAX_EDITS, where);
      for (const e of state.edits) holds([e.i, e.j].every((k) => Number.isInteger(k) && k >= 1 && k <= d) && Math.abs(e.value) <= MAX_COEFFICIENT, where);
      for (const e of state.x0) holds(Number.isInteger(e.k) && e.k >= 1 && e.k <= d && e.value >= 0 && e.value <= MAX_SIGNAL, where);
      if (state.shown) {
        holds(state.shown.length <= MAX_SHOWN, where);
        same(state.shown, [...new Set(state.shown)].sort((a, b) => a - b), where);
      }
      const text = writeOdeUrl(new URLSearchParams(), state).toString();
      const again = parseOdeUrl(new URLSearchParams(text), d);
      same(again.state, state, `${where} → ${text}`);
      same(again.notices, [], `${where} → ${text}`);
      same(writeOdeUrl(new URLSearchParams(), again.state).toString(), text, where);
    });
  });
});
