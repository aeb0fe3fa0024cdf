import { describe, expect, it } from 'vitest';
import { evaluateHost } from '../../src/lib/host-forward';
import { initialParams } from '../../src/lib/params';
import { makeConfig } from '../../src/lib/config';
import { randomSplit } from '../../src/lib/dataset';
import { evaluateParams } from '../../src/lib/engine/trainer';
import { meanLoss } from '../support/reference-model';
import { nodeBackend } from '../support/tf-node';

describe('host (float64) evaluation of the network', () => {
  it('matches the textbook float64 model on a subset and on all pairs', () => {
    const x = initialParams(makeConfig({ p: 11, d: 5, hidden: 7, seed: 2 }));
    const subset = [0, 5, 17, 40, 120];
    expect(evaluateHost(x, subset).loss).toBeCloseTo(meanLoss(x, subset), 12);
    const all = Array.from({ length: 121 }, (_, i) => i);
    expect(evaluateHost(x).loss).toBeCloseTo(meanLoss(x, all), 12);
  });

  it('agrees with the device engine (float32) on all pairs', async () => {
    const backend = await nodeBackend();
    const x = initialParams(makeConfig({ p: 23, d: 16, seed: 1 }));
    const device = await evaluateParams(x, randomSplit(23, 0.8, 1), backend);
    const host = evaluateHost(x);
    expect(Math.abs(host.loss - device.all[0]) / host.loss).toBeLessThan(1e-5);
    expect(host.accuracy).toBeCloseTo(device.all[1], 4);
  });
});
