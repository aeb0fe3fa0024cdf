/** Figures of the dimension sweeps: circles vs d (trained embedding) and the frozen random embedding. */
import { narrowSize, renderCharts } from '../render';
import { loadExperiment } from '../analyses/load';
import { circlesByDimension, settledness } from '../analyses/dimension';
import { frozenPoints } from '../analyses/survival';
import { circlesVsDimSpec } from '../specs/circles-vs-dim';
import { frozenSpec } from '../specs/survival';
import { DIMENSION_STEPS } from '../../reference/manifest';
import type { BuiltFigure } from './types';
import { int, notComputed, num, runsSentence, withBlindSpot } from './common';
import { formatList } from '../../i18n/format';
import { dimensionStrings } from './strings/dimension';
import { measure } from '../analyses/claims';
import { captionQuote } from './quote';
import type { Lang } from '../../i18n/languages';

export async function circlesVsDimFigure(lang: Lang): Promise<BuiltFigure> {
  const { runs, planned } = loadExperiment('dimension');
  const head = dimensionStrings(lang, 'circles.head');
  if (!runs.length) return notComputed(lang, head, planned);
  const points = circlesByDimension(runs);
  const trend = points.map((p) => `d = ${p.d}: ${num(p.mean, 2)}`).join('; ');
  const description = dimensionStrings(lang, 'circles.description', { trend });
  const correlation = captionQuote(lang, 'dimension', (await measure()).stats, dimensionStrings(lang, 'circles.quoteWhat'));
  // Long enough? Count the runs whose survivor set had stopped changing two thirds of the way in.
  const settled = settledness(runs);
  const counts = { settled: settled.settled, total: settled.total, by: int(settled.by) };
  const settledText = settled.latest
    ? dimensionStrings(lang, 'circles.settledLatest', { ...counts, step: int(settled.latest.step), d: settled.latest.d })
    : dimensionStrings(lang, 'circles.settled', counts);
  const caption = dimensionStrings(lang, 'circles.caption', {
    head,
    steps: int(DIMENSION_STEPS),
    trend,
    correlation,
    settled: withBlindSpot(lang, settledText),
    runs: runsSentence(lang, runs.length, planned),
  });
  return {
    ...renderCharts((w) => circlesVsDimSpec(points, { lang, description, ...narrowSize(w) })),
    caption,
    description,
    runs: runs.length,
    planned,
    table: {
      columns: ['d', 'runs', 'mean circles', 'sd', 'min', 'max', 'counts', 'survivor set fixed from step'],
      rows: points.map((p) => [p.d, p.n, p.mean, p.sd, p.min, p.max, p.counts.join(' '), (settled.steps.get(p.d) ?? []).join(' ')]),
    },
  };
}

export const FROZEN_STEPS = [500, 1000, 2000];

export async function frozenFigure(lang: Lang): Promise<BuiltFigure> {
  const { runs, planned } = loadExperiment('frozen');
  const head = dimensionStrings(lang, 'frozen.head');
  if (!runs.length) return notComputed(lang, head, planned);
  const p = runs[0]!.config.p;
  const points = frozenPoints(runs, FROZEN_STEPS);
  const last = FROZEN_STEPS[FROZEN_STEPS.length - 1]!;
  const atLast = points.filter((q) => q.step === last);
  const below = atLast.filter((q) => q.d < p);
  const above = atLast.filter((q) => q.d >= p);
  const meanAcc = (xs: typeof atLast) => (xs.length ? xs.reduce((a, q) => a + q.testAcc, 0) / xs.length : NaN);
  const description = dimensionStrings(lang, 'frozen.description', { steps: formatList(lang, FROZEN_STEPS), p });
  const caption = dimensionStrings(lang, 'frozen.caption', {
    head,
    step: int(last),
    p,
    below: num(meanAcc(below) * 100, 3),
    above: num(meanAcc(above) * 100, 3),
    runs: runsSentence(lang, runs.length, planned),
  });
  return {
    ...renderCharts((w) => frozenSpec(points, p, { lang, description, ...narrowSize(w) })),
    caption,
    description,
    runs: runs.length,
    planned,
    table: { columns: ['d', 'seed', 'step', 'test loss', 'test accuracy'], rows: points.map((q) => [q.d, q.seed, q.step, q.testLoss, q.testAcc]) },
  };
}
