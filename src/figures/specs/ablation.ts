/**
 * Ablation: test loss over training (log–log, x = step + 1) for runs whose initial embedding kept
 * only some frequencies. Two panels — the strongest frequencies vs other frequencies — each with
 * the unablated run O for reference.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions } from '../types';
import { ft } from '../i18n';
import { DEFAULT_WIDTH, logThin } from './common';

export interface AblationSeries {
  label: string;
  /** e.g. "keeps k = 11" */
  description: string;
  panel: string[];
  steps: number[];
  testLoss: number[];
}

const COLORS: Record<string, string> = { O: '#6b7280', A: '#4269d0', B: '#ff725c', C: '#3ca951', D: '#a463f2' };

export function ablationSpec(series: AblationSeries[], opts: FigureOptions & { panels?: string[] } = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, lang = 'en' } = opts;
  const panels = opts.panels ?? [...new Set(series.flatMap((s) => s.panel))];
  const height = opts.height ?? 200 * panels.length + 40;
  const rows = series.flatMap((s) =>
    s.panel.flatMap((panel) =>
      logThin(s.steps, 120).map((i) => ({ panel, name: `${s.label}: ${s.description}`, x: s.steps[i]! + 1, loss: Math.max(s.testLoss[i]!, 1e-10) })),
    ),
  );
  const names = series.map((s) => `${s.label}: ${s.description}`);
  return {
    width,
    height,
    marginRight: 60,
    ariaLabel: ft(lang, 'axis.testLoss'),
    ariaDescription: opts.description ?? null,
    fy: { domain: panels, label: null },
    x: { type: 'log', label: ft(lang, 'axis.step') },
    y: { type: 'log', label: ft(lang, 'axis.testLoss'), grid: true, ticks: 4, tickFormat: '.0e' },
    color: { domain: names, range: series.map((s) => COLORS[s.label] ?? '#9c6b4e'), legend: true, label: null },
    marks: [Plot.lineY(rows, { x: 'x', y: 'loss', z: 'name', fy: 'panel', stroke: 'name', strokeWidth: 1.8 })],
  };
}
