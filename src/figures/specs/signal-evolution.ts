/**
 * Signal evolution: S_k over training for every circle frequency k = 1..(p−1)/2, on a log step
 * axis (x = step + 1, so the initial state sits at 1). Survivors get one colour each (with a
 * legend and a label at the line's end); the others are grey. An optional overlay (e.g. the
 * reference run under a live one) is drawn beneath, lighter and dashed.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions, SignalSeries } from '../types';
import { ft } from '../i18n';
import { DEFAULT_WIDTH, LOSER_GREY, halfFrequencies, kLabel, logThin, survivorColor } from './common';

export interface SignalEvolutionOptions extends FigureOptions {
  /** Show Plot's colour legend above the chart (default true). */
  legend?: boolean;
  /** Label each survivor at its line's end (default true). */
  endLabels?: boolean;
  /** Thin long series to about this many steps (default 160). */
  maxPoints?: number;
}

export interface SignalRow {
  step: number;
  x: number;
  k: number;
  s: number;
  key: string;
  survivor: boolean;
}

/** Long-format rows of a series (thinned on a log scale). */
export function signalRows(series: SignalSeries, maxPoints = 160): SignalRow[] {
  const alive = new Set(series.circles);
  const rows: SignalRow[] = [];
  for (const i of logThin(series.steps, maxPoints)) {
    const step = series.steps[i]!;
    for (const k of halfFrequencies(series.p)) {
      const s = series.signals[i]![k];
      if (s === undefined || !Number.isFinite(s)) continue;
      rows.push({ step, x: step + 1, k, s, key: kLabel(k), survivor: alive.has(k) });
    }
  }
  return rows;
}

export function signalEvolutionSpec(series: SignalSeries & { overlay?: SignalSeries }, opts: SignalEvolutionOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.55), lang = 'en', legend = true, endLabels = true, maxPoints = 160 } = opts;
  const rows = signalRows(series, maxPoints);
  const losers = rows.filter((r) => !r.survivor);
  const survivors = rows.filter((r) => r.survivor);
  const overlay = series.overlay ? signalRows(series.overlay, maxPoints) : [];
  const last = series.steps.length ? series.steps[series.steps.length - 1]! : 0;
  const ends = survivors.filter((r) => r.step === last);
  const color = survivorColor(series.circles);
  return {
    width,
    height,
    marginRight: endLabels ? 48 : 20,
    ariaLabel: ft(lang, 'axis.signal'),
    ariaDescription: opts.description ?? null,
    x: { type: 'log', label: ft(lang, 'axis.step') },
    y: { label: ft(lang, 'axis.signal'), grid: true, zero: true },
    color: { ...color, legend: legend && series.circles.length > 0, label: null },
    marks: [
      overlay.length
        ? Plot.lineY(overlay, { x: 'x', y: 's', z: 'k', stroke: (r: SignalRow) => (r.survivor ? '#6b7280' : LOSER_GREY), strokeOpacity: 0.45, strokeDasharray: '3,3', strokeWidth: 1, ariaHidden: 'true' })
        : null,
      Plot.lineY(losers, { x: 'x', y: 's', z: 'k', stroke: LOSER_GREY, strokeOpacity: 0.6, strokeWidth: 1 }),
      Plot.lineY(survivors, { x: 'x', y: 's', z: 'k', stroke: 'key', strokeWidth: 2 }),
      endLabels ? Plot.text(ends, { x: 'x', y: 's', text: 'key', fill: 'key', textAnchor: 'start', dx: 4, fontWeight: 600 }) : null,
    ],
  };
}
