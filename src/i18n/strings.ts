/**
 * The one way the site looks up a string: each dictionary (site chrome, figures, every widget) is
 * declared with defineStrings, which returns its lookup `(lang, key, vars?) => string`. Keys come
 * from the English table; the Japanese table must have exactly the same keys, or the call does not
 * compile. Placeholders follow src/lib/template.ts: a missing value throws.
 */
import { fillTemplate, type TemplateVars } from '../lib/template';
import type { Lang } from './languages';

export type { TemplateVars } from '../lib/template';

/** A dictionary's lookup, with the raw tables beside it for tests and for client-side filling. */
export interface Strings<K extends string> {
  /** The string for `key` in `lang`, its `{name}` placeholders filled from `vars`. */
  (lang: Lang, key: K, vars?: TemplateVars): string;
  /**
   * The string with its placeholders left in, for a page that hands it to a client script which
   * fills them later (with fillTemplate too); everything else calls the lookup itself.
   */
  template(lang: Lang, key: K): string;
  /** The lookup bound to one language, for templates: `const tr = strings.in(lang); tr('key')`. */
  in(lang: Lang): (key: K, vars?: TemplateVars) => string;
  /** Every key, in the English table's order. */
  readonly keys: readonly K[];
  readonly tables: Readonly<Record<Lang, Readonly<Record<K, string>>>>;
}

/**
 * The Japanese table's type: every English key, and any key English lacks typed `never`, so that
 * both a missing and an extra key are compile errors (an object held in a variable escapes
 * TypeScript's excess-property check, hence the explicit mapping).
 */
type SameKeys<En, Ja> = Ja & { readonly [K in Exclude<keyof Ja, keyof En>]: never };

/** Declare a dictionary in both languages and get its lookup. */
export function defineStrings<En extends Readonly<Record<string, string>>, Ja extends Readonly<Record<keyof En, string>>>(tables: {
  en: En;
  ja: SameKeys<En, Ja>;
}): Strings<keyof En & string> {
  type K = keyof En & string;
  const byLang: Record<Lang, Readonly<Record<K, string>>> = { en: tables.en, ja: tables.ja };
  const keys = Object.keys(tables.en) as K[];
  const template = (lang: Lang, key: K): string => {
    const table = byLang[lang];
    // A key can only be wrong at run time through a cast (`\`offline.${state}\` as UiKey`).
    if (!table || !Object.hasOwn(table, key)) throw new Error(`No string "${key}" in ${lang}`);
    return table[key];
  };
  const lookup = (lang: Lang, key: K, vars?: TemplateVars): string => fillTemplate(template(lang, key), vars, `"${key}" (${lang})`);
  return Object.assign(lookup, {
    template,
    in: (lang: Lang) => (key: K, vars?: TemplateVars) => lookup(lang, key, vars),
    keys,
    tables: byLang,
  });
}
