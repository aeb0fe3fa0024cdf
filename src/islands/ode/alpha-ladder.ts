/** The α slider's stops: 0 (least squares), then log-spaced 1e-3 … 1 (the authors used 0.01). */
export const ALPHA_LADDER = [0, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1] as const;

/** The slider stop closest to α (on a log scale; 0 only for α = 0). */
export function nearestStop(alpha: number): number {
  if (!(alpha > 0)) return 0;
  let best = 1;
  for (let s = 1; s < ALPHA_LADDER.length; s++) {
    if (Math.abs(Math.log(ALPHA_LADDER[s]!) - Math.log(alpha)) < Math.abs(Math.log(ALPHA_LADDER[best]!) - Math.log(alpha))) best = s;
  }
  return best;
}
