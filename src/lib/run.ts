/**
 * A whole training run, from a config to a run file — the one entry point shared by the
 * command line, the build-time reference pipeline and the in-page islands.
 */
import type { TrainConfig } from './config';
import { circleFrequencies } from './fourier';
import { randomSplit, type Split } from './dataset';
import { initialParams, paramsToTorch, type HostParams } from './params';
import { constructedEmbedding, keepFrequencies, scaleFrequency } from './interventions';
import { Rng } from './rng';
import { partSeeds } from './config';
import { Trainer, type LogRow, type Snapshot, type SnapshotSchedule } from './engine/trainer';
import type { BackendInfo } from './engine/backend';
import { RUN_FILE_FORMAT } from './version';
import { assembleRunFile } from './run-file';

export interface RunFile {
  format: typeof RUN_FILE_FORMAT;
  formatVersion: number;
  config: TrainConfig;
  engine: { version: string; backend: string; precision: string };
  /** steps[i] = number of updates applied when row i was measured (0 = untrained). */
  steps: number[];
  trainLoss: number[];
  testLoss: number[];
  trainAcc: number[];
  testAcc: number[];
  /** Per logged step, S_0..S_{p−1}. */
  signals: number[][];
  /** Final surviving circles k ≤ (p−1)/2, strongest first (the 2·mean rule). */
  circles: number[];
  trainIndices: number[];
  testIndices: number[];
  initialEmbedding: number[][];
  finalEmbedding: number[][];
  finalParameters: Record<string, number[] | number[][]>;
  snapshots: { step: number; embedding: number[][] }[];
  /** Set when the run stopped early because the loss or the embedding stopped being finite. */
  diverged?: { step: number; message: string };
}

/** Apply the config's initial-embedding interventions (perturbation, ablation) to fresh params. */
export function applyInterventions(params: HostParams, c: TrainConfig): HostParams {
  let e = params.embedding;
  if (c.construct) {
    // Random unit directions per frequency, drawn from the embedding's seed.
    const rng = new Rng(partSeeds(c).embedding, 'construct');
    const dirs = new Map<number, Float64Array>();
    for (const k of circleFrequencies(c.p)) {
      const u = Float64Array.from({ length: c.d }, () => rng.normal());
      const n = Math.hypot(...u);
      dirs.set(
        k,
        u.map((x) => x / n),
      );
    }
    e = constructedEmbedding(c.p, c.d, c.construct, (k) => dirs.get(k)!);
  }
  for (const s of c.scaleFrequencies) e = scaleFrequency(e, c.p, c.d, s.k, s.alpha);
  if (c.keepFrequencies) e = keepFrequencies(e, c.p, c.d, c.keepFrequencies, false);
  return e === params.embedding ? params : { ...params, embedding: e };
}

export interface RunOptions {
  backend: BackendInfo;
  /** Explicit initial parameters (e.g. the golden fixture's); default: seeded from the config. */
  init?: HostParams;
  /** Explicit split; default: seeded from the config. */
  split?: Split;
  logEvery?: number;
  /** Every state up to N, then every M (overrides logEvery). */
  logSchedule?: SnapshotSchedule;
  snapshots?: SnapshotSchedule | null;
  /** Updates per device readback. */
  chunk?: number;
  onProgress?: (step: number, total: number, last: LogRow | undefined) => void;
  /** Digits kept in the run file (9 significant by default). */
  digits?: number;
  /**
   * Called with the parameters after every `every` updates (step 0 included), for analyses that
   * need the model of a moment (collaboration through training). Chunks are cut to land on them.
   */
  paramsEvery?: { every: number; take: (step: number, params: HostParams) => void };
}

export async function runTraining(config: TrainConfig, o: RunOptions): Promise<RunFile> {
  const split = o.split ?? randomSplit(config.p, config.trainFraction, partSeeds(config).split);
  const init = o.init ?? applyInterventions(initialParams(config), config);
  const trainer = new Trainer({
    config,
    backend: o.backend,
    init,
    split,
    logEvery: o.logEvery ?? 1,
    logSchedule: o.logSchedule,
    snapshots: o.snapshots ?? null,
  });
  const rows: LogRow[] = [];
  const snaps: Snapshot[] = [];
  let diverged: RunFile['diverged'];
  const chunk = Math.max(1, o.chunk ?? 50);
  const every = o.paramsEvery ? Math.max(1, Math.floor(o.paramsEvery.every)) : 0;
  let lastTaken = -1;
  const takeParams = async () => {
    const t = trainer.step;
    if (!every || t === lastTaken || (t % every !== 0 && t !== config.steps)) return;
    lastTaken = t;
    o.paramsEvery!.take(t, await trainer.params());
  };
  try {
    o.onProgress?.(0, config.steps, undefined);
    await takeParams();
    while (trainer.step < config.steps || rows.length === 0) {
      let out;
      try {
        out = await trainer.advance(every ? Math.min(chunk, every - (trainer.step % every)) : chunk);
      } catch (err) {
        if (err instanceof Error && err.name === 'DivergenceError') {
          const step = (err as { step?: number }).step ?? trainer.step;
          diverged = { step, message: err.message };
          break;
        }
        throw err;
      }
      rows.push(...out.rows);
      snaps.push(...out.snapshots);
      await takeParams();
      o.onProgress?.(trainer.step, config.steps, rows[rows.length - 1]);
      if (config.steps === 0) break;
    }
    const final = await trainer.params();
    const digits = o.digits ?? 9;
    return assembleRunFile({
      config,
      engine: { backend: o.backend.name, precision: o.backend.precision },
      rows,
      diverged,
      split,
      // The engine starts from the float32 rounding of the initial parameters: store what it used.
      initialEmbedding: Float32Array.from(init.embedding),
      finalEmbedding: final.embedding,
      finalParameters: paramsToTorch(final, digits),
      snapshots: snaps,
      digits,
    });
  } finally {
    trainer.dispose();
  }
}
