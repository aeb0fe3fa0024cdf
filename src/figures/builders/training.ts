/** Figures that need the trained network: collaboration of circles (hero run) and the embedding ablation runs. */
import { narrowSize, renderCharts } from '../render';
import { loadById, loadExperiment } from '../analyses/load';
import { measure } from '../analyses/claims';
import { captionQuote } from './quote';
import { collaborationSpec } from '../specs/collaboration';
import { ablationSpec, type AblationSeries } from '../specs/ablation';
import { ABLATIONS } from '../../reference/manifest';
import type { BuiltFigure } from './types';
import { HERO_ID } from './hero';
import { int, list, notComputed, num, runsSentence, sci } from './common';
import { trainingStrings } from './strings/training';
import type { Lang } from '../../i18n/languages';

export async function collaborationFigure(lang: Lang): Promise<BuiltFigure> {
  const run = loadById(HERO_ID);
  const head = trainingStrings(lang, 'collaboration.head');
  const track = run?.collaboration;
  if (!run || !track) return notComputed(lang, head, 1);
  const { p } = run.config;
  const last = track.steps.length - 1;
  const best = (rows: number[][]) => Math.min(...rows[last]!);
  const m = await measure();
  const stat = captionQuote(lang, 'collaboration', m.stats, trainingStrings(lang, 'collaboration.quoteWhat'));
  const description = trainingStrings(lang, 'collaboration.description', {
    pairs: int(p * p),
    step: int(track.steps[last]!),
    one: num(best(track.one)),
    two: num(best(track.two)),
    three: sci(best(track.three)),
    chance: num(Math.log(p)),
  });
  const caption = trainingStrings(lang, 'collaboration.caption', {
    head,
    circles: list(run.circles),
    every: int(track.steps[1]! - track.steps[0]!),
    // The kept sets in set notation; their braces are values, not placeholders of the template.
    keepOne: '{k}',
    keepTwo: `{${track.top}, k}`,
    keepThree: `{${track.top}, ${track.second}, k}`,
    top: track.top,
    second: track.second,
    pairs: int(p * p),
    survivors: run.circles.length,
    survivorsLoss: sci(track.survivors[last]!),
    fullLoss: sci(track.full[last]!),
    stat,
  });
  const h = track.one[0]!.length;
  return {
    ...renderCharts((w) => collaborationSpec(track, run.circles, p, { lang, description, ...narrowSize(w, 1.3) })),
    caption,
    description,
    runs: 1,
    table: {
      columns: ['step', 'circles kept', 'k', 'loss (all pairs)', 'k survived'],
      // Every 1,000th tracked step and the last: the table stays readable; the figure has every moment.
      rows: track.steps.flatMap((step, t) =>
        (step % 1000 === 0 || t === last ? [track.one, track.two, track.three] : []).flatMap((series, i) =>
          Array.from({ length: h }, (_, j) => [step, i + 1, j + 1, series[t]![j]!, run.circles.includes(j + 1) ? 1 : 0]),
        ),
      ),
    },
  };
}

export async function ablationFigure(lang: Lang): Promise<BuiltFigure> {
  const { runs, planned } = loadExperiment('ablation');
  const head = trainingStrings(lang, 'ablation.head');
  if (!runs.length) return notComputed(lang, head, planned);
  const strongest = 'O, A, B';
  const others = 'O, C, D';
  const describe = (keep: number[] | null) =>
    keep ? trainingStrings(lang, 'ablation.keeps', { ks: keep.join(', ') }) : trainingStrings(lang, 'ablation.none');
  const series: AblationSeries[] = [];
  for (const a of ABLATIONS) {
    const run = runs.find((r) => r.id === `ablation/${a.label}`);
    if (!run) continue;
    const panel = a.label === 'O' ? [strongest, others] : a.label === 'A' || a.label === 'B' ? [strongest] : [others];
    series.push({ label: a.label, description: describe(a.keep), panel, steps: run.steps, testLoss: run.testLoss });
  }
  const finals = series.map((s) => `${s.label} ${sci(s.testLoss[s.testLoss.length - 1]!)}`).join(', ');
  const description = trainingStrings(lang, 'ablation.description', { finals });
  const caption = trainingStrings(lang, 'ablation.caption', {
    head,
    steps: int(runs[0]!.config.steps),
    finals,
    runs: runsSentence(lang, runs.length, planned),
  });
  const table = {
    columns: ['step', ...series.map((s) => `test loss ${s.label}`)],
    rows: (series[0]?.steps ?? []).map((step, i) => [step, ...series.map((s) => s.testLoss[i] ?? null)]),
  };
  return {
    ...renderCharts((w) => ablationSpec(series, { lang, description, panels: [strongest, others], ...narrowSize(w, 1.1) })),
    caption,
    description,
    runs: runs.length,
    planned,
    table,
  };
}
