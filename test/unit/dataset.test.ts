import { describe, expect, it } from 'vitest';
import { explicitSplit, label, operandA, operandB, randomSplit, trainSize } from '../../src/lib/dataset';

describe('modular-addition dataset', () => {
  it('maps example n to a = n mod p, b = ⌊n/p⌋, label (a + b) mod p', () => {
    expect([operandA(61, 59), operandB(61, 59), label(61, 59)]).toEqual([2, 1, 3]);
    expect(label(59 * 59 - 1, 59)).toBe((58 + 58) % 59);
  });

  it('splits p² = 3,481 pairs into 2,784 train and 697 test, disjoint and complete, seeded', () => {
    expect(trainSize(59, 0.8)).toBe(2784);
    const s = randomSplit(59, 0.8, 0);
    expect(s.train.length).toBe(2784);
    expect(s.test.length).toBe(697);
    const all = new Set([...s.train, ...s.test]);
    expect(all.size).toBe(3481);
    expect(randomSplit(59, 0.8, 0).train).toEqual(s.train);
    expect(randomSplit(59, 0.8, 1).train).not.toEqual(s.train);
  });

  it('validates explicit splits with messages that name the problem', () => {
    expect(() => explicitSplit(3, [0, 1, 9], [2])).toThrow(/trainIndices\[2\] = 9 is out of range/);
    expect(() => explicitSplit(3, [0, 1], [1, 2])).toThrow(/example 1 is in both/);
    expect(() => explicitSplit(3, [0, 0], [1])).toThrow(/trainIndices contains 0 twice/);
    expect(() => explicitSplit(3, [0.5], [1])).toThrow(/out of range/);
    expect(() => explicitSplit(3, [], [1])).toThrow(/non-empty/);
    expect(explicitSplit(3, [4, 0], [1]).train).toEqual(Int32Array.from([0, 4]));
  });
});
