/** Captions and descriptions of the weight-decay and modulus sweeps (src/figures/builders/sweeps.ts). */
import { defineStrings } from '../../../i18n/strings';

export const sweepStrings = defineStrings({
  en: {
    /** A correlation with its bootstrap interval, inside a caption. */
    interval: 'r = {r} (95 % interval {lo} to {hi}, bootstrap over runs)',
    'weightDecay.head': 'Number of surviving circles against weight decay.',
    'weightDecay.axis': 'weight decay',
    'weightDecay.description':
      "Dots: the number of circles in each run; line: the mean per weight decay; band: ±1 standard deviation; dashed line: the paper's 0.5. Means — {trend}.",
    'weightDecay.caption':
      "{head} Each run: p = 59, d = 128, {steps} steps (longer than the other sweeps, because weaker decay separates the circles more slowly), circles counted with the 2 × mean rule at the last step; the paper's value is 0.5. Means measured by our engine — {trend}. Without weight decay: {noDecay}. Among the runs with decay, correlation of its strength with the circles of each run: {interval}; the paper gives no value to compare. {settled} {runs}",
    'modulus.head': 'Number of surviving circles against the modulus p.',
    'modulus.axis': 'modulus p',
    'modulus.description':
      "Dots: the number of circles in each run; line: the mean per modulus; band: ±1 standard deviation; dashed line: the paper's p = 59. Means — {trend}.",
    'modulus.caption':
      '{head} Each run: d = 128, weight decay 0.5, {steps} steps, circles counted with the 2 × mean rule at the last step; a modulus p has (p − 1)/2 candidate circles. Means measured by our engine — {trend}. Correlation of p with the circles of each run: {interval}; the paper gives no value to compare. {settled} {runs}',
  },
  ja: {
    interval: 'r = {r}（95 % 区間 {lo}〜{hi}、実行単位のブートストラップ）',
    'weightDecay.head': '生き残った円の数と重み減衰の関係。',
    'weightDecay.axis': '重み減衰',
    'weightDecay.description': '点は各実行の円の数、線は重み減衰ごとの平均、帯は ±1 標準偏差、破線は論文の 0.5 です。平均：{trend}。',
    'weightDecay.caption':
      '{head}各実行は p = 59、d = 128、{steps} ステップ（減衰が弱いと円が分かれるのが遅いため、ほかのスイープより長くしています）で、最終ステップで「平均の 2 倍」の規則により円を数えました。論文の値は 0.5 です。私たちのエンジンで測った平均：{trend}。重み減衰なしでは{noDecay}でした。減衰のある実行での、その強さと実行ごとの円の数の相関：{interval}。比べる論文の値はありません。{settled}{runs}',
    'modulus.head': '生き残った円の数と法 p の関係。',
    'modulus.axis': '法 p',
    'modulus.description': '点は各実行の円の数、線は法ごとの平均、帯は ±1 標準偏差、破線は論文の p = 59 です。平均：{trend}。',
    'modulus.caption':
      '{head}各実行は d = 128、重み減衰 0.5、{steps} ステップで、最終ステップで「平均の 2 倍」の規則により円を数えました。法 p には候補の円が (p − 1)/2 個あります。私たちのエンジンで測った平均：{trend}。p と実行ごとの円の数の相関：{interval}。比べる論文の値はありません。{settled}{runs}',
  },
});
