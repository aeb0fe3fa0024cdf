/**
 * Fourier analysis of an embedding E (p × d, row-major), in float64 on the host.
 * The DFT runs along the token axis, unnormalised (numpy's fft(E, axis=0)):
 *   Ê_k = Σ_t E_t e^{−2πi k t / p} ∈ ℂ^d,   S_k = ‖Ê_k‖₂ (the "signal" of frequency k).
 * The engine computes S on the device every step; these host versions serve analysis, tests
 * and interventions. Twiddles come from an exact integer phase (k·t mod p), so cos/sin are
 * evaluated on angles in [0, 2π) without drift.
 */

export interface Complex {
  re: Float64Array;
  im: Float64Array;
}

/** cos and sin of 2π·j/p for j = 0..p−1. */
export function twiddles(p: number): { cos: Float64Array; sin: Float64Array } {
  const cos = new Float64Array(p);
  const sin = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    cos[j] = Math.cos((2 * Math.PI * j) / p);
    sin[j] = Math.sin((2 * Math.PI * j) / p);
  }
  return { cos, sin };
}

/** Ê_k (a complex d-vector). */
export function fourierComponent(e: ArrayLike<number>, p: number, d: number, k: number): Complex {
  const { cos, sin } = twiddles(p);
  const re = new Float64Array(d);
  const im = new Float64Array(d);
  for (let t = 0; t < p; t++) {
    const ph = (k * t) % p;
    const c = cos[ph]!;
    const s = sin[ph]!;
    for (let j = 0; j < d; j++) {
      const x = e[t * d + j]!;
      re[j]! += x * c;
      im[j]! -= x * s;
    }
  }
  return { re, im };
}

/** S_0..S_{p−1}. O(p²d), fine for p ≤ 257 on the host. */
export function signals(e: ArrayLike<number>, p: number, d: number): Float64Array {
  const out = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    const { re, im } = fourierComponent(e, p, d, k);
    let s = 0;
    for (let j = 0; j < d; j++) s += re[j]! * re[j]! + im[j]! * im[j]!;
    out[k] = Math.sqrt(s);
  }
  return out;
}

/**
 * h = ⌊(p−1)/2⌋, the number of distinct circle frequencies (k and p−k are one circle). Every
 * "1..h" loop, bound and count in the code goes through this one function.
 */
export function circleCount(p: number): number {
  return Math.floor((p - 1) / 2);
}

/** The distinct circle frequencies 1..h, h = circleCount(p). */
export function circleFrequencies(p: number): number[] {
  return Array.from({ length: circleCount(p) }, (_, i) => i + 1);
}

/**
 * Length of the half spectrum S_0..S_h that run caches, figure series and payloads keep (S_{p−k} = S_k,
 * so it determines all p signals). ⌊p/2⌋ + 1 = h + 1 for odd p; for an even p it also keeps S_{p/2}.
 */
export function halfSpectrumLength(p: number): number {
  return Math.floor(p / 2) + 1;
}

/** The half spectrum S_0..S_h of a full spectrum S_0..S_{p−1} (p = s.length), DC included. */
export function halfSpectrum(s: ArrayLike<number>): number[] {
  return Array.from({ length: halfSpectrumLength(s.length) }, (_, k) => s[k]!);
}

export interface CircleCount {
  /** τ = 2 · mean of all p signals (DC and both halves included, as the authors' code). */
  threshold: number;
  /** Surviving frequencies k ≤ (p−1)/2, strongest first. */
  circles: number[];
}

/**
 * The authors' circle rule: frequency k is a circle if S_k > 2·mean(S). Pairs (k, p−k) share a
 * signal, so we test the pair's mean and report k ≤ (p−1)/2; this equals the code's
 * "count, halve, take the min of adjacent argsort pairs" whenever S_k = S_{p−k} (always, up to rounding).
 */
export function countCircles(s: ArrayLike<number>): CircleCount {
  const p = s.length;
  let sum = 0;
  for (let k = 0; k < p; k++) sum += s[k]!;
  const threshold = (2 * sum) / p;
  const alive: { k: number; v: number }[] = [];
  for (const k of circleFrequencies(p)) {
    const v = 0.5 * (s[k]! + s[p - k]!);
    if (v > threshold) alive.push({ k, v });
  }
  alive.sort((x, y) => y.v - x.v || x.k - y.k);
  return { threshold, circles: alive.map((a) => a.k) };
}

/** The circle signals S_1..S_h (no DC) as an array indexed from 0 (k = index + 1). */
export function circleSignals(s: ArrayLike<number>): number[] {
  return circleFrequencies(s.length).map((k) => s[k]!);
}

function norm(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

export interface CirclePlane {
  k: number;
  /** Token coordinates on the plane spanned by Re Ê_k and Im Ê_k (normalised). */
  x: Float64Array;
  y: Float64Array;
}

/**
 * Project every token onto the FFT plane of frequency k (paper.md §3.3): u = Re Ê_k/‖Re Ê_k‖,
 * v = Im Ê_k/‖Im Ê_k‖, using `basis` (default: E itself; the paper uses the final embedding's
 * plane, also to show earlier embeddings).
 */
export function circlePlane(e: ArrayLike<number>, p: number, d: number, k: number, basis: ArrayLike<number> = e): CirclePlane {
  const { re, im } = fourierComponent(basis, p, d, k);
  const nu = norm(re) || 1;
  const nv = norm(im) || 1;
  const x = new Float64Array(p);
  const y = new Float64Array(p);
  for (let t = 0; t < p; t++) {
    let sx = 0;
    let sy = 0;
    for (let j = 0; j < d; j++) {
      const v = e[t * d + j]!;
      sx += v * re[j]!;
      sy += v * im[j]!;
    }
    x[t] = sx / nu;
    y[t] = sy / nv;
  }
  return { k, x, y };
}

/** Δ with k·Δ ≡ ±1 (mod p), the token step between circle neighbours ([] if gcd(k, p) ≠ 1). */
export function neighbourSteps(k: number, p: number): number[] {
  const out: number[] = [];
  for (let delta = 1; delta < p; delta++) {
    const r = (k * delta) % p;
    if (r === 1 || r === p - 1) out.push(delta);
  }
  return out;
}

function circularityOfProjection(x: Float64Array, k: number, p: number): number {
  let ss = 0;
  for (const v of x) ss += v * v;
  if (ss === 0) return 0;
  const scale = Math.sqrt(1 / p / ss); // rescale so Σ x_t² = 1/p
  const deltas = neighbourSteps(k, p);
  if (deltas.length === 0) return 0;
  const { cos, sin } = twiddles(p);
  let total = 0;
  for (const delta of deltas) {
    let re = 0;
    let im = 0;
    for (let t = 0; t < p; t++) {
      const v = x[(t * delta) % p]! * scale;
      re += v * cos[t]!;
      im += v * sin[t]!;
    }
    total += 2 * (re * re + im * im);
  }
  return total / deltas.length;
}

/** Circularity of frequency k (paper.md §3.4): 1 for a perfect circle, ≈ 0 for noise. */
export function circularity(e: ArrayLike<number>, p: number, d: number, k: number): number {
  const plane = circlePlane(e, p, d, k);
  const cx = circularityOfProjection(plane.x, k, p);
  const cy = circularityOfProjection(plane.y, k, p);
  return Math.hypot(cx, cy) / Math.SQRT2;
}

/**
 * The paper's "initial gradient" (paper.md §3.5): g_k^(s) = (S_k(s) − S_k(s−1)) / S_k(0), the
 * per-step change of the signal relative to the initial signal. `rows[t]` = S after t updates.
 */
export function relativeGradient(rows: ArrayLike<ArrayLike<number>>, s: number): Float64Array {
  if (s < 1 || s >= rows.length) throw new RangeError(`need signal rows 0..${s}, have ${rows.length}`);
  const s0 = rows[0]!;
  const a = rows[s]!;
  const b = rows[s - 1]!;
  const out = new Float64Array(s0.length);
  for (let k = 0; k < s0.length; k++) out[k] = (a[k]! - b[k]!) / s0[k]!;
  return out;
}
