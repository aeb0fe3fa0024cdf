// The engine ladder on a CPU: the FMA build where relaxed SIMD compiles and its multiply-add is
// fused, the plain build where it is not, and never an FMA engine whose rounding would depend on
// the machine (the reference cache could not be verified there).
import { afterAll, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FUSED_WASM } from '../../scripts/build-fused';

/** A fresh copy of the engine modules (their compiled-module caches start empty). */
async function freshBackend() {
  vi.resetModules();
  return import('../../src/lib/engine/backend');
}

const dirs: string[] = [];
/** A folder serving the given files under the fused modules' names. */
function folderWith(files: Partial<Record<'fused-step.wasm' | 'fused-step-fma.wasm', string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fused-ladder-'));
  dirs.push(dir);
  for (const [name, from] of Object.entries(files)) copyFileSync(from, join(dir, name));
  return pathToFileURL(dir + '/').href;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('backend ladder in Node', () => {
  it('auto picks the FMA build here (its probe finds the multiply-add fused)', async () => {
    const { startBackend } = await freshBackend();
    const info = await startBackend('auto');
    expect(info).toMatchObject({ name: 'fused-wasm-fma', precision: 'float32', reason: 'Node' });
    const { instantiateFused } = await import('../../src/lib/engine/fused/module');
    expect(instantiateFused('fma').maddIsFused(1 + 2 ** -12, -(1 + 2 ** -11))).toBe(1);
    await startBackend('fused-wasm');
    expect(instantiateFused('simd').maddIsFused(1 + 2 ** -12, -(1 + 2 ** -11))).toBe(0);
  });

  it('falls back to the plain build when the FMA module is missing', async () => {
    const { startBackend } = await freshBackend();
    const info = await startBackend('auto', { fusedWasmPath: folderWith({ 'fused-step.wasm': FUSED_WASM.simd }) });
    expect(info).toMatchObject({ name: 'fused-wasm', reason: 'Node' });
  });

  it('refuses an FMA module whose multiply-add rounds twice, and says why when FMA was asked for', async () => {
    // The plain module under the FMA name compiles, but its probe reports an unfused multiply-add,
    // as relaxed SIMD on an x86 CPU without FMA3 would.
    const { startBackend } = await freshBackend();
    const path = folderWith({ 'fused-step.wasm': FUSED_WASM.simd, 'fused-step-fma.wasm': FUSED_WASM.simd });
    const info = await startBackend('fused-wasm-fma', { fusedWasmPath: path });
    expect(info).toMatchObject({ name: 'fused-wasm', reason: 'no fused multiply-add (relaxed SIMD)' });
  });
});
