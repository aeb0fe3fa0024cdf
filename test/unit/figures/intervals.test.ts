// The reproduction page's 95 % intervals and the verdict rule. Wilson and Newcombe values are the
// published worked examples (Newcombe 1998, Statistics in Medicine 17: 857–872 and 873–890); the
// bootstrap is checked for determinism and for its coverage on synthetic data with a known mean.
import { describe, expect, it } from 'vitest';
import { bootstrap, newcombeDifference, quantile, verdictOf, wilson } from '../../../src/figures/analyses/intervals';
import { mean, pearson } from '../../../src/figures/analyses/stats';
import { Rng } from '../../../src/lib/rng';

describe('Wilson score interval', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
    [2, 4, 0.15, 0.85],
  ])('%i of %i → [%f, %f]', (k, n, lo, hi) => {
    const w = wilson(k, n);
    expect(w.estimate).toBeCloseTo(k / n, 12);
    expect(w.lo).toBeCloseTo(lo, 4);
    expect(w.hi).toBeCloseTo(hi, 4);
    expect(w.n).toBe(n);
  });

  it('has no interval without trials', () => {
    expect(Number.isNaN(wilson(0, 0).lo)).toBe(true);
  });
});

describe('Newcombe’s interval for a difference of two rates (method 10)', () => {
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
  ])('%i/%i − %i/%i → [%f, %f]', (k1, n1, k2, n2, lo, hi) => {
    const d = newcombeDifference(k1, n1, k2, n2);
    expect(d.estimate).toBeCloseTo(k1 / n1 - k2 / n2, 12);
    expect(d.lo).toBeCloseTo(lo, 4);
    expect(d.hi).toBeCloseTo(hi, 4);
  });
});

describe('percentile bootstrap', () => {
  const normals = (rng: Rng, n: number, mu: number) => Array.from({ length: n }, () => mu + rng.normal());

  it('is reproducible: a fixed seed gives the same interval, another stream another one', () => {
    const xs = normals(new Rng(1, 'data'), 20, 3);
    expect(bootstrap(xs, mean, 'a')).toEqual(bootstrap(xs, mean, 'a'));
    expect(bootstrap(xs, mean, 'a').lo).not.toBe(bootstrap(xs, mean, 'b').lo);
  });

  it('covers the true mean about 95 % of the time (300 synthetic samples of 30)', () => {
    const rng = new Rng(7, 'coverage');
    let covered = 0;
    const trials = 300;
    for (let t = 0; t < trials; t++) {
      const iv = bootstrap(normals(rng, 30, 5), mean, `coverage-${t}`, 1000);
      if (iv.lo <= 5 && 5 <= iv.hi) covered++;
      expect(iv.lo).toBeLessThan(iv.hi);
    }
    // The percentile bootstrap runs a little short at n = 30 (about 93–94 %); 0.88–0.98 allows for
    // 300 trials' own noise (± 2.5 points) but fails an interval that is far too narrow or too wide.
    expect(covered / trials).toBeGreaterThan(0.88);
    expect(covered / trials).toBeLessThan(0.98);
  });

  it('gives a correlation an interval around it, narrowing as n grows', () => {
    const rng = new Rng(3, 'corr');
    const pairs = (n: number) =>
      Array.from({ length: n }, () => {
        const x = rng.normal();
        return [x, 0.6 * x + 0.8 * rng.normal()] as const;
      });
    const r = (ps: readonly (readonly [number, number])[]) =>
      pearson(
        ps.map((p) => p[0]),
        ps.map((p) => p[1]),
      );
    const small = bootstrap(pairs(20), r, 'r20');
    const large = bootstrap(pairs(400), r, 'r400');
    expect(small.lo).toBeLessThan(small.estimate);
    expect(small.hi).toBeGreaterThan(small.estimate);
    expect(large.lo).toBeLessThan(0.6);
    expect(large.hi).toBeGreaterThan(0.6);
    expect(large.hi - large.lo).toBeLessThan((small.hi - small.lo) / 2);
  });

  it('has no interval from fewer than two units', () => {
    expect(Number.isNaN(bootstrap([1], mean, 'one').lo)).toBe(true);
    expect(Number.isNaN(bootstrap([], mean, 'none').estimate)).toBe(true);
  });

  it('takes type-7 quantiles', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([0, 10], 0.025)).toBeCloseTo(0.25, 12);
  });
});

describe('the verdict follows from the interval', () => {
  it('same direction only when the interval excludes no effect on the paper’s side', () => {
    expect(verdictOf({ lo: 0.1, hi: 0.5 }, 1)).toBe('same-direction');
    expect(verdictOf({ lo: -0.1, hi: 0.5 }, 1)).toBe('inconclusive');
    expect(verdictOf({ lo: 0, hi: 0.5 }, 1)).toBe('inconclusive');
    expect(verdictOf({ lo: -0.5, hi: -0.1 }, 1)).toBe('contradicts');
  });

  it('handles a paper direction below a non-zero "no effect"', () => {
    expect(verdictOf({ lo: 0.1, hi: 0.3 }, -1, 0.5)).toBe('same-direction');
    expect(verdictOf({ lo: 0.4, hi: 0.6 }, -1, 0.5)).toBe('inconclusive');
    expect(verdictOf({ lo: 0.6, hi: 0.9 }, -1, 0.5)).toBe('contradicts');
  });

  it('is inconclusive without an interval', () => {
    expect(verdictOf({ lo: NaN, hi: NaN }, 1)).toBe('inconclusive');
  });
});
