// A widget's settings survive the language switch: each widget is set up on the English page (by
// a link, and by the reader moving a control), the reader follows the 日本語 link, and the
// Japanese widget shows the same settings, read from the same query string.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSiteBrowser } from '../support/site-browser';

const site = useSiteBrowser();
const errors: string[] = [];

let context: BrowserContext;
beforeAll(async () => {
  context = await site.browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
});
afterAll(async () => {
  await context?.close();
  expect(errors).toEqual([]);
});

async function open(url: string, tag: string, ready: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(site.origin + url);
  await page.locator(tag).first().scrollIntoViewIfNeeded();
  await page.waitForSelector(`${tag}${ready}`, { state: 'attached' });
  return page;
}

/** Follow the language switch like a reader (a click), then wait for the widget to be live again. */
async function switchLanguage(page: Page, tag: string, ready: string): Promise<void> {
  await Promise.all([page.waitForURL(/\/ja\//), page.locator('a[data-lang-switch]').first().click()]);
  await page.locator(tag).first().scrollIntoViewIfNeeded();
  await page.waitForSelector(`${tag}${ready}`, { state: 'attached' });
}

/** Set a range input's value as a drag would (an input event). */
async function setRange(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (el, v) => {
      (el as HTMLInputElement).value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

describe('widget state across the language switch', () => {
  it('collaboration: ?collab.keep=6,24 opens the same set in Japanese', async () => {
    const tag = 'fittest-collaboration';
    const page = await open('/en/explainer/collaboration/?collab.keep=6,24#widget-collaboration', tag, '[data-live]');
    const checked = () => page.$$eval(`${tag} [data-grid] input:checked`, (xs) => xs.map((x) => (x as HTMLInputElement).value));
    expect(await checked()).toEqual(['6', '24']);
    await switchLanguage(page, tag, '[data-live]');
    expect(new URL(page.url()).pathname).toBe('/ja/explainer/collaboration/');
    expect(new URL(page.url()).hash).toBe('#widget-collaboration');
    expect(await checked()).toEqual(['6', '24']);
    // …and a change made on the Japanese page travels back.
    await page.locator(`${tag} [data-grid] input[value="9"]`).check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('collab.keep') === '6,9,24');
    await Promise.all([page.waitForURL(/\/en\//), page.locator('a[data-lang-switch]').first().click()]);
    await page.locator(tag).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${tag}[data-live]`, { state: 'attached' });
    expect(await checked()).toEqual(['6', '9', '24']);
    await page.close();
  });

  it('dimension: the width the reader picked is the width the Japanese page shows', async () => {
    const tag = 'fittest-dimension';
    const page = await open('/en/explainer/dimension/', tag, '[data-live]');
    const widths: number[] = JSON.parse((await page.locator(tag).getAttribute('data-groups'))!).map((g: { d: number }) => g.d);
    await setRange(page, `${tag} [data-slider]`, String(widths.indexOf(32)));
    expect(new URL(page.url()).searchParams.get('dim.d')).toBe('32');
    await switchLanguage(page, tag, '[data-live]');
    expect(new URL(page.url()).searchParams.get('dim.d')).toBe('32');
    expect(await page.locator(`${tag} [data-out]`).textContent()).toBe('32');
    expect(await page.locator(`${tag} [data-slider]`).inputValue()).toBe(String(widths.indexOf(32)));
    await page.close();
  });

  it('two species: a linked coupling and one the reader moved both arrive in Japanese', async () => {
    const tag = 'ode-two-species';
    const page = await open('/en/explainer/lotka-volterra/?two.a12=0.8#widget-two-species', tag, '[data-ready="true"]');
    expect(await page.locator(`${tag} input[name="a12"]`).inputValue()).toBe('0.8');
    await setRange(page, `${tag} input[name="a21"]`, '1.2');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('two.a21') === '1.2');
    await switchLanguage(page, tag, '[data-ready="true"]');
    const params = new URL(page.url()).searchParams;
    expect([params.get('two.a12'), params.get('two.a21')]).toEqual(['0.8', '1.2']);
    expect(await page.locator(`${tag} input[name="a12"]`).inputValue()).toBe('0.8');
    expect(await page.locator(`${tag} input[name="a21"]`).inputValue()).toBe('1.2');
    expect(await page.locator(`${tag} [data-out="a21"]`).textContent()).toBe('1.2');
    expect(await page.locator(`${tag} [data-notices] li`).count()).toBe(0);
    await page.close();
  });

  it('circles’ ODE: the Lasso α of the link is the α of the Japanese widget', async () => {
    const tag = 'ode-circle-ode';
    const page = await open('/en/explainer/lotka-volterra/?ode.alpha=0.1#widget-circle-ode', tag, '[data-hydrated="true"]');
    expect(await page.locator(`${tag} [data-alpha-out]`).textContent()).toBe('0.1');
    await switchLanguage(page, tag, '[data-hydrated="true"]');
    expect(new URL(page.url()).searchParams.get('ode.alpha')).toBe('0.1');
    expect(await page.locator(`${tag} [data-alpha-out]`).textContent()).toBe('0.1');
    await page.close();
  });
});
