import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import {
  circleCount,
  circleFrequencies,
  circlePlane,
  circleSignals,
  circularity,
  countCircles,
  fourierComponent,
  halfSpectrum,
  halfSpectrumLength,
  neighbourSteps,
  relativeGradient,
  signals,
} from '../../src/lib/fourier';
import { initialEmbedding } from '../../src/lib/params';
import { makeDeviceData, disposeDeviceData } from '../../src/lib/engine/device-data';
import { deviceSignals } from '../../src/lib/engine/model';
import { randomSplit } from '../../src/lib/dataset';
import { Rng } from '../../src/lib/rng';
import { nodeBackend } from '../support/tf-node';

/** Textbook complex DFT, written independently of the library (complex arithmetic on pairs). */
function naiveDft(e: Float64Array, p: number, d: number): { re: number[][]; im: number[][] } {
  const re = Array.from({ length: p }, () => new Array(d).fill(0));
  const im = Array.from({ length: p }, () => new Array(d).fill(0));
  for (let k = 0; k < p; k++)
    for (let t = 0; t < p; t++) {
      const w = (-2 * Math.PI * k * t) / p;
      for (let j = 0; j < d; j++) {
        re[k]![j] += e[t * d + j]! * Math.cos(w);
        im[k]![j] += e[t * d + j]! * Math.sin(w);
      }
    }
  return { re, im };
}

/** An embedding made of chosen circles: E_t = Σ_k A_k (cos(2πkt/p) u_k + sin(2πkt/p) v_k) with orthonormal u, v. */
function circleEmbedding(p: number, d: number, parts: { k: number; amp: number }[], noise = 0, seed = 1): Float64Array {
  const e = new Float64Array(p * d);
  parts.forEach(({ k, amp }, i) => {
    for (let t = 0; t < p; t++) {
      const ang = (2 * Math.PI * k * t) / p;
      e[t * d + 2 * i]! += amp * Math.cos(ang);
      e[t * d + 2 * i + 1]! += amp * Math.sin(ang);
    }
  });
  const r = new Rng(seed, 'noise');
  for (let i = 0; i < e.length; i++) e[i]! += noise * r.normal();
  return e;
}

describe('Fourier signal', () => {
  const p = 13;
  const d = 5;
  const e = initialEmbedding(p, d, 3);

  it('matches a naive complex DFT, component by component', () => {
    const ref = naiveDft(e, p, d);
    for (let k = 0; k < p; k++) {
      const c = fourierComponent(e, p, d, k);
      for (let j = 0; j < d; j++) {
        expect(c.re[j]).toBeCloseTo(ref.re[k]![j]!, 10);
        expect(c.im[j]).toBeCloseTo(ref.im[k]![j]!, 10);
      }
      const s = Math.hypot(...ref.re[k]!, ...ref.im[k]!);
      expect(signals(e, p, d)[k]).toBeCloseTo(s, 10);
    }
  });

  it('is symmetric (S_k = S_{p−k}) and satisfies Parseval (Σ S_k² = p‖E‖²)', () => {
    const s = signals(e, p, d);
    for (let k = 1; k < p; k++) expect(s[k]).toBeCloseTo(s[p - k]!, 10);
    const energy = e.reduce((a, x) => a + x * x, 0);
    expect(s.reduce((a, x) => a + x * x, 0)).toBeCloseTo(p * energy, 8);
  });

  it('starts near √(p·d) = 86.9 for the paper’s p = 59, d = 128', () => {
    const s = signals(initialEmbedding(59, 128, 0), 59, 128);
    const mean = s.reduce((a, x) => a + x, 0) / 59;
    expect(Math.sqrt(59 * 128)).toBeCloseTo(86.9, 1);
    expect(Math.abs(mean - 86.9)).toBeLessThan(3);
    for (const x of s.slice(1)) expect(Math.abs(x - 86.9)).toBeLessThan(20);
  });

  it('on the device (DFT as two matrix products, float32) agrees with the host DFT', async () => {
    await nodeBackend();
    const dd = makeDeviceData(randomSplit(59, 0.8, 0));
    const e59 = initialEmbedding(59, 16, 4);
    const out = tf.tidy(() => deviceSignals(dd, tf.tensor2d(Float32Array.from(e59), [59, 16])));
    const dev = await out.data();
    out.dispose();
    disposeDeviceData(dd);
    const host = signals(e59, 59, 16);
    for (let k = 0; k < 59; k++) expect(Math.abs(dev[k]! - host[k]!) / host[k]!).toBeLessThan(1e-5);
  });
});

describe('circle rule', () => {
  it('finds exactly the planted circles, strongest first, reported as k ≤ (p−1)/2', () => {
    const p = 59;
    const e = circleEmbedding(
      p,
      16,
      [
        { k: 5, amp: 3 },
        { k: 40, amp: 5 }, // the same circle as k = 19
        { k: 2, amp: 4 },
      ],
      0.05,
    );
    expect(countCircles(signals(e, p, 16)).circles).toEqual([19, 2, 5]);
  });

  it('finds none in an isotropic random embedding', () => {
    expect(countCircles(signals(initialEmbedding(59, 64, 1), 59, 64)).circles).toEqual([]);
  });

  it('uses τ = 2·mean over all p bins (DC included)', () => {
    const s = Float64Array.from({ length: 7 }, (_, k) => (k === 0 ? 70 : 1));
    const { threshold, circles } = countCircles(s);
    expect(threshold).toBeCloseTo((2 * 76) / 7, 12);
    expect(circles).toEqual([]);
    expect(circleFrequencies(7)).toEqual([1, 2, 3]);
  });
});

describe('circle count and the two spectrum slices', () => {
  it('counts h = ⌊(p−1)/2⌋ circles and lists 1..h', () => {
    expect([3, 7, 59, 113].map(circleCount)).toEqual([1, 3, 29, 56]);
    expect(circleCount(8)).toBe(3);
    expect(circleFrequencies(59)).toHaveLength(29);
    expect(circleFrequencies(59).at(-1)).toBe(29);
  });

  it('keeps S_0..S_h in the half spectrum and S_1..S_h in the circle signals', () => {
    const s = Float64Array.from({ length: 7 }, (_, k) => 10 * k + 1);
    expect(halfSpectrumLength(7)).toBe(4);
    expect(halfSpectrum(s)).toEqual([1, 11, 21, 31]);
    expect(circleSignals(s)).toEqual([11, 21, 31]);
    // An even p also keeps S_{p/2}, which pairs with no other frequency.
    expect(halfSpectrum(Float64Array.from({ length: 8 }, (_, k) => k))).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('circle planes and circularity', () => {
  it('puts the tokens of a clean circle on a circle, visited in the order t·k mod p', () => {
    const p = 11;
    const e = circleEmbedding(p, 4, [{ k: 3, amp: 2 }]);
    const plane = circlePlane(e, p, 4, 3);
    for (let t = 0; t < p; t++) expect(Math.hypot(plane.x[t]!, plane.y[t]!)).toBeCloseTo(2, 10);
    // Neighbours on the circle differ by Δ with 3Δ ≡ ±1 (mod 11): Δ = 4 (3·4 = 12 ≡ 1) and 7.
    expect(neighbourSteps(3, p)).toEqual([4, 7]);
    const angle = (t: number) => Math.atan2(plane.y[t]!, plane.x[t]!);
    const step = (angle(4) - angle(0) + 4 * Math.PI) % (2 * Math.PI);
    expect(Math.min(step, 2 * Math.PI - step)).toBeCloseTo((2 * Math.PI) / p, 8);
  });

  it('scores 1 for a perfect circle; random embeddings score low at small d and rise with d', () => {
    const p = 59;
    expect(circularity(circleEmbedding(p, 8, [{ k: 7, amp: 1 }]), p, 8, 7)).toBeCloseTo(1, 8);
    // Projecting on E's own Re Ê_k direction picks up frequency k more cleanly as d grows
    // (the initial circularity the paper plots against d rises with d).
    const meanScore = (d: number) => {
      let s = 0;
      for (let seed = 0; seed < 3; seed++) {
        const e = initialEmbedding(p, d, seed);
        for (let k = 1; k <= 29; k++) s += circularity(e, p, d, k);
      }
      return s / 87;
    };
    const [d2, d16, d128] = [meanScore(2), meanScore(16), meanScore(128)];
    expect(d2).toBeLessThan(0.15);
    expect(d2).toBeLessThan(d16);
    expect(d16).toBeLessThan(d128);
    expect(d128).toBeLessThan(0.9);
  });
});

describe('relative gradient g_k^(s)', () => {
  it('is the per-step change of S_k over S_k(0)', () => {
    const rows = [
      [10, 20],
      [9, 22],
      [8, 23],
    ];
    expect(Array.from(relativeGradient(rows, 1))).toEqual([-0.1, 0.1]);
    expect(Array.from(relativeGradient(rows, 2))).toEqual([-0.1, 0.05]);
    expect(() => relativeGradient(rows, 3)).toThrow(/rows/);
  });
});
