// The lab on one screen, on the production build (wasm unless said): at 1440 × 900 the dashboard
// keeps Start/Pause, the progress line, the spectrum, the circle planes and the signal plot in the
// viewport together while training, and redraws them; on a 390 × 844 phone a small toolbar stays
// on screen over the figures; text in the figures is at least 10 px as drawn; a shared link says
// what it shares, shows the reference run at that step and trains to the same run; a slow engine
// gets the "Small and fast" suggestion and a fast one does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';
import type { RunFile } from '../../src/lib/run';
import type { CompactRun } from '../../src/reference/spec';
import { countCircles } from '../../src/lib/fourier';

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');

let browser: Browser;
let server: StaticServer;
const consoleErrors: string[] = [];

async function open(lang: 'en' | 'ja', query: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`));
  await page.goto(`${server.origin}/${lang}/lab/?${query}`);
  await page.waitForSelector('fittest-lab [data-role="badge"][data-backend]', { timeout: 90_000 });
  await page.waitForSelector('fittest-lab[data-drawn-step="0"]', { timeout: 90_000 });
  return page;
}

const close = (page: Page) => page.context().close();
type Box = { x: number; y: number; width: number; height: number };
/**
 * Find and measure in one synchronous step in the page: while training, the lab replaces its
 * figures' SVGs several times a second, so an element found by one call can be gone by the next.
 */
async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r && (r.width > 0 || r.height > 0) ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, selector);
  if (!b) throw new Error(`${selector} has no box`);
  return b;
}
const inViewport = (b: Box, w: number, h: number) => b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h && b.width > 0 && b.height > 0;
const fmt = (b: Box) => `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`;

/** The smallest text in the lab's figures as drawn: font size × the SVG's on-screen scale. */
function smallestFigureText(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(() => {
    let min = { px: Infinity, text: '' };
    for (const svg of document.querySelectorAll<SVGSVGElement>('fittest-lab [data-plot] svg')) {
      const vb = svg.viewBox.baseVal;
      const scale = vb && vb.width > 0 ? svg.getBoundingClientRect().width / vb.width : 1;
      for (const t of svg.querySelectorAll('text')) {
        if (!t.textContent?.trim()) continue;
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        const where = svg.closest('[data-plot]')!.getAttribute('data-plot');
        if (px < min.px) min = { px, text: `${where}: ${t.textContent.trim()} (font ${getComputedStyle(t).fontSize}, scale ${scale.toFixed(2)})` };
      }
    }
    return min;
  });
}

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium({ webgl: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the lab on one screen', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}, 1440 × 900: button, progress, spectrum, circle planes and signal in view while training, redrawn`, async () => {
      const page = await open(lang, 'lab.backend=wasm', { width: 1440, height: 900 });
      await page.click('[data-action="toggle"]');
      await page.waitForSelector('fittest-lab[data-phase="running"]');
      await page.waitForSelector('[data-plot="planes"] svg', { timeout: 120_000 });
      // The figures are drawn anew while training: the spectrum's and the planes' SVGs are replaced.
      for (const id of ['spectrum', 'planes']) {
        const old = await page.locator(`[data-plot="${id}"] svg`).elementHandle();
        await page.waitForFunction((n) => !n!.isConnected, old, { timeout: 60_000 });
      }
      expect(await page.locator('fittest-lab').getAttribute('data-phase')).toBe('running');
      const boxes: Record<string, Box> = {};
      for (const [name, sel] of [
        ['toggle', '[data-action="toggle"]'],
        ['progress', '[data-role="progress-text"]'],
        ['spectrum', '[data-plot="spectrum"] svg'],
        ['planes', '[data-plot="planes"] svg'],
        ['signal', '[data-plot="signal"] svg'],
      ] as const)
        boxes[name] = await box(page, sel);
      console.log(
        `lab layout ${lang} 1440×900 while training: ${Object.entries(boxes)
          .map(([k, b]) => `${k} ${fmt(b)}`)
          .join('; ')}`,
      );
      for (const [name, b] of Object.entries(boxes)) expect(inViewport(b, 1440, 900), `${name} at ${fmt(b)}`).toBe(true);
      expect(await page.locator('[data-action="toggle"]').textContent()).toBe(await page.locator('[data-action="toggle"]').getAttribute('data-label-pause'));
      // Scrolled down to the loss and heatmap figures, the controls' column stays on screen.
      await page.locator('[data-plot="heatmap"]').scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      expect(inViewport(await box(page, '[data-action="toggle"]'), 1440, 900)).toBe(true);
      expect(inViewport(await box(page, '[data-role="progress-text"]'), 1440, 900)).toBe(true);
      const small = await smallestFigureText(page);
      console.log(`lab ${lang} 1440×900: smallest figure text ${small.px.toFixed(1)} px (“${small.text}”)`);
      expect(small.px).toBeGreaterThanOrEqual(10);
      await page.click('[data-action="toggle"]');
      await page.waitForSelector('fittest-lab[data-phase="paused"]');
      await close(page);
    });
  }

  it('390 × 844: one column, a small toolbar on screen over the figures that pauses and steps', async () => {
    const page = await open('en', 'lab.backend=wasm', { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.click('[data-action="toggle"]');
    await page.waitForSelector('[data-plot="planes"] svg', { timeout: 120_000 });
    // One column: the figures are below the controls, full width.
    const spectrum = await box(page, '[data-plot="spectrum"]');
    expect(spectrum.width).toBeGreaterThan(300);
    expect(spectrum.y).toBeGreaterThan((await box(page, '[data-role="setup"]')).y);
    await page.locator('[data-plot="planes"]').scrollIntoViewIfNeeded();
    const toolbar = await box(page, '[data-role="toolbar"]');
    const header = await box(page, '.site-header');
    console.log(`lab 390×844 scrolled to the circle planes: toolbar ${fmt(toolbar)}, header ${fmt(header)}`);
    expect(inViewport(toolbar, 390, 844)).toBe(true);
    // Below the site's header, not under it, and small.
    expect(toolbar.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(toolbar.height).toBeLessThanOrEqual(110);
    for (const sel of ['[data-action="toggle"]', '[data-action="step1"]', '[data-role="progress-text"]', '[data-role="alive"]']) {
      expect(inViewport(await box(page, sel), 390, 844), sel).toBe(true);
    }
    // The circle planes are on screen beside the toolbar, their text readable.
    const small = await smallestFigureText(page);
    console.log(`lab 390×844: smallest figure text ${small.px.toFixed(1)} px (“${small.text}”)`);
    expect(small.px).toBeGreaterThanOrEqual(10);
    await page.click('[data-action="toggle"]');
    await page.waitForSelector('fittest-lab[data-phase="paused"]');
    const at = Number(await page.locator('[data-role="progress-text"]').getAttribute('data-step'));
    await page.click('[data-action="step1"]');
    await page.waitForFunction((s) => document.querySelector('[data-role="progress-text"]')?.getAttribute('data-step') === String(s + 1), at);
    await close(page);
  });

  it('in section 2 the lab stays in the text column, its toolbar on screen over its figures', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/explainer/setup/?lab.backend=wasm`);
    await page.locator('fittest-lab').scrollIntoViewIfNeeded();
    await page.waitForSelector('fittest-lab[data-drawn-step="0"]', { timeout: 90_000 });
    expect(await page.locator('fittest-lab.lab--board').count()).toBe(0);
    const lab = await box(page, 'fittest-lab');
    const prose = await box(page, 'main');
    expect(lab.width).toBeLessThanOrEqual(prose.width);
    await page.locator('[data-plot="planes"]').scrollIntoViewIfNeeded();
    const toolbar = await box(page, '[data-role="toolbar"]');
    console.log(`lab in section 2 at 1440×900: lab ${fmt(lab)}, toolbar over the planes ${fmt(toolbar)}`);
    expect(inViewport(toolbar, 1440, 900)).toBe(true);
    expect(inViewport(await box(page, '[data-action="toggle"]'), 1440, 900)).toBe(true);
    await context.close();
  });

  it('a shared link says which step it shares, shows the reference run there, and trains to the same run', async () => {
    // p = 59, d = 32, seed 0: a reference run with these settings is in the build (dimension/d32-s0).
    const page = await open('en', 'lab.d=32&lab.step=120&lab.backend=wasm', { width: 1440, height: 900 });
    const shared = page.locator('[data-role="shared"]');
    await shared.waitFor({ state: 'visible' });
    expect(await shared.textContent()).toMatch(/Shared run: .* at step 120 \(p = 59, d = 32, seed 0, engine: wasm\)/);
    const button = page.locator('[data-action="train-shared"]');
    expect(await button.textContent()).toBe('Train to step 120');
    // Meanwhile the reference run at (up to) step 120 is drawn.
    await page.waitForSelector('fittest-lab[data-preview-step]');
    const preview = Number(await page.locator('fittest-lab').getAttribute('data-preview-step'));
    expect(preview).toBeGreaterThan(0);
    expect(preview).toBeLessThanOrEqual(120);
    await page.waitForSelector(`fittest-lab[data-drawn-preview="${preview}"]`);
    expect(await page.locator('[data-role="shared-note"]').textContent()).toContain(`reference run with these settings at step ${preview}`);
    const reference = JSON.parse(readFileSync(join(DIST, 'reference/dimension/d32-s0.json'), 'utf8')) as CompactRun;
    const i = reference.steps.indexOf(preview);
    expect(i).toBeGreaterThan(0);
    // What the figures show is the reference at that step: the alive list is the circle rule
    // applied to its spectrum there (mirrored to all p entries), and the spectrum has its 29 bars
    // (its mark group, named data-mark as in every figure: svg-dom.ts finishPlot).
    const half = reference.signals[i]!;
    const full = Array.from({ length: 59 }, (_, k) => half[Math.min(k, 59 - k)]!);
    const alive = (await page.locator('[data-role="alive"]').getAttribute('data-circles'))!.split(',').filter(Boolean).map(Number);
    expect(alive).toEqual(countCircles(full).circles);
    expect(await page.locator('[data-plot="spectrum"] svg [data-mark="bar"] rect').count()).toBe(29);
    expect(await page.locator('[data-role="progress-text"]').getAttribute('data-step')).toBe('0');

    await button.click();
    await page.waitForSelector('fittest-lab[data-phase="paused"]', { timeout: 180_000 });
    expect(await page.locator('[data-role="progress-text"]').getAttribute('data-step')).toBe('120');
    expect(await page.locator('[data-role="shared-note"]').textContent()).toContain('You are at step 120, where the shared run was');
    expect(await button.isHidden()).toBe(true);
    // Same seed, same engine: the run trained here is the reference run, row for row.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="json"]')]);
    const run = JSON.parse(readFileSync((await dl.path())!, 'utf8')) as RunFile;
    let compared = 0;
    reference.steps.forEach((step, j) => {
      const k = run.steps.indexOf(step);
      if (step > 120 || k < 0) return;
      // Equal to float32 precision (the reference file keeps its own rounding of the same numbers);
      // another seed or engine differs from the first logged steps by far more.
      expect(Math.abs(run.testLoss[k]! - reference.testLoss[j]!)).toBeLessThanOrEqual(1e-4 * Math.max(1, reference.testLoss[j]!));
      expect(Math.abs(run.trainAcc[k]! - reference.trainAcc[j]!)).toBeLessThanOrEqual(1e-4);
      compared++;
    });
    expect(compared).toBeGreaterThan(10);
    // New settings end the shared run.
    await page.selectOption('[data-field="p"]', '31');
    await shared.waitFor({ state: 'hidden' });
    await close(page);
  });

  it('a slow engine gets the “Small and fast” suggestion after its first second; the small preset does not', async () => {
    // The pure-JavaScript engine on the paper's setup is far below the threshold's speed.
    const page = await open('en', 'lab.backend=cpu', { width: 1440, height: 900 });
    const hint = page.locator('[data-role="slow"]');
    expect(await hint.isHidden()).toBe(true);
    await page.click('[data-action="toggle"]');
    await page.waitForSelector('fittest-lab[data-speed]', { timeout: 120_000 });
    expect(await page.locator('fittest-lab').getAttribute('data-speed')).toBe('slow');
    const rate = Number(await page.locator('fittest-lab').getAttribute('data-slow-rate'));
    console.log(`lab on cpu, paper's setup: ${rate} steps/s, hint shown`);
    expect(3000 / rate).toBeGreaterThan(180);
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toMatch(/about [\d.]+ steps\/s on this device.*“Small and fast” preset \(p = 31, d = 32, 600 steps\)/);
    await page.click('[data-action="use-small"]');
    expect(await page.locator('[data-field="p"]').inputValue()).toBe('31');
    expect(await page.locator('[data-field="d"]').inputValue()).toBe('32');
    expect(await page.locator('[data-field="steps"]').inputValue()).toBe('600');
    expect(await page.locator('[data-preset="small"]').getAttribute('aria-pressed')).toBe('true');
    expect(await hint.isHidden()).toBe(true);
    await close(page);

    const fast = await open('en', 'lab.p=31&lab.d=32&lab.steps=600&lab.backend=wasm', { width: 1440, height: 900 });
    await fast.click('[data-action="toggle"]');
    await fast.waitForSelector('fittest-lab[data-speed]', { timeout: 120_000 });
    expect(await fast.locator('fittest-lab').getAttribute('data-speed')).toBe('ok');
    expect(await fast.locator('[data-role="slow"]').isHidden()).toBe(true);
    await close(fast);
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
