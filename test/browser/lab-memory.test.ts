// The lab's resources: 10,000 steps in the page keep the engine's tensor count flat and the JS
// heaps (page and worker, after a forced GC) within 10 MB; 50 start/reset cycles add nothing;
// leaving the page ends the worker; and training leaves the main thread free (no long task).
// Counters and bytes, not wall-clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';
import { DIST } from '../support/built-pages';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(DIST);
  // --expose-gc: the worker collects garbage before it reports (and CDP can force it anyway).
  browser = await launchChromium({ webgl: false, extraArgs: ['--js-flags=--expose-gc'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const MB = 1024 * 1024;

const stepShown = async (page: Page) => Number(await page.locator('[data-role="progress-text"]').getAttribute('data-step'));
const waitPhase = (page: Page, p: string, timeout = 120_000) => page.waitForSelector(`fittest-lab[data-phase="${p}"]`, { timeout });

async function openLab(query: string, initScript?: () => void): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`${server.origin}/en/lab/?${query}`);
  await page.waitForSelector('[data-role="badge"][data-backend]', { timeout: 120_000 });
  await page.waitForSelector('fittest-lab[data-drawn-step="0"]', { timeout: 120_000 });
  return { page, cdp: await context.newCDPSession(page) };
}

/** The page's JS heap after a forced GC (CDP). */
async function pageHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Ids of the lab's worker targets (CDP, browser-wide). */
async function labWorkers(): Promise<string[]> {
  const s = await browser.newBrowserCDPSession();
  const { targetInfos } = await s.send('Target.getTargets');
  await s.detach();
  return targetInfos.filter((t) => t.type === 'worker' && t.url.includes('training.worker')).map((t) => t.targetId);
}

/** The lab worker's JS heap after a forced GC, through a CDP session attached to the worker. */
async function workerHeap(): Promise<number> {
  const [targetId] = await labWorkers();
  if (!targetId) throw new Error('no lab worker target');
  const s = await browser.newBrowserCDPSession();
  try {
    const { sessionId } = await s.send('Target.attachToTarget', { targetId, flatten: false });
    let id = 0;
    const call = (method: string) =>
      new Promise<Record<string, unknown>>((ok, fail) => {
        const my = ++id;
        const onMsg = (e: { sessionId?: string; message: string }) => {
          if (e.sessionId !== sessionId) return;
          const msg = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown>; error?: unknown };
          if (msg.id !== my) return;
          s.off('Target.receivedMessageFromTarget', onMsg);
          if (msg.error) fail(new Error(JSON.stringify(msg.error)));
          else ok(msg.result ?? {});
        };
        s.on('Target.receivedMessageFromTarget', onMsg);
        void s.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: my, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    return (await call('Runtime.getHeapUsage')).usedSize as number;
  } finally {
    await s.detach();
  }
}

/**
 * The engine's live tensors and bytes, read inside the training worker from tfjs's engine (which
 * tfjs keeps on the worker's global as `_tfengine`): the product carries no hook for this.
 */
async function engineMemory(page: Page): Promise<{ numTensors: number; numBytes: number }> {
  const worker = page.workers().find((w) => w.url().includes('training.worker'));
  if (!worker) throw new Error('no training worker');
  return worker.evaluate(() => {
    // --expose-gc: collect first so the heap figures that follow mean something.
    const g = self as unknown as { gc?: () => void; _tfengine?: { memory(): { numTensors: number; numBytes: number } } };
    g.gc?.();
    if (!g._tfengine) throw new Error('tfjs engine not found on the worker global');
    const m = g._tfengine.memory();
    return { numTensors: m.numTensors, numBytes: m.numBytes };
  });
}

async function measure(page: Page, cdp: CDPSession) {
  const stats = await engineMemory(page);
  return { ...stats, page: await pageHeap(cdp), worker: await workerHeap() };
}

const fmt = (m: { numTensors: number; numBytes: number; page: number; worker: number }) =>
  `${m.numTensors} tensors (${(m.numBytes / 1024).toFixed(0)} KiB), page heap ${(m.page / MB).toFixed(2)} MB, worker heap ${(m.worker / MB).toFixed(2)} MB`;

describe('the lab: memory, workers and the main thread', () => {
  let page: Page;
  let cdp: CDPSession;

  it('10,000 steps: tensor count flat, page and worker heap growth under 10 MB', async () => {
    ({ page, cdp } = await openLab('lab.p=13&lab.d=8&lab.seed=0&lab.steps=10000&lab.backend=wasm'));
    // Warm up first (kernels, caches and the first figures are made once).
    await page.fill('[data-role="run-to"]', '100');
    await page.click('[data-action="run-to"]');
    await waitPhase(page, 'paused');
    expect(await stepShown(page)).toBe(100);
    const first = await measure(page, cdp);
    const t0 = Date.now();
    await page.click('[data-action="toggle"]');
    await waitPhase(page, 'finished', 380_000);
    console.log(`lab: 9,900 steps (p = 13, d = 8, wasm) at ${(9900 / ((Date.now() - t0) / 1000)).toFixed(0)} steps/s with drawing`);
    expect(await stepShown(page)).toBe(10_000);
    await page.waitForSelector('fittest-lab[data-drawn-step="10000"]');
    const last = await measure(page, cdp);
    console.log(`lab memory at step 100: ${fmt(first)}\nlab memory at step 10,000: ${fmt(last)}`);
    expect(first.numTensors).toBeGreaterThan(0);
    expect(last.numTensors).toBe(first.numTensors);
    expect(last.numBytes).toBe(first.numBytes);
    // The page holds the series (10,001 rows with 13 signals each, ~1 MB): that is data, not a leak.
    expect(last.page - first.page).toBeLessThan(10 * MB);
    expect(last.worker - first.worker).toBeLessThan(10 * MB);
  }, 400_000);

  it('50 start/reset cycles: no growth of tensors, and heaps within 2 MB', async () => {
    const cycle = async () => {
      await page.click('[data-action="step10"]');
      await page.waitForFunction(
        () =>
          document.querySelector('[data-role="progress-text"]')?.getAttribute('data-step') === '10' &&
          document.querySelector('fittest-lab')?.getAttribute('data-phase') === 'paused',
      );
      await page.click('[data-action="reset"]');
      await page.waitForFunction(
        () =>
          document.querySelector('fittest-lab')?.getAttribute('data-drawn-step') === '0' &&
          document.querySelector('fittest-lab')?.getAttribute('data-phase') === 'idle',
      );
    };
    await page.click('[data-action="reset"]');
    await page.waitForSelector('fittest-lab[data-drawn-step="0"]');
    for (let i = 0; i < 3; i++) await cycle();
    const first = await measure(page, cdp);
    for (let i = 0; i < 50; i++) await cycle();
    const last = await measure(page, cdp);
    console.log(`lab start/reset: after 3 cycles ${fmt(first)}\nlab start/reset: after 53 cycles ${fmt(last)}`);
    expect(last.numTensors).toBe(first.numTensors);
    expect(last.numBytes).toBe(first.numBytes);
    expect(last.page - first.page).toBeLessThan(2 * MB);
    expect(last.worker - first.worker).toBeLessThan(2 * MB);
  });

  it('navigating away ends the worker', async () => {
    expect(await labWorkers()).toHaveLength(1);
    const worker = page.workers().find((w) => w.url().includes('training.worker'))!;
    expect(worker).toBeDefined();
    const closed = new Promise<void>((ok) => worker.once('close', () => ok()));
    await page.goto(`${server.origin}/en/`);
    await closed;
    await expect.poll(labWorkers).toEqual([]);
    await page.context().close();
  });

  it('training leaves the main thread free: no main-thread task over 50 ms of CPU time from start to finish', async () => {
    // Two measures of every main-thread task while training:
    //  - the Long Task API (wall-clock, > 50 ms), reported: on a 2-core machine shared with other
    //    builds (load average 10 seen here) the scheduler alone stretches 10 ms of work past 50 ms;
    //  - the trace's thread time of each task (CPU time the main thread spent in it), asserted:
    //    that is the page's own cost, whatever else the machine runs.
    const observe = () => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    };
    const results: string[] = [];
    for (const [label, query] of [
      ['paper p = 59, d = 128', 'lab.p=59&lab.d=128&lab.seed=0&lab.steps=300&lab.backend=wasm'],
      ['small p = 31, d = 32', 'lab.p=31&lab.d=32&lab.seed=0&lab.steps=1500&lab.backend=wasm'],
    ] as const) {
      const { page: p } = await openLab(query, observe);
      const total = Number(new URLSearchParams(query).get('lab.steps'));
      await browser.startTracing(p, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] });
      const t0 = await p.evaluate(() => performance.now());
      await p.click('[data-action="toggle"]');
      await waitPhase(p, 'finished', 120_000);
      await p.waitForSelector(`fittest-lab[data-drawn-step="${total}"]`);
      const t1 = await p.evaluate(() => performance.now());
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
      const cpu = mainThreadTasks(trace.traceEvents);
      const { tasks, maxDraw, perJob } = await p.evaluate(
        ([a, b]) => ({
          tasks: (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter((t) => t.start >= a! && t.start <= b!),
          maxDraw: Number(document.querySelector('fittest-lab')?.getAttribute('data-max-draw-ms')),
          perJob: document.querySelector('fittest-lab')?.getAttribute('data-draw-ms'),
        }),
        [t0, t1],
      );
      const worst = cpu.slice(0, 3).map((t) => `${t.cpu.toFixed(1)} ms CPU / ${t.wall.toFixed(1)} ms wall (${t.inside})`);
      results.push(
        `${label}: ${total} steps in ${((t1 - t0) / 1000).toFixed(1)} s; ${cpu.length} main-thread tasks, longest by CPU: ${worst.join(', ')}; ` +
          `longest drawing job (wall) ${maxDraw.toFixed(1)} ms ${perJob}; Long Task API (wall > 50 ms): ${tasks.length} ${JSON.stringify(tasks.map((t) => Math.round(t.duration)).slice(0, 12))}`,
      );
      console.log(results.at(-1));
      expect(maxDraw).toBeGreaterThan(0);
      expect(cpu.length).toBeGreaterThan(10);
      expect(cpu[0]!.cpu).toBeLessThan(50);
      await p.context().close();
    }
  });
});

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Top-level tasks of the renderer's main thread, longest CPU (thread) time first, in ms, each
 * with what took longest inside it (for the log).
 */
function mainThreadTasks(events: TraceEvent[]): { cpu: number; wall: number; inside: string }[] {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const isTask = (e: TraceEvent) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.tdur !== undefined;
  // The lab's renderer: the main thread with the most tasks.
  const count = (m: TraceEvent) => events.filter((e) => isTask(e) && e.pid === m.pid && e.tid === m.tid).length;
  const main = mains.sort((a, b) => count(b) - count(a))[0];
  if (!main) throw new Error('no CrRendererMain thread in the trace');
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  return mine
    .filter(isTask)
    .map((t) => {
      const kids = mine.filter((e) => e !== t && e.name !== 'ThreadControllerImpl::RunTask' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
      const top = kids.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 3);
      const label = (e: TraceEvent) => {
        const fn = (e.args as { data?: { functionName?: string; url?: string } } | undefined)?.data;
        return `${e.name}${fn?.functionName ? `:${fn.functionName}` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}ms`;
      };
      return { cpu: t.tdur! / 1000, wall: (t.dur ?? 0) / 1000, inside: top.map(label).join(' > ') };
    })
    .sort((a, b) => b.cpu - a.cpu);
}
