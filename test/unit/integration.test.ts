import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../src/lib/config';
import { runTraining } from '../../src/lib/run';
import { circleSignals, countCircles } from '../../src/lib/fourier';
import { nodeBackend } from '../support/tf-node';

describe('the paper’s phenomenon, end to end (p = 59, d = 128, seed 0, 3,000 steps)', { timeout: 900_000 }, () => {
  it('generalises within 400 steps, then a few circles survive, well separated from the rest', async () => {
    const backend = await nodeBackend();
    const config = makeConfig({ p: 59, d: 128, seed: 0, steps: 3000 });
    const run = await runTraining(config, { backend, logEvery: 10, chunk: 100 });
    const i400 = run.steps.indexOf(400);
    expect(i400).toBeGreaterThan(0);
    const firstGood = run.steps.find((_, i) => run.testAcc[i]! >= 0.99);
    console.log(`test accuracy ≥ 0.99 first at step ${firstGood}; circles at 3,000: [${run.circles.join(', ')}]`);
    expect(Math.max(...run.testAcc.slice(0, i400 + 1))).toBeGreaterThanOrEqual(0.99);

    const final = run.signals.at(-1)!;
    const { circles } = countCircles(final);
    expect(circles).toEqual(run.circles);
    expect(circles.length).toBeGreaterThanOrEqual(3);
    expect(circles.length).toBeLessThanOrEqual(7);
    const circleS = circleSignals(final);
    const survivors = circles.map((k) => circleS[k - 1]!);
    const losers = circleS.filter((_, i) => !circles.includes(i + 1));
    expect(Math.min(...survivors)).toBeGreaterThanOrEqual(3 * Math.max(...losers));
  });
});
