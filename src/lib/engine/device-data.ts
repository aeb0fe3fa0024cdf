/**
 * Constant tensors of one task on the device: labels of the whole p × p grid, the split as
 * row weights, and the DFT matrix for the signals. Built once per trainer.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Split } from '../dataset';

export interface DeviceData {
  p: number;
  /** p², every ordered pair; row n is (a, b) = (n mod p, ⌊n/p⌋). */
  n: number;
  nTrain: number;
  nTest: number;
  /** One-hot labels [n, p] and their complement. */
  y: tf.Tensor2D;
  notY: tf.Tensor2D;
  /** Integer labels [n]. */
  labels: tf.Tensor1D;
  /** y · w and (1 − y) · w with w = 1/nTrain on training rows, 0 elsewhere: the loss gradient's weights. */
  yTrainW: tf.Tensor2D;
  notYTrainW: tf.Tensor2D;
  /** Rows: train/nTrain, test/nTest, all/n — mean over each set by one matmul. */
  setWeights: tf.Tensor2D;
  /** [2p, p]: cos(2πkt/p) on top, −sin(2πkt/p) below; times E gives Re and Im of Ê. */
  dft: tf.Tensor2D;
}

export function makeDeviceData(split: Split): DeviceData {
  const { p } = split;
  const n = p * p;
  const y = new Float32Array(n * p);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const l = ((i % p) + Math.floor(i / p)) % p;
    labels[i] = l;
    y[i * p + l] = 1;
  }
  const wTrain = new Float32Array(n);
  const sets = new Float32Array(3 * n);
  for (const i of split.train) {
    wTrain[i] = 1 / split.train.length;
    sets[i] = 1 / split.train.length;
  }
  for (const i of split.test) sets[n + i] = 1 / split.test.length;
  sets.fill(1 / n, 2 * n);
  const yw = new Float32Array(n * p);
  const nyw = new Float32Array(n * p);
  const notY = new Float32Array(n * p);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) {
      const isLabel = y[i * p + j]!;
      yw[i * p + j] = isLabel * wTrain[i]!;
      nyw[i * p + j] = (1 - isLabel) * wTrain[i]!;
      notY[i * p + j] = 1 - isLabel;
    }
  }
  const dft = new Float32Array(2 * p * p);
  for (let k = 0; k < p; k++) {
    for (let t = 0; t < p; t++) {
      const ang = (2 * Math.PI * ((k * t) % p)) / p;
      dft[k * p + t] = Math.cos(ang);
      dft[(p + k) * p + t] = -Math.sin(ang);
    }
  }
  return {
    p,
    n,
    nTrain: split.train.length,
    nTest: split.test.length,
    y: tf.tensor2d(y, [n, p]),
    notY: tf.tensor2d(notY, [n, p]),
    labels: tf.tensor1d(labels, 'int32'),
    yTrainW: tf.tensor2d(yw, [n, p]),
    notYTrainW: tf.tensor2d(nyw, [n, p]),
    setWeights: tf.tensor2d(sets, [3, n]),
    dft: tf.tensor2d(dft, [2 * p, p]),
  };
}

export function disposeDeviceData(dd: DeviceData): void {
  tf.dispose([dd.y, dd.notY, dd.labels, dd.yTrainW, dd.notYTrainW, dd.setWeights, dd.dft]);
}
