// Every built page, in a real browser at phone width: loads with 200 and no console errors,
// no unrendered TeX, unique ids, a working copy-link on every heading and figure slot, a
// language switch to its counterpart, text present without JS, and no request off the origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';
import { builtPages, DIST } from '../support/built-pages';

const pages = builtPages();
const langPages = pages.filter((p) => /^\/(en|ja)\//.test(p));

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];
const offOrigin: string[] = [];

beforeAll(async () => {
  expect(pages.length, 'dist/ is empty: run `npm run build` first').toBeGreaterThan(0);
  server = await serveStatic(DIST);
  browser = await launchChromium({ webgl: false });
  context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
  });
  page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Text of main outside rendered math and code, where raw TeX must not survive. */
async function proseText(p: Page): Promise<string> {
  return p.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    for (const el of main.querySelectorAll('.katex, .katex-display, code, pre, style, script, svg')) el.remove();
    return main.textContent ?? '';
  });
}

describe('site pages (JS on, 360 px wide)', () => {
  it('builds both languages with the same set of pages', () => {
    const en = langPages.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
    const ja = langPages.filter((p) => p.startsWith('/ja/')).map((p) => p.slice(3));
    expect(en.length).toBeGreaterThanOrEqual(8);
    expect(ja).toEqual(en);
    for (const required of ['/', '/summary/', '/explainer/', '/glossary/', '/references/', '/cite/', '/about/']) {
      expect(en).toContain(required);
    }
    expect(pages).toContain('/404.html');
  });

  it('the root page offers both languages and forwards by the browser language', async () => {
    const response = await page.goto(server.origin + '/', { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForURL(server.origin + '/en/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('an unknown address answers 404 with the bilingual not-found page', async () => {
    const response = await page.goto(server.origin + '/en/no-such-page/');
    expect(response?.status()).toBe(404);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Page not found');
    expect(text).toContain('ページが見つかりません');
  });

  for (const path of langPages.concat('/404.html')) {
    it(`${path}: loads cleanly, ids unique, math rendered, copy-links work, no overflow`, async () => {
      const errorsBefore = consoleErrors.length;
      const response = await page.goto(server.origin + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);

      const lang = path.startsWith('/ja/') ? 'ja' : 'en';
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('main').count()).toBe(1);

      // Unique ids across the whole document.
      const ids = await page.$$eval('[id]', (els) => els.map((el) => el.id));
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, 'duplicate ids').toEqual([]);

      // No TeX left unrendered, and no KaTeX parse errors.
      expect(await page.locator('.katex-error').count(), 'KaTeX errors').toBe(0);
      const text = await proseText(page);
      expect(text).not.toMatch(/\\(frac|sqrt|sum|mathrm|hat|lVert|cdot|le|ge|pi)\b/);
      expect(text).not.toMatch(/\$[^$\s][^$]*\$/);

      // Every heading of the page's text has an id and a copy-link to itself (headings that
      // islands draw inside a figure or widget slot are the widget's own chrome).
      const headings = await page.$$eval('main :is(h1,h2,h3,h4,h5,h6)', (els) =>
        els
          .filter((h) => {
            // Islands are custom elements (<fittest-lab>, …): their insides are the island's own.
            for (let node = h.parentElement; node; node = node.parentElement) if (node.localName.includes('-')) return false;
            return !h.closest('.figure-slot__body');
          })
          .map((h) => ({ id: h.id, link: h.querySelector('a.copy-link')?.getAttribute('href') ?? null })),
      );
      expect(headings.length).toBeGreaterThan(0);
      for (const h of headings) {
        expect(h.id, 'heading without id').not.toBe('');
        expect(h.link).toBe(`#${h.id}`);
      }

      // Click every copy-link (headings, figure slots, glossary entries): the clipboard must
      // hold the full URL with the hash, and the live region must announce it.
      const targets = await page.$$eval('main a.copy-link', (links) => links.map((a) => a.getAttribute('href')!));
      const announced = lang === 'ja' ? 'リンクをコピーしました' : 'Link copied';
      for (const [i, href] of targets.entries()) {
        await page.evaluate(() => (document.getElementById('announcer')!.textContent = ''));
        await page.locator('main a.copy-link').nth(i).click();
        await page.waitForFunction((t) => document.getElementById('announcer')?.textContent === t, announced);
        const clip = await page.evaluate(() => navigator.clipboard.readText());
        expect(clip).toBe(new URL(path + href, server.origin).href);
      }

      // Every glossary term is tied to its definition (the tooltip) and links to the glossary.
      const terms = await page.$$eval('main a.term__link', (links) =>
        links.map((a) => {
          const tip = document.getElementById(a.getAttribute('aria-describedby') ?? '');
          return { href: a.getAttribute('href') ?? '', tip: tip?.textContent?.trim() ?? '' };
        }),
      );
      for (const term of terms) {
        expect(term.href).toMatch(new RegExp(`^/${lang}/glossary/#term-`));
        expect(term.tip, `definition for ${term.href}`).not.toBe('');
      }

      // No horizontal scrolling on a 360 px wide screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);

      // Language switch: the same page in the other language.
      if (path !== '/404.html') {
        const other = lang === 'en' ? 'ja' : 'en';
        const href = await page.getAttribute('a[data-lang-switch]', 'href');
        expect(new URL(href!, server.origin).pathname).toBe(path.replace(/^\/(en|ja)\//, `/${other}/`));
        expect(langPages).toContain(path.replace(/^\/(en|ja)\//, `/${other}/`));
      }

      expect(consoleErrors.slice(errorsBefore)).toEqual([]);
    });
  }

  it('the language switch keeps the #hash and lands on the counterpart', async () => {
    await page.goto(server.origin + '/en/explainer/#page-title');
    const href = await page.getAttribute('a[data-lang-switch]', 'href');
    const target = new URL(href!, server.origin);
    expect(target.pathname + target.hash).toBe('/ja/explainer/#page-title');
    await page.click('a[data-lang-switch]');
    await page.waitForURL(server.origin + '/ja/explainer/#page-title');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    // The target is highlighted on arrival.
    await expect(page.locator('#page-title.is-landed').count()).resolves.toBe(1);
  });

  it('a hash URL lands the target below the sticky header', async () => {
    const section = langPages.find((p) => /^\/en\/explainer\/[^/]+\/$/.test(p));
    expect(section).toBeDefined();
    await page.goto(server.origin + section! + '#key-points');
    await page.waitForTimeout(300);
    const { top, headerBottom } = await page.evaluate(() => ({
      top: document.getElementById('key-points')!.getBoundingClientRect().top,
      headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    }));
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThan(headerBottom + 80);
  });

  it('the dark-mode toggle switches, is remembered, and applies before paint', async () => {
    await page.goto(server.origin + '/en/');
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle.isVisible()).resolves.toBe(true);
    const before = await toggle.getAttribute('aria-pressed');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe(before === 'true' ? 'false' : 'true');
    const chosen = await page.evaluate(() => localStorage.getItem('theme'));
    await page.goto(server.origin + '/ja/');
    expect(await page.getAttribute('html', 'data-theme')).toBe(chosen);
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe(chosen === 'dark' ? 'true' : 'false');
    expect(await page.locator('[data-theme-toggle]').innerText()).toContain('ダークモード');
    await page.evaluate(() => localStorage.removeItem('theme'));
  });

  it('a glossary term shows its definition on focus and hover, and Escape hides it', async () => {
    const withTerm = langPages.find((p) => p.startsWith('/en/explainer/') && p !== '/en/explainer/');
    let found = false;
    for (const path of langPages.filter((p) => p.startsWith('/en/')).concat(withTerm ?? [])) {
      await page.goto(server.origin + path);
      if ((await page.locator('main a.term__link').count()) > 0) {
        found = true;
        break;
      }
    }
    expect(found, 'no page uses <Term>').toBe(true);
    const link = page.locator('main a.term__link').first();
    const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    await expect(tip.isVisible()).resolves.toBe(false);
    await link.focus();
    await expect(tip.isVisible()).resolves.toBe(true);
    const box = await tip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
    await link.blur();
    await link.hover();
    await expect(tip.isVisible()).resolves.toBe(true);
  });

  // Issue 14: a site-relative URL such as (/en/explainer/circles/) means nothing on paper, so links
  // inside the site print as plain text (the summary prints the page's own address instead).
  it('prints without navigation chrome and without the URLs of links inside the site', async () => {
    await page.goto(server.origin + '/en/');
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.site-footer').isVisible()).toBe(false);
      expect(await page.locator('#key-figure').isVisible()).toBe(true);
      const after = await page.$$eval('main a[href^="/"]', (as) => as.map((a) => getComputedStyle(a, '::after').content));
      expect(after.length).toBeGreaterThan(3);
      expect(after.filter((c) => c !== 'none')).toEqual([]);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('no request left the site origin', () => {
    expect(offOrigin).toEqual([]);
  });
});

/** The reading text of main: figure/widget slots and islands are drawn by scripts, so left out. */
async function mainTextOutsideSlots(p: Page): Promise<string> {
  return p.evaluate(() => {
    const hidden: HTMLElement[] = [];
    const islands = [...document.querySelectorAll<HTMLElement>('main *')].filter((el) => el.localName.includes('-'));
    for (const el of [...document.querySelectorAll<HTMLElement>('main .figure-slot__body'), ...islands]) {
      if (el.style.display !== 'none') hidden.push(el);
      el.style.display = 'none';
    }
    const text = document.querySelector<HTMLElement>('main')!.innerText;
    for (const el of hidden) el.style.display = '';
    return text;
  });
}

describe('site pages with JavaScript disabled', () => {
  it('every page shows its main text', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    try {
      for (const path of langPages) {
        await page.goto(server.origin + path);
        const withJs = (await mainTextOutsideSlots(page)).length;
        const response = await plain.goto(server.origin + path);
        expect(response?.status()).toBe(200);
        const text = await mainTextOutsideSlots(plain);
        expect(text.length, `${path} main text without JS`).toBeGreaterThan(20);
        expect(text.length / withJs, `${path} text without JS vs with`).toBeGreaterThan(0.9);
      }
    } finally {
      await noJs.close();
    }
  });
});
