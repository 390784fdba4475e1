//! Secrets in pasted text: found once, masked in place, before anything else reads the text.
//!
//! The scanner masks every block of text with [`mask_in_place`] before a detector reads it, so
//! every piece of evidence — and every message, reason, report and page view made from it —
//! only ever sees the masked text. The page's evidence view masks the pasted text with
//! [`mask`] before it shows it.
//!
//! A secret's value is overwritten byte for byte with `*` after its first characters (one for a
//! value of up to six characters, else three), so the masked text has the same length and every
//! byte offset (evidence spans) stays valid. Masking is idempotent.
//!
//! What counts as a secret is decided by where a value stands, never by guessing at random
//! strings:
//! - a JWT's signature (`eyJ….eyJ….<signature>`, also where a console wrapped it over lines):
//!   the header and payload are evidence and stay readable, the signature is what makes the
//!   token usable by whoever reads it; a quoted token (in an exception message, a server reply,
//!   a JSON record) shows only its first three signature characters anywhere;
//! - a value after a key whose name ends in `secret`, `password`, `passwd`, `pwd`, `pass`, the
//!   German `passwort` or `kennwort` (also closed compounds, `Anwendungskennwort`), the Danish
//!   and Norwegian `passord`, or `passphrase` / `pass_phrase` (`client_secret=…`,
//!   `"password": "…"`, `Kennwort: …`, `PEMPassPhrase=…`, `Password=…;` in a
//!   connection string, `<ClientSecret>…</ClientSecret>`, `-ClientSecret '…'`,
//!   `-CertificatePassword …`, `--password …`, escaped `\"client_secret\":\"…\"`);
//! - the string given to `ConvertTo-SecureString` and the literal arguments of
//!   `PSCredential(…)`, `NetworkCredential(…)`, `ClientSecretCredential(…)` and
//!   `-ArgumentList` after them (user names, e-mail addresses, host names and GUIDs stay);
//! - the password of IMAP `LOGIN user pass`, POP3 `PASS …`, the `AUTH PLAIN`/`AUTHENTICATE PLAIN`
//!   blob, the base64 line answering SMTP's `334 UGFzc3dvcmQ6` ("Password:"), HTTP `Authorization:
//!   Basic …`, a URL's `user:password@`, and curl's `-u user:password`;
//! - a value shaped like an Entra client secret (`abc8Q~…`, 40 characters) anywhere, and a
//!   secret-shaped value where AADSTS700016 names the client id (`identifier '…'`): an admin
//!   who pasted the secret into the client id field.
//!
//! Values that are variables or placeholders (`$secret`, `%SECRET%`, `{secret}`, `<secret>`,
//! `(…)`), GUIDs (a secret's *id*, which is not secret) and values already masked are left.
//!
//! Speed: one pass over the bytes tests each pair of bytes against the needles' first two
//! (two table lookups) and compares a needle only where they stand; only the places they match are read closely, each within a bounded
//! window, so a line of megabytes costs what its hits cost. (Hand-written rather than
//! `memchr::memmem` or `aho-corasick`: either would add its searchers to the page's wasm;
//! thirteen `memmem` passes cost more than this one, and `aho-corasick` has no SIMD in wasm.)

mod reader;
mod shape;
pub use shape::is_guid;

use reader::Reader;
pub(crate) use shape::is_b64url;
use std::borrow::Cow;

/// The character a masked byte becomes.
pub const MASK: u8 = b'*';

/// How far before a hit the close reading looks (for the key's start).
const BEFORE: usize = 96;
/// How far after a hit the close reading looks (for the value's end).
const AFTER: usize = 2048;

/// What a needle hit asks to be read closely.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// A key name ending in a secret word: the value after it.
    Keyed,
    /// `ConvertTo-SecureString`.
    SecureString,
    /// `…Credential(`.
    Credential,
    /// IMAP `LOGIN`.
    Login,
    /// `AUTH PLAIN`.
    Plain,
    /// An Entra client secret's `Q~`.
    SecretShape,
    /// `scheme://user:password@`.
    UserInfo,
    /// curl `-u`/`--user`.
    CurlUser,
    /// `Authorization: Basic`.
    Basic,
    /// SMTP's base64 "Password:" prompt.
    SmtpPrompt,
    /// AADSTS700016's `identifier '…'`.
    Identifier,
    /// A JWT's `eyJ`: its signature.
    JwtSignature,
}

/// The needles (lower case), the offset of the two bytes that anchor them and their rules. The
/// anchor pairs are rare in logs and in base64 (`cr`, `pa`, `pw`, `cu`, `ba`, `pl`, `gi`, `q~`,
/// `fz`, `if`, either case) and `@` alone: one pass finds them 32 bytes at a time natively
/// (AVX2, by table lookups on the bytes' halves; 16 with SSE2 on a CPU without it), 16 with
/// SIMD128 in the page, and compares a needle only where its anchor stands.
const NEEDLES: &[(&[u8], usize, Rule)] = &[
    (b"secret", 2, Rule::Keyed),
    // `password`, `passwd`, `pass`, POP3 `PASS`.
    (b"pass", 0, Rule::Keyed),
    (b"pwd", 0, Rule::Keyed),
    // German `Kennwort`, anchored by `nw` (`Passwort` is read by `pass`).
    (b"kennwort", 3, Rule::Keyed),
    (b"securestr", 2, Rule::SecureString),
    (b"credential", 0, Rule::Credential),
    (b"basic ", 0, Rule::Basic),
    (b"curl ", 0, Rule::CurlUser),
    (b" plain ", 1, Rule::Plain),
    (b"login ", 2, Rule::Login),
    (b"q~", 0, Rule::SecretShape),
    // `user:password@host`: read back from the `@` (anchored by `@` alone).
    (b"@", 0, Rule::UserInfo),
    (b"ugfzc3dvcmq6", 2, Rule::SmtpPrompt),
    (b"identifier ", 5, Rule::Identifier),
    // `eyJ…`: case is checked by the close reading (the anchor pair `ey` is folded).
    (b"eyj", 0, Rule::JwtSignature),
];

/// The distinct anchor pairs (lower case; `| 0x20` of the text gives them for either case).
/// `fz` stands first: the ninth first byte, `n`, shares its bucket (see [`nibble_tables`]), and
/// the crossed pairs of that bucket, `fw` and `nz`, are rare.
const PAIRS: [[u8; 2]; 12] = [
    *b"fz", *b"cr", *b"pa", *b"pw", *b"cu", *b"ba", *b"pl", *b"gi", *b"q~", *b"if", *b"ey", *b"nw",
];

/// Per byte: the needles whose anchor starts (`at` 0) or goes on (`at` 1) with it, either case;
/// a one-byte anchor goes on with any byte.
const fn anchor_table(at: usize) -> [u16; 256] {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < NEEDLES.len() {
        let (n, off, _) = NEEDLES[i];
        if off + at >= n.len() {
            let mut c = 0;
            while c < 256 {
                t[c] |= 1 << i;
                c += 1;
            }
        } else {
            let c = n[off + at];
            t[c as usize] |= 1 << i;
            t[c.to_ascii_uppercase() as usize] |= 1 << i;
        }
        i += 1;
    }
    t
}

static ANCHOR_FIRST: [u16; 256] = anchor_table(0);
static ANCHOR_SECOND: [u16; 256] = anchor_table(1);

/// Whether `hay` ends with `suffix` (lower case), ignoring ASCII case.
pub(crate) fn ends_with_ci(hay: &[u8], suffix: &[u8]) -> bool {
    hay.len() >= suffix.len() && starts_ci(hay, hay.len() - suffix.len(), suffix)
}

/// Whether `b[s..]` starts with `needle` (lower case), ignoring ASCII case.
fn starts_ci(b: &[u8], s: usize, needle: &[u8]) -> bool {
    b.get(s..s + needle.len()).is_some_and(|w| {
        w.iter()
            .zip(needle)
            .all(|(&x, &y)| x.to_ascii_lowercase() == y)
    })
}

/// The needles anchored at `i`.
fn anchored(b: &[u8], i: usize) -> u16 {
    ANCHOR_FIRST[b[i] as usize] & ANCHOR_SECOND[b.get(i + 1).copied().unwrap_or(0) as usize]
}

/// [`hits`] at `at + k` for every bit `k` set in `mask` (a vector step's matches).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn hits_in(b: &[u8], at: usize, mut mask: u32, out: &mut Vec<(usize, usize)>) {
    while mask != 0 {
        hits(b, at + mask.trailing_zeros() as usize, out);
        mask &= mask - 1;
    }
}

/// Compares the needles anchored at `i` and reads the ones that stand there.
#[inline(never)]
fn hits(b: &[u8], i: usize, out: &mut Vec<(usize, usize)>) {
    let mut m = anchored(b, i);
    while m != 0 {
        let k = m.trailing_zeros() as usize;
        m &= m - 1;
        let (needle, off, rule) = NEEDLES[k];
        if i >= off && starts_ci(b, i - off, needle) {
            read_hit(b, i - off, rule, out);
        }
    }
}

/// Calls `hits` for every anchor in `b[from..]`, one byte at a time.
fn scan_scalar(b: &[u8], from: usize, out: &mut Vec<(usize, usize)>) {
    for i in from..b.len() {
        if anchored(b, i) != 0 {
            hits(b, i, out);
        }
    }
}

/// Calls `hits` for every anchor of `b`: 32 bytes at a time with AVX2 where the CPU has it, else
/// 16 at a time with SSE2 (every x86_64 CPU).
#[cfg(target_arch = "x86_64")]
fn scan(b: &[u8], out: &mut Vec<(usize, usize)>) {
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2 (checked just above).
        unsafe { scan_avx2(b, out) };
    } else {
        scan_sse2(b, out);
    }
}

/// The anchor pairs by their first byte, a bucket (bit) per distinct first byte, as four tables
/// of sixteen: the buckets of a byte's low and high half (first byte), and of the second byte's
/// low and high half. A pair of bytes (folded) can start an anchor when the first byte's buckets
/// and the second's share a bit. A bucket holds one first byte, so the first byte's two halves
/// name it exactly, or, past eight first bytes, two that share their high half (`f` and `n`:
/// the halves name both and no third); the second byte's halves (and a shared bucket's
/// crossed pairs, `fw` and `nz`) may let a few other pairs through, which [`hits`] turns down.
#[cfg(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
))]
const fn nibble_tables() -> [[u8; 16]; 4] {
    let mut t = [[0u8; 16]; 4];
    let mut firsts = [0u8; 8];
    let mut shared = 0u8;
    let mut n = 0;
    let mut k = 0;
    while k < PAIRS.len() {
        let (a, b) = (PAIRS[k][0], PAIRS[k][1]);
        let mut j = 0;
        while j < n && firsts[j] != a {
            j += 1;
        }
        if j == n && n == 8 {
            // A ninth first byte shares the bucket of the first one with its high half whose
            // bucket holds one byte only (none: a build error, more buckets than a byte has).
            j = 0;
            while firsts[j] >> 4 != a >> 4 || shared & (1 << j) != 0 {
                j += 1;
            }
            shared |= 1 << j;
        } else if j == n {
            firsts[n] = a;
            n += 1;
        }
        let bit = 1u8 << j;
        t[0][(a & 15) as usize] |= bit;
        t[1][(a >> 4) as usize] |= bit;
        t[2][(b & 15) as usize] |= bit;
        t[3][(b >> 4) as usize] |= bit;
        k += 1;
    }
    t
}

#[cfg(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
))]
static NIBBLES: [[u8; 16]; 4] = nibble_tables();

/// [`scan`] 32 bytes a step: the anchor pairs are found by table lookups on the bytes' halves
/// (four shuffles) instead of eleven pairs of comparisons.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn scan_avx2(b: &[u8], out: &mut Vec<(usize, usize)>) {
    use core::arch::x86_64::*;
    let table = |t: &[u8; 16]| {
        // SAFETY: reads the 16 bytes of `t`.
        let x = unsafe { _mm_loadu_si128(t.as_ptr() as *const __m128i) };
        _mm256_broadcastsi128_si256(x)
    };
    let (lo1, hi1, lo2, hi2) = (
        table(&NIBBLES[0]),
        table(&NIBBLES[1]),
        table(&NIBBLES[2]),
        table(&NIBBLES[3]),
    );
    let fold = _mm256_set1_epi8(0x20);
    let low = _mm256_set1_epi8(0x0f);
    let at_sign = _mm256_set1_epi8(b'@' as i8);
    let zero = _mm256_setzero_si256();
    let buckets = |x: __m256i, lo: __m256i, hi: __m256i| {
        let l = _mm256_and_si256(x, low);
        let h = _mm256_and_si256(_mm256_srli_epi16(x, 4), low);
        _mm256_and_si256(_mm256_shuffle_epi8(lo, l), _mm256_shuffle_epi8(hi, h))
    };
    let mut at = 0;
    while at + 33 <= b.len() {
        // SAFETY: both loads read 32 bytes inside `b` (`at + 33 <= len`).
        let (v, w) = unsafe {
            (
                _mm256_loadu_si256(b.as_ptr().add(at) as *const __m256i),
                _mm256_loadu_si256(b.as_ptr().add(at + 1) as *const __m256i),
            )
        };
        let pair = _mm256_and_si256(
            buckets(_mm256_or_si256(v, fold), lo1, hi1),
            buckets(_mm256_or_si256(w, fold), lo2, hi2),
        );
        let mask = !(_mm256_movemask_epi8(_mm256_cmpeq_epi8(pair, zero)) as u32)
            | _mm256_movemask_epi8(_mm256_cmpeq_epi8(v, at_sign)) as u32;
        hits_in(b, at, mask, out);
        at += 32;
    }
    scan_scalar(b, at, out);
}

/// [`scan`] 16 bytes a step with SSE2.
#[cfg(target_arch = "x86_64")]
fn scan_sse2(b: &[u8], out: &mut Vec<(usize, usize)>) {
    use core::arch::x86_64::*;
    let mut at = 0;
    // SAFETY: SSE2 is part of x86_64; both loads read 16 bytes inside `b` (`at + 17 <= len`).
    unsafe {
        let fold = _mm_set1_epi8(0x20);
        let first = PAIRS.map(|p| _mm_set1_epi8(p[0] as i8));
        let second = PAIRS.map(|p| _mm_set1_epi8(p[1] as i8));
        let at_sign = _mm_set1_epi8(b'@' as i8);
        while at + 17 <= b.len() {
            let v = _mm_loadu_si128(b.as_ptr().add(at) as *const __m128i);
            let w = _mm_loadu_si128(b.as_ptr().add(at + 1) as *const __m128i);
            let f = _mm_or_si128(v, fold);
            let g = _mm_or_si128(w, fold);
            let mut hit = _mm_cmpeq_epi8(v, at_sign);
            for k in 0..PAIRS.len() {
                let pair = _mm_and_si128(_mm_cmpeq_epi8(f, first[k]), _mm_cmpeq_epi8(g, second[k]));
                hit = _mm_or_si128(hit, pair);
            }
            let mask = _mm_movemask_epi8(hit) as u32;
            hits_in(b, at, mask, out);
            at += 16;
        }
    }
    scan_scalar(b, at, out);
}

/// Calls `hits` for every anchor of `b`, 16 bytes at a time with WebAssembly SIMD: the anchor
/// pairs are found by table lookups on the bytes' halves (four swizzles, as the AVX2 pass does)
/// instead of eleven pairs of comparisons.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn scan(b: &[u8], out: &mut Vec<(usize, usize)>) {
    use core::arch::wasm32::*;
    // SAFETY: reads the 16 bytes of each table; no alignment needed.
    let table = |t: &[u8; 16]| unsafe { v128_load(t.as_ptr() as *const v128) };
    let (lo1, hi1, lo2, hi2) = (
        table(&NIBBLES[0]),
        table(&NIBBLES[1]),
        table(&NIBBLES[2]),
        table(&NIBBLES[3]),
    );
    let fold = u8x16_splat(0x20);
    let low = u8x16_splat(0x0f);
    let at_sign = u8x16_splat(b'@');
    let zero = u8x16_splat(0);
    // Both halves are below 16, so no lane of a swizzle reads past its table.
    let buckets = |x: v128, lo: v128, hi: v128| {
        v128_and(
            u8x16_swizzle(lo, v128_and(x, low)),
            u8x16_swizzle(hi, u8x16_shr(x, 4)),
        )
    };
    // A lane of `pair` is not zero, or one of `v` is an `@`, where an anchor stands.
    let step = |at: usize| {
        // SAFETY: both loads read 16 bytes inside `b` (the loop checks `at + 33 <= len`, where
        // the second step's loads end); no alignment needed.
        let (v, w) = unsafe {
            (
                v128_load(b.as_ptr().add(at) as *const v128),
                v128_load(b.as_ptr().add(at + 1) as *const v128),
            )
        };
        let pair = v128_and(
            buckets(v128_or(v, fold), lo1, hi1),
            buckets(v128_or(w, fold), lo2, hi2),
        );
        (pair, u8x16_eq(v, at_sign))
    };
    let bits = |(pair, at_signs): (v128, v128)| {
        u32::from(u8x16_bitmask(v128_or(u8x16_gt(pair, zero), at_signs)))
    };
    let mut at = 0;
    // 32 bytes a step, with one test for both halves (most steps hold no anchor).
    while at + 33 <= b.len() {
        let (one, two) = (step(at), step(at + 16));
        if v128_any_true(v128_or(v128_or(one.0, one.1), v128_or(two.0, two.1))) {
            hits_in(b, at, bits(one) | bits(two) << 16, out);
        }
        at += 32;
    }
    // (The last 32 bytes at most: one at a time.)
    scan_scalar(b, at, out);
}

/// Calls `hits` for every anchor of `b`.
#[cfg(not(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
)))]
fn scan(b: &[u8], out: &mut Vec<(usize, usize)>) {
    scan_scalar(b, 0, out);
}

/// The byte ranges of the secret values in `text`, sorted and not overlapping. Each range is
/// the whole value; [`mask`] keeps its first characters.
pub fn find(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    scan(b, &mut out);
    crate::order::sort_by_key(&mut out, |&(s, e)| crate::order::pair(s, e));
    // Merge overlaps.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(out.len());
    for (s, e) in out {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// `text` with every secret value masked (same length, see the module docs). Borrowed when the
/// text holds no secret.
pub fn mask(text: &str) -> Cow<'_, str> {
    let mut c = Cow::Borrowed(text);
    mask_in_place(&mut c);
    c
}

/// A text whose secrets are masked: made only by [`mask_owned`], so an analysis given one
/// ([`crate::analysis::analyze_masked`]) need not mask it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Masked(String);

impl Masked {
    /// The masked text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The masked text, owned.
    pub fn into_string(self) -> String {
        self.0
    }
}

/// `text` with every secret value masked, in place: an owned text is never copied (the masked
/// bytes are ASCII over ASCII or whole characters, see [`mask_in_place`]). For a large input the
/// caller owns anyway (the CLI's file, the page's paste that is not shown in the field), so that
/// neither the scanner nor the evidence view copies it to mask it, and the scanner does not read
/// it for secrets a second time.
pub fn mask_owned(text: String) -> Masked {
    let mut c = Cow::Owned(text);
    mask_in_place(&mut c);
    Masked(c.into_owned())
}

/// Masks the secret values of the UTF-8 text `bytes` in place, as [`mask_in_place`] does, for
/// a text that already lives in memory it may write (the page's large paste, read straight
/// into one shared string): nothing is copied. The bytes stay UTF-8 (whole characters after a
/// boundary become ASCII). Bytes that are not UTF-8 are left as they are.
pub fn mask_bytes(bytes: &mut [u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    for (s, e) in to_mask(text).unwrap_or_default() {
        mask_range(bytes, s, e);
    }
}

/// Masks the secret values of `text`, copying it only when it holds one.
pub fn mask_in_place(text: &mut Cow<'_, str>) {
    let Some(ranges) = to_mask(text) else {
        return;
    };
    let mut bytes = std::mem::take(text).into_owned().into_bytes();
    for (s, e) in ranges {
        mask_range(&mut bytes, s, e);
    }
    // Only whole characters after a character boundary were replaced by ASCII bytes.
    *text = Cow::Owned(
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    );
}

/// The secret values of `text` to mask, or `None` when every one is masked already.
fn to_mask(text: &str) -> Option<Vec<(usize, usize)>> {
    let ranges = find(text);
    (!ranges.iter().all(|&(s, e)| already_masked(&text[s..e]))).then_some(ranges)
}

/// How many characters of a value of `chars` characters stay readable.
pub fn kept_chars(chars: usize) -> usize {
    if chars <= 6 {
        1
    } else {
        3
    }
}

fn already_masked(v: &str) -> bool {
    let keep = kept_chars(v.chars().count());
    v.chars().skip(keep).all(|c| c == MASK as char)
}

/// Overwrites the bytes of `[s, e)` after its first characters with [`MASK`].
fn mask_range(bytes: &mut [u8], s: usize, e: usize) {
    let Some(v) = bytes.get(s..e) else {
        return;
    };
    let Ok(v) = std::str::from_utf8(v) else {
        return;
    };
    let keep = kept_chars(v.chars().count());
    let from = v.char_indices().nth(keep).map_or(v.len(), |(i, _)| i);
    for c in &mut bytes[s + from..e] {
        *c = MASK;
    }
}

/// Bytes that may form a key name.
fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-' || c == b'.'
}

/// The start and end of the line around `pos`, looked for within the reading window.
fn window(b: &[u8], pos: usize) -> (usize, usize) {
    let lo = pos.saturating_sub(BEFORE);
    let hi = (pos + AFTER).min(b.len());
    let s = memchr::memrchr(b'\n', &b[lo..pos]).map_or(lo, |o| lo + o + 1);
    let e = memchr::memchr(b'\n', &b[pos..hi]).map_or(hi, |o| pos + o);
    (s, e)
}

/// Whether a key-named hit at `pos` can be followed by a value: [`Reader::keyed`] reads one only
/// after a delimiter (`=`, `:`, `>` of an XML element), after a dashed key (`-ClientSecret …`)
/// or after POP3's `PASS`. Told from the bytes next to the key, before the line around it is
/// looked for: a key's bytes and the quotes and blanks after it never hold a line break, so
/// this reads what the close reading would read. The word `secret` in prose (`Invalid client
/// secret provided`) is then turned down at the cost of a few comparisons.
fn keyed_may_hold(b: &[u8], pos: usize) -> bool {
    let lo = pos.saturating_sub(BEFORE);
    let hi = (pos + AFTER).min(b.len());
    let r = Reader { b, ls: lo, le: hi };
    let (ks, ke) = r.key_around(pos);
    if b.get(ks) == Some(&b'-') || b[ks..ke].eq_ignore_ascii_case(b"pass") {
        return true;
    }
    let mut i = ke;
    while i < hi && matches!(b[i], b'"' | b'\'' | b'\\' | b']') {
        i += 1;
    }
    matches!(r.at(r.skip_blanks(i)), b'=' | b':' | b'>')
}

fn read_hit(b: &[u8], pos: usize, rule: Rule, out: &mut Vec<(usize, usize)>) {
    if rule == Rule::Keyed && !keyed_may_hold(b, pos) {
        return;
    }
    let (ls, le) = window(b, pos);
    let r = Reader { b, ls, le };
    match rule {
        Rule::Keyed => r.keyed(pos, out),
        Rule::SecureString => r.secure_string(pos, out),
        Rule::Credential => r.credential(pos, out),
        Rule::Login => r.login(pos, out),
        Rule::Plain => r.plain(pos, out),
        Rule::SecretShape => r.secret_shape(pos, out),
        Rule::UserInfo => r.user_info(pos, out),
        Rule::CurlUser => r.curl_user(pos, out),
        Rule::Basic => r.basic(pos, out),
        Rule::SmtpPrompt => r.smtp_prompt(pos, out),
        Rule::Identifier => r.identifier(pos, out),
        Rule::JwtSignature => r.jwt_signature(pos, out),
    }
}

/// The first place of `needle` in `hay` (a walk over its first byte, see [`find_by`]: the
/// needles are short and most haystacks are a word or a line, so this beats building a
/// searcher, and it keeps `memmem` out of the page). The scanner's `find` is this one.
pub(crate) fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    find_by(hay, needle, 0)
}

/// [`find_bytes`] walking over the needle's byte at `k` instead of its first: for a needle
/// whose first byte is common in logs and whose byte at `k` is rare. Candidates come in
/// increasing order, so the first match is the first place.
pub(crate) fn find_by(hay: &[u8], needle: &[u8], k: usize) -> Option<usize> {
    let &rare = needle.get(k)?;
    if needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len() + k;
    let at = |j: usize| needle_at(hay, needle, k, j);
    // Most haystacks are a word or a line: sixteen bytes a step without a call (one `memchr`
    // call costs more than a word's whole search), `memchr` past that.
    let mut from = k;
    let short = (last + 1).min(SHORT);
    while from + 16 <= short {
        let mut m = eq16(&hay[from..from + 16], rare);
        while m != 0 {
            let j = from + m.trailing_zeros() as usize;
            m &= m - 1;
            if let Some(i) = at(j) {
                return Some(i);
            }
        }
        from += 16;
    }
    if last < SHORT {
        // The last places: one step over the last sixteen (the ones before `from` are read
        // already), or one at a time in a haystack shorter than that.
        if from <= last && last >= 15 {
            let base = last - 15;
            let mut m = eq16(&hay[base..base + 16], rare) >> (from - base) << (from - base);
            while m != 0 {
                let j = base + m.trailing_zeros() as usize;
                m &= m - 1;
                if let Some(i) = at(j) {
                    return Some(i);
                }
            }
            return None;
        }
        return (from..=last).find_map(|j| if hay[j] == rare { at(j) } else { None });
    }
    while from <= last {
        let j = from + memchr::memchr(rare, &hay[from..=last])?;
        if let Some(i) = at(j) {
            return Some(i);
        }
        from = j + 1;
    }
    None
}

/// Where the needle starts if it stands at `j - k` (its byte at `k` is at `j`).
#[inline(always)]
fn needle_at(hay: &[u8], needle: &[u8], k: usize, j: usize) -> Option<usize> {
    let i = j - k;
    let w = hay.get(i..i + needle.len())?;
    w.iter().zip(needle).all(|(a, b)| a == b).then_some(i)
}

/// Haystacks up to this long are searched without `memchr` (see [`find_by`]).
const SHORT: usize = 512;

/// A bit per byte of `b` (16 bytes) that equals `c`.
#[inline(always)]
#[cfg(target_arch = "x86_64")]
pub(crate) fn eq16(b: &[u8], c: u8) -> u32 {
    use core::arch::x86_64::*;
    assert!(b.len() >= 16);
    // SAFETY: SSE2 is part of x86_64; the load reads the 16 bytes of `b` checked above.
    unsafe {
        let v = _mm_loadu_si128(b.as_ptr() as *const __m128i);
        _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8))) as u32
    }
}

/// The bytes of `v` in `[lo, lo + n)`, as a compare mask: a shift that puts `lo` at -128, then a
/// signed compare (SSE2 has no unsigned one).
#[inline(always)]
#[cfg(target_arch = "x86_64")]
pub(crate) fn within16(
    v: core::arch::x86_64::__m128i,
    lo: u8,
    n: u8,
) -> core::arch::x86_64::__m128i {
    use core::arch::x86_64::*;
    // SAFETY: SSE2 is part of x86_64; the intrinsics only compute on registers.
    unsafe {
        let shifted = _mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
        _mm_cmplt_epi8(shifted, _mm_set1_epi8(0x80u8.wrapping_add(n) as i8))
    }
}

/// A bit per byte of `b` (16 bytes) that equals `c`.
#[inline(always)]
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub(crate) fn eq16(b: &[u8], c: u8) -> u32 {
    use core::arch::wasm32::*;
    assert!(b.len() >= 16);
    // SAFETY: the load reads the 16 bytes of `b` checked above; no alignment needed.
    let v = unsafe { v128_load(b.as_ptr() as *const v128) };
    u32::from(u8x16_bitmask(u8x16_eq(v, u8x16_splat(c))))
}

/// A bit per byte of `b` (16 bytes) that equals `c`.
#[inline(always)]
#[cfg(not(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
)))]
pub(crate) fn eq16(b: &[u8], c: u8) -> u32 {
    b[..16]
        .iter()
        .enumerate()
        .fold(0, |m, (i, &x)| m | (u32::from(x == c) << i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_bytes_agrees_with_the_plain_definition() {
        let hays: [&[u8]; 5] = [
            b"",
            b"term 'Get-X' is not recognized as the name of a term 'x'",
            b"* OK The Microsoft Exchange IMAP4 service is ready. [x]",
            b"aaaa'aaa''",
            b"'''",
        ];
        let needles: [&[u8]; 7] = [
            b"",
            b"term '",
            b"service is ready.",
            b"'",
            b"a'",
            b"''",
            b"x]",
        ];
        for h in hays {
            for n in needles {
                let plain = (!n.is_empty())
                    .then(|| h.windows(n.len()).position(|w| w == n))
                    .flatten();
                for k in 0..n.len() {
                    assert_eq!(find_by(h, n, k), plain, "{h:?} {n:?} {k}");
                }
                assert_eq!(find_bytes(h, n), plain, "{h:?} {n:?}");
            }
        }
    }

    proptest::proptest! {
        /// The vector walks find the anchors the byte-by-byte walk finds, in the same order.
        #[test]
        fn vector_scans_find_what_the_scalar_scan_finds(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "pass", "PaSs", "secret=", "pwd:", "Q~", "q^", "@", "eyJ", "ey", "PLAIN ",
                    "login ", "Basic ", "curl ", "identifier ", "UGFzc3dvcmQ6", "credential",
                    "SecureString", "pg", "c", "r", "u", "x", " ", "\n", "=", "\u{e4}", "a.b",
                    "https://svc:Tr0ub4dor", "mail.example.org",
                ]),
                0..120,
            ),
        ) {
            let text = parts.concat();
            let b = text.as_bytes();
            let mut scalar = Vec::new();
            scan_scalar(b, 0, &mut scalar);
            let mut vector = Vec::new();
            scan(b, &mut vector);
            proptest::prop_assert_eq!(&vector, &scalar);
            #[cfg(target_arch = "x86_64")]
            {
                let mut sse2 = Vec::new();
                scan_sse2(b, &mut sse2);
                proptest::prop_assert_eq!(&sse2, &scalar);
            }
        }

        /// A key-named hit turned down before its line is looked for is one the close reading
        /// would read no value after, wherever it stands (prose, keys with delimiters, quotes,
        /// blanks, line breaks, `PASS`, dashed keys, the ends of the text).
        #[test]
        fn keyed_hits_turned_down_early_hold_no_value(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "secret", "Secret", "client_secret", "pass", "PASS", "password", "pwd", "-",
                    "--", "\"", "'", "\\", "]", " ", "\t", "\n", "\r", "=", ":", ">", "<", "x",
                    "provided", "value", "$v", "s3cr3t", ".", "_", "\u{e4}", "PASS s3cr3t\n",
                    "-ClientSecret ", "<password>", "\\\"secret\\\":\\\"",
                ]),
                0..40,
            ),
        ) {
            let text = parts.concat();
            let b = text.as_bytes();
            for pos in 0..b.len() {
                let keyed = NEEDLES.iter().any(|&(n, _, rule)| rule == Rule::Keyed && starts_ci(b, pos, n));
                if !keyed || keyed_may_hold(b, pos) {
                    continue;
                }
                let (ls, le) = window(b, pos);
                let mut out = Vec::new();
                Reader { b, ls, le }.keyed(pos, &mut out);
                proptest::prop_assert!(out.is_empty(), "{:?} at {}: {:?}", text, pos, out);
            }
        }

        /// Whatever the haystack's length (a word, a line, past the short search), the walk
        /// over any byte of the needle finds its first place.
        #[test]
        fn find_by_finds_the_first_place(
            hay in proptest::collection::vec(proptest::sample::select(b"ab\n".to_vec()), 0..400),
            needle in proptest::collection::vec(proptest::sample::select(b"ab".to_vec()), 1..6),
            k in 0usize..6,
        ) {
            let k = k % needle.len();
            let plain = hay.windows(needle.len()).position(|w| w == needle.as_slice());
            proptest::prop_assert_eq!(find_by(&hay, &needle, k), plain);
        }
    }

    fn masked(s: &str) -> String {
        mask(s).into_owned()
    }

    #[test]
    fn masks_values_by_position_and_keeps_length() {
        let cases = [
            (
                "client_secret=abcDEF123456&x=1",
                "client_secret=abc*********&x=1",
            ),
            (r#"{"password": "hunter2"}"#, r#"{"password": "hun****"}"#),
            ("-ClientSecret 'p@ss''word'", "-ClientSecret 'p@s*******'"),
            ("PASS s3cret", "PASS s*****"),
            (
                "a1 LOGIN user@contoso.com \"Sommer2024!\"",
                "a1 LOGIN user@contoso.com \"Som********\"",
            ),
            (
                "https://svc:Tr0ub4dor@mail.example.org/x",
                "https://svc:Tr0******@mail.example.org/x",
            ),
            (
                "<password>hunter2</password>",
                "<password>hun****</password>",
            ),
            ("<Password>Sommer2024!", "<Password>Som********"),
            // A placeholder in a client's message, and the server's reply after it.
            (
                "IMAP command 'LOGIN <user> <pass>' returned an error: NO LOGIN failed.",
                "IMAP command 'LOGIN <user> <pass>' returned an error: NO LOGIN failed.",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(masked(input), want, "{input}");
            assert_eq!(masked(input).len(), input.len());
        }
    }

    /// Every needle is anchored by one of the bytes the SIMD pass looks for, and the scalar
    /// pass finds what the SIMD pass finds (on a text of every needle at every alignment).
    #[test]
    fn anchors_cover_every_needle() {
        for (n, off, _) in NEEDLES {
            let anchor = &n[*off..(*off + 2).min(n.len())];
            assert!(
                anchor == b"@" || PAIRS.iter().any(|p| p == anchor),
                "{:?}",
                std::str::from_utf8(n)
            );
        }
        let line = "x client_secret=abcdefgh pass=Sommer24 Pwd=hunter22 ConvertTo-SecureString 'k9k9k9k9' \
            PSCredential('a@b.de', 'x9x9x9x9') curl -u a:b9b9b9b9 C: AUTH PLAIN AGFAYjlCOUI5 a1 LOGIN u \
            \"p9p9p9p9\" abc8Q~abcdefghijklmnopqrstuvwxyz01234567 https://u:w9w9w9w9@h/ \
            Authorization: Basic dTp3OXc5dzl3OQ== identifier 'Xy78Q~kR2vN9pL.sT4wq_Hm7bZ-eJ1cVf3gYu8dA' \
            Kennwort: k8k8k8k8 fwd Lizenz Anwendung\n";
        for pad in 0..17 {
            let text = format!("{}{line}{line}", " ".repeat(pad));
            let mut simd = Vec::new();
            scan(text.as_bytes(), &mut simd);
            let mut scalar = Vec::new();
            scan_scalar(text.as_bytes(), 0, &mut scalar);
            assert_eq!(simd, scalar, "pad {pad}");
            assert!(simd.len() >= 2 * 11, "pad {pad}: {}", simd.len());
        }
    }

    #[test]
    fn an_owned_text_is_masked_where_it_is() {
        let text =
            "token eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJlLXBhcnQ end password=hunter22"
                .to_string();
        let at = text.as_ptr();
        let masked = mask_owned(text).into_string();
        assert_eq!(masked.as_ptr(), at, "copied");
        assert_eq!(
            masked,
            "token eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2l**************** end password=hun*****"
        );
        // Masked once, the scanner's own masking finds nothing left to copy for.
        assert!(matches!(mask(&masked), Cow::Borrowed(_)));
    }

    #[test]
    fn leaves_guids_variables_and_prose() {
        for s in [
            "client_secret=0c7b1f0e-1a2b-4c3d-9e8f-000000000001",
            "-ClientSecret $secret",
            "AADSTS7000215: Invalid client secret provided.",
            "invalid username or password.",
            "Password=%SMTP_PASSWORD%;",
            "client_secret=[REDACTED]&x=1",
            "password=${env:SMTP_PASS}",
            "-ClientSecret (Get-Secret -Name smtp)",
            "* BAD No login methods supported!",
            "Check your receiving login and password",
            "Bitte prüfen Sie Login und Passwort",
            "Wrong login or password.",
            // A client's prose: a mechanism named "login" and what it needs.
            "SMTP authentication method login requires SASL",
            "SMTP-Authentifizierung login benötigt SASL",
        ] {
            assert_eq!(masked(s), s);
        }
    }
}
