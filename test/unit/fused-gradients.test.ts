// The fused engine's hand-written backward pass (assembly/step.ts) against central finite
// differences of the independent float64 model (test/support/reference-model.ts), with the
// embedding trained and frozen.
import { beforeAll, describe, expect, it } from 'vitest';
import { initialParams, type HostParams } from '../../src/lib/params';
import { makeConfig } from '../../src/lib/config';
import { randomSplit, type Split } from '../../src/lib/dataset';
import { makeLayout, packHost, unpackHost } from '../../src/lib/engine/layout';
import { loadFusedModule, type FusedVariant } from '../../src/lib/engine/fused/module';
import { FusedModel } from '../../src/lib/engine/fused/trainer';
import { meanLoss } from '../support/reference-model';
import { finiteDifferenceCheck, firstOrderDropRatio } from '../support/finite-differences';

beforeAll(async () => {
  await Promise.all([loadFusedModule('simd'), loadFusedModule('fma')]);
});

/** Gradients of the mean training loss from the module, as host params in PyTorch layout. */
function fusedGradients(x: HostParams, split: Split, trainEmbedding: boolean, variant: FusedVariant) {
  const layout = makeLayout(x, trainEmbedding);
  const model = new FusedModel(split, x, trainEmbedding, variant);
  const { theta, frozenE } = packHost(x, layout);
  model.theta.set(theta);
  if (frozenE) model.embedding.set(frozenE);
  model.ex.gradients();
  const trainLoss = model.measured().trainLossSum / split.train.length;
  return { grads: unpackHost(model.grad.slice(), frozenE ? new Float32Array(frozenE.length) : null, layout, x), trainLoss };
}

describe.each(['simd', 'fma'] as const)('fused backward pass (%s build)', (variant) => {
  // p = 7, d = 3, h = 5: every size is ragged against the 4-lane vectors and the tiles.
  const config = makeConfig({ p: 7, d: 3, hidden: 5, seed: 11, trainFraction: 0.6 });
  const x = initialParams(config);
  const split = randomSplit(7, 0.6, 11);

  for (const trainEmbedding of [true, false]) {
    it(`matches central finite differences of a float64 reference model (embedding ${trainEmbedding ? 'trained' : 'frozen'})`, () => {
      const { grads, trainLoss } = fusedGradients(x, split, trainEmbedding, variant);
      expect(trainLoss).toBeCloseTo(meanLoss(x, split.train), 5);
      if (!trainEmbedding)
        // A frozen embedding has no gradient slot at all (zeros here by construction).
        expect(Array.from(grads.embedding).every((g) => g === 0)).toBe(true);
      const { worst, checked } = finiteDifferenceCheck(x, grads, (q) => meanLoss(q, split.train), trainEmbedding ? [] : ['embedding']);
      expect(checked).toBe((trainEmbedding ? 7 * 3 : 0) + 5 * 6 + 5 + 25 + 5 + 35 + 7);
      expect(worst).toBeLessThan(2e-3);
    });
  }

  it('a wrong gradient would be caught: a small step along −∇ lowers the loss as first order predicts', () => {
    const { grads } = fusedGradients(x, split, true, variant);
    const ratio = firstOrderDropRatio(x, grads, (q) => meanLoss(q, split.train));
    expect(ratio).toBeGreaterThan(0.95);
    expect(ratio).toBeLessThan(1.05);
  });
});
