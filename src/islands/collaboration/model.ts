/**
 * The collaboration widget's model: keep only chosen circles of a trained embedding (DC kept, as
 * in the authors' collaboration analysis) and evaluate the trained MLP on all p² pairs, in float64
 * on the host. Pure: shared by the build (the static readout) and the page (live).
 */
import { keepFrequencies } from '../../lib/interventions';
import { evaluateHost, type Evaluation } from '../../lib/host-forward';
import type { CollaborationPayload } from '../../figures/data/collaboration';

export type { CollaborationPayload };

export function evaluateKept(payload: CollaborationPayload, keep: readonly number[]): Evaluation {
  const { p, d } = payload.params;
  const embedding = keepFrequencies(payload.params.embedding, p, d, keep, true);
  return evaluateHost({ ...payload.params, embedding });
}

// The widget's URL state (`collab.keep`, `collab.model`) is declared in src/lib/state/collaboration.ts.
