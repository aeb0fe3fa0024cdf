/**
 * Captions and descriptions of the figures about what makes a frequency fit: the empirical,
 * perturbation and construction designs and the initial gradient (src/figures/builders/fitness.ts).
 */
import { defineStrings } from '../../../i18n/strings';

export const fitnessStrings = defineStrings({
  en: {
    'empirical.head': 'Survival rate of each frequency against its initial signal, with the initial embedding fixed and the MLP and data split varied.',
    'empirical.quoteWhat': 'Pearson r between initial signal and survival rate, measured by our engine',
    'empirical.description':
      'Scatter plot of {points} (embedding, frequency) pairs: initial signal against survival rate, with a least-squares line. Pearson r = {r}.',
    'empirical.caption': '{head} {correlation} {settled} {runs}',
    'perturbation.head':
      'Survival rate of frequency k = {k} when its initial component is scaled by α, against how far its initial signal sits above the mean.',
    'perturbation.description':
      'Line chart, one line per fixed embedding ({embeddings}), of survival rate against the excess initial signal. Pooled over embeddings, survival (runs) by α: {summary}.',
    'perturbation.quoteWhat': 'Each nudged run against its untouched twin (same embedding and seed, α = 1)',
    /** After the settling sentences: the one thing this figure counts, read at the horizon. */
    'perturbation.fate': 'Whether k = {k} survives, which is all this figure counts, was already final at step {design} in {quote}.',
    'perturbation.caption':
      '{head} {embeddings} fixed embeddings; the MLP and the split vary with the seed; {steps} steps per run. Measured by our engine, pooled over embeddings: {summary}. {difference} {settled} {runs}',
    'construction.head': 'Survival of the larger and the smaller of two planted frequencies, by their amplitude ratio.',
    'construction.quoteWhat': 'How much more often the larger survived than the smaller, at unequal amplitudes',
    'construction.description':
      'Two lines of survival rate against the amplitude ratio r (log axis): one for the larger planted frequency, one for the smaller.',
    'construction.caption':
      "{head} The other frequencies start near zero; each planted component is a line, not a circle, as in the authors' design. Measured by our engine. {gap} {settled} {runs}",
    'gradientHist.head': 'Initial gradient g⁽⁴⁾ = (Sₖ(4) − Sₖ(3)) / Sₖ(0) of frequencies that survived and that died.',
    'gradientHist.quoteWhat': 'Survivors’ mean minus the others’',
    'gradientHist.description': 'Stacked histogram of g⁽⁴⁾: {survivors} survivors and {died} frequencies that died.',
    'gradientHist.caption':
      "{head} Survival: the run's circles at its last step (2 × mean rule), d = 128. Measured by our engine: mean g⁽⁴⁾ {survivorsMean} for the {survivors} survivors and {diedMean} for the {died} others (Welch t = {t}). {difference} {runs}",
    'gradientScatter.head': 'Initial gradient g⁽⁴⁾ against initial signal Sₖ(0), with a fitted linear separator (dashed).',
    'gradientScatter.separator':
      'A logistic-regression line fitted on {train} points classifies {accuracy} of {test} held-out points correctly (always guessing "died" would score {base}).',
    'gradientScatter.noSeparator': 'Too few points of both kinds to fit a separator.',
    'gradientScatter.description': 'Scatter plot of {points} frequencies; survivors highlighted. {separator}',
    'gradientScatter.caption': '{head} Measured by our engine (d = 128). {separator} {runs}',
  },
  ja: {
    'empirical.head': '初期埋め込みを固定し、MLP とデータの分割を変えたときの、各周波数の生存率と初期シグナルの関係。',
    'empirical.quoteWhat': '私たちのエンジンで測った初期シグナルと生存率のピアソン相関 r ',
    'empirical.description': '(埋め込み, 周波数) の組 {points} 個について、初期シグナルと生存率を描いた散布図と最小二乗直線です。ピアソンの r = {r}。',
    'empirical.caption': '{head}{correlation}{settled}{runs}',
    'perturbation.head': '周波数 k = {k} の初期成分を α 倍したときの生存率と、その初期シグナルが平均をどれだけ上回るかの関係。',
    'perturbation.description':
      '固定した埋め込みごとに 1 本（{embeddings} 本）の折れ線で、初期シグナルの超過分に対する生存率を示しています。埋め込みをまとめた α ごとの生存率（実行数）：{summary}。',
    'perturbation.quoteWhat': '倍率を変えた各実行を、手を加えない対照（同じ埋め込みとシードで α = 1）と比べた結果',
    'perturbation.fate': 'この図が数えるのは k = {k} が生き残るかどうかだけです。ステップ {design} の時点でそれがすでに最終の結果と同じだった実行：{quote}。',
    'perturbation.caption':
      '{head}固定した埋め込みは {embeddings} 個で、MLP と分割はシードごとに変わります。各実行 {steps} ステップです。私たちのエンジンで測った、埋め込みをまとめた値：{summary}。{difference}{settled}{runs}',
    'construction.head': '植え込んだ 2 つの周波数のうち大きい方と小さい方の生存（振幅の比ごと）。',
    'construction.quoteWhat': '振幅が違うとき、大きい方が小さい方より生き残った割合の差',
    'construction.description': '振幅の比 r（対数軸）に対する生存率の 2 本の線です。1 本は大きい方、もう 1 本は小さい方の周波数です。',
    'construction.caption':
      '{head}ほかの周波数はほぼ 0 から始まります。著者らの設計と同じく、植え込んだ成分は円ではなく直線です。私たちのエンジンで測りました。{gap}{settled}{runs}',
    'gradientHist.head': '生き残った周波数と消えた周波数の初期勾配 g⁽⁴⁾ = (Sₖ(4) − Sₖ(3)) / Sₖ(0)。',
    'gradientHist.quoteWhat': '生き残ったものと消えたものの平均の差',
    'gradientHist.description': 'g⁽⁴⁾ の積み上げヒストグラムです。生き残った {survivors} 個と消えた {died} 個の周波数です。',
    'gradientHist.caption':
      '{head}生存は各実行の最終ステップでの円（「平均の 2 倍」の規則）、d = 128 です。私たちのエンジンで測った g⁽⁴⁾ の平均は、生き残った {survivors} 個で {survivorsMean}、それ以外の {died} 個で {diedMean} です（ウェルチの t = {t}）。{difference}{runs}',
    'gradientScatter.head': '初期勾配 g⁽⁴⁾ と初期シグナル Sₖ(0) の散布図と、当てはめた線形の分離境界（破線）。',
    'gradientScatter.separator':
      '{train} 点で当てはめたロジスティック回帰の直線は、取り分けておいた {test} 点のうち {accuracy} を正しく分類します（常に「消滅」と答えた場合は {base}）。',
    'gradientScatter.noSeparator': '分離境界を当てはめるには、両方の種類の点が足りません。',
    'gradientScatter.description': '{points} 個の周波数の散布図で、生き残ったものを強調しています。{separator}',
    'gradientScatter.caption': '{head}私たちのエンジンで測った値です（d = 128）。{separator}{runs}',
  },
});
