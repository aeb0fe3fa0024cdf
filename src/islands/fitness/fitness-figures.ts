/**
 * Redrawing the fitness widget's two figures in the page with the reader's runs, through the
 * same specs the build used for the static SVGs (loaded with Plot only when there is something
 * new to draw).
 */
import * as Plot from '@observablehq/plot';
import { fitnessGradientSpec, fitnessRateSpec } from '../../figures/specs/fitness';
import { finishPlot } from '../../figures/svg-dom';
import type { FitnessPayload } from '../../figures/data/fitness';
import { readerRatePoints, type RunOutcome } from './outcome';
import type { FitLang } from './i18n';

const width = (el: HTMLElement) => Math.max(280, Math.min(900, Math.floor(el.clientWidth || 560)));

function draw(el: HTMLElement, options: Plot.PlotOptions, prefix: string): void {
  const node = Plot.plot(options) as Element;
  el.replaceChildren(finishPlot(node, prefix));
}

export function drawFitness(root: HTMLElement, payload: FitnessPayload, outcomes: readonly RunOutcome[], k: number, lang: FitLang): void {
  const rateEl = root.querySelector<HTMLElement>('[data-plot="rate"]');
  const gradEl = root.querySelector<HTMLElement>('[data-plot="gradient"]');
  if (rateEl) {
    const description = rateEl.querySelector('svg')?.getAttribute('aria-description') ?? undefined;
    const reader = readerRatePoints(outcomes);
    draw(rateEl, fitnessRateSpec({ reference: payload.rate.points, reader, k }, { lang, width: width(rateEl), ...(description ? { description } : {}) }), 'fitw-rate');
    rateEl.dataset.readerPoints = String(reader.length);
  }
  if (gradEl) {
    const description = gradEl.querySelector('svg')?.getAttribute('aria-description') ?? undefined;
    const reader = outcomes.flatMap((o) => o.frequencies.map((f) => ({ k: f.k, alpha: o.alpha, control: o.control, g: f.g, s0: f.s0, survived: f.survived })));
    draw(gradEl, fitnessGradientSpec({ reference: payload.gradient.points, reader, k }, { lang, width: width(gradEl), ...(description ? { description } : {}) }), 'fitw-grad');
    gradEl.dataset.readerPoints = String(reader.length);
  }
}
