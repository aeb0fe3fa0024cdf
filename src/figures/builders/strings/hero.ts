/** Captions and descriptions of the hero run's figures (src/figures/builders/hero.ts). */
import { defineStrings } from '../../../i18n/strings';

export const heroStrings = defineStrings({
  en: {
    settings: 'p = {p}, d = {d}, seed {seed}, {steps} steps',
    notComputed: 'The hero run has not been computed yet.',
    noSnapshots: 'The hero run has no embedding snapshots.',
    'signal.description':
      'Line chart of the signal of each of the {candidates} circle frequencies against training step on a log axis. All start near the same value; {n} (k = {circles}) rise and stay high, the others fall.',
    'signal.compactCaption': "One run of the paper's model ({settings}) by our engine; {n} survive; τ = 2 × mean signal.",
    'signal.caption':
      'Signal Sₖ of every circle frequency during one run ({settings}), measured by our engine. Coloured: the {n} frequencies above τ = 2 × mean signal at the last step (k = {circles}); grey: the rest. The set of survivors stops changing at step {settled}. {place}',
    'spectrum.description':
      'Bar charts of the signal of each frequency at steps {steps}, with the threshold τ as a dashed line. At the start all bars are similar; by the end only the survivors stand above τ.',
    /** One item of the spectrum caption's list: how many frequencies stand above τ at a step. */
    'spectrum.aboveAt': '{n} at step {step}',
    'spectrum.caption':
      "The spectrum S₁…S₂₉ of one run ({settings}) at four moments, measured by our engine; dashed line: τ = 2 × mean signal. Frequencies above τ: {above}. Survivors (coloured) are the run's final circles.",
    'planes.description':
      "{planes} scatter plots, one per surviving frequency. Each shows the {p} tokens projected on that frequency's plane; they lie on a circle, ordered by k·t mod p.",
    'planes.caption':
      'The final embedding (step {step}) of one run ({settings}) projected on the FFT plane (Re Êₖ, Im Êₖ) of each surviving frequency; colour and label: token id. Δ is the token step between neighbours on the circle (k·Δ ≡ ±1 mod p). Computed by our engine.',
    'evolution.description':
      'A grid of scatter plots: rows are the frequencies k = {ks}, columns the steps {steps}. At step 0 the tokens form a shapeless cloud on the final plane; by the end they lie on a circle.',
    'evolution.caption':
      "The embedding at steps {steps} of one run ({settings}), always projected on the final embedding's plane of the two strongest survivors (k = {ks}); same scale in every panel. Computed by our engine.",
  },
  ja: {
    settings: 'p = {p}、d = {d}、シード {seed}、{steps} ステップ',
    notComputed: '代表的な実行はまだ計算されていません。',
    noSnapshots: '代表的な実行に埋め込みのスナップショットがありません。',
    'signal.description':
      '{candidates} 個の円周波数それぞれのシグナルを、対数軸の学習ステップに対して描いた折れ線グラフです。どれもほぼ同じ値から始まり、{n} 個（k = {circles}）が伸びて高いまま残り、残りは下がっていきます。',
    'signal.compactCaption': '私たちのエンジンによる 1 回の学習（{settings}）。生き残りは {n} 個、τ = 平均シグナルの 2 倍です。',
    'signal.caption':
      '1 回の実行（{settings}）での各円周波数のシグナル Sₖ を、私たちのエンジンで測ったものです。色付きは最終ステップで τ = 平均シグナルの 2 倍を上回った {n} 個の周波数（k = {circles}）、灰色はそれ以外です。生き残る周波数の組はステップ {settled} 以降変わりません。{place}',
    'spectrum.description':
      'ステップ {steps} での各周波数のシグナルの棒グラフです。しきい値 τ を破線で示しています。最初はどの棒も同じくらいの高さですが、最後には生き残ったものだけが τ を超えています。',
    'spectrum.aboveAt': 'ステップ {step} で {n} 個',
    'spectrum.caption':
      '1 回の実行（{settings}）のスペクトル S₁…S₂₉ を 4 つの時点で示したもので、私たちのエンジンで測った値です。破線は τ = 平均シグナルの 2 倍です。τ を超える周波数の数：{above}。色付きは最終的に円として残った周波数です。',
    'planes.description':
      '生き残った周波数ごとに 1 つ、計 {planes} 枚の散布図です。{p} 個のトークンをその周波数の平面に射影すると円の上に並び、k·t mod p の順に回ります。',
    'planes.caption':
      '1 回の実行（{settings}）の最終埋め込み（ステップ {step}）を、生き残った各周波数の FFT 平面（Re Êₖ, Im Êₖ）に射影したものです。色と数字はトークン番号です。Δ は円の上で隣り合うトークンの番号の差です（k·Δ ≡ ±1 mod p）。私たちのエンジンで計算しました。',
    'evolution.description':
      '散布図の格子です。行は周波数 k = {ks}、列はステップ {steps} です。ステップ 0 ではトークンは最終平面の上で形のない雲ですが、最後には円の上に並びます。',
    'evolution.caption':
      '1 回の実行（{settings}）のステップ {steps} の埋め込みを、最も強く生き残った 2 つの周波数（k = {ks}）の最終埋め込みでの平面に射影したものです。どのパネルも同じ縮尺です。私たちのエンジンで計算しました。',
  },
});
