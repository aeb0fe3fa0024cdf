/** Build-time: the collaboration widget's model from the hero reference run (Node only). */
import { hero } from '../../reference/manifest';
import { readCached } from '../../reference/cache';
import { paramsFromTorch } from '../../lib/params';
import type { CollaborationPayload } from './model';

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
