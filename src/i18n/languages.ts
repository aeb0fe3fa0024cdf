/** The site's languages. Every page lives under /{lang}/ and has a counterpart in the other. */
export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: string | undefined): value is Lang {
  return value !== undefined && (LANGS as readonly string[]).includes(value);
}

/** A language attribute read from the page (`data-lang`), the default when it is missing or unknown. */
export function langOr(value: string | undefined): Lang {
  return isLang(value) ? value : DEFAULT_LANG;
}

/** The language a site path belongs to ("/ja/glossary/" → "ja"); the default for "/" and "/404". */
export function langFromPath(pathname: string): Lang {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLang(first) ? first : DEFAULT_LANG;
}

/** Prefix a site-relative href ("summary/", "explainer/x/#h") with /{lang}/. */
export function localHref(lang: Lang, href = ''): string {
  return `/${lang}/${href.replace(/^\/+/, '')}`;
}

/** The same page in another language: "/en/explainer/setup/" → "/ja/explainer/setup/". */
export function counterpartPath(pathname: string, target: Lang): string {
  const parts = pathname.split('/');
  // parts[0] is "" because site paths start with "/".
  if (isLang(parts[1])) {
    parts[1] = target;
    return parts.join('/');
  }
  return localHref(target);
}
