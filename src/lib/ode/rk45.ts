/**
 * Adaptive Dormand–Prince 5(4) Runge–Kutta integrator (the method of scipy's RK45 and
 * Hairer's DOPRI5) with the standard 4th-order continuous extension, so that output at
 * arbitrary requested times costs no extra steps. Integration runs forward in time only.
 *
 * It never loops forever: it stops with a status when the solution leaves the finite
 * range or exceeds `bound` ('blow-up'), when `maxSteps` attempts are used ('max-steps'),
 * or when the step size underflows relative to t ('step-too-small'). Whatever was
 * computed before the stop is returned.
 */
import { at as checkedAt, elementAt } from './checked-index';
import { NumericsError, assertFiniteArray } from './errors';
import { EPS, type Matrix, zeros } from './matrix';

// A module-local binding keeps the inner loops' checked reads fast under vitest (see checked-index.ts).
const at = checkedAt;

/** Right-hand side: write f(t, y) into `dydt`. */
export type OdeRhs = (t: number, y: Float64Array, dydt: Float64Array) => void;

export interface Rk45Options {
  /** Relative tolerance (default 1e-6). */
  rtol?: number;
  /** Absolute tolerance (default 1e-9). */
  atol?: number;
  /** Maximum number of step attempts, accepted or rejected (default 100 000). */
  maxSteps?: number;
  /** Largest step allowed (default: the whole interval). */
  maxStep?: number;
  /** First step to try (default: Hairer's automatic choice). */
  firstStep?: number;
  /** |y_i| above this counts as blow-up (default 1e12). */
  bound?: number;
}

export type Rk45Status = 'ok' | 'blow-up' | 'max-steps' | 'step-too-small';

export interface Rk45Result {
  readonly status: Rk45Status;
  /** Human-readable explanation when status ≠ 'ok'. */
  readonly message: string;
  /** The requested times that were reached (a prefix of the requested list). */
  readonly t: Float64Array;
  /** Solution at those times, one row per time. */
  readonly y: Matrix;
  /** Time the integrator actually reached. */
  readonly tReached: number;
  readonly acceptedSteps: number;
  readonly rejectedSteps: number;
  readonly evaluations: number;
}

// Dormand–Prince coefficients.
const C2 = 1 / 5,
  C3 = 3 / 10,
  C4 = 4 / 5,
  C5 = 8 / 9;
const A21 = 1 / 5;
const A31 = 3 / 40,
  A32 = 9 / 40;
const A41 = 44 / 45,
  A42 = -56 / 15,
  A43 = 32 / 9;
const A51 = 19372 / 6561,
  A52 = -25360 / 2187,
  A53 = 64448 / 6561,
  A54 = -212 / 729;
const A61 = 9017 / 3168,
  A62 = -355 / 33,
  A63 = 46732 / 5247,
  A64 = 49 / 176,
  A65 = -5103 / 18656;
const A71 = 35 / 384,
  A73 = 500 / 1113,
  A74 = 125 / 192,
  A75 = -2187 / 6784,
  A76 = 11 / 84;
// Error estimate: 5th-order minus embedded 4th-order weights.
const E1 = 71 / 57600,
  E3 = -71 / 16695,
  E4 = 71 / 1920,
  E5 = -17253 / 339200,
  E6 = 22 / 525,
  E7 = -1 / 40;
// Continuous extension (Hairer & Wanner's DOPRI5 `contd5`).
const D1 = -12715105075 / 11282082432,
  D3 = 87487479700 / 32700410799,
  D4 = -10690763975 / 1880347072;
const D5 = 701980252875 / 199316789632,
  D6 = -1453857185 / 822651844,
  D7 = 69997945 / 29380423;

function rmsScaled(v: Float64Array, y0: Float64Array, y1: Float64Array, rtol: number, atol: number): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    const sc = atol + rtol * Math.max(Math.abs(at(y0, i)), Math.abs(at(y1, i)));
    const e = at(v, i) / sc;
    s += e * e;
  }
  return Math.sqrt(s / Math.max(1, v.length));
}

export function rk45(f: OdeRhs, t0: number, y0: ArrayLike<number>, times: ArrayLike<number>, options: Rk45Options = {}): Rk45Result {
  const rtol = options.rtol ?? 1e-6;
  const atol = options.atol ?? 1e-9;
  const maxSteps = options.maxSteps ?? 100_000;
  const bound = options.bound ?? 1e12;
  const n = y0.length;
  if (n === 0) throw new NumericsError('bad-shape', 'The initial state is empty.');
  assertFiniteArray(y0, 'Initial state');
  assertFiniteArray(times, 'Output times');
  if (!Number.isFinite(t0)) throw new NumericsError('non-finite', `Start time must be finite, got ${t0}.`);
  if (!(rtol > 0) || !(atol >= 0)) throw new NumericsError('bad-argument', `Need rtol > 0 and atol ≥ 0, got ${rtol}, ${atol}.`);
  if (!Number.isInteger(maxSteps) || maxSteps < 1) throw new NumericsError('bad-argument', `maxSteps must be a positive integer.`);
  for (let i = 0; i < times.length; i++) {
    if (elementAt(times, i) < t0 || (i > 0 && elementAt(times, i) < elementAt(times, i - 1))) {
      throw new NumericsError('bad-argument', `Output times must be non-decreasing and ≥ t0 (forward integration only); entry ${i} is ${elementAt(times, i)}.`);
    }
  }
  const m = times.length;
  const tEnd = m > 0 ? elementAt(times, m - 1) : t0;
  const maxStep = options.maxStep ?? Math.max(tEnd - t0, EPS);

  const out = zeros(m, n);
  let nOut = 0;
  let evaluations = 0;
  const rhs = (t: number, y: Float64Array, dy: Float64Array) => {
    evaluations++;
    f(t, y, dy);
  };

  let t = t0;
  let y = Float64Array.from(y0);
  while (nOut < m && elementAt(times, nOut) === t0) out.data.set(y, n * nOut++);
  const finish = (status: Rk45Status, message: string, accepted: number, rejected: number): Rk45Result => ({
    status,
    message,
    t: Float64Array.from(Array.from(times).slice(0, nOut)),
    y: { rows: nOut, cols: n, data: out.data.slice(0, nOut * n) },
    tReached: t,
    acceptedSteps: accepted,
    rejectedSteps: rejected,
    evaluations,
  });
  if (nOut === m) return finish('ok', '', 0, 0);

  const k1 = new Float64Array(n),
    k2 = new Float64Array(n),
    k3 = new Float64Array(n),
    k4 = new Float64Array(n);
  const k5 = new Float64Array(n),
    k6 = new Float64Array(n),
    k7 = new Float64Array(n);
  const yt = new Float64Array(n);
  let yNew = new Float64Array(n);
  const err = new Float64Array(n);
  rhs(t, y, k1);
  if (!k1.every(Number.isFinite)) {
    return finish('blow-up', `The right-hand side is not finite at the initial state (t = ${t}).`, 0, 0);
  }

  // Initial step (Hairer, Nørsett & Wanner, Solving ODEs I, §II.4).
  let h: number;
  if (options.firstStep !== undefined) h = options.firstStep;
  else {
    const d0 = rmsScaled(y, y, y, rtol, atol);
    const d1 = rmsScaled(k1, y, y, rtol, atol);
    const h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : (0.01 * d0) / d1;
    for (let i = 0; i < n; i++) yt[i] = at(y, i) + h0 * at(k1, i);
    rhs(t + h0, yt, k2);
    for (let i = 0; i < n; i++) err[i] = (at(k2, i) - at(k1, i)) / h0;
    const d2 = rmsScaled(err, y, y, rtol, atol);
    const dm = Math.max(d1, d2);
    const h1 = dm <= 1e-15 || !Number.isFinite(dm) ? Math.max(1e-6, h0 * 1e-3) : (0.01 / dm) ** (1 / 5);
    h = Math.min(100 * h0, h1);
  }
  h = Math.min(h, maxStep);

  let accepted = 0;
  let rejected = 0;
  let lastRejected = false;
  while (nOut < m) {
    if (accepted + rejected >= maxSteps) {
      return finish('max-steps', `Stopped after ${maxSteps} steps at t = ${t} before reaching t = ${tEnd}.`, accepted, rejected);
    }
    if (h < 16 * EPS * Math.max(1, Math.abs(t))) {
      return finish('step-too-small', `The step size fell below rounding level at t = ${t}; the solution is likely singular there.`, accepted, rejected);
    }
    // Land exactly on tEnd (t + (tEnd − t) may miss it by an ulp).
    const lastStep = t + h >= tEnd;
    if (lastStep) h = tEnd - t;

    for (let i = 0; i < n; i++) yt[i] = at(y, i) + h * A21 * at(k1, i);
    rhs(t + C2 * h, yt, k2);
    for (let i = 0; i < n; i++) yt[i] = at(y, i) + h * (A31 * at(k1, i) + A32 * at(k2, i));
    rhs(t + C3 * h, yt, k3);
    for (let i = 0; i < n; i++) yt[i] = at(y, i) + h * (A41 * at(k1, i) + A42 * at(k2, i) + A43 * at(k3, i));
    rhs(t + C4 * h, yt, k4);
    for (let i = 0; i < n; i++) yt[i] = at(y, i) + h * (A51 * at(k1, i) + A52 * at(k2, i) + A53 * at(k3, i) + A54 * at(k4, i));
    rhs(t + C5 * h, yt, k5);
    for (let i = 0; i < n; i++) yt[i] = at(y, i) + h * (A61 * at(k1, i) + A62 * at(k2, i) + A63 * at(k3, i) + A64 * at(k4, i) + A65 * at(k5, i));
    rhs(t + h, yt, k6);
    for (let i = 0; i < n; i++) yNew[i] = at(y, i) + h * (A71 * at(k1, i) + A73 * at(k3, i) + A74 * at(k4, i) + A75 * at(k5, i) + A76 * at(k6, i));
    rhs(t + h, yNew, k7);
    for (let i = 0; i < n; i++) {
      err[i] = h * (E1 * at(k1, i) + E3 * at(k3, i) + E4 * at(k4, i) + E5 * at(k5, i) + E6 * at(k6, i) + E7 * at(k7, i));
    }
    const e = rmsScaled(err, y, yNew, rtol, atol);

    if (!Number.isFinite(e) || e > 1) {
      // Reject. A non-finite estimate means the trial stages overflowed: shrink hard.
      rejected++;
      lastRejected = true;
      h *= Number.isFinite(e) ? Math.max(0.2, 0.9 * e ** -0.2) : 0.1;
      continue;
    }

    let big = false;
    for (let i = 0; i < n; i++) if (!(Math.abs(at(yNew, i)) <= bound)) big = true;
    const tNew = lastStep ? tEnd : t + h;
    // Dense output for every requested time inside (t, tNew].
    while (nOut < m && elementAt(times, nOut) <= tNew && !big) {
      const tau = elementAt(times, nOut);
      const row = out.data.subarray(nOut * n, (nOut + 1) * n);
      if (tau === tNew) row.set(yNew);
      else {
        const th = (tau - t) / h;
        const th1 = 1 - th;
        for (let i = 0; i < n; i++) {
          const dy = at(yNew, i) - at(y, i);
          const bspl = h * at(k1, i) - dy;
          const r4 = dy - h * at(k7, i) - bspl;
          const r5 = h * (D1 * at(k1, i) + D3 * at(k3, i) + D4 * at(k4, i) + D5 * at(k5, i) + D6 * at(k6, i) + D7 * at(k7, i));
          row[i] = at(y, i) + th * (dy + th1 * (bspl + th * (r4 + th1 * r5)));
        }
      }
      nOut++;
    }
    if (big) {
      return finish('blow-up', `The solution exceeded ${bound} in magnitude (or became non-finite) near t = ${tNew}.`, accepted, rejected);
    }
    accepted++;
    t = tNew;
    const swap = y;
    y = yNew;
    yNew = swap;
    k1.set(k7); // first-same-as-last
    let fac = Math.min(10, Math.max(0.2, 0.9 * (e === 0 ? 1e10 : e ** -0.2)));
    if (lastRejected) fac = Math.min(fac, 1);
    lastRejected = false;
    h = Math.min(h * fac, maxStep);
  }
  return finish('ok', '', accepted, rejected);
}
