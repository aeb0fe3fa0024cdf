// A link to a figure or widget lands on it: every `fig-…` and `widget-…` anchor of every built page,
// opened fresh (a new document, not a same-page hash change), ends with its target's top within
// 120 px of the viewport's top once the page has settled — even though widgets above it hydrate
// and change height after the browser's first scroll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSiteBrowser } from '../support/site-browser';
import { builtPages, DIST } from '../support/built-pages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const site = useSiteBrowser();
const MAX_OFFSET = 120;

/** Every figure and widget anchor in the build, as "/en/explainer/…/#id". */
function anchors(): string[] {
  const out: string[] = [];
  for (const path of builtPages()) {
    if (!path.endsWith('/')) continue;
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    for (const m of html.matchAll(/<figure id="((?:fig|widget)-[\w-]+)"/g)) out.push(`${path}#${m[1]}`);
  }
  return out;
}

/**
 * Wait until the page stops moving (the target's top and the document's height unchanged for
 * 600 ms, polled each 100 ms, at most 10 s), then report where the target sits and whether the
 * page could scroll further down (a target near the page's end cannot reach the top).
 */
async function settledOffset(page: Page, id: string): Promise<{ top: number; atEnd: boolean; settled: boolean }> {
  return page.evaluate(async (targetId) => {
    const target = document.getElementById(targetId)!;
    const sample = () => `${Math.round(target.getBoundingClientRect().top)}:${document.documentElement.scrollHeight}:${Math.round(scrollY)}`;
    let last = sample();
    let stableFor = 0;
    let settled = false;
    for (let waited = 0; waited < 10_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      const now = sample();
      stableFor = now === last ? stableFor + 100 : 0;
      last = now;
      if (stableFor >= 600) {
        settled = true;
        break;
      }
    }
    const root = document.documentElement;
    return { top: target.getBoundingClientRect().top, atEnd: scrollY + innerHeight >= root.scrollHeight - 2, settled };
  }, id);
}

describe('opening a figure or widget link lands on it', () => {
  const list = anchors();
  let context: BrowserContext;
  let page: Page;
  const results: { url: string; top: number }[] = [];
  let started = 0;

  beforeAll(async () => {
    // Motion allowed: the site scrolls smoothly then, as most readers see it.
    context = await site.browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'no-preference' });
    page = await context.newPage();
    started = Date.now();
  });
  afterAll(async () => {
    const worst = results.reduce((w, r) => (Math.abs(r.top) > Math.abs(w.top) ? r : w), { url: '-', top: 0 });
    console.log(
      `anchor landing: ${results.length} anchors in ${((Date.now() - started) / 1000).toFixed(1)} s; worst ${worst.top.toFixed(0)} px at ${worst.url}`,
    );
    await context?.close();
  });

  it('finds the figure and widget anchors of both languages', () => {
    expect(list.filter((a) => a.startsWith('/en/')).length).toBeGreaterThanOrEqual(15);
    expect(list.filter((a) => a.startsWith('/ja/')).length).toBeGreaterThanOrEqual(15);
    expect(list).toContain('/en/explainer/lotka-volterra/#widget-two-species');
  });

  // Every anchor at 1440 × 900; the widget anchors (whose neighbours grow the most) again on a phone.
  const cases = [...list.map((url) => ({ url, phone: false })), ...list.filter((u) => u.includes('#widget-')).map((url) => ({ url, phone: true }))];
  for (const { url, phone } of cases) {
    it(`${url} lands within ${MAX_OFFSET} px of the top${phone ? ' on a phone' : ''}`, async () => {
      await page.setViewportSize(phone ? { width: 390, height: 844 } : { width: 1440, height: 900 });
      await page.goto('about:blank');
      await page.goto(site.origin + url, { waitUntil: 'load' });
      const id = url.slice(url.indexOf('#') + 1);
      const { top, atEnd, settled } = await settledOffset(page, id);
      results.push({ url: phone ? `${url} (phone)` : url, top });
      expect(settled, 'the page kept moving for 10 s').toBe(true);
      if (atEnd && top > 0) return; // scrolled as far as the page goes
      expect(Math.abs(top), `target top at ${top.toFixed(0)} px`).toBeLessThanOrEqual(MAX_OFFSET);
    });
  }
});
