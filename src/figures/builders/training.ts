/** Figures that need the trained network: collaboration of circles (hero run) and the embedding ablation runs. */
import { renderToString } from '../render';
import { loadById, loadExperiment } from '../analyses/load';
import { measure } from '../analyses/claims';
import { captionQuote } from './quote';
import { collaborationSpec } from '../specs/collaboration';
import { ablationSpec, type AblationSeries } from '../specs/ablation';
import { ABLATIONS } from '../../reference/manifest';
import type { BuiltFigure } from './types';
import { HERO_ID } from './hero';
import { L, int, list, notComputed, num, runsSentence, sci } from './common';
import type { Lang } from '../../i18n/languages';

export async function collaborationFigure(lang: Lang): Promise<BuiltFigure> {
  const run = loadById(HERO_ID);
  const head = L(
    lang,
    'Loss of the network over training when the embedding of each moment keeps only one, two or three circles.',
    '学習の各時点で埋め込みに円を 1 つ、2 つ、3 つだけ残したときの、その時点のネットワークの損失。',
  );
  const track = run?.collaboration;
  if (!run || !track) return notComputed(lang, head, 1);
  const { p } = run.config;
  const last = track.steps.length - 1;
  const best = (rows: number[][]) => Math.min(...rows[last]!);
  const m = await measure();
  const stat = captionQuote(lang, 'collaboration', m.stats, {
    en: 'Over every run tracked this way, orders of magnitude between the best single circle and the best three at the last tracked step',
    ja: 'この方法で追跡したすべての実行での、最後の時点における最良の円 1 つと最良の 3 つの損失の桁の差',
  });
  const description = L(
    lang,
    `Three line charts, one per number of kept circles, of the loss on all ${int(p * p)} pairs against the training step, one line per frequency k (survivors coloured). At step ${int(track.steps[last]!)}: lowest loss ${num(best(track.one))} with one circle, ${num(best(track.two))} with two, ${sci(best(track.three))} with three; chance is ln p ≈ ${num(Math.log(p))}.`,
    `残す円の数ごとに 1 つ、計 3 つの折れ線グラフで、${int(p * p)} 通りすべての組での損失を学習ステップに対して周波数 k ごとに 1 本ずつ示しています（生き残った円は色付き）。ステップ ${int(track.steps[last]!)} での最小の損失は、円 1 つで ${num(best(track.one))}、2 つで ${num(best(track.two))}、3 つで ${sci(best(track.three))} です。偶然の水準は ln p ≈ ${num(Math.log(p))} です。`,
  );
  const caption = L(
    lang,
    `${head} The main run (seed 0, d = 128, circles k = ${list(run.circles)}), every ${int(track.steps[1]! - track.steps[0]!)} steps: the embedding of that moment keeps its mean (DC) plus {k}, {${track.top}, k} or {${track.top}, ${track.second}, k}, where ${track.top} and ${track.second} are the run's two strongest final circles, and the network of that moment is evaluated on all p² = ${int(p * p)} pairs. Measured by our engine. At the last step: all ${run.circles.length} survivors together ${sci(track.survivors[last]!)}; the untouched embedding ${sci(track.full[last]!)} (green dashed line). ${stat}`,
    `${head}主な実行（シード 0、d = 128、円は k = ${list(run.circles)}）で ${int(track.steps[1]! - track.steps[0]!)} ステップごとに、その時点の埋め込みに平均（DC）と {k}、{${track.top}, k}、{${track.top}, ${track.second}, k} のいずれかだけを残し、その時点のネットワークを p² = ${int(p * p)} 通りすべての組で評価しました。${track.top} と ${track.second} はこの実行の最終的に最も強い 2 つの円です。私たちのエンジンで測りました。最後の時点では、生き残った ${run.circles.length} 個すべてで ${sci(track.survivors[last]!)}、手を加えない埋め込みでは ${sci(track.full[last]!)}（緑の破線）です。${stat}`,
  );
  const h = track.one[0]!.length;
  return {
    svg: renderToString(collaborationSpec(track, run.circles, p, { lang, description })),
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
  const head = L(
    lang,
    'Test loss over training when the initial embedding keeps only some frequencies (log–log).',
    '初期埋め込みに一部の周波数だけを残したときの学習中のテスト損失（両対数）。',
  );
  if (!runs.length) return notComputed(lang, head, planned);
  const strongest = 'O, A, B';
  const others = 'O, C, D';
  const describe = (keep: number[] | null) =>
    keep ? L(lang, `keeps k = ${keep.join(', ')}`, `k = ${keep.join(', ')} だけ`) : L(lang, 'no ablation', '除去なし');
  const series: AblationSeries[] = [];
  for (const a of ABLATIONS) {
    const run = runs.find((r) => r.id === `ablation/${a.label}`);
    if (!run) continue;
    const panel = a.label === 'O' ? [strongest, others] : a.label === 'A' || a.label === 'B' ? [strongest] : [others];
    series.push({ label: a.label, description: describe(a.keep), panel, steps: run.steps, testLoss: run.testLoss });
  }
  const finals = series.map((s) => `${s.label} ${sci(s.testLoss[s.testLoss.length - 1]!)}`).join(', ');
  const description = L(
    lang,
    `Line charts of test loss against step, both on log axes. Final test loss: ${finals}.`,
    `テスト損失をステップに対して両対数で描いた折れ線グラフです。最終的なテスト損失：${finals}。`,
  );
  const caption = L(
    lang,
    `${head} Seed 0 (model and split), ${int(runs[0]!.config.steps)} steps; the ablated runs zero every other frequency of the initial embedding, DC included. "Strongest" = largest initial signal of this embedding. Final test loss measured by our engine: ${finals}. ${runsSentence(lang, runs.length, planned)}`,
    `${head}シード 0（モデルと分割）、${int(runs[0]!.config.steps)} ステップです。除去した実行では、初期埋め込みのほかの周波数を DC も含めてすべて 0 にしました。「最も強い」はこの埋め込みで初期シグナルが最大のものです。私たちのエンジンで測った最終テスト損失：${finals}。${runsSentence(lang, runs.length, planned)}`,
  );
  const table = {
    columns: ['step', ...series.map((s) => `test loss ${s.label}`)],
    rows: (series[0]?.steps ?? []).map((step, i) => [step, ...series.map((s) => s.testLoss[i] ?? null)]),
  };
  return {
    svg: renderToString(ablationSpec(series, { lang, description, panels: [strongest, others] })),
    caption,
    description,
    runs: runs.length,
    planned,
    table,
  };
}
