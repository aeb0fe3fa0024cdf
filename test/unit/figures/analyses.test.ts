/** Unit tests of the figure analyses: pure functions on synthetic runs with known answers. */
import { describe, expect, it } from 'vitest';
import { circlesByDimension, settledness } from '../../../src/figures/analyses/dimension';
import { accuracy, fitSeparator, holdout, type LabelledPoint } from '../../../src/figures/analyses/separator';
import { toCsv } from '../../../src/figures/analyses/csv';
import { gradientPoints, hasEveryStep, histogram } from '../../../src/figures/analyses/gradient';
import { circlesAtRow, firstStepAtLeast, fullSpectrum, settledStep, spectrumAt, thresholdFromHalf } from '../../../src/figures/analyses/series';
import { collaboration, keptSets } from '../../../src/lib/collaboration';
import { constructionSurvival, empiricalSurvival, perturbationSurvival } from '../../../src/figures/analyses/survival';
import { mean, pearson, sd, welchT } from '../../../src/figures/analyses/stats';
import { logThin } from '../../../src/figures/specs/common';
import { planesOf } from '../../../src/figures/analyses/planes';
import { makeConfig } from '../../../src/lib/config';
import { fakeRun } from './fake-runs';

describe('circle counts per dimension', () => {
  it('groups runs by d with mean, sd, min and max', () => {
    const runs = [
      fakeRun('a', { d: 16, circles: [1, 2, 3] }),
      fakeRun('b', { d: 16, circles: [1, 2, 3, 4, 5] }),
      fakeRun('c', { d: 128, circles: [1, 2, 3, 4, 5] }),
      fakeRun('d', { d: 4, circles: [7] }),
    ];
    const pts = circlesByDimension(runs);
    expect(pts.map((p) => p.d)).toEqual([4, 16, 128]);
    expect(pts[1]).toMatchObject({ n: 2, mean: 4, min: 3, max: 5, counts: [3, 5] });
    expect(pts[1]!.sd).toBeCloseTo(Math.SQRT2, 12);
    expect(pts[2]!.sd).toBe(0);
  });
  it('skips diverged runs', () => {
    const bad = { ...fakeRun('x', { d: 8, circles: [] }), diverged: { step: 3, message: 'nan' } };
    expect(circlesByDimension([bad])).toEqual([]);
  });
});

describe('settledness of a sweep', () => {
  // Rows every 500 steps to 3,000; the survivor set is {2, 5, 9} until `change`, then {2, 5}.
  const run = (d: number, change: number) => {
    const steps = [0, 500, 1000, 1500, 2000, 2500, 3000];
    const signals = steps.map((t) => Array.from({ length: 30 }, (_, k) => ([2, 5].includes(k) || (k === 9 && t < change) ? 100 : 1)));
    return { ...fakeRun(`d${d}`, { d, circles: [2, 5], steps }), signals };
  };
  it('finds the step from which each set stops changing, and counts those settled by 2/3 of the run', () => {
    const st = settledness([run(8, 1000), run(8, 2500), run(64, 2000), run(64, 99999)]);
    expect(st.by).toBe(2000);
    expect(st.steps.get(8)).toEqual([1000, 2500]);
    expect(st.steps.get(64)).toEqual([2000, 0]);
    expect(st.settled).toBe(3);
    expect(st.total).toBe(4);
    expect(st.latest).toEqual({ step: 2500, d: 8 });
  });
  it('skips diverged runs', () => {
    const st = settledness([{ ...run(8, 1000), diverged: { step: 3, message: 'nan' } }]);
    expect(st).toMatchObject({ settled: 0, total: 0, latest: null });
  });
});

describe('linear separator', () => {
  // Survivors above the line y = 85 − 3000·x (cf. the paper's hand-drawn boundary), with a margin.
  const pts: LabelledPoint[] = [];
  for (let i = 0; i < 200; i++) {
    const x = ((i * 37) % 100) * 4e-5 - 2e-3;
    const y = 75 + ((i * 53) % 100) * 0.2;
    const side = y + 3000 * x - 85;
    if (Math.abs(side) < 0.5) continue;
    pts.push({ x, y, label: side > 0 });
  }
  it('separates linearly separable data on held-out points', () => {
    const s = fitSeparator(pts, 1);
    expect(s.nTest).toBeGreaterThan(20);
    expect(s.testAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.trainAccuracy).toBeGreaterThanOrEqual(0.95);
  });
  it('does no better than chance on labels unrelated to position', () => {
    const noise = pts.map((p, i) => ({ ...p, label: (i * 7919) % 13 < 6 }));
    expect(accuracy(fitSeparator(noise, 1), noise)).toBeLessThan(0.7);
  });
  it('holds out a seeded 20% with no overlap', () => {
    const { train, test } = holdout(pts, 0.2, 3);
    expect(test.length).toBe(Math.round(pts.length * 0.2));
    expect(new Set([...train, ...test]).size).toBe(pts.length);
    expect(holdout(pts, 0.2, 3).test).toEqual(test);
  });
});

describe('CSV', () => {
  it('writes a header, rows, quotes and empty cells', () => {
    expect(
      toCsv({
        columns: ['k', 'name', 'v'],
        rows: [
          [1, 'a,b', 0.5],
          [2, 'say "hi"', null],
          [3, 'x', NaN],
        ],
      }),
    ).toBe('k,name,v\n1,"a,b",0.5\n2,"say ""hi""",\n3,x,\n');
  });
});

describe('series helpers', () => {
  it('threshold is twice the mean over all p entries (mirror half included)', () => {
    const half = Array.from({ length: 30 }, (_, k) => (k === 0 ? 0 : k === 5 ? 100 : 10));
    const full = fullSpectrum(half, 59);
    expect(full[54]).toBe(100);
    expect(thresholdFromHalf(half, 59)).toBeCloseTo((2 * (2 * 100 + 56 * 10)) / 59, 12);
    expect(circlesAtRow(half, 59)).toEqual([5]);
  });
  it('finds the settling step, first thresholds and the nearest logged spectrum', () => {
    const run = fakeRun('r', { circles: [3, 11] });
    expect(settledStep(run)).toBeGreaterThan(0);
    expect(circlesAtRow(run.signals[run.signals.length - 1]!, 59).sort((a, b) => a - b)).toEqual([3, 11]);
    expect(firstStepAtLeast(run.steps, run.trainAcc, 1)).toBe(50);
    expect(spectrumAt(run, 90).step).toBe(100);
  });
  it('log thinning keeps the ends and stays within the budget', () => {
    const steps = Array.from({ length: 5001 }, (_, i) => i);
    const idx = logThin(steps, 100);
    expect(idx[0]).toBe(0);
    expect(idx[idx.length - 1]).toBe(5000);
    expect(idx.length).toBeLessThanOrEqual(100);
    expect(logThin([0, 1, 2], 100)).toEqual([0, 1, 2]);
  });
});

describe('initial gradient', () => {
  it('uses only runs logged every step at the start, and labels survivors', () => {
    const a = fakeRun('a', { circles: [3] });
    const sparse = fakeRun('b', { circles: [3], steps: [0, 10, 20, 30, 40, 50] });
    expect(hasEveryStep(a, 4)).toBe(true);
    expect(hasEveryStep(sparse, 4)).toBe(false);
    const pts = gradientPoints([a, sparse], 4);
    expect(pts).toHaveLength(29);
    const k3 = pts.find((p) => p.k === 3)!;
    expect(k3.survived).toBe(true);
    expect(k3.g).toBeCloseTo((a.signals[4]![3]! - a.signals[3]![3]!) / a.signals[0]![3]!, 12);
    expect(pts.filter((p) => p.survived)).toHaveLength(1);
  });
  it('histogram counts every value once', () => {
    const bins = histogram([0, 0.1, 0.5, 0.99, 1], 0, 1, 4);
    expect(bins.reduce((s, b) => s + b.n, 0)).toBe(5);
    expect(bins[0]!.n).toBe(2);
  });
});

describe('collaboration', () => {
  it('builds {k}, {top, k}, {top, second, k} and evaluates each distinct set once', async () => {
    expect(keptSets(5, 2, 8)).toEqual([
      { size: 1, kept: [5] },
      { size: 2, kept: [2, 5] },
      { size: 3, kept: [2, 8, 5] },
    ]);
    expect(keptSets(2, 2, 8)[1]!.kept).toEqual([2]);
    const p = 7;
    const d = 2;
    const e = new Float64Array(p * d).map((_, i) => Math.sin(i));
    const seen: number[] = [];
    // Fake evaluator: "loss" = the embedding's squared norm, so restricting to fewer frequencies lowers it.
    const res = await collaboration(e, p, d, [1, 2], async (x) => {
      const v = x.reduce((s, y) => s + y * y, 0);
      seen.push(v);
      return v;
    });
    expect(res.rows).toHaveLength(9);
    expect(res.top).toBe(1);
    expect(res.second).toBe(2);
    // sets: {1},{2},{3},{1,2},{1,3},{1,2,3} + full + {}(DC only) → 8 evaluations
    expect(res.evaluations).toBe(8);
    expect(seen).toHaveLength(8);
    // All three frequencies plus DC is the whole embedding (p = 7 has frequencies 1..3).
    expect(res.rows.find((r) => r.size === 3 && r.k === 3)!.loss).toBeCloseTo(res.full, 9);
  });
});

describe('survival designs', () => {
  const cfg = (o: Parameters<typeof makeConfig>[0]) => makeConfig({ p: 59, d: 128, steps: 10, ...o });
  it('empirical: rate per (embedding, k) and a positive correlation when stronger frequencies survive', () => {
    const runs = [0, 1, 2, 3].map((seed) => {
      const r = fakeRun(`e${seed}`, { circles: seed < 3 ? [29] : [28] });
      r.config = cfg({ mode: 'fix-embedding', initSeed: 100, seed });
      r.signals[0] = Array.from({ length: 30 }, (_, k) => 60 + k);
      return r;
    });
    const out = empiricalSurvival(runs);
    expect(out.runs).toBe(4);
    expect(out.points.find((q) => q.k === 29)!.rate).toBe(0.75);
    expect(out.points.find((q) => q.k === 28)!.rate).toBe(0.25);
    expect(out.r).toBeGreaterThan(0);
  });
  it('perturbation: rate of the scaled k per α, sorted', () => {
    const runs = [1.15, 0.85, 1.15].map((alpha, i) => {
      const r = fakeRun(`p${i}`, { circles: alpha > 1 ? [25] : [] });
      r.labels = { alpha, seed: i };
      return r;
    });
    const out = perturbationSurvival(runs, 25);
    expect(out.points.map((q) => [q.alpha, q.rate, q.n])).toEqual([
      [0.85, 0, 1],
      [1.15, 1, 2],
    ]);
    // One curve per fixed embedding (all three runs share one here).
    expect(out.byEmbedding.map((q) => [q.embedding, q.alpha, q.n])).toEqual([
      [runs[0]!.config.initSeed, 0.85, 1],
      [runs[0]!.config.initSeed, 1.15, 2],
    ]);
  });
  it('construction: larger vs smaller planted frequency per ratio', () => {
    const runs = [0.05, 0.05, 1].map((ratio, i) => {
      const r = fakeRun(`c${i}`, { circles: ratio < 1 ? [4] : [4, 9] });
      r.config = cfg({ mode: 'fix-mlp', construct: { k1: 4, k2: 9, ratio } });
      return r;
    });
    expect(constructionSurvival(runs).points).toEqual([
      { ratio: 0.05, larger: 1, smaller: 0, n: 2 },
      { ratio: 1, larger: 1, smaller: 1, n: 1 },
    ]);
  });
});

describe('planes and stats', () => {
  it('a planted circle projects onto its own plane as a circle', () => {
    const p = 13;
    const k = 3;
    const e = Array.from({ length: p }, (_, t) => [Math.cos((2 * Math.PI * k * t) / p), Math.sin((2 * Math.PI * k * t) / p), 0]);
    const [pl] = planesOf(e, [k]);
    const radii = pl!.x.map((x, t) => Math.hypot(x, pl!.y[t]!));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1e-9);
  });
  it('mean, sd, pearson, welch', () => {
    expect(mean([1, 2, 3])).toBe(2);
    expect(sd([1, 2, 3])).toBe(1);
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(welchT([5, 6, 7], [1, 2, 3])).toBeGreaterThan(4);
  });
});
