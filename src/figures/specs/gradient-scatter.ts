/** Initial gradient g⁽⁴⁾ against initial signal S(0), survivors in colour, with a fitted linear separator. */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions } from '../types';
import type { GradientPoint } from '../analyses/gradient';
import type { Separator } from '../analyses/separator';
import { ft } from '../i18n';
import { DEFAULT_WIDTH, LOSER_GREY } from './common';

export function gradientScatterSpec(points: GradientPoint[], separator: Pick<Separator, 'a' | 'b' | 'c'> | null, opts: FigureOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.6), lang = 'en' } = opts;
  const survived = ft(lang, 'legend.survived');
  const died = ft(lang, 'legend.died');
  const gs = points.map((p) => p.g);
  const ss = points.map((p) => p.s0);
  const [gLo, gHi] = [Math.min(...gs), Math.max(...gs)];
  const [sLo, sHi] = [Math.min(...ss), Math.max(...ss)];
  const padG = (gHi - gLo) * 0.05 || 1e-4;
  const padS = (sHi - sLo) * 0.05 || 1;
  // The separator a·g + b·S + c = 0, as S(g), clipped to the plotted range.
  const line = separator && separator.b !== 0 ? [gLo - padG, gHi + padG].map((g) => ({ g, s: -(separator.a * g + separator.c) / separator.b })) : [];
  const rows = points.map((p) => ({ ...p, group: p.survived ? survived : died }));
  return {
    width,
    height,
    ariaLabel: `${ft(lang, 'axis.gradient')} / ${ft(lang, 'axis.initialSignal')}`,
    ariaDescription: opts.description ?? null,
    x: { domain: [gLo - padG, gHi + padG], label: ft(lang, 'axis.gradient'), tickFormat: '.1e', ticks: width >= 480 ? 5 : 3 },
    y: { domain: [sLo - padS, sHi + padS], label: ft(lang, 'axis.initialSignal'), grid: true },
    color: { domain: [died, survived], range: [LOSER_GREY, '#ff725c'], legend: true, label: null },
    marks: [
      Plot.dot(
        rows.filter((r) => !r.survived),
        { x: 'g', y: 's0', fill: 'group', r: 2.5, fillOpacity: 0.7 },
      ),
      Plot.dot(
        rows.filter((r) => r.survived),
        { x: 'g', y: 's0', fill: 'group', r: 3.5, stroke: 'white', strokeWidth: 0.5 },
      ),
      Plot.line(line, { x: 'g', y: 's', stroke: 'currentColor', strokeDasharray: '6,3', strokeWidth: 1.5, clip: true }),
    ],
  };
}
