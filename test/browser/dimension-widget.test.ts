import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteBrowser } from '../support/site-browser';
import { readLabState } from '../../src/lib/state/lab';

const site = useSiteBrowser();

describe('dimension widget (section 4)', () => {
  it('the slider (keyboard) changes the dimension, the per-run readout and the lab link', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${site.origin}/en/explainer/dimension/#widget-dimension`);
    const widget = page.locator('fittest-dimension');
    await page.waitForFunction(() => (document.querySelector('fittest-dimension') as HTMLElement | null)?.dataset.live !== undefined);
    const before = await widget.locator('[data-summary]').textContent();
    expect(before).toMatch(/At d = 128, our \d+ reference runs kept/);
    expect(await widget.locator('[data-lab]').getAttribute('href')).toContain('lab.d=128');
    await widget.locator('[data-slider]').focus();
    await page.keyboard.press('Home');
    const after = await widget.locator('[data-summary]').textContent();
    expect(after).not.toBe(before);
    const d = await widget.locator('[data-out]').textContent();
    expect(after).toContain(`At d = ${d},`);
    const href = new URL((await widget.locator('[data-lab]').getAttribute('href'))!, site.origin);
    expect(href.searchParams.get('lab.d')).toBe(d);
    expect(await widget.locator('[data-runs] li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is a figure: the chosen d is highlighted on the sweep, its spectrum and (at d = 128) its planes are shown, the lab link opens that d', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/en/explainer/dimension/?dim.d=32#widget-dimension`);
    await page.waitForFunction(() => (document.querySelector('fittest-dimension') as HTMLElement | null)?.dataset.live !== undefined);
    const groups: { d: number; runs: { seed: number; circles: number[] }[] }[] = JSON.parse(
      (await page.locator('fittest-dimension').getAttribute('data-groups'))!,
    );
    const state = (p: Page) =>
      p.evaluate(() => {
        const w = document.querySelector('fittest-dimension')!;
        const shown = (sel: string, attr: string) =>
          [...w.querySelectorAll<HTMLElement>(sel)].filter((e) => !e.hidden && e.getBoundingClientRect().height > 0).map((e) => e.getAttribute(attr));
        return {
          highlights: [...w.querySelectorAll('[data-sweep] g.dim-hl')]
            .filter((g) => g.getAttribute('display') !== 'none' && g.getBoundingClientRect().height > 0)
            .map((g) => g.getAttribute('class')),
          spectra: shown('[data-spectrum-d]', 'data-spectrum-d'),
          planes: shown('[data-planes-d]', 'data-planes-d'),
          none: !(w.querySelector('[data-planes-none]') as HTMLElement).hidden,
          href: w.querySelector<HTMLAnchorElement>('[data-lab]')!.href,
        };
      });
    let s = await state(page);
    expect(s.highlights).toEqual(['dim-hl dim-hl-32', 'dim-hl dim-hl-32', 'dim-hl dim-hl-32']);
    expect(s.spectra).toEqual(['32']);
    expect(s.planes).toEqual([]);
    expect(s.none).toBe(true);
    const lab = readLabState(new URL(s.href).search);
    expect(lab.notices).toEqual([]);
    expect([lab.state.p, lab.state.d, lab.state.steps]).toEqual([59, 32, 3000]);
    expect(groups.find((g) => g.d === 32)!.runs.map((r) => r.seed)).not.toContain(lab.state.seed);
    // The sweep chart and the spectrum sit side by side at 1440 px.
    const boxes = await page.evaluate(() => {
      const r = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      return { sweep: r('fittest-dimension [data-sweep]').toJSON(), spectrum: r('fittest-dimension [data-spectrum-d="32"]').toJSON() };
    });
    expect(boxes.spectrum.left).toBeGreaterThanOrEqual(boxes.sweep.right - 1);
    // The spectrum of d = 32 colours as many bars as its first run kept circles.
    const first = groups.find((g) => g.d === 32)!.runs[0]!;
    expect(await page.locator('fittest-dimension [data-spectrum-d="32"] > [role="group"]').getAttribute('aria-label')).toContain(
      `the ${first.circles.length} survivors in colour`,
    );
    // To d = 128: the highlight follows, and the planes of the cached embedding appear.
    const widths = groups.map((g) => g.d);
    await page.locator('fittest-dimension [data-slider]').evaluate((el, i) => {
      (el as HTMLInputElement).value = String(i);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, widths.indexOf(128));
    s = await state(page);
    expect(s.highlights).toEqual(['dim-hl dim-hl-128', 'dim-hl dim-hl-128', 'dim-hl dim-hl-128']);
    expect(s.spectra).toEqual(['128']);
    expect(s.planes).toEqual(['128']);
    expect(s.none).toBe(false);
    expect(new URL(page.url()).searchParams.get('dim.d')).toBe(null); // the default is not written
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript the readout and the full table are there', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${site.origin}/ja/explainer/dimension/`);
    const text = await page.locator('fittest-dimension').textContent();
    expect(text).toContain('d = 128');
    expect(await page.locator('fittest-dimension table tbody tr').count()).toBeGreaterThanOrEqual(5);
    await ctx.close();
  });
});
