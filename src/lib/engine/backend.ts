/**
 * Choosing and starting an engine. The ladder picks the fastest exact path on its own:
 *   1. tfjs webgl when the GPU is real (browsers only);
 *   2. the fused step with fused multiply-adds (fused/, fused-step-fma.wasm) on CPUs where
 *      relaxed SIMD compiles and its multiply-add is fused;
 *   3. the plain fused WebAssembly SIMD step (fused-step.wasm) where it is not;
 *   4. tfjs wasm where WebAssembly SIMD is missing (the fused modules cannot compile there);
 *   5. tfjs cpu as the last resort.
 * Software WebGL (SwiftShader, llvmpipe) is about ten times slower than wasm for this model
 * (shared/stack.md), so `auto` skips it; forcing `webgl` still uses it (tests do, to check the
 * webgl kernels). Forcing `wasm` gives tfjs-wasm (the reference pipeline does, see
 * scripts/reference-worker.ts).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { FUSED_WASM_FILES, loadFusedModule } from './fused/module';
import { fusedVariant, type BackendName } from './backend-name';

export { fusedVariant, type BackendName } from './backend-name';
export type BackendChoice = BackendName | 'auto';

export interface BackendInfo {
  name: BackendName;
  /** Every engine computes in float32 here (webgl may be float16 on some mobile GPUs). */
  precision: 'float32' | 'float16';
  /** WebGL renderer string when known (e.g. "ANGLE (… SwiftShader …)"). */
  renderer?: string;
  /** Why this backend was chosen (shown to readers). */
  reason: string;
}

export interface BackendOptions {
  /** URL prefix (browser) or folder (Node) that holds tfjs-backend-wasm*.wasm. */
  wasmPath?: string;
  /** URL prefix of fused-step(-fma).wasm when they are not beside the bundle (default: fused/module.ts's FUSED_WASM_URLS). */
  fusedWasmPath?: string;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** What webglRenderer needs of a canvas (OffscreenCanvas or a page's <canvas>). */
type GlCanvas = { getContext(id: 'webgl2' | 'webgl'): unknown };

/** The unmasked WebGL renderer string, or null where WebGL is missing. */
export function webglRenderer(): string | null {
  try {
    // The page's document where there is one: the engine is typed without the DOM (it also runs in workers and Node).
    const page = (globalThis as { document?: { createElement(tag: 'canvas'): GlCanvas } }).document;
    const canvas: GlCanvas | null = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : page ? page.createElement('canvas') : null;
    if (!canvas) return null;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const r = ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return String(r);
  } catch {
    return null;
  }
}

export function isSoftwareRenderer(renderer: string | null): boolean {
  return renderer !== null && SOFTWARE_RENDERERS.test(renderer);
}

let configured = false;
function configureOnce(opts: BackendOptions): void {
  if (configured) return;
  configured = true;
  // One wasm binary everywhere (SIMD, single-threaded): results are then bit-identical between
  // Node and browsers, and threads did not help on 2 cores (shared/stack.md).
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  if (opts.wasmPath) setWasmPaths(opts.wasmPath);
  // Keep webgl in float32 and stop it from packing/rounding in ways that change results.
  tf.env().set('WEBGL_FORCE_F16_TEXTURES', false);
}

async function trySet(name: BackendName, opts: BackendOptions): Promise<boolean> {
  const variant = fusedVariant(name);
  if (variant) {
    try {
      await loadFusedModule(variant, opts.fusedWasmPath ? new URL(FUSED_WASM_FILES[variant], opts.fusedWasmPath) : undefined);
    } catch {
      return false;
    }
    // The fused engine needs no tfjs backend, but code around it may ask tfjs for its memory:
    // give tfjs the cheapest one instead of letting it start webgl on its own.
    if (!tf.engine().backendName) await trySet('cpu', opts);
    return true;
  }
  try {
    const ok = await tf.setBackend(name);
    if (!ok) return false;
    await tf.ready();
    return tf.getBackend() === name;
  } catch {
    return false;
  }
}

/** Start a backend following the ladder (or the forced choice, falling back down the ladder). */
export async function startBackend(choice: BackendChoice = 'auto', opts: BackendOptions = {}): Promise<BackendInfo> {
  configureOnce(opts);
  const inBrowser = typeof navigator !== 'undefined' && typeof (globalThis as { process?: unknown }).process === 'undefined';
  const renderer = inBrowser ? webglRenderer() : null;
  const order: { name: BackendName; reason: string }[] = [];
  if (choice === 'webgl' || (choice === 'auto' && renderer && !isSoftwareRenderer(renderer))) {
    order.push({ name: 'webgl', reason: choice === 'webgl' ? 'forced' : 'hardware WebGL' });
  }
  // Why the CPU engines are used at all, when that was not forced.
  const cpuReason = !inBrowser ? 'Node' : renderer === null ? 'no WebGL' : isSoftwareRenderer(renderer) ? 'software WebGL is slower than wasm' : 'WebGL failed';
  if (choice === 'auto' || choice === 'fused-wasm-fma') {
    order.push({ name: 'fused-wasm-fma', reason: choice === 'fused-wasm-fma' ? 'forced' : cpuReason });
  }
  if (choice === 'auto' || choice === 'fused-wasm-fma' || choice === 'fused-wasm') {
    order.push({
      name: 'fused-wasm',
      reason: choice === 'fused-wasm' ? 'forced' : choice === 'fused-wasm-fma' ? 'no fused multiply-add (relaxed SIMD)' : cpuReason,
    });
  }
  if (choice !== 'cpu') {
    const why = choice === 'wasm' ? 'forced' : choice === 'auto' || fusedVariant(choice) ? 'no WebAssembly SIMD' : cpuReason;
    order.push({ name: 'wasm', reason: why });
  }
  order.push({ name: 'cpu', reason: choice === 'cpu' ? 'forced' : 'wasm unavailable' });
  for (const { name, reason } of order) {
    if (await trySet(name, opts)) {
      let precision: 'float32' | 'float16' = 'float32';
      if (name === 'webgl' && !tf.env().getBool('WEBGL_RENDER_FLOAT32_CAPABLE')) precision = 'float16';
      return { name, precision, renderer: renderer ?? undefined, reason };
    }
  }
  throw new Error('no tfjs backend could be started (tried ' + order.map((o) => o.name).join(', ') + ')');
}
