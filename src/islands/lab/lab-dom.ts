/**
 * The lab's DOM as its scripts use it: elements by role, action or figure id, its strings in the
 * page's language, and the three live text regions (status line, polite announcements, error).
 * A missing element throws here, naming it, rather than failing later far from the cause.
 */
import { lt, type LabKey } from './i18n';
import { type Lang, langOr } from '../../i18n/languages';
import type { TemplateVars } from '../../i18n/strings';

export class LabDom {
  readonly lang: Lang;

  constructor(readonly root: HTMLElement) {
    this.lang = langOr(root.dataset.lang);
  }

  $<T extends Element = HTMLElement>(selector: string): T {
    const el = this.root.querySelector<T>(selector);
    if (!el) throw new Error(`the lab has no ${selector}`);
    return el;
  }

  byRole<T extends Element = HTMLElement>(name: string): T {
    return this.$<T>(`[data-role="${name}"]`);
  }

  button(action: string): HTMLButtonElement {
    return this.$<HTMLButtonElement>(`[data-action="${action}"]`);
  }

  plot(id: string): HTMLElement {
    return this.$(`[data-plot="${id}"]`);
  }

  t(key: LabKey, vars?: TemplateVars): string {
    return lt(this.lang, key, vars);
  }

  setStatus(text: string): void {
    this.byRole('status').textContent = text;
  }

  /** Polite announcements (start, pause, finish, every tenth of the way). */
  announce(text: string): void {
    const el = this.byRole('announce');
    el.textContent = '';
    // A fresh text node after clearing makes screen readers read repeated messages too.
    requestAnimationFrame(() => (el.textContent = text));
  }

  showError(text: string): void {
    const el = this.byRole('error');
    el.textContent = text;
    el.hidden = false;
  }

  hideError(): void {
    this.byRole('error').hidden = true;
  }
}
