import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions } from '../types';
import type { TrackedCollaboration } from '../../reference/spec';
import { ft } from '../i18n';
import { specStrings } from './strings';
import type { Lang } from '../../i18n/languages';
import { DEFAULT_WIDTH, LOSER_GREY, kLabel, survivorColor } from './common';

export function collaborationPanelLabel(size: 1 | 2 | 3, top: number, second: number, lang: Lang): string {
  // The set's braces are a value, not a placeholder of the template.
  if (size === 1) return specStrings(lang, 'collaboration.alone', { set: '{k}' });
  if (size === 2) return `{${top}, k}`;
  return `{${top}, ${second}, k}`;
}

/**
 * Collaboration through training (the authors' figure): at each tracked step, the loss of that
 * moment's network on all p² pairs with the embedding restricted to {k}, {top, k} or {top, second, k};
 * one line per k, survivors in their palette colour, the rest grey; chance ln p and the untouched
 * embedding's loss over training as references.
 */
export function collaborationSpec(track: TrackedCollaboration, circles: readonly number[], p: number, opts: FigureOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = 420, lang = 'en' } = opts;
  const panels = [1, 2, 3].map((s) => collaborationPanelLabel(s as 1 | 2 | 3, track.top, track.second, lang));
  const h = track.one[0]?.length ?? 0;
  const rows = ([track.one, track.two, track.three] as const).flatMap((series, i) =>
    Array.from({ length: h }, (_, j) => j + 1).flatMap((k) =>
      track.steps.map((step, t) => ({ step, k, key: kLabel(k), loss: series[t]![k - 1]!, panel: panels[i]!, survivor: circles.includes(k) })),
    ),
  );
  const full = panels.flatMap((panel) => track.steps.map((step, t) => ({ step, loss: track.full[t]!, panel })));
  const chance = Math.log(p);
  const yMax = Math.max(chance, ...rows.map((r) => r.loss)) * 1.05;
  return {
    width,
    height,
    marginRight: 70,
    ariaLabel: ft(lang, 'axis.lossAll'),
    ariaDescription: opts.description ?? null,
    fy: { domain: panels, label: null },
    x: { label: specStrings(lang, 'axis.trainingStep'), tickFormat: 's' },
    y: { domain: [0, yMax], label: ft(lang, 'axis.lossAll'), grid: true, ticks: 3 },
    // Survivors are named by the legend: end-of-line labels collide where kept sets coincide ({top, top}).
    color: { ...survivorColor(circles), legend: true, label: null },
    marks: [
      Plot.ruleY([chance], { stroke: 'currentColor', strokeDasharray: '4,3', strokeOpacity: 0.6 }),
      Plot.lineY(
        rows.filter((r) => !r.survivor),
        { x: 'step', y: 'loss', z: 'k', fy: 'panel', stroke: LOSER_GREY, strokeOpacity: 0.6, strokeWidth: 1 },
      ),
      Plot.lineY(
        rows.filter((r) => r.survivor),
        { x: 'step', y: 'loss', z: 'k', fy: 'panel', stroke: 'key', strokeWidth: 2 },
      ),
      Plot.lineY(full, { x: 'step', y: 'loss', fy: 'panel', stroke: '#3ca951', strokeDasharray: '2,2', strokeWidth: 1.5 }),
      Plot.text([{ panel: panels[0], t: specStrings(lang, 'collaboration.chance') }], {
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
