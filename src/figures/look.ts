/**
 * What to look at in each static figure: one sentence per figure and language, shown first in
 * the caption (the rest of the caption says what was measured and how). Only the figure's own
 * content is described here; every number stays in the builders' captions, which take it from data.
 */
import type { Lang } from '../i18n/languages';

type Look = Readonly<Record<Lang, string>>;

export const LOOK: Record<string, Look> = {
  'fig-hero': {
    en: 'Look at how the lines part: all start together, a few coloured ones climb and stay high, the grey ones sink.',
    ja: '線が分かれていく様子を見てください。どれも同じところから始まり、色付きの少数が伸びて高いまま残り、灰色のものは沈んでいきます。',
  },
  // The compact key figure (home, and the word-limited summary): its caption is short, so this sentence carries the picture.
  'key-figure': {
    en: 'Look at how the lines part: a few coloured ones climb above the dashed threshold, the grey ones sink.',
    ja: '線の分かれ方を見てください。色付きの少数が破線を超えて伸び、灰色は沈みます。',
  },
  'fig-signal-evolution': {
    en: 'Look at when the coloured lines break away from the grey bundle, and whether any of them falls back later.',
    ja: '色付きの線が灰色の束から抜け出すのがいつか、そして後で落ちてくるものがあるかを見てください。',
  },
  'fig-spectrum': {
    en: 'Look at the panels from top to bottom: bars of similar height become a few tall coloured bars above the dashed threshold.',
    ja: 'パネルを上から下へ見てください。同じくらいの高さだった棒が、破線のしきい値を超える少数の色付きの高い棒に変わります。',
  },
  'fig-circle-planes': {
    en: 'Look at the order of the numbers around each circle: neighbours differ by the same step Δ all the way round.',
    ja: '各円の周りに並ぶ数字の順番を見てください。隣どうしの差は一周を通して同じ Δ です。',
  },
  'fig-circle-evolution': {
    en: 'Look along each row: a shapeless cloud at the start becomes a clean ring by the end, for each of the two frequencies.',
    ja: '各行を左から右へ見てください。2 つの周波数のどちらでも、最初は形のない雲だったものが最後にはきれいな輪になります。',
  },
  'fig-circles-vs-dim': {
    en: 'Look at the line from left to right: wider embeddings keep more circles, and the dots show how much runs at one width differ.',
    ja: '線を左から右へたどってください。埋め込みが広いほど多くの円が残り、点は同じ幅の実行どうしでどれだけ違うかを示します。',
  },
  'fig-frozen-embedding': {
    en: 'Look at how the loss changes with d, and compare the widths below p = 59 with those above it.',
    ja: '損失が d とともにどう変わるかを見て、p = 59 より狭い幅と広い幅を比べてください。',
  },
  'fig-circles-vs-wd': {
    en: 'Look at the left end first: without weight decay, is there still a small set of winners? Then follow the line as the pressure grows.',
    ja: 'まず左端を見てください。重み減衰がなくても、少数の勝者は現れるでしょうか。次に、圧力が強まるにつれて線がどう動くかをたどってください。',
  },
  'fig-circles-vs-p': {
    en: 'Look at the line from left to right: a larger modulus offers more candidate circles; does it also keep more of them?',
    ja: '線を左から右へたどってください。法が大きいほど候補の円は多くなりますが、残る円も増えるでしょうか。',
  },
  'fig-survival-vs-signal': {
    en: 'Look at the trend across the dots: do frequencies that start with a stronger signal survive more often?',
    ja: '点全体の傾向を見てください。初期シグナルが強い周波数ほど、よく生き残っているでしょうか。',
  },
  'fig-perturbation': {
    en: 'Look at each embedding’s line from left to right: does a frequency that starts further above the mean survive more often?',
    ja: '埋め込みごとの線を左から右へたどってください。平均より大きく出発した周波数ほど、よく生き残るでしょうか。',
  },
  'fig-horizon': {
    en: 'Look at where the line crosses the dotted rule: how many runs already have their final survivors when our runs stop?',
    ja: '線が点線と交わるところを見てください。私たちの実行が止まる時点で、最終の生き残りがすでに決まっている実行はどれだけあるでしょうか。',
  },
  'fig-construction': {
    en: 'Look at the two curves as the ratio changes: where do the larger and the smaller candidate part ways?',
    ja: '比が変わるにつれて 2 本の曲線がどう動くかを見てください。大きい方と小さい方の候補の運命は、どこで分かれるでしょうか。',
  },
  'fig-gradient-hist': {
    en: 'Look at where the two histograms sit against each other: did the frequencies that survived already have a larger gradient at step 4?',
    ja: '2 つのヒストグラムの位置を比べてください。生き残った周波数は、ステップ 4 の時点ですでに勾配が大きかったでしょうか。',
  },
  'fig-gradient-scatter': {
    en: 'Look at the line and the two kinds of dots: how cleanly does it put survivors on one side and the rest on the other?',
    ja: '直線と 2 種類の点を見てください。生き残ったものとそれ以外を、直線がどれだけきれいに両側へ分けているでしょうか。',
  },
  'fig-collaboration': {
    en: 'Look at the gap between the curves: one circle alone leaves the loss high, several together bring it down.',
    ja: '曲線どうしの差を見てください。円 1 つだけでは損失が高いままですが、いくつか組み合わせると下がります。',
  },
  'fig-ablation': {
    en: 'Look at which curves reach a low loss and when, compared with the run that keeps every frequency.',
    ja: 'どの曲線がいつ低い損失に届くかを、すべての周波数を残した実行と比べてください。',
  },
  'fig-interaction-matrix': {
    en: 'Look at the rows and columns marked ●: the strong colours gather where the surviving frequencies act on each other.',
    ja: '● の付いた行と列を見てください。強い色は、生き残る周波数どうしが影響し合うところに集まっています。',
  },
  'fig-ode-fit': {
    en: 'Look at whether the blue and orange curves stay on the thick grey data line as time runs on, or drift away from it.',
    ja: '時間が進んでも青とオレンジの曲線が太い灰色のデータの線に沿っているか、それとも離れていくかを見てください。',
  },
};

export function lookAt(id: string, lang: Lang): string | null {
  return LOOK[id]?.[lang] ?? null;
}
