// The lab under faults: a WebGL context lost mid-run (the run goes on on wasm from its last
// snapshot, says so, and its series stays consistent and finite); no WebGL (wasm, and the page
// says so); no WebAssembly either (no silent slow CPU run: the reference run, the reason, and an
// explicit choice); a diverging run (stops, naming the step). Counters and bytes, not wall-clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';
import { DIST } from '../support/built-pages';
import type { RunFile } from '../../src/lib/run';

let gl: Browser;
let noGl: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(DIST);
  // Two browsers: WebGL (SwiftShader) and none. The rule is one launch per file, not per test;
  // the two configurations cannot share a process.
  // (--disable-gpu, even with --disable-webgl, still gives OffscreenCanvas SwiftShader WebGL;
  // without the software rasterizer there is none anywhere.)
  [gl, noGl] = await Promise.all([launchChromium({ webgl: true }), launchChromium({ webgl: false, extraArgs: ['--disable-software-rasterizer'] })]);
});

afterAll(async () => {
  await gl?.close();
  await noGl?.close();
  await server?.close();
});

const stepShown = async (page: Page) => Number(await page.locator('[data-role="progress-text"]').getAttribute('data-step'));
const waitStep = (page: Page, min: number, timeout = 120_000) =>
  page.waitForFunction((s) => Number(document.querySelector('[data-role="progress-text"]')?.getAttribute('data-step')) >= s, min, { timeout });

async function exportJson(page: Page): Promise<RunFile> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="json"]')]);
  return JSON.parse(readFileSync((await dl.path())!, 'utf8')) as RunFile;
}

async function openLab(browser: Browser, query: string, setup?: (page: Page) => Promise<void>): Promise<Page> {
  // Service workers blocked: page.route cannot see requests a service worker answers, and the
  // site's worker takes over the page (and the lab's worker) right after the first load.
  const context = await browser.newContext({ acceptDownloads: true, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  await setup?.(page);
  await page.goto(`${server.origin}/en/lab/?${query}`);
  return page;
}

describe('the lab under faults', () => {
  it('a lost WebGL context mid-run: training continues on wasm from the last snapshot, says so, and the series stays consistent', async () => {
    // Speed 1 (one step per chunk): rows reach the page between snapshots, so some rows are
    // plotted after the last snapshot and must be superseded.
    const page = await openLab(gl, 'lab.p=31&lab.d=32&lab.seed=1&lab.steps=3000&lab.backend=webgl&lab.speed=1');
    await page.waitForSelector('[data-role="badge"][data-backend="webgl"]', { timeout: 120_000 });
    await page.waitForSelector('fittest-lab[data-drawn-step="0"]', { timeout: 120_000 });
    // Step 0, as the page holds it before training (the JSON export).
    const start = await exportJson(page);
    expect(start.steps).toEqual([0]);
    // Lose the context from inside the training worker, in the same task in which it posts a row
    // that follows its latest snapshot (taken past step 12; it snapshots right after posting a
    // row, at most every 400 ms): the rows after the snapshot must be superseded. The rows it
    // posted are recorded there too. tfjs keeps its engine on the worker's global (`_tfengine`):
    // the product carries no hook for this.
    const worker = page.workers().find((w) => w.url().includes('training.worker'));
    if (!worker) throw new Error('no training worker');
    type Row = { step: number; trainLoss: number; testLoss: number };
    // Armed before training starts (this evaluate returns once the trap is set).
    await worker.evaluate(() => {
      const g = self as unknown as {
        postMessage: (m: Msg, transfer?: Transferable[]) => void;
        _tfengine: { findBackend(name: string): { gpgpu: { gl: WebGLRenderingContext } } };
        lossTrap: Promise<Row[]>;
      };
      type Msg = { type: string; step?: number; rows?: Row[] };
      g.lossTrap = new Promise<Row[]>((done) => {
        const post = g.postMessage.bind(self);
        const rows: Row[] = [];
        let snapStep = -1;
        let snapAt = 0;
        g.postMessage = (m, transfer) => {
          post(m, transfer);
          if (m.type === 'embedding') {
            snapStep = m.step!;
            snapAt = performance.now();
          }
          if (m.type !== 'rows' || !m.rows?.length) return;
          for (const r of m.rows) rows.push({ step: r.step, trainLoss: r.trainLoss, testLoss: r.testLoss });
          // Rows posted after the latest snapshot (at least one, up to three, or fewer when the
          // next snapshot is near): the loss lands before the worker takes another.
          const after = m.rows[m.rows.length - 1]!.step - snapStep;
          if (snapStep >= 12 && after >= 1 && (after >= 3 || performance.now() - snapAt > 300)) {
            g.postMessage = post;
            g._tfengine.findBackend('webgl').gpgpu.gl.getExtension('WEBGL_lose_context')!.loseContext();
            done(rows);
          }
        };
      });
    });
    await page.click('[data-action="toggle"]');
    const posted = await worker.evaluate(() => (self as unknown as { lossTrap: Promise<Row[]> }).lossTrap);
    // Rounded as the run file rounds (9 significant digits), to compare with the export after.
    const round9 = (x: number) => Number(x.toPrecision(9));
    const before = {
      steps: [0, ...posted.map((r) => r.step)],
      trainLoss: [start.trainLoss[0]!, ...posted.map((r) => round9(r.trainLoss))],
      testLoss: [start.testLoss[0]!, ...posted.map((r) => round9(r.testLoss))],
    };
    const lostAfter = before.steps[before.steps.length - 1]!;
    await page.waitForSelector('[data-role="badge"][data-backend="fused-wasm-fma"]', { timeout: 60_000 });
    await page.waitForSelector('fittest-lab[data-restored-step]', { timeout: 60_000 });
    const restored = Number(await page.locator('fittest-lab').getAttribute('data-restored-step'));
    const dropped = Number(await page.locator('fittest-lab').getAttribute('data-dropped-rows'));
    const note = page.locator('[data-role="backend-note"]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.getAttribute('data-kind')).toBe('lost');
    expect(await note.textContent()).toContain(`from the snapshot at step ${restored}`);
    // The snapshot is a real one (not the start), behind what was plotted: those rows went.
    expect(restored).toBeGreaterThan(0);
    expect(restored).toBeLessThan(lostAfter);
    expect(dropped).toBeGreaterThanOrEqual(lostAfter - restored);
    // Training goes on well past the point of loss, then pause and look at the whole series.
    const lostAt = Math.max(lostAfter, restored + dropped);
    await waitStep(page, lostAt + 30);
    await page.click('[data-action="toggle"]');
    await page.waitForSelector('fittest-lab[data-phase="paused"]', { timeout: 60_000 });
    const after = await exportJson(page);
    console.log(
      `lab context loss: plotted up to step ≥ ${lostAfter} on webgl, snapshot at ${restored}, ${dropped} rows superseded, resumed to ${after.steps.at(-1)} on ${after.engine.backend}`,
    );
    expect(after.engine.backend).toBe('fused-wasm-fma');
    // One row per step, 0..N, no gap and no duplicate, every value finite.
    expect(after.steps).toEqual(after.steps.map((_, i) => i));
    for (const k of ['trainLoss', 'testLoss', 'trainAcc', 'testAcc'] as const) expect(after[k].every(Number.isFinite)).toBe(true);
    expect(after.signals.flat().every(Number.isFinite)).toBe(true);
    // Rows up to the snapshot are the webgl rows, untouched.
    const upTo = before.steps.indexOf(restored);
    expect(upTo).toBe(restored);
    expect(after.trainLoss.slice(0, restored + 1)).toEqual(before.trainLoss.slice(0, restored + 1));
    // Rows recomputed on the fused engine from the snapshot match the superseded webgl ones within float32
    // tolerance: the snapshot carried θ and AdamW's moments, not just the weights.
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);
    let worst = 0;
    for (let s = restored + 1; s <= lostAfter; s++)
      worst = Math.max(worst, rel(after.trainLoss[s]!, before.trainLoss[s]!), rel(after.testLoss[s]!, before.testLoss[s]!));
    console.log(`lab context loss: ${lostAfter - restored} recomputed rows, worst relative loss difference to the webgl rows ${worst.toExponential(2)}`);
    expect(worst).toBeLessThan(1e-2);
    // And the plots hold no NaN.
    await page.waitForFunction(() => Number(document.querySelector('fittest-lab')?.getAttribute('data-drawn-step')) > 0);
    for (const plot of ['loss', 'signal', 'heatmap']) expect(await page.locator(`[data-plot="${plot}"]`).innerHTML()).not.toContain('NaN');
    await page.context().close();
  });

  it('without WebGL the lab trains on wasm (the fused WebAssembly engine with FMA) and says so', async () => {
    const page = await openLab(noGl, 'lab.p=31&lab.d=32&lab.steps=20');
    expect(await page.evaluate(() => new OffscreenCanvas(1, 1).getContext('webgl2') ?? new OffscreenCanvas(1, 1).getContext('webgl'))).toBeNull();
    await page.waitForSelector('[data-role="badge"][data-backend]', { timeout: 120_000 });
    expect(await page.locator('[data-role="badge"]').getAttribute('data-backend')).toBe('fused-wasm-fma');
    expect(await page.locator('[data-role="badge"]').getAttribute('title')).toContain('no WebGL');
    const note = page.locator('[data-role="backend-note"]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.getAttribute('data-kind')).toBe('no-webgl');
    expect(await note.textContent()).toContain('No WebGL');
    await page.waitForSelector('fittest-lab[data-drawn-step="0"]', { timeout: 60_000 });
    await page.click('[data-action="toggle"]');
    await page.waitForSelector('fittest-lab[data-phase="finished"]', { timeout: 60_000 });
    expect(await stepShown(page)).toBe(20);
    await page.context().close();
  });

  it('without WebGL and WebAssembly: no silent CPU run; the reference figure, the reason, and an explicit choice', async () => {
    const failed: string[] = [];
    const page = await openLab(noGl, 'lab.p=13&lab.d=8&lab.steps=5', async (p) => {
      // Chromium has no switch that removes WebAssembly from workers (V8's --noexpose_wasm is
      // overridden): the page loses the global and the wasm binaries cannot load, so the
      // worker's wasm backend fails to start, as where WebAssembly is blocked.
      await p.addInitScript(() => Reflect.deleteProperty(globalThis, 'WebAssembly'));
      await p.route('**/*.wasm', (r) => {
        failed.push(r.request().url());
        return r.abort();
      });
    });
    await page.waitForSelector('fittest-lab[data-off-reason="slow-only"]', { timeout: 120_000 });
    expect(failed.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
    expect(await page.locator('[data-role="fallback"]').isVisible()).toBe(true);
    expect(await page.locator('[data-role="live"]').isVisible()).toBe(false);
    expect(await page.locator('[data-role="why-off"]').textContent()).toContain('neither WebGL nor WebAssembly');
    expect(await page.locator('.lab__static svg').count()).toBeGreaterThan(0);
    // No worker is left running a slow backend.
    await expect.poll(() => page.workers().length).toBe(0);
    const useCpu = page.locator('[data-action="use-cpu"]');
    expect(await useCpu.isVisible()).toBe(true);
    await useCpu.click();
    await page.waitForSelector('[data-role="badge"][data-backend="cpu"]', { timeout: 120_000 });
    expect(await page.locator('[data-role="live"]').isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('lab.backend')).toBe('cpu');
    await page.waitForSelector('fittest-lab[data-drawn-step="0"]', { timeout: 60_000 });
    await page.click('[data-action="toggle"]');
    await page.waitForSelector('fittest-lab[data-phase="finished"]', { timeout: 60_000 });
    expect(await stepShown(page)).toBe(5);
    await page.context().close();
  });

  it('a diverging run (lr 10) stops within a few steps with a message naming that step', async () => {
    const page = await openLab(noGl, 'lab.p=31&lab.d=32&lab.lr=10&lab.steps=200&lab.backend=wasm');
    await page.waitForSelector('fittest-lab[data-drawn-step="0"]', { timeout: 120_000 });
    await page.click('[data-action="toggle"]');
    await page.waitForSelector('fittest-lab[data-phase="diverged"]', { timeout: 60_000 });
    const msg = (await page.locator('[data-role="error"]').textContent())!;
    const run = await exportJson(page);
    expect(run.diverged).toBeDefined();
    const at = run.diverged!.step;
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThanOrEqual(20);
    expect(msg).toContain(`The run diverged at step ${at} and was stopped`);
    expect(run.circles).toEqual([]);
    expect(run.steps.at(-1)!).toBeLessThan(at);
    expect(await page.locator('[data-plot="loss"]').innerHTML()).not.toContain('NaN');
    await page.context().close();
  });
});
