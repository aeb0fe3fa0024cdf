import type { UiKey } from './ui';

export interface NavItem {
  /** UI string with the label. */
  key: UiKey;
  /** Site-relative href, without the /{lang}/ prefix. */
  href: string;
}

/**
 * The header navigation. Adding a page is one line here (its label already exists in ui.ts),
 * e.g. `{ key: 'nav.lab', href: 'lab/' }` or `{ key: 'nav.reproduction', href: 'reproduction/' }`.
 */
export const HEADER_NAV: NavItem[] = [
  { key: 'nav.summary', href: 'summary/' },
  { key: 'nav.explainer', href: 'explainer/' },
  { key: 'nav.glossary', href: 'glossary/' },
  { key: 'nav.lab', href: 'lab/' },
];

/** Secondary pages, linked from the footer. */
export const FOOTER_NAV: NavItem[] = [
  { key: 'nav.references', href: 'references/' },
  { key: 'nav.cite', href: 'cite/' },
  { key: 'nav.reproduction', href: 'reproduction/' },
  { key: 'nav.about', href: 'about/' },
];
