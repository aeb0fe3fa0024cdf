/**
 * The collaboration widget's state (section 6): which circles are kept and whose model, in the URL
 * under `collab.` (`?collab.keep=6,24&collab.model=lab`). The kept set is bounded by the model's own
 * p (half = ⌊(p−1)/2⌋) and defaults to that model's surviving circles, so the schema is made from
 * the model; `collab.keep=` (empty) keeps the DC term only.
 */
import { parseState, writeState, type EnumField, type IntSetField, type Notice } from './schema';

export const COLLAB_NAMESPACE = 'collab';
export type CollabModel = 'ref' | 'lab';

/** `half`: the model's highest frequency; `survivors`: the circles kept when the link names none. */
export function collaborationSchema(half: number, survivors: readonly number[]) {
  return {
    // 200 characters hold every frequency up to p = 113 written out; longer is not a link we made.
    keep: { type: 'intset', default: [...survivors].sort((a, b) => a - b), min: 1, max: half, maxLength: 200 } satisfies IntSetField,
    model: { type: 'enum', default: 'ref', values: ['ref', 'lab'] } as EnumField<CollabModel>,
  };
}

export interface CollaborationState {
  keep: number[];
  model: CollabModel;
}

/**
 * Read `collab.*`. Unknown `collab.` keys are reported as 'unknown' notices; the widget shows only
 * those about `keep` and `model`, as it always has.
 */
export function readCollaborationState(
  half: number,
  survivors: readonly number[],
  search: URLSearchParams | string,
): { state: CollaborationState; notices: Notice[] } {
  return parseState(collaborationSchema(half, survivors), search, COLLAB_NAMESPACE);
}

/** `collab.keep` is always written (absent means "the survivors", which may differ from the boxes ticked). */
export function writeCollaborationState(state: CollaborationState, params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const keep = [...new Set(state.keep)].sort((a, b) => a - b); // the boxes' order is the page's, not the link's
  return writeState(collaborationSchema(Number.MAX_SAFE_INTEGER, []), { ...state, keep }, COLLAB_NAMESPACE, params, ['keep']);
}
