/**
 * The page's side of the training worker, shared by the lab and the fitness widget: it starts
 * the worker, does the backend handshake, numbers runs and run requests so that late messages
 * of a superseded run or request are dropped, holds a run request until the engine is up, and
 * hands the worker's files to the offline layer. Widgets see only handlers for what the worker
 * says.
 */
import type { TrainConfig } from '../../lib/config';
import type { BackendChoice, BackendInfo } from '../../lib/engine/backend';
import type { FromWorker, RowMsg, StopReason, ToWorker, TorchParams } from './protocol';

/** Same name as sw-client.ts's FETCHED_EVENT (a test checks): the offline layer listens for it. */
export const FETCHED_EVENT = 'fittest:fetched';

/** How far and how fast to train: see ToWorker 'run'. */
export type RunRequest = Omit<Extract<ToWorker, { type: 'run' }>, 'type' | 'runId' | 'ticket'>;

/** The worker's first answer to a backend choice. */
export type Handshake =
  | { kind: 'ready'; info: BackendInfo; fellBack: boolean }
  /** Only the slow pure-JavaScript engine could start, and it was not asked for: nothing trains until start('cpu'). */
  | { kind: 'slow-only'; info: BackendInfo };

export interface TrainingHandlers {
  /** An engine is up: the first answer, or another one after a lost WebGL context. */
  backend?(info: BackendInfo, requested: BackendChoice, fellBack: boolean): void;
  /** Only the slow engine could start (first answer, or after a lost context): the worker is stopped. */
  slowOnly?(info: BackendInfo, requested: BackendChoice): void;
  /** No engine could start: the worker is stopped. */
  unavailable?(message: string): void;
  rows?(rows: RowMsg[], msPerStep: number | null): void;
  embedding?(step: number, embedding: Float32Array): void;
  /** The run goes on on another engine from its snapshot at `step`; rows after it are superseded. */
  restored?(step: number, lostAt: number): void;
  parameters?(step: number, parameters: TorchParams): void;
  /** The latest run request stopped (paused, reached its target or accuracy, or the end). */
  stopped?(step: number, reason: StopReason): void;
  diverged?(step: number, message: string): void;
  /** The run failed, or the worker itself failed (before its first answer too: start() rejects then). */
  error?(message: string): void;
}

export class TrainingClient {
  private worker: Worker | null = null;
  private info: BackendInfo | null = null;
  private runId = 0;
  private ticket = 0;
  private pending: RunRequest | null = null;
  private answer: Promise<Handshake> | null = null;
  private handshake: { ok: (h: Handshake) => void; fail: (e: Error) => void } | null = null;

  constructor(private readonly on: TrainingHandlers) {}

  /** The engine in use, once the worker said so. */
  get backend(): BackendInfo | null {
    return this.info;
  }

  /** A worker is running (started and not stopped). */
  get started(): boolean {
    return this.worker !== null;
  }

  /**
   * Start the worker and its engine (tfjs is fetched now, not before). Resolves with the
   * worker's first answer; rejects when no engine can start. Throws where module workers are not
   * supported. While the worker runs, calling it again returns the same answer.
   */
  start(choice: BackendChoice): Promise<Handshake> {
    if (this.worker && this.answer) return this.answer;
    const w = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
    this.worker = w;
    this.answer = new Promise<Handshake>((ok, fail) => {
      this.handshake = { ok, fail };
    });
    // A page that only listens to the handlers must not see an unhandled rejection.
    this.answer.catch(() => undefined);
    w.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      const message = e.message || 'the training worker failed';
      this.handshake?.fail(new Error(message));
      this.handshake = null;
      this.on.error?.(message);
    };
    this.post({ type: 'backend', choice });
    return this.answer;
  }

  /** End the worker and forget its engine and run; start() begins afresh. */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.answer = null;
    this.info = null;
    this.pending = null;
    this.runId++;
    this.ticket++;
  }

  /** Build a fresh run of `config` (step 0 is measured at once); the previous run's messages are dropped from now on. */
  configure(config: TrainConfig): void {
    this.runId++;
    this.ticket++;
    this.pending = null;
    this.post({ type: 'configure', config, runId: this.runId });
  }

  /** Train the current run (a later request supersedes this one). Held until the engine is up. */
  run(request: RunRequest): void {
    if (!this.info) {
      this.pending = request;
      return;
    }
    this.pending = null;
    this.ticket++;
    this.post({ type: 'run', runId: this.runId, ticket: this.ticket, ...request });
  }

  /** Stop the current run at the worker's next chunk boundary (answered by 'stopped'). */
  pause(): void {
    this.pending = null;
    this.post({ type: 'pause', runId: this.runId });
  }

  private post(m: ToWorker): void {
    this.worker?.postMessage(m);
  }

  private settle(h: Handshake): void {
    this.handshake?.ok(h);
    this.handshake = null;
  }

  private giveUp(message: string): void {
    this.stop();
    this.handshake?.fail(new Error(message));
    this.handshake = null;
    this.on.unavailable?.(message);
  }

  private receive(m: FromWorker): void {
    switch (m.type) {
      case 'backend':
        this.info = m.info;
        this.settle({ kind: 'ready', info: m.info, fellBack: m.fellBack });
        this.on.backend?.(m.info, m.requested, m.fellBack);
        if (this.pending) this.run(this.pending);
        return;
      case 'slow-only':
        this.stop();
        this.settle({ kind: 'slow-only', info: m.info });
        this.on.slowOnly?.(m.info, m.requested);
        return;
      case 'backend-error':
        this.giveUp(m.message);
        return;
      case 'fetched':
        dispatchEvent(new CustomEvent(FETCHED_EVENT, { detail: m.urls }));
        return;
    }
    // Everything else belongs to a run: drop what a newer run or request superseded.
    if (m.runId !== this.runId) return;
    switch (m.type) {
      case 'rows':
        return this.on.rows?.(m.rows, m.msPerStep);
      case 'embedding':
        return this.on.embedding?.(m.step, m.embedding);
      case 'restored':
        return this.on.restored?.(m.step, m.lostAt);
      case 'parameters':
        return this.on.parameters?.(m.step, m.parameters);
      case 'stopped':
        if (m.ticket === this.ticket) this.on.stopped?.(m.step, m.reason);
        return;
      case 'diverged':
        return this.on.diverged?.(m.step, m.message);
      case 'error':
        return this.on.error?.(m.message);
    }
  }
}
