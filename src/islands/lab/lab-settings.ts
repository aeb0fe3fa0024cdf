/**
 * The lab's settings as the reader sees them: the form shows the LabState, an edited field is
 * parsed by the lab's schema (with a notice for a value clamped or refused), and the URL keeps the
 * state (lab.*) so a link reopens the same lab.
 */
import type { TrainConfig } from '../../lib/config';
import { LAB_PRESETS, labSchema, writeLabState, type LabState } from '../../lib/state/lab';
import { parseField, serialiseField, shorten, type Notice } from '../../lib/state/schema';
import { replaceSearch } from '../../lib/state/url-writer';
import type { LabKey } from './i18n';
import type { LabDom } from './lab-dom';

export const sameConfig = (a: TrainConfig, b: TrainConfig) => JSON.stringify(a) === JSON.stringify(b);

/** Show `state` in the form: every field, and which preset (if any) it matches. */
export function syncInputs(dom: LabDom, state: LabState): void {
  for (const el of dom.root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]')) {
    const key = el.dataset.field as keyof LabState;
    const v = serialiseField(labSchema[key], state[key]);
    if (el.value !== v) el.value = v;
  }
  for (const b of dom.root.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
    const preset = LAB_PRESETS.find((p) => p.id === b.dataset.preset);
    const on = preset ? Object.entries(preset.values).every(([k, v]) => state[k as keyof LabState] === v) : false;
    b.setAttribute('aria-pressed', String(on));
  }
}

export function showNotices(dom: LabDom, notices: readonly Notice[]): void {
  dom.byRole('notices').replaceChildren(
    ...notices.map((n) => {
      const li = document.createElement('li');
      li.textContent = dom.t(`notice.${n.kind}` as LabKey, { key: n.key, raw: n.raw, value: n.value ?? '' });
      return li;
    }),
  );
}

/**
 * The state after the reader edited field `el`, with notices for a clamped value; null when the
 * value was refused (the field then shows the current value again, with a notice).
 */
export function editedState(dom: LabDom, el: HTMLInputElement | HTMLSelectElement, state: LabState): { state: LabState; notices: Notice[] } | null {
  const key = el.dataset.field as keyof LabState;
  const field = labSchema[key];
  const r = parseField(field, el.value);
  if (!r.ok) {
    showNotices(dom, [{ key, kind: 'rejected', raw: shorten(el.value), value: serialiseField(field, state[key]) }]);
    el.value = serialiseField(field, state[key]);
    return null;
  }
  const notices: Notice[] = r.clamped ? [{ key, kind: 'clamped', raw: shorten(el.value), value: serialiseField(field, r.value) }] : [];
  return { state: { ...state, [key]: r.value, step: 0 }, notices };
}

/** Write `state` into the page's URL (lab.*, other parameters kept); returns the new address. */
export function writeUrl(state: LabState): string {
  return replaceSearch(writeLabState(state, new URLSearchParams(location.search)));
}
