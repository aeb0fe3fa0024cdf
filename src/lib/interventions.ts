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

/**
 * The construction design (paper.md §5, §3.2.1): an embedding built in Fourier space with a
 * random unit direction u_k per frequency, amplitude `amplitude` for frequency k1,
 * `amplitude · ratio` for k2 and `floor` for every other k ≥ 1; the spectrum is real and
 * symmetric (F_k = F_{p−k}), so E_t = (1/p) Σ_k F_k u_k cos(2πkt/p) and DC is 0. As in the
 * authors' code, each constructed component is a line through the origin, not a circle.
 */
export function constructedEmbedding(
  p: number,
  d: number,
  o: { k1: number; k2: number; ratio: number; amplitude?: number; floor?: number },
  directions: (k: number) => Float64Array,
): Float64Array {
  const amplitude = o.amplitude ?? 80;
  const floor = o.floor ?? 1e-6;
  const e = new Float64Array(p * d);
  for (let k = 1; k < p; k++) {
    const base = Math.min(k, p - k);
    const f = base === o.k1 ? amplitude : base === o.k2 ? amplitude * o.ratio : floor;
    const u = directions(base);
    for (let t = 0; t < p; t++) {
      const c = (f * Math.cos((2 * Math.PI * ((k * t) % p)) / p)) / p;
      for (let j = 0; j < d; j++) e[t * d + j]! += c * u[j]!;
    }
  }
  return e;
}
