/**
 * <fittest-lab>: the live training lab. It reads its settings from the URL (lab.*), warms the
 * training worker when it nears the viewport, drives runs (start, pause, step, reset, run to a
 * step or an accuracy), pauses when hidden or scrolled away, and draws the shared figure specs
 * from the rows the worker sends. No tfjs on this thread: the worker owns the engine.
 *
 * This file is the lab's run and its phases; beside it: lab-dom (elements and strings),
 * lab-status (progress, buttons, badge), lab-settings (form and URL), lab-input (events and
 * keyboard), lab-actions (what each control does), lab-compare (reference and pinned runs),
 * lab-drawing (frame-paced figures), lab-exports (files); the worker and its client are in
 * ../training.
 */
import { labConfig, matchingPreset, readLabState, reconcile, type LabState } from '../../lib/state/lab';
import type { Notice } from '../../lib/state/schema';
import type { BackendChoice, BackendInfo } from '../../lib/engine/backend';
import type { StopReason } from '../training/protocol';
import { TrainingClient, type RunRequest } from '../training/client';
import { saveLastRun } from '../training/last-run';
import { RunData } from './run-data';
import { fmtPct, type LabKey } from './i18n';
import { formatInt } from '../../i18n/format';
import type { LabReference } from '../../figures/data/lab';
import { LabDom } from './lab-dom';
import { Deciles, RateMeter, showBackend, showButtons, showProgress, showRestored, stopMessage, type Phase } from './lab-status';
import { sameConfig, showNotices, syncInputs, writeUrl } from './lab-settings';
import { bindInputs } from './lab-input';
import { labInputs, type LabCommands } from './lab-actions';
import { LabCompare } from './lab-compare';
import { LabDrawing } from './lab-drawing';
import { SharedRun, hideSpeedHint, judgeSpeed } from './lab-guide';
import type { TemplateVars } from '../../i18n/strings';

type AutoPause = 'hidden' | 'offscreen' | null;

export class FittestLab extends HTMLElement {
  private dom!: LabDom;
  private compare!: LabCompare;
  private drawing!: LabDrawing;
  private shared!: SharedRun;
  /** The speed of this run was judged (the slow-device hint shown or not). */
  private speedJudged = false;
  private state!: LabState;
  private client: TrainingClient | null = null;
  private backendFailed = false;
  private run: RunData | null = null;
  private phase: Phase = 'idle';
  private autoPaused: AutoPause = null;
  /** The step the current run request aims at. */
  private target = 0;
  private readonly rate = new RateMeter();
  private readonly deciles = new Deciles();
  private startedAt: number | null = null;
  /** Milliseconds from pressing start to the first trained step drawn (shown, and as data-first-step-ms). */
  private firstStepMs: number | null = null;
  private cleanup: (() => void)[] = [];
  /** The worker was stopped because the page was hidden for navigation (pagehide). */
  private suspended = false;

  connectedCallback(): void {
    const dom = (this.dom = new LabDom(this));
    let references: LabReference[] = [];
    try {
      references = JSON.parse(this.dataset.refs ?? '[]') as LabReference[];
    } catch {
      references = [];
    }
    this.compare = new LabCompare(dom, references, () => this.drawing.schedule(true));
    this.shared = new SharedRun(dom);
    const source = { run: () => this.run, preview: () => this.shared.preview, running: () => this.phase === 'running' };
    this.drawing = new LabDrawing(dom, source, this.compare);
    if (typeof Worker === 'undefined') {
      dom.byRole('why-off').textContent = dom.t('off.noWorker');
      this.phase = 'off';
      return;
    }
    // No WebAssembly here is not the end: the worker may still have WebGL. It decides.
    const { state, notices } = readLabState(location.search);
    this.state = state;
    dom.byRole('fallback').hidden = true;
    dom.byRole('live').hidden = false;
    syncInputs(dom, this.state);
    showNotices(dom, notices);
    this.updateButtons();
    this.updateProgress();
    if (this.state.step > 0) {
      dom.byRole<HTMLInputElement>('run-to').value = String(this.state.step);
      const engine = this.state.backend === 'auto' ? this.t('backend.auto') : this.state.backend;
      this.shared.open(this.state.step, labConfig(this.state), engine);
    }
    this.cleanup.push(bindInputs(this, labInputs(this.commands())), this.drawing.observe());
    this.dataset.ready = 'true';
  }

  disconnectedCallback(): void {
    for (const f of this.cleanup.splice(0)) f();
    this.client?.stop();
  }

  /** The engine in use, once the worker said so. */
  private get backend(): BackendInfo | null {
    return this.client?.backend ?? null;
  }

  private t(key: LabKey, vars?: TemplateVars): string {
    return this.dom.t(key, vars);
  }

  // -------------------------------------------------------------------------------------------
  // The worker and the run

  private warm(): void {
    if (this.client?.started || this.backendFailed) return;
    this.client ??= this.newClient();
    try {
      void this.client.start(this.state.backend as BackendChoice);
    } catch {
      this.turnOff(this.t('off.noWorker'));
      return;
    }
    this.configure();
  }

  /** A fresh run of the current settings (also what reset does). */
  private configure(): void {
    const config = labConfig(this.state);
    const run = (this.run = new RunData(config, { backend: this.backend?.name ?? '?', precision: this.backend?.precision ?? 'float32' }));
    this.phase = 'idle';
    this.autoPaused = null;
    this.deciles.reset();
    this.rate.reset();
    this.speedJudged = false;
    hideSpeedHint(this.dom);
    this.dom.hideError();
    this.client?.configure(config);
    this.compare.findReference(
      run,
      () => this.run === run,
      (has) => {
        // A shared run's figures show the reference at its step until the reader trains.
        if (run.step === 0) this.shared.showReference(has ? this.compare.referenceUpTo(this.shared.step) : null);
      },
    );
    this.updateButtons();
    this.updateProgress();
    this.drawing.schedule(true);
  }

  /** What the lab does with each thing the training worker says (messages of a superseded run never arrive). */
  private newClient(): TrainingClient {
    const { dom } = this;
    return new TrainingClient({
      backend: (info, requested, fellBack) => {
        if (this.run) this.run.engine = { backend: info.name, precision: info.precision };
        showBackend(dom, info, requested, fellBack);
        const c = this.run?.config;
        if (this.phase === 'idle' && c) dom.setStatus(this.t('status.ready', { p: c.p, d: c.d, seed: c.seed }));
      },
      unavailable: (message) => {
        this.backendFailed = true;
        this.turnOff(this.t('off.noEngine', { reason: message }));
      },
      slowOnly: () => {
        this.backendFailed = true;
        this.turnOff(this.t('off.slowOnly'));
        this.dataset.offReason = 'slow-only';
        dom.button('use-cpu').hidden = false;
      },
      rows: (rows) => {
        const run = this.run;
        if (!run) return;
        run.append(rows);
        const step = run.step;
        if (this.startedAt !== null && step > 0 && this.firstStepMs === null) {
          this.firstStepMs = Math.round(performance.now() - this.startedAt);
          this.dataset.firstStepMs = String(this.firstStepMs);
        }
        if (this.phase === 'running') {
          this.rate.measure(step);
          this.speedJudged ||= judgeSpeed(dom, this.rate.rate, this.rate.elapsed(), run, matchingPreset(this.state) === 'small');
        }
        this.shared.progress(step);
        this.updateProgress();
        if (this.phase === 'running' && this.target > 0 && this.deciles.crossed(step, this.target)) {
          const acc = fmtPct(run.testAcc[run.length - 1] ?? 0);
          dom.announce(this.t('status.progress', { step: formatInt(dom.lang, step), total: formatInt(dom.lang, this.target), acc }));
        }
        this.drawing.schedule(false);
      },
      embedding: (step, data) => {
        if (!this.run) return;
        this.run.embedding = { step, data };
        // On webgl the worker's snapshot is taken with the embedding: tests read this step.
        this.dataset.embeddingStep = String(step);
        this.drawing.schedule(false);
      },
      restored: (step, lostAt) => {
        if (!this.run) return;
        // The rows after the snapshot are superseded by the ones the new backend computes.
        const dropped = this.run.truncateAfter(step);
        this.dataset.restoredStep = String(step);
        this.dataset.droppedRows = String(dropped);
        dom.announce(showRestored(dom, step, lostAt, this.backend?.name ?? 'wasm'));
        this.updateProgress();
        this.drawing.schedule(true);
      },
      parameters: (step, parameters) => {
        if (!this.run) return;
        this.run.finalParameters = { step, parameters };
        this.rememberRun();
      },
      stopped: (step, reason) => {
        if (this.run) this.onStopped(this.run, step, reason);
      },
      diverged: (step, message) => {
        if (!this.run) return;
        this.run.diverged = { step, message };
        this.phase = 'diverged';
        const text = this.t('status.diverged', { step: formatInt(dom.lang, step), message });
        dom.showError(text);
        dom.announce(text);
        this.updateButtons();
        this.drawing.schedule(true);
      },
      error: (message) => this.fail(message),
    });
  }

  private onStopped(run: RunData, step: number, reason: StopReason): void {
    const { phase, msg } = stopMessage(this.dom, run, step, reason, this.autoPaused);
    this.phase = phase;
    this.dom.setStatus(msg);
    this.dom.announce(msg);
    this.rate.stop();
    this.updateButtons();
    this.updateProgress();
    this.drawing.schedule(true);
  }

  /** Keep the paused or finished run for other widgets (localStorage; see ../training/last-run.ts). */
  private rememberRun(): void {
    const run = this.run;
    const fp = run?.finalParameters;
    if (!run || !fp || fp.step !== run.step || run.diverged) return;
    // Off the message handler: stringifying the parameters takes a few milliseconds.
    setTimeout(() => {
      if (this.run !== run || run.finalParameters !== fp) return;
      const ok = saveLastRun({ config: run.config, step: fp.step, finalParameters: fp.parameters, circles: run.circles });
      this.dataset.savedStep = ok ? String(fp.step) : 'none';
    }, 0);
  }

  // -------------------------------------------------------------------------------------------
  // Commands

  private speed(): Pick<RunRequest, 'chunk' | 'minChunkMs'> {
    return this.state.speed === 'max' ? { chunk: 'auto', minChunkMs: 0 } : { chunk: Number(this.state.speed), minChunkMs: 16 };
  }

  /** Train to `target` updates (capped at the run's length), or until test accuracy ≥ untilAcc. */
  private go(target: number, untilAcc: number | null = null, sp = this.speed()): void {
    if (this.phase === 'off' || this.phase === 'diverged' || this.phase === 'error') return;
    this.warm();
    const run = this.run;
    if (!run) return;
    const cap = Math.min(run.config.steps, Math.max(run.step + 1, Math.round(target)));
    if (run.step >= run.config.steps) return;
    this.target = cap;
    this.autoPaused = null;
    if (this.startedAt === null) this.startedAt = performance.now();
    this.phase = 'running';
    this.rate.start(run.step);
    this.deciles.from(run.step, cap);
    this.client?.run({ target: cap, untilAcc, ...sp });
    this.dom.setStatus(this.t('status.running'));
    this.dom.announce(this.t('status.started'));
    this.updateButtons();
    this.updateProgress();
  }

  private pause(auto: AutoPause = null): void {
    if (this.phase !== 'running') return;
    this.autoPaused = auto;
    this.client?.pause();
    if (!this.backend && this.run) this.onStopped(this.run, this.run.step, 'paused');
  }

  private toggle(): void {
    if (this.phase === 'running') this.pause();
    else this.go(this.run?.config.steps ?? this.state.steps);
  }

  private step(n: number): void {
    if (this.phase === 'running') return;
    this.go((this.run?.step ?? 0) + n, null, { chunk: n, minChunkMs: 0 });
  }

  private reset(): void {
    this.startedAt = null;
    if (!this.client?.started) {
      this.run = null;
      this.warm();
    } else this.configure();
    this.dom.setStatus(this.t('status.reset'));
    this.dom.announce(this.t('status.reset'));
  }

  private fail(message: string): void {
    this.phase = 'error';
    this.dom.showError(this.t('status.error', { message }));
    this.updateButtons();
  }

  private turnOff(message: string): void {
    this.phase = 'off';
    this.dom.byRole('why-off').textContent = message;
    this.dom.byRole('fallback').hidden = false;
    this.dom.byRole('live').hidden = true;
    this.client?.stop();
  }

  /** New settings: a new backend starts a new worker, a new configuration a new run. */
  private setState(next: LabState, notices: Notice[] = []): void {
    const fixed = reconcile(next);
    const before = this.state;
    this.state = fixed.state;
    syncInputs(this.dom, this.state);
    showNotices(this.dom, [...notices, ...fixed.notices]);
    writeUrl(this.state);
    if (before.backend !== this.state.backend || !sameConfig(labConfig(before), labConfig(this.state))) this.shared.close();
    if (before.backend !== this.state.backend) {
      this.client?.stop();
      this.backendFailed = false;
      this.dom.byRole('badge').textContent = this.t('badge.warming');
      this.run = null;
      this.phase = 'idle';
      this.warm();
      return;
    }
    if (!sameConfig(labConfig(before), labConfig(this.state))) {
      const hadProgress = (this.run?.step ?? 0) > 0;
      if (this.phase === 'running') this.client?.pause();
      this.startedAt = null;
      if (this.client?.started) this.configure();
      if (hadProgress) {
        this.dom.setStatus(this.t('status.changed'));
        this.dom.announce(this.t('status.changed'));
      }
    } else if (this.phase === 'running' && before.speed !== this.state.speed) {
      this.go(this.target);
    }
    this.updateButtons();
  }

  /** Pause while the tab is hidden or the lab is off-screen; resume what we paused ourselves. */
  private onVisibility(hidden: boolean, offscreen: boolean): void {
    const reason: AutoPause = hidden ? 'hidden' : offscreen ? 'offscreen' : null;
    if (reason && this.phase === 'running') this.pause(reason);
    else if (reason && this.phase === 'paused' && this.autoPaused) {
      this.autoPaused = reason;
      const key: LabKey = reason === 'hidden' ? 'status.pausedHidden' : 'status.pausedOffscreen';
      this.dom.setStatus(this.t(key, { step: formatInt(this.dom.lang, this.run?.step ?? 0) }));
    } else if (!reason && this.autoPaused && (this.phase === 'paused' || this.phase === 'running')) {
      this.autoPaused = null;
      this.go(this.target);
    }
  }

  private updateProgress(): void {
    showProgress(this.dom, {
      step: this.run?.step ?? 0,
      total: this.run?.config.steps ?? this.state.steps,
      rate: this.phase === 'running' ? this.rate.rate : null,
      target: this.target,
      firstStepMs: this.firstStepMs,
    });
  }

  private updateButtons(): void {
    showButtons(this.dom, this.phase, this.run?.step ?? 0);
  }

  /** The lab's state and commands, lent to its inputs (lab-actions.ts). */
  private commands(): LabCommands {
    return {
      dom: this.dom,
      compare: this.compare,
      drawing: this.drawing,
      state: () => this.state,
      run: () => this.run,
      setState: (next, notices) => this.setState(next, notices),
      go: (target, untilAcc) => this.go(target, untilAcc),
      trainShared: () => this.go(this.shared.step),
      toggle: () => this.toggle(),
      step: (n) => this.step(n),
      reset: () => this.reset(),
      visibility: (hidden, offscreen) => this.onVisibility(hidden, offscreen),
      warm: () => this.warm(),
      pagehide: () => {
        if (!this.client?.started) return;
        this.client.stop();
        this.suspended = true;
      },
      pageshow: () => {
        if (!this.suspended) return;
        this.suspended = false;
        this.run = null;
        this.phase = 'idle';
        this.startedAt = null;
        this.warm();
      },
    };
  }
}

if (!customElements.get('fittest-lab')) customElements.define('fittest-lab', FittestLab);
