// The executive layer and the words (issue 14), against the production build: the summary's length,
// its first screen and its one printed page; the home page's first screen; link-preview tags on every
// page; no space before punctuation after a glossary term; no English table headers on Japanese pages.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { useSiteBrowser } from '../support/site-browser';
import { builtPages, DIST } from '../support/built-pages';

const site = useSiteBrowser();
const pages = builtPages();
const langPages = pages.filter((p) => /^\/(en|ja)\//.test(p));
const htmlOf = (path: string) => readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const SITE = (/site:\s*'([^']+)'/.exec(readFileSync('astro.config.mjs', 'utf8')) ?? [])[1]!;

async function open(viewport: { width: number; height: number }, path: string, media: 'screen' | 'print' = 'screen'): Promise<Page> {
  const context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.emulateMedia({ media });
  await page.goto(site.origin + path, { waitUntil: 'load' });
  return page;
}

/**
 * The text a reader reads in main: innerText (which already skips closed <details>, hidden tooltips
 * and print-only blocks) without the chart's tick labels, screen-reader-only duplicates (source
 * badges' long names, KaTeX's MathML copy), copy-links and the figure's download buttons.
 */
const visibleText = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    const clone = main.cloneNode(true) as HTMLElement;
    clone.style.cssText = 'position:absolute;left:-99999px;top:0;width:' + main.clientWidth + 'px';
    main.after(clone);
    for (const el of clone.querySelectorAll('svg, .visually-hidden, .katex-mathml, .copy-link, .fig__tools')) el.remove();
    const text = clone.innerText;
    clone.remove();
    return text;
  });

/**
 * Bottom edge (px from the top of the page, not scrolled) of the first rendered element matching
 * `selector`: a figure holds a desktop and a phone layout, and only one of them is displayed.
 */
const bottomOf = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = [...document.querySelectorAll(sel)].find((e) => e.getClientRects().length > 0);
    if (!el) throw new Error(`${sel} not found (or not displayed) on ${location.pathname}`);
    const r = el.getBoundingClientRect();
    return r.bottom + window.scrollY;
  }, selector);

describe('the summary', () => {
  it('reads in two minutes: at most 500 English words and 1,200 Japanese characters', async () => {
    const en = await open({ width: 1440, height: 900 }, '/en/summary/');
    const enWords = (await visibleText(en)).match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? [];
    const ja = await open({ width: 1440, height: 900 }, '/ja/summary/');
    const jaChars = (await visibleText(ja)).replace(/\s+/g, '').length;
    console.log(`summary: ${enWords.length} English words, ${jaChars} Japanese characters`);
    expect(enWords.length).toBeGreaterThan(200); // the page has its content, not an empty shell
    expect(enWords.length).toBeLessThanOrEqual(500);
    expect(jaChars).toBeGreaterThan(500);
    expect(jaChars).toBeLessThanOrEqual(1200);
    await en.context().close();
    await ja.context().close();
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: conclusion, key figure and first meeting phrase lie within the first 900 px at 1440 × 900`, async () => {
      const page = await open({ width: 1440, height: 900 }, `/${lang}/summary/`);
      const conclusion = await page.locator('.summary-lead__conclusion li').count();
      expect(conclusion).toBe(3);
      expect(await bottomOf(page, '.summary-lead__conclusion')).toBeLessThanOrEqual(900);
      expect(await bottomOf(page, '#key-figure .fig__plot svg')).toBeLessThanOrEqual(900);
      expect(await bottomOf(page, '.summary-lead__phrases li')).toBeLessThanOrEqual(900);
      // Each claim in "How sure are we?" names its source, and the section links the reproduction page.
      const sure = await page.evaluate(() => {
        const h = [...document.querySelectorAll('main h2')].find((e) => /How sure|どこまで確か/.test(e.textContent ?? ''));
        const list = h?.nextElementSibling;
        const items = list ? [...list.querySelectorAll(':scope > li')] : [];
        return {
          items: items.length,
          sourced: items.filter((li) => li.querySelector('.src-badge')).length,
          repro: Boolean(document.querySelector('main .prose a[href$="/reproduction/"]')),
        };
      });
      expect(sure.items).toBeGreaterThanOrEqual(4);
      expect(sure.sourced).toBe(sure.items);
      expect(sure.repro).toBe(true);
      await page.context().close();
    });

    it(`${lang}: prints on one A4 page with the key figure, the paper's citation and the page's address, internal links without URLs`, async () => {
      const page = await open({ width: 1440, height: 900 }, `/${lang}/summary/`, 'print');
      const printed = await page.evaluate(() => {
        const cite = document.querySelector('.print-citation') as HTMLElement | null;
        const internal = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]')];
        return {
          citation: cite && getComputedStyle(cite).display !== 'none' ? cite.innerText : '',
          figure: [...document.querySelectorAll('#key-figure .fig__plot svg')].some((svg) => svg.getBoundingClientRect().height > 50),
          urlsAfterLinks: internal.filter((a) => !['none', 'normal', '""', "''"].includes(getComputedStyle(a, '::after').content)).length,
          links: internal.length,
        };
      });
      expect(printed.figure).toBe(true);
      expect(printed.citation).toContain('Survival of the Fittest Representation');
      expect(printed.citation).toContain('2405.17420');
      expect(printed.citation).toContain(`${SITE}/${lang}/summary/`);
      expect(printed.links).toBeGreaterThan(5);
      expect(printed.urlsAfterLinks).toBe(0);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.log(`summary ${lang}: printed on ${pageCount} A4 page(s)`);
      expect(pageCount).toBe(1);
      await page.context().close();
    });
  }

  it('every section and the summary give a reading time', () => {
    const reading = langPages.filter((p) => /\/explainer\/[^/]+\/$|\/summary\/$/.test(p));
    expect(reading.length).toBe(18);
    for (const path of reading) {
      const { document } = parseHTML(htmlOf(path));
      const minutes = Number(document.querySelector('.reading-time')?.getAttribute('data-reading-minutes'));
      expect(minutes, path).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the home page', () => {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    for (const lang of ['en', 'ja'] as const) {
      it(`${lang} at ${width} × ${height}: key figure and the three next steps in the first screen`, async () => {
        const page = await open({ width, height }, `/${lang}/`);
        const steps = await page.locator('.home__path-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
        expect(steps).toEqual([`/${lang}/summary/`, `/${lang}/explainer/ecology/`, `/${lang}/lab/`]);
        expect(await bottomOf(page, '.home__path-list')).toBeLessThanOrEqual(height);
        expect(await bottomOf(page, '#key-figure .fig__plot svg')).toBeLessThanOrEqual(height);
        await page.context().close();
      });
    }
  }

  it('key figure: survivor labels do not overlap, and the survival threshold the caption names is drawn', async () => {
    const page = await open({ width: 1440, height: 900 }, '/en/');
    const figure = await page.evaluate(() => {
      const svg = document.querySelector('#key-figure .fig__plot svg')!;
      const boxes = [...svg.querySelectorAll('text')].filter((t) => /^k = \d+$/.test(t.textContent ?? '')).map((t) => t.getBoundingClientRect());
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps++;
        }
      const dashed = [...svg.querySelectorAll('path, line')].filter(
        (e) => (e.getAttribute('stroke-dasharray') ?? e.closest('[stroke-dasharray]')?.getAttribute('stroke-dasharray')) === '5,4',
      ).length;
      return {
        labels: boxes.length,
        overlaps,
        dashed,
        tau: svg.textContent?.includes('τ') ?? false,
        caption: document.querySelector('#key-figure .fig__caption')?.textContent ?? '',
      };
    });
    expect(figure.labels).toBeGreaterThanOrEqual(2);
    expect(figure.overlaps).toBe(0);
    expect(figure.caption).toContain('threshold');
    expect(figure.dashed).toBeGreaterThanOrEqual(1);
    expect(figure.tau).toBe(true);
    await page.context().close();
  });
});

describe('link previews', () => {
  it('every page has Open Graph and Twitter card tags with absolute URLs from the site address that resolve in dist/', () => {
    expect(langPages.length).toBeGreaterThan(20);
    const local = (url: string) => {
      expect(url.startsWith(`${SITE}/`), url).toBe(true);
      const path = new URL(url).pathname;
      return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    };
    for (const path of pages) {
      const { document } = parseHTML(htmlOf(path));
      const meta = (attr: string, name: string) => document.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content') ?? '';
      for (const [attr, name] of [
        ['property', 'og:title'],
        ['property', 'og:description'],
        ['name', 'twitter:title'],
        ['name', 'twitter:description'],
      ] as const) {
        expect(meta(attr, name), `${path} ${name}`).not.toBe('');
      }
      expect(meta('name', 'twitter:card')).toBe('summary_large_image');
      // The not-found page answers any address, so its own og:url is not a file to check.
      if (path !== '/404.html') expect(local(meta('property', 'og:url')), path).toBe(join(DIST, path, 'index.html'));
      const image = meta('property', 'og:image');
      expect(meta('name', 'twitter:image')).toBe(image);
      const file = local(image);
      expect(existsSync(file), `${path}: ${image}`).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it('a section previews with its own first figure, the home page with the key figure', () => {
    const image = (path: string) => parseHTML(htmlOf(path)).document.querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(image('/en/')).toBe(`${SITE}/og/en/key-figure.png`);
    expect(image('/ja/summary/')).toBe(`${SITE}/og/ja/key-figure.png`);
    expect(image('/en/explainer/dimension/')).toBe(`${SITE}/og/en/fig-circles-vs-dim.png`);
  });
});

describe('words on every page', () => {
  it('no stray space around a glossary term: none before the punctuation after it, none inside before its text', () => {
    const bad: string[] = [];
    for (const path of langPages) {
      const { document } = parseHTML(htmlOf(path));
      for (const term of document.querySelectorAll('[data-term]')) {
        // Whitespace first inside the term shows as a space before it (in Japanese: "です。 埋め込み").
        if (term.firstChild?.nodeType === 3) bad.push(`${path}: space inside before "${term.textContent?.trim().slice(0, 20)}"`);
        const next = term.nextSibling;
        const text = next && next.nodeType === 3 ? (next.textContent ?? '') : '';
        if (/^\s+[,.;:!?)、。，．）]/.test(text)) bad.push(`${path}: "${term.textContent?.slice(0, 30)}${text.slice(0, 6)}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('Japanese pages and Japanese CSV files carry no English table headers', () => {
    // Symbols and names are not English words: k, d, S_k, τ, MLP, CSV, SVM, Lasso, OLS, R².
    const english = (s: string) => /[A-Za-z]{3,}/.test(s.replace(/\b(MLP|CSV|SVM|Lasso|OLS|FFT|ODE|DC|tau|PyTorch|TF\.js)\b/g, ''));
    const bad: string[] = [];
    for (const path of langPages.filter((p) => p.startsWith('/ja/'))) {
      const { document } = parseHTML(htmlOf(path));
      for (const th of document.querySelectorAll('main th')) if (english(th.textContent ?? '')) bad.push(`${path}: ${th.textContent}`);
    }
    const csvs = pages.length ? readdirCsv(join(DIST, 'figures', 'ja')) : [];
    expect(csvs.length).toBeGreaterThan(5);
    for (const file of csvs) {
      const header = readFileSync(file, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\n')[0]!;
      for (const col of header.split(',')) if (english(col)) bad.push(`${file}: ${col}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('search excerpts', () => {
  it('do not repeat hidden text: no MathML twins of formulas, no glued source badges, no data-table dumps', async () => {
    const page = await open({ width: 1280, height: 800 }, '/en/');
    // A string, not a function: vitest would rewrite a function's import() for Node.
    const excerpts: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const out = [];
      for (const q of ['weight decay', 'authors code', '0.5', 'dimension 16']) {
        const found = await pagefind.search(q);
        for (const r of found.results.slice(0, 8)) out.push((await r.data()).excerpt.replace(/<[^>]+>/g, ''));
      }
      return out;
    })()`);
    expect(excerpts.length).toBeGreaterThan(10);
    const bad = excerpts.filter(
      (e) =>
        /0\.50\.5|d=16d|d=128d/.test(e) || // a formula indexed twice (MathML + TeX annotation + HTML)
        /[\w)]authors' code|[\w)]paper \(abstract\)|[\w)]our engine\b/.test(e) || // a badge glued onto a word
        /(\d+(\.\d+)?\. ){10}/.test(e), // a figure's hidden data table
    );
    expect(bad).toEqual([]);
    await page.context().close();
  });
});

function readdirCsv(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.csv'))
        .map((f) => join(dir, f))
    : [];
}
