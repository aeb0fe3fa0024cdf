// The horizon check (issue 13): runs trained far past the designs' 3,000 steps, each compared with
// itself. Synthetic runs with known survivor sets at each logged step make every case come out:
// a late death the last-third rule misses, a change the rule sees, and all three verdicts against
// the 95 % target.
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../src/lib/config';
import type { CompactRun } from '../../../src/reference/spec';
import { finalShareByStep, horizonRun, horizonSummary } from '../../../src/figures/analyses/horizon';
import { horizonFateStat, horizonStat } from '../../../src/figures/analyses/claim-stats';
import { measure } from '../../../src/figures/analyses/claims';
import { quoteClaim } from '../../../src/figures/builders/quote';
import { claimRows, statusLabel } from '../../../src/figures/builders/reproduction';
import { loadExperiment, loadRun } from '../../../src/figures/analyses/load';
import { HORIZON_RUNS, horizon, perturbation } from '../../../src/reference/manifest';

const STEPS = [0, 1000, 2000, 3000, 6000, 10000, 20000, 30000];

/** A p = 59 run whose 2 × mean circle set at STEPS[i] is sets[i] (signal 100 inside, 1 outside). */
function runWithSets(id: string, sets: number[][]): CompactRun {
  const p = 59;
  const signals = sets.map((set) => Array.from({ length: 30 }, (_, k) => (k > 0 && set.includes(k) ? 100 : 1)));
  const zeros = STEPS.map(() => 0);
  return {
    id,
    key: id,
    experiment: 'horizon',
    config: makeConfig({ p, d: 128, steps: 30000 }),
    engine: { version: 'test', backend: 'wasm', precision: 'float32' },
    steps: STEPS,
    trainLoss: zeros,
    testLoss: zeros,
    trainAcc: zeros,
    testAcc: zeros,
    signals,
    circles: sets[sets.length - 1]!,
  };
}

const steady = (id: string) =>
  runWithSets(
    id,
    STEPS.map(() => [3, 9, 14]),
  );
/** Settled from step 1,000 by the last-third rule at 3,000 steps, then loses k = 14 at 20,000. */
const lateDeath = (id: string) =>
  runWithSets(id, [
    [3, 9, 14, 20],
    [3, 9, 14],
    [3, 9, 14],
    [3, 9, 14],
    [3, 9, 14],
    [3, 9, 14],
    [3, 9],
    [3, 9],
  ]);
/** Changes at step 3,000 itself (the rule at 3,000 sees it), then holds. */
const changesAtDesign = (id: string) =>
  runWithSets(id, [
    [3, 9, 14, 20],
    [3, 9, 14, 20],
    [3, 9, 14, 20],
    [3, 9, 14],
    [3, 9, 14],
    [3, 9, 14],
    [3, 9, 14],
    [3, 9, 14],
  ]);

describe('horizonRun', () => {
  it('finds a circle that dies after the designs stop, which the last-third rule calls settled', () => {
    const h = horizonRun(lateDeath('a'), [3000, 10000, 20000, 30000], 3000);
    expect(h.lost).toEqual([14]);
    expect(h.gained).toEqual([]);
    expect(h.final).toEqual([3, 9]);
    expect(h.settledFrom).toBe(20000);
    expect(h.ruleSettled).toBe(true);
    expect(h.sets.map((s) => s.circles.length)).toEqual([3, 3, 2, 2]);
  });

  it('sees a change in the last third at the designs’ step count, and one after nothing', () => {
    const h = horizonRun(changesAtDesign('b'), [3000], 3000);
    expect(h.ruleSettled).toBe(false);
    expect(h.lost).toEqual([]);
    expect(h.settledFrom).toBe(3000);
  });

  it('refuses a run that did not log the designs’ step count', () => {
    expect(() => horizonRun(steady('c'), [3000], 2500)).toThrow(/2500/);
  });
});

describe('horizonSummary', () => {
  it('counts runs final at each checkpoint, circles lost and gained, and the rule’s misses', () => {
    const s = horizonSummary([steady('a'), lateDeath('b'), changesAtDesign('c'), lateDeath('d')], [3000, 10000, 20000, 30000], 3000);
    expect(s.sameAt).toEqual([
      { step: 3000, same: 2, of: 4 },
      { step: 10000, same: 2, of: 4 },
      { step: 20000, same: 4, of: 4 },
      { step: 30000, same: 4, of: 4 },
    ]);
    expect(s.changedAfterDesign).toBe(2);
    expect([s.lost, s.gained]).toEqual([2, 0]);
    expect([s.ruleSettled, s.ruleMissed]).toEqual([3, 2]);
    expect(s.lastChange).toBe(20000);
    expect(horizonSummary([steady('a')], [3000], 3000).lastChange).toBeNull();
  });
});

describe('horizonStat against the 95 % target', () => {
  const many = (same: number, changed: number) => [
    ...Array.from({ length: same }, (_, i) => steady(`s${i}`)),
    ...Array.from({ length: changed }, (_, i) => lateDeath(`l${i}`)),
  ];

  it('comes out "contradicts" (below the target) when the whole interval is below 95 %', () => {
    const st = horizonStat(many(11, 5), 3000);
    expect(st.same).toBe(11);
    expect(st.effect.estimate).toBeCloseTo(11 / 16);
    expect(st.effect.hi).toBeLessThan(0.95);
    expect(st.verdict).toBe('contradicts');
  });

  it('comes out "inconclusive" when every run settled but 16 runs cannot show 95 %', () => {
    const st = horizonStat(many(16, 0), 3000);
    expect(st.effect.estimate).toBe(1);
    expect(st.effect.lo).toBeLessThan(0.95);
    expect(st.verdict).toBe('inconclusive');
  });

  it('comes out "same direction" (meets the target) only when the whole interval is above 95 %', () => {
    expect(horizonStat(many(100, 0), 3000).verdict).toBe('same-direction');
    expect(horizonStat(many(98, 2), 3000).verdict).toBe('inconclusive');
  });
});

describe('horizonFateStat: what one claim counts, not the whole set', () => {
  it('counts a late death only when it is the watched frequency that dies', () => {
    // lateDeath loses k = 14 after step 3,000; watching 14 sees it, watching 9 or 25 does not.
    const runs = [steady('a'), lateDeath('b'), changesAtDesign('c')];
    expect(horizonSummary(runs, [3000], 3000, 14).fateFinal).toBe(2);
    expect(horizonSummary(runs, [3000], 3000, 9).fateFinal).toBe(3);
    expect(horizonSummary(runs, [3000], 3000, 25).fateFinal).toBe(3);
    // A frequency that comes back after the design's steps counts as changed too.
    const returns = runWithSets('r', [[3], [3], [3], [3], [3, 25], [3, 25], [3, 25], [3, 25]]);
    expect(horizonRun(returns, [3000], 3000, 25).fateFinal).toBe(false);
    expect(horizonRun(returns, [3000], 3000, 3).fateFinal).toBe(true);
  });

  it('can come out below, inconclusive or above the target, like the whole-set check', () => {
    const many = (same: number, changed: number) => [
      ...Array.from({ length: same }, (_, i) => steady(`s${i}`)),
      ...Array.from({ length: changed }, (_, i) => lateDeath(`l${i}`)),
    ];
    expect(horizonFateStat(many(11, 5), 3000, 14).verdict).toBe('contradicts');
    // The same runs watched at a frequency none of them loses: every fate final, 16 runs too few.
    const st = horizonFateStat(many(11, 5), 3000, 9);
    expect([st.same, st.runs, st.verdict]).toEqual([16, 16, 'inconclusive']);
    expect(horizonFateStat(many(100, 0), 3000, 14).verdict).toBe('same-direction');
  });
});

describe('the horizon check as the pages print it', async () => {
  const m = await measure();
  const withHorizon = (runs: CompactRun[]) => ({ ...m, stats: { ...m.stats, horizon: horizonStat(runs, 3000) } });
  const runs = [...Array.from({ length: 11 }, (_, i) => steady(`s${i}`)), ...Array.from({ length: 5 }, (_, i) => lateDeath(`l${i}`))];

  it('quotes the share with its interval and the side of the target', () => {
    const st = withHorizon(runs).stats;
    expect(quoteClaim('en', 'horizon', st)).toBe('11 of 16 runs, 69% [44%, 86%]: below the 95% target');
    expect(quoteClaim('ja', 'horizon', st)).toBe('16 回中 11 回、69% [44%, 86%]：目標の 95% を下回る');
  });

  it('gives the reproduction row a target status, not a verdict on the paper', () => {
    const row = claimRows('en', withHorizon(runs)).checks.find((r) => r.id === 'check-horizon')!;
    expect(row.status).toBe('below-target');
    expect(statusLabel('en', row.status)).toBe('Below the 95% target');
    expect(row.effects).toEqual(['69% [44%, 86%]']);
    const met = claimRows('en', withHorizon(Array.from({ length: 100 }, (_, i) => steady(`s${i}`)))).checks.find((r) => r.id === 'check-horizon')!;
    expect(met.status).toBe('meets-target');
  });
});

describe('finalShareByStep', () => {
  it('counts, at each logged step, the runs already at their final set, with a Wilson band', () => {
    const rows = finalShareByStep([steady('a'), lateDeath('b'), changesAtDesign('c'), lateDeath('d')]);
    expect(rows.map((q) => q.step)).toEqual(STEPS);
    expect(rows.map((q) => q.final)).toEqual([1, 1, 1, 2, 2, 2, 4, 4]);
    const at3k = rows.find((q) => q.step === 3000)!;
    expect(at3k.share).toBe(0.5);
    expect(at3k.lo).toBeLessThan(0.5);
    expect(at3k.hi).toBeGreaterThan(0.5);
    expect(rows[rows.length - 1]!.hi).toBe(1);
  });
});

describe('the horizon runs in the reference cache', () => {
  // The check is about the designs' own runs only if a horizon run is its design run carried on:
  // nothing in training may depend on the step count. Every pair present in the cache must agree
  // bit for bit up to step 3,000 (the pairs fill in as the cache does).
  it('repeat their perturbation design runs exactly up to step 3,000', () => {
    const pairs = horizon.flatMap((h) => {
      const long = loadRun(h);
      const short = loadRun(perturbation.find((p) => p.id === h.id.replace('horizon/', 'perturbation/'))!);
      return long && short ? [{ long, short }] : [];
    });
    for (const { long, short } of pairs) {
      const n = short.steps.length;
      expect(long.steps.slice(0, n), long.id).toEqual(short.steps);
      expect(long.signals.slice(0, n), long.id).toEqual(short.signals);
      expect(long.trainLoss.slice(0, n), long.id).toEqual(short.trainLoss);
      expect(long.testAcc.slice(0, n), long.id).toEqual(short.testAcc);
    }
    if (loadExperiment('horizon').runs.length === HORIZON_RUNS && loadExperiment('perturbation').runs.length === perturbation.length)
      expect(pairs).toHaveLength(HORIZON_RUNS);
  });
});
