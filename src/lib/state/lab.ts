/**
 * The live lab's state: what the reader can set, with its bounds, as one schema. It lives in the
 * URL under `lab.` (e.g. `?lab.seed=3&lab.d=64&lab.step=500`), so a link reproduces a run.
 * Cross-field rules the engine enforces (lr × weight decay < 1, the shared step ≤ the run's
 * length) are applied here too, with a notice, so a hand-edited link never reaches a ConfigError.
 */
import { ConfigError, makeConfig, type TrainConfig } from '../config';
import { parseState, writeState, serialiseField, type EnumField, type Notice, type StateOf } from './schema';

export const LAB_NAMESPACE = 'lab';

/** The primes the lab offers for p (13 … 113). */
export const LAB_PRIMES = [13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113] as const;
export const LAB_BACKENDS = ['auto', 'wasm', 'webgl', 'cpu'] as const;
/** Steps per frame; "max" lets the worker take chunks as large as it likes. */
export const LAB_SPEEDS = ['1', '5', '10', '25', 'max'] as const;
export const MAX_LAB_STEPS = 50_000;

export const labSchema = {
  seed: { type: 'int', default: 0, min: 0, max: 2_147_483_647 },
  d: { type: 'int', default: 128, min: 2, max: 256 },
  p: { type: 'enum', default: 59, values: LAB_PRIMES } as EnumField<(typeof LAB_PRIMES)[number]>,
  lr: { type: 'float', default: 0.01, min: 1e-5, max: 10 },
  wd: { type: 'float', default: 0.5, min: 0, max: 2 },
  frac: { type: 'float', default: 0.8, min: 0.05, max: 0.95 },
  steps: { type: 'int', default: 3000, min: 1, max: MAX_LAB_STEPS },
  backend: { type: 'enum', default: 'auto', values: LAB_BACKENDS } as EnumField<(typeof LAB_BACKENDS)[number]>,
  speed: { type: 'enum', default: 'max', values: LAB_SPEEDS } as EnumField<(typeof LAB_SPEEDS)[number]>,
  /** The step a shared link points at (0 = none): the lab offers to run to it. */
  step: { type: 'int', default: 0, min: 0, max: MAX_LAB_STEPS },
  /** Target of "run until test accuracy ≥ x". */
  until: { type: 'float', default: 0.99, min: 0.05, max: 1 },
} as const;

export type LabSchema = typeof labSchema;
export type LabState = StateOf<LabSchema>;

export interface Preset {
  id: 'paper' | 'small' | 'circles';
  values: Partial<LabState>;
}

/** The presets: the paper's setup, a small model that trains in seconds, and a wide embedding (more circles). */
export const LAB_PRESETS: readonly Preset[] = [
  { id: 'paper', values: { p: 59, d: 128, lr: 0.01, wd: 0.5, frac: 0.8, steps: 3000 } },
  { id: 'small', values: { p: 31, d: 32, lr: 0.01, wd: 0.5, frac: 0.8, steps: 600 } },
  { id: 'circles', values: { p: 59, d: 256, lr: 0.01, wd: 0.5, frac: 0.8, steps: 3000 } },
];

/** x rounded down to two significant digits (x > 0): 0.10879… → 0.1, 1.98 → 1.9. */
function floorTwoDigits(x: number): number {
  const unit = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Number((Math.floor(x / unit) * unit).toPrecision(2));
}

/** Apply the cross-field rules to a state; returns the fixed state and a notice per change. */
export function reconcile(state: LabState): { state: LabState; notices: Notice[] } {
  const s = { ...state };
  const notices: Notice[] = [];
  if (s.lr * s.wd >= 1) {
    const wd = floorTwoDigits(0.99 / s.lr); // rounded down, so lr · wd ≤ 0.99 (rounding to nearest could reach 1)
    notices.push({ key: 'wd', kind: 'adjusted', raw: String(s.wd), value: String(wd) });
    s.wd = wd;
  }
  if (s.step > s.steps) {
    notices.push({ key: 'step', kind: 'adjusted', raw: String(s.step), value: String(s.steps) });
    s.step = s.steps;
  }
  // Last line of defence: whatever the engine still refuses goes back to its default.
  for (let i = 0; i < 4; i++) {
    try {
      makeConfig(toConfigFields(s));
      break;
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      const key = CONFIG_TO_STATE[err.field] ?? 'wd';
      const field = labSchema[key];
      notices.push({ key, kind: 'adjusted', raw: String(s[key]), value: serialiseField(field, field.default) });
      (s as Record<string, unknown>)[key] = field.default;
    }
  }
  return { state: s, notices };
}

const CONFIG_TO_STATE: Record<string, keyof LabState> = { p: 'p', d: 'd', seed: 'seed', lr: 'lr', weightDecay: 'wd', trainFraction: 'frac', steps: 'steps' };

function toConfigFields(s: LabState): Partial<TrainConfig> {
  return { p: s.p, d: s.d, seed: s.seed, lr: s.lr, weightDecay: s.wd, trainFraction: s.frac, steps: s.steps };
}

/** The engine config of a (reconciled) lab state: the paper's model, default run mode. */
export function labConfig(s: LabState): TrainConfig {
  return makeConfig(toConfigFields(s));
}

/** Read the lab's state from a query string. Never throws. */
export function readLabState(search: URLSearchParams | string): { state: LabState; notices: Notice[] } {
  const parsed = parseState(labSchema, search, LAB_NAMESPACE);
  const fixed = reconcile(parsed.state);
  return { state: fixed.state, notices: [...parsed.notices, ...fixed.notices] };
}

/** Write the lab's state into a query string, keeping other namespaces' parameters. */
export function writeLabState(state: LabState, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  return writeState(labSchema, state, LAB_NAMESPACE, params);
}

/** Which preset (if any) the state matches. */
export function matchingPreset(s: LabState): Preset['id'] | null {
  const hit = LAB_PRESETS.find((pr) => Object.entries(pr.values).every(([k, v]) => s[k as keyof LabState] === v));
  return hit?.id ?? null;
}
