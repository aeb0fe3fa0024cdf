// One Plot-to-page path (src/figures/svg-dom.ts finishPlot): a figure reads the same to assistive
// technology in the static build and after its island redraws it. The page is opened twice on
// the production build: without JavaScript (the static SVG exactly as built) and with it (after the
// island has drawn), and the accessibility attributes of the two SVGs are compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');
const ODE = '/en/explainer/lotka-volterra/';
const LAB = '/en/lab/';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  for (const path of [ODE, LAB]) expect(existsSync(join(DIST, path, 'index.html')), `${path} is not in dist/: run \`npm run build\` first`).toBe(true);
  server = await serveStatic(DIST);
  browser = await launchChromium({ webgl: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const NAMES = ['role', 'aria-label', 'aria-description', 'aria-hidden', 'data-mark'] as const;
type A11y = { tag: string } & Record<(typeof NAMES)[number], string | null>;

/** Every element of the box's chart that carries an accessibility attribute, in document order. */
async function a11yOf(page: Page, box: string): Promise<A11y[]> {
  return page.locator(box).evaluate((el, names) => {
    const chart = el.querySelector(':scope > svg, :scope > figure');
    if (!chart) return [];
    return [chart, ...chart.querySelectorAll('*')]
      .filter((x) => names.some((n) => x.hasAttribute(n)))
      .map((x) => ({ tag: x.tagName.toLowerCase(), ...Object.fromEntries(names.map((n) => [n, x.getAttribute(n)])) }) as A11y);
  }, NAMES);
}

/** The rules an element follows, whatever the data: its tag and role, and which attributes it has. */
const rules = (list: A11y[]) =>
  [...new Set(list.map((a) => [a.tag, `role=${a.role}`, ...NAMES.slice(1).map((n) => `${n}:${a[n] !== null}`)].join(' ')))].sort();

/**
 * Open a page; with JavaScript, record which plot boxes got new children after the parser was
 * done (an island's redraw), so a test waits for the redraw itself rather than for a time.
 */
async function open(path: string, js: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: js });
  if (js) {
    await context.addInitScript(() => {
      const redrawn: string[] = [];
      (window as unknown as { redrawn: string[] }).redrawn = redrawn;
      new MutationObserver((records) => {
        if (document.readyState === 'loading') return; // the parser placing the built SVG
        for (const r of records) {
          const plot = r.target instanceof HTMLElement ? r.target.dataset.plot : undefined;
          if (plot && r.addedNodes.length) redrawn.push(plot);
        }
      }).observe(document, { childList: true, subtree: true });
    });
  }
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

describe('a figure has the same accessibility markup before and after hydration', () => {
  it('two species: both plots, attribute for attribute', async () => {
    const before = await open(ODE, false);
    const after = await open(ODE, true);
    await after.locator('ode-two-species').scrollIntoViewIfNeeded(); // its code loads near the viewport
    for (const which of ['time', 'phase']) {
      const box = `ode-two-species [data-plot="${which}"]`;
      const built = await a11yOf(before, box);
      await after.waitForFunction((w) => (window as unknown as { redrawn: string[] }).redrawn.includes(w), which);
      const redrawn = await a11yOf(after, box);
      expect(built[0]).toMatchObject({ tag: 'svg', role: 'img' });
      expect(built[0]!['aria-label']).toBeTruthy();
      expect(built.filter((a) => a['data-mark'] !== null).length, 'marks are labelled').toBeGreaterThan(2);
      expect(redrawn).toEqual(built);
    }
    await before.context().close();
    await after.context().close();
  });

  it('lab: the live signal figure follows the same rules as the built one beside it', async () => {
    const before = await open(LAB, false);
    const built = await a11yOf(before, 'fittest-lab .lab__static');
    const after = await open(LAB, true);
    await after.waitForSelector('fittest-lab[data-drawn-step="0"]', { timeout: 90_000 });
    const live = await a11yOf(after, 'fittest-lab [data-plot="signal"]');
    // Only an <svg> is named; the marks carry data-mark instead.
    for (const a of [...built, ...live]) if (a.tag !== 'svg') expect(a['aria-label']).toBeNull();
    expect(rules(live)).toEqual(rules(built));
    // The mark kinds the built figure labels are labelled alike in the live one.
    const marks = (list: A11y[]) => new Set(list.map((a) => a['data-mark']));
    for (const m of ['line', 'x-axis tick', 'y-axis tick', 'y-grid']) {
      expect(marks(built)).toContain(m);
      expect(marks(live)).toContain(m);
    }
    await before.context().close();
    await after.context().close();
  });
});
