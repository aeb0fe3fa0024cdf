import { describe, expect, it } from 'vitest';
import { analyticSolution, fromRows, get, maxAbsDifference, NumericsError, type Matrix, zeros } from '../../../src/lib/ode/index';
import { at } from '../../../src/lib/ode/checked-index';
import { uniformGridSolution, uniformGridStep } from '../../../src/lib/ode/uniform-grid';

/** Deterministic pseudo-random numbers in [−1, 1) (no Math.random in tests). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

/** A 29×29 system shaped like the fitted ones: small couplings, mostly damped, a few zero rows. */
function randomSystem(seed: number, d = 29): { a: Matrix; b: Float64Array; x0: Float64Array } {
  const r = lcg(seed);
  const a = zeros(d, d);
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) a.data[i * d + j] = (i === j ? -0.01 : 0) + 0.002 * r();
  const b = Float64Array.from({ length: d }, () => 0.1 * r());
  const x0 = Float64Array.from({ length: d }, () => 20 + 5 * r());
  return { a, b, x0 };
}

describe('uniformGridSolution', () => {
  it('matches analyticSolution (one expm per time) on t = 0, 5, …, 300 for a 29×29 system', () => {
    const { a, b, x0 } = randomSystem(1);
    const times = Array.from({ length: 61 }, (_, k) => 5 * k);
    const slow = analyticSolution(a, b, x0, times);
    const fast = uniformGridSolution(a, b, x0, 5, 60);
    expect(fast.rows).toBe(61);
    const scale = Math.max(...Array.from(slow.data, Math.abs));
    // Measured ≈ 1e-12 relative; the recurrence accumulates only rounding.
    expect(maxAbsDifference(slow, fast) / scale).toBeLessThan(1e-9);
  });

  it('matches the block-exponential analytic solution for a singular A (zero row) with shift 0', () => {
    const { a, b, x0 } = randomSystem(2, 6);
    for (let j = 0; j < 6; j++) a.data[2 * 6 + j] = 0; // Lasso-style zero row: A is singular
    const times = Array.from({ length: 21 }, (_, k) => k);
    const slow = analyticSolution(a, b, x0, times, 0, { method: 'block' });
    const fast = uniformGridSolution(a, b, x0, 1, 20, 0);
    expect(maxAbsDifference(slow, fast)).toBeLessThan(1e-9);
    // With a zero row, that variable drifts linearly: x_2(t) = x_2(0) + b_2·t.
    expect(get(fast, 20, 2)).toBeCloseTo(at(x0, 2) + 20 * at(b, 2), 9);
  });

  it('agrees with fine-step explicit Euler (Δt = 1e-3) to first order', () => {
    const { a, b, x0 } = randomSystem(3, 8);
    const d = 8;
    const fast = uniformGridSolution(a, b, x0, 1, 10, 0);
    const h = 1e-3;
    const x = Float64Array.from(x0);
    const next = new Float64Array(d);
    for (let s = 0; s < 10_000; s++) {
      for (let i = 0; i < d; i++) {
        let v = at(b, i);
        for (let j = 0; j < d; j++) v += get(a, i, j) * at(x, j);
        next[i] = at(x, i) + h * v;
      }
      x.set(next);
    }
    let worst = 0;
    for (let i = 0; i < d; i++) worst = Math.max(worst, Math.abs(at(x, i) - get(fast, 10, i)));
    // Euler's global error is O(h); with |ẍ| small here it is far below 1e-3.
    expect(worst).toBeLessThan(1e-3);
    expect(worst).toBeGreaterThan(0);
  });

  it('the one-step map of ẋ = −x + 1 is Φ = e^{−Δt}, g = 1 − e^{−Δt}', () => {
    const { phi, g } = uniformGridStep(fromRows([[-1]]), [1], 0.5, 0);
    expect(phi.data[0]).toBeCloseTo(Math.exp(-0.5), 14);
    expect(g[0]).toBeCloseTo(1 - Math.exp(-0.5), 14);
  });

  it('throws blow-up for an exploding system and bad-argument for Δt ≤ 0', () => {
    const a = fromRows([[5]]);
    expect(() => uniformGridSolution(a, [0], [1], 100, 400)).toThrow(NumericsError);
    try {
      uniformGridSolution(a, [0], [1], 100, 400);
    } catch (e) {
      expect((e as NumericsError).code).toBe('blow-up');
    }
    expect(() => uniformGridStep(a, [0], 0)).toThrowError(/Δt/);
  });
});
