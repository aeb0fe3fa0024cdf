import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseCli, resolveConfig, UsageError } from '../../src/cli/args';

const run = promisify(execFile);
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');

async function cli(args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  try {
    const r = await run(tsx, ['src/cli/train.ts', ...args], { cwd: process.cwd() });
    return { code: 0, stderr: r.stderr, stdout: r.stdout };
  } catch (err) {
    const e = err as { code: number; stderr: string; stdout: string };
    return { code: e.code, stderr: e.stderr, stdout: e.stdout };
  }
}

describe('command-line flags', () => {
  it('map to a config, with every run mode and intervention', () => {
    const o = parseCli([
      '--p',
      '13',
      '--d',
      '8',
      '--mode',
      'fix-mlp',
      '--init-seed',
      '4',
      '--scale',
      '3:1.1',
      '--scale',
      '5:0.9',
      '--keep',
      '1,2',
      '--freeze-embedding',
      '--snapshots',
      '100:10',
    ]);
    const c = resolveConfig(o, null);
    expect(c).toMatchObject({ p: 13, d: 8, mode: 'fix-mlp', initSeed: 4, freezeEmbedding: true, keepFrequencies: [1, 2] });
    expect(c.scaleFrequencies).toEqual([
      { k: 3, alpha: 1.1 },
      { k: 5, alpha: 0.9 },
    ]);
    expect(o.snapshots).toEqual({ everyStepUntil: 100, thenEvery: 10 });
  });

  it('reject malformed values with a message naming the flag', () => {
    expect(() => parseCli(['--steps', 'ten'])).toThrow(/--steps must be an integer, got "ten"/);
    expect(() => parseCli(['--lr', ''])).toThrow(/--lr must be a number/);
    expect(() => parseCli(['--scale', '3x'])).toThrow(/--scale must look like K:ALPHA/);
    expect(() => parseCli(['--bogus'])).toThrow(UsageError);
    expect(() => parseCli(['--backend', 'webgl'])).toThrow(/auto, fused-wasm-fma, fused-wasm, wasm, cpu/);
  });

  it('take hyper-parameters from an init file unless a flag overrides them, and refuse a contradicting shape', () => {
    const fileCfg = { p: 59, d: 32, lr: 0.02, weightDecay: 0.3, betas: [0.8, 0.99], eps: 1e-7, steps: 300, seed: 0 };
    const shape = { p: 59, d: 32, hidden: 100 };
    expect(resolveConfig(parseCli([]), fileCfg, shape)).toMatchObject({ lr: 0.02, weightDecay: 0.3, beta1: 0.8, beta2: 0.99, eps: 1e-7, steps: 300, d: 32 });
    expect(resolveConfig(parseCli(['--lr', '0.01', '--steps', '5']), fileCfg, shape)).toMatchObject({ lr: 0.01, steps: 5 });
    expect(() => resolveConfig(parseCli(['--d', '64']), fileCfg, shape)).toThrow(/--d 64 contradicts the init file/);
  });
});

describe('npm run train (end to end)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fittest-cli-'));

  it('writes a run file with every documented field', async () => {
    const out = join(dir, 'run.json');
    const r = await cli(['--p', '11', '--d', '6', '--hidden', '12', '--steps', '12', '--log-every', '4', '--snapshots', '2:6', '--out', out, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const f = JSON.parse(readFileSync(out, 'utf8'));
    for (const k of ['config', 'engine', 'steps', 'trainLoss', 'testLoss', 'trainAcc', 'testAcc', 'signals', 'circles', 'initialEmbedding', 'finalEmbedding'])
      expect(f, k).toHaveProperty(k);
    // The default engine in Node: the fused WebAssembly step with fused multiply-adds.
    expect(f.engine).toMatchObject({ backend: 'fused-wasm-fma', precision: 'float32' });
    expect(f.steps).toEqual([0, 4, 8, 12]);
    expect(f.signals[0]).toHaveLength(11);
    expect(f.initialEmbedding).toHaveLength(11);
    expect(f.finalEmbedding[0]).toHaveLength(6);
    expect(f.snapshots.map((s: { step: number }) => s.step)).toEqual([0, 1, 2, 6, 12]);
    expect(f.config).toMatchObject({ p: 11, d: 6, hidden: 12, steps: 12, lr: 0.01, weightDecay: 0.5 });
  });

  it('starts from an init file and reports a broken one by name', async () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/golden-p59-d32-s0.json', 'utf8'));
    const out = join(dir, 'golden-run.json');
    const ok = await cli(['--init', 'test/fixtures/golden-p59-d32-s0.json', '--steps', '3', '--out', out, '--quiet']);
    expect(ok.code, ok.stderr).toBe(0);
    const f = JSON.parse(readFileSync(out, 'utf8'));
    expect(f.trainIndices).toEqual([...fixture.trainIndices].sort((a: number, b: number) => a - b));
    expect(Math.abs(f.trainLoss[0] - fixture.trainLoss[0]) / fixture.trainLoss[0]).toBeLessThan(1e-5);

    delete fixture.testIndices;
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(fixture));
    const bad = await cli(['--init', broken, '--steps', '3', '--out', join(dir, 'x.json'), '--quiet']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/missing field "testIndices"/);
  });

  it('rejects an invalid config with exit code 2 and the field’s name', async () => {
    const r = await cli(['--p', '1', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid config: p:/);
  });

  it('stops a diverging run, says at which step, exits 3', async () => {
    const out = join(dir, 'div.json');
    const r = await cli(['--p', '13', '--d', '8', '--lr', '10', '--wd', '0.01', '--steps', '200', '--out', out, '--quiet']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/diverged: .* at step \d+/);
    expect(JSON.parse(readFileSync(out, 'utf8')).diverged.step).toBeGreaterThan(0);
  });
});
