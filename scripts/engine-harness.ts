/**
 * Builds the engine harness (scripts/engine-harness-entry.ts) into a folder with its page and
 * the wasm binaries (tfjs's and the fused engine's), ready to be served on localhost for
 * browser tests and the benchmark.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildEngineHarness(outDir = join(root, 'test/.out/engine-harness')): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'scripts/engine-harness-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(outDir, 'harness.js'),
    logLevel: 'error',
    // tfjs-backend-wasm references Node built-ins behind runtime checks; the browser never takes those paths.
    external: ['fs', 'path', 'worker_threads', 'perf_hooks', 'os', 'crypto'],
  });
  const wasmDir = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
  for (const f of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'])
    copyFileSync(join(wasmDir, f), join(outDir, f));
  // The fused engine's modules, beside the bundle (fused/module.ts resolves them from there too).
  for (const f of ['fused-step.wasm', 'fused-step-fma.wasm']) copyFileSync(join(root, 'src/lib/engine/fused', f), join(outDir, f));
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>engine harness</title><script type="module" src="./harness.js"></script><p>engine harness</p></html>',
  );
  return outDir;
}
