/**
 * Rendering a Plot spec to an SVG string at build time, with linkedom as the server-side DOM
 * (Plot's `document` option). Islands call Plot.plot with the same options in the browser and
 * replace the static SVG with the live one.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { finishPlot, type FinishOptions } from './svg-dom';

export type PlotOptions = Plot.PlotOptions;

/** A fresh server-side document per render, so figures never share state. */
function serverDocument(): Document {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return document as unknown as Document;
}

/**
 * Render Plot options to markup (an <svg>, or a <figure> when Plot adds a legend or title), with
 * mark labels moved off <g> elements, the chart named (`finish.name`, else the spec's ariaLabel)
 * and ids scoped to this figure (svg-dom.ts, the same function the islands call).
 */
export function renderToString(options: PlotOptions, finish: Pick<FinishOptions, 'name'> = {}): string {
  const document = serverDocument();
  const node = Plot.plot({ ...options, document }) as unknown as Element;
  return finishPlot(node, finish).outerHTML;
}
