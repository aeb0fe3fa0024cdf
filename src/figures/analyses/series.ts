/**
 * CompactRun → the shapes the specs take (pure). CompactRun.signals holds the half spectrum
 * S_0..S_{(p−1)/2}; the other half mirrors it (S_{p−k} = S_k), which the threshold uses.
 */
import type { CompactRun } from '../../reference/spec';
import type { LossSeries, SignalSeries, SpectrumData } from '../types';
import { circleCount } from '../../lib/fourier';

export function signalSeries(run: CompactRun): SignalSeries {
  return { p: run.config.p, steps: run.steps, signals: run.signals, circles: run.circles };
}

export function lossSeries(run: CompactRun): LossSeries {
  return { steps: run.steps, trainLoss: run.trainLoss, testLoss: run.testLoss, trainAcc: run.trainAcc, testAcc: run.testAcc };
}

/** The full spectrum S_0..S_{p−1} from the half one (odd p). */
export function fullSpectrum(half: readonly number[], p: number): number[] {
  return Array.from({ length: p }, (_, k) => half[Math.min(k, p - k)]!);
}

/** τ = 2 · mean of all p signals (the authors' circle rule), from the half spectrum. */
export function thresholdFromHalf(half: readonly number[], p: number): number {
  const full = fullSpectrum(half, p);
  return (2 * full.reduce((a, b) => a + b, 0)) / p;
}

/** Circles by the 2 × mean rule at one logged row, strongest first. */
export function circlesAtRow(half: readonly number[], p: number): number[] {
  const tau = thresholdFromHalf(half, p);
  const out: number[] = [];
  for (let k = 1; k <= circleCount(p); k++) if (half[k]! > tau) out.push(k);
  return out.sort((a, b) => half[b]! - half[a]! || a - b);
}

/** Index of the logged step closest to `step`. */
export function rowNear(run: Pick<CompactRun, 'steps'>, step: number): number {
  let best = 0;
  for (let i = 1; i < run.steps.length; i++) if (Math.abs(run.steps[i]! - step) < Math.abs(run.steps[best]! - step)) best = i;
  return best;
}

/** The spectrum at (the logged step nearest to) `step`; survivors are the run's final circles. */
export function spectrumAt(run: CompactRun, step: number): SpectrumData {
  const i = rowNear(run, step);
  const half = run.signals[i]!;
  return { p: run.config.p, signals: half, threshold: thresholdFromHalf(half, run.config.p), circles: run.circles, step: run.steps[i]! };
}

/** First logged step at which `values[i] >= level` (null if never). */
export function firstStepAtLeast(steps: readonly number[], values: readonly number[], level: number): number | null {
  for (let i = 0; i < steps.length; i++) if (values[i]! >= level) return steps[i]!;
  return null;
}

/**
 * The logged step after which the 2 × mean circle set no longer changes (it equals the final set
 * from there on). Null for an empty run.
 */
export function settledStep(run: Pick<CompactRun, 'steps' | 'signals' | 'config'>): number | null {
  const n = run.steps.length;
  if (!n) return null;
  const key = (i: number) =>
    circlesAtRow(run.signals[i]!, run.config.p)
      .sort((a, b) => a - b)
      .join(',');
  const final = key(n - 1);
  let i = n - 1;
  while (i > 0 && key(i - 1) === final) i--;
  return run.steps[i]!;
}
