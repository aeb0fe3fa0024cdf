/**
 * Build-time loader: the cached reference runs of an experiment (Node only). Each run is read
 * once per build and kept in memory; runs not cached yet are simply absent, and callers report how
 * many of the planned runs they got.
 */
import { MANIFEST } from '../../reference/manifest';
import { readCached } from '../../reference/cache';
import type { CompactRun, ExperimentId, RunSpec } from '../../reference/spec';

const memo = new Map<string, CompactRun | null>();

export function loadRun(spec: RunSpec): CompactRun | null {
  if (!memo.has(spec.id)) memo.set(spec.id, readCached(spec));
  return memo.get(spec.id)!;
}

export interface Loaded {
  runs: CompactRun[];
  /** How many runs the manifest plans for this selection. */
  planned: number;
}

export function loadExperiment(experiment: ExperimentId, filter: (s: RunSpec) => boolean = () => true): Loaded {
  const specs = MANIFEST.filter((s) => s.experiment === experiment && filter(s));
  const runs = specs.map(loadRun).filter((r): r is CompactRun => r !== null);
  return { runs, planned: specs.length };
}

export function loadById(id: string): CompactRun | null {
  const spec = MANIFEST.find((s) => s.id === id);
  return spec ? loadRun(spec) : null;
}

/** Memoise an async build-time computation by key (one evaluation per build, shared by both languages). */
const results = new Map<string, Promise<unknown>>();
export function once<T>(key: string, compute: () => Promise<T> | T): Promise<T> {
  if (!results.has(key)) results.set(key, Promise.resolve().then(compute));
  return results.get(key) as Promise<T>;
}
