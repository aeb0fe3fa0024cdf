/**
 * Every reference run the site shows, in one typed list (paper.md §5). The designs are sized to
 * carry a claim (hundreds of runs, about 4.7 million steps: about five and a half hours on a 2-core machine
 * with the fused engine, or minutes as a batch job, deploy/); `--shard i/n` splits the list across
 * machines. The order is the priority order, so a partial computation is useful. Changing any
 * entry changes its cache key, so only that run is recomputed.
 */
import type { RunSpec } from './spec';
import { initialEmbedding } from '../lib/params';
import { signals, circleFrequencies } from '../lib/fourier';
import { Rng } from '../lib/rng';

const SWEEP_LOG = { everyStepUntil: 10, thenEvery: 50 };
/**
 * The large designs log every step to 10 (the initial gradient needs S_k at steps 0–4), then
 * every 100: enough to see when the survivor set stops changing, at half the bytes of SWEEP_LOG.
 */
const DESIGN_LOG = { everyStepUntil: 10, thenEvery: 100 };
/**
 * Steps of the large designs. About one run in ten still changes its survivor set in the last third
 * of the run, and twice the steps do not change that share: 68 perturbation runs trained to 6,000
 * steps, each cut at 1,500 to 6,000 steps, had 11, 11, 7, 4, 8 and 8 such runs (a marginal circle
 * dies slowly and crosses the 2 × mean threshold late, whenever the run ends). The reproduction
 * page reports the share that settled, and the horizon design below measures what that rule
 * cannot see: circles that die after step 3,000.
 */
export const DESIGN_STEPS = 3000;
/** Collaboration is tracked at every 100th step (the authors: 301 moments of a 30,001-step run). */
const TRACK = { every: 100 };

/** The paper's model (p = 59, d = 128, seed 0) for 5,000 steps: every step up to 1,000 (the ODE window). */
export const hero: RunSpec = {
  id: 'hero/d128-s0',
  experiment: 'hero',
  config: { p: 59, d: 128, seed: 0, steps: 5000 },
  log: { everyStepUntil: 1000, thenEvery: 10 },
  snapshots: { everyStepUntil: 0, thenEvery: 1250 },
  keepParams: true,
  trackCollaboration: TRACK,
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
    // The paper's width: collaboration is tracked through training on these runs.
    ...(d === 128 ? { trackCollaboration: TRACK } : {}),
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
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
export const EMPIRICAL_EMBEDDINGS = range(100, 10);
export const EMPIRICAL_SEEDS = range(0, 10);
// Seed-major order: a partial computation covers every embedding.
export const empirical: RunSpec[] = EMPIRICAL_SEEDS.flatMap((seed) =>
  EMPIRICAL_EMBEDDINGS.map((initSeed) => ({
    id: `empirical/e${initSeed}-s${seed}`,
    experiment: 'empirical' as const,
    config: { p: 59, d: 128, mode: 'fix-embedding' as const, initSeed, seed, steps: DESIGN_STEPS },
    log: DESIGN_LOG,
    labels: { embedding: initSeed, seed },
    tier: 2 as const,
  })),
);

/**
 * Perturbation design: scale the initial component of k = 25 by α on a fixed embedding while the
 * MLP and split vary with the seed. Every nudged run has an untouched twin (α = 1: same
 * embedding, same seed, no scaling at all), so each nudge is compared with its own control.
 */
export const PERTURB_K = 25;
export const PERTURB_ALPHAS = [0.85, 0.95, 1.05, 1.15];
export const PERTURB_EMBEDDINGS = range(200, 6);
export const PERTURB_SEEDS = range(0, 10);
export const perturbation: RunSpec[] = PERTURB_SEEDS.flatMap((seed) =>
  PERTURB_EMBEDDINGS.flatMap((initSeed) =>
    [1, ...PERTURB_ALPHAS].map((alpha) => ({
      id: `perturbation/e${initSeed}-a${alpha}-s${seed}`,
      experiment: 'perturbation' as const,
      config: {
        p: 59,
        d: 128,
        mode: 'fix-embedding' as const,
        initSeed,
        seed,
        steps: DESIGN_STEPS,
        scaleFrequencies: alpha === 1 ? [] : [{ k: PERTURB_K, alpha }],
      },
      log: DESIGN_LOG,
      labels: { alpha, embedding: initSeed, seed },
      tier: 2 as const,
    })),
  ),
);

/** Construction design: two planted frequencies with amplitude ratio r; MLP and split fixed (seed 0). */
export const CONSTRUCT_RATIOS = [Math.exp(-3), Math.exp(-2), Math.exp(-1), Math.exp(-0.5), 1].map((r) => Number(r.toPrecision(4)));
/** 16 seeds, each with its own planted pair (16 distinct pairs; a unit test checks). */
export const CONSTRUCT_SEEDS = range(0, 16);

/** The planted pair of a construction run: two distinct frequencies drawn per seed (as the authors' analysis does). */
export function constructionPair(seed: number): [number, number] {
  const rng = new Rng(seed, 'construction-pair');
  const k1 = 1 + rng.int(29);
  let k2 = 1 + rng.int(28);
  if (k2 >= k1) k2++;
  return [k1, k2];
}
export const construction: RunSpec[] = CONSTRUCT_SEEDS.flatMap((seed) =>
  CONSTRUCT_RATIOS.map((ratio) => ({
    id: `construction/r${ratio}-s${seed}`,
    experiment: 'construction' as const,
    config: { p: 59, d: 128, mode: 'fix-mlp' as const, initSeed: 0, seed, steps: DESIGN_STEPS, construct: { k1: constructionPair(seed)[0], k2: constructionPair(seed)[1], ratio } },
    log: DESIGN_LOG,
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

/**
 * Weight decay, the pressure that kills the losing circles (paper.md §2), varied at the paper's
 * size: 0 (no pressure at all) up to three times the paper's 0.5. Longer runs, because weaker decay
 * separates winners from losers more slowly.
 */
export const WEIGHT_DECAYS = [0, 0.25, 0.5, 1, 1.5];
export const WEIGHT_DECAY_SEEDS = range(0, 4);
export const WEIGHT_DECAY_STEPS = 4000;
export const weightDecay: RunSpec[] = WEIGHT_DECAY_SEEDS.flatMap((seed) =>
  WEIGHT_DECAYS.map((wd) => ({
    id: `weight-decay/wd${wd}-s${seed}`,
    experiment: 'weight-decay' as const,
    config: { p: 59, d: 128, seed, weightDecay: wd, steps: WEIGHT_DECAY_STEPS },
    log: DESIGN_LOG,
    labels: { wd, seed },
    tier: 2 as const,
  })),
);

/** The modulus: four primes around the paper's 59, d = 128 (paper.md §5, other sweeps). */
export const MODULI = [31, 43, 59, 71];
export const MODULUS_SEEDS = range(0, 4);
export const modulus: RunSpec[] = MODULUS_SEEDS.flatMap((seed) =>
  MODULI.map((p) => ({
    id: `modulus/p${p}-s${seed}`,
    experiment: 'modulus' as const,
    config: { p, d: 128, seed, steps: DESIGN_STEPS },
    log: DESIGN_LOG,
    labels: { p, seed },
    tier: 2 as const,
  })),
);

/**
 * Settling at the authors' horizon: are the designs' 3,000 steps enough? Perturbation runs taken in
 * a fixed pseudo-random order of the 300 (sorted by a multiplicative hash of their index), trained
 * to 30,000 steps as the authors do (paper.md §5). Nothing in training depends on the step count, so
 * each run's rows up to step 3,000 are its design run's, and the survivor set there can be set
 * against the set at 30,000. The costliest design (2,880,000 steps), so it comes last. Raising
 * HORIZON_RUNS only appends runs to the same order (16 in the first slice, then 48, 96 now), so each slice
 * keeps the runs already computed, on the way to the whole design at the authors' horizon.
 */
export const HORIZON_STEPS = 30000;
export const HORIZON_RUNS = 96;
/**
 * The design's rows up to its 3,000 steps (the settling rule reads them at the design's cadence),
 * then every 1,000 steps: the checkpoints past the design (6,000 … 30,000) are all on that grid, and a
 * run costs 68 rows instead of 311 (about 19 KB in the cache instead of 86), so the whole design at
 * the authors' horizon would fit the cache budget.
 */
export const HORIZON_LOG = { ...DESIGN_LOG, sparseAfter: { step: DESIGN_STEPS, every: 1000 } };
export const horizon: RunSpec[] = perturbation
  .map((spec, i) => ({ spec, hash: (i * 2654435761) % 2 ** 32 }))
  .sort((a, b) => a.hash - b.hash)
  .slice(0, HORIZON_RUNS)
  .map(({ spec }) => ({
    ...spec,
    id: spec.id.replace('perturbation/', 'horizon/'),
    experiment: 'horizon' as const,
    config: { ...spec.config, steps: HORIZON_STEPS },
    log: HORIZON_LOG,
  }));

/**
 * The three initial-signal designs, seed by seed: round i holds the empirical runs of seed i (every
 * embedding), the perturbation runs of seed i (every embedding, each α and its twin) and the
 * construction runs of seed i (every ratio), so a computation stopped after any round leaves every
 * design with complete, balanced groups.
 */
function bySeedRounds(...designs: RunSpec[][]): RunSpec[] {
  const seeds = [...new Set(designs.flatMap((xs) => xs.map((s) => s.config.seed ?? 0)))].sort((a, b) => a - b);
  return seeds.flatMap((seed) => designs.flatMap((xs) => xs.filter((s) => (s.config.seed ?? 0) === seed)));
}

/** Priority order: what the site leans on most comes first, so partial runs are useful. */
export const MANIFEST: RunSpec[] = [
  hero,
  ...ablation,
  ...dimension,
  ...frozen,
  ...weightDecay,
  ...modulus,
  ...bySeedRounds(empirical, perturbation, construction),
  ...horizon,
];

export const TIER1 = MANIFEST.filter((s) => s.tier === 1);

export function totalSteps(specs: RunSpec[] = MANIFEST): number {
  return specs.reduce((a, s) => a + (s.config.steps ?? 0), 0);
}
