/**
 * <ode-two-species>: reads the sliders, re-solves with rk45 (≈ 10 ms) at most once per animation
 * frame, and redraws both plots with the same specs the build used. The slider values live in the
 * URL under `two.` (one declarative schema, src/lib/state/two-species.ts), so a link reopens them.
 */
import * as Plot from '@observablehq/plot';
import { twoSpeciesPhaseSpec, twoSpeciesTimeSpec } from '../../figures/specs/ode-two-species';
import { simulateTwoSpecies, TWO_SPECIES_DEFAULTS, type TwoSpeciesInput } from '../../lib/ode/two-species-model';
import { presentText, verdictText } from './two-species-text';
import { odeT } from '../../i18n/ode';
import { finishPlot } from '../../figures/svg-dom';
import { readTwoSpeciesState, TWO_NAMESPACE, writeTwoSpeciesState } from '../../lib/state/two-species';
import { showNotices } from '../../lib/state/notice-text';
import { replaceSearch } from '../../lib/state/url-writer';
import { type Lang, langOr } from '../../i18n/languages';

class OdeTwoSpecies extends HTMLElement {
  private frame = 0;

  connectedCallback(): void {
    const controls = this.querySelector<HTMLFieldSetElement>('[data-controls]');
    if (!controls) return;
    this.querySelector('[data-needs-js]')?.remove();
    controls.hidden = false;
    // A link's settings win over whatever the browser restored into the sliders.
    const { state, notices } = readTwoSpeciesState(location.search);
    for (const input of this.inputs()) input.value = String(state[input.name as keyof TwoSpeciesInput]);
    showNotices(this.querySelector('[data-notices]'), this.language(), TWO_NAMESPACE, notices);
    controls.addEventListener('input', () => this.schedule(true));
    this.querySelector('[data-reset]')?.addEventListener('click', () => {
      for (const input of this.inputs()) input.value = String(TWO_SPECIES_DEFAULTS[input.name as keyof TwoSpeciesInput]);
      this.schedule(true);
    });
    // The URL is left as the link gave it until the reader moves something.
    this.schedule(false);
    this.dataset.ready = 'true';
  }

  private inputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="range"]')];
  }

  private writeUrl = false;

  private schedule(writeUrl: boolean): void {
    this.writeUrl ||= writeUrl;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update(this.writeUrl);
      this.writeUrl = false;
    });
  }

  private language(): Lang {
    return langOr(this.dataset.lang);
  }

  private update(writeUrl: boolean): void {
    const lang = this.language();
    const input = { ...TWO_SPECIES_DEFAULTS };
    for (const el of this.inputs()) {
      const key = el.name as keyof TwoSpeciesInput;
      input[key] = Number(el.value);
      const out = this.querySelector(`[data-out="${key}"]`);
      if (out) out.textContent = el.value;
    }
    if (writeUrl) {
      replaceSearch(writeTwoSpeciesState(input, new URLSearchParams(location.search)));
    }
    const error = this.querySelector<HTMLElement>('[data-error]')!;
    try {
      const data = simulateTwoSpecies(input);
      this.draw('time', finishPlot(Plot.plot(twoSpeciesTimeSpec(data, { lang })), { name: odeT(lang, 'two.timeDesc'), prefix: 'two-time' }));
      this.draw('phase', finishPlot(Plot.plot(twoSpeciesPhaseSpec(data, { lang })), { name: odeT(lang, 'two.phaseDesc'), prefix: 'two-phase' }));
      this.querySelector('[data-verdict]')!.textContent = verdictText(lang, data);
      const present = this.querySelector('[data-present]')!;
      const text = presentText(lang, data);
      if (present.textContent !== text) present.textContent = text;
      error.hidden = true;
    } catch (e) {
      error.textContent = e instanceof Error ? e.message : String(e);
      error.hidden = false;
    }
  }

  private draw(which: string, node: Element): void {
    this.querySelector(`[data-plot="${which}"]`)?.replaceChildren(node);
  }
}

if (!customElements.get('ode-two-species')) customElements.define('ode-two-species', OdeTwoSpecies);
