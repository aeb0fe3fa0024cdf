/**
 * The fitness widget's form and URL: the form shows the FitnessState, the URL keeps it (fit.*),
 * and a link's bad values are listed as notices (text, never markup).
 */
import { FIT_NAMESPACE, fitnessSchema, writeFitnessState, type FitnessState } from '../../lib/state/fitness';
import { serialiseField, type Notice } from '../../lib/state/schema';
import { replaceSearch } from '../../lib/state/url-writer';
import { ftx, type FitKey, type FitLang } from './i18n';

const FIELDS = Object.keys(fitnessSchema) as (keyof FitnessState)[];

export function showNotices(root: HTMLElement, lang: FitLang, notices: readonly Notice[]): void {
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
