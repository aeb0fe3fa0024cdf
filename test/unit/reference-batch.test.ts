// The reference pipeline as one task of a batch engine, simulated on the tiny smoke manifest
// (src/reference/manifest-smoke.ts) through exactly the command the engines run: one process
// computes the slice; 4 shard processes per engine, with the variables each engine sets, compute it
// again into their own folders; --merge; the merged files must be byte-identical. Then a shard
// killed half-way (SIGKILL) is started again and must not recompute what it finished, and merging
// refuses conflicts, reports truncated and invalid files, and never overwrites.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMOKE_MANIFEST } from '../../src/reference/manifest-smoke';
import { cachePath, runKey } from '../../src/reference/cache';
import { MEASURED_STEPS_PER_SECOND } from '../../src/reference/plan';

const SCRIPT = join(process.cwd(), 'scripts/reference.ts');
const ENGINE_VARS = /^(JOB_COMPLETION|SLURM_|REFERENCE_SHARD_|GITHUB_)/;
/** The test's environment minus any batch engine's variables (the test may itself run inside one). */
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !ENGINE_VARS.test(k)));

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
}

/** `npm run reference -- args`, as `tsx scripts/reference.ts` (what the npm script runs). */
function reference(args: string[], env: Record<string, string> = {}, onSpawn?: (pid: number) => void): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, '--manifest', 'smoke', '--quiet', ...args], {
      env: { ...cleanEnv, ...env },
      // Its own process group, so a kill reaches its worker processes too (as a batch engine's would).
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (out += b));
    child.on('error', reject);
    child.on('spawn', () => onSpawn?.(child.pid!));
    child.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

const files = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
const contents = (dir: string) => Object.fromEntries(files(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

/** How each engine numbers its 4 tasks, as it sets them in the task's environment. */
const ENGINES: Record<string, (i: number) => Record<string, string>> = {
  kubernetes: (i) => ({ JOB_COMPLETION_INDEX: String(i), JOB_COMPLETIONS: '4' }),
  // sbatch --array=1-4
  slurm: (i) => ({
    SLURM_ARRAY_JOB_ID: '77',
    SLURM_ARRAY_TASK_ID: String(i + 1),
    SLURM_ARRAY_TASK_MIN: '1',
    SLURM_ARRAY_TASK_MAX: '4',
    SLURM_ARRAY_TASK_COUNT: '4',
    SLURM_ARRAY_TASK_STEP: '1',
  }),
  // deploy/github-actions.yml: matrix shard, index/count from strategy.job-index / job-total
  github: (i) => ({ GITHUB_ACTIONS: 'true', REFERENCE_SHARD_INDEX: String(i), REFERENCE_SHARD_COUNT: '4' }),
};

describe('reference pipeline on a batch engine (smoke manifest)', () => {
  let root: string;
  let single: string;
  let singleFiles: Record<string, string>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'fittest-batch-'));
    single = join(root, 'single');
    const r = await reference(['--cache-dir', single, '--workers', '2']);
    expect(r.code, r.out).toBe(0);
    singleFiles = contents(single);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('one process computes every run of the slice', () => {
    expect(Object.keys(singleFiles).sort()).toEqual(SMOKE_MANIFEST.map((s) => `${runKey(s)}.json`).sort());
  });

  for (const [engine, vars] of Object.entries(ENGINES)) {
    it(`4 ${engine} tasks with --shard env, merged, give byte-identical files`, async () => {
      const dirs = [0, 1, 2, 3].map((i) => join(root, engine, `task-${i}`));
      const runs = await Promise.all(dirs.map((dir, i) => reference(['--shard', 'env', '--cache-dir', dir, '--workers', '1'], vars(i))));
      runs.forEach((r, i) => {
        expect(r.code, r.out).toBe(0);
        expect(r.out).toContain(`shard ${i + 1}/4`);
      });
      // Each run was computed by exactly one task, and every task had work.
      const perTask = dirs.map(files);
      for (const f of perTask) expect(f.length).toBeGreaterThan(0);
      expect(perTask.flat().sort()).toEqual(Object.keys(singleFiles).sort());
      const merged = join(root, engine, 'merged');
      const m = await reference(['--merge', ...dirs, '--cache-dir', merged]);
      expect(m.code, m.out).toBe(0);
      expect(m.out).toContain(`${SMOKE_MANIFEST.length} added, 0 already present, 0 skipped`);
      expect(contents(merged)).toEqual(singleFiles);
      // Merging the same folders again changes nothing.
      const again = await reference(['--merge', ...dirs, '--cache-dir', merged]);
      expect(again.out).toContain(`0 added, ${SMOKE_MANIFEST.length} already present`);
    });
  }

  it('--plan N prints each shard’s runs, steps and estimated time; --shard env without an engine is refused', async () => {
    const plan = await reference(['--plan', '4', '--workers', '1', '--cache-dir', join(root, 'plan-empty')]);
    expect(plan.code, plan.out).toBe(0);
    const lines = plan.out.split('\n').filter((l) => l.startsWith('shard '));
    expect(lines).toHaveLength(4);
    const total = lines.reduce((a, l) => a + Number(/: (\d+) runs/.exec(l)![1]), 0);
    expect(total).toBe(SMOKE_MANIFEST.length);
    expect(plan.out).toContain(`${MEASURED_STEPS_PER_SECOND.toFixed(1)} steps/s per worker`);
    const refused = await reference(['--shard', 'env', '--cache-dir', join(root, 'none')]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('none of JOB_COMPLETION_INDEX');
  });

  it('a task killed after its first run is written, started again, finishes without recomputing finished runs', async () => {
    // Kill the whole task (its process group, workers included) as soon as one result is on disk.
    // The smoke slice's runs take milliseconds: the task can finish all of them in the moment it
    // takes to notice the first file (measured: 60 ms from first to last file), and then there is
    // no half-done task to resume. Such an attempt proves nothing and is made again in a fresh
    // folder; the assertions below only ever see a task that was really killed mid-slice.
    let dir = '';
    let seenAtKill: string[] = [];
    let killed: Result | null = null;
    const attempts: string[] = [];
    for (let attempt = 1; attempt <= 10 && !killed; attempt++) {
      dir = join(root, `killed-${attempt}`);
      let pid = 0;
      const task = reference(['--cache-dir', dir, '--workers', '1'], {}, (p) => (pid = p));
      await new Promise<void>((done) => {
        const poll = setInterval(() => {
          if (files(dir).length > 0) {
            clearInterval(poll);
            seenAtKill = files(dir);
            process.kill(-pid, 'SIGKILL');
            done();
          }
        }, 2);
      });
      const r = await task;
      if (r.signal === 'SIGKILL' && files(dir).length < SMOKE_MANIFEST.length) killed = r;
      else attempts.push(`attempt ${attempt}: exit ${r.code ?? r.signal}, ${files(dir).length} files${r.code ? `: ${r.out}` : ''}`);
    }
    expect(killed, `no attempt was killed mid-slice:\n${attempts.join('\n')}`).not.toBeNull();
    // An attempt lost to the race must have finished cleanly: anything else is a real failure.
    for (const a of attempts) expect(a).toMatch(new RegExp(`^attempt \\d+: exit 0, ${SMOKE_MANIFEST.length} files$`));
    const finished = files(dir);
    expect(finished.length).toBeGreaterThanOrEqual(seenAtKill.length);
    // A file of a finished run is cut short (as a copy interrupted by the kill would leave it).
    const [cut, ...kept] = finished;
    truncateSync(join(dir, cut!), 100);
    const mtimes = kept.map((f) => statSync(join(dir, f)).mtimeMs);

    const second = await reference(['--cache-dir', dir, '--workers', '1']);
    expect(second.code, second.out).toBe(0);
    expect(second.out).toContain(`${cut} is truncated`);
    expect(second.out).toContain(`computing ${SMOKE_MANIFEST.length - kept.length} of ${SMOKE_MANIFEST.length} runs`);
    expect(kept.map((f) => statSync(join(dir, f)).mtimeMs)).toEqual(mtimes);
    expect(contents(dir)).toEqual(singleFiles);
  });

  it('a worker whose parent is killed alone stops at its next chunk', async () => {
    // Recomputing the committed hero run (5,000 steps, tens of seconds), so that a worker that
    // ignored its parent's death would still be computing long after the bound below.
    const parent = spawn(process.execPath, ['--import', 'tsx', SCRIPT, '--only', 'hero', '--verify', '1', '--workers', '1', '--quiet'], {
      env: cleanEnv,
      detached: true,
      stdio: 'ignore',
    });
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    const childrenOf = (pid: number) => {
      try {
        return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
          .split('\n')
          .map(Number)
          .filter((n) => n > 0);
      } catch {
        return []; // ps exits 1 when no process matches
      }
    };
    try {
      let worker = 0;
      await expect.poll(() => (worker = childrenOf(parent.pid!)[0] ?? 0), { timeout: 30_000, interval: 100 }).toBeGreaterThan(0);
      // Let it start the run, then kill the parent only (not its process group).
      await new Promise((r) => setTimeout(r, 3000));
      expect(alive(worker), 'the worker died before its parent: the test proves nothing').toBe(true);
      process.kill(parent.pid!, 'SIGKILL');
      await expect.poll(() => alive(worker), { timeout: 20_000, interval: 100 }).toBe(false);
    } finally {
      try {
        process.kill(-parent.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }, 60_000);

  it('answers a malformed command line with the flag at fault and the usage, not a stack trace', async () => {
    const bad = await reference(['--shards', '2']);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain("Unknown option '--shards'");
    expect(bad.out).toContain('usage: npm run reference');
    expect(bad.out).toContain('--shard i/n');
    expect(bad.out).not.toMatch(/^\s+at /m);
    const help = await reference(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^usage: npm run reference/);
  }, 30_000);

  describe('--merge', () => {
    const [a, b] = SMOKE_MANIFEST;
    const keyA = `${runKey(a!)}.json`;
    const keyB = `${runKey(b!)}.json`;
    /** A shard folder holding copies of the given files from the single-process result. */
    const shardWith = (name: string, ...names: string[]) => {
      const dir = join(root, 'merge', name);
      mkdirSync(dir, { recursive: true });
      for (const f of names) copyInto(dir, f);
      return dir;
    };
    const copyInto = (dir: string, f: string) => {
      mkdirSync(dir, { recursive: true });
      copyFileSync(join(single, f), join(dir, f));
    };
    /** The same run with one number changed: a valid file under the same key, with a different result. */
    const altered = (f: string) => {
      const run = JSON.parse(singleFiles[f]!);
      run.trainLoss[1] = run.trainLoss[1] + 1;
      return JSON.stringify(run) + '\n';
    };

    it('refuses a different result under an existing key, names both files, and writes nothing', async () => {
      const target = shardWith('target-1', keyA);
      const src = shardWith('src-1', keyB);
      writeFileSync(join(src, keyA), altered(keyA));
      const r = await reference(['--merge', src, '--cache-dir', target]);
      expect(r.code).toBe(1);
      expect(r.out).toContain(`CONFLICT ${join(src, keyA)} and ${cachePath(runKey(a!), target)} hold different results under key ${runKey(a!)}`);
      expect(r.out).toContain('nothing was written');
      expect(files(target)).toEqual([keyA]);
      expect(readFileSync(join(target, keyA), 'utf8')).toBe(singleFiles[keyA]);
    });

    it('refuses two shard folders that disagree, naming both', async () => {
      const s1 = shardWith('src-2a', keyA);
      const s2 = join(root, 'merge', 'src-2b');
      copyInto(s2, keyB);
      writeFileSync(join(s2, keyA), altered(keyA));
      const target = join(root, 'merge', 'target-2');
      const r = await reference(['--merge', s1, s2, '--cache-dir', target]);
      expect(r.code).toBe(1);
      expect(r.out).toContain(`CONFLICT ${join(s1, keyA)} and ${join(s2, keyA)}`);
      expect(files(target)).toEqual([]);
    });

    it('reports and skips a truncated file, a wrong engine version, a wrong config, a wrong name and a wrong key, and merges the rest', async () => {
      const src = shardWith('src-3', keyA, keyB);
      const third = `${runKey(SMOKE_MANIFEST[2]!)}.json`;
      const fourth = `${runKey(SMOKE_MANIFEST[3]!)}.json`;
      truncateSync(join(src, keyB), 200);
      const old = JSON.parse(singleFiles[third]!);
      old.engine.version = '0.9.0';
      writeFileSync(join(src, third), JSON.stringify(old) + '\n');
      const wrongKey = JSON.parse(singleFiles[fourth]!);
      wrongKey.config.weightDecay = 0.4; // a result of another config filed under this run's key
      writeFileSync(join(src, fourth), JSON.stringify(wrongKey) + '\n');
      // A result filed under another run's name, and one whose key is not the hash of its config.
      const fifth = `${runKey(SMOKE_MANIFEST[4]!)}.json`;
      const sixth = `${runKey(SMOKE_MANIFEST[5]!)}.json`;
      writeFileSync(join(src, fifth), singleFiles[keyA]!);
      const forged = JSON.parse(singleFiles[sixth]!);
      forged.key = '0123456789abcdef0123';
      writeFileSync(join(src, sixth), JSON.stringify(forged) + '\n');
      appendFileSync(join(src, `${keyA}.123.tmp`), 'left by a killed task');
      const target = join(root, 'merge', 'target-3');
      const r = await reference(['--merge', src, '--cache-dir', target]);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(new RegExp(`skipped .*${keyB}: truncated`));
      expect(r.out).toMatch(new RegExp(`skipped .*${third}: invalid: engine version 0\\.9\\.0`));
      expect(r.out).toMatch(new RegExp(`skipped .*${fourth}: invalid: config differs`));
      expect(r.out).toMatch(new RegExp(`skipped .*${fifth}: invalid: file name is not its key`));
      expect(r.out).toMatch(new RegExp(`skipped .*${sixth}: invalid: key 0123456789abcdef0123 is not the hash`));
      expect(r.out).toContain('1 added, 0 already present, 5 skipped');
      expect(contents(target)).toEqual({ [keyA]: singleFiles[keyA] });
    });
  });
});
