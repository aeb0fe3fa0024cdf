/**
 * Collaboration: the trained network's loss on all p² pairs when the embedding keeps only one,
 * two or three circles (DC kept). One facet per size, dots per added frequency k; survivors in
 * their palette colour; chance level ln p and the full model's loss as rules.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions } from '../types';
import type { CollaborationResult, CollaborationRow } from '../analyses/collaboration';
import { ft } from '../i18n';
import { DEFAULT_WIDTH, LOSER_GREY, kLabel, survivorColor } from './common';

export function collaborationPanelLabel(size: 1 | 2 | 3, top: number, second: number, lang: 'en' | 'ja'): string {
  if (size === 1) return lang === 'ja' ? '{k} だけ' : '{k} alone';
  if (size === 2) return `{${top}, k}`;
  return `{${top}, ${second}, k}`;
}

export function collaborationSpec(result: CollaborationResult, circles: readonly number[], p: number, opts: FigureOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = 380, lang = 'en' } = opts;
  const label = (r: CollaborationRow) => collaborationPanelLabel(r.size, result.top, result.second, lang);
  const rows = result.rows.map((r) => ({ ...r, panel: label(r), key: kLabel(r.k) }));
  const panels = [1, 2, 3].map((s) => collaborationPanelLabel(s as 1 | 2 | 3, result.top, result.second, lang));
  const chance = Math.log(p);
  const yMax = Math.max(chance, ...rows.map((r) => r.loss)) * 1.05;
  return {
    width,
    height,
    marginRight: 70,
    ariaLabel: ft(lang, 'axis.lossAll'),
    ariaDescription: opts.description ?? null,
    fy: { domain: panels, label: null },
    x: { type: 'band', label: ft(lang, 'axis.frequencyKept'), tickFormat: (k: number) => (k % 2 === 1 ? String(k) : '') },
    y: { domain: [0, yMax], label: ft(lang, 'axis.lossAll'), grid: true, ticks: 3 },
    color: { ...survivorColor(circles), legend: false },
    marks: [
      Plot.ruleY([chance], { stroke: 'currentColor', strokeDasharray: '4,3', strokeOpacity: 0.6 }),
      Plot.ruleY([result.full], { stroke: '#3ca951', strokeDasharray: '2,2' }),
      Plot.barY(
        rows.filter((r) => !r.survivor),
        { x: 'k', y: 'loss', fy: 'panel', fill: LOSER_GREY, inset: 1 },
      ),
      Plot.barY(
        rows.filter((r) => r.survivor),
        { x: 'k', y: 'loss', fy: 'panel', fill: 'key', inset: 1 },
      ),
      Plot.text([{ panel: panels[0], t: lang === 'ja' ? 'ln p（偶然）' : 'ln p (chance)' }], {
        y: chance,
        fy: 'panel',
        text: 't',
        frameAnchor: 'left',
        textAnchor: 'start',
        dy: -7,
        fontSize: 9,
      }),
    ],
  };
}
