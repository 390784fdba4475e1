// A paste of many megabytes in real headless Chromium against the release build: the page takes it over without
// putting it into the field, says how far the analysis is ("Analysing… 40 %"), and a second paste during the
// analysis stops the first one: only the second text's verdict is ever shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SITE, startServer, launch, waitForApp } from './harness.mjs';

let server;
before(async () => { server = await startServer(SITE); });
after(async () => { await server.close(); });

const FILLER = '2024-01-10T16:49:01.123Z INFO  [worker-3] imap: fetched 12 messages from outlook.office365.com:993 in 87 ms\n';
const DENIED = 'A01 NO AUTHENTICATE failed. Error="AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed."\n';
const SECRET = '{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."}\n';

/** About `mb` megabytes of log lines with `failure` at the very end. */
const log = (mb, failure) => FILLER.repeat(Math.ceil((mb * 1e6) / FILLER.length)) + failure;

/** Pastes `text` into the paste area the way the clipboard delivers it. */
async function paste(page, text) {
  await page.evaluate((t) => window.pasteText(t), text);
}

/**
 * Installs the page-side helpers: `pasteText(t)` dispatches a clipboard paste, and every text the status line shows
 * is recorded in `statusSeen` by a MutationObserver (it sees each change, however briefly it stays on screen).
 * When `onProgress` text is given, it is pasted in the very task in which the progress note first appears, so the
 * second paste lands while the first analysis is certainly still running.
 */
async function instrument(page, onProgress = null) {
  await page.evaluate((second) => {
    window.pasteText = (t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.querySelector('#paste').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    };
    window.statusSeen = [];
    window.atSecondPaste = null;
    new MutationObserver(() => {
      const s = document.querySelector('.input .status')?.textContent ?? '';
      if (window.statusSeen.at(-1) !== s) window.statusSeen.push(s);
      if (second !== null && window.atSecondPaste === null && /Analysing… \d+ %/.test(s)) {
        window.atSecondPaste = {
          verdictsRendered: performance.getEntriesByName('exo-verdict-rendered').length,
          verdictsShown: document.querySelectorAll('.results .verdict').length,
        };
        window.pasteText(second);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, onProgress);
}

test('a multi-megabyte paste shows its progress, and a second paste during the analysis wins', async () => {
  const { browser, page, errors } = await launch();
  try {
    await page.goto(server.url);
    await waitForApp(page);
    // The second, different paste is made as soon as the first analysis reports progress.
    await instrument(page, log(3, SECRET));
    await paste(page, log(24, DENIED));
    await page.locator('#paste-too-large').waitFor({ timeout: 10000 });
    assert.equal(await page.inputValue('#paste'), '', 'the large text is not put into the field');
    await page.waitForFunction(() => window.atSecondPaste !== null, null, { timeout: 30000 });
    assert.deepEqual(await page.evaluate(() => window.atSecondPaste), { verdictsRendered: 0, verdictsShown: 0 },
      'no verdict before the first analysis is done');
    const verdict = page.locator('.results .verdict[data-cause]');
    await verdict.waitFor({ timeout: 30000 });
    assert.equal(await verdict.getAttribute('data-cause'), 'invalid_client_secret');
    await page.waitForFunction(() => document.querySelector('.input .status')?.textContent === '', null, { timeout: 10000 });
    // Give a stopped analysis the time it would need to report back: nothing may replace the verdict.
    await page.waitForTimeout(1500);
    assert.equal(await verdict.getAttribute('data-cause'), 'invalid_client_secret');
    const verdicts = await page.evaluate(() => performance.getEntriesByName('exo-verdict-rendered').length);
    assert.equal(verdicts, 1, 'the first paste never reached the screen');
    assert.match(await page.textContent('#paste-too-large'), /3\.0 MB/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('changing the language with a large text switches at once, without analysing again', async () => {
  const { browser, page, errors } = await launch();
  try {
    await page.goto(server.url);
    await waitForApp(page);
    await instrument(page);
    await paste(page, log(12, DENIED));
    await page.locator('.results .verdict[data-cause]').waitFor({ timeout: 30000 });
    await page.waitForFunction(() => document.querySelector('.input .status')?.textContent === '', null, { timeout: 10000 });
    await page.evaluate(() => { window.statusSeen = []; });
    const cause = await page.getAttribute('.results .verdict[data-cause]', 'data-cause');
    await page.click('.segmented button:has-text("DE")');
    // The analysis holds everything in both languages: the page switches without a new analysis.
    await page.waitForFunction(() => document.documentElement.lang === 'de', null, { timeout: 5000 });
    await page.waitForTimeout(1500);
    const seen = await page.evaluate(() => window.statusSeen);
    assert.ok(!seen.some((t) => /Wird analysiert|Analysing/.test(t)), `status texts seen: ${JSON.stringify(seen)}`);
    assert.equal(await page.textContent('.input .status'), '', 'no analysis is running');
    assert.equal(await page.getAttribute('.results .verdict[data-cause]', 'data-cause'), cause, 'the same verdict');
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
