/** <fittest-dimension>: the slider picks a dimension of the sweep and updates the readout and the lab link. */
import type { DimensionGroup } from './data';
import { dt, type DimLang } from './i18n';
import { labHref, runLines, summaryText } from './view';

class DimensionElement extends HTMLElement {
  connectedCallback(): void {
    const language: DimLang = this.dataset.lang === 'ja' ? 'ja' : 'en';
    let groups: DimensionGroup[];
    try {
      groups = JSON.parse(this.dataset.groups ?? '[]') as DimensionGroup[];
    } catch {
      return; // the static readout stays
    }
    const slider = this.querySelector<HTMLInputElement>('[data-slider]')!;
    slider.disabled = false;
    this.dataset.live = '';
    const show = () => {
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
      const a = this.querySelector<HTMLAnchorElement>('[data-lab]')!;
      a.href = labHref(language, g);
      a.textContent = `${dt(language, 'dim.train', { d: g.d })} →`;
    };
    slider.addEventListener('input', show);
  }
}

if (!customElements.get('fittest-dimension')) customElements.define('fittest-dimension', DimensionElement);
