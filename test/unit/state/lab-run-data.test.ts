import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../../src/lib/config';
import { RunData, parseRunCsv } from '../../../src/islands/lab/run-data';
import type { RowMsg } from '../../../src/islands/training/protocol';

const p = 13;
const config = makeConfig({ p, d: 8, steps: 10 });
const row = (step: number, loss = 2.5 - 0.1 * step): RowMsg => ({
  step,
  trainLoss: loss,
  testLoss: loss * 1.1,
  trainAcc: step / 10,
  testAcc: step / 20,
  // Frequency 3 (and 10 = p − 3) grows, the rest shrink: 3 is the only circle.
  signals: Float64Array.from({ length: p }, (_, k) => (k === 3 || k === p - 3 ? 10 + step : 10 - 0.5 * step)),
});

describe('the lab’s live run data', () => {
  it('appends rows in order, drops repeats and non-finite rows (no NaN reaches a plot)', () => {
    const r = new RunData(config, { backend: 'wasm', precision: 'float32' });
    r.append([row(0), row(1)]);
    r.append([row(1), row(2, Number.NaN), { ...row(3), signals: Float64Array.from({ length: p }, () => Number.POSITIVE_INFINITY) }, row(4)]);
    expect(r.steps).toEqual([0, 1, 4]);
    expect(r.step).toBe(4);
    expect(r.indexAt(3)).toBe(1);
    expect(r.indexAt(100)).toBe(2);
  });

  it('finds the survivors and the fading frequencies', () => {
    const r = new RunData(config, { backend: 'wasm', precision: 'float32' });
    r.append(Array.from({ length: 11 }, (_, s) => row(s)));
    expect(r.circles).toEqual([3]);
    const states = r.frequencyStates();
    expect(states.get(3)).toBe('alive');
    expect(states.get(1)).toBe('fading');
    expect(r.signalSeries().signals[0]).toHaveLength(7); // S_0..S_6
  });

  it('exports the command line’s run-file fields and a CSV that parses back to the same numbers', () => {
    const r = new RunData(config, { backend: 'wasm', precision: 'float32' });
    r.append(Array.from({ length: 11 }, (_, s) => row(s, 1 / 3 + s)));
    const file = JSON.parse(JSON.stringify(r.toRunFile()));
    expect(file).toMatchObject({ format: 'fittest-run', formatVersion: 1, engine: { backend: 'wasm', precision: 'float32' }, circles: [3] });
    expect(file.config).toEqual(config);
    expect(file.steps).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(file.trainLoss[0]).toBe(Number((1 / 3).toPrecision(9)));
    expect(file.signals[0]).toHaveLength(p);
    const csv = parseRunCsv(r.toCsv());
    expect(csv.header.slice(0, 6)).toEqual(['step', 'train_loss', 'test_loss', 'train_acc', 'test_acc', 'S_1']);
    expect(csv.header).toHaveLength(5 + 6);
    expect(csv.rows).toHaveLength(11);
    expect(csv.rows.map((x) => x[1])).toEqual(file.trainLoss);
    expect(csv.rows.map((x) => x[5 + 2])).toEqual(file.signals.map((s: number[]) => s[3]));
  });
});
