// Page weight as a reader's browser sees it: every built page is loaded in Chromium with no
// interaction, and every response until the network is quiet is counted, including the modules
// that scripts import (which a look at the HTML's <script> tags alone misses). Asserted on
// bytes: gzipped JavaScript of pages without a training island, total bytes per page, and that
// no part of the training engine (tfjs chunks, wasm, the training worker) is fetched before a
// training island is visible or used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';
import { builtPages, DIST } from '../support/built-pages';

const KiB = 1024;
/** The budget: pages without a training island load at most this much gzipped JS. */
const JS_BUDGET_GZIP = 20 * KiB;
/** Bytes before interaction on a page without a training island (HTML with inline SVG figures, CSS, fonts, JS, data). */
const TOTAL_BUDGET = 1 * 1024 * KiB;
/** … and on a page whose training island is in view on load (tfjs, its wasm and the worker come with it). */
const TOTAL_BUDGET_TRAINING = 3 * 1024 * KiB;
/** Pages whose training island is at the top, in view on load: the engine may warm there. */
const TRAINS_ON_LOAD = new Set(['/en/lab/', '/ja/lab/']);

interface Weight {
  path: string;
  jsGzip: number;
  total: number;
  engine: string[];
  training: boolean;
}

let browser: Browser;
let server: StaticServer;
const weights: Weight[] = [];

/** A response belongs to the training engine: tfjs code, a wasm binary or the training worker. */
function isEngine(url: string, body: Buffer, type: string): boolean {
  if (/\.wasm$/.test(url) || /lab\.worker/.test(url)) return true;
  return type === 'script' || /\.m?js$/.test(url) ? body.includes('@tensorflow/tfjs') || body.includes('tfjs-backend') : false;
}

async function weigh(page: Page, path: string): Promise<Weight> {
  const bodies: Promise<{ url: string; body: Buffer; type: string } | null>[] = [];
  const onResponse = (r: import('playwright-core').Response) => {
    bodies.push(
      r
        .body()
        .then((body) => ({ url: r.url(), body, type: r.request().resourceType() }))
        .catch(() => null),
    );
  };
  page.on('response', onResponse);
  await page.goto(server.origin + path, { waitUntil: 'load' });
  // "Before interaction": what loads by itself once the page is up (lazy islands near the top included).
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  page.off('response', onResponse);
  const got = (await Promise.all(bodies)).filter((x): x is NonNullable<typeof x> => x !== null && x.url.startsWith(server.origin));
  const js = got.filter((x) => x.type === 'script' || /\.m?js(\?|$)/.test(x.url));
  const training = await page.evaluate(() => Boolean(document.querySelector('fittest-lab, fittest-fitness')));
  return {
    path,
    jsGzip: js.reduce((s, x) => s + gzipSync(x.body).length, 0),
    total: got.reduce((s, x) => s + x.body.length, 0),
    engine: got.filter((x) => isEngine(x.url, x.body, x.type)).map((x) => x.url.slice(server.origin.length)),
    training,
  };
}

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium({ webgl: false });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const path of builtPages().filter((p) => p !== '/404.html')) weights.push(await weigh(page, path));
  await page.close();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('page weight before interaction (Chromium, no clicks)', () => {
  it('measures every page', () => {
    expect(weights.length).toBeGreaterThanOrEqual(30);
    // The figures for the closing note.
    const kib = (n: number) => `${(n / KiB).toFixed(1)} KiB`;
    console.log(weights.map((w) => `${w.path}: total ${kib(w.total)}, JS ${kib(w.jsGzip)} gzip${w.training ? ' (training island)' : ''}`).join('\n'));
  });

  it('pages without a training island load at most 20 KiB of gzipped JavaScript, imports included', () => {
    const plain = weights.filter((w) => !w.training);
    expect(plain.length).toBeGreaterThan(20);
    for (const w of plain) expect(w.jsGzip, `${w.path}: ${w.jsGzip} B of gzipped JS`).toBeLessThanOrEqual(JS_BUDGET_GZIP);
  });

  it('no page fetches the training engine before a training island is visible or used', () => {
    for (const w of weights.filter((x) => !TRAINS_ON_LOAD.has(x.path))) expect(w.engine, w.path).toEqual([]);
    // The check can fail: on the lab page, whose island is in view, the engine does load.
    for (const w of weights.filter((x) => TRAINS_ON_LOAD.has(x.path))) expect(w.engine.length, w.path).toBeGreaterThan(0);
  });

  it('pages transfer at most 1 MB before interaction (3 MB where a training island is in view on load)', () => {
    for (const w of weights) expect(w.total, `${w.path}: ${w.total} B`).toBeLessThanOrEqual(TRAINS_ON_LOAD.has(w.path) ? TOTAL_BUDGET_TRAINING : TOTAL_BUDGET);
  });
});
