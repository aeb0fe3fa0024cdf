import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { initialParams, paramsFromTorch, paramsToTorch } from '../../src/lib/params';
import { makeConfig, parameterCount } from '../../src/lib/config';

describe('initial parameters', () => {
  const c = makeConfig({ seed: 3 });
  const x = initialParams(c);

  it('has PyTorch’s shapes and the paper’s 49,311 parameters', () => {
    const n = x.embedding.length + x.w0.length + x.b0.length + x.w1.length + x.b1.length + x.w2.length + x.b2.length;
    expect(n).toBe(parameterCount(c));
    expect([x.embedding.length, x.w0.length, x.w2.length]).toEqual([59 * 128, 100 * 256, 59 * 100]);
  });

  it('draws E ~ N(0, 1) and Linear weights and biases ~ U(±1/√fan_in)', () => {
    const mean = x.embedding.reduce((a, v) => a + v, 0) / x.embedding.length;
    const varE = x.embedding.reduce((a, v) => a + (v - mean) ** 2, 0) / x.embedding.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(varE - 1)).toBeLessThan(0.05);
    const check = (w: Float64Array, fanIn: number) => {
      const b = 1 / Math.sqrt(fanIn);
      expect(Math.max(...w)).toBeLessThanOrEqual(b);
      expect(Math.min(...w)).toBeGreaterThanOrEqual(-b);
      expect(Math.max(...w)).toBeGreaterThan(0.9 * b); // really spread over the whole interval
      const v = w.reduce((a, t) => a + t * t, 0) / w.length;
      expect(Math.abs(v - (b * b) / 3) / ((b * b) / 3)).toBeLessThan(0.1); // Var U(−b, b) = b²/3
    };
    check(x.w0, 256);
    check(x.b0, 256);
    check(x.w1, 100);
    check(x.w2, 100);
  });

  it('keeps the embedding fixed across seeds in fix-embedding mode, and the MLP in fix-mlp mode', () => {
    const a = initialParams(makeConfig({ mode: 'fix-embedding', seed: 1, initSeed: 7 }));
    const b = initialParams(makeConfig({ mode: 'fix-embedding', seed: 2, initSeed: 7 }));
    expect(a.embedding).toEqual(b.embedding);
    expect(a.w1).not.toEqual(b.w1);
    const m1 = initialParams(makeConfig({ mode: 'fix-mlp', seed: 1, initSeed: 7 }));
    const m2 = initialParams(makeConfig({ mode: 'fix-mlp', seed: 2, initSeed: 7 }));
    expect(m1.w1).toEqual(m2.w1);
    expect(m1.embedding).not.toEqual(m2.embedding);
  });

  it('round-trips the golden fixture’s PyTorch layout and names wrong shapes', () => {
    const g = JSON.parse(readFileSync('test/fixtures/golden-p59-d32-s0.json', 'utf8'));
    const shape = { p: 59, d: 32, hidden: 100 };
    const host = paramsFromTorch(g.initialParameters, shape);
    expect(paramsToTorch(host)).toEqual(g.initialParameters);
    const broken = { ...g.initialParameters, 'linears.1.weight': g.initialParameters['linears.1.weight'].slice(1) };
    expect(() => paramsFromTorch(broken, shape)).toThrow(/"linears.1.weight" must have 100 rows/);
    const missing = { ...g.initialParameters };
    delete missing['linears.2.bias'];
    expect(() => paramsFromTorch(missing, shape)).toThrow(/missing "linears.2.bias"/);
  });
});
