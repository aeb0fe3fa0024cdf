/**
 * `npm run reference -- --plan N`: what each of N shards would compute, so a user can size a job.
 * Wall time is estimated from a steps-per-second figure for one worker at the paper's size
 * (p = 59, d = 128, tfjs-wasm): smaller models run faster, so for the sweeps over narrower
 * embeddings it is an upper bound, for wider ones (d = 256) an underestimate.
 */
import { assignShards } from './shard';
import type { RunSpec } from './spec';

/**
 * Measured on this project's 2-core machine: 42 ms per step at p = 59, d = 128 for tfjs-wasm in
 * Node (median of `npm run bench`, recorded in the project's stack notes), i.e. 24 steps/s for one
 * worker; a 3,000-step sweep run took about two minutes there with both cores busy (25 steps/s).
 * `--calibrate` measures it on the machine at hand instead (a 200-step run after a warm-up; on a
 * 2-core machine shared with other work it gave between 23 and 47 steps/s, depending on the load).
 */
export const MEASURED_STEPS_PER_SECOND = 24;

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
