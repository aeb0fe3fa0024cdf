/**
 * The ODE state of paper.md §4: from the full signal spectrum S_0..S_{p−1} per step,
 * keep the distinct circle frequencies k = 1..(p−1)/2 (for p = 59: 29 columns). DC
 * (k = 0) is dropped and the mirror half S_{p−k} = S_k is redundant.
 */
import { elementAt } from './checked-index';
import { NumericsError } from './errors';
import { type Matrix, zeros } from './matrix';
import { circleCount } from '../fourier';

export function circleSignals(signals: ReadonlyArray<ArrayLike<number>>, p: number): Matrix {
  if (!Number.isInteger(p) || p < 3) throw new NumericsError('bad-argument', `p must be an integer ≥ 3, got ${p}.`);
  const half = circleCount(p);
  const out = zeros(signals.length, half);
  signals.forEach((row, t) => {
    if (row.length !== p) {
      throw new NumericsError('bad-shape', `Signal row ${t} has ${row.length} entries, expected p = ${p}.`, { row: t });
    }
    for (let k = 1; k <= half; k++) out.data[t * half + k - 1] = elementAt(row, k);
  });
  return out;
}
