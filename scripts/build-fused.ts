/**
 * `npm run build:wasm`: builds the fused engine's WebAssembly (src/lib/engine/fused/assembly →
 * fused-step.wasm) with the AssemblyScript compiler from node_modules. SIMD is required (the
 * kernels use v128 throughout). The output is deterministic, so test/unit/fused-build.test.ts
 * rebuilds it and fails when the committed file differs.
 */
import { main } from 'assemblyscript/asc';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FUSED_SOURCE = 'src/lib/engine/fused/assembly/step.ts';
export const FUSED_WASM = 'src/lib/engine/fused/fused-step.wasm';

export const ASC_ARGS = [
  FUSED_SOURCE,
  '--runtime',
  'stub', // a bump allocator: buffers are allocated once per model and never freed
  '--optimizeLevel',
  '3',
  '--shrinkLevel',
  '0',
  '--noAssert',
  '--enable',
  'simd',
];

/** Compile to `out` (relative to the repository root, or absolute); throws with asc's messages on failure. */
export async function buildFused(out: string = FUSED_WASM): Promise<string> {
  let stderr = '';
  const { error } = await main([...ASC_ARGS, '--outFile', out], {
    stdout: { write: () => true } as never,
    stderr: { write: (s: string) => ((stderr += s), true) } as never,
    baseDir: root,
  } as never);
  if (error) throw new Error(`asc failed: ${error.message}\n${stderr}`);
  return resolve(root, out);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildFused(process.argv[2]).then(
    (out) => process.stdout.write(`built ${out}\n`),
    (err: Error) => {
      process.stderr.write(err.message + '\n');
      process.exit(1);
    },
  );
}
