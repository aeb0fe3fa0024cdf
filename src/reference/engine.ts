/**
 * The engine the reference cache is computed with: the fused WebAssembly engine with fused
 * multiply-adds, the fastest exact path on a CPU (about 3× the tfjs-wasm engine here) and the one
 * the lab and the fitness widget pick on CPUs whose browsers have relaxed SIMD, so a reader's run
 * and the reference agree bit for bit there. It refuses to start where the multiply-add is not
 * fused (fused/module.ts), so every machine that computes or verifies the cache rounds alike.
 * Changing it changes every cache key (cache.ts hashes the backend and its version).
 */
import type { BackendName } from '../lib/engine/backend';

export const REFERENCE_BACKEND: BackendName = 'fused-wasm-fma';
