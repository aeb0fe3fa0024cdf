/**
 * Collaboration (paper.md §5, §4.1): restrict the final embedding to a few circles — {k},
 * {top, k}, {top, second, k} for every k (DC kept) — and measure the trained network's loss on all
 * p² pairs. The evaluator is injected, so this part is pure and testable; the build supplies one
 * backed by the engine (collaboration-eval.ts).
 */
import { keepFrequencies } from './interventions';
import { circleCount } from './fourier';

export type Evaluate = (embedding: Float64Array) => Promise<number>;

export interface CollaborationRow {
  /** 1, 2 or 3 circles kept. */
  size: 1 | 2 | 3;
  k: number;
  kept: number[];
  loss: number;
  survivor: boolean;
}

export interface CollaborationResult {
  rows: CollaborationRow[];
  top: number;
  second: number;
  /** Loss of the untouched final embedding, of all survivors together, and of DC alone. */
  full: number;
  survivorsOnly: number;
  dcOnly: number;
  evaluations: number;
}

/** The kept sets for frequency k: {k}, {top, k}, {top, second, k} (duplicates removed). */
export function keptSets(k: number, top: number, second: number): { size: 1 | 2 | 3; kept: number[] }[] {
  const uniq = (xs: number[]) => [...new Set(xs)];
  return [
    { size: 1, kept: [k] },
    { size: 2, kept: uniq([top, k]) },
    { size: 3, kept: uniq([top, second, k]) },
  ];
}

export async function collaboration(e: Float64Array, p: number, d: number, circles: readonly number[], evaluate: Evaluate): Promise<CollaborationResult> {
  const [top = 1, second = 2] = circles;
  const half = circleCount(p);
  const cache = new Map<string, number>();
  let evaluations = 0;
  const lossOf = async (kept: number[]) => {
    const key = [...kept].sort((a, b) => a - b).join(',');
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    evaluations++;
    const v = await evaluate(keepFrequencies(e, p, d, kept, true));
    cache.set(key, v);
    return v;
  };
  const rows: CollaborationRow[] = [];
  for (let k = 1; k <= half; k++) {
    for (const { size, kept } of keptSets(k, top, second)) rows.push({ size, k, kept, loss: await lossOf(kept), survivor: circles.includes(k) });
  }
  const full = await evaluate(e);
  const survivorsOnly = await lossOf([...circles]);
  const dcOnly = await lossOf([]);
  return { rows, top, second, full, survivorsOnly, dcOnly, evaluations: evaluations + 1 };
}
