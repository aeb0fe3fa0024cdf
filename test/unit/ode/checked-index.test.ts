/**
 * The checked reads behind the ODE numerics: an index outside the array throws 'bad-shape'
 * (naming index and length) instead of yielding undefined, which arithmetic would turn into NaN.
 */
import { describe, expect, it } from 'vitest';
import { fromRows, get, luSolveVector } from '../../../src/lib/ode';
import { at, elementAt } from '../../../src/lib/ode/checked-index';
import { errorCode } from './helpers';

describe('checked index reads', () => {
  it('at returns Float64Array entries and rejects every index outside 0..length−1', () => {
    const v = Float64Array.from([1.5, -2, 0]);
    expect([at(v, 0), at(v, 1), at(v, 2)]).toEqual([1.5, -2, 0]);
    for (const bad of [-1, 3, 1.5, NaN]) expect(errorCode(() => at(v, bad))).toBe('bad-shape');
    expect(() => at(v, 7)).toThrow('Index 7 is outside an array of length 3.');
  });

  it('elementAt does the same for plain arrays, typed integer arrays and arrays of rows', () => {
    expect(elementAt([4, 5], 1)).toBe(5);
    expect(elementAt(Int32Array.from([7, 8]), 0)).toBe(7);
    const rows = [Float64Array.from([1]), Float64Array.from([2])];
    expect(elementAt(rows, 1)).toBe(rows[1]);
    expect(errorCode(() => elementAt([4, 5], 2))).toBe('bad-shape');
    expect(errorCode(() => elementAt(rows, -1))).toBe('bad-shape');
  });

  it('get(m, i, j) refuses a column past the end instead of reading the next row', () => {
    const m = fromRows([
      [1, 2],
      [3, 4],
    ]);
    expect(get(m, 1, 0)).toBe(3);
    // Row-major storage holds 3 at offset 0·2 + 2: unchecked, get(m, 0, 2) would return it.
    expect(errorCode(() => get(m, 0, 2))).toBe('bad-shape');
    expect(errorCode(() => get(m, 2, 0))).toBe('bad-shape');
    expect(errorCode(() => get(m, -1, 1))).toBe('bad-shape');
  });

  it('a corrupted pivot in an LU makes the solve throw rather than return NaN', () => {
    const lu = { n: 2, lu: Float64Array.from([1, 0, 0, 1]), piv: Int32Array.from([0, 5]), sign: 1, anorm: 1 };
    expect(Array.from(luSolveVector({ ...lu, piv: Int32Array.from([1, 0]) }, [3, 4]))).toEqual([4, 3]);
    expect(errorCode(() => luSolveVector(lu, [3, 4]))).toBe('bad-shape');
  });
});
