/** Helpers the figure builders share: language choice, number formats, the "not computed yet" figure. */
import { ft } from '../i18n';
import type { BuiltFigure } from './types';
import type { Lang } from '../../i18n/languages';

/** Pick the sentence for the page's language. */
export const L = (lang: Lang, en: string, ja: string): string => (lang === 'ja' ? ja : en);

export const int = (x: number): string => Math.round(x).toLocaleString('en-US');
export const num = (x: number, digits = 3): string =>
  Number.isFinite(x) ? Number(x.toPrecision(digits)).toLocaleString('en-US', { maximumSignificantDigits: digits }) : '—';
export const sci = (x: number, digits = 2): string =>
  Number.isFinite(x)
    ? x
        .toExponential(digits - 1)
        .replace('e', '×10^')
        .replace(/\^\+?(-?)(\d+)/, (_, s: string, d: string) => superscript(`${s}${d}`))
    : '—';
export const pct = (x: number): string => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : '—');
/** Minus signs, not hyphens, before the numbers of a sentence ("r = −0.14"). */
export const minus = (s: string): string => s.replace(/(^|[\s[(,（〜=])-(?=\d)/g, '$1−');
export const list = (ks: readonly number[]): string => ks.join(', ');

function superscript(s: string): string {
  const map: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
  return [...s].map((c) => map[c] ?? c).join('');
}

/** A figure whose runs are not cached yet: no chart, a plain note, the slot stays an anchor. */
export function notComputed(lang: Lang, caption: string, planned: number): BuiltFigure {
  return { svg: null, caption, description: caption, runs: 0, planned, table: null, note: ft(lang, 'fig.notComputed') };
}

/** "Backed by n of the m planned runs" for captions of partly computed sweeps. */
export function runsSentence(lang: Lang, n: number, planned: number): string {
  return n < planned
    ? L(lang, `${n} of the ${planned} planned runs are computed so far.`, `予定の ${planned} 回のうち ${n} 回の実行をもとにしています。`)
    : L(lang, `All ${n} planned runs.`, `予定した ${n} 回の実行すべてをもとにしています。`);
}

/** "In 95 of 100 runs the survivor set no longer changed after two thirds of the run." */
export function settledSentence(lang: Lang, s: { settled: number; total: number }): string {
  return L(
    lang,
    `In ${s.settled} of ${s.total} runs the survivor set no longer changed after two thirds of the run.`,
    `${s.total} 回のうち ${s.settled} 回で、実行の 3 分の 2 を過ぎてからは生き残る組が変わりませんでした。`,
  );
}
