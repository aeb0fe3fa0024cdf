import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');
let browser: Browser;
let server: StaticServer;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium({ webgl: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query = ''): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/en/explainer/collaboration/${query}#widget-collaboration`);
  await page.locator('fittest-collaboration').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => (document.querySelector('fittest-collaboration') as HTMLElement | null)?.dataset.loss !== undefined);
  return page;
}

const loss = (page: Page) => page.evaluate(() => Number((document.querySelector('fittest-collaboration') as HTMLElement).dataset.loss));

describe('collaboration widget (section 6)', () => {
  it('re-evaluates the trained network as circles are kept or dropped, and keeps the choice in the URL', async () => {
    const page = await open();
    const survivors = await loss(page);
    expect(survivors).toBeLessThan(0.01);
    await page.getByRole('button', { name: 'None' }).click();
    await page.waitForFunction((l) => Number((document.querySelector('fittest-collaboration') as HTMLElement).dataset.loss) !== l, survivors);
    const none = await loss(page);
    expect(none).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('collab.keep')).toBe('');
    await page.getByRole('button', { name: 'All survivors' }).click();
    await page.waitForFunction((l) => Number((document.querySelector('fittest-collaboration') as HTMLElement).dataset.loss) < l, none);
    expect(await loss(page)).toBeCloseTo(survivors, 12);
    // One checkbox by keyboard: focus it and press space.
    const first = page.locator('fittest-collaboration input[type=checkbox]:checked').first();
    await first.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((l) => Number((document.querySelector('fittest-collaboration') as HTMLElement).dataset.loss) > 10 * l, survivors);
    const kept = new URL(page.url()).searchParams.get('collab.keep')!;
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('fittest-collaboration') as HTMLElement | null)?.dataset.loss !== undefined);
    const checked = await page.$$eval('fittest-collaboration input[type=checkbox]:checked', (xs) => xs.map((x) => (x as HTMLInputElement).value).join(','));
    expect(checked.split(',').sort()).toEqual(kept.split(',').sort());
    await page.close();
  });

  it('shows a notice for link values that are not circles, and never renders them as markup', async () => {
    const page = await open('?collab.keep=6,%3Cimg%20src%3Dx%3E,99');
    const notices = await page.locator('fittest-collaboration [data-notices] li').allTextContents();
    expect(notices).toHaveLength(2);
    expect(notices.join(' ')).toContain('<img src=x>');
    expect(await page.locator('fittest-collaboration img').count()).toBe(0);
    expect(await page.$$eval('fittest-collaboration input:checked', (xs) => xs.map((x) => (x as HTMLInputElement).value))).toEqual(['6']);
    await page.close();
    expect(errors).toEqual([]);
  });
});
