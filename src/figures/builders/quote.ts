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
import { int, minus, num, pct, sci, tallyVars } from './common';
import { formatList } from '../../i18n/format';
import { quoteStrings } from './strings/quote';
import { DESIGN_STEPS, HORIZON_STEPS } from '../../reference/manifest';
import { SETTLED_TARGET } from '../analyses/claim-stats';
import type { Lang } from '../../i18n/languages';

export const QUOTED = [
  'few-survive',
  'signal',
  'gradient',
  'dimension',
  'settled',
  'horizon',
  'horizon-fate',
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
    case 'horizon':
      return minus(effectText(st.horizon.effect, pct));
    case 'horizon-fate':
      return minus(effectText(st.horizonFate.effect, pct));
    case 'perturbation': {
      const pe = st.perturbation;
      return quoteStrings(lang, 'perturbation.counts', {
        ...tallyVars(pe),
        effect: pointsText(lang, pe.effect),
      });
    }
    case 'construction':
      return pointsText(lang, st.construction.effect);
    case 'collaboration':
      return minus(quoteStrings(lang, 'collaboration.effect', { effect: effectText(st.collaboration.effect) }));
    case 'weight-decay':
      return minus(`r = ${effectText(st.weightDecay)}`);
    case 'modulus':
      return minus(`r = ${effectText(st.modulus)}`);
  }
}

/** "+25 points [−12, +59]": a difference of two rates in percentage points. */
function pointsText(lang: Lang, iv: Interval): string {
  if (!Number.isFinite(iv.estimate)) return '—';
  const unit = quoteStrings(lang, 'points.unit');
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
    horizon: st.horizon,
    'horizon-fate': st.horizonFate,
    perturbation: st.perturbation,
    construction: st.construction,
    collaboration: st.collaboration,
  }[key];
}

/**
 * A table label as it reads inside a sentence: a capitalised first word in lower case ("Same
 * direction" → "same direction"), an acronym ("ODE") and Japanese, which has no case, as they are.
 */
const inSentence = (label: string): string => label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());

/**
 * "r = 0.71 [0.59, 0.81], 80 runs: same direction" / "r = 0.71 [0.59, 0.81]、80 回：論文と同じ向き".
 * The verdict is the reproduction table's own label, lower-cased to sit inside an English sentence.
 */
export function quoteClaim(lang: Lang, key: QuotedClaim, st: ClaimStats): string {
  const s = statOf(key, st);
  if (!s.runs) return quoteStrings(lang, 'notComputed');
  const vars = { effect: quotedEffect(lang, key, st), runs: int(s.runs), verdict: inSentence(statusLabel(lang, s.verdict)) };
  // The settled share names its own count of runs ("114 of 133 runs").
  if (key === 'settled') return quoteStrings(lang, 'claim.settled', { ...vars, settled: st.settled.settled });
  // The horizon checks are ours, against a target, so their verdict says which side of the target.
  if (key === 'horizon' || key === 'horizon-fate') {
    const h = key === 'horizon' ? st.horizon : st.horizonFate;
    return quoteStrings(lang, 'claim.settled', {
      ...vars,
      settled: h.same,
      verdict: quoteStrings(lang, `horizon.${h.verdict}`, { target: pct(SETTLED_TARGET) }),
    });
  }
  return quoteStrings(lang, s.runs === 1 ? 'claim.one' : 'claim.many', vars);
}

/** Where the showcase seed's count sits: "the fewest" / "the most" / "in the middle", with ties said. */
function rankWords(lang: Lang, h: HeroPlace): string {
  const others = h.same - 1;
  if (h.fewer === 0 && h.more === 0) return quoteStrings(lang, 'rank.allSame');
  if (h.fewer === 0) return quoteStrings(lang, others ? (others === 1 ? 'rank.fewestTiedOne' : 'rank.fewestTied') : 'rank.fewest', { others });
  if (h.more === 0) return quoteStrings(lang, others ? (others === 1 ? 'rank.mostTiedOne' : 'rank.mostTied') : 'rank.most', { others });
  return quoteStrings(lang, h.fewer === 1 ? 'rank.middleOneFewer' : 'rank.middle', { fewer: h.fewer, more: h.more });
}

/**
 * "Seed 0 ends with 3 circles at d = 128; across our 8 seeds at that width (3,000 steps each) the
 * counts are 3, 3, 4, …, mean 4.4, so seed 0 has the fewest, tied with 1 other seed."
 */
export function heroPlaceText(lang: Lang, h: HeroPlace | null): string {
  if (!h) return quoteStrings(lang, 'place.none');
  return quoteStrings(lang, 'place', {
    seed: h.seed,
    circles: h.circles,
    d: h.d,
    seeds: h.seeds,
    steps: int(h.steps),
    counts: formatList(lang, h.sorted),
    mean: num(h.mean, 2),
    rank: rankWords(lang, h),
  });
}

/**
 * A caption's closing sentence: the claim's statistic as the reproduction page states it. `what`
 * names the statistic, already in the page's language (from the caller's dictionary).
 */
export function captionQuote(lang: Lang, key: QuotedClaim, st: ClaimStats, what: string): string {
  return quoteStrings(lang, 'caption', { what, quote: quoteClaim(lang, key, st) });
}

/**
 * After the settled count in a caption of the 3,000-step designs: the last-third rule cannot see
 * a circle that dies after the run stops, and the horizon runs (trained on to 30,000 steps) say
 * how often that happens, quoted as the reproduction page states it.
 */
export function horizonSentence(lang: Lang, st: ClaimStats): string {
  const vars = { runs: st.horizon.runs, horizon: int(HORIZON_STEPS), design: int(DESIGN_STEPS) };
  return st.horizon.runs ? quoteStrings(lang, 'horizon', { ...vars, quote: quoteClaim(lang, 'horizon', st) }) : quoteStrings(lang, 'horizon.none', vars);
}
