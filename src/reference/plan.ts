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
 * Node (median, /work/shared/stack.md; `npm run bench`), i.e. 24 steps/s for one worker. A 3,000-step
 * sweep run took about two minutes there (25 steps/s). `--calibrate` measures it on the machine at hand.
 */
export const MEASURED_STEPS_PER_SECOND = 24;

export interface ShardPlan {
  shard: number;
  runs: number;
  steps: number;
  seconds: number;
}

export function planShards(specs: readonly RunSpec[], count: number, stepsPerSecond: number, workersPerShard: number): ShardPlan[] {
  return assignShards(specs, count).map((runs, i) => {
    const steps = runs.reduce((a, s) => a + (s.config.steps ?? 2000), 0);
    // Runs are whole units of work: a shard's workers cannot split one run, so the longest run bounds it from below.
    const longest = Math.max(0, ...runs.map((s) => s.config.steps ?? 2000));
    return { shard: i + 1, runs: runs.length, steps, seconds: Math.max(steps / workersPerShard, longest) / stepsPerSecond };
  });
}

export function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
