/**
 * Messages between a page's TrainingClient (client.ts) and the training worker. Rows carry plain numbers
 * (structured-cloned); the worker reads the device back once per chunk, never once per step.
 */
import type { TrainConfig } from '../../lib/config';
import type { BackendChoice, BackendInfo } from '../../lib/engine/backend';
import type { LogRow } from '../../lib/engine/trainer';

/** One measured state, as the engine's trainer reports it. */
export type RowMsg = LogRow;

export type StopReason = 'paused' | 'target' | 'accuracy' | 'end';

export type ToWorker =
  | { type: 'backend'; choice: BackendChoice }
  /** Start a fresh run (also used for reset): the trainer is rebuilt from the config. */
  | { type: 'configure'; config: TrainConfig; runId: number }
  /**
   * Train until `target` updates (or test accuracy ≥ untilAcc), `chunk` updates per device
   * readback, at least `minChunkMs` per chunk (the speed setting; 0 = as fast as possible).
   */
  | { type: 'run'; runId: number; ticket: number; target: number; untilAcc: number | null; chunk: number | 'auto'; minChunkMs: number }
  | { type: 'pause'; runId: number };

/** PyTorch state_dict names → nested arrays, as in the command line's run files. */
export type TorchParams = Record<string, number[] | number[][]>;

export type FromWorker =
  | { type: 'backend'; info: BackendInfo; requested: BackendChoice; fellBack: boolean }
  | { type: 'backend-error'; message: string }
  | { type: 'rows'; runId: number; rows: RowMsg[]; msPerStep: number | null }
  /** The current embedding (p × d, row-major), sent at most a few times a second. */
  | { type: 'embedding'; runId: number; step: number; embedding: Float32Array }
  /** `ticket` names the run request that stopped (a newer request supersedes an older one). */
  | { type: 'stopped'; runId: number; ticket: number; step: number; reason: StopReason }
  | { type: 'diverged'; runId: number; step: number; message: string }
  | { type: 'error'; runId: number; message: string }
  /**
   * Only the slow pure-JavaScript cpu backend could start (no WebGL, no WebAssembly) and it was
   * not asked for: the worker trains nothing until the reader chooses cpu explicitly.
   */
  | { type: 'slow-only'; info: BackendInfo; requested: BackendChoice }
  /**
   * The WebGL context was lost at `lostAt`; the run continues on another backend from its last
   * host-side snapshot, taken at `step`. Rows after `step` are superseded by the ones that follow.
   */
  | { type: 'restored'; runId: number; step: number; lostAt: number }
  /** The full parameters after `step` updates, sent once when a run pauses or ends (not per step). */
  | { type: 'parameters'; runId: number; step: number; parameters: TorchParams }
  /** Files the worker fetched (its script, chunks, wasm), for the offline copy: see sw-client.ts. */
  | { type: 'fetched'; urls: string[] };
