/**
 * <fittest-collaboration>: loads the trained model when the widget nears the viewport (or on the
 * first click), then re-evaluates the network on every change of the kept circles. The choice
 * lives in the URL (`collab.keep=…`), validated, with a visible notice for anything ignored.
 */
import { evaluateKept, KEEP_PARAM, parseKeep, serialiseKeep, type CollaborationPayload } from './model';
import { ct, type CollabLang } from './i18n';

type Json = Omit<CollaborationPayload, 'params'> & { params: Record<string, unknown> & { p: number; d: number; hidden: number } };

const PARAM_KEYS = ['embedding', 'w0', 'b0', 'w1', 'b1', 'w2', 'b2'] as const;

class CollaborationElement extends HTMLElement {
  private payload: CollaborationPayload | null = null;
  private loading: Promise<void> | null = null;
  private pending = 0;

  private get language(): CollabLang {
    return this.dataset.lang === 'ja' ? 'ja' : 'en';
  }

  private boxes(): HTMLInputElement[] {
    return Array.from(this.querySelectorAll<HTMLInputElement>('input[type=checkbox]'));
  }

  connectedCallback(): void {
    this.dataset.live = '';
    const half = Number(this.dataset.half);
    const fallback = (this.dataset.default ?? '').split(',').filter(Boolean).map(Number);
    const { keep, notices } = parseKeep(new URL(location.href).searchParams.get(KEEP_PARAM), half, fallback);
    this.setChecked(keep);
    const list = this.querySelector('[data-notices]')!;
    for (const n of notices) {
      const li = document.createElement('li');
      li.textContent = ct(this.language, 'collab.notice', { raw: n.raw, half });
      list.append(li);
    }
    this.querySelector<HTMLFieldSetElement>('[data-controls]')!.disabled = false;
    this.addEventListener('change', () => this.changed());
    this.addEventListener('click', (e) => {
      const preset = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-preset]')?.dataset.preset;
      if (!preset) return;
      const circles = fallback;
      const all = Array.from({ length: half }, (_, i) => i + 1);
      this.setChecked(preset === 'survivors' ? circles : preset === 'strongest' ? circles.slice(0, 1) : preset === 'none' ? [] : all);
      this.changed();
    });
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((en) => en.isIntersecting)) {
          io.disconnect();
          void this.load().then(() => this.render());
        }
      },
      { rootMargin: '400px' },
    );
    io.observe(this);
  }

  private setChecked(keep: readonly number[]): void {
    for (const b of this.boxes()) b.checked = keep.includes(Number(b.value));
  }

  private kept(): number[] {
    return this.boxes()
      .filter((b) => b.checked)
      .map((b) => Number(b.value));
  }

  private load(): Promise<void> {
    this.loading ??= fetch(this.dataset.src!)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<Json>;
      })
      .then((j) => {
        const params = { p: j.params.p, d: j.params.d, hidden: j.params.hidden } as CollaborationPayload['params'];
        for (const k of PARAM_KEYS) (params as unknown as Record<string, Float64Array>)[k] = Float64Array.from(j.params[k] as number[]);
        this.payload = { ...j, params };
      });
    return this.loading;
  }

  private changed(): void {
    const keep = this.kept();
    const url = new URL(location.href);
    url.searchParams.set(KEEP_PARAM, serialiseKeep(keep));
    history.replaceState(history.state, '', url);
    const ticket = ++this.pending;
    void this.load().then(() => {
      // Coalesce rapid clicks: only the latest choice is evaluated, after the browser has painted.
      requestAnimationFrame(() => {
        if (ticket === this.pending) this.render();
      });
    });
  }

  private render(): void {
    if (!this.payload) return;
    const keep = this.kept();
    const r = evaluateKept(this.payload, keep);
    const loss = r.loss < 1e-3 ? r.loss.toExponential(2) : r.loss.toPrecision(3);
    this.querySelector('[data-result]')!.textContent = ct(this.language, 'collab.result', { n: r.n, loss, acc: `${(100 * r.accuracy).toFixed(1)}%` });
    this.querySelector('[data-kept]')!.textContent = keep.length
      ? ct(this.language, 'collab.kept', { list: keep.join(', ') })
      : ct(this.language, 'collab.keptNone');
    this.dataset.loss = String(r.loss);
  }
}

if (!customElements.get('fittest-collaboration')) customElements.define('fittest-collaboration', CollaborationElement);
