/**
 * A linear separator of survived vs died in the (g, S(0)) plane: logistic regression fitted by
 * plain gradient descent on standardised features (deterministic), with a seeded hold-out split
 * for an honest accuracy. The paper uses a linear SVM (paper.md §3.6); any linear classifier
 * answers the same question — how well one straight line separates the two groups.
 */
import { Rng } from '../../lib/rng';

export interface LabelledPoint {
  x: number;
  y: number;
  label: boolean;
}

export interface Separator {
  /** Decision value a·x + b·y + c (> 0 ⇒ predicted "survived"), in the original units. */
  a: number;
  b: number;
  c: number;
  trainAccuracy: number;
  testAccuracy: number;
  nTrain: number;
  nTest: number;
}

export const predict = (s: Pick<Separator, 'a' | 'b' | 'c'>, x: number, y: number): boolean => s.a * x + s.b * y + s.c > 0;

export function accuracy(s: Pick<Separator, 'a' | 'b' | 'c'>, pts: readonly LabelledPoint[]): number {
  if (!pts.length) return NaN;
  return pts.filter((p) => predict(s, p.x, p.y) === p.label).length / pts.length;
}

/** Split indices into train/test with a seeded shuffle (test = `testFraction`, at least one each when possible). */
export function holdout<T>(pts: readonly T[], testFraction = 0.2, seed = 0): { train: T[]; test: T[] } {
  const idx = Int32Array.from({ length: pts.length }, (_, i) => i);
  new Rng(seed, 'separator-holdout').shuffle(idx);
  const nTest = pts.length >= 2 ? Math.max(1, Math.round(pts.length * testFraction)) : 0;
  return { test: [...idx.slice(0, nTest)].map((i) => pts[i]!), train: [...idx.slice(nTest)].map((i) => pts[i]!) };
}

/** Logistic regression by gradient descent (L2 penalty λ on the weights), returned in original units. */
export function fitLogistic(
  pts: readonly LabelledPoint[],
  o: { steps?: number; lr?: number; l2?: number; balanced?: boolean } = {},
): Pick<Separator, 'a' | 'b' | 'c'> {
  const { steps = 3000, lr = 0.5, l2 = 1e-3, balanced = true } = o;
  const n = pts.length;
  if (!n) return { a: 0, b: 0, c: 0 };
  const mx = pts.reduce((s, p) => s + p.x, 0) / n;
  const my = pts.reduce((s, p) => s + p.y, 0) / n;
  const sx = Math.sqrt(pts.reduce((s, p) => s + (p.x - mx) ** 2, 0) / n) || 1;
  const sy = Math.sqrt(pts.reduce((s, p) => s + (p.y - my) ** 2, 0) / n) || 1;
  const pos = pts.filter((p) => p.label).length;
  // Class weights so the rarer class (survivors are ~1 in 6) is not ignored.
  const wPos = balanced && pos ? n / (2 * pos) : 1;
  const wNeg = balanced && n - pos ? n / (2 * (n - pos)) : 1;
  let w1 = 0;
  let w2 = 0;
  let w0 = 0;
  for (let it = 0; it < steps; it++) {
    let g1 = 0;
    let g2 = 0;
    let g0 = 0;
    for (const p of pts) {
      const u = (p.x - mx) / sx;
      const v = (p.y - my) / sy;
      const z = w1 * u + w2 * v + w0;
      const q = 1 / (1 + Math.exp(-z));
      const e = (q - (p.label ? 1 : 0)) * (p.label ? wPos : wNeg);
      g1 += e * u;
      g2 += e * v;
      g0 += e;
    }
    w1 -= lr * (g1 / n + l2 * w1);
    w2 -= lr * (g2 / n + l2 * w2);
    w0 -= lr * (g0 / n);
  }
  // z = w1 (x − mx)/sx + w2 (y − my)/sy + w0 = a x + b y + c
  const a = w1 / sx;
  const b = w2 / sy;
  return { a, b, c: w0 - a * mx - b * my };
}

export function fitSeparator(pts: readonly LabelledPoint[], seed = 0, testFraction = 0.2): Separator {
  const { train, test } = holdout(pts, testFraction, seed);
  const s = fitLogistic(train);
  return { ...s, trainAccuracy: accuracy(s, train), testAccuracy: accuracy(s, test), nTrain: train.length, nTest: test.length };
}
