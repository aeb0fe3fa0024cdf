/**
 * The content-addressed cache of reference runs: reference/cache/<key>.json, where the key hashes
 * the run's full config, its logging schedule and the engine version. Node only (build and scripts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeConfig } from '../lib/config';
import { engineVersion } from '../lib/version';
import { REFERENCE_BACKEND } from './engine';
import type { BackendName } from '../lib/engine/backend';
import type { CompactRun, RunSpec } from './spec';

export const CACHE_DIR = resolve(process.cwd(), 'reference/cache');

/** Canonical JSON (sorted keys) so the same spec always hashes the same. */
export function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (x && typeof x === 'object')
    return `{${Object.keys(x)
      .sort()
      .filter((k) => (x as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((x as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(x);
}

/** The cache key of a run computed by the reference engine (src/reference/engine.ts). */
export function runKey(spec: RunSpec): string {
  return runKeyOn(spec, REFERENCE_BACKEND);
}

/**
 * The key of a run computed on a given engine: the engine's name and version are hashed with
 * the run, so runs of different engines never share a cache entry.
 */
export function runKeyOn(spec: RunSpec, backend: BackendName): string {
  const material = {
    engine: engineVersion(backend),
    backend,
    config: makeConfig(spec.config),
    log: spec.log,
    snapshots: spec.snapshots ?? null,
    keepParams: Boolean(spec.keepParams),
    trackCollaboration: spec.trackCollaboration ?? null,
    labels: spec.labels ?? null,
    id: spec.id,
  };
  return createHash('sha256').update(canonical(material)).digest('hex').slice(0, 20);
}

export const cachePath = (key: string, dir = CACHE_DIR) => join(dir, `${key}.json`);

export function readCached(spec: RunSpec, dir = CACHE_DIR): CompactRun | null {
  const path = cachePath(runKey(spec), dir);
  if (!existsSync(path)) return null;
  return withExactAccuracies(JSON.parse(readFileSync(path, 'utf8')) as CompactRun);
}

/**
 * Engine 1.0.0 averages correctness with float32 weights 1/n, so an accuracy of 1 can read
 * 1.00001. Accuracies are counts over n examples: snap them to the nearest k/n when reading
 * (the bytes on disk stay as computed, so --verify still compares like with like).
 */
export function withExactAccuracies(run: CompactRun): CompactRun {
  const { p, trainFraction } = run.config;
  const nTrain = Math.floor(trainFraction * p * p);
  const nTest = p * p - nTrain;
  const snap = (n: number) => (a: number) => Math.round(a * n) / n;
  return { ...run, trainAcc: run.trainAcc.map(snap(nTrain)), testAcc: run.testAcc.map(snap(nTest)) };
}

/** Serialise deterministically (the same run always gives the same bytes). */
export function serialise(run: CompactRun): string {
  return JSON.stringify(run) + '\n';
}

export function writeCached(run: CompactRun, dir = CACHE_DIR): void {
  mkdirSync(dir, { recursive: true });
  const path = cachePath(run.key, dir);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, serialise(run));
  renameSync(tmp, path);
}
