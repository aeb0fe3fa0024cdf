/**
 * <fittest-lab>: the live training lab. It reads its settings from the URL (lab.*), warms a
 * training worker when it nears the viewport, drives runs (start, pause, step, reset, run to a
 * step or an accuracy), pauses when hidden or scrolled away, and draws the shared figure specs
 * from the rows the worker sends. No tfjs on this thread: the worker owns the engine.
 */
import { labConfig, LAB_PRESETS, labSchema, readLabState, reconcile, writeLabState, type LabState } from '../../lib/state/lab';
import { parseField, serialiseField, shorten, type Notice } from '../../lib/state/schema';
import type { TrainConfig } from '../../lib/config';
import type { BackendChoice, BackendInfo } from '../../lib/engine/backend';
import type { CompactRun } from '../../reference/spec';
import type { FromWorker, StopReason, ToWorker } from './protocol';
import { RunData } from './run-data';
import { fmtDuration, fmtInt, fmtPct, lt, type LabKey, type LabLang } from './i18n';
import * as F from './lab-figures';
import { download, downloadText, figureSvg, svgToPng } from './lab-exports';
import type { LabReference } from './build-data';
import { saveLastRun } from './last-run';

type Phase = 'idle' | 'running' | 'paused' | 'finished' | 'diverged' | 'error' | 'off';
type AutoPause = 'hidden' | 'offscreen' | null;

/** Redraw at most this often while training (figures are cheap, but not free). */
const DRAW_EVERY_MS = 300;
const WARM_MARGIN = '600px 0px';

const sameConfig = (a: TrainConfig, b: TrainConfig) => JSON.stringify(a) === JSON.stringify(b);

export class FittestLab extends HTMLElement {
  private uiLang: LabLang = 'en';
  private state!: LabState;
  private worker: Worker | null = null;
  private backend: BackendInfo | null = null;
  private backendFailed = false;
  private run: RunData | null = null;
  private runId = 0;
  private ticket = 0;
  private phase: Phase = 'idle';
  private autoPaused: AutoPause = null;
  private offscreen = false;
  private pinned: RunData | null = null;
  private references: LabReference[] = [];
  private reference: { id: string; overlay: F.Overlay } | null = null;
  private refCache = new Map<string, Promise<CompactRun | null>>();
  private pendingRun: Omit<Extract<ToWorker, { type: 'run' }>, 'type' | 'runId' | 'ticket'> | null = null;
  private lastDraw = 0;
  private drawQueued = false;
  private target = 0;
  private rateFrom: { t: number; step: number } | null = null;
  private rate: number | null = null;
  private lastDecile = -1;
  private startedAt: number | null = null;
  /** Milliseconds from pressing start to the first trained step drawn (exposed for tests). */
  firstStepMs: number | null = null;
  private cleanup: (() => void)[] = [];
  private statsWaiters: ((s: { numTensors: number; numBytes: number }) => void)[] = [];
  /** The worker was stopped because the page was hidden for navigation (pagehide). */
  private suspended = false;

  private $<T extends Element = HTMLElement>(sel: string): T {
    return this.querySelector(sel) as T;
  }
  private byRole<T extends Element = HTMLElement>(name: string): T {
    return this.$<T>(`[data-role="${name}"]`);
  }
  private t(key: LabKey, vars?: Record<string, string | number>): string {
    return lt(this.uiLang, key, vars);
  }

  connectedCallback(): void {
    this.uiLang = this.dataset.lang === 'ja' ? 'ja' : 'en';
    try {
      this.references = JSON.parse(this.dataset.refs ?? '[]') as LabReference[];
    } catch {
      this.references = [];
    }
    const why = this.byRole('why-off');
    if (typeof Worker === 'undefined') {
      why.textContent = this.t('off.noWorker');
      this.phase = 'off';
      return;
    }
    // No WebAssembly here is not the end: the worker may still have WebGL. It decides.
    const { state, notices } = readLabState(location.search);
    this.state = state;
    this.byRole('fallback').hidden = true;
    this.byRole('live').hidden = false;
    this.syncInputs();
    this.showNotices(notices);
    this.bind();
    this.updateButtons();
    this.updateProgress();
    if (this.state.step > 0) {
      this.byRole<HTMLInputElement>('run-to').value = String(this.state.step);
      this.setStatus(this.t('status.linkStep', { step: fmtInt(this.uiLang, this.state.step) }));
    }
    this.observe();
    this.dataset.ready = 'true';
  }

  disconnectedCallback(): void {
    for (const f of this.cleanup) f();
    this.cleanup = [];
    this.worker?.terminate();
    this.worker = null;
  }

  /** The engine's live tensors and bytes, as the worker reports them (tests and diagnostics). */
  requestStats(): Promise<{ numTensors: number; numBytes: number }> {
    if (!this.worker) return Promise.reject(new Error('no worker'));
    return new Promise((ok) => {
      this.statsWaiters.push(ok);
      this.post({ type: 'stats' });
    });
  }

  /** The run as the JSON export has it (tests and diagnostics), or null before the first row. */
  runFile(): ReturnType<RunData['toRunFile']> | null {
    return this.run && this.run.length ? this.run.toRunFile() : null;
  }

  /** Lose the worker's WebGL context on purpose (tests the recovery path; nothing off webgl). */
  loseContextForTest(): void {
    this.post({ type: 'lose-context' });
  }

  // -------------------------------------------------------------------------------------------
  // Worker

  private warm(): void {
    if (this.worker || this.backendFailed) return;
    let w: Worker;
    try {
      w = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.turnOff(this.t('off.noWorker'));
      return;
    }
    this.worker = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => this.onWorker(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      this.fail(e.message || 'worker error');
    };
    this.post({ type: 'backend', choice: this.state.backend as BackendChoice });
    this.configure();
  }

  private post(m: ToWorker): void {
    this.worker?.postMessage(m);
  }

  private configure(): void {
    const config = labConfig(this.state);
    this.runId++;
    this.ticket++;
    this.run = new RunData(config, { backend: this.backend?.name ?? '?', precision: this.backend?.precision ?? 'float32' });
    this.phase = 'idle';
    this.autoPaused = null;
    this.lastDecile = -1;
    this.rate = null;
    this.rateFrom = null;
    this.byRole('error').hidden = true;
    this.post({ type: 'configure', config, runId: this.runId });
    this.findReference();
    this.updateButtons();
    this.updateProgress();
    this.scheduleDraw(true);
  }

  private onWorker(m: FromWorker): void {
    switch (m.type) {
      case 'backend':
        this.backend = m.info;
        if (this.run) this.run.engine = { backend: m.info.name, precision: m.info.precision };
        this.showBackend(m.info, m.requested, m.fellBack);
        if (this.pendingRun) this.sendRun(this.pendingRun);
        return;
      case 'backend-error':
        this.backendFailed = true;
        this.turnOff(this.t('off.noEngine', { reason: m.message }));
        return;
      case 'slow-only':
        this.backendFailed = true;
        this.pendingRun = null;
        this.turnOff(this.t('off.slowOnly'));
        this.dataset.offReason = 'slow-only';
        this.$('[data-action="use-cpu"]').hidden = false;
        return;
      case 'stats':
        for (const f of this.statsWaiters.splice(0)) f({ numTensors: m.numTensors, numBytes: m.numBytes });
        return;
    }
    if (m.runId !== this.runId || !this.run) return;
    switch (m.type) {
      case 'rows': {
        this.run.append(m.rows);
        const step = this.run.step;
        if (this.startedAt !== null && step > 0 && this.firstStepMs === null) {
          this.firstStepMs = Math.round(performance.now() - this.startedAt);
          this.dataset.firstStepMs = String(this.firstStepMs);
        }
        this.measureRate(step);
        this.updateProgress();
        this.announceProgress();
        this.scheduleDraw(false);
        return;
      }
      case 'embedding':
        this.run.embedding = { step: m.step, data: m.embedding };
        // On webgl the worker's snapshot is taken with the embedding: tests read this step.
        this.dataset.embeddingStep = String(m.step);
        this.scheduleDraw(false);
        return;
      case 'restored': {
        // The rows after the snapshot are superseded by the ones the new backend computes.
        const dropped = this.run.truncateAfter(m.step);
        this.dataset.restoredStep = String(m.step);
        this.dataset.droppedRows = String(dropped);
        const note = this.byRole('backend-note');
        note.hidden = false;
        note.dataset.kind = 'lost';
        note.textContent = this.t('badge.lost', { lostAt: fmtInt(this.uiLang, m.lostAt), step: fmtInt(this.uiLang, m.step), name: this.backend?.name ?? 'wasm' });
        this.announce(note.textContent);
        this.updateProgress();
        this.scheduleDraw(true);
        return;
      }
      case 'parameters':
        this.run.finalParameters = { step: m.step, parameters: m.parameters };
        this.rememberRun();
        return;
      case 'stopped':
        if (m.ticket !== this.ticket) return;
        this.onStopped(m.step, m.reason);
        return;
      case 'diverged':
        this.run.diverged = { step: m.step, message: m.message };
        this.phase = 'diverged';
        this.showError(this.t('status.diverged', { step: fmtInt(this.uiLang, m.step), message: m.message }));
        this.announce(this.t('status.diverged', { step: fmtInt(this.uiLang, m.step), message: m.message }));
        this.updateButtons();
        this.scheduleDraw(true);
        return;
      case 'error':
        this.fail(m.message);
        return;
    }
  }

  private onStopped(step: number, reason: StopReason): void {
    const run = this.run!;
    const acc = fmtPct(run.testAcc[run.length - 1] ?? 0);
    if (reason === 'end') {
      this.phase = 'finished';
      const circles = run.circles;
      const msg = this.t('status.finished', { step: fmtInt(this.uiLang, step), acc, n: circles.length, circles: circles.join(', ') || '—' });
      this.setStatus(msg);
      this.announce(msg);
    } else {
      this.phase = 'paused';
      const key: LabKey =
        reason === 'accuracy'
          ? 'status.accuracy'
          : reason === 'target'
            ? 'status.target'
            : this.autoPaused === 'hidden'
              ? 'status.pausedHidden'
              : this.autoPaused === 'offscreen'
                ? 'status.pausedOffscreen'
                : 'status.paused';
      const msg = this.t(key, { step: fmtInt(this.uiLang, step), acc });
      this.setStatus(msg);
      this.announce(msg);
    }
    this.rateFrom = null;
    this.updateButtons();
    this.updateProgress();
    this.scheduleDraw(true);
  }

  /** Keep the paused or finished run for other widgets (localStorage; see last-run.ts). */
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

  private sendRun(r: NonNullable<FittestLab['pendingRun']>): void {
    if (!this.backend) {
      this.pendingRun = r;
      return;
    }
    this.pendingRun = null;
    this.ticket++;
    this.post({ type: 'run', runId: this.runId, ticket: this.ticket, ...r });
  }

  // -------------------------------------------------------------------------------------------
  // Commands

  private speed(): { chunk: number | 'auto'; minChunkMs: number } {
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
    this.rateFrom = { t: performance.now(), step: run.step };
    this.lastDecile = Math.floor((10 * run.step) / cap);
    this.sendRun({ target: cap, untilAcc, ...sp });
    const msg = this.t('status.started');
    this.setStatus(this.t('status.running'));
    this.announce(msg);
    this.updateButtons();
    this.updateProgress();
  }

  private pause(auto: AutoPause = null): void {
    if (this.phase !== 'running') return;
    this.autoPaused = auto;
    this.pendingRun = null;
    this.post({ type: 'pause', runId: this.runId });
    if (!this.backend) this.onStopped(this.run?.step ?? 0, 'paused');
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
    if (!this.worker) {
      this.run = null;
      this.warm();
    } else this.configure();
    this.setStatus(this.t('status.reset'));
    this.announce(this.t('status.reset'));
  }

  private fail(message: string): void {
    this.phase = 'error';
    this.showError(this.t('status.error', { message }));
    this.updateButtons();
  }

  private turnOff(message: string): void {
    this.phase = 'off';
    this.byRole('why-off').textContent = message;
    this.byRole('fallback').hidden = false;
    this.byRole('live').hidden = true;
    this.worker?.terminate();
    this.worker = null;
  }

  // -------------------------------------------------------------------------------------------
  // Settings

  private setState(next: LabState, notices: Notice[] = []): void {
    const fixed = reconcile(next);
    const before = this.state;
    this.state = fixed.state;
    this.syncInputs();
    this.showNotices([...notices, ...fixed.notices]);
    this.writeUrl();
    const configChanged = !sameConfig(labConfig(before), labConfig(this.state));
    if (before.backend !== this.state.backend) {
      this.worker?.terminate();
      this.worker = null;
      this.backend = null;
      this.backendFailed = false;
      this.byRole('badge').textContent = this.t('badge.warming');
      this.runId++;
      this.run = null;
      this.phase = 'idle';
      this.warm();
      return;
    }
    if (configChanged) {
      const hadProgress = (this.run?.step ?? 0) > 0;
      if (this.phase === 'running') this.post({ type: 'pause', runId: this.runId });
      this.startedAt = null;
      if (this.worker) this.configure();
      if (hadProgress) {
        this.setStatus(this.t('status.changed'));
        this.announce(this.t('status.changed'));
      }
    } else if (this.phase === 'running' && before.speed !== this.state.speed) {
      this.go(this.target);
    }
    this.updateButtons();
  }

  private writeUrl(extra: Partial<LabState> = {}): string {
    const url = new URL(location.href);
    const params = writeLabState({ ...this.state, ...extra }, url.searchParams);
    url.search = params.toString();
    try {
      history.replaceState(history.state, '', url);
    } catch {
      /* some sandboxes forbid it: the copy-link control still works */
    }
    return url.href;
  }

  private syncInputs(): void {
    for (const el of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]')) {
      const key = el.dataset.field as keyof LabState;
      const v = serialiseField(labSchema[key], this.state[key]);
      if (el.value !== v) el.value = v;
    }
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
      const pr = LAB_PRESETS.find((p) => p.id === b.dataset.preset)!;
      const on = Object.entries(pr.values).every(([k, v]) => this.state[k as keyof LabState] === v);
      b.setAttribute('aria-pressed', String(on));
    }
  }

  private onFieldChange(el: HTMLInputElement | HTMLSelectElement): void {
    const key = el.dataset.field as keyof LabState;
    const field = labSchema[key];
    const r = parseField(field, el.value);
    const notices: Notice[] = [];
    if (!r.ok) {
      notices.push({ key, kind: 'rejected', raw: shorten(el.value), value: serialiseField(field, this.state[key]) });
      this.showNotices(notices);
      el.value = serialiseField(field, this.state[key]);
      return;
    }
    if (r.clamped) notices.push({ key, kind: 'clamped', raw: shorten(el.value), value: serialiseField(field, r.value) });
    this.setState({ ...this.state, [key]: r.value, step: 0 }, notices);
  }

  private showNotices(notices: Notice[]): void {
    const ul = this.byRole('notices');
    ul.replaceChildren(
      ...notices.map((n) => {
        const li = document.createElement('li');
        li.textContent = this.t(`notice.${n.kind}` as LabKey, { key: n.key, raw: n.raw, value: n.value ?? '' });
        return li;
      }),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Wiring

  private bind(): void {
    const on = <K extends keyof HTMLElementEventMap>(target: EventTarget, type: K | string, fn: (e: Event) => void, opts?: AddEventListenerOptions) => {
      target.addEventListener(type, fn, opts);
      this.cleanup.push(() => target.removeEventListener(type, fn, opts));
    };
    on(this, 'click', (e) => {
      const btn = (e.target as Element).closest<HTMLButtonElement>('button');
      if (!btn || !this.contains(btn) || btn.getAttribute('aria-disabled') === 'true') return;
      if (btn.dataset.preset) {
        const pr = LAB_PRESETS.find((p) => p.id === btn.dataset.preset);
        if (pr) this.setState({ ...this.state, ...pr.values, step: 0 });
        return;
      }
      this.action(btn.dataset.action ?? '');
    });
    on(this, 'change', (e) => {
      const el = e.target as HTMLInputElement | HTMLSelectElement;
      if (el.dataset.field) this.onFieldChange(el);
      else if (el.dataset.role === 'scrub') this.drawCompare();
    });
    on(this, 'input', (e) => {
      const el = e.target as HTMLInputElement;
      if (el.dataset.role === 'scrub') this.drawCompare();
    });
    on(this, 'submit', (e) => e.preventDefault());
    on(this, 'toggle', (e) => {
      const d = e.target as HTMLDetailsElement;
      if (d.open && d.dataset.tableFor) this.drawTable(d.dataset.tableFor);
    }, { capture: true });
    on(this, 'keydown', (e) => this.onKey(e as KeyboardEvent));
    on(document, 'visibilitychange', () => this.onVisibility(document.visibilityState === 'hidden', this.offscreen));
    // Leaving the page (or entering the back/forward cache) ends the worker and its tensors;
    // coming back from the cache starts a fresh one at step 0.
    on(window, 'pagehide', () => {
      if (!this.worker) return;
      this.worker.terminate();
      this.worker = null;
      this.backend = null;
      this.suspended = true;
    });
    on(window, 'pageshow', (e) => {
      if (!(e as PageTransitionEvent).persisted || !this.suspended) return;
      this.suspended = false;
      this.runId++;
      this.run = null;
      this.phase = 'idle';
      this.startedAt = null;
      this.warm();
    });
    let resizeTimer = 0;
    on(window, 'resize', () => {
      clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(() => this.scheduleDraw(true), 200);
    });
  }

  private action(name: string): void {
    switch (name) {
      case 'toggle':
        return this.toggle();
      case 'step1':
        return this.step(1);
      case 'step10':
        return this.step(10);
      case 'reset':
        return this.reset();
      case 'run-to': {
        const v = Number(this.byRole<HTMLInputElement>('run-to').value);
        if (Number.isFinite(v) && v > 0) this.go(v);
        return;
      }
      case 'until':
        return this.go(this.run?.config.steps ?? this.state.steps, this.state.until);
      case 'pin':
        return this.pin();
      case 'unpin':
        this.pinned = null;
        this.updateCompare();
        this.scheduleDraw(true);
        return;
      case 'copy-link':
        return void this.copyLink();
      case 'use-cpu':
        // The reader chose the slow engine knowingly.
        this.$('[data-action="use-cpu"]').hidden = true;
        this.byRole('fallback').hidden = true;
        this.byRole('live').hidden = false;
        delete this.dataset.offReason;
        this.setState({ ...this.state, backend: 'cpu', step: 0 });
        return;
      case 'json':
        return this.exportJson();
      case 'csv':
        return this.exportCsv();
      case 'svg':
      case 'png':
        return void this.exportFigure(name);
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const t = e.target as HTMLElement;
    const tag = t.tagName;
    const inField = tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || t.isContentEditable;
    if (inField) return;
    if (e.key === ' ' || e.code === 'Space') {
      // On a button, Space presses that button: leave it alone.
      if (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A') return;
      e.preventDefault();
      this.toggle();
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      this.step(1);
    } else if (e.key === 'r' || e.key === 'R') {
      e.preventDefault();
      this.reset();
    }
  }

  private observe(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.warm();
      return;
    }
    const near = new IntersectionObserver(
      (entries) => {
        if (entries.some((en) => en.isIntersecting)) {
          this.warm();
          near.disconnect();
        }
      },
      { rootMargin: WARM_MARGIN },
    );
    near.observe(this);
    const visible = new IntersectionObserver((entries) => {
      const en = entries[entries.length - 1];
      if (en) this.onVisibility(document.visibilityState === 'hidden', !en.isIntersecting);
    });
    visible.observe(this);
    const plots = new IntersectionObserver((entries) => {
      let stale = false;
      for (const en of entries) {
        const id = (en.target as HTMLElement).dataset.plot!;
        if (en.isIntersecting) this.plotsInView.add(id);
        else this.plotsInView.delete(id);
        stale ||= en.isIntersecting && this.stalePlots.has(id);
      }
      if (stale) this.scheduleDraw(false);
    });
    for (const el of this.querySelectorAll('[data-plot]')) plots.observe(el);
    this.cleanup.push(() => {
      near.disconnect();
      visible.disconnect();
      plots.disconnect();
    });
  }

  /** Pause while the tab is hidden or the lab is off-screen; resume what we paused ourselves. */
  private onVisibility(hidden: boolean, offscreen: boolean): void {
    this.offscreen = offscreen;
    const reason: AutoPause = hidden ? 'hidden' : offscreen ? 'offscreen' : null;
    if (reason && this.phase === 'running') this.pause(reason);
    else if (reason && this.phase === 'paused' && this.autoPaused) {
      this.autoPaused = reason;
      this.setStatus(this.t(reason === 'hidden' ? 'status.pausedHidden' : 'status.pausedOffscreen', { step: fmtInt(this.uiLang, this.run?.step ?? 0) }));
    } else if (!reason && this.autoPaused && (this.phase === 'paused' || this.phase === 'running')) {
      this.autoPaused = null;
      this.go(this.target);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Status, progress, announcements

  private setStatus(text: string): void {
    this.byRole('status').textContent = text;
  }

  /** Polite announcements: on start, pause and finish, and every tenth of the way. */
  private announce(text: string): void {
    const el = this.byRole('announce');
    el.textContent = '';
    // A fresh text node after clearing makes screen readers read repeated messages too.
    requestAnimationFrame(() => (el.textContent = text));
  }

  private announceProgress(): void {
    const run = this.run!;
    if (this.phase !== 'running' || this.target <= 0) return;
    const decile = Math.floor((10 * run.step) / this.target);
    if (decile > this.lastDecile && decile < 10) {
      this.lastDecile = decile;
      this.announce(this.t('status.progress', { step: fmtInt(this.uiLang, run.step), total: fmtInt(this.uiLang, this.target), acc: fmtPct(run.testAcc[run.length - 1] ?? 0) }));
    }
  }

  private showError(text: string): void {
    const el = this.byRole('error');
    el.textContent = text;
    el.hidden = false;
  }

  private measureRate(step: number): void {
    if (!this.rateFrom || this.phase !== 'running') return;
    const dt = (performance.now() - this.rateFrom.t) / 1000;
    if (dt > 0.3 && step > this.rateFrom.step) this.rate = (step - this.rateFrom.step) / dt;
  }

  private updateProgress(): void {
    const run = this.run;
    const total = run?.config.steps ?? this.state.steps;
    const step = run?.step ?? 0;
    const bar = this.byRole<HTMLProgressElement>('progress');
    bar.max = total;
    bar.value = step;
    const parts = [this.t('progress.text', { step: fmtInt(this.uiLang, step), total: fmtInt(this.uiLang, total) })];
    if (this.phase === 'running' && this.rate) {
      parts.push(this.t('progress.speed', { rate: this.rate >= 10 ? Math.round(this.rate) : this.rate.toFixed(1) }));
      parts.push(this.t('progress.eta', { eta: fmtDuration(this.uiLang, (this.target - step) / this.rate) }));
    }
    if (this.firstStepMs !== null) parts.push(this.t('status.firstStep', { ms: this.firstStepMs }));
    const text = this.byRole('progress-text');
    text.textContent = parts.join(' · ');
    text.dataset.step = String(step);
  }

  private updateButtons(): void {
    const toggle = this.$<HTMLButtonElement>('[data-action="toggle"]');
    const running = this.phase === 'running';
    const step = this.run?.step ?? 0;
    toggle.textContent = running ? toggle.dataset.labelPause! : step > 0 ? toggle.dataset.labelResume! : toggle.dataset.labelStart!;
    const stuck = this.phase === 'diverged' || this.phase === 'error' || this.phase === 'finished' || this.phase === 'off';
    // aria-disabled rather than disabled: a disabled button drops keyboard focus to <body>.
    toggle.setAttribute('aria-disabled', String(stuck));
    for (const a of ['step1', 'step10', 'run-to', 'until']) this.$(`[data-action="${a}"]`).setAttribute('aria-disabled', String(stuck || running));
    this.$('[data-action="pin"]').setAttribute('aria-disabled', String(step === 0));
    this.dataset.phase = this.phase;
  }

  private showBackend(info: BackendInfo, requested: BackendChoice, fellBack: boolean): void {
    const badge = this.byRole('badge');
    badge.textContent = `${info.name} · ${info.precision}`;
    badge.title = `${this.t('badge.title', { name: info.name, precision: info.precision })}; ${this.t('badge.reason', { reason: info.reason })}${info.renderer ? ` (${info.renderer})` : ''}`;
    badge.dataset.backend = info.name;
    const note = this.byRole('backend-note');
    const noWebgl = !fellBack && (info.name === 'wasm' || info.name === 'fused-wasm') && info.reason === 'no WebGL';
    note.hidden = !fellBack && !noWebgl;
    note.dataset.kind = fellBack ? 'fell-back' : noWebgl ? 'no-webgl' : '';
    note.textContent = fellBack ? this.t('badge.fellBack', { requested, name: info.name }) : noWebgl ? this.t('badge.noWebgl') : '';
    this.byRole('fallback').hidden = true;
    if (this.phase === 'idle' && this.run) this.setStatus(this.t('status.ready', { p: this.run.config.p, d: this.run.config.d, seed: this.run.config.seed }));
  }

  // -------------------------------------------------------------------------------------------
  // Reference and pinned runs

  private findReference(): void {
    const c = this.run!.config;
    const ref = this.references.find((r) => r.p === c.p && r.d === c.d && r.seed === c.seed && r.lr === c.lr && r.wd === c.weightDecay && r.frac === c.trainFraction);
    this.reference = null;
    const note = this.byRole('ref-note');
    if (!ref) {
      note.textContent = this.t('compare.refNone');
      return;
    }
    let p = this.refCache.get(ref.id);
    if (!p) {
      p = fetch(`/reference/${ref.id}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<CompactRun>) : null))
        .catch(() => null);
      this.refCache.set(ref.id, p);
    }
    const runId = this.runId;
    void p.then((data) => {
      if (runId !== this.runId) return;
      if (!data || !Array.isArray(data.steps) || !Array.isArray(data.signals)) {
        note.textContent = this.t('compare.refNone');
        return;
      }
      note.textContent = this.t('compare.refMatch');
      this.reference = {
        id: ref.id,
        overlay: {
          loss: { steps: data.steps, trainLoss: data.trainLoss, testLoss: data.testLoss, trainAcc: data.trainAcc, testAcc: data.testAcc },
          signal: { p: data.config.p, steps: data.steps, signals: data.signals, circles: data.circles },
        },
      };
      this.scheduleDraw(true);
    });
  }

  private pin(): void {
    const run = this.run;
    if (!run || run.step === 0) return;
    const copy = new RunData(run.config, { ...run.engine });
    copy.append(run.steps.map((step, i) => ({ step, trainLoss: run.trainLoss[i]!, testLoss: run.testLoss[i]!, trainAcc: run.trainAcc[i]!, testAcc: run.testAcc[i]!, signals: run.signals[i]! })));
    copy.embedding = run.embedding;
    this.pinned = copy;
    this.updateCompare();
    this.scheduleDraw(true);
  }

  private overlay(): F.Overlay | null {
    if (this.pinned) return { loss: this.pinned.lossSeries(), signal: this.pinned.signalSeries() };
    return this.reference?.overlay ?? null;
  }

  private updateCompare(): void {
    const has = Boolean(this.pinned);
    this.byRole('compare').hidden = !has;
    this.$<HTMLButtonElement>('[data-action="unpin"]').hidden = !has;
    if (!has) return;
    const maxStep = Math.max(this.run?.step ?? 0, this.pinned!.step);
    const scrub = this.byRole<HTMLInputElement>('scrub');
    const wasAtEnd = Number(scrub.value) >= Number(scrub.max);
    scrub.max = String(maxStep);
    if (wasAtEnd) scrub.value = String(maxStep);
    this.drawCompare();
  }

  private drawCompare(): void {
    const pinned = this.pinned;
    const run = this.run;
    if (!pinned || !run || run.length === 0) return;
    const step = Number(this.byRole<HTMLInputElement>('scrub').value);
    this.byRole('scrub-out').textContent = fmtInt(this.uiLang, step);
    const a = F.spectrumAt(run, run.indexAt(step));
    const b = F.spectrumAt(pinned, pinned.indexAt(step));
    const list = (xs: number[]) => (xs.length ? xs.join(', ') : this.t('survivors.none'));
    const setA = new Set(a.circles);
    const setB = new Set(b.circles);
    this.byRole('cmp-both').textContent = this.t('compare.both', { list: list(a.circles.filter((k) => setB.has(k)).sort((x, y) => x - y)) });
    this.byRole('cmp-live').textContent = this.t('compare.onlyLive', { list: list(a.circles.filter((k) => !setB.has(k)).sort((x, y) => x - y)) });
    this.byRole('cmp-pinned').textContent = this.t('compare.onlyPinned', { list: list(b.circles.filter((k) => !setA.has(k)).sort((x, y) => x - y)) });
    const title = (name: LabKey, r: RunData, s: number) => `${this.t(name)}: p = ${r.config.p}, d = ${r.config.d}, ${this.t('field.seed')} ${r.config.seed} · ${this.t('table.step')} ${fmtInt(this.uiLang, s)}`;
    this.byRole('cmp-title-live').textContent = title('compare.live', run, a.step ?? 0);
    this.byRole('cmp-title-pinned').textContent = title('compare.pinned', pinned, b.step ?? 0);
    F.drawSpectrum(this.$('[data-plot="compare-live"]'), a, this.uiLang, 200);
    F.drawSpectrum(this.$('[data-plot="compare-pinned"]'), b, this.uiLang, 200);
    if (this.$<HTMLDetailsElement>('[data-table-for="compare"]').open) this.drawTable('compare');
  }

  // -------------------------------------------------------------------------------------------
  // Drawing

  /** A draw was asked for while one was in progress: draw again when it ends. */
  private drawAgain = false;
  /** Longest single drawing task so far, in ms (exposed for tests as data-max-draw-ms). */
  maxDrawMs = 0;
  /** The same per drawing job (figure id, or 'other'). */
  private drawMs: Record<string, number> = {};

  private scheduleDraw(now: boolean): void {
    if (this.drawQueued) {
      if (now) this.drawAgain = true;
      return;
    }
    const wait = now ? 0 : Math.max(0, DRAW_EVERY_MS - (performance.now() - this.lastDraw));
    this.drawQueued = true;
    setTimeout(() => requestAnimationFrame(() => void this.drawAll()), wait);
  }

  private planes: ReturnType<typeof F.planesOf> = [];
  /** Figures (data-plot ids) on screen now, and those skipped while off screen. */
  private plotsInView = new Set<string>();
  private stalePlots = new Set<string>();

  /**
   * Redraw every figure, each in its own task and frame: one Plot figure takes a few milliseconds,
   * all of them together could hold the main thread past 50 ms on a slow or busy machine.
   */
  private async drawAll(): Promise<void> {
    const run = this.run;
    try {
      if (!run || run.length === 0 || this.byRole('live').hidden) return;
      const step = run.step;
      const overlay = this.overlay();
      // While training, only the figures on screen are drawn; the others are drawn when they
      // scroll into view or the run stops.
      const all = this.phase !== 'running';
      const plot = (id: string, draw: (el: HTMLElement) => void): Job => () => {
        if (!all && typeof IntersectionObserver !== 'undefined' && !this.plotsInView.has(id)) {
          this.stalePlots.add(id);
          return;
        }
        this.stalePlots.delete(id);
        draw(this.$(`[data-plot="${id}"]`));
      };
      type Job = (() => void) & { id?: string };
      const named = (id: string, f: Job): Job => Object.assign(f, { id });
      const jobs: Job[] = [
        named('loss', plot('loss', (el) => F.drawLoss(el, run, this.uiLang, overlay, !all))),
        named('signal', plot('signal', (el) => F.drawSignal(el, run, this.uiLang, overlay, !all))),
        named('spectrum', plot('spectrum', (el) => F.drawSpectrum(el, F.spectrumAt(run, run.length - 1), this.uiLang))),
        named('heatmap', plot('heatmap', (el) => F.drawHeatmap(el, run, this.uiLang, !all))),
        named('planes', plot('planes', (el) => {
          this.planes = F.planesOf(run, 4);
          F.drawPlanes(el, this.planes, this.uiLang);
        })),
        () => {
          for (const id of ['loss', 'signal']) {
            const note = this.$(`[data-overlay-note="${id}"]`);
            note.hidden = !overlay;
            note.textContent = this.pinned
              ? this.t('fig.overlayPin', { seed: this.pinned.config.seed, d: this.pinned.config.d })
              : this.reference
                ? this.t('fig.overlayRef', { id: this.reference.id })
                : '';
          }
          this.drawSurvivors();
        },
        ...[...this.querySelectorAll<HTMLDetailsElement>('details[data-table-for]')].filter((d) => d.open).map((d) => () => this.drawTable(d.dataset.tableFor!)),
        () => {
          if (this.pinned) this.updateCompare();
        },
      ];
      for (const [i, job] of jobs.entries()) {
        // One figure per rendered frame: wait for the next frame, then for the task after it, so
        // that each figure's style, layout and paint land in a frame of their own rather than
        // piling two figures' work into one long task.
        if (i > 0) await new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
        // A reset or new settings replaced the run: start over with the new one.
        if (this.run !== run) {
          this.drawAgain = true;
          return;
        }
        const t0 = performance.now();
        job();
        const ms = performance.now() - t0;
        this.maxDrawMs = Math.max(this.maxDrawMs, ms);
        const id = job.id ?? 'other';
        this.drawMs[id] = Math.max(this.drawMs[id] ?? 0, Math.round(ms));
      }
      this.dataset.drawnStep = String(step);
      this.dataset.maxDrawMs = this.maxDrawMs.toFixed(1);
      this.dataset.drawMs = JSON.stringify(this.drawMs);
    } finally {
      this.drawQueued = false;
      this.lastDraw = performance.now();
      if (this.drawAgain) {
        this.drawAgain = false;
        this.scheduleDraw(true);
      }
    }
  }

  private drawSurvivors(): void {
    const states = this.run!.frequencyStates();
    const pick = (s: string) => [...states].filter(([, v]) => v === s).map(([k]) => k);
    const list = (xs: number[]) => (xs.length ? xs.join(', ') : this.t('survivors.none'));
    const alive = this.run!.circles;
    const el = this.byRole('alive');
    el.textContent = this.t('survivors.alive', { list: list(alive) });
    el.dataset.circles = alive.join(',');
    this.byRole('fading').textContent = this.t('survivors.fading', { list: list(pick('fading')) });
  }

  private drawTable(id: string): void {
    const run = this.run;
    const box = this.$(`[data-table="${id}"]`);
    if (!run || run.length === 0 || !box) return;
    let t: HTMLTableElement | null = null;
    if (id === 'loss') t = F.lossTable(run, this.uiLang);
    else if (id === 'signal' || id === 'heatmap') t = F.signalTable(run, this.uiLang);
    else if (id === 'spectrum') t = F.spectrumTable(run, this.uiLang);
    else if (id === 'planes') t = this.planes.length ? F.planesTable(this.planes, this.uiLang) : null;
    else if (id === 'compare' && this.pinned) {
      const step = Number(this.byRole<HTMLInputElement>('scrub').value);
      t = F.compareTable(F.spectrumAt(run, run.indexAt(step)), F.spectrumAt(this.pinned, this.pinned.indexAt(step)), this.uiLang);
    }
    box.replaceChildren(...(t ? [t] : []));
  }

  // -------------------------------------------------------------------------------------------
  // Exports

  private fileStem(): string {
    const c = this.run?.config ?? labConfig(this.state);
    return `fittest-lab-p${c.p}-d${c.d}-s${c.seed}-step${this.run?.step ?? 0}`;
  }

  private exportJson(): void {
    if (!this.run) return;
    downloadText(`${this.fileStem()}.json`, JSON.stringify(this.run.toRunFile()) + '\n', 'application/json');
  }

  private exportCsv(): void {
    if (!this.run) return;
    downloadText(`${this.fileStem()}.csv`, this.run.toCsv(), 'text/csv');
  }

  private async exportFigure(kind: 'svg' | 'png'): Promise<void> {
    const id = this.byRole<HTMLSelectElement>('figure-choice').value;
    const svg = figureSvg(this.$(`[data-plot="${id}"]`));
    if (!svg) return;
    const name = `${this.fileStem()}-${id}.${kind}`;
    if (kind === 'svg') downloadText(name, svg, 'image/svg+xml');
    else {
      try {
        download(name, await svgToPng(svg));
      } catch (err) {
        this.setStatus(String((err as Error).message));
      }
    }
  }

  private async copyLink(): Promise<void> {
    const href = this.writeUrl({ step: this.run?.step ?? 0 });
    this.dataset.link = href;
    try {
      await navigator.clipboard.writeText(href);
      this.announce(this.t('status.copied'));
      this.setStatus(this.t('status.copied'));
    } catch {
      this.announce(this.t('status.copyFailed'));
      this.setStatus(this.t('status.copyFailed'));
    }
  }
}

if (!customElements.get('fittest-lab')) customElements.define('fittest-lab', FittestLab);
