/**
 * Trains one configuration at a time with the shared training worker (TrainingClient, the same
 * worker and engine as the lab) and hands back what the fitness widget needs from a run: the
 * signal rows of the first updates and of the last one. Pausing takes effect at the worker's
 * next chunk boundary.
 */
import type { TrainConfig } from '../../lib/config';
import type { BackendChoice, BackendInfo } from '../../lib/engine/backend';
import { TrainingClient, type Handshake } from '../training/client';

export interface RunRows {
  /** Spectra after 0, 1, …, `keepFirst − 1` updates. */
  first: Float64Array[];
  /** Spectrum after the last update. */
  last: Float64Array;
  step: number;
}

export class DivergedError extends Error {
  constructor(
    readonly step: number,
    message: string,
  ) {
    super(message);
    this.name = 'DivergedError';
  }
}

/** Only the slow CPU engine is left (the worker stopped): the reader has to choose it. */
export class SlowOnlyError extends Error {
  constructor() {
    super('only the slow CPU engine could start');
    this.name = 'SlowOnlyError';
  }
}

interface Current {
  config: TrainConfig;
  first: Float64Array[];
  last: Float64Array | null;
  step: number;
  paused: boolean;
  done: (rows: RunRows) => void;
  fail: (err: Error) => void;
}

export class TrainingRunner {
  private readonly client: TrainingClient;
  private current: Current | null = null;

  constructor(
    private readonly keepFirst: number,
    private readonly onProgress: (step: number, msPerStep: number | null) => void,
    onBackend: (info: BackendInfo, fellBack: boolean) => void,
    /** Every logged row of the run in progress (full spectrum of length p), for live plots. */
    private readonly onRow: (step: number, signals: ArrayLike<number>) => void = () => {},
  ) {
    this.client = new TrainingClient({
      backend: (info, _requested, fellBack) => onBackend(info, fellBack),
      rows: (rows, msPerStep) => {
        const c = this.current;
        if (!c) return;
        for (const r of rows) {
          if (r.step < this.keepFirst && c.first.length === r.step) c.first.push(Float64Array.from(r.signals));
          c.last = Float64Array.from(r.signals);
          c.step = r.step;
          this.onRow(r.step, r.signals);
        }
        this.onProgress(c.step, msPerStep);
      },
      stopped: (step) => {
        const c = this.current;
        if (!c || c.paused || step < c.config.steps || !c.last) return;
        this.current = null;
        c.done({ first: c.first, last: c.last, step });
      },
      // After a lost WebGL context with no WebAssembly either.
      slowOnly: () => this.end(new SlowOnlyError()),
      diverged: (step, message) => this.end(new DivergedError(step, message)),
      error: (message) => this.end(new Error(message)),
    });
  }

  /**
   * Start the worker and its engine (tfjs is fetched now, not before). Resolves with the
   * handshake: ready, or 'slow-only' when only the slow CPU engine could start (then nothing
   * trains until start('cpu') on a new runner). Rejects when no engine starts; throws without
   * Worker support.
   */
  start(choice: BackendChoice): Promise<Handshake> {
    return this.client.start(choice);
  }

  /** Train `config` from scratch to its last step. Rejects with DivergedError on NaN/Inf or a runaway loss. */
  train(config: TrainConfig): Promise<RunRows> {
    return new Promise<RunRows>((done, fail) => {
      this.current = { config, first: [], last: null, step: 0, paused: false, done, fail };
      this.client.configure(config);
      this.client.run({ target: config.steps, untilAcc: null, chunk: 'auto', minChunkMs: 0 });
    });
  }

  get paused(): boolean {
    return this.current?.paused ?? false;
  }

  pause(): void {
    const c = this.current;
    if (!c || c.paused) return;
    c.paused = true;
    this.client.pause();
  }

  resume(): void {
    const c = this.current;
    if (!c || !c.paused) return;
    c.paused = false;
    this.client.run({ target: c.config.steps, untilAcc: null, chunk: 'auto', minChunkMs: 0 });
  }

  /** Abandon the run in progress (its promise never settles) and stop the worker's loop. */
  cancel(): void {
    if (this.current) this.client.pause();
    this.current = null;
  }

  dispose(): void {
    this.current = null;
    this.client.stop();
  }

  private end(err: Error): void {
    const c = this.current;
    this.current = null;
    c?.fail(err);
  }
}
