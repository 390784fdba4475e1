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

/** A token (signature never needed) whose payload is `payload`. */
const jwt = (payload) => [Buffer.from('{"typ":"JWT","alg":"RS256"}').toString('base64url'),
  Buffer.from(payload).toString('base64url'), 'c2lnbmF0dXJlLW5vdC1uZWVkZWQtbmV2ZXItc2VudC1hbnl3aGVyZS0xMjM0NTY3ODkw'].join('.');
/** `inner` inside `depth` pairs of `open` and `close`. */
const nest = (depth, open, close, inner) => open.repeat(depth) + inner + close.repeat(depth);

test('the deepest nesting a paste can bring uses a small part of the wasm stack', async () => {
  // The stack lies at the start of the wasm memory, below the data: the page (opened with ?bench) tells where it
  // ends. It is painted with a pattern before each paste; how much of the pattern was overwritten is how deep the
  // stack went. serde_json parses at most 128 levels: claims nested 127 levels (a token's and pasted claims, objects
  // and arrays) are the deepest the claims table, its decoding and the copied report meet; a text nested thousands
  // of levels deep meets only the scanner's loops.
  const { browser, page, errors } = await launch({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await page.goto(`${server.url}?bench`);
    await waitForApp(page);
    const top = await page.evaluate(() => window.exoBench.stackTop);
    assert.ok(top >= 64 * 1024 && top <= 1024 * 1024, `stack top ${top}`);
    const claims = `"aud":"https://outlook.office365.com","iss":"https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/","exp":1704909000,"scp":"IMAP.AccessAsUser.All"`;
    const cases = [
      [`${DENIED}Bearer ${jwt(`{${claims},"x":${nest(126, '{"a":', '}', '1')}}`)}`, true],
      [`${DENIED}Bearer ${jwt(`{${claims},"x":${nest(126, '[', ']', '1')}}`)}`, true],
      [`{${claims},"x":${nest(126, '{"a":', '}', '1')}}`, true],
      [nest(5000, '{"a":', '}', '"AADSTS7000215: Invalid client secret provided."'), false],
      [nest(20000, '[', ']', '"AADSTS700016"'), false],
    ];
    let deepest = 0;
    for (const [text, hasClaims] of cases) {
      await page.evaluate(() => new Uint8Array(window.exoBench.memory.buffer, 0, window.exoBench.stackTop).fill(0xa5, 16));
      await page.fill('#paste', text);
      await page.waitForFunction(() => !document.querySelector('.input .status')?.textContent, null, { timeout: 10000 });
      await page.locator('.results:not(.empty)').first().waitFor({ timeout: 10000 });
      if (hasClaims) await page.locator('table.claims tr[data-claim="aud"]').first().waitFor({ timeout: 10000 });
      await page.click('#copy-report');
      await page.getByText(/Report copied/).waitFor({ timeout: 5000 });
      const used = await page.evaluate(() => {
        const m = new Uint8Array(window.exoBench.memory.buffer, 0, window.exoBench.stackTop);
        let i = 16;
        while (i < m.length && m[i] === 0xa5) i++;
        return m.length - i;
      });
      assert.ok(used > 1024, `the stack measurement sees the analysis (${used} bytes)`);
      deepest = Math.max(deepest, used);
    }
    // 38 KiB measured with rustc's 1 MiB stack and with 128 KiB alike (96 KiB since 2026-12-06); half the stack leaves
    // room for the page to grow.
    assert.ok(deepest < top / 2, `the deepest stack ${deepest} bytes of ${top}`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('a 1 MB paste takes at most three times its size in wasm memory', async () => {
  const { browser, page, errors } = await launch();
  try {
    await page.goto(`${server.url}?bench`);
    await waitForApp(page);
    await instrument(page);
    // Like the benchmark's log: a token, an XOAUTH2 failure and a refusal among every twenty lines.
    const token = jwt('{"aud":"https://outlook.office365.com","exp":1704909000,"scp":"IMAP.AccessAsUser.All","upn":"svc@contoso.com"}');
    const block = FILLER.repeat(17) + `2024-01-10T16:49:02.000Z DEBUG http: Authorization: Bearer ${token}\n` + DENIED + SECRET;
    const text = block.repeat(Math.ceil(1.05e6 / block.length));
    await paste(page, text);
    await page.locator('.results .verdict[data-cause]').waitFor({ timeout: 30000 });
    const memory = await page.evaluate(() => window.exoBench.memoryBytes());
    assert.ok(memory <= 3 * text.length, `wasm memory ${memory} bytes for a ${text.length}-byte paste`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
