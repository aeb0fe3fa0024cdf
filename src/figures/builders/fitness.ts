/**
 * Figures about what makes a frequency "fit": survival rate against initial signal (empirical,
 * perturbation, construction designs) and the initial gradient g⁽⁴⁾ (histogram, scatter with a
 * fitted linear separator).
 */
import { narrowSize, renderCharts } from '../render';
import { loadExperiment, once } from '../analyses/load';
import { constructionSurvival, empiricalSurvival, perturbationSurvival } from '../analyses/survival';
import { gradientPoints, type GradientPoint } from '../analyses/gradient';
import { fitSeparator, type Separator } from '../analyses/separator';
import { mean, welchT } from '../analyses/stats';
import { constructionSpec, perturbationSpec, survivalVsSignalSpec } from '../specs/survival';
import { gradientHistSpec } from '../specs/gradient-hist';
import { gradientScatterSpec } from '../specs/gradient-scatter';
import { DESIGN_STEPS, PERTURB_K } from '../../reference/manifest';
import type { CompactRun } from '../../reference/spec';
import type { BuiltFigure } from './types';
import { int, notComputed, num, pct, runsSentence, sci, settledSentence } from './common';
import { fitnessStrings } from './strings/fitness';
import { settledness } from '../analyses/dimension';
import { measure } from '../analyses/claims';
import { captionQuote, horizonSentence, quoteClaim } from './quote';
import { joinSentences } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';

export async function survivalVsSignalFigure(lang: Lang): Promise<BuiltFigure> {
  const { runs, planned } = loadExperiment('empirical');
  const head = fitnessStrings(lang, 'empirical.head');
  if (!runs.length) return notComputed(lang, head, planned);
  const { points, r } = empiricalSurvival(runs);
  // The same correlation as the reproduction page's (claim-stats.ts), with its interval and verdict.
  const correlation = captionQuote(lang, 'signal', (await measure()).stats, fitnessStrings(lang, 'empirical.quoteWhat'));
  const description = fitnessStrings(lang, 'empirical.description', { points: points.length, r: num(r, 2) });
  const caption = fitnessStrings(lang, 'empirical.caption', {
    head,
    correlation,
    settled: settledSentence(lang, settledness(runs)),
    runs: runsSentence(lang, runs.length, planned),
  });
  return {
    ...renderCharts((w) => survivalVsSignalSpec(points, { lang, description, ...narrowSize(w) })),
    caption,
    description,
    runs: runs.length,
    planned,
    table: { columns: ['embedding', 'k', 'S_k(0)', 'survival rate', 'runs'], rows: points.map((q) => [q.embedding, q.k, q.s0, q.rate, q.n]) },
  };
}

export async function perturbationFigure(lang: Lang): Promise<BuiltFigure> {
  const { runs, planned } = loadExperiment('perturbation');
  const head = fitnessStrings(lang, 'perturbation.head', { k: PERTURB_K });
  if (!runs.length) return notComputed(lang, head, planned);
  const { points, byEmbedding } = perturbationSurvival(runs, PERTURB_K);
  const embeddings = new Set(byEmbedding.map((q) => q.embedding)).size;
  const summary = points.map((q) => `α = ${q.alpha}: ${pct(q.rate)} (${q.n})`).join(', ');
  const description = fitnessStrings(lang, 'perturbation.description', { embeddings, summary });
  const st = (await measure()).stats;
  const difference = captionQuote(lang, 'perturbation', st, fitnessStrings(lang, 'perturbation.quoteWhat'));
  const settled = settledness(runs);
  const caption = fitnessStrings(lang, 'perturbation.caption', {
    head,
    embeddings,
    steps: int(runs[0]!.config.steps),
    summary,
    difference,
    settled: joinSentences(
      lang,
      settledSentence(lang, settled, horizonSentence(lang, st)),
      // Late deaths of other circles leave this figure's count alone: what it counts, read the same way.
      st.horizonFate.runs
        ? fitnessStrings(lang, 'perturbation.fate', { k: PERTURB_K, design: int(DESIGN_STEPS), quote: quoteClaim(lang, 'horizon-fate', st) })
        : '',
    ),
    runs: runsSentence(lang, runs.length, planned),
  });
  return {
    ...renderCharts((w) => perturbationSpec(byEmbedding, PERTURB_K, { lang, description, ...narrowSize(w) })),
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
  const head = fitnessStrings(lang, 'construction.head');
  if (!runs.length) return notComputed(lang, head, planned);
  const { points } = constructionSurvival(runs);
  const gap = captionQuote(lang, 'construction', (await measure()).stats, fitnessStrings(lang, 'construction.quoteWhat'));
  const description = fitnessStrings(lang, 'construction.description');
  const caption = fitnessStrings(lang, 'construction.caption', {
    head,
    gap,
    settled: settledSentence(lang, settledness(runs)),
    runs: runsSentence(lang, runs.length, planned),
  });
  return {
    ...renderCharts((w) => constructionSpec(points, { lang, description, ...narrowSize(w) })),
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
  const head = fitnessStrings(lang, 'gradientHist.head');
  if (!points.length) return notComputed(lang, head, planned);
  const s = points.filter((p) => p.survived).map((p) => p.g);
  const dd = points.filter((p) => !p.survived).map((p) => p.g);
  const t = welchT(s, dd);
  // The reproduction page's statistic: the difference of the means, bootstrapped over runs.
  const diff = captionQuote(lang, 'gradient', (await measure()).stats, fitnessStrings(lang, 'gradientHist.quoteWhat'));
  const description = fitnessStrings(lang, 'gradientHist.description', { survivors: s.length, died: dd.length });
  const caption = fitnessStrings(lang, 'gradientHist.caption', {
    head,
    survivorsMean: sci(mean(s)),
    survivors: s.length,
    diedMean: sci(mean(dd)),
    died: dd.length,
    t: num(t, 2),
    difference: diff,
    runs: runsSentence(lang, runs, planned),
  });
  return {
    ...renderCharts((w) => gradientHistSpec(points, { lang, description, ...narrowSize(w, 0.7) })),
    caption,
    description,
    runs,
    planned,
    table: { columns: ['run', 'k', 'g4', 'S_k(0)', 'survived'], rows: points.map((p) => [p.run, p.k, p.g, p.s0, p.survived ? 1 : 0]) },
  };
}

export async function gradientScatterFigure(lang: Lang): Promise<BuiltFigure> {
  const { points, separator, runs, planned } = await gradientAnalysis();
  const head = fitnessStrings(lang, 'gradientScatter.head');
  if (!points.length) return notComputed(lang, head, planned);
  const base = points.filter((p) => !p.survived).length / points.length;
  const sep = separator
    ? fitnessStrings(lang, 'gradientScatter.separator', {
        train: separator.nTrain,
        accuracy: pct(separator.testAccuracy),
        test: separator.nTest,
        base: pct(base),
      })
    : fitnessStrings(lang, 'gradientScatter.noSeparator');
  const description = fitnessStrings(lang, 'gradientScatter.description', { points: points.length, separator: sep });
  const caption = fitnessStrings(lang, 'gradientScatter.caption', { head, separator: sep, runs: runsSentence(lang, runs, planned) });
  return {
    ...renderCharts((w) => gradientScatterSpec(points, separator, { lang, description, ...narrowSize(w, 0.85) })),
    caption,
    description,
    runs,
    planned,
    table: { columns: ['run', 'k', 'g4', 'S_k(0)', 'survived'], rows: points.map((p) => [p.run, p.k, p.g, p.s0, p.survived ? 1 : 0]) },
  };
}
