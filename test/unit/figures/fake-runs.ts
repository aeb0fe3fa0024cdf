/** Synthetic CompactRuns and series for figure tests: deterministic, small, with known answers. */
import { makeConfig } from '../../../src/lib/config';
import type { CompactRun } from '../../../src/reference/spec';
import type { SignalSeries } from '../../../src/figures/types';

/** A run whose final circles are `circles`; signals start at 87 (+ a k-dependent wiggle) and diverge. */
export function fakeRun(
  id: string,
  o: { d?: number; seed?: number; circles: number[]; initSeed?: number; steps?: number[]; labels?: CompactRun['labels'] },
): CompactRun {
  const p = 59;
  const steps = o.steps ?? [0, 1, 2, 3, 4, 5, 10, 50, 100, 500, 1000];
  const signals = steps.map((t) =>
    Array.from({ length: 30 }, (_, k) => (k === 0 ? 1 : o.circles.includes(k) ? 87 + k * 0.1 + t * 0.05 : (87 + ((k * 7) % 5)) * Math.exp(-t / 200) + 5)),
  );
  return {
    id,
    key: id,
    experiment: 'dimension',
    config: makeConfig({ p, d: o.d ?? 128, seed: o.seed ?? 0, initSeed: o.initSeed ?? 0, steps: steps[steps.length - 1]! }),
    engine: { version: 'test', backend: 'wasm', precision: 'float32' },
    labels: o.labels,
    steps,
    trainLoss: steps.map((t) => 4 * Math.exp(-t / 50)),
    testLoss: steps.map((t) => 4 * Math.exp(-t / 200)),
    trainAcc: steps.map((t) => Math.min(1, t / 40)),
    testAcc: steps.map((t) => Math.min(1, t / 300)),
    signals,
    circles: o.circles,
  };
}

export function fakeSeries(): SignalSeries {
  const steps = Array.from({ length: 60 }, (_, i) => (i < 20 ? i : (i - 19) * 100));
  const circles = [3, 11, 20];
  return {
    p: 59,
    steps,
    circles,
    signals: steps.map((t) =>
      Array.from({ length: 30 }, (_, k) => (circles.includes(k) ? 87 + (10 * Math.log1p(t)) / (1 + k / 10) : 87 * Math.exp(-t / 500) + 9 + (k % 5))),
    ),
  };
}
