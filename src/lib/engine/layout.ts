/**
 * All trainable parameters live in one flat vector θ, so AdamW is a handful of ops on one
 * tensor instead of a handful per parameter. The layout lists the segments; W0 is stored as its
 * two halves (the E[a] half and the E[b] half), which AdamW, being elementwise, cannot tell apart.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { HostParams, ModelShape } from '../params';
import type { DeviceParams } from './model';

export type SegmentName = keyof DeviceParams;

export interface Segment {
  name: SegmentName;
  shape: number[];
  offset: number;
  size: number;
}

export interface Layout {
  segments: Segment[];
  size: number;
}

export function makeLayout({ p, d, hidden: h }: ModelShape, trainEmbedding: boolean): Layout {
  const shapes: [SegmentName, number[]][] = [
    ['e', [p, d]],
    ['w0a', [h, d]],
    ['w0b', [h, d]],
    ['b0', [h]],
    ['w1', [h, h]],
    ['b1', [h]],
    ['w2', [p, h]],
    ['b2', [p]],
  ];
  const segments: Segment[] = [];
  let offset = 0;
  for (const [name, shape] of shapes) {
    if (name === 'e' && !trainEmbedding) continue;
    const size = shape.reduce((a, b) => a * b, 1);
    segments.push({ name, shape, offset, size });
    offset += size;
  }
  return { segments, size: offset };
}

/** Host params → (flat θ in float32, the embedding on its own when it is frozen). */
export function packHost(x: HostParams, layout: Layout): { theta: Float32Array; frozenE: Float32Array | null } {
  const { d, hidden: h } = x;
  const w0a = new Float64Array(h * d);
  const w0b = new Float64Array(h * d);
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < d; j++) {
      w0a[i * d + j] = x.w0[i * 2 * d + j]!;
      w0b[i * d + j] = x.w0[i * 2 * d + d + j]!;
    }
  }
  const parts: Record<SegmentName, Float64Array> = { e: x.embedding, w0a, w0b, b0: x.b0, w1: x.w1, b1: x.b1, w2: x.w2, b2: x.b2 };
  const theta = new Float32Array(layout.size);
  for (const s of layout.segments) theta.set(parts[s.name], s.offset);
  const trainsE = layout.segments.some((s) => s.name === 'e');
  return { theta, frozenE: trainsE ? null : Float32Array.from(x.embedding) };
}

/** Flat θ (+ frozen embedding) read back from the device → host params in PyTorch layout. */
export function unpackHost(theta: Float32Array, frozenE: Float32Array | null, layout: Layout, shape: ModelShape): HostParams {
  const { p, d, hidden: h } = shape;
  const get = (name: SegmentName): Float64Array => {
    const s = layout.segments.find((x) => x.name === name);
    if (!s) return Float64Array.from(frozenE!);
    return Float64Array.from(theta.subarray(s.offset, s.offset + s.size));
  };
  const w0a = get('w0a');
  const w0b = get('w0b');
  const w0 = new Float64Array(h * 2 * d);
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < d; j++) {
      w0[i * 2 * d + j] = w0a[i * d + j]!;
      w0[i * 2 * d + d + j] = w0b[i * d + j]!;
    }
  }
  return { p, d, hidden: h, embedding: get('e'), w0, b0: get('b0'), w1: get('w1'), b1: get('b1'), w2: get('w2'), b2: get('b2') };
}

/** Views of θ as the model's tensors (slices are copies in tfjs; call inside tf.tidy). */
export function unpackDevice(theta: tf.Tensor1D, frozenE: tf.Tensor2D | null, layout: Layout): DeviceParams {
  const out: Partial<Record<SegmentName, tf.Tensor>> = {};
  for (const s of layout.segments) out[s.name] = tf.reshape(tf.slice(theta, s.offset, s.size), s.shape);
  if (!out.e) out.e = frozenE!;
  return out as DeviceParams;
}

/** Gradients → one flat vector in the layout's order (call inside tf.tidy). */
export function packGrads(g: DeviceParams, layout: Layout): tf.Tensor1D {
  return tf.concat(layout.segments.map((s) => tf.reshape(g[s.name], [s.size]))) as tf.Tensor1D;
}
