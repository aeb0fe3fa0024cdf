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
import { collaborationSchema, COLLAB_NAMESPACE } from '../../../src/lib/state/collaboration';
import { odeSchema, ODE_NAMESPACE } from '../../../src/lib/state/ode';
import { parseOdeUrl, writeOdeUrl } from '../../../src/islands/ode/url-state';

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
    case 'intset':
      return (
        Array.isArray(v) &&
        v.length <= (field.maxItems ?? Infinity) &&
        v.every((k, n) => Number.isInteger(k) && k >= field.min && k <= field.max && (n === 0 || k > v[n - 1]))
      );
    case 'entries': {
      if (!Array.isArray(v) || v.length > (field.maxItems ?? Infinity)) return false;
      const places = v.map((e) => (e.at as number[]).join(','));
      if (new Set(places).size !== v.length) return false;
      return v.every(
        (e) =>
          e.at.length === field.arity &&
          (e.at as number[]).every((k) => Number.isInteger(k) && k >= field.atMin && k <= field.atMax) &&
          Number.isFinite(e.value) &&
          !Object.is(e.value, -0) &&
          e.value >= field.min &&
          e.value <= field.max,
      );
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
      const x = pick(r, [
        field.min,
        field.max,
        field.min - 1,
        field.max + 1,
        int(r, field.min, Math.min(field.max, field.min + 1000)),
        field.min + Math.floor(r() * span),
      ]);
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
    case 'intset': {
      const n = int(r, 0, (field.maxItems ?? 8) + 3);
      return Array.from({ length: n }, () =>
        pick(r, [String(int(r, field.min - 2, field.max + 2)), ` ${field.min}`, '07', '1e1', '2.0', '', String(field.max)]),
      ).join(',');
    }
    case 'entries': {
      const idx = () => String(int(r, field.atMin - 1, Math.min(field.atMax, 40) + 1));
      const num = () =>
        pick(r, [
          String(field.min),
          String(field.max),
          '-0',
          '0',
          '1e-7',
          '1e3',
          String(field.max + 1),
          (field.min + r() * (field.max - field.min) * 1.4).toFixed(int(r, 0, 4)),
        ]);
      const n = int(r, 0, (field.maxItems ?? 6) + 5);
      return Array.from({ length: n }, () => `${Array.from({ length: r() < 0.05 ? field.arity + 1 : field.arity }, idx).join(',')}:${num()}`).join(';');
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
    else if (f.type === 'intset') {
      const n = int(r, 0, Math.min(f.maxItems ?? 10, f.max - f.min + 1));
      out[key] = [...new Set(Array.from({ length: n }, () => int(r, f.min, f.max)))].sort((a, b) => a - b);
    } else if (f.type === 'entries') {
      const byPlace = new Map<string, { at: number[]; value: number }>();
      for (let n = int(r, 0, f.maxItems ?? 6); n > 0; n--) {
        const at = Array.from({ length: f.arity }, () => int(r, f.atMin, f.atMax));
        const value = r() < 0.2 ? pick(r, [f.min, f.max, 0]) : f.min + r() * (f.max - f.min);
        byPlace.set(at.join(','), { at, value });
      }
      out[key] = [...byPlace.values()];
    } else if (f.type === 'int') out[key] = r() < 0.2 ? pick(r, [f.min, f.max]) : int(r, f.min, Math.min(f.max, f.min + 2 ** int(r, 1, 31)));
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
  [COLLAB_NAMESPACE, collaborationSchema(29, [3, 5])],
  [ODE_NAMESPACE, odeSchema(12)],
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

describe('ode.*: the widget adapter over the schema', () => {
  it("shown/edits/x0 read through parseOdeUrl survive writeOdeUrl silently (the widget's own shapes)", () => {
    const d = 12;
    inputs(odeSchema(d), ODE_NAMESPACE, N / 2, 41).forEach((x, i) => {
      const { state } = parseOdeUrl(new URLSearchParams(x), d);
      const text = writeOdeUrl(new URLSearchParams(), state, d).toString();
      const again = parseOdeUrl(new URLSearchParams(text), d);
      same(again.state, state, `#${i} ${x} → ${text}`);
      same(again.notices, [], `#${i} ${x} → ${text}`);
    });
  });
});
