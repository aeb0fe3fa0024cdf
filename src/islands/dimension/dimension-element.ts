/**
 * <fittest-dimension>: the slider picks a dimension of the sweep; the figures for every width were
 * rendered at build time, so choosing one moves the highlight on the sweep chart, shows that
 * width's spectrum and (where cached) planes, and updates the readout and the lab link. The
 * chosen d lives in the URL as `dim.d` (src/lib/state/dimension.ts).
 */
import type { DimensionGroup } from '../../figures/data/dimension';
import { dt } from './i18n';
import { labHref, runLines, summaryText } from './view';
import { DIM_NAMESPACE, readDimensionState, writeDimensionState } from '../../lib/state/dimension';
import { showNotices } from '../../lib/state/notice-text';
import { replaceSearch } from '../../lib/state/url-writer';
import { type Lang, langOr } from '../../i18n/languages';

class DimensionElement extends HTMLElement {
  connectedCallback(): void {
    const language: Lang = langOr(this.dataset.lang);
    let groups: DimensionGroup[];
    try {
      groups = JSON.parse(this.dataset.groups ?? '[]') as DimensionGroup[];
    } catch {
      return; // the static readout stays
    }
    const widths = groups.map((g) => g.d);
    const slider = this.querySelector<HTMLInputElement>('[data-slider]')!;
    const { d, notices } = readDimensionState(widths, location.search);
    showNotices(this.querySelector('[data-notices]'), language, DIM_NAMESPACE, notices);
    slider.value = String(Math.max(0, widths.indexOf(d)));
    slider.disabled = false;
    const show = (write: boolean) => {
      const g = groups[Number(slider.value)];
      if (!g) return;
      this.querySelector('[data-out]')!.textContent = String(g.d);
      slider.setAttribute('aria-valuetext', `d = ${g.d}`);
      this.querySelector('[data-summary]')!.textContent = summaryText(language, g);
      const list = this.querySelector('[data-runs]')!;
      list.replaceChildren(
        ...runLines(language, g).map((line) => {
          const li = document.createElement('li');
          li.textContent = line;
          return li;
        }),
      );
      this.dataset.d = String(g.d);
      for (const hl of this.querySelectorAll<SVGGElement>('[data-sweep] g.dim-hl')) {
        if (hl.classList.contains(`dim-hl-${g.d}`)) hl.removeAttribute('display');
        else hl.setAttribute('display', 'none');
      }
      for (const el of this.querySelectorAll<HTMLElement>('[data-spectrum-d]')) el.hidden = el.dataset.spectrumD !== String(g.d);
      let planes = false;
      for (const el of this.querySelectorAll<HTMLElement>('[data-planes-d]')) {
        el.hidden = el.dataset.planesD !== String(g.d);
        planes ||= !el.hidden;
      }
      const none = this.querySelector<HTMLElement>('[data-planes-none]')!;
      none.hidden = planes;
      none.textContent = dt(language, 'dim.planesNote', { d: g.d });
      const a = this.querySelector<HTMLAnchorElement>('[data-lab]')!;
      a.href = labHref(language, g);
      a.textContent = `${dt(language, 'dim.train', { d: g.d })} →`;
      if (write) {
        replaceSearch(writeDimensionState(widths, g.d, new URLSearchParams(location.search)));
      }
    };
    slider.addEventListener('input', () => show(true));
    show(false);
    this.dataset.live = '';
  }
}

if (!customElements.get('fittest-dimension')) customElements.define('fittest-dimension', DimensionElement);
