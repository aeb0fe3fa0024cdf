/**
 * An independent float64 implementation of the paper's model, written the textbook way
 * (concatenate E[a] and E[b], three Linear layers, SiLU, softmax cross-entropy), used by the
 * tests as ground truth for the engine's reformulated, hand-differentiated float32 version.
 */
import type { HostParams } from '../../src/lib/params';

const silu = (z: number) => z / (1 + Math.exp(-z));

function linear(x: number[], w: Float64Array, b: Float64Array, nIn: number, nOut: number): number[] {
  const out = new Array(nOut).fill(0);
  for (let o = 0; o < nOut; o++) {
    let s = b[o]!;
    for (let i = 0; i < nIn; i++) s += w[o * nIn + i]! * x[i]!;
    out[o] = s;
  }
  return out;
}

/** Logits of example (a, b). */
export function logits(x: HostParams, a: number, b: number): number[] {
  const { d, hidden: h, p } = x;
  const input = [...x.embedding.slice(a * d, a * d + d), ...x.embedding.slice(b * d, b * d + d)];
  const h1 = linear(input, x.w0, x.b0, 2 * d, h).map(silu);
  const h2 = linear(h1, x.w1, x.b1, h, h).map(silu);
  return linear(h2, x.w2, x.b2, h, p);
}

/** Mean cross-entropy over the given example indices (n = b·p + a). */
export function meanLoss(x: HostParams, examples: ArrayLike<number>): number {
  const { p } = x;
  let total = 0;
  for (let i = 0; i < examples.length; i++) {
    const n = examples[i]!;
    const a = n % p;
    const b = Math.floor(n / p);
    const z = logits(x, a, b);
    const m = Math.max(...z);
    const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
    total += lse - z[(a + b) % p]!;
  }
  return total / examples.length;
}

/** Fraction of the given examples whose largest logit is the answer (a + b) mod p. */
export function meanAccuracy(x: HostParams, examples: ArrayLike<number>): number {
  const { p } = x;
  let right = 0;
  for (let i = 0; i < examples.length; i++) {
    const n = examples[i]!;
    const a = n % p;
    const b = Math.floor(n / p);
    const z = logits(x, a, b);
    if (z.indexOf(Math.max(...z)) === (a + b) % p) right++;
  }
  return right / examples.length;
}
