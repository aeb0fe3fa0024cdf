/**
 * The reproduction page's statistics as prose and captions quote them (src/figures/builders/quote.ts),
 * and the sentence placing the showcase seed among the sweep's seeds.
 */
import { defineStrings } from '../../../i18n/strings';

export const quoteStrings = defineStrings({
  en: {
    /** The perturbation design's counts before its paired effect. */
    'perturbation.counts': '{upK}/{upN} raised, {twinsK}/{twinsN} twins, {downK}/{downN} lowered; paired {effect}',
    'collaboration.effect': 'Δlog₁₀ loss = {effect}',
    /** The unit after a difference of rates in percentage points. */
    'points.unit': ' points',
    notComputed: 'not computed yet',
    /** {verdict}: the reproduction table's label as it reads inside a sentence. */
    'claim.settled': '{settled} of {runs} runs, {effect}: {verdict}',
    /** The horizon check's verdict against its target ({target}), inside a sentence. */
    'horizon.same-direction': 'above the {target} target',
    'horizon.inconclusive': 'not shown to reach the {target} target',
    'horizon.contradicts': 'below the {target} target',
    'claim.one': '{effect}, {runs} run: {verdict}',
    'claim.many': '{effect}, {runs} runs: {verdict}',
    'rank.allSame': 'has as many as every other seed',
    'rank.fewestTiedOne': 'has the fewest, tied with {others} other seed',
    'rank.fewestTied': 'has the fewest, tied with {others} other seeds',
    'rank.fewest': 'has the fewest of all',
    'rank.mostTiedOne': 'has the most, tied with {others} other seed',
    'rank.mostTied': 'has the most, tied with {others} other seeds',
    'rank.most': 'has the most of all',
    'rank.middleOneFewer': 'sits in the middle: {fewer} seed has fewer and {more} more',
    'rank.middle': 'sits in the middle: {fewer} seeds have fewer and {more} more',
    'place.none': 'The dimension sweep has no run for the showcase seed yet, so we cannot say how typical its count is.',
    place:
      'In our sweep, seed {seed} ends with {circles} circles at d = {d}. Across our {seeds} seeds at that width ({steps} steps each) the counts are {counts}, mean {mean}: seed {seed} {rank}.',
    caption: '{what}, with its 95 % interval, as on the reproduction page: {quote}.',
    /** After `settled` in the captions of the 3,000-step designs: what that rule cannot see. */
    horizon:
      'That rule cannot see a circle that dies after the run stops: of {runs} perturbation runs trained on to {horizon} steps, the set at step {design} was already the final one in {quote}.',
    'horizon.none':
      'That rule cannot see a circle that dies after the run stops; the runs that would measure it (trained on to {horizon} steps) are not computed yet.',
  },
  ja: {
    'perturbation.counts': '強めて {upK}/{upN}、対照 {twinsK}/{twinsN}、弱めて {downK}/{downN}、{effect}',
    'collaboration.effect': 'Δlog₁₀ 損失 = {effect}',
    'points.unit': ' ポイント',
    notComputed: '未計算',
    'claim.settled': '{runs} 回中 {settled} 回、{effect}：{verdict}',
    'horizon.same-direction': '目標の {target} を上回る',
    'horizon.inconclusive': '目標の {target} に届くとは言えない',
    'horizon.contradicts': '目標の {target} を下回る',
    'claim.one': '{effect}、{runs} 回：{verdict}',
    'claim.many': '{effect}、{runs} 回：{verdict}',
    'rank.allSame': 'どのシードとも同じです',
    'rank.fewestTiedOne': '最も少なく、ほかに {others} 個のシードが同じ数です',
    'rank.fewestTied': '最も少なく、ほかに {others} 個のシードが同じ数です',
    'rank.fewest': 'すべてのシードの中で最も少ない数です',
    'rank.mostTiedOne': '最も多く、ほかに {others} 個のシードが同じ数です',
    'rank.mostTied': '最も多く、ほかに {others} 個のシードが同じ数です',
    'rank.most': 'すべてのシードの中で最も多い数です',
    'rank.middleOneFewer': '中ほどで、これより少ないシードが {fewer} 個、多いシードが {more} 個あります',
    'rank.middle': '中ほどで、これより少ないシードが {fewer} 個、多いシードが {more} 個あります',
    'place.none': '次元のスイープにはまだ代表の実行と同じシードの実行がないため、その円の数がどれほど典型的かは言えません。',
    place:
      '私たちのスイープでは、シード {seed} は d = {d} で円が {circles} 個残ります。この次元の {seeds} 個のシード（各 {steps} ステップ）の円の数は {counts} で、平均は {mean} 個です。シード {seed} の {circles} 個は{rank}。',
    caption: '{what}と 95 % 区間（再現のページと同じ）：{quote}。',
    horizon:
      'ただしこの基準では、実行を止めた後に消える円は見えません。摂動実験の {runs} 回を {horizon} ステップまで続けたとき、ステップ {design} の組がすでに最終の組だった実行：{quote}。',
    'horizon.none': 'ただしこの基準では、実行を止めた後に消える円は見えません。それを測る実行（{horizon} ステップまで続けたもの）はまだ計算されていません。',
  },
});
