// The release page in real headless Chromium: it loads, the wasm runs, nothing is logged as an error, a pasted
// Exchange error renders the verdict written here by hand, and a broken wasm fails visibly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE, startServer, launch, waitForApp } from './harness.mjs';

const LOGON_DENIED = 'NO AUTHENTICATE failed. Error="AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed."';

let server;
before(async () => { server = await startServer(SITE); });
after(async () => { await server.close(); });

test('the page loads, the wasm runs and there are no console errors', async () => {
  const { browser, page, errors } = await launch();
  try {
    await page.goto(server.url);
    await waitForApp(page);
    assert.equal(await page.title(), 'Exchange Online OAuth Doctor');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('pasting the LogonDenied line renders its verdict', async () => {
  // LogonDenied with no token to look at: the candidates are ranked by the labelled public reports of a bare IMAP
  // failure (src/catalogue/priors.rs: a token requested for Graph led them), and the first is only a guess (below
  // 50 %, so its link, the token, is "suspect", not "broken").
  const { browser, page, errors } = await launch();
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await page.fill('#app textarea', LOGON_DENIED);
    await page.locator('.verdict[data-cause="wrong_token_audience"]').waitFor({ timeout: 10000 });
    assert.equal((await page.textContent('#top-cause')).trim(), 'Token for the wrong API (the Graph trap)');
    assert.ok(await page.locator('.verdict.conf-low').count() === 1, 'the verdict is marked as a low-confidence guess');
    const links = await page.$$eval('ol.chain > li', (ls) => ls.map((l) => l.dataset.status));
    assert.equal(links[2], 'suspect', `the token link is suspect: ${links.join(' ')}`);
    assert.ok(!links.includes('broken'), `nothing shows a broken link: ${links.join(' ')}`);
    assert.ok(!links.includes('works'), `nothing shows a working link: ${links.join(' ')}`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('a wasm that does not load shows a readable failure instead of a frozen page', async () => {
  // Same page, but the embedded wasm bytes no longer start with the wasm magic number.
  const html = readFileSync(join(SITE, 'index.html'), 'utf8');
  const marker = 'EXO_WASM_LZMA = "';
  const at = html.indexOf(marker);
  assert.ok(at > 0, 'the bundle embeds the packed wasm as a string');
  // Six base64 characters more in front: the packed bytes no longer unpack to a wasm module.
  const broken = html.slice(0, at + marker.length) + 'BROKEN' + html.slice(at + marker.length);
  const dir = mkdtempSync(join(tmpdir(), 'exo-broken-'));
  // The CSP hash no longer matches the changed script, so drop the policy for this copy only.
  writeFileSync(join(dir, 'index.html'), broken.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
  const brokenServer = await startServer(dir);
  const { browser, page, errors } = await launch();
  try {
    await page.goto(brokenServer.url);
    const alert = page.locator('#loading[role="alert"] .loading-text[data-state="failed"]');
    await alert.waitFor({ timeout: 20000 });
    assert.match(await alert.textContent(), /could not start/);
    assert.equal(await page.locator('#app textarea').count(), 0);
    assert.ok(errors.some((e) => e.includes('could not start')), 'the failure is also logged');
    await assert.rejects(waitForApp(page, 1500), 'the app-ready check fails when the wasm does not load');
  } finally {
    await browser.close();
    await brokenServer.close();
  }
});
