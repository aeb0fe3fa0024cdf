import { describe, expect, it } from 'vitest';
import {
  addScaledIdentity,
  analyticSolution,
  eulerRollout,
  fitLinearOde,
  fromRows,
  get,
  type Matrix,
  matVec,
  maxAbsDifference,
  row,
  solve,
  trajectoryR2,
  transitions,
  zeros,
} from '../../../src/lib/ode';
import { at, elementAt } from '../../../src/lib/ode/checked-index';
import { errorCode, expectClose, gaussian, rng } from './helpers';

/** x_{t+1} = x_t + A x_t + b (+ noise), written out independently of eulerRollout. */
function simulate(a: Matrix, b: number[], x0: number[], steps: number, noise = 0, seed = 1): Matrix {
  const d = b.length;
  const g = gaussian(rng(seed));
  const out = zeros(steps + 1, d);
  out.data.set(x0);
  for (let t = 0; t < steps; t++) {
    for (let i = 0; i < d; i++) {
      let s = get(out, t, i) + elementAt(b, i);
      for (let j = 0; j < d; j++) s += get(a, i, j) * get(out, t, j);
      out.data[(t + 1) * d + i] = s + noise * g();
    }
  }
  return out;
}

describe('Euler rollout of x_{t+1} − x_t = A x_t + b', () => {
  it('reproduces closed forms of discrete linear systems exactly', () => {
    // a = −0.5, b = 1, x0 = 4: x_t = 2 + 2·0.5^t (all exactly representable).
    const r = eulerRollout(fromRows([[-0.5]]), [1], [4], 40);
    for (let t = 0; t <= 40; t++) expect(r.data[t]).toBe(2 + 2 * 0.5 ** t);
    // I + A = quarter-turn rotation, b = 0: period exactly 4.
    const rot = eulerRollout(
      fromRows([
        [-1, -1],
        [1, -1],
      ]),
      [0, 0],
      [3, -2],
      8,
    );
    expect(Array.from(row(rot, 1))).toEqual([2, 3]);
    expect(Array.from(row(rot, 4))).toEqual([3, -2]);
    expect(Array.from(row(rot, 8))).toEqual([3, -2]);
  });

  it('never re-anchors: it equals an independent simulation from x0 only', () => {
    const a = fromRows([
      [-0.1, 0.05],
      [0.02, -0.07],
    ]);
    expectClose(eulerRollout(a, [0.3, -0.2], [1, 2], 100), simulate(a, [0.3, -0.2], [1, 2], 100), 1e-15);
  });

  it('reports overflow of an unstable system as blow-up', () => {
    expect(errorCode(() => eulerRollout(fromRows([[1e10]]), [0], [1], 100))).toBe('blow-up');
  });
});

describe('fitting the linear ODE', () => {
  it('splits a trajectory into states and increments', () => {
    const { x, dx } = transitions([
      [1, 2],
      [4, 3],
      [0, 0],
    ]);
    expect(Array.from(x.data)).toEqual([1, 2, 4, 3]);
    expect(Array.from(dx.data)).toEqual([3, 1, -4, -3]);
  });

  it('least squares recovers A and b exactly from a noiseless trajectory', () => {
    const a = fromRows([
      [-0.08, 0.03, 0, 0.01],
      [-0.02, -0.05, 0.04, 0],
      [0, 0.01, -0.12, 0.02],
      [0.03, 0, -0.01, -0.03],
    ]);
    const b = [0.4, 0.1, -0.2, 0.3];
    const traj = simulate(a, b, [10, -5, 8, 1], 80);
    const fit = fitLinearOde(traj, { alpha: 0 });
    expect(fit.transitions).toBe(80);
    expect(maxAbsDifference(fit.A, a)).toBeLessThan(1e-8);
    for (let i = 0; i < 4; i++) expect(fit.b[i]).toBeCloseTo(elementAt(b, i), 7);
    expect(fit.r2).toBeGreaterThan(1 - 1e-12);
    expect(fit.regression.solver).toBe('lstsq');
  });

  it('Lasso recovers the support and signs of a sparse A from a noisy trajectory', () => {
    const d = 6;
    const a = zeros(d, d);
    for (let i = 0; i < d; i++) a.data[i * d + i] = -0.3;
    const offDiagonal: Array<[number, number, number]> = [
      [0, 2, 0.15],
      [1, 0, -0.2],
      [3, 4, 0.15],
      [5, 1, -0.15],
      [2, 5, 0.1],
    ];
    for (const [i, j, v] of offDiagonal) a.data[i * d + j] = v;
    const b = [0.5, 0.3, 0.4, 0.2, 0.6, 0.1];
    const xStar = solve(
      a,
      b.map((v) => -v),
    );
    // Process noise σ = 0.5 keeps every direction excited; 2000 transitions.
    const traj = simulate(
      a,
      b,
      Array.from(xStar, (v) => v + 1),
      2000,
      0.5,
      7,
    );
    const lasso = fitLinearOde(traj, { alpha: 0.03 });
    expect(lasso.regression.converged.every(Boolean)).toBe(true);
    for (let k = 0; k < d * d; k++) {
      const truth = at(a.data, k);
      const got = at(lasso.A.data, k);
      if (truth === 0) expect(got).toBe(0);
      else {
        expect(Math.sign(got)).toBe(Math.sign(truth));
        expect(Math.abs(got - truth)).toBeLessThan(0.1); // L1 shrinkage, measured max 0.087
      }
    }
    expect(lasso.regression.nonzeros).toBe(11);
    // Least squares on the same data: dense, but close to the truth everywhere (measured 0.027).
    const ols = fitLinearOde(traj, { alpha: 0 });
    expect(ols.regression.nonzeros).toBe(36);
    expect(maxAbsDifference(ols.A, a)).toBeLessThan(0.05);
    expect(ols.r2).toBeGreaterThan(lasso.r2);
  });

  it('rejects NaN data, too-short and ragged trajectories', () => {
    expect(
      errorCode(() =>
        fitLinearOde([
          [1, 2],
          [NaN, 3],
          [1, 1],
        ]),
      ),
    ).toBe('non-finite');
    expect(errorCode(() => fitLinearOde([[1, 2]]))).toBe('bad-shape');
    expect(errorCode(() => fitLinearOde([[1, 2], [3]]))).toBe('bad-shape');
  });
});

describe('analytic solution x(t) = e^{A′t}x0 + (e^{A′t} − I)A′⁻¹b, A′ = A + shift·I', () => {
  const a = fromRows([
    [-0.4, 0.9, 0],
    [-0.9, -0.4, 0.2],
    [0.1, 0, -0.25],
  ]);
  const b = [1, -0.5, 0.3];
  const x0 = [2, 0, -1];

  /** Fine-step explicit Euler for ẋ = A x + b with step dt, returning x(tEnd). */
  function fineEuler(dt: number, tEnd: number): number[] {
    const x = [...x0];
    for (let s = 0; s < Math.round(tEnd / dt); s++) {
      const ax = matVec(a, x);
      for (let i = 0; i < 3; i++) x[i] = elementAt(x, i) + dt * (at(ax, i) + elementAt(b, i));
    }
    return x;
  }

  it('agrees with fine-step Euler, with first-order convergence in dt', () => {
    const exact = analyticSolution(a, b, x0, [3], 0);
    const err = (dt: number) => Math.max(...fineEuler(dt, 3).map((v, i) => Math.abs(v - get(exact, 0, i))));
    const e1 = err(1e-3);
    const e2 = err(1e-4);
    expect(e2).toBeLessThan(2e-4);
    expect(e1 / e2).toBeGreaterThan(8); // ≈ 10 for a first-order method
    expect(e1 / e2).toBeLessThan(12);
  });

  it('the block-exponential path equals the inverse path', () => {
    const times = [0, 0.5, 1, 2.5, 7, 20];
    const inv = analyticSolution(a, b, x0, times);
    const block = analyticSolution(a, b, x0, times, 1e-8, { method: 'block' });
    expectClose(block, inv, 1e-12);
    x0.forEach((v, i) => expect(inv.data[i]).toBeCloseTo(v, 14)); // x(0) = x0
  });

  it('the shift replaces A in the exponential as well as in the inverse', () => {
    const times = [0.3, 2, 5];
    const shifted = analyticSolution(a, b, x0, times, 0.1);
    expectClose(shifted, analyticSolution(addScaledIdentity(a, 0.1), b, x0, times, 0), 1e-13);
    expect(maxAbsDifference(shifted, analyticSolution(a, b, x0, times, 0))).toBeGreaterThan(0.01);
  });

  it('singular A: inverse path fails clearly without a shift; block path and the 1e-8 shift both work', () => {
    // ẋ1 = x2 + b1, ẋ2 = b2 → x2 = x20 + b2 t, x1 = x10 + (x20 + b1) t + b2 t²/2.
    const nil = fromRows([
      [0, 1],
      [0, 0],
    ]);
    const bb = [0.5, 2];
    const xx0 = [1, -1];
    const times = [0, 1, 4];
    const exact = fromRows(times.map((t) => [1 + (-1 + 0.5) * t + t * t, -1 + 2 * t]));
    expect(errorCode(() => analyticSolution(nil, bb, xx0, times, 0))).toBe('singular');
    expectClose(analyticSolution(nil, bb, xx0, times, 0, { method: 'block' }), exact, 1e-14);
    // With the authors' shift, A′ = [[1e-8, 1], [0, 1e-8]] has A′⁻¹ = [[1e8, −1e16], [0, 1e8]],
    // so κ₁ ≈ 1e16 > 1e14 and the inverse path refuses it as ill-conditioned …
    expect(errorCode(() => analyticSolution(nil, bb, xx0, times))).toBe('ill-conditioned');
    // … while a zero row (typical of Lasso) with the shift is well within range: κ₁ ≈ 1e8.
    const zeroRow = fromRows([
      [-0.2, 0.1],
      [0, 0],
    ]);
    const viaInverse = analyticSolution(zeroRow, bb, xx0, times);
    const viaBlock = analyticSolution(zeroRow, bb, xx0, times, 1e-8, { method: 'block' });
    expect(maxAbsDifference(viaInverse, viaBlock)).toBeLessThan(1e-6);
    expect(viaBlock.data[5]).toBeCloseTo(-1 + 2 * 4, 6); // x2 = x20 + b2 t
  });

  it('rejects mismatched shapes and non-finite input', () => {
    expect(errorCode(() => analyticSolution(a, [1, 2], x0, [1]))).toBe('bad-shape');
    expect(errorCode(() => analyticSolution(a, b, [1], [1]))).toBe('bad-shape');
    expect(errorCode(() => analyticSolution(a, b, x0, [NaN]))).toBe('non-finite');
    expect(errorCode(() => eulerRollout(fromRows([[1, 2]]), [0], [0], 3))).toBe('bad-shape');
  });

  it('trajectory R² is 1 for a perfect prediction and below 1 otherwise', () => {
    const data = fromRows([
      [1, 2],
      [2, 4],
      [3, 7],
    ]);
    expect(trajectoryR2(data, data).mean).toBe(1);
    const r = trajectoryR2(
      data,
      fromRows([
        [1, 2],
        [2, 4],
        [3, 6],
      ]),
    );
    expect(r.perColumn[0]).toBe(1);
    // column 2: mean 13/3, SS_tot = 49/9 + 1/9 + 64/9 = 114/9, SS_res = 1 → R² = 1 − 9/114
    expect(r.perColumn[1]).toBeCloseTo(1 - 9 / 114, 14);
  });
});
