// Every piece of rendered mathematics on every built page has a height, on screen and in print.
// A site-wide `svg { height: auto }` once squashed KaTeX's radical SVG (the stroke of every √) to
// a tenth of a pixel: the formula read "S_k ≈  p d" with nothing visible between the spaces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSiteBrowser } from '../support/site-browser';
import { builtPages } from '../support/built-pages';

const site = useSiteBrowser();
const pages = builtPages().filter((p) => p !== '/');

/**
 * The painted parts of KaTeX's visual HTML that have no height: SVGs (radicals, stretchy
 * accents), spans that hold glyphs directly, and rules (fraction bars, over/underlines). KaTeX's
 * layout scaffolding (`.vlist > span`) is 0 px tall by design and holds no glyph of its own, so it
 * is not checked. An element counts only while its parent is rendered (not in a closed <details>).
 */
function flatKatexParts(): string[] {
  const bad: string[] = [];
  const painted = (el: Element): boolean =>
    el instanceof SVGSVGElement ||
    el.matches('.frac-line, .rule, .hline, .overline-line, .underline-line') ||
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
  for (const el of document.querySelectorAll('.katex-html *')) {
    if (!painted(el)) continue;
    const parent = el.parentElement;
    if (!parent || !parent.checkVisibility({ visibilityProperty: true })) continue;
    if (el.getBoundingClientRect().height > 0.5) continue;
    const formula = el.closest('.katex')?.querySelector('annotation')?.textContent ?? '?';
    bad.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> in ${formula.slice(0, 60)}`);
  }
  return bad;
}

async function flatParts(page: Page, path: string, media: 'screen' | 'print'): Promise<string[]> {
  await page.emulateMedia({ media });
  await page.goto(site.origin + path);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(flatKatexParts);
}

describe('KaTeX keeps its height', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    expect(pages.length, 'dist/ is empty: run `npm run build` first').toBeGreaterThan(0);
    context = await site.browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  it('the check sees a squashed radical (the old `svg { height: auto }`)', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(site.origin + '/en/explainer/dimension/');
    expect(await page.locator('.katex .sqrt svg').count(), 'the dimension section shows a square root').toBeGreaterThan(0);
    expect(await page.evaluate(flatKatexParts)).toEqual([]);
    await page.addStyleTag({ content: '.prose svg { max-width: 100%; height: auto; }' });
    const bad = await page.evaluate(flatKatexParts);
    expect(
      bad.some((b) => b.startsWith('<svg')),
      bad.join('\n'),
    ).toBe(true);
  });

  let withMath = 0;
  for (const path of pages) {
    it(`${path}: no rendered KaTeX element is 0 px tall, on screen or in print`, async () => {
      const screen = await flatParts(page, path, 'screen');
      expect(screen, 'screen').toEqual([]);
      if ((await page.locator('.katex').count()) > 0) withMath++;
      expect(await flatParts(page, path, 'print'), 'print').toEqual([]);
    });
  }

  it('pages with mathematics were checked', () => {
    // The explainer sections of both languages carry formulas; a selector that matched nothing would pass vacuously.
    expect(withMath).toBeGreaterThanOrEqual(10);
  });
});
