//! The line walker and the dispatch to its detectors.
//!
//! [`Walker`] reads the blocks line by line; `Ctx::line` splits a line into words once (with a
//! byte-class table), reads its timestamps first, and hands each word that any detector can match
//! to `Ctx::word`, which dispatches by the word's classes. The detectors live one family per file:
//! [`keywords`] (exact words and the context words of the catalogue's known texts), [`tokens`],
//! [`xoauth2`], [`replies`] (mail server replies), [`entra`], [`api`] (EWS and Graph),
//! [`powershell`], [`clients`] (client libraries, SASL, network), [`identities`] (addresses,
//! GUIDs, hosts) and [`timestamps`].

use super::text::{
    all_b64_any_or, b64_run_end, ceil_boundary, find, find_ci, floor_boundary, is_b64_any,
    is_b64url, is_guid, lossy, sl, url_decode, FoldedLine, Normalized,
};
use super::token::{self, b64_decode, cloud_of_host, parse_object};
use super::xoauth::{self, BlobOutcome};
use super::Found;
use crate::catalogue::decode::DecodeNote;
use crate::catalogue::texts::{self, Code, Family, KnownText};
use crate::evidence::*;
use crate::json::Value;

mod api;
mod claims;
mod clients;
mod cmdlets;
mod entra;
mod identities;
mod keywords;
mod powershell;
mod replies;
mod timestamps;
mod tokens;
mod walker;
mod xoauth2;

use crate::secrets::find_by;
use api::*;
use entra::*;
use identities::*;
use keywords::*;
use powershell::*;
use replies::*;
use timestamps::*;
use tokens::*;
pub(crate) use walker::Walker;
#[cfg(test)]
use walker::{line_end, LONG_LINE};

const SEP: u16 = 1;
const AT: u16 = 2;
const DOT: u16 = 4;
const DASH: u16 = 8;
const EQ: u16 = 16;
const DIGIT: u16 = 32;
const UPPER: u16 = 64;
const PCH: u16 = 128;
/// `x` or `g`: the network detectors' words (`proxy`, `…Exception`, `getaddrinfo`) have one.
const XG: u16 = 256;

const fn build_class() -> [u16; 256] {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c >= 0x80 {
            SEP
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_uppercase() {
            if c == b'P' {
                UPPER | PCH
            } else {
                UPPER
            }
        } else {
            match c {
                b'p' => PCH,
                b'x' | b'g' => XG,
                b'@' => AT,
                b'.' => DOT,
                b'-' => DASH,
                b'=' => EQ,
                b' ' | b'\t' | b'\r' | b'"' | b'\'' | b'`' | b'(' | b')' | b'[' | b']' | b','
                | b';' | b'|' | b'{' | b'}' | 0x01 | 0x00 => SEP,
                _ => 0,
            }
        };
        i += 1;
    }
    t
}

static CLASS: [u16; 256] = build_class();

/// The classes a word's bytes can add once it has these: a long run of base64 bytes (a blob, a
/// token) then adds nothing but a `-`, `=` or `.`.
const B64_SEEN: u16 = DIGIT | UPPER | PCH | XG;

/// The end of the word starting at `start` in `line` (the first separator after it, or the
/// line's end) and the union of its bytes' classes. Four bytes a step; once the word has shown
/// every class a base64 byte can add, sixteen bytes a step over base64 (see
/// [`super::text::b64_pieces_end`]).
fn word_end(line: &[u8], start: usize) -> (usize, u16) {
    let (mut i, mut f) = (start, 0u16);
    // Natively, a word's first sixteen bytes (most words end within them) are read without
    // the base64 test; a word that goes on is then read as below from there (the test comes
    // a step or a few later, and the run over base64 ends where it would have).
    #[cfg(not(target_arch = "wasm32"))]
    {
        let mut steps = 0;
        while steps < 4 {
            let Some(q) = line.get(i..i + 4) else {
                break;
            };
            let k = CLASS[q[0] as usize]
                | CLASS[q[1] as usize]
                | CLASS[q[2] as usize]
                | CLASS[q[3] as usize];
            if k & SEP != 0 {
                return word_tail(line, i, f);
            }
            f |= k;
            i += 4;
            steps += 1;
        }
    }
    while let Some(q) = line.get(i..i + 4) {
        let k = CLASS[q[0] as usize]
            | CLASS[q[1] as usize]
            | CLASS[q[2] as usize]
            | CLASS[q[3] as usize];
        if k & SEP != 0 {
            break;
        }
        f |= k;
        i += 4;
        if f & B64_SEEN == B64_SEEN {
            let (e, dash) = super::text::b64_pieces_end(line, i);
            i = e;
            if dash {
                f |= DASH;
            }
        }
    }
    word_tail(line, i, f)
}

/// The end of a word from `i` on, byte by byte, and its classes `f` with those of the bytes
/// read (the last few bytes of [`word_end`]).
#[inline(always)]
fn word_tail(line: &[u8], mut i: usize, mut f: u16) -> (usize, u16) {
    while i < line.len() {
        let k = CLASS[line[i] as usize];
        if k & SEP != 0 {
            break;
        }
        f |= k;
        i += 1;
    }
    (i, f)
}

/// Whether any detector can match a word: most words of a log line (`DEBUG`, `FETCH`,
/// `messages`, `worker-3`) cannot, and are skipped after this handful of tests.
fn worth_a_look(wb: &[u8], f: u16, pending_xoauth: bool) -> bool {
    let first = wb[0];
    f & (AT | EQ) != 0
        || (f & UPPER != 0 && wb.len() >= 9)
        || first.is_ascii_digit()
        || (first == b':' && f & DIGIT != 0)
        || (f & DASH != 0 && wb.len() >= 36)
        || (f & DOT != 0 && wb.len() >= 6)
        || (f & PCH != 0 && (mail_protocol_in(wb).is_some() || wb.starts_with(b"Graph")))
        || keyword_candidate(wb, f, pending_xoauth)
        || me_path(wb)
}

/// Whether the word is the path `/me` (`/me/messages`, `/me?$select=…`), as the JavaScript Graph
/// SDK's `api()` takes it.
fn me_path(wb: &[u8]) -> bool {
    wb.len() >= 3
        && wb[0] == b'/'
        && wb[1..3].eq_ignore_ascii_case(b"me")
        && wb.get(3).is_none_or(|&c| matches!(c, b'/' | b'?'))
}

#[derive(Clone, Copy)]
struct Word {
    s: usize,
    e: usize,
    f: u16,
}

struct Ts {
    s: usize,
    e: usize,
    unix: i64,
    labelled: bool,
    /// Evidence on the line took its time from this timestamp.
    used: bool,
}

/// Whether the timestamp at `[s, e)` of `t` names its zone: `Z`, an offset (`+01:00`,
/// `-0500`) or `UTC`/`GMT` right after its time.
fn names_zone(t: &[u8], s: usize, e: usize) -> bool {
    // The part after the date (offsets never stand in it), and a few bytes after the end.
    let from = (s + 10).min(e);
    let tail = &t[from..(e + 6).min(t.len())];
    let offset = tail
        .windows(3)
        .any(|w| matches!(w[0], b'+' | b'-') && w[1].is_ascii_digit() && w[2].is_ascii_digit());
    offset
        || tail.iter().any(|&c| c == b'Z' || c == b'z')
        || find(tail, b"UTC").is_some()
        || find(tail, b"GMT").is_some()
}

const PROTOCOLS: [Protocol; 7] = [
    Protocol::Imap,
    Protocol::Pop,
    Protocol::Smtp,
    Protocol::Ews,
    Protocol::Graph,
    Protocol::TokenEndpoint,
    Protocol::ExchangePowershell,
];

fn proto_index(p: Protocol) -> usize {
    PROTOCOLS.iter().position(|&q| q == p).unwrap_or(0)
}

/// Whether the memos of readings that depend on a word's bytes alone are bypassed: never, but
/// for the test that compares the readings with and without them.
#[cfg(not(test))]
#[inline(always)]
fn memo_off() -> bool {
    false
}

#[cfg(test)]
fn memo_off() -> bool {
    tests::MEMO_OFF.with(|m| m.get())
}

/// See `Memo::blob_filed`.
type BlobFiled = (
    Option<String>,
    Option<Protocol>,
    ArtifactKind,
    (u64, bool),
    Option<(u64, bool)>,
);

/// How many dotted words [`Memo`] keeps.
const DOTTED_MEMO: usize = 8;

/// Results kept from earlier words and lines, so that repeats cost a comparison.
#[derive(Default)]
struct Memo {
    /// The last few dotted words and their readings (a log line names several: a URL, a
    /// host, a scope), the next one to replace first.
    dotted: [(Vec<u8>, Dotted); DOTTED_MEMO],
    dotted_next: usize,
    /// The last few endpoint URLs read and their readings, the next one to replace first.
    endpoints: [identities::EndpointMemo; identities::ENDPOINT_MEMO],
    endpoint_next: usize,
    /// Date and hour of the last ISO timestamp (see `parse_timestamp_with`).
    hour: Option<([u8; 13], i64)>,
    /// The last XOAUTH2 blob decoded (its bytes and whether it was joined) and the outcome: a
    /// client signs in with the same string until its token is renewed.
    blob: Option<(Vec<u8>, bool, BlobOutcome)>,
    /// The XOAUTH2 artifact the last blob gave, with its command, protocol and group key: the
    /// same blob again (not joined: its text is its bytes) gives the same artifact and key.
    /// (Also the group key of the token in it, once filed.)
    blob_filed: Option<BlobFiled>,
    /// The last few windows before a GUID and the labels they gave.
    guid_labels: identities::GuidLabels,
    /// The last `scope=`/`resource=` value read (its bytes, whether it was `resource`) and the
    /// artifact it gave.
    scope: Option<(Vec<u8>, bool, Option<ArtifactKind>)>,
    /// The last few host words read and where their host and port stand (see
    /// `Ctx::host_word`), the next one to replace first.
    host_words: [(Vec<u8>, Option<identities::HostOfWord>); identities::HOST_WORD_MEMO],
    host_word_next: usize,
    /// The last IMAP reply read and its key.
    reply: Option<replies::ReplyMemo>,
    /// An empty IMAP reply, filed for the repeats of one (only its kind is read).
    no_reply: Option<ArtifactKind>,
    /// The last `AuthFailed:LogonDenied…` word read and its group key.
    logon_key: Option<(Vec<u8>, (u64, bool))>,
    /// The last word read for e-mail addresses that gave nothing new, with the bytes before it
    /// its addresses' roles are read from (see `Ctx::emails`): how many there are, then those
    /// bytes and the word's.
    email: Option<(usize, Vec<u8>)>,
}

struct Ctx<'a> {
    norm: &'a Normalized<'a>,
    /// Offset of the current block in the input.
    base: usize,
    /// Where the way back to the input last stopped, per normalisation pass (see
    /// [`Normalized::to_orig_hinted`]).
    orig_hints: std::cell::Cell<[usize; 2]>,
    t: &'a [u8],
    now: i64,
    out: Vec<Found>,
    /// The last host word and the protocol it named: logs repeat the same host on every line,
    /// and a repeat changes nothing but the current protocol.
    host_memo: Option<(Vec<u8>, Option<Protocol>)>,
    seq: usize,
    cur_time: Option<i64>,
    /// Whether the current line carries a timestamp of its own (else `cur_time` is a line
    /// above's).
    line_stamped: bool,
    skip_until: usize,
    /// The end of the lines a PowerShell command continues over (backtick): read as part of
    /// it, from the next line on.
    skip_lines_until: usize,
    ls: usize,
    le: usize,
    line_idx: usize,
    words: Vec<Word>,
    line_reply: bool,
    /// The line's reply is an Entra error's (its message runs to the line's end): a mail
    /// server's IMAP reply after it on the line is still read ("AADSTS65001 … now IMAP says:
    /// A1 NO AUTHENTICATE failed.").
    line_entra: bool,
    line_network: bool,
    line_client_error: bool,
    /// A context word of the lines read against the rules' known texts was seen on the line.
    line_known: bool,
    /// A short paste: every line is read against the known texts.
    read_every_line: bool,
    /// How many more such lines may be read (a bound on the cost of a long log).
    known_budget: u16,
    /// An error found on the line repeated earlier evidence (and so was only counted).
    line_error_repeat: bool,
    /// An OAuth `error` word was read alone on the line: the line is still read against the
    /// known texts, which may name it more closely ("Refresh token operation failed:
    /// invalid_grant").
    line_oauth_word: bool,
    line_hints: u8,
    line_checks: u32,
    hint_last: [Option<usize>; 7],
    pending_xoauth: Option<(String, Option<Protocol>, usize)>,
    last_protocol: Option<Protocol>,
    last_cmdlet: Option<(String, usize)>,
    last_ps_error: Option<(String, usize)>,
    /// The keys [`Ctx::once`] has seen: a tag byte, then the key; those of up to
    /// [`INLINE_KEY`] bytes in `seen_inline`, the longer ones here.
    seen: ByteSet,
    #[cfg(not(target_arch = "wasm32"))]
    seen_inline: rustc_hash::FxHashSet<InlineKey>,
    /// The buffer [`Ctx::once`] builds its key in.
    once_key: Vec<u8>,
    /// The buffer an e-mail address is lower-cased in (see `Ctx::emails`).
    address_buf: Vec<u8>,
    /// The evidence found so far by its group key ([`super::group::key`]): its index in `out`.
    groups: rustc_hash::FxHashMap<u64, usize>,
    /// Repeats counted so far.
    repeats: usize,
    /// Distinct values kept and left out, by kind: (kind, kept, left out, where the first
    /// left out stood and its time).
    distinct: super::group::Distincts,
    /// The last few tokens decoded without a problem, by their text: a log that shows its
    /// token with every request decodes it once and shares the decoded claims.
    recent_tokens: Vec<(String, ArtifactKind)>,
    first_ts_done: bool,
    /// The last timestamp of the last timestamped line without evidence.
    pending_ts: Option<PendingTs<'a>>,
    stamps: Vec<Ts>,
    memo: Memo,
}

/// The last timestamp of the last timestamped line without evidence, where it stands in its
/// block: nearly every line of a log sets it and the next line replaces it, so the way back to
/// the input and the reading of its zone wait until it is shown (at the end of the log).
struct PendingTs<'a> {
    norm: &'a Normalized<'a>,
    base: usize,
    t: &'a [u8],
    s: usize,
    e: usize,
    unix: i64,
}

impl PendingTs<'_> {
    /// Its span in the input, its time and whether it names its zone.
    fn resolve(&self) -> (usize, usize, i64, bool) {
        (
            self.base + self.norm.to_orig(self.s),
            self.base + self.norm.to_orig(self.e),
            self.unix,
            names_zone(self.t, self.s, self.e),
        )
    }
}

/// The longest key (the tag byte and the key) [`Ctx::once`] keeps in the set itself (natively:
/// the page keeps every key in one set, a second kind of set costing it code).
#[cfg(not(target_arch = "wasm32"))]
const INLINE_KEY: usize = 47;

/// A key of [`Ctx::once`] of up to [`INLINE_KEY`] bytes (the rest zero), kept in the set itself:
/// a lookup compares it in place instead of following a pointer to a key of its own, and a new
/// one asks for no room of its own.
#[cfg(not(target_arch = "wasm32"))]
#[derive(PartialEq, Eq, Hash)]
struct InlineKey {
    len: u8,
    bytes: [u8; INLINE_KEY],
}

/// A copy of a kind [`Ctx::push_keyed_ref`] files as new: only the kinds detectors keep to file
/// again are copied (the derived `clone` of every kind would be code the page carries for them
/// alone); `None` for any other.
fn kept_copy(kind: &ArtifactKind) -> Option<ArtifactKind> {
    Some(match kind {
        ArtifactKind::Jwt(j) => ArtifactKind::Jwt(j.clone()),
        ArtifactKind::Xoauth2(x) => ArtifactKind::Xoauth2(x.clone()),
        ArtifactKind::Scope(x) => ArtifactKind::Scope(x.clone()),
        ArtifactKind::EndpointUrl(u) => ArtifactKind::EndpointUrl(u.clone()),
        _ => return None,
    })
}

/// A set of byte strings on the scanner's one hash-map type (`FxHashMap<u64, usize>`, which
/// the groups and the rules use too): a string's hash leads to the last string kept with that
/// hash, and strings of one hash are chained. Each map type of its own would bring the page its
/// own copy of the hash table's code.
#[derive(Default)]
struct ByteSet {
    heads: rustc_hash::FxHashMap<u64, usize>,
    /// The strings in the order they were added, each with the index of the one added before it
    /// with the same hash (`usize::MAX` for none).
    items: Vec<(Box<[u8]>, usize)>,
}

impl ByteSet {
    /// The groups' key hasher (`group::KeyHasher`: rustc-hash's natively; in the page a 64-bit
    /// one with one multiplication per eight bytes, where rustc-hash's byte hashing takes four
    /// 32-bit ones and a call): a lookup compares the strings of one hash anyway.
    fn hash(k: &[u8]) -> u64 {
        use std::hash::Hasher;
        let mut h = crate::scan::group::KeyHasher::default();
        h.write(k);
        h.finish()
    }

    /// Whether `k` is in the set.
    fn contains(&self, k: &[u8]) -> bool {
        let Some(&(mut i)) = self.heads.get(&Self::hash(k)) else {
            return false;
        };
        while let Some((x, next)) = self.items.get(i) {
            if **x == *k {
                return true;
            }
            i = *next;
        }
        false
    }

    /// Adds `k`, which is not in the set.
    fn add(&mut self, k: &[u8]) {
        let next = self
            .heads
            .insert(Self::hash(k), self.items.len())
            .unwrap_or(usize::MAX);
        self.items.push((k.into(), next));
    }

    /// How many strings the set holds.
    fn len(&self) -> usize {
        self.items.len()
    }
}

/// How many keys [`Ctx::once`] remembers.
const SEEN_LIMIT: usize = 8 * super::group::MAX_DISTINCT;

impl<'a> Ctx<'a> {
    /// Files evidence found at `[s, e)` of the block's text: a repeat of evidence already found
    /// only counts there (see [`super::group`]). Returns the `seq` of the artifact it is (or
    /// repeats), `usize::MAX` when it was left out (beyond [`super::group::MAX_DISTINCT`]).
    fn push_at_time(&mut self, s: usize, e: usize, kind: ArtifactKind, time: Option<i64>) -> usize {
        let key = super::group::key(&kind, sl(self.t, s, e));
        self.push_keyed(s, e, kind, time, key)
    }

    /// Whether evidence filed under `key` (from [`super::group::key`]) of a message kind would
    /// only count as a repeat: a detector then need not read what the key leaves out.
    fn repeats_message(&self, key: (u64, bool)) -> bool {
        !key.1 && self.groups.get(&key.0).is_some_and(|&i| i < self.out.len())
    }

    /// [`Self::push_at_time`] with the group key already made.
    fn push_keyed(
        &mut self,
        s: usize,
        e: usize,
        kind: ArtifactKind,
        time: Option<i64>,
        (key, by_content): (u64, bool),
    ) -> usize {
        let os = self.orig(s);
        let oe = self.orig(e).max(os);
        if let Some(&i) = self.groups.get(&key) {
            if let Some(f) = self.out.get_mut(i) {
                if !by_content || f.kind == kind {
                    f.repeats.get_or_insert_default().add(os, oe, time);
                    self.repeats += 1;
                    self.line_error_repeat |= clients::is_error(&kind);
                    return f.seq;
                }
            }
        }
        if by_content && !self.distinct.admit(&kind, os, oe, time) {
            // Left out: no artifact has this sequence number.
            return usize::MAX;
        }
        self.groups.insert(key, self.out.len());
        self.push_orig(os, oe, kind, time)
    }

    /// [`Self::push_keyed`] of a kind kept elsewhere: copied only when it is filed as new. The
    /// kinds detectors keep to file again are those [`kept_copy`] copies (a token decoded a
    /// moment ago, an XOAUTH2 string, a scope, an endpoint); a server reply kept as a memo is
    /// only ever filed as a repeat (see [`Self::repeats_message`]).
    fn push_keyed_ref(
        &mut self,
        s: usize,
        e: usize,
        kind: &ArtifactKind,
        time: Option<i64>,
        (key, by_content): (u64, bool),
    ) -> usize {
        if let Some(&i) = self.groups.get(&key) {
            if let Some(f) = self.out.get(i) {
                if !by_content || f.kind == *kind {
                    let os = self.orig(s);
                    let oe = self.orig(e).max(os);
                    let f = &mut self.out[i];
                    f.repeats.get_or_insert_default().add(os, oe, time);
                    self.repeats += 1;
                    self.line_error_repeat |= clients::is_error(kind);
                    return f.seq;
                }
            }
        }
        match kept_copy(kind) {
            Some(kind) => self.push_keyed(s, e, kind, time, (key, by_content)),
            None => {
                debug_assert!(false, "a kind no detector keeps was filed by reference");
                usize::MAX
            }
        }
    }

    /// Offset in the input of offset `p` of the current block's text.
    fn orig(&self, p: usize) -> usize {
        let mut hints = self.orig_hints.get();
        let o = self.norm.to_orig_hinted(p, &mut hints);
        self.orig_hints.set(hints);
        self.base + o
    }

    fn push_orig(&mut self, os: usize, oe: usize, kind: ArtifactKind, time: Option<i64>) -> usize {
        let seq = self.seq;
        self.seq += 1;
        self.out.push(Found {
            start: os,
            end: oe,
            seq,
            time,
            kind,
            nested: None,
            repeats: None,
        });
        seq
    }

    fn push(&mut self, s: usize, e: usize, kind: ArtifactKind) -> usize {
        self.push_at_time(s, e, kind, self.cur_time)
    }

    /// True the first time `bit` is asked for on the current line: phrase checks that read
    /// the whole line run once per line, so long lines stay linear.
    fn first_on_line(&mut self, bit: u32) -> bool {
        let first = self.line_checks & bit == 0;
        self.line_checks |= bit;
        first
    }

    /// True the first time `(tag, key)` is seen, the key given as the concatenation of `parts`.
    /// Past [`SEEN_LIMIT`] keys nothing more is remembered (every further key counts as new):
    /// by then the values of that kind are left out anyway ([`super::group::MAX_DISTINCT`]),
    /// and memory stays bounded.
    fn once(&mut self, tag: u8, parts: &[&[u8]]) -> bool {
        let n = 1 + parts.iter().map(|p| p.len()).sum::<usize>();
        // Most keys (a GUID's, an address's, a host's) are kept in the set itself.
        #[cfg(not(target_arch = "wasm32"))]
        if n <= INLINE_KEY {
            let mut key = InlineKey {
                len: n as u8,
                bytes: [0; INLINE_KEY],
            };
            key.bytes[0] = tag;
            let mut i = 1;
            for p in parts {
                key.bytes[i..i + p.len()].copy_from_slice(p);
                i += p.len();
            }
            if self.seen_inline.contains(&key) {
                return false;
            }
            if self.kept() < SEEN_LIMIT {
                self.seen_inline.insert(key);
            }
            return true;
        }
        // A longer key is built on the stack: a copy per part, where a growing buffer asks for
        // room at each.
        let mut short = [0u8; 96];
        if let Some(buf) = short.get_mut(..n) {
            buf[0] = tag;
            let mut i = 1;
            for p in parts {
                buf[i..i + p.len()].copy_from_slice(p);
                i += p.len();
            }
            return self.once_key(&short[..n]);
        }
        // The tag and the key in one byte string, built in a buffer kept between calls: a key
        // seen before costs no allocation.
        let mut k = std::mem::take(&mut self.once_key);
        k.clear();
        k.push(tag);
        for p in parts {
            k.extend_from_slice(p);
        }
        let new = self.once_key(&k);
        self.once_key = k;
        new
    }

    /// How many keys [`Self::once`] keeps.
    fn kept(&self) -> usize {
        #[cfg(not(target_arch = "wasm32"))]
        let inline = self.seen_inline.len();
        #[cfg(target_arch = "wasm32")]
        let inline = 0;
        inline + self.seen.len()
    }

    /// [`Self::once`] of the whole key `k` (the tag and the key).
    fn once_key(&mut self, k: &[u8]) -> bool {
        if self.seen.contains(k) {
            false
        } else {
            if self.kept() < SEEN_LIMIT {
                self.seen.add(k);
            }
            true
        }
    }

    fn line(&mut self, ls: usize, le: usize) {
        self.ls = ls;
        self.le = le;
        self.skip_until = self.skip_until.max(self.skip_lines_until);
        self.line_reply = false;
        self.line_entra = false;
        self.line_network = false;
        self.line_client_error = false;
        self.line_known = self.read_every_line;
        self.line_error_repeat = false;
        self.line_oauth_word = false;
        self.line_hints = 0;
        self.line_checks = 0;
        let t = self.t;
        // Split into words.
        self.words.clear();
        let line = sl(t, ls, le);
        let n = line.len();
        let mut i = 0usize;
        loop {
            // Skip separators, then run to the end of the word collecting its byte classes.
            while i < n && CLASS[line[i] as usize] & SEP != 0 {
                i += 1;
            }
            if i >= n {
                break;
            }
            let start = i;
            let f;
            (i, f) = word_end(line, i);
            self.words.push(Word {
                s: ls + start,
                e: ls + i,
                f,
            });
            // The byte that ended the word is a separator.
            i += 1;
        }
        if self.words.is_empty() {
            // A short paste's line written without ASCII words (a client's message in Russian,
            // Chinese, Japanese) can still be a known text in translation.
            if self.read_every_line && !line.is_ascii() {
                self.known_line(self.out.len());
            }
            return;
        }
        let first_out = self.out.len();
        let first_repeats = self.repeats;
        // Timestamps first: they set the time of everything else on the line.
        let mut stamps = std::mem::take(&mut self.stamps);
        stamps.clear();
        // (The words are read with `get`: an index that can panic is a call per word in the page,
        // whose size-optimised build keeps `Index::index` out of line.)
        for wi in 0..self.words.len() {
            let Some(&w) = self.words.get(wi) else { break };
            // A timestamp's first word has at least 8 bytes (`1/2/2024`, `2024-01-10…`).
            if w.f & DIGIT != 0
                && t[w.s].is_ascii_digit()
                && w.e - w.s >= 8
                && w.s >= self.skip_until
            {
                if stamps.last().is_some_and(|p| w.s < p.e) {
                    continue;
                }
                if let Some((e, unix)) = parse_timestamp_with(t, w.s, le, &mut self.memo.hour) {
                    let labelled = self.is_labelled_ts(wi);
                    stamps.push(Ts {
                        s: w.s,
                        e,
                        unix,
                        labelled,
                        used: false,
                    });
                }
            }
        }
        if let Some(first) = stamps.first() {
            self.cur_time = Some(first.unix);
        }
        self.line_stamped = !stamps.is_empty();
        let n = self.words.len();
        let mut si = 0;
        // The timestamp whose time the evidence takes: the first on the line until another
        // unlabelled one is passed (a labelled `Timestamp:` is a server's time, not the log's),
        // so a text without line breaks gets the time of the entry each piece stands in.
        let mut cur = 0;
        let pending = self.pending_xoauth.is_some();
        for wi in 0..n {
            let Some(&w) = self.words.get(wi) else { break };
            if w.s < self.skip_until {
                continue;
            }
            // Words inside a timestamp are done.
            while let Some(s) = stamps.get(si).filter(|s| s.e <= w.s) {
                if !s.labelled && si > cur {
                    cur = si;
                    self.cur_time = Some(s.unix);
                }
                si += 1;
            }
            if stamps.get(si).is_some_and(|s| s.s <= w.s) {
                continue;
            }
            // Most words of a log line (`DEBUG`, `FETCH`, `messages`) can match nothing: only
            // words with telling bytes, long capitalised words and keywords go further.
            if worth_a_look(sl(t, w.s, w.e), w.f, pending) {
                let before = self.out.len();
                self.word(wi, w);
                if self.out.len() > before {
                    if let Some(s) = stamps.get_mut(cur) {
                        s.used = true;
                    }
                }
            }
        }
        let context_line = self.line_known && self.known_budget > 0;
        if (self.read_every_line || context_line) && !self.line_error_repeat {
            // A short paste, or a long log's line with a context word (`ERROR`, `Fehler`) no
            // detector found an error on: Microsoft's error name for a code, else an Entra
            // message quoted without its number and without the words that call for it, is read
            // too (a long log's lines share the known texts' budget).
            // What only frames the message is no reading of it: an exception's wrapper
            // ("AggregateException: One or more errors occurred. ---> …"), or the fields around
            // it (an address, a time, an id, a host: a sign-in log's exported row; the scopes a
            // message names).
            if !self.entra_error_name()
                && self.out[first_out..].iter().all(|f| {
                    matches!(
                        f.kind,
                        ArtifactKind::ClientError { .. }
                            | ArtifactKind::Email { .. }
                            | ArtifactKind::Timestamp { .. }
                            | ArtifactKind::Guid { .. }
                            | ArtifactKind::Host { .. }
                            | ArtifactKind::ProtocolHint { .. }
                            | ArtifactKind::MeCall
                            | ArtifactKind::Scope(_)
                            | ArtifactKind::EndpointUrl(_)
                    )
                })
            {
                self.uncoded_entra_message();
            }
        }
        if self.line_known {
            self.known_line(first_out);
        }
        // Pending XOAUTH2 continuation expires after a few lines.
        if let Some((_, _, l)) = &self.pending_xoauth {
            if self.line_idx > l + 4 {
                self.pending_xoauth = None;
            }
        }
        if stamps.is_empty() {
            self.stamps = stamps;
            return;
        }
        // New evidence (a repeat of earlier evidence only counts, and so does its line's time).
        let evidence = self.out.len() > first_out;
        // A labelled timestamp inside a repeated message is part of the repeat.
        let repeat_only = !evidence && self.repeats > first_repeats;
        let labelled = stamps.iter().any(|s| s.labelled) && !repeat_only;
        // A timestamp's own log time: the unlabelled one at or before it, else the first.
        let mut time = stamps[0].unix;
        if evidence || labelled || !self.first_ts_done {
            // Shown: the first timestamp of the log, the ones evidence took its time from,
            // and the labelled ones.
            let first = !self.first_ts_done;
            self.first_ts_done = true;
            self.pending_ts = None;
            for (i, s) in stamps.iter().enumerate() {
                if !s.labelled {
                    time = s.unix;
                }
                if (first && i == 0) || s.used || (s.labelled && !repeat_only) {
                    self.push_at_time(
                        s.s,
                        s.e,
                        ArtifactKind::Timestamp {
                            unix: s.unix,
                            zoned: names_zone(t, s.s, s.e),
                        },
                        Some(time),
                    );
                }
            }
        } else {
            // The last timestamp of the log is shown when no later line shows one: kept until then.
            if let Some(s) = stamps.last() {
                self.pending_ts = Some(PendingTs {
                    norm: self.norm,
                    base: self.base,
                    t,
                    s: s.s,
                    e: s.e,
                    unix: s.unix,
                });
            }
        }
        self.stamps = stamps;
    }

    fn is_labelled_ts(&self, wi: usize) -> bool {
        let w = self.words[wi];
        let before = sl(self.t, w.s.saturating_sub(16), w.s);
        find_ci(before, b"timestamp").is_some()
    }

    fn wtext(&self, wi: usize) -> &'a [u8] {
        match self.words.get(wi) {
            Some(w) => sl(self.t, w.s, w.e),
            None => b"",
        }
    }

    fn rest(&self, from: usize) -> String {
        self.rest_cow(from).into_owned()
    }

    /// [`Self::rest`], borrowed from the text when it is valid UTF-8 and not clipped.
    fn rest_cow(&self, from: usize) -> std::borrow::Cow<'a, str> {
        let b = sl(self.t, from, self.le.min(from + 2 * CLIP));
        match std::str::from_utf8(b) {
            Ok(s) if s.len() <= CLIP => std::borrow::Cow::Borrowed(s),
            _ => std::borrow::Cow::Owned(clip(&lossy(b))),
        }
    }

    fn lineb(&self) -> &'a [u8] {
        sl(self.t, self.ls, self.le)
    }

    fn word(&mut self, wi: usize, w: Word) {
        let t = self.t;
        let wb = sl(t, w.s, w.e);
        let len = wb.len();
        if len <= 2 && w.f & (AT | EQ) == 0 {
            if keyword_candidate(wb, w.f, false) {
                self.keyword(wi, w);
            }
            return;
        }
        if w.f & UPPER != 0 && len >= 10 {
            if let Some(p) = find_eyj(wb) {
                if p == 0 || !is_b64url(wb[p - 1]) || p >= 6 {
                    self.token_at(w.s + p);
                    if w.s < self.skip_until && self.skip_until >= w.e {
                        return;
                    }
                }
            }
        }
        if w.f & AT != 0 {
            self.emails(w);
        }
        if w.f & DASH != 0 && len >= 36 {
            self.guids(w);
        }
        if w.f & EQ != 0 {
            self.params(wi, w);
        }
        if w.f & DOT != 0 && len >= 6 {
            self.dotted(wi, w);
        }
        if wb[0].is_ascii_digit() {
            self.numeric(wi, w);
            if len >= 5 && (wi >= 1 || self.words.len() == 1 || self.read_every_line) {
                self.bare_aadsts(wi, w, 0);
            }
        } else if wb[0] == b':' && len >= 6 && wb[1].is_ascii_digit() {
            // `"errorCode":50126` without a space (the quotes split the words).
            self.bare_aadsts(wi, w, 1);
        }
        if w.f & PCH != 0 || replies::ews_word(wb) {
            self.protocol_hints(wb, w);
        }
        if w.f & UPPER != 0 && len >= 9 {
            self.upper_long(wi, w);
        }
        // The JavaScript Graph SDK's path (`client.api('/me/messages')`): `/me` whole, after `.api`.
        if me_path(wb) && self.wtext(wi.wrapping_sub(1)).ends_with(b".api") {
            self.me_call_at(w.s + 1);
        }
        if keyword_candidate(wb, w.f, self.pending_xoauth.is_some()) {
            self.keyword(wi, w);
        }
    }

    // ----- tokens -------------------------------------------------------------------------

    // ----- XOAUTH2 ------------------------------------------------------------------------

    // ----- words ---------------------------------------------------------------------------
}

// ----- free helpers -----------------------------------------------------------------------

/// Longest text kept in a field, and the bound of every look-around window.
const CLIP: usize = 400;
const WINDOW: usize = 2048;

/// [`clip`] of the lossy text of `b`, reading only the bytes the clipped text can show: a text
/// taken "to the end of the line" costs the same on a line of many megabytes as on a short one.
fn clip_lossy(b: &[u8]) -> String {
    // A character starting before CLIP ends within 4 bytes of it, and invalid bytes only grow.
    clip(&lossy(&b[..b.len().min(CLIP + 4)]))
}

fn clip(s: &str) -> String {
    const MAX: usize = CLIP;
    if s.len() <= MAX {
        s.to_string()
    } else {
        let e = floor_boundary(s, MAX);
        format!("{}…", &s[..e])
    }
}

fn trim_lead(v: &[u8]) -> &[u8] {
    let n = v
        .iter()
        .position(|c| !matches!(c, b' ' | b'\t' | b':' | b'\r' | b'\n'))
        .unwrap_or(v.len());
    &v[n..]
}

fn rfind_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let mut last = None;
    let mut from = 0;
    while let Some(p) = find_ci(sl(hay, from, hay.len()), needle) {
        last = Some(from + p);
        from += p + 1;
    }
    last
}

/// Start of the line `n` lines above the one starting at `ls`, but no more than `WINDOW` back.
fn back_lines(t: &[u8], ls: usize, n: usize) -> usize {
    let lo = ls.saturating_sub(WINDOW);
    let mut p = ls;
    for _ in 0..n {
        if p <= lo + 1 {
            return lo;
        }
        p = memchr::memrchr(b'\n', sl(t, lo, p - 1)).map_or(lo, |o| lo + o + 1);
    }
    p
}

/// End of the line `n` lines below the one ending at `le`, but no more than `WINDOW` ahead.
fn forward_lines(t: &[u8], le: usize, n: usize) -> usize {
    let hi = (le + WINDOW).min(t.len());
    let mut p = le;
    for _ in 0..n {
        if p + 1 >= hi {
            return hi;
        }
        p = memchr::memchr(b'\n', sl(t, p + 1, hi)).map_or(hi, |o| p + 1 + o);
    }
    p.min(t.len())
}

fn back_to(t: &[u8], s: usize, c: u8, max: usize) -> usize {
    let from = s.saturating_sub(max);
    memchr::memrchr(c, sl(t, from, s)).map_or(s, |o| from + o)
}

#[allow(dead_code)]
fn boundary_pair(s: &str, a: usize, b: usize) -> (usize, usize) {
    (floor_boundary(s, a), ceil_boundary(s, b))
}

/// `imap`, `smtp`, `pop3` (any case) or `POP` inside a word, found from its `p`s in one pass.
// Called for every word with a `p`: inlined natively (the wasm build keeps one copy, for size).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn mail_protocol_in(wb: &[u8]) -> Option<Protocol> {
    // Natively a long word (a URL) goes from one `p` to the next by a vector search.
    #[cfg(not(target_arch = "wasm32"))]
    if wb.len() >= 32 {
        let mut from = 0;
        while let Some(o) = memchr::memchr2(b'p', b'P', &wb[from..]) {
            let i = from + o;
            from = i + 1;
            if let Some(p) = mail_protocol_at(wb, i) {
                return Some(p);
            }
        }
        return None;
    }
    for (i, &c) in wb.iter().enumerate() {
        if c | 0x20 != b'p' {
            continue;
        }
        if let Some(p) = mail_protocol_at(wb, i) {
            return Some(p);
        }
    }
    None
}

/// The mail protocol [`mail_protocol_in`] reads at the `p` or `P` at `i` of `wb`.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn mail_protocol_at(wb: &[u8], i: usize) -> Option<Protocol> {
    let lower = |i: usize| wb.get(i).map_or(0, |c| c | 0x20);
    if i >= 3 {
        let abc = [lower(i - 3), lower(i - 2), lower(i - 1)];
        if &abc == b"ima" {
            return Some(Protocol::Imap);
        }
        // (`SmtpAddress`, `PrimarySmtpAddress`: an address's kind, EWS's and PowerShell's
        // names, no protocol.)
        if &abc == b"smt"
            && !wb
                .get(i + 1..i + 8)
                .is_some_and(|r| r.eq_ignore_ascii_case(b"address"))
        {
            return Some(Protocol::Smtp);
        }
    }
    if lower(i + 1) == b'o'
        && lower(i + 2) == b'p'
        && (wb.get(i + 3) == Some(&b'3') || wb == b"POP")
    {
        return Some(Protocol::Pop);
    }
    None
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    thread_local! {
        /// Set: the memos of word readings are bypassed (every word is read afresh).
        pub(super) static MEMO_OFF: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// The artifacts of `text`, with the memos of word readings or without.
    fn scanned(text: &str, memo_off: bool) -> Vec<crate::evidence::Artifact> {
        MEMO_OFF.with(|m| m.set(memo_off));
        let a = crate::scan::scan(text, 1_704_905_372);
        MEMO_OFF.with(|m| m.set(false));
        a
    }

    /// The text of every non-sealed fixture record (`tests/fixtures/*.jsonl`).
    pub(crate) fn fixture_texts() -> Vec<String> {
        let mut texts: Vec<String> = Vec::new();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let path = entry.expect("entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !name.ends_with(".jsonl") || name.starts_with("sealed") {
                continue;
            }
            for line in std::fs::read_to_string(&path).expect("read").lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                    if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                        texts.push(t.to_string());
                    }
                }
            }
        }
        texts
    }

    #[test]
    fn the_memos_change_no_artifact() {
        // Every non-sealed fixture text, and logs that repeat host words and IMAP replies in
        // turn, in other contexts, and past the point where new keys are no longer remembered.
        let mut texts: Vec<String> = fixture_texts();
        assert!(texts.len() > 1000, "{}", texts.len());
        let hosts = [
            "outlook.office365.com:993",
            "smtp.office365.com:587",
            "scope=https://outlook.office365.com/.default",
            "https://outlook.office.com/IMAP.AccessAsUser.All",
            "\"https://graph.microsoft.com/.default\"",
            "host=imap.example.org",
            "<outlook.office365.com>",
            "com.sun.mail.smtp.SMTPTransport",
            "login.microsoftonline.com",
        ];
        let replies = [
            "S: A{i} NO AUTHENTICATE failed.",
            "A{i} NO AUTHENTICATE failed.",
            "* OK The Microsoft Exchange IMAP4 service is ready.",
            "A{i} OK AUTHENTICATE completed.",
            "A{i} OK FETCH completed.",
            "A{i} BAD Command Error. 10",
            "S: NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)",
            "A{i} NO",
            "C: A{i} NO AUTHENTICATE failed.\r\n",
        ];
        let mut log = String::new();
        let mut long = String::new();
        for i in 0..400 {
            let h = hosts[i % hosts.len()];
            let h2 = hosts[(i * 7 + 3) % hosts.len()];
            let r = replies[(i * 5) % replies.len()].replace("{i}", &format!("{i:04}"));
            let ctx = ["", "the scope ", "scope: ", "\"scope\": "][i % 4];
            log.push_str(&format!(
                "2024-01-10T16:{:02}:{:02}Z INFO connect {ctx}{h} then {h2}\n{r}\n",
                (i / 60) % 60,
                i % 60
            ));
        }
        // Past the keys remembered: ten thousand distinct request ids first.
        for i in 0..10_000 {
            long.push_str(&format!("request {i:08x}-1c2d-4e5f-9a8b-{i:012}\n"));
        }
        long.push_str(&log);
        texts.push(log);
        texts.push(long);
        // XOAUTH2 blobs sent again and again, under other commands and protocols, whole or
        // wrapped, with a token (expired at some lines' times) or an opaque one, and the same
        // token in another blob.
        use base64::Engine;
        let (b64, url) = (
            base64::engine::general_purpose::STANDARD,
            base64::engine::general_purpose::URL_SAFE_NO_PAD,
        );
        let jwt = format!(
            "{}.{}.c2ln",
            url.encode(r#"{"alg":"RS256","typ":"JWT"}"#),
            url.encode(r#"{"aud":"https://outlook.office365.com","exp":1704902400,"scp":"IMAP.AccessAsUser.All"}"#)
        );
        let blobs = [
            b64.encode(format!("user=a@contoso.com\x01auth=Bearer {jwt}\x01\x01")),
            b64.encode(format!("user=b@contoso.com\x01auth=Bearer {jwt}\x01\x01")),
            b64.encode("user=a@contoso.com\x01auth=Bearer EwBAA8l6BAAU\x01\x01"),
        ];
        let mut xo = String::new();
        for i in 0..120 {
            let b = &blobs[(i / 3) % blobs.len()];
            let ts = format!("2024-01-10T{:02}:{:02}:00Z", 14 + i / 60, i % 60);
            match i % 5 {
                0 => xo.push_str(&format!("{ts} C: A{i:04} AUTHENTICATE XOAUTH2 {b}\n")),
                1 => xo.push_str(&format!("{ts} AUTH XOAUTH2 {b}\n")),
                2 => xo.push_str(&format!("{ts} C: A{i:04} AUTHENTICATE XOAUTH2\n{b}\n")),
                3 => xo.push_str(&format!("{ts} C: {}\n{}\n", &b[..40], &b[40..])),
                _ => xo.push_str(&format!("{ts} {b}\n")),
            }
            xo.push_str(&format!("{ts} S: A{i:04} NO AUTHENTICATE failed.\n"));
        }
        texts.push(xo);
        for t in &texts {
            assert_eq!(
                scanned(t, false),
                scanned(t, true),
                "{}",
                &t[..t.len().min(200)]
            );
        }
    }

    #[test]
    fn lines_end_at_their_break_and_long_lines_are_cut_outside_words() {
        let long = "a".repeat(LONG_LINE);
        let l = LONG_LINE;
        // (text, start, end of the line or piece, start of the next)
        let rows: Vec<(String, usize, (usize, usize))> = vec![
            ("ab\r\ncd".into(), 0, (2, 4)),
            ("ab\ncd".into(), 3, (5, 6)),
            ("".into(), 0, (0, 1)),
            (format!("{long}\n"), 0, (l, l + 1)),
            (format!("{long}x y z"), 0, (l + 1, l + 2)),
            (format!("{long}x,y z"), 0, (l + 3, l + 4)),
            (format!("{long}x,y\tz"), 0, (l + 3, l + 4)),
            (format!("{long}x,y\r\nz"), 0, (l + 1, l + 2)),
            (format!("{long}xy\r\nz w"), 0, (l + 2, l + 4)),
            (format!("{long}xyz"), 0, (l + 3, l + 4)),
            (format!("b {long}xy z"), 2, (l + 4, l + 5)),
        ];
        for (text, pos, want) in rows {
            assert_eq!(
                line_end(text.as_bytes(), pos),
                want,
                "{:?}",
                &text[text.len().saturating_sub(8)..]
            );
        }
    }

    proptest! {
        /// Reading only the head of a long text gives the same clipped text as reading all of it,
        /// whatever characters (or invalid bytes) sit around the clipping point.
        #[test]
        fn clipping_the_head_equals_clipping_the_whole(
            parts in proptest::collection::vec(
                prop_oneof![Just(&b"a"[..]), Just(&b" "[..]), Just("\u{e4}".as_bytes()), Just("\u{20ac}".as_bytes()),
                    Just("\u{1f600}".as_bytes()), Just(&b"\xff"[..]), Just(&b"\xe2\x82"[..])],
                0..300,
            )
        ) {
            let b: Vec<u8> = parts.concat();
            prop_assert_eq!(clip_lossy(&b), clip(&lossy(&b)));
        }
    }

    proptest! {
        /// A word ends, with the same classes, where a walk byte by byte ends it, whether the
        /// sixteen-bytes-a-step run over base64 takes part or not: words of base64 bytes long
        /// enough to show every class, with padding, dots, dashes, separators and other bytes
        /// at any place.
        #[test]
        fn a_word_ends_where_the_plain_walk_ends_it(
            parts in proptest::collection::vec(
                prop_oneof![
                    "[A-Za-z0-9+/_-]{0,40}".prop_map(String::into_bytes),
                    proptest::sample::select(vec![
                        b'a', b'P', b'x', b'g', b'0', b'-', b'_', b'=', b'.', b'@', b'[', b'`', b'{',
                        b':', b' ', b'\t', b'"', b',', 1, 0, 0x7f, 0x80, 0xff, b'!', b'%',
                    ])
                    .prop_map(|c| vec![c]),
                ],
                0..12,
            ),
            seen in 0usize..3,
            from in 0usize..8,
        ) {
            // A head that shows every class of base64 (so that the fast step can start at once),
            // or part of it.
            let head: &[u8] = [&b"Px9a"[..], b"Px9ag", b"x9"][seen];
            let line = [head, &parts.concat()].concat();
            let start = from.min(line.len());
            let end = (start..line.len())
                .find(|&i| CLASS[line[i] as usize] & SEP != 0)
                .unwrap_or(line.len());
            let f = line[start..end].iter().fold(0, |f, &c| f | CLASS[c as usize]);
            prop_assert_eq!(word_end(&line, start), (end, f));
        }
    }

    #[test]
    fn remembered_hour_reads_like_a_fresh_parse() {
        // One after the other, sharing the remembered date and hour: each must read exactly as
        // a fresh parse does (including the ones a range check refuses).
        let stamps = [
            "2024-01-10T16:00:02.002Z x",
            "2024-01-10T16:59:60Z",
            "2024-01-10T16:60:00Z",
            "2024-01-10T16:05:61Z",
            "2024-01-10T16:07:08+02:00",
            "2024-01-10T16:0a:08Z",
            "2024-01-10 16:07:08 UTC",
            "2024-01-10T17:00:00Z",
            "2024-02-30T17:00:00Z",
            "2024-01-10T17:01:00Z",
            "2023-12-31T23:59:59,5 +0100",
        ];
        let mut hour = None;
        for s in stamps {
            let t = s.as_bytes();
            assert_eq!(
                parse_timestamp_with(t, 0, t.len(), &mut hour),
                parse_timestamp(t, 0, t.len()),
                "{s}"
            );
        }
    }
}
