import { startBackend, type BackendInfo, type BackendName } from '../../src/lib/engine/backend';

let started: Promise<BackendInfo> | null = null;

/** Start (once per test file) the backend the Node tests use: wasm unless FITTEST_TEST_BACKEND says cpu. */
export function nodeBackend(): Promise<BackendInfo> {
  started ??= startBackend((process.env.FITTEST_TEST_BACKEND as BackendName | undefined) ?? 'wasm');
  return started;
}

const fused = new Map<'fused-wasm' | 'fused-wasm-fma', Promise<BackendInfo>>();

/**
 * A fused WebAssembly engine (needs no tfjs backend; compiled once per test file): the plain SIMD
 * one by default, or the one with fused multiply-adds, which the reference cache is computed with.
 * No fallback: a test meant for one engine must not pass on another.
 */
export function fusedBackend(name: 'fused-wasm' | 'fused-wasm-fma' = 'fused-wasm'): Promise<BackendInfo> {
  let b = fused.get(name);
  if (!b) {
    b = startBackend(name).then((info) => {
      if (info.name !== name) throw new Error(`${name} unavailable here (got ${info.name})`);
      return info;
    });
    fused.set(name, b);
  }
  return b;
}
