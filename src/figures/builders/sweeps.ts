/**
 * Figures of the appendix sweeps at the paper's size (p = 59 unless varied, d = 128): circles
 * against weight decay, the pressure the whole story rests on, and against the modulus p.
 */
import { narrowSize, renderCharts } from '../render';
import { loadExperiment } from '../analyses/load';
import { circlesBy, modulusCorrelation, weightDecayCorrelation, type SettingPoint } from '../analyses/sweeps';
import { measure } from '../analyses/claims';
import { noDecayText } from './reproduction';
import { circlesVsSettingSpec } from '../specs/circles-vs-setting';
import { DESIGN_STEPS, WEIGHT_DECAY_STEPS } from '../../reference/manifest';
import type { CompactRun, ExperimentId } from '../../reference/spec';
import type { Interval } from '../analyses/intervals';
import type { BuiltFigure } from './types';
import { dec2, int, minus, notComputed, num, runsSentence, settledSentence } from './common';
import { sweepStrings } from './strings/sweeps';
import { settledness } from '../analyses/dimension';
import type { Lang } from '../../i18n/languages';

export interface SweepSummary {
  points: SettingPoint[];
  runs: number;
  planned: number;
  correlation: Interval;
  /** Runs whose survivor set no longer changed after two thirds of their length, of all live runs. */
  settled: { settled: number; total: number };
}

const SETTINGS: Record<'weight-decay' | 'modulus', { value: (r: Pick<CompactRun, 'config'>) => number; correlation: (runs: CompactRun[]) => Interval }> = {
  'weight-decay': { value: (r) => r.config.weightDecay, correlation: weightDecayCorrelation },
  modulus: { value: (r) => r.config.p, correlation: modulusCorrelation },
};

export function sweepSummary(experiment: Extract<ExperimentId, 'weight-decay' | 'modulus'>): SweepSummary {
  const { runs, planned } = loadExperiment(experiment);
  const { value, correlation } = SETTINGS[experiment];
  const points = circlesBy(runs, value);
  return { points, runs: points.reduce((a, q) => a + q.n, 0), planned, correlation: correlation(runs), settled: settledness(runs) };
}

const means = (points: SettingPoint[], name: string) => points.map((p) => `${name} = ${p.x}: ${num(p.mean, 2)}`).join('; ');

/** "r = −0.14 (95 % interval −0.58 to 0.38, …)", minus signs typeset as in every other caption. */
function interval(lang: Lang, iv: Interval): string {
  return minus(
    Number.isFinite(iv.lo) ? sweepStrings(lang, 'interval', { r: dec2(iv.estimate), lo: dec2(iv.lo), hi: dec2(iv.hi) }) : `r = ${dec2(iv.estimate)}`,
  );
}

const table = (points: SettingPoint[], name: string) => ({
  columns: [name, 'runs', 'mean circles', 'sd', 'min', 'max', 'counts', 'survivor set fixed from step'],
  rows: points.map((p) => [p.x, p.n, p.mean, p.sd, p.min, p.max, p.counts.join(' '), p.settled.join(' ')]),
});

export async function weightDecayFigure(lang: Lang): Promise<BuiltFigure> {
  const s = sweepSummary('weight-decay');
  const head = sweepStrings(lang, 'weightDecay.head');
  if (!s.runs) return notComputed(lang, head, s.planned);
  const trend = means(s.points, 'wd');
  const description = sweepStrings(lang, 'weightDecay.description', { trend });
  const caption = sweepStrings(lang, 'weightDecay.caption', {
    head,
    steps: int(WEIGHT_DECAY_STEPS),
    trend,
    noDecay: noDecayText(lang, (await measure()).weightDecay.noDecay),
    interval: interval(lang, s.correlation),
    settled: settledSentence(lang, s.settled),
    runs: runsSentence(lang, s.runs, s.planned),
  });
  return {
    ...renderCharts((w) =>
      circlesVsSettingSpec(s.points, { lang, description, xLabel: sweepStrings(lang, 'weightDecay.axis'), paperValue: 0.5, ...narrowSize(w) }),
    ),
    caption,
    description,
    runs: s.runs,
    planned: s.planned,
    table: table(s.points, 'weight decay'),
  };
}

export async function modulusFigure(lang: Lang): Promise<BuiltFigure> {
  const s = sweepSummary('modulus');
  const head = sweepStrings(lang, 'modulus.head');
  if (!s.runs) return notComputed(lang, head, s.planned);
  const trend = means(s.points, 'p');
  const description = sweepStrings(lang, 'modulus.description', { trend });
  const caption = sweepStrings(lang, 'modulus.caption', {
    head,
    steps: int(DESIGN_STEPS),
    trend,
    interval: interval(lang, s.correlation),
    settled: settledSentence(lang, s.settled),
    runs: runsSentence(lang, s.runs, s.planned),
  });
  return {
    ...renderCharts((w) => circlesVsSettingSpec(s.points, { lang, description, xLabel: sweepStrings(lang, 'modulus.axis'), paperValue: 59, ...narrowSize(w) })),
    caption,
    description,
    runs: s.runs,
    planned: s.planned,
    table: table(s.points, 'p'),
  };
}
