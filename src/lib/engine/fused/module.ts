/**
 * Loading the fused engine's WebAssembly, built from ./assembly by scripts/build-fused.ts in two
 * variants: fused-step.wasm (SIMD) and fused-step-fma.wasm (relaxed SIMD too: the matmuls
 * accumulate by fused multiply-adds, about 18 % faster here, and round once instead of twice).
 * The files sit beside this module: Vite emits them as assets of the site (served by the site
 * itself, allowed by the CSP's 'wasm-unsafe-eval'), esbuild bundles leave the URLs relative to
 * the bundle (the engine harness copies the files there), and Node reads them from disk.
 * Compiling happens once per variant (async); instances are then made synchronously, so a
 * trainer can be constructed without awaiting.
 */

import type { FusedVariant } from '../backend-name';
/** 'simd': the plain module; 'fma': the one whose matmuls use relaxed SIMD's fused multiply-add. */
export type { FusedVariant };

/** The exports of fused-step.wasm (see assembly/step.ts and assembly/kernels.ts). */
export interface FusedExports {
  memory: WebAssembly.Memory;
  alloc(bytes: number): number;
  resetHeap(): void;
  configure(p: number, d: number, h: number, nTrain: number, nTest: number, trainEmbedding: number): number;
  thetaPtr(): number;
  momentPtr(): number;
  velocityPtr(): number;
  gradPtr(): number;
  embeddingPtr(): number;
  rowAPtr(): number;
  rowBPtr(): number;
  labelsPtr(): number;
  dftPtr(): number;
  reImPtr(): number;
  correctPtr(): number;
  statsPtr(): number;
  trainStep(measure: number, decay: number, oneMinusB1: number, b2: number, oneMinusB2: number, stepSize: number, bc2Sqrt: number, eps: number): void;
  measureState(): void;
  gradients(): void;
  // Kernels, exported for tests.
  expArray(x: number, out: number, n: number): void;
  sigmoidArray(x: number, out: number, n: number): void;
  setEpilogue(s: number, h: number, rowA: number, rowB: number): void;
  mmB(M: number, N: number, K: number, A: number, sai: number, sak: number, B: number, ldb: number, C: number, ldc: number, mode: number): void;
  mmDot(M: number, N: number, K: number, A: number, lda: number, B: number, ldb: number, C: number, ldc: number, bias: number, mode: number, S: number): void;
  colSums(M: number, N: number, A: number, lda: number, out: number): void;
  expTable(n: number, P: number, T: number): number;
  layer0(r0: number, r1: number, h: number, P: number, T: number, rowA: number, rowB: number, S: number, H: number): void;
  addBias(M: number, N: number, A: number, lda: number, bias: number): void;
  softmaxCE(r0: number, r1: number, p: number, Z: number, labels: number, gradScale: number, correctOut: number): number;
  maddIsFused(a: number, c: number): number;
  adamw(
    n: number,
    theta: number,
    m: number,
    v: number,
    g: number,
    decay: number,
    oneMinusB1: number,
    b2: number,
    oneMinusB2: number,
    stepSize: number,
    bc2Sqrt: number,
    eps: number,
  ): void;
}

/** Where the modules are, relative to this file (literals, so that bundlers see them). */
export const FUSED_WASM_URLS: Readonly<Record<FusedVariant, URL>> = {
  simd: new URL('./fused-step.wasm', import.meta.url),
  fma: new URL('./fused-step-fma.wasm', import.meta.url),
};

/** The file names, for hosts that serve the modules from a folder of their own. */
export const FUSED_WASM_FILES: Readonly<Record<FusedVariant, string>> = { simd: 'fused-step.wasm', fma: 'fused-step-fma.wasm' };

const compiling = new Map<FusedVariant, Promise<WebAssembly.Module>>();
const compiled = new Map<FusedVariant, WebAssembly.Module>();

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string' && !('window' in globalThis);

async function fetchBytes(url: URL): Promise<ArrayBuffer> {
  if (isNode && url.protocol === 'file:') {
    // A computed specifier keeps bundlers from pulling node:fs into browser code.
    const fsName = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises');
    const buf = await fs.readFile(url);
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  }
  const res = await fetch(url);
  if (!res.ok) throw new Error(`fetching ${url.href} failed: HTTP ${res.status}`);
  return res.arrayBuffer();
}

/**
 * Node 20's V8 compiles relaxed SIMD only behind a flag (on by default from Node 22 and in
 * Chromium since 114). V8 reads it when a module is compiled, so setting it first is enough.
 */
async function allowRelaxedSimdInNode(): Promise<void> {
  if (!isNode) return;
  const v8Name = 'node:v8'; // computed, as for node:fs
  const v8 = (await import(/* @vite-ignore */ v8Name)) as typeof import('node:v8');
  v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
}

function instantiate(module: WebAssembly.Module): FusedExports {
  const instance = new WebAssembly.Instance(module, {
    env: {
      abort: () => {
        throw new Error('fused engine: abort');
      },
    },
  });
  return instance.exports as unknown as FusedExports;
}

/** 1 + 2⁻¹² and −(1 + 2⁻¹¹): see maddIsFused in assembly/kernels.ts. */
const PROBE_A = 1 + 2 ** -12;
const PROBE_C = -(1 + 2 ** -11);

/**
 * Compile a variant once (later calls share the result). Rejects where WebAssembly SIMD is
 * missing (both modules use v128 throughout), and for 'fma' also where relaxed SIMD is missing
 * or its multiply-add is not fused (x86 CPUs without FMA3): relaxed SIMD allows either, and an
 * engine whose rounding depended on the CPU could not reproduce its reference runs.
 */
export function loadFusedModule(variant: FusedVariant = 'simd', url: URL | string = FUSED_WASM_URLS[variant]): Promise<WebAssembly.Module> {
  let pending = compiling.get(variant);
  if (!pending) {
    pending = (async () => {
      if (variant === 'fma') await allowRelaxedSimdInNode();
      const m = await WebAssembly.compile(await fetchBytes(typeof url === 'string' ? new URL(url) : url));
      if (variant === 'fma' && !instantiate(m).maddIsFused(PROBE_A, PROBE_C)) {
        throw new Error('relaxed SIMD multiply-add is not fused on this machine');
      }
      compiled.set(variant, m);
      return m;
    })().catch((err: unknown) => {
      compiling.delete(variant);
      throw err;
    });
    compiling.set(variant, pending);
  }
  return pending;
}

/** A fresh instance of a variant with its own memory (the variant must have been loaded). */
export function instantiateFused(variant: FusedVariant = 'simd'): FusedExports {
  const m = compiled.get(variant);
  if (!m) throw new Error(`the fused engine (${variant}) is not loaded (start the backend with startBackend first)`);
  return instantiate(m);
}

/** True once loadFusedModule has succeeded for this variant. */
export function fusedLoaded(variant: FusedVariant = 'simd'): boolean {
  return compiled.has(variant);
}
