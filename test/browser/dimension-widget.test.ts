import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium({ webgl: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('dimension widget (section 4)', () => {
  it('the slider (keyboard) changes the dimension, the per-run readout and the lab link', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.origin}/en/explainer/dimension/#widget-dimension`);
    const widget = page.locator('fittest-dimension');
    await page.waitForFunction(() => (document.querySelector('fittest-dimension') as HTMLElement | null)?.dataset.live !== undefined);
    const before = await widget.locator('[data-summary]').textContent();
    expect(before).toMatch(/At d = 128, our \d+ reference runs kept/);
    expect(await widget.locator('[data-lab]').getAttribute('href')).toContain('lab.d=128');
    await widget.locator('[data-slider]').focus();
    await page.keyboard.press('Home');
    const after = await widget.locator('[data-summary]').textContent();
    expect(after).not.toBe(before);
    const d = await widget.locator('[data-out]').textContent();
    expect(after).toContain(`At d = ${d},`);
    expect(await widget.locator('[data-lab]').getAttribute('href')).toContain(`lab.d=${d}&`);
    expect(await widget.locator('[data-runs] li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript the readout and the full table are there', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.origin}/ja/explainer/dimension/`);
    const text = await page.locator('fittest-dimension').textContent();
    expect(text).toContain('d = 128');
    expect(await page.locator('fittest-dimension table tbody tr').count()).toBeGreaterThanOrEqual(5);
    await ctx.close();
  });
});
