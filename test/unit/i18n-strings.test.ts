import { describe, expect, it } from 'vitest';
import { MissingVariableError, fillTemplate, placeholders } from '../../src/lib/template';
import { defineStrings, type Strings } from '../../src/i18n/strings';
import { LANGS } from '../../src/i18n/languages';
import { t } from '../../src/i18n/ui';
import { odeT } from '../../src/i18n/ode';
import { figureStrings } from '../../src/figures/i18n';
import { lt } from '../../src/islands/lab/i18n';
import { ftx } from '../../src/islands/fitness/i18n';
import { dt } from '../../src/islands/dimension/i18n';
import { ct } from '../../src/islands/collaboration/i18n';
import { commonStrings } from '../../src/figures/builders/strings/common';
import { heroStrings } from '../../src/figures/builders/strings/hero';
import { dimensionStrings } from '../../src/figures/builders/strings/dimension';
import { fitnessStrings } from '../../src/figures/builders/strings/fitness';
import { sweepStrings } from '../../src/figures/builders/strings/sweeps';
import { trainingStrings } from '../../src/figures/builders/strings/training';
import { quoteStrings } from '../../src/figures/builders/strings/quote';
import { reproductionStrings } from '../../src/figures/builders/strings/reproduction';
import { reproductionPageStrings } from '../../src/figures/builders/strings/reproduction-page';
import { specStrings } from '../../src/figures/specs/strings';

describe('fillTemplate', () => {
  it('fills every placeholder, numbers with String(), a repeated one each time', () => {
    expect(fillTemplate('{n} of {total} runs', { n: 3, total: 10 })).toBe('3 of 10 runs');
    expect(fillTemplate('{x}+{x}={y}', { x: 0.5, y: '1' })).toBe('0.5+0.5=1');
    expect(fillTemplate('no placeholders')).toBe('no placeholders');
  });

  it('ignores values the template does not name (one language may leave one out)', () => {
    expect(fillTemplate('{a}', { a: 'A', b: 'B' })).toBe('A');
  });

  it('throws for a missing value, naming the placeholder and the template', () => {
    expect(() => fillTemplate('{n} of {total}', { n: 1 }, '"fig.partial" (en)')).toThrow(new MissingVariableError('total', '"fig.partial" (en)'));
    expect(() => fillTemplate('{n} results')).toThrow('No value for {n} in "{n} results"');
    expect(() => fillTemplate('{n}', { n: 1 })).not.toThrow();
  });

  it('treats undefined, null and inherited properties as missing, and keeps an empty string', () => {
    expect(() => fillTemplate('{n}', { n: undefined } as never)).toThrow(MissingVariableError);
    expect(() => fillTemplate('{n}', { n: null } as never)).toThrow(MissingVariableError);
    expect(() => fillTemplate('{constructor}', {})).toThrow(MissingVariableError);
    expect(fillTemplate('[{n}]', { n: '' })).toBe('[]');
  });

  it('inserts values literally, without reading placeholders or $-patterns inside them', () => {
    expect(fillTemplate('{a}', { a: '{b}' })).toBe('{b}');
    expect(fillTemplate('{a}', { a: "$& $' $1" })).toBe("$& $' $1");
  });

  it('lists placeholders once each, in order', () => {
    expect(placeholders('{n} of {total}, {n} again')).toEqual(['n', 'total']);
    expect(placeholders('{not a name} {} plain')).toEqual([]);
  });
});

describe('defineStrings', () => {
  const s = defineStrings({
    en: { 'a.plain': 'Plain', 'a.count': '{n} of {total}' },
    ja: { 'a.plain': 'プレーン', 'a.count': '{total} 件中 {n} 件' },
  });

  it('looks up both languages and fills placeholders', () => {
    expect(s('en', 'a.plain')).toBe('Plain');
    expect(s('ja', 'a.plain')).toBe('プレーン');
    expect(s('en', 'a.count', { n: 2, total: 5 })).toBe('2 of 5');
    expect(s('ja', 'a.count', { n: 2, total: 5 })).toBe('5 件中 2 件');
  });

  it('binds a language, lists keys in the English order and keeps the raw templates', () => {
    expect(s.in('ja')('a.count', { n: 1, total: 1 })).toBe('1 件中 1 件');
    expect(s.keys).toEqual(['a.plain', 'a.count']);
    expect(s.template('en', 'a.count')).toBe('{n} of {total}');
    expect(s.tables.ja['a.count']).toBe('{total} 件中 {n} 件');
  });

  it('throws for a missing value, naming key and language', () => {
    expect(() => s('ja', 'a.count', { n: 2 })).toThrow('No value for {total} in "a.count" (ja)');
    expect(() => s('en', 'a.count')).toThrow(MissingVariableError);
  });

  it('throws for a key that only a cast let through', () => {
    expect(() => s('en', 'a.none' as 'a.plain')).toThrow('No string "a.none" in en');
    expect(() => s.template('ja', 'toString' as 'a.plain')).toThrow('No string "toString" in ja');
  });

  it('rejects, at compile time, a Japanese table whose keys differ from the English one', () => {
    // Checked by `tsc --noEmit` (npm run typecheck): each line must be a type error.
    const en = { one: '1', two: '2' };
    const jaMissing = { one: '一' };
    const jaExtra = { one: '一', two: '二', three: '三' };
    // @ts-expect-error the Japanese table lacks "two"
    defineStrings({ en, ja: jaMissing });
    // @ts-expect-error the Japanese table has "three", which English lacks
    defineStrings({ en, ja: jaExtra });
    const ok = defineStrings({ en, ja: { one: '一', two: '二' } });
    // @ts-expect-error "three" is not a key
    expect(() => ok('en', 'three')).toThrow();
    expect(ok('ja', 'two')).toBe('二');
  });
});

/** Every dictionary of the site, by the name of its lookup (widened to string keys to walk them alike). */
const DICTIONARIES = {
  t,
  figureStrings,
  specStrings,
  commonStrings,
  heroStrings,
  dimensionStrings,
  fitnessStrings,
  sweepStrings,
  trainingStrings,
  quoteStrings,
  reproductionStrings,
  reproductionPageStrings,
  lt,
  ftx,
  dt,
  ct,
  odeT,
} as unknown as Record<string, Strings<string>>;

describe.each(Object.entries(DICTIONARIES))('dictionary %s', (_, strings) => {
  it('has every key in both languages, none empty', () => {
    expect(strings.keys.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      expect(Object.keys(strings.tables[lang]).sort()).toEqual([...strings.keys].sort());
      for (const key of strings.keys) expect(strings.template(lang, key).trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('names the same placeholders in Japanese as in English, so one set of values fills both', () => {
    for (const key of strings.keys) {
      expect(placeholders(strings.template('ja', key)).sort(), key).toEqual(placeholders(strings.template('en', key)).sort());
    }
  });

  it('fills both languages from the English placeholders alone, using every value', () => {
    for (const key of strings.keys) {
      const names = placeholders(strings.template('en', key));
      const vars = Object.fromEntries(names.map((name) => [name, `‹${name}›`]));
      for (const lang of LANGS) {
        const text = strings(lang, key, vars);
        for (const name of names) expect(text, `${lang} ${key}`).toContain(`‹${name}›`);
      }
    }
  });
});
