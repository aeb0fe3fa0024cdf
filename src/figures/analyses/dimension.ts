/** Number of surviving circles against embedding dimension, over the runs that exist (pure). */
import type { CompactRun } from '../../reference/spec';
import { groupCircleCounts } from './sweeps';
import { settledStep } from './series';

export interface DimensionPoint {
  d: number;
  n: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
  counts: number[];
}

export function circlesByDimension(runs: readonly Pick<CompactRun, 'config' | 'circles' | 'diverged'>[]): DimensionPoint[] {
  return groupCircleCounts(runs, (r) => r.config.d).map(({ x, runs: _runs, ...point }) => ({ d: x, ...point }));
}

/**
 * Is each run long enough? The step from which its survivor set stops changing (settledStep), and
 * how many runs had settled by step `by` (`fraction` of the longest run; the sweep's runs share
 * one length): a run whose set still changed near its end would have been counted too early.
 */
export interface Settledness {
  /** Runs settled at or before `by`, out of `total`. */
  settled: number;
  total: number;
  by: number;
  /** The latest settling step over all runs, with its dimension. */
  latest: { step: number; d: number } | null;
  /** Settling step of each run, by dimension (in the order of circlesByDimension's counts). */
  steps: Map<number, number[]>;
}

export function settledness(runs: readonly Pick<CompactRun, 'config' | 'steps' | 'signals' | 'diverged'>[], fraction = 2 / 3): Settledness {
  const steps = new Map<number, number[]>();
  let settled = 0;
  let total = 0;
  let latest: Settledness['latest'] = null;
  const length = Math.max(0, ...runs.map((r) => r.config.steps));
  const by = Math.round(length * fraction);
  for (const r of runs) {
    if (r.diverged) continue;
    const s = settledStep(r) ?? r.config.steps;
    total++;
    if (s <= by) settled++;
    if (!latest || s > latest.step) latest = { step: s, d: r.config.d };
    steps.set(r.config.d, [...(steps.get(r.config.d) ?? []), s]);
  }
  return { settled, total, by, latest, steps };
}
