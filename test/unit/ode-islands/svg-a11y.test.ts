/**
 * The ODE widgets hand raw Plot output to accessibleSvg (in the browser) and accessibleSvgString (at
 * build time). Plot names every mark's <g> with aria-label, which axe rejects; these tests render the
 * site's own interaction-matrix spec with Plot itself (linkedom as the document, as the build does),
 * check that the raw markup really carries those labels, and then check the rewrite's effect.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderToString } from '../../../src/figures/render';
import { interactionMatrixSpec } from '../../../src/figures/specs/ode-interaction-matrix';
import { accessibleSvg, accessibleSvgString } from '../../../src/figures/svg-a11y';

const A = Array.from({ length: 9 }, (_, k) => (k % 2 ? -k : k) / 100);
const spec = () => interactionMatrixSpec({ A, d: 3, survivors: [2], edited: [{ i: 1, j: 3 }] }, { description: 'matrix' });

/** What Plot.plot returns in the widget, before any post-processing. */
function rawPlot(): Element {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return Plot.plot({ ...spec(), document: document as unknown as Document }) as unknown as Element;
}

/** Labels on elements other than the root <svg>, in document order. */
const markLabels = (markup: string) => [...markup.matchAll(/<(?!svg\b)\w+\b[^>]*?\saria-label="([^"]*)"/g)].map((m) => m[1]);
const dataMarks = (markup: string) => [...markup.matchAll(/\sdata-mark="([^"]*)"/g)].map((m) => m[1]);

describe('accessibleSvgString / accessibleSvg on real Plot output', () => {
  it('the raw Plot markup carries mark labels (the input the rewrite exists for)', () => {
    const labels = markLabels(rawPlot().outerHTML);
    expect(labels).toContain('cell');
    expect(labels.length).toBeGreaterThan(1);
  });

  it('string rewrite: names the chart once, moves every mark label to data-mark, keeps the cells', () => {
    const raw = rawPlot().outerHTML;
    const out = accessibleSvgString(raw, 'Matrix "A"');
    expect(markLabels(out)).toEqual([]);
    expect(out.match(/aria-label=/g)).toHaveLength(1);
    expect(out).toMatch(/^<svg role="img" aria-label="Matrix &quot;A&quot;"/);
    // Every label Plot wrote is kept, in order, where the widget's code looks for it.
    expect(dataMarks(out)).toEqual(markLabels(raw));
    const cells = /<g[^>]*data-mark="cell"[^>]*>(.*?)<\/g>/s.exec(out)![1]!;
    expect(cells.match(/<rect/g)).toHaveLength(9);
    expect(out.match(/●2/g)).toHaveLength(2); // survivor 2 is marked on both axes
  });

  it('DOM rewrite: the same result on the live node the widget draws', () => {
    const node = rawPlot();
    const before = markLabels(node.outerHTML);
    const svg = accessibleSvg(node, 'matrix');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('matrix');
    expect(markLabels(svg.outerHTML)).toEqual([]);
    expect(dataMarks(svg.outerHTML)).toEqual(before);
    // The first "cell" group is the heatmap (the widget finds it so); the edited-cell outline is another.
    expect(svg.querySelector('g[data-mark="cell"]')!.querySelectorAll('rect')).toHaveLength(9);
    expect(svg.querySelectorAll('g[data-mark="cell"]')).toHaveLength(2); // heatmap + the one edited cell's outline (no active cell: Plot draws no group)
  });

  it('build-time markup (already finished by renderToString) is named once, never twice', () => {
    const out = accessibleSvgString(renderToString(spec()), 'Matrix');
    expect(out.match(/aria-label=/g)).toHaveLength(1);
    expect(out.match(/role=/g)).toHaveLength(1);
    expect(out).toMatch(/^<svg role="img" aria-label="Matrix"/);
  });
});
