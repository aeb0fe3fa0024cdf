/**
 * Build-time data of the fitness widget, from the reference cache: the empirical design's
 * (S_k(0), survival rate) points, the (g⁽⁴⁾, S_k(0), survived) points of the gradient analysis,
 * the perturbation design's rates for its frequency, and how soon the survivor set settled in
 * the d = 128 runs (so the page can say how trustworthy a short run's verdict is).
 * Served as /data/fitness.json and used to render the static figures.
 */
import { loadExperiment } from '../analyses/load';
import { empiricalSurvival, perturbationSurvival } from '../analyses/survival';
import { settledStep } from '../analyses/series';
import { gradientAnalysis } from '../builders/fitness';
import { PERTURB_K } from '../../reference/manifest';
import type { FitnessRefGradient, FitnessRefRate, FitnessRefTrace } from '../specs/fitness';

export interface FitnessPayload {
  rate: { points: FitnessRefRate[]; runs: number; planned: number };
  gradient: { points: FitnessRefGradient[]; runs: number; planned: number };
  perturbation: { k: number; embedding: number | null; steps: number | null; points: { alpha: number; rate: number; n: number }[]; runs: number };
  /** S_k of the perturbation design's frequency at every logged step of its reference runs. */
  trace: FitnessRefTrace[];
  /** Step at which each d = 128 dimension run's survivor set stopped changing (null: not settled). */
  settled: { steps: (number | null)[]; runLength: number | null };
}

const r4 = (x: number) => Number(x.toPrecision(4));

let cached: Promise<FitnessPayload> | null = null;

export function fitnessPayload(): Promise<FitnessPayload> {
  cached ??= (async () => {
    const emp = loadExperiment('empirical');
    const empS = emp.runs.length ? empiricalSurvival(emp.runs) : { points: [] };
    const grad = await gradientAnalysis();
    // The widget trains on one embedding, so its reference is that embedding's runs (α = 1 twins included).
    const all = loadExperiment('perturbation');
    const first = all.runs[0];
    const pert = { runs: all.runs.filter((r) => r.config.initSeed === first?.config.initSeed) };
    const pertS = pert.runs.length ? perturbationSurvival(pert.runs, PERTURB_K) : { points: [] };
    const dim = loadExperiment('dimension', (s) => s.config.d === 128);
    // The widget's gradient panel sets the reader's runs, which start from the paper's random
    // embedding, against the sweep's runs at d = 128, which do too. The empirical design's fixed
    // embeddings stay in the section's own figure (fig-gradient-scatter) on the same page: drawn
    // twice, its 3,000 dots would more than double the page.
    const gradRef = grad.points.filter((q) => q.run.startsWith('dimension/'));
    return {
      rate: { points: empS.points.map((q) => ({ s0: r4(q.s0), rate: q.rate })), runs: emp.runs.length, planned: emp.planned },
      gradient: {
        points: gradRef.map((q) => ({ g: r4(q.g), s0: r4(q.s0), survived: q.survived })),
        runs: new Set(gradRef.map((q) => q.run)).size,
        planned: dim.planned,
      },
      perturbation: {
        k: PERTURB_K,
        embedding: first ? first.config.initSeed : null,
        steps: first ? first.config.steps : null,
        points: pertS.points.map((q) => ({ alpha: q.alpha, rate: q.rate, n: q.n })),
        runs: pert.runs.length,
      },
      trace: pert.runs.flatMap((r) => {
        const alpha = r.config.scaleFrequencies?.[0]?.alpha ?? 1;
        return r.steps.map((step, i) => ({ alpha, seed: r.config.seed, step, s: r4(r.signals[i]![PERTURB_K]!) }));
      }),
      settled: { steps: dim.runs.map((r) => settledStep(r)), runLength: dim.runs[0]?.config.steps ?? null },
    };
  })();
  return cached;
}
