/**
 * Version of the training engine. Bump it whenever a change can alter any computed number
 * (formulation, op order, RNG, defaults): reference-run caches are keyed by it.
 * ENGINE_VERSION is the tfjs engine's (webgl, wasm, cpu); FUSED_ENGINE_VERSION the fused
 * WebAssembly SIMD engine's (src/lib/engine/fused), which sums in another order and so gives
 * other float32 numbers; FUSED_FMA_ENGINE_VERSION that engine's build with fused multiply-adds,
 * which rounds its matmuls once per term instead of twice. A cached run is keyed by the backend
 * and the version of the engine that computed it.
 */
export const ENGINE_VERSION = '1.1.0';
export const FUSED_ENGINE_VERSION = 'fused-1.1.0';
export const FUSED_FMA_ENGINE_VERSION = 'fused-fma-1.1.0';
export const RUN_FILE_FORMAT = 'fittest-run';
export const RUN_FILE_FORMAT_VERSION = 1;

/** The version of the engine a backend runs. */
export function engineVersion(backend: string): string {
  return backend === 'fused-wasm-fma' ? FUSED_FMA_ENGINE_VERSION : backend === 'fused-wasm' ? FUSED_ENGINE_VERSION : ENGINE_VERSION;
}
