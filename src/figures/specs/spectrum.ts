/**
 * Spectrum: bars of S_k for k = 1..(p−1)/2 with the circle rule's threshold τ as a rule.
 * Survivors (the final circles) keep their palette colour; the rest are grey. Given several
 * spectra (e.g. steps 0, 100, 1,000, 5,000), one facet per spectrum, on a shared y scale.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions, SpectrumData } from '../types';
import { ft } from '../i18n';
import { DEFAULT_WIDTH, LOSER_GREY, kLabel, survivorColor } from './common';
import { circleFrequencies } from '../../lib/fourier';
import type { Lang } from '../../i18n/languages';

export interface SpectrumOptions extends FigureOptions {
  legend?: boolean;
}

export interface SpectrumRow {
  panel: string;
  k: number;
  s: number;
  key: string;
  survivor: boolean;
}

const panelLabel = (d: SpectrumData, i: number, lang: Lang): string =>
  d.step === undefined ? `#${i + 1}` : `${ft(lang, 'legend.step')} ${d.step.toLocaleString('en-US')}`;

export function spectrumRows(list: SpectrumData[], lang: Lang = 'en'): SpectrumRow[] {
  return list.flatMap((d, i) => {
    const alive = new Set(d.circles);
    return circleFrequencies(d.p).map((k) => ({ panel: panelLabel(d, i, lang), k, s: d.signals[k] ?? NaN, key: kLabel(k), survivor: alive.has(k) }));
  });
}

export function spectrumSpec(data: SpectrumData | SpectrumData[], opts: SpectrumOptions = {}): PlotOptions {
  const list = Array.isArray(data) ? data : [data];
  const { width = DEFAULT_WIDTH, lang = 'en', legend = false } = opts;
  const faceted = list.length > 1;
  const height = opts.height ?? (faceted ? 150 * list.length + 40 : Math.round(width * 0.45));
  const rows = spectrumRows(list, lang);
  const rules = list.map((d, i) => ({ panel: panelLabel(d, i, lang), tau: d.threshold }));
  const circles = list[0]?.circles ?? [];
  const fy = faceted ? 'panel' : undefined;
  return {
    width,
    height,
    marginRight: faceted ? 90 : 20,
    ariaLabel: ft(lang, 'axis.signal'),
    ariaDescription: opts.description ?? null,
    x: {
      type: 'band',
      domain: circleFrequencies(list[0]?.p ?? 59),
      label: ft(lang, 'axis.frequency'),
      tickFormat: (k: number) => (k % 2 === 1 ? String(k) : ''),
    },
    y: { label: ft(lang, 'axis.signal'), grid: true, zero: true },
    fy: faceted ? { label: null, domain: rules.map((r) => r.panel) } : undefined,
    color: { ...survivorColor(circles), legend, label: null },
    marks: [
      Plot.barY(
        rows.filter((r) => !r.survivor),
        { x: 'k', y: 's', fy, fill: LOSER_GREY, inset: 0.5, title: (r: SpectrumRow) => `${r.key}: ${r.s.toFixed(1)}` },
      ),
      Plot.barY(
        rows.filter((r) => r.survivor),
        { x: 'k', y: 's', fy, fill: 'key', inset: 0.5, title: (r: SpectrumRow) => `${r.key}: ${r.s.toFixed(1)}` },
      ),
      Plot.ruleY(rules, { y: 'tau', fy, stroke: 'currentColor', strokeDasharray: '4,3', strokeWidth: 1.2 }),
      Plot.text(rules, { y: 'tau', fy, frameAnchor: 'right', text: () => 'τ', dy: -6, dx: -2, fontStyle: 'italic' }),
      Plot.ruleY([0]),
    ],
  };
}
