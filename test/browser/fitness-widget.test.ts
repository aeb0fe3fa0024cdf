// The fitness widget (section 5) on the production build: short paired runs train in the page
// on wasm, the nudged run first; S_k of the nudged run and its twin is drawn while they train;
// the verdicts, table and figures update; the default plan's time to its first verdict is
// measured and logged (not asserted: the machine's speed varies); the state round-trips through
// the URL and across the language switch; bad links get notices (as text); training pauses while
// the widget is off-screen; with neither WebGL nor WebAssembly it trains nothing silently on the
// slow CPU engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useSiteBrowser } from '../support/site-browser';
import { launchChromium } from '../support/chromium';
import { AxeBuilder } from '@axe-core/playwright';

const site = useSiteBrowser();

async function open(query: string, lang = 'en'): Promise<{ page: Page; errors: string[] }> {
  // A context per page: axe needs one it can own.
  const page = await (await site.browser.newContext({ viewport: { width: 1000, height: 900 } })).newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.origin}/${lang}/explainer/fitness/${query}#widget-perturbation`);
  await page.locator('fittest-fitness').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement | null)?.dataset.ready === 'true');
  return { page, errors };
}

const attr = (page: Page, name: string) => page.evaluate((n) => (document.querySelector('fittest-fitness') as HTMLElement).dataset[n] ?? null, name);

describe('fitness widget (section 5)', () => {
  it('shows the reference figures before anything trains, and downloads no engine until Train is pressed', async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.origin}/en/explainer/fitness/#widget-perturbation`);
    const widget = page.locator('fittest-fitness');
    await widget.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement | null)?.dataset.ready === 'true');
    expect(await widget.locator('[data-plot="rate"] svg').count()).toBeGreaterThan(0);
    expect(await widget.locator('[data-plot="gradient"] svg').count()).toBeGreaterThan(0);
    // S_k over steps: the reference runs of the default setting and a sentence saying what will appear.
    const trace = widget.locator('[data-plot="trace"]');
    expect(await trace.locator('svg[aria-label]').count()).toBe(1);
    expect(await trace.textContent()).toContain('Press Train');
    expect(Number(await trace.getAttribute('data-reference-runs'))).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(requests.filter((u) => /\.wasm$|tfjs|worker/i.test(u))).toEqual([]);
    await page.close();
  });

  it('fetches its reference data and Plot only once the reader nears it, not with the page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.origin}/en/explainer/fitness/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement | null)?.dataset.ready === 'true');
    // At the top of the page the widget is thousands of pixels away: its 100 KB of data can wait.
    expect(requests).not.toContain('/data/fitness.json');
    expect(requests.filter((u) => /\/fitness-figures\.[\w-]+\.js$/.test(u))).toEqual([]);
    await page.locator('fittest-fitness').scrollIntoViewIfNeeded();
    await expect.poll(() => requests.includes('/data/fitness.json')).toBe(true);
    // …and draws them: Plot arrives with the figures module and redraws the S_k plot in the page.
    await expect.poll(() => requests.some((u) => /\/fitness-figures\.[\w-]+\.js$/.test(u))).toBe(true);
    await page.close();
  });

  it('trains a nudged run, then its untouched twin, and reports k’s fate in text, table and the figures', async () => {
    const { page, errors } = await open('?fit.steps=60&fit.seeds=1&fit.k=6&fit.alpha=1.5&fit.backend=wasm');
    const widget = page.locator('fittest-fitness');
    expect(await widget.locator('[data-plan]').textContent()).toContain('2 runs of 60 steps');
    await widget.getByRole('button', { name: 'Train' }).click();
    await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement).dataset.phase === 'done', null, { timeout: 120_000 });
    expect(await attr(page, 'runs')).toBe('2');
    expect(await attr(page, 'backend')).toBe('wasm');
    expect(await widget.locator('[data-badge]').textContent()).toContain('wasm');
    const rows = widget.locator('[data-rows] tr');
    expect(await rows.count()).toBe(2);
    const alphas = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[1]!.textContent));
    expect(alphas).toEqual(['1.5', '1']);
    // The nudged run starts k = 6 with 1.5 × the initial signal of its twin (same embedding).
    const s0 = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[3]!.textContent)));
    expect(s0[0]! / s0[1]!).toBeCloseTo(1.5, 2);
    // Both runs' S_6 over all 60 steps, nudged and twin, and no reference (k = 6 has none).
    const trace = widget.locator('[data-plot="trace"]');
    expect(await trace.getAttribute('data-reader-runs')).toBe('2');
    expect(Number(await trace.getAttribute('data-reader-points'))).toBe(2 * 61);
    expect(await trace.getAttribute('data-reference-runs')).toBe('0');
    expect(await trace.textContent()).toContain('your nudged run');
    expect(await trace.textContent()).toContain('its untouched twin');
    const tallies = await widget.locator('[data-tallies] li').allTextContents();
    expect(tallies).toHaveLength(2);
    expect(tallies[0]).toMatch(/k = 6 was a circle at the last step in [01] of 1 untouched runs/);
    expect(tallies[1]).toMatch(/k = 6 was a circle at the last step in [01] of 1 runs with α = 1.5/);
    // The final status line puts the pair's S_6 side by side, as the table has them.
    const sLast = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.children[4]!.textContent).toFixed(1)));
    expect(await widget.locator('[data-status]').textContent()).toContain(
      `Seed 0 at step 60: S of k = 6 is ${sLast[0]} in the nudged run and ${sLast[1]} in its twin.`,
    );
    expect(Number(await widget.locator('[data-plot="rate"]').getAttribute('data-reader-points'))).toBe(58);
    expect(Number(await widget.locator('[data-plot="gradient"]').getAttribute('data-reader-points'))).toBe(58);
    expect(await widget.locator('[data-plot="rate"]').textContent()).toContain('k = 6');
    expect(await widget.locator('[data-status]').textContent()).toContain('All 2 runs have finished');
    // Accessible with the reader's runs drawn: labelled controls, table headers, named charts.
    const axe = await new AxeBuilder({ page }).include('#widget-perturbation').analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
    expect(bad).toEqual([]);
    // Pressing Train again has nothing left to do; Clear empties the results and redraws the reference alone.
    await widget.getByRole('button', { name: 'Clear results' }).click();
    expect(await attr(page, 'runs')).toBe('0');
    await page.waitForFunction(() => document.querySelector('fittest-fitness [data-plot="rate"]')?.getAttribute('data-reader-points') === '0');
    await page.waitForFunction(() => document.querySelector('fittest-fitness [data-plot="trace"]')?.getAttribute('data-reader-runs') === '0');
    expect(await widget.locator('[data-plot="trace"]').textContent()).toContain('Press Train');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('default plan: the nudged run trains first, S_k is drawn while it trains, and the first verdict’s time is logged', async () => {
    const { page, errors } = await open('');
    const widget = page.locator('fittest-fitness');
    const trace = widget.locator('[data-plot="trace"]');
    const points = async () => Number(await trace.getAttribute('data-reader-points'));
    const t0 = Date.now();
    await widget.getByRole('button', { name: 'Train' }).click();
    // While the first run trains (no verdict yet), its line grows.
    await page.waitForFunction(() => Number(document.querySelector('fittest-fitness [data-plot="trace"]')?.getAttribute('data-reader-points')) > 0, null, {
      timeout: 60_000,
    });
    expect(Number((await attr(page, 'runs')) ?? 0)).toBe(0);
    expect(await trace.getAttribute('data-reader-runs')).toBe('1');
    const early = await points();
    await page.waitForFunction((n) => Number(document.querySelector('fittest-fitness [data-plot="trace"]')?.getAttribute('data-reader-points')) > n, early, {
      timeout: 60_000,
    });
    // One line so far, labelled at its tip; the legend names both lines from the start.
    const tipLabels = async () => ((await trace.locator('svg[aria-label]').textContent()) ?? '').split('seed 0').length - 1;
    expect(await tipLabels()).toBe(1);
    expect(await trace.textContent()).toContain('your nudged run');
    await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement).dataset.runs === '1', null, { timeout: 120_000 });
    const firstVerdictMs = Date.now() - t0;
    const backend = await attr(page, 'backend');
    const plan = await widget.locator('[data-plan]').textContent();
    console.log(`[fitness] default plan: first verdict ${(firstVerdictMs / 1000).toFixed(1)} s after pressing Train (backend ${backend}; ${plan})`);
    // The first result is the reader's nudge, not its twin.
    const first = widget.locator('[data-rows] tr').first();
    expect(await first.locator('td').first().textContent()).toBe('1.15');
    // Its verdict stays in view, in the status line while the twin trains and in the tallies.
    // At step 150 no frequency is a circle yet in our runs, and the sentence says so rather than calling k dead.
    expect(await widget.locator('[data-status]').textContent()).toMatch(
      /Run 1 of 4 finished: at step 150 (no frequency is a circle yet, so it is too early to say whether k = 25 survives; its signal S went from \d+\.\d to \d+\.\d\.|, k = 25 is (one of the circles|not a circle)\.)/,
    );
    expect(await widget.locator('[data-tallies] li').allTextContents()).toEqual([
      expect.stringMatching(/^k = 25 was a circle at the last step in [01] of 1 runs with α = 1.15\.$/),
    ]);
    // Then the twin's line appears beside it while the twin trains.
    await page.waitForFunction(() => document.querySelector('fittest-fitness [data-plot="trace"]')?.getAttribute('data-reader-runs') === '2', null, {
      timeout: 60_000,
    });
    expect(await attr(page, 'runs')).toBe('1');
    await expect.poll(tipLabels).toBe(2);
    await widget.getByRole('button', { name: 'Pause' }).click();
    await widget.getByRole('button', { name: 'Clear results' }).click();
    expect(await attr(page, 'phase')).toBe('idle');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps every setting across the language switch, both ways', async () => {
    const { page, errors } = await open('?fit.k=12&fit.alpha=1.3&fit.backend=wasm');
    const widget = page.locator('fittest-fitness');
    // A setting changed after the page loaded (written with replaceState) travels too.
    await widget.locator('[data-field="steps"]').fill('400');
    await widget.locator('[data-field="steps"]').press('Tab');
    await widget.locator('[data-field="control"]').uncheck();
    await page.click('a[data-lang-switch]');
    await page.waitForURL(/\/ja\/explainer\/fitness\//);
    await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement | null)?.dataset.ready === 'true');
    const expectSettings = async () => {
      const url = new URL(page.url());
      expect(url.hash).toBe('#widget-perturbation');
      expect(Object.fromEntries([...url.searchParams].filter(([k]) => k.startsWith('fit.')))).toEqual({
        'fit.k': '12',
        'fit.alpha': '1.3',
        'fit.steps': '400',
        'fit.control': '0',
        'fit.backend': 'wasm',
      });
      expect(await widget.locator('[data-field="k"]').inputValue()).toBe('12');
      expect(await widget.locator('[data-field="alpha"]').inputValue()).toBe('1.3');
      expect(await widget.locator('[data-field="steps"]').inputValue()).toBe('400');
      expect(await widget.locator('[data-field="control"]').isChecked()).toBe(false);
      expect(await widget.locator('[data-field="backend"]').inputValue()).toBe('wasm');
      expect(await widget.locator('[data-notices] li').count()).toBe(0);
    };
    await expectSettings();
    expect(await widget.locator('[data-plan]').textContent()).toContain('400 ステップ');
    await widget.locator('[data-field="k"]').fill('13');
    await widget.locator('[data-field="k"]').press('Tab');
    await page.click('a[data-lang-switch]');
    await page.waitForURL(/\/en\/explainer\/fitness\//);
    await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement | null)?.dataset.ready === 'true');
    expect(await widget.locator('[data-field="k"]').inputValue()).toBe('13');
    expect(await widget.locator('[data-field="steps"]').inputValue()).toBe('400');
    expect(await widget.locator('[data-field="control"]').isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its state in the URL and reads it back, with a text notice for each bad value', async () => {
    const { page, errors } = await open('?fit.k=99&fit.alpha=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&fit.seeds=-4&fit.what=1');
    const widget = page.locator('fittest-fitness');
    const notices = await widget.locator('[data-notices] li').allTextContents();
    expect(notices).toHaveLength(4);
    expect(notices.join(' ')).toContain('<img src=x onerror');
    expect(await widget.locator('[data-notices] img').count()).toBe(0);
    expect(await widget.locator('[data-field="k"]').inputValue()).toBe('29');
    expect(await widget.locator('[data-field="alpha"]').inputValue()).toBe('1.15');
    expect(await widget.locator('[data-field="seeds"]').inputValue()).toBe('1');
    // Editing a field writes the URL; a reload restores it.
    await widget.locator('[data-field="k"]').fill('12');
    await widget.locator('[data-field="k"]').press('Tab');
    await widget.locator('[data-field="control"]').uncheck();
    const url = new URL(page.url());
    expect(url.searchParams.get('fit.k')).toBe('12');
    expect(url.searchParams.get('fit.control')).toBe('0');
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement | null)?.dataset.ready === 'true');
    expect(await widget.locator('[data-field="k"]').inputValue()).toBe('12');
    expect(await widget.locator('[data-field="control"]').isChecked()).toBe(false);
    expect(await widget.locator('[data-notices] li').count()).toBe(0);
    // An out-of-range entry typed into the form snaps back to a valid value.
    await widget.locator('[data-field="alpha"]').fill('7');
    await widget.locator('[data-field="alpha"]').press('Tab');
    expect(await widget.locator('[data-field="alpha"]').inputValue()).toBe('2');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('pauses while scrolled off-screen and carries on when back; the Japanese page works too', async () => {
    const { page, errors } = await open('?fit.steps=3000&fit.seeds=1&fit.control=0&fit.backend=wasm', 'ja');
    const widget = page.locator('fittest-fitness');
    await widget.getByRole('button', { name: '学習する' }).click();
    await page.waitForFunction(() => /ステップ [1-9]/.test(document.querySelector('fittest-fitness [data-status]')?.textContent ?? ''), null, {
      timeout: 60_000,
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement).dataset.phase === 'paused');
    expect(await widget.locator('[data-status]').textContent()).toContain('画面外');
    const stepAt = async () => Number((await widget.locator('[data-progress]').getAttribute('value')) ?? 0);
    const frozen = await stepAt();
    await page.waitForTimeout(1500);
    expect(await stepAt()).toBeCloseTo(frozen, 6);
    await widget.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement).dataset.phase === 'running');
    await page.waitForFunction((v) => Number(document.querySelector('fittest-fitness [data-progress]')?.getAttribute('value')) > v, frozen);
    await widget.getByRole('button', { name: '結果を消去' }).click();
    expect(await attr(page, 'phase')).toBe('idle');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('fitness widget without WebGL and WebAssembly', () => {
  let noGl: Browser;
  beforeAll(async () => {
    // Without the software rasterizer there is no WebGL anywhere, workers' OffscreenCanvas included.
    noGl = await launchChromium({ webgl: false, extraArgs: ['--disable-software-rasterizer'] });
  });
  afterAll(async () => {
    await noGl?.close();
  });

  it('no silent CPU run: the reference figures, the reason, and an explicit choice of the slow engine, which then trains', async () => {
    // Service workers blocked: page.route cannot see requests a service worker answers.
    const context = await noGl.newContext({ viewport: { width: 1000, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    // As in lab-faults: the page loses the global and the wasm binaries cannot load, so the
    // worker's wasm backend fails to start, as where WebAssembly is blocked.
    const failed: string[] = [];
    await page.addInitScript(() => Reflect.deleteProperty(globalThis, 'WebAssembly'));
    await page.route('**/*.wasm', (r) => {
      failed.push(r.request().url());
      return r.abort();
    });
    await page.goto(`${site.origin}/en/explainer/fitness/?fit.steps=50&fit.seeds=1&fit.control=0#widget-perturbation`);
    const widget = page.locator('fittest-fitness');
    await widget.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement | null)?.dataset.ready === 'true');
    await widget.getByRole('button', { name: 'Train' }).click();
    // Before the fix the handshake never settled here: the widget sat in 'loading'.
    await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement).dataset.phase === 'off', null, { timeout: 120_000 });
    expect(failed.length).toBeGreaterThan(0);
    expect(await widget.locator('[data-status]').textContent()).toContain('neither WebGL nor WebAssembly');
    expect(await widget.locator('[data-plot="rate"] svg').count()).toBeGreaterThan(0);
    expect(await widget.locator('[data-plot="gradient"] svg').count()).toBeGreaterThan(0);
    expect(await widget.locator('[data-reference]').isVisible()).toBe(true);
    expect(await widget.locator('[data-action="train"]').isDisabled()).toBe(true);
    // No worker is left running a slow backend.
    await expect.poll(() => page.workers().length).toBe(0);
    const useCpu = widget.getByRole('button', { name: 'Train on the slow CPU engine anyway' });
    expect(await useCpu.isVisible()).toBe(true);
    await useCpu.click();
    expect(new URL(page.url()).searchParams.get('fit.backend')).toBe('cpu');
    await page.waitForFunction(() => (document.querySelector('fittest-fitness') as HTMLElement).dataset.backend === 'cpu', null, { timeout: 120_000 });
    expect(await useCpu.isVisible()).toBe(false);
    // One update on the CPU engine is enough to show it trains (a whole run takes about a minute).
    await expect.poll(async () => (await widget.locator('[data-status]').textContent()) ?? '', { timeout: 120_000 }).toMatch(/step [1-9]\d* of 50/);
    expect(await attr(page, 'phase')).toBe('running');
    await widget.getByRole('button', { name: 'Clear results' }).click();
    expect(await attr(page, 'phase')).toBe('idle');
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    await context.close();
  });
});
