// The weight-decay and modulus sweeps: circles grouped by setting, the correlation of weight decay
// taken over the runs WITH decay (no decay is another regime, reported apart), and the words
// that report the no-decay runs.
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../src/lib/config';
import { circlesBy, modulusCorrelation, weightDecayCorrelation } from '../../../src/figures/analyses/sweeps';
import { noDecayText } from '../../../src/figures/builders/reproduction';
import { fakeRun } from './fake-runs';

const ks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const wdRun = (wd: number, seed: number, circles: number) => {
  const r = fakeRun(`weight-decay/wd${wd}-s${seed}`, { seed, circles: ks(circles) });
  r.config = makeConfig({ ...r.config, weightDecay: wd });
  return r;
};

describe('sweeps', () => {
  it('groups the runs by setting with counts, spread and settling steps', () => {
    const pts = circlesBy([wdRun(0.5, 0, 4), wdRun(0.5, 1, 6), wdRun(1, 0, 3)], (r) => r.config.weightDecay);
    expect(pts.map((q) => [q.x, q.n, q.mean, q.min, q.max, q.counts])).toEqual([
      [0.5, 2, 5, 4, 6, [4, 6]],
      [1, 1, 3, 3, 3, [3]],
    ]);
    expect(pts[0]!.settled).toHaveLength(2);
  });

  it('correlates weight decay with circles over the runs with decay only', () => {
    // With decay, stronger decay leaves fewer circles; the no-decay runs have none at all. Taken
    // together the zeros would turn the sign around; over the runs with decay it is negative.
    const withDecay = [0.25, 0.5, 1, 1.5].flatMap((wd, i) => [0, 1, 2].map((seed) => wdRun(wd, seed, 7 - i - (seed % 2))));
    const none = [0, 1, 2].map((seed) => wdRun(0, seed, 0));
    const iv = weightDecayCorrelation([...none, ...withDecay]);
    expect(iv.n).toBe(withDecay.length);
    expect(iv.estimate).toBeLessThan(-0.8);
    expect(iv.hi).toBeLessThan(0);
  });

  it('correlates the modulus with circles over every run', () => {
    const runs = [31, 43, 59, 71].flatMap((p, i) =>
      [0, 1].map((seed) => {
        const r = fakeRun(`modulus/p${p}-s${seed}`, { seed, circles: ks(2 + i) });
        r.config = makeConfig({ ...r.config, p });
        return r;
      }),
    );
    expect(modulusCorrelation(runs).n).toBe(8);
    expect(modulusCorrelation(runs).estimate).toBeGreaterThan(0.9);
  });

  it('reports the no-decay runs in words, with both accuracies', () => {
    const n = { runs: 4, circles: [0, 0, 0, 1], trainAcc: [1, 1] as [number, number], testAcc: [0.02, 0.04] as [number, number] };
    expect(noDecayText('en', n)).toBe(
      'no circle in 3 of 4 runs (circles per run: 0, 0, 0, 1), final accuracy 100% on the training pairs and 2%–4% on the test pairs',
    );
    expect(noDecayText('ja', n)).toContain('4 回中 3 回で円なし');
    expect(noDecayText('en', { ...n, runs: 0, circles: [] })).toBe('not computed yet');
  });
});
