/**
 * Numbers and durations as each language writes them, for every island and builder: one place
 * decides the locale, the unit words and where seconds turn into minutes.
 */
import { defineStrings } from './strings';
import type { Lang } from './languages';

/** The Intl locale of each site language. */
export const LOCALE: Readonly<Record<Lang, string>> = { en: 'en-US', ja: 'ja-JP' };

const units = defineStrings({
  en: { seconds: '{n} s', minutes: '{n} min' },
  ja: { seconds: '{n} 秒', minutes: '{n} 分' },
});

/** An integer with the language's digit grouping. */
export function formatInt(lang: Lang, n: number): string {
  return n.toLocaleString(LOCALE[lang]);
}

/** A duration as "42 s" below 90 seconds (never "0 s"), "3 min" from there on; "—" when unknown. */
export function formatDuration(lang: Lang, seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds < 90) return units(lang, 'seconds', { n: Math.max(1, Math.round(seconds)) });
  return units(lang, 'minutes', { n: Math.round(seconds / 60) });
}

// Punctuation differs between the languages in three places the islands and components meet:
// list separators, the space between two sentences (Japanese sets none) and quotation marks.
const punctuation = defineStrings({
  en: { listSep: ', ', sentenceSep: ' ', open: '“', close: '”' },
  ja: { listSep: '、', sentenceSep: '', open: '「', close: '」' },
});

/** Items as a run-on list: "3, 4, 5" / "3、4、5". */
export function formatList(lang: Lang, items: readonly (string | number)[]): string {
  return items.join(punctuation(lang, 'listSep'));
}

/** Sentences one after another, empty ones left out: a space between them in English, none in Japanese. */
export function joinSentences(lang: Lang, ...sentences: readonly string[]): string {
  return sentences.filter((s) => s !== '').join(punctuation(lang, 'sentenceSep'));
}

/** The text in the language's quotation marks. */
export function quoted(lang: Lang, text: string): string {
  return `${punctuation(lang, 'open')}${text}${punctuation(lang, 'close')}`;
}
