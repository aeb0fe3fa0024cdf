// The spectrum heatmap draws runs of same-coloured cells as one rect: the picture must not change
// (every original cell lies inside one merged rect of its own colour bin), and the count must drop.
import { describe, expect, it } from 'vitest';
import { heatCells, heatThresholds, mergeRuns, spectrumHeatmapSpec } from '../../../src/figures/specs/spectrum-heatmap';
import { renderToString } from '../../../src/figures/render';
import { fakeSeries } from './fake-runs';

const bin = (s: number, t: number[]) => t.filter((x) => s >= x).length;

describe('heatThresholds', () => {
  it('gives round steps that split [0, max] into at most n bins', () => {
    expect(heatThresholds(90)).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
    expect(heatThresholds(1)).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(heatThresholds(125)).toEqual([20, 40, 60, 80, 100, 120]);
    expect(heatThresholds(350)).toEqual([50, 100, 150, 200, 250, 300]);
    for (const max of [0.37, 3, 86.9, 120, 999, 4.2e4]) {
      const t = heatThresholds(max);
      expect(t.length).toBeGreaterThanOrEqual(3);
      expect(t.length).toBeLessThanOrEqual(8);
      expect(t.at(-1)!).toBeLessThan(max);
      t.slice(1).forEach((x, i) => expect(x).toBeGreaterThan(t[i]!));
    }
  });
  it('survives a degenerate maximum', () => {
    for (const max of [0, -1, NaN, Infinity]) expect(heatThresholds(max).length).toBeGreaterThan(0);
  });
});

describe('mergeRuns', () => {
  const series = fakeSeries();
  const cells = heatCells(series, 80);
  const t = heatThresholds(Math.max(...cells.map((c) => c.s)));
  const merged = mergeRuns(cells, t);

  it('covers every cell with one rect of the same row and colour bin', () => {
    for (const c of cells) {
      const hits = merged.filter((m) => m.k === c.k && m.x1 <= c.x1 && m.x2 >= c.x2);
      expect(hits).toHaveLength(1);
      expect(bin(hits[0]!.s, t)).toBe(bin(c.s, t));
    }
  });

  it('leaves no gap, no overlap and no two touching rects of one bin in a row', () => {
    const rows = new Map<number, typeof merged>();
    for (const m of merged) rows.set(m.k, [...(rows.get(m.k) ?? []), m]);
    for (const row of rows.values()) {
      row.sort((a, b) => a.x1 - b.x1);
      row.slice(1).forEach((m, i) => {
        expect(m.x1).toBe(row[i]!.x2);
        expect(bin(m.s, t)).not.toBe(bin(row[i]!.s, t));
      });
    }
  });

  it('draws far fewer rects than cells', () => {
    expect(merged.length).toBeLessThan(cells.length / 2);
    const svg = renderToString(spectrumHeatmapSpec(series));
    const svgTips = renderToString(spectrumHeatmapSpec(series, { tooltips: true }));
    const rects = (s: string) => (s.match(/<rect/g) ?? []).length;
    expect(rects(svg)).toBeLessThan(rects(svgTips) / 2);
  });
});
