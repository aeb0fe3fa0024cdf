/**
 * A reference run: one engine run declared by the manifest, cached by content. Pure data; the
 * pipeline (scripts/reference.ts) computes it, the build reads it.
 */
import type { TrainConfig } from '../lib/config';
import type { SnapshotSchedule } from '../lib/engine/trainer';

export type ExperimentId = 'hero' | 'dimension' | 'frozen' | 'empirical' | 'perturbation' | 'construction' | 'ablation';

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
   * 1 = required by the build (must be in the committed cache); 2 = the full-size sweep, computed
   * by `npm run reference -- --all` (or sharded across machines) and used by figures when cached.
   */
  tier: 1 | 2;
  /** Free-form labels the analyses use (e.g. the ablation's "strongest"). */
  labels?: Record<string, string | number>;
}

/** The compact result of a run: what figures need, rounded to what they can show. */
export interface CompactRun {
  id: string;
  key: string;
  experiment: ExperimentId;
  config: TrainConfig;
  engine: { version: string; backend: string; precision: string };
  labels?: Record<string, string | number>;
  steps: number[];
  trainLoss: number[];
  testLoss: number[];
  trainAcc: number[];
  testAcc: number[];
  /** Per logged step, the half spectrum S_0..S_{(p−1)/2} (S_{p−k} = S_k). */
  signals: number[][];
  /** Surviving circles at the last logged step, strongest first. */
  circles: number[];
  snapshots?: { step: number; embedding: number[][] }[];
  finalParameters?: Record<string, number[] | number[][]>;
  trainIndices?: number[];
  diverged?: { step: number; message: string };
}
