import { startBackend, type BackendInfo, type BackendName } from '../../src/lib/engine/backend';

let started: Promise<BackendInfo> | null = null;

/** Start (once per test file) the backend the Node tests use: wasm unless FITTEST_TEST_BACKEND says cpu. */
export function nodeBackend(): Promise<BackendInfo> {
  started ??= startBackend((process.env.FITTEST_TEST_BACKEND as BackendName | undefined) ?? 'wasm');
  return started;
}

let fused: Promise<BackendInfo> | null = null;

/** The fused WebAssembly SIMD engine (needs no tfjs backend; compiled once per test file). */
export function fusedBackend(): Promise<BackendInfo> {
  fused ??= startBackend('fused-wasm').then((b) => {
    if (b.name !== 'fused-wasm') throw new Error(`fused engine unavailable here (got ${b.name})`);
    return b;
  });
  return fused;
}
