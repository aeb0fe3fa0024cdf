import { describe, expect, it } from 'vitest';
import { LOCALE, formatDuration, formatInt, formatList, joinSentences, quoted } from '../../src/i18n/format';
import { langOr } from '../../src/i18n/languages';

describe('one number and duration format for every island', () => {
  it('durations: seconds below 90 s (never 0 s), whole minutes from there, a dash when unknown', () => {
    expect(formatDuration('en', 0.2)).toBe('1 s');
    expect(formatDuration('en', 42.4)).toBe('42 s');
    expect(formatDuration('en', 89.4)).toBe('89 s');
    expect(formatDuration('en', 90)).toBe('2 min');
    expect(formatDuration('en', 200)).toBe('3 min');
    expect(formatDuration('ja', 42)).toBe('42 秒');
    expect(formatDuration('ja', 600)).toBe('10 分');
    expect(formatDuration('en', Number.NaN)).toBe('—');
    expect(formatDuration('ja', Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('integers are grouped as each language writes them', () => {
    expect(formatInt('en', 12345)).toBe('12,345');
    expect(formatInt('ja', 12345)).toBe('12,345');
    expect(LOCALE).toEqual({ en: 'en-US', ja: 'ja-JP' });
  });

  it('a page language attribute that is missing or unknown falls back to the default', () => {
    expect(langOr('ja')).toBe('ja');
    expect(langOr('en')).toBe('en');
    expect(langOr(undefined)).toBe('en');
    expect(langOr('fr')).toBe('en');
    expect(langOr('JA')).toBe('en');
  });

  it('lists, sentence joins and quotation marks follow each language', () => {
    expect(formatList('en', [3, 4, 5])).toBe('3, 4, 5');
    expect(formatList('ja', [3, 4, 5])).toBe('3、4、5');
    expect(formatList('en', [])).toBe('');
    expect(joinSentences('en', 'Run 1 done.', 'k survived.')).toBe('Run 1 done. k survived.');
    expect(joinSentences('ja', '完了。', '生き残った。')).toBe('完了。生き残った。');
    // An empty sentence (no verdict yet) leaves no stray space.
    expect(joinSentences('en', 'Training…', '')).toBe('Training…');
    expect(quoted('en', 'a few circles')).toBe('“a few circles”');
    expect(quoted('ja', '少数の円')).toBe('「少数の円」');
  });
});
