/**
 * Every reference run the site shows, in one typed list (paper.md §5). Sizes are set so that a
 * full regeneration fits in about two hours on a 2-core machine (`npm run reference`, 2 workers);
 * `--shard i/n` splits it across machines for larger sweeps. Changing any entry changes its cache
 * key, so only that run is recomputed.
 */
import type { RunSpec } from './spec';
import { initialEmbedding } from '../lib/params';
import { signals, circleFrequencies } from '../lib/fourier';
import { Rng } from '../lib/rng';

const SWEEP_LOG = { everyStepUntil: 10, thenEvery: 50 };

/** The paper's model (p = 59, d = 128, seed 0) for 5,000 steps: every step up to 1,000 (the ODE window). */
export const hero: RunSpec = {
  id: 'hero/d128-s0',
  experiment: 'hero',
  config: { p: 59, d: 128, seed: 0, steps: 5000 },
  log: { everyStepUntil: 1000, thenEvery: 10 },
  snapshots: { everyStepUntil: 0, thenEvery: 1250 },
  keepParams: true,
  tier: 1,
};

export const DIMENSIONS = [2, 4, 8, 16, 32, 48, 64, 96, 128, 256];
export const DIMENSION_SEEDS = [0, 1, 2, 3, 4, 5, 6, 7];
export const DIMENSION_STEPS = 3000;
/** The first tier of the sweep: enough to show the trend; the rest fills in the full grid. */
const DIMENSION_TIER1 = { dims: [4, 16, 64, 128, 256], seeds: [0, 1] };

export const dimension: RunSpec[] = DIMENSIONS.flatMap((d) =>
  DIMENSION_SEEDS.map((seed) => ({
    id: `dimension/d${d}-s${seed}`,
    experiment: 'dimension' as const,
    config: { p: 59, d, seed, steps: DIMENSION_STEPS },
    log: SWEEP_LOG,
    labels: { d, seed },
    tier: DIMENSION_TIER1.dims.includes(d) && DIMENSION_TIER1.seeds.includes(seed) ? (1 as const) : (2 as const),
  })),
);

export const FROZEN_DIMENSIONS = [16, 32, 48, 59, 96, 128];
export const frozen: RunSpec[] = FROZEN_DIMENSIONS.flatMap((d) =>
  [0, 1].map((seed) => ({
    id: `frozen/d${d}-s${seed}`,
    experiment: 'frozen' as const,
    config: { p: 59, d, seed, steps: 2000, freezeEmbedding: true },
    log: { everyStepUntil: 0, thenEvery: 100 },
    labels: { d, seed },
    tier: 2 as const,
  })),
);

/** Initial signal, empirical design: fixed embeddings, MLP and split vary (mode fix-embedding). */
export const EMPIRICAL_EMBEDDINGS = [100, 101];
export const EMPIRICAL_SEEDS = [0, 1, 2, 3, 4, 5, 6, 7];
export const empirical: RunSpec[] = EMPIRICAL_EMBEDDINGS.flatMap((initSeed) =>
  EMPIRICAL_SEEDS.map((seed) => ({
    id: `empirical/e${initSeed}-s${seed}`,
    experiment: 'empirical' as const,
    config: { p: 59, d: 128, mode: 'fix-embedding' as const, initSeed, seed, steps: 2000 },
    log: SWEEP_LOG,
    labels: { embedding: initSeed, seed },
    tier: 2 as const,
  })),
);

/** Perturbation design: scale the initial component of k = 25 by α, fixed embedding, seeds vary. */
export const PERTURB_K = 25;
export const PERTURB_ALPHAS = [0.85, 0.95, 1.05, 1.15];
export const PERTURB_SEEDS = [0, 1, 2, 3];
export const perturbation: RunSpec[] = PERTURB_ALPHAS.flatMap((alpha) =>
  PERTURB_SEEDS.map((seed) => ({
    id: `perturbation/a${alpha}-s${seed}`,
    experiment: 'perturbation' as const,
    config: { p: 59, d: 128, mode: 'fix-embedding' as const, initSeed: 200, seed, steps: 2000, scaleFrequencies: [{ k: PERTURB_K, alpha }] },
    log: SWEEP_LOG,
    labels: { alpha, seed },
    tier: 2 as const,
  })),
);

/** Construction design: two planted frequencies with amplitude ratio r; MLP and split fixed (seed 0). */
export const CONSTRUCT_RATIOS = [Math.exp(-3), Math.exp(-2), Math.exp(-1), Math.exp(-0.5), 1].map((r) => Number(r.toPrecision(4)));
export const CONSTRUCT_SEEDS = [0, 1, 2, 3];

/** The planted pair of a construction run: two distinct frequencies drawn per seed (as the authors' analysis does). */
export function constructionPair(seed: number): [number, number] {
  const rng = new Rng(seed, 'construction-pair');
  const k1 = 1 + rng.int(29);
  let k2 = 1 + rng.int(28);
  if (k2 >= k1) k2++;
  return [k1, k2];
}
export const construction: RunSpec[] = CONSTRUCT_RATIOS.flatMap((ratio) =>
  CONSTRUCT_SEEDS.map((seed) => ({
    id: `construction/r${ratio}-s${seed}`,
    experiment: 'construction' as const,
    config: { p: 59, d: 128, mode: 'fix-mlp' as const, initSeed: 0, seed, steps: 2000, construct: { k1: constructionPair(seed)[0], k2: constructionPair(seed)[1], ratio } },
    log: SWEEP_LOG,
    labels: { ratio, seed },
    tier: 2 as const,
  })),
);

/**
 * Ablation of the initial embedding (seed 0): keep only the strongest frequency, the two
 * strongest, one or two others, or nothing (O). "Strongest" = largest initial signal of the
 * seed-0 embedding (computed here, so the choice is reproducible and visible).
 */
export function ablationChoices(): { strongest: number[]; random: number[] } {
  const s = signals(initialEmbedding(59, 128, 0), 59, 128);
  const strongest = circleFrequencies(59)
    .sort((a, b) => s[b]! - s[a]! || a - b)
    .slice(0, 2);
  // The authors' "random" pair was k = 1 and 2; we keep it unless it collides with the strongest.
  const random = circleFrequencies(59)
    .filter((k) => !strongest.includes(k))
    .slice(0, 2);
  return { strongest, random };
}

const choices = ablationChoices();
export const ABLATIONS: { label: string; keep: number[] | null }[] = [
  { label: 'O', keep: null },
  { label: 'A', keep: choices.strongest.slice(0, 1) },
  { label: 'B', keep: choices.strongest.slice(0, 2) },
  { label: 'C', keep: choices.random.slice(0, 1) },
  { label: 'D', keep: choices.random.slice(0, 2) },
];
export const ablation: RunSpec[] = ABLATIONS.map(({ label, keep }) => ({
  id: `ablation/${label}`,
  experiment: 'ablation' as const,
  config: { p: 59, d: 128, seed: 0, steps: 3000, keepFrequencies: keep },
  log: { everyStepUntil: 0, thenEvery: 25 },
  labels: { label, keep: keep ? keep.join(',') : 'all' },
  tier: 1,
}));

/** Priority order: what the site leans on most comes first, so partial runs are useful. */
export const MANIFEST: RunSpec[] = [hero, ...ablation, ...dimension, ...empirical, ...frozen, ...perturbation, ...construction];

export const TIER1 = MANIFEST.filter((s) => s.tier === 1);

export function totalSteps(specs: RunSpec[] = MANIFEST): number {
  return specs.reduce((a, s) => a + (s.config.steps ?? 0), 0);
}
