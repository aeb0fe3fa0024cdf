/**
 * Loading the fused engine's WebAssembly (fused-step.wasm, built from ./assembly by
 * scripts/build-fused.mjs). The file sits beside this module: Vite emits it as an asset of the
 * site (served by the site itself, allowed by the CSP's 'wasm-unsafe-eval'), esbuild bundles
 * leave the URL relative to the bundle (the engine harness copies the file there), and Node
 * reads it from disk. Compiling happens once (async); instances are then made synchronously, so
 * a trainer can be constructed without awaiting.
 */

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

/** Where the module is, relative to this file (a literal, so that bundlers see it). */
export const FUSED_WASM_URL: URL = new URL('./fused-step.wasm', import.meta.url);

let compiling: Promise<WebAssembly.Module> | null = null;
let compiled: WebAssembly.Module | null = null;

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
 * Compile the module once (later calls share the result). Rejects where WebAssembly SIMD is
 * missing: the module uses v128 throughout, so such engines cannot compile it.
 */
export function loadFusedModule(url: URL | string = FUSED_WASM_URL): Promise<WebAssembly.Module> {
  compiling ??= (async () => {
    const m = await WebAssembly.compile(await fetchBytes(typeof url === 'string' ? new URL(url) : url));
    compiled = m;
    return m;
  })().catch((err: unknown) => {
    compiling = null;
    throw err;
  });
  return compiling;
}

/** A fresh instance with its own memory (the module must have been loaded). */
export function instantiateFused(): FusedExports {
  if (!compiled) throw new Error('the fused engine is not loaded (start the backend with startBackend first)');
  const instance = new WebAssembly.Instance(compiled, {
    env: {
      abort: () => {
        throw new Error('fused engine: abort');
      },
    },
  });
  return instance.exports as unknown as FusedExports;
}

/** True once loadFusedModule has succeeded. */
export function fusedLoaded(): boolean {
  return compiled !== null;
}
