// LZMA ("alone" format) decoder: what the page runs to unpack its wasm. It follows the reference decoder of the
// LZMA SDK (LzmaSpec.cpp): a range decoder, bit models of 11 bits, literals with the match byte after a match,
// length and distance coders, and the four repeated distances. `size` is the unpacked length.
// Written here rather than taken from a package: the page carries it inline and needs only the decoder, about 100
// lines. scripts/bundle.mjs runs it on every build and fails unless it gives back the wasm byte for byte.
function lzmaDecode(inp, size) {
  let ip = 13, range = 0xFFFFFFFF, code = 0;
  const props = inp[0], lc = props % 9, lp = ((props / 9) | 0) % 5, pb = (props / 45) | 0;
  const out = new Uint8Array(size);
  for (let i = 0; i < 5; i++) code = code * 256 + inp[ip++];
  // Every bit model in one array: the literal coders first, then the others at these offsets.
  const isMatch = 0x300 << (lc + lp), isRep = isMatch + 192, isRepG0 = isRep + 12, isRepG1 = isRepG0 + 12,
    isRepG2 = isRepG1 + 12, isRep0Long = isRepG2 + 12, posSlot = isRep0Long + 192, posDec = posSlot + 256,
    align = posDec + 115, lenDec = align + 16, repLenDec = lenDec + 514, lit = 0;
  const P = new Uint16Array(repLenDec + 514).fill(1024);
  const bit = (i) => {
    const p = P[i], bound = (range >>> 11) * p;
    let b;
    if (code < bound) { range = bound; P[i] = p + ((2048 - p) >> 5); b = 0; }
    else { range -= bound; code -= bound; P[i] = p - (p >> 5); b = 1; }
    if (range < 16777216) { range *= 256; code = code * 256 + inp[ip++]; }
    return b;
  };
  const tree = (base, n) => { let m = 1; for (let i = 0; i < n; i++) m = m * 2 + bit(base + m); return m - (1 << n); };
  const rtree = (base, n) => {
    let m = 1, s = 0;
    for (let i = 0; i < n; i++) { const b = bit(base + m); m = m * 2 + b; s |= b << i; }
    return s;
  };
  const direct = (n) => {
    let r = 0;
    for (; n > 0; n--) {
      range = range >>> 1;
      let b = 0;
      if (code >= range) { code -= range; b = 1; }
      r = r * 2 + b;
      if (range < 16777216) { range *= 256; code = code * 256 + inp[ip++]; }
    }
    return r;
  };
  // Length coder: choice, choice2, low (16 × 8), mid (16 × 8), high (256).
  const len = (p, ps) => !bit(p) ? tree(p + 2 + ps * 8, 3)
    : !bit(p + 1) ? 8 + tree(p + 130 + ps * 8, 3) : 16 + tree(p + 258, 8);
  let pos = 0, state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0;
  const pbMask = (1 << pb) - 1, lpMask = (1 << lp) - 1;
  while (pos < size) {
    const ps = pos & pbMask;
    if (!bit(isMatch + (state << 4) + ps)) {
      const prev = pos > 0 ? out[pos - 1] : 0;
      const base = 0x300 * (((pos & lpMask) << lc) + (prev >> (8 - lc)));
      let s = 1;
      if (state >= 7) {
        let mb = out[pos - rep0 - 1];
        do {
          const m = (mb >> 7) & 1;
          mb <<= 1;
          const b = bit(lit + base + ((1 + m) << 8) + s);
          s = (s << 1) | b;
          if (m !== b) break;
        } while (s < 0x100);
      }
      while (s < 0x100) s = (s << 1) | bit(lit + base + s);
      out[pos++] = s - 0x100;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let n;
    if (bit(isRep + state)) {
      if (pos === 0) throw new Error('lzma: bad stream');
      if (!bit(isRepG0 + state)) {
        if (!bit(isRep0Long + (state << 4) + ps)) {
          state = state < 7 ? 9 : 11;
          out[pos] = out[pos - rep0 - 1];
          pos++;
          continue;
        }
      } else {
        let d;
        if (!bit(isRepG1 + state)) d = rep1;
        else { if (!bit(isRepG2 + state)) d = rep2; else { d = rep3; rep3 = rep2; } rep2 = rep1; }
        rep1 = rep0;
        rep0 = d;
      }
      n = len(repLenDec, ps);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2; rep2 = rep1; rep1 = rep0;
      n = len(lenDec, ps);
      state = state < 7 ? 7 : 10;
      const slot = tree(posSlot + ((n < 3 ? n : 3) << 6), 6);
      if (slot < 4) rep0 = slot;
      else {
        const bits = (slot >>> 1) - 1;
        rep0 = (2 | (slot & 1)) * 2 ** bits;
        if (slot < 14) rep0 += rtree(posDec + rep0 - slot, bits);
        else rep0 += direct(bits - 4) * 16 + rtree(align, 4);
        if (rep0 === 0xFFFFFFFF) break;
      }
      if (rep0 >= pos) throw new Error('lzma: bad distance');
    }
    for (n += 2; n > 0 && pos < size; n--, pos++) out[pos] = out[pos - rep0 - 1];
  }
  if (pos !== size) throw new Error('lzma: stream ends early');
  return out;
}
