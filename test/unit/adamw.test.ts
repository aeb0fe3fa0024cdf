import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { adamwScalars, adamwStep } from '../../src/lib/engine/adamw';
import { nodeBackend } from '../support/tf-node';

const hp = { lr: 0.01, weightDecay: 0.5, beta1: 0.9, beta2: 0.999, eps: 1e-8 };

describe('AdamW (PyTorch semantics)', () => {
  it('step 1 by hand: θ = 1, g = 0.5 → 0.985', async () => {
    await nodeBackend();
    // decay: 1·(1 − 0.01·0.5) = 0.995; m = 0.05; v = 0.00025; bias corrections 0.1 and 0.001;
    // denom = √0.00025/√0.001 + 1e−8 = 0.5 + 1e−8; update = (0.01/0.1)·0.05/0.5 = 0.01 → 0.985.
    const s = { theta: tf.tensor1d([1]), m: tf.tensor1d([0]), v: tf.tensor1d([0]) };
    const out = adamwStep(s, tf.tensor1d([0.5]), hp, 1);
    expect((await out.theta.data())[0]).toBeCloseTo(0.985, 6);
    expect((await out.m.data())[0]).toBeCloseTo(0.05, 7);
    expect((await out.v.data())[0]).toBeCloseTo(0.00025, 9);
    tf.dispose([s.theta, s.m, s.v, out.theta, out.m, out.v]);
  });

  it('follows a float64 transcription of torch.optim.AdamW over 50 steps with varying gradients', async () => {
    await nodeBackend();
    const n = 5;
    const theta0 = [0.3, -1.2, 2.0, 0.0, -0.01];
    const grad = (t: number, i: number) => Math.sin(0.7 * t + i) * (i + 1) * 0.1;
    // Reference, written from PyTorch's _single_tensor_adamw.
    const ref = theta0.map((theta) => ({ theta, m: 0, v: 0 }));
    let st = { theta: tf.tensor1d(theta0), m: tf.zeros([n]) as tf.Tensor1D, v: tf.zeros([n]) as tf.Tensor1D };
    for (let t = 1; t <= 50; t++) {
      ref.forEach((q, i) => {
        const g = grad(t, i);
        q.theta *= 1 - hp.lr * hp.weightDecay;
        q.m += (g - q.m) * (1 - hp.beta1);
        q.v = q.v * hp.beta2 + (1 - hp.beta2) * g * g;
        const bc1 = 1 - hp.beta1 ** t;
        const bc2 = 1 - hp.beta2 ** t;
        const denom = Math.sqrt(q.v) / Math.sqrt(bc2) + hp.eps;
        q.theta -= (hp.lr / bc1) * (q.m / denom);
      });
      const g = tf.tensor1d(Array.from({ length: n }, (_, i) => grad(t, i)));
      const next = tf.tidy(() => ({ ...adamwStep(st, g as tf.Tensor1D, hp, t) })) as unknown as typeof st;
      tf.dispose([st.theta, st.m, st.v, g]);
      st = next;
    }
    const got = await st.theta.data();
    expect(got).toHaveLength(n);
    ref.forEach((q, i) => expect(got[i]).toBeCloseTo(q.theta, 5));
    tf.dispose([st.theta, st.m, st.v]);
  });

  it('computes bias corrections in float64', () => {
    const s = adamwScalars(hp, 3);
    expect(s.decay).toBe(0.995);
    expect(s.stepSize).toBeCloseTo(0.01 / (1 - 0.9 ** 3), 15);
    expect(s.bc2Sqrt).toBeCloseTo(Math.sqrt(1 - 0.999 ** 3), 15);
  });
});
