/**
 * The paper's linear ODE model of the signal dynamics (paper.md §4):
 *
 *     x_{t+1} − x_t = A x_t + b        (one training step = one unit of time)
 *
 * fitted by Lasso (α = 0.01 in the authors' code) or by least squares (α = 0), then
 * (a) rolled out with explicit Euler from x_0 without ever re-anchoring to the data, as
 * `utils.rollout_ode_traj` does, and (b) solved in closed form as the continuous system
 * ẋ = A x + b: x(t) = e^{At} x_0 + (e^{At} − I) A⁻¹ b.
 *
 * Matrix orientation: row i of A is the target frequency i (its increment), column j the
 * source frequency j — the layout of sklearn's `coef_` and of the paper's heatmap.
 */
import { at as checkedAt, elementAt } from './checked-index';
import { NumericsError, assertFiniteArray } from './errors';
import { expm } from './expm';
import { fitLasso, type LassoFit, type LassoOptions } from './lasso';
import { addScaledIdentity, assertFiniteMatrix, assertSquare, cond1Estimate, fromRows, luFactor, luSolveVector, type Matrix, matVec, zeros } from './matrix';
import { r2Score, type R2Result } from './metrics';

// A module-local binding keeps the inner loops' checked reads fast under vitest (see checked-index.ts).
const at = checkedAt;

export type Trajectory = Matrix | ReadonlyArray<ArrayLike<number>>;

function asMatrix(traj: Trajectory): Matrix {
  return 'data' in traj && 'rows' in traj ? (traj as Matrix) : fromRows(traj as ReadonlyArray<ArrayLike<number>>);
}

/** Splits a trajectory (rows = time steps) into states X = x_0..x_{n−1} and increments Y = x_{t+1} − x_t. */
export function transitions(traj: Trajectory): { x: Matrix; dx: Matrix } {
  const m = asMatrix(traj);
  if (m.rows < 2 || m.cols < 1) {
    throw new NumericsError('bad-shape', `A trajectory needs at least 2 time steps and 1 variable, got ${m.rows}×${m.cols}.`);
  }
  assertFiniteMatrix(m, 'Trajectory');
  const n = m.rows - 1;
  const d = m.cols;
  const x = { rows: n, cols: d, data: m.data.slice(0, n * d) };
  const dx = zeros(n, d);
  for (let k = 0; k < n * d; k++) dx.data[k] = at(m.data, k + d) - at(m.data, k);
  return { x, dx };
}

export interface LinearOdeFit {
  /** d×d interaction matrix (row = target, column = source). */
  readonly A: Matrix;
  /** Constant drift b (the regression intercept). */
  readonly b: Float64Array;
  /** One-step R² of the increments, uniform average over targets (the authors' `reg.score`). */
  readonly r2: number;
  readonly r2PerTarget: Float64Array;
  /** Number of transitions used (trajectory length − 1). */
  readonly transitions: number;
  /** The underlying regression: iterations, convergence, nonzeros, sparsity. */
  readonly regression: LassoFit;
}

/**
 * Fits x_{t+1} − x_t = A x_t + b. Defaults reproduce the authors' call
 * `Lasso(alpha=0.01)` (tol 1e-4, max_iter 1000, intercept on); pass alpha: 0 for OLS.
 */
export function fitLinearOde(traj: Trajectory, options: LassoOptions = {}): LinearOdeFit {
  const { x, dx } = transitions(traj);
  const regression = fitLasso(x, dx, { alpha: 0.01, ...options });
  return {
    A: regression.coef,
    b: regression.intercept,
    r2: regression.r2,
    r2PerTarget: regression.r2PerTarget,
    transitions: x.rows,
    regression,
  };
}

function checkSystem(a: Matrix, b: ArrayLike<number>, x0: ArrayLike<number>): void {
  assertSquare(a, 'The ODE matrix A');
  if (b.length !== a.rows) throw new NumericsError('bad-shape', `b has ${b.length} entries but A is ${a.rows}×${a.cols}.`);
  if (x0.length !== a.rows) throw new NumericsError('bad-shape', `x0 has ${x0.length} entries but A is ${a.rows}×${a.cols}.`);
  assertFiniteMatrix(a, 'A');
  assertFiniteArray(b, 'b');
  assertFiniteArray(x0, 'x0');
}

/**
 * Explicit Euler with Δt = 1: x̂_0 = x0, x̂_{t+1} = x̂_t + A x̂_t + b, fed back without
 * re-anchoring. Returns (steps + 1) rows. Throws 'blow-up' if the rollout overflows.
 */
export function eulerRollout(a: Matrix, b: ArrayLike<number>, x0: ArrayLike<number>, steps: number): Matrix {
  checkSystem(a, b, x0);
  if (!Number.isInteger(steps) || steps < 0) throw new NumericsError('bad-argument', `steps must be an integer ≥ 0, got ${steps}.`);
  const d = a.rows;
  const out = zeros(steps + 1, d);
  out.data.set(Float64Array.from(x0));
  for (let s = 0; s < steps; s++) {
    const cur = out.data.subarray(s * d, (s + 1) * d);
    const ax = matVec(a, cur);
    const o = (s + 1) * d;
    for (let i = 0; i < d; i++) {
      const v = at(cur, i) + at(ax, i) + elementAt(b, i);
      if (!Number.isFinite(v)) {
        throw new NumericsError('blow-up', `The Euler rollout overflowed at step ${s + 1} (variable ${i}); the fitted system is unstable.`, {
          step: s + 1,
          variable: i,
        });
      }
      out.data[o + i] = v;
    }
  }
  return out;
}

export type AnalyticMethod = 'inverse' | 'block';

export interface AnalyticOptions {
  /**
   * 'inverse' (default): the authors' formula with an explicit (A + shift·I)⁻¹ b.
   * 'block': exp([[A', b], [0, 0]]·t) = [[e^{A't}, ∫₀ᵗ e^{A's} ds·b], [0, 1]], which gives
   * the same x(t) and needs no inverse at all, so it also works for singular A' (shift 0).
   */
  method?: AnalyticMethod;
  /** 'inverse' refuses A' whose estimated κ₁ exceeds this (default 1e14): 'ill-conditioned'. */
  maxCondition?: number;
}

/**
 * Closed-form solution of ẋ = A' x + b with A' = A + shift·I, at each requested time:
 * x(t) = e^{A't} x0 + (e^{A't} − I) A'⁻¹ b. As in the authors' `ode_fit.py`, the shift
 * (default 1e-8) replaces A everywhere — in the exponential as well as in the inverse —
 * so that a fitted A with zero rows (common with Lasso) can be inverted. Returns one row
 * per time. Throws 'singular' / 'ill-conditioned' (inverse path), 'blow-up' on overflow.
 */
export function analyticSolution(
  a: Matrix,
  b: ArrayLike<number>,
  x0: ArrayLike<number>,
  times: ArrayLike<number>,
  shift = 1e-8,
  options: AnalyticOptions = {},
): Matrix {
  checkSystem(a, b, x0);
  assertFiniteArray(times, 'Times');
  if (!Number.isFinite(shift)) throw new NumericsError('non-finite', `shift must be finite, got ${shift}.`);
  const method = options.method ?? 'inverse';
  const d = a.rows;
  const as = addScaledIdentity(a, shift);
  const out = zeros(times.length, d);

  if (method === 'inverse') {
    const lu = luFactor(as); // throws 'singular' for e.g. A with a zero row and shift = 0
    const kappa = cond1Estimate(lu);
    const maxCondition = options.maxCondition ?? 1e14;
    if (!(kappa <= maxCondition)) {
      throw new NumericsError(
        'ill-conditioned',
        `A + ${shift}·I is too ill-conditioned to invert reliably (κ₁ ≈ ${kappa.toExponential(2)} > ${maxCondition.toExponential(0)}); use the block-exponential method.`,
        { condition: kappa },
      );
    }
    // x(t) = e^{A't}(x0 + c) − c with c = A'⁻¹ b.
    const c = luSolveVector(lu, b);
    const start = new Float64Array(d);
    for (let i = 0; i < d; i++) start[i] = elementAt(x0, i) + at(c, i);
    for (let k = 0; k < times.length; k++) {
      const e = expm(scaleCopy(as, elementAt(times, k)));
      const ex = matVec(e, start);
      for (let i = 0; i < d; i++) out.data[k * d + i] = at(ex, i) - at(c, i);
    }
  } else if (method === 'block') {
    const n1 = d + 1;
    for (let k = 0; k < times.length; k++) {
      const t = elementAt(times, k);
      const m = zeros(n1, n1);
      for (let i = 0; i < d; i++) {
        for (let j = 0; j < d; j++) m.data[i * n1 + j] = at(as.data, i * d + j) * t;
        m.data[i * n1 + d] = elementAt(b, i) * t;
      }
      const e = expm(m);
      for (let i = 0; i < d; i++) {
        let s = at(e.data, i * n1 + d);
        for (let j = 0; j < d; j++) s += at(e.data, i * n1 + j) * elementAt(x0, j);
        out.data[k * d + i] = s;
      }
    }
  } else {
    throw new NumericsError('bad-argument', `Unknown method '${String(method)}'; use 'inverse' or 'block'.`);
  }
  for (const v of out.data) {
    if (!Number.isFinite(v)) throw new NumericsError('blow-up', 'The analytic solution overflowed float64.');
  }
  return out;
}

function scaleCopy(a: Matrix, s: number): Matrix {
  const out = zeros(a.rows, a.cols);
  for (let i = 0; i < a.data.length; i++) out.data[i] = at(a.data, i) * s;
  return out;
}

/**
 * How well a predicted trajectory (rollout or analytic) tracks the data: sklearn-style
 * R² per variable (column) over time, and their uniform average.
 */
export function trajectoryR2(data: Trajectory, predicted: Trajectory): R2Result {
  return r2Score(asMatrix(data), asMatrix(predicted));
}
