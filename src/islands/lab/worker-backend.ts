/**
 * Start a tfjs backend inside the lab's worker. The wasm binaries are emitted by Vite and
 * served by the site (no CDN): their URLs go to setWasmPaths as a file-name → URL map, before
 * the wasm backend initialises; startBackend then follows the engine's ladder. The engine's
 * `wasmPath` option takes only a prefix string, so the map is set here.
 */
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { startBackend, type BackendChoice, type BackendInfo } from '../../lib/engine/backend';

let wasmConfigured = false;

export async function startWorkerBackend(choice: BackendChoice): Promise<BackendInfo> {
  if (!wasmConfigured) {
    wasmConfigured = true;
    // The map form must name all three binaries; the threaded one is never used (the engine
    // switches multithreading off), but setWasmPaths refuses a partial map.
    setWasmPaths({
      'tfjs-backend-wasm.wasm': new URL(wasmUrl, self.location.href).href,
      'tfjs-backend-wasm-simd.wasm': new URL(simdUrl, self.location.href).href,
      'tfjs-backend-wasm-threaded-simd.wasm': new URL(threadedSimdUrl, self.location.href).href,
    });
  }
  return startBackend(choice);
}
