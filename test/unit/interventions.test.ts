import { describe, expect, it } from 'vitest';
import { keepFrequencies, scaleFrequency } from '../../src/lib/interventions';
import { signals } from '../../src/lib/fourier';
import { initialEmbedding } from '../../src/lib/params';

describe('Fourier interventions on the initial embedding', () => {
  const p = 59;
  const d = 32;
  const e = initialEmbedding(p, d, 2);
  const s = signals(e, p, d);

  it('scaling frequency k by α multiplies S_k and S_{p−k} by α and leaves the rest', () => {
    const out = signals(scaleFrequency(e, p, d, 25, 1.1), p, d);
    for (let k = 0; k < p; k++) {
      const expected = k === 25 || k === 34 ? 1.1 * s[k]! : s[k]!;
      expect(out[k]).toBeCloseTo(expected, 8);
    }
  });

  it('keeping frequencies zeroes every other component (DC too unless kept)', () => {
    const out = signals(keepFrequencies(e, p, d, [11, 8], false), p, d);
    for (let k = 0; k < p; k++) {
      const kept = [11, 8, 48, 51].includes(k);
      expect(out[k]).toBeCloseTo(kept ? s[k]! : 0, 8);
    }
    const withDc = signals(keepFrequencies(e, p, d, [1], true), p, d);
    expect(withDc[0]).toBeCloseTo(s[0]!, 8);
    expect(withDc[2]).toBeCloseTo(0, 8);
  });

  it('keeping every frequency and DC gives back E', () => {
    const all = Array.from({ length: 29 }, (_, i) => i + 1);
    const back = keepFrequencies(e, p, d, all, true);
    for (let i = 0; i < e.length; i++) expect(back[i]).toBeCloseTo(e[i]!, 10);
  });
});

describe('constructed embedding (construction design)', () => {
  it('plants two frequencies with amplitudes 80 and 80·r, a tiny floor elsewhere, no DC', async () => {
    const { constructedEmbedding } = await import('../../src/lib/interventions');
    const p = 59;
    const d = 16;
    const dir = (k: number) => Float64Array.from({ length: d }, (_, j) => (j === k % d ? 1 : 0));
    const e = constructedEmbedding(p, d, { k1: 3, k2: 7, ratio: 0.25 }, dir);
    const s = signals(e, p, d);
    expect(s[3]).toBeCloseTo(80, 6);
    expect(s[56]).toBeCloseTo(80, 6);
    expect(s[7]).toBeCloseTo(20, 6);
    expect(s[0]).toBeCloseTo(0, 9);
    expect(s[10]).toBeCloseTo(1e-6, 9);
  });
});
