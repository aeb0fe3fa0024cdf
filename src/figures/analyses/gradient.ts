/**
 * The paper's "initial gradient" g_k^(s) = (S_k(s) − S_k(s−1)) / S_k(0) (paper.md §3.5) for every
 * circle frequency of every run logged at each of the first s steps, paired with the initial
 * signal S_k(0) and whether k survived (the run's final circles). Pure.
 */
import type { CompactRun } from '../../reference/spec';
import { circleFrequencies, relativeGradient } from '../../lib/fourier';

export interface GradientPoint {
  run: string;
  k: number;
  g: number;
  s0: number;
  survived: boolean;
}

/** True when rows 0..s are the states after 0..s updates (every step logged at the start). */
export function hasEveryStep(run: Pick<CompactRun, 'steps'>, s: number): boolean {
  for (let i = 0; i <= s; i++) if (run.steps[i] !== i) return false;
  return true;
}

export function gradientPoints(runs: readonly CompactRun[], s = 4): GradientPoint[] {
  const out: GradientPoint[] = [];
  for (const run of runs) {
    if (run.diverged || !hasEveryStep(run, s)) continue;
    const g = relativeGradient(run.signals, s);
    const alive = new Set(run.circles);
    for (const k of circleFrequencies(run.config.p)) out.push({ run: run.id, k, g: g[k]!, s0: run.signals[0]![k]!, survived: alive.has(k) });
  }
  return out;
}

/** Histogram bins shared by both groups. */
export function histogram(values: readonly number[], lo: number, hi: number, bins: number): { x0: number; x1: number; n: number }[] {
  const w = (hi - lo) / bins || 1;
  const out = Array.from({ length: bins }, (_, i) => ({ x0: lo + i * w, x1: lo + (i + 1) * w, n: 0 }));
  for (const v of values) {
    const i = Math.min(bins - 1, Math.max(0, Math.floor((v - lo) / w)));
    out[i]!.n++;
  }
  return out;
}
