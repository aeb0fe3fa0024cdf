/**
 * A training run, on whichever engine the backend names: the fused WebAssembly SIMD step
 * (fused/trainer.ts) for 'fused-wasm-fma' and 'fused-wasm', the tfjs engine (tfjs-trainer.ts) for webgl, wasm and
 * cpu. Callers construct a `Trainer` and never need to know which one runs.
 */
import type { TrainConfig } from '../config';
import type { Split } from '../dataset';
import type { HostParams } from '../params';
import { fusedVariant, type BackendInfo } from './backend';
import { FusedTrainer, evaluateParamsFused } from './fused/trainer';
import { TfjsTrainer, evaluateParamsTfjs } from './tfjs-trainer';
import type { EngineTrainer, LogRow, Snapshot, SnapshotSchedule, TrainerOptions, TrainerState } from './trainer-api';

export {
  DIVERGENCE_LOSS,
  DivergenceError,
  isScheduled,
  type EngineTrainer,
  type LogRow,
  type Snapshot,
  type SnapshotSchedule,
  type TrainerOptions,
  type TrainerState,
} from './trainer-api';

export class Trainer implements EngineTrainer {
  private readonly impl: EngineTrainer;

  constructor(o: TrainerOptions) {
    this.impl = fusedVariant(o.backend.name) ? new FusedTrainer(o) : new TfjsTrainer(o);
  }

  get config(): TrainConfig {
    return this.impl.config;
  }
  get backend(): BackendInfo {
    return this.impl.backend;
  }
  get split(): Split {
    return this.impl.split;
  }
  get logSchedule(): SnapshotSchedule {
    return this.impl.logSchedule;
  }
  get snapshots(): SnapshotSchedule | null {
    return this.impl.snapshots;
  }
  /** Updates applied so far. */
  get step(): number {
    return this.impl.step;
  }
  /**
   * Apply n updates (fewer if the configured number of steps is reached), logging the states
   * the schedule asks for.
   */
  advance(n: number): Promise<{ rows: LogRow[]; snapshots: Snapshot[] }> {
    return this.impl.advance(n);
  }
  /** Measure the current state (forward only), whatever the schedule. */
  evaluate(): Promise<LogRow> {
    return this.impl.evaluate();
  }
  /** Current parameters in PyTorch layout. */
  params(): Promise<HostParams> {
    return this.impl.params();
  }
  /** θ, m and v, to resume from later with `resume`. */
  state(): Promise<TrainerState> {
    return this.impl.state();
  }
  /** Host parameters (PyTorch layout) of a state read by `state()`. */
  paramsOf(s: TrainerState): Promise<HostParams> {
    return this.impl.paramsOf(s);
  }
  /** Number of tfjs tensors this trainer holds (for leak checks: constant across steps; 0 when fused). */
  get tensorCount(): number {
    return this.impl.tensorCount;
  }
  dispose(): void {
    this.impl.dispose();
  }
}

/**
 * Loss and accuracy of given parameters (optionally with another embedding) on the train set,
 * the test set and all p² pairs — e.g. the "collaboration" loss of a model restricted to a few circles.
 */
export async function evaluateParams(
  params: HostParams,
  split: Split,
  backend: BackendInfo,
): Promise<{ train: [number, number]; test: [number, number]; all: [number, number] }> {
  const variant = fusedVariant(backend.name);
  return variant ? evaluateParamsFused(params, split, variant) : evaluateParamsTfjs(params, split, backend);
}
