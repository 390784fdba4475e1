// Knowledge-base embed: the page in a sandboxed iframe on another local origin renders without page chrome, opens
// a reference entry from its hash, and reports its height to the parent with postMessage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE, startServer, launch } from './harness.mjs';

let site;
let kb;
before(async () => {
  site = await startServer(SITE);
  const dir = mkdtempSync(join(tmpdir(), 'exo-kb-'));
  // The snippet from the README, pointed at the local server (localhost vs 127.0.0.1: a different origin).
  const readme = readFileSync('README.md', 'utf8');
  const snippet = readme.match(/<iframe[\s\S]*?<\/iframe>/);
  assert.ok(snippet, 'README shows an iframe snippet');
  const port = new URL(site.url).port;
  const iframe = snippet[0].replace(/src="[^"#?]*/, `src="http://localhost:${port}/`);
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>KB</title></head>
<body><h1>Knowledge base article</h1>${iframe}
<script>window.heights = []; addEventListener('message', (e) => {
  if (e.data && e.data.type === 'exo-oauth-doctor:height') window.heights.push([e.origin, e.data.height]);
});</script></body></html>`);
  kb = await startServer(dir);
});
after(async () => { await site.close(); await kb.close(); });

test('the embedded page renders in a sandboxed iframe and reports its height', async () => {
  const { browser, page, errors } = await launch();
  try {
    await page.goto(kb.url);
    const iframe = page.locator('iframe');
    const sandbox = await iframe.getAttribute('sandbox');
    assert.ok(sandbox && sandbox.includes('allow-scripts') && !sandbox.includes('allow-same-origin'),
      'the snippet sandboxes the frame without same-origin rights');
    const frame = page.frameLocator('iframe');
    await frame.locator('#app textarea, #app [id^="cause-"], #app article').first().waitFor({ timeout: 20000 });
    assert.equal(await frame.locator('#app header[role="banner"], #app footer').count(), 0, 'no page chrome in embed mode');
    await page.waitForFunction(() => window.heights.length > 0, null, { timeout: 10000 });
    const heights = await page.evaluate(() => window.heights);
    assert.ok(heights.every(([, h]) => Number.isFinite(h) && h > 100), `plausible heights: ${JSON.stringify(heights)}`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
