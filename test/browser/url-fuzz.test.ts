// Hostile links, 1,000 generated URL states per widget (issue: hardening). Each state is set as
// the page URL and a fresh copy of the widget's server-rendered markup is connected, so the
// widget's own URL reading, validation and notices run exactly as on a page load (a further 5
// states per widget are real page loads). For every state: no uncaught exception or console
// error, the widget renders, nothing from the URL becomes markup or runs, and every value the
// widget's pure parser rejects or clamps has a visible notice that quotes it as text.
// The parsers themselves are the oracle here, so this file cannot catch a parser bug; what a parser
// must satisfy whatever it decides (round trip, idempotence, values inside the schema's bounds) is
// checked without a browser in test/unit/state/url-properties.test.ts.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteBrowser } from '../support/site-browser';
import { fuzzStates, XSS_FLAG, type FuzzTarget } from '../support/url-fuzz';
import { readLabState } from '../../src/lib/state/lab';
import { readFitnessState } from '../../src/lib/state/fitness';
import { readCollaborationState } from '../../src/lib/state/collaboration';
import { parseOdeUrl } from '../../src/islands/ode/url-state';
import { readTwoSpeciesState } from '../../src/lib/state/two-species';
import { readDimensionState } from '../../src/lib/state/dimension';
import { DIMENSIONS } from '../../src/reference/manifest';

const STATES = 1000;
const PAGE_LOADS = 5;

/** What the widget must show for a query: the texts its notices must quote (null = no URL state). */
type Oracle = ((search: string) => { count: number; raws: string[] }) | null;

interface Widget {
  name: string;
  path: string;
  tag: string;
  ready: string;
  notices: string;
  target: FuzzTarget;
  oracle: Oracle;
  /** Exact notice count (false: the widget may add notices of its own, e.g. about the backend). */
  exact: boolean;
}

// A notice quotes the value it refused, or for an unknown setting the setting's name.
const fromNotices = (ns: readonly { raw: string; key?: string; kind?: string }[]) => ({
  count: ns.length,
  raws: ns.map((n) => (n.kind === 'unknown' ? (n.key ?? '') : n.raw)),
});

const WIDGETS: Widget[] = [
  {
    name: 'lab',
    path: '/en/lab/',
    tag: 'fittest-lab',
    ready: '[data-ready="true"]',
    notices: '[data-role="notices"] li',
    target: { namespace: 'lab', keys: ['seed', 'd', 'p', 'lr', 'wd', 'frac', 'steps', 'backend', 'speed', 'step', 'until'] },
    oracle: (search) => fromNotices(readLabState(search).notices),
    exact: false,
  },
  {
    name: 'fitness',
    path: '/en/explainer/fitness/',
    tag: 'fittest-fitness',
    ready: '[data-ready="true"]',
    notices: '[data-notices] li',
    target: { namespace: 'fit', keys: ['k', 'alpha', 'seeds', 'steps', 'control', 'embedding', 'backend'] },
    oracle: (search) => fromNotices(readFitnessState(search).notices),
    exact: true,
  },
  {
    name: 'collaboration',
    path: '/en/explainer/collaboration/',
    tag: 'fittest-collaboration',
    ready: '[data-live]',
    notices: '[data-notices] li',
    target: { namespace: 'collab', keys: ['keep', 'model'] },
    oracle: (search) => {
      const { state, notices } = readCollaborationState(29, [], search);
      // The widget shows notices about its own two settings only (unknown collab.* keys are ignored).
      const keep = notices.filter((n) => n.key === 'keep').map((n) => n.raw);
      const bad = notices.filter((n) => n.key === 'model').map((n) => n.raw);
      // No lab run is saved in this browser: "lab" gets a notice too.
      const modelRaws = state.model === 'lab' ? [''] : bad;
      return { count: keep.length + modelRaws.length, raws: [...keep, ...modelRaws] };
    },
    exact: true,
  },
  {
    name: 'circles ODE',
    path: '/en/explainer/lotka-volterra/',
    tag: 'ode-circle-ode',
    ready: '[data-hydrated="true"]',
    notices: '[data-notice] li',
    target: { namespace: 'ode', keys: ['alpha', 'edit', 'x0', 'k'] },
    oracle: (search) => fromNotices(parseOdeUrl(new URLSearchParams(search), 29).notices),
    exact: true,
  },
  {
    name: 'two species',
    path: '/en/explainer/lotka-volterra/',
    tag: 'ode-two-species',
    ready: '[data-ready="true"]',
    notices: '[data-notices] li',
    target: { namespace: 'two', keys: ['r1', 'r2', 'K1', 'K2', 'a12', 'a21', 'x0', 'y0'] },
    oracle: (search) => fromNotices(readTwoSpeciesState(search).notices),
    exact: true,
  },
  {
    name: 'dimension',
    path: '/en/explainer/dimension/',
    tag: 'fittest-dimension',
    ready: '[data-live]',
    notices: '[data-notices] li',
    target: { namespace: 'dim', keys: ['d'] },
    oracle: (search) => fromNotices(readDimensionState(DIMENSIONS, search).notices),
    exact: true,
  },
];

interface StateResult {
  state: string;
  search: string;
  ready: boolean;
  notices: string[];
  markupInNotices: number;
  injected: number;
  xss: boolean;
}

const site = useSiteBrowser();

async function openPage(url: string, errors: string[]): Promise<Page> {
  const page = await site.browser.newPage();
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  await page.goto(url);
  return page;
}

/** Islands hydrate near the viewport: bring the widget there and wait until it is live. */
async function whenReady(page: Page, w: Widget): Promise<void> {
  await page.locator(w.tag).first().scrollIntoViewIfNeeded();
  await page.waitForSelector(`${w.tag}${w.ready}`, { timeout: 30_000, state: 'attached' });
}

/** Run the states in the page: set the URL, connect a pristine copy of the widget, read what it shows. */
async function fuzzInPage(page: Page, w: Widget, states: string[]): Promise<StateResult[]> {
  const html = await (await fetch(`${site.origin}${w.path}`)).text();
  return page.evaluate(
    async ({ states, tag, ready, notices, html, flag }) => {
      const pristine = new DOMParser().parseFromString(html, 'text/html').querySelector(tag);
      const live = document.querySelector(tag);
      if (!pristine || !live) throw new Error(`no <${tag}> on the page`);
      // The copies live in a hidden holder where the widget stood: URL reading, validation and
      // notices run as on a page load, without paying for layout 1,000 times (the real page
      // loads below cover the visible render).
      const holder = document.createElement('div');
      holder.hidden = true;
      live.replaceWith(holder);
      const out: StateResult[] = [];
      for (const state of states) {
        history.replaceState(null, '', location.pathname + state);
        dispatchEvent(new HashChangeEvent('hashchange'));
        const el = document.importNode(pristine, true) as HTMLElement;
        holder.append(el);
        const t0 = performance.now();
        while (!el.matches(ready) && performance.now() - t0 < 5000) await new Promise((ok) => setTimeout(ok, 2));
        out.push({
          state,
          search: location.search,
          ready: el.matches(ready),
          notices: Array.from(el.querySelectorAll(notices), (li) => li.textContent ?? ''),
          markupInNotices: el.querySelectorAll(`${notices} *`).length,
          injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror]').length,
          xss: (window as unknown as Record<string, unknown>)[flag] !== undefined,
        });
        el.remove();
      }
      return out;
    },
    { states, tag: w.tag, ready: w.ready, notices: w.notices, html, flag: XSS_FLAG },
  );
}

function check(w: Widget, r: StateResult): void {
  const where = `${w.name} ${JSON.stringify(r.state)}`;
  expect(r.ready, `${where}: the widget did not render`).toBe(true);
  expect(r.xss, `${where}: script from the URL ran`).toBe(false);
  expect(r.injected, `${where}: markup from the URL was inserted`).toBe(0);
  expect(r.markupInNotices, `${where}: a notice contains elements`).toBe(0);
  if (!w.oracle) {
    expect(r.notices, where).toEqual([]);
    return;
  }
  const want = w.oracle(r.search);
  if (w.exact) expect(r.notices.length, `${where}: notices ${JSON.stringify(r.notices)}`).toBe(want.count);
  else expect(r.notices.length, `${where}: notices ${JSON.stringify(r.notices)}`).toBeGreaterThanOrEqual(want.count);
  const text = r.notices.join('\n');
  for (const raw of want.raws) if (raw.trim()) expect(text, `${where}: no notice quotes ${JSON.stringify(raw)}`).toContain(raw);
}

describe('URL fuzzing: 1,000 hostile states per widget', () => {
  for (const [i, w] of WIDGETS.entries()) {
    it(`${w.name}: ${STATES} states in the page, ${PAGE_LOADS} as real page loads`, { timeout: 300_000 }, async () => {
      const errors: string[] = [];
      const states = fuzzStates(w.target, STATES + PAGE_LOADS, 1000 + i);
      const page = await openPage(`${site.origin}${w.path}`, errors);
      await whenReady(page, w);
      const results = await fuzzInPage(page, w, states.slice(0, STATES));
      expect(results).toHaveLength(STATES);
      for (const r of results) check(w, r);
      const withNotices = results.filter((r) => r.notices.length > 0).length;
      if (w.oracle) expect(withNotices, 'the generator should produce rejected values').toBeGreaterThan(STATES / 4);
      await page.close();
      // Real page loads: the hydration path from the first byte.
      for (const state of states.slice(STATES)) {
        const p = await openPage(`${site.origin}${w.path}${state}`, errors);
        await whenReady(p, w);
        const r = await p.evaluate(
          ({ tag, notices, flag, state }) => {
            const el = document.querySelector(tag)!;
            return {
              state,
              search: location.search,
              ready: true,
              notices: Array.from(el.querySelectorAll(notices), (li) => li.textContent ?? ''),
              markupInNotices: el.querySelectorAll(`${notices} *`).length,
              injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror]').length,
              xss: (window as unknown as Record<string, unknown>)[flag] !== undefined,
            };
          },
          { tag: w.tag, notices: w.notices, flag: XSS_FLAG, state },
        );
        check(w, r);
        await p.close();
      }
      expect(errors).toEqual([]);
    });
  }
});
