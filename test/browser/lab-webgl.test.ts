// The lab's other paths: forcing webgl (SwiftShader, in the worker through OffscreenCanvas) trains
// and matches wasm within float32 tolerance; without JavaScript the static figure and a message
// stand in for the live part; pages without the lab never fetch tfjs or its wasm binaries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';
import { makeConfig } from '../../src/lib/config';
import { runTraining, type RunFile } from '../../src/lib/run';
import { nodeBackend } from '../support/tf-node';

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');
const CONFIG = { p: 31, d: 32, seed: 2, steps: 8 };

let browser: Browser;
let server: StaticServer;
let nodeRun: RunFile;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium({ webgl: true });
  nodeRun = await runTraining(makeConfig(CONFIG), { backend: await nodeBackend() });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the live lab: webgl, no JavaScript, and pages without it', () => {
  it('forced webgl trains in the worker and matches wasm within float32 tolerance (1e−3 relative)', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.origin}/en/lab/?lab.p=${CONFIG.p}&lab.d=${CONFIG.d}&lab.seed=${CONFIG.seed}&lab.steps=${CONFIG.steps}&lab.backend=webgl`);
    await page.waitForSelector('[data-role="badge"][data-backend]', { timeout: 120_000 });
    expect(await page.locator('[data-role="badge"]').getAttribute('data-backend')).toBe('webgl');
    expect(await page.locator('[data-role="badge"]').getAttribute('title')).toMatch(/SwiftShader/i);
    await page.waitForSelector('fittest-lab[data-drawn-step="0"]', { timeout: 120_000 });
    await page.click('[data-action="toggle"]');
    await page.waitForSelector('fittest-lab[data-phase="finished"]', { timeout: 120_000 });
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="json"]')]);
    const run = JSON.parse(readFileSync((await dl.path())!, 'utf8')) as RunFile;
    expect(run.engine.backend).toBe('webgl');
    expect(run.steps).toEqual(nodeRun.steps);
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);
    const worst = Math.max(...run.trainLoss.map((x, i) => rel(x, nodeRun.trainLoss[i]!)), ...run.testLoss.map((x, i) => rel(x, nodeRun.testLoss[i]!)));
    console.log(`lab webgl vs Node wasm over ${CONFIG.steps} steps: worst relative loss difference ${worst.toExponential(2)}`);
    expect(worst).toBeLessThan(1e-3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript: the static reference figure (or its absence) and a message say why the live part is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/lab/`);
    expect(await page.locator('[data-role="fallback"]').isVisible()).toBe(true);
    expect(await page.locator('[data-role="live"]').isVisible()).toBe(false);
    expect(await page.locator('[data-role="why-off"]').textContent()).toContain('needs JavaScript');
    await context.close();
  });

  it('a page without the lab fetches neither tfjs nor a wasm binary', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = server.requests.length;
    await page.goto(`${server.origin}/en/explainer/circles/`);
    await page.waitForLoadState('networkidle');
    const fetched = server.requests.slice(start);
    expect(/registerBackend|setWasmPaths/.test(await page.content())).toBe(false);
    expect(fetched.filter((r) => r.endsWith('.wasm'))).toEqual([]);
    // tfjs-core's backend registry is in every tfjs bundle: no script the page loads may contain it.
    const withTf = fetched.filter((r) => r.endsWith('.js') && /registerBackend|setWasmPaths/.test(readFileSync(join(DIST, r), 'utf8')));
    expect(withTf).toEqual([]);
    await context.close();
  });
});
