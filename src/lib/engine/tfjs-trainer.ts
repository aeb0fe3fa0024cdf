/**
 * The tfjs engine's training run (webgl on GPUs; tfjs-wasm where WebAssembly SIMD is missing or
 * when forced; cpu last): full-batch AdamW steps, measurements gathered on the device and read
 * back in batches (one readback per `advance`, never one per step), embedding
 * snapshots on a schedule, divergence detection, and no leaked tensors.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { TrainConfig } from '../config';
import type { Split } from '../dataset';
import type { HostParams } from '../params';
import { makeDeviceData, disposeDeviceData, type DeviceData } from './device-data';
import { backward, deviceSignals, forward, MatMul, setMeans } from './model';
import { makeLayout, packGrads, packHost, unpackDevice, unpackHost, type Layout } from './layout';
import { adamwStep } from './adamw';
import type { BackendInfo } from './backend';
import {
  DivergenceError,
  divergence,
  isScheduled,
  type EngineTrainer,
  type LogRow,
  type Snapshot,
  type SnapshotSchedule,
  type TrainerOptions,
  type TrainerState,
} from './trainer-api';

/**
 * An accuracy as a count over n. The device sums correct answers weighted by 1/n in float32
 * (89.00009 / 100 once, and test accuracies of 1.0000064): the nearest count is the exact one,
 * since that rounding error stays far below half an answer for any set this model sees.
 */
function asCount(mean: number, n: number): number {
  return n > 0 ? Math.round(mean * n) / n : mean;
}

export class TfjsTrainer implements EngineTrainer {
  readonly config: TrainConfig;
  readonly backend: BackendInfo;
  readonly split: Split;
  readonly logSchedule: SnapshotSchedule;
  readonly snapshots: SnapshotSchedule | null;
  /** Updates applied so far. */
  step = 0;
  private readonly dd: DeviceData;
  private readonly layout: Layout;
  private readonly mm: MatMul;
  private theta: tf.Tensor1D;
  private m: tf.Tensor1D;
  private v: tf.Tensor1D;
  private readonly frozenE: tf.Tensor2D | null;
  private lastLogged = -1;
  private disposed = false;

  constructor(o: TrainerOptions) {
    this.config = o.config;
    this.backend = o.backend;
    this.split = o.split;
    this.logSchedule = o.logSchedule ?? { everyStepUntil: 0, thenEvery: Math.max(1, Math.floor(o.logEvery ?? 1)) };
    this.snapshots = o.snapshots ?? null;
    this.mm = new MatMul(o.backend.name !== 'webgl');
    this.layout = makeLayout(o.init, !o.config.freezeEmbedding);
    const { theta, frozenE } = packHost(o.init, this.layout);
    this.dd = makeDeviceData(o.split);
    const r = o.resume;
    if (r && (r.theta.length !== this.layout.size || r.m.length !== this.layout.size || r.v.length !== this.layout.size)) {
      throw new Error(`resume state has ${r.theta.length} parameters, the model ${this.layout.size}`);
    }
    this.theta = tf.tensor1d(r ? r.theta : theta);
    this.m = r ? tf.tensor1d(r.m) : tf.zeros([this.layout.size]);
    this.v = r ? tf.tensor1d(r.v) : tf.zeros([this.layout.size]);
    if (r) {
      this.step = r.step;
      // The resumed state was measured before it was saved: the first row is the next update.
      this.lastLogged = r.step;
    }
    this.frozenE = frozenE ? tf.tensor2d(frozenE, [o.init.p, o.init.d]) : null;
  }

  private shouldLog(t: number): boolean {
    return isScheduled(t, this.logSchedule) || t === this.config.steps;
  }

  /** Measurements of the current state as one small tensor: [trainLoss, trainAcc, testLoss, testAcc, allLoss, allAcc, S_0..S_{p−1}]. */
  private measure(w: ReturnType<typeof unpackDevice>, f: ReturnType<typeof forward>): tf.Tensor1D {
    return tf.concat([tf.reshape(setMeans(this.dd, f), [6]), deviceSignals(this.dd, w.e)]) as tf.Tensor1D;
  }

  /**
   * Apply n updates (fewer if the configured number of steps is reached), logging the states
   * the schedule asks for, and read everything back once at the end.
   */
  async advance(n: number): Promise<{ rows: LogRow[]; snapshots: Snapshot[] }> {
    if (this.disposed) throw new Error('trainer is disposed');
    const pending: { step: number; t: tf.Tensor1D }[] = [];
    const snaps: { step: number; t: tf.Tensor }[] = [];
    const takeSnapshot = (t: number) => {
      if (isScheduled(t, this.snapshots) && !snaps.some((s) => s.step === t)) snaps.push({ step: t, t: this.embeddingTensor() });
    };
    const todo = Math.max(0, Math.min(n, this.config.steps - this.step));
    try {
      for (let i = 0; i < todo; i++) {
        const t = this.step;
        const log = this.shouldLog(t) && this.lastLogged < t;
        if (t === 0) takeSnapshot(0);
        const out = tf.tidy((): { theta: tf.Tensor1D; m: tf.Tensor1D; v: tf.Tensor1D; metrics?: tf.Tensor1D } => {
          const w = unpackDevice(this.theta, this.frozenE, this.layout);
          const f = forward(this.mm, this.dd, w);
          const metrics = log ? this.measure(w, f) : undefined;
          const g = backward(this.mm, this.dd, w, f, !this.config.freezeEmbedding);
          const next = adamwStep({ theta: this.theta, m: this.m, v: this.v }, packGrads(g, this.layout), this.config, t + 1);
          return { ...next, metrics };
        });
        tf.dispose([this.theta, this.m, this.v]);
        this.theta = out.theta;
        this.m = out.m;
        this.v = out.v;
        if (out.metrics) {
          pending.push({ step: t, t: out.metrics });
          this.lastLogged = t;
        }
        this.step = t + 1;
        takeSnapshot(this.step);
      }
      // The state reached is measured now if the schedule wants it (the next step would otherwise).
      if (this.shouldLog(this.step) && this.lastLogged < this.step) {
        pending.push({ step: this.step, t: this.evaluateTensor() });
        this.lastLogged = this.step;
      }
      return { rows: await this.readRows(pending), snapshots: await this.readSnapshots(snaps) };
    } finally {
      tf.dispose(pending.map((x) => x.t));
      tf.dispose(snaps.map((x) => x.t));
    }
  }

  private embeddingTensor(): tf.Tensor {
    return tf.tidy(() => unpackDevice(this.theta, this.frozenE, this.layout).e.clone());
  }

  private evaluateTensor(): tf.Tensor1D {
    return tf.tidy(() => {
      const w = unpackDevice(this.theta, this.frozenE, this.layout);
      return this.measure(w, forward(this.mm, this.dd, w));
    });
  }

  private async readRows(pending: { step: number; t: tf.Tensor1D }[]): Promise<LogRow[]> {
    if (pending.length === 0) return [];
    const stacked = tf.stack(pending.map((x) => x.t));
    const data = await stacked.data();
    stacked.dispose();
    const width = 6 + this.dd.p;
    const rows: LogRow[] = [];
    for (let r = 0; r < pending.length; r++) {
      const o = r * width;
      const row: LogRow = {
        step: pending[r]!.step,
        trainLoss: data[o]!,
        trainAcc: asCount(data[o + 1]!, this.split.train.length),
        testLoss: data[o + 2]!,
        testAcc: asCount(data[o + 3]!, this.split.test.length),
        signals: Float64Array.from(data.subarray(o + 6, o + width)),
      };
      const bad = divergence(row, this.dd.p);
      if (bad) throw new DivergenceError(row.step, bad);
      rows.push(row);
    }
    return rows;
  }

  private async readSnapshots(snaps: { step: number; t: tf.Tensor }[]): Promise<Snapshot[]> {
    if (snaps.length === 0) return [];
    const stacked = tf.stack(snaps.map((x) => x.t));
    const data = (await stacked.data()) as Float32Array;
    stacked.dispose();
    const size = this.dd.p * this.config.d;
    return snaps.map((s, i) => ({ step: s.step, embedding: data.slice(i * size, (i + 1) * size) }));
  }

  /** Measure the current state (forward only), whatever the schedule. */
  async evaluate(): Promise<LogRow> {
    const t = this.evaluateTensor();
    try {
      return (await this.readRows([{ step: this.step, t }]))[0]!;
    } finally {
      t.dispose();
    }
  }

  /** Current parameters, read back to the host in PyTorch layout. */
  async params(): Promise<HostParams> {
    const theta = (await this.theta.data()) as Float32Array;
    const frozenE = this.frozenE ? ((await this.frozenE.data()) as Float32Array) : null;
    return unpackHost(theta, frozenE, this.layout, { p: this.config.p, d: this.config.d, hidden: this.config.hidden });
  }

  /** θ, m and v read back to the host (three readbacks), to resume from later with `resume`. */
  async state(): Promise<TrainerState> {
    const step = this.step;
    const [theta, m, v] = (await Promise.all([this.theta.data(), this.m.data(), this.v.data()])) as Float32Array[];
    return { step, theta: theta!, m: m!, v: v! };
  }

  /** Host parameters (PyTorch layout) of a state read by `state()`, without another readback. */
  async paramsOf(s: TrainerState): Promise<HostParams> {
    const frozenE = this.frozenE ? ((await this.frozenE.data()) as Float32Array) : null;
    return unpackHost(s.theta, frozenE, this.layout, { p: this.config.p, d: this.config.d, hidden: this.config.hidden });
  }

  /** Number of tensors this trainer holds (for leak checks: constant across steps). */
  get tensorCount(): number {
    return 3 + (this.frozenE ? 1 : 0) + 6;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    tf.dispose([this.theta, this.m, this.v]);
    if (this.frozenE) this.frozenE.dispose();
    disposeDeviceData(this.dd);
  }
}

/**
 * Loss and accuracy of given parameters (optionally with another embedding) on the train set,
 * the test set and all p² pairs — e.g. the "collaboration" loss of a model restricted to a few circles.
 */
export async function evaluateParamsTfjs(
  params: HostParams,
  split: Split,
  backend: BackendInfo,
): Promise<{ train: [number, number]; test: [number, number]; all: [number, number] }> {
  const dd = makeDeviceData(split);
  const layout = makeLayout(params, true);
  const mm = new MatMul(backend.name !== 'webgl');
  const theta = tf.tensor1d(packHost(params, layout).theta);
  try {
    const out = tf.tidy(() => setMeans(dd, forward(mm, dd, unpackDevice(theta, null, layout))));
    const d = await out.data();
    out.dispose();
    const nTrain = split.train.length;
    const nTest = split.test.length;
    return {
      train: [d[0]!, asCount(d[1]!, nTrain)],
      test: [d[2]!, asCount(d[3]!, nTest)],
      all: [d[4]!, asCount(d[5]!, nTrain + nTest)],
    };
  } finally {
    theta.dispose();
    disposeDeviceData(dd);
  }
}
