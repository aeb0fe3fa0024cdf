/**
 * Fourier-space edits of an embedding (host, float64): the perturbation design (scale one
 * frequency's initial component by α) and the ablation / "collaboration" restriction (keep
 * only chosen frequencies). E is real, so frequency k and p − k are edited together and the
 * result stays real.
 */
import { fourierComponent } from './fourier';

/** The part of E carried by frequencies k and p − k (for 2k ≠ p): (2/p)·Re(Ê_k e^{2πikt/p}). */
export function frequencyPart(e: ArrayLike<number>, p: number, d: number, k: number): Float64Array {
  const { re, im } = fourierComponent(e, p, d, k);
  const out = new Float64Array(p * d);
  const mirrorSelf = 2 * k === p || k === 0; // DC and Nyquist are their own mirror
  const f = mirrorSelf ? 1 / p : 2 / p;
  for (let t = 0; t < p; t++) {
    const ang = (2 * Math.PI * ((k * t) % p)) / p;
    const c = Math.cos(ang);
    const s = Math.sin(ang);
    for (let j = 0; j < d; j++) out[t * d + j] = f * (re[j]! * c - im[j]! * s);
  }
  return out;
}

/** E with Ê_k and Ê_{p−k} multiplied by α. */
export function scaleFrequency(e: ArrayLike<number>, p: number, d: number, k: number, alpha: number): Float64Array {
  const part = frequencyPart(e, p, d, k);
  const out = Float64Array.from(e as ArrayLike<number>);
  for (let i = 0; i < out.length; i++) out[i]! += (alpha - 1) * part[i]!;
  return out;
}

/**
 * E restricted to the given frequencies (each with its mirror). `keepDc` keeps the mean
 * (the collaboration analysis keeps DC; the ablation runs zero it).
 */
export function keepFrequencies(e: ArrayLike<number>, p: number, d: number, ks: readonly number[], keepDc: boolean): Float64Array {
  const out = new Float64Array(p * d);
  const done = new Set<number>();
  const all = keepDc ? [0, ...ks] : [...ks];
  for (const k0 of all) {
    const k = Math.min(k0 % p, (p - (k0 % p)) % p);
    if (done.has(k)) continue;
    done.add(k);
    const part = frequencyPart(e, p, d, k);
    for (let i = 0; i < out.length; i++) out[i]! += part[i]!;
  }
  return out;
}
