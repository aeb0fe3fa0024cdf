/**
 * `npm run reference -- --plan N`: what each of N shards would compute, so a user can size a job.
 * Wall time is estimated from a steps-per-second figure for one worker at the paper's size
 * (p = 59, d = 128, the reference engine): smaller models run faster, so for the sweeps over narrower
 * embeddings it is an upper bound, for wider ones (d = 256) an underestimate.
 */
import { assignShards } from './shard';
import type { RunSpec } from './spec';

/**
 * Measured on this project's 2-core machine with the fused engine (fused-wasm, Node): 121 steps/s
 * for one worker at p = 59, d = 128, and 120 steps/s per worker with two workers running (the
 * tfjs-wasm engine it replaced: 48 steps/s alone, 42 per worker with two). `--calibrate` measures
 * it on the machine at hand instead (a 200-step run after a warm-up).
 */
export const MEASURED_STEPS_PER_SECOND = 120;

export interface ShardPlan {
  shard: number;
  /** Runs and steps assigned to the shard. */
  runs: number;
  steps: number;
  /** Estimated wall time of the whole shard from scratch. */
  seconds: number;
  /** Of those, what is not finished yet (a task skips finished runs), and its estimated wall time. */
  todoRuns: number;
  todoSteps: number;
  todoSeconds: number;
}

const stepsOf = (s: RunSpec) => s.config.steps ?? 2000;

export function planShards(
  specs: readonly RunSpec[],
  count: number,
  stepsPerSecond: number,
  workersPerShard: number,
  finished: (s: RunSpec) => boolean = () => false,
): ShardPlan[] {
  return assignShards(specs, count).map((runs, i) => {
    // Runs are whole units of work: a shard's workers cannot split one run, so the longest run bounds it from below.
    const wall = (xs: RunSpec[]) => Math.max(xs.reduce((a, s) => a + stepsOf(s), 0) / workersPerShard, Math.max(0, ...xs.map(stepsOf))) / stepsPerSecond;
    const todo = runs.filter((s) => !finished(s));
    return {
      shard: i + 1,
      runs: runs.length,
      steps: runs.reduce((a, s) => a + stepsOf(s), 0),
      seconds: wall(runs),
      todoRuns: todo.length,
      todoSteps: todo.reduce((a, s) => a + stepsOf(s), 0),
      todoSeconds: wall(todo),
    };
  });
}

export function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
