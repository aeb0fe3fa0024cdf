import { describe, expect, it } from 'vitest';
import { parseField, parseState, writeState, defaults, type Schema } from '../../../src/lib/state/schema';
import { LAB_PRESETS, labConfig, labSchema, readLabState, writeLabState, reconcile, type LabState } from '../../../src/lib/state/lab';

const schema = {
  n: { type: 'int', default: 5, min: 1, max: 10 },
  x: { type: 'float', default: 0.5, min: 0, max: 1 },
  mode: { type: 'enum', default: 'a', values: ['a', 'b'] },
  prime: { type: 'enum', default: 7, values: [5, 7, 11] },
  on: { type: 'bool', default: false },
} satisfies Schema;

describe('state schema: fields', () => {
  it('parses valid values exactly', () => {
    expect(parseField(schema.n, '7')).toEqual({ ok: true, value: 7, clamped: false });
    expect(parseField(schema.x, '1e-1')).toEqual({ ok: true, value: 0.1, clamped: false });
    expect(parseField(schema.mode, 'b')).toEqual({ ok: true, value: 'b', clamped: false });
    expect(parseField(schema.prime, '11')).toEqual({ ok: true, value: 11, clamped: false });
    expect(parseField(schema.on, 'true')).toEqual({ ok: true, value: true, clamped: false });
  });

  it('clamps out-of-range numbers and snaps numeric enums to the nearest member', () => {
    expect(parseField(schema.n, '99')).toEqual({ ok: true, value: 10, clamped: true });
    expect(parseField(schema.n, '-3')).toEqual({ ok: true, value: 1, clamped: true });
    expect(parseField(schema.x, '1e999')).toEqual({ ok: true, value: 1, clamped: true });
    expect(parseField(schema.prime, '10')).toEqual({ ok: true, value: 11, clamped: true });
  });

  it('rejects malformed values', () => {
    for (const raw of ['', ' ', 'abc', '3.5', 'NaN', 'Infinity', '-Infinity', '0x10', '1,5', '5px', '１２']) {
      expect(parseField(schema.n, raw).ok, raw).toBe(false);
    }
    for (const raw of ['NaN', 'nan', 'Infinity', '.', 'e5', '--1']) expect(parseField(schema.x, raw).ok, raw).toBe(false);
    expect(parseField(schema.mode, 'c').ok).toBe(false);
    expect(parseField(schema.prime, 'seven').ok).toBe(false);
    expect(parseField(schema.on, 'yes').ok).toBe(false);
    expect(parseField(schema.n, '1'.repeat(100)).ok).toBe(false);
  });
});

describe('state schema: whole states', () => {
  it('round-trips any valid state through the URL', () => {
    const state = { n: 3, x: 0.125, mode: 'b' as const, prime: 11 as const, on: true };
    const params = writeState(schema, state, 'w');
    expect(params.toString()).toBe('w.n=3&w.x=0.125&w.mode=b&w.prime=11&w.on=1');
    expect(parseState(schema, params, 'w')).toEqual({ state, notices: [] });
    // Defaults are left out, and parse back to themselves.
    expect(writeState(schema, defaults(schema), 'w').toString()).toBe('');
  });

  it('keeps other namespaces and replaces its own', () => {
    const params = new URLSearchParams('other.n=1&w.n=2&w.zzz=1');
    writeState(schema, { ...defaults(schema), n: 9 }, 'w', params);
    expect(params.toString()).toBe('other.n=1&w.n=9');
  });

  it('reports clamped, rejected and unknown parameters, and uses defaults for rejected ones', () => {
    const { state, notices } = parseState(schema, '?w.n=50&w.x=abc&w.bogus=1&w.mode=b&other.n=abc', 'w');
    expect(state).toEqual({ ...defaults(schema), n: 10, mode: 'b' });
    expect(notices).toEqual([
      { key: 'n', kind: 'clamped', raw: '50', value: '10' },
      { key: 'x', kind: 'rejected', raw: 'abc', value: '0.5' },
      { key: 'bogus', kind: 'unknown', raw: '1' },
    ]);
  });

  it('never throws on hostile input, and never lets NaN or markup through', () => {
    const hostile = [
      '?w.n=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '?w.x=NaN&w.n=NaN',
      '?w.mode=%F0%9F%98%80&w.%E6%97%A5=%E6%9C%AC',
      '?w.n=%E0%A4%A',
      '?w.__proto__=1&w.constructor=2&w.toString=3',
      '?' + 'w.n=1&'.repeat(2000),
      '?w.x=' + '9'.repeat(5000),
      '?%%%&&&===',
    ];
    for (const q of hostile) {
      const { state, notices } = parseState(schema, q, 'w');
      for (const [k, f] of Object.entries(schema)) {
        const v = (state as Record<string, unknown>)[k];
        if (f.type === 'int' || f.type === 'float') expect(Number.isFinite(v), `${q} ${k}`).toBe(true);
      }
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
      for (const n of notices) expect(n.raw.length).toBeLessThanOrEqual(25);
    }
    // The markup comes back only as (shortened) text in a notice, never as a value.
    const { state, notices } = parseState(schema, hostile[0]!, 'w');
    expect(state.n).toBe(5);
    expect(notices[0]).toMatchObject({ key: 'n', kind: 'rejected' });
  });
});

describe('the lab schema', () => {
  it('defaults to the paper’s setup (p = 59, d = 128, lr 0.01, wd 0.5, 80 % train)', () => {
    const { state, notices } = readLabState('');
    expect(notices).toEqual([]);
    expect(labConfig(state)).toMatchObject({ p: 59, d: 128, seed: 0, lr: 0.01, weightDecay: 0.5, trainFraction: 0.8, steps: 3000 });
  });

  it('round-trips a shared link', () => {
    const s: LabState = { ...readLabState('').state, seed: 3, d: 64, p: 31, lr: 0.003, steps: 900, step: 500, backend: 'wasm', speed: '10', until: 0.95 };
    const q = writeLabState(s).toString();
    expect(q).toBe('lab.seed=3&lab.d=64&lab.p=31&lab.lr=0.003&lab.steps=900&lab.backend=wasm&lab.speed=10&lab.step=500&lab.until=0.95');
    expect(readLabState(q)).toEqual({ state: s, notices: [] });
  });

  it('clamps d to 2..256 and snaps p to a prime in 13..113', () => {
    const { state, notices } = readLabState('lab.d=1000&lab.p=60&lab.seed=-4');
    expect([state.d, state.p, state.seed]).toEqual([256, 59, 0]);
    expect(notices.map((n) => [n.key, n.kind])).toEqual([
      ['d', 'clamped'],
      ['p', 'clamped'],
      ['seed', 'clamped'],
    ]);
    expect(readLabState('lab.p=2').state.p).toBe(13);
  });

  it('lowers the weight decay when lr × wd ≥ 1, and the shared step to the run’s length', () => {
    const { state, notices } = readLabState('lab.lr=10&lab.steps=100&lab.step=400');
    expect(state.lr).toBe(10);
    expect(state.lr * state.wd).toBeLessThan(1);
    expect(state.step).toBe(100);
    expect(notices.map((n) => [n.key, n.kind])).toEqual([
      ['wd', 'adjusted'],
      ['step', 'adjusted'],
    ]);
    expect(() => labConfig(state)).not.toThrow();
  });

  it('every preset is a valid engine config and survives reconcile unchanged', () => {
    for (const pr of LAB_PRESETS) {
      const s = { ...readLabState('').state, ...pr.values };
      expect(reconcile(s)).toEqual({ state: s, notices: [] });
      expect(() => labConfig(s)).not.toThrow();
    }
  });

  it('every field’s bounds give a config the engine accepts', () => {
    const base = readLabState('').state;
    for (const [key, f] of Object.entries(labSchema)) {
      const values = f.type === 'enum' ? f.values : [f.min, f.max];
      for (const v of values) {
        const { state } = reconcile({ ...base, [key]: v } as LabState);
        expect(() => labConfig(state), `${key}=${String(v)}`).not.toThrow();
      }
    }
  });
});

describe('state schema: float fields on a grid (a slider step)', () => {
  const field = { type: 'float', default: 1.5, min: 0, max: 2.5, step: 0.05 } as const;
  it('keeps values on the grid and snaps others to the nearest grid point, with an adjusted notice', () => {
    expect(parseField(field, '0.8')).toEqual({ ok: true, value: 0.8, clamped: false });
    expect(parseField(field, '0.81')).toEqual({ ok: true, value: 0.8, clamped: false, adjusted: true });
    expect(parseField(field, '0.83')).toEqual({ ok: true, value: 0.85, clamped: false, adjusted: true });
    expect(parseField(field, '7')).toEqual({ ok: true, value: 2.5, clamped: true });
    const { state, notices } = parseState({ a: field }, '?t.a=1.234', 't');
    expect(state.a).toBe(1.25);
    expect(notices).toEqual([{ key: 'a', kind: 'adjusted', raw: '1.234', value: '1.25' }]);
  });
  it('writes only grid values, and they read back unchanged', () => {
    for (let k = 0; k <= 50; k++) {
      const v = Number((k * 0.05).toFixed(2));
      const params = writeState({ a: field }, { a: v }, 't');
      expect(parseState({ a: field }, params, 't')).toEqual({ state: { a: v }, notices: [] });
    }
    expect(writeState({ a: field }, { a: 0.81 }, 't').toString()).toBe('');
  });
});
