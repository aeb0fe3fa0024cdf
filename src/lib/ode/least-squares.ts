/**
 * Linear least squares min ‖y − X a‖₂ by a singular value decomposition, returning the
 * minimum-norm solution when X is rank deficient — the same answer as numpy/scipy
 * `lstsq`, which is what scikit-learn's `LinearRegression` uses. The SVD is one-sided
 * (Hestenes) Jacobi: simple, and accurate even for the badly conditioned, highly
 * collinear signal trajectories the ODE fit sees (normal equations would square the
 * condition number there).
 */
import { at as checkedAt, elementAt } from './checked-index';
import { NumericsError } from './errors';
import { EPS, assertFiniteMatrix, type Matrix, zeros } from './matrix';

// A module-local binding keeps the inner loops' checked reads fast under vitest (see checked-index.ts).
const at = checkedAt;

export interface ThinSvd {
  /** Columns u_i·σ_i (unnormalised left singular vectors), m×k row-major, k = cols. */
  readonly us: Matrix;
  /** Right singular vectors as columns, n×n. */
  readonly v: Matrix;
  /** Singular values σ_i (column norms of `us`), not sorted. */
  readonly sigma: Float64Array;
  readonly sweeps: number;
}

/** One-sided Jacobi SVD of an m×n matrix. */
export function jacobiSvd(x: Matrix, maxSweeps = 60): ThinSvd {
  assertFiniteMatrix(x, 'Matrix to decompose');
  const m = x.rows;
  const n = x.cols;
  // Work column-major: col[j] is column j of the evolving U·Σ.
  const col: Float64Array[] = [];
  for (let j = 0; j < n; j++) {
    const c = new Float64Array(m);
    for (let i = 0; i < m; i++) c[i] = at(x.data, i * n + j);
    col.push(c);
  }
  const vcol: Float64Array[] = [];
  for (let j = 0; j < n; j++) {
    const c = new Float64Array(n);
    c[j] = 1;
    vcol.push(c);
  }
  let sweeps = 0;
  for (; sweeps < maxSweeps; sweeps++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const up = elementAt(col, p);
        const uq = elementAt(col, q);
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < m; i++) {
          const upi = at(up, i);
          const uqi = at(uq, i);
          alpha += upi * upi;
          beta += uqi * uqi;
          gamma += upi * uqi;
        }
        if (gamma === 0 || Math.abs(gamma) <= EPS * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (let i = 0; i < m; i++) {
          const a = at(up, i);
          const b = at(uq, i);
          up[i] = c * a - s * b;
          uq[i] = s * a + c * b;
        }
        const vp = elementAt(vcol, p);
        const vq = elementAt(vcol, q);
        for (let i = 0; i < n; i++) {
          const a = at(vp, i);
          const b = at(vq, i);
          vp[i] = c * a - s * b;
          vq[i] = s * a + c * b;
        }
      }
    }
    if (!rotated) break;
  }
  const us = zeros(m, n);
  const v = zeros(n, n);
  const sigma = new Float64Array(n);
  col.forEach((u, j) => {
    let s = 0;
    u.forEach((uij, i) => {
      us.data[i * n + j] = uij;
      s += uij * uij;
    });
    sigma[j] = Math.sqrt(s);
    elementAt(vcol, j).forEach((vij, i) => {
      v.data[i * n + j] = vij;
    });
  });
  return { us, v, sigma, sweeps };
}

export interface LeastSquaresResult {
  /** targets × features: row t is the coefficient vector of target column t. */
  readonly coef: Matrix;
  /** Numerical rank used (singular values above rcond·σ_max). */
  readonly rank: number;
  readonly singularValues: Float64Array;
}

/**
 * Solves min ‖Y[:, t] − X a_t‖ for every target column t. Singular values below
 * rcond·σ_max are treated as zero (numpy's default rcond = ε·max(m, n)).
 */
export function leastSquares(x: Matrix, y: Matrix, rcond?: number): LeastSquaresResult {
  if (x.rows !== y.rows) {
    throw new NumericsError('bad-shape', `X has ${x.rows} rows but Y has ${y.rows}; they must match.`);
  }
  assertFiniteMatrix(y, 'Targets');
  const svd = jacobiSvd(x);
  const m = x.rows;
  const n = x.cols;
  const q = y.cols;
  const cut = (rcond ?? EPS * Math.max(m, n)) * Math.max(0, ...svd.sigma);
  const coef = zeros(q, n);
  let rank = 0;
  for (let k = 0; k < n; k++) {
    const s = at(svd.sigma, k);
    if (!(s > cut) || s === 0) continue;
    rank++;
    const inv2 = 1 / (s * s);
    for (let t = 0; t < q; t++) {
      // (σ_k u_k)·y_t / σ_k² = u_k·y_t / σ_k, the coordinate along v_k.
      let dot = 0;
      for (let i = 0; i < m; i++) dot += at(svd.us.data, i * n + k) * at(y.data, i * q + t);
      const w = dot * inv2;
      for (let j = 0; j < n; j++) coef.data[t * n + j] = at(coef.data, t * n + j) + w * at(svd.v.data, j * n + k);
    }
  }
  const singularValues = Float64Array.from(svd.sigma).sort().reverse();
  return { coef, rank, singularValues };
}
