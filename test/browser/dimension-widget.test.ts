import { describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../support/site-browser';


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
    expect(await widget.locator('[data-lab]').getAttribute('href')).toContain(`lab.d=${d}&`);
    expect(await widget.locator('[data-runs] li').count()).toBeGreaterThan(0);
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
