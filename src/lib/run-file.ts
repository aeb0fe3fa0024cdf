/**
 * Assembling a run file (the command line's JSON format) from what a run produced: the config,
 * the logged rows, and whichever of split, initial embedding, final parameters and snapshots the
 * caller holds. runTraining passes all of them; the lab's live run (islands/lab/run-data.ts) holds
 * no split, initial embedding or snapshots and passes the final state only when it is current.
 * One function for both, so a file downloaded from the page and one written by the command line
 * agree field for field. Pure: no tfjs, no DOM (the lab's main-thread bundle imports it).
 */
import type { TrainConfig } from './config';
import type { Split } from './dataset';
import { countCircles } from './fourier';
import type { RunFile } from './run';
import { toNested } from './params';
import { engineVersion, RUN_FILE_FORMAT, RUN_FILE_FORMAT_VERSION } from './version';

/** One logged row, as the trainer writes it (LogRow) and the worker posts it (RowMsg). */
export interface RunRow {
  step: number;
  trainLoss: number;
  testLoss: number;
  trainAcc: number;
  testAcc: number;
  signals: ArrayLike<number>;
}

/** The fields every run file has; the rest are present when the caller held the data. */
type SeriesKeys =
  'format' | 'formatVersion' | 'config' | 'engine' | 'steps' | 'trainLoss' | 'testLoss' | 'trainAcc' | 'testAcc' | 'signals' | 'circles' | 'diverged';
export type PartialRunFile = Pick<RunFile, SeriesKeys> & Partial<Omit<RunFile, SeriesKeys>>;

export interface RunFileParts {
  config: TrainConfig;
  engine: { backend: string; precision: string };
  rows: readonly RunRow[];
  diverged?: { step: number; message: string } | null;
  split?: Split;
  /** The embedding the engine started from (float32, p × d row-major). */
  initialEmbedding?: ArrayLike<number>;
  /** The embedding after the last row (p × d row-major). */
  finalEmbedding?: ArrayLike<number>;
  /** PyTorch state_dict layout (`paramsToTorch`), already rounded. */
  finalParameters?: RunFile['finalParameters'];
  snapshots?: readonly { step: number; embedding: ArrayLike<number> }[];
  /** Significant digits kept (9 by default, as the command line writes). */
  digits?: number;
}

type Full = Required<Pick<RunFileParts, 'split' | 'initialEmbedding' | 'finalEmbedding' | 'finalParameters' | 'snapshots'>>;

export function assembleRunFile(parts: RunFileParts & Full): RunFile;
export function assembleRunFile(parts: RunFileParts): PartialRunFile;
export function assembleRunFile(parts: RunFileParts): PartialRunFile {
  const { config, engine, rows, split, digits = 9 } = parts;
  const r = (x: number) => Number(x.toPrecision(digits));
  const matrix = (flat: ArrayLike<number>) => toNested(flat, [config.p, config.d], digits) as number[][];
  const last = rows[rows.length - 1];
  const diverged = parts.diverged ?? undefined;
  // Key order is the file's field order: JSON written from either path compares byte for byte.
  return {
    format: RUN_FILE_FORMAT,
    formatVersion: RUN_FILE_FORMAT_VERSION,
    config,
    engine: { version: engineVersion(engine.backend), backend: engine.backend, precision: engine.precision },
    steps: rows.map((x) => x.step),
    trainLoss: rows.map((x) => r(x.trainLoss)),
    testLoss: rows.map((x) => r(x.testLoss)),
    trainAcc: rows.map((x) => r(x.trainAcc)),
    testAcc: rows.map((x) => r(x.testAcc)),
    signals: rows.map((x) => Array.from(x.signals, r)),
    // A diverged run has no meaningful final spectrum: no survivors are claimed for it.
    circles: last && !diverged ? countCircles(last.signals).circles : [],
    ...(split ? { trainIndices: Array.from(split.train), testIndices: Array.from(split.test) } : {}),
    ...(parts.initialEmbedding ? { initialEmbedding: matrix(parts.initialEmbedding) } : {}),
    ...(parts.finalEmbedding ? { finalEmbedding: matrix(parts.finalEmbedding) } : {}),
    ...(parts.finalParameters ? { finalParameters: parts.finalParameters } : {}),
    ...(parts.snapshots ? { snapshots: parts.snapshots.map((s) => ({ step: s.step, embedding: matrix(s.embedding) })) } : {}),
    ...(diverged ? { diverged } : {}),
  };
}
