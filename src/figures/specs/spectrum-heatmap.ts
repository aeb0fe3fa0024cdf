/**
 * Spectrum heatmap: frequency k (rows, 1..(p−1)/2) × training step (columns, log scale of
 * step + 1), colour = S_k. Each logged step becomes a cell reaching to the next logged step.
 * Survivors are marked with a dot beside their row.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions, SignalSeries } from '../types';
import { ft } from '../i18n';
import { DEFAULT_WIDTH, logThin } from './common';
import { circleFrequencies } from '../../lib/fourier';

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
    for (const k of circleFrequencies(series.p)) {
      const s = series.signals[i]![k];
      if (s !== undefined && Number.isFinite(s)) cells.push({ k, step, x1: step + 1, x2: next + 1, s });
    }
  });
  return cells;
}

/**
 * Colour thresholds: round numbers (1, 2 or 5 × 10ⁿ apart) splitting [0, max] into at most `n`
 * bins, the way a reader would label a legend (more bins would crowd its labels).
 */
export function heatThresholds(max: number, n = 9): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [1];
  const power = 10 ** Math.floor(Math.log10(max / n));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => Math.ceil(max / s) <= n) ?? 10 * power;
  const out: number[] = [];
  // Multiply rather than accumulate, so 0.1 × 3 prints as 0.3 and not 0.30000000000000004.
  for (let i = 1; i * step < max; i++) out.push(Number((i * step).toPrecision(12)));
  return out.length ? out : [step];
}

/** Index of the colour bin of `s` (0 below the first threshold). */
const binOf = (s: number, thresholds: readonly number[]): number => {
  let b = 0;
  while (b < thresholds.length && s >= thresholds[b]!) b++;
  return b;
};

/**
 * Merge neighbouring cells of one row that fall in the same colour bin into one rect: the figure
 * looks the same, with a fraction of the SVG elements (a flat row is one rect, not 80). Fewer
 * elements is what keeps the live lab's redraw, and the browser's style pass after it, short.
 */
export function mergeRuns(cells: readonly HeatCell[], thresholds: readonly number[]): HeatCell[] {
  const rows = new Map<number, HeatCell[]>();
  for (const c of cells) (rows.get(c.k) ?? rows.set(c.k, []).get(c.k)!).push(c);
  const out: HeatCell[] = [];
  for (const row of rows.values()) {
    row.sort((a, b) => a.x1 - b.x1);
    let run: HeatCell = { ...row[0]! };
    for (const c of row.slice(1)) {
      if (run.x2 === c.x1 && binOf(run.s, thresholds) === binOf(c.s, thresholds)) run.x2 = c.x2;
      else {
        out.push(run);
        run = { ...c };
      }
    }
    out.push(run);
  }
  return out;
}

export function spectrumHeatmapSpec(series: SignalSeries, opts: SpectrumHeatmapOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, lang = 'en', maxColumns = 80, scheme = 'viridis', tooltips = false } = opts;
  const half = circleFrequencies(series.p);
  const height = opts.height ?? Math.max(200, half.length * 11 + 70);
  const cells = heatCells(series, maxColumns);
  const xMax = cells.length ? Math.max(...cells.map((c) => c.x2)) : 10;
  // Threshold colours (at most 9 bins): readable, exact to merge on, and a legend that needs no
  // canvas (build-time rendering has none). Per-cell tooltips need the cells unmerged.
  const thresholds = heatThresholds(Math.max(1, ...cells.map((c) => c.s)));
  const rects = tooltips ? cells : mergeRuns(cells, thresholds);
  return {
    width,
    height,
    marginRight: 24,
    ariaLabel: ft(lang, 'axis.signal'),
    ariaDescription: opts.description ?? null,
    x: { type: 'log', domain: [1, xMax], label: ft(lang, 'axis.step') },
    y: { domain: [half.length + 0.5, 0.5], label: ft(lang, 'axis.frequency'), ticks: half.filter((k) => k % 4 === 1), tickFormat: 'd' },
    color: { type: 'threshold', domain: thresholds, scheme, legend: true, label: ft(lang, 'axis.signal') },
    marks: [
      Plot.rect(rects, {
        x1: 'x1',
        x2: 'x2',
        y1: (c: HeatCell) => c.k - 0.5,
        y2: (c: HeatCell) => c.k + 0.5,
        fill: 's',
        title: tooltips ? (c: HeatCell) => `k = ${c.k}, step ${c.step}: ${c.s.toFixed(1)}` : undefined,
      }),
      Plot.text(series.circles, { x: xMax, y: (k: number) => k, text: () => '◀', textAnchor: 'start', dx: 3, fill: 'currentColor' }),
    ],
  };
}
