/**
 * Coefficient of determination, following scikit-learn's `r2_score` (used by
 * `Lasso.score`): per output column R² = 1 − SS_res / SS_tot, and the "uniform
 * average" over columns. A constant column (SS_tot = 0) scores 1 when predicted exactly
 * and 0 otherwise, as sklearn does with `force_finite=True`.
 */
import { at as checkedAt } from './checked-index';
import { NumericsError } from './errors';
import type { Matrix } from './matrix';

// A module-local binding keeps the inner loops' checked reads fast under vitest (see checked-index.ts).
const at = checkedAt;

export interface R2Result {
  readonly perColumn: Float64Array;
  /** Uniform average of `perColumn` (sklearn's default `multioutput='uniform_average'`). */
  readonly mean: number;
}

export function r2Score(truth: Matrix, predicted: Matrix): R2Result {
  if (truth.rows !== predicted.rows || truth.cols !== predicted.cols) {
    throw new NumericsError(
      'bad-shape',
      `R² needs equal shapes, got ${truth.rows}×${truth.cols} (truth) and ${predicted.rows}×${predicted.cols} (prediction).`,
    );
  }
  if (truth.rows === 0 || truth.cols === 0) throw new NumericsError('bad-shape', 'R² of an empty matrix is undefined.');
  const { rows: n, cols: q } = truth;
  const perColumn = new Float64Array(q);
  for (let t = 0; t < q; t++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += at(truth.data, i * q + t);
    mean /= n;
    let ssRes = 0;
    let ssTot = 0;
    for (let i = 0; i < n; i++) {
      const y = at(truth.data, i * q + t);
      const e = y - at(predicted.data, i * q + t);
      ssRes += e * e;
      ssTot += (y - mean) * (y - mean);
    }
    if (ssTot === 0) perColumn[t] = ssRes === 0 ? 1 : 0;
    else perColumn[t] = 1 - ssRes / ssTot;
  }
  let s = 0;
  for (const v of perColumn) s += v;
  return { perColumn, mean: s / q };
}

/** Largest absolute entry-wise difference between two equally shaped matrices. */
export function maxAbsDifference(a: Matrix, b: Matrix): number {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new NumericsError('bad-shape', `Cannot compare ${a.rows}×${a.cols} with ${b.rows}×${b.cols}.`);
  }
  let m = 0;
  for (let i = 0; i < a.data.length; i++) {
    const d = Math.abs(at(a.data, i) - at(b.data, i));
    if (d > m || Number.isNaN(d)) m = d;
  }
  return m;
}
