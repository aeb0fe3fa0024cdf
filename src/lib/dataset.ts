/**
 * The modular-addition task: all p² ordered pairs (a, b) with label (a + b) mod p.
 * Example index n ∈ [0, p²) is a = n mod p, b = ⌊n / p⌋ (the authors' meshgrid order), so the
 * examples form a p × p grid with b as the row and a as the column.
 */
import { Rng } from './rng';

export interface Split {
  p: number;
  /** Sorted example indices of the training set. */
  train: Int32Array;
  /** Sorted example indices of the test set (the complement). */
  test: Int32Array;
}

export const operandA = (n: number, p: number): number => n % p;
export const operandB = (n: number, p: number): number => Math.floor(n / p);
export const label = (n: number, p: number): number => (operandA(n, p) + operandB(n, p)) % p;

/** Training-set size as the authors' code computes it: int(fraction · p²). */
export function trainSize(p: number, fraction: number): number {
  return Math.floor(fraction * p * p);
}

/** A seeded random split (Fisher–Yates on 0..p²−1, first int(fraction·p²) go to training). */
export function randomSplit(p: number, fraction: number, seed: number): Split {
  const all = Int32Array.from({ length: p * p }, (_, i) => i);
  new Rng(seed, 'split').shuffle(all);
  const nTrain = trainSize(p, fraction);
  const train = all.slice(0, nTrain).sort();
  const test = all.slice(nTrain).sort();
  return { p, train, test };
}

/** Validate an explicit split (e.g. the golden fixture's): in range, no duplicates, no overlap, complete. */
export function explicitSplit(p: number, train: ArrayLike<number>, test: ArrayLike<number>): Split {
  const n = p * p;
  const seen = new Uint8Array(n);
  const check = (xs: ArrayLike<number>, name: string, mark: number) => {
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!;
      if (!Number.isInteger(x) || x < 0 || x >= n) throw new RangeError(`${name}[${i}] = ${x} is out of range 0..${n - 1}`);
      if (seen[x] === mark) throw new RangeError(`${name} contains ${x} twice`);
      if (seen[x]) throw new RangeError(`example ${x} is in both trainIndices and testIndices`);
      seen[x] = mark;
    }
  };
  check(train, 'trainIndices', 1);
  check(test, 'testIndices', 2);
  if (train.length === 0 || test.length === 0) throw new RangeError('trainIndices and testIndices must both be non-empty');
  return { p, train: Int32Array.from(train).sort(), test: Int32Array.from(test).sort() };
}
