// The in-browser half of scripts/bench.sh: the release page in headless Chromium, measured on the very logs the
// native benchmark wrote to target/bench/ (same input, same run). Prints one table and writes target/bench/browser.json.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { SITE, startServer, launch, waitForApp } from '../tests/browser/harness.mjs';

const NOW = 1704905372;
const sizes = [1, 10, 50];
const native = JSON.parse(readFileSync('target/bench/native.json', 'utf8'));
const server = await startServer(SITE);
const { browser, page, errors } = await launch();
const results = { sizes: [], errors };
try {
  // Time to interactive: navigation start → the app has mounted (mark set by the bundle right after init).
  const tti = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(`${server.url}?bench`);
    await waitForApp(page);
    tti.push(await page.evaluate(() => performance.getEntriesByName('exo-app-mounted')[0]?.startTime ?? NaN));
  }
  results.ttiMs = Math.min(...tti);

  for (const mb of sizes) {
    const file = `target/bench/log-${mb}MB.txt`;
    if (!existsSync(file)) throw new Error(`${file} is missing: run cargo bench --bench analyze first`);
    const text = readFileSync(file, 'utf8');
    await page.evaluate((t) => { window.benchInput = t; }, text);
    const runs = mb >= 50 ? 2 : 3;
    let best = Infinity;
    for (let r = 0; r < runs; r++) {
      best = Math.min(best, await page.evaluate((now) => window.exoBench.analyze(window.benchInput, now), NOW));
    }
    const bytes = Buffer.byteLength(text);
    const memory = await page.evaluate(() => window.exoBench.memoryBytes());
    await page.evaluate(() => { window.benchInput = null; });
    const n = native.find((x) => x.mb === mb);
    results.sizes.push({ mb, bytes, ms: best, mbs: bytes / 1e6 / (best / 1e3), nativeMbs: n?.mbs, memory });
  }

  // Time to first verdict for a 100 KB paste: from the analysis start to the verdict on screen (marks set by the page).
  const paste = readFileSync('target/bench/log-1MB.txt', 'utf8').slice(0, 100_000);
  const verdictMs = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(`${server.url}?bench`);
    await waitForApp(page);
    await page.fill('#app textarea', paste);
    await page.waitForFunction(() => performance.getEntriesByName('exo-verdict-rendered').length > 0, null, { timeout: 10000 });
    verdictMs.push(await page.evaluate(() => {
      const start = performance.getEntriesByName('exo-analysis-start').at(-1).startTime;
      const done = performance.getEntriesByName('exo-verdict-rendered').at(-1).startTime;
      return done - start;
    }));
  }
  results.verdict100kMs = Math.min(...verdictMs);

  // A 50 MB paste: the longest main-thread task while the page analyses it.
  await page.goto(`${server.url}?bench`);
  await waitForApp(page);
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: false });
  });
  const big = readFileSync('target/bench/log-50MB.txt', 'utf8');
  await page.evaluate((t) => {
    const area = document.querySelector('#app textarea');
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, big);
  await page.waitForFunction(() => performance.getEntriesByName('exo-verdict-rendered').length > 0, null, { timeout: 120000 });
  await page.waitForTimeout(500);
  results.longestTask50MbMs = await page.evaluate(() => Math.max(0, ...window.longTasks));
  results.memory50MbBytes = await page.evaluate(() => window.exoBench.memoryBytes());
} finally {
  await browser.close();
  await server.close();
}

const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
console.log('\nanalysis throughput (scan + diagnose + remedy), same input native and in the page:');
console.log('    MB   native MB/s   browser MB/s   ratio   wasm memory / input');
for (const s of results.sizes) {
  console.log(`${String(s.mb).padStart(6)}   ${f(s.nativeMbs).padStart(11)}   ${f(s.mbs).padStart(12)}   ${f(s.nativeMbs / s.mbs, 2).padStart(5)}   ${f(s.memory / s.bytes, 2).padStart(8)}x`);
}
console.log(`time to interactive (navigation → app mounted, best of 5): ${f(results.ttiMs)} ms`);
console.log(`100 KB paste: analysis start → verdict on screen (best of 5): ${f(results.verdict100kMs)} ms`);
console.log(`50 MB paste: longest main-thread task: ${f(results.longestTask50MbMs)} ms; wasm memory ${f(results.memory50MbBytes / 50e6, 2)}x the input`);
if (errors.length) console.log(`console errors: ${JSON.stringify(errors)}`);
writeFileSync('target/bench/browser.json', JSON.stringify(results, null, 2));
