/**
 * Circle planes from embedding snapshots (pure): tokens projected on the FFT plane of frequency k,
 * always using the basis of a chosen (by default the final) embedding, as the paper does.
 */
import { circlePlane } from '../../lib/fourier';
import type { CirclePlaneData } from '../types';

export interface Snapshot {
  step: number;
  embedding: number[][];
}

export function flatten(e: number[][]): { flat: Float64Array; p: number; d: number } {
  const p = e.length;
  const d = e[0]?.length ?? 0;
  const flat = new Float64Array(p * d);
  e.forEach((row, t) => flat.set(row, t * d));
  return { flat, p, d };
}

/** Planes of `ks` for one embedding, projected on the basis embedding's planes. */
export function planesOf(embedding: number[][], ks: readonly number[], basis: number[][] = embedding, label?: string): CirclePlaneData[] {
  const e = flatten(embedding);
  const b = flatten(basis);
  return ks.map((k) => {
    const pl = circlePlane(e.flat, e.p, e.d, k, b.flat);
    return { k, x: Array.from(pl.x), y: Array.from(pl.y), ...(label ? { label } : {}) };
  });
}

/** Planes of `ks` at every snapshot, all on the final snapshot's basis (ordered by k, then step). */
export function evolutionPlanes(snapshots: Snapshot[], ks: readonly number[], stepLabel: (step: number) => string): CirclePlaneData[] {
  const final = snapshots[snapshots.length - 1];
  if (!final) return [];
  return ks.flatMap((k) => snapshots.flatMap((s) => planesOf(s.embedding, [k], final.embedding, stepLabel(s.step))));
}
