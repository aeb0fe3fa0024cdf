/**
 * One run-file writer: the file runTraining returns and the file the lab downloads (RunData, fed
 * the rows and final state a training worker posts) agree field for field for the same run. The
 * island path here does what training.worker.ts does: a Trainer with the config's own split and
 * initial parameters, every step logged, parameters read with paramsToTorch.
 */
import { describe, expect, it } from 'vitest';
import { makeConfig, partSeeds } from '../../src/lib/config';
import { randomSplit } from '../../src/lib/dataset';
import { Trainer } from '../../src/lib/engine/trainer';
import { initialParams, paramsToTorch } from '../../src/lib/params';
import { applyInterventions, runTraining } from '../../src/lib/run';
import { assembleRunFile } from '../../src/lib/run-file';
import { RunData } from '../../src/islands/lab/run-data';
import { nodeBackend } from '../support/tf-node';
import { ENGINE_VERSION } from '../../src/lib/version';

const config = makeConfig({ p: 13, d: 8, hidden: 16, steps: 12, seed: 3 });
/** The fields only runTraining holds: a live run has no split, initial embedding or snapshots. */
const CLI_ONLY = ['trainIndices', 'testIndices', 'initialEmbedding', 'snapshots'];

async function islandRun(): Promise<{ run: RunData; unrounded: number }> {
  const backend = await nodeBackend();
  const split = randomSplit(config.p, config.trainFraction, partSeeds(config).split);
  const trainer = new Trainer({ config, backend, init: applyInterventions(initialParams(config), config), split, logEvery: 1 });
  try {
    const { rows } = await trainer.advance(config.steps);
    const final = await trainer.params();
    const run = new RunData(config, { backend: backend.name, precision: backend.precision });
    run.append(rows);
    run.embedding = { step: run.step, data: Float32Array.from(final.embedding) }; // the worker posts float32
    run.finalParameters = { step: run.step, parameters: paramsToTorch(final) };
    // How many raw numbers the writer must round: a writer that forgot to round would differ here.
    const unrounded = rows.flatMap((r) => [r.trainLoss, ...r.signals]).filter((x) => x !== Number(x.toPrecision(9))).length;
    return { run, unrounded };
  } finally {
    trainer.dispose();
  }
}

describe('one run-file writer (lib/run-file.ts)', () => {
  it('runTraining and the lab write the same file for the same run', async () => {
    const cli = JSON.parse(JSON.stringify(await runTraining(config, { backend: await nodeBackend(), chunk: 5 })));
    const { run, unrounded } = await islandRun();
    expect(unrounded).toBeGreaterThan(0);
    const lab = JSON.parse(JSON.stringify(run.toRunFile()));
    expect(Object.keys(lab)).toEqual(Object.keys(cli).filter((k) => !CLI_ONLY.includes(k)));
    for (const k of CLI_ONLY) delete cli[k];
    expect(JSON.stringify(lab)).toBe(JSON.stringify(cli));
    expect(lab.steps).toHaveLength(config.steps + 1);
  });

  it('a live run leaves out the final state when it is older than the last row, and claims no circles once diverged', async () => {
    const { run } = await islandRun();
    run.embedding = { step: run.step - 1, data: run.embedding!.data };
    expect(run.toRunFile()).not.toHaveProperty('finalEmbedding');
    expect(run.toRunFile()).toHaveProperty('finalParameters');
    run.diverged = { step: run.step, message: 'loss is NaN' };
    const file = run.toRunFile();
    expect(file.circles).toEqual([]);
    expect(file).not.toHaveProperty('finalParameters');
    expect(file.diverged).toEqual({ step: run.step, message: 'loss is NaN' });
  });

  it('rounds to the digits asked for and writes every part it is given', () => {
    const p = 7;
    const c = makeConfig({ p, d: 2, steps: 1 });
    const signals = Float64Array.from({ length: p }, (_, k) => (k === 1 || k === p - 1 ? 1 / 3 : 1 / 70));
    const file = assembleRunFile({
      config: c,
      engine: { backend: 'cpu', precision: 'float32' },
      rows: [{ step: 0, trainLoss: 2 / 3, testLoss: 1, trainAcc: 0, testAcc: 0, signals }],
      split: { p, train: Int32Array.from([0, 2]), test: Int32Array.from([1]) },
      initialEmbedding: Float32Array.from({ length: p * 2 }, (_, i) => i / 9),
      finalEmbedding: Float32Array.from({ length: p * 2 }, (_, i) => -i / 9),
      finalParameters: { 'embedding.weight': [[1]] },
      snapshots: [{ step: 0, embedding: Float32Array.from({ length: p * 2 }, () => 0.5) }],
      digits: 3,
    });
    expect(file.trainLoss).toEqual([0.667]);
    expect(file.signals[0]).toEqual([0.0143, 0.333, 0.0143, 0.0143, 0.0143, 0.0143, 0.333]);
    expect(file.circles).toEqual([1]);
    expect(file.trainIndices).toEqual([0, 2]);
    expect(file.testIndices).toEqual([1]);
    expect(file.initialEmbedding[1]).toEqual([0.222, 0.333]);
    expect(file.finalEmbedding[1]).toEqual([-0.222, -0.333]);
    expect(file.snapshots).toEqual([{ step: 0, embedding: Array.from({ length: p }, () => [0.5, 0.5]) }]);
    expect(file.engine.version).toBe(ENGINE_VERSION);
  });
});
