// Shared set-up for the browser tests: the release page served on 127.0.0.1 and headless Debian Chromium.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export { startServer } from '../../scripts/static-server.mjs';

/** The bundled release build (scripts/build.sh). */
export const SITE = resolve('dist/site');

/** Chromium flags: no sandbox as root, and none of Chromium's own background traffic on this closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-extensions',
];

/** Launches Chromium; `errors` collects console errors and uncaught page errors. */
export async function launch(contextOptions = {}) {
  if (!existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing: run scripts/install.sh');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { browser, context, page, errors };
}

/** Waits until the wasm app has mounted (the paste area exists and the loader is gone). */
export async function waitForApp(page, timeout = 20000) {
  await page.waitForSelector('#app textarea', { timeout });
  await page.waitForSelector('#loading', { state: 'detached', timeout });
}
