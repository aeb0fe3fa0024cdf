/**
 * <fittest-fitness>: the perturbation lab of the fitness section. The form's state lives in the
 * URL under `fit.` (one declarative schema, notices for anything clamped or ignored). Pressing
 * Train starts the shared training worker and runs the plan one short run at a time, the nudged
 * run first and its twin next; S_k of each run is drawn while it trains, and after each run the
 * verdict for k, the table and the two summary figures are updated. Training pauses while the
 * tab is hidden or the widget is off-screen and carries on when it is back.
 */
import type { FitnessPayload } from '../../figures/data/fitness';
import { fitnessConfig, fitnessSchema, planRuns, readFitnessState, type FitnessState, type PlannedRun } from '../../lib/state/fitness';
import { parseField, serialiseField } from '../../lib/state/schema';
import type { BackendChoice } from '../../lib/engine/backend';
import { GRADIENT_STEP, runOutcome, type RunOutcome } from './outcome';
import { ftx, type FitKey } from './i18n';
import { failureText, planText, settledText, verdictText } from './view';
import { fillForm, showBackend, showNotices, showOff, showPhase, writeUrl, type Phase } from './fitness-form';
import { renderResults } from './fitness-results';
import type { TrainingRunner } from './runner';
import { TraceSet } from './trace';
import { watchVisibility, type AutoPause } from './fitness-visibility';
import { type Lang, langOr } from '../../i18n/languages';
import type { TemplateVars } from '../../i18n/strings';
import { formatInt, joinSentences } from '../../i18n/format';

/** Changing these starts a different experiment: earlier runs no longer belong with the new ones. */
const EXPERIMENT_KEYS: readonly (keyof FitnessState)[] = ['k', 'alpha', 'steps', 'embedding'];

const runKey = (r: Pick<PlannedRun, 'seed' | 'alpha'>) => `${r.seed}:${r.alpha}`;

class FittestFitness extends HTMLElement {
  private state!: FitnessState;
  private phase: Phase = 'idle';
  private autoPaused: AutoPause = null;
  /** Updates of the run in progress that the worker has reported. */
  private currentStep = 0;
  private outcomes: RunOutcome[] = [];
  private runner: TrainingRunner | null = null;
  private payload: Promise<FitnessPayload | null> | null = null;
  private msPerStep: number | null = null;
  /** Index (in the plan) and planned run in progress. */
  private active: { i: number; n: number; run: PlannedRun } | null = null;
  /** Bumped by every clear/reconfigure: a loop from an older generation stops. */
  private generation = 0;
  private cleanup: (() => void)[] = [];
  /** S_k over the steps of every run of this experiment, the one in progress last. */
  private traces = new TraceSet(fitnessSchema.k.default);
  private traceTimer: ReturnType<typeof setTimeout> | null = null;
  /** The last finished run's verdict, kept in view while the next one trains. */
  private verdict = '';

  private get language(): Lang {
    return langOr(this.dataset.lang);
  }

  private t(key: FitKey, vars?: TemplateVars): string {
    return ftx(this.language, key, vars);
  }

  private $<T extends HTMLElement = HTMLElement>(sel: string): T {
    return this.querySelector<T>(sel)!;
  }

  connectedCallback(): void {
    const { state, notices } = readFitnessState(location.search);
    this.state = state;
    this.traces = new TraceSet(state.k);
    showNotices(this, this.language, notices);
    fillForm(this, this.state);
    this.dataset.live = '';
    this.$<HTMLFieldSetElement>('[data-controls]').disabled = false;
    this.$<HTMLButtonElement>('[data-action="train"]').disabled = false;
    this.updatePlan();
    this.updateButtons();
    this.bind();
    this.cleanup.push(
      watchVisibility(
        this,
        (reason) => this.onVisibility(reason),
        () => this.showReference(),
      ),
    );
    this.dataset.ready = 'true';
  }

  disconnectedCallback(): void {
    for (const f of this.cleanup) f();
    this.cleanup = [];
    if (this.traceTimer) clearTimeout(this.traceTimer);
    this.runner?.dispose();
    this.runner = null;
  }

  // -------------------------------------------------------------------------------------------
  // Form and URL

  private onField(el: HTMLInputElement | HTMLSelectElement): void {
    const key = el.dataset.field as keyof FitnessState;
    const field = fitnessSchema[key];
    if (!field) return;
    const raw = el instanceof HTMLInputElement && el.type === 'checkbox' ? (el.checked ? '1' : '0') : el.value;
    const r = parseField(field, raw);
    const next = r.ok ? r.value : field.default;
    // Show what is used: an out-of-range or malformed entry snaps back to a valid value.
    if (!(el instanceof HTMLInputElement && el.type === 'checkbox')) el.value = serialiseField(field, next);
    if (next === this.state[key]) return;
    this.state = { ...this.state, [key]: next } as FitnessState;
    this.writeUrl();
    if (EXPERIMENT_KEYS.includes(key) && this.outcomes.length) {
      this.clear();
      this.setStatus(this.t('fit.cleared'));
    } else if (key === 'backend' && (this.runner || this.phase === 'off')) {
      // A new backend takes effect with a fresh worker.
      if (this.phase === 'off') this.setStatus(this.t('fit.idle'));
      this.stopRunner();
    }
    this.updatePlan();
  }

  private writeUrl(): void {
    writeUrl(this.state);
  }

  private updatePlan(): void {
    this.$('[data-plan]').textContent = planText(this.language, this.state, this.msPerStep);
    const head = this.querySelector('[data-fate-head]');
    if (head) head.textContent = this.t('fit.col.fate', { k: this.state.k });
    // The reference data (and Plot, to draw it) load only once the widget comes near the screen;
    // a change before that is picked up then.
    if (this.payload) this.showReference();
  }

  /** The settled share and, before any run, the reference runs of this very setting in the S_k plot. */
  private showReference(): void {
    void this.data().then((p) => {
      const el = this.querySelector('[data-settled]');
      const text = p ? settledText(this.language, p.settled, this.state.steps) : null;
      if (el && text) el.textContent = text;
      if (p && !this.outcomes.length && this.phase === 'idle') this.drawTraceNow(p);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Events

  private bind(): void {
    const on = <K extends string>(target: EventTarget, type: K, fn: (e: Event) => void) => {
      target.addEventListener(type, fn);
      this.cleanup.push(() => target.removeEventListener(type, fn));
    };
    on(this, 'change', (e) => {
      const el = e.target as HTMLInputElement | HTMLSelectElement;
      if (el.dataset.field) this.onField(el);
    });
    on(this, 'submit', (e) => e.preventDefault());
    on(this, 'click', (e) => {
      const action = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-action]')?.dataset.action;
      if (action === 'train') this.toggle();
      else if (action === 'use-cpu') this.useCpu();
      else if (action === 'clear') {
        this.clear();
        this.setStatus(this.t('fit.idle'));
      }
    });
  }

  private onVisibility(reason: AutoPause): void {
    if (reason && this.phase === 'running') {
      this.autoPaused = reason;
      this.pause();
      this.setStatus(this.t(reason === 'hidden' ? 'fit.pausedHidden' : 'fit.pausedOffscreen'));
    } else if (reason && this.autoPaused) {
      this.autoPaused = reason;
      this.setStatus(this.t(reason === 'hidden' ? 'fit.pausedHidden' : 'fit.pausedOffscreen'));
    } else if (!reason && this.autoPaused && this.phase === 'paused') {
      this.autoPaused = null;
      this.resume();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Training

  private data(): Promise<FitnessPayload | null> {
    this.payload ??= fetch(this.dataset.src!)
      .then((r) => (r.ok ? (r.json() as Promise<FitnessPayload>) : null))
      .catch(() => null);
    return this.payload;
  }

  private toggle(): void {
    if (this.phase === 'running') {
      this.autoPaused = null;
      this.pause();
      if (this.active) this.setStatus(this.t('fit.paused', { i: this.active.i + 1, n: this.active.n, step: this.currentStep }));
    } else if (this.phase === 'paused') {
      this.autoPaused = null;
      this.resume();
    } else if (this.phase !== 'loading') void this.start();
  }

  private async ensureRunner(): Promise<TrainingRunner | null> {
    if (this.runner) return this.runner;
    const { TrainingRunner } = await import('./runner');
    try {
      this.runner = new TrainingRunner(
        GRADIENT_STEP + 1,
        (step, ms) => this.onProgress(step, ms),
        (info, fellBack) => showBackend(this, this.language, info, fellBack),
        (step, signals) => {
          this.traces.add(step, signals);
          this.scheduleTrace();
        },
      );
      const handshake = await this.runner.start(this.state.backend as BackendChoice);
      if (handshake.kind === 'slow-only') {
        this.runner.dispose();
        this.runner = null;
        this.turnOff();
        return null;
      }
      return this.runner;
    } catch (err) {
      this.runner?.dispose();
      this.runner = null;
      showOff(this, this.language, err);
      return null;
    }
  }

  private async start(): Promise<void> {
    const gen = ++this.generation;
    const done = new Set(this.outcomes.map(runKey));
    const plan = planRuns(this.state);
    if (!this.outcomes.length) this.traces = new TraceSet(this.state.k);
    this.traces.dropUnfinished();
    const todo = plan.map((run, i) => ({ run, i })).filter(({ run }) => !done.has(runKey(run)));
    if (!todo.length) {
      this.setStatus(this.t('fit.done', { n: plan.length }));
      return;
    }
    this.phase = 'loading';
    this.updateButtons();
    this.setStatus(this.t('fit.loading'));
    const [runner, payload] = await Promise.all([this.ensureRunner(), this.data()]);
    if (gen !== this.generation) return;
    if (!runner) {
      if ((this.phase as Phase) !== 'off') this.phase = 'failed';
      this.updateButtons();
      return;
    }
    this.phase = 'running';
    this.updateButtons();
    const progress = this.$<HTMLProgressElement>('[data-progress]');
    progress.hidden = false;
    for (const { run, i } of todo) {
      if (gen !== this.generation) return;
      this.active = { i, n: plan.length, run };
      this.currentStep = 0;
      this.traces.begin(run);
      this.onProgress(0, this.msPerStep);
      const config = fitnessConfig(this.state, run);
      let rows;
      try {
        rows = await runner.train(config);
      } catch (err) {
        if (gen !== this.generation) return;
        if (err instanceof Error && err.name === 'SlowOnlyError') {
          this.stopRunner();
          this.turnOff();
          return;
        }
        this.phase = 'failed';
        this.active = null;
        this.setStatus(failureText(this.language, i, err as Error & { step?: number }));
        this.updateButtons();
        return;
      }
      if (gen !== this.generation) return;
      this.traces.finish();
      const outcome = runOutcome(run, this.state.k, this.state.steps, rows.first, rows.last);
      this.outcomes.push(outcome);
      // The verdict stays in the status line while the next run trains.
      this.verdict = verdictText(this.language, outcome, i, plan.length, this.outcomes);
      this.setStatus(this.verdict);
      renderResults(this, this.language, this.state.k, this.outcomes);
      if (payload) await this.redraw(payload);
      if (gen !== this.generation) return;
    }
    if (gen !== this.generation) return;
    this.phase = 'done';
    this.active = null;
    progress.hidden = true;
    this.setStatus(joinSentences(this.language, this.t('fit.done', { n: plan.length }), this.verdict));
    this.updateButtons();
  }

  private pause(): void {
    if (this.phase !== 'running') return;
    this.runner?.pause();
    this.phase = 'paused';
    this.updateButtons();
  }

  private resume(): void {
    if (this.phase !== 'paused') return;
    this.phase = 'running';
    this.runner?.resume();
    this.updateButtons();
    this.onProgress(this.currentStep, this.msPerStep);
  }

  /**
   * Only the slow pure-JavaScript engine could start: no silent hours-long run. The reference
   * figures stay, with the reason and an explicit choice of the slow engine.
   */
  private turnOff(): void {
    this.phase = 'off';
    this.$('[data-slow-only]').hidden = false;
    this.setStatus(this.t('fit.slowOnly'));
    this.$<HTMLProgressElement>('[data-progress]').hidden = true;
    this.updateButtons();
  }

  /** The reader chose the slow engine knowingly: train on it now. */
  private useCpu(): void {
    this.$('[data-slow-only]').hidden = true;
    this.state = { ...this.state, backend: 'cpu' };
    fillForm(this, this.state);
    this.writeUrl();
    this.stopRunner();
    this.phase = this.outcomes.length ? 'done' : 'idle';
    void this.start();
  }

  private stopRunner(): void {
    this.generation++;
    this.runner?.dispose();
    this.runner = null;
    this.active = null;
    this.autoPaused = null;
    this.$('[data-badge]').hidden = true;
    this.$('[data-slow-only]').hidden = true;
    if (this.phase !== 'idle') this.phase = this.outcomes.length ? 'done' : 'idle';
    this.$<HTMLProgressElement>('[data-progress]').hidden = true;
    this.updateButtons();
  }

  private clear(): void {
    if (this.phase === 'running' || this.phase === 'paused' || this.phase === 'loading') {
      this.runner?.cancel();
      this.generation++;
    }
    this.active = null;
    this.autoPaused = null;
    this.phase = 'idle';
    this.outcomes = [];
    this.verdict = '';
    this.traces = new TraceSet(this.state.k);
    this.$<HTMLProgressElement>('[data-progress]').hidden = true;
    renderResults(this, this.language, this.state.k, this.outcomes);
    void this.data().then((p) => (p ? this.redraw(p) : undefined));
    this.updateButtons();
  }

  // -------------------------------------------------------------------------------------------
  // Output

  private onProgress(step: number, msPerStep: number | null): void {
    this.currentStep = step;
    // The first chunks include the engine's warm-up: re-estimate the plan when the speed moves.
    if (msPerStep !== null && (this.msPerStep === null || Math.abs(msPerStep - this.msPerStep) > 0.25 * this.msPerStep)) {
      this.msPerStep = msPerStep;
      this.updatePlan();
    }
    const a = this.active;
    if (!a || this.phase !== 'running') return;
    const now = this.t('fit.progress', {
      i: a.i + 1,
      n: a.n,
      seed: a.run.seed,
      alpha: a.run.alpha,
      step: formatInt(this.language, step),
      steps: formatInt(this.language, this.state.steps),
    });
    this.setStatus(joinSentences(this.language, now, this.verdict));
    const progress = this.$<HTMLProgressElement>('[data-progress]');
    progress.value = (a.i + step / Math.max(1, this.state.steps)) / a.n;
  }

  private setStatus(text: string): void {
    this.$('[data-status]').textContent = text;
  }

  private updateButtons(): void {
    showPhase(this, this.language, this.phase, this.outcomes.length > 0);
  }

  private async redraw(payload: FitnessPayload): Promise<void> {
    const { drawFitness, drawTrace } = await import('./fitness-figures');
    drawFitness(this, payload, this.outcomes, this.state.k, this.language);
    drawTrace(this, payload, this.traces, this.state, this.language);
  }

  /** Redraw S_k over steps a few times a second while a run trains (not on every row). */
  private scheduleTrace(): void {
    if (this.traceTimer) return;
    this.traceTimer = setTimeout(() => {
      this.traceTimer = null;
      void this.data().then((payload) => payload && this.drawTraceNow(payload));
    }, 250);
  }

  private async drawTraceNow(payload: FitnessPayload): Promise<void> {
    const { drawTrace } = await import('./fitness-figures');
    drawTrace(this, payload, this.traces, this.state, this.language);
  }
}

if (!customElements.get('fittest-fitness')) customElements.define('fittest-fitness', FittestFitness);
