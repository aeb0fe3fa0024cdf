/**
 * Trains one configuration at a time in the lab's training worker (the same worker and engine
 * as the lab) and hands back what the fitness widget needs from a run: the signal rows of the
 * first updates and of the last one. The worker reads the device back once per chunk; this
 * class only listens. Pausing takes effect at the worker's next chunk boundary.
 */
import type { FromWorker, ToWorker } from '../lab/protocol';
import type { TrainConfig } from '../../lib/config';
import type { BackendChoice, BackendInfo } from '../../lib/engine/backend';

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

interface Current {
  runId: number;
  config: TrainConfig;
  first: Float64Array[];
  last: Float64Array | null;
  step: number;
  paused: boolean;
  done: (rows: RunRows) => void;
  fail: (err: Error) => void;
}

export class TrainingRunner {
  private worker: Worker | null = null;
  private runId = 0;
  private ticket = 0;
  private current: Current | null = null;
  private backendInfo: Promise<BackendInfo> | null = null;
  private resolveBackend: ((b: BackendInfo) => void) | null = null;
  private rejectBackend: ((e: Error) => void) | null = null;

  constructor(
    private readonly keepFirst: number,
    private readonly onProgress: (step: number, msPerStep: number | null) => void,
    private readonly onBackend: (info: BackendInfo, fellBack: boolean) => void,
  ) {}

  /** Start the worker and its backend (tfjs is fetched now, not before). Throws without Worker support. */
  start(choice: BackendChoice): Promise<BackendInfo> {
    if (this.backendInfo) return this.backendInfo;
    this.backendInfo = new Promise<BackendInfo>((ok, fail) => {
      this.resolveBackend = ok;
      this.rejectBackend = fail;
    });
    const w = new Worker(new URL('../lab/lab.worker.ts', import.meta.url), { type: 'module' });
    this.worker = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => this.onMessage(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      const err = new Error(e.message || 'the training worker failed');
      this.rejectBackend?.(err);
      this.current?.fail(err);
    };
    this.post({ type: 'backend', choice });
    return this.backendInfo;
  }

  /** Train `config` from scratch to its last step. Rejects with DivergedError on NaN/Inf or a runaway loss. */
  train(config: TrainConfig): Promise<RunRows> {
    const runId = ++this.runId;
    return new Promise<RunRows>((done, fail) => {
      this.current = { runId, config, first: [], last: null, step: 0, paused: false, done, fail };
      this.post({ type: 'configure', config, runId });
      this.sendRun();
    });
  }

  get paused(): boolean {
    return this.current?.paused ?? false;
  }

  pause(): void {
    const c = this.current;
    if (!c || c.paused) return;
    c.paused = true;
    this.post({ type: 'pause', runId: c.runId });
  }

  resume(): void {
    const c = this.current;
    if (!c || !c.paused) return;
    c.paused = false;
    this.sendRun();
  }

  /** Abandon the run in progress (its promise never settles) and stop the worker's loop. */
  cancel(): void {
    const c = this.current;
    this.current = null;
    if (c) this.post({ type: 'pause', runId: c.runId });
  }

  dispose(): void {
    this.current = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private post(m: ToWorker): void {
    this.worker?.postMessage(m);
  }

  private sendRun(): void {
    const c = this.current;
    if (!c) return;
    this.post({ type: 'run', runId: c.runId, ticket: ++this.ticket, target: c.config.steps, untilAcc: null, chunk: 'auto', minChunkMs: 0 });
  }

  private onMessage(m: FromWorker): void {
    if (m.type === 'backend') {
      this.resolveBackend?.(m.info);
      this.onBackend(m.info, m.fellBack);
      return;
    }
    if (m.type === 'backend-error') {
      this.rejectBackend?.(new Error(m.message));
      return;
    }
    const c = this.current;
    if (!c || !('runId' in m) || m.runId !== c.runId) return;
    switch (m.type) {
      case 'rows':
        for (const r of m.rows) {
          if (r.step < this.keepFirst && c.first.length === r.step) c.first.push(Float64Array.from(r.signals));
          c.last = Float64Array.from(r.signals);
          c.step = r.step;
        }
        this.onProgress(c.step, m.msPerStep);
        return;
      case 'stopped':
        if (m.ticket !== this.ticket || c.paused) return;
        if (m.step >= c.config.steps && c.last) {
          this.current = null;
          c.done({ first: c.first, last: c.last, step: m.step });
        }
        return;
      case 'diverged':
        this.current = null;
        c.fail(new DivergedError(m.step, m.message));
        return;
      case 'error':
        this.current = null;
        c.fail(new Error(m.message));
        return;
      default:
        return;
    }
  }
}
