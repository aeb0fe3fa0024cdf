/** Compute one reference run with the reference engine (src/reference/engine.ts) and compact it. */
import { makeConfig } from '../lib/config';
import { runTraining } from '../lib/run';
import type { BackendInfo } from '../lib/engine/backend';
import type { HostParams } from '../lib/params';
import { compactRun } from './compact';
import { runKey } from './cache';
import { trackCollaboration } from './collaboration-track';
import type { CompactRun, RunSpec } from './spec';

export async function computeRun(spec: RunSpec, backend: BackendInfo, onProgress?: (step: number, total: number) => void): Promise<CompactRun> {
  const config = makeConfig(spec.config);
  // Collaboration through training needs the model of each tracked moment; it is evaluated once
  // the run's final circles are known, and only the losses are kept.
  const moments: { step: number; params: HostParams }[] = [];
  const run = await runTraining(config, {
    backend,
    logSchedule: spec.log,
    snapshots: spec.snapshots ?? null,
    chunk: 100,
    onProgress: (step, total) => onProgress?.(step, total),
    ...(spec.trackCollaboration ? { paramsEvery: { every: spec.trackCollaboration.every, take: (step: number, params: HostParams) => moments.push({ step, params }) } } : {}),
  });
  const compact = compactRun(spec, runKey(spec), run);
  if (spec.trackCollaboration && !run.diverged) compact.collaboration = await trackCollaboration(config, moments, run.circles, backend);
  return compact;
}
