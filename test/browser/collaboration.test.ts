import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteBrowser } from '../support/site-browser';
import { makeConfig } from '../../src/lib/config';
import { initialParams, paramsToTorch } from '../../src/lib/params';
import { readCached } from '../../src/reference/cache';
import { hero } from '../../src/reference/manifest';
import { LAST_RUN_KEY } from '../../src/islands/training/last-run';

const errors: string[] = [];

const site = useSiteBrowser();

async function open(query = '', init?: () => void): Promise<Page> {
  const page = await site.browser.newPage();
  if (init) await page.addInitScript(init);
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.origin}/en/explainer/collaboration/${query}#widget-collaboration`);
  await page.locator('fittest-collaboration').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => (document.querySelector('fittest-collaboration') as HTMLElement | null)?.dataset.loss !== undefined);
  return page;
}

const loss = (page: Page) => page.evaluate(() => Number((document.querySelector('fittest-collaboration') as HTMLElement).dataset.loss));

describe('collaboration widget (section 6)', () => {
  it('re-evaluates the trained network as circles are kept or dropped, and keeps the choice in the URL', async () => {
    const page = await open();
    const survivors = await loss(page);
    expect(survivors).toBeLessThan(0.01);
    await page.getByRole('button', { name: 'None' }).click();
    await page.waitForFunction((l) => Number((document.querySelector('fittest-collaboration') as HTMLElement).dataset.loss) !== l, survivors);
    const none = await loss(page);
    expect(none).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('collab.keep')).toBe('');
    await page.getByRole('button', { name: 'All survivors' }).click();
    await page.waitForFunction((l) => Number((document.querySelector('fittest-collaboration') as HTMLElement).dataset.loss) < l, none);
    expect(await loss(page)).toBeCloseTo(survivors, 12);
    // One checkbox by keyboard: focus it and press space.
    const first = page.locator('fittest-collaboration input[type=checkbox]:checked').first();
    await first.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((l) => Number((document.querySelector('fittest-collaboration') as HTMLElement).dataset.loss) > 10 * l, survivors);
    const kept = new URL(page.url()).searchParams.get('collab.keep')!;
    await page.reload();
    await page.waitForFunction(() => (document.querySelector('fittest-collaboration') as HTMLElement | null)?.dataset.loss !== undefined);
    const checked = await page.$$eval('fittest-collaboration input[type=checkbox]:checked', (xs) => xs.map((x) => (x as HTMLInputElement).value).join(','));
    expect(checked.split(',').sort()).toEqual(kept.split(',').sort());
    await page.close();
  });

  it('shows a notice for link values that are not circles, and never renders them as markup', async () => {
    const page = await open('?collab.keep=6,%3Cimg%20src%3Dx%3E,99');
    const notices = await page.locator('fittest-collaboration [data-notices] li').allTextContents();
    expect(notices).toHaveLength(2);
    expect(notices.join(' ')).toContain('<img src=x>');
    expect(await page.locator('fittest-collaboration img').count()).toBe(0);
    expect(await page.$$eval('fittest-collaboration [data-grid] input:checked', (xs) => xs.map((x) => (x as HTMLInputElement).value))).toEqual(['6']);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('uses the reader’s latest lab run from this browser: its own p, its own circles, the link names it', async () => {
    const config = makeConfig({ p: 13, d: 8, seed: 4, steps: 100 });
    const saved = JSON.stringify({
      version: 1,
      config,
      step: 100,
      finalParameters: paramsToTorch(initialParams(config)),
      circles: [],
      savedAt: '2026-11-29T00:00:00Z',
    });
    const page = await site.browser.newPage();
    await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [LAST_RUN_KEY, saved]);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/en/explainer/collaboration/?collab.model=lab#widget-collaboration`);
    await page.locator('fittest-collaboration').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('fittest-collaboration') as HTMLElement | null)?.dataset.model === 'lab');
    expect(await page.locator('fittest-collaboration [data-grid] input[type=checkbox]').count()).toBe(6);
    expect(await page.locator('fittest-collaboration [data-source]').textContent()).toContain('your lab run (seed 4) after 100 steps (p = 13, d = 8)');
    expect(Number.isFinite(await loss(page))).toBe(true);
    await page.getByRole('button', { name: 'Every frequency' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('collab.keep') === '1,2,3,4,5,6');
    expect(new URL(page.url()).searchParams.get('collab.model')).toBe('lab');
    // Back to the reference model: 29 boxes, its survivors ticked, the link no longer names a model.
    await page.getByLabel(/Our engine’s reference run/).check();
    await page.waitForFunction(() => (document.querySelector('fittest-collaboration') as HTMLElement).dataset.model === 'ref');
    expect(await page.locator('fittest-collaboration [data-grid] input[type=checkbox]').count()).toBe(29);
    await page.waitForFunction(() => Number((document.querySelector('fittest-collaboration') as HTMLElement).dataset.loss) < 0.01);
    expect(new URL(page.url()).searchParams.get('collab.model')).toBeNull();
    await page.close();
    expect(errors).toEqual([]);
  });

  it('says so when the link asks for a lab run this browser does not have, or an unknown model', async () => {
    const page = await open('?collab.model=lab');
    expect(await page.locator('fittest-collaboration [data-notices] li').allTextContents()).toEqual([expect.stringContaining('none saved')]);
    expect(await page.evaluate(() => (document.querySelector('fittest-collaboration') as HTMLElement).dataset.model)).toBe('ref');
    await page.goto(`${site.origin}/en/explainer/collaboration/?collab.model=%3Cb%3Ex%3C%2Fb%3E#widget-collaboration`);
    await page.waitForFunction(() => (document.querySelector('fittest-collaboration') as HTMLElement | null)?.dataset.loss !== undefined);
    const notices = await page.locator('fittest-collaboration [data-notices] li').allTextContents();
    expect(notices.join(' ')).toContain('<b>x</b>');
    expect(await page.locator('fittest-collaboration [data-notices] b').count()).toBe(0);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('loads a run file: the hero run as a file gives the reference’s loss; a broken file is refused with a notice', async () => {
    const run = readCached(hero)!;
    const page = await open();
    const ref = await loss(page);
    const input = page.locator('fittest-collaboration input[type=file]');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"config": {"p": 13}}') });
    await page.waitForFunction(() => document.querySelectorAll('fittest-collaboration [data-notices] li').length === 1);
    expect(await page.locator('fittest-collaboration [data-notices] li').textContent()).toContain('no final parameters');
    const file = JSON.stringify({ config: run.config, steps: run.steps, finalParameters: run.finalParameters });
    await input.setInputFiles({ name: 'my-run.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForFunction(() => (document.querySelector('fittest-collaboration') as HTMLElement).dataset.model === 'file');
    await page.waitForFunction(
      (r) => Math.abs(Number((document.querySelector('fittest-collaboration') as HTMLElement).dataset.loss) - r) < 1e-6 * Math.max(1, r),
      ref,
    );
    expect(await page.locator('fittest-collaboration [data-source]').textContent()).toContain('the run file “my-run.json”');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('end to end: a run trained in the lab opens in the collaboration widget', async () => {
    const page = await site.browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/en/lab/?lab.p=13&lab.d=8&lab.steps=30&lab.backend=wasm`);
    await page.waitForSelector('fittest-lab[data-ready="true"]');
    await page.waitForSelector('fittest-lab [data-role="badge"][data-backend]', { timeout: 60_000 });
    await page.click('fittest-lab [data-action="toggle"]');
    await page.waitForSelector('fittest-lab[data-saved-step="30"]', { timeout: 90_000 });
    await page.goto(`${site.origin}/en/explainer/collaboration/?collab.model=lab#widget-collaboration`);
    await page.locator('fittest-collaboration').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => (document.querySelector('fittest-collaboration') as HTMLElement | null)?.dataset.model === 'lab');
    expect(await page.locator('fittest-collaboration [data-source]').textContent()).toContain('after 30 steps (p = 13, d = 8)');
    expect(await page.locator('fittest-collaboration [data-grid] input[type=checkbox]').count()).toBe(6);
    expect(Number.isFinite(await loss(page))).toBe(true);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('draws the result beside the grid (wide) or on screen under it (phone), as bars against chance with a text alternative', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const context = await site.browser.newContext({ viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${site.origin}/en/explainer/collaboration/?collab.keep=6,24#widget-collaboration`);
      await page.locator('fittest-collaboration').scrollIntoViewIfNeeded();
      await page.waitForFunction(() => (document.querySelector('fittest-collaboration') as HTMLElement | null)?.dataset.loss !== undefined);
      const acc = page.locator('fittest-collaboration [data-meter="acc"]');
      const label = (await acc.getAttribute('aria-label'))!;
      expect(await acc.getAttribute('role')).toBe('img');
      expect(label).toMatch(/^Accuracy \d+\.\d%; chance level 1\/p = 1\.7% \(p = 59\)\.$/);
      const accuracy = Number(/Accuracy ([\d.]+)%/.exec(label)![1]);
      // The bar is as long as the accuracy, the chance tick sits at 1/p of the track.
      const geometry = await acc.evaluate((el) => {
        const track = el.querySelector('.collab__track')!.getBoundingClientRect();
        const fill = el.querySelector('[data-fill]')!.getBoundingClientRect();
        const tick = el.querySelector('[data-chance]')!.getBoundingClientRect();
        return { fill: fill.width / track.width, tick: (tick.left + tick.width / 2 - track.left) / track.width };
      });
      expect(geometry.fill).toBeCloseTo(accuracy / 100, 1);
      expect(geometry.tick).toBeCloseTo(1 / 59, 1);
      expect(await page.locator('fittest-collaboration [data-meter="loss"]').getAttribute('aria-label')).toContain('a uniform guess scores ln p = 4.08');
      // Tick a box in the middle of the grid: the readout is on screen and has changed.
      const before = label;
      const box = page.locator('fittest-collaboration [data-grid] input[value="15"]');
      await box.scrollIntoViewIfNeeded();
      await box.check();
      await page.waitForFunction((l) => document.querySelector('fittest-collaboration [data-meter="acc"]')!.getAttribute('aria-label') !== l, before);
      const boxes = await page.evaluate(() => {
        const r = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().toJSON() as DOMRect;
        return {
          grid: r('fittest-collaboration [data-grid]'),
          readout: r('fittest-collaboration .collab__readout'),
          box: r('fittest-collaboration [data-grid] input[value="15"]'),
          vh: innerHeight,
        };
      });
      expect(boxes.readout.top, 'readout on screen').toBeGreaterThanOrEqual(0);
      expect(boxes.readout.bottom, 'readout on screen').toBeLessThanOrEqual(boxes.vh + 1);
      expect(boxes.box.bottom, 'the ticked box is not hidden behind the readout').toBeLessThanOrEqual(
        boxes.readout.top + (viewport.width > 1000 ? boxes.vh : 0),
      );
      if (viewport.width > 1000) expect(boxes.readout.left, 'readout beside the grid').toBeGreaterThanOrEqual(boxes.grid.right);
      await context.close();
    }
    expect(errors).toEqual([]);
  });
});
