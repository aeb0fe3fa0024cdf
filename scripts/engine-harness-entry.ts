/**
 * A page-level handle on the engine for browser tests and the benchmark: the same modules the
 * site's islands use, bundled by esbuild, with no UI. Exposed as `window.fittestEngine`.
 */
import * as tf from '@tensorflow/tfjs-core';
import { fusedVariant, startBackend, type BackendChoice } from '../src/lib/engine/backend';
import { makeConfig, type TrainConfig } from '../src/lib/config';
import { parseInitFile } from '../src/lib/init-file';
import { runTraining, type RunFile } from '../src/lib/run';
import { initialParams } from '../src/lib/params';
import { randomSplit } from '../src/lib/dataset';
import { Trainer } from '../src/lib/engine/trainer';
import { fusedMatmulGflops } from '../src/lib/engine/fused/peak';

let started: Promise<Awaited<ReturnType<typeof startBackend>>> | null = null;

const api = {
  async start(choice: BackendChoice) {
    started ??= startBackend(choice, { wasmPath: new URL('./', location.href).href, fusedWasmPath: new URL('./', location.href).href });
    return started;
  },
  async train(config: Partial<TrainConfig>, initFile?: unknown): Promise<RunFile> {
    const backend = await started!;
    const init = initFile ? parseInitFile(initFile) : null;
    const c = makeConfig(init ? { ...config, p: init.p, d: init.d, hidden: init.hidden } : config);
    return runTraining(c, { backend, init: init?.params, split: init?.split });
  },
  /** Median milliseconds per training step (update + full-grid forward incl. test set + metrics), after warm-up. */
  async msPerStep(config: Partial<TrainConfig>, steps: number, warmup: number): Promise<number[]> {
    const backend = await started!;
    const c = makeConfig({ ...config, steps: steps + warmup + 10 });
    const tr = new Trainer({ config: c, backend, init: initialParams(c), split: randomSplit(c.p, c.trainFraction, 0), logEvery: 1 });
    try {
      await tr.advance(warmup);
      const times: number[] = [];
      const chunk = 10;
      for (let i = 0; i < steps; i += chunk) {
        const t0 = performance.now();
        await tr.advance(chunk);
        times.push((performance.now() - t0) / chunk);
      }
      return times;
    } finally {
      tr.dispose();
    }
  },
  numTensors: () => tf.memory().numTensors,
  /** GFLOP/s of a plain [p², 100] × [100, 100] matmul on the current backend (the step's largest shape). */
  async matmulGflops(): Promise<number> {
    const variant = fusedVariant((await started!).name);
    if (variant) return fusedMatmulGflops(variant);
    const a = tf.randomNormal([3481, 100]);
    const b = tf.randomNormal([100, 100]);
    const times: number[] = [];
    for (let i = 0; i < 18; i++) {
      const t0 = performance.now();
      const c = tf.matMul(a, b);
      await c.data();
      if (i >= 3) times.push(performance.now() - t0);
      c.dispose();
    }
    tf.dispose([a, b]);
    times.sort((x, y) => x - y);
    return (2 * 3481 * 100 * 100) / (times[Math.floor(times.length / 2)]! * 1e6);
  },
};

(globalThis as unknown as { fittestEngine: typeof api }).fittestEngine = api;
