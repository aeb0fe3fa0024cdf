/**
 * 95 % intervals for the reproduction page's claims, and the verdict that follows from them (pure).
 * Rates get Wilson score intervals (and Newcombe's Wilson-based interval for a difference of two
 * rates); means and correlations get a percentile bootstrap over runs with a fixed seed, so the
 * same cache always prints the same interval.
 */
import { Rng } from '../../lib/rng';

export const Z95 = 1.959963984540054;

export interface Interval {
  /** Independent units behind it (runs). */
  n: number;
  estimate: number;
  lo: number;
  hi: number;
  method: 'wilson' | 'newcombe' | 'bootstrap';
  /** What a bootstrap resampled, when not whole runs. */
  resampled?: 'points' | 'twin-groups';
}

/** Wilson score interval for k successes in n trials. */
export function wilson(k: number, n: number, z = Z95): Interval {
  if (!(n > 0) || k < 0 || k > n) return { n, estimate: NaN, lo: NaN, hi: NaN, method: 'wilson' };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At k = 0 or k = n the bound is exactly 0 or 1; rounding must not leave it a hair inside.
  return { n, estimate: p, lo: k === 0 ? 0 : Math.max(0, centre - half), hi: k === n ? 1 : Math.min(1, centre + half), method: 'wilson' };
}

/** Newcombe's hybrid score interval (his method 10) for p1 − p2 from two independent samples. */
export function newcombeDifference(k1: number, n1: number, k2: number, n2: number, z = Z95): Interval {
  const a = wilson(k1, n1, z);
  const b = wilson(k2, n2, z);
  const d = a.estimate - b.estimate;
  return {
    n: n1 + n2,
    estimate: d,
    lo: d - Math.sqrt((a.estimate - a.lo) ** 2 + (b.hi - b.estimate) ** 2),
    hi: d + Math.sqrt((a.hi - a.estimate) ** 2 + (b.estimate - b.lo) ** 2),
    method: 'newcombe',
  };
}

export const BOOTSTRAP_REPS = 4000;
export const BOOTSTRAP_SEED = 20240527;

/**
 * Percentile bootstrap: resample the units (runs) with replacement `reps` times, recompute the
 * statistic, take the 2.5 % and 97.5 % quantiles. Resamples whose statistic is not finite (e.g. a
 * correlation of a constant) are left out. `stream` names the claim, so claims draw independently.
 */
export function bootstrap<T>(
  units: readonly T[],
  statistic: (xs: readonly T[]) => number,
  stream: string,
  reps = BOOTSTRAP_REPS,
  seed = BOOTSTRAP_SEED,
): Interval {
  const n = units.length;
  const estimate = n ? statistic(units) : NaN;
  if (n < 2 || !Number.isFinite(estimate)) return { n, estimate, lo: NaN, hi: NaN, method: 'bootstrap' };
  const rng = new Rng(seed, `bootstrap:${stream}`);
  const values: number[] = [];
  const sample = new Array<T>(n);
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < n; i++) sample[i] = units[rng.int(n)]!;
    const v = statistic(sample);
    if (Number.isFinite(v)) values.push(v);
  }
  values.sort((a, b) => a - b);
  if (values.length < reps / 2) return { n, estimate, lo: NaN, hi: NaN, method: 'bootstrap' };
  return { n, estimate, lo: quantile(values, 0.025), hi: quantile(values, 0.975), method: 'bootstrap' };
}

/** Linear-interpolated quantile of sorted values (type 7, as R and numpy default). */
export function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const i = Math.floor(h);
  return sorted[i]! + (h - i) * ((sorted[Math.min(i + 1, sorted.length - 1)] ?? sorted[i]!) - sorted[i]!);
}

/**
 * The verdict on a directional claim: the paper says the effect is above `none` (direction +1) or
 * below it (−1). Same direction only when the whole interval is on the paper's side; contradicts
 * when the whole interval is on the other side; inconclusive otherwise (or without an interval).
 */
export type Verdict = 'same-direction' | 'inconclusive' | 'contradicts';

export function verdictOf(iv: Pick<Interval, 'lo' | 'hi'>, direction: 1 | -1, none = 0): Verdict {
  if (!Number.isFinite(iv.lo) || !Number.isFinite(iv.hi)) return 'inconclusive';
  const lo = direction * (iv.lo - none);
  const hi = direction * (iv.hi - none);
  if (Math.min(lo, hi) > 0) return 'same-direction';
  if (Math.max(lo, hi) < 0) return 'contradicts';
  return 'inconclusive';
}
