// First load over a slow link (part of scripts/bench.sh): the release page served compressed by the test server, loaded
// in headless Chromium with the network emulated at 1.6 Mbit/s down, 750 kbit/s up and a 150 ms round trip, cache off.
// Prints, best and median of five loads: navigation → the app mounted (the bundle's `exo-app-mounted` mark, after the
// wasm is unpacked and instantiated) and navigation → the verdict on screen for a pasted 2 KB log.
import { readFileSync } from 'node:fs';
import { SITE, startServer, launch, waitForApp } from '../tests/browser/harness.mjs';

const DOWN_BITS = 1.6e6;
const UP_BITS = 750e3;
const RTT_MS = 150;
const LOADS = 5;

// A 2 KB log: the first whole lines of the benchmark's mixed log, or of the corpus when that is missing.
const source = (() => {
  try {
    return readFileSync('target/bench/log-1MB.txt', 'utf8');
  } catch {
    return readFileSync('tests/fixtures/corpus.jsonl', 'utf8')
      .split('\n').filter(Boolean).map((l) => JSON.parse(l).text).join('\n');
  }
})();
const paste = source.slice(0, source.lastIndexOf('\n', 2048) + 1) || source.slice(0, 2048);

const server = await startServer(SITE);
const { browser, page, errors } = await launch();
const mounted = [];
const verdict = [];
let transferred = 0;
try {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: RTT_MS,
    downloadThroughput: DOWN_BITS / 8,
    uploadThroughput: UP_BITS / 8,
  });
  cdp.on('Network.loadingFinished', (e) => { transferred = Math.max(transferred, e.encodedDataLength); });
  for (let i = 0; i < LOADS; i++) {
    await page.goto(server.url, { waitUntil: 'commit', timeout: 120000 });
    await waitForApp(page, 120000);
    mounted.push(await page.evaluate(() => performance.getEntriesByName('exo-app-mounted')[0]?.startTime ?? NaN));
    await page.fill('#app textarea', paste);
    await page.waitForFunction(() => performance.getEntriesByName('exo-verdict-rendered').length > 0, null, { timeout: 20000 });
    verdict.push(await page.evaluate(() => performance.getEntriesByName('exo-verdict-rendered')[0].startTime));
  }
} finally {
  await browser.close();
  await server.close();
}
const f = (x) => x.toFixed(0);
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log(`slow link (${DOWN_BITS / 1e6} Mbit/s down, ${RTT_MS} ms round trip, cache off; page transferred ${(transferred / 1024).toFixed(1)} KiB):`);
console.log(`  navigation → interactive (app mounted): best ${f(Math.min(...mounted))} ms, median ${f(median(mounted))} ms`);
console.log(`  navigation → first verdict for a pasted ${paste.length} B log: best ${f(Math.min(...verdict))} ms, median ${f(median(verdict))} ms`);
if (errors.length) console.log(`console errors: ${JSON.stringify(errors)}`);
