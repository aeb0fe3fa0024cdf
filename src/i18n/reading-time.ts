/**
 * Reading time of an MDX body, computed at build time from its source. Only the prose counts:
 * frontmatter, import lines, JSX tags (figures and widgets take the time the reader chooses to
 * give them), display math and link targets are removed first. Rates are the usual adult
 * silent-reading speeds for non-fiction: about 230 English words and about 500 Japanese
 * characters a minute.
 */
import type { Lang } from './languages';

export const WORDS_PER_MINUTE = 230;
export const JA_CHARS_PER_MINUTE = 500;

/** The prose of an MDX source, as plain text. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '') // frontmatter
    .replace(/^(import|export) .*$/gm, '')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ') // display math
    .replace(/<[^>]+>/g, ' ') // JSX / HTML tags (their text children stay)
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/[#*_`|>[\]]/g, ' ');
}

/** English words: runs of letters or digits (a number such as 2,784 is one word). */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).length;
}

/** Japanese characters: every non-space character except punctuation-free ASCII runs, which count as words. */
export function countJaChars(text: string): number {
  const noSpace = text.replace(/\s+/g, '');
  return noSpace.length;
}

/** Whole minutes, at least 1. */
export function readingMinutes(lang: Lang, mdx: string): number {
  const text = proseOf(mdx);
  const minutes = lang === 'ja' ? countJaChars(text) / JA_CHARS_PER_MINUTE : countWords(text) / WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
