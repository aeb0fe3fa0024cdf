/**
 * Circles against one setting of the model (weight decay, the modulus p) over the runs that exist
 * (pure): the same summary as the dimension sweep, keyed by any numeric setting.
 */
import type { CompactRun } from '../../reference/spec';
import { mean, pearson, sd } from './stats';
import { bootstrap, type Interval } from './intervals';
import { settledStep } from './series';

export interface SettingPoint {
  /** The setting's value (e.g. weight decay 0.5, or p = 59). */
  x: number;
  n: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
  counts: number[];
  /** The step from which each run's survivor set stopped changing (same order as counts). */
  settled: number[];
}

type SweepRun = Pick<CompactRun, 'config' | 'circles' | 'diverged' | 'steps' | 'signals'>;
type CountedRun = Pick<CompactRun, 'config' | 'circles' | 'diverged'>;

/** Circle counts of the runs that did not diverge, grouped by one setting, in increasing order of it. */
export function groupCircleCounts<R extends CountedRun>(
  runs: readonly R[],
  setting: (r: R) => number,
): { x: number; runs: R[]; n: number; mean: number; sd: number; min: number; max: number; counts: number[] }[] {
  const by = new Map<number, R[]>();
  for (const r of runs) if (!r.diverged) by.set(setting(r), [...(by.get(setting(r)) ?? []), r]);
  return [...by.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([x, rs]) => {
      const counts = rs.map((r) => r.circles.length);
      return { x, runs: rs, n: counts.length, mean: mean(counts), sd: sd(counts), min: Math.min(...counts), max: Math.max(...counts), counts };
    });
}

export function circlesBy(runs: readonly SweepRun[], setting: (r: SweepRun) => number): SettingPoint[] {
  return groupCircleCounts(runs, setting).map(({ runs: rs, ...point }) => ({
    ...point,
    settled: rs.map((r) => settledStep(r) ?? r.config.steps),
  }));
}

/** Correlation of the setting with the circle count of each run (bootstrap over runs). */
export function settingCorrelation(runs: readonly SweepRun[], setting: (r: SweepRun) => number, stream: string): Interval {
  const live = runs.filter((r) => !r.diverged);
  return bootstrap(
    live,
    (xs) =>
      pearson(
        xs.map(setting),
        xs.map((r) => r.circles.length),
      ),
    stream,
  );
}

/**
 * Weight decay against circles, among the runs WITH decay: without any decay the network is in
 * another regime (no circle stands out and it does not generalise within the run), which a single
 * correlation across both would hide; those runs are reported apart.
 */
export function weightDecayCorrelation(runs: readonly SweepRun[]): Interval {
  return settingCorrelation(
    runs.filter((r) => r.config.weightDecay > 0),
    (r) => r.config.weightDecay,
    'weight-decay',
  );
}

export function modulusCorrelation(runs: readonly SweepRun[]): Interval {
  return settingCorrelation(runs, (r) => r.config.p, 'modulus');
}
