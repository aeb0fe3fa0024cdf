/** Captions and descriptions of the dimension sweeps (src/figures/builders/dimension.ts). */
import { defineStrings } from '../../../i18n/strings';

export const dimensionStrings = defineStrings({
  en: {
    'circles.head': 'Number of surviving circles against embedding dimension d.',
    'circles.description': 'Dots: the number of circles in each run; line: the mean per dimension; band: ±1 standard deviation. Means — {trend}.',
    'circles.quoteWhat': 'Correlation of log₂ d with the circles of each run',
    'circles.settled': 'In {settled} of {total} runs the set of survivors no longer changed after step {by}.',
    /** The same, naming the latest change of any run. */
    'circles.settledLatest':
      'In {settled} of {total} runs the set of survivors no longer changed after step {by} (the latest change: step {step}, at d = {d}).',
    'circles.caption':
      '{head} Each run: p = 59, weight decay 0.5, {steps} steps, circles counted with the 2 × mean rule at the last step. Means measured by our engine — {trend}. {correlation} {settled} {runs}',
    'frozen.head': 'Test loss when the random initial embedding is frozen and only the MLP trains, by embedding dimension.',
    'frozen.description': 'Dots: test loss of each run at steps {steps}; lines: means per dimension; red line at d = p = {p}.',
    'frozen.caption': '{head} At step {step}, mean test accuracy measured by our engine is {below}% for d < {p} and {above}% for d ≥ {p}. {runs}',
  },
  ja: {
    'circles.head': '生き残った円の数と埋め込み次元 d の関係。',
    'circles.description': '点は各実行の円の数、線は次元ごとの平均、帯は ±1 標準偏差です。平均：{trend}。',
    'circles.quoteWhat': 'log₂ d と実行ごとの円の数の相関',
    'circles.settled': '{total} 回のうち {settled} 回で、ステップ {by} 以降は生き残る円の組が変わりませんでした。',
    'circles.settledLatest':
      '{total} 回のうち {settled} 回で、ステップ {by} 以降は生き残る円の組が変わりませんでした（最も遅い変化はステップ {step}、d = {d}）。',
    'circles.caption':
      '{head}各実行は p = 59、重み減衰 0.5、{steps} ステップで、最終ステップで「平均の 2 倍」の規則により円を数えました。私たちのエンジンで測った平均：{trend}。{correlation}{settled}{runs}',
    'frozen.head': 'ランダムな初期埋め込みを凍結して MLP だけを学習させたときのテスト損失（埋め込み次元別）。',
    'frozen.description': '点はステップ {steps} での各実行のテスト損失、線は次元ごとの平均、赤い線は d = p = {p} です。',
    'frozen.caption': '{head}ステップ {step} で私たちのエンジンが測ったテスト正解率の平均は、d < {p} で {below}%、d ≥ {p} で {above}% です。{runs}',
  },
});
