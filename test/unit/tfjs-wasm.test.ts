import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { nodeBackend } from '../support/tf-node';

/**
 * Facts about tfjs-backend-wasm 4.22 that the engine's formulation relies on. If an upgrade
 * changes them, this file says which design decision to revisit.
 */
describe('tfjs-wasm behaviour the engine depends on', () => {
  it('computes plain and explicitly transposed matMuls exactly like each other', async () => {
    await nodeBackend();
    const [d1, d2] = tf.tidy(() => {
      const a = tf.randomNormal([6, 5], 0, 1, 'float32', 1) as tf.Tensor2D;
      const w = tf.randomNormal([4, 5], 0, 1, 'float32', 2) as tf.Tensor2D;
      const b = tf.randomNormal([4], 0, 1, 'float32', 3) as tf.Tensor1D;
      const ref = tf.add(tf.matMul(a, tf.transpose(w)), b);
      const fused = tf.fused.matMul({ a, b: tf.transpose(w), bias: b });
      return [tf.max(tf.abs(tf.sub(ref, fused))), tf.max(tf.abs(tf.sub(tf.matMul(a, w, false, true), tf.matMul(a, tf.transpose(w)))))];
    });
    expect((await d1.data())[0]).toBeLessThan(1e-5);
    expect((await d2.data())[0]).toBeLessThan(1e-5);
    tf.dispose([d1, d2]);
  });

  it('gets fused matMul with transposeB and a bias wrong (why the engine never passes transpose flags on wasm)', async () => {
    await nodeBackend();
    const d = tf.tidy(() => {
      const a = tf.randomNormal([6, 5], 0, 1, 'float32', 1) as tf.Tensor2D;
      const w = tf.randomNormal([4, 5], 0, 1, 'float32', 2) as tf.Tensor2D;
      const b = tf.randomNormal([4], 0, 1, 'float32', 3) as tf.Tensor1D;
      return tf.max(tf.abs(tf.sub(tf.add(tf.matMul(a, tf.transpose(w)), b), tf.fused.matMul({ a, b: w, transposeB: true, bias: b }))));
    });
    // If this starts passing as "equal", the bug was fixed upstream: flags may then be reconsidered.
    expect((await d.data())[0]).toBeGreaterThan(1e-3);
    d.dispose();
  });
});
