/**
 * The fitness widget's two figures: the reference runs of our engine in grey, and the reader's
 * own short runs on top. At build time the reader has no runs yet, so the same spec draws the
 * reference alone; the island redraws it with every finished run.
 *  - survival rate against initial signal (the empirical design, one point per frequency);
 *  - initial gradient g⁽⁴⁾ against initial signal (one point per frequency and run).
 * The nudged frequency k of the reader's runs is ringed and labelled in both.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { FigureOptions } from '../types';
import { ft } from '../i18n';
import { specStrings } from './strings';
import type { Lang } from '../../i18n/languages';
import { DEFAULT_WIDTH, LOSER_GREY } from './common';

export const READER_CONTROL = '#4269d0';
export const READER_NUDGED = '#ff725c';

export interface FitnessRefRate {
  s0: number;
  rate: number;
}

export interface FitnessReaderRate {
  k: number;
  alpha: number;
  control: boolean;
  s0: number;
  rate: number;
}

export interface FitnessRefGradient {
  g: number;
  s0: number;
  survived: boolean;
}

export interface FitnessReaderGradient {
  k: number;
  alpha: number;
  control: boolean;
  g: number;
  s0: number;
  survived: boolean;
}

interface Names {
  reference: string;
  control: string;
  nudged: (alpha: number) => string;
}

function names(lang: Lang): Names {
  return {
    reference: specStrings(lang, 'fitness.reference'),
    control: specStrings(lang, 'fitness.control'),
    nudged: (alpha) => specStrings(lang, 'fitness.nudged', { alpha }),
  };
}

function extent(values: readonly number[], pad: number, fallback: [number, number]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return fallback;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const m = (hi - lo) * pad || Math.abs(hi) * pad || 1;
  return [lo - m, hi + m];
}

/** The colour legend: the reference, then one entry per condition the reader has run. */
function colour(lang: Lang, alphas: readonly number[], hasReference: boolean): { domain: string[]; range: string[]; label: (a: number) => string } {
  const n = names(lang);
  const label = (a: number) => (a === 1 ? n.control : n.nudged(a));
  const sorted = [...new Set(alphas)].sort((a, b) => a - b);
  const domain = [...(hasReference ? [n.reference] : []), ...sorted.map(label)];
  const range = [...(hasReference ? [LOSER_GREY] : []), ...sorted.map((a) => (a === 1 ? READER_CONTROL : READER_NUDGED))];
  return { domain, range, label };
}

export interface FitnessRateData {
  reference: readonly FitnessRefRate[];
  reader: readonly FitnessReaderRate[];
  /** The nudged frequency (ringed and labelled among the reader's points). */
  k: number;
}

export function fitnessRateSpec(data: FitnessRateData, opts: FigureOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.5), lang = 'en' } = opts;
  const c = colour(
    lang,
    data.reader.map((r) => r.alpha),
    data.reference.length > 0,
  );
  const reader = data.reader.map((r) => ({ ...r, who: c.label(r.alpha) }));
  const focus = reader.filter((r) => r.k === data.k);
  const x = extent([...data.reference.map((r) => r.s0), ...data.reader.map((r) => r.s0)], 0.05, [80, 95]);
  return {
    width,
    height,
    ariaLabel: ft(lang, 'axis.survivalRate'),
    ariaDescription: opts.description ?? null,
    x: { domain: x, label: ft(lang, 'axis.initialSignal') },
    y: { domain: [-0.05, 1.05], label: ft(lang, 'axis.survivalRate'), grid: true, tickFormat: '.0%' },
    color: { domain: c.domain, range: c.range, legend: c.domain.length > 0, label: null },
    marks: [
      Plot.dot(data.reference, { x: 's0', y: 'rate', fill: () => names(lang).reference, r: 2.5, fillOpacity: 0.45 }),
      Plot.dot(reader, { x: 's0', y: 'rate', fill: 'who', r: 3.5, stroke: 'white', strokeWidth: 0.5 }),
      Plot.dot(focus, { x: 's0', y: 'rate', stroke: 'who', r: 8, strokeWidth: 2 }),
      Plot.text(focus, { x: 's0', y: 'rate', text: (r: FitnessReaderRate) => `k = ${r.k}`, dy: -14, fill: 'currentColor', fontWeight: 'bold' }),
    ],
  };
}

export interface FitnessGradientData {
  reference: readonly FitnessRefGradient[];
  reader: readonly FitnessReaderGradient[];
  k: number;
}

export function fitnessGradientSpec(data: FitnessGradientData, opts: FigureOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.round(width * 0.55), lang = 'en' } = opts;
  const c = colour(
    lang,
    data.reader.map((r) => r.alpha),
    data.reference.length > 0,
  );
  const survivedName = ft(lang, 'legend.survived');
  const diedName = ft(lang, 'legend.died');
  const reader = data.reader.map((r) => ({ ...r, who: c.label(r.alpha), fate: r.survived ? survivedName : diedName }));
  const focus = reader.filter((r) => r.k === data.k);
  const gs = [...data.reference.map((r) => r.g), ...data.reader.map((r) => r.g)];
  const ss = [...data.reference.map((r) => r.s0), ...data.reader.map((r) => r.s0)];
  return {
    width,
    height,
    ariaLabel: `${ft(lang, 'axis.gradient')} / ${ft(lang, 'axis.initialSignal')}`,
    ariaDescription: opts.description ?? null,
    x: { domain: extent(gs, 0.05, [-0.01, 0.01]), label: ft(lang, 'axis.gradient'), tickFormat: '.1e', ticks: 5 },
    y: { domain: extent(ss, 0.05, [80, 95]), label: ft(lang, 'axis.initialSignal'), grid: true },
    color: { domain: c.domain, range: c.range, legend: c.domain.length > 0, label: null },
    symbol: { domain: [survivedName, diedName], range: ['circle', 'times'], legend: reader.length > 0 },
    marks: [
      // Reference: filled when the frequency survived its run, faint when it died.
      Plot.dot(data.reference, {
        x: 'g',
        y: 's0',
        fill: () => names(lang).reference,
        r: 2.2,
        fillOpacity: (r: FitnessRefGradient) => (r.survived ? 0.8 : 0.25),
      }),
      Plot.dot(reader, { x: 'g', y: 's0', stroke: 'who', symbol: 'fate', r: 3.5, strokeWidth: 1.5 }),
      Plot.dot(focus, { x: 'g', y: 's0', stroke: 'who', r: 8, strokeWidth: 2 }),
      Plot.text(focus.slice(0, 1), { x: 'g', y: 's0', text: (r: FitnessReaderGradient) => `k = ${r.k}`, dy: -14, fill: 'currentColor', fontWeight: 'bold' }),
    ],
  };
}

/** One logged point of a reference run of the perturbation design (frequency PERTURB_K). */
export interface FitnessRefTrace {
  alpha: number;
  seed: number;
  step: number;
  s: number;
}

/** One of the reader's runs, as far as it has trained. */
export interface FitnessReaderTrace {
  seed: number;
  alpha: number;
  control: boolean;
  points: readonly { step: number; s: number }[];
}

export interface FitnessTraceData {
  /** Reference runs drawn in grey: only when they are the reader's experiment (same k, embedding, α). */
  reference: readonly FitnessRefTrace[];
  reader: readonly FitnessReaderTrace[];
  k: number;
  /** The x axis spans the plan's steps. */
  steps: number;
}

function traceNames(lang: Lang, k: number) {
  return {
    reference: specStrings(lang, 'trace.reference'),
    nudged: specStrings(lang, 'trace.nudged'),
    control: specStrings(lang, 'trace.control'),
    y: specStrings(lang, 'trace.y', { k }),
    x: specStrings(lang, 'axis.trainingStep'),
    empty: specStrings(lang, 'trace.empty', { k }),
  };
}

/**
 * The signal S_k of the nudged frequency over the steps of each of the reader's runs, nudged run
 * against its twin (same seed: solid, the twin in blue). Before any run it shows the reference
 * runs of the same setting, if there are any, and says what will appear.
 */
export function fitnessTraceSpec(data: FitnessTraceData, opts: FigureOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, height = Math.max(220, Math.round(width * 0.45)), lang = 'en' } = opts;
  const n = traceNames(lang, data.k);
  const ref = data.reference.filter((r) => r.step <= data.steps).map((r) => ({ ...r, who: n.reference, run: `ref ${r.alpha} ${r.seed}` }));
  const reader = data.reader.flatMap((r) => r.points.map((q) => ({ ...q, who: r.control ? n.control : n.nudged, run: `${r.seed}:${r.alpha}`, seed: r.seed })));
  const tips = data.reader.flatMap((r) =>
    r.points.length ? [{ ...r.points[r.points.length - 1]!, who: r.control ? n.control : n.nudged, seed: r.seed }] : [],
  );
  const domain = [...(ref.length ? [n.reference] : []), n.nudged, n.control];
  const range = [...(ref.length ? [LOSER_GREY] : []), READER_NUDGED, READER_CONTROL];
  const y = extent([...ref.map((r) => r.s), ...reader.map((r) => r.s)], 0.08, [80, 95]);
  return {
    width,
    height,
    marginRight: 60, // room for the "seed 0" label at a run's tip
    ariaLabel: `${n.y} / ${n.x}`,
    ariaDescription: opts.description ?? null,
    x: { domain: [0, data.steps], label: n.x },
    y: { domain: y, label: n.y, grid: true },
    color: { domain, range, legend: true, label: null },
    marks: [
      Plot.line(ref, { x: 'step', y: 's', z: 'run', stroke: 'who', strokeWidth: 1, strokeOpacity: 0.7 }),
      Plot.line(reader, { x: 'step', y: 's', z: 'run', stroke: 'who', strokeWidth: 2 }),
      Plot.text(tips, {
        x: 'step',
        y: 's',
        text: (t: { seed: number }) => specStrings(lang, 'trace.seed', { seed: t.seed }),
        fill: 'who',
        dx: 4,
        textAnchor: 'start',
        fontSize: 11,
      }),
      // The empty state, on a halo so the reference lines behind it do not cut through the words.
      ...(reader.length
        ? []
        : [
            Plot.text([n.empty], {
              frameAnchor: 'middle',
              fontSize: 12,
              fill: 'currentColor',
              stroke: 'white',
              strokeWidth: 5,
              paintOrder: 'stroke',
              lineWidth: Math.floor(width / 9),
            }),
          ]),
    ],
  };
}
