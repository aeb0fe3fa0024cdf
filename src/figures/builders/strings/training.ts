/** Captions and descriptions of the collaboration and ablation figures (src/figures/builders/training.ts). */
import { defineStrings } from '../../../i18n/strings';

export const trainingStrings = defineStrings({
  en: {
    'collaboration.head': 'Loss of the network over training when the embedding of each moment keeps only one, two or three circles.',
    'collaboration.quoteWhat':
      'Over every run tracked this way, orders of magnitude between the best single circle and the best three at the last tracked step',
    'collaboration.description':
      'Three line charts, one per number of kept circles, of the loss on all {pairs} pairs against the training step, one line per frequency k (survivors coloured). At step {step}: lowest loss {one} with one circle, {two} with two, {three} with three; chance is ln p ≈ {chance}.',
    /** {keepOne}, {keepTwo}, {keepThree}: the kept sets in set notation, "{k}", "{24, k}", "{24, 6, k}". */
    'collaboration.caption':
      "{head} The main run (seed 0, d = 128, circles k = {circles}), every {every} steps: the embedding of that moment keeps its mean (DC) plus {keepOne}, {keepTwo} or {keepThree}, where {top} and {second} are the run's two strongest final circles, and the network of that moment is evaluated on all p² = {pairs} pairs. Measured by our engine. At the last step: all {survivors} survivors together {survivorsLoss}; the untouched embedding {fullLoss} (green dashed line). {stat}",
    'ablation.head': 'Test loss over training when the initial embedding keeps only some frequencies (log–log).',
    'ablation.keeps': 'keeps k = {ks}',
    'ablation.none': 'no ablation',
    'ablation.description': 'Line charts of test loss against step, both on log axes. Final test loss: {finals}.',
    'ablation.caption':
      '{head} Seed 0 (model and split), {steps} steps; the ablated runs zero every other frequency of the initial embedding, DC included. "Strongest" = largest initial signal of this embedding. Final test loss measured by our engine: {finals}. {runs}',
  },
  ja: {
    'collaboration.head': '学習の各時点で埋め込みに円を 1 つ、2 つ、3 つだけ残したときの、その時点のネットワークの損失。',
    'collaboration.quoteWhat': 'この方法で追跡したすべての実行での、最後の時点における最良の円 1 つと最良の 3 つの損失の桁の差',
    'collaboration.description':
      '残す円の数ごとに 1 つ、計 3 つの折れ線グラフで、{pairs} 通りすべての組での損失を学習ステップに対して周波数 k ごとに 1 本ずつ示しています（生き残った円は色付き）。ステップ {step} での最小の損失は、円 1 つで {one}、2 つで {two}、3 つで {three} です。偶然の水準は ln p ≈ {chance} です。',
    'collaboration.caption':
      '{head}主な実行（シード 0、d = 128、円は k = {circles}）で {every} ステップごとに、その時点の埋め込みに平均（DC）と {keepOne}、{keepTwo}、{keepThree} のいずれかだけを残し、その時点のネットワークを p² = {pairs} 通りすべての組で評価しました。{top} と {second} はこの実行の最終的に最も強い 2 つの円です。私たちのエンジンで測りました。最後の時点では、生き残った {survivors} 個すべてで {survivorsLoss}、手を加えない埋め込みでは {fullLoss}（緑の破線）です。{stat}',
    'ablation.head': '初期埋め込みに一部の周波数だけを残したときの学習中のテスト損失（両対数）。',
    'ablation.keeps': 'k = {ks} だけ',
    'ablation.none': '除去なし',
    'ablation.description': 'テスト損失をステップに対して両対数で描いた折れ線グラフです。最終的なテスト損失：{finals}。',
    'ablation.caption':
      '{head}シード 0（モデルと分割）、{steps} ステップです。除去した実行では、初期埋め込みのほかの周波数を DC も含めてすべて 0 にしました。「最も強い」はこの埋め込みで初期シグナルが最大のものです。私たちのエンジンで測った最終テスト損失：{finals}。{runs}',
  },
});
