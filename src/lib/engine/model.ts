/**
 * The paper's network on the device, with a hand-written backward pass.
 *
 * Formulation (identical maths to concat(E[a], E[b]) → Linear → SiLU → Linear → SiLU → Linear):
 *  - Layer 0 splits its weight into the halves that see E[a] and E[b]:
 *      Pa = E·W0aᵀ + b0,  Pb = E·W0bᵀ   (p × h, tiny),
 *    and every example's pre-activation is Pa[a] + Pb[b]: one broadcast add builds the whole
 *    p × p grid. No gather (slow on wasm, and without a gradient kernel there), and its
 *    gradient is two sums over the grid.
 *  - The forward runs on all p² pairs at once, so the test-set forward comes free; the loss
 *    gradient carries weight 1/nTrain on training rows and 0 on test rows.
 *  - Cross-entropy per row is computed as Dmax + log1p(expm1(−Dmax) + Σ_{j≠y} e^{D_j − Dmax})
 *    with D = z − z_y, which keeps tiny losses (1e−7 and below) accurate in float32, and the
 *    gradient of the true logit as expm1(−loss) rather than p_y − 1.
 *  - On wasm, matMul with a transpose flag runs ~10× slower than a plain one (shared/stack.md),
 *    so `explicitTranspose` transposes first; webgl uses the flags natively. (tfjs-wasm 4.22's
 *    fused matMul with transposeB and a bias also returns wrong numbers — test/unit/gradients
 *    and tfjs-wasm.test.ts pin this — one more reason never to pass transpose flags on wasm.)
 */
import * as tf from '@tensorflow/tfjs-core';
import type { DeviceData } from './device-data';

export interface DeviceParams {
  e: tf.Tensor2D; // [p, d]
  w0a: tf.Tensor2D; // [h, d] (the half of W0 that sees E[a])
  w0b: tf.Tensor2D; // [h, d]
  b0: tf.Tensor1D; // [h]
  w1: tf.Tensor2D; // [h, h]
  b1: tf.Tensor1D; // [h]
  w2: tf.Tensor2D; // [p, h]
  b2: tf.Tensor1D; // [p]
}

export type DeviceGrads = { [K in keyof DeviceParams]: DeviceParams[K] };

export interface ForwardCache {
  z1: tf.Tensor2D;
  s1: tf.Tensor2D;
  h1: tf.Tensor2D;
  z2: tf.Tensor2D;
  s2: tf.Tensor2D;
  h2: tf.Tensor2D;
  /** Logits [n, p]. */
  z3: tf.Tensor2D;
  /** e^{D − Dmax} with D = z − z_y [n, p] (reused by the backward pass: one exp per step). */
  expShifted: tf.Tensor2D;
  /** Dmax − loss [n, 1], so softmax = expShifted · e^{Dmax − loss}. */
  shiftToLoss: tf.Tensor2D;
  /** Per-example loss [n, 1]. */
  loss: tf.Tensor2D;
}

export class MatMul {
  constructor(readonly explicitTranspose: boolean) {}

  mm(a: tf.Tensor2D, b: tf.Tensor2D, transposeA = false, transposeB = false): tf.Tensor2D {
    if (!this.explicitTranspose) return tf.matMul(a, b, transposeA, transposeB);
    return tf.matMul(transposeA ? tf.transpose(a) : a, transposeB ? tf.transpose(b) : b);
  }

  /** a·bᵀ + bias. */
  linear(a: tf.Tensor2D, w: tf.Tensor2D, bias: tf.Tensor1D): tf.Tensor2D {
    if (this.explicitTranspose) return tf.fused.matMul({ a, b: tf.transpose(w), bias }) as tf.Tensor2D;
    return tf.fused.matMul({ a, b: w, transposeB: true, bias }) as tf.Tensor2D;
  }
}

/** Forward pass on the whole p × p grid. Call inside tf.tidy. */
export function forward(mm: MatMul, dd: DeviceData, w: DeviceParams): ForwardCache {
  const { p, n } = dd;
  const h = w.b0.shape[0];
  const pa = mm.linear(w.e, w.w0a, w.b0); // [p, h]
  const pb = mm.mm(w.e, w.w0b, false, true); // [p, h]
  // Row n = b·p + a: the grid's first axis is b, the second a.
  const z1 = tf.reshape(tf.add(tf.reshape(pb, [p, 1, h]), tf.reshape(pa, [1, p, h])), [n, h]) as tf.Tensor2D;
  const s1 = tf.sigmoid(z1) as tf.Tensor2D;
  const h1 = tf.mul(z1, s1) as tf.Tensor2D;
  const z2 = mm.linear(h1, w.w1, w.b1);
  const s2 = tf.sigmoid(z2) as tf.Tensor2D;
  const h2 = tf.mul(z2, s2) as tf.Tensor2D;
  const z3 = mm.linear(h2, w.w2, w.b2); // [n, p] logits
  const zy = tf.sum(tf.mul(z3, dd.y), 1, true);
  const dz = tf.sub(z3, zy);
  const dmax = tf.max(dz, 1, true); // ≥ 0, since dz_y = 0
  const expShifted = tf.exp(tf.sub(dz, dmax)) as tf.Tensor2D;
  const others = tf.sum(tf.mul(expShifted, dd.notY), 1, true);
  const loss = tf.add(dmax, tf.log1p(tf.add(tf.expm1(tf.neg(dmax)), others))) as tf.Tensor2D;
  const shiftToLoss = tf.sub(dmax, loss) as tf.Tensor2D;
  return { z1, s1, h1, z2, s2, h2, z3, expShifted, shiftToLoss, loss };
}

/**
 * Mean loss and accuracy over the train set, the test set and all pairs:
 * a [3, 2] tensor, rows train/test/all, columns loss/accuracy.
 */
export function setMeans(dd: DeviceData, f: ForwardCache): tf.Tensor2D {
  const correct = tf.reshape(tf.cast(tf.equal(tf.argMax(f.z3, 1), dd.labels), 'float32'), [dd.n, 1]);
  return tf.matMul(dd.setWeights, tf.concat([f.loss, correct], 1));
}

/** SiLU′(z) = σ(z)·(1 + z(1 − σ(z))) = σ + h(1 − σ), with h = z·σ from the forward pass. */
function siluGrad(s: tf.Tensor2D, h: tf.Tensor2D): tf.Tensor2D {
  return tf.add(s, tf.mul(h, tf.sub(1, s))) as tf.Tensor2D;
}

/** Gradients of the mean training cross-entropy. Call inside tf.tidy. */
export function backward(mm: MatMul, dd: DeviceData, w: DeviceParams, f: ForwardCache, withEmbedding: boolean): DeviceGrads {
  const { p } = dd;
  const h = w.b0.shape[0];
  // d loss / d logits = (softmax − onehot)/nTrain on training rows; softmax_j = e^{D_j − loss}.
  const prob = tf.mul(f.expShifted, tf.exp(f.shiftToLoss));
  const dz3 = tf.add(tf.mul(prob, dd.notYTrainW), tf.mul(dd.yTrainW, tf.expm1(tf.neg(f.loss)))) as tf.Tensor2D;
  const gw2 = mm.mm(dz3, f.h2, true, false); // [p, h]
  const gb2 = tf.sum(dz3, 0) as tf.Tensor1D;
  const dh2 = mm.mm(dz3, w.w2); // [n, h]
  const dz2 = tf.mul(dh2, siluGrad(f.s2, f.h2)) as tf.Tensor2D;
  const gw1 = mm.mm(dz2, f.h1, true, false); // [h, h]
  const gb1 = tf.sum(dz2, 0) as tf.Tensor1D;
  const dh1 = mm.mm(dz2, w.w1); // [n, h]
  const dz1 = tf.reshape(tf.mul(dh1, siluGrad(f.s1, f.h1)), [p, p, h]); // [b, a, h]
  const dpa = tf.sum(dz1, 0) as tf.Tensor2D; // [p(a), h]
  const dpb = tf.sum(dz1, 1) as tf.Tensor2D; // [p(b), h]
  const gb0 = tf.sum(dpa, 0) as tf.Tensor1D;
  const gw0a = mm.mm(dpa, w.e, true, false); // [h, d]
  const gw0b = mm.mm(dpb, w.e, true, false);
  const ge = withEmbedding ? (tf.add(mm.mm(dpa, w.w0a), mm.mm(dpb, w.w0b)) as tf.Tensor2D) : tf.zerosLike(w.e);
  return { e: ge, w0a: gw0a, w0b: gw0b, b0: gb0, w1: gw1, b1: gb1, w2: gw2, b2: gb2 };
}

/** S_0..S_{p−1} of E on the device: ‖Re Ê_k‖² + ‖Im Ê_k‖², then sqrt. Returns [p]. */
export function deviceSignals(dd: DeviceData, e: tf.Tensor2D): tf.Tensor1D {
  const reIm = tf.matMul(dd.dft, e); // [2p, d]
  const power = tf.reshape(tf.sum(tf.square(reIm), 1), [2, dd.p]);
  return tf.sqrt(tf.sum(power, 0)) as tf.Tensor1D;
}
