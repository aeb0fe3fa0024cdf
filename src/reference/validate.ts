/**
 * Is a file in a cache folder a finished, valid reference run of the current engine? Used when a
 * shard resumes (a finished run is not recomputed) and when shard folders are merged. Node only.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { makeConfig } from '../lib/config';
import { engineVersion } from '../lib/version';
import { REFERENCE_BACKEND } from './engine';
import { canonical, runKey, serialise } from './cache';
import { EXPERIMENT_IDS, type CompactRun, type ExperimentId, type RunSpec } from './spec';
import { halfSpectrumLength } from '../lib/fourier';
import { isScheduled } from '../lib/engine/trainer-api';

export type Inspection =
  | { kind: 'valid'; path: string; run: CompactRun; bytes: string; spec: RunSpec }
  /** Cut off (a task killed while copying, a full disk): not JSON, or not ended by the final newline. */
  | { kind: 'truncated'; path: string; reason: string }
  | { kind: 'invalid'; path: string; reason: string };

const EXPERIMENTS: readonly ExperimentId[] = EXPERIMENT_IDS;
const isNumArray = (x: unknown): x is number[] => Array.isArray(x) && x.every((v) => typeof v === 'number');

/** The schema of a compact run; returns what is wrong, or null. */
export function schemaError(x: unknown): string | null {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return 'not a JSON object';
  const r = x as Record<string, unknown>;
  for (const f of ['id', 'key'] as const) if (typeof r[f] !== 'string' || !r[f]) return `${f} is not a non-empty string`;
  if (!EXPERIMENTS.includes(r.experiment as ExperimentId)) return `experiment "${String(r.experiment)}" is not one of ${EXPERIMENTS.join(', ')}`;
  if (!r.config || typeof r.config !== 'object') return 'config is missing';
  const e = r.engine as Record<string, unknown> | undefined;
  if (!e || typeof e.version !== 'string' || typeof e.backend !== 'string' || typeof e.precision !== 'string') return 'engine {version, backend, precision} is missing';
  if (!isNumArray(r.steps) || r.steps.length === 0) return 'steps is not a non-empty number array';
  const n = r.steps.length;
  for (const f of ['trainLoss', 'testLoss', 'trainAcc', 'testAcc'] as const) {
    if (!Array.isArray(r[f]) || (r[f] as unknown[]).length !== n) return `${f} does not have one entry per logged step (${n})`;
  }
  if (!Array.isArray(r.signals) || r.signals.length !== n || !r.signals.every(isNumArray)) return `signals does not have one spectrum per logged step (${n})`;
  const p = (r.config as { p?: unknown }).p;
  if (typeof p !== 'number' || !r.signals.every((row) => (row as number[]).length === halfSpectrumLength(p))) return 'signals rows are not the half spectrum S_0..S_h';
  if (!isNumArray(r.circles)) return 'circles is not a number array';
  if (r.collaboration !== undefined) return collaborationError(r.collaboration, p);
  return null;
}

/** A tracked collaboration block: one row of h losses per tracked step for each kept-set size. */
function collaborationError(x: unknown, p: number): string | null {
  if (!x || typeof x !== 'object') return 'collaboration is not an object';
  const c = x as Record<string, unknown>;
  if (!isNumArray(c.steps) || c.steps.length === 0) return 'collaboration.steps is not a non-empty number array';
  const n = c.steps.length;
  const h = halfSpectrumLength(p) - 1;
  for (const f of ['one', 'two', 'three'] as const) {
    const rows = c[f];
    if (!Array.isArray(rows) || rows.length !== n || !rows.every((row) => isNumArray(row) && row.length === h))
      return `collaboration.${f} does not have ${h} losses per tracked step (${n})`;
  }
  for (const f of ['survivors', 'full'] as const) if (!isNumArray(c[f]) || c[f].length !== n) return `collaboration.${f} does not have one loss per tracked step`;
  if (typeof c.top !== 'number' || typeof c.second !== 'number') return 'collaboration.top/second are not numbers';
  return null;
}

/**
 * Inspect one cache file against the manifest it must belong to: schema, its id in the manifest,
 * its config equal to the manifest's, its key = the hash of that spec with the current engine
 * version (and equal to its file name), the current engine version, and the pipeline's byte form.
 */
export function inspectCacheFile(path: string, specsById: ReadonlyMap<string, RunSpec>): Inspection {
  let bytes: string;
  try {
    bytes = readFileSync(path, 'utf8');
  } catch (err) {
    return { kind: 'invalid', path, reason: `unreadable: ${(err as Error).message}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes);
  } catch {
    return { kind: 'truncated', path, reason: `not complete JSON (${bytes.length} bytes)` };
  }
  if (!bytes.endsWith('\n')) return { kind: 'truncated', path, reason: 'the final newline is missing' };
  const schema = schemaError(parsed);
  if (schema) return { kind: 'invalid', path, reason: `schema: ${schema}` };
  const run = parsed as CompactRun;
  const current = engineVersion(REFERENCE_BACKEND);
  if (run.engine.version !== current) return { kind: 'invalid', path, reason: `engine version ${run.engine.version}, the current reference engine is ${current}` };
  const spec = specsById.get(run.id);
  if (!spec) return { kind: 'invalid', path, reason: `id "${run.id}" is not in the manifest` };
  if (canonical(run.config) !== canonical(makeConfig(spec.config))) return { kind: 'invalid', path, reason: `config differs from the manifest's for ${run.id}` };
  const key = runKey(spec);
  if (run.key !== key) return { kind: 'invalid', path, reason: `key ${run.key} is not the hash of ${run.id}'s config and engine version (${key})` };
  if (basename(path) !== `${key}.json`) return { kind: 'invalid', path, reason: `file name is not its key (${key}.json)` };
  const rows = loggedStepsError(run, spec);
  if (rows) return { kind: 'invalid', path, reason: rows };
  if (serialise(run) !== bytes) return { kind: 'invalid', path, reason: 'bytes are not in the pipeline’s serialised form' };
  return { kind: 'valid', path, run, bytes, spec };
}

/** The steps a finished run of `spec` logs: those its schedule names, and always the last. */
export function scheduledSteps(spec: RunSpec): number[] {
  const last = makeConfig(spec.config).steps;
  const steps: number[] = [];
  for (let t = 0; t <= last; t++) if (isScheduled(t, spec.log) || t === last) steps.push(t);
  return steps;
}

/**
 * Are the run's rows the ones its spec's schedule asks for? A run thinned by hand, or computed
 * under another schedule, would otherwise pass as the spec's (the key covers the schedule, the rows
 * do not). A diverged run stops early, so its rows need only open the schedule.
 */
function loggedStepsError(run: CompactRun, spec: RunSpec): string | null {
  const expected = scheduledSteps(spec);
  const opens = run.steps.every((t, i) => t === expected[i]);
  const ok = opens && (run.diverged !== undefined || run.steps.length === expected.length);
  return ok ? null : `logged steps are not ${run.id}'s schedule (${run.steps.length} rows, ${run.diverged ? 'opening ' : ''}${expected.length} expected)`;
}
