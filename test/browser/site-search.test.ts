// Pagefind search over the production build: the search dialog loads Pagefind only when
// opened, and each language finds results in its own language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  expect(existsSync(join(DIST, 'pagefind', 'pagefind.js')), 'no Pagefind index: run `npm run build` first').toBe(true);
  server = await serveStatic(DIST);
  browser = await launchChromium({ webgl: false });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function search(lang: 'en' | 'ja', query: string): Promise<string[]> {
  await page.goto(`${server.origin}/${lang}/`);
  await page.click('[data-search-open]');
  await page.fill('[data-search-input]', query);
  await page.waitForSelector('[data-search-results] li a', { timeout: 20_000 });
  return page.$$eval('[data-search-results] li a', (links) => links.map((a) => a.getAttribute('href')!));
}

describe('site search', () => {
  it('loads nothing from /pagefind/ until the reader opens search', async () => {
    const before = server.requests.length;
    await page.goto(`${server.origin}/en/summary/`);
    expect(server.requests.slice(before).filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  });

  it('finds "Lotka" on English pages only', async () => {
    const hrefs = await search('en', 'Lotka');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/en\//);
    expect(await page.getAttribute('[data-search-dialog]', 'aria-label')).toBe('Search the site');
  });

  it('finds "円" on Japanese pages only', async () => {
    const hrefs = await search('ja', '円');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/ja\//);
    expect(await page.getAttribute('[data-search-dialog]', 'aria-label')).toBe('サイト内を検索');
  });

  it('announces the result count in the page language', async () => {
    await search('ja', '円');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^\d+ 件の結果$/);
    await search('en', 'Lotka');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^\d+ results$/);
  });
});
