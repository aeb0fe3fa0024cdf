/**
 * Plot specs for the two-species Lotka–Volterra widget: populations over time and the phase
 * portrait. Pure functions (data, options) → Plot options; the build renders them to SVG and
 * the island re-renders them on every input.
 */
import * as Plot from '@observablehq/plot';
import type { TwoSpeciesData } from '../../lib/ode/two-species-model';
import { odeT } from '../../i18n/ode';
import type { FigureOptions } from '../types';
import type { Lang } from '../../i18n/languages';

/** Species colours (readable on light and dark backgrounds, distinct for common colour-vision deficiencies). */
export const SPECIES_COLOURS = ['#2f6fb3', '#d2691e'] as const;

export interface TwoSpeciesSpecOptions extends FigureOptions {
  lang?: Lang;
}

const DEFAULTS = { width: 340, height: 280, lang: 'en' as Lang };

export function twoSpeciesTimeSpec(data: TwoSpeciesData, options: TwoSpeciesSpecOptions = {}): Plot.PlotOptions {
  const { width, height, lang } = { ...DEFAULTS, ...options };
  const names = [odeT(lang, 'two.species1'), odeT(lang, 'two.species2')];
  const rows = data.main.t.flatMap((t, k) => [
    { t, v: data.main.x[k]!, s: names[0]! },
    { t, v: data.main.y[k]!, s: names[1]! },
  ]);
  return {
    width,
    height,
    marginLeft: 44,
    marginRight: 12,
    ariaDescription: options.description ?? odeT(lang, 'two.timeDesc'),
    x: { label: odeT(lang, 'two.time'), domain: [0, data.tEnd], labelAnchor: 'right' },
    y: { label: odeT(lang, 'two.population'), domain: [0, data.yMax], grid: true },
    color: { domain: names, range: [...SPECIES_COLOURS] },
    marks: [Plot.ruleY([0]), Plot.line(rows, { x: 't', y: 'v', stroke: 's', strokeWidth: 2 })],
  };
}

export function twoSpeciesPhaseSpec(data: TwoSpeciesData, options: TwoSpeciesSpecOptions = {}): Plot.PlotOptions {
  const { width, height, lang } = { ...DEFAULTS, ...options };
  const others = data.others.flatMap((p) => p.x.map((x, k) => ({ id: p.id, x, y: p.y[k]! })));
  const main = data.main.x.map((x, k) => ({ x, y: data.main.y[k]! }));
  const lines = data.nullclines.filter((n) => n.kind === 'line');
  const equilibria = data.equilibria.map((e) => ({ x: e.x, y: e.y, stable: e.stability === 'stable', kind: e.kind }));
  return {
    width,
    height,
    marginLeft: 44,
    marginRight: 12,
    ariaDescription: options.description ?? odeT(lang, 'two.phaseDesc'),
    x: { label: odeT(lang, 'two.species1'), domain: [0, data.xMax], labelAnchor: 'right' },
    y: { label: odeT(lang, 'two.species2'), domain: [0, data.yMax] },
    marks: [
      Plot.frame({ strokeOpacity: 0.2 }),
      Plot.line(others, { x: 'x', y: 'y', z: 'id', stroke: 'currentColor', strokeOpacity: 0.25, strokeWidth: 1 }),
      Plot.link(lines, {
        x1: (n) => n.from.x,
        y1: (n) => n.from.y,
        x2: (n) => n.to.x,
        y2: (n) => n.to.y,
        stroke: (n) => (n.species === 'x' ? SPECIES_COLOURS[0] : SPECIES_COLOURS[1]),
        strokeWidth: 2,
        strokeDasharray: '6 3',
      }),
      Plot.line(main, { x: 'x', y: 'y', stroke: 'currentColor', strokeWidth: 2, markerEnd: 'arrow' }),
      Plot.dot(main.slice(0, 1), { x: 'x', y: 'y', r: 4, fill: 'currentColor', symbol: 'square' }),
      Plot.dot(equilibria, {
        x: 'x',
        y: 'y',
        r: 5,
        stroke: 'currentColor',
        strokeWidth: 1.5,
        fill: (e) => (e.stable ? 'currentColor' : 'white'),
        clip: false,
      }),
    ],
  };
}
