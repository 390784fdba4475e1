// Turns Trunk's release output (index.html + JS glue + wasm + CSS) into one self-contained HTML file that works
// from file:// with no network: CSS in a <style>, the wasm-bindgen glue and the wasm bytes in one inline module script
// (async init from bytes), and a strict Content-Security-Policy whose script and style hashes are computed here.
//
// The same file is the hosted page (dist/site/index.html) and the offline download (dist/site/exo-oauth-doctor.html),
// so both run under `connect-src 'none'`: after load the page cannot make a request even by mistake.
//
// The wasm is embedded as a JS string with one character per byte (Latin-1), escaping only what HTML or JS forbid.
// That keeps the gzip size close to the wasm's own gzip size, where base64 would cost about a third more.
//
// usage: node scripts/bundle.mjs [trunkDist=dist/trunk] [outDir=dist/site]
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const [trunkDist = 'dist/trunk', outDir = 'dist/site'] = process.argv.slice(2);
const files = readdirSync(trunkDist);
const pick = (pred, what) => {
  const hit = files.filter(pred);
  if (hit.length !== 1) throw new Error(`bundle: expected one ${what} in ${trunkDist}, found ${JSON.stringify(hit)}`);
  return join(trunkDist, hit[0]);
};
const wasmPath = pick((f) => f.endsWith('_bg.wasm'), 'wasm file');
const gluePath = pick((f) => f.endsWith('.js'), 'JS glue file');
const cssFiles = files.filter((f) => f.endsWith('.css')).map((f) => join(trunkDist, f));

let html = readFileSync(join(trunkDist, 'index.html'), 'utf8');
const wasm = readFileSync(wasmPath);
const glue = readFileSync(gluePath, 'utf8');
const css = cssFiles.map((f) => readFileSync(f, 'utf8')).join('\n');

/** One JS string character per wasm byte; escapes NUL, CR, LF, quote, backslash and '<' (no `</script>`). */
function latin1Literal(bytes) {
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    switch (b) {
      case 0x00: {
        const next = bytes[i + 1];
        out.push(next >= 0x30 && next <= 0x39 ? '\\x00' : '\\0');
        break;
      }
      case 0x0a: out.push('\\n'); break;
      case 0x0d: out.push('\\r'); break;
      case 0x22: out.push('\\"'); break;
      case 0x5c: out.push('\\\\'); break;
      case 0x3c: out.push('\\x3c'); break;
      default: out.push(String.fromCharCode(b));
    }
  }
  return '"' + out.join('') + '"';
}

// Remove what Trunk injected for loading separate files.
html = html
  .replace(/<link[^>]*rel="(?:modulepreload|preload|stylesheet)"[^>]*>\s*/g, '')
  .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>\s*/g, '');
if (/<script|rel="stylesheet"/.test(html)) throw new Error('bundle: unexpected script or stylesheet left in Trunk output');
if (glue.includes('</script')) throw new Error('bundle: glue contains </script');

const boot = `
${glue}
const loading = document.getElementById("loading");
try {
  const text = ${latin1Literal(wasm)};
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const exports = await __wbg_init({ module_or_path: bytes });
  performance.mark("exo-app-mounted");
  if (new URLSearchParams(location.search).has("bench") && typeof benchAnalyze === "function") {
    // Only for scripts/bench.sh: analysis timing and wasm memory size, measured inside the page.
    window.exoBench = { analyze: benchAnalyze, memoryBytes: () => exports.memory.buffer.byteLength };
  }
} catch (error) {
  console.error("exo-oauth-doctor: the analyser could not start", error);
  if (loading) {
    loading.setAttribute("role", "alert");
    const p = loading.querySelector(".loading-text");
    p.dataset.state = "failed";
    p.textContent = "The analyser could not start in this browser (" + (error && error.message || error) +
      "). It needs WebAssembly; try a current Chrome, Edge or Firefox, or use the command-line tool exo-oauth-doctor. " +
      "Der Analysator konnte in diesem Browser nicht starten; er braucht WebAssembly.";
  }
}
`;
const style = css.replace(/<\/style/gi, '<\\/style');
const sha = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha(boot)} 'wasm-unsafe-eval'`,
  `style-src ${sha(style)}`,
  'img-src data:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const head = `<meta http-equiv="Content-Security-Policy" content="${csp}">\n  <link rel="icon" href="data:,">\n  <style>${style}</style>\n`;
if (!html.includes('<meta charset="utf-8">')) throw new Error('bundle: index.html must start its head with <meta charset="utf-8">');
// Replacement functions, not strings: the wasm bytes may contain `$&`, `$'` and the like.
html = html.replace('<meta charset="utf-8">', () => `<meta charset="utf-8">\n  ${head}`);
html = html.replace('</body>', () => `<script type="module">${boot}</script>\n</body>`);
// The policy must match what the browser will hash: the script and style exactly as written.
if (!html.includes(`<script type="module">${boot}</script>`) || !html.includes(`<style>${style}</style>`)) {
  throw new Error('bundle: inlined script or style differs from the hashed text');
}

mkdirSync(outDir, { recursive: true });
for (const name of ['index.html', 'exo-oauth-doctor.html']) writeFileSync(join(outDir, name), html);
const kb = (n) => (n / 1024).toFixed(1);
console.log(`bundle: wasm ${kb(wasm.length)} KiB + glue ${kb(glue.length)} KiB + css ${kb(css.length)} KiB -> ${join(outDir, 'exo-oauth-doctor.html')} (${kb(Buffer.byteLength(html))} KiB)`);
