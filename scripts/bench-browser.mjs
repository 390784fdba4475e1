// The in-browser half of scripts/bench.sh: the release page in headless Chromium, measured on the very logs the
// native benchmark wrote to target/bench/ (same input, same run). Prints one table and writes target/bench/browser.json.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { SITE, startServer, launch, waitForApp } from '../tests/browser/harness.mjs';

const NOW = 1704905372;
/** Each size is analysed repeatedly for at least this long and this many times (as natively); the best run counts. */
const RUN_FOR_MS = 2000;
const MIN_RUNS = 6;
/** The logs the native benchmark wrote, with its figures: 1, 10 and 50 MB of a mixed log, 50 MB of a retry loop, 50 MB of
 * an IMAP protocol log with a token every four lines, 50 MB of JSON records. */
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

  for (const n of native) {
    const file = `target/bench/${n.file}`;
    if (!existsSync(file)) throw new Error(`${file} is missing: run cargo bench --bench analyze first`);
    const text = readFileSync(file, 'utf8');
    await page.evaluate((t) => { window.benchInput = t; }, text);
    // The same method as the native side (benches/analyze.rs): repeat for at least RUN_FOR_MS and MIN_RUNS times,
    // keep the best run. The first runs of a fresh page execute baseline-compiled WebAssembly (V8's Liftoff) until
    // the optimising compiler (TurboFan) has replaced the hot functions; repeating measures the warm code, as native.
    // The first runs on a 50 MB text also grow the wasm memory; at least MIN_RUNS runs keep that out of the best run.
    const { best, runs } = await page.evaluate(({ now, runFor, minRuns }) => {
      let best = Infinity;
      let runs = 0;
      const start = performance.now();
      while (runs < minRuns || performance.now() - start < runFor) {
        best = Math.min(best, window.exoBench.analyze(window.benchInput, now));
        runs += 1;
      }
      return { best, runs };
    }, { now: NOW, runFor: RUN_FOR_MS, minRuns: MIN_RUNS });
    const bytes = Buffer.byteLength(text);
    const memory = await page.evaluate(() => window.exoBench.memoryBytes());
    await page.evaluate(() => { window.benchInput = null; });
    results.sizes.push({ label: n.label, bytes, ms: best, runs, mbs: bytes / 1e6 / (best / 1e3), nativeMbs: n.mbs, memory });
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

  // A 50 MB paste: the longest main-thread task from the paste to the verdict on screen. The paste is delivered
  // the way the clipboard does (a paste event with the text); the page takes a text too large for the field over
  // without letting the browser insert it. The time runs from the paste event to the verdict on screen and includes
  // the 150 ms pause the page waits for more typing. Measured twice: the log as it is, and the same log joined into
  // one line (a minified JSON answer or a log without line breaks must not freeze the page either).
  const pasteBig = async (text) => {
    await page.goto(`${server.url}?bench`);
    await waitForApp(page);
    await page.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longTasks.push(e.duration); })
        .observe({ type: 'longtask', buffered: false });
    });
    await page.evaluate((t) => { window.benchInput = t; }, text);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', window.benchInput);
      window.benchInput = null;
      performance.mark('bench-paste');
      document.querySelector('#app textarea').dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const notes = new Set();
    const deadline = Date.now() + 120000;
    while (Date.now() < deadline) {
      notes.add(await page.evaluate(() => document.querySelector('.input .status')?.textContent ?? ''));
      if (await page.evaluate(() => performance.getEntriesByName('exo-verdict-rendered').length > 0)) break;
      await page.waitForTimeout(25);
    }
    await page.waitForTimeout(500);
    const longTasks = await page.evaluate(() => window.longTasks.map(Math.round));
    return {
      pasteToVerdictMs: await page.evaluate(() =>
        performance.getEntriesByName('exo-verdict-rendered')[0].startTime - performance.getEntriesByName('bench-paste')[0].startTime),
      longTasks,
      longestTaskMs: Math.max(0, ...longTasks),
      progressNotes: [...notes].filter((n) => /%/.test(n)).length,
      memoryBytes: await page.evaluate(() => window.exoBench.memoryBytes()),
      bytes: Buffer.byteLength(text),
    };
  };
  // The 1 MB log pasted: over the field's limit, so masked in place and analysed as a large paste is (the
  // throughput runs above analyse a masked copy, as the native benchmark does, and so hold the text twice).
  results.paste1Mb = await pasteBig(readFileSync('target/bench/log-1MB.txt', 'utf8'));
  const big = readFileSync('target/bench/log-50MB.txt', 'utf8');
  results.paste50Mb = await pasteBig(big);
  results.paste50MbOneLine = await pasteBig(big.replaceAll('\n', ' '));
  // And a log with evidence on every line: a service retrying a failing token request (the most work for the rules).
  results.paste50MbRetry = await pasteBig(readFileSync('target/bench/retry-50MB.txt', 'utf8'));
  // And an IMAP client's protocol log with a token (inside XOAUTH2) every four lines.
  results.paste50MbTokens = await pasteBig(readFileSync('target/bench/tokens-50MB.txt', 'utf8'));
  // And a log of JSON records, each quoting an escaped IMAP refusal (escapes and evidence on every line).
  results.paste50MbJson = await pasteBig(readFileSync('target/bench/json-50MB.txt', 'utf8'));
} finally {
  await browser.close();
  await server.close();
}

const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
console.log('\nanalysis throughput (scan + diagnose + remedy), same input native and in the page:');
console.log('      MB   native MB/s   browser MB/s   ratio   wasm memory / input   runs in page');
for (const s of results.sizes) {
  console.log(`${s.label.padStart(8)}   ${f(s.nativeMbs).padStart(11)}   ${f(s.mbs).padStart(12)}   ${f(s.nativeMbs / s.mbs, 2).padStart(5)}   ${f(s.memory / s.bytes, 2).padStart(8)}x   ${String(s.runs).padStart(12)}`);
}
console.log(`time to interactive (navigation → app mounted, best of 5): ${f(results.ttiMs)} ms`);
console.log(`100 KB paste: analysis start → verdict on screen (best of 5): ${f(results.verdict100kMs)} ms`);
for (const [label, r] of [['1 MB paste', results.paste1Mb], ['50 MB paste', results.paste50Mb], ['50 MB paste, one line', results.paste50MbOneLine],
  ['50 MB paste, retry loop', results.paste50MbRetry], ['50 MB paste, a token every four lines', results.paste50MbTokens],
  ['50 MB paste, JSON records', results.paste50MbJson]]) {
  console.log(`${label}: paste → verdict on screen ${f(r.pasteToVerdictMs)} ms; longest main-thread task: ${f(r.longestTaskMs)} ms ` +
    `(long tasks: ${r.longTasks.join(', ')} ms); ${r.progressNotes} progress notes seen; wasm memory ${f(r.memoryBytes / r.bytes, 2)}x the input`);
}
if (errors.length) console.log(`console errors: ${JSON.stringify(errors)}`);
writeFileSync('target/bench/browser.json', JSON.stringify(results, null, 2));
