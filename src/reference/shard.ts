/**
 * Splitting a manifest across the tasks of a batch engine. The assignment is a pure function of
 * the chosen runs and the shard count, so every task of a Kubernetes Indexed Job, a Slurm job array
 * or a GitHub Actions matrix computes its own slice without talking to the others.
 */
import type { RunSpec } from './spec';

/** One task's place in the job: 0-based index, count, and which variables said so. */
export interface ShardRef {
  index: number;
  count: number;
  source: string;
}

const steps = (s: RunSpec) => s.config.steps ?? 2000;

/**
 * Balanced by steps (greedy, longest run first, ties broken by manifest order, onto the lightest
 * shard, ties to the lowest index): deterministic, and the heaviest shard exceeds the lightest by
 * at most one run's steps. Returns, per shard, its runs in manifest order (priority order is kept inside a shard).
 */
export function assignShards(specs: readonly RunSpec[], count: number): RunSpec[][] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`shard count must be a positive integer, got ${count}`);
  const order = specs.map((s, i) => ({ s, i })).sort((a, b) => steps(b.s) - steps(a.s) || a.i - b.i);
  const load = new Array<number>(count).fill(0);
  const members: number[][] = Array.from({ length: count }, () => []);
  for (const { s, i } of order) {
    let best = 0;
    for (let k = 1; k < count; k++) if (load[k]! < load[best]!) best = k;
    load[best] = load[best]! + steps(s);
    members[best]!.push(i);
  }
  return members.map((idx) => idx.sort((a, b) => a - b).map((i) => specs[i]!));
}

export function shardSlice(specs: readonly RunSpec[], shard: ShardRef | null): RunSpec[] {
  return shard ? assignShards(specs, shard.count)[shard.index]! : [...specs];
}

/** `--shard i/n` (1-based, as typed by a person). */
export function parseShardArg(arg: string): ShardRef {
  const m = /^(\d+)\/(\d+)$/.exec(arg);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new Error(`--shard must look like i/n with 1 ≤ i ≤ n, or be "env", got "${arg}"`);
  return { index: Number(m[1]) - 1, count: Number(m[2]), source: `--shard ${arg}` };
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string): number {
  const raw = env[name];
  if (raw === undefined || raw === '') throw new Error(`--shard env: ${name} is not set`);
  if (!/^\d+$/.test(raw.trim())) throw new Error(`--shard env: ${name} must be a non-negative integer, got "${raw}"`);
  return Number(raw.trim());
}

function checked(index: number, count: number, source: string): ShardRef {
  if (count < 1) throw new Error(`--shard env: the task count from ${source} must be at least 1, got ${count}`);
  if (index < 0 || index >= count) throw new Error(`--shard env: task index ${index} from ${source} is outside 0..${count - 1}`);
  return { index, count, source };
}

/**
 * `--shard env`: the shard from the batch engine's own variables.
 *  - Kubernetes Indexed Job: JOB_COMPLETION_INDEX (0-based, set by Kubernetes) and JOB_COMPLETIONS,
 *    which Kubernetes does not set: the Job spec passes `.spec.completions` under that name
 *    (deploy/kubernetes-job.yaml does).
 *  - Slurm job array: SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT, SLURM_ARRAY_TASK_MIN and
 *    SLURM_ARRAY_TASK_STEP (all set by Slurm); `--array=1-8` and `--array=0-14:2` both work, the
 *    index being (ID − MIN) / STEP.
 *  - GitHub Actions matrix (or anything else): REFERENCE_SHARD_INDEX (0-based) and
 *    REFERENCE_SHARD_COUNT, which the workflow sets from strategy.job-index and strategy.job-total.
 * Exactly one engine's variables must be present.
 */
export function shardFromEnv(env: Env): ShardRef {
  const has = (name: string) => env[name] !== undefined && env[name] !== '';
  const found = [
    has('JOB_COMPLETION_INDEX') && 'kubernetes',
    has('SLURM_ARRAY_TASK_ID') && 'slurm',
    has('REFERENCE_SHARD_INDEX') && 'generic',
  ].filter(Boolean);
  if (found.length === 0)
    throw new Error('--shard env: none of JOB_COMPLETION_INDEX (Kubernetes), SLURM_ARRAY_TASK_ID (Slurm) or REFERENCE_SHARD_INDEX (GitHub Actions, other) is set');
  if (found.length > 1) throw new Error(`--shard env: variables of more than one engine are set (${found.join(', ')}); unset all but one`);
  switch (found[0]) {
    case 'kubernetes':
      return checked(int(env, 'JOB_COMPLETION_INDEX'), int(env, 'JOB_COMPLETIONS'), 'JOB_COMPLETION_INDEX/JOB_COMPLETIONS');
    case 'slurm': {
      const id = int(env, 'SLURM_ARRAY_TASK_ID');
      const min = int(env, 'SLURM_ARRAY_TASK_MIN');
      const step = has('SLURM_ARRAY_TASK_STEP') ? int(env, 'SLURM_ARRAY_TASK_STEP') : 1;
      const count = int(env, 'SLURM_ARRAY_TASK_COUNT');
      if (step < 1 || (id - min) % step !== 0)
        throw new Error(`--shard env: SLURM_ARRAY_TASK_ID ${id} is not on the array's grid (min ${min}, step ${step}); use --array=MIN-MAX[:STEP], not a list`);
      return checked((id - min) / step, count, 'SLURM_ARRAY_TASK_ID/MIN/STEP/COUNT');
    }
    default:
      return checked(int(env, 'REFERENCE_SHARD_INDEX'), int(env, 'REFERENCE_SHARD_COUNT'), 'REFERENCE_SHARD_INDEX/REFERENCE_SHARD_COUNT');
  }
}
