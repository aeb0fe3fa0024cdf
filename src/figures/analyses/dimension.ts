/** Number of surviving circles against embedding dimension, over the runs that exist (pure). */
import type { CompactRun } from '../../reference/spec';
import { mean, sd } from './stats';

export interface DimensionPoint {
  d: number;
  n: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
  counts: number[];
}

export function circlesByDimension(runs: readonly Pick<CompactRun, 'config' | 'circles' | 'diverged'>[]): DimensionPoint[] {
  const byD = new Map<number, number[]>();
  for (const r of runs) {
    if (r.diverged) continue;
    const list = byD.get(r.config.d) ?? [];
    list.push(r.circles.length);
    byD.set(r.config.d, list);
  }
  return [...byD.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([d, counts]) => ({ d, n: counts.length, mean: mean(counts), sd: sd(counts), min: Math.min(...counts), max: Math.max(...counts), counts }));
}
