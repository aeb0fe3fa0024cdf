import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that let Chromium run as root, headless, on a machine without network. */
const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** Software WebGL through ANGLE/SwiftShader (legacy --use-gl=swiftshader breaks tfjs-webgl). */
export const SWIFTSHADER_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/**
 * Launch Debian's Chromium. A missing browser is a hard failure with the fix spelled out,
 * never a silent skip: the browser tests are part of `npm test`.
 */
export async function launchChromium(opts: { webgl?: boolean; extraArgs?: string[] } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The browser tests drive Debian's Chromium: ` +
        `install it with "sudo apt-get update && sudo apt-get install -y chromium" ` +
        `(or point CHROMIUM_PATH at a Chromium binary). Never use "npx playwright install".`,
    );
  }
  const launch: LaunchOptions = {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...BASE_ARGS, ...(opts.webgl === false ? ['--disable-gpu'] : SWIFTSHADER_ARGS), ...(opts.extraArgs ?? [])],
  };
  return chromium.launch(launch);
}
