// Size budget of the shipped page: prints raw, gzip and brotli bytes per file and fails past the budget.
// The budget counts what a first visit downloads: the single HTML file with html + js + wasm + css inlined.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_GZIP = 150 * 1024;
const rows = [];
const measure = (label, path) => {
  const raw = readFileSync(path);
  const gz = gzipSync(raw, { level: 9 }).length;
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push({ label, raw: raw.length, gz, br });
  return gz;
};
for (const f of readdirSync('dist/trunk').filter((f) => /\.(wasm|js|css|html)$/.test(f)).sort()) {
  measure(`dist/trunk/${f}`, join('dist/trunk', f));
}
const total = measure('dist/site/index.html (all inlined)', 'dist/site/index.html');
const w = Math.max(...rows.map((r) => r.label.length));
console.log(`${'file'.padEnd(w)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
for (const r of rows) {
  console.log(`${r.label.padEnd(w)}  ${String(r.raw).padStart(9)}  ${String(r.gz).padStart(9)}  ${String(r.br).padStart(9)}`);
}
const kb = (n) => (n / 1024).toFixed(1);
if (total > BUDGET_GZIP) {
  console.error(`size: FAIL — the page is ${kb(total)} KiB gzip, over the ${kb(BUDGET_GZIP)} KiB budget`);
  process.exit(1);
}
console.log(`size: ok — the page is ${kb(total)} KiB gzip of ${kb(BUDGET_GZIP)} KiB budget`);
