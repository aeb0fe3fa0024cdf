/**
 * Survival analyses of the initial-signal designs and the frozen-embedding sweep (pure): each
 * groups the cached runs of one experiment and reports rates with the number of runs behind them.
 */
import type { CompactRun } from '../../reference/spec';
import { pearson } from './stats';
import { fullSpectrum } from './series';
import { circleFrequencies } from '../../lib/fourier';

const alive = (r: CompactRun) => !r.diverged;

function groupBy<K>(runs: readonly CompactRun[], key: (r: CompactRun) => K): Map<K, CompactRun[]> {
  const m = new Map<K, CompactRun[]>();
  for (const r of runs.filter(alive)) {
    const k = key(r);
    m.set(k, [...(m.get(k) ?? []), r]);
  }
  return m;
}

export interface EmpiricalPoint {
  embedding: number;
  k: number;
  s0: number;
  rate: number;
  n: number;
}

/** Empirical design: per fixed embedding and frequency, S_k(0) against the share of runs where k survived. */
export function empiricalSurvival(runs: readonly CompactRun[]): { points: EmpiricalPoint[]; r: number; runs: number } {
  const points: EmpiricalPoint[] = [];
  let count = 0;
  for (const [embedding, group] of groupBy(runs, (r) => r.config.initSeed)) {
    count += group.length;
    const p = group[0]!.config.p;
    for (const k of circleFrequencies(p)) {
      const survived = group.filter((r) => r.circles.includes(k)).length;
      points.push({ embedding, k, s0: group[0]!.signals[0]![k]!, rate: survived / group.length, n: group.length });
    }
  }
  return {
    points,
    r:
      points.length > 2
        ? pearson(
            points.map((q) => q.s0),
            points.map((q) => q.rate),
          )
        : NaN,
    runs: count,
  };
}

export interface PerturbationPoint {
  alpha: number;
  /** S_k(0) of the scaled frequency minus the mean initial signal over all p entries (mean over the group's embeddings). */
  excess: number;
  rate: number;
  n: number;
}

export interface EmbeddingPerturbationPoint extends PerturbationPoint {
  embedding: number;
}

const alphaOf = (r: CompactRun) => Number(r.labels?.alpha ?? r.config.scaleFrequencies[0]?.alpha ?? 1);

/** S_k(0) minus the mean of all p initial signals, from a run's logged step 0 (after its intervention). */
function excessOf(r: CompactRun, k: number): number {
  const p = r.config.p;
  const s0 = r.signals[0]!;
  const full = fullSpectrum(s0, p);
  return s0[k]! - full.reduce((a, b) => a + b, 0) / p;
}

/**
 * Perturbation design: survival rate of the scaled frequency per α, pooled over embeddings
 * (`points`, α = 1 being the untouched twins), and per embedding (`byEmbedding`, one curve each
 * as in the authors' figure).
 */
export function perturbationSurvival(
  runs: readonly CompactRun[],
  k: number,
): { points: PerturbationPoint[]; byEmbedding: EmbeddingPerturbationPoint[]; runs: number } {
  const rate = (group: CompactRun[]) => group.filter((r) => r.circles.includes(k)).length / group.length;
  const meanExcess = (group: CompactRun[]) => group.reduce((a, r) => a + excessOf(r, k), 0) / group.length;
  const points: PerturbationPoint[] = [];
  let count = 0;
  for (const [alpha, group] of groupBy(runs, alphaOf)) {
    count += group.length;
    points.push({ alpha, excess: meanExcess(group), rate: rate(group), n: group.length });
  }
  const byEmbedding: EmbeddingPerturbationPoint[] = [];
  for (const [key, group] of groupBy(runs, (r) => `${r.config.initSeed}|${alphaOf(r)}`)) {
    const [embedding, alpha] = key.split('|').map(Number) as [number, number];
    byEmbedding.push({ embedding, alpha, excess: excessOf(group[0]!, k), rate: rate(group), n: group.length });
  }
  return {
    points: points.sort((a, b) => a.alpha - b.alpha),
    byEmbedding: byEmbedding.sort((a, b) => a.embedding - b.embedding || a.alpha - b.alpha),
    runs: count,
  };
}

export interface ConstructionPoint {
  ratio: number;
  larger: number;
  smaller: number;
  n: number;
}

/** Construction design: per amplitude ratio, how often the larger and the smaller planted frequency survived. */
export function constructionSurvival(runs: readonly CompactRun[]): { points: ConstructionPoint[]; runs: number } {
  const points: ConstructionPoint[] = [];
  let count = 0;
  for (const [ratio, group] of groupBy(runs, (r) => r.config.construct?.ratio ?? NaN)) {
    if (!Number.isFinite(ratio)) continue;
    count += group.length;
    const larger = group.filter((r) => r.circles.includes(r.config.construct!.k1)).length / group.length;
    const smaller = group.filter((r) => r.circles.includes(r.config.construct!.k2)).length / group.length;
    points.push({ ratio, larger, smaller, n: group.length });
  }
  return { points: points.sort((a, b) => a.ratio - b.ratio), runs: count };
}

export interface FrozenPoint {
  d: number;
  seed: number;
  step: number;
  testLoss: number;
  testAcc: number;
}

/** Frozen-embedding sweep: test loss and accuracy at the logged steps nearest to `steps`. */
export function frozenPoints(runs: readonly CompactRun[], steps: readonly number[]): FrozenPoint[] {
  const out: FrozenPoint[] = [];
  for (const r of runs.filter(alive)) {
    for (const want of steps) {
      const i = r.steps.indexOf(want);
      if (i < 0) continue;
      out.push({ d: r.config.d, seed: r.config.seed, step: want, testLoss: r.testLoss[i]!, testAcc: r.testAcc[i]! });
    }
  }
  return out.sort((a, b) => a.step - b.step || a.d - b.d || a.seed - b.seed);
}
