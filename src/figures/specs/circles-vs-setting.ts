/**
 * Circles against a model setting on a linear axis (weight decay, the modulus): every run as a dot
 * (spread sideways so ties stay visible), the mean per value as a line, mean ± 1 SD as a band.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions } from '../types';
import type { SettingPoint } from '../analyses/sweeps';
import { ft } from '../i18n';
import { DEFAULT_WIDTH } from './common';
import { circleCountMarks } from './circle-count-marks';

export interface CirclesVsSettingOptions extends FigureOptions {
  /** The x axis label, in the page's language. */
  xLabel: string;
  /** Value of the paper's setting, marked with a dashed rule (e.g. weight decay 0.5, p = 59). */
  paperValue?: number;
}

export function circlesVsSettingSpec(points: SettingPoint[], opts: CirclesVsSettingOptions): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.5), lang = 'en' } = opts;
  const xs = points.map((p) => p.x);
  const span = xs.length > 1 ? Math.max(...xs) - Math.min(...xs) : 1;
  // Ties sit side by side: offsets are a small share of the axis, alternating left and right.
  const dots = points.flatMap((pt) => {
    const seen = new Map<number, number>();
    return pt.counts.map((c) => {
      const j = seen.get(c) ?? 0;
      seen.set(c, j + 1);
      return { x: pt.x + (j % 2 ? 1 : -1) * Math.ceil(j / 2) * span * 0.012, c };
    });
  });
  const maxC = Math.max(1, ...points.map((p) => p.max));
  return {
    width,
    height,
    ariaLabel: ft(lang, 'axis.circles'),
    ariaDescription: opts.description ?? null,
    x: { label: opts.xLabel, ticks: xs, tickFormat: (x: number) => String(x), inset: 12 },
    y: { label: ft(lang, 'axis.circles'), domain: [0, maxC + 1], grid: true, ticks: Math.min(maxC + 1, 10) },
    marks: [
      ...(opts.paperValue !== undefined ? [Plot.ruleX([opts.paperValue], { stroke: '#c2410c', strokeDasharray: '4 3', strokeOpacity: 0.8 })] : []),
      ...circleCountMarks(points, 'x', dots),
    ],
  };
}
