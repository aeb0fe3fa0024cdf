/**
 * The lab's latest run, kept in localStorage for other widgets (e.g. the collaboration widget)
 * to read: "continue with the model you just trained".
 *
 * Key: `fittest:lab-last-run`. Value: JSON of
 *   {
 *     version: 1,
 *     config: TrainConfig,        // the lab run's full engine config (src/lib/config.ts)
 *     step: number,               // updates applied when the run paused or ended
 *     finalParameters: {          // PyTorch state_dict layout, as `finalParameters` in the
 *       'embedding': number[p][d],          //   command line's run files (src/lib/run.ts RunFile,
 *       'linears.0.weight': number[h][2d],  //   src/lib/params.ts paramsToTorch), rounded to
 *       'linears.0.bias': number[h],        //   9 significant digits; h = config.hidden
 *       'linears.1.weight': number[h][h],
 *       'linears.1.bias': number[h],
 *       'linears.2.weight': number[p][h],
 *       'linears.2.bias': number[p],
 *     },
 *     circles: number[],          // surviving frequencies k (2 × mean rule) at `step`
 *     savedAt: string,            // ISO time
 *   }
 * Written when a run pauses or ends (never per step). A diverged run is not saved. Reading
 * validates the shape and returns null for anything missing, corrupt or of another version.
 * Storage can be missing, full or forbidden (private modes): both functions then do nothing.
 */
import { makeConfig, type TrainConfig } from '../../lib/config';
import { paramShapes, PARAM_NAMES, TORCH_NAMES } from '../../lib/params';
import type { TorchParams } from './protocol';
import { circleCount } from '../../lib/fourier';

export const LAST_RUN_KEY = 'fittest:lab-last-run';
export const LAST_RUN_VERSION = 1;

export interface LastRun {
  version: typeof LAST_RUN_VERSION;
  config: TrainConfig;
  step: number;
  finalParameters: TorchParams;
  circles: number[];
  savedAt: string;
}

/** The part of Storage used here (so tests can pass a fake). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // reading `localStorage` itself throws where storage is forbidden
  }
}

/** Save the run; false when storage is unavailable or full (never throws). */
export function saveLastRun(run: Omit<LastRun, 'version' | 'savedAt'>, store: KeyValueStore | null = defaultStore()): boolean {
  if (!store) return false;
  try {
    const value: LastRun = { version: LAST_RUN_VERSION, ...run, savedAt: new Date().toISOString() };
    store.setItem(LAST_RUN_KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function hasShape(x: unknown, shape: number[]): boolean {
  const [n, ...rest] = shape;
  if (!Array.isArray(x) || x.length !== n) return false;
  return rest.length === 0 ? x.every(isFiniteNumber) : x.every((row) => hasShape(row, rest));
}

/** Check a parsed value; the run, or null when anything does not fit. */
export function validateLastRun(x: unknown): LastRun | null {
  if (!x || typeof x !== 'object') return null;
  const o = x as Record<string, unknown>;
  if (o.version !== LAST_RUN_VERSION) return null;
  const c = o.config as Record<string, unknown> | null;
  // The shape-defining fields must be there (makeConfig would fill missing ones with defaults).
  if (!c || typeof c !== 'object' || !['p', 'd', 'hidden', 'seed', 'steps'].every((k) => Number.isInteger(c[k]))) return null;
  let config: TrainConfig;
  try {
    config = makeConfig(o.config as Partial<TrainConfig>);
  } catch {
    return null;
  }
  if (!Number.isInteger(o.step) || (o.step as number) < 0 || (o.step as number) > config.steps) return null;
  const params = o.finalParameters as Record<string, unknown> | null;
  if (!params || typeof params !== 'object') return null;
  const shapes = paramShapes(config);
  for (const name of PARAM_NAMES) if (!hasShape(params[TORCH_NAMES[name]], shapes[name])) return null;
  const half = circleCount(config.p);
  if (!Array.isArray(o.circles) || !o.circles.every((k) => Number.isInteger(k) && k >= 1 && k <= half)) return null;
  if (typeof o.savedAt !== 'string') return null;
  return {
    version: LAST_RUN_VERSION,
    config,
    step: o.step as number,
    finalParameters: params as TorchParams,
    circles: o.circles as number[],
    savedAt: o.savedAt,
  };
}

/** The saved run, or null when there is none, storage is unavailable, or the value is corrupt. */
export function loadLastRun(store: KeyValueStore | null = defaultStore()): LastRun | null {
  if (!store) return null;
  try {
    const raw = store.getItem(LAST_RUN_KEY);
    return raw === null ? null : validateLastRun(JSON.parse(raw));
  } catch {
    return null;
  }
}
