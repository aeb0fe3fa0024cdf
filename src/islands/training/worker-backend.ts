/**
 * Start a tfjs backend inside the training worker. The wasm binaries are emitted by Vite and
 * served by the site (no CDN): their URLs go to setWasmPaths as a file-name → URL map, before
 * the wasm backend initialises; startBackend then follows the engine's ladder. The engine's
 * `wasmPath` option takes only a prefix string, so the map is set here.
 *
 * Also here: the worker's view of the WebGL context (lost or not), and leaving a lost one.
 */
import * as tf from '@tensorflow/tfjs-core';
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

/** The parts of tfjs-webgl's backend object used here (not in its public types). */
interface WebglInternals {
  gpgpu?: { gl?: WebGLRenderingContext; itemsToPoll?: unknown[] };
}

function webglInternals(): WebglInternals | null {
  try {
    return tf.findBackend('webgl') as unknown as WebglInternals | null;
  } catch {
    return null;
  }
}

/** The webgl backend's context, when webgl is the backend in use. */
function webglContext(): WebGLRenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  return webglInternals()?.gpgpu?.gl ?? null;
}

/** True when the engine runs on webgl and its context is gone (checked synchronously). */
export function webglLost(): boolean {
  return webglContext()?.isContextLost() ?? false;
}

const watched = new WeakSet<object>();
/**
 * Call `onLost` when the current webgl context is lost (registered once per context; nothing
 * happens off webgl). A readback in flight at that moment never resolves (tfjs polls a fence
 * that a lost context never signals), so the training loop needs this to get out of it.
 */
export function watchWebgl(onLost: () => void): void {
  const gl = webglContext();
  if (!gl || watched.has(gl)) return;
  watched.add(gl);
  (gl.canvas as EventTarget).addEventListener('webglcontextlost', () => onLost(), { once: true });
}

/**
 * Leave a lost webgl backend for the CPU: stop tfjs polling fences that will never pass, drop the
 * webgl backend (its textures died with the context) and start the fastest CPU engine, the fused
 * WebAssembly step (with fused multiply-adds where relaxed SIMD has them, tfjs wasm where SIMD is
 * missing). Both read the same flat state, so the
 * run resumes from its last snapshot either way.
 */
export async function abandonWebgl(): Promise<BackendInfo> {
  const b = webglInternals();
  if (b?.gpgpu?.itemsToPoll) b.gpgpu.itemsToPoll.length = 0;
  const info = await startWorkerBackend('fused-wasm-fma');
  try {
    tf.removeBackend('webgl');
  } catch {
    /* already gone */
  }
  return info;
}
