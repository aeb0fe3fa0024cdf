// The prose quotes the reproduction page's statistics through quote.ts: the effect with its 95 %
// interval, the runs, and the table's own verdict wording; and the showcase seed's place among
// the seeds at its width. Synthetic stats and runs make every verdict and every place come out.
import { describe, expect, it } from 'vitest';
import { measure, type ClaimStats } from '../../../src/figures/analyses/claims';
import { heroPlace } from '../../../src/figures/analyses/hero-place';
import { heroPlaceText, quoteClaim, QUOTED } from '../../../src/figures/builders/quote';
import { effectText, statusLabel } from '../../../src/figures/builders/reproduction';
import type { Interval, Verdict } from '../../../src/figures/analyses/intervals';
import { fakeRun } from './fake-runs';

const iv = (estimate: number, lo: number, hi: number, method: Interval['method'] = 'bootstrap'): Interval => ({ n: 16, estimate, lo, hi, method });
const stat = (effect: Interval, verdict: Verdict, runs = 16) => ({ runs, effect, direction: 1 as const, none: 0, verdict });

describe('quoteClaim', async () => {
  const m = await measure();
  const withStats = (patch: Partial<ClaimStats>): ClaimStats => ({ ...m.stats, ...patch });

  it('quotes the correlation, its interval, the runs and the verdict of the reproduction table', () => {
    const st = withStats({ dimension: stat(iv(0.5, 0.2, 0.7), 'same-direction', 80) });
    expect(quoteClaim('en', 'dimension', st)).toBe('r = 0.50 [0.20, 0.70], 80 runs: same direction');
    expect(quoteClaim('ja', 'dimension', st)).toBe('r = 0.50 [0.20, 0.70]、80 回：論文と同じ向き');
  });

  it('prints an estimate and its interval to the same two decimals, trailing zeros kept', () => {
    const st = withStats({ dimension: stat(iv(0.7213, 0.6004, 0.8187), 'same-direction', 80) });
    expect(quoteClaim('en', 'dimension', st)).toBe('r = 0.72 [0.60, 0.82], 80 runs: same direction');
    const nearZero = withStats({ dimension: stat(iv(-0.001, -0.31, 0.3), 'inconclusive', 80) });
    expect(quoteClaim('en', 'dimension', nearZero)).toBe('r = 0.00 [−0.31, 0.30], 80 runs: inconclusive');
  });

  it('says "inconclusive" and "contradicts the paper" when the interval says so, with minus signs', () => {
    const incon = withStats({ dimension: stat(iv(0.1, -0.2, 0.4), 'inconclusive', 12) });
    expect(quoteClaim('en', 'dimension', incon)).toBe('r = 0.10 [−0.20, 0.40], 12 runs: inconclusive');
    const against = withStats({ dimension: stat(iv(-0.5, -0.7, -0.3), 'contradicts', 12) });
    expect(quoteClaim('en', 'dimension', against)).toBe('r = −0.50 [−0.70, −0.30], 12 runs: contradicts the paper');
    expect(quoteClaim('ja', 'dimension', against)).toBe('r = −0.50 [−0.70, −0.30]、12 回：論文と逆向き');
  });

  it('states a difference of rates in percentage points with the counts behind it', () => {
    const st = withStats({
      perturbation: { ...stat(iv(0.25, -0.12, 0.59), 'inconclusive', 24), up: [2, 8], down: [0, 8], twins: [1, 8], pairs: 16 },
    });
    expect(quoteClaim('en', 'perturbation', st)).toBe('2/8 raised, 1/8 twins, 0/8 lowered; paired +25 points [−12, +59], 24 runs: inconclusive');
    expect(quoteClaim('ja', 'perturbation', st)).toBe('強めて 2/8、対照 1/8、弱めて 0/8、+25 ポイント [−12, +59]、24 回：判定できない');
  });

  it('quotes the sweeps without a paper value as ours only, with no verdict', () => {
    const st = withStats({ weightDecay: iv(-0.6, -0.8, -0.3) });
    expect(quoteClaim('en', 'weight-decay', st)).toBe('r = −0.60 [−0.80, −0.30], 16 runs: ours only (no paper value to compare)');
  });

  it('says a claim with no runs is not computed, rather than quoting an empty interval', () => {
    const st = withStats({ construction: stat(iv(NaN, NaN, NaN), 'inconclusive', 0) });
    expect(quoteClaim('en', 'construction', st)).toBe('not computed yet');
  });

  it('over the reference cache, quotes every claim with the table’s own effect text and verdict', () => {
    const st = m.stats;
    expect(quoteClaim('en', 'dimension', st)).toBe(
      `r = ${effectText(st.dimension.effect)}, ${st.dimension.runs} runs: ${statusLabel('en', st.dimension.verdict).toLowerCase()}`,
    );
    for (const key of QUOTED) {
      // The horizon check is ours, against a target: its own wording (tested in horizon.test.ts).
      if (key === 'horizon' || key === 'horizon-fate') continue;
      const verdict = {
        'few-survive': st.fewSurvive,
        signal: st.signal,
        gradient: st.gradient,
        dimension: st.dimension,
        settled: st.settled,
        perturbation: st.perturbation,
        construction: st.construction,
        collaboration: st.collaboration,
        'weight-decay': { verdict: 'measured' as const },
        modulus: { verdict: 'measured' as const },
      }[key].verdict;
      const runs = { 'weight-decay': st.weightDecay.n, modulus: st.modulus.n }[key as string] ?? (st as unknown as Record<string, { runs: number }>)[key]?.runs;
      // A statistic with no runs yet (the cache fills in slices) is quoted as not computed.
      if (runs === 0) expect(quoteClaim('ja', key, st)).toBe('未計算');
      else expect(quoteClaim('ja', key, st).endsWith(`：${statusLabel('ja', verdict)}`), key).toBe(true);
    }
  });
});

describe('heroPlace', () => {
  const sweep = (counts: number[], d = 128) =>
    counts.map((c, seed) => fakeRun(`dimension/d${d}-s${seed}`, { d, seed, circles: Array.from({ length: c }, (_, i) => i + 1) }));

  it('counts the seeds with fewer, as many and more circles than the showcase seed', () => {
    const h = heroPlace([...sweep([3, 6, 5, 4, 5, 3, 5, 4]), ...sweep([9, 9], 64)], 128, 0)!;
    expect(h).toMatchObject({ circles: 3, seeds: 8, fewer: 0, same: 2, more: 6, sorted: [3, 3, 4, 4, 5, 5, 5, 6] });
    expect(heroPlaceText('en', h)).toContain('the counts are 3, 3, 4, 4, 5, 5, 5, 6, mean 4.4: seed 0 has the fewest, tied with 1 other seed.');
    expect(heroPlaceText('ja', h)).toContain('シード 0 の 3 個は最も少なく、ほかに 1 個のシードが同じ数です。');
  });

  it('says "in the middle" and "the most" when that is where the seed sits', () => {
    expect(heroPlaceText('en', heroPlace(sweep([5, 3, 6, 5]), 128, 0))).toContain('seed 0 sits in the middle: 1 seed has fewer and 1 more.');
    expect(heroPlaceText('ja', heroPlace(sweep([5, 3, 6, 4, 5]), 128, 0))).toContain(
      'シード 0 の 5 個は中ほどで、これより少ないシードが 2 個、多いシードが 1 個あります。',
    );
    expect(heroPlaceText('en', heroPlace(sweep([7, 3, 6, 5]), 128, 0))).toContain('seed 0 has the most of all.');
  });

  it('is null when the sweep lacks the showcase seed at that width', () => {
    expect(heroPlace(sweep([3, 4], 64), 128, 0)).toBeNull();
  });
});
