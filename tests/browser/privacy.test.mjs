// Privacy and offline promises, checked in real Chromium: a strict CSP is in force and the app works under it;
// analysing a token and a log makes no request and stores nothing; the single file works from file:// with the
// network off and reaches the same verdict as the hosted page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITE, startServer, launch, waitForApp } from './harness.mjs';

const b64url = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const SIGNATURE = 'c2lnbmF0dXJlLW5ldmVyLWxlYXZlcy10aGUtcGFnZQ';
// An unsigned app-only Exchange token (built here; the signature segment is a marker we look for).
const TOKEN = [
  b64url({ typ: 'JWT', alg: 'RS256', kid: 'test' }),
  b64url({
    aud: 'https://outlook.office365.com', iss: 'https://sts.windows.net/11111111-2222-3333-4444-555555555555/',
    iat: 1704904000, nbf: 1704904000, exp: 1704907900, app_displayname: 'DMS Importer',
    appid: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', idtyp: 'app', oid: '99999999-8888-7777-6666-555555555555',
    roles: ['IMAP.AccessAsApp'], tid: '11111111-2222-3333-4444-555555555555', ver: '1.0',
  }),
  SIGNATURE,
].join('.');
const LOG = [
  '2024-01-10 16:49:32 MailBeeImapLoginBadCredentialsException: MBN00000002 NO AUTHENTICATE failed.',
  'Error="AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed. User:docscan@contoso.com"',
].join('\n');
const PASTE = `${LOG}\nAccess token: ${TOKEN}\n`;
// LogonDenied with a valid app-only IMAP token: the token side works, so Exchange's own pointer to the app, the
// service principal, is the first suspect (written by hand, not taken from the CLI).
const TITLE = 'Service principal not registered in Exchange';
const CAUSE = 'service_principal_not_registered_in_exchange';

let server;
before(async () => { server = await startServer(SITE); });
after(async () => { await server.close(); });

/** Every request the page makes, from the moment this is called. */
function recordRequests(page) {
  const seen = [];
  page.on('request', (r) => seen.push(`${r.method()} ${r.url()}`));
  return seen;
}

test('a strict Content-Security-Policy is present and the app runs under it', async () => {
  const { browser, page, errors } = await launch();
  try {
    await page.goto(server.url);
    await waitForApp(page);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.ok(csp, 'CSP meta tag present');
    for (const part of ["default-src 'none'", "connect-src 'none'", "'wasm-unsafe-eval'", "base-uri 'none'"]) {
      assert.ok(csp.includes(part), `policy has ${part}`);
    }
    assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
    for (const weak of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']) {
      assert.ok(!csp.split(/\s+/).includes(weak), `policy avoids ${weak}`);
    }
    // The policy bites: a fetch from the page is refused.
    const fetched = await page.evaluate(() => fetch('/index.html').then(() => 'allowed', () => 'blocked'));
    assert.equal(fetched, 'blocked');
    errors.length = 0; // the refused fetch above logs a CSP error on purpose
    await page.fill('#app textarea', PASTE);
    await page.locator(`.verdict[data-cause="${CAUSE}"]`).waitFor({ timeout: 10000 });
    assert.equal((await page.textContent('#top-cause')).trim(), TITLE);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('analysing a token and a log makes zero requests and stores nothing', async () => {
  const { browser, context, page, errors } = await launch();
  try {
    await page.goto(server.url);
    await waitForApp(page);
    const urlBefore = page.url();
    const requests = recordRequests(page);
    const served = server.requests.length;
    await page.fill('#app textarea', PASTE);
    await page.locator(`.verdict[data-cause="${CAUSE}"]`).waitFor({ timeout: 10000 });
    await page.waitForTimeout(500); // debounce + any late effect
    assert.deepEqual(requests, [], 'no request after load');
    assert.equal(server.requests.length, served, 'the server saw nothing either');
    const stored = await page.evaluate(async () => ({
      local: Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]),
      session: sessionStorage.length,
      cookie: document.cookie,
      idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
    }));
    for (const [key, value] of stored.local) {
      assert.match(key, /lang|theme/i, `only preferences in localStorage, found ${key}`);
      assert.ok(value.length < 40 && !value.includes(SIGNATURE) && !value.includes('AUTHENTICATE'));
    }
    assert.equal(stored.session, 0);
    assert.equal(stored.cookie, '');
    assert.equal(stored.idb, 0);
    assert.deepEqual(await context.cookies(), []);
    assert.equal(page.url(), urlBefore, 'the URL does not change');
    const html = await page.content();
    assert.ok(!html.includes(SIGNATURE), 'the token signature is never rendered');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the single file works from file:// with the network off and agrees with the hosted page', async () => {
  // The LogonDenied log alone (no token): the same hand-written first verdict, and the same ranked list, in both.
  // Without a token the candidates are ranked by the labelled reports of a bare IMAP failure
  // (src/catalogue/priors.rs): a token requested for Graph leads them.
  const verdict = async (page) => {
    await waitForApp(page);
    await page.fill('#app textarea', LOG);
    await page.locator('.verdict[data-cause="wrong_token_audience"]').waitFor({ timeout: 10000 });
    assert.equal((await page.textContent('#top-cause')).trim(), 'Token for the wrong API (the Graph trap)');
    return page.$$eval('.findings li[data-cause]', (ls) => ls.map((l) => l.dataset.cause));
  };
  const hosted = await launch();
  const offline = await launch({ offline: true });
  try {
    await hosted.page.goto(server.url);
    const hostedCauses = await verdict(hosted.page);
    await offline.context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    const requests = recordRequests(offline.page);
    await offline.page.goto(pathToFileURL(join(SITE, 'exo-oauth-doctor.html')).href);
    const offlineCauses = await verdict(offline.page);
    assert.ok(hostedCauses.length >= 3, `the alternatives are listed: ${hostedCauses}`);
    assert.deepEqual(offlineCauses, hostedCauses, 'the file and the hosted page rank the same causes');
    assert.deepEqual(requests.filter((r) => !r.includes('file://')), [], 'the file makes no network request');
    assert.deepEqual(offline.errors, []);
    assert.deepEqual(hosted.errors, []);
  } finally {
    await hosted.browser.close();
    await offline.browser.close();
  }
});

// Secrets in the positions admins paste them: the page shows none of them (evidence view, findings, script, every
// other panel) and the copied report has none, whichever language. Expected title written by hand.
const SECRETS = {
  entra: 'Xy78Q~kR2vN9pL.sT4wq_Hm7bZ-eJ1cVf3gYu8dA',
  old: '9s?B=[Xy:Jk@R5]mP/q+T*w.u-Z_e3LfGh',
  hex: '3f9c2a7b1d4e8f60a5b2c7d9e1f3a4b6',
  short: 'Sommer24',
};
const SECRET_PASTE = [
  `PS> Connect-ExchangeOnline -AppId aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee -Organization contoso.onmicrosoft.com -ClientSecret '${SECRETS.entra}'`,
  `2024-01-10T16:49:30Z POST https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token body: client_id=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee&client_secret=${encodeURIComponent(SECRETS.old)}&grant_type=client_credentials`,
  `2024-01-10T16:49:31Z DEBUG oauth settings secret=${SECRETS.hex} password=${SECRETS.short}`,
  `AADSTS700016: Application with identifier '${SECRETS.entra}' was not found in the directory 'Contoso'.`,
  '2024-01-10T16:49:33Z AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.',
].join('\n');

/** Runs of five characters of each secret's masked part (masking keeps the first three, one for short ones). */
function leakNeedles() {
  const out = [];
  for (const s of Object.values(SECRETS)) {
    const tail = s.slice(s.length <= 6 ? 1 : 3);
    for (let i = 0; i + 5 <= tail.length; i++) out.push(tail.slice(i, i + 5));
    out.push(encodeURIComponent(tail).slice(0, 9));
  }
  return out;
}

test('no secret reaches the page or the copied report, in English and German', async () => {
  const { browser, context, page, errors } = await launch({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await page.goto(server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await waitForApp(page);
    await page.fill('#app textarea', SECRET_PASTE);
    await page.getByText('Client secret is wrong').first().waitFor({ timeout: 10000 });
    const needles = leakNeedles();
    for (const lang of ['en', 'de']) {
      if (lang === 'de') {
        await page.click('button[lang="de"]');
        await page.getByText('Clientgeheimnis ist falsch').first().waitFor({ timeout: 10000 });
      }
      // Everything the page renders except the paste area itself (the admin's own text).
      const shown = await page.evaluate(() => {
        const c = document.body.cloneNode(true);
        c.querySelectorAll('textarea, script, style').forEach((t) => t.remove());
        return c.innerHTML + '\n' + c.textContent;
      });
      assert.ok(shown.includes('Xy7'), 'the secret is still marked by its first characters');
      await page.click('#copy-report');
      const report = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(report.length > 200, 'a report was copied');
      for (const n of needles) {
        assert.ok(!shown.includes(n), `${lang}: the page shows ${n}`);
        assert.ok(!report.includes(n), `${lang}: the report holds ${n}`);
      }
    }
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
