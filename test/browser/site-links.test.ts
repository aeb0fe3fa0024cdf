// Crawls the production build from "/" over HTTP (no browser needed): every internal link and
// every #hash target must resolve, every page must be reachable, <html lang> must match the
// path, and pages must stay within the JavaScript budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { serveStatic, type StaticServer } from '../support/static-server';

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');

/**
 * Routes that later work promises (the training lab, the reproduction report); the home page
 * already links to them. Once those pages exist they are crawled like any other.
 */
const PROMISED_ROUTES = new Set(['/en/lab/', '/ja/lab/', '/en/reproduction/', '/ja/reproduction/']);

/** Gzipped JS of a page must stay below this unless it carries a training island. */
const JS_BUDGET_GZIP = 20 * 1024;

interface Crawled {
  status: number;
  ids: Set<string>;
  lang: string | null;
  links: string[];
  jsGzip: number;
  hasIsland: boolean;
}

let server: StaticServer;
const crawled = new Map<string, Crawled>();
const missingPromised = new Set<string>();
/** Linked files that are not pages (figure CSVs, data JSON…): checked for 200, not parsed as HTML. */
const linkedFiles = new Map<string, number>();
const FILE_LINK = /\.(csv|json|svg|png|txt|wasm)$/i;

async function fetchPage(path: string): Promise<Crawled> {
  const response = await fetch(server.origin + path);
  const html = await response.text();
  const { document } = parseHTML(html);
  const ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id')!));
  const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
  // JS the page loads at start: inline module scripts plus external scripts, gzipped.
  let js = '';
  for (const script of document.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src) js += readFileSync(join(DIST, new URL(src, server.origin).pathname));
    else js += script.textContent ?? '';
  }
  return {
    status: response.status,
    ids,
    lang: document.documentElement.getAttribute('lang'),
    links,
    jsGzip: gzipSync(js).length,
    // Interactive islands are custom elements (<fittest-lab>, …) or Astro islands.
    hasIsland: [...document.querySelectorAll('*')].some((el) => el.localName.includes('-')),
  };
}

beforeAll(async () => {
  expect(existsSync(join(DIST, 'index.html')), 'dist/ is empty: run `npm run build` first').toBe(true);
  server = await serveStatic(DIST);
  // Breadth-first crawl from the root.
  const queue = ['/'];
  const seen = new Set(queue);
  while (queue.length) {
    const path = queue.shift()!;
    const page = await fetchPage(path);
    crawled.set(path, page);
    for (const href of page.links) {
      const url = new URL(href, server.origin + path);
      if (url.origin !== server.origin) continue;
      if (FILE_LINK.test(url.pathname)) {
        if (!linkedFiles.has(url.pathname)) linkedFiles.set(url.pathname, (await fetch(server.origin + url.pathname)).status);
        continue;
      }
      if (PROMISED_ROUTES.has(url.pathname) && !existsSync(join(DIST, url.pathname, 'index.html'))) {
        missingPromised.add(url.pathname);
        continue;
      }
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
});

afterAll(async () => {
  await server?.close();
});

describe('site links', () => {
  it('reaches every language page from the root', () => {
    const paths = [...crawled.keys()];
    for (const lang of ['en', 'ja']) {
      for (const page of ['', 'summary/', 'explainer/', 'glossary/', 'references/', 'cite/', 'about/']) {
        expect(paths).toContain(`/${lang}/${page}`);
      }
    }
    expect(paths.filter((p) => /^\/en\/explainer\/[^/]+\/$/.test(p)).length).toBeGreaterThan(0);
  });

  it('every internal link answers 200', () => {
    const broken = [...crawled].filter(([, page]) => page.status !== 200).map(([path, page]) => `${path} → ${page.status}`);
    expect(broken).toEqual([]);
  });

  it('every linked file (figure data) answers 200', () => {
    expect(linkedFiles.size).toBeGreaterThan(0);
    for (const [path, status] of linkedFiles) expect(status, path).toBe(200);
  });

  it('every #hash link points at an id on its target page', () => {
    const missing: string[] = [];
    for (const [path, page] of crawled) {
      for (const href of page.links) {
        const url = new URL(href, server.origin + path);
        if (url.origin !== server.origin || !url.hash || url.hash === '#') continue;
        const target = crawled.get(url.pathname);
        if (!target) continue; // a promised route that does not exist yet
        const id = decodeURIComponent(url.hash.slice(1));
        if (!target.ids.has(id)) missing.push(`${path}: ${href}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has <html lang> matching the path on every page', () => {
    for (const [path, page] of crawled) {
      const expected = path.startsWith('/ja/') ? 'ja' : 'en';
      expect(page.lang, path).toBe(expected);
    }
  });

  it('keeps pages without a training island under 20 KiB of gzipped JS', () => {
    for (const [path, page] of crawled) {
      if (page.hasIsland) continue;
      expect(page.jsGzip, `${path} JS bytes (gzip)`).toBeLessThan(JS_BUDGET_GZIP);
    }
  });

  it('links only to promised routes that are missing, nothing else', () => {
    for (const path of missingPromised) expect(PROMISED_ROUTES.has(path)).toBe(true);
  });
});
