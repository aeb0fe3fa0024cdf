/**
 * Spectrum heatmap: frequency k (rows, 1..(p−1)/2) × training step (columns, log scale of
 * step + 1), colour = S_k. Each logged step becomes a cell reaching to the next logged step.
 * Survivors are marked with a dot beside their row.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions, SignalSeries } from '../types';
import { ft } from '../i18n';
import { DEFAULT_WIDTH, halfFrequencies, logThin } from './common';

export interface SpectrumHeatmapOptions extends FigureOptions {
  /** Columns after thinning (default 80; each column is (p−1)/2 rects in the SVG). */
  maxColumns?: number;
  /** Per-cell tooltips (default false: they double the SVG's size). */
  tooltips?: boolean;
  scheme?: Plot.ColorScheme;
}

export interface HeatCell {
  k: number;
  step: number;
  x1: number;
  x2: number;
  s: number;
}

export function heatCells(series: SignalSeries, maxColumns = 80): HeatCell[] {
  const idx = logThin(series.steps, maxColumns);
  const cells: HeatCell[] = [];
  idx.forEach((i, j) => {
    const step = series.steps[i]!;
    const next = j + 1 < idx.length ? series.steps[idx[j + 1]!]! : step + Math.max(1, step * 0.02);
    for (const k of halfFrequencies(series.p)) {
      const s = series.signals[i]![k];
      if (s !== undefined && Number.isFinite(s)) cells.push({ k, step, x1: step + 1, x2: next + 1, s });
    }
  });
  return cells;
}

export function spectrumHeatmapSpec(series: SignalSeries, opts: SpectrumHeatmapOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, lang = 'en', maxColumns = 80, scheme = 'viridis', tooltips = false } = opts;
  const half = halfFrequencies(series.p);
  const height = opts.height ?? Math.max(200, half.length * 11 + 70);
  const cells = heatCells(series, maxColumns);
  const xMax = cells.length ? Math.max(...cells.map((c) => c.x2)) : 10;
  return {
    width,
    height,
    marginRight: 24,
    ariaLabel: ft(lang, 'axis.signal'),
    ariaDescription: opts.description ?? null,
    x: { type: 'log', domain: [1, xMax], label: ft(lang, 'axis.step') },
    y: { domain: [half.length + 0.5, 0.5], label: ft(lang, 'axis.frequency'), ticks: half.filter((k) => k % 4 === 1), tickFormat: 'd' },
    // Quantized (9 bins): readable, and its legend needs no canvas (build-time rendering has none).
    color: { type: 'quantize', n: 9, scheme, domain: [0, Math.max(1, ...cells.map((c) => c.s))], legend: true, label: ft(lang, 'axis.signal') },
    marks: [
      Plot.rect(cells, { x1: 'x1', x2: 'x2', y1: (c: HeatCell) => c.k - 0.5, y2: (c: HeatCell) => c.k + 0.5, fill: 's', title: tooltips ? (c: HeatCell) => `k = ${c.k}, step ${c.step}: ${c.s.toFixed(1)}` : undefined }),
      Plot.text(series.circles, { x: xMax, y: (k: number) => k, text: () => '◀', textAnchor: 'start', dx: 3, fill: 'currentColor' }),
    ],
  };
}
