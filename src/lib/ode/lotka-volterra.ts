/**
 * Two classic Lotka–Volterra systems, for the explainer's intuition-building widgets:
 *
 *  • competition:   dx/dt = r1 x (1 − (x + a12 y)/K1),   dy/dt = r2 y (1 − (y + a21 x)/K2)
 *  • predator–prey: dx/dt = α x − β x y,                 dy/dt = δ x y − γ y
 *
 * For competition: equilibria with their local stability, nullclines as plottable line
 * segments, and the textbook four-way outcome from the coefficients. For predator–prey:
 * the right-hand side and its conserved quantity (used to test the integrator).
 */
import type { Complex } from './eigen';
import { at as checkedAt } from './checked-index';
import { NumericsError } from './errors';
import type { OdeRhs } from './rk45';

// A module-local binding keeps the inner loops' checked reads fast under vitest (see checked-index.ts).
const at = checkedAt;

export interface CompetitionParams {
  /** Intrinsic growth rates (> 0). */
  r1: number;
  r2: number;
  /** Carrying capacities (> 0). */
  K1: number;
  K2: number;
  /** Competition coefficients (≥ 0): a12 = effect of y on x, a21 = effect of x on y. */
  a12: number;
  a21: number;
}

function validateCompetition(p: CompetitionParams): void {
  for (const key of ['r1', 'r2', 'K1', 'K2', 'a12', 'a21'] as const) {
    const v = p[key];
    if (!Number.isFinite(v)) throw new NumericsError('non-finite', `Parameter ${key} must be finite, got ${v}.`);
    const positive = key.startsWith('r') || key.startsWith('K');
    if (positive ? !(v > 0) : !(v >= 0)) {
      throw new NumericsError('bad-argument', `Parameter ${key} must be ${positive ? '> 0' : '≥ 0'}, got ${v}.`);
    }
  }
}

/** Right-hand side for `rk45`, state [x, y]. */
export function competitionRhs(p: CompetitionParams): OdeRhs {
  validateCompetition(p);
  const { r1, r2, K1, K2, a12, a21 } = p;
  return (_t, s, ds) => {
    const x = at(s, 0);
    const y = at(s, 1);
    ds[0] = r1 * x * (1 - (x + a12 * y) / K1);
    ds[1] = r2 * y * (1 - (y + a21 * x) / K2);
  };
}

/** Jacobian of the competition system at (x, y), row-major [[fx, fy], [gx, gy]]. */
export function competitionJacobian(p: CompetitionParams, x: number, y: number): [number, number, number, number] {
  const { r1, r2, K1, K2, a12, a21 } = p;
  return [r1 * (1 - (2 * x + a12 * y) / K1), (-r1 * a12 * x) / K1, (-r2 * a21 * y) / K2, r2 * (1 - (2 * y + a21 * x) / K2)];
}

function eigen2([a, b, c, d]: [number, number, number, number]): [Complex, Complex] {
  const half = (a + d) / 2;
  const disc = half * half - (a * d - b * c);
  if (disc >= 0) {
    const s = Math.sqrt(disc);
    return [
      { re: half + s, im: 0 },
      { re: half - s, im: 0 },
    ];
  }
  const s = Math.sqrt(-disc);
  return [
    { re: half, im: s },
    { re: half, im: -s },
  ];
}

export type EquilibriumKind = 'extinction' | 'x-only' | 'y-only' | 'coexistence';
export type LocalStability = 'stable' | 'unstable' | 'saddle' | 'marginal';

export interface Equilibrium {
  readonly kind: EquilibriumKind;
  readonly x: number;
  readonly y: number;
  readonly eigenvalues: [Complex, Complex];
  readonly stability: LocalStability;
}

function classifyLocal(ev: [Complex, Complex], scale: number): LocalStability {
  const tol = 1e-12 * Math.max(1, scale);
  const [r0, r1] = [ev[0].re, ev[1].re];
  if (Math.abs(r0) <= tol || Math.abs(r1) <= tol) return 'marginal';
  if (r0 < 0 && r1 < 0) return 'stable';
  if (r0 > 0 && r1 > 0) return 'unstable';
  return 'saddle';
}

/**
 * Equilibria in the closed positive quadrant: (0,0), (K1,0), (0,K2) always, and the
 * interior point x* = (K1 − a12 K2)/(1 − a12 a21), y* = (K2 − a21 K1)/(1 − a12 a21) when it
 * exists and is strictly positive.
 */
export function competitionEquilibria(p: CompetitionParams): Equilibrium[] {
  validateCompetition(p);
  const scale = Math.max(p.r1, p.r2);
  const make = (kind: EquilibriumKind, x: number, y: number): Equilibrium => {
    const eigenvalues = eigen2(competitionJacobian(p, x, y));
    return { kind, x, y, eigenvalues, stability: classifyLocal(eigenvalues, scale) };
  };
  const out = [make('extinction', 0, 0), make('x-only', p.K1, 0), make('y-only', 0, p.K2)];
  const det = 1 - p.a12 * p.a21;
  if (det !== 0) {
    const xs = (p.K1 - p.a12 * p.K2) / det;
    const ys = (p.K2 - p.a21 * p.K1) / det;
    if (xs > 0 && ys > 0) out.push(make('coexistence', xs, ys));
  }
  return out;
}

export interface NullclineSegment {
  /** Whose nullcline: 'x' means dx/dt = 0 on it, 'y' means dy/dt = 0. */
  readonly species: 'x' | 'y';
  /** 'axis': the trivial nullcline (x = 0 or y = 0); 'line': the non-trivial one. */
  readonly kind: 'axis' | 'line';
  readonly from: { x: number; y: number };
  readonly to: { x: number; y: number };
}

/** Clips the segment of the line {(x, y) : x + c·y = K} (or y + c·x = K) to the box. */
function clipLine(interceptX: number, interceptY: number, xMax: number, yMax: number): { from: { x: number; y: number }; to: { x: number; y: number } } | null {
  // Parametrise from (interceptX, 0) to (0, interceptY); an infinite intercept means the
  // line is parallel to that axis.
  if (!Number.isFinite(interceptY)) {
    return interceptX <= xMax ? { from: { x: interceptX, y: 0 }, to: { x: interceptX, y: yMax } } : null;
  }
  if (!Number.isFinite(interceptX)) {
    return interceptY <= yMax ? { from: { x: 0, y: interceptY }, to: { x: xMax, y: interceptY } } : null;
  }
  // Points on the line: (x, interceptY·(1 − x/interceptX)) for x ∈ [0, interceptX].
  const yAt = (x: number) => interceptY * (1 - x / interceptX);
  const xAt = (y: number) => interceptX * (1 - y / interceptY);
  let x0 = 0;
  const x1 = Math.min(interceptX, xMax);
  if (yAt(x0) > yMax) x0 = xAt(yMax);
  if (x0 > x1) return null;
  return { from: { x: x0, y: yAt(x0) }, to: { x: x1, y: yAt(x1) } };
}

/**
 * Nullclines inside the plotting box [0, xMax] × [0, yMax]: the axes (x = 0 is an
 * x-nullcline, y = 0 a y-nullcline) and the two lines x + a12 y = K1, y + a21 x = K2.
 */
export function competitionNullclines(p: CompetitionParams, xMax: number, yMax: number): NullclineSegment[] {
  validateCompetition(p);
  if (!(xMax > 0) || !(yMax > 0)) throw new NumericsError('bad-argument', `The plotting box must be positive, got ${xMax}×${yMax}.`);
  const out: NullclineSegment[] = [
    { species: 'x', kind: 'axis', from: { x: 0, y: 0 }, to: { x: 0, y: yMax } },
    { species: 'y', kind: 'axis', from: { x: 0, y: 0 }, to: { x: xMax, y: 0 } },
  ];
  const lx = clipLine(p.K1, p.a12 === 0 ? Infinity : p.K1 / p.a12, xMax, yMax);
  if (lx) out.push({ species: 'x', kind: 'line', ...lx });
  const ly = clipLine(p.a21 === 0 ? Infinity : p.K2 / p.a21, p.K2, xMax, yMax);
  if (ly) out.push({ species: 'y', kind: 'line', ...ly });
  return out;
}

export type CompetitionOutcome = 'x-wins' | 'y-wins' | 'coexistence' | 'bistable' | 'degenerate';

export interface CompetitionVerdict {
  readonly outcome: CompetitionOutcome;
  /** Machine-readable comparison that decided it, e.g. 'a12<K1/K2,a21>K2/K1'. */
  readonly reason: string;
  /** One plain sentence for the UI. */
  readonly explanation: string;
}

/**
 * The four classic cases, from comparing each competition coefficient with the ratio
 * of carrying capacities (i.e. where the two non-trivial nullclines sit):
 *  - a12 < K1/K2 and a21 > K2/K1: x excludes y (x-nullcline above y's);
 *  - a12 > K1/K2 and a21 < K2/K1: y excludes x;
 *  - a12 < K1/K2 and a21 < K2/K1: stable coexistence (each limits itself more than the other);
 *  - a12 > K1/K2 and a21 > K2/K1: bistable, the winner depends on the initial state.
 * Exact equalities are reported as 'degenerate' (a borderline, structurally unstable case).
 */
export function competitionOutcome(p: CompetitionParams): CompetitionVerdict {
  validateCompetition(p);
  const cmp = (a: number, b: number) => (a < b ? '<' : a > b ? '>' : '=');
  // Compare a12·K2 with K1 (and a21·K1 with K2) to avoid dividing.
  const c12 = cmp(p.a12 * p.K2, p.K1);
  const c21 = cmp(p.a21 * p.K1, p.K2);
  const reason = `a12${c12}K1/K2,a21${c21}K2/K1`;
  if (c12 === '=' || c21 === '=') {
    return { outcome: 'degenerate', reason, explanation: 'A coefficient sits exactly on the boundary between cases.' };
  }
  if (c12 === '<' && c21 === '>') {
    return { outcome: 'x-wins', reason, explanation: 'x can invade y, but y cannot invade x: x excludes y.' };
  }
  if (c12 === '>' && c21 === '<') {
    return { outcome: 'y-wins', reason, explanation: 'y can invade x, but x cannot invade y: y excludes x.' };
  }
  if (c12 === '<' && c21 === '<') {
    return { outcome: 'coexistence', reason, explanation: 'Each species limits itself more than it limits the other: both persist.' };
  }
  return { outcome: 'bistable', reason, explanation: 'Each species suppresses the other more than itself: whoever starts ahead wins.' };
}

export interface PredatorPreyParams {
  /** Prey growth rate. */
  alpha: number;
  /** Predation rate. */
  beta: number;
  /** Predator death rate. */
  gamma: number;
  /** Predator growth per prey eaten. */
  delta: number;
}

function validatePredatorPrey(p: PredatorPreyParams): void {
  for (const key of ['alpha', 'beta', 'gamma', 'delta'] as const) {
    if (!(p[key] > 0) || !Number.isFinite(p[key])) {
      throw new NumericsError('bad-argument', `Parameter ${key} must be a finite number > 0, got ${p[key]}.`);
    }
  }
}

/** Right-hand side for `rk45`, state [prey x, predator y]. */
export function predatorPreyRhs(p: PredatorPreyParams): OdeRhs {
  validatePredatorPrey(p);
  const { alpha, beta, gamma, delta } = p;
  return (_t, s, ds) => {
    const x = at(s, 0);
    const y = at(s, 1);
    ds[0] = alpha * x - beta * x * y;
    ds[1] = delta * x * y - gamma * y;
  };
}

/** First integral V = δx − γ ln x + βy − α ln y, constant along every orbit with x, y > 0. */
export function predatorPreyInvariant(p: PredatorPreyParams, x: number, y: number): number {
  if (!(x > 0) || !(y > 0)) throw new NumericsError('bad-argument', `The invariant needs x, y > 0, got (${x}, ${y}).`);
  return p.delta * x - p.gamma * Math.log(x) + p.beta * y - p.alpha * Math.log(y);
}

/** The interior equilibrium (γ/δ, α/β), centre of the closed orbits. */
export function predatorPreyEquilibrium(p: PredatorPreyParams): { x: number; y: number } {
  validatePredatorPrey(p);
  return { x: p.gamma / p.delta, y: p.alpha / p.beta };
}
