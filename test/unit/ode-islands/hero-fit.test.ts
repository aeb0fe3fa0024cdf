/**
 * The paper's ODE fit on our hero reference run (p = 59, d = 128, seed 0; steps 0..1000).
 * Needs the run in reference/cache/ (`npm run reference`); without it this test fails and says so.
 *
 * Measured on the hero run (cache key 3dc6565e72e22ec7e587):
 *   least squares  one-step R² = 0.9990
 *   Lasso α = 0.01 one-step R² = 0.8170, 177 of 841 coefficients nonzero
 *   Euler rollout R² over the 29 signals (mean over frequencies): 1.0000 (least squares), 0.9775 (Lasso)
 *   exact solution e^{At} (uniform grid) against the data, Lasso: 0.9772
 */
import { describe, expect, it } from 'vitest';
import { readCached } from '../../../src/reference/cache';
import { hero } from '../../../src/reference/manifest';
import { heroOdeData } from '../../../src/figures/data/ode';
import { fitCircleOde, matrixOf, predict, stateMatrix } from '../../../src/lib/ode/circle-ode-model';

const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;

describe('linear ODE fit on the hero reference run', () => {
  const run = readCached(hero);

  it('the hero run is cached', () => {
    expect(run, `${hero.id} is not in reference/cache/: run "npm run reference" first.`).not.toBeNull();
  });

  it('least squares ≈ 1, Lasso (α = 0.01) lower but > 0.7, and the Euler rollout follows the data', () => {
    if (!run) throw new Error(`${hero.id} is not in reference/cache/: run "npm run reference" first.`);
    const data = heroOdeData(run);
    const state = stateMatrix(data.signals);
    expect(state.rows).toBe(1001);
    expect(state.cols).toBe(29);

    const ols = fitCircleOde(data.signals, 0);
    const lasso = fitCircleOde(data.signals, 0.01);
    const rollOls = predict(matrixOf(ols.A, 29), ols.b, data.signals[0]!, state);
    const rollLasso = predict(matrixOf(lasso.A, 29), lasso.b, data.signals[0]!, state);
    console.log(
      `[hero ODE] OLS R² ${ols.r2.toFixed(4)}; Lasso R² ${lasso.r2.toFixed(4)} (${lasso.nonzeros}/841 nonzero); ` +
        `rollout R² OLS ${mean(rollOls.eulerR2).toFixed(4)}, Lasso ${mean(rollLasso.eulerR2).toFixed(4)}; ` +
        `exact solution vs data (Lasso) ${mean(rollLasso.exactR2).toFixed(4)}`,
    );
    expect(ols.r2).toBeGreaterThan(0.99);
    expect(lasso.r2).toBeLessThan(ols.r2);
    expect(lasso.r2).toBeGreaterThan(0.7);
    expect(lasso.nonzeros).toBeLessThan(841 / 2);
    expect(rollOls.euler.ok && rollLasso.euler.ok && rollLasso.exact.ok).toBe(true);
    expect(mean(rollOls.eulerR2)).toBeGreaterThan(0.99);
    expect(mean(rollLasso.eulerR2)).toBeGreaterThan(0.9);
    expect(mean(rollLasso.exactR2)).toBeGreaterThan(0.9);
  });
});
