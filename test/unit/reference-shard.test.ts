// Shard assignment and the batch engines' variables (pure): every run lands in exactly one shard,
// shards are balanced by steps, the split does not depend on the caller, and each engine's own
// variables name the same shard as `--shard i/n`.
import { describe, expect, it } from 'vitest';
import { assignShards, parseShardArg, shardFromEnv } from '../../src/reference/shard';
import { MANIFEST } from '../../src/reference/manifest';
import { SMOKE_MANIFEST } from '../../src/reference/manifest-smoke';
import { RELATIVE_STEP_COST, pickForVerification, planShards, runCost } from '../../src/reference/plan';
import type { RunSpec } from '../../src/reference/spec';

const steps = (xs: RunSpec[]) => xs.reduce((a, s) => a + (s.config.steps ?? 2000), 0);

describe('assignShards', () => {
  it('puts every run of the full manifest in exactly one shard, balanced within one run’s steps', () => {
    for (const n of [1, 2, 3, 4, 7, 16]) {
      const shards = assignShards(MANIFEST, n);
      expect(shards).toHaveLength(n);
      const ids = shards.flat().map((s) => s.id);
      expect(ids.sort()).toEqual(MANIFEST.map((s) => s.id).sort());
      const loads = shards.map(steps);
      const longest = Math.max(...MANIFEST.map((s) => s.config.steps!));
      expect(Math.max(...loads) - Math.min(...loads), `n = ${n}`).toBeLessThanOrEqual(longest);
    }
  });

  it('balances by steps, not by run count (the old idx % n split did not)', () => {
    const specs = [5000, 100, 100, 100, 100, 100, 100, 100].map((s, i) => ({ ...SMOKE_MANIFEST[0]!, id: `x${i}`, config: { steps: s } }));
    const shards = assignShards(specs, 2);
    expect(shards.map((s) => s.map((r) => r.id))).toEqual([['x0'], ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7']]);
  });

  it('is deterministic and keeps manifest (priority) order inside a shard', () => {
    const a = assignShards(MANIFEST, 5).map((s) => s.map((r) => r.id));
    const b = assignShards([...MANIFEST], 5).map((s) => s.map((r) => r.id));
    expect(a).toEqual(b);
    const order = new Map(MANIFEST.map((s, i) => [s.id, i]));
    for (const shard of a) expect(shard.map((id) => order.get(id)!)).toEqual([...shard.map((id) => order.get(id)!)].sort((x, y) => x - y));
  });

  it('rejects a shard count that is not a positive integer', () => {
    expect(() => assignShards(MANIFEST, 0)).toThrow(/positive integer/);
    expect(() => assignShards(MANIFEST, 1.5)).toThrow(/positive integer/);
  });
});

describe('planShards', () => {
  it('reports each shard’s runs and steps, and a time from steps/s that no shard can beat its longest run', () => {
    const plans = planShards(SMOKE_MANIFEST, 3, 10, 2);
    expect(plans.reduce((a, q) => a + q.runs, 0)).toBe(SMOKE_MANIFEST.length);
    expect(plans.reduce((a, q) => a + q.steps, 0)).toBe(steps(SMOKE_MANIFEST));
    const two = (a: number, b: number) => [a, b].map((st, i) => ({ ...SMOKE_MANIFEST[0]!, id: `y${i}`, config: { steps: st } }));
    // Two workers share 400 steps evenly: 200 s of work each at 1 step/s…
    expect(planShards(two(200, 200), 1, 1, 2)[0]!.seconds).toBe(200);
    // …but a 300-step run cannot be split, so 310 steps still take 300 s.
    expect(planShards(two(300, 10), 1, 1, 2)[0]!.seconds).toBe(300);
    expect(planShards(two(300, 10), 1, 10, 1)[0]!.seconds).toBe(31);
    // What is already computed is listed but costs nothing.
    const part = planShards(two(300, 10), 1, 10, 1, (s) => s.id === 'y0')[0]!;
    expect(part).toMatchObject({ runs: 2, steps: 310, seconds: 31, todoRuns: 1, todoSteps: 10, todoSeconds: 1 });
  });
});

describe('run cost and the runs --verify draws', () => {
  const make = (experiment: RunSpec['experiment'], st: number, i: number): RunSpec => ({
    ...SMOKE_MANIFEST[0]!,
    id: `${experiment}/${i}`,
    experiment,
    config: { steps: st },
  });
  const pool = [
    ...Array.from({ length: 6 }, (_, i) => make('empirical', 3000, i)),
    ...Array.from({ length: 3 }, (_, i) => make('construction', 3000, i)),
    make('ablation', 3000, 0),
    make('hero', 5000, 0),
  ];

  it('counts construction and ablation steps at their measured relative cost', () => {
    expect(runCost(make('empirical', 3000, 0))).toBe(3000);
    expect(runCost(make('construction', 3000, 0))).toBe(3000 * RELATIVE_STEP_COST.construction!);
    expect(runCost(make('ablation', 3000, 0))).toBe(3000 * RELATIVE_STEP_COST.ablation!);
    // …and the plan's time follows: one construction run takes as long as RELATIVE_STEP_COST design runs.
    expect(planShards([make('construction', 3000, 0)], 1, 100, 1)[0]!.seconds).toBe((3000 * RELATIVE_STEP_COST.construction!) / 100);
  });

  it('draws k runs within the budget, every run that fits has a chance, none that cannot fit ever does', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const seen = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const picked = pickForVerification(pool, 2, 8000, random);
      expect(picked.length).toBeGreaterThanOrEqual(1);
      expect(picked.length).toBeLessThanOrEqual(2);
      expect(new Set(picked.map((s) => s.id)).size).toBe(picked.length);
      expect(picked.reduce((a, s) => a + runCost(s), 0)).toBeLessThanOrEqual(8000);
      for (const s of picked) seen.set(s.id, (seen.get(s.id) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual([...pool.filter((s) => runCost(s) <= 8000).map((s) => s.id)].sort());
    // The six design runs are drawn about equally often (uniform, not the biased sort-by-random).
    const counts = pool.filter((s) => s.experiment === 'empirical').map((s) => seen.get(s.id)!);
    expect(Math.min(...counts) / Math.max(...counts)).toBeGreaterThan(0.8);
  });

  it('without a budget any run can be drawn, and never more than k or than there are', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 300; i++) for (const s of pickForVerification(pool, 2)) ids.add(s.id);
    expect(ids.size).toBe(pool.length);
    expect(pickForVerification(pool, 50)).toHaveLength(pool.length);
    expect(pickForVerification(pool, 2, 1000)).toEqual([]);
  });
});

describe('--shard i/n and --shard env', () => {
  it('parses i/n as 1-based', () => {
    expect(parseShardArg('2/4')).toMatchObject({ index: 1, count: 4 });
    for (const bad of ['0/4', '5/4', '2', 'a/b', '2/4/1']) expect(() => parseShardArg(bad), bad).toThrow(/i\/n/);
  });

  it('reads a Kubernetes Indexed Job (0-based index, completions passed as JOB_COMPLETIONS)', () => {
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '3', JOB_COMPLETIONS: '4' })).toMatchObject({ index: 3, count: 4 });
    expect(() => shardFromEnv({ JOB_COMPLETION_INDEX: '0' })).toThrow(/JOB_COMPLETIONS is not set/);
    expect(() => shardFromEnv({ JOB_COMPLETION_INDEX: '4', JOB_COMPLETIONS: '4' })).toThrow(/outside 0\.\.3/);
  });

  it('reads a Slurm array from its minimum and step, not assuming it starts at 0', () => {
    const slurm = (id: number, min: number, count: number, step?: number) => ({
      SLURM_ARRAY_TASK_ID: String(id),
      SLURM_ARRAY_TASK_MIN: String(min),
      SLURM_ARRAY_TASK_MAX: String(min + (count - 1) * (step ?? 1)),
      SLURM_ARRAY_TASK_COUNT: String(count),
      ...(step ? { SLURM_ARRAY_TASK_STEP: String(step) } : {}),
    });
    expect(shardFromEnv(slurm(1, 1, 4))).toMatchObject({ index: 0, count: 4 });
    expect(shardFromEnv(slurm(4, 1, 4))).toMatchObject({ index: 3, count: 4 });
    expect(shardFromEnv(slurm(0, 0, 4))).toMatchObject({ index: 0, count: 4 });
    expect(shardFromEnv(slurm(14, 8, 4, 2))).toMatchObject({ index: 3, count: 4 });
    expect(() => shardFromEnv(slurm(9, 8, 4, 2))).toThrow(/not on the array's grid/);
    expect(() => shardFromEnv({ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '4' })).toThrow(/SLURM_ARRAY_TASK_MIN is not set/);
  });

  it('reads the variables the GitHub Actions workflow passes', () => {
    expect(shardFromEnv({ REFERENCE_SHARD_INDEX: '0', REFERENCE_SHARD_COUNT: '2' })).toMatchObject({ index: 0, count: 2 });
    expect(() => shardFromEnv({ REFERENCE_SHARD_INDEX: '-1', REFERENCE_SHARD_COUNT: '2' })).toThrow(/non-negative integer/);
  });

  it('refuses no engine and two engines at once', () => {
    expect(() => shardFromEnv({})).toThrow(/none of JOB_COMPLETION_INDEX/);
    expect(() => shardFromEnv({ JOB_COMPLETION_INDEX: '0', JOB_COMPLETIONS: '2', SLURM_ARRAY_TASK_ID: '0' })).toThrow(/more than one engine/);
  });
});
