import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, type Lang } from './languages';

/**
 * Language-aware lookups over the content collections. A page that exists in only one
 * language is still built in both: the missing one falls back to the English entry and is
 * shown as untranslated, so the language switcher always has a counterpart.
 */

export type SectionEntry = CollectionEntry<'sections'>;
export type PageEntry = CollectionEntry<'pages'>;
export type GlossaryItem = CollectionEntry<'glossaryEn'>['data'];

/** "en/01-ecology" → "en". */
function entryLang(id: string): Lang | undefined {
  const [first = ''] = id.split('/');
  return (LANGS as readonly string[]).includes(first) ? (first as Lang) : undefined;
}

/** The file name without the number prefix: "en/home" → "home". */
function entryName(id: string): string {
  return id.split('/').slice(1).join('/');
}

export interface Localized<E> {
  entry: E;
  /** True when the entry was written for this language and its body is in it. */
  translated: boolean;
}

/** One section per slug for `lang`, in reading order (falls back to English per slug). */
export async function getSections(lang: Lang): Promise<Localized<SectionEntry>[]> {
  const all = await getCollection('sections');
  const bySlug = new Map<string, Partial<Record<Lang, SectionEntry>>>();
  for (const entry of all) {
    const l = entryLang(entry.id);
    if (!l) continue;
    const slot = bySlug.get(entry.data.slug) ?? {};
    slot[l] = entry;
    bySlug.set(entry.data.slug, slot);
  }
  const result: Localized<SectionEntry>[] = [];
  for (const slot of bySlug.values()) {
    const own = slot[lang];
    const fallback = slot.en ?? slot.ja;
    if (own) result.push({ entry: own, translated: own.data.translated });
    else if (fallback) result.push({ entry: fallback, translated: false });
  }
  return result.sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** The page `name` ("home", "summary", …) for `lang`, or undefined if neither language has it. */
export async function getPage(lang: Lang, name: string): Promise<Localized<PageEntry> | undefined> {
  const all = await getCollection('pages');
  const find = (l: Lang) => all.find((e: CollectionEntry<'pages'>) => entryLang(e.id) === l && entryName(e.id) === name);
  const own = find(lang);
  if (own) return { entry: own, translated: own.data.translated };
  const fallback = find('en') ?? find('ja');
  return fallback ? { entry: fallback, translated: false } : undefined;
}

/** The glossary for `lang`, in file order (falls back to English when that file is missing). */
export async function getGlossary(lang: Lang): Promise<GlossaryItem[]> {
  const own = (await getCollection(lang === 'ja' ? 'glossaryJa' : 'glossaryEn')).map((e: CollectionEntry<'glossaryEn'>) => e.data);
  if (own.length > 0) return own;
  return (await getCollection('glossaryEn')).map((e: CollectionEntry<'glossaryEn'>) => e.data);
}

/** The DOM id of a glossary entry on the glossary page ("embedding" → "term-embedding"). */
export function termAnchor(id: string): string {
  return `term-${id}`;
}

/** The plain text pages built by src/pages/[lang]/[page].astro. */
export const TEXT_PAGES = ['summary', 'references', 'cite', 'about'] as const;
