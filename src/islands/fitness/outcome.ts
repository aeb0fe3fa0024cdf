/**
 * What one short run of the fitness widget says, from its logged signal rows: each circle
 * frequency's initial signal S_k(0), its initial gradient g_k⁽⁴⁾ and whether it is a circle at
 * the last step (the authors' 2 × mean rule). Pure: the page and the unit tests share it.
 */
import { circleFrequencies, countCircles, relativeGradient } from '../../lib/fourier';
import type { PlannedRun } from '../../lib/state/fitness';

/** The step of the initial gradient the paper's main figure uses. */
export const GRADIENT_STEP = 4;

export interface FrequencyFate {
  k: number;
  s0: number;
  g: number;
  survived: boolean;
}

export interface RunOutcome extends PlannedRun {
  /** The nudged frequency of the experiment (the same for every run of a plan). */
  k: number;
  steps: number;
  /** Circles at the last step, strongest first. */
  circles: number[];
  /** Did frequency k survive? */
  survived: boolean;
  /** S_k at the last step. */
  kSignal: number;
  frequencies: FrequencyFate[];
}

/**
 * `first` holds the signal rows after 0, 1, …, GRADIENT_STEP updates (full spectra of length p);
 * `last` the spectrum after the run's final update.
 */
export function runOutcome(run: PlannedRun, k: number, steps: number, first: readonly ArrayLike<number>[], last: ArrayLike<number>): RunOutcome {
  if (first.length <= GRADIENT_STEP) throw new RangeError(`need the first ${GRADIENT_STEP + 1} signal rows, have ${first.length}`);
  const g = relativeGradient(first, GRADIENT_STEP);
  const { circles } = countCircles(last);
  const alive = new Set(circles);
  const s0 = first[0]!;
  const frequencies = circleFrequencies(last.length).map((j) => ({ k: j, s0: s0[j]!, g: g[j]!, survived: alive.has(j) }));
  return { ...run, k, steps, circles, survived: alive.has(k), kSignal: last[k]!, frequencies };
}

/** One point of "survival rate against initial signal" made from the reader's runs. */
export interface ReaderRatePoint {
  k: number;
  alpha: number;
  control: boolean;
  s0: number;
  rate: number;
  n: number;
}

/**
 * Pool the reader's runs by condition (α): every run of a condition starts from the same
 * embedding, so each frequency has one S_k(0) and a survival rate over the condition's seeds —
 * exactly a point of the empirical design.
 */
export function readerRatePoints(outcomes: readonly RunOutcome[]): ReaderRatePoint[] {
  const byAlpha = new Map<number, RunOutcome[]>();
  for (const o of outcomes) byAlpha.set(o.alpha, [...(byAlpha.get(o.alpha) ?? []), o]);
  const out: ReaderRatePoint[] = [];
  for (const [alpha, group] of [...byAlpha].sort((a, b) => a[0] - b[0])) {
    for (const f of group[0]!.frequencies) {
      const n = group.length;
      const survived = group.filter((o) => o.frequencies.find((x) => x.k === f.k)?.survived).length;
      out.push({ k: f.k, alpha, control: group[0]!.control, s0: f.s0, rate: survived / n, n });
    }
  }
  return out;
}

export interface ConditionTally {
  alpha: number;
  control: boolean;
  runs: number;
  survived: number;
}

/** How often frequency k survived under each condition. */
export function tallies(outcomes: readonly RunOutcome[]): ConditionTally[] {
  const m = new Map<number, ConditionTally>();
  for (const o of outcomes) {
    const t = m.get(o.alpha) ?? { alpha: o.alpha, control: o.control, runs: 0, survived: 0 };
    t.runs++;
    if (o.survived) t.survived++;
    m.set(o.alpha, t);
  }
  return [...m.values()].sort((a, b) => a.alpha - b.alpha);
}
