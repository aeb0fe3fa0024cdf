/** Figures that need the trained network: collaboration of circles (hero run) and the embedding ablation runs. */
import { renderToString } from '../render';
import { loadById, loadExperiment } from '../analyses/load';
import { collaborationOfRun } from '../analyses/collaboration-eval';
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
    'Loss of the trained network when its final embedding keeps only one, two or three circles.',
    '学習済みネットワークの最終埋め込みに円を 1 つ、2 つ、3 つだけ残したときの損失。',
  );
  if (!run || !run.finalParameters) return notComputed(lang, head, 1);
  const res = await collaborationOfRun(run);
  if (!res) return notComputed(lang, head, 1);
  const { p } = run.config;
  const best = (size: 1 | 2 | 3) => Math.min(...res.rows.filter((r) => r.size === size).map((r) => r.loss));
  const description = L(
    lang,
    `Three bar charts, one per number of kept circles, of the loss on all ${int(p * p)} pairs for each added frequency k. Lowest loss: ${num(best(1))} with one circle, ${num(best(2))} with two, ${num(best(3))} with three; chance is ln p ≈ ${num(Math.log(p))}.`,
    `残す円の数ごとに 1 つ、計 3 つの棒グラフで、加える周波数 k ごとに ${int(p * p)} 通りすべての組での損失を示しています。最小の損失は円 1 つで ${num(best(1))}、2 つで ${num(best(2))}、3 つで ${num(best(3))} です。偶然の水準は ln p ≈ ${num(Math.log(p))} です。`,
  );
  const caption = L(
    lang,
    `${head} The MLP is the one trained in the run (${int(run.steps[run.steps.length - 1]!)} steps, circles k = ${list(run.circles)}); the embedding keeps its mean (DC) plus {k}, {${res.top}, k} or {${res.top}, ${res.second}, k}; the loss is over all p² = ${int(p * p)} pairs. Measured by our engine: best single circle ${num(best(1))}, best pair ${num(best(2))}, best triple ${num(best(3))}; all ${run.circles.length} survivors together ${sci(res.survivorsOnly)}; the untouched embedding ${sci(res.full)} (green dashed line).`,
    `${head}MLP はその実行で学習させたもの（${int(run.steps[run.steps.length - 1]!)} ステップ、円は k = ${list(run.circles)}）です。埋め込みには平均（DC）に加えて {k}、{${res.top}, k}、{${res.top}, ${res.second}, k} のいずれかだけを残し、p² = ${int(p * p)} 通りすべての組で損失を測りました。私たちのエンジンで測った値：円 1 つで最良 ${num(best(1))}、2 つで最良 ${num(best(2))}、3 つで最良 ${num(best(3))}。生き残った ${run.circles.length} 個すべてでは ${sci(res.survivorsOnly)}、手を加えない埋め込みでは ${sci(res.full)}（緑の破線）です。`,
  );
  return {
    svg: renderToString(collaborationSpec(res, run.circles, p, { lang, description })),
    caption,
    description,
    runs: 1,
    table: {
      columns: ['circles kept', 'k', 'frequencies kept (plus DC)', 'loss (all pairs)', 'k survived'],
      rows: [
        ...res.rows.map((r) => [r.size, r.k, r.kept.join(' '), r.loss, r.survivor ? 1 : 0]),
        ['all survivors', '', run.circles.join(' '), res.survivorsOnly, ''],
        ['full embedding', '', 'all', res.full, ''],
      ],
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
