//! Repeated evidence is kept once: the scanner files every piece of evidence under a key made
//! of its kind and its normalised content, and a repeat only counts (and remembers where it
//! stood) instead of becoming another artifact. A log of a service retrying the same failing
//! sign-in a million times yields the artifacts of one attempt, each with its count, its last
//! line and time, and the places of its first repeats for the page's marks; memory and output
//! grow with the distinct evidence, not with the lines.
//!
//! What is the same evidence:
//! - messages (server replies, AADSTS errors, token-endpoint errors, API, PowerShell, client and
//!   network errors, logon refusals): the same kind and text once the parts that
//!   change with every attempt are left out — runs of eight or more digits, hex digits and
//!   `-:.+` with a digit among them (GUIDs, trace and correlation ids, timestamps, addresses),
//!   the bracket naming the server that answered (`[AM0PR06MB1234.eurprd06.prod.outlook.com]`)
//!   and an IMAP tag; trace and correlation ids are one piece of evidence whatever their
//!   value;
//! - values (tokens, XOAUTH2 strings, GUIDs, addresses, hosts, URLs, scopes, commands,
//!   timestamps): the same
//!   text and the same decoded content (equal in every field). Of each kind of value the first
//!   [`MAX_DISTINCT`] are kept; the rest are counted in one [`ArtifactKind::Omitted`].

use crate::evidence::{ArtifactKind, Protocol};
use std::hash::{Hash, Hasher};

/// The hasher of the groups' keys: rustc-hash's natively. In the page rustc-hash's `FxHasher`
/// keeps a state of `usize`, 32 bits there, so its keys would be 32 bits wide: a key is a
/// message's identity, and two distinct messages would share one about once in every 2^32
/// pairs (half the time among some 77,000 distinct messages). The page uses [`Mix64`]. (The
/// scanner's set of strings read once hashes with it too.)
#[cfg(not(target_arch = "wasm32"))]
pub(crate) type KeyHasher = rustc_hash::FxHasher;
#[cfg(target_arch = "wasm32")]
pub(crate) type KeyHasher = Mix64;

/// A 64-bit hash on 64-bit words whatever the target, for the groups' keys in the page: per
/// word an xor, a multiplication and a shift (no 128-bit product, which wasm32 would build
/// from four 32-bit ones), bytes taken eight at a time, and SplitMix64's finaliser. (FxHash's
/// add-and-multiply alone let two of 300,000 log-shaped texts share a key: a multiplication
/// carries a change only upwards, and nothing carried it down again.)
#[derive(Default)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) struct Mix64(u64);

impl Mix64 {
    #[inline]
    fn add(&mut self, w: u64) {
        let h = (self.0 ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 29);
    }
}

impl Hasher for Mix64 {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut x = [0u8; 8];
            x.copy_from_slice(c);
            self.add(u64::from_le_bytes(x));
        }
        let rest = chunks.remainder();
        let mut x = [0u8; 8];
        x[..rest.len()].copy_from_slice(rest);
        // The length in the last word: "ab" and "ab\0" differ.
        self.add(u64::from_le_bytes(x) ^ ((bytes.len() as u64) << 56));
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_u16(&mut self, i: u16) {
        self.add(u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// How many further places of a repeated piece of evidence are kept (for the page's marks);
/// the count and the last place are kept whatever the number.
pub const MAX_PLACES: usize = 32;

/// How many distinct values of one kind (tokens, GUIDs, addresses, …) are kept; further ones
/// are counted in one [`ArtifactKind::Omitted`]. Diagnosis needs the few that a log names
/// again and again, not a million request ids.
pub const MAX_DISTINCT: usize = 1000;

/// The values of one kind kept and left out, while scanning.
#[derive(Clone, Debug)]
struct Distinct {
    /// The kind.
    kind: std::mem::Discriminant<ArtifactKind>,
    /// Its name.
    name: &'static str,
    /// Distinct values kept.
    kept: usize,
    /// Occurrences of values left out.
    left_out: usize,
    /// Where the first value left out stood (input offsets) and its log time.
    first_left_out: (usize, usize, Option<i64>),
}

/// The values of each kind kept so far and those left out beyond [`MAX_DISTINCT`].
#[derive(Clone, Debug, Default)]
pub(crate) struct Distincts(Vec<Distinct>);

impl Distincts {
    /// Whether a new value of `kind`, found at `[s, e)` of the input with log time `time`, is
    /// kept: true for the first [`MAX_DISTINCT`] of its kind; a value beyond is counted.
    pub fn admit(&mut self, kind: &ArtifactKind, s: usize, e: usize, time: Option<i64>) -> bool {
        let d = std::mem::discriminant(kind);
        let i = match self.0.iter().position(|x| x.kind == d) {
            Some(i) => i,
            None => {
                self.0.push(Distinct {
                    kind: d,
                    name: kind.name(),
                    kept: 0,
                    left_out: 0,
                    first_left_out: (0, 0, None),
                });
                self.0.len() - 1
            }
        };
        let x = &mut self.0[i];
        if x.kept < MAX_DISTINCT {
            x.kept += 1;
            return true;
        }
        if x.left_out == 0 {
            x.first_left_out = (s, e, time);
        }
        x.left_out += 1;
        false
    }

    /// Counts one more value of `kind` left out, when one was left out before (then where it
    /// stands is not needed: only the first left out's place is kept). Returns whether it did.
    pub fn left_out_again(&mut self, kind: &ArtifactKind) -> bool {
        let d = std::mem::discriminant(kind);
        match self.0.iter_mut().find(|x| x.kind == d && x.left_out > 0) {
            Some(x) => {
                x.left_out += 1;
                true
            }
            None => false,
        }
    }

    /// Whether a new value of `kind` would be left out: [`MAX_DISTINCT`] of its kind are kept.
    pub fn is_full(&self, kind: &ArtifactKind) -> bool {
        let d = std::mem::discriminant(kind);
        self.0.iter().any(|x| x.kind == d && x.kept >= MAX_DISTINCT)
    }

    /// One [`ArtifactKind::Omitted`] for each kind that had values left out: where the first
    /// of them stood, its log time and the count.
    pub fn omitted(self) -> impl Iterator<Item = (usize, usize, ArtifactKind, Option<i64>)> {
        self.0.into_iter().filter(|x| x.left_out > 0).map(|x| {
            let (s, e, time) = x.first_left_out;
            let kind = ArtifactKind::Omitted {
                of: x.name,
                count: x.left_out,
            };
            (s, e, kind, time)
        })
    }
}

/// The repeats of one piece of evidence, while scanning.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Repeats {
    /// Occurrences after the first.
    pub more: usize,
    /// The first [`MAX_PLACES`] further places (input offsets).
    pub places: Vec<(usize, usize)>,
    /// The last place and its log time.
    pub last: (usize, usize),
    /// The log time of the last occurrence.
    pub last_time: Option<i64>,
}

impl Repeats {
    /// Counts one more occurrence at `[s, e)` with log time `time`.
    pub fn add(&mut self, s: usize, e: usize, time: Option<i64>) {
        self.more += 1;
        if self.places.len() < MAX_PLACES {
            self.places.push((s, e));
        }
        self.last = (s, e);
        self.last_time = time;
    }
}

/// The parts of a server reply's key after its kind.
fn reply_parts(
    h: &mut impl Hasher,
    protocol: Protocol,
    code: &str,
    status: Option<&str>,
    enhanced: Option<&str>,
    text: &str,
) {
    protocol.hash(h);
    status.hash(h);
    enhanced.hash(h);
    // An IMAP reply's code is its tag, which changes with every command.
    if protocol != Protocol::Imap {
        code.hash(h);
    }
    normalised(text.as_bytes(), h);
}

/// The key [`key`] gives a server reply of these parts (`reply` is any server reply: only its
/// kind is read), made without building the reply: a repeated reply then costs its key alone.
pub(crate) fn reply_key(
    reply: &ArtifactKind,
    protocol: Protocol,
    status: Option<&str>,
    enhanced: Option<&str>,
    text: &str,
) -> (u64, bool) {
    let mut h = KeyHasher::default();
    std::mem::discriminant(reply).hash(&mut h);
    // The code only counts outside IMAP; this shortcut is for IMAP replies.
    debug_assert!(protocol == Protocol::Imap);
    reply_parts(&mut h, protocol, "", status, enhanced, text);
    (h.finish(), false)
}

/// The parts of a token endpoint error's key after its kind.
fn token_error_parts(h: &mut impl Hasher, error: &str, codes: &[u32], description: Option<&str>) {
    error.hash(h);
    codes.hash(h);
    normalised(description.unwrap_or("").as_bytes(), h);
}

/// The key [`key`] gives a token endpoint error of these parts (`body` is any token endpoint
/// error: only its kind is read), made without building the error.
pub(crate) fn token_error_key(
    body: &ArtifactKind,
    error: &str,
    codes: &[u32],
    description: Option<&str>,
) -> (u64, bool) {
    let mut h = KeyHasher::default();
    std::mem::discriminant(body).hash(&mut h);
    token_error_parts(&mut h, error, codes, description);
    (h.finish(), false)
}

/// The parts of an AADSTS error's key after its kind.
fn aadsts_parts(h: &mut impl Hasher, code: u32, inferred: bool, message: &str) {
    code.hash(h);
    inferred.hash(h);
    normalised(message.as_bytes(), h);
}

/// The key [`key`] gives an AADSTS error of these parts, made without building the error (its
/// trace id, correlation id and time are not part of it).
pub(crate) fn aadsts_key(code: u32, inferred: bool, message: &str) -> (u64, bool) {
    static KIND: std::sync::OnceLock<std::mem::Discriminant<ArtifactKind>> =
        std::sync::OnceLock::new();
    let kind = KIND.get_or_init(|| {
        std::mem::discriminant(&ArtifactKind::Aadsts(Box::new(
            crate::evidence::AadstsError::new(0, String::new(), false),
        )))
    });
    let mut h = KeyHasher::default();
    kind.hash(&mut h);
    aadsts_parts(&mut h, code, inferred, message);
    (h.finish(), false)
}

/// The key a piece of evidence is filed under, and whether a piece with the same key is the
/// same evidence only when its decoded content is equal too (values), or always (messages).
pub(crate) fn key(kind: &ArtifactKind, text: &[u8]) -> (u64, bool) {
    let mut h = KeyHasher::default();
    std::mem::discriminant(kind).hash(&mut h);
    let message = match kind {
        ArtifactKind::ServerReply(r) => {
            reply_parts(
                &mut h,
                r.protocol,
                &r.code,
                r.status.as_deref(),
                r.enhanced.as_deref(),
                &r.text,
            );
            true
        }
        ArtifactKind::Aadsts(e) => {
            aadsts_parts(&mut h, e.code, e.inferred, &e.message);
            true
        }
        ArtifactKind::TokenError(e) => {
            token_error_parts(&mut h, &e.error, &e.codes, e.description.as_deref());
            true
        }
        ArtifactKind::ApiError {
            code,
            message,
            protocol,
            ..
        } => {
            code.hash(&mut h);
            protocol.hash(&mut h);
            normalised(message.as_bytes(), &mut h);
            true
        }
        ArtifactKind::PsError(e) => {
            e.id.hash(&mut h);
            e.cmdlet.hash(&mut h);
            normalised(e.message.as_bytes(), &mut h);
            true
        }
        ArtifactKind::ClientError {
            library,
            name,
            message,
        } => {
            library.hash(&mut h);
            name.hash(&mut h);
            normalised(message.as_bytes(), &mut h);
            true
        }
        ArtifactKind::NetworkError { text } => {
            normalised(text.as_bytes(), &mut h);
            true
        }
        // Trace and correlation ids change with every request: one is evidence enough (the
        // first is kept, with the count).
        ArtifactKind::Guid {
            label: crate::evidence::GuidLabel::TraceId,
            ..
        } => true,
        ArtifactKind::LogonDenied { .. }
        | ArtifactKind::AuthenticatedNotConnected
        | ArtifactKind::MailboxLogonFailure { .. } => {
            normalised(text, &mut h);
            true
        }
        _ => {
            text.hash(&mut h);
            false
        }
    };
    (h.finish(), !message)
}

/// Byte classes for [`normalised`]: what can be part of a volatile run, and what stops the
/// search for the next run (a digit, without which no run counts, or a `[`).
const VOLATILE: u8 = 1;
const STOP: u8 = 2;
static NORM_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        let mut k = 0;
        if c.is_ascii_hexdigit() || matches!(c, b'-' | b':' | b'.' | b'+') {
            k |= VOLATILE;
        }
        if c.is_ascii_digit() || c == b'[' {
            k |= STOP;
        }
        t[i] = k;
        i += 1;
    }
    t
};

/// The first digit or `[` of `text` at or after `from`: sixteen bytes a step with vector
/// compares (SSE2 natively, SIMD128 in the page), then byte by byte.
fn next_stop(text: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(q) = text.get(i..i + 16) {
        let m = stops16(q);
        if m != 0 {
            return Some(i + m.trailing_zeros() as usize);
        }
        i += 16;
    }
    text.get(i..)?
        .iter()
        .position(|&c| NORM_CLASS[c as usize] & STOP != 0)
        .map(|o| i + o)
}

/// A bit per byte of `q` (16 bytes) that is a digit or `[`.
#[inline(always)]
#[cfg(target_arch = "x86_64")]
fn stops16(q: &[u8]) -> u32 {
    use core::arch::x86_64::*;
    assert!(q.len() >= 16);
    // SAFETY: SSE2 is part of x86_64; the load reads the 16 bytes of `q` checked above.
    unsafe {
        let v = _mm_loadu_si128(q.as_ptr() as *const __m128i);
        let digit = crate::secrets::within16(v, b'0', 10);
        let bracket = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'[' as i8));
        _mm_movemask_epi8(_mm_or_si128(digit, bracket)) as u32
    }
}

/// A bit per byte of `q` (16 bytes) that is a digit or `[`.
#[inline(always)]
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn stops16(q: &[u8]) -> u32 {
    use core::arch::wasm32::*;
    assert!(q.len() >= 16);
    // SAFETY: the load reads the 16 bytes of `q` checked above; no alignment needed.
    let v = unsafe { v128_load(q.as_ptr() as *const v128) };
    let digit = u8x16_lt(u8x16_sub(v, u8x16_splat(b'0')), u8x16_splat(10));
    let bracket = u8x16_eq(v, u8x16_splat(b'['));
    u32::from(u8x16_bitmask(v128_or(digit, bracket)))
}

/// A bit per byte of `q` (16 bytes) that is a digit or `[`.
#[inline(always)]
#[cfg(not(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
)))]
fn stops16(q: &[u8]) -> u32 {
    q[..16].iter().enumerate().fold(0, |m, (i, &c)| {
        m | (u32::from(NORM_CLASS[c as usize] & STOP != 0) << i)
    })
}

/// The first byte at or after `from` of `text` that cannot be part of a volatile run (its length
/// when there is none): natively sixteen bytes a step with SSE2 compares (a GUID's or a
/// timestamp's run is a few steps instead of a test per byte), then byte by byte.
fn volatile_end(text: &[u8], from: usize) -> usize {
    let mut e = from;
    #[cfg(target_arch = "x86_64")]
    while let Some(q) = text.get(e..e + 16) {
        let m = volatile16(q);
        if m != 0xffff {
            return e + (!m).trailing_zeros() as usize;
        }
        e += 16;
    }
    while e < text.len() && NORM_CLASS[text[e] as usize] & VOLATILE != 0 {
        e += 1;
    }
    e
}

/// A bit per byte of `q` (16 bytes) that can be part of a volatile run: a hex digit or one of
/// `-:.+`.
#[inline(always)]
#[cfg(target_arch = "x86_64")]
fn volatile16(q: &[u8]) -> u32 {
    use core::arch::x86_64::*;
    assert!(q.len() >= 16);
    // SAFETY: SSE2 is part of x86_64; the load reads the 16 bytes of `q` checked above.
    unsafe {
        let v = _mm_loadu_si128(q.as_ptr() as *const __m128i);
        let within = crate::secrets::within16;
        // `-` to `:` (0x2d..=0x3a: `-./0123456789:`) without `/`; then `+`; then `a`..=`f` in
        // either case.
        let range = within(v, b'-', 14);
        let slash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'/' as i8));
        let plus = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'+' as i8));
        let letter = within(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 6);
        let ok = _mm_or_si128(_mm_or_si128(_mm_andnot_si128(slash, range), plus), letter);
        _mm_movemask_epi8(ok) as u32
    }
}

/// Feeds `text` to `h` with the parts that change between attempts left out (see the module
/// docs).
///
/// Reads the text as a left-to-right walk would (runs of volatile bytes, brackets naming a
/// server), but jumps from one digit or `[` to the next: a run without a digit is never left
/// out, so only the runs around digits are measured. The hasher sees the same writes.
fn normalised(text: &[u8], h: &mut impl Hasher) {
    let volatile = |c: u8| NORM_CLASS[c as usize] & VOLATILE != 0;
    // (`T` and `Z` around a timestamp's parts do not glue a run to a word.)
    let word = |b: u8| b.is_ascii_alphabetic() && b != b'T' && b != b'Z';
    // The bytes from `plain` on are not written yet: kept text goes to the hasher in slices.
    let mut plain = 0;
    // Where the walk stands: no run that ends before it is measured again.
    let mut i = 0;
    let n = text.len();
    while let Some(p) = next_stop(text, i) {
        if text[p] == b'[' {
            // A bracket that starts with a dotted name: the server that answered (Exchange adds
            // its name, and on some replies a time and an id: `[BN8PR15CA0012.namprd15.prod.
            // outlook.com 2024-03-20T10:15:02.000Z 08DC4A…]`).
            if let Some(o) = memchr::memchr(b']', &text[p + 1..n.min(p + 130)]) {
                let inner = &text[p + 1..p + 1 + o];
                let name = inner
                    .split(|b| b.is_ascii_whitespace())
                    .next()
                    .unwrap_or_default();
                if name.len() > 3 && name.contains(&b'.') && !name.contains(&b'[') {
                    h.write(&text[plain..p]);
                    h.write_u8(b'[');
                    i = p + o + 2;
                    plain = i;
                    continue;
                }
            }
            i = p + 1;
            continue;
        }
        // A digit: the run of volatile bytes around it, from where the walk stands.
        let mut s = p;
        while s > i && volatile(text[s - 1]) {
            s -= 1;
        }
        let e = volatile_end(text, p + 1);
        // A hex-looking run glued to letters (`AADSTS7000215`, `eurprd06`) is a word.
        let glued = (s > 0 && word(text[s - 1])) || text.get(e).is_some_and(|&b| word(b));
        if e - s >= 8 && !glued {
            h.write(&text[plain..s]);
            h.write_u8(b'#');
            plain = e;
        }
        i = e;
        if i >= n {
            break;
        }
    }
    h.write(&text[plain..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::ServerReply;

    #[test]
    fn the_page_s_key_hasher_keeps_distinct_messages_apart() {
        // The page's 64-bit keys (`Mix64`; rustc-hash's are 32 bits wide there): 300,000
        // distinct texts of the shapes logs repeat with a word changed, none sharing a key
        // (a 32-bit key shares one among them with near certainty).
        let mut seen = std::collections::HashSet::new();
        let words = ["alice", "bob", "svc-mail", "Buchhaltung", "x"];
        for i in 0..60_000u32 {
            for w in words {
                let t = format!(
                    "Login failed for user {w}{} on mailbox {}",
                    i % 977,
                    i / 977
                );
                let mut k = Mix64::default();
                k.write(t.as_bytes());
                k.write_u8(0xff);
                assert!(seen.insert(k.finish()), "{t}");
            }
        }
        // Lengths and zero bytes count: a text and the same with a zero byte after it differ.
        let key = |b: &[u8]| {
            let mut k = Mix64::default();
            k.write(b);
            k.finish()
        };
        assert_ne!(key(b"ab"), key(b"ab\0"));
        assert_ne!(key(b""), key(b"\0"));
        assert_ne!(key(b"12345678"), key(b"12345678\0"));
    }

    fn h(text: &str) -> u64 {
        let mut s = rustc_hash::FxHasher::default();
        normalised(text.as_bytes(), &mut s);
        s.finish()
    }

    /// The hasher's writes, in order.
    #[derive(Default)]
    struct Writes(Vec<Vec<u8>>);

    impl Hasher for Writes {
        fn finish(&self) -> u64 {
            0
        }
        fn write(&mut self, bytes: &[u8]) {
            self.0.push(bytes.to_vec());
        }
    }

    /// The plain left-to-right walk over every byte, which [`normalised`] must equal.
    fn walked(text: &[u8], h: &mut impl Hasher) {
        let volatile = |c: u8| c.is_ascii_hexdigit() || matches!(c, b'-' | b':' | b'.' | b'+');
        let word = |b: u8| b.is_ascii_alphabetic() && b != b'T' && b != b'Z';
        let mut plain = 0;
        let mut i = 0;
        while i < text.len() {
            let c = text[i];
            if c == b'[' {
                if let Some(o) = memchr::memchr(b']', &text[i + 1..text.len().min(i + 130)]) {
                    let inner = &text[i + 1..i + 1 + o];
                    let name = inner
                        .split(|b| b.is_ascii_whitespace())
                        .next()
                        .unwrap_or_default();
                    if name.len() > 3 && name.contains(&b'.') && !name.contains(&b'[') {
                        h.write(&text[plain..i]);
                        h.write_u8(b'[');
                        i += o + 2;
                        plain = i;
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            if volatile(c) {
                let s = i;
                let mut digit = false;
                while i < text.len() && volatile(text[i]) {
                    digit |= text[i].is_ascii_digit();
                    i += 1;
                }
                let glued = (s > 0 && word(text[s - 1])) || text.get(i).is_some_and(|&b| word(b));
                if digit && i - s >= 8 && !glued {
                    h.write(&text[plain..s]);
                    h.write_u8(b'#');
                    plain = i;
                }
                continue;
            }
            i += 1;
        }
        h.write(&text[plain..]);
    }

    proptest::proptest! {
        #[test]
        fn jumping_between_digits_writes_what_the_walk_writes(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just("a"), proptest::strategy::Just("T"),
                    proptest::strategy::Just("Z"), proptest::strategy::Just("f"),
                    proptest::strategy::Just("0"), proptest::strategy::Just("9"),
                    proptest::strategy::Just("-"), proptest::strategy::Just(":"),
                    proptest::strategy::Just("."), proptest::strategy::Just(" "),
                    proptest::strategy::Just("["), proptest::strategy::Just("]"),
                    proptest::strategy::Just("x.y.z"), proptest::strategy::Just("12345678"),
                    proptest::strategy::Just("\u{e4}"),
                ],
                0..80,
            )
        ) {
            let text = parts.concat();
            let (mut a, mut b) = (Writes::default(), Writes::default());
            normalised(text.as_bytes(), &mut a);
            walked(text.as_bytes(), &mut b);
            proptest::prop_assert_eq!(a.0, b.0);
        }

        /// The end of a volatile run is where the byte-by-byte walk ends it: any bytes, and runs
        /// of the volatile bytes with their neighbours (`/`, `,`, `;`, `g`, `G`, `@`, `` ` ``,
        /// `*`, 0xad, 0xba, 0xc6) in texts long enough for several steps and a tail.
        #[test]
        fn a_volatile_run_ends_where_the_walk_ends_it(
            text in proptest::prop_oneof![
                proptest::collection::vec(proptest::num::u8::ANY, 0..80),
                proptest::collection::vec(
                    proptest::prop_oneof![
                        12 => proptest::sample::select(
                            b"0123456789abcdefABCDEF-:.+".to_vec()
                        ),
                        1 => proptest::sample::select(vec![
                            b'/', b',', b';', b'g', b'G', b'@', b'`', b'*', 0xad, 0xba, 0xc6,
                        ]),
                    ],
                    0..80,
                ),
            ],
            from in 0usize..80,
        ) {
            let from = from.min(text.len());
            let plain = text[from..]
                .iter()
                .position(|&c| !(c.is_ascii_hexdigit() || matches!(c, b'-' | b':' | b'.' | b'+')))
                .map_or(text.len(), |o| from + o);
            proptest::prop_assert_eq!(volatile_end(&text, from), plain);
        }

        /// The vector step finds the first stop the plain walk finds: any bytes, and bytes
        /// next to the digits' and the bracket's (`/`, `:`, `Z`, a backslash, `\xb0`, `\xdb`), in
        /// texts long enough for several steps and a tail.
        #[test]
        fn the_vector_step_finds_the_first_stop(
            text in proptest::prop_oneof![
                proptest::collection::vec(proptest::num::u8::ANY, 0..80),
                proptest::collection::vec(
                    proptest::prop_oneof![
                        9 => proptest::sample::select(vec![
                            b'/', b':', b'Z', b'\\', b'a', b']', 0xb0, 0xdb, 0xba,
                        ]),
                        1 => proptest::sample::select(vec![b'0', b'9', b'[']),
                    ],
                    0..80,
                ),
            ],
            from in 0usize..80,
        ) {
            let plain = text
                .iter()
                .enumerate()
                .skip(from)
                .find(|(_, &c)| c.is_ascii_digit() || c == b'[')
                .map(|(i, _)| i);
            proptest::prop_assert_eq!(next_stop(&text, from), plain);
        }
    }

    #[test]
    fn what_changes_between_attempts_is_left_out() {
        let a = "AADSTS7000215: Invalid client secret provided. Trace ID: 9f1e2d3c-4b5a-4697-8877-000000000001 Correlation ID: 0a1b2c3d-4e5f-4061-8273-000000000001 Timestamp: 2024-03-20 10:15:02Z";
        let b = "AADSTS7000215: Invalid client secret provided. Trace ID: 11111111-2222-4333-8444-555555555555 Correlation ID: 66666666-7777-4888-9999-aaaaaaaaaaaa Timestamp: 2024-03-21 11:16:03Z";
        assert_eq!(h(a), h(b));
        assert_eq!(
            h("5.7.3 Authentication unsuccessful [AM0PR06CA0123.eurprd06.prod.outlook.com]"),
            h("5.7.3 Authentication unsuccessful [DB8PR09MB4321.eurprd09.prod.outlook.com 2024-03-20T10:15:02.000Z 08DC12345678]")
        );
        // What tells one error from another stays.
        assert_ne!(
            h("535 5.7.3 Authentication unsuccessful"),
            h("535 5.7.139 Authentication unsuccessful")
        );
        assert_ne!(h("AADSTS7000215: x"), h("AADSTS7000222: x"));
        assert_ne!(h("AADSTS50011: x"), h("AADSTS50012: x"));
        assert_ne!(h("LogonDenied"), h("LogonDeniedX"));
    }

    #[test]
    fn an_aadsts_key_made_from_its_parts_is_the_errors_key() {
        use crate::evidence::AadstsError;
        for (code, inferred, message) in [
            (
                7000215,
                false,
                "Invalid client secret provided. Trace ID: 0a1b2c3d-4e5f-4061-8273-000000000001",
            ),
            (50126, true, ""),
            (0, false, "x [AM0PR06CA0123.eurprd06.prod.outlook.com]"),
        ] {
            let mut e = AadstsError::new(code, message.into(), inferred);
            // The fields read around it are not part of the key.
            e.trace_id = Some("0a1b2c3d-4e5f-4061-8273-000000000001".into());
            e.timestamp = Some(1);
            let whole = key(&ArtifactKind::Aadsts(Box::new(e)), b"ignored");
            assert_eq!(aadsts_key(code, inferred, message), whole);
        }
        assert_ne!(aadsts_key(50126, true, "x"), aadsts_key(50126, false, "x"));
    }

    #[test]
    fn imap_tags_do_not_split_a_repeated_reply() {
        let reply = |code: &str, protocol: Protocol, text: &str| {
            ArtifactKind::ServerReply(Box::new(ServerReply {
                protocol,
                code: code.into(),
                status: Some("NO".into()),
                enhanced: None,
                text: text.into(),
            }))
        };
        let k = |a: &ArtifactKind| key(a, b"").0;
        assert_eq!(
            k(&reply("A1", Protocol::Imap, "AUTHENTICATE failed.")),
            k(&reply("A0002", Protocol::Imap, "AUTHENTICATE failed."))
        );
        assert_ne!(
            k(&reply("535", Protocol::Smtp, "Authentication unsuccessful")),
            k(&reply("535", Protocol::Imap, "Authentication unsuccessful"))
        );
        assert_ne!(
            k(&reply("535", Protocol::Smtp, "5.7.3 x")),
            k(&reply("550", Protocol::Smtp, "5.7.3 x"))
        );
        // Values are the same evidence only when their content is equal too.
        let guid = ArtifactKind::Guid {
            value: "0a1b2c3d-0000-4000-8000-000000000001".into(),
            label: crate::evidence::GuidLabel::Unlabelled,
        };
        assert!(key(&guid, b"0a1b2c3d-0000-4000-8000-000000000001").1);
        assert!(!key(&reply("A1", Protocol::Imap, "x"), b"x").1);
    }
}
