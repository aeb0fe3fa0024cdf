/**
 * The engine the reference cache is computed with. It stays tfjs-wasm for now, on purpose: the
 * cached runs (reference/cache, 388,000 steps, hours on two cores) were computed with it, and
 * the fused WebAssembly SIMD engine, faster but summing in another order, gives other float32
 * numbers, so `npm run test:reference --verify` would fail against the cache until it is
 * regenerated. That regeneration is scheduled for its own session; switching this constant to
 * 'fused-wasm' then changes every cache key (cache.ts hashes the backend and its engine version).
 */
import type { BackendName } from '../lib/engine/backend';

export const REFERENCE_BACKEND: BackendName = 'wasm';
