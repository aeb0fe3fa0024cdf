/**
 * The one Plot-to-page path (finishPlot, src/figures/svg-dom.ts) on raw Plot output. The build calls
 * it through renderToString and the ODE, fitness and lab islands call it on the node Plot.plot
 * returns in the browser. Each test starts from Plot's own markup and first checks that the input
 * really carries what the rewrite exists to remove (mark labels, Plot's own chart name), so that
 * deleting any part of the rewrite makes a test fail instead of passing on already-clean input.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderToString } from '../../../src/figures/render';
import { interactionMatrixSpec } from '../../../src/figures/specs/ode-interaction-matrix';
import { spectrumSpec } from '../../../src/figures/specs/spectrum';
import { finishPlot } from '../../../src/figures/svg-dom';

const A = Array.from({ length: 9 }, (_, k) => (k % 2 ? -k : k) / 100);
const matrix = () => interactionMatrixSpec({ A, d: 3, survivors: [2], edited: [{ i: 1, j: 3 }] }, { description: 'matrix' });

/** What Plot.plot returns in a widget, before any post-processing (linkedom standing in for the page). */
function rawPlot(options: Plot.PlotOptions): Element {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
}

/** Labels on elements other than an <svg>, in document order. */
const markLabels = (markup: string) => [...markup.matchAll(/<(?!svg\b)\w+\b[^>]*?\saria-label="([^"]*)"/g)].map((m) => m[1]);
const dataMarks = (markup: string) => [...markup.matchAll(/\sdata-mark="([^"]*)"/g)].map((m) => m[1]);
/** Every accessibility-relevant attribute, element by element: what must not differ between build and island. */
const a11y = (root: Element) =>
  [root, ...Array.from(root.querySelectorAll('*'))]
    .map((el) => [el.tagName.toLowerCase(), ...['role', 'aria-label', 'aria-description', 'aria-hidden', 'data-mark'].map((a) => el.getAttribute(a))].join('|'))
    .filter((line) =>
      line
        .split('|')
        .slice(1)
        .some((v) => v !== '' && v !== 'null'),
    );

describe('finishPlot on real Plot output', () => {
  it('the raw Plot markup carries mark labels and no role (the input the rewrite exists for)', () => {
    const raw = rawPlot(matrix());
    const labels = markLabels(raw.outerHTML);
    expect(labels).toContain('cell');
    expect(labels.length).toBeGreaterThan(1);
    expect(raw.hasAttribute('role')).toBe(false);
  });

  it('moves every mark label to data-mark, in order, and keeps the cells where the widget looks for them', () => {
    const node = rawPlot(matrix());
    const before = markLabels(node.outerHTML);
    const svg = finishPlot(node, { name: 'matrix' });
    expect(markLabels(svg.outerHTML)).toEqual([]);
    expect(dataMarks(svg.outerHTML)).toEqual(before);
    // The first "cell" group is the heatmap (the widget finds it so); the edited-cell outline is another.
    expect(svg.querySelector('g[data-mark="cell"]')!.querySelectorAll('rect')).toHaveLength(9);
    expect(svg.querySelectorAll('g[data-mark="cell"]')).toHaveLength(2);
    expect(svg.outerHTML.match(/●2/g)).toHaveLength(2); // survivor 2 is marked on both axes
  });

  it('names the chart once, as an image: the given name replaces the one Plot wrote from ariaLabel', () => {
    const spectrum = spectrumSpec({ p: 13, signals: [0, 5, 1, 1, 1, 1, 1], threshold: 2.4, circles: [1] }, { lang: 'en', description: 'described' });
    const raw = rawPlot(spectrum);
    const plotName = raw.getAttribute('aria-label');
    expect(plotName).toBeTruthy();
    const named = finishPlot(raw, { name: 'Spectrum "now"' });
    expect(named.getAttribute('aria-label')).toBe('Spectrum "now"');
    expect(named.getAttribute('role')).toBe('img');
    expect(named.outerHTML.match(/aria-label=/g)).toHaveLength(1);
    expect(named.outerHTML.match(/\srole=/g)).toHaveLength(1);
    // Without a name, Plot's own (from the spec's ariaLabel) stays, and the description with it.
    const kept = finishPlot(rawPlot(spectrum));
    expect(kept.getAttribute('aria-label')).toBe(plotName);
    expect(kept.getAttribute('aria-description')).toBe('described');
    expect(kept.getAttribute('role')).toBe('img');
  });

  it('a chart Plot wraps in a <figure> (a legend) is named on its own <svg>, not on the legend', () => {
    const raw = rawPlot({ color: { legend: true, type: 'categorical', domain: ['a', 'b'] }, marks: [Plot.dot([{ x: 1, c: 'a' }], { x: 'x', fill: 'c' })] });
    expect(raw.tagName.toLowerCase()).toBe('figure');
    const figure = finishPlot(raw, { name: 'dots' });
    const chart = Array.from(figure.children).filter((el) => el.tagName.toLowerCase() === 'svg');
    expect(chart).toHaveLength(1);
    expect(chart[0]!.getAttribute('aria-label')).toBe('dots');
    expect(chart[0]!.getAttribute('role')).toBe('img');
    expect(figure.querySelectorAll('svg[aria-label]')).toHaveLength(1);
  });

  it('the build (renderToString) and an island (finishPlot on Plot.plot) give the same accessibility markup', () => {
    const built = parseHTML(`<div>${renderToString(matrix(), { name: 'matrix' })}</div>`).document.querySelector('div')!.firstElementChild!;
    const island = finishPlot(rawPlot(matrix()), { name: 'matrix', prefix: 'island' });
    expect(a11y(built).length).toBeGreaterThan(3);
    expect(a11y(island)).toEqual(a11y(built));
  });
});
