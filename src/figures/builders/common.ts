/** Helpers the figure builders share: number formats, the "not computed yet" figure, shared sentences. */
import { ft } from '../i18n';
import { commonStrings } from './strings/common';
import type { BuiltFigure } from './types';
import type { Lang } from '../../i18n/languages';

export const int = (x: number): string => Math.round(x).toLocaleString('en-US');
export const num = (x: number, digits = 3): string =>
  Number.isFinite(x) ? Number(x.toPrecision(digits)).toLocaleString('en-US', { maximumSignificantDigits: digits }) : '—';
/**
 * A correlation (or another value of order 1) to two decimals, trailing zeros kept, so that an
 * estimate and its interval's ends read alike: "0.72 [0.60, 0.82]", not "0.72 [0.6, 0.82]".
 */
export const dec2 = (x: number): string => (Number.isFinite(x) ? (Math.round(x * 100) / 100 || 0).toFixed(2) : '—');
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
/** The perturbation design's three tallies (k of n) as the placeholders its sentences share. */
export const tallyVars = (pe: { up: readonly [number, number]; twins: readonly [number, number]; down: readonly [number, number] }) => ({
  upK: pe.up[0],
  upN: pe.up[1],
  twinsK: pe.twins[0],
  twinsN: pe.twins[1],
  downK: pe.down[0],
  downN: pe.down[1],
});
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
  return commonStrings(lang, n < planned ? 'runs.partly' : 'runs.all', { n, planned });
}

/**
 * "In 95 of 100 runs the survivor set no longer changed after two thirds of the run.", then what
 * that rule cannot see: `blindSpot` when the caller measured it (quote.ts#horizonSentence), else a
 * pointer to the reproduction page, which does.
 */
export function settledSentence(lang: Lang, s: { settled: number; total: number }, blindSpot?: string): string {
  return withBlindSpot(lang, commonStrings(lang, 'settled', { settled: s.settled, total: s.total }), blindSpot);
}

/** A sentence on settling, then what its rule cannot see (measured, or a pointer to where it is). */
export function withBlindSpot(lang: Lang, settled: string, blindSpot?: string): string {
  return commonStrings(lang, 'twoSentences', { first: settled, second: blindSpot ?? commonStrings(lang, 'settled.blind') });
}
