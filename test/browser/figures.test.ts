// The static figures in the built site (dist/): with JavaScript disabled, every figure whose runs
// are cached shows its SVG, caption, run count and data table; figures without runs show a plain
// note instead. Also: the reproduction page in both languages, the /reference/<id>.json files,
// and (with JavaScript on) the SVG/PNG download buttons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';
import { loadById, loadExperiment } from '../../src/figures/analyses/load';
import { LOOK } from '../../src/figures/look';

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');

/** Which figures have data, from the same cache the build read. */
function figuresWithData(): Record<string, boolean> {
  const hero = loadById('hero/d128-s0');
  const has = (e: Parameters<typeof loadExperiment>[0], f?: Parameters<typeof loadExperiment>[1]) => loadExperiment(e, f).runs.length > 0;
  const gradient = has('dimension', (s) => s.config.d === 128) || has('empirical');
  return {
    'key-figure': Boolean(hero),
    'fig-signal-evolution': Boolean(hero),
    'fig-spectrum': Boolean(hero),
    'fig-circle-planes': Boolean(hero?.snapshots?.length),
    'fig-circle-evolution': Boolean(hero?.snapshots?.length),
    'fig-collaboration': Boolean(hero?.collaboration),
    'fig-circles-vs-dim': has('dimension'),
    'fig-frozen-embedding': has('frozen'),
    'fig-circles-vs-p': has('modulus'),
    'fig-circles-vs-wd': has('weight-decay'),
    'fig-survival-vs-signal': has('empirical'),
    'fig-perturbation': has('perturbation'),
    'fig-horizon': has('horizon'),
    'fig-construction': has('construction'),
    'fig-gradient-hist': gradient,
    'fig-gradient-scatter': gradient,
    'fig-ablation': has('ablation'),
  };
}

/** The page that holds each figure slot: the home page or an explainer section (from content/). */
function figurePages(lang: 'en' | 'ja'): Map<string, string> {
  const out = new Map<string, string>([['key-figure', `/${lang}/`]]);
  const dir = join(process.cwd(), 'content/sections', lang);
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const slug = text.match(/^slug:\s*(\S+)/m)?.[1];
    for (const m of text.matchAll(/FigureSlot id="(fig-[^"]+)"/g)) if (slug && !out.has(m[1]!)) out.set(m[1]!, `/${lang}/explainer/${slug}/`);
  }
  return out;
}

let browser: Browser;
let server: StaticServer;
let noJs: BrowserContext;
let withJs: BrowserContext;

beforeAll(async () => {
  expect(existsSync(join(DIST, 'en', 'index.html')), 'dist/ is empty: run `npm run build` first').toBe(true);
  browser = await launchChromium({ webgl: false });
  server = await serveStatic(DIST);
  noJs = await browser.newContext({ javaScriptEnabled: false });
  withJs = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const expected = figuresWithData();

describe.each(['en', 'ja'] as const)('static figures without JavaScript (%s)', (lang) => {
  it('every figure with cached runs has its SVG, caption, run count and data table; the others a note', async () => {
    const page = await noJs.newPage();
    const byPage = new Map<string, string[]>();
    for (const [id, path] of figurePages(lang)) if (id in expected) byPage.set(path, [...(byPage.get(path) ?? []), id]);
    const seen = new Set<string>();
    for (const [path, ids] of byPage) {
      const res = await page.goto(server.origin + path);
      expect(res?.status(), path).toBe(200);
      for (const id of ids) {
        seen.add(id);
        const slot = page.locator(`[id="${id}"]`);
        await expect(slot.count(), `${id} slot on ${path}`).resolves.toBe(1);
        if (expected[id]) {
          expect(await slot.locator('.fig__plot svg').count(), `${id} SVG`).toBeGreaterThan(0);
          expect(await slot.locator('details.fig__table table tbody tr').count(), `${id} table rows`).toBeGreaterThan(0);
          const csvHref = (await slot.locator('a[download$=".csv"]').getAttribute('href'))!;
          expect(csvHref, `${id} CSV`).toBe(`/figures/${lang}/${id}.csv`);
          const csv = await (await fetch(server.origin + csvHref)).text();
          expect(csv.split('\n').length, `${id} CSV rows`).toBeGreaterThan(1);
          expect(Number(await slot.locator('[data-fig-runs]').getAttribute('data-fig-runs')), `${id} runs`).toBeGreaterThan(0);
          expect((await slot.locator('.fig__caption').innerText()).length, `${id} caption`).toBeGreaterThan(40);
          expect(await slot.locator('.fig__plot').getAttribute('aria-label'), `${id} description`).toBeTruthy();
          // Number and title above the chart; the caption opens with what to look at.
          const head = slot.locator('figcaption.figure-slot__head');
          const numbered = id === 'key-figure' ? /^(Figure|図)$/ : /^(Figure|図) \d\.\d+$/;
          expect((await head.locator('.figure-slot__kind').innerText()).trim(), `${id} number`).toMatch(numbered);
          expect((await head.locator('.figure-slot__title').innerText()).length, `${id} title`).toBeGreaterThan(3);
          const [headBox, plotBox] = [await head.boundingBox(), await slot.locator('.fig__plot').boundingBox()];
          expect(headBox!.y + headBox!.height, `${id} title above the chart`).toBeLessThanOrEqual(plotBox!.y + 1);
          expect(await slot.locator('.fig__caption .fig__look').innerText(), `${id} says what to look at`).toBe(LOOK[id]![lang]);

          // Without JavaScript the script-only buttons stay hidden.
          expect(await slot.locator('[data-fig-download]:visible').count()).toBe(0);
        } else {
          expect(await slot.locator('.fig__plot svg').count(), `${id} has no data yet`).toBe(0);
          expect(await slot.locator('.fig__note').count(), `${id} note`).toBe(1);
        }
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(expected).sort());
    await page.close();
  });

  it('on a phone (390 × 844) and on a desktop every chart shows one layout, and its text reads at 8 px or more', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1440, height: 900 },
    ]) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport });
      const page = await context.newPage();
      const paths = new Set([...figurePages(lang)].filter(([id]) => expected[id]).map(([, path]) => path));
      for (const path of paths) {
        await page.goto(server.origin + path);
        const charts = await page.locator('.fig__plot').evaluateAll((plots) =>
          plots.map((plot) => {
            const shown = [...plot.querySelectorAll(':scope > .fig__chart')].filter((c) => c.getClientRects().length > 0);
            const svg = shown[0]?.querySelector('svg[viewBox]') as SVGSVGElement | null;
            // On-screen size of each label: its font size in the SVG's units times the SVG's scale.
            const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 0;
            const sizes = svg ? [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale) : [];
            return {
              id: plot.closest('[id^="fig-"], [id="key-figure"]')?.id ?? '?',
              layouts: plot.querySelectorAll(':scope > .fig__chart').length,
              shown: shown.length,
              smallest: Math.min(...sizes),
            };
          }),
        );
        expect(charts.length, path).toBeGreaterThan(0);
        for (const c of charts) {
          const where = `${c.id} on ${path} at ${viewport.width} px`;
          expect(c.layouts, where).toBe(2);
          expect(c.shown, where).toBe(1);
          // A 640-px chart squeezed into a phone's column put its 11-px labels at about 6 px.
          expect(c.smallest, where).toBeGreaterThanOrEqual(8);
        }
      }
      await context.close();
    }
  });

  it('the reproduction page lists the claims with a verdict, run count and figure links', async () => {
    const page = await noJs.newPage();
    const res = await page.goto(`${server.origin}/${lang}/reproduction/`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    for (const id of ['claim-few-survive', 'claim-fittest', 'claim-dimension', 'claim-linear-ode', 'check-initial-signal', 'check-collaboration']) {
      expect(await page.locator(`tr[id="${id}"] .status`).count(), id).toBe(1);
    }
    // Verdicts on runs name their run count, and their effect cell holds an interval.
    const same = await page
      .locator('tr[data-status="same-direction"]')
      .evaluateAll((rows) => rows.map((r) => ({ status: r.querySelector('.status')!.textContent!, effect: r.querySelector('td.effect')!.textContent! })));
    expect(same.length).toBeGreaterThan(0);
    for (const v of same) {
      expect(v.status).toMatch(lang === 'ja' ? /^論文と同じ向き（実行 \d+ 回）$/ : /^Same direction \(\d+ runs\)$/);
      expect(v.effect).toMatch(/\[[^\]—]+, [^\]—]+\]/);
    }
    expect(await page.locator('.repro-table').first().textContent()).not.toMatch(/Agrees/);
    const links = await page.locator('.repro-table a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links.length).toBeGreaterThan(5);
    for (const href of links) expect(href).toMatch(new RegExp(`^/${lang}/explainer/[a-z-]+/#fig-`));
    await page.close();
  });

  it('the reproduction tables read on a wide screen (prose columns not squeezed) and on a phone (one card per claim)', async () => {
    const wide = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    const page = await wide.newPage();
    await page.goto(`${server.origin}/${lang}/reproduction/`);
    // Each table's prose columns get room; with automatic layout the unbreakable effect column
    // once squeezed "measured by our engine" to about 130 px, a few words per line.
    const widths = await page
      .locator('.repro-table table')
      .evaluateAll((tables) => tables.map((t) => [...t.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width)));
    expect(widths.length).toBeGreaterThan(1);
    for (const [claim, , ours, , , , status] of widths) {
      expect(claim!).toBeGreaterThan(160);
      expect(ours!).toBeGreaterThan(260);
      expect(status!).toBeGreaterThan(120);
    }
    // No verdict badge is cut off by its cell.
    const clipped = await page
      .locator('.repro-table .status')
      .evaluateAll((badges) =>
        badges.filter((b) => b.getBoundingClientRect().right > b.closest('td')!.getBoundingClientRect().right + 0.5).map((b) => b.textContent),
      );
    expect(clipped).toEqual([]);
    await wide.close();

    // With JavaScript: axe runs as a script in the page.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const small = await phone.newPage();
    await small.goto(`${server.origin}/${lang}/reproduction/`);
    const rows = await small.locator('.repro-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        width: tr.getBoundingClientRect().width,
        labels: [...tr.querySelectorAll('td[data-label]')].map((td) => getComputedStyle(td, '::before').content),
      })),
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      // A card as wide as the screen's text column, nothing to scroll sideways…
      expect(r.width).toBeLessThanOrEqual(390);
      expect(r.width).toBeGreaterThan(300);
      // …and every value under its column's name.
      expect(r.labels).toHaveLength(6);
      for (const l of r.labels) expect(l).toMatch(lang === 'ja' ? /^".+："$/ : /^".+: "$/);
    }
    // Still a table to assistive technology, and axe-clean at this width.
    expect(await small.locator('.repro-table table[role="table"] td[role="cell"]').count()).toBeGreaterThan(rows.length * 6);
    const axe = await new AxeBuilder({ page: small }).include('.repro-table').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await phone.close();
  });
});

describe('data and downloads', () => {
  it('serves every cached run as /reference/<id>.json without the large fields', async () => {
    const hero = loadById('hero/d128-s0');
    expect(hero, 'the hero run is cached').not.toBeNull();
    const res = await fetch(`${server.origin}/reference/hero/d128-s0.json`);
    expect(res.status).toBe(200);
    const run = (await res.json()) as { id: string; steps: number[]; finalParameters?: unknown; omitted: string[] };
    expect(run.id).toBe('hero/d128-s0');
    expect(run.steps.length).toBe(hero!.steps.length);
    expect(run.finalParameters).toBeUndefined();
    expect(run.omitted).toContain('finalParameters');
  });

  it('with JavaScript, the SVG and PNG buttons appear and download files', async () => {
    const page = await withJs.newPage();
    await page.goto(`${server.origin}/en/explainer/circles/`);
    const slot = page.locator('[id="fig-spectrum"]');
    const svgButton = slot.locator('[data-fig-download="svg"]');
    await svgButton.waitFor({ state: 'visible' });
    const [svgFile] = await Promise.all([page.waitForEvent('download'), svgButton.click()]);
    expect(svgFile.suggestedFilename()).toBe('fig-spectrum.svg');
    // The one export path (figure-export.ts, the lab's too): a document of its own, dark ink on white, Plot's stylesheet inside.
    const svgText = readFileSync((await svgFile.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg[^>]*\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toMatch(/^<svg[^>]*\sstyle="color:#1b1d21;font-family:[^"]+;background:#fff"/);
    expect(svgText).toMatch(/<style>[^<]*\.plot-/);
    const [pngFile] = await Promise.all([page.waitForEvent('download'), slot.locator('[data-fig-download="png"]').click()]);
    expect(pngFile.suggestedFilename()).toBe('fig-spectrum.png');
    const png = readFileSync((await pngFile.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });
});
