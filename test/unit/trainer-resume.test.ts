// A trainer resumed from state() continues bit for bit where the original would have gone
// (the lab relies on this to continue a run after a lost WebGL context), and a fresh trainer
// is untouched by the option.
import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../src/lib/config';
import { randomSplit } from '../../src/lib/dataset';
import { initialParams } from '../../src/lib/params';
import { Trainer } from '../../src/lib/engine/trainer';
import { fusedBackend, nodeBackend } from '../support/tf-node';

const config = makeConfig({ p: 13, d: 8, hidden: 16, steps: 40, seed: 2 });

for (const [engine, startEngine] of [
  ['tfjs', nodeBackend],
  ['fused-wasm', () => fusedBackend('fused-wasm')],
  ['fused-wasm-fma', () => fusedBackend('fused-wasm-fma')],
] as const) {
  describe(`trainer resume (${engine})`, () => {
    it('continues from a saved state exactly as an uninterrupted run', async () => {
      const backend = await startEngine();
      const split = randomSplit(config.p, config.trainFraction, 2);
      const make = (resume?: Awaited<ReturnType<Trainer['state']>>) =>
        new Trainer({ config, backend, init: initialParams(config), split, logEvery: 1, ...(resume ? { resume } : {}) });
      const whole = make();
      const all = (await whole.advance(30)).rows;
      const first = make();
      await first.advance(12);
      const saved = await first.state();
      expect(saved.step).toBe(12);
      // Training on after the snapshot must not change it (it is a host copy).
      await first.advance(5);
      first.dispose();
      const resumed = make(saved);
      expect(resumed.step).toBe(12);
      const rest = (await resumed.advance(18)).rows;
      expect(rest.map((r) => r.step)).toEqual(Array.from({ length: 18 }, (_, i) => 13 + i));
      expect(rest).toEqual(all.slice(13));
      expect(await resumed.params()).toEqual(await whole.params());
      resumed.dispose();
      whole.dispose();
    });

    it('refuses a state of another model size', async () => {
      const backend = await startEngine();
      const split = randomSplit(config.p, config.trainFraction, 2);
      const bad = { step: 3, theta: new Float32Array(5), m: new Float32Array(5), v: new Float32Array(5) };
      expect(() => new Trainer({ config, backend, init: initialParams(config), split, resume: bad })).toThrow(/resume state/);
    });
  });
}
