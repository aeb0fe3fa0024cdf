// Offline support on the production build (dist/sw.js, written by scripts/service-worker.ts):
// the worker downloads nothing on its own; an explainer page and the lab, once visited, work with
// the network gone (the lab trains on wasm from the cache); the About page's "Save" button makes
// a never-visited page open offline; a page never visited nor saved gets the offline fallback;
// "Remove offline copy" deletes everything and keeps the worker off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';
import { builtPages, DIST } from '../support/built-pages';

const STEPS = 60;
const LAB_QUERY = `lab.p=31&lab.d=32&lab.seed=0&lab.steps=${STEPS}&lab.backend=wasm`;
const CACHE_PREFIX = 'fittest-offline-';

let browser: Browser;
let server: StaticServer;
const explainer = builtPages().find((p) => /^\/en\/explainer\/[^/]+\/$/.test(p) && p.includes('circles')) ?? '/en/explainer/circles/';

beforeAll(async () => {
  expect(existsSync(join(DIST, 'sw.js')), `${DIST}/sw.js is missing: run \`tsx scripts/service-worker.ts ${DIST}\``).toBe(true);
  server = await serveStatic(DIST);
  browser = await launchChromium({ webgl: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh profile whose console errors and uncaught exceptions are collected. */
async function freshContext(): Promise<{ context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const errors: string[] = [];
  context.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  });
  return { context, errors };
}

/**
 * Wait until every path is in the worker's cache. Polled from here with page.evaluate, which
 * awaits the page's promise: page.waitForFunction takes a returned promise for a truthy value,
 * so an async predicate there passes at once and waits for nothing (it did, here, and the tests
 * went offline before the files were kept).
 */
async function waitCached(page: Page, paths: readonly string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const kept = new Set(await cachedPaths(page));
        return paths.filter((p) => !kept.has(p));
      },
      { timeout: 30_000, interval: 250 },
    )
    .toEqual([]);
}

/** The worker controls the page and has kept `path` (sent by the page itself on its first visit). */
async function waitKept(page: Page, path: string): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await waitCached(page, [path]);
  await waitAllKept(page);
}

/**
 * Wait until everything this page and its workers fetched from the site (scripts, styles, fonts,
 * wasm) is kept. A page reports what it loaded to the service worker, which keeps it
 * asynchronously: going offline before the last file is kept tests that race, not offline use.
 */
async function waitAllKept(page: Page): Promise<void> {
  const loaded = async (target: { evaluate: Page['evaluate'] }) =>
    target.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        .filter((u) => u.origin === location.origin && /\.(js|mjs|css|woff2|wasm)$/.test(u.pathname) && u.pathname !== '/sw.js')
        .map((u) => u.pathname),
    );
  // A worker's own script is not among its Resource Timing entries: add it.
  const workers = page.workers();
  const wanted = [
    ...new Set([
      ...(await loaded(page)),
      ...workers.map((w) => new URL(w.url()).pathname),
      ...(await Promise.all(workers.map((w) => loaded(w as unknown as Page)))).flat(),
    ]),
  ];
  await waitCached(page, wanted);
}

async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async (prefix) => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith(prefix)) continue;
      for (const request of await (await caches.open(name)).keys()) out.push(new URL(request.url).pathname);
    }
    return out.sort();
  }, CACHE_PREFIX);
}

/** The page looks right: its own title heading, styles applied, figures drawn as SVG. */
async function expectRendered(page: Page, lang: 'en' | 'ja'): Promise<void> {
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  expect((await page.locator('main h1').first().innerText()).length).toBeGreaterThan(2);
  expect(await page.$eval('.site-header', (el) => getComputedStyle(el).position)).toBe('sticky');
}

const lab = (page: Page) => page.locator('fittest-lab');
async function trainOnWasm(page: Page): Promise<void> {
  await page.waitForSelector('fittest-lab[data-ready="true"]', { timeout: 60_000 });
  await page.waitForSelector('fittest-lab [data-role="badge"][data-backend]', { timeout: 60_000 });
  expect(await page.locator('[data-role="badge"]').getAttribute('data-backend')).toBe('wasm');
  await page.click('[data-action="toggle"]');
  await page.waitForSelector('fittest-lab[data-phase="finished"]', { timeout: 90_000 });
  expect(Number(await page.locator('[data-role="progress-text"]').getAttribute('data-step'))).toBe(STEPS);
  expect(await lab(page).getAttribute('data-phase')).toBe('finished');
}

describe('offline after one visit', () => {
  it('the worker downloads nothing the pages did not ask for; a read page and a used lab work offline', async () => {
    const { context, errors } = await freshContext();
    const page = await context.newPage();
    const start = server.requests.length;
    await page.goto(server.origin + explainer);
    await waitKept(page, explainer);
    // Registering and installing the worker fetched no tfjs, no wasm and no data on its own.
    const online = server.requests.slice(start);
    expect(online.filter((r) => r.endsWith('.wasm') || r.includes('worker-backend') || r.startsWith('/data/'))).toEqual([]);
    expect(online).toContain('/sw.js');

    // The lab, used once with the worker in control: its dedicated worker's fetches go through it.
    await page.goto(`${server.origin}/en/lab/?${LAB_QUERY}`);
    await trainOnWasm(page);
    const kept = await cachedPaths(page);
    expect(
      kept.filter((p) => /tfjs-backend-wasm-simd[^/]*\.wasm$/.test(p)),
      'wasm binary kept',
    ).toHaveLength(1);
    expect(
      kept.some((p) => p.includes('worker-backend')),
      'tfjs chunk kept',
    ).toBe(true);
    expect(kept).toContain(explainer);

    await context.setOffline(true);
    const offlineFrom = server.requests.length;
    const response = await page.goto(server.origin + explainer);
    expect(response?.status()).toBe(200);
    expect(response?.fromServiceWorker()).toBe(true);
    await expectRendered(page, 'en');
    expect(await page.locator('main svg').count(), 'figures as SVG').toBeGreaterThan(0);
    expect(await page.locator('main .katex').count(), 'rendered math').toBeGreaterThan(0);

    await page.goto(`${server.origin}/en/lab/?${LAB_QUERY}`);
    await trainOnWasm(page);
    // Nothing the pages or their workers fetched reached the server while offline. Left out: the
    // browser's own update check of /sw.js (after navigations and register()), which leaves from
    // the browser process, outside the page's emulated offline network; a device that is really
    // offline just fails it. Measured here: it arrives a few seconds after the offline visits.
    expect(server.requests.slice(offlineFrom).filter((path) => path !== '/sw.js')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a lab opened as the very first page (its engine loaded before the worker took control) trains offline after one use', async () => {
    const { context, errors } = await freshContext();
    const page = await context.newPage();
    // The hardest order: the lab's training worker is created before the service worker exists,
    // and its script arrives only after the service worker took control of the page. The worker
    // stays uncontrolled, so the service worker never sees its fetches; the page must report
    // them. (A one-time report at registration missed the script whenever it was still loading,
    // and the lab then failed offline now and then.)
    let held = 0;
    let release!: () => void;
    const controlled = new Promise<void>((ok) => (release = ok));
    const WORKER_SCRIPT = '**/_astro/training.worker-*.js';
    await page.route(WORKER_SCRIPT, async (route) => {
      held++;
      await controlled;
      await route.continue();
    });
    await page.goto(`${server.origin}/en/lab/?${LAB_QUERY}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    release();
    expect(held, 'the worker script was held until the page was controlled').toBe(1);
    await page.waitForSelector('fittest-lab [data-role="badge"][data-backend]', { timeout: 60_000 });
    await page.unroute(WORKER_SCRIPT);
    await waitKept(page, '/en/lab/');
    await trainOnWasm(page);
    await expect
      .poll(
        async () => {
          const paths = await cachedPaths(page);
          return paths.some((p) => p.includes('worker-backend')) && paths.some((p) => /tfjs-backend-wasm-simd[^/]*\.wasm$/.test(p));
        },
        { timeout: 30_000, interval: 250 },
      )
      .toBe(true);
    await waitAllKept(page);
    const kept = await cachedPaths(page);
    expect(
      kept.filter((p) => p.endsWith('.wasm')),
      'only the wasm build this browser uses',
    ).toHaveLength(1);
    const workerScripts = page.workers().map((w) => new URL(w.url()).pathname);
    expect(workerScripts).toHaveLength(1);
    expect(kept, 'the training worker script is kept before going offline').toContain(workerScripts[0]);

    await context.setOffline(true);
    await page.reload();
    await trainOnWasm(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('saving the whole site from the About page', () => {
  let context: BrowserContext;
  let errors: string[];
  let page: Page;

  beforeAll(async () => {
    ({ context, errors } = await freshContext());
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows the download size, saves every listed file, and a page never visited opens offline', async () => {
    await page.goto(server.origin + '/en/about/');
    const controls = page.locator('[data-offline-controls]');
    await page.waitForSelector('[data-offline-controls][data-state="kept"]', { timeout: 30_000 });
    const status = page.locator('[data-role="offline-status"]');
    expect(await status.getAttribute('role')).toBe('status');
    const manifest = JSON.parse(/const MANIFEST = (.*);\n/.exec(readFileSync(join(DIST, 'sw.js'), 'utf8'))![1]!) as {
      shell: [string, number][];
      extra: [string, number][];
    };
    const files = manifest.shell.concat(manifest.extra);
    const mb = files.reduce((sum, [, bytes]) => sum + bytes, 0) / 1024 / 1024;
    expect(await status.innerText()).toContain(`about ${mb.toFixed(1)} MB`);

    await page.click('[data-action="offline-save"]');
    expect(await controls.getAttribute('data-state')).toBe('saving');
    await page.waitForSelector('[data-offline-controls][data-state="saved"]', { timeout: 150_000 });
    expect(await status.innerText()).toContain('The whole site is saved');
    const kept = new Set(await cachedPaths(page));
    expect(files.filter(([path]) => !kept.has(path))).toEqual([]);

    await context.setOffline(true);
    const response = await page.goto(server.origin + '/ja/summary/');
    expect(response?.status()).toBe(200);
    await expectRendered(page, 'ja');
    // Lazy data a widget would fetch is there too.
    const data = await page.evaluate(async () => (await fetch('/data/hero-signals.json')).status);
    expect(data).toBe(200);
    // Search runs on the saved Pagefind index.
    await page.goto(server.origin + '/en/summary/');
    await page.click('[data-search-open]');
    await page.fill('[data-search-input]', 'Lotka');
    await page.waitForSelector('[data-search-results] li a', { timeout: 20_000 });
    await context.setOffline(false);
    expect(errors).toEqual([]);
  });

  it('"Remove offline copy" deletes the caches, unregisters, and the worker stays off', async () => {
    await page.goto(server.origin + '/en/about/');
    await page.waitForSelector('[data-offline-controls][data-state="saved"]', { timeout: 30_000 });
    await page.click('[data-action="offline-remove"]');
    await page.waitForSelector('[data-offline-controls][data-state="removed"]', { timeout: 30_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await cachedPaths(page)).toEqual([]);
    // Pages opened afterwards register nothing and keep nothing.
    await page.goto(server.origin + '/en/glossary/');
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.evaluate(async (prefix) => (await caches.keys()).filter((n) => n.startsWith(prefix)), CACHE_PREFIX)).toEqual([]);
    await page.goto(server.origin + '/ja/about/');
    await page.waitForSelector('[data-offline-controls][data-state="off"]');
    expect(await page.locator('[data-role="offline-status"]').innerText()).toContain('無効');
    expect(errors).toEqual([]);
  });
});

describe('a page never visited nor saved', () => {
  it('gets the offline fallback page in its language, whose links lead to kept pages', async () => {
    const { context, errors } = await freshContext();
    const page = await context.newPage();
    await page.goto(server.origin + '/en/');
    await waitKept(page, '/en/');
    await context.setOffline(true);

    const response = await page.goto(server.origin + '/en/glossary/');
    expect(response?.status()).toBe(503);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('[data-offline-fallback] h1').innerText()).toBe('You are offline');
    await page.click('[data-offline-fallback] a[href="/en/"]');
    await page.waitForURL(server.origin + '/en/');
    await expectRendered(page, 'en');

    const ja = await page.goto(server.origin + '/ja/cite/');
    expect(ja?.status()).toBe(503);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.locator('[data-offline-fallback] h1').innerText()).toBe('オフラインです');
    // The browser logs the fallback's 503 status, and nothing else goes wrong.
    expect(errors).toEqual([
      `${server.origin}/en/glossary/: Failed to load resource: the server responded with a status of 503 (Offline)`,
      `${server.origin}/ja/cite/: Failed to load resource: the server responded with a status of 503 (Offline)`,
    ]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the About page says why the offline buttons are off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.origin + '/en/about/');
    expect(await page.locator('#offline-use').count()).toBe(1);
    expect(await page.locator('[data-action="offline-save"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-action="offline-remove"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-role="offline-status"]').innerText()).toContain('need JavaScript');
    await context.close();
  });
});

describe('a build made without the service-worker step', () => {
  it('registers the placeholder from public/ without errors, and the About page says offline use is unavailable', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'fittest-nosw-'));
    cpSync(DIST, copy, { recursive: true });
    copyFileSync(join(process.cwd(), 'public/sw.js'), join(copy, 'sw.js'));
    const plain = await serveStatic(copy);
    const { context, errors } = await freshContext();
    try {
      const page = await context.newPage();
      await page.goto(plain.origin + '/en/about/');
      await page.waitForSelector('[data-offline-controls][data-state="error"]', { timeout: 30_000 });
      expect(await page.locator('[data-role="offline-status"]').innerText()).toContain('no offline manifest');
      expect(await page.locator('[data-action="offline-save"]').isDisabled()).toBe(false);
      await page.goto(plain.origin + '/en/glossary/');
      await page.waitForTimeout(1000);
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await plain.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
