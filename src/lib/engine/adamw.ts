/**
 * PyTorch's AdamW (torch.optim.AdamW, foreach=False), step t ≥ 1, on one flat tensor:
 *   θ ← θ·(1 − lr·wd)                       decoupled decay, on every trained parameter
 *   m ← m + (g − m)(1 − β1)                 (PyTorch's lerp_)
 *   v ← β2·v + (1 − β2)·g²
 *   θ ← θ − (lr/(1 − β1^t)) · m / (√v / √(1 − β2^t) + ε)
 * The bias-correction scalars are computed in float64 on the host, as PyTorch does in Python.
 */
import * as tf from '@tensorflow/tfjs-core';

export interface AdamWHyper {
  lr: number;
  weightDecay: number;
  beta1: number;
  beta2: number;
  eps: number;
}

export interface AdamWState {
  theta: tf.Tensor1D;
  m: tf.Tensor1D;
  v: tf.Tensor1D;
}

/** Host-side scalars of step t. Exported for tests. */
export function adamwScalars(hp: AdamWHyper, t: number) {
  const bc1 = 1 - hp.beta1 ** t;
  const bc2 = 1 - hp.beta2 ** t;
  return { decay: 1 - hp.lr * hp.weightDecay, stepSize: hp.lr / bc1, bc2Sqrt: Math.sqrt(bc2) };
}

/** One update. Returns new tensors; the caller disposes the old ones. Call inside tf.tidy. */
export function adamwStep(s: AdamWState, g: tf.Tensor1D, hp: AdamWHyper, t: number): AdamWState {
  const { decay, stepSize, bc2Sqrt } = adamwScalars(hp, t);
  const decayed = tf.mul(s.theta, decay);
  const m = tf.add(s.m, tf.mul(tf.sub(g, s.m), 1 - hp.beta1)) as tf.Tensor1D;
  const v = tf.add(tf.mul(s.v, hp.beta2), tf.mul(tf.square(g), 1 - hp.beta2)) as tf.Tensor1D;
  const denom = tf.add(tf.div(tf.sqrt(v), bc2Sqrt), hp.eps);
  const theta = tf.sub(decayed, tf.mul(tf.div(m, denom), stepSize)) as tf.Tensor1D;
  return { theta, m, v };
}
