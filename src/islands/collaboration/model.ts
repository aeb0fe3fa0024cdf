/**
 * The collaboration widget's model: keep only chosen circles of a trained embedding (DC kept, as
 * in the authors' collaboration analysis) and evaluate the trained MLP on all p² pairs, in float64
 * on the host. Pure: shared by the build (the static readout) and the page (live).
 */
import { keepFrequencies } from '../../lib/interventions';
import { evaluateHost, type Evaluation } from '../../lib/host-forward';
import type { HostParams } from '../../lib/params';

export interface CollaborationPayload {
  /** Which run the model comes from (e.g. "hero/d128-s0") and its step. */
  source: string;
  step: number;
  params: HostParams;
  /** Surviving circles, strongest first. */
  circles: number[];
  /** Half spectrum of the final embedding (S_0..S_{(p−1)/2}). */
  signals: number[];
}

export function evaluateKept(payload: CollaborationPayload, keep: readonly number[]): Evaluation {
  const { p, d } = payload.params;
  const embedding = keepFrequencies(payload.params.embedding, p, d, keep, true);
  return evaluateHost({ ...payload.params, embedding });
}

// The widget's URL state (`collab.keep`, `collab.model`) is declared in src/lib/state/collaboration.ts.
