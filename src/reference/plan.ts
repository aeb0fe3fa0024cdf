/**
 * `npm run reference -- --plan N`: what each of N shards would compute, so a user can size a job.
 * Wall time is estimated from a steps-per-second figure for one worker at the paper's size
 * (p = 59, d = 128, the reference engine): smaller models run faster, so for the sweeps over narrower
 * embeddings it is an upper bound, for wider ones (d = 256) an underestimate.
 */
import { assignShards } from './shard';
import type { ExperimentId, RunSpec } from './spec';

/**
 * Measured on this project's 2-core machine with the fused FMA engine (fused-wasm-fma, Node), at
 * p = 59, d = 128: the recomputation of 446 design runs (1,338,000 steps: perturbation,
 * construction, empirical) took 94 minutes on two workers, 118 steps/s per worker; with the kernels
 * that store tiny values as 0 (fused-fma-1.1.0), the design runs took a median 8.6 ms per step per
 * worker (116 steps/s), and the 30,000-step horizon runs kept that pace to the end. One worker alone
 * makes 111 steps/s with the sweeps' logging (`--calibrate`, which measures it on the machine at
 * hand: a 200-step run after a warm-up). Runs that track collaboration (the d = 128 sweep) are
 * slower: eight of them took 157 s on two workers, 76 steps/s per worker (the plain fused engine
 * before: 84 alone, 65 per worker with two).
 */
export const MEASURED_STEPS_PER_SECOND = 118;

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

/**
 * How much longer a step of these experiments takes than a design run's step, measured here while
 * recomputing the cache with the kernels that store tiny values as 0 (fused-fma-1.1.0; p = 59,
 * d = 128, two workers; a run's time is read from the cache files' times, as the pool starts a run
 * when another finishes): median 9.8–9.95 ms per step for construction runs (a planted pair, the
 * rest at 10⁻⁶; 18 runs) and 9.94 for ablation runs (all but a few frequencies removed; 4 runs),
 * against 8.4–8.7 for empirical and perturbation runs (155 runs). Before that flush they cost 1.4
 * and 1.2 design steps: their near-zero entries made subnormal products.
 */
export const RELATIVE_STEP_COST: Readonly<Partial<Record<ExperimentId, number>>> = { ablation: 1.15, construction: 1.15 };

/** A run's cost in design-run steps: its steps times its experiment's relative step cost. */
export function runCost(s: RunSpec): number {
  return stepsOf(s) * (RELATIVE_STEP_COST[s.experiment] ?? 1);
}

/**
 * `--verify k --verify-budget B`: k cached runs drawn uniformly at random (Fisher–Yates on
 * `random`) among those that fit what is left of a budget of B design-run steps (runCost), so
 * that the check `npm test` runs takes a bounded time. Without a budget every run can be drawn.
 */
export function pickForVerification(specs: readonly RunSpec[], k: number, budget = Number.POSITIVE_INFINITY, random: () => number = Math.random): RunSpec[] {
  const order = [...specs];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const picked: RunSpec[] = [];
  let left = budget;
  for (const s of order) {
    if (picked.length === k) break;
    if (runCost(s) > left) continue;
    picked.push(s);
    left -= runCost(s);
  }
  return picked;
}

export function planShards(
  specs: readonly RunSpec[],
  count: number,
  stepsPerSecond: number,
  workersPerShard: number,
  finished: (s: RunSpec) => boolean = () => false,
): ShardPlan[] {
  return assignShards(specs, count).map((runs, i) => {
    // Runs are whole units of work: a shard's workers cannot split one run, so the longest run bounds it from below.
    // Time is counted in design-run steps (runCost): a construction step costs several.
    const wall = (xs: RunSpec[]) => Math.max(xs.reduce((a, s) => a + runCost(s), 0) / workersPerShard, Math.max(0, ...xs.map(runCost))) / stepsPerSecond;
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
