// Hosting as documented: the local server serves the precompressed copies like a real host, and Debian's nginx,
// configured with the block from docs/hosting.md, serves the page with its security headers, compressed, with the
// page's own CSP intact and no request besides the page itself. nginx runs as its own unprivileged process with its
// own prefix, logs and temp directories on a free port; if it cannot start here the nginx tests are skipped with the
// reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync,
  statSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { SITE, startServer, launch, waitForApp } from './harness.mjs';
import { compress } from '../../scripts/precompress.mjs';

const NGINX = '/usr/sbin/nginx';
const LOG = 'NO AUTHENTICATE failed. Error="AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed. User:docscan@contoso.com"';

/** GET `url` with `headers`; resolves to `{ status, headers, body }` with the body's raw (undecoded) bytes. */
function get(url, headers = {}) {
  return new Promise((ok, fail) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    }).on('error', fail).end();
  });
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** The nginx block of docs/hosting.md (the first ```nginx fence). */
function documentedNginx() {
  const doc = readFileSync('docs/hosting.md', 'utf8');
  const m = doc.match(/```nginx\n([\s\S]*?)```/);
  assert.ok(m, 'docs/hosting.md has an nginx block');
  return m[1];
}

/** The CSP header value docs/hosting.md recommends (the ```text fence under "The CSP header"). */
function documentedCsp() {
  const doc = readFileSync('docs/hosting.md', 'utf8');
  const m = doc.match(/\*\*The CSP header\.\*\*[\s\S]*?```text\n([^\n]+)\n```/);
  assert.ok(m, 'docs/hosting.md states the CSP header');
  return m[1];
}

test('the static server serves brotli or gzip copies by Accept-Encoding, with Vary', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'exo-static-'));
  const raw = Buffer.from('<!doctype html><p>' + 'Exchange Online OAuth Doctor '.repeat(200) + '</p>\n');
  const { gz, br } = compress(raw);
  writeFileSync(join(dir, 'index.html'), raw);
  writeFileSync(join(dir, 'index.html.gz'), gz);
  writeFileSync(join(dir, 'index.html.br'), br);
  writeFileSync(join(dir, 'plain.html'), raw);
  const server = await startServer(dir);
  try {
    const cases = [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0, br;q=0', undefined],
      ['identity', undefined],
      ['*', 'br'],
      ['br;q=0, *;q=0.5', 'gzip'],
      ['', undefined],
    ];
    for (const [accept, encoding] of cases) {
      const r = await get(server.url, accept ? { 'accept-encoding': accept } : {});
      assert.equal(r.status, 200, accept);
      assert.equal(r.headers['content-encoding'], encoding, `Accept-Encoding: ${accept}`);
      assert.equal(r.headers.vary, 'Accept-Encoding', accept);
      assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(Number(r.headers['content-length']), r.body.length, accept);
      const decoded = encoding === 'br' ? brotliDecompressSync(r.body)
        : encoding === 'gzip' ? gunzipSync(r.body) : r.body;
      assert.ok(decoded.equals(raw), `the ${encoding || 'identity'} body decodes to the file (${accept})`);
      if (encoding) assert.ok(r.body.length < raw.length / 4, 'the compressed copy is sent');
    }
    // No copies: served as is, and the response does not vary.
    const plain = await get(server.url + 'plain.html', { 'accept-encoding': 'gzip, br' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers.vary, undefined);
    assert.ok(plain.body.equals(raw));
    // A copy asked for by name is a file like any other, not re-encoded.
    const named = await get(server.url + 'index.html.gz', { 'accept-encoding': 'gzip, br' });
    assert.equal(named.headers['content-encoding'], undefined);
    assert.ok(named.body.equals(gz));
    // A copy older than its original (rebuilt without scripts/precompress.mjs) is never served.
    const later = new Date(statSync(join(dir, 'index.html.br')).mtimeMs + 10_000);
    utimesSync(join(dir, 'index.html'), later, later);
    const stale = await get(server.url, { 'accept-encoding': 'br, gzip' });
    assert.equal(stale.headers['content-encoding'], undefined);
    assert.ok(stale.body.equals(raw));
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the build writes gzip and brotli copies of the page that decode to it exactly', async () => {
  for (const name of ['index.html', 'exo-oauth-doctor.html']) {
    const raw = readFileSync(join(SITE, name));
    assert.ok(gunzipSync(readFileSync(join(SITE, `${name}.gz`))).equals(raw), `${name}.gz`);
    assert.ok(brotliDecompressSync(readFileSync(join(SITE, `${name}.br`))).equals(raw), `${name}.br`);
  }
  const server = await startServer(SITE);
  try {
    const r = await get(server.url, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(r.headers['content-encoding'], 'br');
    const raw = readFileSync(join(SITE, 'index.html'));
    console.log(`# page: ${raw.length} B raw, served as ${r.body.length} B brotli`);
    // The wasm inside is LZMA-packed already: brotli mostly shrinks the base64 around it.
    assert.ok(r.body.length < raw.length * 0.8, `${r.body.length} B brotli of ${raw.length} B`);
    assert.ok(brotliDecompressSync(r.body).equals(raw), 'the served body decodes to the page');
  } finally {
    await server.close();
  }
});

// --- nginx with the documented configuration -------------------------------------------------------------------

let nginx = null; // { url, prefix, proc, log }
let skipReason = '';

before(async () => {
  if (!existsSync(NGINX)) {
    skipReason = `${NGINX} is not installed (scripts/install.sh installs Debian's nginx)`;
    return;
  }
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'exo-nginx-'));
  const site = join(prefix, 'site');
  for (const d of ['logs', 'tmp', 'site']) mkdirSync(join(prefix, d));
  // The deployment the guide describes: the page as index.html and exo-oauth-doctor.html, with the gzip copy.
  for (const f of ['index.html', 'index.html.gz', 'exo-oauth-doctor.html', 'exo-oauth-doctor.html.gz']) {
    copyFileSync(join(SITE, f), join(site, f));
  }
  let block = documentedNginx();
  const replaced = block.replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/var\/www\/exo-oauth-doctor;/, `root ${site};`);
  assert.notEqual(replaced, block);
  assert.ok(replaced.includes(`listen 127.0.0.1:${port};`) && replaced.includes(`root ${site};`),
    'the documented block has `listen 80;` and `root /var/www/exo-oauth-doctor;`');
  block = replaced;
  const tmp = (n) => `${n}_temp_path ${join(prefix, 'tmp', n)};`;
  writeFileSync(join(prefix, 'nginx.conf'), `daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'logs', 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${join(prefix, 'logs', 'access.log')};
  ${tmp('client_body')} ${tmp('proxy')} ${tmp('fastcgi')} ${tmp('uwsgi')} ${tmp('scgi')}
${block}
}
`);
  // Never as root: as root, run it as the unprivileged user "nobody", which must own its prefix.
  const asRoot = process.getuid && process.getuid() === 0;
  const ids = asRoot ? { uid: 65534, gid: 65534 } : {};
  if (asRoot) {
    const own = (p) => {
      chownSync(p, 65534, 65534);
      if (statSync(p).isDirectory()) {
        chmodSync(p, 0o755);
        for (const e of readdirSync(p)) own(join(p, e));
      }
    };
    own(prefix);
  }
  const proc = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'logs', 'error.log')],
    { ...ids, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  let exited = null;
  proc.on('exit', (code, signal) => { exited = `exit ${code ?? signal}`; });
  proc.on('error', (e) => { exited = e.message; });
  const url = `http://127.0.0.1:${port}/`;
  const errorLog = () => {
    try { return readFileSync(join(prefix, 'logs', 'error.log'), 'utf8').trim().split('\n').slice(-3).join(' | '); } catch { return ''; }
  };
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      await get(url);
      nginx = { url, prefix, proc };
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  skipReason = `nginx could not start (${exited || 'no answer within 10 s'}): ${stderr.trim()} ${errorLog()}`.trim();
  if (!exited) proc.kill('SIGTERM');
  rmSync(prefix, { recursive: true, force: true });
});

after(async () => {
  if (!nginx) return;
  const done = new Promise((r) => nginx.proc.once('exit', r));
  nginx.proc.kill('SIGQUIT');
  await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
  if (nginx.proc.exitCode === null && nginx.proc.signalCode === null) nginx.proc.kill('SIGKILL');
  rmSync(nginx.prefix, { recursive: true, force: true });
});

test('nginx with the documented config serves the page with its headers, compressed, CSP intact, no other request',
  async (t) => {
    if (!nginx) {
      t.skip(skipReason);
      return;
    }
    const { browser, page, errors } = await launch();
    try {
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective));
      });
      const response = await page.goto(nginx.url);
      await waitForApp(page);
      const h = response.headers();
      assert.equal(response.status(), 200);
      assert.equal(h['content-security-policy'], documentedCsp(), 'the CSP header is the documented one');
      assert.match(h['content-security-policy'], /connect-src 'none'/);
      assert.match(h['content-security-policy'], /frame-ancestors 'none'/);
      assert.equal(h['x-content-type-options'], 'nosniff');
      assert.equal(h['referrer-policy'], 'no-referrer');
      assert.equal(h['x-frame-options'], 'DENY');
      assert.equal(h['cache-control'], 'no-cache');
      assert.match(h['content-type'], /^text\/html; charset=utf-8$/i);
      assert.equal(h['content-encoding'], 'gzip', 'served compressed');
      assert.match(h.vary || '', /Accept-Encoding/i);

      // The page's own policy is still there, unchanged, and nothing broke it.
      const file = readFileSync(join(SITE, 'index.html'), 'utf8');
      const metaCsp = file.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
      assert.equal(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'), metaCsp);
      assert.match(metaCsp, /script-src 'sha256-[^']+' 'wasm-unsafe-eval'/);

      // The app runs: an analysis renders the CLI's verdict, and the footer names version and commit.
      await page.fill('#app textarea', LOG);
      // Written by hand: LogonDenied with no token leads, as a guess, with the candidate the labelled reports of a
      // bare IMAP failure showed most (src/catalogue/priors.rs): a token requested for Graph.
      await page.locator('.verdict[data-cause="wrong_token_audience"]').waitFor({ timeout: 20000 });
      assert.equal((await page.textContent('#top-cause')).trim(), 'Token for the wrong API (the Graph trap)');
      assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
      const version = (await page.textContent('footer .version')).trim();
      assert.match(version, /^exo-oauth-doctor \d+\.\d+\.\d+\S*, commit ([0-9a-f]{40}|unknown)$/);

      const page0 = nginx.url;
      assert.deepEqual(requests.filter((u) => u !== page0 && !u.startsWith('data:')), [],
        'no request besides the page itself');
      assert.deepEqual(errors, []);
      // nginx saw the browser once (its other line is this test's readiness probe, which sends no User-Agent).
      const log = readFileSync(join(nginx.prefix, 'logs', 'access.log'), 'utf8').trim().split('\n');
      const fromBrowser = log.filter((l) => l.includes('HeadlessChrome'));
      assert.equal(fromBrowser.length, 1, `one request from the browser in nginx's log:\n${log.join('\n')}`);
      assert.match(fromBrowser[0], /"GET \/ HTTP\/1\.1" 200 /);
      // Both policies forbid a request: a fetch from the page fails.
      const fetched = await page.evaluate(() => fetch(location.href).then(() => 'sent', () => 'blocked'));
      assert.equal(fetched, 'blocked');
    } finally {
      await browser.close();
    }
  });

test('nginx with the documented config refuses to be framed by another site', async (t) => {
  if (!nginx) {
    t.skip(skipReason);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'exo-framer-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>framer</title></head>
<body><iframe src="${nginx.url}" title="framed" sandbox="allow-scripts allow-downloads"></iframe></body></html>`);
  const framer = await startServer(dir);
  const { browser, page } = await launch();
  try {
    await page.goto(framer.url);
    await page.waitForTimeout(1500);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    assert.ok(frame, 'the iframe exists');
    assert.equal(await frame.locator('#app').count(), 0, 'the page did not load inside another site\'s frame');
  } finally {
    await browser.close();
    await framer.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
