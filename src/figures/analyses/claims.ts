/**
 * Build-time measurements the reproduction page sets beside the paper's claims (paper.md §0, §7).
 * Everything here is computed from our engine's cached reference runs; a value is null when the
 * runs it needs are not cached yet.
 */
import { circleFrequencies, fourierComponent, signals as fullSignals } from '../../lib/fourier';
import type { CompactRun } from '../../reference/spec';
import { loadById, loadExperiment, once } from './load';
import { firstStepAtLeast, rowNear, settledStep } from './series';
import { circlesByDimension, settledness, type DimensionPoint } from './dimension';
import { flatten } from './planes';
import { mean, pearson, sd } from './stats';
import { gradientPoints } from './gradient';
import { empiricalSurvival, perturbationSurvival } from './survival';
import { DESIGN_STEPS, HORIZON_STEPS, PERTURB_K } from '../../reference/manifest';
import { horizonSummary, type HorizonSummary } from './horizon';
import { heroPlace, type HeroPlace } from './hero-place';
import {
  bothStat,
  collaborationStat,
  constructionStat,
  dimensionStat,
  fewSurviveStat,
  gradientStat,
  initialSignalStat,
  meanOverRuns,
  perturbationStat,
  settledEarlyStat,
  horizonStat,
  horizonFateStat,
  signalSurvivalStat,
  type ClaimStat,
} from './claim-stats';
import { bootstrap, type Interval, type Verdict } from './intervals';
import { modulusCorrelation, weightDecayCorrelation } from './sweeps';

export interface Measured {
  hero: {
    id: string;
    steps: number;
    circles: number[];
    settled: number | null;
    trainAcc1: number | null;
    testAcc99: number | null;
    testLossAt5k: number | null;
    survivorRange: [number, number];
    loserRange: [number, number];
  } | null;
  initialSignal: { mean: number; sd: number; min: number; max: number; runs: number } | null;
  mirrorError: number | null;
  geometry: { ratio: number; cosReIm: number; cosPlanes: number } | null;
  circlesD128: { counts: number[]; runs: number } | null;
  dimension: { points: DimensionPoint[]; runs: number; planned: number; settled: { settled: number; total: number; by: number } };
  gradient: { min: number; max: number; survivors: number; dead: number; nSurvivors: number; nDead: number; runs: number } | null;
  /** The main run's last tracked moment: lowest loss with one, two, three circles kept, all survivors; runs tracked. */
  collaboration: { one: number; two: number; three: number; all: number; tracked: number } | null;
  /** The weight-decay sweep: runs, and the runs without decay apart (circles, final test accuracy range). */
  weightDecay: { runs: number; planned: number; noDecay: NoDecay };
  modulus: { runs: number; planned: number };
  empirical: { r: number; runs: number; planned: number };
  perturbation: { runs: number; planned: number; embeddings: number; rates: { alpha: number; rate: number }[] };
  frozenRuns: { runs: number; planned: number };
  constructionRuns: { runs: number; planned: number };
  /**
   * The horizon design: perturbation runs trained to the authors' 30,000 steps, read at the
   * designs' step count and later checkpoints (horizon.ts); runs computed and planned.
   */
  horizon: HorizonSummary & { steps: number; designSteps: number; planned: number };
  /** Each claim's statistic: n runs, effect with its 95 % interval, verdict (claim-stats.ts). */
  stats: ClaimStats;
  /** Where the showcase seed's circle count sits among the dimension sweep's seeds at its width. */
  heroPlace: HeroPlace | null;
}

export interface ClaimStats {
  /** Share of frequencies surviving, d = 128 default runs. */
  fewSurvive: ClaimStat;
  /** The two halves of "the fittest survive", and the claim as a whole over the distinct runs of both. */
  signal: ClaimStat & { points: number };
  gradient: ClaimStat;
  fittest: { runs: number; verdict: Verdict };
  dimension: ClaimStat;
  settled: ClaimStat & { settled: number };
  /** Share of horizon runs whose set at the designs' step count is their final set, against 95 %. */
  horizon: ClaimStat & { same: number };
  /** The same for what the perturbation claim counts: k = 25 in or out at the designs' step count as at the end. */
  horizonFate: ClaimStat & { same: number };
  perturbation: ReturnType<typeof perturbationStat>;
  construction: ClaimStat;
  initialSignal: ReturnType<typeof initialSignalStat>;
  /** First logged step with test accuracy ≥ 99 %, mean over the d = 128 default runs (no paper value). */
  testAcc99: Interval;
  /** Frozen embedding: correlation of log₂ d with the final test accuracy (no paper value). */
  frozenAccuracy: Interval;
  /** Collaboration tracked through training, every tracked run (claim-stats.ts#collaborationStat). */
  collaboration: ClaimStat;
  /**
   * Correlation of weight decay with each run's circles among the runs WITH decay (no decay at all
   * is a different regime, reported apart in Measured.weightDecay.noDecay), and of the modulus p
   * (no paper value for either).
   */
  weightDecay: Interval;
  modulus: Interval;
}

/** Where the horizon runs are read: the designs' 3,000 steps, then on to the authors' 30,000. */
export const HORIZON_CHECKPOINTS = [DESIGN_STEPS, 6000, 10000, 15000, 20000, HORIZON_STEPS];

const range = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];

function heroFacts(run: CompactRun): Measured['hero'] {
  const last = run.signals[run.signals.length - 1]!;
  const half = circleFrequencies(run.config.p);
  const i5k = rowNear(run, 5000);
  return {
    id: run.id,
    steps: run.steps[run.steps.length - 1]!,
    circles: run.circles,
    settled: settledStep(run),
    trainAcc1: firstStepAtLeast(run.steps, run.trainAcc, 1),
    testAcc99: firstStepAtLeast(run.steps, run.testAcc, 0.99),
    testLossAt5k: run.steps[i5k] === 5000 ? run.testLoss[i5k]! : null,
    survivorRange: range(run.circles.map((k) => last[k]!)),
    loserRange: range(half.filter((k) => !run.circles.includes(k)).map((k) => last[k]!)),
  };
}

const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const norm = (a: Float64Array) => Math.sqrt(dot(a, a));

/** Circle geometry of the final embedding (paper.md §3.3, check 6). */
function geometry(run: CompactRun): { mirror: number; geometry: Measured['geometry'] } | null {
  const snap = run.snapshots?.[run.snapshots.length - 1];
  if (!snap) return null;
  const { flat, p, d } = flatten(snap.embedding);
  const s = fullSignals(flat, p, d);
  let mirror = 0;
  for (let k = 1; k < p; k++) mirror = Math.max(mirror, Math.abs(s[k]! - s[p - k]!) / Math.max(s[k]!, 1e-12));
  const comps = run.circles.map((k) => fourierComponent(flat, p, d, k));
  let ratio = 0;
  let cosReIm = 0;
  for (const c of comps) {
    ratio = Math.max(ratio, Math.abs(norm(c.re) / norm(c.im) - 1));
    cosReIm = Math.max(cosReIm, Math.abs(dot(c.re, c.im)) / (norm(c.re) * norm(c.im)));
  }
  let cosPlanes = 0;
  for (let i = 0; i < comps.length; i++)
    for (let j = i + 1; j < comps.length; j++)
      for (const a of [comps[i]!.re, comps[i]!.im])
        for (const b of [comps[j]!.re, comps[j]!.im]) cosPlanes = Math.max(cosPlanes, Math.abs(dot(a, b)) / (norm(a) * norm(b)));
  return { mirror, geometry: { ratio, cosReIm, cosPlanes } };
}

/** The weight-decay runs without any decay: circle counts, and the ranges of final train and test accuracy. */
export interface NoDecay {
  runs: number;
  circles: number[];
  trainAcc: [number, number];
  testAcc: [number, number];
}

function noDecay(runs: readonly CompactRun[]): NoDecay {
  const rs = runs.filter((r) => r.config.weightDecay === 0 && !r.diverged);
  const last = (xs: number[]) => xs[xs.length - 1]!;
  const span = (xs: number[]): [number, number] => (xs.length ? range(xs) : [NaN, NaN]);
  return {
    runs: rs.length,
    circles: rs.map((r) => r.circles.length),
    trainAcc: span(rs.map((r) => last(r.trainAcc))),
    testAcc: span(rs.map((r) => last(r.testAcc))),
  };
}

export function measure(): Promise<Measured> {
  return once('claims', async () => {
    const hero = loadById('hero/d128-s0');
    const dim = loadExperiment('dimension');
    const d128 = dim.runs.filter((r) => r.config.d === 128);
    const emp = loadExperiment('empirical');
    const d128all = [...(hero ? [hero] : []), ...d128.filter((r) => !hero || r.config.seed !== hero.config.seed)];
    const initial = d128all.flatMap((r) => r.signals[0]!.slice(1));
    const geo = hero ? geometry(hero) : null;
    const grad = gradientPoints([...d128, ...emp.runs], 4);
    const gs = grad.filter((g) => g.survived).map((g) => g.g);
    const gd = grad.filter((g) => !g.survived).map((g) => g.g);
    const collab = hero?.collaboration ?? null;
    const lastOf = (rows: number[][]) => rows[rows.length - 1] ?? [];
    const tracked = [...(hero ? [hero] : []), ...d128].filter((r) => r.collaboration);
    const wd = loadExperiment('weight-decay');
    const mod = loadExperiment('modulus');
    const empS = empiricalSurvival(emp.runs);
    const pert = loadExperiment('perturbation');
    const pertS = perturbationSurvival(pert.runs, PERTURB_K);
    const frozen = loadExperiment('frozen');
    const construction = loadExperiment('construction');
    const horizon = loadExperiment('horizon');
    const signal = signalSurvivalStat(emp.runs);
    const gradient = gradientStat([...d128, ...emp.runs]);
    // The empirical runs back both halves of the claim: count each run once.
    const fittestRuns = new Set([...emp.runs.map((r) => r.id), ...gradientPoints([...d128, ...emp.runs], 4).map((q) => q.run)]).size;
    const acc99 = d128all.map((r) => firstStepAtLeast(r.steps, r.testAcc, 0.99)).filter((x): x is number => x !== null);
    const finalAcc = frozen.runs.filter((r) => !r.diverged);
    const stats: ClaimStats = {
      fewSurvive: fewSurviveStat(d128all),
      signal,
      gradient,
      fittest: bothStat(signal, gradient, fittestRuns),
      dimension: dimensionStat(dim.runs),
      // Every run whose embedding trains in full (not the frozen or ablated designs), each once.
      settled: settledEarlyStat([...(hero ? [hero] : []), ...dim.runs, ...emp.runs, ...pert.runs, ...construction.runs, ...wd.runs, ...mod.runs]),
      horizon: horizonStat(horizon.runs, DESIGN_STEPS),
      horizonFate: horizonFateStat(horizon.runs, DESIGN_STEPS, PERTURB_K),
      perturbation: perturbationStat(pert.runs, PERTURB_K),
      construction: constructionStat(construction.runs),
      initialSignal: initialSignalStat(d128all),
      testAcc99: meanOverRuns(acc99, 'test-acc-99'),
      frozenAccuracy: bootstrap(
        finalAcc,
        (xs) =>
          pearson(
            xs.map((r) => Math.log2(r.config.d)),
            xs.map((r) => r.testAcc[r.testAcc.length - 1]!),
          ),
        'frozen-accuracy',
      ),
      collaboration: collaborationStat(tracked),
      weightDecay: weightDecayCorrelation(wd.runs),
      modulus: modulusCorrelation(mod.runs),
    };
    return {
      hero: hero ? heroFacts(hero) : null,
      initialSignal: initial.length
        ? { mean: mean(initial), sd: sd(initial), min: Math.min(...initial), max: Math.max(...initial), runs: d128all.length }
        : null,
      mirrorError: geo?.mirror ?? null,
      geometry: geo?.geometry ?? null,
      circlesD128: d128all.length ? { counts: d128all.map((r) => r.circles.length), runs: d128all.length } : null,
      dimension: { points: circlesByDimension(dim.runs), runs: dim.runs.length, planned: dim.planned, settled: settledness(dim.runs) },
      gradient: grad.length
        ? {
            ...{ min: Math.min(...grad.map((g) => g.g)), max: Math.max(...grad.map((g) => g.g)) },
            survivors: mean(gs),
            dead: mean(gd),
            nSurvivors: gs.length,
            nDead: gd.length,
            runs: new Set(grad.map((g) => g.run)).size,
          }
        : null,
      collaboration: collab
        ? {
            one: Math.min(...lastOf(collab.one)),
            two: Math.min(...lastOf(collab.two)),
            three: Math.min(...lastOf(collab.three)),
            all: collab.survivors[collab.survivors.length - 1] ?? NaN,
            tracked: tracked.length,
          }
        : null,
      weightDecay: { runs: wd.runs.length, planned: wd.planned, noDecay: noDecay(wd.runs) },
      horizon: {
        ...horizonSummary(horizon.runs, HORIZON_CHECKPOINTS, DESIGN_STEPS, PERTURB_K),
        steps: HORIZON_STEPS,
        designSteps: DESIGN_STEPS,
        planned: horizon.planned,
      },
      modulus: { runs: mod.runs.length, planned: mod.planned },
      empirical: { r: empS.r, runs: emp.runs.length, planned: emp.planned },
      perturbation: {
        runs: pert.runs.length,
        planned: pert.planned,
        embeddings: new Set(pert.runs.map((r) => r.config.initSeed)).size,
        rates: pertS.points.map((q) => ({ alpha: q.alpha, rate: q.rate })),
      },
      frozenRuns: { runs: frozen.runs.length, planned: frozen.planned },
      constructionRuns: { runs: construction.runs.length, planned: construction.planned },
      stats,
      heroPlace: hero ? heroPlace(dim.runs, hero.config.d, hero.config.seed) : null,
    };
  });
}
