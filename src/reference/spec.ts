/**
 * A reference run: one engine run declared by the manifest, cached by content. Pure data; the
 * pipeline (scripts/reference.ts) computes it, the build reads it.
 */
import type { TrainConfig } from '../lib/config';
import type { SnapshotSchedule } from '../lib/engine/trainer';
import type { RunFile } from '../lib/run';

export const EXPERIMENT_IDS = ['hero', 'dimension', 'frozen', 'empirical', 'perturbation', 'construction', 'ablation', 'weight-decay', 'modulus', 'horizon'] as const;
export type ExperimentId = (typeof EXPERIMENT_IDS)[number];

export interface RunSpec {
  /** Stable, readable id (also the file name of the run the site serves), e.g. "dimension/d128-s3". */
  id: string;
  experiment: ExperimentId;
  /** Fields over the paper's defaults. */
  config: Partial<TrainConfig>;
  /** Which states are logged: every step up to N, then every M (the last state always). */
  log: SnapshotSchedule;
  /** Embedding snapshots kept in the compact result. */
  snapshots?: SnapshotSchedule;
  /** Keep the final parameters (for the collaboration analysis). */
  keepParams?: boolean;
  /**
   * Track collaboration through training (paper.md §4.1): every `every` steps, the loss on all p²
   * pairs with the embedding restricted to a few circles, using the MLP of that moment.
   */
  trackCollaboration?: { every: number };
  /**
   * 1 = required by the build (must be in the committed cache); 2 = the full-size sweep, computed
   * by `npm run reference -- --all` (or sharded across machines) and used by figures when cached.
   */
  tier: 1 | 2;
  /** Free-form labels the analyses use (e.g. the ablation's "strongest"). */
  labels?: Record<string, string | number>;
}

/**
 * The compact result of a run: what figures need, rounded to what they can show. Series are the
 * run file's, except `signals`, which keeps the half spectrum S_0..S_h (h = circleCount(p), S_{p−k} = S_k).
 */
export type CompactRun = Pick<RunFile, 'config' | 'engine' | 'steps' | 'trainLoss' | 'testLoss' | 'trainAcc' | 'testAcc' | 'signals' | 'circles' | 'diverged'> & {
  id: string;
  key: string;
  experiment: ExperimentId;
  labels?: Record<string, string | number>;
  snapshots?: { step: number; embedding: number[][] }[];
  finalParameters?: Record<string, number[] | number[][]>;
  trainIndices?: number[];
  collaboration?: TrackedCollaboration;
};

/**
 * Collaboration through training: at each tracked step, the loss on all p² pairs (DC kept) with the
 * embedding restricted to {k}, {top, k} and {top, second, k} for k = 1..h, where top and second are
 * the run's two strongest final circles; plus the loss with all final survivors kept and untouched.
 * one[i][k − 1] is the loss at steps[i] with only circle k kept, and so on.
 */
export interface TrackedCollaboration {
  steps: number[];
  top: number;
  second: number;
  one: number[][];
  two: number[][];
  three: number[][];
  survivors: number[];
  full: number[];
}
