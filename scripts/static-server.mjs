// A tiny static file server on 127.0.0.1 for the built page (used by scripts/serve.sh and the browser tests).
//
// It serves the precompressed copies that scripts/build.sh writes next to each file (`index.html.br`,
// `index.html.gz`), chosen by the request's Accept-Encoding (brotli before gzip, `;q=0` refuses), with
// `Content-Encoding` and `Vary: Accept-Encoding`, as nginx (gzip_static/brotli_static), IIS and static hosting
// services do: the browser downloads the bytes it would download from a real deployment. A copy older than its
// original (a rebuild without scripts/precompress.mjs) is ignored, so a stale copy is never served.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Precompressed variants in order of preference: brotli, then gzip. */
const ENCODINGS = [['br', '.br'], ['gzip', '.gz']];

/**
 * The encodings an Accept-Encoding header accepts (RFC 9110 §12.5.3): names with q > 0, lower-case; `*` stands for
 * any encoding not named.
 */
export function acceptedEncodings(header) {
  const named = new Map();
  for (const part of String(header || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    named.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const star = named.get('*');
  return (encoding) => (named.has(encoding) ? named.get(encoding) > 0 : star !== undefined && star > 0);
}

/** Serves `dir` on 127.0.0.1:`port` (0 = any free port); resolves to `{ url, requests, close }`. */
export function startServer(dir, port = 0) {
  const root = resolve(dir);
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside root');
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const headers = {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      };
      let body = null;
      const accepts = acceptedEncodings(req.headers['accept-encoding']);
      const compressible = !ENCODINGS.some(([, ext]) => file.endsWith(ext));
      for (const [encoding, ext] of compressible ? ENCODINGS : []) {
        const copy = await stat(file + ext).catch(() => null);
        if (!copy || !copy.isFile()) continue;
        // The response depends on Accept-Encoding whenever a compressed copy exists.
        headers.vary = 'Accept-Encoding';
        if (body === null && accepts(encoding) && copy.mtimeMs >= info.mtimeMs) {
          body = await readFile(file + ext);
          headers['content-encoding'] = encoding;
        }
      }
      if (body === null) body = await readFile(file);
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      ok({ url: `http://127.0.0.1:${p}/`, requests, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist/site', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer(dir, Number(port));
  console.log(`serving ${dir} on ${url} (gzip/brotli copies when present; Ctrl+C to stop)`);
}
