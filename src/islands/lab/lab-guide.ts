/**
 * Two things the lab says to guide the reader, each with its one button: a link's shared run
 * ("this is a run shared at step N", train to it, the reference run shown meanwhile) and, on a
 * slow device, the suggestion to try the "Small and fast" preset.
 */
import { formatDuration, formatInt } from '../../i18n/format';
import type { LabDom } from './lab-dom';
import type { RunData } from './run-data';

/** Suggest the small preset when the whole run would take longer than this here (seconds). */
export const SLOW_RUN_S = 180;
/** Judge the speed only after this much training (the first chunks include warm-up). */
export const SLOW_AFTER_S = 1;

/** The run a link shared: the step its sender was at, until the reader reaches it or changes the settings. */
export class SharedRun {
  /** The step the link points at (0: no shared run). */
  step = 0;
  /** The reference run at (up to) the shared step, drawn until the reader's run has trained. */
  preview: RunData | null = null;

  constructor(private readonly dom: LabDom) {}

  /** A link opened at `step` with these settings (engine as the URL names it). */
  open(step: number, c: { p: number; d: number; seed: number }, backend: string): void {
    this.step = step;
    const { dom } = this;
    dom.byRole('shared-text').textContent = dom.t('shared.text', { step: formatInt(dom.lang, step), p: c.p, d: c.d, seed: c.seed, backend });
    const btn = dom.button('train-shared');
    btn.textContent = dom.t('shared.button', { step: formatInt(dom.lang, step) });
    btn.hidden = false;
    dom.byRole('shared').hidden = false;
    dom.root.dataset.sharedStep = String(step);
  }

  /** The reference run for these settings is known (null: there is none). */
  showReference(preview: RunData | null): void {
    if (!this.step) return;
    this.preview = preview;
    const note = this.note();
    note.textContent = preview ? this.dom.t('shared.ref', { step: formatInt(this.dom.lang, preview.step) }) : this.dom.t('shared.noRef');
    note.dataset.kind = preview ? 'reference' : 'none';
    if (preview) this.dom.root.dataset.previewStep = String(preview.step);
  }

  /** The reader's run moved: the preview gives way to it, and reaching the step says so. */
  progress(step: number): void {
    if (!this.step) return;
    if (step > 0) this.preview = null;
    if (step < this.step) return;
    const { dom } = this;
    dom.button('train-shared').hidden = true;
    const note = this.note();
    note.textContent = dom.t('shared.reached', { step: formatInt(dom.lang, this.step) });
    note.dataset.kind = 'reached';
  }

  /** New settings: this is no longer the shared run. */
  close(): void {
    if (!this.step) return;
    this.step = 0;
    this.preview = null;
    this.dom.byRole('shared').hidden = true;
    delete this.dom.root.dataset.sharedStep;
    delete this.dom.root.dataset.previewStep;
  }

  private note(): HTMLElement {
    const shared = this.dom.byRole('shared');
    let note = shared.querySelector<HTMLElement>('[data-role="shared-note"]');
    if (!note) {
      note = document.createElement('p');
      note.dataset.role = 'shared-note';
      shared.querySelector('[data-role="shared-text"]')!.after(note);
    }
    return note;
  }
}

/**
 * After the first second of training, suggest the small preset if the whole run would take
 * longer than SLOW_RUN_S at the measured speed. Returns whether the speed was judged (once a run).
 */
export function judgeSpeed(dom: LabDom, rate: number | null, elapsedS: number, run: RunData, isSmall: boolean): boolean {
  if (rate === null || elapsedS < SLOW_AFTER_S) return false;
  const slow = !isSmall && run.config.steps / rate > SLOW_RUN_S;
  const hint = dom.byRole('slow');
  hint.hidden = !slow;
  dom.root.dataset.speed = slow ? 'slow' : 'ok';
  if (slow) {
    dom.byRole('slow-text').textContent = dom.t('slow.text', {
      rate: rate >= 10 ? Math.round(rate) : rate.toFixed(1),
      eta: formatDuration(dom.lang, (run.config.steps - run.step) / rate),
    });
    dom.root.dataset.slowRate = rate.toFixed(1);
  }
  return true;
}

export function hideSpeedHint(dom: LabDom): void {
  dom.byRole('slow').hidden = true;
  delete dom.root.dataset.speed;
}
