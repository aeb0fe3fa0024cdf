// Each claim's statistic on synthetic runs built so that its verdict must come out "same
// direction", "inconclusive" or "contradicts": the verdicts on the reproduction page can fail.
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../src/lib/config';
import type { CompactRun } from '../../../src/reference/spec';
import {
  bothStat,
  collaborationStat,
  constructionStat,
  dimensionStat,
  fewSurviveStat,
  gradientStat,
  initialSignalStat,
  perturbationStat,
  settledEarlyStat,
  signalSurvivalStat,
} from '../../../src/figures/analyses/claim-stats';

const P = 59;
const HALF = 29;
const STEPS = [0, 1, 2, 3, 4, 500, 1000, 1500, 2000];

interface Synth {
  circles: number[];
  d?: number;
  initSeed?: number;
  seed?: number;
  /** Initial signal of frequency k (default √(p·d)). */
  s0?: (k: number) => number;
  /** g⁽⁴⁾ of frequency k (default 0). */
  g?: (k: number) => number;
  /** Index into STEPS from which the final circles hold (before it another set leads). */
  settleAt?: number;
  labels?: CompactRun['labels'];
  construct?: { k1: number; k2: number; ratio: number };
}

let serial = 0;
/** A run with exactly the initial signals, step-4 gradients, final circles and settling step asked for. */
function run(o: Synth): CompactRun {
  const d = o.d ?? 128;
  const s0 = (k: number) => (k === 0 ? 1 : (o.s0?.(k) ?? Math.sqrt(P * d)));
  const g = (k: number) => o.g?.(k) ?? 0;
  const settleAt = o.settleAt ?? 5;
  const other = [1, 2, 3].filter((k) => !o.circles.includes(k)).length ? [1, 2, 3] : [27, 28, 29];
  const signals = STEPS.map((t, i) =>
    Array.from({ length: HALF + 1 }, (_, k) => {
      if (i <= 4) return k === 0 ? 1 : s0(k) + Math.max(0, i - 3) * g(k) * s0(k); // rows 0..4: only the last update moves, by g·S(0)
      const lead = i >= settleAt ? o.circles : other;
      return lead.includes(k) ? 300 : 5;
    }),
  );
  return {
    id: `synthetic/${serial++}`,
    key: 'k',
    experiment: 'dimension',
    config: makeConfig({ p: P, d, seed: o.seed ?? 0, initSeed: o.initSeed ?? 0, steps: 2000, construct: o.construct ?? null }),
    engine: { version: 'test', backend: 'wasm', precision: 'float32' },
    labels: o.labels,
    steps: STEPS,
    trainLoss: STEPS.map(() => 0),
    testLoss: STEPS.map(() => 0),
    trainAcc: STEPS.map(() => 1),
    testAcc: STEPS.map(() => 1),
    signals,
    circles: o.circles,
  };
}

const ks = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);
const times = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

describe('few survive (share of frequencies that end as circles, paper: below 1/2)', () => {
  it('same direction when about 3 of 29 survive', () => {
    const s = fewSurviveStat(times(8, (i) => run({ circles: ks(2 + (i % 3)) })));
    expect(s.runs).toBe(8);
    expect(s.effect.hi).toBeLessThan(0.5);
    expect(s.verdict).toBe('same-direction');
  });
  it('inconclusive when about half survive', () => {
    expect(fewSurviveStat([10, 19, 12, 17, 14, 15].map((n) => run({ circles: ks(n) }))).verdict).toBe('inconclusive');
  });
  it('contradicts when most survive', () => {
    expect(fewSurviveStat(times(6, (i) => run({ circles: ks(20 + i) }))).verdict).toBe('contradicts');
  });
});

describe('high initial signal survives more often (empirical design, correlation)', () => {
  // Two fixed embeddings; S_k(0) rises with k in one and falls in the other.
  const s0 = (e: number) => (k: number) => 80 + (e === 0 ? k : HALF - k) * 0.5;
  const design = (survivors: (e: number, seed: number) => number[]) =>
    [0, 1].flatMap((e) => times(6, (seed) => run({ initSeed: e, seed, s0: s0(e), circles: survivors(e, seed) })));
  const top = (e: number) => (e === 0 ? ks(5, 25) : ks(5, 1));
  const bottom = (e: number) => (e === 0 ? ks(5, 1) : ks(5, 25));

  it('same direction when the strongest frequencies are the ones that survive', () => {
    const s = signalSurvivalStat(design((e) => top(e)));
    expect(s.runs).toBe(12);
    expect(s.points).toBe(58);
    expect(s.verdict).toBe('same-direction');
  });
  it('contradicts when the weakest survive', () => {
    expect(signalSurvivalStat(design((e) => bottom(e))).verdict).toBe('contradicts');
  });
  it('inconclusive when survival does not follow the signal', () => {
    // Survivors spread evenly over weak and strong frequencies in both embeddings.
    const s = signalSurvivalStat(design(() => [1, 8, 15, 22, 29]));
    expect(s.effect.lo).toBeLessThan(0);
    expect(s.effect.hi).toBeGreaterThan(0);
    expect(s.verdict).toBe('inconclusive');
  });
});

describe('high initial gradient survives more often (difference of mean g⁽⁴⁾)', () => {
  const survivors = ks(4, 3);
  const runs = (gOf: (k: number, i: number) => number) => times(8, (i) => run({ seed: i, circles: survivors, g: (k) => gOf(k, i) }));
  it('same direction when survivors have the larger gradient', () => {
    const s = gradientStat(runs((k, i) => (survivors.includes(k) ? 2e-3 : 1e-3) + ((k * 13 + i * 7) % 5) * 1e-5));
    expect(s.runs).toBe(8);
    expect(s.effect.estimate).toBeCloseTo(1e-3, 4);
    expect(s.verdict).toBe('same-direction');
  });
  it('contradicts when survivors have the smaller gradient', () => {
    expect(gradientStat(runs((k) => (survivors.includes(k) ? 1e-3 : 2e-3))).verdict).toBe('contradicts');
  });
  it('inconclusive when the difference changes sign from run to run', () => {
    const s = gradientStat(runs((k, i) => (survivors.includes(k) === (i % 2 === 0) ? 2e-3 : 1e-3)));
    expect(s.effect.lo).toBeLessThan(0);
    expect(s.effect.hi).toBeGreaterThan(0);
    expect(s.verdict).toBe('inconclusive');
  });
  it('leaves out runs not logged at every early step', () => {
    const sparse = { ...run({ circles: survivors }), steps: [0, 2, 4, 6, 8, 500, 1000, 1500, 2000] };
    expect(gradientStat([sparse, ...runs((k) => (survivors.includes(k) ? 2e-3 : 1e-3))]).runs).toBe(8);
  });
});

describe('both halves of "the fittest survive"', () => {
  const s = (verdict: 'same-direction' | 'inconclusive' | 'contradicts') => ({ verdict }) as Parameters<typeof bothStat>[0];
  it('needs both in the same direction, and any contradiction contradicts', () => {
    expect(bothStat(s('same-direction'), s('same-direction'), 24)).toEqual({ runs: 24, verdict: 'same-direction' });
    expect(bothStat(s('same-direction'), s('inconclusive'), 24).verdict).toBe('inconclusive');
    expect(bothStat(s('same-direction'), s('contradicts'), 24).verdict).toBe('contradicts');
  });
});

describe('larger embedding, more circles (correlation of log₂ d with circles)', () => {
  const dims = [4, 16, 64, 256];
  it('same direction when circles grow with d', () => {
    expect(dimensionStat(dims.flatMap((d, i) => times(3, (s) => run({ d, seed: s, circles: ks(1 + i * 2 + (s % 2)) })))).verdict).toBe('same-direction');
  });
  it('contradicts when circles shrink with d', () => {
    expect(dimensionStat(dims.flatMap((d, i) => times(3, (s) => run({ d, seed: s, circles: ks(8 - i * 2 + (s % 2)) })))).verdict).toBe('contradicts');
  });
  it('inconclusive when circles do not depend on d', () => {
    const s = dimensionStat(dims.flatMap((d, i) => times(3, (s) => run({ d, seed: s, circles: ks(3 + ((i + s) % 3)) }))));
    expect(s.effect.lo).toBeLessThan(0);
    expect(s.effect.hi).toBeGreaterThan(0);
    expect(s.verdict).toBe('inconclusive');
  });
});

describe('survivors decided early (share of runs settled by two thirds, Wilson, paper: above 1/2)', () => {
  const runs = (early: number, n: number) => times(n, (i) => run({ seed: i, circles: [5, 9], settleAt: i < early ? 5 : 8 }));
  it('same direction when nearly every run settles early', () => {
    const s = settledEarlyStat(runs(19, 20));
    expect(s.settled).toBe(19);
    expect(s.effect.method).toBe('wilson');
    expect(s.verdict).toBe('same-direction');
  });
  it('inconclusive at half', () => expect(settledEarlyStat(runs(5, 10)).verdict).toBe('inconclusive'));
  it('contradicts when nearly every run changes late', () => expect(settledEarlyStat(runs(1, 20)).verdict).toBe('contradicts'));
});

describe('perturbation (each nudged run against its untouched α = 1 twin, bootstrap over twin groups)', () => {
  const K = 25;
  /**
   * `groups` (embedding, seed) units, each with a twin and one raised and one lowered run; in each
   * unit k survives in the twin when twin(i), in the raised run when up(i), in the lowered when down(i).
   */
  const design = (groups: number, twin: (i: number) => boolean, up: (i: number) => boolean, down: (i: number) => boolean) =>
    times(groups, (i) => {
      const unit = { initSeed: 200 + (i % 3), seed: i };
      const c = (won: boolean) => (won ? [K, 3] : [3]);
      return [
        run({ ...unit, labels: { alpha: 1 }, circles: c(twin(i)) }),
        run({ ...unit, labels: { alpha: 1.15 }, circles: c(up(i)) }),
        run({ ...unit, labels: { alpha: 0.85 }, circles: c(down(i)) }),
      ];
    }).flat();
  it('same direction when raising helps and lowering hurts against the twin', () => {
    const s = perturbationStat(
      design(
        12,
        (i) => i % 2 === 0,
        () => true,
        () => false,
      ),
      K,
    );
    expect(s.runs).toBe(36); // 24 nudged runs and their 12 twins, each counted once
    expect(s.pairs).toBe(24);
    expect(s.up).toEqual([12, 12]);
    expect(s.twins).toEqual([6, 12]);
    expect(s.effect.estimate).toBeCloseTo(0.5);
    expect(s.verdict).toBe('same-direction');
  });
  it('inconclusive when the nudge changes nothing on average', () =>
    expect(
      perturbationStat(
        // Against the twin: raised runs gain once and lose once every 4 groups, lowered runs never differ.
        design(
          12,
          (i) => i % 2 === 0,
          (i) => i % 4 <= 1,
          (i) => i % 2 === 0,
        ),
        K,
      ).verdict,
    ).toBe('inconclusive'));
  it('contradicts when raising hurts and lowering helps', () =>
    expect(
      perturbationStat(
        design(
          12,
          (i) => i % 2 === 0,
          () => false,
          () => true,
        ),
        K,
      ).verdict,
    ).toBe('contradicts'));
  it('leaves out nudged runs that have no twin', () => {
    const lone = run({ initSeed: 999, seed: 0, labels: { alpha: 1.15 }, circles: [K] });
    const s = perturbationStat(
      [
        ...design(
          4,
          () => false,
          () => true,
          () => false,
        ),
        lone,
      ],
      K,
    );
    expect(s.pairs).toBe(8);
    expect(s.up).toEqual([4, 4]);
  });
});

describe('collaboration (orders of magnitude the best three circles gain over the best one)', () => {
  const tracked = (one: number, three: number) => {
    const r = run({ circles: [3, 7, 11] });
    const row = (x: number) => Array.from({ length: HALF }, (_, k) => (k === 2 ? x : 4));
    r.collaboration = {
      steps: [0, 100],
      top: 3,
      second: 7,
      one: [row(4), row(one)],
      two: [row(4), row(one)],
      three: [row(4), row(three)],
      survivors: [4, three],
      full: [4, three],
    };
    return r;
  };
  it('same direction when three circles reach a far lower loss than one', () => {
    const s = collaborationStat(times(8, (i) => tracked(0.5 + i * 0.1, 1e-3 * (i + 1))));
    expect(s.runs).toBe(8);
    expect(s.effect.lo).toBeGreaterThan(1);
    expect(s.verdict).toBe('same-direction');
  });
  it('inconclusive when three circles are sometimes better, sometimes worse', () =>
    expect(collaborationStat(times(8, (i) => tracked(0.1, i % 2 ? 0.01 : 1))).verdict).toBe('inconclusive'));
  it('contradicts when a single circle beats every triple', () =>
    expect(collaborationStat(times(8, (i) => tracked(0.01 * (i + 1), 0.5))).verdict).toBe('contradicts'));
  it('counts only runs that were tracked', () => expect(collaborationStat([tracked(0.5, 0.001), run({ circles: [3] })]).runs).toBe(1));
});

describe('construction (larger planted frequency survives more often than the smaller)', () => {
  const runs = (winner: (i: number) => 'larger' | 'smaller' | 'both') =>
    times(10, (i) =>
      run({ seed: i, construct: { k1: 7, k2: 19, ratio: 0.5 }, circles: winner(i) === 'larger' ? [7] : winner(i) === 'smaller' ? [19] : [7, 19] }),
    );
  it('same direction when the larger always wins', () => expect(constructionStat(runs(() => 'larger')).verdict).toBe('same-direction'));
  it('contradicts when the smaller always wins', () => expect(constructionStat(runs(() => 'smaller')).verdict).toBe('contradicts'));
  it('inconclusive when they win equally often', () =>
    expect(constructionStat(runs((i) => (['larger', 'smaller', 'both'] as const)[i % 3]!)).verdict).toBe('inconclusive'));
  it('leaves out runs at equal amplitude', () => {
    const equal = run({ construct: { k1: 7, k2: 19, ratio: 1 }, circles: [19] });
    expect(constructionStat([...runs(() => 'larger'), equal]).runs).toBe(10);
  });
});

describe('initial signal ≈ √(p·d) (an equality: within ±5 %)', () => {
  const at = (scales: number[]) => scales.map((f, i) => run({ seed: i, circles: [1], s0: () => f * Math.sqrt(P * 128) }));
  it('matches when every run is within a percent', () => expect(initialSignalStat(at([0.99, 1.01, 1, 1.005, 0.995])).verdict).toBe('matches'));
  it('contradicts when every run is 20 % high', () => expect(initialSignalStat(at([1.19, 1.21, 1.2, 1.2])).verdict).toBe('contradicts'));
  it('is inconclusive when runs straddle the tolerance', () => expect(initialSignalStat(at([0.9, 1.1, 0.92, 1.08, 1])).verdict).toBe('inconclusive'));
});
