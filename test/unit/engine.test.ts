import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { makeConfig } from '../../src/lib/config';
import { randomSplit } from '../../src/lib/dataset';
import { initialParams } from '../../src/lib/params';
import { DivergenceError, Trainer, evaluateParams } from '../../src/lib/engine/trainer';
import { runTraining } from '../../src/lib/run';
import { meanAccuracy, meanLoss } from '../support/reference-model';
import { fusedBackend, nodeBackend } from '../support/tf-node';

const small = makeConfig({ p: 13, d: 8, hidden: 16, steps: 30, seed: 4 });

// Every behaviour on every CPU engine: tfjs-wasm (nodeBackend) and both builds of the fused WebAssembly step.
for (const [engine, startEngine] of [
  ['tfjs', nodeBackend],
  ['fused-wasm', () => fusedBackend('fused-wasm')],
  ['fused-wasm-fma', () => fusedBackend('fused-wasm-fma')],
] as const) {
  describe(`trainer (${engine})`, () => {
    it('is bit-identical across runs of the same config and seed', async () => {
      const backend = await startEngine();
      const a = await runTraining(small, { backend, chunk: 7 });
      const b = await runTraining(small, { backend, chunk: 13 });
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      const c = await runTraining({ ...small, seed: 5 }, { backend });
      expect(c.trainLoss).not.toEqual(a.trainLoss);
    });

    it('logs rows with steps[i] = updates applied (0 = untrained), on the schedule plus the final state', async () => {
      const backend = await startEngine();
      const run = await runTraining(small, { backend, logEvery: 7 });
      expect(run.steps).toEqual([0, 7, 14, 21, 28, 30]);
      expect(run.signals[0]).toHaveLength(13);
      // Row 0 is the untrained model: compare with an independent float64 forward pass.
      const init = initialParams(small);
      expect(run.trainLoss[0]).toBeCloseTo(meanLoss(init, run.trainIndices), 5);
      expect(run.testLoss[0]).toBeCloseTo(meanLoss(init, run.testIndices), 5);
      expect(run.trainLoss[5]!).toBeLessThan(run.trainLoss[0]!);
    });

    it('holds a constant number of tensors: after step 10 and after step 400 alike (none at all when fused)', async () => {
      const backend = await startEngine();
      const config = makeConfig({ p: 13, d: 8, hidden: 16, steps: 400 });
      const tr = new Trainer({
        config,
        backend,
        init: initialParams(config),
        split: randomSplit(13, 0.8, 0),
        logEvery: 3,
        snapshots: { everyStepUntil: 5, thenEvery: 50 },
      });
      await tr.advance(10);
      const after10 = tf.memory().numTensors;
      for (let i = 0; i < 39; i++) await tr.advance(10);
      expect(tr.step).toBe(400);
      expect(tf.memory().numTensors).toBe(after10);
      tr.dispose();
      const before = tf.memory().numTensors;
      if (engine === 'tfjs') expect(before).toBeLessThan(after10);
      else expect(before).toBe(after10);
    });

    it('stops a diverging run (lr = 10) and says at which step', async () => {
      const backend = await startEngine();
      const config = makeConfig({ p: 13, d: 8, hidden: 16, steps: 500, lr: 10, weightDecay: 0.05 });
      const run = await runTraining(config, { backend, chunk: 5 });
      expect(run.diverged).toBeDefined();
      expect(run.diverged!.step).toBeGreaterThan(0);
      expect(run.diverged!.step).toBeLessThan(500);
      expect(run.diverged!.message).toMatch(new RegExp(`step ${run.diverged!.step}`));
      // Rows before the divergence are kept and finite.
      for (const l of run.trainLoss) expect(Number.isFinite(l)).toBe(true);

      const tr = new Trainer({ config, backend, init: initialParams(config), split: randomSplit(13, 0.8, 0) });
      await expect(tr.advance(500)).rejects.toBeInstanceOf(DivergenceError);
      tr.dispose();
    });

    it('freezing the embedding leaves it untouched (no update, no decay) while the MLP trains', async () => {
      const backend = await startEngine();
      const config = makeConfig({ ...small, freezeEmbedding: true });
      const run = await runTraining(config, { backend });
      expect(run.finalEmbedding).toEqual(run.initialEmbedding);
      expect(run.trainLoss.at(-1)!).toBeLessThan(run.trainLoss[0]!);
      const unfrozen = await runTraining(small, { backend });
      expect(unfrozen.finalEmbedding).not.toEqual(unfrozen.initialEmbedding);
    });

    it('applies initial-embedding interventions (keep only chosen frequencies)', async () => {
      const backend = await startEngine();
      const config = makeConfig({ ...small, steps: 0, keepFrequencies: [2] });
      const run = await runTraining(config, { backend });
      const s = run.signals[0]!;
      for (let k = 0; k < 13; k++) {
        if (k === 2 || k === 11) expect(s[k]!).toBeGreaterThan(1);
        else expect(s[k]!).toBeLessThan(1e-4);
      }
    });

    it('evaluates given parameters on train, test and all pairs', async () => {
      const backend = await startEngine();
      const x = initialParams(small);
      const split = randomSplit(13, 0.8, 1);
      const r = await evaluateParams(x, split, backend);
      const all = Int32Array.from({ length: 169 }, (_, i) => i);
      expect(r.train[0]).toBeCloseTo(meanLoss(x, split.train), 5);
      expect(r.all[0]).toBeCloseTo(meanLoss(x, all), 5);
      // Accuracy against a float64 model: equal up to one example whose top two logits tie in float32.
      for (const [got, examples] of [
        [r.train[1], split.train],
        [r.test[1], split.test],
        [r.all[1], all],
      ] as const) {
        expect(Math.abs(got - meanAccuracy(x, examples))).toBeLessThanOrEqual(1 / examples.length + 1e-9);
      }
    });
  });
}
