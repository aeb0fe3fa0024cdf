/**
 * The training configuration: the paper's hyper-parameters as defaults, one validator that
 * names the offending field, and the seed plumbing of the authors' run modes.
 */
import { circleCount } from './fourier';

/** The authors' run modes (paper.md §2): which parts are held fixed by `initSeed`. */
export type RunMode = 'default' | 'fix-embedding' | 'fix-mlp' | 'fix-dataset';
export const RUN_MODES: readonly RunMode[] = ['default', 'fix-embedding', 'fix-mlp', 'fix-dataset'];

export interface FrequencyScale {
  /** Fourier frequency 1 ≤ k ≤ p − 1 (k and p − k are scaled together). */
  k: number;
  /** Factor applied to the initial Fourier component Ê_k (and Ê_{p−k}). */
  alpha: number;
}

export interface TrainConfig {
  /** Modulus; the task is (a + b) mod p over all p² ordered pairs. */
  p: number;
  /** Embedding dimension. */
  d: number;
  /** Width of the two hidden layers (the paper: 100). */
  hidden: number;
  seed: number;
  /** Seed of the parts a run mode holds fixed (unused in the default mode). */
  initSeed: number;
  mode: RunMode;
  lr: number;
  weightDecay: number;
  beta1: number;
  beta2: number;
  eps: number;
  trainFraction: number;
  /** Number of AdamW updates. */
  steps: number;
  /** Only the MLP trains; the embedding is neither updated nor decayed (AdamW skips it). */
  freezeEmbedding: boolean;
  /** Scale chosen initial Fourier components (perturbation design, §3.2.1). */
  scaleFrequencies: FrequencyScale[];
  /** If set, zero every initial Fourier component except these k (and p − k); DC is zeroed too (ablation). */
  keepFrequencies: number[] | null;
  /** If set, build the initial embedding in Fourier space (construction design): two planted frequencies. */
  construct: ConstructSpec | null;
}

export interface ConstructSpec {
  k1: number;
  k2: number;
  /** Amplitude of k2 relative to k1 (amplitude 80). */
  ratio: number;
}

export const DEFAULT_CONFIG: Readonly<TrainConfig> = Object.freeze({
  p: 59,
  d: 128,
  hidden: 100,
  seed: 0,
  initSeed: 0,
  mode: 'default',
  lr: 0.01,
  weightDecay: 0.5,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  trainFraction: 0.8,
  steps: 2000,
  freezeEmbedding: false,
  scaleFrequencies: [],
  keepFrequencies: null,
  construct: null,
});

export class ConfigError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`invalid config: ${field}: ${message}`);
    this.name = 'ConfigError';
  }
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);
const isFiniteNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Fill defaults and validate. Throws ConfigError naming the first bad field. */
export function makeConfig(partial: Partial<TrainConfig> = {}): TrainConfig {
  const c: TrainConfig = {
    ...DEFAULT_CONFIG,
    ...partial,
    scaleFrequencies: [...(partial.scaleFrequencies ?? [])],
    keepFrequencies: partial.keepFrequencies ? [...partial.keepFrequencies] : null,
    construct: partial.construct ? { ...partial.construct } : null,
  };
  if (!isInt(c.p) || c.p < 3 || c.p > 257) throw new ConfigError('p', `must be an integer in 3..257, got ${fmt(c.p)}`);
  if (!isInt(c.d) || c.d < 1 || c.d > 4096) throw new ConfigError('d', `must be an integer in 1..4096, got ${fmt(c.d)}`);
  if (!isInt(c.hidden) || c.hidden < 1 || c.hidden > 4096) throw new ConfigError('hidden', `must be an integer in 1..4096, got ${fmt(c.hidden)}`);
  if (!isInt(c.seed)) throw new ConfigError('seed', `must be an integer, got ${fmt(c.seed)}`);
  if (!isInt(c.initSeed)) throw new ConfigError('initSeed', `must be an integer, got ${fmt(c.initSeed)}`);
  if (!RUN_MODES.includes(c.mode)) throw new ConfigError('mode', `must be one of ${RUN_MODES.join(', ')}, got ${fmt(c.mode)}`);
  if (!isFiniteNum(c.lr) || c.lr <= 0) throw new ConfigError('lr', `must be a finite number > 0, got ${fmt(c.lr)}`);
  if (!isFiniteNum(c.weightDecay) || c.weightDecay < 0) throw new ConfigError('weightDecay', `must be a finite number ≥ 0, got ${fmt(c.weightDecay)}`);
  if (c.lr * c.weightDecay >= 1)
    throw new ConfigError('weightDecay', `lr × weightDecay must be < 1 (decoupled decay multiplies by 1 − lr·wd), got ${c.lr * c.weightDecay}`);
  if (!isFiniteNum(c.beta1) || c.beta1 < 0 || c.beta1 >= 1) throw new ConfigError('beta1', `must be in [0, 1), got ${fmt(c.beta1)}`);
  if (!isFiniteNum(c.beta2) || c.beta2 < 0 || c.beta2 >= 1) throw new ConfigError('beta2', `must be in [0, 1), got ${fmt(c.beta2)}`);
  if (!isFiniteNum(c.eps) || c.eps <= 0) throw new ConfigError('eps', `must be a finite number > 0, got ${fmt(c.eps)}`);
  if (!isFiniteNum(c.trainFraction) || c.trainFraction <= 0 || c.trainFraction >= 1)
    throw new ConfigError('trainFraction', `must be strictly between 0 and 1, got ${fmt(c.trainFraction)}`);
  const nTrain = Math.floor(c.trainFraction * c.p * c.p);
  if (nTrain < 1 || nTrain >= c.p * c.p)
    throw new ConfigError('trainFraction', `leaves ${nTrain} training examples of ${c.p * c.p}; need at least one in each split`);
  if (!isInt(c.steps) || c.steps < 0 || c.steps > 10_000_000) throw new ConfigError('steps', `must be an integer in 0..10,000,000, got ${fmt(c.steps)}`);
  if (typeof c.freezeEmbedding !== 'boolean') throw new ConfigError('freezeEmbedding', `must be true or false, got ${fmt(c.freezeEmbedding)}`);
  for (const [i, s] of c.scaleFrequencies.entries()) {
    if (!isInt(s.k) || s.k < 1 || s.k >= c.p) throw new ConfigError(`scaleFrequencies[${i}].k`, `must be an integer in 1..${c.p - 1}, got ${fmt(s.k)}`);
    if (!isFiniteNum(s.alpha)) throw new ConfigError(`scaleFrequencies[${i}].alpha`, `must be a finite number, got ${fmt(s.alpha)}`);
  }
  if (c.keepFrequencies) {
    for (const [i, k] of c.keepFrequencies.entries()) {
      if (!isInt(k) || k < 1 || k >= c.p) throw new ConfigError(`keepFrequencies[${i}]`, `must be an integer in 1..${c.p - 1}, got ${fmt(k)}`);
    }
  }
  if (c.construct) {
    const half = circleCount(c.p);
    for (const key of ['k1', 'k2'] as const) {
      const k = c.construct[key];
      if (!isInt(k) || k < 1 || k > half) throw new ConfigError(`construct.${key}`, `must be an integer in 1..${half}, got ${fmt(k)}`);
    }
    if (c.construct.k1 === c.construct.k2) throw new ConfigError('construct.k2', 'must differ from construct.k1');
    if (!isFiniteNum(c.construct.ratio) || c.construct.ratio < 0)
      throw new ConfigError('construct.ratio', `must be a finite number ≥ 0, got ${fmt(c.construct.ratio)}`);
  }
  return c;
}

function fmt(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x);
  if (typeof x === 'number') return String(x);
  return JSON.stringify(x) ?? String(x);
}

/** Seeds of the three independently random parts, following the authors' run modes (paper.md §2). */
export interface PartSeeds {
  embedding: number;
  mlp: number;
  split: number;
}

export function partSeeds(c: Pick<TrainConfig, 'mode' | 'seed' | 'initSeed'>): PartSeeds {
  switch (c.mode) {
    case 'default':
      return { embedding: c.seed, mlp: c.seed, split: c.seed };
    case 'fix-embedding':
      return { embedding: c.initSeed, mlp: c.seed, split: c.seed };
    case 'fix-mlp':
      return { embedding: c.seed, mlp: c.initSeed, split: c.initSeed };
    case 'fix-dataset':
      return { embedding: c.seed, mlp: c.seed, split: c.initSeed };
  }
}

/** Number of trainable parameters (49,311 for p = 59, d = 128, width 100). */
export function parameterCount(c: Pick<TrainConfig, 'p' | 'd' | 'hidden'>): number {
  const { p, d, hidden: h } = c;
  return p * d + (2 * d * h + h) + (h * h + h) + (h * p + p);
}
