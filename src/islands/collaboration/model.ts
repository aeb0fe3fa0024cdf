/**
 * The collaboration widget's model: keep only chosen circles of a trained embedding (DC kept, as
 * in the authors' collaboration analysis) and evaluate the trained MLP on all p² pairs, in float64
 * on the host. Pure: shared by the build (the static readout) and the page (live).
 */
import { keepFrequencies } from '../../lib/interventions';
import { evaluateHost, type Evaluation } from '../../lib/host-forward';
import type { Notice } from '../../lib/state/schema';
import type { CollaborationPayload } from '../../figures/data/collaboration';

export type { CollaborationPayload };

export function evaluateKept(payload: CollaborationPayload, keep: readonly number[]): Evaluation {
  const { p, d } = payload.params;
  const embedding = keepFrequencies(payload.params.embedding, p, d, keep, true);
  return evaluateHost({ ...payload.params, embedding });
}

/** The URL key of this widget: `collab.keep=24,6,10` (empty = DC only; absent = the survivors). */
export const KEEP_PARAM = 'collab.keep';
/** Whose model: `collab.model=lab` (the lab's latest run in this browser); absent or `ref` = our reference run. */
export const MODEL_PARAM = 'collab.model';

/** Read the kept frequencies from the URL: integers in 1..half, deduplicated; bad entries dropped with a notice. */
export function parseKeep(raw: string | null, half: number, fallback: number[]): { keep: number[]; notices: Notice[] } {
  if (raw === null) return { keep: [...fallback], notices: [] };
  const notices: Notice[] = [];
  if (raw.length > 200) return { keep: [...fallback], notices: [{ key: 'keep', kind: 'rejected', raw: raw.slice(0, 24) + '…', value: fallback.join(',') }] };
  const keep: number[] = [];
  for (const part of raw.split(',')) {
    const t = part.trim();
    if (t === '') continue;
    const k = /^\d{1,4}$/.test(t) ? Number(t) : NaN;
    if (!Number.isInteger(k) || k < 1 || k > half) {
      notices.push({ key: 'keep', kind: 'rejected', raw: t.slice(0, 24) });
      continue;
    }
    if (!keep.includes(k)) keep.push(k);
  }
  return { keep, notices };
}

export function serialiseKeep(keep: readonly number[]): string {
  return keep.join(',');
}
