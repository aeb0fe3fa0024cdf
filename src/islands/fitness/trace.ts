/**
 * S_k over the steps of the reader's runs, collected while they train: one series per run (the
 * nudged run and its untouched twin share a seed), thinned as it grows so a 3,000-step run stays
 * a few hundred points. Pure: the element feeds it rows, the figure spec reads `series`, and the
 * unit tests check both.
 */
import type { PlannedRun } from '../../lib/state/fitness';

export interface TracePoint {
  step: number;
  s: number;
}

export interface RunTrace extends PlannedRun {
  points: TracePoint[];
  /** False while the run is still training. */
  finished: boolean;
}

/** Keep at most about this many points per run: every other point is dropped when it is reached. */
export const TRACE_MAX_POINTS = 400;

export class TraceSet {
  private readonly runs: RunTrace[] = [];
  /** Keep one row in `stride` (doubles each time a series fills up). */
  private stride = 1;

  constructor(readonly k: number) {}

  get series(): readonly RunTrace[] {
    return this.runs;
  }

  /** Points collected so far, over all runs. */
  get size(): number {
    return this.runs.reduce((n, r) => n + r.points.length, 0);
  }

  /** A new run starts: its series begins empty. A run already present (same seed and α) is restarted. */
  begin(run: PlannedRun): void {
    const i = this.runs.findIndex((r) => r.seed === run.seed && r.alpha === run.alpha);
    if (i >= 0) this.runs.splice(i, 1);
    this.runs.push({ ...run, points: [], finished: false });
  }

  /** A row of the run in progress: `signals` is the full spectrum of length p, S_k at index k. */
  add(step: number, signals: ArrayLike<number>): void {
    const r = this.runs[this.runs.length - 1];
    const s = signals[this.k];
    if (!r || r.finished || s === undefined || !Number.isFinite(s)) return;
    const last = r.points[r.points.length - 1];
    if (last && step <= last.step) return;
    // A row off the stride is kept only as the moving tip of the line, replaced by the next row.
    if (last && last.step % this.stride !== 0) r.points.pop();
    r.points.push({ step, s });
    if (r.points.length > TRACE_MAX_POINTS) this.thin();
  }

  /** The run in progress ended (its last row stays, on the stride or not). */
  finish(): void {
    const r = this.runs[this.runs.length - 1];
    if (r) r.finished = true;
  }

  /** Drop the unfinished run (cancelled or failed). */
  dropUnfinished(): void {
    const r = this.runs[this.runs.length - 1];
    if (r && !r.finished) this.runs.pop();
  }

  private thin(): void {
    this.stride *= 2;
    for (const r of this.runs) {
      const last = r.points[r.points.length - 1];
      r.points = r.points.filter((q) => q.step % this.stride === 0);
      if (last && r.points[r.points.length - 1] !== last) r.points.push(last);
    }
  }
}

/** The reference design's runs that are the reader's experiment (same k, embedding and α), if any. */
export function matchingReference<T extends { alpha: number }>(
  ref: { k: number; embedding: number | null },
  points: readonly T[],
  s: { k: number; embedding: number; alpha: number },
): T[] {
  if (ref.k !== s.k || ref.embedding !== s.embedding) return [];
  return points.filter((q) => q.alpha === s.alpha);
}
