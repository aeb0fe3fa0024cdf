/**
 * Settling at the authors' horizon: the share of runs whose survivor set is already their final
 * one, at every logged step on a log axis, with its 95 % band; a rule where the site's designs stop
 * and one at the target share. Where the line meets the designs' rule is the horizon check.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions } from '../types';
import type { FinalShare } from '../analyses/horizon';
import { ft } from '../i18n';
import { DEFAULT_WIDTH } from './common';

export interface HorizonOptions extends FigureOptions {
  /** Where the site's designs stop (a vertical rule), and its label. */
  designSteps: number;
  designLabel: string;
  /** The share the designs should reach (a horizontal rule), and its label. */
  target: number;
  targetLabel: string;
}

const ENGINE = '#4269d0';
const MARK = '#c2410c';

export function horizonSpec(points: readonly FinalShare[], opts: HorizonOptions): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.5), lang = 'en' } = opts;
  // Step 0 has no place on a log axis, and steps 1–9 show only the random start: the axis
  // starts at step 10 and keeps its room for the steps where sets form and settle.
  const FIRST = 10;
  // A step curve only needs the rows where it moves: a row that repeats the one before it draws
  // nothing new (the share is logged every 100 steps and changes a few dozen times in 30,000).
  const logged = points.filter((q) => q.step >= FIRST);
  const rows = logged.filter((q, i) => {
    const prev = logged[i - 1];
    return !prev || i === logged.length - 1 || q.share !== prev.share || q.lo !== prev.lo || q.hi !== prev.hi;
  });
  const last = rows[rows.length - 1]?.step ?? opts.designSteps * 10;
  return {
    width,
    height,
    ariaLabel: ft(lang, 'axis.finalShare'),
    ariaDescription: opts.description ?? null,
    marginRight: 24,
    x: { type: 'log', label: ft(lang, 'axis.stepLog'), domain: [FIRST, last], tickFormat: (x: number) => x.toLocaleString('en-US') },
    y: { label: ft(lang, 'axis.finalShare'), domain: [0, 1], grid: true, tickFormat: (y: number) => `${Math.round(y * 100)}%` },
    marks: [
      Plot.areaY(rows, { x: 'step', y1: 'lo', y2: 'hi', curve: 'step-after', fill: ENGINE, fillOpacity: 0.15 }),
      Plot.line(rows, { x: 'step', y: 'share', curve: 'step-after', stroke: ENGINE, strokeWidth: 2 }),
      Plot.ruleY([opts.target], { stroke: MARK, strokeDasharray: '4 3' }),
      Plot.text([opts.target], { x: FIRST, y: (t: number) => t, text: () => opts.targetLabel, textAnchor: 'start', dy: -7, fill: MARK }),
      Plot.ruleX([opts.designSteps], { stroke: '#6b7280', strokeDasharray: '2 3' }),
      Plot.text([opts.designSteps], { x: (s: number) => s, y: 0, text: () => opts.designLabel, textAnchor: 'end', dx: -5, dy: -8, fill: '#374151' }),
    ],
  };
}
