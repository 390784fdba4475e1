// The page's main flows in real headless Chromium against the release build: every example gives its hand-written
// verdict and chain, a pasted token gets a claims table, the script can be copied and downloaded, language and theme switch,
// reference deep links open their entry, the page works with the keyboard alone, and axe-core finds no violation.
// Screenshots land in test-results/ (looked at by people, not compared).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITE, startServer, launch, waitForApp } from './harness.mjs';

const SHOTS = resolve('test-results');
mkdirSync(SHOTS, { recursive: true });
const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

const b64url = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const NOW = Math.floor(Date.now() / 1000);
const SIGNATURE = 'c2lnbmF0dXJlLW5vdC1uZWVkZWQtbmV2ZXItc2VudC1hbnl3aGVyZS0xMjM0NTY3ODkw';
const TOKEN = [
  b64url({ typ: 'JWT', alg: 'RS256', kid: 'kid-1' }),
  b64url({
    aud: 'https://graph.microsoft.com', iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
    iat: NOW - 600, nbf: NOW - 600, exp: NOW + 3000, appid: '11111111-2222-3333-4444-555555555555', idtyp: 'app',
    oid: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0', roles: ['Mail.Read'], tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    ver: '1.0',
  }),
  SIGNATURE,
].join('.');
const LOG = 'A01 NO AUTHENTICATE failed. Error="AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed."';

let server;
before(async () => { server = await startServer(SITE); });
after(async () => { await server.close(); });

async function open(hash = '', options = {}) {
  const env = await launch(options);
  await env.page.goto(server.url + hash);
  if (hash.startsWith('#/cause') || hash.startsWith('#/aadsts') || hash.startsWith('#/reference')) {
    await env.page.waitForSelector('#app main', { timeout: 20000 });
    await env.page.waitForSelector('#loading', { state: 'detached', timeout: 20000 });
  } else {
    await waitForApp(env.page);
  }
  return env;
}

async function axe(page, label) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${label}`);
}

async function paste(page, text) {
  await page.fill('#paste', text);
  await page.waitForTimeout(200); // the debounce
  await page.waitForFunction(() => !document.querySelector('.input .status')?.textContent, null, { timeout: 10000 });
  await page.locator('.results:not(.empty)').first().waitFor({ timeout: 10000 });
}

// What every menu example must show, written by hand from the example's text and the catalogue (the same
// expectations as tests/ssr.rs, not the core's output): the verdict's cause and English title, and the chain, one
// letter per link from app registration to client (w works, b broken, s suspect, ? not asserted).
const EXAMPLE_VIEWS = {
  'seed-logondenied': ['service_principal_not_registered_in_exchange', 'Service principal not registered in Exchange', 'wwws???'],
  'sp-not-found': ['wrong_object_id', 'Wrong object id given to New-ServicePrincipal', '???b???'],
  'graph-token-imap': ['wrong_token_audience', 'Token for the wrong API (the Graph trap)', 'w?b????'],
  'expired-secret': ['expired_client_secret', 'Client secret expired', 'b??????'],
  'smtp-auth-disabled': ['smtp_auth_disabled_tenant', 'SMTP AUTH disabled for the tenant', '?????b?'],
  'sendas-denied': ['sendas_permission_missing', 'No permission to send as the From address', '????b??'],
  'app-only-no-roles': ['delegated_permission_instead_of_application', 'Delegated permission where an application permission is needed', 'wb?????'],
  'app-not-found': ['app_not_found_in_tenant', 'App not found in the tenant', 'b??????'],
  'common-endpoint': ['wrong_endpoint_or_cloud', 'Wrong authority or cloud', 'b??????'],
  'replication-delay': ['replication_delay', 'Change not replicated yet', 'www?b??'],
  'cached-token': ['token_expired_or_cached', 'Token expired or cached from before the fix', 'wwb????'],
  'smtp-wrong-role': ['missing_app_role', "App-only token lacks the protocol's role", 'wwb????'],
  'basic-auth': ['basic_auth_deprecated', 'Retired sign-in used: password (basic) or a legacy Exchange token', '??????b'],
};
const LINK_STATUS = { w: 'works', b: 'broken', s: 'suspect' };

test('every example shows its hand-written verdict, title and chain', async () => {
  const { browser, page, errors } = await open();
  try {
    const keys = await page.$$eval('#example option', (os) => os.map((o) => o.value).filter(Boolean));
    assert.deepEqual([...keys].sort(), Object.keys(EXAMPLE_VIEWS).sort(), 'the menu lists exactly the known examples');
    for (const key of keys) {
      const [cause, title, chain] = EXAMPLE_VIEWS[key];
      await page.selectOption('#example', key);
      assert.ok((await page.inputValue('#paste')).length > 0, `example ${key} fills the paste area`);
      await page.locator(`.verdict[data-cause="${cause}"]`).waitFor({ timeout: 10000 });
      assert.equal((await page.textContent('#top-cause')).trim(), title, key);
      const links = await page.$$eval('ol.chain > li', (ls) => ls.map((l) => l.dataset.status));
      assert.equal(links.length, 7, `${key}: the chain has seven links`);
      [...chain].forEach((want, i) => {
        if (LINK_STATUS[want]) assert.equal(links[i], LINK_STATUS[want], `${key}: link ${i + 1} of ${links.join(' ')}`);
      });
    }
    await page.screenshot({ path: `${SHOTS}/ui-example.png`, fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the paste area keeps what was typed; an example or Clear replaces it', async () => {
  const { browser, page, errors } = await open();
  try {
    await paste(page, LOG);
    assert.equal(await page.inputValue('#paste'), LOG, 'the analysis does not rewrite a typed text');
    const keys = await page.$$eval('#example option', (os) => os.map((o) => o.value).filter(Boolean));
    await page.selectOption('#example', keys[0]);
    const example = await page.inputValue('#paste');
    assert.ok(example.length > 0 && example !== LOG, 'the example replaces the text');
    await page.click('.input button.ghost');
    assert.equal(await page.inputValue('#paste'), '', 'Clear empties the paste area');
    await page.locator('.results.empty').waitFor({ timeout: 10000 });
    await page.selectOption('#example', keys[0]);
    assert.equal(await page.inputValue('#paste'), example, 'the same example loads again after Clear');
    await paste(page, LOG);
    assert.equal(await page.inputValue('#paste'), LOG, 'typing after an example works');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('a paste too large for the field is analysed whole; the field stays empty and says why', async () => {
  const { browser, page, errors } = await open();
  try {
    const big = `${LOG}\n`.repeat(12000); // about 1.1 MB
    await page.evaluate((t) => {
      const area = document.querySelector('#paste');
      area.value = t;
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, big);
    await page.locator('#paste-too-large').waitFor({ timeout: 10000 });
    assert.match(await page.textContent('#paste-too-large'), /1\.1 MB/);
    assert.equal(await page.inputValue('#paste'), '', 'the field is not filled with the large text');
    await page.locator('.results:not(.empty) .verdict').first().waitFor({ timeout: 20000 });
    await page.click('.input button.ghost');
    await page.locator('#paste-too-large').waitFor({ state: 'detached', timeout: 10000 });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('a pasted token gets a claims table with meanings, times and the signature kept out', async () => {
  const { browser, page, errors } = await open();
  try {
    await paste(page, `${LOG}\nBearer ${TOKEN}`);
    const table = page.locator('table.claims').filter({ hasText: 'aud' }).first();
    await table.waitFor({ timeout: 10000 });
    assert.match(await table.locator('tr[data-claim="aud"]').textContent(), /graph\.microsoft\.com/);
    assert.match(await table.locator('tr[data-claim="exp"]').textContent(), /UTC/);
    assert.match(await table.locator('tr.signature').textContent(), /never sent/);
    assert.ok(!(await page.content()).includes(SIGNATURE), 'the signature is never rendered');
    await page.screenshot({ path: `${SHOTS}/ui-token.png`, fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the script can be copied and downloaded as .ps1', async () => {
  const { browser, context, page, errors } = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const keys = await page.$$eval('#example option', (os) => os.map((o) => o.value).filter(Boolean));
    await page.selectOption('#example', keys[0]);
    const script = page.locator('.script-text');
    await script.waitFor({ timeout: 10000 });
    const expected = (await script.textContent()).trim();
    assert.ok(expected.length > 0, 'a script is shown');
    await page.click('#copy-script');
    await page.getByText(/Script copied|Skript in die Zwischenablage/).waitFor({ timeout: 5000 });
    assert.equal((await page.evaluate(() => navigator.clipboard.readText())).trim(), expected);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-script')]);
    assert.match(download.suggestedFilename(), /\.ps1$/);
    const file = await download.path();
    assert.equal(readFileSync(file, 'utf8').trim(), expected);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the report copies without the signature, and a share link refuses a token', async () => {
  const { browser, context, page, errors } = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await paste(page, `${LOG}\nBearer ${TOKEN}`);
    await page.click('#copy-report');
    await page.getByText(/Report copied/).waitFor({ timeout: 5000 });
    const report = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(report, /^# /);
    assert.ok(!report.includes(SIGNATURE), 'no signature in the report');
    assert.ok(!report.includes('72f988bf-86f1-41af-91ab-2d7cd011db47'), 'tenant id masked by default');
    await page.click('#share-link');
    await page.locator('#share-notice.refused').waitFor({ timeout: 5000 });
    assert.match(await page.textContent('#share-notice'), /token/i);
    // Error text alone may be shared; the link opens the same text.
    await paste(page, LOG);
    await page.click('#share-link');
    await page.getByText(/Link copied/).waitFor({ timeout: 5000 });
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /#\/text\//);
    assert.ok(!link.includes('eyJ'));
    const other = await context.newPage();
    await other.goto(link);
    await waitForApp(other);
    assert.equal(await other.inputValue('#paste'), LOG);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('language switch and browser-language default', async () => {
  const { browser, page, errors } = await open('', { locale: 'de-DE' });
  try {
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.match(await page.textContent('h1'), /Was liegt Ihnen vor/);
    await page.click('button[lang="en"]');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match(await page.textContent('h1'), /What do you have/);
    assert.match(await page.textContent('footer'), /nothing you paste leaves your browser/);
    await page.click('button[lang="de"]');
    assert.match(await page.textContent('footer'), /nichts, was Sie einfügen, verlässt Ihren Browser/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('theme switch follows the system and the choice', async () => {
  const { browser, page, errors } = await open('', { colorScheme: 'dark' });
  try {
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await bg();
    await page.selectOption('#theme', 'light');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
    const light = await bg();
    assert.notEqual(dark, light);
    await page.selectOption('#theme', 'dark');
    assert.equal(await bg(), dark);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark', 'the choice is remembered');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('reference deep links open the right entry', async () => {
  const { browser, page, errors } = await open('#/cause/wrong_object_id');
  try {
    const entry = page.locator('#cause-wrong_object_id details[open]');
    await entry.waitFor({ timeout: 5000 });
    assert.ok(await entry.isVisible());
    assert.equal(await page.locator('details[open]').count(), 1, 'only the linked entry is open');
    await page.goto(`${server.url}#/aadsts/7000215`);
    await page.locator('#aadsts-7000215 details[open]').waitFor({ timeout: 5000 });
    await page.goto(`${server.url}#/reference`);
    await page.fill('#filter', '7000215');
    assert.ok(await page.locator('#aadsts-7000215').isVisible());
    await page.screenshot({ path: `${SHOTS}/ui-reference.png`, fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('keyboard only: skip link, paste, example, mark evidence, tick a step', async () => {
  const { browser, page, errors } = await open();
  try {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    // Tab until the paste area; the focus ring is visible on the way.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement.id)) !== 'paste'; i++) {
      await page.keyboard.press('Tab');
    }
    assert.equal(await page.evaluate(() => document.activeElement.id), 'paste');
    await page.keyboard.type(LOG);
    await page.locator('.verdict').waitFor({ timeout: 10000 });
    // Next: the file chooser (open a saved log or transcript), then the examples.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'open-file');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'example');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    const keys = await page.$$eval('#example option', (os) => os.map((o) => o.value).filter(Boolean));
    await page.keyboard.press('ArrowDown'); // chooses the first example without a mouse
    await page.waitForFunction(() => document.querySelector('#paste').value.length > 0);
    assert.ok(keys.length > 0);
    // Reach the "mark evidence" button and a checklist box by Tab alone.
    const reach = async (selector) => {
      for (let i = 0; i < 80; i++) {
        if (await page.evaluate((s) => document.activeElement.matches(s), selector)) return true;
        await page.keyboard.press('Tab');
      }
      return false;
    };
    assert.ok(await reach('.verdict button'), 'the mark-evidence button is reachable');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('.verdict button', 'aria-pressed'), 'true');
    assert.ok((await page.locator('.evidence-text mark.selected').count()) > 0, 'the evidence is marked in the text');
    // The first example (LogonDenied, service principal) always has a checklist.
    assert.ok((await page.locator('.step input[type="checkbox"]').count()) > 0, 'the checklist is rendered');
    assert.ok(await reach('.step input[type="checkbox"]'), 'a checklist box is reachable');
    await page.keyboard.press('Space');
    assert.ok(await page.locator('.step input[type="checkbox"]').first().isChecked());
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violation (${scheme}): empty page, result page, reference page`, async () => {
    const { browser, page, errors } = await open('', { colorScheme: scheme });
    try {
      await axe(page, `empty page (${scheme})`);
      await page.screenshot({ path: `${SHOTS}/ui-empty-${scheme}.png`, fullPage: true });
      await paste(page, `${LOG}\nBearer ${TOKEN}`);
      await page.locator('.verdict button').first().click();
      await axe(page, `result page (${scheme})`);
      await page.screenshot({ path: `${SHOTS}/ui-result-${scheme}.png`, fullPage: true });
      await page.goto(`${server.url}#/cause/wrong_object_id`);
      await page.locator('#cause-wrong_object_id').waitFor();
      await axe(page, `reference page (${scheme})`);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
}

test('a 360 px phone shows the page without sideways scrolling', async () => {
  const { browser, page, errors } = await open('', { viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
  try {
    await paste(page, `${LOG}\nBearer ${TOKEN}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal overflow (${overflow}px)`);
    await page.screenshot({ path: `${SHOTS}/ui-phone.png`, fullPage: true });
    await page.click('button[lang="de"]');
    const overflowDe = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflowDe <= 0, `no horizontal overflow in German (${overflowDe}px)`);
    await page.screenshot({ path: `${SHOTS}/ui-phone-de.png` });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('print shows the verdict, checklist and script only', async () => {
  const { browser, page, errors } = await open();
  try {
    const keys = await page.$$eval('#example option', (os) => os.map((o) => o.value).filter(Boolean));
    await page.selectOption('#example', keys[0]);
    await page.locator('.verdict').waitFor({ timeout: 10000 });
    await page.emulateMedia({ media: 'print' });
    const shown = async (sel) => page.locator(sel).first().isVisible();
    assert.ok(await shown('.verdict'));
    assert.ok(!(await shown('header.top')), 'no header in print');
    assert.ok(!(await shown('#paste')), 'no paste area in print');
    assert.ok(!(await shown('.share')), 'no share section in print');
    // The first example (service principal not registered) has a checklist and a script: both must print.
    assert.ok((await page.locator('.checklist').count()) > 0, 'the checklist is rendered');
    assert.ok((await page.locator('.script').count()) > 0, 'the script is rendered');
    assert.ok(await shown('.checklist'), 'the checklist prints');
    assert.ok(await shown('.script-text'), 'the script prints');
    await page.screenshot({ path: `${SHOTS}/ui-print.png`, fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the offline copy opened from file:// hides the "save for offline use" link', async () => {
  const { browser, page, errors } = await launch();
  try {
    await page.goto(server.url);
    await waitForApp(page);
    assert.equal(await page.locator('#save-offline').getAttribute('href'), 'exo-oauth-doctor.html');
    await page.goto(pathToFileURL(resolve(SITE, 'exo-oauth-doctor.html')).href);
    await waitForApp(page);
    assert.equal(await page.locator('#save-offline').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('README screenshot: a verdict at desktop width', async () => {
  const { browser, page, errors } = await open('', { viewport: { width: 1200, height: 1500 }, colorScheme: 'light' });
  try {
    await paste(page, `${LOG}\nBearer ${TOKEN}`);
    await page.screenshot({ path: `${SHOTS}/readme-screenshot.png` });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
