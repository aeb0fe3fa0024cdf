// axe-core on every page of the production build, in light and in dark mode: no serious or
// critical violations (contrast, names, landmarks, language).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';
import { builtPages, DIST } from '../support/built-pages';

const pages = builtPages().filter((p) => p !== '/' && p !== '/404.html');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  expect(pages.length, 'dist/ is empty: run `npm run build` first').toBeGreaterThan(0);
  server = await serveStatic(DIST);
  browser = await launchChromium({ webgl: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * KaTeX's visual HTML is thousands of aria-hidden spans in the body text colour; skipping it
 * halves axe's time. Its MathML twin, which assistive technology reads, is still checked.
 */
async function seriousViolations(page: Page, rules?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).exclude('.katex-html').options({ resultTypes: ['violations'] });
  if (rules) builder = builder.withRules(rules);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

// Every page gets the full rule set in light mode, then, switched to dark without reloading,
// the colour rules again (everything else is identical between the two palettes).
describe('accessibility (axe) in light and dark mode', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme: 'light', reducedMotion: 'reduce' });
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  it('the dark palette is really applied', async () => {
    await page.goto(server.origin + '/en/');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 26)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  for (const path of pages.concat('/404.html')) {
    it(`${path} has no serious or critical violations`, async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(server.origin + path);
      expect(await seriousViolations(page), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await seriousViolations(page, ['color-contrast', 'link-in-text-block']), 'dark').toEqual([]);
    });
  }

  it('the open search dialog has no serious or critical violations', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(server.origin + '/ja/');
      await page.click('[data-search-open]');
      await page.waitForSelector('[data-search-dialog][open]');
      expect(await seriousViolations(page), scheme).toEqual([]);
    }
  });
});
