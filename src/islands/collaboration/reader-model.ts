/**
 * A model of the reader's own for the collaboration widget: the lab's latest run (saved in this
 * browser by the lab, see ../training/last-run.ts) or a run file (the lab's JSON export or the command
 * line's run file). Either is validated with the lab's own checks before any number is used.
 * Pure apart from the lab's storage helper.
 */
import { validateLastRun, type LastRun } from '../training/last-run';
import { paramsFromTorch } from '../../lib/params';
import { countCircles, halfSpectrum, signals } from '../../lib/fourier';
import type { CollaborationPayload } from './model';

/** Files larger than this are refused before parsing (a p = 113, d = 256 run file is ~10 MB). */
export const MAX_RUN_FILE_BYTES = 40 * 1024 * 1024;

/** The collaboration payload of a validated run: parameters in float64, circles and spectrum recomputed. */
export function payloadFromRun(run: Pick<LastRun, 'config' | 'step' | 'finalParameters'>, source: string): CollaborationPayload {
  const { p, d, hidden } = run.config;
  const params = paramsFromTorch(run.finalParameters, { p, d, hidden });
  const s = signals(params.embedding, p, d);
  return {
    source,
    step: run.step,
    params,
    circles: countCircles(s).circles,
    signals: halfSpectrum(s),
  };
}

export type RunFileResult = { ok: true; run: LastRun } | { ok: false; reason: 'json' | 'parameters' | 'shape' };

/**
 * Read a run file's text: it must carry a config and `finalParameters` of the config's shape.
 * The step is the last logged one (the file's `steps`), or the config's length when absent.
 */
export function readRunFile(text: string): RunFileResult {
  let x: unknown;
  try {
    x = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (!x || typeof x !== 'object') return { ok: false, reason: 'json' };
  const o = x as Record<string, unknown>;
  if (!o.finalParameters || typeof o.finalParameters !== 'object') return { ok: false, reason: 'parameters' };
  const steps = Array.isArray(o.steps) ? o.steps : [];
  const last = steps.length ? steps[steps.length - 1] : (o.config as Record<string, unknown> | undefined)?.steps;
  // The lab's validator also checks the circles list; recompute it later, pass an empty one here.
  const run = validateLastRun({ version: 1, config: o.config, step: last, finalParameters: o.finalParameters, circles: [], savedAt: '' });
  return run ? { ok: true, run } : { ok: false, reason: 'shape' };
}
