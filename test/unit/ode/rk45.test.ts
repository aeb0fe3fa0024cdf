import { describe, expect, it } from 'vitest';
import { analyticSolution, fromRows, get, matVec, predatorPreyInvariant, predatorPreyRhs, rk45 } from '../../../src/lib/ode';
import { at, elementAt } from '../../../src/lib/ode/checked-index';
import { errorCode, expectClose } from './helpers';

const linspace = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

describe('rk45 (Dormand–Prince 5(4) with dense output)', () => {
  it('logistic growth matches its closed form at 1000 dense-output times', () => {
    // ẋ = r x (1 − x/K): x(t) = K / (1 + (K/x0 − 1) e^{−rt}).
    const r = 0.8;
    const K = 50;
    const x0 = 0.5;
    const times = linspace(0, 25, 1000);
    const res = rk45((_t, y, dy) => (dy[0] = r * at(y, 0) * (1 - at(y, 0) / K)), 0, [x0], times, { rtol: 1e-10, atol: 1e-12 });
    expect(res.status).toBe('ok');
    expect(res.y.rows).toBe(1000);
    let worst = 0;
    times.forEach((t, i) => {
      const exact = K / (1 + (K / x0 - 1) * Math.exp(-r * t));
      worst = Math.max(worst, Math.abs(get(res.y, i, 0) - exact) / exact);
    });
    expect(worst).toBeLessThan(1e-8);
    // Dense output is what makes 200 outputs cheap: far fewer steps than output times.
    expect(res.acceptedSteps).toBeLessThan(400);
  });

  it('tolerance controls the error: looser rtol → larger error, still bounded', () => {
    const f = (_t: number, y: Float64Array, dy: Float64Array) => (dy[0] = -2 * at(y, 0) + Math.sin(at(y, 0)));
    const ref = get(rk45(f, 0, [1], [3], { rtol: 1e-12, atol: 1e-14 }).y, 0, 0);
    const loose = get(rk45(f, 0, [1], [3], { rtol: 1e-4, atol: 1e-8 }).y, 0, 0);
    const tight = get(rk45(f, 0, [1], [3], { rtol: 1e-8, atol: 1e-12 }).y, 0, 0);
    expect(Math.abs(tight - ref)).toBeLessThan(Math.abs(loose - ref));
    expect(Math.abs(loose - ref) / Math.abs(ref)).toBeLessThan(1e-3);
  });

  it('a linear system ẋ = Ax + b matches the matrix-exponential solution', () => {
    const a = fromRows([
      [-0.3, 1.2, 0],
      [-1.2, -0.3, 0.4],
      [0.1, 0, -0.8],
    ]);
    const b = [0.5, -1, 2];
    const x0 = [1, 2, -1];
    const times = linspace(0, 10, 41);
    const res = rk45(
      (_t, y, dy) => {
        const ay = matVec(a, y);
        for (let i = 0; i < 3; i++) dy[i] = at(ay, i) + elementAt(b, i);
      },
      0,
      x0,
      times,
      { rtol: 1e-11, atol: 1e-13 },
    );
    expect(res.status).toBe('ok');
    expectClose(res.y, analyticSolution(a, b, x0, times, 0, { method: 'block' }), 1e-9);
  });

  it('conserves the predator–prey first integral to 1e-6 relative over several periods', () => {
    const p = { alpha: 1, beta: 0.5, gamma: 1, delta: 0.25 };
    // Small-orbit period is 2π/√(αγ) ≈ 6.3; this orbit is larger (longer period), t = 60 spans ~8 cycles.
    const times = linspace(0, 60, 601);
    const res = rk45(predatorPreyRhs(p), 0, [6, 1], times, { rtol: 1e-10, atol: 1e-12 });
    expect(res.status).toBe('ok');
    const v0 = predatorPreyInvariant(p, 6, 1);
    let worst = 0;
    let crossings = 0;
    for (let i = 0; i < times.length; i++) {
      const x = get(res.y, i, 0);
      const y = get(res.y, i, 1);
      worst = Math.max(worst, Math.abs(predatorPreyInvariant(p, x, y) - v0) / Math.abs(v0));
      if (i > 0 && get(res.y, i - 1, 0) < 4 && x >= 4) crossings++; // prey rising through γ/δ = 4
    }
    expect(worst).toBeLessThan(1e-6);
    expect(crossings).toBeGreaterThanOrEqual(3); // really several periods
  });

  it('stops on blow-up with a status, returning the outputs reached before it', () => {
    // ẋ = x², x(0) = 1: x = 1/(1 − t) explodes at t = 1.
    const res = rk45((_t, y, dy) => (dy[0] = at(y, 0) * at(y, 0)), 0, [1], [0, 0.5, 0.9, 1.5, 2], { bound: 1e8 });
    expect(res.status).toBe('blow-up');
    expect(res.message).toMatch(/exceeded/);
    expect(Array.from(res.t)).toEqual([0, 0.5, 0.9]);
    expect(res.y.data[1]).toBeCloseTo(2, 5);
    expect(res.y.data[2]).toBeCloseTo(10, 4);
    // The numerical solution's own singularity sits within its global error of t = 1.
    expect(Math.abs(res.tReached - 1)).toBeLessThan(1e-3);
  });

  it('stops after maxSteps instead of looping forever', () => {
    const res = rk45((t, _y, dy) => (dy[0] = Math.cos(50 * t)), 0, [0], [100], { maxSteps: 20, rtol: 1e-10 });
    expect(res.status).toBe('max-steps');
    expect(res.t.length).toBe(0);
    expect(res.acceptedSteps + res.rejectedSteps).toBe(20);
  });

  it('rejects bad input with NumericsError codes', () => {
    const f = (_t: number, y: Float64Array, dy: Float64Array) => (dy[0] = -at(y, 0));
    expect(errorCode(() => rk45(f, 0, [NaN], [1]))).toBe('non-finite');
    expect(errorCode(() => rk45(f, 0, [1], [2, 1]))).toBe('bad-argument');
    expect(errorCode(() => rk45(f, 0, [1], [-1]))).toBe('bad-argument');
    expect(errorCode(() => rk45(f, 0, [], [1]))).toBe('bad-shape');
  });
});
