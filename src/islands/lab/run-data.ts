/**
 * One live run as the page holds it: the logged rows (every step), the latest embedding, and
 * what the figures and exports need from them. Pure (no DOM, no tfjs).
 */
import type { TrainConfig } from '../../lib/config';
import { assembleRunFile, type PartialRunFile } from '../../lib/run-file';
import { circleCount, countCircles, halfSpectrum } from '../../lib/fourier';
import type { LossSeries, SignalSeries } from '../../figures/types';
import type { RowMsg, TorchParams } from '../training/protocol';

export interface EngineTag {
  backend: string;
  precision: string;
}

/** A live run's run file: every series field, the final state when it is current, no split, initial embedding or snapshots. */
export type LabRunFile = PartialRunFile;

export type FrequencyState = 'alive' | 'fading' | 'dead';

/** Same rounding as runTraining (9 significant digits), so exported numbers equal the CLI's. */
const round9 = (x: number) => Number(x.toPrecision(9));

export class RunData {
  readonly steps: number[] = [];
  readonly trainLoss: number[] = [];
  readonly testLoss: number[] = [];
  readonly trainAcc: number[] = [];
  readonly testAcc: number[] = [];
  readonly signals: Float64Array[] = [];
  embedding: { step: number; data: Float32Array } | null = null;
  diverged: { step: number; message: string } | null = null;
  /** The full parameters (PyTorch layout, 9 digits), sent by the worker when the run paused or ended. */
  finalParameters: { step: number; parameters: TorchParams } | null = null;

  constructor(
    readonly config: TrainConfig,
    public engine: EngineTag,
  ) {}

  get length(): number {
    return this.steps.length;
  }

  /** Updates applied so far (the last logged step). */
  get step(): number {
    return this.steps.length ? this.steps[this.steps.length - 1]! : 0;
  }

  /** Append rows, skipping any already held and any that are not finite (no NaN reaches a plot). */
  append(rows: readonly RowMsg[]): void {
    for (const r of rows) {
      if (this.steps.length && r.step <= this.step) continue;
      const finite = [r.trainLoss, r.testLoss, r.trainAcc, r.testAcc].every(Number.isFinite) && r.signals.every(Number.isFinite);
      if (!finite) continue;
      this.steps.push(r.step);
      this.trainLoss.push(r.trainLoss);
      this.testLoss.push(r.testLoss);
      this.trainAcc.push(r.trainAcc);
      this.testAcc.push(r.testAcc);
      this.signals.push(r.signals);
    }
  }

  /**
   * Forget every row after `step` (a run restored from an earlier snapshot supersedes them).
   * Returns how many rows were dropped.
   */
  truncateAfter(step: number): number {
    let n = this.steps.length;
    while (n > 0 && this.steps[n - 1]! > step) n--;
    const dropped = this.steps.length - n;
    for (const a of [this.steps, this.trainLoss, this.testLoss, this.trainAcc, this.testAcc, this.signals]) a.length = n;
    if (this.embedding && this.embedding.step > step) this.embedding = null;
    if (this.finalParameters && this.finalParameters.step > step) this.finalParameters = null;
    return dropped;
  }

  /** Index of the last row at or before `step` (0 if none). */
  indexAt(step: number): number {
    let lo = 0;
    let hi = this.steps.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.steps[mid]! <= step) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  circlesAt(i: number): { threshold: number; circles: number[] } {
    const s = this.signals[i];
    return s ? countCircles(s) : { threshold: 0, circles: [] };
  }

  /** The survivors now (the authors' 2 × mean rule on the latest spectrum). */
  get circles(): number[] {
    return this.circlesAt(this.length - 1).circles;
  }

  /**
   * Each circle frequency's state now: alive (above τ), fading (below τ and still falling over
   * the last tenth of the run), or dead (below τ, flat).
   */
  frequencyStates(): Map<number, FrequencyState> {
    const out = new Map<number, FrequencyState>();
    const i = this.length - 1;
    if (i < 0) return out;
    const { threshold, circles } = this.circlesAt(i);
    const alive = new Set(circles);
    const back = this.indexAt(Math.max(0, this.step - Math.max(20, Math.round(this.step / 10))));
    const now = this.signals[i]!;
    const before = this.signals[back]!;
    const half = circleCount(this.config.p);
    for (let k = 1; k <= half; k++) {
      if (alive.has(k)) out.set(k, 'alive');
      else out.set(k, now[k]! < before[k]! * 0.98 && now[k]! < threshold ? 'fading' : 'dead');
    }
    return out;
  }

  lossSeries(): LossSeries {
    return { steps: this.steps, trainLoss: this.trainLoss, testLoss: this.testLoss, trainAcc: this.trainAcc, testAcc: this.testAcc };
  }

  /** The half spectrum S_0..S_h per step, as the figure specs take it. */
  signalSeries(): SignalSeries {
    return { p: this.config.p, steps: this.steps, signals: this.signals.map((s) => halfSpectrum(s)), circles: this.circles };
  }

  /**
   * The run in the command line's run-file format, assembled by the same function as runTraining's
   * (lib/run-file.ts). A live run holds no split, initial embedding or snapshots; the final
   * embedding and parameters are included only when they belong to the last row.
   */
  toRunFile(): LabRunFile {
    const current = <T extends { step: number }>(x: T | null) => (x && x.step === this.step ? x : null);
    const rows = this.steps.map((step, i) => ({
      step,
      trainLoss: this.trainLoss[i]!,
      testLoss: this.testLoss[i]!,
      trainAcc: this.trainAcc[i]!,
      testAcc: this.testAcc[i]!,
      signals: this.signals[i]!,
    }));
    const embedding = current(this.embedding);
    const params = this.diverged ? null : current(this.finalParameters);
    return assembleRunFile({
      config: this.config,
      engine: this.engine,
      rows,
      diverged: this.diverged,
      ...(embedding ? { finalEmbedding: embedding.data } : {}),
      ...(params ? { finalParameters: params.parameters } : {}),
    });
  }

  /** The series as CSV: one row per logged step, the losses, accuracies and S_1..S_{(p−1)/2}. */
  toCsv(): string {
    const half = circleCount(this.config.p);
    const ks = Array.from({ length: half }, (_, i) => i + 1);
    const head = ['step', 'train_loss', 'test_loss', 'train_acc', 'test_acc', ...ks.map((k) => `S_${k}`)].join(',');
    const lines = this.steps.map((step, i) =>
      [step, this.trainLoss[i]!, this.testLoss[i]!, this.trainAcc[i]!, this.testAcc[i]!, ...ks.map((k) => this.signals[i]![k]!)]
        .map((x) => String(round9(x)))
        .join(','),
    );
    return [head, ...lines].join('\n') + '\n';
  }
}

/** Parse the CSV written by toCsv (used by tests and by readers re-importing a run). */
export function parseRunCsv(text: string): { header: string[]; rows: number[][] } {
  const [head, ...lines] = text.trim().split('\n');
  return { header: head!.split(','), rows: lines.map((l) => l.split(',').map(Number)) };
}
