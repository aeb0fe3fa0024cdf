/**
 * A tiny dense, row-major, float64 matrix and the handful of operations the ODE
 * explainer needs. Entry (i, j) lives at data[i * cols + j]. Nothing here mutates its
 * inputs; every function returns fresh storage.
 */
import { at as checkedAt, elementAt } from './checked-index';
import { NumericsError } from './errors';

// A module-local binding keeps the inner loops' checked reads fast under vitest (see checked-index.ts).
const at = checkedAt;

export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** Unit roundoff of float64 (2^-52), used for singularity and rank thresholds. */
export const EPS = 2.220446049250313e-16;

function checkDims(rows: number, cols: number): void {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new NumericsError('bad-shape', `Matrix dimensions must be non-negative integers, got ${rows}×${cols}.`);
  }
}

export function zeros(rows: number, cols: number): Matrix {
  checkDims(rows, cols);
  return { rows, cols, data: new Float64Array(rows * cols) };
}

export function identity(n: number): Matrix {
  const m = zeros(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

/** Wraps existing row-major storage (copied) as a matrix, checking its length. */
export function fromData(rows: number, cols: number, data: ArrayLike<number>): Matrix {
  checkDims(rows, cols);
  if (data.length !== rows * cols) {
    throw new NumericsError('bad-shape', `Expected ${rows * cols} values for a ${rows}×${cols} matrix, got ${data.length}.`);
  }
  return { rows, cols, data: Float64Array.from(data) };
}

/** Builds a matrix from an array of rows, rejecting ragged input. */
export function fromRows(rows: ReadonlyArray<ArrayLike<number>>): Matrix {
  const r = rows.length;
  const c = rows[0]?.length ?? 0;
  const m = zeros(r, c);
  rows.forEach((values, i) => {
    if (values.length !== c) {
      throw new NumericsError('bad-shape', `Row ${i} has ${values.length} entries, expected ${c} (ragged input).`, { row: i });
    }
    for (let j = 0; j < c; j++) m.data[i * c + j] = elementAt(values, j);
  });
  return m;
}

export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

export function diag(values: ArrayLike<number>): Matrix {
  const n = values.length;
  const m = zeros(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = elementAt(values, i);
  return m;
}

/** Entry (i, j); an index outside the matrix throws 'bad-shape' rather than reading a neighbouring row. */
export function get(m: Matrix, i: number, j: number): number {
  if (!(i >= 0 && i < m.rows && j >= 0 && j < m.cols)) {
    throw new NumericsError('bad-shape', `Entry (${i}, ${j}) is outside a ${m.rows}×${m.cols} matrix.`, { row: i, col: j });
  }
  return at(m.data, i * m.cols + j);
}

export function clone(m: Matrix): Matrix {
  return { rows: m.rows, cols: m.cols, data: m.data.slice() };
}

export function row(m: Matrix, i: number): Float64Array {
  return m.data.slice(i * m.cols, (i + 1) * m.cols);
}

export function column(m: Matrix, j: number): Float64Array {
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) out[i] = at(m.data, i * m.cols + j);
  return out;
}

export function transpose(m: Matrix): Matrix {
  const t = zeros(m.cols, m.rows);
  for (let i = 0; i < m.rows; i++) for (let j = 0; j < m.cols; j++) t.data[j * m.rows + i] = at(m.data, i * m.cols + j);
  return t;
}

export function multiply(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) {
    throw new NumericsError('bad-shape', `Cannot multiply ${a.rows}×${a.cols} by ${b.rows}×${b.cols}.`);
  }
  const out = zeros(a.rows, b.cols);
  const { data: A } = a;
  const { data: B } = b;
  const C = out.data;
  const n = b.cols;
  // i-k-j order: the inner loop walks contiguous rows of B and C.
  for (let i = 0; i < a.rows; i++) {
    for (let k = 0; k < a.cols; k++) {
      const aik = at(A, i * a.cols + k);
      if (aik === 0) continue;
      const bo = k * n;
      const co = i * n;
      for (let j = 0; j < n; j++) C[co + j] = at(C, co + j) + aik * at(B, bo + j);
    }
  }
  return out;
}

export function matVec(a: Matrix, x: ArrayLike<number>): Float64Array {
  if (a.cols !== x.length) {
    throw new NumericsError('bad-shape', `Cannot multiply a ${a.rows}×${a.cols} matrix by a vector of length ${x.length}.`);
  }
  const out = new Float64Array(a.rows);
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    const o = i * a.cols;
    for (let j = 0; j < a.cols; j++) s += at(a.data, o + j) * elementAt(x, j);
    out[i] = s;
  }
  return out;
}

function sameShape(a: Matrix, b: Matrix, op: string): void {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new NumericsError('bad-shape', `Cannot ${op} ${a.rows}×${a.cols} and ${b.rows}×${b.cols}.`);
  }
}

export function add(a: Matrix, b: Matrix): Matrix {
  sameShape(a, b, 'add');
  const out = clone(a);
  for (let i = 0; i < out.data.length; i++) out.data[i] = at(out.data, i) + at(b.data, i);
  return out;
}

export function subtract(a: Matrix, b: Matrix): Matrix {
  sameShape(a, b, 'subtract');
  const out = clone(a);
  for (let i = 0; i < out.data.length; i++) out.data[i] = at(out.data, i) - at(b.data, i);
  return out;
}

export function scale(a: Matrix, s: number): Matrix {
  const out = clone(a);
  for (let i = 0; i < out.data.length; i++) out.data[i] = at(out.data, i) * s;
  return out;
}

/** a + s·I for a square a. */
export function addScaledIdentity(a: Matrix, s: number): Matrix {
  assertSquare(a, 'addScaledIdentity');
  const out = clone(a);
  for (let i = 0; i < a.rows; i++) out.data[i * a.cols + i] = at(out.data, i * a.cols + i) + s;
  return out;
}

/** Max absolute column sum. */
export function norm1(a: Matrix): number {
  let best = 0;
  for (let j = 0; j < a.cols; j++) {
    let s = 0;
    for (let i = 0; i < a.rows; i++) s += Math.abs(at(a.data, i * a.cols + j));
    if (s > best || Number.isNaN(s)) best = s;
  }
  return best;
}

/** Max absolute row sum. */
export function normInf(a: Matrix): number {
  let best = 0;
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    for (let j = 0; j < a.cols; j++) s += Math.abs(at(a.data, i * a.cols + j));
    if (s > best || Number.isNaN(s)) best = s;
  }
  return best;
}

export function normFrobenius(a: Matrix): number {
  let s = 0;
  for (const v of a.data) s += v * v;
  return Math.sqrt(s);
}

export function maxAbs(a: Matrix): number {
  let m = 0;
  for (const v of a.data) if (Math.abs(v) > m || Number.isNaN(v)) m = Math.abs(v);
  return m;
}

export function isFiniteMatrix(a: Matrix): boolean {
  for (const v of a.data) if (!Number.isFinite(v)) return false;
  return true;
}

export function assertFiniteMatrix(a: Matrix, what: string): void {
  a.data.forEach((v, k) => {
    if (!Number.isFinite(v)) {
      const i = Math.floor(k / a.cols);
      const j = k % a.cols;
      throw new NumericsError('non-finite', `${what} has a non-finite entry (${v}) at row ${i}, column ${j}.`, {
        row: i,
        col: j,
      });
    }
  });
}

export function assertSquare(a: Matrix, what: string): void {
  if (a.rows !== a.cols) throw new NumericsError('bad-shape', `${what} needs a square matrix, got ${a.rows}×${a.cols}.`);
}

/** LU factorisation with partial pivoting: P·A = L·U, L unit lower triangular. */
export interface LU {
  readonly n: number;
  /** L (strictly below the diagonal) and U (on and above it), row-major n×n. */
  readonly lu: Float64Array;
  /** Row i of P·A is row piv[i] of A. */
  readonly piv: Int32Array;
  /** Determinant of P (±1). */
  readonly sign: number;
  /** ‖A‖₁ of the factorised matrix, kept for the condition estimate. */
  readonly anorm: number;
}

/**
 * Factorises a square matrix. A pivot is treated as zero (code 'singular') when it is
 * at most n·ε·max|A|: beyond that point the computed inverse would be pure rounding noise.
 */
export function luFactor(a: Matrix): LU {
  assertSquare(a, 'LU factorisation');
  assertFiniteMatrix(a, 'Matrix to factorise');
  const n = a.rows;
  const lu = a.data.slice();
  const piv = new Int32Array(n);
  for (let i = 0; i < n; i++) piv[i] = i;
  let sign = 1;
  const tiny = n * EPS * maxAbs(a);
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(at(lu, k * n + k));
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(at(lu, i * n + k));
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (best <= tiny || best === 0) {
      throw new NumericsError(
        'singular',
        `The matrix is singular to working precision (pivot ${best.toExponential(2)} in column ${k}); it cannot be inverted.`,
        { column: k, pivot: best },
      );
    }
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = at(lu, k * n + j);
        lu[k * n + j] = at(lu, p * n + j);
        lu[p * n + j] = t;
      }
      const t = elementAt(piv, k);
      piv[k] = elementAt(piv, p);
      piv[p] = t;
      sign = -sign;
    }
    const pivot = at(lu, k * n + k);
    for (let i = k + 1; i < n; i++) {
      const f = (lu[i * n + k] = at(lu, i * n + k) / pivot);
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) lu[i * n + j] = at(lu, i * n + j) - f * at(lu, k * n + j);
    }
  }
  return { n, lu, piv, sign, anorm: norm1(a) };
}

/** Solves A x = b given the LU of A. */
export function luSolveVector(f: LU, b: ArrayLike<number>): Float64Array {
  const { n, lu, piv } = f;
  if (b.length !== n) throw new NumericsError('bad-shape', `Right-hand side has length ${b.length}, expected ${n}.`);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = elementAt(b, elementAt(piv, i));
  for (let i = 0; i < n; i++) {
    let s = at(x, i);
    for (let j = 0; j < i; j++) s -= at(lu, i * n + j) * at(x, j);
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = at(x, i);
    for (let j = i + 1; j < n; j++) s -= at(lu, i * n + j) * at(x, j);
    x[i] = s / at(lu, i * n + i);
  }
  return x;
}

/** Solves Aᵀ x = c given the LU of A (Aᵀ = Uᵀ Lᵀ P). */
export function luSolveTransposeVector(f: LU, c: ArrayLike<number>): Float64Array {
  const { n, lu, piv } = f;
  if (c.length !== n) throw new NumericsError('bad-shape', `Right-hand side has length ${c.length}, expected ${n}.`);
  const w = Float64Array.from(c);
  for (let i = 0; i < n; i++) {
    let s = at(w, i);
    for (let j = 0; j < i; j++) s -= at(lu, j * n + i) * at(w, j);
    w[i] = s / at(lu, i * n + i);
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = at(w, i);
    for (let j = i + 1; j < n; j++) s -= at(lu, j * n + i) * at(w, j);
    w[i] = s;
  }
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[elementAt(piv, i)] = at(w, i);
  return x;
}

/** Solves A X = B column by column given the LU of A. */
export function luSolveMatrix(f: LU, b: Matrix): Matrix {
  if (b.rows !== f.n) throw new NumericsError('bad-shape', `Right-hand side has ${b.rows} rows, expected ${f.n}.`);
  const out = zeros(b.rows, b.cols);
  for (let j = 0; j < b.cols; j++) {
    const x = luSolveVector(f, column(b, j));
    for (let i = 0; i < b.rows; i++) out.data[i * b.cols + j] = at(x, i);
  }
  return out;
}

export function solve(a: Matrix, b: Matrix): Matrix;
export function solve(a: Matrix, b: ArrayLike<number>): Float64Array;
export function solve(a: Matrix, b: Matrix | ArrayLike<number>): Matrix | Float64Array {
  const f = luFactor(a);
  if (isMatrix(b)) {
    assertFiniteMatrix(b, 'Right-hand side');
    return luSolveMatrix(f, b);
  }
  for (let i = 0; i < b.length; i++) {
    if (!Number.isFinite(elementAt(b, i))) throw new NumericsError('non-finite', `Right-hand side has a non-finite entry at ${i}.`);
  }
  return luSolveVector(f, b);
}

export function inverse(a: Matrix): Matrix {
  return luSolveMatrix(luFactor(a), identity(a.rows));
}

export function determinant(a: Matrix): number {
  let f: LU;
  try {
    f = luFactor(a);
  } catch (e) {
    if (e instanceof NumericsError && e.code === 'singular') return 0;
    throw e;
  }
  let d = f.sign;
  for (let i = 0; i < f.n; i++) d *= at(f.lu, i * f.n + i);
  return d;
}

function isMatrix(x: unknown): x is Matrix {
  return typeof x === 'object' && x !== null && 'rows' in x && 'cols' in x && 'data' in x;
}

/**
 * Estimate of the 1-norm condition number κ₁(A) = ‖A‖₁‖A⁻¹‖₁ without forming A⁻¹:
 * Hager's method (as refined by Higham, LAPACK xLACON) for ‖A⁻¹‖₁ using solves with
 * the LU factors. It is a lower bound that is almost always within a factor of 3.
 * Returns Infinity for a singular matrix.
 */
export function cond1Estimate(a: Matrix | LU): number {
  let f: LU;
  try {
    f = isMatrix(a) ? luFactor(a) : a;
  } catch (e) {
    if (e instanceof NumericsError && e.code === 'singular') return Infinity;
    throw e;
  }
  const n = f.n;
  if (n === 0) return 0;
  let x = new Float64Array(n).fill(1 / n);
  let est = 0;
  let lastJ = -1;
  for (let iter = 0; iter < 5; iter++) {
    const y = luSolveVector(f, x);
    const yNorm = sumAbs(y);
    if (iter > 0 && yNorm <= est) {
      est = Math.max(est, yNorm);
      break;
    }
    est = yNorm;
    const xi = new Float64Array(n);
    for (let i = 0; i < n; i++) xi[i] = at(y, i) >= 0 ? 1 : -1;
    const z = luSolveTransposeVector(f, xi);
    let j = 0;
    let zMax = -1;
    let zx = 0;
    for (let i = 0; i < n; i++) {
      const zi = at(z, i);
      zx += zi * at(x, i);
      if (Math.abs(zi) > zMax) {
        zMax = Math.abs(zi);
        j = i;
      }
    }
    if (zMax <= zx || j === lastJ) break;
    lastJ = j;
    x = new Float64Array(n);
    x[j] = 1;
  }
  // Higham's extra test vector guards against the rare cases the iteration underestimates.
  const alt = new Float64Array(n);
  for (let i = 0; i < n; i++) alt[i] = (i % 2 === 0 ? 1 : -1) * (1 + (n > 1 ? i / (n - 1) : 0));
  const altEst = (2 * sumAbs(luSolveVector(f, alt))) / (3 * n);
  return f.anorm * Math.max(est, altEst);
}

/** Exact κ₁(A) through the explicit inverse (for tests and small matrices). */
export function cond1(a: Matrix): number {
  try {
    return norm1(a) * norm1(inverse(a));
  } catch (e) {
    if (e instanceof NumericsError && e.code === 'singular') return Infinity;
    throw e;
  }
}

function sumAbs(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += Math.abs(elementAt(v, i));
  return s;
}
