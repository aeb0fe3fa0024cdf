import { describe, expect, it } from 'vitest';
import { type Complex, determinant, diag, eigenvalues, fromRows, get, stability, type Matrix } from '../../../src/lib/ode';
import { elementAt } from '../../../src/lib/ode/checked-index';
import { errorCode, randomMatrix } from './helpers';

/** Sorts by (re desc, im desc) and compares entry-wise. */
function expectSpectrum(got: Complex[], want: Complex[], tol: number): void {
  const key = (u: Complex, v: Complex) => v.re - u.re || v.im - u.im;
  const w = [...want].sort(key);
  expect(got.length).toBe(w.length);
  got.forEach((z, i) => {
    const wi = elementAt(w, i);
    expect(Math.abs(z.re - wi.re)).toBeLessThan(tol);
    expect(Math.abs(z.im - wi.im)).toBeLessThan(tol);
  });
}

const real = (...xs: number[]): Complex[] => xs.map((re) => ({ re, im: 0 }));

/** Companion matrix of the monic polynomial x^n + c[n−1] x^{n−1} + … + c[0]. */
function companion(c: number[]): Matrix {
  const n = c.length;
  return fromRows(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === 0 ? -elementAt(c, n - 1 - j) : j === i - 1 ? 1 : 0))));
}

describe('eigenvalues (balancing + Hessenberg + Francis QR)', () => {
  it('rotation generator: ±iθ', () => {
    expectSpectrum(
      eigenvalues(
        fromRows([
          [0, -2.5],
          [2.5, 0],
        ]),
      ),
      [
        { re: 0, im: 2.5 },
        { re: 0, im: -2.5 },
      ],
      1e-14,
    );
  });

  it('triangular matrix: the diagonal', () => {
    const t = fromRows([
      [3, 7, -2, 1],
      [0, -1, 4, 5],
      [0, 0, 0.5, -8],
      [0, 0, 0, 2],
    ]);
    expectSpectrum(eigenvalues(t), real(3, -1, 0.5, 2), 1e-13);
  });

  it('symmetric tridiagonal [−1, 2, −1]: 2 − √2, 2, 2 + √2', () => {
    const s = fromRows([
      [2, -1, 0],
      [-1, 2, -1],
      [0, -1, 2],
    ]);
    expectSpectrum(eigenvalues(s), real(2 - Math.SQRT2, 2, 2 + Math.SQRT2), 1e-14);
  });

  it('companion matrices of known polynomials give their roots', () => {
    // (x − 1)(x − 2)(x − 3)(x + 4) = x⁴ − 2x³ − 13x² + 38x − 24
    expectSpectrum(eigenvalues(companion([-24, 38, -13, -2])), real(1, 2, 3, -4), 1e-12);
    // (x² + 1)(x − 2)(x² + 2x + 5) = x⁵ + 0x⁴ + 2x³ + 6x² − 3x − 10 … expanded below:
    // (x²+1)(x−2) = x³ − 2x² + x − 2; times (x² + 2x + 5):
    // x⁵ + 2x⁴ + 5x³ − 2x⁴ − 4x³ − 10x² + x³ + 2x² + 5x − 2x² − 4x − 10
    // = x⁵ + 0x⁴ + 2x³ − 10x² + x − 10
    expectSpectrum(
      eigenvalues(companion([-10, 1, -10, 2, 0])),
      [
        { re: 0, im: 1 },
        { re: 0, im: -1 },
        { re: 2, im: 0 },
        { re: -1, im: 2 },
        { re: -1, im: -2 },
      ],
      1e-12,
    );
  });

  it('random 29×29: eigenvalue sum = trace and product = determinant; pairs are conjugate', () => {
    const a = randomMatrix(29, 29, 5, 0.2);
    const ev = eigenvalues(a);
    let tr = 0;
    for (let i = 0; i < 29; i++) tr += get(a, i, i);
    let sumRe = 0;
    let sumIm = 0;
    let pr = { re: 1, im: 0 };
    for (const z of ev) {
      sumRe += z.re;
      sumIm += z.im;
      pr = { re: pr.re * z.re - pr.im * z.im, im: pr.re * z.im + pr.im * z.re };
    }
    expect(Math.abs(sumRe - tr)).toBeLessThan(1e-12);
    expect(Math.abs(sumIm)).toBeLessThan(1e-12);
    const det = determinant(a);
    expect(Math.abs(pr.re - det) / Math.abs(det)).toBeLessThan(1e-9);
    expect(ev.filter((z) => z.im !== 0).length % 2).toBe(0);
  });

  it('stability readout: continuous and Euler classifications', () => {
    const s = stability(diag([-0.5, -0.1]));
    expect(s.classification).toBe('stable');
    expect(s.maxRealPart).toBeCloseTo(-0.1, 15);
    expect(s.eulerSpectralRadius).toBeCloseTo(0.9, 15); // max |1 + λ| = max(0.5, 0.9)
    expect(s.eulerClassification).toBe('stable');
    expect(stability(diag([-0.5, 0.01])).classification).toBe('unstable');
    expect(
      stability(
        fromRows([
          [0, -1],
          [1, 0],
        ]),
      ).classification,
    ).toBe('marginal');
    // Continuous-stable but Euler-unstable: λ = −3 → |1 + λ| = 2.
    const stiff = stability(diag([-3, -0.2]));
    expect(stiff.classification).toBe('stable');
    expect(stiff.eulerClassification).toBe('unstable');
    expect(
      errorCode(() =>
        eigenvalues(
          fromRows([
            [1, NaN],
            [0, 1],
          ]),
        ),
      ),
    ).toBe('non-finite');
  });
});
