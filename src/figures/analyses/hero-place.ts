/**
 * Where the showcase run sits among the seeds of the same width (pure): the geometry, ODE and
 * collaboration figures all come from one run (seed 0, d = 128), so the pages say whether its
 * circle count is typical of our sweep at that width or at one end of it.
 */
import type { CompactRun } from '../../reference/spec';
import { mean } from './stats';

export interface HeroPlace {
  seed: number;
  d: number;
  /** The showcase seed's circle count in the sweep. */
  circles: number;
  /** Seeds of the sweep at this width (the showcase seed included). */
  seeds: number;
  /** Seeds with fewer, as many, and more circles than the showcase seed (itself counted in `same`). */
  fewer: number;
  same: number;
  more: number;
  /** Every seed's count, ascending. */
  sorted: number[];
  mean: number;
  steps: number;
}

/** Null when the sweep has no run for the showcase seed at that width. */
export function heroPlace(sweep: readonly CompactRun[], d: number, seed: number): HeroPlace | null {
  const atWidth = sweep.filter((r) => r.config.d === d && !r.diverged);
  const own = atWidth.find((r) => r.config.seed === seed);
  if (!own) return null;
  const counts = atWidth.map((r) => r.circles.length);
  const circles = own.circles.length;
  return {
    seed,
    d,
    circles,
    seeds: atWidth.length,
    fewer: counts.filter((c) => c < circles).length,
    same: counts.filter((c) => c === circles).length,
    more: counts.filter((c) => c > circles).length,
    sorted: [...counts].sort((a, b) => a - b),
    mean: mean(counts),
    steps: own.config.steps,
  };
}
