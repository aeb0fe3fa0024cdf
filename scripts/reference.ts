/**
 * `npm run reference [-- flags]`: computes every reference run of the manifest that is missing from
 * the cache, with a pool of worker processes (one per core by default), a progress bar and ETA. The
 * same command is one task of a batch job (deploy/): each task computes its shard into its own
 * folder, and `--merge` brings the folders together.
 * Flags: USAGE below (printed by --help and after a malformed command line).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MANIFEST } from '../src/reference/manifest';
import { SMOKE_MANIFEST } from '../src/reference/manifest-smoke';
import { CACHE_DIR, cachePath, runKey } from '../src/reference/cache';
import { inspectCacheFile } from '../src/reference/validate';
import { mergeCaches } from '../src/reference/merge';
import { parseShardArg, shardFromEnv, shardSlice, type ShardRef } from '../src/reference/shard';
import { MEASURED_STEPS_PER_SECOND, formatDuration, pickForVerification, planShards } from '../src/reference/plan';
import type { RunSpec } from '../src/reference/spec';
import { ProgressBar } from '../src/cli/progress';
import { REFERENCE_BACKEND } from '../src/reference/engine';

const USAGE = `usage: npm run reference [-- flags] [DIR...]
  --shard i/n      compute only the i-th of n slices (1-based), balanced by steps (src/reference/shard.ts).
  --shard env      the slice from the batch engine's variables: Kubernetes Indexed Job
                   (JOB_COMPLETION_INDEX, JOB_COMPLETIONS), Slurm job array (SLURM_ARRAY_TASK_ID/MIN/
                   STEP/COUNT), GitHub Actions matrix or other (REFERENCE_SHARD_INDEX, REFERENCE_SHARD_COUNT).
  --cache-dir DIR  write results to DIR instead of reference/cache (runs already valid in DIR or in
                   reference/cache are not recomputed, so a killed task restarted resumes). With
                   --merge, the folder merged into.
  --merge DIR...   merge shard folders into the cache (src/reference/merge.ts); exits 1 on a
                   conflict (then nothing is written) or when any file was skipped as truncated/invalid.
  --plan N         print each of N shards' run count, steps and estimated wall time, then exit;
                   with --calibrate, from steps/s measured here instead of the recorded figure.
  --verify k       recompute k randomly chosen cached runs and fail unless they are byte-identical.
  --verify-budget B  draw only runs that fit a budget of B design-run steps (src/reference/plan.ts,
                   runCost: construction and ablation steps cost several), so the check's time is bounded.
  --all            include tier 2 (the full-size sweeps); by default only tier 1, which the build needs.
  --only a,b       only runs whose id starts with one of these prefixes (e.g. dimension/d128).
  --manifest smoke the tiny test manifest (src/reference/manifest-smoke.ts) instead of the site's.
  --list           print the manifest with cache status and exit.
  --workers n      worker processes (default: one per core).
  --quiet          no progress bar, and no line when nothing is left to compute.
  --help           print this and exit.`;

function readArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (err) {
    // An unknown or malformed flag: say which, and how to call it, without a stack trace.
    console.error(`reference: ${(err as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const OPTIONS = {
  workers: { type: 'string' },
  shard: { type: 'string' },
  'cache-dir': { type: 'string' },
  merge: { type: 'boolean' },
  plan: { type: 'string' },
  calibrate: { type: 'boolean' },
  manifest: { type: 'string' },
  verify: { type: 'string' },
  'verify-budget': { type: 'string' },
  list: { type: 'boolean' },
  all: { type: 'boolean' },
  only: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

const { values, positionals } = readArgs();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

interface Job {
  spec: RunSpec;
  write: boolean;
  resolve: (bytes?: string) => void;
  reject: (err: Error) => void;
}

async function runPool(jobs: Job[], workers: number, dir: string, bar: ProgressBar | null): Promise<void> {
  let done = 0;
  let failed: Error | null = null;
  const queue = [...jobs];
  const spawnWorker = () =>
    new Promise<void>((finish) => {
      const child: ChildProcess = fork(new URL('./reference-worker.ts', import.meta.url).pathname, [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      let current: Job | undefined;
      const next = () => {
        current = failed ? undefined : queue.shift();
        if (!current) {
          child.kill();
          finish();
          return;
        }
        child.send({ spec: current.spec, write: current.write, dir });
      };
      child.on('message', (msg: { type: string; id?: string; delta?: number; bytes?: string; message?: string }) => {
        if (msg.type === 'ready') next();
        else if (msg.type === 'progress') {
          done += msg.delta ?? 0;
          bar?.update(done, current?.spec.id ?? '');
        } else if (msg.type === 'done') {
          current?.resolve(msg.bytes);
          next();
        } else if (msg.type === 'error') {
          failed = new Error(`run ${msg.id} failed: ${msg.message}`);
          current?.reject(failed);
          next();
        }
      });
      child.on('exit', (code) => {
        if (current && code) current.reject(new Error(`worker exited with code ${code} during ${current.spec.id}`));
        finish();
      });
    });
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, spawnWorker));
  if (failed) throw failed;
}

function makeJobs(specs: RunSpec[], write: boolean): { jobs: Job[]; results: Promise<(string | undefined)[]> } {
  const jobs: Job[] = [];
  const promises = specs.map(
    (spec) =>
      new Promise<string | undefined>((resolve, reject) => {
        jobs.push({ spec, write, resolve, reject });
      }),
  );
  return { jobs, results: Promise.all(promises) };
}

function chosenManifest(): RunSpec[] {
  const name = values.manifest ?? 'site';
  if (name !== 'site' && name !== 'smoke') throw new Error(`--manifest must be "site" or "smoke", got "${name}"`);
  return name === 'smoke' ? SMOKE_MANIFEST : MANIFEST;
}

function chosenShard(): ShardRef | null {
  if (!values.shard) return null;
  return values.shard === 'env' ? shardFromEnv(process.env) : parseShardArg(values.shard);
}

/**
 * A run is finished when a valid file for it is in the target folder, or in the committed cache. A
 * truncated file (a task killed mid-write by something other than this pipeline, which renames
 * complete files into place) is reported and the run recomputed; any other invalid file stops us.
 */
function isFinished(spec: RunSpec, dir: string, byId: ReadonlyMap<string, RunSpec>): boolean {
  for (const folder of dir === CACHE_DIR ? [dir] : [dir, CACHE_DIR]) {
    const path = cachePath(runKey(spec), folder);
    if (!existsSync(path)) continue;
    const found = inspectCacheFile(path, byId);
    if (found.kind === 'valid') return true;
    if (found.kind === 'truncated') console.error(`reference: ${path} is truncated (${found.reason}); recomputing ${spec.id}`);
    else throw new Error(`${path} is not a valid result for ${spec.id}: ${found.reason}; move it away and run again`);
  }
  return false;
}

async function calibrate(): Promise<number> {
  const { startBackend } = await import('../src/lib/engine/backend');
  const { computeRun } = await import('../src/reference/compute');
  const backend = await startBackend(REFERENCE_BACKEND);
  // The sweeps' size and logging schedule (every step to 10, then every 50).
  const spec = (steps: number): RunSpec => ({
    id: 'calibration',
    experiment: 'dimension',
    config: { p: 59, d: 128, seed: 0, steps },
    log: { everyStepUntil: 10, thenEvery: 50 },
    tier: 2,
  });
  await computeRun(spec(20), backend); // compile and warm up
  const t0 = performance.now();
  await computeRun(spec(200), backend);
  return 200 / ((performance.now() - t0) / 1000);
}

async function main(): Promise<number> {
  const workers = Number(values.workers ?? cpus().length);
  const dir = values['cache-dir'] ? resolve(values['cache-dir']) : CACHE_DIR;
  const manifest = chosenManifest();
  const byId = new Map(manifest.map((s) => [s.id, s]));

  if (values.merge) {
    if (positionals.length === 0) throw new Error('--merge needs at least one shard folder');
    const report = mergeCaches(
      positionals.map((p) => resolve(p)),
      dir,
      manifest,
    );
    for (const s of report.skipped) console.error(`skipped ${s}`);
    for (const c of report.conflicts) console.error(`CONFLICT ${c}`);
    if (report.conflicts.length) {
      console.error(`reference: merge refused (${report.conflicts.length} conflict(s)); nothing was written to ${dir}`);
      return 1;
    }
    console.error(
      `reference: merged into ${dir}: ${report.added.length} added, ${report.alreadyPresent.length} already present, ${report.skipped.length} skipped`,
    );
    return report.skipped.length ? 1 : 0;
  }

  const prefixes = values.only?.split(',').filter(Boolean) ?? null;
  const chosen = (values.all ? manifest : manifest.filter((s) => s.tier === 1)).filter((s) => !prefixes || prefixes.some((p) => s.id.startsWith(p)));

  if (values.plan) {
    const n = Number(values.plan);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--plan needs a positive number of shards, got "${values.plan}"`);
    const sps = values.calibrate ? await calibrate() : MEASURED_STEPS_PER_SECOND;
    const plans = planShards(chosen, n, sps, workers, (s) => isFinished(s, dir, byId));
    const total = plans.reduce((a, q) => a + q.steps, 0);
    const todo = plans.reduce((a, q) => a + q.todoSteps, 0);
    const en = (x: number) => x.toLocaleString('en');
    console.log(
      `plan: ${chosen.length} runs, ${en(total)} steps over ${n} shard(s), ${workers} worker(s) each; of which ${en(todo)} still to compute (not in ${dir}${dir === CACHE_DIR ? '' : ' or reference/cache'}); ` +
        `${sps.toFixed(1)} steps/s per worker at p = 59, d = 128 (${values.calibrate ? 'measured just now' : 'recorded figure, src/reference/plan.ts; --calibrate measures it here'})`,
    );
    for (const q of plans)
      console.log(
        `shard ${q.shard}/${n}: ${q.runs} runs, ${en(q.steps)} steps, about ${formatDuration(q.seconds)} from scratch; not computed yet: ${q.todoRuns} runs, ${en(q.todoSteps)} steps, about ${formatDuration(q.todoSeconds)}`,
      );
    return 0;
  }

  const shard = chosenShard();
  const specs = shardSlice(chosen, shard);
  // Printed even with --quiet: a batch task's log should say which slice it computed.
  if (shard)
    console.error(`reference: shard ${shard.index + 1}/${shard.count} (from ${shard.source}): ${specs.length} of ${chosen.length} runs, writing to ${dir}`);
  if (values.list) {
    for (const s of specs) console.log(`${isFinished(s, dir, byId) ? 'cached ' : 'missing'}  tier ${s.tier}  ${runKey(s)}  ${s.id}  (${s.config.steps} steps)`);
    return 0;
  }
  if (values.verify) {
    const k = Number(values.verify);
    const cached = specs.filter((s) => existsSync(cachePath(runKey(s), dir)));
    if (cached.length === 0) throw new Error('--verify: nothing is cached yet');
    const budget = values['verify-budget'] === undefined ? Number.POSITIVE_INFINITY : Number(values['verify-budget']);
    if (!(budget > 0)) throw new Error(`--verify-budget needs a positive number of steps, got "${values['verify-budget']}"`);
    // A real random pick each time (a fixed one would verify the same runs forever).
    const picked = pickForVerification(cached, k, budget);
    if (picked.length === 0) throw new Error(`--verify: no cached run fits a budget of ${budget} steps`);
    const within = Number.isFinite(budget) ? ` (within ${budget} design-run steps)` : '';
    console.error(`verifying ${picked.length} cached run(s)${within}: ${picked.map((s) => s.id).join(', ')}`);
    const { jobs, results } = makeJobs(picked, false);
    const pool = runPool(jobs, workers, dir, null);
    const [bytes] = await Promise.all([results, pool]);
    let bad = 0;
    picked.forEach((s, i) => {
      const path = cachePath(runKey(s), dir);
      if (readFileSync(path, 'utf8') !== bytes[i]) {
        bad++;
        console.error(`MISMATCH ${s.id}: recomputed bytes differ from ${path}`);
      } else console.error(`identical ${s.id}`);
    });
    return bad ? 1 : 0;
  }
  const missing = specs.filter((s) => !isFinished(s, dir, byId));
  const steps = missing.reduce((a, s) => a + (s.config.steps ?? 0), 0);
  if (missing.length === 0) {
    if (!values.quiet) console.error(`reference: all ${specs.length} runs cached`);
    return 0;
  }
  console.error(`reference: computing ${missing.length} of ${specs.length} runs (${steps} steps) with ${Math.min(workers, missing.length)} worker(s)`);
  const bar = values.quiet ? null : new ProgressBar(steps);
  const { jobs, results } = makeJobs(missing, true);
  await Promise.all([results, runPool(jobs, workers, dir, bar)]);
  bar?.finish();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`reference: ${(err as Error).message}`);
    process.exit(1);
  },
);
