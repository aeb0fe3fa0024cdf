/**
 * Strings for figure chrome and figure axes, in English and Japanese (です・ます). Specs use the
 * axis labels; Figure.astro and the reproduction page use the rest. Kept apart from src/i18n/ui.ts,
 * which belongs to the site's layout.
 */
import { DEFAULT_LANG, type Lang } from '../i18n/languages';
import { defineStrings, type TemplateVars } from '../i18n/strings';

const en = {
  'axis.step': 'training step + 1 (log scale)',
  'axis.signal': 'signal Sₖ',
  'axis.frequency': 'frequency k',
  'axis.loss': 'loss (log scale)',
  'axis.accuracy': 'accuracy',
  'axis.circles': 'number of circles',
  'axis.dimension': 'embedding dimension d',
  'axis.testLoss': 'test loss (log scale)',
  'axis.gradient': 'initial gradient g⁽⁴⁾',
  'axis.initialSignal': 'initial signal Sₖ(0)',
  'axis.count': 'count',
  'axis.survivalRate': 'survival rate',
  'axis.stepLog': 'training step (log scale)',
  'axis.finalShare': 'runs already at their final set',
  'axis.frequencyKept': 'frequency k added',
  'axis.lossAll': 'loss on all p² pairs',
  'legend.train': 'train',
  'legend.test': 'test',
  'legend.trainAcc': 'train accuracy',
  'legend.testAcc': 'test accuracy',
  'legend.others': 'other frequencies',
  'legend.threshold': 'τ = 2 × mean signal',
  'legend.survived': 'survived',
  'legend.died': 'died',
  'legend.overlay': 'reference',
  'legend.step': 'step',
  'fig.dataTable': 'Data table',
  'fig.download': 'Download',
  'fig.downloadCsv': 'Data (CSV)',
  'fig.downloadSvg': 'Image (SVG)',
  'fig.downloadPng': 'Image (PNG)',
  'fig.runs': 'Runs behind this figure: {n}',
  'fig.measured': 'Numbers measured by our engine (one WebAssembly SIMD training step, float32), not taken from the paper.',
  'fig.notComputed':
    'The sweep behind this figure has not been computed yet, so there is nothing to show yet (it is computed with npm run reference -- --all).',
  'fig.partial': 'Only {n} of the {total} planned runs are computed so far; read the figure as a first look.',
  'fig.tableCaption': 'Values plotted in the figure',
  'fig.rowsShown': 'First {n} of {total} rows; the CSV has them all.',
} as const;

export type FigKey = keyof typeof en;

const ja = {
  'axis.step': '学習ステップ + 1（対数目盛）',
  'axis.signal': 'シグナル Sₖ',
  'axis.frequency': '周波数 k',
  'axis.loss': '損失（対数目盛）',
  'axis.accuracy': '正解率',
  'axis.circles': '円の数',
  'axis.dimension': '埋め込み次元 d',
  'axis.testLoss': 'テスト損失（対数目盛）',
  'axis.gradient': '初期勾配 g⁽⁴⁾',
  'axis.initialSignal': '初期シグナル Sₖ(0)',
  'axis.count': '個数',
  'axis.survivalRate': '生存率',
  'axis.stepLog': '学習ステップ（対数目盛）',
  'axis.finalShare': 'すでに最終の組になっている実行',
  'axis.frequencyKept': '加える周波数 k',
  'axis.lossAll': 'p² 通りすべての組での損失',
  'legend.train': '訓練',
  'legend.test': 'テスト',
  'legend.trainAcc': '訓練正解率',
  'legend.testAcc': 'テスト正解率',
  'legend.others': 'その他の周波数',
  'legend.threshold': 'τ = 平均シグナルの 2 倍',
  'legend.survived': '生存',
  'legend.died': '消滅',
  'legend.overlay': '参照',
  'legend.step': 'ステップ',
  'fig.dataTable': 'データ表',
  'fig.download': 'ダウンロード',
  'fig.downloadCsv': 'データ（CSV）',
  'fig.downloadSvg': '画像（SVG）',
  'fig.downloadPng': '画像（PNG）',
  'fig.runs': 'この図のもとになった実行の数：{n}',
  'fig.measured': '数値は私たちのエンジン（WebAssembly SIMD による学習ステップ、float32）で測ったもので、論文から引用したものではありません。',
  'fig.notComputed': 'この図のもとになるスイープはまだ計算されていないため、まだ表示できるものがありません（npm run reference -- --all で計算します）。',
  'fig.partial': '予定している {total} 回の実行のうち、計算済みは {n} 回だけです。おおまかな傾向としてご覧ください。',
  'fig.tableCaption': '図に描かれている値',
  'fig.rowsShown': '全 {total} 行のうち最初の {n} 行を表示しています。CSV にはすべての行が入っています。',
};

export const figureStrings = defineStrings({ en, ja });

/** A figure string, with {name} placeholders filled from `vars`; a spec without a language is English. */
export function ft(lang: Lang | undefined, key: FigKey, vars?: TemplateVars): string {
  return figureStrings(lang ?? DEFAULT_LANG, key, vars);
}
