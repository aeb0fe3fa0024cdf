/**
 * The circles'-ODE widget's state (section 7), in the URL under `ode.`:
 *
 *   ?ode.alpha=0.01&ode.edit=3,5:-0.02;7,7:-0.01&ode.x0=12:40&ode.k=1,7
 *
 *   ode.alpha  Lasso penalty, 0 (least squares) to 1
 *   ode.edit   edited coefficients A[i][j] = v, as "i,j:v" (target i, source j, frequencies 1..d), ";"-separated
 *   ode.x0     edited initial signals, "k:v", ";"-separated
 *   ode.k      frequencies whose curves are shown (empty or absent: the widget's default choice)
 *
 * The coordinates are bounded by the number of frequencies d of the loaded signals, so the schema
 * is made from d.
 */
import { parseState, writeState, type EntryListField, type FloatField, type IntSetField } from './schema';

export const ODE_NAMESPACE = 'ode';
export const DEFAULT_ALPHA = 0.01;
export const MAX_ALPHA = 1;
/** |A_ij| larger than this makes no sense for signals that move by ≲ 1 per step. */
export const MAX_COEFFICIENT = 1;
export const MAX_SIGNAL = 1000;
export const MAX_EDITS = 20;
export const MAX_SHOWN = 8;

export function odeSchema(d: number) {
  // The lists have no length cap of their own (the item caps bound what is kept), as before the schema.
  const unbounded = Number.POSITIVE_INFINITY;
  return {
    alpha: { type: 'float', default: DEFAULT_ALPHA, min: 0, max: MAX_ALPHA, overflow: 'reject' } satisfies FloatField,
    edit: {
      type: 'entries',
      default: [],
      arity: 2,
      atMin: 1,
      atMax: d,
      min: -MAX_COEFFICIENT,
      max: MAX_COEFFICIENT,
      maxItems: MAX_EDITS,
      maxLength: unbounded,
    } satisfies EntryListField,
    x0: { type: 'entries', default: [], arity: 1, atMin: 1, atMax: d, min: 0, max: MAX_SIGNAL, maxLength: unbounded } satisfies EntryListField,
    k: { type: 'intset', default: [], min: 1, max: d, maxItems: MAX_SHOWN, maxLength: unbounded } satisfies IntSetField,
  };
}

export type OdeSchema = ReturnType<typeof odeSchema>;

export function readOdeState(d: number, search: URLSearchParams | string) {
  return parseState(odeSchema(d), search, ODE_NAMESPACE);
}

export function writeOdeState(d: number, state: ReturnType<typeof readOdeState>['state'], params: URLSearchParams = new URLSearchParams()): URLSearchParams {
  return writeState(odeSchema(d), state, ODE_NAMESPACE, params);
}
