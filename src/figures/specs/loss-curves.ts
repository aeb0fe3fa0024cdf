/**
 * Loss curves: train and test loss on a log y axis, with train and test accuracy drawn on the same
 * panel against a right-hand axis (0–100 %), mapped onto the loss axis's log range so one SVG holds
 * both. An optional overlay (e.g. the reference run under a live one) is drawn beneath, dashed.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions, LossSeries } from '../types';
import { ft } from '../i18n';
import { DEFAULT_WIDTH, logThin } from './common';
import type { Lang } from '../../i18n/languages';

export interface LossCurvesOptions extends FigureOptions {
  /** Draw accuracy on the right axis (default true). */
  accuracy?: boolean;
  /** Log-scale the step axis (x = step + 1; default true). */
  logX?: boolean;
  maxPoints?: number;
  /** Fixed loss domain, e.g. [1e-8, 20]; default from the data. */
  lossDomain?: [number, number];
}

export interface LossRow {
  step: number;
  x: number;
  value: number;
  series: string;
  overlay: boolean;
}

const LOSS_FLOOR = 1e-12;

export function lossRows(s: LossSeries, lang: Lang, overlay: boolean, maxPoints = 200, logX = true): { loss: LossRow[]; acc: LossRow[] } {
  const loss: LossRow[] = [];
  const acc: LossRow[] = [];
  for (const i of logX ? logThin(s.steps, maxPoints) : s.steps.map((_, j) => j)) {
    const step = s.steps[i]!;
    const x = logX ? step + 1 : step;
    const push = (list: LossRow[], value: number | undefined, key: Parameters<typeof ft>[1]) => {
      if (value !== undefined && Number.isFinite(value)) list.push({ step, x, value, series: ft(lang, key), overlay });
    };
    push(loss, Math.max(s.trainLoss[i] ?? NaN, LOSS_FLOOR), 'legend.train');
    push(loss, Math.max(s.testLoss[i] ?? NaN, LOSS_FLOOR), 'legend.test');
    push(acc, s.trainAcc[i], 'legend.trainAcc');
    push(acc, s.testAcc[i], 'legend.testAcc');
  }
  return { loss, acc };
}

export function lossCurvesSpec(series: LossSeries & { overlay?: LossSeries }, opts: LossCurvesOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.5), lang = 'en', accuracy = true, logX = true, maxPoints = 200 } = opts;
  const main = lossRows(series, lang, false, maxPoints, logX);
  const over = series.overlay ? lossRows(series.overlay, lang, true, maxPoints, logX) : { loss: [], acc: [] };
  const values = [...main.loss, ...over.loss].map((r) => r.value);
  const [lo, hi] = opts.lossDomain ?? [Math.min(...values, 1) / 2, Math.max(...values, 1) * 2];
  // Accuracy a ∈ [0, 1] sits at lo·(hi/lo)^a on the loss axis: 0 % at the bottom, 100 % at the top.
  const toY = (a: number) => lo * Math.pow(hi / lo, a);
  const fromY = (y: number) => Math.log(y / lo) / Math.log(hi / lo);
  const accTicks = [0, 0.25, 0.5, 0.75, 1].map(toY);
  const domain = [ft(lang, 'legend.train'), ft(lang, 'legend.test'), ft(lang, 'legend.trainAcc'), ft(lang, 'legend.testAcc')];
  const mapAcc = (rows: LossRow[]) => rows.map((r) => ({ ...r, value: toY(r.value) }));
  return {
    width,
    height,
    marginRight: accuracy ? 48 : 20,
    marginTop: 28,
    ariaLabel: ft(lang, 'axis.loss'),
    ariaDescription: opts.description ?? null,
    x: { type: logX ? 'log' : 'linear', label: logX ? ft(lang, 'axis.step') : ft(lang, 'legend.step') },
    y: { type: 'log', domain: [lo, hi], label: ft(lang, 'axis.loss') },
    color: { domain, range: ['#4269d0', '#ff725c', '#97bbf5', '#ffb3a7'], legend: true, label: null },
    marks: [
      Plot.lineY(over.loss, { x: 'x', y: 'value', z: 'series', stroke: 'series', strokeOpacity: 0.45, strokeDasharray: '3,3', ariaHidden: 'true' }),
      accuracy
        ? Plot.lineY(mapAcc(over.acc), { x: 'x', y: 'value', z: 'series', stroke: 'series', strokeOpacity: 0.35, strokeDasharray: '1,3', ariaHidden: 'true' })
        : null,
      accuracy ? Plot.lineY(mapAcc(main.acc), { x: 'x', y: 'value', z: 'series', stroke: 'series', strokeWidth: 1.5, strokeDasharray: '5,2' }) : null,
      Plot.lineY(main.loss, { x: 'x', y: 'value', z: 'series', stroke: 'series', strokeWidth: 2 }),
      Plot.axisY({ anchor: 'left', label: ft(lang, 'axis.loss'), ticks: 6, tickFormat: '.0e' }),
      Plot.gridY({ ticks: 6 }),
      // Right-hand accuracy axis: drawn as text, because Plot keeps only power-of-ten labels on log axes.
      accuracy
        ? Plot.text(accTicks, { y: (v: number) => v, frameAnchor: 'right', textAnchor: 'start', dx: 6, text: (v: number) => `${Math.round(fromY(v) * 100)}%` })
        : null,
      accuracy ? Plot.text([ft(lang, 'axis.accuracy')], { frameAnchor: 'top-right', textAnchor: 'end', dy: -20, dx: 40, text: (t: string) => t }) : null,
    ],
  };
}
