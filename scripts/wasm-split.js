// The wasm's code section as separate streams: what the page runs to put it back together after LZMA (wasmJoin); its
// mirror, wasmSplit in scripts/bundle.mjs, takes it apart by the same table. LZMA packs a wasm function's bytes better
// when like goes with like: the opcodes in one stream and each kind of immediate (local indices, called functions,
// constants, memory offsets, …) in its own, rather than all interleaved as the format writes them (about 17 KB less
// of packed code on the page's wasm; docs/PERFORMANCE.md). The function bodies' sizes are not stored: a body ends with
// the `end` that closes its outermost block, and its size is written back from its length. The wasm the page
// instantiates is the same, byte for byte: scripts/bundle.mjs joins every build's split with this code and fails
// unless it gives back the wasm it took apart.
//
// WASM_KIND[op] says where an opcode's immediates go: 0 none; 1–19 one LEB128 number of that stream; 20 and up the
// opcodes below, whose immediates are read case by case; 255 an opcode the split does not know (it fails, and with it
// the build). The streams: 0 opcodes, 1 locals, 2 block types, 3 branch depths, 4 called functions, 5 indirect calls,
// 6 local.get, 7 local.set, 8 local.tee, 9 globals, 10 alignments, 11 load offsets, 12 store offsets, 13 i32
// constants, 14 i64 constants, 15 float constants, 16 v128 constants and shuffles, 17 lanes, 18 prefixed opcodes, 19
// the rest.
const WASM_STREAMS = 20;
const WASM_KIND = (() => {
  const k = new Uint8Array(256).fill(255);
  k.fill(0, 0x45, 0xc5);
  for (const op of [0x00, 0x01, 0x05, 0x0f, 0x1a, 0x1b, 0xd1]) k[op] = 0;
  k.fill(20, 0x02, 0x05); // block, loop, if: a block type, one level deeper
  k[0x0b] = 21; // end
  k.fill(22, 0x28, 0x3f); // loads and stores: alignment, offset
  k[0x0e] = 23; // br_table
  k[0x11] = k[0x13] = 24; // call_indirect: type, table
  k[0x43] = 25; k[0x44] = 26; // f32 and f64 constants
  k[0x1c] = 27; // select with types
  k[0xfc] = 28; k[0xfd] = 29; // prefixed: bulk memory, SIMD
  k[0x0c] = k[0x0d] = 3; k[0x10] = k[0x12] = 4; k[0x20] = 6; k[0x21] = 7; k[0x22] = 8; k[0x23] = k[0x24] = 9;
  k[0x41] = 13; k[0x42] = 14;
  for (const op of [0x25, 0x26, 0x3f, 0x40, 0xd0, 0xd2]) k[op] = 19;
  return k;
})();

// The wasm from its split form `t`: every section as it is but the code section, whose streams are walked back into
// function bodies. `size` is the wasm's length.
function wasmJoin(t, size) {
  const out = new Uint8Array(size), body = new Uint8Array(size), K = WASM_KIND;
  let i = 8, o = 8;
  out.set(t.subarray(0, 8));
  const num = () => { let v = 0, s = 1, b; do { b = t[i++]; v += (b & 127) * s; s *= 128; } while (b & 128); return v; };
  const put = (v) => { do { out[o++] = (v > 127 ? 128 : 0) | (v & 127); v = Math.floor(v / 128); } while (v); };
  while (i < t.length) {
    const start = i, id = t[i++], end = num() + i;
    if (id !== 10) { out.set(t.subarray(start, end), o); o += end - start; i = end; continue; }
    // The code section's length: what `size` leaves for it after the sections around it, its id and its length.
    const rest = t.length - end;
    let w = 1;
    while (size - o - 1 - w - rest >= 128 ** w) w++;
    out[o++] = 10;
    put(size - o - w - rest);
    const count = num(), at = new Int32Array(WASM_STREAMS), stop = new Int32Array(WASM_STREAMS);
    for (let k = 0; k < WASM_STREAMS; k++) stop[k] = num();
    for (let k = 0; k < WASM_STREAMS; k++) { at[k] = i; stop[k] = i += stop[k]; }
    put(count);
    let f = 0, b = 0;
    // Copies one LEB128 number of stream `s` into the body; gives back its value.
    const lb = (s) => {
      let p = at[s], v = (b = t[p++]) & 127, m = 128;
      body[f++] = b;
      while (b & 128) { body[f++] = b = t[p++]; v += (b & 127) * m; m *= 128; }
      at[s] = p;
      return v;
    };
    // Copies `n` raw bytes of stream `s`.
    const raw = (s, n) => { let p = at[s]; at[s] += n; while (n--) body[f++] = t[p++]; };
    // The opcodes with other immediates than one number.
    const special = (op, k) => {
      if (k === 22) { lb(10); lb(op <= 0x35 ? 11 : 12); return; }
      if (k === 23) { for (let n = lb(3); n >= 0; n--) lb(3); return; }
      if (k === 24) { lb(5); lb(5); return; }
      if (k === 25 || k === 26) { raw(15, k === 25 ? 4 : 8); return; }
      if (k === 27) { for (let n = lb(19); n > 0; n--) lb(19); return; }
      if (k === 28) {
        const sub = lb(18);
        if (sub >= 8) for (let n = sub === 8 || sub === 10 || sub === 12 || sub === 14 ? 2 : 1; n > 0; n--) lb(19);
        return;
      }
      if (k === 29) {
        const sub = lb(18);
        if (sub <= 11 || sub === 92 || sub === 93 || (sub >= 84 && sub <= 91)) {
          lb(10); lb(11);
          if (sub >= 84 && sub <= 91) raw(17, 1);
        } else if (sub === 12 || sub === 13) raw(16, 16);
        else if (sub >= 21 && sub <= 34) raw(17, 1);
        return;
      }
      throw new Error(`wasm-split: opcode ${op}`);
    };
    // One function body, into `body` (a function of its own: called once per body, it is optimised early).
    const one = () => {
      f = 0;
      for (let n = lb(1); n > 0; n--) { lb(1); lb(1); }
      for (let depth = 0, p0 = at[0]; ;) {
        const op = body[f++] = t[p0++], k = K[op];
        if (k === 0) continue;
        if (k < 20) {
          // One LEB128 number (inline: the common case).
          let p = at[k];
          do body[f++] = b = t[p++]; while (b & 128);
          at[k] = p;
          continue;
        }
        at[0] = p0;
        if (k === 21) { if (depth-- === 0) break; continue; }
        if (k === 20) { depth++; lb(2); continue; }
        special(op, k);
        p0 = at[0];
      }
    };
    for (let fn = 0; fn < count; fn++) {
      one();
      put(f);
      out.set(body.subarray(0, f), o);
      o += f;
    }
    for (let k = 0; k < WASM_STREAMS; k++) if (at[k] !== stop[k]) throw new Error('wasm-split: stream left over');
    i = end;
  }
  if (o !== size) throw new Error('wasm-split: size');
  return out;
}
