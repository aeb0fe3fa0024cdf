import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { NARROW_WIDTH, narrowSize, renderCharts, renderToString } from '../../../src/figures/render';

describe('Plot SVG post-processing', () => {
  const spec = (n: number) => ({
    ariaLabel: 'test chart',
    marks: [Plot.lineY([1, 3, 2, n]), Plot.frame()],
    x: { domain: [0, 2] },
    clip: true,
  });

  it('names the chart once on the root svg and removes aria-label from marks', () => {
    const svg = renderToString(spec(4));
    expect(svg).toMatch(/<svg[^>]*role="img"/);
    const labels = [...svg.matchAll(/<(\w+)[^>]*\saria-label="/g)].map((m) => m[1]);
    expect(labels).toEqual(['svg']);
    expect(svg).toContain('data-mark=');
  });

  it('gives two figures distinct ids and keeps every url(#id) reference pointing inside its own figure', () => {
    const a = renderToString(spec(4));
    const b = renderToString(spec(5));
    const ids = (s: string) => [...s.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    const refs = (s: string) => [...s.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(ids(a).length).toBeGreaterThan(0);
    expect(refs(a).length, 'the clip path is referenced, so the loops below check something').toBeGreaterThan(0);
    for (const id of ids(a)) expect(ids(b)).not.toContain(id);
    for (const r of refs(a)) expect(ids(a)).toContain(r);
    for (const r of refs(b)) expect(ids(b)).toContain(r);
    expect(renderToString(spec(4))).toBe(a); // deterministic
  });

  it('renders a figure at its own width and at the phone width, the two with ids of their own', () => {
    const seen: (number | undefined)[] = [];
    const charts = renderCharts((w) => {
      seen.push(w);
      return { ...spec(4), ...narrowSize(w) };
    });
    expect(seen).toEqual([undefined, NARROW_WIDTH]);
    const width = (s: string) => Number(/<svg[^>]*\swidth="(\d+)"/.exec(s)?.[1]);
    expect(width(charts.svg)).toBe(640); // Plot's default, which the spec did not override
    expect(width(charts.svgNarrow)).toBe(NARROW_WIDTH);
    expect(Number(/<svg[^>]*\sheight="(\d+)"/.exec(charts.svgNarrow)?.[1])).toBe(Math.round(NARROW_WIDTH * 0.75));
    const ids = (s: string) => [...s.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids(charts.svgNarrow).length).toBeGreaterThan(0);
    for (const id of ids(charts.svgNarrow)) expect(ids(charts.svg)).not.toContain(id);
  });
});
