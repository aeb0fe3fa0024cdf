/**
 * What the lab shows about its run besides the figures: the progress bar and its text (step,
 * speed, time left, time to the first step), the buttons' labels and states, the engine badge
 * and its note, and when to speak progress (every tenth of the way).
 */
import type { BackendChoice, BackendInfo } from '../../lib/engine/backend';
import { isWasmEngine } from '../../lib/engine/backend-name';
import type { StopReason } from '../training/protocol';
import { fmtPct, type LabKey } from './i18n';
import { formatDuration, formatInt } from '../../i18n/format';
import type { LabDom } from './lab-dom';
import type { RunData } from './run-data';

export type Phase = 'idle' | 'running' | 'paused' | 'finished' | 'diverged' | 'error' | 'off';

/** Training speed in steps per second, measured from the start of the current run request. */
export class RateMeter {
  private from: { t: number; step: number } | null = null;
  rate: number | null = null;

  start(step: number): void {
    this.from = { t: performance.now(), step };
  }

  stop(): void {
    this.from = null;
  }

  /** Seconds since the current run request started (0 when stopped). */
  elapsed(): number {
    return this.from ? (performance.now() - this.from.t) / 1000 : 0;
  }

  reset(): void {
    this.from = null;
    this.rate = null;
  }

  measure(step: number): void {
    if (!this.from) return;
    const dt = (performance.now() - this.from.t) / 1000;
    if (dt > 0.3 && step > this.from.step) this.rate = (step - this.from.step) / dt;
  }
}

/** Says when a run crossed another tenth of its target, once per tenth. */
export class Deciles {
  private last = -1;

  reset(): void {
    this.last = -1;
  }

  /** Count the tenths already behind `step` as announced. */
  from(step: number, target: number): void {
    this.last = Math.floor((10 * step) / target);
  }

  crossed(step: number, target: number): boolean {
    const decile = Math.floor((10 * step) / target);
    if (decile <= this.last || decile >= 10) return false;
    this.last = decile;
    return true;
  }
}

export interface Progress {
  step: number;
  total: number;
  /** Steps per second and the step the run request aims at, while running. */
  rate: number | null;
  target: number;
  firstStepMs: number | null;
}

export function showProgress(dom: LabDom, p: Progress): void {
  const bar = dom.byRole<HTMLProgressElement>('progress');
  bar.max = p.total;
  bar.value = p.step;
  const parts = [dom.t('progress.text', { step: formatInt(dom.lang, p.step), total: formatInt(dom.lang, p.total) })];
  if (p.rate) {
    parts.push(dom.t('progress.speed', { rate: p.rate >= 10 ? Math.round(p.rate) : p.rate.toFixed(1) }));
    parts.push(dom.t('progress.eta', { eta: formatDuration(dom.lang, (p.target - p.step) / p.rate) }));
  }
  if (p.firstStepMs !== null) parts.push(dom.t('status.firstStep', { ms: p.firstStepMs }));
  const text = dom.byRole('progress-text');
  text.textContent = parts.join(' · ');
  text.dataset.step = String(p.step);
}

export function showButtons(dom: LabDom, phase: Phase, step: number): void {
  const toggle = dom.button('toggle');
  const running = phase === 'running';
  toggle.textContent = running ? toggle.dataset.labelPause! : step > 0 ? toggle.dataset.labelResume! : toggle.dataset.labelStart!;
  const stuck = phase === 'diverged' || phase === 'error' || phase === 'finished' || phase === 'off';
  // aria-disabled rather than disabled: a disabled button drops keyboard focus to <body>.
  toggle.setAttribute('aria-disabled', String(stuck));
  for (const a of ['step1', 'step10', 'run-to', 'until']) dom.button(a).setAttribute('aria-disabled', String(stuck || running));
  dom.button('pin').setAttribute('aria-disabled', String(step === 0));
  dom.root.dataset.phase = phase;
}

/** The engine badge, and a note when it is not the one asked for or when there is no WebGL. */
export function showBackend(dom: LabDom, info: BackendInfo, requested: BackendChoice, fellBack: boolean): void {
  const badge = dom.byRole('badge');
  badge.textContent = `${info.name} · ${info.precision}`;
  const title = dom.t('badge.title', { name: info.name, precision: info.precision });
  badge.title = `${title}; ${dom.t('badge.reason', { reason: info.reason })}${info.renderer ? ` (${info.renderer})` : ''}`;
  badge.dataset.backend = info.name;
  const note = dom.byRole('backend-note');
  const noWebgl = !fellBack && isWasmEngine(info.name) && info.reason === 'no WebGL';
  note.hidden = !fellBack && !noWebgl;
  note.dataset.kind = fellBack ? 'fell-back' : noWebgl ? 'no-webgl' : '';
  note.textContent = fellBack ? dom.t('badge.fellBack', { requested, name: info.name }) : noWebgl ? dom.t('badge.noWebgl') : '';
  dom.byRole('fallback').hidden = true;
}

/** The run lost its WebGL context at `lostAt` and goes on on `name` from its snapshot at `step`. */
export function showRestored(dom: LabDom, step: number, lostAt: number, name: string): string {
  const note = dom.byRole('backend-note');
  note.hidden = false;
  note.dataset.kind = 'lost';
  note.textContent = dom.t('badge.lost', { lostAt: formatInt(dom.lang, lostAt), step: formatInt(dom.lang, step), name });
  return note.textContent;
}

/** The phase and the status line after the worker stopped (`autoPaused`: why the lab paused itself, if it did). */
export function stopMessage(
  dom: LabDom,
  run: RunData,
  step: number,
  reason: StopReason,
  autoPaused: 'hidden' | 'offscreen' | null,
): { phase: Phase; msg: string } {
  const acc = fmtPct(run.testAcc[run.length - 1] ?? 0);
  const at = formatInt(dom.lang, step);
  if (reason === 'end') {
    const circles = run.circles;
    return { phase: 'finished', msg: dom.t('status.finished', { step: at, acc, n: circles.length, circles: circles.join(', ') || '—' }) };
  }
  const key: LabKey =
    reason === 'accuracy'
      ? 'status.accuracy'
      : reason === 'target'
        ? 'status.target'
        : autoPaused === 'hidden'
          ? 'status.pausedHidden'
          : autoPaused === 'offscreen'
            ? 'status.pausedOffscreen'
            : 'status.paused';
  return { phase: 'paused', msg: dom.t(key, { step: at, acc }) };
}
