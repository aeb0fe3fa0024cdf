import { describe, expect, it } from 'vitest';
import { UI, t } from '../../src/i18n/ui';
import { LANGS, counterpartPath, langFromPath, localHref } from '../../src/i18n/languages';
import { FOOTER_NAV, HEADER_NAV } from '../../src/i18n/nav';

describe('site UI strings', () => {
  it('has every key in every language, none empty', () => {
    const keys = Object.keys(UI.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(UI[lang]).sort()).toEqual(keys);
      for (const key of keys) expect(UI[lang][key as keyof typeof UI.en].trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('has Japanese that is really Japanese for the chrome readers see most', () => {
    for (const key of ['skip.toMain', 'theme.toggle', 'search.open', 'copy.copied', 'keyPoints.title', 'pager.next'] as const) {
      expect(UI.ja[key]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(UI.ja[key]).not.toBe(UI.en[key]);
    }
  });

  it('fills placeholders', () => {
    expect(t('en', 'search.results', { n: 3 })).toBe('3 results');
    expect(t('ja', 'search.results', { n: 3 })).toBe('3 件の結果');
  });

  it('labels every navigation entry in both languages', () => {
    for (const item of [...HEADER_NAV, ...FOOTER_NAV]) {
      for (const lang of LANGS) expect(UI[lang][item.key]).toBeTruthy();
      expect(item.href).toMatch(/^[a-z-]+\/$/);
    }
  });
});

describe('site paths', () => {
  it('maps a page to its counterpart, keeping the rest of the path', () => {
    expect(counterpartPath('/en/explainer/setup/', 'ja')).toBe('/ja/explainer/setup/');
    expect(counterpartPath('/ja/', 'en')).toBe('/en/');
    expect(counterpartPath('/', 'ja')).toBe('/ja/');
    expect(counterpartPath('/404.html', 'en')).toBe('/en/');
  });

  it('reads the language from a path', () => {
    expect(langFromPath('/ja/glossary/')).toBe('ja');
    expect(langFromPath('/en/')).toBe('en');
    expect(langFromPath('/')).toBe('en');
    expect(langFromPath('/jam/')).toBe('en');
  });

  it('prefixes site-relative hrefs', () => {
    expect(localHref('ja', 'explainer/dimension/#x')).toBe('/ja/explainer/dimension/#x');
    expect(localHref('en', '/summary/')).toBe('/en/summary/');
    expect(localHref('en')).toBe('/en/');
  });
});
