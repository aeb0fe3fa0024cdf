import { describe, expect, it } from 'vitest';
import { add, diag, expm, fromRows, get, identity, inverse, type Matrix, multiply, scale, zeros } from '../../../src/lib/ode';
import { errorCode, expectClose, randomMatrix, relErr } from './helpers';

/** Taylor series Σ A^k/k! to convergence (fine for ‖A‖ ≲ 3, where no term is huge). */
function expSeries(a: Matrix): Matrix {
  let term = identity(a.rows);
  let sum = identity(a.rows);
  for (let k = 1; k < 80; k++) {
    term = scale(multiply(term, a), 1 / k);
    sum = add(sum, term);
  }
  return sum;
}

describe('expm (scaling and squaring, Padé up to 13/13)', () => {
  it('e^0 = I exactly', () => {
    expect(Array.from(expm(zeros(5, 5)).data)).toEqual(Array.from(identity(5).data));
  });

  it('agrees with Math.exp on 1×1 matrices on both sides of every degree threshold θ_m', () => {
    // θ3 ≈ 0.015, θ5 ≈ 0.25, θ7 ≈ 0.95, θ9 ≈ 2.1, θ13 ≈ 5.4 (then scaling and squaring).
    for (const x of [0.01, 0.02, 0.2, 0.3, 0.9, 1, 2, 2.2, 5, 6, -7, 30]) {
      const got = get(expm(fromRows([[x]])), 0, 0);
      expect(Math.abs(got - Math.exp(x)) / Math.exp(x)).toBeLessThan(4e-15 * Math.max(1, Math.abs(x)));
    }
  });

  it('matches the power series for small random matrices (every Padé degree)', () => {
    // 1-norms from ~0.01 (degree 3) through ~3 (degree 13, s = 0) exercise each branch.
    for (const [seed, s] of [
      [1, 0.002],
      [2, 0.04],
      [3, 0.15],
      [4, 0.35],
      [5, 0.8],
    ] as const) {
      const a = randomMatrix(4, 4, seed, s);
      expectClose(expm(a), expSeries(a), 2e-14);
    }
  });

  it('matches V·diag(e^λ)·V⁻¹ for diagonalisable matrices, including large norms (scaling)', () => {
    const v = add(identity(6), randomMatrix(6, 6, 7, 0.3));
    const vInv = inverse(v);
    for (const lambdas of [
      [-2, -0.5, 0.3, 1.1, 0, 0.7],
      [-20, -12, 5, 8, 1, -3],
    ]) {
      const a = multiply(multiply(v, diag(lambdas)), vInv);
      const expected = multiply(multiply(v, diag(lambdas.map(Math.exp))), vInv);
      expectClose(expm(a), expected, 1e-12);
    }
  });

  it('exponentiates a rotation generator to the rotation matrix', () => {
    for (const theta of [1e-3, 1, Math.PI, 10, 100]) {
      const got = expm(
        fromRows([
          [0, -theta],
          [theta, 0],
        ]),
      );
      const want = fromRows([
        [Math.cos(theta), -Math.sin(theta)],
        [Math.sin(theta), Math.cos(theta)],
      ]);
      // Squaring amplifies rounding roughly in proportion to θ.
      expectClose(got, want, 1e-14 * Math.max(1, theta) * 5);
    }
  });

  it('handles defective (Jordan) matrices: exp([[λ,1],[0,λ]]) = e^λ[[1,1],[0,1]]', () => {
    const lam = -0.7;
    const e = Math.exp(lam);
    expectClose(
      expm(
        fromRows([
          [lam, 1],
          [0, lam],
        ]),
      ),
      fromRows([
        [e, e],
        [0, e],
      ]),
      1e-15,
    );
  });

  it('exp(A)·exp(−A) = I for a random 29×29 matrix', () => {
    const a = randomMatrix(29, 29, 9, 0.4); // ‖A‖₁ ≈ 10 → several squarings
    expectClose(multiply(expm(a), expm(scale(a, -1))), identity(29), 1e-11);
    // and e^{A}·e^{A} = e^{2A} (A commutes with itself)
    expect(relErr(multiply(expm(a), expm(a)), expm(scale(a, 2)))).toBeLessThan(1e-11);
  });

  it('throws clear errors for non-finite input, non-square input and overflow', () => {
    expect(
      errorCode(() =>
        expm(
          fromRows([
            [1, Infinity],
            [0, 1],
          ]),
        ),
      ),
    ).toBe('non-finite');
    expect(errorCode(() => expm(fromRows([[NaN]])))).toBe('non-finite');
    expect(errorCode(() => expm(fromRows([[1, 2, 3]])))).toBe('bad-shape');
    expect(errorCode(() => expm(diag([1000, 1])))).toBe('blow-up');
  });
});
