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
