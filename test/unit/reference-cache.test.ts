import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  MANIFEST,
  TIER1,
  hero,
  horizon,
  CONSTRUCT_SEEDS,
  constructionPair,
  perturbation,
  PERTURB_ALPHAS,
  DESIGN_STEPS,
  HORIZON_STEPS,
} from '../../src/reference/manifest';
import { CACHE_DIR, cachePath, readCached, runKey, runKeyOn, serialise, withExactAccuracies } from '../../src/reference/cache';
import { inspectCacheFile, scheduledSteps } from '../../src/reference/validate';
import { isScheduled } from '../../src/lib/engine/trainer-api';
import { REFERENCE_BACKEND } from '../../src/reference/engine';
import type { CompactRun } from '../../src/reference/spec';

describe('reference manifest and cache', () => {
  it('gives every run a unique id and a unique content key', () => {
    expect(new Set(MANIFEST.map((s) => s.id)).size).toBe(MANIFEST.length);
    expect(new Set(MANIFEST.map(runKey)).size).toBe(MANIFEST.length);
  });

  it('sizes the designs to carry a claim: twins for every nudge, 16 distinct planted pairs', () => {
    const count = (experiment: string) => MANIFEST.filter((spec) => spec.experiment === experiment).length;
    expect(count('perturbation')).toBeGreaterThanOrEqual(300);
    expect(count('empirical')).toBeGreaterThanOrEqual(100);
    expect(count('construction')).toBeGreaterThanOrEqual(80);
    expect(new Set(CONSTRUCT_SEEDS.map((seed) => constructionPair(seed).join('-'))).size).toBe(CONSTRUCT_SEEDS.length);
    expect(CONSTRUCT_SEEDS.length).toBeGreaterThanOrEqual(16);
    // Every nudged run has a twin: same embedding and seed, no scaling at all.
    const twins = new Set(
      perturbation.filter((spec) => spec.config.scaleFrequencies?.length === 0).map((spec) => `${spec.config.initSeed}|${spec.config.seed}`),
    );
    const nudged = perturbation.filter((spec) => spec.config.scaleFrequencies?.length);
    expect(nudged.length).toBe(twins.size * PERTURB_ALPHAS.length);
    for (const spec of nudged) expect(twins.has(`${spec.config.initSeed}|${spec.config.seed}`), spec.id).toBe(true);
    expect(new Set(perturbation.map((spec) => spec.config.initSeed)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(MANIFEST.filter((s) => s.experiment === 'weight-decay').map((s) => s.config.weightDecay))).toContain(0);
    expect(MANIFEST.filter((spec) => spec.trackCollaboration).length).toBeGreaterThanOrEqual(8);
  });

  it('keys change with the config and not with object key order', () => {
    const a = runKey({ ...hero, config: { p: 59, d: 128, seed: 0, steps: 5000 } });
    const b = runKey({ ...hero, config: { steps: 5000, seed: 0, d: 128, p: 59 } });
    const c = runKey({ ...hero, config: { p: 59, d: 128, seed: 1, steps: 5000 } });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('keys name the engine: the reference engine is the fused one with FMA, and no other engine shares its key', () => {
    expect(REFERENCE_BACKEND).toBe('fused-wasm-fma');
    expect(runKey(hero)).toBe(runKeyOn(hero, 'fused-wasm-fma'));
    expect(runKeyOn(hero, 'fused-wasm')).not.toBe(runKey(hero));
    expect(runKeyOn(hero, 'wasm')).not.toBe(runKey(hero));
    expect(runKeyOn(hero, 'webgl')).not.toBe(runKey(hero));
  });

  it('has every tier-1 run in the committed cache (the build needs them), within the size budget', () => {
    let total = 0;
    for (const spec of TIER1) {
      const path = cachePath(runKey(spec));
      expect(existsSync(path), `${spec.id} is not cached: run npm run reference`).toBe(true);
      const bytes = readFileSync(path).length;
      expect(bytes, `${spec.id} is over 2 MB`).toBeLessThan(2 * 1024 * 1024);
      total += bytes;
      const run = readCached(spec)!;
      expect(run.id).toBe(spec.id);
      expect(run.key).toBe(runKey(spec));
    }
    expect(total).toBeLessThan(15 * 1024 * 1024);
  });

  it('holds only valid runs of the current engine and manifest, all within the 15 MB budget', () => {
    const byId = new Map(MANIFEST.map((spec) => [spec.id, spec]));
    const files = readdirSync(CACHE_DIR).filter((f) => f.endsWith('.json'));
    let total = 0;
    for (const f of files) {
      const found = inspectCacheFile(join(CACHE_DIR, f), byId);
      expect(found.kind === 'valid' ? 'valid' : `${f}: ${found.reason}`).toBe('valid');
      total += statSync(join(CACHE_DIR, f)).size;
    }
    expect(files.length).toBeGreaterThanOrEqual(TIER1.length);
    expect(total).toBeLessThan(15 * 1024 * 1024);
  });

  it('logs the horizon runs at the design cadence to the design steps, then every 1,000 (the checkpoints)', () => {
    const log = horizon[0]!.log;
    const at = (steps: number[]) => steps.filter((t) => isScheduled(t, log));
    expect(at([0, 5, 10, 11, 50, 100, 2900, 3000])).toEqual([0, 5, 10, 100, 2900, 3000]);
    expect(at([3100, 3500, 3999, 4000, 6000, 22100, 30000])).toEqual([4000, 6000, 30000]);
    const steps = scheduledSteps(horizon[0]!);
    expect(steps.filter((t) => t <= DESIGN_STEPS)).toEqual(scheduledSteps(perturbation[0]!));
    expect(steps.at(-1)).toBe(HORIZON_STEPS);
    expect(steps.length).toBe(11 + 30 + (HORIZON_STEPS - DESIGN_STEPS) / 1000);
  });

  it('refuses a cached run whose rows are not its schedule: one row short, or a row the schedule skips', () => {
    const spec = horizon.find((s) => existsSync(cachePath(runKey(s))))!;
    const path = cachePath(runKey(spec));
    const byId = new Map([[spec.id, spec]]);
    expect(inspectCacheFile(path, byId).kind).toBe('valid');
    const run = JSON.parse(readFileSync(path, 'utf8')) as CompactRun;
    const dir = mkdtempSync(join(tmpdir(), 'schedule-'));
    const without = (i: number): CompactRun => {
      const drop = <T>(xs: T[]) => xs.filter((_, j) => j !== i);
      return {
        ...run,
        steps: drop(run.steps),
        trainLoss: drop(run.trainLoss),
        testLoss: drop(run.testLoss),
        trainAcc: drop(run.trainAcc),
        testAcc: drop(run.testAcc),
        signals: drop(run.signals),
      };
    };
    const short = join(dir, 'short', `${run.key}.json`);
    const relabelled = join(dir, 'relabelled', `${run.key}.json`);
    for (const [file, bad] of [
      [short, without(run.steps.indexOf(6000))],
      // The row at 4,000 relabelled 3,500: a row count that matches, at a step the schedule skips.
      [relabelled, { ...run, steps: run.steps.map((t) => (t === 4000 ? 3500 : t)) }],
    ] as const) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, serialise(bad));
      const found = inspectCacheFile(file, byId);
      expect(found.kind === 'invalid' && found.reason).toMatch(/logged steps are not horizon\/.*'s schedule/);
    }
  });

  it('snaps accuracies to counts over n examples', () => {
    const run = { config: { p: 59, trainFraction: 0.8 }, trainAcc: [1.00001, 0.5], testAcc: [1.0000102, 0.99857] } as unknown as CompactRun;
    const fixed = withExactAccuracies(run);
    expect(fixed.trainAcc).toEqual([1, 1392 / 2784]);
    expect(fixed.testAcc).toEqual([1, 696 / 697]);
  });
});
