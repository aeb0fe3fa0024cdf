/**
 * The fixture most browser suites share: one static server for the production build and one
 * Chromium for the whole file, started in beforeAll and closed in afterAll.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveStatic, type StaticServer } from './static-server';
import { DIST } from './built-pages';

export interface SiteBrowser {
  readonly browser: Browser;
  readonly origin: string;
}

export function useSiteBrowser(options: { webgl?: boolean } = {}): SiteBrowser {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium({ webgl: options.webgl ?? false });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get origin() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server.origin;
    },
  };
}
