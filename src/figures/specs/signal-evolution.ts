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
import { DEFAULT_WIDTH, LOSER_GREY, kLabel, logThin, survivorColor } from './common';
import { circleCount, circleFrequencies } from '../../lib/fourier';

export interface SignalEvolutionOptions extends FigureOptions {
  /** Show Plot's colour legend above the chart (default true). */
  legend?: boolean;
  /** Label each survivor at its line's end (default true). */
  endLabels?: boolean;
  /** Thin long series to about this many steps (default 160). */
  maxPoints?: number;
  /** Draw the survival threshold τ = 2 × mean signal (the authors' circle rule) over training (default false). */
  threshold?: boolean;
}

/** Font size of the end labels in px, and the least vertical distance between two of them. */
const LABEL_GAP_PX = 14;

/**
 * Spread end labels so that none overlaps another: sorted from the top, each label sits at least
 * `gap` (in data units) below the one above it. Returns the y at which to draw each label.
 */
export function dodgeLabels(values: readonly number[], gap: number): number[] {
  const order = values.map((v, i) => i).sort((a, b) => values[b]! - values[a]!);
  const out = new Array<number>(values.length);
  let prev = Infinity;
  for (const i of order) {
    const y = Math.min(values[i]!, prev - gap);
    out[i] = y;
    prev = y;
  }
  return out;
}

/** τ(t) = 2 × mean of all p signals at each logged step, from the half spectrum S_0..S_h (h = circleCount(p)). */
export function thresholdRows(series: SignalSeries, maxPoints = 160): { x: number; tau: number }[] {
  const p = series.p;
  return logThin(series.steps, maxPoints).flatMap((i) => {
    const half = series.signals[i]!;
    let sum = half[0] ?? NaN;
    for (let k = 1; k <= circleCount(p); k++) sum += 2 * (half[k] ?? NaN);
    const tau = (2 * sum) / p;
    return Number.isFinite(tau) ? [{ x: series.steps[i]! + 1, tau }] : [];
  });
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
    for (const k of circleFrequencies(series.p)) {
      const s = series.signals[i]![k];
      if (s === undefined || !Number.isFinite(s)) continue;
      rows.push({ step, x: step + 1, k, s, key: kLabel(k), survivor: alive.has(k) });
    }
  }
  return rows;
}

export function signalEvolutionSpec(series: SignalSeries & { overlay?: SignalSeries }, opts: SignalEvolutionOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.55), lang = 'en', legend = true, endLabels = true, maxPoints = 160, threshold = false } = opts;
  const rows = signalRows(series, maxPoints);
  const losers = rows.filter((r) => !r.survivor);
  const survivors = rows.filter((r) => r.survivor);
  const overlay = series.overlay ? signalRows(series.overlay, maxPoints) : [];
  const last = series.steps.length ? series.steps[series.steps.length - 1]! : 0;
  const ends = survivors.filter((r) => r.step === last);
  const tau = threshold ? thresholdRows(series, maxPoints) : [];
  // Labels closer than LABEL_GAP_PX would overlap: spread them, converting px to data units with
  // the y scale's extent (zero to the highest line) over the plot's inner height (height less the
  // top and bottom margins, 20 + 40 px).
  const yMax = Math.max(0, ...rows.map((r) => r.s), ...tau.map((r) => r.tau));
  const gap = yMax > 0 ? (LABEL_GAP_PX * yMax) / Math.max(1, height - 60) : 0;
  const labelY = dodgeLabels(
    ends.map((r) => r.s),
    gap,
  );
  const labels = ends.map((r, i) => ({ ...r, labelY: labelY[i]! }));
  const color = survivorColor(series.circles);
  return {
    width,
    height,
    marginRight: endLabels ? 48 : 20,
    // Room for the x label below the tick labels (at Plot's default 30 px it touched the '1k' and '2k' ticks).
    marginBottom: 40,
    ariaLabel: ft(lang, 'axis.signal'),
    ariaDescription: opts.description ?? null,
    x: { type: 'log', label: ft(lang, 'axis.step') },
    y: { label: ft(lang, 'axis.signal'), grid: true, zero: true },
    color: { ...color, legend: legend && series.circles.length > 0, label: null },
    marks: [
      overlay.length
        ? Plot.lineY(overlay, {
            x: 'x',
            y: 's',
            z: 'k',
            stroke: (r: SignalRow) => (r.survivor ? '#6b7280' : LOSER_GREY),
            strokeOpacity: 0.45,
            strokeDasharray: '3,3',
            strokeWidth: 1,
            ariaHidden: 'true',
          })
        : null,
      Plot.lineY(losers, { x: 'x', y: 's', z: 'k', stroke: LOSER_GREY, strokeOpacity: 0.6, strokeWidth: 1 }),
      Plot.lineY(survivors, { x: 'x', y: 's', z: 'k', stroke: 'key', strokeWidth: 2 }),
      tau.length ? Plot.lineY(tau, { x: 'x', y: 'tau', stroke: 'currentColor', strokeDasharray: '5,4', strokeWidth: 1.3 }) : null,
      // Named at its right end, beside the survivors' labels (the caption spells out τ = 2 × mean signal).
      tau.length ? Plot.text(tau.slice(-1), { x: 'x', y: 'tau', text: () => 'τ', textAnchor: 'start', dx: 4, fontStyle: 'italic', fontWeight: 600 }) : null,
      endLabels ? Plot.text(labels, { x: 'x', y: 'labelY', text: 'key', fill: 'key', textAnchor: 'start', dx: 4, fontWeight: 600 }) : null,
    ],
  };
}
