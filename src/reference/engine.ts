/**
 * The engine the reference cache is computed with: the fused WebAssembly SIMD engine, the
 * fastest exact path on a CPU (2.5× the tfjs-wasm engine here) and the one the lab and the
 * fitness widget run on CPUs, so a reader's run and the reference agree bit for bit in the same
 * browser. Changing it changes every cache key (cache.ts hashes the backend and its version).
 */
import type { BackendName } from '../lib/engine/backend';

export const REFERENCE_BACKEND: BackendName = 'fused-wasm';
