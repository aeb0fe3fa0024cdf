/**
 * The circles'-ODE widget's URL state, read and written through the shared schema
 * (src/lib/state/ode.ts declares the `ode.*` fields and their bounds). This module only translates
 * between the schema's generic values and the widget's own shapes, and the schema's notices into
 * the widget's (one per repaired item, unknown `ode.` settings named in full).
 *
 * Parsing never throws: out-of-range numbers are clamped, malformed items dropped, and each
 * such repair is reported as a notice the widget shows. Other query parameters are left alone.
 */
import { ODE_NAMESPACE, readOdeState, writeOdeState } from '../../lib/state/ode';
import type { Notice } from '../../lib/state/schema';

export { DEFAULT_ALPHA, MAX_ALPHA, MAX_COEFFICIENT, MAX_SIGNAL, MAX_EDITS, MAX_SHOWN } from '../../lib/state/ode';

export interface CoefficientEdit {
  /** Target frequency (row), 1-based. */
  i: number;
  /** Source frequency (column), 1-based. */
  j: number;
  value: number;
}

export interface SignalEdit {
  k: number;
  value: number;
}

export interface OdeUrlState {
  alpha: number;
  edits: CoefficientEdit[];
  x0: SignalEdit[];
  /** Shown frequencies; null = the default choice. */
  shown: number[] | null;
}

export type NoticeKind = 'alpha' | 'edit' | 'x0' | 'k' | 'unknown';
export interface UrlNotice {
  kind: NoticeKind;
  /** The offending raw text (for an unknown setting, its name). */
  raw: string;
  /** 'clamped': a value was moved into range; 'dropped': the item was ignored. */
  action: 'clamped' | 'dropped';
}

const NOTICE_ORDER: NoticeKind[] = ['alpha', 'edit', 'x0', 'k', 'unknown'];

function toUrlNotice(n: Notice): UrlNotice {
  if (n.kind === 'unknown') return { kind: 'unknown', raw: `${ODE_NAMESPACE}.${n.key}`, action: 'dropped' };
  return { kind: n.key as NoticeKind, raw: n.raw, action: n.kind === 'rejected' ? 'dropped' : 'clamped' };
}

export function parseOdeUrl(params: URLSearchParams, d: number): { state: OdeUrlState; notices: UrlNotice[] } {
  const { state, notices } = readOdeState(d, params);
  return {
    state: {
      alpha: state.alpha,
      edits: state.edit.map((e) => ({ i: e.at[0]!, j: e.at[1]!, value: e.value })),
      x0: state.x0.map((e) => ({ k: e.at[0]!, value: e.value })),
      shown: state.k.length > 0 ? state.k : null,
    },
    // Grouped by setting, in the widget's order (a stable sort keeps each setting's items in link order).
    notices: notices.map(toUrlNotice).sort((a, b) => NOTICE_ORDER.indexOf(a.kind) - NOTICE_ORDER.indexOf(b.kind)),
  };
}

/** Writes the state into a copy of `params` (only non-default values; other namespaces untouched). */
export function writeOdeUrl(params: URLSearchParams, state: OdeUrlState, d = Number.MAX_SAFE_INTEGER): URLSearchParams {
  return writeOdeState(
    d,
    {
      alpha: state.alpha,
      edit: state.edits.map((e) => ({ at: [e.i, e.j], value: e.value + 0 })), // + 0: -0 is written as 0
      x0: state.x0.map((e) => ({ at: [e.k], value: e.value + 0 })),
      k: [...new Set(state.shown ?? [])].sort((a, b) => a - b),
    },
    new URLSearchParams(params),
  );
}
