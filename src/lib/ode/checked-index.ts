/**
 * Checked reads for the ODE numerics. With `noUncheckedIndexedAccess`, `v[k]` has type
 * `number | undefined`; these helpers make the read total: an index outside the array
 * (always a slip in index arithmetic here) throws a NumericsError naming the index and
 * length, instead of letting `undefined` turn into a NaN that surfaces steps later as a
 * wrong figure. Writes stay plain assignments: the type checker does not flag them, and
 * every array written here is allocated at its final size before it is filled.
 *
 * Two readers rather than one generic: `at` is the one the inner loops call, and it only
 * ever sees Float64Array, so its single load site stays monomorphic for V8; `elementAt`
 * takes everything else (caller-supplied number[], Int32Array pivots, arrays of rows).
 *
 * Modules bind `at` to a module-level const (`const at = checkedAt`) instead of calling
 * the import directly: vitest rewrites every use of an imported name into a property
 * read through a getter, and in the Lasso's coordinate descent that made the hero-fit
 * test ~10× slower (about 6 s → 60 s here). Bundled and tsx-run code is unaffected.
 */
import { NumericsError } from './errors';

function outOfRange(index: number, length: number): NumericsError {
  return new NumericsError('bad-shape', `Index ${index} is outside an array of length ${length}.`, { index, length });
}

/** values[index] for the Float64Array storage of matrices and state vectors. */
export function at(values: Float64Array, index: number): number {
  const value = values[index];
  if (value === undefined) throw outOfRange(index, values.length);
  return value;
}

/** values[index] for caller-supplied array-likes (number[], Int32Array, …) and arrays of rows. */
export function elementAt<T>(values: ArrayLike<T>, index: number): T {
  const value = values[index];
  if (value === undefined) throw outOfRange(index, values.length);
  return value;
}
