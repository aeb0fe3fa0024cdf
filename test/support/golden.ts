import { readFileSync } from 'node:fs';
import type { RunFile } from '../../src/lib/run';

/**
 * The golden trajectory of the authors' PyTorch code (test/fixtures/PROVENANCE.md) and the
 * step-by-step comparison every backend's test uses.
 */
export interface Golden {
  trainLoss: number[];
  testLoss: number[];
  trainAcc: number[];
  testAcc: number[];
  signals: number[][];
  trainIndices: number[];
  testIndices: number[];
}

export const golden: Golden & Record<string, unknown> = JSON.parse(readFileSync('test/fixtures/golden-p59-d32-s0.json', 'utf8'));

/** Worst relative errors of a run against the fixture (losses, signals) and worst accuracy gap in examples. */
export function compareToGolden(run: Pick<RunFile, 'trainLoss' | 'testLoss' | 'trainAcc' | 'testAcc' | 'signals'>, steps = 300) {
  const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
  let loss = 0;
  let signal = 0;
  let accExamples = 0;
  const nTrain = golden.trainIndices.length;
  const nTest = golden.testIndices.length;
  for (let t = 0; t < steps; t++) {
    loss = Math.max(loss, rel(run.trainLoss[t]!, golden.trainLoss[t]!), rel(run.testLoss[t]!, golden.testLoss[t]!));
    accExamples = Math.max(
      accExamples,
      Math.round(Math.abs(run.trainAcc[t]! - golden.trainAcc[t]!) * nTrain),
      Math.round(Math.abs(run.testAcc[t]! - golden.testAcc[t]!) * nTest),
    );
  }
  for (let t = 0; t <= steps; t++)
    for (let k = 0; k < golden.signals[t]!.length; k++) signal = Math.max(signal, rel(run.signals[t]![k]!, golden.signals[t]![k]!));
  return { loss, signal, accExamples };
}
