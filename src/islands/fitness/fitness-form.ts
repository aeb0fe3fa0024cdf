/**
 * The fitness widget's form and URL: the form shows the FitnessState, the URL keeps it (fit.*),
 * a link's bad values are listed as notices (text, never markup), and the buttons follow the
 * widget's phase.
 */
import { FIT_NAMESPACE, fitnessSchema, writeFitnessState, type FitnessState } from '../../lib/state/fitness';
import { serialiseField, type Notice } from '../../lib/state/schema';
import { replaceSearch } from '../../lib/state/url-writer';
import type { BackendInfo } from '../../lib/engine/backend';
import { ftx, type FitKey } from './i18n';
import type { Lang } from '../../i18n/languages';

const FIELDS = Object.keys(fitnessSchema) as (keyof FitnessState)[];

export function showNotices(root: HTMLElement, lang: Lang, notices: readonly Notice[]): void {
  const list = root.querySelector('[data-notices]');
  for (const n of notices) {
    const li = document.createElement('li');
    li.textContent = ftx(lang, `fit.notice.${n.kind}` as FitKey, { key: `${FIT_NAMESPACE}.${n.key}`, raw: n.raw, value: n.value ?? '' });
    list?.append(li);
  }
}

export function fillForm(root: HTMLElement, state: FitnessState): void {
  for (const key of FIELDS) {
    const el = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-field="${key}"]`);
    if (!el) continue;
    const v = state[key];
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = Boolean(v);
    else el.value = serialiseField(fitnessSchema[key], v);
  }
}

export function writeUrl(state: FitnessState): void {
  replaceSearch(writeFitnessState(state, new URLSearchParams(location.search)));
}

/** 'off': only the slow CPU engine could start; nothing trains until the reader opts in to it. */
export type Phase = 'idle' | 'loading' | 'running' | 'paused' | 'done' | 'failed' | 'off';

/** The buttons and the form for a phase of the widget. */
export function showPhase(root: HTMLElement, lang: Lang, phase: Phase, hasOutcomes: boolean): void {
  const train = root.querySelector<HTMLButtonElement>('[data-action="train"]')!;
  train.textContent = ftx(lang, phase === 'running' ? 'fit.pause' : phase === 'paused' ? 'fit.resume' : 'fit.train');
  train.disabled = phase === 'loading' || phase === 'off';
  train.setAttribute('aria-pressed', String(phase === 'running'));
  const busy = phase === 'running' || phase === 'paused' || phase === 'loading';
  root.querySelector<HTMLButtonElement>('[data-action="clear"]')!.disabled = !hasOutcomes && phase !== 'running' && phase !== 'paused';
  // The experiment's settings are fixed while its runs train (Clear unlocks them).
  root.querySelector<HTMLFieldSetElement>('[data-controls]')!.disabled = busy;
  root.dataset.phase = phase;
}

/** The badge naming the engine that trains (and whether it is the one the reader asked for). */
export function showBackend(root: HTMLElement, lang: Lang, info: BackendInfo, fellBack: boolean): void {
  const badge = root.querySelector<HTMLElement>('[data-badge]')!;
  badge.textContent = ftx(lang, fellBack ? 'fit.badgeFellBack' : 'fit.badge', { name: info.name, precision: info.precision });
  badge.title = info.reason;
  badge.hidden = false;
  root.dataset.backend = info.name;
}

/** Live training is off: no Web Worker here, or no engine would start. */
export function showOff(root: HTMLElement, lang: Lang, err: unknown): void {
  const off = root.querySelector<HTMLElement>('[data-off]')!;
  off.textContent =
    typeof Worker === 'undefined' ? ftx(lang, 'fit.noWorker') : ftx(lang, 'fit.error', { message: err instanceof Error ? err.message : String(err) });
  off.hidden = false;
}
