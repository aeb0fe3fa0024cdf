/**
 * `npm run reference [-- --workers N] [-- --shard i/n] [-- --verify k] [-- --list]`
 * Computes every reference run of the manifest that is missing from reference/cache, with a pool
 * of worker processes (one per core by default), a progress bar and ETA.
 *  --shard i/n   compute only the i-th of n slices (1-based): several machines share a sweep and
 *                their caches merge by copying files.
 *  --verify k    recompute k randomly chosen cached runs and fail unless they are byte-identical.
 *  --all         include tier 2 (the full-size sweeps); by default only tier 1, which the build needs.
 *  --only a,b    only runs whose id starts with one of these prefixes (e.g. dimension/d128).
 *  --list        print the manifest with cache status and exit.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { MANIFEST } from '../src/reference/manifest';
import { cachePath, runKey } from '../src/reference/cache';
import type { RunSpec } from '../src/reference/spec';
import { ProgressBar } from '../src/cli/progress';

const { values } = parseArgs({
  options: {
    workers: { type: 'string' },
    shard: { type: 'string' },
    verify: { type: 'string' },
    list: { type: 'boolean' },
    all: { type: 'boolean' },
    only: { type: 'string' },
    quiet: { type: 'boolean' },
  },
});

function shardOf(specs: RunSpec[], shard: string | undefined): RunSpec[] {
  if (!shard) return specs;
  const m = /^(\d+)\/(\d+)$/.exec(shard);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new Error(`--shard must look like i/n with 1 ≤ i ≤ n, got "${shard}"`);
  const [i, n] = [Number(m[1]), Number(m[2])];
  return specs.filter((_, idx) => idx % n === i - 1);
}

interface Job {
  spec: RunSpec;
  write: boolean;
  resolve: (bytes?: string) => void;
  reject: (err: Error) => void;
}

async function runPool(jobs: Job[], workers: number, bar: ProgressBar | null): Promise<void> {
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
        child.send({ spec: current.spec, write: current.write });
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

async function main(): Promise<number> {
  const workers = Number(values.workers ?? cpus().length);
  const prefixes = values.only?.split(',').filter(Boolean) ?? null;
  const chosen = (values.all ? MANIFEST : MANIFEST.filter((s) => s.tier === 1)).filter((s) => !prefixes || prefixes.some((p) => s.id.startsWith(p)));
  const specs = shardOf(chosen, values.shard);
  if (values.list) {
    for (const s of specs) console.log(`${existsSync(cachePath(runKey(s))) ? 'cached ' : 'missing'}  tier ${s.tier}  ${runKey(s)}  ${s.id}  (${s.config.steps} steps)`);
    return 0;
  }
  if (values.verify) {
    const k = Number(values.verify);
    const cached = specs.filter((s) => existsSync(cachePath(runKey(s))));
    if (cached.length === 0) throw new Error('--verify: nothing is cached yet');
    // Deterministic choice per day would hide nothing; use a real random pick each time.
    const picked = [...cached].sort(() => Math.random() - 0.5).slice(0, k);
    console.error(`verifying ${picked.length} cached run(s): ${picked.map((s) => s.id).join(', ')}`);
    const { jobs, results } = makeJobs(picked, false);
    const pool = runPool(jobs, workers, null);
    const [bytes] = await Promise.all([results, pool]);
    let bad = 0;
    picked.forEach((s, i) => {
      const onDisk = readFileSync(cachePath(runKey(s)), 'utf8');
      if (onDisk !== bytes[i]) {
        bad++;
        console.error(`MISMATCH ${s.id}: recomputed bytes differ from reference/cache/${runKey(s)}.json`);
      } else console.error(`identical ${s.id}`);
    });
    return bad ? 1 : 0;
  }
  const missing = specs.filter((s) => !existsSync(cachePath(runKey(s))));
  const steps = missing.reduce((a, s) => a + (s.config.steps ?? 0), 0);
  if (missing.length === 0) {
    if (!values.quiet) console.error(`reference: all ${specs.length} runs cached`);
    return 0;
  }
  console.error(`reference: computing ${missing.length} of ${specs.length} runs (${steps} steps) with ${Math.min(workers, missing.length)} worker(s)`);
  const bar = values.quiet ? null : new ProgressBar(steps);
  const { jobs, results } = makeJobs(missing, true);
  await Promise.all([results, runPool(jobs, workers, bar)]);
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
