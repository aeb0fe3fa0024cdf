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
  },
  ja: {
    'runs.partly': '予定の {planned} 回のうち {n} 回の実行をもとにしています。',
    'runs.all': '予定した {n} 回の実行すべてをもとにしています。',
    settled: '{total} 回のうち {settled} 回で、実行の 3 分の 2 を過ぎてからは生き残る組が変わりませんでした。',
  },
});
