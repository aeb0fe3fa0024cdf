/**
 * The two-species warm-up: classic competitive Lotka–Volterra, solved with rk45, plus everything
 * the phase portrait needs (nullclines, equilibria, a few faint neighbouring trajectories) and
 * the textbook verdict from the coefficients. Pure; used by the build and by the page.
 */
import {
  competitionEquilibria,
  competitionNullclines,
  competitionOutcome,
  competitionRhs,
  type CompetitionOutcome,
  type CompetitionParams,
  type Equilibrium,
  type NullclineSegment,
  rk45,
} from './index';

export interface TwoSpeciesInput extends CompetitionParams {
  x0: number;
  y0: number;
}

/** Bistable on purpose: it is the section's snowball story (mutual suppression beats self-limitation). */
export const TWO_SPECIES_DEFAULTS: TwoSpeciesInput = { r1: 1, r2: 1, K1: 100, K2: 100, a12: 1.5, a21: 1.5, x0: 30, y0: 25 };

/** Slider ranges (min, max, step); also used to clamp any input. */
export const TWO_SPECIES_RANGES: Record<keyof TwoSpeciesInput, [number, number, number]> = {
  r1: [0.1, 2, 0.05],
  r2: [0.1, 2, 0.05],
  K1: [10, 200, 5],
  K2: [10, 200, 5],
  a12: [0, 2.5, 0.05],
  a21: [0, 2.5, 0.05],
  x0: [0, 200, 1],
  y0: [0, 200, 1],
};

export interface Path {
  id: number;
  t: number[];
  x: number[];
  y: number[];
}

export interface TwoSpeciesData {
  input: TwoSpeciesInput;
  main: Path;
  /** rk45's status for the main trajectory ('ok' unless something went wrong). */
  status: string;
  message: string;
  others: Path[];
  nullclines: NullclineSegment[];
  equilibria: Equilibrium[];
  xMax: number;
  yMax: number;
  outcome: CompetitionOutcome;
  /** Which species are still present at the end of the main trajectory (> 1% of their capacity). */
  present: { x: boolean; y: boolean };
  tEnd: number;
}

function solve(rhs: ReturnType<typeof competitionRhs>, x0: number, y0: number, tEnd: number, n: number, id: number) {
  const times = Array.from({ length: n }, (_, k) => (tEnd * k) / (n - 1));
  const r = rk45(rhs, 0, [x0, y0], times, { rtol: 1e-6, atol: 1e-8, maxSteps: 20_000 });
  const path: Path = { id, t: [], x: [], y: [] };
  for (let k = 0; k < r.t.length; k++) {
    path.t.push(r.t[k]!);
    path.x.push(r.y.data[2 * k]!);
    path.y.push(r.y.data[2 * k + 1]!);
  }
  return { path, status: r.status, message: r.message };
}

export function clampInput(input: Partial<Record<keyof TwoSpeciesInput, number>>): TwoSpeciesInput {
  const out = { ...TWO_SPECIES_DEFAULTS };
  for (const key of Object.keys(TWO_SPECIES_RANGES) as (keyof TwoSpeciesInput)[]) {
    const v = input[key];
    const [lo, hi] = TWO_SPECIES_RANGES[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = Math.min(hi, Math.max(lo, v));
  }
  return out;
}

export function simulateTwoSpecies(raw: TwoSpeciesInput): TwoSpeciesData {
  const input = clampInput(raw);
  const rhs = competitionRhs(input);
  // Long enough for the slower species to settle (≈ 30 of its growth times).
  const tEnd = 30 / Math.min(input.r1, input.r2);
  const main = solve(rhs, input.x0, input.y0, tEnd, 301, 0);
  const span = 1.1 * Math.max(input.K1, input.K2, input.x0, input.y0, 1);
  const xMax = span;
  const yMax = span;
  // Faint neighbours: starts spread along the outer edges and near the origin.
  const starts: [number, number][] = [];
  for (const f of [0.15, 0.45, 0.75]) starts.push([f * xMax, yMax * 0.98], [xMax * 0.98, f * yMax]);
  starts.push([0.04 * xMax, 0.02 * yMax], [0.02 * xMax, 0.04 * yMax], [0.98 * xMax, 0.98 * yMax]);
  const others = starts.map(([x, y], i) => solve(rhs, x, y, tEnd, 121, i + 1).path);
  const last = main.path.t.length - 1;
  return {
    input,
    main: main.path,
    status: main.status,
    message: main.message,
    others,
    nullclines: competitionNullclines(input, xMax, yMax),
    equilibria: competitionEquilibria(input),
    xMax,
    yMax,
    outcome: competitionOutcome(input).outcome,
    present: { x: main.path.x[last]! > 0.01 * input.K1, y: main.path.y[last]! > 0.01 * input.K2 },
    tEnd,
  };
}
