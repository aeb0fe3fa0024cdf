/**
 * Circles vs embedding dimension: every run as a dot (spread sideways so ties stay visible), the
 * mean per d as a line, and mean ± 1 SD as a band. x is log₂ d.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions } from '../types';
import type { DimensionPoint } from '../analyses/dimension';
import { ft } from '../i18n';
import { DEFAULT_WIDTH } from './common';
import { circleCountMarks } from './circle-count-marks';

/** CSS class of the highlight drawn for width d (the dimension widget shows one at a time). */
export const highlightClass = (d: number): string => `dim-hl dim-hl-${d}`;

export interface CirclesVsDimOptions extends FigureOptions {
  /** Widths to draw a highlight for (a vertical band and a ring on the mean), each its own group. */
  highlights?: readonly number[];
}

export function circlesVsDimSpec(points: DimensionPoint[], opts: CirclesVsDimOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.5), lang = 'en' } = opts;
  // Deterministic sideways offsets: runs with the same count at one d sit side by side.
  const dots = points.flatMap((pt) => {
    const seen = new Map<number, number>();
    return pt.counts.map((c) => {
      const j = seen.get(c) ?? 0;
      seen.set(c, j + 1);
      return { x: pt.d * Math.pow(2, (j % 2 ? 1 : -1) * Math.ceil(j / 2) * 0.06), c };
    });
  });
  const maxC = Math.max(1, ...points.map((p) => p.max));
  return {
    width,
    height,
    ariaLabel: ft(lang, 'axis.circles'),
    ariaDescription: opts.description ?? null,
    // Every width a tick where there is room; in a phone's column, powers of two only (48 and 96 would collide).
    x: {
      type: 'log',
      base: 2,
      label: ft(lang, 'axis.dimension'),
      ticks: points.map((p) => p.d).filter((d) => width >= 480 || Number.isInteger(Math.log2(d))),
      tickFormat: 'd',
    },
    y: { label: ft(lang, 'axis.circles'), domain: [0, maxC + 1], grid: true, ticks: Math.min(maxC + 1, 10) },
    marks: [
      ...circleCountMarks(points, 'd', dots),
      ...(opts.highlights ?? []).flatMap((d) => {
        const pt = points.find((q) => q.d === d);
        if (!pt) return [];
        const className = highlightClass(d);
        // The label leans inwards at the ends of the axis so it stays inside the frame.
        const textAnchor = d === points[points.length - 1]!.d ? 'end' : d === points[0]!.d ? 'start' : 'middle';
        return [
          Plot.ruleX([d], { stroke: '#c2410c', strokeWidth: 10, strokeOpacity: 0.18, className }),
          Plot.dot([pt], { x: 'd', y: 'mean', r: 7, stroke: '#c2410c', strokeWidth: 2.5, fill: 'none', className }),
          Plot.text([pt], {
            x: 'd',
            y: 'mean',
            text: (q: DimensionPoint) => `d = ${q.d}: ${q.mean.toFixed(1)}`,
            dy: -14,
            textAnchor,
            fontWeight: 'bold',
            fill: '#c2410c',
            stroke: 'var(--bg, white)',
            strokeWidth: 3,
            paintOrder: 'stroke',
            className,
          }),
        ];
      }),
    ],
  };
}
