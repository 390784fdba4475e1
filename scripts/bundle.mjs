// Turns Trunk's release output (index.html + JS glue + wasm + CSS) into one self-contained HTML file that works
// from file:// with no network: CSS in a <style>, the wasm-bindgen glue and the wasm bytes in one inline module script
// (async init from bytes), and a strict Content-Security-Policy whose script and style hashes are computed here.
//
// The same file is the hosted page (dist/site/index.html) and the offline download (dist/site/exo-oauth-doctor.html),
// so both run under `connect-src 'none'`: after load the page cannot make a request even by mistake.
//
// The wasm is packed with LZMA (`xz --format=lzma --lzma1=preset=9e,pb=0,lc=2`, the XZ Utils of every Debian; `pb=0`
// because wasm code is a byte stream without 4-byte alignment: 0.2 KiB smaller than `-9e`; `lc=2`, two bits of the
// previous byte as literal context, 0.1 KiB smaller than `lc=3` and 1.1 KiB smaller than `lc=4` since the code section
// goes in as streams) and embedded as base64; the page unpacks it with the small decoder in scripts/lzma-decode.js
// (about 150 ms for a megabyte) before it instantiates it. Before packing, the code section's function bodies are
// taken apart into streams of like parts (the opcodes, the local indices, the called functions, the constants, …;
// scripts/wasm-split.js), which LZMA packs about 17 KB smaller than the bodies as the format interleaves them; the page
// puts them back together after unpacking (about 20 ms).
// LZMA packs the wasm a fifth smaller than gzip -9 does, and gzip leaves base64 of packed bytes at their packed size,
// so the page costs what the LZMA-packed wasm costs. The bundle unpacks and joins its own output with the same code
// and fails unless it gives back the wasm byte for byte.
// The JS glue and the CSS are minified with esbuild (a pinned npm dev dependency).
//
// usage: node scripts/bundle.mjs [trunkDist=dist/trunk] [outDir=dist/site]
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { execFileSync } from 'node:child_process';

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
const trunkWasm = readFileSync(wasmPath);
const trunkGlue = readFileSync(gluePath, 'utf8');

/** The unsigned LEB128 number at `bytes[i]`, and where it ends. */
function leb(bytes, i) {
  let r = 0, s = 0, b;
  do { b = bytes[i++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80);
  return [r, i];
}

/** `n` as unsigned LEB128 bytes. */
function lebBytes(n) {
  const out = [];
  do { let b = n % 128; n = Math.floor(n / 128); if (n > 0) b |= 0x80; out.push(b); } while (n > 0);
  return out;
}

/** The section with `id`: where it starts, where its body starts and where it ends; null when there is none. */
function findSection(bytes, id) {
  let i = 8;
  while (i < bytes.length) {
    const [size, body] = leb(bytes, i + 1);
    if (bytes[i] === id) return { start: i, body, end: body + size };
    i = body + size;
  }
  return null;
}

/** `bytes` with section `sec` replaced by one of the same id holding `content` (an array of bytes). */
function replaceSection(bytes, sec, content) {
  const head = Buffer.from([bytes[sec.start], ...lebBytes(content.length), ...content]);
  return Buffer.concat([bytes.subarray(0, sec.start), head, bytes.subarray(sec.end)]);
}

/**
 * Short import names: wasm-bindgen names each import `__wbg_<name>_<16 hex digits>` (161 of them) in a module named
 * after the glue file, and writes every name twice (the wasm's import section, the glue's import object). Random hex
 * does not compress, so the bundle renames them `a`, `b`, … and the module `w`, in the wasm and in the glue alike.
 */
function shortImports(bytes, glue) {
  const str = (t) => { const b = Buffer.from(t, 'utf8'); return [...lebBytes(b.length), ...b]; };
  const sec = findSection(bytes, 2);
  if (!sec) return { wasm: bytes, glue };
  const [count, first] = leb(bytes, sec.body);
  let j = first;
  const entries = [];
  const names = new Map();
  let module = null;
  for (let k = 0; k < count; k++) {
    const [ml, ms] = leb(bytes, j);
    const mod = bytes.subarray(ms, ms + ml).toString('utf8');
    const [nl, ns] = leb(bytes, ms + ml);
    const name = bytes.subarray(ns, ns + nl).toString('utf8');
    // The import's description (kind and type), copied as it is.
    const kind = bytes[ns + nl];
    let end = ns + nl + 1;
    if (kind === 0) end = leb(bytes, end)[1];
    else throw new Error(`bundle: import ${name} is not a function (kind ${kind}); shortImports handles functions only`);
    if (module !== null && mod !== module) throw new Error('bundle: imports from more than one module');
    module = mod;
    const short = names.get(name) ?? (() => { const n = names.size; const t = n < 26 ? String.fromCharCode(97 + n) : 'i' + n.toString(36); names.set(name, t); return t; })();
    entries.push([...str('w'), ...str(short), ...bytes.subarray(ns + nl, end)]);
    j = end;
  }
  const out = replaceSection(bytes, sec, [...lebBytes(count), ...entries.flat()]);
  let g = glue;
  const moduleKey = JSON.stringify(module);
  if (g.split(moduleKey).length !== 2) throw new Error(`bundle: the glue names the import module ${moduleKey} other than once`);
  g = g.replace(moduleKey, () => '"w"');
  for (const [name, short] of names) {
    const re = new RegExp(`\\b${name}\\b`, 'g');
    const n = (g.match(re) || []).length;
    if (n !== 1) throw new Error(`bundle: the glue names import ${name} ${n} times, expected once`);
    g = g.replace(re, () => short);
  }
  return { wasm: out, glue: g };
}

/**
 * Short export names, likewise: the closure trampolines are exported as
 * `wasm_bindgen__convert__closures_____invoke__h<16 hex digits>` and the glue calls them by that name.
 */
function shortExports(bytes, glue) {
  const sec = findSection(bytes, 7);
  if (!sec) return { wasm: bytes, glue };
  const [count, first] = leb(bytes, sec.body);
  let j = first;
  const entries = [];
  let g = glue;
  let n = 0;
  for (let k = 0; k < count; k++) {
    const [nl, ns] = leb(bytes, j);
    let name = bytes.subarray(ns, ns + nl).toString('utf8');
    const [, end] = leb(bytes, ns + nl + 1); // kind byte, then the index
    if (/_h[0-9a-f]{16}$/.test(name)) {
      const short = `x${(n++).toString(36)}`;
      const re = new RegExp(`\\b${name}\\b`, 'g');
      if (!re.test(g)) throw new Error(`bundle: the glue never names export ${name}`);
      g = g.replace(re, () => short);
      name = short;
    }
    const nb = Buffer.from(name, 'utf8');
    entries.push([...lebBytes(nb.length), ...nb, ...bytes.subarray(ns + nl, end)]);
    j = end;
  }
  return { wasm: replaceSection(bytes, sec, [...lebBytes(count), ...entries.flat()]), glue: g };
}

/**
 * The top of the wasm's stack: rustc links wasm32 with the stack first in memory, from address 0 up to the initial
 * value of the first global (`__stack_pointer`, a mutable i32), and the data after it. Checked here, since the bench
 * mode's stack measurement (tests/browser/large.test.mjs) relies on that layout.
 */
function stackTop(bytes) {
  const globals = findSection(bytes, 6);
  if (!globals) throw new Error('bundle: the wasm has no globals (no stack pointer)');
  const [, first] = leb(bytes, globals.body);
  if (bytes[first] !== 0x7f || bytes[first + 1] !== 1 || bytes[first + 2] !== 0x41) {
    throw new Error('bundle: the first global of the wasm is not the mutable i32 stack pointer');
  }
  // i32.const takes a signed LEB128; the stack top is below 2^31.
  const [top] = leb(bytes, first + 3);
  const data = findSection(bytes, 11);
  const [count, firstSeg] = leb(bytes, data.body);
  let j = firstSeg;
  for (let k = 0; k < count; k++) {
    if (bytes[j] !== 0 || bytes[j + 1] !== 0x41) throw new Error('bundle: a data segment is not active at a constant offset');
    const [offset, afterOffset] = leb(bytes, j + 2);
    if (offset < top) throw new Error(`bundle: data at ${offset}, inside the stack (top ${top})`);
    const [size, body] = leb(bytes, afterOffset + 1); // the `end` after the offset, then the size
    j = body + size;
  }
  return top;
}

const shortened = shortImports(trunkWasm, trunkGlue);
const { wasm, glue } = shortExports(shortened.wasm, shortened.glue);
const css = cssFiles.map((f) => readFileSync(f, 'utf8')).join('\n');

/** The LZMA decoder the page runs (also run here on the packed bytes, as a check). */
const LZMA_DECODER = readFileSync(new URL('./lzma-decode.js', import.meta.url), 'utf8');

/** The joiner of the code section's streams the page runs (scripts/wasm-split.js; also run here, as a check). */
const WASM_SPLIT = readFileSync(new URL('./wasm-split.js', import.meta.url), 'utf8');
const { wasmJoin, WASM_KIND, WASM_STREAMS } = new Function(`${WASM_SPLIT}\nreturn { wasmJoin, WASM_KIND, WASM_STREAMS };`)();

/** `bytes` with its code section's function bodies taken apart into streams: the mirror of wasmJoin (same table). */
function wasmSplit(bytes) {
  const sec = findSection(bytes, 10);
  if (!sec) throw new Error('bundle: the wasm has no code section');
  const streams = Array.from({ length: WASM_STREAMS }, () => []);
  let [count, i] = leb(bytes, sec.body);
  const raw = (s, n) => { for (let k = 0; k < n; k++) streams[s].push(bytes[i++]); };
  const lb = (s) => { let v = 0, m = 1, b; do { b = bytes[i++]; streams[s].push(b); v += (b & 127) * m; m *= 128; } while (b & 128); return v; };
  const memarg = (offsets) => {
    if (lb(10) & 64) throw new Error('bundle: wasm-split knows no memory index in a memarg');
    lb(offsets);
  };
  for (let fn = 0; fn < count; fn++) {
    const [size, body] = leb(bytes, i);
    i = body;
    for (let n = lb(1); n > 0; n--) { lb(1); lb(1); }
    for (let depth = 0; ;) {
      const op = bytes[i];
      raw(0, 1);
      const k = WASM_KIND[op];
      if (k === 0) continue;
      if (k < 20) { lb(k); continue; }
      if (k === 21) { if (depth-- === 0) break; continue; }
      if (k === 22) { memarg(op <= 0x35 ? 11 : 12); continue; }
      if (k === 20) { depth++; lb(2); continue; }
      if (k === 23) { for (let n = lb(3); n >= 0; n--) lb(3); continue; }
      if (k === 24) { lb(5); lb(5); continue; }
      if (k === 25 || k === 26) { raw(15, k === 25 ? 4 : 8); continue; }
      if (k === 27) { for (let n = lb(19); n > 0; n--) lb(19); continue; }
      if (k === 28) {
        const sub = lb(18);
        if (sub > 17) throw new Error(`bundle: wasm-split knows no opcode 0xfc ${sub}`);
        if (sub >= 8) for (let n = sub === 8 || sub === 10 || sub === 12 || sub === 14 ? 2 : 1; n > 0; n--) lb(19);
        continue;
      }
      if (k === 29) {
        const sub = lb(18);
        if (sub <= 11 || sub === 92 || sub === 93 || (sub >= 84 && sub <= 91)) {
          memarg(11);
          if (sub >= 84 && sub <= 91) raw(17, 1);
        } else if (sub === 12 || sub === 13) raw(16, 16);
        else if (sub >= 21 && sub <= 34) raw(17, 1);
        else if (sub > 0x113) throw new Error(`bundle: wasm-split knows no opcode 0xfd ${sub}`);
        continue;
      }
      throw new Error(`bundle: wasm-split knows no opcode ${op}`);
    }
    if (i !== body + size) throw new Error(`bundle: function body ${fn} does not end where its size says`);
  }
  if (i !== sec.end) throw new Error('bundle: the code section does not end after its last function');
  const content = [...lebBytes(count), ...streams.flatMap((st) => lebBytes(st.length)), ...streams.flat()];
  return replaceSection(bytes, sec, content);
}

/** The wasm split (wasmSplit) and packed with LZMA, as base64, checked to unpack and join to the same bytes. */
function packWasm(bytes) {
  const split = wasmSplit(bytes);
  const packed = execFileSync('xz', ['--format=lzma', '--lzma1=preset=9e,pb=0,lc=2', '--stdout'], { input: split, maxBuffer: 1 << 28 });
  const lzmaDecode = new Function(`${LZMA_DECODER}\nreturn lzmaDecode;`)();
  const back = wasmJoin(lzmaDecode(new Uint8Array(packed), split.length), bytes.length);
  if (Buffer.compare(Buffer.from(back), Buffer.from(bytes)) !== 0) throw new Error('bundle: the LZMA decoder and the stream joiner do not give back the wasm');
  return { base64: packed.toString('base64'), size: bytes.length, splitSize: split.length, packed: packed.length };
}

// Remove what Trunk injected for loading separate files.
html = html
  .replace(/<link[^>]*rel="(?:modulepreload|preload|stylesheet)"[^>]*>\s*/g, '')
  .replace(/<script type="module"[^>]*>[\s\S]*?<\/script>\s*/g, '');
if (/<script|rel="stylesheet"/.test(html)) throw new Error('bundle: unexpected script or stylesheet left in Trunk output');
if (glue.includes('</script')) throw new Error('bundle: glue contains </script');

// The boot code around the glue is minified with it.
const encoded = packWasm(wasm);
const EXO_STACK_TOP = stackTop(wasm);
const bootSource = `
${glue}
${LZMA_DECODER}
${WASM_SPLIT}
const loading = document.getElementById("loading");
try {
  const packed = Uint8Array.from(atob(EXO_WASM_LZMA), (c) => c.charCodeAt(0));
  const bytes = wasmJoin(lzmaDecode(packed, EXO_WASM_SPLIT_SIZE), EXO_WASM_SIZE);
  const exports = await __wbg_init({ module_or_path: bytes });
  performance.mark("exo-app-mounted");
  if (new URLSearchParams(location.search).has("bench") && typeof benchAnalyze === "function") {
    // Only for scripts/bench.sh: analysis timing and wasm memory size, measured inside the page.
    // The wasm memory and where its stack ends, so that a test can measure how deep the stack went.
    window.exoBench = { analyze: benchAnalyze, memoryBytes: () => exports.memory.buffer.byteLength, memory: exports.memory, stackTop: ${EXO_STACK_TOP} };
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
const minified = transformSync(bootSource, { minify: true, format: 'esm', target: 'es2022', charset: 'utf8', legalComments: 'none' }).code;
// The wasm string stays outside what esbuild reads (it would escape it), declared before the minified code, which
// reads it as globals.
const boot = `const EXO_WASM_LZMA = "${encoded.base64}", EXO_WASM_SIZE = ${encoded.size}, EXO_WASM_SPLIT_SIZE = ${encoded.splitSize};\n${minified.trimEnd()}`;
if (boot.includes('</script')) throw new Error('bundle: boot code contains </script');
const style = transformSync(css, { minify: true, loader: 'css', charset: 'utf8', legalComments: 'none' }).code
  .trimEnd()
  .replace(/<\/style/gi, '<\\/style');
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

// The version and commit (from scripts/version.sh via scripts/build.sh) also stand in a meta tag: the wasm inside is
// permuted, so this is where `grep` (or a security team checking a file) finds which build a page is.
const versionOk = (v) => typeof v === 'string' && /^[0-9A-Za-z.+-]{1,80}$/.test(v);
const { EXO_VERSION, EXO_COMMIT } = process.env;
const versionMeta = versionOk(EXO_VERSION) && versionOk(EXO_COMMIT)
  ? `<meta name="exo-oauth-doctor-version" content="${EXO_VERSION}, commit ${EXO_COMMIT}">\n  `
  : '';
const head = `${versionMeta}<meta http-equiv="Content-Security-Policy" content="${csp}">\n  <link rel="icon" href="data:,">\n  <style>${style}</style>\n`;
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
console.log(`bundle: wasm ${kb(wasm.length)} KiB (LZMA ${kb(encoded.packed)} KiB) + glue ${kb(glue.length)} KiB + css ${kb(css.length)} KiB -> ${join(outDir, 'exo-oauth-doctor.html')} (${kb(Buffer.byteLength(html))} KiB)`);
