/** Build-time: the collaboration widget's model from the hero reference run (Node only). */
import { hero } from '../../reference/manifest';
import { readCached } from '../../reference/cache';
import { paramsFromTorch } from '../../lib/params';
import type { HostParams } from '../../lib/params';

/** What the collaboration widget gets from the build: the hero run's trained model. */
export interface CollaborationPayload {
  /** Which run the model comes from (e.g. "hero/d128-s0") and its step. */
  source: string;
  step: number;
  params: HostParams;
  /** Surviving circles, strongest first. */
  circles: number[];
  /** Half spectrum of the final embedding (S_0..S_{(p−1)/2}). */
  signals: number[];
}

let cached: CollaborationPayload | null | undefined;

export function collaborationPayload(): CollaborationPayload | null {
  if (cached !== undefined) return cached;
  const run = readCached(hero);
  if (!run?.finalParameters) return (cached = null);
  const { p, d, hidden } = run.config;
  cached = {
    source: run.id,
    step: run.steps.at(-1)!,
    params: paramsFromTorch(run.finalParameters, { p, d, hidden }),
    circles: run.circles,
    signals: run.signals.at(-1)!,
  };
  return cached;
}
