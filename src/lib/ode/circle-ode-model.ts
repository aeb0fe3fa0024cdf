/**
 * The analysis behind the circles' ODE figures and widget, in one place so that the build
 * (static figures), the Web Worker (refits) and the page (edits) all compute the same thing.
 * Pure TypeScript on top of src/lib/ode; no DOM, no Node APIs.
 *
 * State: x_t = (S_1, …, S_29) for t = 0..T, one row per step (paper.md §4).
 * Fit:   x_{t+1} − x_t = A x_t + b (Lasso, α = 0 → least squares).
 * Check: Euler rollout x̂_{t+1} = x̂_t + A x̂_t + b and the exact solution of ẋ = A x + b on the
 *        same integer grid (uniform-grid fast path), each scored per frequency with R².
 */
import { eulerRollout, fitLinearOde, fromData, NumericsError, r2Score, stability, type Matrix } from './index';
import { uniformGridSolution } from './uniform-grid';

/** What the page ships and the build reads: the ODE window of one run. */
export interface CircleOdeData {
  /** Where the signals come from, shown in captions. */
  source: 'hero' | 'fixture';
  runId: string;
  p: number;
  d: number;
  /** signals[t][k − 1] = S_k after t steps, t = 0..steps, k = 1..(p − 1)/2. */
  signals: number[][];
  /** Frequencies that survive at the end of the run, strongest first. */
  survivors: number[];
}

/** What /data/hero-signals.json holds: the data plus fits the build already made. */
export interface CircleOdePayload extends CircleOdeData {
  fits?: FitSummary[];
}

/** A fit in a form that crosses postMessage (plain arrays). Row i of A is target frequency i + 1. */
export interface FitSummary {
  alpha: number;
  d: number;
  /** Row-major d×d. */
  A: number[];
  b: number[];
  /** One-step R² of the increments, mean over targets and per target. */
  r2: number;
  r2PerTarget: number[];
  nonzeros: number;
  total: number;
  converged: boolean;
  /** Wall time of a fit made in the page; absent from the build's fits, whose clock would make
   *  two builds of the same sources differ (and with them the service worker's version). */
  ms?: number;
}

export function stateMatrix(signals: number[][]): Matrix {
  const n = signals.length;
  const d = signals[0]?.length ?? 0;
  const data = new Float64Array(n * d);
  signals.forEach((row, t) => data.set(row, t * d));
  return fromData(n, d, data);
}

export function fitCircleOde(signals: number[][], alpha: number): FitSummary {
  const t0 = Date.now();
  const fit = fitLinearOde(stateMatrix(signals), { alpha });
  return {
    alpha,
    d: fit.A.rows,
    A: Array.from(fit.A.data),
    b: Array.from(fit.b),
    r2: fit.r2,
    r2PerTarget: Array.from(fit.r2PerTarget),
    nonzeros: fit.regression.nonzeros,
    total: fit.regression.total,
    converged: fit.regression.converged.every(Boolean),
    ms: Date.now() - t0,
  };
}

/** A prediction that may have failed; the failure keeps the NumericsError's message for the UI. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

function attempt<T>(f: () => T): Outcome<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof NumericsError) return { ok: false, code: e.code, message: e.message };
    return { ok: false, code: 'unknown', message: e instanceof Error ? e.message : String(e) };
  }
}

export interface Prediction {
  euler: Outcome<Matrix>;
  exact: Outcome<Matrix>;
  /** R² over time per frequency (index k − 1); NaN where the prediction failed. */
  eulerR2: number[];
  exactR2: number[];
}

/** Rolls the model forward from x0 over the data's time span and scores it against the data. */
export function predict(A: Matrix, b: ArrayLike<number>, x0: ArrayLike<number>, data: Matrix): Prediction {
  const steps = data.rows - 1;
  const euler = attempt(() => eulerRollout(A, b, x0, steps));
  const exact = attempt(() => uniformGridSolution(A, b, x0, 1, steps));
  const score = (o: Outcome<Matrix>) => (o.ok ? Array.from(r2Score(data, o.value).perColumn) : Array.from({ length: data.cols }, () => NaN));
  return { euler, exact, eulerR2: score(euler), exactR2: score(exact) };
}

export interface StabilitySummary {
  maxRealPart: number;
  classification: 'stable' | 'unstable' | 'marginal';
  eulerSpectralRadius: number;
  eulerClassification: 'stable' | 'unstable' | 'marginal';
}

export function stabilitySummary(A: Matrix): Outcome<StabilitySummary> {
  return attempt(() => {
    const s = stability(A);
    return {
      maxRealPart: s.maxRealPart,
      classification: s.classification,
      eulerSpectralRadius: s.eulerSpectralRadius,
      eulerClassification: s.eulerClassification,
    };
  });
}

/**
 * The frequencies the figures show by default: the survivors (up to `maxSurvivors`) and the
 * `losers` non-survivors that started strongest, i.e. the ones that visibly lost the race.
 */
export function defaultFrequencies(data: Pick<CircleOdeData, 'signals' | 'survivors'>, maxSurvivors = 4, losers = 2): number[] {
  const d = data.signals[0]?.length ?? 0;
  const alive = data.survivors.filter((k) => k >= 1 && k <= d).slice(0, maxSurvivors);
  const x0 = data.signals[0] ?? [];
  const candidates = Array.from({ length: d }, (_, i) => i + 1)
    .filter((k) => !data.survivors.includes(k))
    .sort((u, v) => (x0[v - 1] ?? 0) - (x0[u - 1] ?? 0) || u - v);
  return [...alive, ...candidates.slice(0, losers)].sort((u, v) => u - v);
}

/** Row-major d×d array → Matrix (copy). */
export function matrixOf(values: ArrayLike<number>, d: number): Matrix {
  return fromData(d, d, Float64Array.from(values));
}

/**
 * One-step R² per target of a (possibly edited) model: how well A x_t + b predicts the
 * increment x_{t+1} − x_t, the score the fit itself reports (sklearn's `score`).
 */
export function oneStepR2(A: Matrix, b: ArrayLike<number>, state: Matrix): number[] {
  const { rows, cols: d } = state;
  const n = rows - 1;
  const truth = fromData(n, d, new Float64Array(n * d));
  const pred = fromData(n, d, new Float64Array(n * d));
  for (let t = 0; t < n; t++) {
    for (let i = 0; i < d; i++) {
      truth.data[t * d + i] = state.data[(t + 1) * d + i]! - state.data[t * d + i]!;
      let s = b[i]!;
      for (let j = 0; j < d; j++) s += A.data[i * d + j]! * state.data[t * d + j]!;
      pred.data[t * d + i] = s;
    }
  }
  return Array.from(r2Score(truth, pred).perColumn);
}
