// The committed fused-step.wasm and fused-step-fma.wasm are what their sources build to (so
// nobody ships a stale binary), and they really are SIMD modules: the hot kernels are made of
// v128 instructions, and the FMA module's matmuls of fused multiply-adds.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import binaryen from 'binaryen';
import { buildFused, FUSED_WASM } from '../../scripts/build-fused';

describe.each(['simd', 'fma'] as const)('the %s build of the fused engine', (variant) => {
  it('is byte-identical to a fresh build of src/lib/engine/fused/assembly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fused-build-'));
    try {
      const rebuilt = readFileSync(await buildFused(variant, join(dir, 'out.wasm')));
      const committed = readFileSync(FUSED_WASM[variant]);
      expect(rebuilt.length).toBeGreaterThan(1000);
      // If this fails: run `npm run build:wasm` and commit src/lib/engine/fused/fused-step*.wasm.
      expect(Buffer.compare(rebuilt, committed)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is built with SIMD: every hot kernel multiplies and adds f32x4 vectors', () => {
    const mod = binaryen.readBinary(readFileSync(FUSED_WASM[variant]));
    try {
      const text = mod.emitText();
      // Function bodies by internal name, and exports → internal names (the binary has no name section).
      const funcs = new Map<string, string>();
      const re = /\n \(func (\$\S+)([\s\S]*?)(?=\n \(func |\n \(export |\n \(data |\n\)\s*$)/g;
      for (let m; (m = re.exec(text));) funcs.set(m[1]!, m[2]!);
      const exported = new Map<string, string>();
      for (const m of text.matchAll(/\(export "(\w+)" \(func (\$\S+)\)\)/g)) exported.set(m[1]!, m[2]!);
      /** An export's body and those of the functions it calls directly. */
      const body = (name: string) => {
        const own = funcs.get(exported.get(name) ?? '') ?? '';
        const called = [...own.matchAll(/\(call (\$\S+)/g)].map((m) => funcs.get(m[1]!) ?? '');
        return [own, ...called].join('\n');
      };
      for (const name of ['mmB', 'mmDot', 'layer0', 'softmaxCE', 'adamw', 'colSums', 'trainStep']) {
        const b = body(name);
        expect(b.length, `function ${name} in the module`).toBeGreaterThan(0);
        expect(b, name).toMatch(/f32x4\.(mul|add|sub)/);
        expect(b, name).toMatch(/v128\.(load|store)/);
      }
      // The broadcast matmul splats A's scalars against whole vectors of B.
      expect(body('mmB')).toMatch(/v128\.load32_splat/);
      expect((text.match(/f32x4\.mul/g) ?? []).length).toBeGreaterThan(50);
      // Both matmuls accumulate by fused multiply-adds in the FMA build, and only there.
      for (const name of ['mmB', 'mmDot']) {
        if (variant === 'fma') expect(body(name), name).toMatch(/f32x4\.relaxed_madd/);
        else expect(body(name), name).not.toMatch(/relaxed/);
      }
    } finally {
      mod.dispose();
    }
  });
});
