import { describe, expect, it } from 'vitest';
import {
  cond1,
  cond1Estimate,
  determinant,
  fromRows,
  identity,
  inverse,
  matVec,
  multiply,
  norm1,
  normInf,
  solve,
  toRows,
  transpose,
} from '../../../src/lib/ode';
import { elementAt } from '../../../src/lib/ode/checked-index';
import { errorCode, expectClose, randomMatrix } from './helpers';

describe('dense matrix helpers', () => {
  it('multiplies, transposes and takes norms of a hand-checked example', () => {
    const a = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const b = fromRows([
      [7, 8],
      [9, 10],
      [11, 12],
    ]);
    // [1·7+2·9+3·11, 1·8+2·10+3·12; 4·7+5·9+6·11, 4·8+5·10+6·12]
    expect(toRows(multiply(a, b))).toEqual([
      [58, 64],
      [139, 154],
    ]);
    expect(toRows(transpose(a))).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(norm1(a)).toBe(9); // column sums 5, 7, 9
    expect(normInf(a)).toBe(15); // row sums 6, 15
    expect(Array.from(matVec(a, [1, 0, -1]))).toEqual([-2, -2]);
  });

  it('solves with partial pivoting where naive elimination would divide by zero', () => {
    const a = fromRows([
      [0, 2, 1],
      [1, 1, 1],
      [2, 1, 0],
    ]);
    const x = [1, -2, 3];
    const b = matVec(a, x);
    const got = solve(a, b);
    for (let i = 0; i < 3; i++) expect(got[i]).toBeCloseTo(elementAt(x, i), 14);
    // det by cofactors: 0·(0−1) − 2·(0−2) + 1·(1−2) = 3
    expect(determinant(a)).toBeCloseTo(3, 13);
  });

  it('inverts a random 29×29 matrix: A·A⁻¹ = I', () => {
    const a = randomMatrix(29, 29, 1);
    expectClose(multiply(a, inverse(a)), identity(29), 1e-12);
  });

  it('estimates the 1-norm condition number within a factor of 3 of the exact one', () => {
    for (const seed of [2, 3, 4]) {
      const a = randomMatrix(12, 12, seed);
      const exact = cond1(a);
      const est = cond1Estimate(a);
      expect(est).toBeLessThanOrEqual(exact * (1 + 1e-10));
      expect(est).toBeGreaterThanOrEqual(exact / 3);
    }
    // Hilbert matrix of order 8: κ₁ ≈ 3.387e10 (a classic reference value).
    const h = fromRows(Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, j) => 1 / (i + j + 1))));
    expect(cond1Estimate(h)).toBeGreaterThan(3.387e10 / 3);
    expect(cond1Estimate(h)).toBeLessThan(3.387e10 * 1.01);
  });

  it('reports singular, non-finite and mis-shaped input with clear codes', () => {
    const singular = fromRows([
      [1, 2],
      [2, 4],
    ]);
    expect(errorCode(() => inverse(singular))).toBe('singular');
    expect(errorCode(() => solve(singular, [1, 1]))).toBe('singular');
    expect(cond1Estimate(singular)).toBe(Infinity);
    expect(
      errorCode(() =>
        inverse(
          fromRows([
            [1, NaN],
            [0, 1],
          ]),
        ),
      ),
    ).toBe('non-finite');
    expect(errorCode(() => multiply(fromRows([[1, 2]]), fromRows([[1, 2]])))).toBe('bad-shape');
    expect(errorCode(() => fromRows([[1, 2], [3]]))).toBe('bad-shape');
    expect(errorCode(() => inverse(fromRows([[1, 2]])))).toBe('bad-shape');
  });
});
