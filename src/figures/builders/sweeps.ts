/**
 * Figures of the appendix sweeps at the paper's size (p = 59 unless varied, d = 128): circles
 * against weight decay, the pressure the whole story rests on, and against the modulus p.
 */
import { renderToString } from '../render';
import { loadExperiment } from '../analyses/load';
import { circlesBy, modulusCorrelation, weightDecayCorrelation, type SettingPoint } from '../analyses/sweeps';
import { measure } from '../analyses/claims';
import { noDecayText } from './reproduction';
import { circlesVsSettingSpec } from '../specs/circles-vs-setting';
import { DESIGN_STEPS, WEIGHT_DECAY_STEPS } from '../../reference/manifest';
import type { CompactRun, ExperimentId } from '../../reference/spec';
import type { Interval } from '../analyses/intervals';
import type { BuiltFigure } from './types';
import { L, int, minus, notComputed, num, runsSentence, settledSentence } from './common';
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
    Number.isFinite(iv.lo)
      ? L(
          lang,
          `r = ${num(iv.estimate, 2)} (95 % interval ${num(iv.lo, 2)} to ${num(iv.hi, 2)}, bootstrap over runs)`,
          `r = ${num(iv.estimate, 2)}（95 % 区間 ${num(iv.lo, 2)}〜${num(iv.hi, 2)}、実行単位のブートストラップ）`,
        )
      : `r = ${num(iv.estimate, 2)}`,
  );
}

const table = (points: SettingPoint[], name: string) => ({
  columns: [name, 'runs', 'mean circles', 'sd', 'min', 'max', 'counts', 'survivor set fixed from step'],
  rows: points.map((p) => [p.x, p.n, p.mean, p.sd, p.min, p.max, p.counts.join(' '), p.settled.join(' ')]),
});

export async function weightDecayFigure(lang: Lang): Promise<BuiltFigure> {
  const s = sweepSummary('weight-decay');
  const head = L(lang, 'Number of surviving circles against weight decay.', '生き残った円の数と重み減衰の関係。');
  if (!s.runs) return notComputed(lang, head, s.planned);
  const trend = means(s.points, 'wd');
  const description = L(
    lang,
    `Dots: the number of circles in each run; line: the mean per weight decay; band: ±1 standard deviation; dashed line: the paper's 0.5. Means — ${trend}.`,
    `点は各実行の円の数、線は重み減衰ごとの平均、帯は ±1 標準偏差、破線は論文の 0.5 です。平均：${trend}。`,
  );
  const caption = L(
    lang,
    `${head} Each run: p = 59, d = 128, ${int(WEIGHT_DECAY_STEPS)} steps (longer than the other sweeps, because weaker decay separates the circles more slowly), circles counted with the 2 × mean rule at the last step; the paper's value is 0.5. Means measured by our engine — ${trend}. Without weight decay: ${noDecayText(lang, (await measure()).weightDecay.noDecay)}. Among the runs with decay, correlation of its strength with the circles of each run: ${interval(lang, s.correlation)}; the paper gives no value to compare. ${settledSentence(lang, s.settled)} ${runsSentence(lang, s.runs, s.planned)}`,
    `${head}各実行は p = 59、d = 128、${int(WEIGHT_DECAY_STEPS)} ステップ（減衰が弱いと円が分かれるのが遅いため、ほかのスイープより長くしています）で、最終ステップで「平均の 2 倍」の規則により円を数えました。論文の値は 0.5 です。私たちのエンジンで測った平均：${trend}。重み減衰なしでは${noDecayText(lang, (await measure()).weightDecay.noDecay)}でした。減衰のある実行での、その強さと実行ごとの円の数の相関：${interval(lang, s.correlation)}。比べる論文の値はありません。${settledSentence(lang, s.settled)}${runsSentence(lang, s.runs, s.planned)}`,
  );
  return {
    svg: renderToString(circlesVsSettingSpec(s.points, { lang, description, xLabel: L(lang, 'weight decay', '重み減衰'), paperValue: 0.5 })),
    caption,
    description,
    runs: s.runs,
    planned: s.planned,
    table: table(s.points, 'weight decay'),
  };
}

export async function modulusFigure(lang: Lang): Promise<BuiltFigure> {
  const s = sweepSummary('modulus');
  const head = L(lang, 'Number of surviving circles against the modulus p.', '生き残った円の数と法 p の関係。');
  if (!s.runs) return notComputed(lang, head, s.planned);
  const trend = means(s.points, 'p');
  const description = L(
    lang,
    `Dots: the number of circles in each run; line: the mean per modulus; band: ±1 standard deviation; dashed line: the paper's p = 59. Means — ${trend}.`,
    `点は各実行の円の数、線は法ごとの平均、帯は ±1 標準偏差、破線は論文の p = 59 です。平均：${trend}。`,
  );
  const caption = L(
    lang,
    `${head} Each run: d = 128, weight decay 0.5, ${int(DESIGN_STEPS)} steps, circles counted with the 2 × mean rule at the last step; a modulus p has (p − 1)/2 candidate circles. Means measured by our engine — ${trend}. Correlation of p with the circles of each run: ${interval(lang, s.correlation)}; the paper gives no value to compare. ${settledSentence(lang, s.settled)} ${runsSentence(lang, s.runs, s.planned)}`,
    `${head}各実行は d = 128、重み減衰 0.5、${int(DESIGN_STEPS)} ステップで、最終ステップで「平均の 2 倍」の規則により円を数えました。法 p には候補の円が (p − 1)/2 個あります。私たちのエンジンで測った平均：${trend}。p と実行ごとの円の数の相関：${interval(lang, s.correlation)}。比べる論文の値はありません。${settledSentence(lang, s.settled)}${runsSentence(lang, s.runs, s.planned)}`,
  );
  return {
    svg: renderToString(circlesVsSettingSpec(s.points, { lang, description, xLabel: L(lang, 'modulus p', '法 p'), paperValue: 59 })),
    caption,
    description,
    runs: s.runs,
    planned: s.planned,
    table: table(s.points, 'p'),
  };
}
