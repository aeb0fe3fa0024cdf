/**
 * The fitness widget's state (section "What makes a circle fit"): which frequency to nudge, by
 * how much, and how many short paired runs to train. One schema, in the URL under `fit.`
 * (e.g. `?fit.k=25&fit.alpha=1.15&fit.seeds=3`), so a link reopens the same experiment.
 */
import { makeConfig, type TrainConfig } from '../config';
import { parseState, writeState, type EnumField, type Notice, type StateOf } from './schema';
import { circleCount } from '../fourier';

export const FIT_NAMESPACE = 'fit';
export const FIT_P = 59;
export const FIT_D = 128;
/** The embedding the reference perturbation design starts from (mode fix-embedding). */
export const FIT_DEFAULT_EMBEDDING = 200;
export const FIT_BACKENDS = ['auto', 'wasm', 'webgl', 'cpu'] as const;

export const fitnessSchema = {
  /** The frequency whose initial Fourier component is scaled (with its mirror p − k). */
  k: { type: 'int', default: 25, min: 1, max: circleCount(FIT_P) },
  /** The factor applied to Ê_k and Ê_{p−k} at initialisation. */
  alpha: { type: 'float', default: 1.15, min: 0.5, max: 2 },
  /** How many MLP/split seeds (0, 1, …) each condition is trained with. */
  seeds: { type: 'int', default: 2, min: 1, max: 8 },
  /**
   * Updates per run: short runs, judged by the circle rule at their last step. The default is
   * short enough for a first verdict within about 10 s on a laptop's wasm engine (~40 ms a
   * step); the page says how provisional a verdict that early is.
   */
  steps: { type: 'int', default: 150, min: 50, max: 3000 },
  /** Train an untouched twin (α = 1) beside each nudged run. */
  control: { type: 'bool', default: true },
  /** Seed of the fixed initial embedding every run shares. */
  embedding: { type: 'int', default: FIT_DEFAULT_EMBEDDING, min: 0, max: 2_147_483_647 },
  backend: { type: 'enum', default: 'auto', values: FIT_BACKENDS } as EnumField<(typeof FIT_BACKENDS)[number]>,
} as const;

export type FitnessSchema = typeof fitnessSchema;
export type FitnessState = StateOf<FitnessSchema>;

/** One run of the plan: a seed and the factor its frequency k starts scaled by (1 = control). */
export interface PlannedRun {
  seed: number;
  alpha: number;
  /** True for the untouched twin. */
  control: boolean;
}

/**
 * The runs a state asks for, seed by seed, the reader's nudged run first and its untouched twin
 * right after: the first result is the one the reader asked about, and after every pair they
 * have a like-for-like comparison, however early they stop.
 */
export function planRuns(s: FitnessState): PlannedRun[] {
  const out: PlannedRun[] = [];
  for (let seed = 0; seed < s.seeds; seed++) {
    out.push({ seed, alpha: s.alpha, control: s.alpha === 1 });
    if (s.control && s.alpha !== 1) out.push({ seed, alpha: 1, control: true });
  }
  return out;
}

/** The engine config of one planned run: the paper's model, the embedding fixed by `embedding`. */
export function fitnessConfig(s: FitnessState, run: PlannedRun): TrainConfig {
  return makeConfig({
    p: FIT_P,
    d: FIT_D,
    mode: 'fix-embedding',
    initSeed: s.embedding,
    seed: run.seed,
    steps: s.steps,
    scaleFrequencies: run.alpha === 1 ? [] : [{ k: s.k, alpha: run.alpha }],
  });
}

/** Read the widget's state from a query string. Never throws. */
export function readFitnessState(search: URLSearchParams | string): { state: FitnessState; notices: Notice[] } {
  return parseState(fitnessSchema, search, FIT_NAMESPACE);
}

/** Write the widget's state into a query string, keeping other namespaces' parameters. */
export function writeFitnessState(state: FitnessState, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  return writeState(fitnessSchema, state, FIT_NAMESPACE, params);
}
