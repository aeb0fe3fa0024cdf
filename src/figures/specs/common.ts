/**
 * Pieces every spec shares: the survivor palette (one colour per surviving k, the same in every
 * figure), the grey for the other frequencies, and thinning of long series so the SVG stays small.
 * Pure: no DOM, usable at build time and in the browser.
 */

/** Observable's categorical palette minus its grey (grey means "did not survive" here). */
export const SURVIVOR_PALETTE = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5', '#9c6b4e'];
export const LOSER_GREY = '#9ca3af';
export const DEFAULT_WIDTH = 640;

/** "k = 11" — the legend and facet label of a frequency. */
export const kLabel = (k: number): string => `k = ${k}`;

/** Colour scale options that give each surviving k its palette colour, in the order of `circles`. */
export function survivorColor(circles: readonly number[]): { domain: string[]; range: string[] } {
  const domain = circles.map(kLabel);
  return { domain, range: domain.map((_, i) => SURVIVOR_PALETTE[i % SURVIVOR_PALETTE.length]!) };
}

/**
 * Indices of about `n` rows spread evenly on a log scale of step+1 (first and last always kept).
 * A 5,000-step run logged every step would otherwise put ~40k points into one SVG.
 */
export function logThin(steps: readonly number[], n = 160): number[] {
  if (steps.length <= n) return steps.map((_, i) => i);
  const lo = Math.log(steps[0]! + 1);
  const hi = Math.log(steps[steps.length - 1]! + 1);
  const keep = new Set<number>([0, steps.length - 1]);
  let j = 0;
  for (let i = 1; i < n - 1; i++) {
    const target = lo + ((hi - lo) * i) / (n - 1);
    while (j < steps.length - 1 && Math.log(steps[j + 1]! + 1) <= target) j++;
    keep.add(j);
  }
  return [...keep].sort((a, b) => a - b);
}

/** Compact number format for tooltips and labels (3 significant digits). */
export const fmt = (x: number): string => (Math.abs(x) >= 1e4 || (Math.abs(x) < 1e-2 && x !== 0) ? x.toExponential(2) : Number(x.toPrecision(3)).toString());
