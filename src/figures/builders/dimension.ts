/** Figures of the dimension sweeps: circles vs d (trained embedding) and the frozen random embedding. */
import { renderToString } from '../render';
import { loadExperiment } from '../analyses/load';
import { circlesByDimension, settledness } from '../analyses/dimension';
import { frozenPoints } from '../analyses/survival';
import { circlesVsDimSpec } from '../specs/circles-vs-dim';
import { frozenSpec } from '../specs/survival';
import { DIMENSION_STEPS } from '../../reference/manifest';
import type { BuiltFigure } from './types';
import { L, int, notComputed, num, runsSentence } from './common';
import { measure } from '../analyses/claims';
import { captionQuote } from './quote';
import type { Lang } from '../../i18n/languages';

export async function circlesVsDimFigure(lang: Lang): Promise<BuiltFigure> {
  const { runs, planned } = loadExperiment('dimension');
  const head = L(lang, 'Number of surviving circles against embedding dimension d.', '生き残った円の数と埋め込み次元 d の関係。');
  if (!runs.length) return notComputed(lang, head, planned);
  const points = circlesByDimension(runs);
  const trend = points.map((p) => `d = ${p.d}: ${num(p.mean, 2)}`).join('; ');
  const description = L(
    lang,
    `Dots: the number of circles in each run; line: the mean per dimension; band: ±1 standard deviation. Means — ${trend}.`,
    `点は各実行の円の数、線は次元ごとの平均、帯は ±1 標準偏差です。平均：${trend}。`,
  );
  const correlation = captionQuote(lang, 'dimension', (await measure()).stats, {
    en: 'Correlation of log₂ d with the circles of each run',
    ja: 'log₂ d と実行ごとの円の数の相関',
  });
  // Long enough? Count the runs whose survivor set had stopped changing two thirds of the way in.
  const settled = settledness(runs);
  const latest = settled.latest
    ? L(
        lang,
        ` (the latest change: step ${int(settled.latest.step)}, at d = ${settled.latest.d})`,
        `（最も遅い変化はステップ ${int(settled.latest.step)}、d = ${settled.latest.d}）`,
      )
    : '';
  const settledText = L(
    lang,
    `In ${settled.settled} of ${settled.total} runs the set of survivors no longer changed after step ${int(settled.by)}${latest}.`,
    `${settled.total} 回のうち ${settled.settled} 回で、ステップ ${int(settled.by)} 以降は生き残る円の組が変わりませんでした${latest}。`,
  );
  const caption = L(
    lang,
    `${head} Each run: p = 59, weight decay 0.5, ${int(DIMENSION_STEPS)} steps, circles counted with the 2 × mean rule at the last step. Means measured by our engine — ${trend}. ${correlation} ${settledText} ${runsSentence(lang, runs.length, planned)}`,
    `${head}各実行は p = 59、重み減衰 0.5、${int(DIMENSION_STEPS)} ステップで、最終ステップで「平均の 2 倍」の規則により円を数えました。私たちのエンジンで測った平均：${trend}。${correlation}${settledText}${runsSentence(lang, runs.length, planned)}`,
  );
  return {
    svg: renderToString(circlesVsDimSpec(points, { lang, description })),
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
  const head = L(
    lang,
    'Test loss when the random initial embedding is frozen and only the MLP trains, by embedding dimension.',
    'ランダムな初期埋め込みを凍結して MLP だけを学習させたときのテスト損失（埋め込み次元別）。',
  );
  if (!runs.length) return notComputed(lang, head, planned);
  const p = runs[0]!.config.p;
  const points = frozenPoints(runs, FROZEN_STEPS);
  const last = FROZEN_STEPS[FROZEN_STEPS.length - 1]!;
  const atLast = points.filter((q) => q.step === last);
  const below = atLast.filter((q) => q.d < p);
  const above = atLast.filter((q) => q.d >= p);
  const meanAcc = (xs: typeof atLast) => (xs.length ? xs.reduce((a, q) => a + q.testAcc, 0) / xs.length : NaN);
  const description = L(
    lang,
    `Dots: test loss of each run at steps ${FROZEN_STEPS.join(', ')}; lines: means per dimension; red line at d = p = ${p}.`,
    `点はステップ ${FROZEN_STEPS.join('、')} での各実行のテスト損失、線は次元ごとの平均、赤い線は d = p = ${p} です。`,
  );
  const caption = L(
    lang,
    `${head} At step ${int(last)}, mean test accuracy measured by our engine is ${num(meanAcc(below) * 100, 3)}% for d < ${p} and ${num(meanAcc(above) * 100, 3)}% for d ≥ ${p}. ${runsSentence(lang, runs.length, planned)}`,
    `${head}ステップ ${int(last)} で私たちのエンジンが測ったテスト正解率の平均は、d < ${p} で ${num(meanAcc(below) * 100, 3)}%、d ≥ ${p} で ${num(meanAcc(above) * 100, 3)}% です。${runsSentence(lang, runs.length, planned)}`,
  );
  return {
    svg: renderToString(frozenSpec(points, p, { lang, description })),
    caption,
    description,
    runs: runs.length,
    planned,
    table: { columns: ['d', 'seed', 'step', 'test loss', 'test accuracy'], rows: points.map((q) => [q.d, q.seed, q.step, q.testLoss, q.testAcc]) },
  };
}
