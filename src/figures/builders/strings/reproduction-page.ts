/** The reproduction page's own wording (src/pages/[lang]/reproduction.astro): title, lead, headings, columns. */
import { defineStrings } from '../../../i18n/strings';

export const reproductionPageStrings = defineStrings({
  en: {
    title: 'Reproduction',
    lead: 'What the paper claims, next to what our own engine measured when we retrained its model, with the number of runs, the size of the effect and its 95 % interval. Where ours differs, is inconclusive, or a sweep has not been computed yet, the table says so.',
    'col.claim': 'Claim',
    'col.source': 'Source',
    'col.ours': 'Measured by our engine',
    'col.runs': 'Runs',
    'col.effect': 'Effect [95 % interval]',
    'col.figure': 'Figure',
    'col.status': 'Verdict',
    'headline.title': 'The paper’s headline claims',
    'headline.intro': 'The four claims of the abstract, in our words.',
    'checks.title': 'Finer checks',
    'checks.intro':
      'Properties that follow from the authors’ code and setup, and the designs of their experiments. The paper’s own figure values were not available to us, so where there is nothing to compare against we report our value alone.',
    'method.heading': 'How we measured',
    'method.engine':
      "Our engine is a TypeScript port of the authors' training code; the reference runs use its fused WebAssembly training step with fused multiply-adds (relaxed SIMD) in float32 (the authors use float64 in PyTorch), the same engine the lab runs on a CPU whose browser offers that instruction. Every number below was computed from {cached} cached reference runs of the {planned} the manifest plans (all {tier1} that the site needs; the larger designs are computed, and committed, in slices). Runs are shorter than the authors' 30,001 steps: {hero} for the main run, {design} for the sweeps and designs, {wd} for the weight-decay sweep.",
    'method.verdicts':
      'Each verdict follows from a 95 % interval around the effect, computed over runs: Wilson intervals for rates (Newcombe’s for a difference of two rates), a percentile bootstrap with a fixed seed for means and correlations. “Same direction” means the whole interval lies on the paper’s side of no effect; “contradicts the paper” means it lies wholly on the other side; anything else is “inconclusive”, which is what a claim resting on one run or a few runs usually gets. Each run is counted once per claim.',
  },
  ja: {
    title: '再現',
    lead: '論文の主張と、そのモデルを私たちのエンジンで学習し直して測った結果を、実行数、効果の大きさとその 95 % 区間とともに並べています。結果が異なる場合、判定できない場合、スイープをまだ計算していない場合は、表にそのように記しています。',
    'col.claim': '主張',
    'col.source': '出典',
    'col.ours': '私たちのエンジンでの測定',
    'col.runs': '実行数',
    'col.effect': '効果 [95 % 区間]',
    'col.figure': '図',
    'col.status': '判定',
    'headline.title': '論文の主な主張',
    'headline.intro': '要旨にある 4 つの主張を、私たちの言葉でまとめたものです。',
    'checks.title': '細かな確認',
    'checks.intro':
      '著者らのコードと設定、実験の設計から導かれる性質です。論文の図の数値は手元にないため、比べる相手がない場合は私たちの値だけを示しています。',
    'method.heading': '測り方',
    'method.engine':
      '私たちのエンジンは著者らの学習コードを TypeScript に移植したものです。参照実行には、その WebAssembly による学習ステップを、積和演算（relaxed SIMD）を使う版で float32 で使っています（著者らは PyTorch で float64 を使っています）。ブラウザーがこの命令を提供する CPU でラボが使うのと同じエンジンです。以下の数値はすべて、計画した {planned} 回のうちキャッシュ済みの {cached} 回の参照実行から計算しました（サイトに必要な {tier1} 回はすべて含みます。より大きな設計は少しずつ計算してコミットしています）。実行は著者らの 30,001 ステップより短く、主な実行は {hero} ステップ、スイープと各設計は {design} ステップ、重み減衰のスイープは {wd} ステップです。',
    'method.verdicts':
      '判定はすべて、実行単位で計算した効果の 95 % 区間から決めています。率にはウィルソン区間（2 つの率の差にはニューカムの区間）、平均と相関にはシードを固定したパーセンタイル・ブートストラップを使います。区間全体が「効果なし」から見て論文と同じ側にあれば「論文と同じ向き」、全体が反対側にあれば「論文と逆向き」、それ以外は「判定できない」です。1 回や数回の実行にしか基づかない主張は、たいてい「判定できない」になります。1 つの主張の中で同じ実行を 2 度数えることはありません。',
  },
});
