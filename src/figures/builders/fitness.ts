/**
 * Figures about what makes a frequency "fit": survival rate against initial signal (empirical,
 * perturbation, construction designs) and the initial gradient g⁽⁴⁾ (histogram, scatter with a
 * fitted linear separator).
 */
import { renderToString } from '../render';
import { loadExperiment, once } from '../analyses/load';
import { constructionSurvival, empiricalSurvival, perturbationSurvival } from '../analyses/survival';
import { gradientPoints, type GradientPoint } from '../analyses/gradient';
import { fitSeparator, type Separator } from '../analyses/separator';
import { mean, welchT } from '../analyses/stats';
import { constructionSpec, perturbationSpec, survivalVsSignalSpec } from '../specs/survival';
import { gradientHistSpec } from '../specs/gradient-hist';
import { gradientScatterSpec } from '../specs/gradient-scatter';
import { PERTURB_K } from '../../reference/manifest';
import type { CompactRun } from '../../reference/spec';
import type { BuiltFigure } from './types';
import { L, int, notComputed, num, pct, runsSentence, sci, settledSentence } from './common';
import { settledness } from '../analyses/dimension';
import { measure } from '../analyses/claims';
import { captionQuote } from './quote';
import type { Lang } from '../../i18n/languages';

export async function survivalVsSignalFigure(lang: Lang): Promise<BuiltFigure> {
  const { runs, planned } = loadExperiment('empirical');
  const head = L(
    lang,
    'Survival rate of each frequency against its initial signal, with the initial embedding fixed and the MLP and data split varied.',
    '初期埋め込みを固定し、MLP とデータの分割を変えたときの、各周波数の生存率と初期シグナルの関係。',
  );
  if (!runs.length) return notComputed(lang, head, planned);
  const { points, r } = empiricalSurvival(runs);
  // The same correlation as the reproduction page's (claim-stats.ts), with its interval and verdict.
  const correlation = captionQuote(lang, 'signal', (await measure()).stats, {
    en: 'Pearson r between initial signal and survival rate, measured by our engine',
    ja: '私たちのエンジンで測った初期シグナルと生存率のピアソン相関 r ',
  });
  const description = L(
    lang,
    `Scatter plot of ${points.length} (embedding, frequency) pairs: initial signal against survival rate, with a least-squares line. Pearson r = ${num(r, 2)}.`,
    `(埋め込み, 周波数) の組 ${points.length} 個について、初期シグナルと生存率を描いた散布図と最小二乗直線です。ピアソンの r = ${num(r, 2)}。`,
  );
  const caption = L(
    lang,
    `${head} ${correlation} ${settledSentence(lang, settledness(runs))} ${runsSentence(lang, runs.length, planned)}`,
    `${head}${correlation}${settledSentence(lang, settledness(runs))}${runsSentence(lang, runs.length, planned)}`,
  );
  return {
    svg: renderToString(survivalVsSignalSpec(points, { lang, description })),
    caption,
    description,
    runs: runs.length,
    planned,
    table: { columns: ['embedding', 'k', 'S_k(0)', 'survival rate', 'runs'], rows: points.map((q) => [q.embedding, q.k, q.s0, q.rate, q.n]) },
  };
}

export async function perturbationFigure(lang: Lang): Promise<BuiltFigure> {
  const { runs, planned } = loadExperiment('perturbation');
  const head = L(
    lang,
    `Survival rate of frequency k = ${PERTURB_K} when its initial component is scaled by α, against how far its initial signal sits above the mean.`,
    `周波数 k = ${PERTURB_K} の初期成分を α 倍したときの生存率と、その初期シグナルが平均をどれだけ上回るかの関係。`,
  );
  if (!runs.length) return notComputed(lang, head, planned);
  const { points, byEmbedding } = perturbationSurvival(runs, PERTURB_K);
  const embeddings = new Set(byEmbedding.map((q) => q.embedding)).size;
  const summary = points.map((q) => `α = ${q.alpha}: ${pct(q.rate)} (${q.n})`).join(', ');
  const description = L(
    lang,
    `Line chart, one line per fixed embedding (${embeddings}), of survival rate against the excess initial signal. Pooled over embeddings, survival (runs) by α: ${summary}.`,
    `固定した埋め込みごとに 1 本（${embeddings} 本）の折れ線で、初期シグナルの超過分に対する生存率を示しています。埋め込みをまとめた α ごとの生存率（実行数）：${summary}。`,
  );
  const st = (await measure()).stats;
  const difference = captionQuote(lang, 'perturbation', st, {
    en: 'Each nudged run against its untouched twin (same embedding and seed, α = 1)',
    ja: '倍率を変えた各実行を、手を加えない対照（同じ埋め込みとシードで α = 1）と比べた結果',
  });
  const settled = settledness(runs);
  const caption = L(
    lang,
    `${head} ${embeddings} fixed embeddings; the MLP and the split vary with the seed; ${int(runs[0]!.config.steps)} steps per run. Measured by our engine, pooled over embeddings: ${summary}. ${difference} ${settledSentence(lang, settled)} ${runsSentence(lang, runs.length, planned)}`,
    `${head}固定した埋め込みは ${embeddings} 個で、MLP と分割はシードごとに変わります。各実行 ${int(runs[0]!.config.steps)} ステップです。私たちのエンジンで測った、埋め込みをまとめた値：${summary}。${difference}${settledSentence(lang, settled)}${runsSentence(lang, runs.length, planned)}`,
  );
  return {
    svg: renderToString(perturbationSpec(byEmbedding, PERTURB_K, { lang, description })),
    caption,
    description,
    runs: runs.length,
    planned,
    table: {
      columns: ['embedding', 'alpha', `S_${PERTURB_K}(0) - mean S(0)`, 'survival rate', 'runs'],
      rows: byEmbedding.map((q) => [q.embedding, q.alpha, q.excess, q.rate, q.n]),
    },
  };
}

export async function constructionFigure(lang: Lang): Promise<BuiltFigure> {
  const { runs, planned } = loadExperiment('construction');
  const head = L(
    lang,
    'Survival of the larger and the smaller of two planted frequencies, by their amplitude ratio.',
    '植え込んだ 2 つの周波数のうち大きい方と小さい方の生存（振幅の比ごと）。',
  );
  if (!runs.length) return notComputed(lang, head, planned);
  const { points } = constructionSurvival(runs);
  const gap = captionQuote(lang, 'construction', (await measure()).stats, {
    en: 'How much more often the larger survived than the smaller, at unequal amplitudes',
    ja: '振幅が違うとき、大きい方が小さい方より生き残った割合の差',
  });
  const description = L(
    lang,
    `Two lines of survival rate against the amplitude ratio r (log axis): one for the larger planted frequency, one for the smaller.`,
    `振幅の比 r（対数軸）に対する生存率の 2 本の線です。1 本は大きい方、もう 1 本は小さい方の周波数です。`,
  );
  const caption = L(
    lang,
    `${head} The other frequencies start near zero; each planted component is a line, not a circle, as in the authors' design. Measured by our engine. ${gap} ${settledSentence(lang, settledness(runs))} ${runsSentence(lang, runs.length, planned)}`,
    `${head}ほかの周波数はほぼ 0 から始まります。著者らの設計と同じく、植え込んだ成分は円ではなく直線です。私たちのエンジンで測りました。${gap}${settledSentence(lang, settledness(runs))}${runsSentence(lang, runs.length, planned)}`,
  );
  return {
    svg: renderToString(constructionSpec(points, { lang, description })),
    caption,
    description,
    runs: runs.length,
    planned,
    table: { columns: ['ratio', 'larger survived', 'smaller survived', 'runs'], rows: points.map((q) => [q.ratio, q.larger, q.smaller, q.n]) },
  };
}

/** Runs with every one of the first steps logged, d = 128: the dimension sweep's d = 128 runs and the empirical design. */
function gradientRuns(): { runs: CompactRun[]; planned: number } {
  const dim = loadExperiment('dimension', (s) => s.config.d === 128);
  const emp = loadExperiment('empirical');
  return { runs: [...dim.runs, ...emp.runs], planned: dim.planned + emp.planned };
}

export interface GradientAnalysis {
  points: GradientPoint[];
  separator: Separator | null;
  runs: number;
  planned: number;
}

export function gradientAnalysis(): Promise<GradientAnalysis> {
  return once('gradient', () => {
    const { runs, planned } = gradientRuns();
    const points = gradientPoints(runs, 4);
    const used = new Set(points.map((p) => p.run)).size;
    const both = points.some((p) => p.survived) && points.some((p) => !p.survived);
    const separator = both && points.length >= 10 ? fitSeparator(points.map((p) => ({ x: p.g, y: p.s0, label: p.survived }))) : null;
    return { points, separator, runs: used, planned };
  });
}

export async function gradientHistFigure(lang: Lang): Promise<BuiltFigure> {
  const { points, runs, planned } = await gradientAnalysis();
  const head = L(
    lang,
    'Initial gradient g⁽⁴⁾ = (Sₖ(4) − Sₖ(3)) / Sₖ(0) of frequencies that survived and that died.',
    '生き残った周波数と消えた周波数の初期勾配 g⁽⁴⁾ = (Sₖ(4) − Sₖ(3)) / Sₖ(0)。',
  );
  if (!points.length) return notComputed(lang, head, planned);
  const s = points.filter((p) => p.survived).map((p) => p.g);
  const dd = points.filter((p) => !p.survived).map((p) => p.g);
  const t = welchT(s, dd);
  // The reproduction page's statistic: the difference of the means, bootstrapped over runs.
  const diff = captionQuote(lang, 'gradient', (await measure()).stats, { en: 'Survivors’ mean minus the others’', ja: '生き残ったものと消えたものの平均の差' });
  const description = L(
    lang,
    `Stacked histogram of g⁽⁴⁾: ${s.length} survivors and ${dd.length} frequencies that died.`,
    `g⁽⁴⁾ の積み上げヒストグラムです。生き残った ${s.length} 個と消えた ${dd.length} 個の周波数です。`,
  );
  const caption = L(
    lang,
    `${head} Survival: the run's circles at its last step (2 × mean rule), d = 128. Measured by our engine: mean g⁽⁴⁾ ${sci(mean(s))} for the ${s.length} survivors and ${sci(mean(dd))} for the ${dd.length} others (Welch t = ${num(t, 2)}). ${diff} ${runsSentence(lang, runs, planned)}`,
    `${head}生存は各実行の最終ステップでの円（「平均の 2 倍」の規則）、d = 128 です。私たちのエンジンで測った g⁽⁴⁾ の平均は、生き残った ${s.length} 個で ${sci(mean(s))}、それ以外の ${dd.length} 個で ${sci(mean(dd))} です（ウェルチの t = ${num(t, 2)}）。${diff}${runsSentence(lang, runs, planned)}`,
  );
  return {
    svg: renderToString(gradientHistSpec(points, { lang, description })),
    caption,
    description,
    runs,
    planned,
    table: { columns: ['run', 'k', 'g4', 'S_k(0)', 'survived'], rows: points.map((p) => [p.run, p.k, p.g, p.s0, p.survived ? 1 : 0]) },
  };
}

export async function gradientScatterFigure(lang: Lang): Promise<BuiltFigure> {
  const { points, separator, runs, planned } = await gradientAnalysis();
  const head = L(
    lang,
    'Initial gradient g⁽⁴⁾ against initial signal Sₖ(0), with a fitted linear separator (dashed).',
    '初期勾配 g⁽⁴⁾ と初期シグナル Sₖ(0) の散布図と、当てはめた線形の分離境界（破線）。',
  );
  if (!points.length) return notComputed(lang, head, planned);
  const base = points.filter((p) => !p.survived).length / points.length;
  const sep = separator
    ? L(
        lang,
        `A logistic-regression line fitted on ${separator.nTrain} points classifies ${pct(separator.testAccuracy)} of ${separator.nTest} held-out points correctly (always guessing "died" would score ${pct(base)}).`,
        `${separator.nTrain} 点で当てはめたロジスティック回帰の直線は、取り分けておいた ${separator.nTest} 点のうち ${pct(separator.testAccuracy)} を正しく分類します（常に「消滅」と答えた場合は ${pct(base)}）。`,
      )
    : L(lang, 'Too few points of both kinds to fit a separator.', '分離境界を当てはめるには、両方の種類の点が足りません。');
  const description = L(
    lang,
    `Scatter plot of ${points.length} frequencies; survivors highlighted. ${sep}`,
    `${points.length} 個の周波数の散布図で、生き残ったものを強調しています。${sep}`,
  );
  const caption = L(
    lang,
    `${head} Measured by our engine (d = 128). ${sep} ${runsSentence(lang, runs, planned)}`,
    `${head}私たちのエンジンで測った値です（d = 128）。${sep}${runsSentence(lang, runs, planned)}`,
  );
  return {
    svg: renderToString(gradientScatterSpec(points, separator, { lang, description })),
    caption,
    description,
    runs,
    planned,
    table: { columns: ['run', 'k', 'g4', 'S_k(0)', 'survived'], rows: points.map((p) => [p.run, p.k, p.g, p.s0, p.survived ? 1 : 0]) },
  };
}
