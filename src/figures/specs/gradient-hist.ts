/** Histogram of the initial gradient g⁽ˢ⁾ for frequencies that survived vs died (stacked). */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions } from '../types';
import type { GradientPoint } from '../analyses/gradient';
import { ft } from '../i18n';
import { DEFAULT_WIDTH, LOSER_GREY } from './common';

export function gradientHistSpec(points: GradientPoint[], opts: FigureOptions & { bins?: number } = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.45), lang = 'en', bins = 40 } = opts;
  const survived = ft(lang, 'legend.survived');
  const died = ft(lang, 'legend.died');
  const rows = points.map((p) => ({ g: p.g, group: p.survived ? survived : died }));
  return {
    width,
    height,
    ariaLabel: ft(lang, 'axis.gradient'),
    ariaDescription: opts.description ?? null,
    x: { label: ft(lang, 'axis.gradient'), tickFormat: '.1e', ticks: 5 },
    y: { label: ft(lang, 'axis.count'), grid: true },
    color: { domain: [died, survived], range: [LOSER_GREY, '#ff725c'], legend: true, label: null },
    marks: [
      Plot.rectY(rows, Plot.binX<Plot.RectYOptions>({ y: 'count' }, { x: 'g', fill: 'group', thresholds: bins })),
      Plot.ruleY([0]),
      Plot.ruleX([0], { strokeDasharray: '2,3' }),
    ],
  };
}
