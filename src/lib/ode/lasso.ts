/**
 * Lasso regression with an intercept, matching scikit-learn's `Lasso` (the estimator
 * the paper's authors used). For each target column y it minimises
 *
 *     (1 / 2n) ‖y − X a − b‖² + α ‖a‖₁
 *
 * Features are NOT standardised. The intercept is handled as sklearn does: centre X and
 * y by their column means, fit without intercept, then b = ȳ − x̄·a.
 *
 * Solver (α > 0): cyclic coordinate descent from a = 0, a line-for-line port of the
 * logic of sklearn's `enet_coordinate_descent`. After each full sweep it looks at the
 * largest coefficient change; when max|Δa_j| / max|a_j| < tol (or all a_j = 0, or on
 * the last allowed sweep) it computes the duality gap, and stops — converged — once
 * gap ≤ tol·‖y_centred‖² (gap in sklearn's n-scaled units). `maxIter` counts full
 * sweeps; `iterations` reports the sweeps actually done, like sklearn's `n_iter_`.
 * Multi-target input fits every column independently (sklearn does the same for a 2-D y).
 *
 * α = 0 is ordinary least squares; coordinate descent converges slowly there, so by
 * default ('auto') it is solved directly with an SVD-based minimum-norm least squares
 * (the same answer as sklearn's `LinearRegression`). `solver: 'cd'` forces coordinate
 * descent even at α = 0, to mimic `Lasso(alpha=0.0)` as used in the authors' multi-dim
 * script.
 */
import { at as checkedAt, elementAt } from './checked-index';
import { NumericsError } from './errors';
import { leastSquares } from './least-squares';
import { assertFiniteMatrix, type Matrix, zeros } from './matrix';
import { r2Score } from './metrics';

// A module-local binding keeps the inner loops' checked reads fast under vitest (see checked-index.ts).
const at = checkedAt;

export interface LassoOptions {
  /** L1 strength α ≥ 0 (sklearn `alpha`). Default 1, as in sklearn. */
  alpha?: number;
  /** Fit an intercept by centring (default true). */
  fitIntercept?: boolean;
  /** sklearn `tol` (default 1e-4). */
  tol?: number;
  /** Maximum number of coordinate-descent sweeps (default 1000). */
  maxIter?: number;
  /** 'auto': least squares for α = 0, coordinate descent otherwise. 'cd': always CD. */
  solver?: 'auto' | 'cd';
}

export interface LassoFit {
  readonly alpha: number;
  readonly solver: 'cd' | 'lstsq';
  /** targets × features; row t holds the coefficients of target t (sklearn `coef_`). */
  readonly coef: Matrix;
  readonly intercept: Float64Array;
  /** Sweeps used per target (0 for the direct least-squares solve). */
  readonly iterations: Int32Array;
  readonly converged: boolean[];
  /** Final duality gap per target in sklearn's units (NaN for least squares). */
  readonly dualGap: Float64Array;
  /** Training R² per target and their uniform average (sklearn `score`). */
  readonly r2PerTarget: Float64Array;
  readonly r2: number;
  /** Nonzero coefficients out of coef.rows·coef.cols, and the fraction that are exactly zero. */
  readonly nonzeros: number;
  readonly total: number;
  readonly sparsity: number;
}

function validate(x: Matrix, y: Matrix, alpha: number, tol: number, maxIter: number): void {
  if (x.rows === 0 || x.cols === 0) throw new NumericsError('bad-shape', `X must be non-empty, got ${x.rows}×${x.cols}.`);
  if (y.rows !== x.rows) {
    throw new NumericsError('bad-shape', `X has ${x.rows} samples but Y has ${y.rows}; they must match.`);
  }
  if (y.cols === 0) throw new NumericsError('bad-shape', 'Y has no target columns.');
  assertFiniteMatrix(x, 'Features X');
  assertFiniteMatrix(y, 'Targets Y');
  if (!(alpha >= 0) || !Number.isFinite(alpha)) {
    throw new NumericsError('bad-argument', `alpha must be a finite number ≥ 0, got ${alpha}.`);
  }
  if (!(tol >= 0) || !Number.isFinite(tol)) throw new NumericsError('bad-argument', `tol must be ≥ 0, got ${tol}.`);
  if (!Number.isInteger(maxIter) || maxIter < 1) {
    throw new NumericsError('bad-argument', `maxIter must be a positive integer, got ${maxIter}.`);
  }
}

function columnMeans(m: Matrix): Float64Array {
  const means = new Float64Array(m.cols);
  for (let i = 0; i < m.rows; i++) for (let j = 0; j < m.cols; j++) means[j] = at(means, j) + at(m.data, i * m.cols + j);
  for (let j = 0; j < m.cols; j++) means[j] = at(means, j) / m.rows;
  return means;
}

interface CdResult {
  iterations: number;
  converged: boolean;
  gap: number;
}

/**
 * Coordinate descent for one target: minimises ½‖y − X w‖² + l1‖w‖₁ in place on w
 * (l1 = α·n, i.e. the objective above multiplied by n, as sklearn does internally).
 * `cols[j]` is column j of the (centred) X; `colSq[j]` its squared norm.
 */
function coordinateDescent(cols: Float64Array[], colSq: Float64Array, y: Float64Array, w: Float64Array, l1: number, tol: number, maxIter: number): CdResult {
  const n = y.length;
  const p = cols.length;
  const r = Float64Array.from(y); // residual y − X w, with w = 0 initially
  let yy = 0;
  for (const v of y) yy += v * v;
  const gapTol = tol * yy;
  let gap = Infinity;
  for (let iter = 0; iter < maxIter; iter++) {
    let wMax = 0;
    let dwMax = 0;
    for (let j = 0; j < p; j++) {
      const cSq = at(colSq, j);
      if (cSq === 0) continue;
      const c = elementAt(cols, j);
      const wOld = at(w, j);
      if (wOld !== 0) for (let i = 0; i < n; i++) r[i] = at(r, i) + wOld * at(c, i);
      let tmp = 0;
      for (let i = 0; i < n; i++) tmp += at(c, i) * at(r, i);
      const shrunk = Math.max(Math.abs(tmp) - l1, 0);
      const wNew = shrunk === 0 ? 0 : (Math.sign(tmp) * shrunk) / cSq;
      w[j] = wNew;
      if (wNew !== 0) for (let i = 0; i < n; i++) r[i] = at(r, i) - wNew * at(c, i);
      dwMax = Math.max(dwMax, Math.abs(wNew - wOld));
      wMax = Math.max(wMax, Math.abs(wNew));
    }
    if (!Number.isFinite(wMax)) {
      throw new NumericsError('blow-up', 'Coordinate descent produced non-finite coefficients.', { iteration: iter });
    }
    if (wMax === 0 || dwMax / wMax < tol || iter === maxIter - 1) {
      gap = dualityGap(cols, y, w, r, l1);
      if (gap <= gapTol) return { iterations: iter + 1, converged: true, gap };
    }
  }
  return { iterations: maxIter, converged: false, gap };
}

/** Duality gap of ½‖y − Xw‖² + l1‖w‖₁ (sklearn's formula with no L2 term). */
function dualityGap(cols: Float64Array[], y: Float64Array, w: Float64Array, r: Float64Array, l1: number): number {
  const n = y.length;
  let dualNorm = 0;
  for (const c of cols) {
    let s = 0;
    for (let i = 0; i < n; i++) s += at(c, i) * at(r, i);
    dualNorm = Math.max(dualNorm, Math.abs(s));
  }
  let rNorm2 = 0;
  let ry = 0;
  for (let i = 0; i < n; i++) {
    const ri = at(r, i);
    rNorm2 += ri * ri;
    ry += ri * at(y, i);
  }
  let gap: number;
  let k: number;
  if (dualNorm > l1) {
    k = l1 / dualNorm;
    gap = 0.5 * (rNorm2 + rNorm2 * k * k);
  } else {
    k = 1;
    gap = rNorm2;
  }
  let w1 = 0;
  for (const v of w) w1 += Math.abs(v);
  return gap + l1 * w1 - k * ry;
}

/** Fits y ≈ X a + b for every column of Y. X: samples × features, Y: samples × targets. */
export function fitLasso(x: Matrix, y: Matrix, options: LassoOptions = {}): LassoFit {
  const alpha = options.alpha ?? 1;
  const tol = options.tol ?? 1e-4;
  const maxIter = options.maxIter ?? 1000;
  const fitIntercept = options.fitIntercept ?? true;
  const solver = options.solver ?? 'auto';
  validate(x, y, alpha, tol, maxIter);
  const n = x.rows;
  const p = x.cols;
  const q = y.cols;

  const xMean = fitIntercept ? columnMeans(x) : new Float64Array(p);
  const yMean = fitIntercept ? columnMeans(y) : new Float64Array(q);
  const xc = zeros(n, p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) xc.data[i * p + j] = at(x.data, i * p + j) - at(xMean, j);

  const coef = zeros(q, p);
  const iterations = new Int32Array(q);
  const converged: boolean[] = [];
  const dualGap = new Float64Array(q).fill(NaN);
  let used: 'cd' | 'lstsq';

  if (alpha === 0 && solver === 'auto') {
    used = 'lstsq';
    const yc = zeros(n, q);
    for (let i = 0; i < n; i++) for (let t = 0; t < q; t++) yc.data[i * q + t] = at(y.data, i * q + t) - at(yMean, t);
    coef.data.set(leastSquares(xc, yc).coef.data);
    for (let t = 0; t < q; t++) converged.push(true);
  } else {
    used = 'cd';
    const cols: Float64Array[] = [];
    const colSq = new Float64Array(p);
    for (let j = 0; j < p; j++) {
      const c = new Float64Array(n);
      for (let i = 0; i < n; i++) c[i] = at(xc.data, i * p + j);
      cols.push(c);
      let s = 0;
      for (const v of c) s += v * v;
      colSq[j] = s;
    }
    for (let t = 0; t < q; t++) {
      const yt = new Float64Array(n);
      for (let i = 0; i < n; i++) yt[i] = at(y.data, i * q + t) - at(yMean, t);
      const w = new Float64Array(p);
      const res = coordinateDescent(cols, colSq, yt, w, alpha * n, tol, maxIter);
      coef.data.set(w, t * p);
      iterations[t] = res.iterations;
      converged.push(res.converged);
      dualGap[t] = res.gap;
    }
  }

  const intercept = new Float64Array(q);
  for (let t = 0; t < q; t++) {
    let s = at(yMean, t);
    for (let j = 0; j < p; j++) s -= at(xMean, j) * at(coef.data, t * p + j);
    intercept[t] = s;
  }
  const r2 = r2Score(y, predictLinear(coef, intercept, x));
  let nonzeros = 0;
  for (const v of coef.data) if (v !== 0) nonzeros++;
  const total = coef.data.length;
  return {
    alpha,
    solver: used,
    coef,
    intercept,
    iterations,
    converged,
    dualGap,
    r2PerTarget: r2.perColumn,
    r2: r2.mean,
    nonzeros,
    total,
    sparsity: (total - nonzeros) / total,
  };
}

/** Ŷ = X·coefᵀ + intercept (samples × targets). */
export function predictLinear(coef: Matrix, intercept: ArrayLike<number>, x: Matrix): Matrix {
  if (x.cols !== coef.cols) {
    throw new NumericsError('bad-shape', `X has ${x.cols} features but the model expects ${coef.cols}.`);
  }
  if (intercept.length !== coef.rows) {
    throw new NumericsError('bad-shape', `Intercept has ${intercept.length} entries, expected ${coef.rows}.`);
  }
  const q = coef.rows;
  const p = coef.cols;
  const out = zeros(x.rows, q);
  for (let i = 0; i < x.rows; i++) {
    for (let t = 0; t < q; t++) {
      let s = elementAt(intercept, t);
      for (let j = 0; j < p; j++) s += at(x.data, i * p + j) * at(coef.data, t * p + j);
      out.data[i * q + t] = s;
    }
  }
  return out;
}
