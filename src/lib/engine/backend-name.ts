/**
 * The engines' names and which of them are this project's fused modules. Kept apart from
 * backend.ts, which imports tfjs, so that main-thread code (the lab's status line) can tell the
 * engines apart without loading tfjs.
 */

/** Engines: 'fused-wasm-fma' and 'fused-wasm' are this project's own; the others are tfjs backends. */
export type BackendName = 'fused-wasm-fma' | 'fused-wasm' | 'wasm' | 'webgl' | 'cpu';

/** The two builds of the fused module: plain WebAssembly SIMD, and relaxed SIMD with fused multiply-adds. */
export type FusedVariant = 'simd' | 'fma';

/** The fused module a backend runs, or null for the tfjs backends. */
export function fusedVariant(name: BackendName): FusedVariant | null {
  return name === 'fused-wasm-fma' ? 'fma' : name === 'fused-wasm' ? 'simd' : null;
}

/** The engines that run on the CPU through WebAssembly (tfjs wasm and the fused modules). */
export function isWasmEngine(name: BackendName): boolean {
  return name === 'wasm' || fusedVariant(name) !== null;
}
