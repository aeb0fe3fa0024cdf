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

/**
 * The width of a figure's phone layout. A 640-px chart scaled into a phone's ~360-px column shrinks
 * its 11-px text to about 6 px; the same spec laid out at this width keeps it near its set size.
 */
export const NARROW_WIDTH = 360;

/** A figure's two layouts: `svg` at the spec's own width (desktop, downloads) and `svgNarrow` for phones. */
export interface Charts {
  svg: string;
  svgNarrow: string;
}

/**
 * Render one spec at both widths. `make` receives undefined for the spec's own layout and
 * NARROW_WIDTH for the phone one, so a builder can also change what depends on width (columns,
 * height, label density) in one place.
 */
export function renderCharts(make: (narrowWidth: number | undefined) => PlotOptions, finish: Pick<FinishOptions, 'name'> = {}): Charts {
  return { svg: renderToString(make(undefined), finish), svgNarrow: renderToString(make(NARROW_WIDTH), finish) };
}

/** Width and height for the phone layout (taller than the desktop's aspect, so the chart keeps its height); nothing for the spec's own. */
export function narrowSize(width: number | undefined, ratio = 0.75): { width?: number; height?: number } {
  return width === undefined ? {} : { width, height: Math.round(width * ratio) };
}
