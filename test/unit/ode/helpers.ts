/** Small shared helpers for the ODE numerics tests: a seeded RNG and matrix comparisons. */
import { expect } from 'vitest';
import { seeded } from '../../support/seeded';
import { NumericsError, type Matrix, fromData, maxAbs, subtract } from '../../../src/lib/ode';

/** Deterministic uniform [0, 1) so failures are reproducible (the tests' shared mulberry32). */
export const rng = seeded;

/** Standard normal by Box–Muller. */
export function gaussian(rand: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

export function randomMatrix(rows: number, cols: number, seed: number, scale = 1): Matrix {
  const g = gaussian(rng(seed));
  return fromData(
    rows,
    cols,
    Array.from({ length: rows * cols }, () => g() * scale),
  );
}

/** max |a − b| / max(1e-300, max |b|) */
export function relErr(a: Matrix, b: Matrix): number {
  return maxAbs(subtract(a, b)) / Math.max(1e-300, maxAbs(b));
}

export function expectClose(a: Matrix, b: Matrix, relTol: number): void {
  expect(a.rows).toBe(b.rows);
  expect(a.cols).toBe(b.cols);
  expect(relErr(a, b)).toBeLessThanOrEqual(relTol);
}

/** Runs fn and returns the NumericsError code it throws (fails the test if it does not throw one). */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(NumericsError);
    expect((e as NumericsError).message.length).toBeGreaterThan(10);
    return (e as NumericsError).code;
  }
  throw new Error('expected a NumericsError, but nothing was thrown');
}
