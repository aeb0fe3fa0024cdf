/**
 * Settling at the authors' horizon (pure): runs trained far past the designs' step count (the
 * horizon design, manifest.ts), each compared with itself. At every checkpoint, is the survivor set
 * (2 × mean rule) already the set at the run's last step? And would the site's settling rule (no
 * change in the last third) have called the run settled had it stopped at the designs' steps?
 */
import type { CompactRun } from '../../reference/spec';
import { circlesAtRow, settledStep } from './series';
import { wilson } from './intervals';

export interface HorizonRun {
  id: string;
  /** The survivor set at each checkpoint that was logged, ascending. */
  sets: { step: number; circles: number[] }[];
  /** The set at the run's last step, ascending. */
  final: number[];
  /** Circles in the set at the designs' step count that are gone at the end, and the reverse. */
  lost: number[];
  gained: number[];
  /** The logged step from which the set equals the final one. */
  settledFrom: number;
  /** The site's rule applied to the run cut at the designs' step count: unchanged in its last third. */
  ruleSettled: boolean;
  /** Whether the watched frequency (the one a design's claim counts) is in or out at the end as at the designs' step count. */
  fateFinal: boolean;
}

const ascending = (ks: readonly number[]) => [...ks].sort((a, b) => a - b);
const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/** The run's rows up to and including `step`. */
function cut(run: CompactRun, step: number): Pick<CompactRun, 'steps' | 'signals' | 'config'> {
  const n = run.steps.findIndex((s) => s > step);
  const end = n === -1 ? run.steps.length : n;
  return { steps: run.steps.slice(0, end), signals: run.signals.slice(0, end), config: { ...run.config, steps: step } };
}

/**
 * One horizon run read at `checkpoints` (steps that are not logged are skipped); `designSteps` is
 * where the site's designs stop, and must be logged.
 */
export function horizonRun(run: CompactRun, checkpoints: readonly number[], designSteps: number, watched?: number, fraction = 2 / 3): HorizonRun {
  const setAt = (i: number) => ascending(circlesAtRow(run.signals[i]!, run.config.p));
  const sets = checkpoints.flatMap((step) => {
    const i = run.steps.indexOf(step);
    return i === -1 ? [] : [{ step, circles: setAt(i) }];
  });
  const d = run.steps.indexOf(designSteps);
  if (d === -1) throw new Error(`${run.id}: step ${designSteps} is not logged`);
  const atDesign = setAt(d);
  const final = setAt(run.steps.length - 1);
  const short = cut(run, designSteps);
  return {
    id: run.id,
    sets,
    final,
    lost: atDesign.filter((k) => !final.includes(k)),
    gained: final.filter((k) => !atDesign.includes(k)),
    settledFrom: settledStep(run) ?? 0,
    ruleSettled: (settledStep(short) ?? designSteps) <= Math.round(designSteps * fraction),
    fateFinal: watched === undefined || atDesign.includes(watched) === final.includes(watched),
  };
}

export interface HorizonSummary {
  runs: HorizonRun[];
  /** Per checkpoint: runs whose set there is already the final set. */
  sameAt: { step: number; same: number; of: number }[];
  /** Runs whose set at the designs' step count differs from the final set. */
  changedAfterDesign: number;
  /** The first logged step by which every one of those runs had its final set (null when none changed). */
  lastChange: number | null;
  /** Circles lost and gained after the designs' step count, over all runs. */
  lost: number;
  gained: number;
  /** Runs the site's rule calls settled at the designs' step count, and how many of those changed later. */
  ruleSettled: number;
  ruleMissed: number;
  /** Runs in which the watched frequency's fate at the designs' step count is already its final one. */
  fateFinal: number;
}

/**
 * `watched`: the frequency whose fate a design's claim counts (k = 25 in the perturbation design).
 * A run can change its survivor set late and still leave that claim's count as it was.
 */
export function horizonSummary(runs: readonly CompactRun[], checkpoints: readonly number[], designSteps: number, watched?: number): HorizonSummary {
  const rs = runs.filter((r) => !r.diverged).map((r) => horizonRun(r, checkpoints, designSteps, watched));
  const changed = (h: HorizonRun) => h.lost.length + h.gained.length > 0;
  return {
    runs: rs,
    sameAt: checkpoints.map((step) => {
      const logged = rs.filter((h) => h.sets.some((s) => s.step === step));
      return { step, same: logged.filter((h) => same(h.sets.find((s) => s.step === step)!.circles, h.final)).length, of: logged.length };
    }),
    changedAfterDesign: rs.filter(changed).length,
    lastChange: rs.some(changed) ? Math.max(...rs.filter(changed).map((h) => h.settledFrom)) : null,
    lost: rs.reduce((a, h) => a + h.lost.length, 0),
    gained: rs.reduce((a, h) => a + h.gained.length, 0),
    ruleSettled: rs.filter((h) => h.ruleSettled).length,
    ruleMissed: rs.filter((h) => h.ruleSettled && changed(h)).length,
    fateFinal: rs.filter((h) => h.fateFinal).length,
  };
}

/** At one logged step: how many runs already have their final survivor set, with a Wilson interval. */
export interface FinalShare {
  step: number;
  final: number;
  runs: number;
  share: number;
  lo: number;
  hi: number;
}

/**
 * For every step that all runs logged: the share of runs whose survivor set there is already their
 * set at the last step. It reaches 1 at the last step by construction; how soon it gets near 1 is
 * what the designs' step count has to beat.
 */
export function finalShareByStep(runs: readonly CompactRun[]): FinalShare[] {
  const rs = runs.filter((r) => !r.diverged);
  if (!rs.length) return [];
  const key = (r: CompactRun, i: number) => ascending(circlesAtRow(r.signals[i]!, r.config.p)).join(',');
  const finals = rs.map((r) => key(r, r.steps.length - 1));
  const common = rs[0]!.steps.filter((s) => rs.every((r) => r.steps.includes(s)));
  return common.map((step) => {
    const final = rs.filter((r, j) => key(r, r.steps.indexOf(step)) === finals[j]).length;
    const iv = wilson(final, rs.length);
    return { step, final, runs: rs.length, share: iv.estimate, lo: iv.lo, hi: iv.hi };
  });
}
