/**
 * What every trainer shares, whichever engine runs it: the rows it logs, the snapshot schedule,
 * divergence, and the options and state a run starts or resumes from.
 */
import type { TrainConfig } from '../config';
import type { Split } from '../dataset';
import type { HostParams } from '../params';
import type { BackendInfo } from './backend';

/** One measured state: the model after `step` updates. */
export interface LogRow {
  step: number;
  trainLoss: number;
  testLoss: number;
  trainAcc: number;
  testAcc: number;
  /** S_0..S_{p−1} of the embedding after `step` updates. */
  signals: Float64Array;
}

export interface Snapshot {
  step: number;
  embedding: Float32Array;
}

/**
 * Every step up to `everyStepUntil`, then every `thenEvery` steps (0 = never after), and past
 * `sparseAfter.step` only every `sparseAfter.every` steps: a long run whose late rows feed only a
 * few checkpoints need not pay for the dense rows of its early phase all the way.
 */
export interface SnapshotSchedule {
  everyStepUntil: number;
  thenEvery: number;
  sparseAfter?: { step: number; every: number };
}

export function isScheduled(step: number, s: SnapshotSchedule | null): boolean {
  if (!s) return false;
  if (step <= s.everyStepUntil) return true;
  const every = s.sparseAfter && step > s.sparseAfter.step ? s.sparseAfter.every : s.thenEvery;
  return every > 0 && step % every === 0;
}

/**
 * A training loss above this is divergence, not learning: chance level is ln p (4.08 for p = 59)
 * and a healthy run only goes down from there. Adam's bounded steps rarely produce NaN even at
 * lr = 10 — the loss explodes to 1e7 instead — so non-finite values alone would miss it.
 */
export const DIVERGENCE_LOSS = 1000;

export class DivergenceError extends Error {
  constructor(
    readonly step: number,
    readonly what: string,
  ) {
    super(`training diverged: ${what} at step ${step}`);
    this.name = 'DivergenceError';
  }
}

export interface TrainerOptions {
  config: TrainConfig;
  backend: BackendInfo;
  init: HostParams;
  split: Split;
  /** Log a row every `logEvery` states (and always the final one). */
  logEvery?: number;
  /** Or a schedule: every state up to N, then every M (overrides logEvery). */
  logSchedule?: SnapshotSchedule;
  snapshots?: SnapshotSchedule | null;
  /**
   * Continue from a saved state (e.g. after a lost WebGL context) instead of from `init`: θ and
   * AdamW's moments are taken from it and the next update is step `resume.step + 1`. `init`
   * still fixes the shapes (and the frozen embedding, which never changes). A fresh run never
   * takes this path, so its numbers are untouched.
   */
  resume?: TrainerState;
}

/** Everything needed to continue a run bit for bit on the same backend: θ, AdamW's m and v, and the step. */
export interface TrainerState {
  step: number;
  theta: Float32Array;
  m: Float32Array;
  v: Float32Array;
}

/** Why a measured row means divergence, or null when it is healthy. */
export function divergence(row: LogRow, p: number): string | null {
  return !Number.isFinite(row.trainLoss)
    ? 'the training loss is not a finite number'
    : row.trainLoss > DIVERGENCE_LOSS
      ? `the training loss exploded to ${row.trainLoss.toPrecision(3)} (chance level is ln p = ${Math.log(p).toFixed(2)})`
      : !Number.isFinite(row.testLoss)
        ? 'the test loss is not a finite number'
        : row.signals.some((x) => !Number.isFinite(x))
          ? 'the embedding is not finite'
          : null;
}

/** The public face of a trainer (tfjs or fused). */
export interface EngineTrainer {
  readonly config: TrainConfig;
  readonly backend: BackendInfo;
  readonly split: Split;
  readonly logSchedule: SnapshotSchedule;
  readonly snapshots: SnapshotSchedule | null;
  /** Updates applied so far. */
  readonly step: number;
  advance(n: number): Promise<{ rows: LogRow[]; snapshots: Snapshot[] }>;
  evaluate(): Promise<LogRow>;
  params(): Promise<HostParams>;
  state(): Promise<TrainerState>;
  paramsOf(s: TrainerState): Promise<HostParams>;
  readonly tensorCount: number;
  dispose(): void;
}
