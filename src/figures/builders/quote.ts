/**
 * The reproduction page's statistics as the prose and captions quote them: "effect [95 % interval],
 * n runs: verdict", in English and Japanese, from the same ClaimStats the page's table prints (so a
 * page can never quote a number or a verdict the table does not). Also the sentence that places the
 * showcase run (seed 0, d = 128) among the sweep's seeds at that width.
 */
import type { ClaimStats } from '../analyses/claims';
import type { HeroPlace } from '../analyses/hero-place';
import type { Interval } from '../analyses/intervals';
import { effectText, statusLabel, type Status } from './reproduction';
import { L, int, minus, num, pct, sci } from './common';
import type { Lang } from '../../i18n/languages';

export const QUOTED = [
  'few-survive',
  'signal',
  'gradient',
  'dimension',
  'settled',
  'perturbation',
  'construction',
  'collaboration',
  'weight-decay',
  'modulus',
] as const;
export type QuotedClaim = (typeof QUOTED)[number];
/** What <Stat of=…> can print: a claim's statistic, the showcase seed's place, the runs without weight decay. */
export type Quoted = QuotedClaim | 'hero-place' | 'no-decay';

const signed = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '') + num(Math.abs(x), 3);
const points = (x: number) => signed(Math.round(x * 100));

/** The effect with its interval, as the table's "Effect" column prints it (minus signs typeset). */
export function quotedEffect(lang: Lang, key: QuotedClaim, st: ClaimStats): string {
  switch (key) {
    case 'few-survive':
      return minus(effectText(st.fewSurvive.effect, pct));
    case 'signal':
      return minus(`r = ${effectText(st.signal.effect)}`);
    case 'gradient':
      return minus(`Δg⁽⁴⁾ = ${effectText(st.gradient.effect, sci)}`);
    case 'dimension':
      return minus(`r = ${effectText(st.dimension.effect)}`);
    case 'settled':
      return minus(effectText(st.settled.effect, pct));
    case 'perturbation': {
      const pe = st.perturbation;
      const counts = L(
        lang,
        `${pe.up[0]}/${pe.up[1]} raised, ${pe.twins[0]}/${pe.twins[1]} twins, ${pe.down[0]}/${pe.down[1]} lowered; paired `,
        `強めて ${pe.up[0]}/${pe.up[1]}、対照 ${pe.twins[0]}/${pe.twins[1]}、弱めて ${pe.down[0]}/${pe.down[1]}、`,
      );
      return counts + pointsText(lang, pe.effect);
    }
    case 'construction':
      return pointsText(lang, st.construction.effect);
    case 'collaboration':
      return minus(`Δlog₁₀ ${L(lang, 'loss', '損失')} = ${effectText(st.collaboration.effect)}`);
    case 'weight-decay':
      return minus(`r = ${effectText(st.weightDecay)}`);
    case 'modulus':
      return minus(`r = ${effectText(st.modulus)}`);
  }
}

/** "+25 points [−12, +59]": a difference of two rates in percentage points. */
function pointsText(lang: Lang, iv: Interval): string {
  if (!Number.isFinite(iv.estimate)) return '—';
  const unit = L(lang, ' points', ' ポイント');
  return Number.isFinite(iv.lo) ? `${points(iv.estimate)}${unit} [${points(iv.lo)}, ${points(iv.hi)}]` : `${points(iv.estimate)}${unit} [—]`;
}

/** Runs and verdict of a quoted statistic; the sweeps without a paper value are "ours only". */
function statOf(key: QuotedClaim, st: ClaimStats): { runs: number; verdict: Status } {
  if (key === 'weight-decay') return { runs: st.weightDecay.n, verdict: 'measured' };
  if (key === 'modulus') return { runs: st.modulus.n, verdict: 'measured' };
  return {
    'few-survive': st.fewSurvive,
    signal: st.signal,
    gradient: st.gradient,
    dimension: st.dimension,
    settled: st.settled,
    perturbation: st.perturbation,
    construction: st.construction,
    collaboration: st.collaboration,
  }[key];
}

/**
 * "r = 0.71 [0.59, 0.81], 80 runs: same direction" / "r = 0.71 [0.59, 0.81]、80 回：論文と同じ向き".
 * The verdict is the reproduction table's own label, lower-cased to sit inside an English sentence.
 */
export function quoteClaim(lang: Lang, key: QuotedClaim, st: ClaimStats): string {
  const s = statOf(key, st);
  if (!s.runs) return L(lang, 'not computed yet', '未計算');
  const verdict = statusLabel(lang, s.verdict);
  // The settled share names its own count of runs ("114 of 133 runs").
  if (key === 'settled')
    return L(
      lang,
      `${st.settled.settled} of ${int(s.runs)} runs, ${quotedEffect(lang, key, st)}: ${verdict.charAt(0).toLowerCase()}${verdict.slice(1)}`,
      `${int(s.runs)} 回中 ${st.settled.settled} 回、${quotedEffect(lang, key, st)}：${verdict}`,
    );
  return L(
    lang,
    `${quotedEffect(lang, key, st)}, ${int(s.runs)} run${s.runs === 1 ? '' : 's'}: ${verdict.charAt(0).toLowerCase()}${verdict.slice(1)}`,
    `${quotedEffect(lang, key, st)}、${int(s.runs)} 回：${verdict}`,
  );
}

/** Where the showcase seed's count sits: "the fewest" / "the most" / "in the middle", with ties said. */
function rankWords(lang: Lang, h: HeroPlace): string {
  const others = h.same - 1;
  if (h.fewer === 0 && h.more === 0) return L(lang, 'has as many as every other seed', 'どのシードとも同じです');
  if (h.fewer === 0)
    return others
      ? L(lang, `has the fewest, tied with ${others} other seed${others === 1 ? '' : 's'}`, `最も少なく、ほかに ${others} 個のシードが同じ数です`)
      : L(lang, 'has the fewest of all', 'すべてのシードの中で最も少ない数です');
  if (h.more === 0)
    return others
      ? L(lang, `has the most, tied with ${others} other seed${others === 1 ? '' : 's'}`, `最も多く、ほかに ${others} 個のシードが同じ数です`)
      : L(lang, 'has the most of all', 'すべてのシードの中で最も多い数です');
  return L(
    lang,
    `sits in the middle: ${h.fewer} seed${h.fewer === 1 ? ' has' : 's have'} fewer and ${h.more} more`,
    `中ほどで、これより少ないシードが ${h.fewer} 個、多いシードが ${h.more} 個あります`,
  );
}

/**
 * "Seed 0 ends with 3 circles at d = 128; across our 8 seeds at that width (3,000 steps each) the
 * counts are 3, 3, 4, …, mean 4.4, so seed 0 has the fewest, tied with 1 other seed."
 */
export function heroPlaceText(lang: Lang, h: HeroPlace | null): string {
  if (!h)
    return L(
      lang,
      'The dimension sweep has no run for the showcase seed yet, so we cannot say how typical its count is.',
      '次元のスイープにはまだ代表の実行と同じシードの実行がないため、その円の数がどれほど典型的かは言えません。',
    );
  return L(
    lang,
    `In our sweep, seed ${h.seed} ends with ${h.circles} circles at d = ${h.d}. Across our ${h.seeds} seeds at that width (${int(h.steps)} steps each) the counts are ${h.sorted.join(', ')}, mean ${num(h.mean, 2)}: seed ${h.seed} ${rankWords(lang, h)}.`,
    `私たちのスイープでは、シード ${h.seed} は d = ${h.d} で円が ${h.circles} 個残ります。この次元の ${h.seeds} 個のシード（各 ${int(h.steps)} ステップ）の円の数は ${h.sorted.join('、')} で、平均は ${num(h.mean, 2)} 個です。シード ${h.seed} の ${h.circles} 個は${rankWords(lang, h)}。`,
  );
}

/** A caption's closing sentence: the claim's statistic as the reproduction page states it. */
export function captionQuote(lang: Lang, key: QuotedClaim, st: ClaimStats, what: { en: string; ja: string }): string {
  return L(
    lang,
    `${what.en}, with its 95 % interval, as on the reproduction page: ${quoteClaim(lang, key, st)}.`,
    `${what.ja}と 95 % 区間（再現のページと同じ）：${quoteClaim(lang, key, st)}。`,
  );
}
