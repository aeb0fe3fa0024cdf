import { t } from '../i18n/ui';

/**
 * Ids the page layouts write around MDX content (see src/pages and src/components); a content
 * heading with the same text gets a "-1" suffix instead of a duplicate id.
 */
export const RESERVED_IDS = [
  'main',
  'announcer',
  'page-title',
  'key-points',
  'toc',
  'search-input',
  'claims',
  'claim-1',
  'claim-2',
  'claim-3',
  'paths',
  'key-figure',
  'sections',
  'terms',
];

/** Copy-link label in the language of the content file (content/…/ja/… is Japanese). */
export function copyLinkLabelForFile(filePath: string): string {
  return t(/[\\/]ja[\\/]|[\\/]ja\.ya?ml$/.test(filePath) ? 'ja' : 'en', 'copy.link');
}
