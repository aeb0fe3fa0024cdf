import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseInitFile } from '../../src/lib/init-file';

const fixture = JSON.parse(readFileSync('test/fixtures/golden-p59-d32-s0.json', 'utf8'));
const clone = () => JSON.parse(JSON.stringify(fixture));

describe('init files (the golden fixture’s format)', () => {
  it('reads p, d, width, parameters and split from the fixture', () => {
    const f = parseInitFile(fixture);
    expect([f.p, f.d, f.hidden]).toEqual([59, 32, 100]);
    expect(f.split.train.length).toBe(2784);
    expect(f.split.test.length).toBe(697);
    expect(f.params.w0.length).toBe(100 * 64);
  });

  const cases: [string, (x: Record<string, any>) => void, RegExp][] = [
    ['missing initialParameters', (x) => delete x.initialParameters, /missing field "initialParameters"/],
    ['missing trainIndices', (x) => delete x.trainIndices, /missing field "trainIndices"/],
    ['missing testIndices', (x) => delete x.testIndices, /missing field "testIndices"/],
    ['missing a weight', (x) => delete x.initialParameters['linears.1.bias'], /missing "linears.1.bias"/],
    ['wrong shape', (x) => x.initialParameters['linears.0.weight'].pop(), /"linears.0.weight" must have 100 rows/],
    ['wrong row length', (x) => x.initialParameters.embedding[3].push(0), /"embedding"\[3\] must have 32 columns/],
    ['non-numeric entry', (x) => (x.initialParameters['linears.2.bias'][4] = 'x'), /"linears.2.bias"\[4\] is not a finite number/],
    ['index out of range', (x) => (x.trainIndices[0] = 3481), /trainIndices\[0\] = 3481 is out of range 0..3480/],
    ['overlapping split', (x) => (x.testIndices[0] = x.trainIndices[5]), /is in both trainIndices and testIndices/],
    ['duplicate index', (x) => (x.trainIndices[1] = x.trainIndices[0]), /trainIndices contains \d+ twice/],
  ];
  it.each(cases)('rejects a file with %s, naming it', (_name, breakIt, message) => {
    const x = clone();
    breakIt(x);
    expect(() => parseInitFile(x)).toThrow(message);
  });

  it('rejects non-objects', () => {
    expect(() => parseInitFile([1, 2])).toThrow(/JSON object/);
    expect(() => parseInitFile(null)).toThrow(/JSON object/);
  });
});
