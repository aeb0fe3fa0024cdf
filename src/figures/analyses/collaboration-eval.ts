/**
 * Build-time collaboration analysis of the hero run: its final parameters (PyTorch layout) are
 * loaded into the engine and the restricted embeddings evaluated on all p² pairs with the wasm
 * backend (falls back to cpu). Node only; memoised per build.
 */
import type { CompactRun } from '../../reference/spec';
import { paramsFromTorch } from '../../lib/params';
import { randomSplit } from '../../lib/dataset';
import { evaluateParams } from '../../lib/engine/trainer';
import { startBackend } from '../../lib/engine/backend';
import { collaboration, type CollaborationResult } from './collaboration';
import { once } from './load';

export function collaborationOfRun(run: CompactRun): Promise<CollaborationResult | null> {
  return once(`collaboration:${run.key}`, async () => {
    if (!run.finalParameters) return null;
    const { p, d, hidden, trainFraction, seed } = run.config;
    const params = paramsFromTorch(run.finalParameters as Record<string, unknown>, { p, d, hidden });
    const backend = await startBackend('wasm');
    // The loss is taken over all p² pairs, so which split we pass does not matter.
    const split = randomSplit(p, trainFraction, seed);
    return collaboration(params.embedding, p, d, run.circles, async (embedding) => {
      const out = await evaluateParams({ ...params, embedding }, split, backend);
      return out.all[0];
    });
  });
}
