/**
 * Integration test on real training data: the shared golden fixture (authors' PyTorch
 * code, p = 59, d = 32, seed 0, 300 full-batch steps) records S_0..S_58 after every update.
 * We fit the paper's linear ODE on the 29 distinct frequencies over its 300 transitions.
 *
 * Measured with this implementation (and cross-checked once against scikit-learn 1.2.1,
 * Debian's python3-sklearn, on the same X and Y: identical n_iter_ per target, coef_
 * within 7e-14, LinearRegression coef_ within 1e-12):
 *   least squares: one-step R² = 0.9983164032 (min over targets 0.99427); 841/841 nonzero;
 *                  Euler rollout R² = 0.99999 (min column 0.99985), max |error| 0.041,
 *                  max |error| at the last step 0.011.
 *   Lasso α=0.01:  one-step R² = 0.5665592894 (sklearn score 0.5665592894352895);
 *                  90/841 nonzero (89% zeros); targets 12 and 23 (k = 12, 23) hit
 *                  max_iter = 1000 unconverged, as sklearn warns; Euler rollout R² = 0.886
 *                  (min column −0.37), max |error| 12.4.
 *   analytic solution (1e-8 shift) vs block path: 3e-10 (OLS), 1.6e-6 (Lasso).
 * This early-training fixture (d = 32, 300 steps) is not the paper's run (d = 128, 1000 steps).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyticSolution,
  circleSignals,
  eulerRollout,
  fitLinearOde,
  type LinearOdeFit,
  type Matrix,
  maxAbsDifference,
  row,
  stability,
  trajectoryR2,
} from '../../../src/lib/ode';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = path.resolve(repoRoot, 'test/fixtures/golden-p59-d32-s0.json'); // copy of shared/fixtures (PROVENANCE.md)

// sklearn 1.2.1 Lasso(alpha=0.01).fit(X, Y).n_iter_ on this data (see header).
const SKLEARN_N_ITER = [142, 101, 47, 95, 529, 854, 111, 82, 148, 70, 34, 1000, 127, 155, 93, 13, 43, 92, 56, 95, 313, 44, 1000, 78, 36, 66, 16, 100, 210];

describe('linear ODE on the golden training trajectory (p = 59, d = 32)', () => {
  let traj: Matrix;
  let ols: LinearOdeFit;
  let lasso: LinearOdeFit;

  beforeAll(() => {
    const golden = JSON.parse(readFileSync(fixture, 'utf8')) as { config: { p: number }; signals: number[][] };
    expect(golden.config.p).toBe(59);
    traj = circleSignals(golden.signals, 59);
    ols = fitLinearOde(traj, { alpha: 0 });
    lasso = fitLinearOde(traj, { alpha: 0.01 });
  });

  it('uses the 29 distinct frequencies over 300 transitions', () => {
    expect(traj.rows).toBe(301);
    expect(traj.cols).toBe(29);
    expect(ols.transitions).toBe(300);
    expect(ols.A.rows).toBe(29);
    expect(ols.A.cols).toBe(29);
  });

  it('least squares explains the one-step increments almost perfectly, better than Lasso', () => {
    expect(ols.r2).toBeGreaterThan(0.995); // measured 0.99832
    expect(Math.min(...ols.r2PerTarget)).toBeGreaterThan(0.99); // measured 0.99427
    expect(lasso.r2).toBeGreaterThan(0.5); // measured 0.56656
    expect(lasso.r2).toBeLessThan(0.65);
    expect(ols.r2 - lasso.r2).toBeGreaterThan(0.3);
  });

  it('matches scikit-learn: same score and the same sweeps per target', () => {
    expect(Math.abs(lasso.r2 - 0.5665592894352895)).toBeLessThan(1e-10);
    expect(Math.abs(ols.r2 - 0.9983164032140635)).toBeLessThan(1e-10);
    expect(Array.from(lasso.regression.iterations)).toEqual(SKLEARN_N_ITER);
    const unconverged = lasso.regression.converged.flatMap((c, i) => (c ? [] : [i + 1]));
    expect(unconverged).toEqual([12, 23]); // frequencies whose fits hit max_iter
  });

  it('Lasso is much sparser than least squares', () => {
    expect(ols.regression.nonzeros).toBe(841);
    expect(lasso.regression.nonzeros).toBeLessThan(150); // measured 90
    expect(lasso.regression.nonzeros).toBeGreaterThan(29);
    expect(lasso.regression.sparsity).toBeGreaterThan(0.8);
  });

  it('the Euler rollout from x_0 alone stays close to the data', () => {
    const x0 = row(traj, 0);
    const olsRoll = eulerRollout(ols.A, ols.b, x0, 300);
    const olsR2 = trajectoryR2(traj, olsRoll);
    expect(olsR2.mean).toBeGreaterThan(0.999); // measured 0.99999
    expect(Math.min(...olsR2.perColumn)).toBeGreaterThan(0.995); // measured 0.99985
    expect(maxAbsDifference(olsRoll, traj)).toBeLessThan(0.2); // measured 0.041 (signals are 12–83)

    const lassoRoll = eulerRollout(lasso.A, lasso.b, x0, 300);
    const lassoR2 = trajectoryR2(traj, lassoRoll);
    expect(lassoR2.mean).toBeGreaterThan(0.8); // measured 0.886
    expect(lassoR2.mean).toBeLessThan(olsR2.mean);
    expect(maxAbsDifference(lassoRoll, traj)).toBeLessThan(20); // measured 12.4
  });

  it('the analytic solution agrees between the inverse and the block-exponential paths', () => {
    const times = Array.from({ length: 16 }, (_, i) => i * 20);
    const x0 = row(traj, 0);
    for (const fit of [ols, lasso]) {
      const inv = analyticSolution(fit.A, fit.b, x0, times);
      const block = analyticSolution(fit.A, fit.b, x0, times, 1e-8, { method: 'block' });
      expect(maxAbsDifference(inv, block)).toBeLessThan(1e-4); // measured 3e-10 and 1.6e-6
    }
    expect(stability(ols.A).eigenvalues).toHaveLength(29);
  });
});
