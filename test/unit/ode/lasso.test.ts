import { describe, expect, it } from 'vitest';
import { fitLasso, fromData, fromRows, get, leastSquares, type Matrix, multiply, solve, transpose, zeros } from '../../../src/lib/ode';
import { at, elementAt } from '../../../src/lib/ode/checked-index';
import { errorCode, gaussian, randomMatrix, rng } from './helpers';

/** Columns 1..3 of the 8×8 Hadamard matrix: ±1 entries, zero mean, mutually orthogonal, ‖x_j‖² = n = 8. */
const H = fromRows([
  [1, 1, 1],
  [-1, 1, 1],
  [1, -1, 1],
  [-1, -1, 1],
  [1, 1, -1],
  [-1, 1, -1],
  [1, -1, -1],
  [-1, -1, -1],
]);

const soft = (z: number, a: number) => Math.sign(z) * Math.max(Math.abs(z) - a, 0);

/** KKT conditions of (1/2n)‖y − Xa − b‖² + α‖a‖₁ at the returned solution, for target t. */
function kktViolation(x: Matrix, y: Matrix, t: number, coef: Matrix, intercept: Float64Array, alpha: number): number {
  const n = x.rows;
  const p = x.cols;
  let worst = 0;
  for (let j = 0; j < p; j++) {
    let g = 0; // x_jᵀ r / n
    for (let i = 0; i < n; i++) {
      let pred = at(intercept, t);
      for (let k = 0; k < p; k++) pred += get(x, i, k) * get(coef, t, k);
      g += get(x, i, j) * (get(y, i, t) - pred);
    }
    g /= n;
    const a = get(coef, t, j);
    worst = Math.max(worst, a !== 0 ? Math.abs(g - alpha * Math.sign(a)) : Math.max(0, Math.abs(g) - alpha));
  }
  return worst;
}

describe('Lasso (sklearn objective, coordinate descent)', () => {
  it('orthogonal design: coefficients are the soft-thresholded OLS coefficients', () => {
    // With XᵀX = n·I the problem separates: a_j = soft(x_jᵀy/n, α), b = mean(y).
    const y = fromData(8, 1, [3.1, -0.4, 2.2, 0.9, -1.7, 0.3, 1.4, -2.6]);
    const ols = [0, 1, 2].map((j) => {
      let s = 0;
      for (let i = 0; i < 8; i++) s += get(H, i, j) * get(y, i, 0);
      return s / 8;
    });
    const mean = y.data.reduce((s, v) => s + v, 0) / 8;
    for (const alpha of [0.05, 0.3, 0.8, 5]) {
      const fit = fitLasso(H, y, { alpha });
      for (let j = 0; j < 3; j++) expect(get(fit.coef, 0, j)).toBeCloseTo(soft(elementAt(ols, j), alpha), 14);
      expect(fit.intercept[0]).toBeCloseTo(mean, 14);
      expect(fit.converged[0]).toBe(true);
    }
    // α = 5 exceeds every |OLS| coefficient: the all-zero model, which converges in 1 sweep.
    const dead = fitLasso(H, y, { alpha: 5 });
    expect(dead.nonzeros).toBe(0);
    expect(dead.sparsity).toBe(1);
    expect(dead.iterations[0]).toBe(1);
    // Otherwise sweep 1 already lands on the answer and sweep 2 sees no change → 2 sweeps (sklearn's n_iter_).
    expect(fitLasso(H, y, { alpha: 0.05 }).iterations[0]).toBe(2);
  });

  it('hand-checked one-feature problem', () => {
    // x = [0,1,2,3], y = [1,3,2,6]: x̄ = 1.5, ȳ = 3, centred x = [−1.5,−.5,.5,1.5] (‖x‖² = 5),
    // centred y = [−2,0,−1,3], xᵀy = 3 + 0 − 0.5 + 4.5 = 7.
    // Minimising (1/8)Σ(y − a x)² + α|a| gives a = (7 − 4α)/5 for α < 7/4, else 0.
    // α = 0.5 → a = 1, b = ȳ − a x̄ = 1.5.   α = 0 → a = 1.4, b = 0.9.   α = 2 → a = 0, b = 3.
    const x = fromData(4, 1, [0, 1, 2, 3]);
    const y = fromData(4, 1, [1, 3, 2, 6]);
    const f05 = fitLasso(x, y, { alpha: 0.5 });
    expect(f05.coef.data[0]).toBeCloseTo(1, 14);
    expect(f05.intercept[0]).toBeCloseTo(1.5, 14);
    const f0 = fitLasso(x, y, { alpha: 0 });
    expect(f0.solver).toBe('lstsq');
    expect(f0.coef.data[0]).toBeCloseTo(1.4, 14);
    expect(f0.intercept[0]).toBeCloseTo(0.9, 14);
    // R² of the OLS line: residuals y − (0.9 + 1.4x) = [0.1, 0.7, −1.7, 0.9];
    // SS_res = 0.01 + 0.49 + 2.89 + 0.81 = 4.2 (= 14 − 7²/5), SS_tot = 4 + 0 + 1 + 9 = 14 → R² = 0.7.
    expect(f0.r2).toBeCloseTo(0.7, 13);
    const f2 = fitLasso(x, y, { alpha: 2 });
    expect(f2.coef.data[0]).toBe(0);
    expect(f2.intercept[0]).toBe(3);
    expect(f2.r2).toBe(0);
  });

  it('α = 0 equals the normal-equations solution of the centred problem', () => {
    const x = randomMatrix(60, 5, 11);
    const g = gaussian(rng(12));
    const y = zeros(60, 2);
    for (let i = 0; i < 60; i++) {
      y.data[i * 2] = 2 + get(x, i, 0) - 3 * get(x, i, 3) + 0.1 * g();
      y.data[i * 2 + 1] = -1 + 0.5 * get(x, i, 1) + 0.1 * g();
    }
    const fit = fitLasso(x, y, { alpha: 0 });
    // Centre, then solve (XcᵀXc) a = Xcᵀ yc.
    const xm = [0, 1, 2, 3, 4].map((j) => Array.from({ length: 60 }, (_, i) => get(x, i, j)).reduce((s, v) => s + v) / 60);
    const xc = fromData(
      60,
      5,
      Array.from(x.data, (v, k) => v - elementAt(xm, k % 5)),
    );
    for (let t = 0; t < 2; t++) {
      const ym = Array.from({ length: 60 }, (_, i) => get(y, i, t)).reduce((s, v) => s + v) / 60;
      const yc = fromData(
        60,
        1,
        Array.from({ length: 60 }, (_, i) => get(y, i, t) - ym),
      );
      const a = solve(multiply(transpose(xc), xc), multiply(transpose(xc), yc));
      for (let j = 0; j < 5; j++) expect(get(fit.coef, t, j)).toBeCloseTo(get(a, j, 0), 12);
      let b = ym;
      for (let j = 0; j < 5; j++) b -= elementAt(xm, j) * get(a, j, 0);
      expect(fit.intercept[t]).toBeCloseTo(b, 12);
    }
    expect(fit.nonzeros).toBe(10);
    // Coordinate descent forced at α = 0 approaches the same answer when run long enough.
    const cd = fitLasso(x, y, { alpha: 0, solver: 'cd', tol: 1e-12, maxIter: 10_000 });
    for (let k = 0; k < 10; k++) expect(at(cd.coef.data, k)).toBeCloseTo(at(fit.coef.data, k), 6);
  });

  it('minimum-norm least squares for a rank-deficient design (duplicated column)', () => {
    const x = fromData(4, 2, [0, 0, 1, 1, 2, 2, 3, 3]);
    const y = fromData(4, 1, [1, 3, 2, 6]);
    const ls = leastSquares(
      fromData(
        4,
        2,
        Array.from(x.data, (v) => v - 1.5),
      ),
      fromData(
        4,
        1,
        Array.from(y.data, (v) => v - 3),
      ),
    );
    expect(ls.rank).toBe(1);
    // The slope 1.4 of the one-feature problem is split evenly: 0.7 + 0.7 (the minimum-norm split).
    expect(ls.coef.data[0]).toBeCloseTo(0.7, 13);
    expect(ls.coef.data[1]).toBeCloseTo(0.7, 13);
  });

  it('satisfies the KKT conditions on a random correlated problem', () => {
    const base = randomMatrix(80, 6, 21);
    // Make columns correlated (so coordinate descent needs many sweeps) and uncentred.
    const x = fromData(
      80,
      6,
      Array.from(base.data, (v, k) => v + 0.8 * at(base.data, k - (k % 6)) + 5),
    );
    const g = gaussian(rng(22));
    const y = fromData(
      80,
      1,
      Array.from({ length: 80 }, (_, i) => 1 + 2 * get(x, i, 1) - get(x, i, 4) + 0.5 * g()),
    );
    for (const alpha of [0.01, 0.1, 0.5]) {
      const fit = fitLasso(x, y, { alpha, tol: 1e-10, maxIter: 100_000 });
      expect(fit.converged[0]).toBe(true);
      expect(kktViolation(x, y, 0, fit.coef, fit.intercept, alpha)).toBeLessThan(1e-5);
    }
  });

  it('fits several targets independently (same answer as one at a time)', () => {
    const x = randomMatrix(50, 4, 31);
    const y = randomMatrix(50, 3, 32);
    const joint = fitLasso(x, y, { alpha: 0.05 });
    for (let t = 0; t < 3; t++) {
      const yt = fromData(
        50,
        1,
        Array.from({ length: 50 }, (_, i) => get(y, i, t)),
      );
      const single = fitLasso(x, yt, { alpha: 0.05 });
      expect(Array.from(joint.coef.data.slice(t * 4, t * 4 + 4))).toEqual(Array.from(single.coef.data));
      expect(joint.intercept[t]).toBe(single.intercept[0]);
      expect(joint.iterations[t]).toBe(single.iterations[0]);
      expect(joint.r2PerTarget[t]).toBe(single.r2);
    }
    expect(joint.r2).toBeCloseTo(joint.r2PerTarget.reduce((s, v) => s + v, 0) / 3, 15);
    expect(joint.total).toBe(12);
  });

  it('reports convergence honestly: too few sweeps → converged false, iterations = maxIter', () => {
    const base = randomMatrix(40, 5, 41);
    const x = fromData(
      40,
      5,
      Array.from(base.data, (v, k) => v + 3 * at(base.data, k - (k % 5))),
    );
    const y = fromData(
      40,
      1,
      Array.from({ length: 40 }, (_, i) => get(x, i, 2) - get(x, i, 0)),
    );
    const short = fitLasso(x, y, { alpha: 1e-4, maxIter: 2 });
    expect(short.converged[0]).toBe(false);
    expect(short.iterations[0]).toBe(2);
    expect(short.dualGap[0]).toBeGreaterThan(0);
    const long = fitLasso(x, y, { alpha: 1e-4, maxIter: 100_000 });
    expect(long.converged[0]).toBe(true);
    expect(long.iterations[0]).toBeGreaterThan(2);
    expect(long.iterations[0]).toBeLessThan(100_000);
  });

  it('rejects NaN data, mismatched shapes and bad options with clear codes', () => {
    const x = randomMatrix(10, 2, 51);
    const y = randomMatrix(10, 1, 52);
    expect(
      errorCode(() =>
        fitLasso(
          fromData(
            10,
            2,
            Array.from(x.data, (v, k) => (k === 7 ? NaN : v)),
          ),
          y,
        ),
      ),
    ).toBe('non-finite');
    expect(errorCode(() => fitLasso(x, randomMatrix(9, 1, 53)))).toBe('bad-shape');
    expect(errorCode(() => fitLasso(x, y, { alpha: -1 }))).toBe('bad-argument');
    expect(errorCode(() => fitLasso(x, y, { maxIter: 0 }))).toBe('bad-argument');
  });
});
