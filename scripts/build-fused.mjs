// Builds the fused engine's WebAssembly (src/lib/engine/fused/assembly → fused-step.wasm) with
// the AssemblyScript compiler from node_modules. SIMD is required (the kernels use v128); the
// output is deterministic, so test/unit/fused-build.test.ts can rebuild it and compare bytes.
import { main } from 'assemblyscript/asc';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FUSED_SOURCE = 'src/lib/engine/fused/assembly/step.ts';
export const FUSED_WASM = 'src/lib/engine/fused/fused-step.wasm';

export const ASC_ARGS = [
  FUSED_SOURCE,
  '--runtime', 'stub',
  '--optimizeLevel', '3',
  '--shrinkLevel', '0',
  '--noAssert',
  '--enable', 'simd',
  '--initialMemory', '1',
];

/** Compile to `out` (relative to the repository root); throws with asc's messages on failure. */
export async function buildFused(out = FUSED_WASM) {
  let stderr = '';
  const { error } = await main([...ASC_ARGS, '--outFile', out], {
    stdout: { write: () => true },
    stderr: { write: (s) => ((stderr += s), true) },
    readFile: undefined,
    baseDir: root,
  });
  if (error) throw new Error(`asc failed: ${error.message}\n${stderr}`);
  return join(root, out);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildFused(process.argv[2]);
  process.stdout.write(`built ${out}\n`);
}
