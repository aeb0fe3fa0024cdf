/**
 * Redrawing the fitness widget's two figures in the page with the reader's runs, through the
 * same specs the build used for the static SVGs (loaded with Plot only when there is something
 * new to draw).
 */
import * as Plot from '@observablehq/plot';
import { fitnessGradientSpec, fitnessRateSpec, fitnessTraceSpec } from '../../figures/specs/fitness';
import type { FitnessState } from '../../lib/state/fitness';
import { matchingReference, type TraceSet } from './trace';
import { finishPlot } from '../../figures/svg-dom';
import type { FitnessPayload } from '../../figures/data/fitness';
import { readerRatePoints, type RunOutcome } from './outcome';
import type { Lang } from '../../i18n/languages';

const width = (el: HTMLElement) => Math.max(280, Math.min(900, Math.floor(el.clientWidth || 560)));

function draw(el: HTMLElement, options: Plot.PlotOptions, prefix: string): void {
  const node = Plot.plot(options) as Element;
  el.replaceChildren(finishPlot(node, { prefix }));
}

export function drawFitness(root: HTMLElement, payload: FitnessPayload, outcomes: readonly RunOutcome[], k: number, lang: Lang): void {
  const rateEl = root.querySelector<HTMLElement>('[data-plot="rate"]');
  const gradEl = root.querySelector<HTMLElement>('[data-plot="gradient"]');
  if (rateEl) {
    const description = rateEl.querySelector('svg')?.getAttribute('aria-description') ?? undefined;
    const reader = readerRatePoints(outcomes);
    draw(
      rateEl,
      fitnessRateSpec({ reference: payload.rate.points, reader, k }, { lang, width: width(rateEl), ...(description ? { description } : {}) }),
      'fitw-rate',
    );
    rateEl.dataset.readerPoints = String(reader.length);
  }
  if (gradEl) {
    const description = gradEl.querySelector('svg')?.getAttribute('aria-description') ?? undefined;
    const reader = outcomes.flatMap((o) => o.frequencies.map((f) => ({ k: f.k, alpha: o.alpha, control: o.control, g: f.g, s0: f.s0, survived: f.survived })));
    draw(
      gradEl,
      fitnessGradientSpec({ reference: payload.gradient.points, reader, k }, { lang, width: width(gradEl), ...(description ? { description } : {}) }),
      'fitw-grad',
    );
    gradEl.dataset.readerPoints = String(reader.length);
  }
}

/** S_k over the steps of the reader's runs (nudged against twin), over the reference runs of the same setting. */
export function drawTrace(root: HTMLElement, payload: FitnessPayload, traces: TraceSet, s: FitnessState, lang: Lang): void {
  const el = root.querySelector<HTMLElement>('[data-plot="trace"]');
  if (!el) return;
  const description = el.querySelector('svg')?.getAttribute('aria-description') ?? undefined;
  const reference = matchingReference(payload.perturbation, payload.trace, s);
  const reader = traces.series.filter((r) => r.points.length);
  draw(el, fitnessTraceSpec({ reference, reader, k: s.k, steps: s.steps }, { lang, width: width(el), ...(description ? { description } : {}) }), 'fitw-trace');
  el.dataset.readerRuns = String(reader.length);
  el.dataset.readerPoints = String(traces.size);
  el.dataset.referenceRuns = String(new Set(reference.map((q) => q.seed)).size);
}
