/**
 * `npm run build:wasm`: builds the fused engine's WebAssembly from src/lib/engine/fused/assembly
 * with the AssemblyScript compiler from node_modules, twice: fused-step.wasm with SIMD (v128
 * throughout) and fused-step-fma.wasm with relaxed SIMD too, whose matmuls accumulate by fused
 * multiply-adds (kernels.ts, `madd`). The output is deterministic, so
 * test/unit/fused-build.test.ts rebuilds both and fails when a committed file differs.
 */
import { main } from 'assemblyscript/asc';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FUSED_SOURCE = 'src/lib/engine/fused/assembly/step.ts';
export type FusedVariant = 'simd' | 'fma';
export const FUSED_WASM: Record<FusedVariant, string> = {
  simd: 'src/lib/engine/fused/fused-step.wasm',
  fma: 'src/lib/engine/fused/fused-step-fma.wasm',
};
const FEATURES: Record<FusedVariant, string> = { simd: 'simd', fma: 'simd,relaxed-simd' };

const ASC_ARGS = [
  FUSED_SOURCE,
  '--runtime',
  'stub', // a bump allocator: buffers are allocated once per model and never freed
  '--optimizeLevel',
  '3',
  '--shrinkLevel',
  '0',
  '--noAssert',
];

/** Compile one variant to `out` (relative to the repository root, or absolute); throws with asc's messages on failure. */
export async function buildFused(variant: FusedVariant, out: string = FUSED_WASM[variant]): Promise<string> {
  let stderr = '';
  const { error } = await main([...ASC_ARGS, '--enable', FEATURES[variant], '--outFile', out], {
    stdout: { write: () => true } as never,
    stderr: { write: (s: string) => ((stderr += s), true) } as never,
    baseDir: root,
  } as never);
  if (error) throw new Error(`asc failed: ${error.message}\n${stderr}`);
  return resolve(root, out);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  Promise.all((['simd', 'fma'] as const).map((v) => buildFused(v))).then(
    (outs) => process.stdout.write(outs.map((out) => `built ${out}\n`).join('')),
    (err: Error) => {
      process.stderr.write(err.message + '\n');
      process.exit(1);
    },
  );
}
