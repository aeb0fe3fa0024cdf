/**
 * The fused engine's trainer: the same interface as the tfjs trainer (trainer-api.ts), with the
 * whole step — forward, backward and AdamW — in one call into fused-step.wasm. Parameters and
 * AdamW's moments live in the module's memory in the tfjs engine's flat layout (layout.ts), so
 * states and host parameters convert exactly as before. Measurements are read right after the
 * step that makes them (a few numbers from memory, no readback to wait for); accuracies are
 * integer counts over the set's size.
 */
import type { TrainConfig } from '../../config';
import type { Split } from '../../dataset';
import type { HostParams } from '../../params';
import { adamwScalars } from '../adamw';
import { fusedVariant, type BackendInfo } from '../backend';
import { makeLayout, packHost, unpackHost, type Layout } from '../layout';
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
} from '../trainer-api';
import { instantiateFused, type FusedExports, type FusedVariant } from './module';

/** One model in one instance of the module: buffers allocated, rows and constants written. */
export class FusedModel {
  readonly ex: FusedExports;
  readonly p: number;
  readonly d: number;
  readonly nTrain: number;
  readonly nTest: number;
  readonly size: number;

  constructor(split: Split, shape: { p: number; d: number; hidden: number }, trainEmbedding: boolean, variant: FusedVariant = 'simd') {
    const { p, d, hidden: h } = shape;
    if (split.p !== p) throw new Error(`split is for p = ${split.p}, the model for p = ${p}`);
    this.ex = instantiateFused(variant);
    this.p = p;
    this.d = d;
    this.nTrain = split.train.length;
    this.nTest = split.test.length;
    this.size = this.ex.configure(p, d, h, this.nTrain, this.nTest, trainEmbedding ? 1 : 0);
    // Rows: training pairs first, then test pairs; grid index i is (a, b) = (i mod p, ⌊i/p⌋).
    const rowA = this.i32(this.ex.rowAPtr(), this.nTrain + this.nTest);
    const rowB = this.i32(this.ex.rowBPtr(), this.nTrain + this.nTest);
    const labels = this.i32(this.ex.labelsPtr(), this.nTrain + this.nTest);
    let r = 0;
    for (const set of [split.train, split.test]) {
      for (const i of set) {
        const a = i % p;
        const b = Math.floor(i / p);
        rowA[r] = a;
        rowB[r] = b;
        labels[r] = (a + b) % p;
        r++;
      }
    }
    // [2p, p]: cos(2πkt/p) on top, −sin(2πkt/p) below (as device-data.ts).
    const dft = this.f32(this.ex.dftPtr(), 2 * p * p);
    for (let k = 0; k < p; k++) {
      for (let t = 0; t < p; t++) {
        const ang = (2 * Math.PI * ((k * t) % p)) / p;
        dft[k * p + t] = Math.cos(ang);
        dft[(p + k) * p + t] = -Math.sin(ang);
      }
    }
  }

  /** A view of module memory (made afresh: the memory does not grow after configure, but views are cheap). */
  f32(ptr: number, n: number): Float32Array {
    return new Float32Array(this.ex.memory.buffer, ptr, n);
  }

  i32(ptr: number, n: number): Int32Array {
    return new Int32Array(this.ex.memory.buffer, ptr, n);
  }

  get theta(): Float32Array {
    return this.f32(this.ex.thetaPtr(), this.size);
  }

  get m(): Float32Array {
    return this.f32(this.ex.momentPtr(), this.size);
  }

  get v(): Float32Array {
    return this.f32(this.ex.velocityPtr(), this.size);
  }

  get grad(): Float32Array {
    return this.f32(this.ex.gradPtr(), this.size);
  }

  get embedding(): Float32Array {
    return this.f32(this.ex.embeddingPtr(), this.p * this.d);
  }

  /** Loss sums (float64) and correct counts of the last forward pass, and the spectrum's S_k. */
  measured(): { trainLossSum: number; testLossSum: number; trainCorrect: number; testCorrect: number; signals: Float64Array } {
    const stats = new Float64Array(this.ex.memory.buffer, this.ex.statsPtr(), 2);
    const correct = this.i32(this.ex.correctPtr(), 2);
    const { p, d } = this;
    const reIm = this.f32(this.ex.reImPtr(), 2 * p * d);
    const signals = new Float64Array(p);
    for (let k = 0; k < p; k++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const re = reIm[k * d + j]!;
        const im = reIm[(p + k) * d + j]!;
        s += re * re + im * im;
      }
      signals[k] = Math.sqrt(s);
    }
    return { trainLossSum: stats[0]!, testLossSum: stats[1]!, trainCorrect: correct[0]!, testCorrect: correct[1]!, signals };
  }
}

export class FusedTrainer implements EngineTrainer {
  readonly config: TrainConfig;
  readonly backend: BackendInfo;
  readonly split: Split;
  readonly logSchedule: SnapshotSchedule;
  readonly snapshots: SnapshotSchedule | null;
  step = 0;
  private model: FusedModel | null;
  private readonly layout: Layout;
  private readonly frozenE: Float32Array | null;
  private lastLogged = -1;

  constructor(o: TrainerOptions) {
    this.config = o.config;
    this.backend = o.backend;
    this.split = o.split;
    this.logSchedule = o.logSchedule ?? { everyStepUntil: 0, thenEvery: Math.max(1, Math.floor(o.logEvery ?? 1)) };
    this.snapshots = o.snapshots ?? null;
    const trainE = !o.config.freezeEmbedding;
    this.layout = makeLayout(o.init, trainE);
    const { theta, frozenE } = packHost(o.init, this.layout);
    this.frozenE = frozenE;
    const r = o.resume;
    if (r && (r.theta.length !== this.layout.size || r.m.length !== this.layout.size || r.v.length !== this.layout.size)) {
      throw new Error(`resume state has ${r.theta.length} parameters, the model ${this.layout.size}`);
    }
    const variant = fusedVariant(o.backend.name);
    if (!variant) throw new Error(`the fused trainer cannot run on ${o.backend.name}`);
    const model = new FusedModel(o.split, o.init, trainE, variant);
    if (model.size !== this.layout.size) throw new Error(`fused layout has ${model.size} parameters, layout.ts ${this.layout.size}`);
    model.theta.set(r ? r.theta : theta);
    if (r) {
      model.m.set(r.m);
      model.v.set(r.v);
      this.step = r.step;
      this.lastLogged = r.step;
    }
    if (frozenE) model.embedding.set(frozenE);
    this.model = model;
  }

  private get live(): FusedModel {
    if (!this.model) throw new Error('trainer is disposed');
    return this.model;
  }

  private shouldLog(t: number): boolean {
    return isScheduled(t, this.logSchedule) || t === this.config.steps;
  }

  private row(step: number): LogRow {
    const m = this.live;
    const x = m.measured();
    const row: LogRow = {
      step,
      trainLoss: x.trainLossSum / m.nTrain,
      trainAcc: x.trainCorrect / m.nTrain,
      testLoss: m.nTest > 0 ? x.testLossSum / m.nTest : NaN,
      testAcc: m.nTest > 0 ? x.testCorrect / m.nTest : NaN,
      signals: x.signals,
    };
    const bad = divergence(row, m.p);
    if (bad) throw new DivergenceError(step, bad);
    return row;
  }

  async advance(n: number): Promise<{ rows: LogRow[]; snapshots: Snapshot[] }> {
    const m = this.live;
    const rows: LogRow[] = [];
    const snaps: Snapshot[] = [];
    const takeSnapshot = (t: number) => {
      if (isScheduled(t, this.snapshots) && !snaps.some((s) => s.step === t)) snaps.push({ step: t, embedding: m.embedding.slice() });
    };
    const hp = this.config;
    const todo = Math.max(0, Math.min(n, this.config.steps - this.step));
    for (let i = 0; i < todo; i++) {
      const t = this.step;
      const log = this.shouldLog(t) && this.lastLogged < t;
      if (t === 0) takeSnapshot(0);
      const { decay, stepSize, bc2Sqrt } = adamwScalars(hp, t + 1);
      m.ex.trainStep(log ? 1 : 0, decay, 1 - hp.beta1, hp.beta2, 1 - hp.beta2, stepSize, bc2Sqrt, hp.eps);
      if (log) {
        rows.push(this.row(t));
        this.lastLogged = t;
      }
      this.step = t + 1;
      takeSnapshot(this.step);
    }
    if (this.shouldLog(this.step) && this.lastLogged < this.step) {
      m.ex.measureState();
      rows.push(this.row(this.step));
      this.lastLogged = this.step;
    }
    return { rows, snapshots: snaps };
  }

  async evaluate(): Promise<LogRow> {
    this.live.ex.measureState();
    return this.row(this.step);
  }

  async params(): Promise<HostParams> {
    return unpackHost(this.live.theta.slice(), this.frozenE, this.layout, this.config);
  }

  async state(): Promise<TrainerState> {
    const m = this.live;
    return { step: this.step, theta: m.theta.slice(), m: m.m.slice(), v: m.v.slice() };
  }

  async paramsOf(s: TrainerState): Promise<HostParams> {
    return unpackHost(s.theta, this.frozenE, this.layout, this.config);
  }

  /** No tfjs tensors: everything lives in the module's own memory. */
  get tensorCount(): number {
    return 0;
  }

  dispose(): void {
    this.model = null;
  }
}

/**
 * Evaluates many parameter sets of one shape on one split with a single module instance (the
 * collaboration analyses evaluate thousands): losses are sums over each set, correct answers counts.
 */
export class FusedEvaluator {
  private readonly model: FusedModel;
  private readonly layout: Layout;

  constructor(shape: HostParams, split: Split, variant: FusedVariant) {
    this.layout = makeLayout(shape, true);
    this.model = new FusedModel(split, shape, true, variant);
  }

  evaluate(params: HostParams): { train: [number, number]; test: [number, number]; all: [number, number] } {
    const model = this.model;
    model.theta.set(packHost(params, this.layout).theta);
    model.ex.measureState();
    const x = model.measured();
    const n = model.nTrain + model.nTest;
    return {
      train: [x.trainLossSum / model.nTrain, x.trainCorrect / model.nTrain],
      test: [x.testLossSum / model.nTest, x.testCorrect / model.nTest],
      all: [(x.trainLossSum + x.testLossSum) / n, (x.trainCorrect + x.testCorrect) / n],
    };
  }
}

/** Loss and accuracy of given parameters on the train set, the test set and all pairs. */
export function evaluateParamsFused(
  params: HostParams,
  split: Split,
  variant: FusedVariant,
): { train: [number, number]; test: [number, number]; all: [number, number] } {
  return new FusedEvaluator(params, split, variant).evaluate(params);
}
