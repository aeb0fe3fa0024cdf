/** Compute one reference run with the engine (wasm, Node) and compact it. */
import { makeConfig } from '../lib/config';
import { runTraining } from '../lib/run';
import type { BackendInfo } from '../lib/engine/backend';
import { compactRun } from './compact';
import { runKey } from './cache';
import type { CompactRun, RunSpec } from './spec';

export async function computeRun(spec: RunSpec, backend: BackendInfo, onProgress?: (step: number, total: number) => void): Promise<CompactRun> {
  const config = makeConfig(spec.config);
  const run = await runTraining(config, {
    backend,
    logSchedule: spec.log,
    snapshots: spec.snapshots ?? null,
    chunk: 100,
    onProgress: (step, total) => onProgress?.(step, total),
  });
  return compactRun(spec, runKey(spec), run);
}
