import { describe, expect, it } from 'vitest';
import { parseInitFile } from '../../src/lib/init-file';
import { makeConfig } from '../../src/lib/config';
import { runTraining } from '../../src/lib/run';
import { fusedBackend, nodeBackend } from '../support/tf-node';
import { compareToGolden, golden } from '../support/golden';

/** Step-for-step agreement with the authors' code: same initial parameters, same split. */
describe('golden trajectory of the authors’ code (p = 59, d = 32, 300 steps)', () => {
  it('wasm in Node: every loss and signal within 5e−4 relative, accuracies within 2 examples', async () => {
    const backend = await nodeBackend();
    const init = parseInitFile(golden);
    const config = makeConfig({ p: init.p, d: init.d, hidden: init.hidden, steps: 300 });
    const run = await runTraining(config, { backend, init: init.params, split: init.split });
    expect(run.steps).toHaveLength(301);
    const worst = compareToGolden(run);
    // Measured: 1.3e−5 (losses), 1.4e−5 (signals), 1 example — float32 against float64.
    console.log(
      `golden, ${backend.name}: worst relative error loss ${worst.loss.toExponential(2)}, signal ${worst.signal.toExponential(2)}; accuracy within ${worst.accExamples} examples`,
    );
    expect(worst.loss).toBeLessThan(5e-4);
    expect(worst.signal).toBeLessThan(5e-4);
    expect(worst.accExamples).toBeLessThanOrEqual(2);
    // Tighter than the bound: summation order alone explains ~1e−5.
    expect(worst.loss).toBeLessThan(1e-4);
    expect(worst.signal).toBeLessThan(1e-4);
    // Accuracies are counts over the set size, though the device sums them in float32.
    const nTrain = init.split.train.length;
    const nTest = init.split.test.length;
    for (let t = 0; t < run.steps.length; t++) {
      expect(run.trainAcc[t]! * nTrain).toBeCloseTo(Math.round(run.trainAcc[t]! * nTrain), 5);
      expect(run.testAcc[t]! * nTest).toBeCloseTo(Math.round(run.testAcc[t]! * nTest), 5);
    }
  });

  it('fused WebAssembly SIMD engine: every loss and signal within 5e−4 relative, accuracies within 2 examples', async () => {
    const backend = await fusedBackend();
    const init = parseInitFile(golden);
    const config = makeConfig({ p: init.p, d: init.d, hidden: init.hidden, steps: 300 });
    const run = await runTraining(config, { backend, init: init.params, split: init.split });
    expect(run.steps).toHaveLength(301);
    expect(run.engine.backend).toBe('fused-wasm');
    const worst = compareToGolden(run);
    // Measured: 4.6e−6 (losses), 5.2e−6 (signals), 1 example — float32 against float64 (layer 0's
    // σ from e^{−Pa}·e^{−Pb} skips rounding z before the exp).
    console.log(
      `golden, ${backend.name}: worst relative error loss ${worst.loss.toExponential(2)}, signal ${worst.signal.toExponential(2)}; accuracy within ${worst.accExamples} examples`,
    );
    expect(worst.loss).toBeLessThan(5e-4);
    expect(worst.signal).toBeLessThan(5e-4);
    expect(worst.accExamples).toBeLessThanOrEqual(2);
    expect(worst.loss).toBeLessThan(2e-5);
    expect(worst.signal).toBeLessThan(2e-5);
    // Accuracies are counts over the set size (the run file keeps 9 digits): never above 1.
    const nTrain = init.split.train.length;
    const nTest = init.split.test.length;
    for (let t = 0; t < run.steps.length; t++) {
      expect(run.trainAcc[t]! * nTrain).toBeCloseTo(Math.round(run.trainAcc[t]! * nTrain), 4);
      expect(run.testAcc[t]! * nTest).toBeCloseTo(Math.round(run.testAcc[t]! * nTest), 4);
      expect(run.testAcc[t]!).toBeLessThanOrEqual(1);
    }
  });
});
