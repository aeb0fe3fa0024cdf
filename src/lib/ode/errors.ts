/**
 * The one error type thrown by the ODE numerics. `code` is machine-readable so that
 * the UI can decide what to say (e.g. "this matrix cannot be inverted"), and the
 * message is meant to be readable by a person as it stands.
 */
export type NumericsErrorCode =
  | 'bad-shape' // dimensions do not match, empty input, ragged rows
  | 'bad-argument' // a parameter outside its valid range (negative tolerance, …)
  | 'non-finite' // NaN or ±Infinity in the input
  | 'singular' // a matrix that must be inverted is (numerically) singular
  | 'ill-conditioned' // invertible on paper, but too badly conditioned to trust the inverse
  | 'blow-up' // a computation overflowed or a trajectory diverged
  | 'no-convergence'; // an iterative method ran out of iterations

export class NumericsError extends Error {
  readonly code: NumericsErrorCode;
  /** Optional structured context (indices, condition numbers, …) for logging and tests. */
  readonly details?: Record<string, unknown>;

  constructor(code: NumericsErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'NumericsError';
    this.code = code;
    this.details = details;
  }
}

/** Throws a `non-finite` error naming the first offending entry. */
export function assertFiniteArray(values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new NumericsError('non-finite', `${what} contains a non-finite value (${values[i]}) at index ${i}.`, {
        index: i,
        value: values[i],
      });
    }
  }
}
