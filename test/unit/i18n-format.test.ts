import { describe, expect, it } from 'vitest';
import { LOCALE, formatDuration, formatInt } from '../../src/i18n/format';
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
});
