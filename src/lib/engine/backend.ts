/**
 * Choosing and starting a tfjs backend. The ladder: webgl when the GPU is real, wasm otherwise
 * (and always in Node), cpu as the last resort. Software WebGL (SwiftShader, llvmpipe) is about
 * ten times slower than wasm for this model (shared/stack.md), so `auto` skips it; forcing
 * `webgl` still uses it (tests do, to check the webgl kernels).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-backend-webgl';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

export type BackendName = 'wasm' | 'webgl' | 'cpu';
export type BackendChoice = BackendName | 'auto';

export interface BackendInfo {
  name: BackendName;
  /** tfjs computes in float32 on every backend here (webgl may be float16 on some mobile GPUs). */
  precision: 'float32' | 'float16';
  /** WebGL renderer string when known (e.g. "ANGLE (… SwiftShader …)"). */
  renderer?: string;
  /** Why this backend was chosen (shown to readers). */
  reason: string;
}

export interface BackendOptions {
  /** URL prefix (browser) or folder (Node) that holds tfjs-backend-wasm*.wasm. */
  wasmPath?: string;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** The unmasked WebGL renderer string, or null where WebGL is missing. */
export function webglRenderer(): string | null {
  try {
    const canvas =
      typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1)
        : typeof document !== 'undefined'
          ? document.createElement('canvas')
          : null;
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

async function trySet(name: BackendName): Promise<boolean> {
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
  if (choice !== 'cpu') {
    const why =
      choice === 'wasm'
        ? 'forced'
        : !inBrowser
          ? 'Node'
          : renderer === null
            ? 'no WebGL'
            : isSoftwareRenderer(renderer)
              ? 'software WebGL is slower than wasm'
              : 'WebGL failed';
    order.push({ name: 'wasm', reason: why });
  }
  order.push({ name: 'cpu', reason: choice === 'cpu' ? 'forced' : 'wasm unavailable' });
  for (const { name, reason } of order) {
    if (await trySet(name)) {
      let precision: 'float32' | 'float16' = 'float32';
      if (name === 'webgl' && !tf.env().getBool('WEBGL_RENDER_FLOAT32_CAPABLE')) precision = 'float16';
      return { name, precision, renderer: renderer ?? undefined, reason };
    }
  }
  throw new Error('no tfjs backend could be started (tried ' + order.map((o) => o.name).join(', ') + ')');
}
