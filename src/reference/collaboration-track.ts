/**
 * Collaboration through training (paper.md §4.1, `plot_loss_collaboration.py`): at each tracked
 * moment, restrict that moment's embedding to {k}, {top, k} and {top, second, k} (DC kept) and take
 * the loss of that moment's network on all p² pairs. top and second are the run's two strongest
 * final circles, as the authors fix theirs from the final state. Evaluated with the fused engine
 * that computed the run.
 */
import type { TrainConfig } from '../lib/config';
import type { HostParams } from '../lib/params';
import { randomSplit } from '../lib/dataset';
import { collaboration } from '../lib/collaboration';
import { FusedEvaluator } from '../lib/engine/fused/trainer';
import { fusedVariant, type BackendInfo } from '../lib/engine/backend';
import type { TrackedCollaboration } from './spec';

/** Losses are kept to 4 significant digits (figures show them on a 0–4.5 axis). */
const round = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(4)) : x);

export async function trackCollaboration(
  config: TrainConfig,
  moments: readonly { step: number; params: HostParams }[],
  circles: readonly number[],
  backend: BackendInfo,
): Promise<TrackedCollaboration> {
  const { p, d } = config;
  const variant = fusedVariant(backend.name);
  if (!variant) throw new Error(`collaboration tracking runs on a fused engine, not ${backend.name}`);
  const first = moments[0];
  if (!first) throw new Error('collaboration tracking recorded no moments');
  // The loss is taken over all p² pairs, so which split the evaluator holds does not matter.
  const evaluator = new FusedEvaluator(first.params, randomSplit(p, config.trainFraction, config.seed), variant);
  const out: TrackedCollaboration = { steps: [], top: 0, second: 0, one: [], two: [], three: [], survivors: [], full: [] };
  for (const { step, params } of moments) {
    const result = await collaboration(params.embedding, p, d, circles, async (embedding) => evaluator.evaluate({ ...params, embedding }).all[0]);
    const bySize = (size: 1 | 2 | 3) => result.rows.filter((r) => r.size === size).map((r) => round(r.loss));
    out.steps.push(step);
    out.top = result.top;
    out.second = result.second;
    out.one.push(bySize(1));
    out.two.push(bySize(2));
    out.three.push(bySize(3));
    out.survivors.push(round(result.survivorsOnly));
    out.full.push(round(result.full));
  }
  return out;
}
