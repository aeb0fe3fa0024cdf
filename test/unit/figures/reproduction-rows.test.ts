// The reproduction page's dimension row says plainly where our sweep is less clean than the claim:
// falls of the mean between neighbouring widths are named, and whether they are within the spread.
import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/figures/analyses/claims';
import { claimRows, statusLabel } from '../../../src/figures/builders/reproduction';
import type { DimensionPoint } from '../../../src/figures/analyses/dimension';

const pt = (d: number, mean: number, sd: number): DimensionPoint => ({ d, n: 8, mean, sd, min: 0, max: 9, counts: [] });

describe('reproduction: the dimension row', async () => {
  const m = await measure();
  const row = (points: DimensionPoint[], lang: 'en' | 'ja' = 'en') => {
    const rows = claimRows(lang, { ...m, dimension: { ...m.dimension, points } });
    return [...rows.headline, ...rows.checks].find((r) => r.id === 'claim-dimension')!;
  };

  it('a steady rise names no fall', () => {
    const r = row([pt(4, 2, 1), pt(16, 3, 1), pt(128, 5, 1)]);
    expect(r.ours).not.toContain('not steady');
    expect(r.ours).toContain(`In ${m.dimension.settled.settled} of ${m.dimension.settled.total} runs`);
  });

  it('a small fall is named and said to be within one standard deviation', () => {
    const r = row([pt(4, 2, 1), pt(16, 3.5, 1), pt(32, 3.2, 0.5), pt(128, 5, 1)]);
    expect(r.ours).toContain('the mean falls at d = 16 → 32 (3.5 → 3.2), each fall smaller than one standard deviation');
    expect(row([pt(4, 2, 1), pt(16, 3.5, 1), pt(32, 3.2, 0.5)], 'ja').ours).toContain('d = 16 → 32 (3.5 → 3.2) では平均が下がります（どれも');
  });

  it('a large fall is named without the reassurance', () => {
    const r = row([pt(4, 2, 0.1), pt(16, 4, 0.1), pt(32, 3, 0.1), pt(128, 5, 0.1)]);
    expect(r.ours).toContain('the mean falls at d = 16 → 32 (4 → 3).');
    expect(r.ours).not.toContain('standard deviation');
  });
});

describe('reproduction: verdicts with n, effect and interval', async () => {
  const m = await measure();
  const all = (lang: 'en' | 'ja' = 'en', mm = m) => {
    const rows = claimRows(lang, mm);
    return [...rows.headline, ...rows.checks];
  };
  const byId = (id: string, lang: 'en' | 'ja' = 'en', mm = m) => all(lang, mm).find((r) => r.id === id)!;

  it('drops the checks that could not fail and never says "agrees"', () => {
    const ids = all().map((r) => r.id);
    expect(ids).not.toContain('check-mirror');
    expect(ids).not.toContain('check-count');
    for (const r of all()) expect(['agrees', 'partial']).not.toContain(r.status as string);
  });

  it('counts each run of claim-fittest once', () => {
    const r = byId('claim-fittest');
    expect(r.runs).toBe(m.stats.fittest.runs);
    // The fixed-embedding runs back both halves; the old row added them twice.
    expect(r.runs!).toBeLessThan(m.stats.signal.runs + m.stats.gradient.runs);
    expect(r.runs!).toBeGreaterThanOrEqual(Math.max(m.stats.signal.runs, m.stats.gradient.runs));
  });

  it('every row with a verdict on runs states n and an effect with its 95 % interval', () => {
    const judged = all().filter((r) => r.status === 'same-direction' || r.status === 'contradicts' || r.status === 'matches');
    expect(judged.length, 'no row has a verdict on runs: the loop below would check nothing').toBeGreaterThan(0);
    for (const r of judged) {
      expect(r.runs, r.id).toBeGreaterThan(1);
      expect(r.effects.length, r.id).toBeGreaterThan(0);
      for (const e of r.effects) expect(e, r.id).toMatch(/\[[^—\]]+, [^—\]]+\]$/);
      expect(r.ours, r.id).toContain('95 % interval');
    }
  });

  it('labels the verdict with its run count, in both languages', () => {
    expect(statusLabel('en', 'same-direction', 8)).toBe('Same direction (8 runs)');
    expect(statusLabel('en', 'inconclusive', 1)).toBe('Inconclusive (1 run)');
    expect(statusLabel('en', 'contradicts', 16)).toBe('Contradicts the paper (16 runs)');
    expect(statusLabel('ja', 'same-direction', 8)).toBe('論文と同じ向き（実行 8 回）');
    expect(statusLabel('ja', 'inconclusive', 16)).toBe('判定できない（実行 16 回）');
    expect(statusLabel('ja', 'contradicts', 16)).toBe('論文と逆向き（実行 16 回）');
    expect(statusLabel('en', 'missing', 0)).toBe('Not computed yet');
  });

  it('a row’s verdict is its statistic’s: a contradicting or inconclusive statistic is shown as such', () => {
    const flipped = {
      ...m,
      stats: {
        ...m.stats,
        dimension: { ...m.stats.dimension, effect: { ...m.stats.dimension.effect, estimate: -0.5, lo: -0.7, hi: -0.3 }, verdict: 'contradicts' as const },
        perturbation: { ...m.stats.perturbation, verdict: 'inconclusive' as const },
      },
    };
    expect(byId('claim-dimension', 'en', flipped).status).toBe('contradicts');
    expect(byId('claim-dimension', 'en', flipped).effects).toEqual(['r = −0.50 [−0.70, −0.30]']);
    expect(byId('check-perturbation', 'ja', flipped).status).toBe('inconclusive');
  });

  it('collaboration is judged over every tracked run, and says so when one run gives no interval', () => {
    const one = {
      ...m,
      stats: {
        ...m.stats,
        collaboration: {
          ...m.stats.collaboration,
          runs: 1,
          effect: { ...m.stats.collaboration.effect, n: 1, lo: NaN, hi: NaN },
          verdict: 'inconclusive' as const,
        },
      },
    };
    expect(byId('check-collaboration', 'en', one).status).toBe('inconclusive');
    expect(byId('check-collaboration', 'en', one).ours).toContain('too few runs for an interval');
    expect(byId('check-collaboration').status).toBe(m.stats.collaboration.runs ? m.stats.collaboration.verdict : 'missing');
  });

  it('a claim resting on one run is inconclusive, and says why', () => {
    expect(byId('check-geometry').status).toBe('inconclusive');
    expect(byId('check-geometry', 'ja').ours).toContain('区間も判定も出せません');
  });
});
