// Section 7's islands on the production build: the two-species sliders and the circles' ODE
// widget (refit, cell edit, URL round trip, bad-URL notice, blow-up message), accessibility of
// the section, and the page without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from '../support/chromium';
import { serveStatic, type StaticServer } from '../support/static-server';

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');
const PATH = '/en/explainer/lotka-volterra/';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  expect(existsSync(join(DIST, PATH, 'index.html')), `${PATH} is not in dist/: run \`npm run build\` first`).toBe(true);
  server = await serveStatic(DIST);
  browser = await launchChromium({ webgl: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Open the section and bring the widget near the viewport (its code loads only then). */
async function openPage(query = '', tag = 'ode-circle-ode'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}${PATH}${query}`);
  await page.locator(tag).scrollIntoViewIfNeeded();
  return { page, errors };
}

async function setRange(page: Page, selector: string, value: string | number): Promise<void> {
  await page.locator(selector).evaluate((el, v) => {
    (el as HTMLInputElement).value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

const ready = (page: Page, alpha: string) =>
  page.waitForSelector(`ode-circle-ode[data-ready][data-fit-alpha="${alpha}"]:not([data-busy])`, { timeout: 120_000 });

describe('two species', () => {
  it('sliders redraw both plots and the verdict, without console errors', async () => {
    const { page, errors } = await openPage('', 'ode-two-species');
    const w = page.locator('ode-two-species');
    await expect.poll(() => w.locator('[data-controls]').isVisible()).toBe(true);
    const before = await w.locator('[data-plot="phase"]').innerHTML();
    const verdictBefore = await w.locator('[data-verdict]').textContent();
    expect(verdictBefore).toMatch(/bistab/);
    await setRange(page, 'ode-two-species input[name="a12"]', 0.5);
    await setRange(page, 'ode-two-species input[name="a21"]', 0.5);
    await expect.poll(() => w.locator('[data-verdict]').textContent()).toMatch(/both persist/);
    expect(await w.locator('[data-plot="phase"]').innerHTML()).not.toBe(before);
    expect(await w.locator('[data-present]').textContent()).toMatch(/both species/);
    expect(await w.locator('output[data-out="a12"]').textContent()).toBe('0.5');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('circles ODE widget', () => {
  it('refits for a new α, edits a cell, and keeps the state in the URL across a reload', async () => {
    const { page, errors } = await openPage('#widget-circle-ode');
    const w = page.locator('ode-circle-ode');
    await ready(page, '0.01');
    const titleLasso = await w.locator('[data-matrix-title]').textContent();
    expect(await w.locator('[data-panels] svg').count()).toBeGreaterThanOrEqual(3);

    // α → 0.1 (slider stop 7): the worker refits, the matrix becomes sparser.
    await setRange(page, 'ode-circle-ode [data-alpha]', 7);
    await ready(page, '0.1');
    expect(await w.locator('[data-matrix-title]').textContent()).not.toBe(titleLasso);
    expect(new URL(page.url()).searchParams.get('ode.alpha')).toBe('0.1');

    // Click cell (4, 6), type a coefficient, apply: the panels re-solve. Row 4 is a shown panel and
    // 6 a survivor, so the edit must move a drawn path (the panels' ids are stable across redraws:
    // only a real change in the drawing makes the markup differ).
    const panelsBefore = await w.locator('[data-panels]').innerHTML();
    await w
      .locator('[data-matrix] g[data-mark="cell"] rect')
      .nth(3 * 29 + 5)
      .click();
    const input = w.locator('[data-edit-form] input[name="value"]');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('value');
    expect(await w.locator('[data-edit-form] select[name="i"]').inputValue()).toBe('4');
    expect(await w.locator('[data-edit-form] select[name="j"]').inputValue()).toBe('6');
    await input.fill('-0.02');
    await input.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('ode.edit')).toBe('4,6:-0.02');
    expect(await w.locator('[data-edits]').textContent()).toContain('A[4, 6] = -0.02');
    expect(await w.locator('[data-panels]').innerHTML()).not.toBe(panelsBefore);

    // Shown frequencies are kept too.
    await w.locator('[data-freqs] input[value="2"]').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('ode.k')).toMatch(/(^|,)2(,|$)/);
    const shown = new URL(page.url()).searchParams.get('ode.k')!;

    await page.reload();
    await ready(page, '0.1');
    expect(await w.locator('[data-alpha]').inputValue()).toBe('7');
    expect(await w.locator('[data-edits]').textContent()).toContain('A[4, 6] = -0.02');
    expect(await w.locator('[data-panels] .ode-panel').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.k).join(','))).toBe(shown);
    expect(await w.locator('[data-notice]').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a refit shows that it is busy, leaves the page responsive, and then says what the fit means (the solver in a closed <details>)', async () => {
    const { page, errors } = await openPage('#widget-circle-ode');
    const w = page.locator('ode-circle-ode');
    await ready(page, '0.01');
    const status = w.locator('[data-status]');
    expect(await status.textContent()).toMatch(/one-step R² = 0\.\d\d, where 1 would mean .* It keeps \d+ of the 841 possible influences/);
    expect(await status.textContent()).not.toMatch(/coordinate descent|scikit/i);
    expect(await w.locator('details.ode-how').getAttribute('open')).toBe(null);
    expect(await w.locator('[data-how]').textContent()).toMatch(/coordinate descent with scikit-learn’s defaults/);
    // α = 0.002 is not precomputed: the worker fits it (seconds) while the page keeps painting frames.
    await setRange(page, 'ode-circle-ode [data-alpha]', 2);
    await page.waitForSelector('ode-circle-ode[data-busy]');
    expect(await status.textContent()).toContain('Refitting the model for α = 0.002');
    expect(await w.locator('[data-live]').getAttribute('aria-busy')).toBe('true');
    const spinner = await status.evaluate((el) => getComputedStyle(el, '::before').borderTopColor);
    expect(spinner).not.toBe('');
    expect(await w.locator('[data-matrix]').evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(1);
    // Ten animation frames while busy: none of them waits on the fit.
    const gaps = await page.evaluate(async () => {
      const out: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 10 && document.querySelector('ode-circle-ode[data-busy]'); i++) {
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        out.push(now - last);
        last = now;
      }
      return out;
    });
    expect(Math.max(...gaps)).toBeLessThan(250);
    await ready(page, '0.002');
    expect(await w.locator('[data-live]').getAttribute('aria-busy')).toBe('false');
    expect(await w.locator('[data-how]').textContent()).toMatch(/fitted in your browser, in a background worker, in \d+ ms/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pickers and buttons look like the site’s controls; the panels’ S_k label clears the top tick', async () => {
    const { page } = await openPage('#widget-circle-ode');
    await ready(page, '0.01');
    const w = page.locator('ode-circle-ode');
    for (const sel of ['[data-edit-form] select[name="i"]', '[data-edit-form] button[type="submit"]', '[data-clear]', '[data-x0-form] input[name="value"]']) {
      const style = await w.locator(sel).evaluate((el) => {
        const cs = getComputedStyle(el);
        return { radius: parseFloat(cs.borderTopLeftRadius), height: el.getBoundingClientRect().height, font: cs.fontFamily };
      });
      expect(style.radius, sel).toBeGreaterThanOrEqual(4);
      expect(style.height, sel).toBeGreaterThanOrEqual(34);
      expect(style.font, sel).toBe(await page.evaluate(() => getComputedStyle(document.body).fontFamily));
    }
    // In every panel the y-axis label (↑ S_k) overlaps none of the tick numbers.
    const overlaps = await w.locator('[data-panels] svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const texts = [...svg.querySelectorAll('text')];
        const label = texts.find((t) => /S_\d+/.test(t.textContent ?? ''));
        if (!label) return ['no S_k label'];
        const a = label.getBoundingClientRect();
        return texts
          .filter((t) => t !== label && /^\d/.test(t.textContent ?? ''))
          .filter((t) => {
            const b = t.getBoundingClientRect();
            return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          })
          .map((t) => `${label.textContent} over ${t.textContent}`);
      }),
    );
    expect(overlaps).toEqual([]);
    await page.context().close();
  });

  it('keyboard: arrows read coefficients with the meaning of their sign', async () => {
    const { page } = await openPage();
    await ready(page, '0.01');
    await page.locator('ode-circle-ode [data-matrix]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('ode-circle-ode [data-readout]').textContent()).toMatch(/^A\[2, 2\] = .* — (negative|positive|zero)/);
    await page.context().close();
  });

  it('a bad URL value shows a notice and the widget still works', async () => {
    const { page, errors } = await openPage('?ode.alpha=banana&ode.edit=99,1:5;1,1:7&ode.k=1,2,x');
    await ready(page, '0.01');
    const notice = page.locator('ode-circle-ode [data-notice]');
    expect(await notice.isVisible()).toBe(true);
    const text = await notice.textContent();
    expect(text).toContain('banana');
    expect(text).toContain('99,1:5');
    expect(text).toMatch(/1,1:7.*out of range/);
    expect(await page.locator('ode-circle-ode [data-edits]').textContent()).toContain('A[1, 1] = 1');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an exploding edit shows the numerics message instead of freezing', async () => {
    const { page } = await openPage('?ode.edit=1,1:1;2,2:1');
    await ready(page, '0.01');
    const error = page.locator('ode-circle-ode [data-error]');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toMatch(/overflow|unstable/i);
    expect(await page.locator('ode-circle-ode [data-stability]').textContent()).toMatch(/unstable/);
    // Still responsive: undo the edits and the message goes away.
    await page.locator('ode-circle-ode [data-clear]').click();
    await expect.poll(() => error.isHidden()).toBe(true);
    await page.context().close();
  });

  it('axe: no serious or critical violations in the section’s figures and widgets', async () => {
    const { page } = await openPage();
    await ready(page, '0.01');
    await expect.poll(() => page.locator('ode-two-species [data-controls]').isVisible()).toBe(true);
    const result = await new AxeBuilder({ page })
      .include('#widget-two-species')
      .include('#widget-circle-ode')
      .include('#fig-ode-fit')
      .include('#fig-interaction-matrix')
      .exclude('.katex-html')
      .analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
    expect(bad).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('shows the equations and static figures, and says the live part needs JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${PATH}`);
    for (const id of ['widget-two-species', 'widget-circle-ode']) {
      const slot = page.locator(`#${id}`);
      expect(await slot.locator('.katex').count()).toBeGreaterThan(0);
      expect(await slot.locator('[data-needs-js]').isVisible()).toBe(true);
      expect(await slot.locator('[data-needs-js]').textContent()).toMatch(/JavaScript/);
    }
    expect(await page.locator('#widget-two-species [data-plot="phase"] svg').count()).toBe(1);
    // The matrix in both layouts (desktop and phone), each with all 29 × 29 cells, one of them displayed.
    for (const layout of ['wide', 'narrow'])
      expect(await page.locator(`#fig-interaction-matrix .chart-layout--${layout} svg g[data-mark="cell"] rect`).count()).toBe(841);
    expect(await page.locator('#fig-interaction-matrix .chart-layouts svg:visible').count()).toBe(1);
    expect(await page.locator('#fig-ode-fit svg').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('#widget-circle-ode [data-live]').isHidden()).toBe(true);
    await context.close();
  });
});
