// Writes a gzip (.gz, level 9) and a brotli (.br, quality 11) copy next to every .html file in a directory, as real
// hosts serve them (nginx gzip_static/brotli_static, IIS static compression, Azure Static Web Apps, CDNs), so that
// scripts/static-server.mjs and the benchmark see the bytes a browser downloads from a real deployment.
// Deterministic: no file name or time in the gzip header, fixed parameters, the same bytes for the same input.
//
// usage: node scripts/precompress.mjs [dir=dist/site]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

/** Compresses `bytes` as gzip and brotli with the settings this project ships. */
export function compress(bytes) {
  return {
    gz: gzipSync(bytes, { level: 9 }),
    br: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist/site'] = process.argv.slice(2);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const raw = readFileSync(join(dir, name));
    const { gz, br } = compress(raw);
    writeFileSync(join(dir, `${name}.gz`), gz);
    writeFileSync(join(dir, `${name}.br`), br);
    const kb = (n) => (n / 1024).toFixed(1);
    console.log(`precompress: ${join(dir, name)} ${kb(raw.length)} KiB -> gzip ${kb(gz.length)} KiB, brotli ${kb(br.length)} KiB`);
  }
}
