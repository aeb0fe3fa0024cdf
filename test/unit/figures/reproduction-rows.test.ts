// The reproduction page's dimension row says plainly where our sweep is less clean than the claim:
// falls of the mean between neighbouring widths are named, and whether they are within the spread.
import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/figures/analyses/claims';
import { claimRows } from '../../../src/figures/components/builders/reproduction';
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
