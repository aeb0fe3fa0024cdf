/**
 * Sentences the figure builders share (src/figures/builders/common.ts): how many of a sweep's runs
 * back a figure and how many runs settled (a list's separator: formatList, src/i18n/format.ts).
 */
import { defineStrings } from '../../../i18n/strings';

export const commonStrings = defineStrings({
  en: {
    'runs.partly': '{n} of the {planned} planned runs are computed so far.',
    'runs.all': 'All {n} planned runs.',
    settled: 'In {settled} of {total} runs the survivor set no longer changed after two thirds of the run.',
    /** Two sentences in a row (Japanese sets no space between them). */
    twoSentences: '{first} {second}',
    /** After `settled` where no measurement of the rule's blind spot follows. */
    'settled.blind': 'That rule cannot see a circle that dies after the run stops; the reproduction page measures how often that happens.',
  },
  ja: {
    'runs.partly': '予定の {planned} 回のうち {n} 回の実行をもとにしています。',
    'runs.all': '予定した {n} 回の実行すべてをもとにしています。',
    settled: '{total} 回のうち {settled} 回で、実行の 3 分の 2 を過ぎてからは生き残る組が変わりませんでした。',
    twoSentences: '{first}{second}',
    'settled.blind': 'ただしこの基準では、実行を止めた後に消える円は見えません。それがどれだけ起きるかは再現のページで測っています。',
  },
});
