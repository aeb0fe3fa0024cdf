/**
 * Survival-rate figures of the initial-signal designs and the frozen-embedding sweep: small
 * scatter/line specs over the analyses in ../analyses/survival.ts.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions } from '../types';
import type { ConstructionPoint, EmbeddingPerturbationPoint, EmpiricalPoint, FrozenPoint } from '../analyses/survival';
import { ft } from '../i18n';
import { specStrings } from './strings';
import { DEFAULT_WIDTH } from './common';

export function survivalVsSignalSpec(points: EmpiricalPoint[], opts: FigureOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.5), lang = 'en' } = opts;
  return {
    width,
    height,
    ariaLabel: ft(lang, 'axis.survivalRate'),
    ariaDescription: opts.description ?? null,
    x: { label: ft(lang, 'axis.initialSignal') },
    y: { domain: [0, 1], label: ft(lang, 'axis.survivalRate'), grid: true, tickFormat: '.0%' },
    color: { type: 'ordinal', legend: true, label: specStrings(lang, 'survival.embeddingLegend'), tickFormat: (e: number) => `#${e}` },
    marks: [
      Plot.dot(points, { x: 's0', y: 'rate', fill: 'embedding', r: 3.5, fillOpacity: 0.8 }),
      // Clipped to the frame: a straight fit runs below 0 % where the weakest signals sit.
      Plot.linearRegressionY(points, { x: 's0', y: 'rate', stroke: 'currentColor', strokeOpacity: 0.6, ci: 0, clip: true }),
    ],
  };
}

/** One curve per fixed embedding (as in the authors' figure): survival of k against its excess initial signal. */
export function perturbationSpec(points: EmbeddingPerturbationPoint[], k: number, opts: FigureOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.45), lang = 'en' } = opts;
  const name = (e: number) => specStrings(lang, 'perturbation.embedding', { embedding: e });
  const rows = points.map((q) => ({ ...q, which: name(q.embedding) }));
  const embeddings = [...new Set(points.map((q) => q.embedding))].sort((a, b) => a - b);
  return {
    width,
    height,
    ariaLabel: ft(lang, 'axis.survivalRate'),
    ariaDescription: opts.description ?? null,
    x: { label: specStrings(lang, 'perturbation.x', { k }) },
    y: { domain: [0, 1], label: `${ft(lang, 'axis.survivalRate')} (k = ${k})`, grid: true, tickFormat: '.0%' },
    color: { domain: embeddings.map(name), scheme: 'tableau10', legend: embeddings.length > 1, label: null },
    marks: [
      Plot.ruleX([0], { strokeDasharray: '2,3' }),
      Plot.lineY(rows, { x: 'excess', y: 'rate', stroke: 'which', marker: 'circle', strokeWidth: 1.75, strokeOpacity: 0.85 }),
    ],
  };
}

export function constructionSpec(points: ConstructionPoint[], opts: FigureOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.45), lang = 'en' } = opts;
  const larger = specStrings(lang, 'construction.larger');
  const smaller = specStrings(lang, 'construction.smaller');
  const rows = points.flatMap((p) => [
    { ratio: p.ratio, rate: p.larger, which: larger },
    { ratio: p.ratio, rate: p.smaller, which: smaller },
  ]);
  return {
    width,
    height,
    ariaLabel: ft(lang, 'axis.survivalRate'),
    ariaDescription: opts.description ?? null,
    // Ticks at the design's own ratios, written as decimals: Plot's default log ticks print SI
    // prefixes ("100m" for 0.1), which read as lengths.
    x: { type: 'log', label: specStrings(lang, 'construction.x'), ticks: points.map((p) => p.ratio), tickFormat: '.2~f' },
    y: { domain: [0, 1], label: ft(lang, 'axis.survivalRate'), grid: true, tickFormat: '.0%' },
    color: { domain: [larger, smaller], range: ['#4269d0', '#ff725c'], legend: true, label: null },
    marks: [Plot.lineY(rows, { x: 'ratio', y: 'rate', stroke: 'which', marker: 'circle', strokeWidth: 2 })],
  };
}

export function frozenSpec(points: FrozenPoint[], p: number, opts: FigureOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.5), lang = 'en' } = opts;
  const stepName = (s: number) => `${ft(lang, 'legend.step')} ${s.toLocaleString('en-US')}`;
  const rows = points.map((q) => ({ ...q, when: stepName(q.step), loss: Math.max(q.testLoss, 1e-8) }));
  const steps = [...new Set(points.map((q) => q.step))].sort((a, b) => a - b);
  return {
    width,
    height,
    ariaLabel: ft(lang, 'axis.testLoss'),
    ariaDescription: opts.description ?? null,
    x: { label: ft(lang, 'axis.dimension') },
    y: { type: 'log', label: ft(lang, 'axis.testLoss'), grid: true, tickFormat: '.0e' },
    color: { domain: steps.map(stepName), scheme: 'viridis', legend: true, label: null },
    marks: [
      Plot.ruleX([p], { stroke: '#e15759', strokeWidth: 1.5 }),
      Plot.text([`d = p = ${p}`], { x: p, frameAnchor: 'top', dx: 4, textAnchor: 'start', fill: '#e15759' }),
      Plot.dot(rows, { x: 'd', y: 'loss', fill: 'when', r: 2.5, fillOpacity: 0.6 }),
      Plot.lineY(rows, Plot.groupX({ y: 'mean' }, { x: 'd', y: 'loss', stroke: 'when', z: 'when' })),
    ],
  };
}
