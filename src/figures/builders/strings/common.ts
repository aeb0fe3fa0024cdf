/**
 * Sentences the figure builders share (src/figures/builders/common.ts): how many of a sweep's runs
 * back a figure, how many runs settled, and the separator of a list of numbers inside a sentence.
 */
import { defineStrings } from '../../../i18n/strings';

export const commonStrings = defineStrings({
  en: {
    /** Between the items of a list inside a sentence ("3, 6, 5"). */
    'list.separator': ', ',
    'runs.partly': '{n} of the {planned} planned runs are computed so far.',
    'runs.all': 'All {n} planned runs.',
    settled: 'In {settled} of {total} runs the survivor set no longer changed after two thirds of the run.',
  },
  ja: {
    'list.separator': '、',
    'runs.partly': '予定の {planned} 回のうち {n} 回の実行をもとにしています。',
    'runs.all': '予定した {n} 回の実行すべてをもとにしています。',
    settled: '{total} 回のうち {settled} 回で、実行の 3 分の 2 を過ぎてからは生き残る組が変わりませんでした。',
  },
});
