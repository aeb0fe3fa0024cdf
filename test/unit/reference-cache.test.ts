import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { MANIFEST, TIER1, hero } from '../../src/reference/manifest';
import { cachePath, readCached, runKey, runKeyOn, withExactAccuracies } from '../../src/reference/cache';
import { REFERENCE_BACKEND } from '../../src/reference/engine';
import type { CompactRun } from '../../src/reference/spec';

describe('reference manifest and cache', () => {
  it('gives every run a unique id and a unique content key', () => {
    expect(new Set(MANIFEST.map((s) => s.id)).size).toBe(MANIFEST.length);
    expect(new Set(MANIFEST.map(runKey)).size).toBe(MANIFEST.length);
  });

  it('keys change with the config and not with object key order', () => {
    const a = runKey({ ...hero, config: { p: 59, d: 128, seed: 0, steps: 5000 } });
    const b = runKey({ ...hero, config: { steps: 5000, seed: 0, d: 128, p: 59 } });
    const c = runKey({ ...hero, config: { p: 59, d: 128, seed: 1, steps: 5000 } });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('keys name the engine: the reference engine is tfjs-wasm until the cache is regenerated, and a fused run never shares its key', () => {
    expect(REFERENCE_BACKEND).toBe('wasm');
    expect(runKey(hero)).toBe(runKeyOn(hero, 'wasm'));
    expect(runKeyOn(hero, 'fused-wasm')).not.toBe(runKey(hero));
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

  it('snaps accuracies to counts over n examples', () => {
    const run = { config: { p: 59, trainFraction: 0.8 }, trainAcc: [1.00001, 0.5], testAcc: [1.0000102, 0.99857] } as unknown as CompactRun;
    const fixed = withExactAccuracies(run);
    expect(fixed.trainAcc).toEqual([1, 1392 / 2784]);
    expect(fixed.testAcc).toEqual([1, 696 / 697]);
  });
});
