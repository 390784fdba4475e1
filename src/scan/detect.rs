//! The line walker and its detectors.

use super::text::{
    ceil_boundary, find, find_ci, floor_boundary, is_b64_any, is_b64url, is_guid, lossy, sl,
    url_decode, Normalized,
};
use super::token::{self, b64_decode, cloud_of_host, parse_object};
use super::xoauth::{self, BlobOutcome};
use super::Found;
use crate::catalogue::texts::{self, Code, Family, KnownText};
use crate::evidence::*;
use rustc_hash::FxHashSet;
use serde_json::Value;

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

/// Words the keyword detectors react to exactly (see `Ctx::keyword` and `Ctx::network`), besides
/// the context words of the scanner's known texts ([`CONTEXT_WORDS`]).
const KEYWORDS: [&[u8]; 61] = [
    b"NO",
    b"BAD",
    b"OK",
    b"-ERR",
    b"+OK",
    b"AUTHENTICATE",
    b"AUTH",
    b"authenticate",
    b"auth",
    b"LOGIN",
    b"Bearer",
    b"bearer",
    b"authenticated",
    b"access_token",
    b"accessToken",
    b"error",
    b"token_type",
    b"client_secret",
    b"clientSecret",
    b"ClientSecret",
    b"-ClientSecret",
    b"client-secret",
    b"CLIENT_SECRET",
    b"client_secret:",
    b"clientSecret:",
    b"ClientSecret:",
    b"CLIENT_SECRET:",
    b"scope",
    b"scopes",
    b"resource",
    b"-Scope",
    b"Scope:",
    b"scope:",
    b"recognized",
    b"couldn",
    b"could",
    b"Invalid",
    b"SMTP",
    b"requires",
    b"Login",
    b"ECONNREFUSED",
    b"ETIMEDOUT",
    b"ECONNRESET",
    b"ENOTFOUND",
    b"EAI_AGAIN",
    b"EHOSTUNREACH",
    b"ENETUNREACH",
    b"CERTIFICATE_VERIFY_FAILED",
    b"refused",
    b"refused.",
    b"timed",
    b"handshake",
    b"Handshake",
    b"known",
    b"known.",
    b"unreachable",
    b"unreachable.",
    b"resolve",
    b"0",
    b"authmech",
    b"EWS",
];

/// The families of known texts the scanner reads, by their context words.
const SCAN_FAMILIES: [(Family, &[KnownText]); 2] = [
    (Family::EntraUncoded, texts::ENTRA_UNCODED),
    (Family::SaslLocal, texts::SASL_LOCAL),
];

/// Marks in `t` (per first byte, a bit per length mod 32) the words of `words`.
const fn gate_words(mut t: [u32; 128], words: &[&str]) -> [u32; 128] {
    let mut j = 0;
    while j < words.len() {
        let k = words[j].as_bytes();
        t[(k[0] & 0x7f) as usize] |= 1 << (k.len() & 31);
        j += 1;
    }
    t
}

/// Marks the context words of the scanner's known texts.
const fn gate_context(mut t: [u32; 128]) -> [u32; 128] {
    let mut f = 0;
    while f < SCAN_FAMILIES.len() {
        let rows = SCAN_FAMILIES[f].1;
        let mut r = 0;
        while r < rows.len() {
            t = gate_words(t, rows[r].context);
            r += 1;
        }
        f += 1;
    }
    t
}

const fn build_keyword_gate() -> [u32; 128] {
    let mut t = [0u32; 128];
    let mut i = 0;
    while i < KEYWORDS.len() {
        let k = KEYWORDS[i];
        t[(k[0] & 0x7f) as usize] |= 1 << (k.len() & 31);
        i += 1;
    }
    gate_context(t)
}

/// Per first byte, a bit per length (mod 32) of the exact keywords starting with it.
static KEYWORD_GATE: [u32; 128] = build_keyword_gate();

/// Per first byte, a bit per length (mod 32) of the context words of the scanner's known texts.
static CONTEXT_GATE: [u32; 128] = gate_context([0; 128]);

/// The family of known texts that `wb` is a context word of, if any.
fn context_family(wb: &[u8]) -> Option<Family> {
    let first = *wb.first()?;
    if first >= 0x80 || CONTEXT_GATE[first as usize] & (1 << (wb.len() & 31)) == 0 {
        return None;
    }
    SCAN_FAMILIES.iter().find_map(|(family, rows)| {
        rows.iter()
            .any(|r| r.context.iter().any(|c| c.as_bytes() == wb))
            .then_some(*family)
    })
}

/// Whether any detector can match a word: most words of a log line (`DEBUG`, `FETCH`,
/// `messages`, `worker-3`) cannot, and are skipped after this handful of tests.
fn worth_a_look(wb: &[u8], f: u16, pending_xoauth: bool) -> bool {
    let first = wb[0];
    f & (AT | EQ) != 0
        || (f & UPPER != 0 && wb.len() >= 9)
        || first.is_ascii_digit()
        || (f & DASH != 0 && wb.len() >= 36)
        || (f & DOT != 0 && wb.len() >= 6)
        || (f & PCH != 0 && mail_protocol_in(wb).is_some())
        || keyword_candidate(wb, f, pending_xoauth)
}

/// Whether a word can be handled by `Ctx::keyword` at all: an exact keyword's first byte and
/// length, or a prefix/substring rule's cheap precondition.
// Called for nearly every word: inlined natively (the wasm build keeps one copy, for size).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn keyword_candidate(wb: &[u8], f: u16, pending_xoauth: bool) -> bool {
    let first = wb[0];
    if first < 0x80 && KEYWORD_GATE[first as usize] & (1 << (wb.len() & 31)) != 0 {
        return true;
    }
    let len = wb.len();
    match first {
        b'A' if wb.starts_with(b"AADSTS") || wb.starts_with(b"AuthFailed:") => return true,
        b'd' if wb.starts_with(b"dXNlcj") => return true,
        b'Z' if wb.starts_with(b"ZFhObGNq") => return true,
        _ => {}
    }
    (pending_xoauth && len >= 16)
        || (f & DASH != 0 && first.is_ascii_uppercase())
        || (len >= 9 && f & XG != 0)
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

/// Results kept from earlier words and lines, so that repeats cost a comparison.
#[derive(Default)]
struct Memo {
    /// The last dotted word and its reading.
    dotted: (Vec<u8>, Dotted),
    /// Date and hour of the last ISO timestamp (see `parse_timestamp_with`).
    hour: Option<([u8; 13], i64)>,
}

struct Ctx<'a> {
    norm: &'a Normalized<'a>,
    /// Offset of the current block in the input.
    base: usize,
    t: &'a [u8],
    now: i64,
    out: Vec<Found>,
    /// The last host word and the protocol it named: logs repeat the same host on every line,
    /// and a repeat changes nothing but the current protocol.
    host_memo: Option<(Vec<u8>, Option<Protocol>)>,
    seq: usize,
    cur_time: Option<i64>,
    skip_until: usize,
    /// The end of the lines a PowerShell command continues over (backtick): read as part of
    /// it, from the next line on.
    skip_lines_until: usize,
    ls: usize,
    le: usize,
    line_idx: usize,
    words: Vec<Word>,
    line_reply: bool,
    line_network: bool,
    line_client_error: bool,
    line_hints: u8,
    line_checks: u32,
    hint_last: [Option<usize>; 7],
    pending_xoauth: Option<(String, Option<Protocol>, usize)>,
    last_protocol: Option<Protocol>,
    last_cmdlet: Option<(String, usize)>,
    last_ps_error: Option<(String, usize)>,
    seen: FxHashSet<(u8, String)>,
    /// The last few tokens decoded without a problem, by their text: a log that shows its
    /// token with every request decodes it once and shares the decoded claims.
    recent_tokens: Vec<(String, JwtToken)>,
    first_ts_done: bool,
    /// The last timestamp of the last timestamped line without evidence: (start, end, unix).
    pending_ts: Option<(usize, usize, i64)>,
    stamps: Vec<Ts>,
    memo: Memo,
}

/// Lines longer than this are read in pieces (see [`line_end`]).
const LONG_LINE: usize = 256 * 1024;

/// The end of the line of `t` that starts at `pos` (before its `\r\n` or `\n`) and where the next
/// one starts. A line longer than [`LONG_LINE`] is cut into pieces: at the first blank after that
/// length, else at the first comma (one-line JSON), never inside a word; the byte at the cut is
/// dropped like a blank. A text of megabytes without line breaks (a minified JSON answer, a log
/// joined into one line) is then read in steps like any other, and the page can show its
/// progress in between. The cut depends only on the text, never on the step size, and each
/// search looks only as far as it must, so a long line costs linear time.
fn line_end(t: &[u8], pos: usize) -> (usize, usize) {
    let ended = |nl: usize| {
        if nl > pos && t[nl - 1] == b'\r' {
            (nl - 1, nl + 1)
        } else {
            (nl, nl + 1)
        }
    };
    let window = t.len().min(pos + LONG_LINE + 1);
    if let Some(o) = memchr::memchr(b'\n', &t[pos..window]) {
        return ended(pos + o);
    }
    if window == t.len() {
        return ended(t.len());
    }
    let from = pos + LONG_LINE;
    let nl = match memchr::memchr3(b' ', b'\t', b'\n', &t[from..]) {
        Some(o) if t[from + o] != b'\n' => return (from + o, from + o + 1),
        Some(o) => from + o,
        None => t.len(),
    };
    match memchr::memchr(b',', &t[from..nl]) {
        Some(o) => (from + o, from + o + 1),
        None => ended(nl),
    }
}

/// Walks the blocks line by line and collects artifacts, a few lines at a time: the state
/// between two lines lives here, so any split into steps gives the same artifacts.
pub(crate) struct Walker<'a> {
    /// `None` when there is nothing to read (no blocks).
    c: Option<Ctx<'a>>,
    blocks: &'a [(usize, Normalized<'a>)],
    /// The block being read and the start of its next line (in the block's text).
    bi: usize,
    pos: usize,
    /// Bytes of the block texts before block `bi`.
    before: usize,
    /// Bytes of all block texts.
    total: usize,
}

impl<'a> Walker<'a> {
    /// A walker at the first line of `blocks`. Detectors look across lines only within a block.
    pub(crate) fn new(blocks: &'a [(usize, Normalized<'a>)], now: i64) -> Walker<'a> {
        let total = blocks.iter().map(|(_, n)| n.text.len()).sum();
        let c = blocks.first().map(|(base, first)| Ctx {
            norm: first,
            base: *base,
            t: first.text.as_bytes(),
            now,
            out: Vec::new(),
            host_memo: None,
            seq: 0,
            cur_time: None,
            skip_until: 0,
            skip_lines_until: 0,
            ls: 0,
            le: 0,
            line_idx: 0,
            words: Vec::with_capacity(64),
            line_reply: false,
            line_network: false,
            line_client_error: false,
            line_hints: 0,
            line_checks: 0,
            hint_last: [None; 7],
            pending_xoauth: None,
            last_protocol: None,
            last_cmdlet: None,
            last_ps_error: None,
            seen: FxHashSet::default(),
            recent_tokens: Vec::new(),
            first_ts_done: false,
            pending_ts: None,
            stamps: Vec::new(),
            memo: Memo::default(),
        });
        Walker {
            c,
            blocks,
            bi: 0,
            pos: 0,
            before: 0,
            total,
        }
    }

    /// Reads whole lines until at least `budget` bytes are read or the text ends (a line is
    /// never split, so a step can read more). Returns true when every line has been read.
    pub(crate) fn step(&mut self, budget: usize) -> bool {
        let Some(c) = self.c.as_mut() else {
            return true;
        };
        let last = self.blocks.len().saturating_sub(1);
        let mut spent = 0usize;
        while let Some((base, norm)) = self.blocks.get(self.bi) {
            let t = norm.text.as_bytes();
            if self.pos == 0 {
                c.norm = norm;
                c.base = *base;
                c.t = t;
                c.skip_until = 0;
                c.skip_lines_until = 0;
            }
            // Every block but the last ends with its newline: no empty line after it.
            let end = if self.bi == last {
                t.len()
            } else {
                t.len().saturating_sub(1)
            };
            while self.pos <= end {
                if spent >= budget.max(1) {
                    return false;
                }
                let pos = self.pos;
                let (le, next) = line_end(t, pos);
                c.line(pos, le);
                c.line_idx += 1;
                self.pos = next;
                spent += next - pos;
            }
            self.before += t.len();
            self.bi += 1;
            self.pos = 0;
        }
        true
    }

    /// Bytes read so far and bytes in all (of the block texts the detectors read).
    pub(crate) fn progress(&self) -> (usize, usize) {
        ((self.before + self.pos).min(self.total), self.total)
    }

    /// Reads what is left and returns the artifacts.
    pub(crate) fn finish(mut self) -> Vec<Found> {
        self.step(usize::MAX);
        let Some(mut c) = self.c else {
            return Vec::new();
        };
        if let Some((os, oe, unix)) = c.pending_ts.take() {
            c.push_orig(os, oe, ArtifactKind::Timestamp { unix }, Some(unix));
        }
        c.out
    }
}

impl<'a> Ctx<'a> {
    fn push_at_time(&mut self, s: usize, e: usize, kind: ArtifactKind, time: Option<i64>) -> usize {
        let os = self.orig(s);
        let oe = self.orig(e).max(os);
        self.push_orig(os, oe, kind, time)
    }

    /// Offset in the input of offset `p` of the current block's text.
    fn orig(&self, p: usize) -> usize {
        self.base + self.norm.to_orig(p)
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

    fn once(&mut self, tag: u8, key: String) -> bool {
        self.seen.insert((tag, key))
    }

    fn line(&mut self, ls: usize, le: usize) {
        self.ls = ls;
        self.le = le;
        self.skip_until = self.skip_until.max(self.skip_lines_until);
        self.line_reply = false;
        self.line_network = false;
        self.line_client_error = false;
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
            let mut f = 0u16;
            while i < n {
                let k = CLASS[line[i] as usize];
                if k & SEP != 0 {
                    break;
                }
                f |= k;
                i += 1;
            }
            self.words.push(Word {
                s: ls + start,
                e: ls + i,
                f,
            });
            // The byte that ended the word is a separator.
            i += 1;
        }
        if self.words.is_empty() {
            return;
        }
        let first_out = self.out.len();
        // Timestamps first: they set the time of everything else on the line.
        let mut stamps = std::mem::take(&mut self.stamps);
        stamps.clear();
        for wi in 0..self.words.len() {
            let w = self.words[wi];
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
        let n = self.words.len();
        let mut si = 0;
        // The timestamp whose time the evidence takes: the first on the line until another
        // unlabelled one is passed (a labelled `Timestamp:` is a server's time, not the log's),
        // so a text without line breaks gets the time of the entry each piece stands in.
        let mut cur = 0;
        let pending = self.pending_xoauth.is_some();
        for wi in 0..n {
            let w = self.words[wi];
            if w.s < self.skip_until {
                continue;
            }
            // Words inside a timestamp are done.
            while si < stamps.len() && stamps[si].e <= w.s {
                if !stamps[si].labelled && si > cur {
                    cur = si;
                    self.cur_time = Some(stamps[si].unix);
                }
                si += 1;
            }
            if si < stamps.len() && stamps[si].s <= w.s {
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
        let evidence = self.out.len() > first_out;
        let labelled = stamps.iter().any(|s| s.labelled);
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
                if (first && i == 0) || s.used || s.labelled {
                    self.push_at_time(
                        s.s,
                        s.e,
                        ArtifactKind::Timestamp { unix: s.unix },
                        Some(time),
                    );
                }
            }
        } else {
            // The last timestamp of the log is shown when no later line shows one: kept until then.
            if let Some(s) = stamps.last() {
                self.pending_ts = Some((self.orig(s.s), self.orig(s.e), s.unix));
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
        clip(&lossy(sl(self.t, from, self.le.min(from + 2 * CLIP))))
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
        }
        if w.f & PCH != 0 || wb == b"EWS" {
            self.protocol_hints(wb, w);
        }
        if w.f & UPPER != 0 && len >= 9 {
            self.upper_long(wi, w);
        }
        if keyword_candidate(wb, w.f, self.pending_xoauth.is_some()) {
            self.keyword(wi, w);
        }
    }

    // ----- tokens -------------------------------------------------------------------------

    /// A `eyJ…` token at `pos`: JWT, JWE, truncated token or base64 JSON challenge.
    fn token_at(&mut self, pos: usize) {
        let t = self.t;
        if pos < self.skip_until {
            return;
        }
        let run_end = |from: usize, le: usize| {
            let mut i = from;
            while i < le && (is_b64url(t[i]) || t[i] == b'.' || t[i] == b'=') {
                i += 1;
            }
            i
        };
        let mut end = run_end(pos, self.le);
        let mut tok: Vec<u8> = t[pos..end].to_vec();
        // Wrapped over lines?
        let mut line_end = self.le;
        for _ in 0..400 {
            let segs = tok.iter().filter(|&&c| c == b'.').count() + 1;
            let tail_blank = sl(t, end, line_end).iter().all(|c| c.is_ascii_whitespace());
            if !tail_blank || line_end >= t.len() {
                break;
            }
            let next_start = line_end
                + if t.get(line_end) == Some(&b'\r') {
                    2
                } else {
                    1
                };
            let nl = memchr::memchr(b'\n', sl(t, next_start, t.len()))
                .map_or(t.len(), |o| next_start + o);
            let mut nle = nl;
            if nle > next_start && t.get(nle - 1) == Some(&b'\r') {
                nle -= 1;
            }
            let mut s = next_start;
            while s < nle && (t[s] == b' ' || t[s] == b'\t') {
                s += 1;
            }
            let e = run_end(s, nle);
            let run = e - s;
            let rest_blank_or_term = e == nle
                || matches!(
                    t.get(e),
                    Some(b'"' | b'\'' | b',' | b'}' | b' ' | b'\t' | 0x01 | b'^' | b'&')
                );
            if run == 0 || !rest_blank_or_term {
                break;
            }
            let whole_line = e == nle;
            let want = segs < 3
                || (segs == 4)
                || (whole_line
                    && run >= 16
                    && tok.len() >= 60
                    && (e - s) > 0
                    && !sl(t, s, e).contains(&b'.'));
            if !want || sl(t, s, e).starts_with(b"eyJ") {
                break;
            }
            tok.extend_from_slice(&t[s..e]);
            end = e;
            line_end = nle;
        }
        // Trailing dots of a sentence.
        let segs_now = tok.iter().filter(|&&c| c == b'.').count() + 1;
        if tok.ends_with(b".") && (segs_now == 4 || segs_now == 6) {
            tok.pop();
            end -= 1;
        }
        let tok_s = String::from_utf8(tok).unwrap_or_else(|e| lossy(e.as_bytes()));
        if !tok_s.contains('.') {
            self.dotless_eyj(pos, end, &tok_s);
            return;
        }
        self.skip_until = self.skip_until.max(end);
        self.decode_token_artifacts(pos, end, &tok_s);
    }

    /// Decodes a compact token and pushes its artifacts; returns the seq of the main one.
    fn decode_token_artifacts(&mut self, s: usize, e: usize, tok: &str) -> Option<usize> {
        // A token decoded a moment ago decodes as it did then; only its validity at this
        // line's time is new.
        if let Some(i) = self.recent_tokens.iter().position(|(t, _)| t == tok) {
            // The most recently used last.
            self.recent_tokens[i..].rotate_left(1);
            if let Some((_, j)) = self.recent_tokens.last() {
                let mut j = j.clone();
                j.validity_at_log = self.cur_time.map(|t| token::validity(&j.claims, t));
                return Some(self.push(s, e, ArtifactKind::Jwt(Box::new(j))));
            }
        }
        let base = self.orig(s);
        let outcome = token::decode_token(tok, base, self.now, self.cur_time);
        if let (Some(j), None, true) = (
            &outcome.jwt,
            &outcome.jwe_header,
            outcome.failures.is_empty(),
        ) {
            if self.recent_tokens.len() >= RECENT_TOKENS {
                self.recent_tokens.remove(0);
            }
            self.recent_tokens.push((tok.to_string(), j.clone()));
        }
        let mut main = None;
        if let Some(h) = outcome.jwe_header {
            main = Some(self.push(s, e, ArtifactKind::EncryptedToken { header: h }));
        }
        if let Some(j) = outcome.jwt {
            main = Some(self.push(s, e, ArtifactKind::Jwt(Box::new(j))));
        }
        for f in outcome.failures {
            let seq = self.push(s, e, ArtifactKind::DecodeFailure(Box::new(f)));
            main.get_or_insert(seq);
        }
        main
    }

    /// `eyJ…` without dots: a base64 JSON SASL challenge, or a token cut after its header.
    fn dotless_eyj(&mut self, s: usize, e: usize, tok: &str) {
        if tok.len() < 12 {
            return;
        }
        let d = b64_decode(tok.as_bytes(), tok.contains(['-', '_']));
        let Ok((members, _)) = parse_object(&d.bytes) else {
            return;
        };
        let get = |k: &str| members.iter().find(|(n, _)| n == k).map(|(_, v)| v);
        if let Some(status) = get("status") {
            let status = match status {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let scope = get("scope").and_then(|v| v.as_str()).map(str::to_string);
            self.skip_until = self.skip_until.max(e);
            self.push(s, e, ArtifactKind::SaslErrorChallenge { status, scope });
        } else if get("alg").is_some() || get("typ").is_some() {
            self.skip_until = self.skip_until.max(e);
            let offset = self.orig(e);
            self.push(
                s,
                e,
                ArtifactKind::DecodeFailure(Box::new(DecodeFailure {
                    what: "jwt".into(),
                    segment: "payload".into(),
                    offset,
                    reason: "only the token header is present: the token was cut off before the payload (check how it was copied)".into(),
                    problem: DecodeProblem::Invalid,
                })),
            );
        }
    }

    fn opaque_at(&mut self, s: usize, e: usize) -> Option<usize> {
        let tb = sl(self.t, s, e);
        if !token::looks_opaque(tb) || s < self.skip_until {
            return None;
        }
        let tok = lossy(tb);
        self.skip_until = self.skip_until.max(e);
        Some(self.push(
            s,
            e,
            ArtifactKind::OpaqueToken {
                length: tok.len(),
                prefix: token::opaque_prefix(&tok),
            },
        ))
    }

    // ----- XOAUTH2 ------------------------------------------------------------------------

    /// A base64 blob starting at `s` in the current line, after `command` (or bare).
    fn xoauth_blob(
        &mut self,
        s: usize,
        command: Option<String>,
        protocol: Option<Protocol>,
    ) -> bool {
        let t = self.t;
        if s < self.skip_until {
            return false;
        }
        let run_end = |from: usize, le: usize| {
            let mut i = from;
            while i < le && is_b64_any(t[i]) {
                i += 1;
            }
            i
        };
        let mut e = run_end(s, self.le);
        if e - s < 8 {
            return false;
        }
        let mut blob = t[s..e].to_vec();
        let mut wrapped = false;
        let mut line_end = self.le;
        // Wrapped blob: following lines made only of base64 characters.
        for _ in 0..200 {
            if e != line_end || line_end >= t.len() || blob.ends_with(b"=") {
                break;
            }
            let ns = line_end
                + if t.get(line_end) == Some(&b'\r') {
                    2
                } else {
                    1
                };
            let nl = memchr::memchr(b'\n', sl(t, ns, t.len())).map_or(t.len(), |o| ns + o);
            let mut nle = nl;
            if nle > ns && t.get(nle - 1) == Some(&b'\r') {
                nle -= 1;
            }
            let mut a = ns;
            while a < nle && (t[a] == b' ' || t[a] == b'\t') {
                a += 1;
            }
            let b = run_end(a, nle);
            if b != nle || b - a < 4 {
                break;
            }
            blob.extend_from_slice(&t[a..b]);
            e = b;
            line_end = nle;
            wrapped = true;
        }
        // Spaces inside the blob on the same line (a second base64 run right after).
        let mut spaced = false;
        if !wrapped && t.get(e) == Some(&b' ') && !blob.ends_with(b"=") {
            let a = e + 1;
            let b = run_end(a, self.le);
            if b - a >= 4 && b == self.le {
                let mut joined = blob.clone();
                joined.extend_from_slice(&t[a..b]);
                if b64_decode(&joined, false).bytes.starts_with(b"user=")
                    && find(&b64_decode(&joined, false).bytes, b"\x01\x01").is_some()
                {
                    blob = joined;
                    e = b;
                    spaced = true;
                }
            }
        }
        // Shortened with an ellipsis when it was posted?
        let cut =
            sl(t, e, self.le).starts_with(b"...") || sl(t, e, self.le).starts_with("…".as_bytes());
        if cut && !wrapped {
            let partial = b64_decode(&blob, blob.iter().any(|&c| c == b'-' || c == b'_'));
            let shown = xoauth::visible_ctrl(&lossy(&partial.bytes));
            let offset = self.orig(e);
            self.skip_until = self.skip_until.max(e);
            self.push(
                s,
                e,
                ArtifactKind::DecodeFailure(Box::new(DecodeFailure {
                    what: "xoauth2".into(),
                    segment: "base64".into(),
                    offset,
                    reason: format!("the XOAUTH2 string was shortened ('...') where it was posted; the visible part decodes to {shown:?}"),
                    problem: DecodeProblem::Shortened,
                })),
            );
            return true;
        }
        match xoauth::decode_blob(&blob, wrapped || spaced) {
            BlobOutcome::Parsed(p) => {
                self.skip_until = self.skip_until.max(e);
                self.emit_xoauth(s, e, command, protocol, p);
                true
            }
            BlobOutcome::NotXoauth(off, reason, problem) => {
                if command.is_some() {
                    let offset = self.orig(s + off.min(e - s));
                    self.skip_until = self.skip_until.max(e);
                    self.push(
                        s,
                        e,
                        ArtifactKind::DecodeFailure(Box::new(DecodeFailure {
                            what: "xoauth2".into(),
                            segment: "base64".into(),
                            offset,
                            reason,
                            problem,
                        })),
                    );
                    true
                } else {
                    false
                }
            }
        }
    }

    fn emit_xoauth(
        &mut self,
        s: usize,
        e: usize,
        command: Option<String>,
        protocol: Option<Protocol>,
        p: xoauth::XoauthParts,
    ) {
        let x = Xoauth2 {
            command,
            protocol,
            user: p.user.clone(),
            scheme: p.scheme.clone(),
            token_artifact: None,
            defects: p.defects,
            visible: p.visible,
        };
        let xi = self.out.len();
        self.push(s, e, ArtifactKind::Xoauth2(Box::new(x)));
        let nested = match p.token.as_deref() {
            Some(tok) if tok.starts_with("eyJ") && tok.contains('.') => {
                self.decode_token_artifacts(s, e, tok)
            }
            Some(tok) if tok.len() >= 8 => Some(self.push(
                s,
                e,
                ArtifactKind::OpaqueToken {
                    length: tok.len(),
                    prefix: token::opaque_prefix(tok),
                },
            )),
            _ => None,
        };
        if let Some(f) = self.out.get_mut(xi) {
            f.nested = nested;
        }
        if let Some(u) = p.user {
            if u.contains('@') && u.len() < 320 {
                let key = format!("{}|user=", u.to_ascii_lowercase());
                if self.once(2, key) {
                    self.push(
                        s,
                        e,
                        ArtifactKind::Email {
                            address: u.to_ascii_lowercase(),
                            role: Some(EmailRole::XoauthUser),
                        },
                    );
                }
            }
        }
    }

    /// Literal (not encoded) `user=…^Aauth=Bearer …` text.
    fn xoauth_literal(&mut self, s: usize) {
        let line = sl(self.t, s, self.le);
        if find(line, b"auth=").is_none() {
            return;
        }
        let e = self.le;
        let p = xoauth::parse_text(line, Vec::new());
        self.skip_until = self.skip_until.max(e);
        self.emit_xoauth(s, e, None, None, p);
    }

    // ----- words ---------------------------------------------------------------------------

    fn emails(&mut self, w: Word) {
        let t = self.t;
        let mut i = w.s;
        while i < w.e {
            let Some(off) = memchr::memchr(b'@', sl(t, i, w.e)) else {
                break;
            };
            let at = i + off;
            i = at + 1;
            let mut a = at;
            while a > w.s
                && (t[a - 1].is_ascii_alphanumeric()
                    || matches!(t[a - 1], b'.' | b'_' | b'%' | b'+' | b'-' | b'\''))
            {
                a -= 1;
            }
            while a < at && matches!(t[a], b'.' | b'\'' | b'-') {
                a += 1;
            }
            let mut b = at + 1;
            while b < w.e && (t[b].is_ascii_alphanumeric() || matches!(t[b], b'.' | b'-')) {
                b += 1;
            }
            while b > at + 1 && matches!(t[b - 1], b'.' | b'-') {
                b -= 1;
            }
            let domain = sl(t, at + 1, b);
            let tld_ok = domain
                .rsplit(|&c| c == b'.')
                .next()
                .is_some_and(|tld| tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic));
            if a == at || !domain.contains(&b'.') || !tld_ok {
                continue;
            }
            let address = lossy(sl(t, a, b)).to_ascii_lowercase();
            let role = self.email_role(a);
            let key = format!("{address}|{}", role.map_or("", EmailRole::as_str));
            if self.once(2, key) {
                self.push(a, b, ArtifactKind::Email { address, role });
            }
        }
    }

    fn email_role(&self, a: usize) -> Option<EmailRole> {
        let before = sl(self.t, a.saturating_sub(24).max(self.ls), a);
        const ROLES: [(&[u8], EmailRole); 19] = [
            (b"userprincipalname", EmailRole::UserPrincipalName),
            (b"mail from:", EmailRole::MailFrom),
            (b"rcpt to:", EmailRole::RcptTo),
            (b"user=", EmailRole::XoauthUser),
            (b"mail from", EmailRole::MailFrom),
            (b"rcpt to", EmailRole::RcptTo),
            (b"from:", EmailRole::From),
            (b"to:", EmailRole::To),
            (b"-identity", EmailRole::Identity),
            (b"identity", EmailRole::Identity),
            (b"user:", EmailRole::UserLabel),
            (b"-user", EmailRole::UserParam),
            (b"-trustee", EmailRole::Trustee),
            (b"user [", EmailRole::UserField),
            (b"username", EmailRole::Username),
            (b"sender", EmailRole::Sender),
            (b"upn", EmailRole::Upn),
            (b"mailbox", EmailRole::Mailbox),
            (b"login", EmailRole::Login),
        ];
        let mut best: Option<(usize, usize, EmailRole)> = None;
        for (pat, role) in ROLES {
            let mut from = 0;
            while let Some(p) = find_ci(sl(before, from, before.len()), pat) {
                let at = from + p;
                let end = at + pat.len();
                if best.is_none_or(|(be, bl, _)| (end, pat.len()) > (be, bl)) {
                    best = Some((end, pat.len(), role));
                }
                from = at + 1;
            }
        }
        best.map(|(_, _, r)| r)
    }

    fn guids(&mut self, w: Word) {
        let t = self.t;
        let mut i = w.s;
        while i + 36 <= w.e {
            let cand = sl(t, i, i + 36);
            let left_ok = i == w.s || !t[i - 1].is_ascii_alphanumeric();
            let right_ok = i + 36 == w.e || !t[i + 36].is_ascii_alphanumeric();
            if left_ok && right_ok && is_guid(cand) {
                self.guid_at(i);
                i += 36;
            } else {
                i += 1;
            }
        }
    }

    fn guid_at(&mut self, s: usize) {
        let value = lossy(sl(self.t, s, s + 36)).to_ascii_lowercase();
        let label = if value == "00000002-0000-0ff1-ce00-000000000000"
            || value == "00000003-0000-0000-c000-000000000000"
        {
            GuidLabel::ResourceId
        } else {
            self.guid_label(s)
        };
        let key = format!("{value}|{label:?}");
        if self.once(3, key) {
            self.push(s, s + 36, ArtifactKind::Guid { value, label });
        }
    }

    fn guid_label(&self, s: usize) -> GuidLabel {
        let before = sl(self.t, s.saturating_sub(48).max(self.ls), s);
        const LABELS: [(&[u8], GuidLabel); 33] = [
            (b"app '", GuidLabel::ClientId),
            (b"app \"", GuidLabel::ClientId),
            (b"application '", GuidLabel::ClientId),
            (b"client_id", GuidLabel::ClientId),
            (b"client id", GuidLabel::ClientId),
            (b"clientid", GuidLabel::ClientId),
            (b"client-id", GuidLabel::ClientId),
            (b"application id", GuidLabel::ClientId),
            (b"application with id", GuidLabel::ClientId),
            (b"application with identifier", GuidLabel::ClientId),
            (b"application", GuidLabel::ClientId),
            (b"app id", GuidLabel::ClientId),
            (b"appid", GuidLabel::ClientId),
            (b"azp", GuidLabel::ClientId),
            (b"tenant", GuidLabel::TenantId),
            (b"directory", GuidLabel::TenantId),
            (b"tid", GuidLabel::TenantId),
            (b"microsoftonline", GuidLabel::TenantId),
            (b"object id", GuidLabel::ObjectId),
            (b"objectid", GuidLabel::ObjectId),
            (b"serviceid", GuidLabel::ObjectId),
            (b"principal id", GuidLabel::ObjectId),
            (b"oid", GuidLabel::ObjectId),
            (b"secret id", GuidLabel::SecretId),
            (b"secretid", GuidLabel::SecretId),
            (b"key id", GuidLabel::SecretId),
            (b"keyid", GuidLabel::SecretId),
            (b"client_secret", GuidLabel::SecretId),
            (b"trace", GuidLabel::TraceId),
            (b"correlation", GuidLabel::TraceId),
            (b"request id", GuidLabel::TraceId),
            (b"request-id", GuidLabel::TraceId),
            (b"requestid", GuidLabel::TraceId),
        ];
        let mut best: Option<(usize, usize, GuidLabel)> = None;
        for (pat, label) in LABELS {
            let mut from = 0;
            while let Some(p) = find_ci(sl(before, from, before.len()), pat) {
                let at = from + p;
                from = at + 1;
                // Short labels (`tid`, `oid`, `azp`) only as whole words.
                if pat.len() <= 3 && at > 0 && before[at - 1].is_ascii_alphanumeric() {
                    continue;
                }
                // Prefer the label nearest the GUID; on ties the longer one wins.
                let end = at + pat.len();
                if best.is_none_or(|(be, bl, _)| (end, pat.len()) > (be, bl)) {
                    best = Some((end, pat.len(), label));
                }
            }
        }
        best.map_or(GuidLabel::Unlabelled, |(_, _, l)| l)
    }

    /// `key=value` pairs inside a word (query strings, form bodies, config lines).
    fn params(&mut self, wi: usize, w: Word) {
        let t = self.t;
        let wb = sl(t, w.s, w.e);
        if wb.starts_with(b"user=") && self.first_on_line(1 << 16) {
            // Raw XOAUTH2 text.
            if find(self.lineb(), b"auth=").is_some() {
                self.xoauth_literal(w.s);
                return;
            }
        }
        let mut i = w.s;
        while i < w.e {
            // Piece boundaries: & ? # ; and the start.
            let mut j = i;
            while j < w.e && !matches!(t[j], b'&' | b'?' | b'#') {
                j += 1;
            }
            if let Some(eq) = memchr::memchr(b'=', sl(t, i, j)) {
                let key_s = i;
                let key_e = i + eq;
                let key = sl(t, key_s, key_e);
                // keys like `https://x/y?scope` – take the tail after the last non-key char.
                let kstart = key
                    .iter()
                    .rposition(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-'))
                    .map_or(0, |p| p + 1);
                let key = &key[kstart..];
                let vs = key_e + 1;
                let mut ve = j;
                // Quoted or spaced values (`client_secret = "x"`) are handled by `keyed`.
                if vs == ve && wi + 1 < self.words.len() && t.get(ve) != Some(&b'&') {
                    ve = vs;
                }
                self.param(key, key_s + kstart, vs, ve, wi);
            }
            i = j + 1;
        }
    }

    fn param(&mut self, key: &[u8], ks: usize, vs: usize, ve: usize, wi: usize) {
        if !(4..=13).contains(&key.len()) {
            return;
        }
        let lower = key.to_ascii_lowercase();
        match lower.as_slice() {
            b"client_secret" | b"clientsecret" | b"client-secret" => {
                if ve == vs && self.next_is_value(wi) {
                    self.keyed_secret(vs);
                } else {
                    self.secret(ks, vs, ve, true);
                }
            }
            b"scope" | b"scopes" | b"resource" => {
                if ve > vs {
                    let v = url_decode(sl(self.t, vs, ve));
                    self.scope(ks, ve, &v, lower.as_slice() == b"resource");
                } else {
                    self.keyed_scope(vs.saturating_sub(1), vs, lower.as_slice() == b"resource");
                }
            }
            b"error" if ve > vs => {
                {
                    let err = url_decode(sl(self.t, vs, ve));
                    if err.chars().all(|c| c.is_ascii_lowercase() || c == '_') && err.contains('_')
                    {
                        if !self.first_on_line(1) {
                            return;
                        }
                        // Look for error_description in the same word.
                        let line = self.lineb();
                        let desc = find(line, b"error_description=").map(|p| {
                            let s = p + 18;
                            let e = line[s..]
                                .iter()
                                .position(|&c| c == b'&' || c == b' ')
                                .map_or(line.len(), |q| s + q);
                            url_decode(sl(line, s, e))
                        });
                        let codes = desc.as_deref().and_then(aadsts_code).into_iter().collect();
                        self.push(
                            ks,
                            ve,
                            ArtifactKind::TokenError(TokenErrorBody {
                                error: err,
                                description: desc,
                                codes,
                            }),
                        );
                    }
                }
            }
            // `auth=Bearer <token>` in literal XOAUTH2 or logs.
            b"auth"
                if matches!(sl(self.t, vs, ve), b"" | b"Bearer" | b"bearer")
                    && self.wtext(wi + 1).len() >= 20 =>
            {
                let nw = self.words[wi + 1];
                if !self.wtext(wi + 1).starts_with(b"eyJ") {
                    self.opaque_at(nw.s, nw.e);
                }
            }
            b"access_token" | b"token" if ve > vs && !sl(self.t, vs, ve).starts_with(b"eyJ") => {
                self.opaque_at(vs, ve);
            }
            _ => {}
        }
    }

    fn next_is_value(&self, wi: usize) -> bool {
        wi + 1 < self.words.len()
    }

    fn secret(&mut self, ks: usize, vs: usize, ve: usize, _param: bool) {
        let raw = url_decode(sl(self.t, vs, ve));
        let value = raw.trim_matches(['"', '\'', ' ']);
        let masked = mask(value);
        let guid_shaped = is_guid(value.as_bytes());
        self.push(
            ks,
            ve.max(vs),
            ArtifactKind::ClientSecret {
                masked,
                guid_shaped,
            },
        );
    }

    /// A value following `key` with optional quotes, spaces and `=`/`:`: returns its range.
    fn value_after(&self, mut i: usize) -> Option<(usize, usize)> {
        let t = self.t;
        let le = self.le;
        while i < le && matches!(t[i], b'"' | b'\'' | b' ' | b'\t') {
            i += 1;
        }
        if i < le && matches!(t[i], b'=' | b':') {
            i += 1;
        } else {
            return None;
        }
        while i < le && matches!(t[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= le {
            return None;
        }
        let q = t[i];
        if matches!(q, b'"' | b'\'') {
            let s = i + 1;
            let lim = le.min(s + WINDOW);
            let e = memchr::memchr(q, sl(t, s, lim)).map_or(lim, |o| s + o);
            Some((s, e))
        } else {
            let s = i;
            let mut e = s;
            while e < le
                && !matches!(
                    t[e],
                    b' ' | b'\t' | b'&' | b',' | b';' | b'"' | b'\'' | b')' | b'}' | b']'
                )
            {
                e += 1;
            }
            Some((s, e))
        }
    }

    fn keyed_secret(&mut self, key_end: usize) {
        let dash_param = {
            // The key's own word starts with `-` (PowerShell parameter).
            let lo = key_end.saturating_sub(64).max(self.ls);
            let key = sl(self.t, lo, key_end);
            let start = key
                .iter()
                .rposition(|&c| CLASS[c as usize] & SEP != 0)
                .map_or(0, |p| p + 1);
            key.get(start) == Some(&b'-')
        };
        let found = if dash_param {
            // PowerShell `-ClientSecret value`.
            let mut i = key_end;
            while i < self.le && matches!(self.t[i], b' ' | b'\t') {
                i += 1;
            }
            let (vs, ve, _) = read_ps_value(self.t, i, self.le);
            (ve > vs).then_some((vs, ve))
        } else {
            self.value_after(key_end)
        };
        if let Some((s, e)) = found {
            let value = lossy(sl(self.t, s, e));
            if value.starts_with('$') || value.starts_with('{') || value.starts_with('%') {
                // A variable, not a value.
                return;
            }
            let key_s = key_end;
            self.push(
                key_s,
                e.max(key_s),
                ArtifactKind::ClientSecret {
                    masked: mask(&value),
                    guid_shaped: is_guid(value.trim().as_bytes()),
                },
            );
            self.skip_until = self.skip_until.max(e);
        }
    }

    fn keyed_scope(&mut self, key_end: usize, _vs: usize, resource: bool) {
        let t = self.t;
        let mut i = key_end;
        while i < self.le && matches!(t[i], b'"' | b'\'' | b' ' | b'=' | b':') {
            i += 1;
        }
        if t.get(i) == Some(&b'[') {
            // A list of quoted scopes.
            let lim = self.le.min(i + WINDOW);
            let close = memchr::memchr(b']', sl(t, i, lim)).map_or(lim, |o| i + o);
            let inner = lossy(sl(t, i + 1, close));
            let scopes: Vec<String> = inner
                .split(',')
                .map(|s| s.trim().trim_matches(['"', '\'']).to_string())
                .filter(|s| !s.is_empty())
                .collect();
            if !scopes.is_empty() {
                self.push(
                    key_end,
                    (close + 1).min(self.le),
                    ArtifactKind::Scope(ScopeString {
                        scopes,
                        resource_param: resource,
                    }),
                );
            }
            return;
        }
        if let Some((s, e)) = self.value_after(key_end) {
            let v = url_decode(sl(t, s, e));
            self.scope(key_end, e, &v, resource);
        }
    }

    fn scope(&mut self, s: usize, e: usize, v: &str, resource: bool) {
        let scopes: Vec<String> = v
            .split([' ', '+', ','])
            .map(|x| x.trim().trim_matches(['"', '\'']).to_string())
            .filter(|x| !x.is_empty())
            .collect();
        if scopes.is_empty() || scopes.iter().any(|x| x.len() > 300) {
            return;
        }
        if !scopes.iter().any(|x| {
            x.contains('.')
                || x.contains('/')
                || x.contains(':')
                || x == "openid"
                || x == "offline_access"
        }) {
            return;
        }
        self.push(
            s,
            e,
            ArtifactKind::Scope(ScopeString {
                scopes,
                resource_param: resource,
            }),
        );
    }

    fn dotted(&mut self, wi: usize, w: Word) {
        let wb = sl(self.t, w.s, w.e);
        // Logs repeat the same host word on every line, and the reading depends on the bytes only.
        let reading = if self.memo.dotted.0 == wb {
            self.memo.dotted.1
        } else {
            let r = dotted_reading(wb);
            self.memo.dotted.0.clear();
            self.memo.dotted.0.extend_from_slice(wb);
            self.memo.dotted.1 = r;
            r
        };
        match reading {
            Dotted::Nothing => {}
            Dotted::Endpoint(p) => self.endpoint(w.s + p),
            Dotted::Other { host, client } => {
                if host {
                    self.host(w);
                }
                if client {
                    self.client_error_word(wi, w);
                }
            }
        }
    }

    fn endpoint(&mut self, s: usize) {
        let t = self.t;
        let mut e = s;
        while e < self.le
            && !matches!(
                t[e],
                b' ' | b'\t' | b'"' | b'\'' | b'`' | b')' | b']' | b',' | b';' | b'|'
            )
        {
            e += 1;
        }
        // Include a scheme right before.
        let start = if s >= 8 && sl(t, s - 8, s).eq_ignore_ascii_case(b"https://") {
            s - 8
        } else if s >= 7 && sl(t, s - 7, s).eq_ignore_ascii_case(b"http://") {
            s - 7
        } else {
            s
        };
        let url = lossy(sl(t, s, e));
        let (hostport, path) = match url.find('/') {
            Some(p) => (&url[..p], &url[p + 1..]),
            None => (url.as_str(), ""),
        };
        let host = hostport
            .split(':')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let host = host.trim_end_matches('.').to_string();
        let cloud = cloud_of_host(&host);
        let path = path.split(['?', '#']).next().unwrap_or("");
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        if segs.is_empty() || segs[0].eq_ignore_ascii_case("error") {
            self.host_value(start, e, &host, None);
            return;
        }
        let tenant_raw = url_decode(segs[0].as_bytes());
        let tl = tenant_raw.to_ascii_lowercase();
        let tenant = match tl.as_str() {
            "common" => TenantSegment::Common,
            "organizations" => TenantSegment::Organizations,
            "consumers" => TenantSegment::Consumers,
            "oauth2" => TenantSegment::Invalid(String::new()),
            x if is_guid(x.as_bytes()) => TenantSegment::Id(x.to_string()),
            x if x.contains('.')
                && x.split('.').all(|p| {
                    !p.is_empty() && p.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
                }) =>
            {
                TenantSegment::Domain(x.to_string())
            }
            _ => TenantSegment::Invalid(clip(&tenant_raw)),
        };
        let after: Vec<String> = segs
            .iter()
            .skip(if tl == "oauth2" { 0 } else { 1 })
            .map(|s| s.to_ascii_lowercase())
            .collect();
        let v2 = after.iter().any(|s| s == "v2.0");
        let path_kind = after
            .iter()
            .rev()
            .find(|s| !s.is_empty() && *s != "v2.0" && *s != "oauth2")
            .cloned()
            .unwrap_or_else(|| "tenant".into());
        let path_kind = if path_kind.contains('.') && path_kind != "openid-configuration" {
            "other".to_string()
        } else {
            path_kind
        };
        self.skip_until = self
            .skip_until
            .max(e.min(s + url.find('?').unwrap_or(url.len())));
        self.push(
            start,
            e,
            ArtifactKind::EndpointUrl(Box::new(EndpointUrl {
                host: host.clone(),
                cloud,
                tenant,
                v2,
                path_kind,
            })),
        );
        self.last_protocol = Some(Protocol::TokenEndpoint);
        // Query parameters (scope=, client_secret=, …) are read by the word pass when past skip.
        if let Some(q) = url.find('?') {
            let qs = s + q + 1;
            let w = Word { s: qs, e, f: EQ };
            let wi = self
                .words
                .iter()
                .position(|x| x.s <= s && x.e >= e)
                .unwrap_or(0);
            self.params(wi, w);
        }
    }

    fn host(&mut self, w: Word) {
        let wb = sl(self.t, w.s, w.e);
        if let Some((memo, protocol)) = &self.host_memo {
            if memo.as_slice() == wb {
                if protocol.is_some() {
                    self.last_protocol = *protocol;
                }
                return;
            }
        }
        let protocol = self.host_word(w);
        self.host_memo = Some((wb.to_vec(), protocol));
    }

    /// Reads a host (and port) from a word; returns the protocol it names.
    fn host_word(&mut self, w: Word) -> Option<Protocol> {
        let t = self.t;
        let wb = sl(t, w.s, w.e);
        // Strip a scheme and anything before it.
        let (mut s, scheme) = match find(wb, b"://") {
            Some(p) => (w.s + p + 3, Some(lossy(&wb[..p]).to_ascii_lowercase())),
            // `host=smtp.office365.com`, `<outlook.office365.com>`: start after the key.
            None => match wb.iter().rposition(|&c| matches!(c, b'=' | b'<' | b'@')) {
                Some(p) if wb[p] == b'@' => return None,
                Some(p) => (w.s + p + 1, None),
                None => (w.s, None),
            },
        };
        while s < w.e && !t[s].is_ascii_alphanumeric() {
            s += 1;
        }
        let mut e = s;
        while e < w.e && (t[e].is_ascii_alphanumeric() || matches!(t[e], b'.' | b'-')) {
            e += 1;
        }
        while e > s && matches!(t[e - 1], b'.' | b'-') {
            e -= 1;
        }
        let host = lossy(sl(t, s, e)).to_ascii_lowercase();
        if !host.contains('.') || host.starts_with('.') || !plausible_host(&host) {
            return None;
        }
        // A Java class path or file path (`com.sun.mail.smtp.SMTPTransport`) is not a host.
        if s > w.s
            && scheme.is_none()
            && !matches!(t[s - 1], b'@' | b'[' | b'<' | b'/' | b'=' | b':')
        {
            return None;
        }
        // Mail server instance names (`AM0PR02CA0134.eurprd02.prod.outlook.com`) say nothing new.
        if host.ends_with(".prod.outlook.com") || host.ends_with(".protection.outlook.com") {
            return None;
        }
        let mut port = None;
        let mut pe = e;
        if t.get(e) == Some(&b':') {
            let mut q = e + 1;
            while q < w.e && t[q].is_ascii_digit() {
                q += 1;
            }
            if q > e + 1 {
                port = lossy(sl(t, e + 1, q)).parse::<u16>().ok();
                pe = q;
            }
        }
        let path = lossy(sl(t, pe, w.e)).to_ascii_lowercase();
        let mut protocol = match port {
            Some(993) | Some(143) => Some(Protocol::Imap),
            Some(995) | Some(110) => Some(Protocol::Pop),
            Some(587) | Some(25) | Some(465) => Some(Protocol::Smtp),
            _ => None,
        };
        if protocol.is_none() {
            protocol = if host.starts_with("smtp.") || host.starts_with("smtp-") {
                Some(Protocol::Smtp)
            } else if host.starts_with("imap.") || host.starts_with("imap-") {
                Some(Protocol::Imap)
            } else if host.starts_with("pop.") || host.starts_with("pop3.") {
                Some(Protocol::Pop)
            } else if path.contains("/ews/") || path.contains("exchange.asmx") {
                Some(Protocol::Ews)
            } else if path.contains("powershell") {
                Some(Protocol::ExchangePowershell)
            } else if host.starts_with("graph.")
                || host.contains("graph.microsoft")
                || host.starts_with("microsoftgraph.")
            {
                Some(Protocol::Graph)
            } else if host.starts_with("login.") || host.starts_with("sts.") {
                Some(Protocol::TokenEndpoint)
            } else {
                None
            };
        }
        let _ = scheme;
        self.host_value(s, pe, &host, port);
        if let Some(f) = self.out.last_mut() {
            if let ArtifactKind::Host {
                host: h,
                protocol: p,
                ..
            } = &mut f.kind
            {
                if *h == host {
                    *p = protocol;
                }
            }
        }
        if protocol.is_some() {
            self.last_protocol = protocol;
        }
        protocol
    }

    fn host_value(&mut self, s: usize, e: usize, host: &str, port: Option<u16>) {
        let key = format!("{host}:{port:?}");
        if self.once(4, key) {
            let cloud = cloud_of_host(host);
            self.push(
                s,
                e,
                ArtifactKind::Host {
                    host: host.to_string(),
                    port,
                    protocol: None,
                    cloud,
                },
            );
        }
    }

    /// Words starting with a digit: SMTP replies and enhanced status codes.
    fn numeric(&mut self, wi: usize, w: Word) {
        let wb = sl(self.t, w.s, w.e);
        // `535`, `535-5.7.139`, `550-`.
        if wb.len() >= 3
            && wb[..3].iter().all(u8::is_ascii_digit)
            && (wb.len() == 3 || wb[3] == b'-')
        {
            let n = wb[..3]
                .iter()
                .fold(0u32, |v, c| v * 10 + u32::from(c - b'0'));
            if !(200..600).contains(&n) {
                return;
            }
            if n == 334 && self.words.len() > wi + 1 {
                // SASL continuation: a server challenge may follow.
                return;
            }
            let inline_enh = if wb.len() > 4 {
                enhanced(&wb[4..])
            } else {
                None
            };
            // `(550, b'5.7.60 …`: a Python bytes prefix stands between code and enhanced code.
            let nwi = if self.wtext(wi + 1) == b"b" {
                wi + 2
            } else {
                wi + 1
            };
            let next = self.wtext(nwi);
            let next_enh = enhanced(strip_bprefix(next));
            let enh = inline_enh.clone().or(next_enh.clone());
            let prefix_ok = self.reply_position(wi);
            if !(enh.is_some() || (prefix_ok && n >= 400 && !next.is_empty())) {
                return;
            }
            if n < 400 && n != 235 {
                return;
            }
            if let Some(e) = &enh {
                if !e.starts_with(char::from(wb[0])) {
                    return;
                }
            }
            let code = lossy(&wb[..3]);
            let text_from = if inline_enh.is_some() {
                w.e
            } else if next_enh.is_some() {
                self.words[nwi].e
            } else {
                w.e
            };
            self.smtp_reply(w.s, code, enh, text_from, wi);
        } else if let Some(enh) = enhanced(wb) {
            // Enhanced code without the basic code (`5.7.60 SMTP; …`, `response was: 5.7.57 …`).
            if !(enh.starts_with('4') || enh.starts_with('5')) {
                return;
            }
            let prev = self.wtext(wi.wrapping_sub(1));
            let prev = if prev == b"b" {
                self.wtext(wi.wrapping_sub(2))
            } else {
                prev
            };
            if prev.len() == 3 && prev.iter().all(u8::is_ascii_digit) {
                // Reported with its basic code already.
                return;
            }
            let code = String::new();
            let next = self.wtext(wi + 1);
            if code.is_empty()
                && (next.is_empty() || !(next[0].is_ascii_alphabetic() || next[0] == b'['))
            {
                return;
            }
            self.smtp_reply(w.s, code, Some(enh), w.e, wi);
        }
    }

    /// Whether word `wi` stands where a reply code stands: first on the line, or after a
    /// transcript marker (`S:`, `<<<`, `<-`) or a label ending in `:`.
    fn reply_position(&self, wi: usize) -> bool {
        if wi == 0 {
            return true;
        }
        let prev = self.wtext(wi - 1);
        matches!(
            prev,
            b"S:"
                | b"S"
                | b"<"
                | b"<<"
                | b"<<<"
                | b"<-"
                | b"<--"
                | b"SMTP"
                | b"Server:"
                | b"server:"
                | b"[S]"
                | b"S<"
                | b"R:"
        ) || prev.ends_with(b":")
            || prev.ends_with(b">")
    }

    fn smtp_reply(
        &mut self,
        s: usize,
        code: String,
        enhanced: Option<String>,
        text_from: usize,
        wi: usize,
    ) {
        // The text runs to the end of the line or to the next reply on it.
        let mut e = self.le;
        for k in wi + 1..self.words.len().min(wi + 200) {
            let w = self.words[k];
            if w.s < text_from {
                continue;
            }
            let wb = self.wtext(k);
            let basic = wb.len() == 3
                && wb.iter().all(u8::is_ascii_digit)
                && matches!(wb[0], b'4' | b'5')
                && self::enhanced(self.wtext(k + 1)).is_some();
            if basic
                || (self::enhanced(wb).is_some_and(|x| x.starts_with('4') || x.starts_with('5'))
                    && k > wi + 1)
            {
                e = w.s;
                // Drop a label like `Error:` right before it.
                if k > 0 && self.words[k - 1].s >= text_from && self.wtext(k - 1).ends_with(b":") {
                    e = self.words[k - 1].s;
                }
                break;
            }
        }
        let text = clean_reply_text(&clip_lossy(sl(self.t, text_from, e)));
        self.line_reply = true;
        self.last_protocol = Some(Protocol::Smtp);
        let lower = text.to_ascii_lowercase();
        let e = e.max(s);
        if lower.contains("mailbox logon failure")
            || (lower.contains("storedrv") && lower.contains("logon"))
        {
            self.push(
                s,
                e,
                ArtifactKind::MailboxLogonFailure { text: text.clone() },
            );
        }
        self.push(
            s,
            e,
            ArtifactKind::ServerReply(Box::new(ServerReply {
                protocol: Protocol::Smtp,
                code,
                status: None,
                enhanced,
                text,
            })),
        );
    }

    fn protocol_hints(&mut self, wb: &[u8], w: Word) {
        let hit = |p: Protocol, c: &mut Self| {
            let bit = 1u8 << proto_index(p);
            if c.line_hints & bit != 0 {
                return;
            }
            c.line_hints |= bit;
            let idx = proto_index(p);
            if c.hint_last[idx].is_some_and(|l| c.line_idx < l + 50) {
                return;
            }
            c.hint_last[idx] = Some(c.line_idx);
            c.last_protocol = Some(p);
            c.push(w.s, w.e, ArtifactKind::ProtocolHint { protocol: p });
        };
        if wb == b"EWS"
            || (wb.len() >= 11
                && (find_ci(wb, b"exchange.asmx").is_some() || find(wb, b"WebServices").is_some()))
        {
            hit(Protocol::Ews, self);
            return;
        }
        if let Some(p) = mail_protocol_in(wb) {
            hit(p, self);
        } else if wb.len() >= 18 && find(wb, b"ExchangeOnlineManagement").is_some()
            || find(wb, b"ExchangePowerShell").is_some()
        {
            hit(Protocol::ExchangePowershell, self);
        }
    }

    /// Long words with capitals: exceptions, API error codes, PowerShell error ids.
    fn upper_long(&mut self, wi: usize, w: Word) {
        let wb = sl(self.t, w.s, w.e);
        if w.f & DIGIT != 0 {
            if let Some(p) = find_aadsts(wb) {
                self.aadsts(w.s + p);
                return;
            }
        }
        // Identifiers of interest are CamelCase: a capital right after a small letter.
        if !wb
            .windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
        {
            return;
        }
        if let Some(p) = find(wb, b"ServicePrincipalNotFound") {
            let mut a = p;
            while a > 0 && wb[a - 1].is_ascii_alphanumeric() {
                a -= 1;
            }
            let id = lossy(&wb[a..p + 24]);
            self.ps_error(w.s + a, &id);
            return;
        }
        // The four PowerShell exception ids below all end in `Exception`.
        let exception = find(wb, b"Exception").is_some();
        for id in [
            "ManagementObjectNotFoundException",
            "CommandNotFoundException",
            "RecipientNotFoundException",
            "ADOperationException",
        ] {
            if exception && find(wb, id.as_bytes()).is_some() {
                self.ps_error(w.s, id);
                return;
            }
        }
        if let Some(code) = api_error_code(wb).or_else(|| tagged_code(wb)) {
            self.api_error(wi, w, code);
            return;
        }
        if exception
            || find(wb, b"SMTPAuthenticationError").is_some()
            || find(wb, b"MailBee").is_some()
        {
            self.client_error_word(wi, w);
        }
    }

    fn keyword(&mut self, wi: usize, w: Word) {
        let wb = sl(self.t, w.s, w.e);
        let next = self.wtext(wi + 1);
        match wb {
            b"NO" | b"BAD" | b"OK" => self.imap_reply(wi, w),
            b"-ERR" | b"+OK" => {
                let text = clean_reply_text(&self.rest(w.e));
                if wb == b"+OK" && !text.to_ascii_lowercase().contains("authenticated") {
                    return;
                }
                self.line_reply = true;
                self.last_protocol = Some(Protocol::Pop);
                let e = self.le;
                self.push(
                    w.s,
                    e,
                    ArtifactKind::ServerReply(Box::new(ServerReply {
                        protocol: Protocol::Pop,
                        code: lossy(wb),
                        status: None,
                        enhanced: None,
                        text,
                    })),
                );
            }
            b"AUTHENTICATE" | b"AUTH" | b"authenticate" | b"auth" => {
                let upper_next = next.to_ascii_uppercase();
                let imap = wb.eq_ignore_ascii_case(b"AUTHENTICATE");
                match upper_next.as_slice() {
                    b"XOAUTH2" | b"OAUTHBEARER" => {
                        let prev = self.wtext(wi.wrapping_sub(1));
                        if prev.starts_with(b"250") || find(prev, b"AUTH=").is_some() {
                            return;
                        }
                        let protocol = if imap {
                            Some(Protocol::Imap)
                        } else if self.last_protocol == Some(Protocol::Pop) {
                            Some(Protocol::Pop)
                        } else {
                            Some(Protocol::Smtp)
                        };
                        let command = format!("{} {}", lossy(wb).to_ascii_uppercase(), lossy(next));
                        let after = self.words.get(wi + 2).copied();
                        let mut done = false;
                        if let Some(a) = after {
                            if sl(self.t, a.s, a.e).len() >= 8
                                && sl(self.t, a.s, a.e)
                                    .iter()
                                    .all(|&c| is_b64_any(c) || c == b'.')
                            {
                                done = self.xoauth_blob(a.s, Some(command.clone()), protocol);
                            }
                        }
                        if !done {
                            self.pending_xoauth = Some((command, protocol, self.line_idx));
                        }
                    }
                    b"LOGIN" | b"PLAIN" | b"CRAM-MD5" | b"NTLM" | b"DIGEST-MD5"
                        if wb[0].is_ascii_uppercase() =>
                    {
                        let prev = self.wtext(wi.wrapping_sub(1));
                        if prev.starts_with(b"250") || prev == b"AUTH" {
                            return;
                        }
                        let protocol = if imap {
                            Protocol::Imap
                        } else if self.last_protocol == Some(Protocol::Pop) {
                            Protocol::Pop
                        } else {
                            Protocol::Smtp
                        };
                        let e = self.words[wi + 1].e;
                        self.push(
                            w.s,
                            e,
                            ArtifactKind::BasicAuthAttempt {
                                mechanism: lossy(&upper_next),
                                protocol,
                            },
                        );
                    }
                    _ if imap && next.starts_with(b"failed") && !self.line_reply => {
                        self.tagless_imap_failure(w);
                    }
                    _ => {}
                }
            }
            b"LOGIN" => {
                let prev = self.wtext(wi.wrapping_sub(1));
                if next.starts_with(b"failed") {
                    if !self.line_reply && prev != b"AUTH" {
                        self.tagless_imap_failure(w);
                    }
                    return;
                }
                let tag = is_tag(prev) && !matches!(prev, b"NO" | b"BAD" | b"OK");
                let mech = matches!(prev, b"authmech" | b"auth" | b"mech" | b"mechanism");
                if (tag && !next.is_empty() && !next.starts_with(b"completed")) || mech {
                    let e = w.e;
                    self.push(
                        w.s,
                        e,
                        ArtifactKind::BasicAuthAttempt {
                            mechanism: "LOGIN".into(),
                            protocol: Protocol::Imap,
                        },
                    );
                }
            }
            b"Bearer" | b"bearer" => {
                if let Some(nw) = self.words.get(wi + 1).copied() {
                    let nb = sl(self.t, nw.s, nw.e);
                    if !nb.starts_with(b"eyJ") {
                        self.opaque_at(nw.s, nw.e);
                    }
                }
            }
            b"authenticated" if self.first_on_line(2) => {
                let line = self.lineb();
                if let Some(p) = find(line, b"authenticated but not connected") {
                    let s = self.ls + p;
                    let start = if p >= 8 && sl(line, p - 8, p) == b"User is " {
                        s - 8
                    } else {
                        s
                    };
                    let e = (s + 31 + usize::from(line.get(p + 31) == Some(&b'.'))).min(self.le);
                    self.push(start, e, ArtifactKind::AuthenticatedNotConnected);
                }
            }
            b"access_token" | b"accessToken" => {
                if let Some((s, e)) = self.value_after(w.e) {
                    if !sl(self.t, s, e).starts_with(b"eyJ") {
                        self.opaque_at(s, e);
                    }
                }
            }
            b"error" => self.json_error(w),
            b"token_type" => self.token_response(w),
            b"client_secret" | b"clientSecret" | b"ClientSecret" | b"-ClientSecret"
            | b"client-secret" | b"CLIENT_SECRET" | b"client_secret:" | b"clientSecret:"
            | b"ClientSecret:" | b"CLIENT_SECRET:" => {
                let key_end = if wb.ends_with(b":") { w.e - 1 } else { w.e };
                if self.t.get(key_end) != Some(&b'=') || self.t.get(key_end + 1) == Some(&b' ') {
                    self.keyed_secret(key_end);
                }
            }
            b"scope" | b"scopes" | b"resource" | b"-Scope" | b"Scope:" | b"scope:" => {
                let resource = wb == b"resource";
                let key_end = if wb.ends_with(b":") { w.e - 1 } else { w.e };
                self.keyed_scope(key_end, key_end, resource);
            }
            b"recognized" if self.first_on_line(4) => {
                let line = self.lineb();
                if find(line, b"is not recognized as the name of a cmdlet").is_some()
                    || find(line, b"is not recognized as a name of a cmdlet").is_some()
                {
                    let cmdlet = quoted_before(line, b"The term '").or_else(|| first_cmdlet(line));
                    self.ps_error_with(self.ls, "CommandNotFoundException", cmdlet);
                }
            }
            b"couldn" | b"could" if self.first_on_line(8) => {
                let line = self.lineb();
                if (find(line, b"couldn't be found").is_some()
                    || find(line, b"could not be found").is_some())
                    && find(line, b"Exception").is_none()
                {
                    self.ps_error(self.ls, "ManagementObjectNotFound");
                }
            }
            b"Invalid" if next.starts_with(b"login") => {
                let e = self.words[wi + 1].e;
                let message = self.rest(e).trim_start_matches(':').trim().to_string();
                self.client_error(w.s, "nodemailer", "Invalid login", message);
            }
            b"SMTP" if next == b"Error:" && self.first_on_line(16) => {
                let line = self.lineb();
                if find(line, b"Could not authenticate").is_some() {
                    let e = self.words[wi + 1].e;
                    let message = self.rest(e);
                    self.client_error(w.s, "PHPMailer", "SMTP Error", message);
                }
            }
            b"requires" if self.first_on_line(32) => {
                let line = self.lineb();
                if let Some(p) = find(line, b"The SMTP server requires a secure connection or the client was not authenticated") {
                    let e = self.le;
                    let message = self.rest(self.ls + p);
                    let message = message.split(" Error:").next().unwrap_or("").to_string();
                    let _ = e;
                    self.client_error(self.ls + p, "System.Net.Mail", "SmtpException", message);
                }
            }
            b"Login" if next == b"to" && self.first_on_line(64) => {
                let line = self.lineb();
                if find(line, b"failed").is_some() && find(line, b"server").is_some() {
                    let message = self.rest(w.s);
                    self.client_error(w.s, "Thunderbird", "Login failed", message);
                }
            }
            _ => match context_family(wb) {
                Some(Family::EntraUncoded) if self.first_on_line(1 << 20) => {
                    self.uncoded_entra_message();
                }
                Some(Family::SaslLocal) if self.first_on_line(1 << 21) => self.sasl_failure(),
                _ => self.keyword_prefix(wi, w, wb),
            },
        }
    }

    fn keyword_prefix(&mut self, wi: usize, w: Word, wb: &[u8]) {
        if wb.starts_with(b"AADSTS") && w.f & UPPER != 0 && wb.len() < 9 {
            self.aadsts(w.s);
        } else if wb.starts_with(b"AuthFailed:") {
            self.logon_denied(w);
        } else if wb.starts_with(b"dXNlcj") || wb.starts_with(b"ZFhObGNq") {
            let (cmd, proto) = match self.pending_xoauth.take() {
                Some((c, p, _)) => (Some(c), p),
                None => (None, None),
            };
            self.xoauth_blob(w.s, cmd, proto);
        } else if self.pending_xoauth.is_some()
            && wb.len() >= 16
            && wb.iter().all(|&c| is_b64_any(c))
        {
            let prev = self.wtext(wi.wrapping_sub(1));
            if wi == 0
                || matches!(
                    prev,
                    b"C:" | b"C" | b">" | b">>" | b">>>" | b"->" | b"-->" | b"C>"
                )
                || prev.ends_with(b":")
            {
                if let Some((c, p, _)) = self.pending_xoauth.take() {
                    if !self.xoauth_blob(w.s, Some(c.clone()), p) {
                        self.pending_xoauth = Some((c, p, self.line_idx));
                    }
                }
            }
        } else if is_cmdlet(wb) {
            self.ps_command(wi, w);
        } else if w.f & (UPPER | DIGIT) != 0 || wb.len() >= 5 {
            self.network(wb, w);
        }
    }

    fn tagless_imap_failure(&mut self, w: Word) {
        let text = clean_reply_text(&self.rest(w.s));
        let text = match text.find("failed") {
            Some(p) => {
                text[..p + 6].to_string()
                    + if text[p + 6..].starts_with('.') {
                        "."
                    } else {
                        ""
                    }
            }
            None => text,
        };
        self.line_reply = true;
        let e = (w.s + text.len()).min(self.le);
        self.push(
            w.s,
            e,
            ArtifactKind::ServerReply(Box::new(ServerReply {
                protocol: Protocol::Imap,
                code: String::new(),
                status: Some("NO".into()),
                enhanced: None,
                text,
            })),
        );
    }

    fn imap_reply(&mut self, wi: usize, w: Word) {
        if self.line_reply {
            return;
        }
        let wb = sl(self.t, w.s, w.e);
        let prev = if wi > 0 { self.wtext(wi - 1) } else { b"" };
        let lead = prev
            .iter()
            .position(|c| c.is_ascii_alphanumeric())
            .unwrap_or(prev.len());
        let prev_clean = if prev == b"*" { prev } else { &prev[lead..] };
        let by_label = prev.ends_with(b":") && wi > 0;
        if !(is_tag(prev_clean) || by_label) || wi == 0 {
            return;
        }
        let text = clean_reply_text(&self.rest(w.e));
        if text.is_empty() {
            return;
        }
        if wb == b"OK" {
            let up = text.to_ascii_uppercase();
            if !(up.contains("AUTHENTICATE") || up.contains("LOGIN") || up.contains("COMPLETED")) {
                return;
            }
        }
        self.line_reply = true;
        self.last_protocol = Some(Protocol::Imap);
        let (s, code) = if by_label {
            (w.s, String::new())
        } else {
            let pw = self.words[wi - 1];
            (pw.s + (prev.len() - prev_clean.len()), lossy(prev_clean))
        };
        let e = self.le;
        self.push(
            s,
            e,
            ArtifactKind::ServerReply(Box::new(ServerReply {
                protocol: Protocol::Imap,
                code,
                status: Some(lossy(wb)),
                enhanced: None,
                text,
            })),
        );
    }

    fn logon_denied(&mut self, w: Word) {
        if !self.first_on_line(128) {
            return;
        }
        let detail = lossy(sl(self.t, w.s, w.e));
        let line = self.lineb();
        let user = find(line, b"User:").map(|p| {
            let s = p + 5;
            let mut i = s;
            while i < line.len() && line[i] == b' ' {
                i += 1;
            }
            let mut e = i;
            while e < line.len()
                && !matches!(
                    line[e],
                    b' ' | b'\t' | b';' | b',' | b']' | b')' | b'"' | b'\''
                )
            {
                e += 1;
            }
            lossy(sl(line, i, e))
        });
        let user = user.filter(|u| !u.is_empty());
        self.line_reply = true;
        self.push(w.s, w.e, ArtifactKind::LogonDenied { detail, user });
    }

    fn aadsts(&mut self, s: usize) {
        let t = self.t;
        let mut i = s + 6;
        while i < self.le && t[i].is_ascii_digit() {
            i += 1;
        }
        let Ok(code) = lossy(sl(t, s + 6, i)).parse::<u32>() else {
            return;
        };
        let mut ms = i;
        while ms < self.le && matches!(t[ms], b':' | b' ' | b'\t') {
            ms += 1;
        }
        // The message ends at the end of the line, or where a JSON string ends.
        let mut me = self.le.min(ms + WINDOW);
        let line_rest = sl(t, ms, self.le.min(ms + WINDOW));
        for pat in [&b"\","[..], b"\"}", b"\\r", b"\\n", b"\" ,", b"</"] {
            if let Some(p) = find(line_rest, pat) {
                me = me.min(ms + p);
            }
        }
        if let Some(p) = find(line_rest, b" Trace ID:") {
            me = me.min(ms + p);
        }
        let message = clip(
            lossy(sl(t, ms, me))
                .trim()
                .trim_end_matches(['"', '\'', '*', '`']),
        );
        // Fields around (the lines after, and up to eight lines before).
        let win_s = back_lines(t, self.ls, 8);
        let win_e = forward_lines(t, self.le, 8);
        let after = sl(t, me, win_e.min(me + WINDOW));
        let before = sl(t, win_s.max(s.saturating_sub(WINDOW)), s);
        let field = |label: &[u8]| -> Option<String> {
            let from = |hay: &[u8], last: bool| -> Option<String> {
                let p = if last {
                    rfind_ci(hay, label)
                } else {
                    find_ci(hay, label)
                }?;
                let v = &hay[p + label.len()..];
                let v = trim_lead(v);
                let end = v
                    .iter()
                    .position(|&c| matches!(c, b'\r' | b'\n' | b'"' | b',' | b'\\'))
                    .unwrap_or(v.len());
                let val = lossy(&v[..end.min(64)]).trim().to_string();
                (!val.is_empty()).then_some(val)
            };
            from(after, false).or_else(|| from(before, true))
        };
        let guid = |v: Option<String>| {
            v.map(|x| x.chars().take(36).collect::<String>())
                .filter(|x| is_guid(x.as_bytes()))
        };
        let trace_id = guid(field(b"trace id:"));
        let correlation_id = guid(field(b"correlation id:"));
        let timestamp = field(b"timestamp:").and_then(|v| {
            crate::time::parse_rfc3339(v.trim_end_matches(['.', ' ']))
                .or_else(|| parse_timestamp(v.as_bytes(), 0, v.len()).map(|x| x.1))
        });
        self.line_reply = true;
        self.last_protocol = Some(Protocol::TokenEndpoint);
        self.push(
            s,
            me.max(i),
            ArtifactKind::Aadsts(Box::new(AadstsError {
                code,
                message,
                trace_id,
                correlation_id,
                timestamp,
                inferred: false,
            })),
        );
    }

    /// A Microsoft Entra message quoted without its `AADSTS` number (libraries and forum posts often
    /// drop it): recognised by its wording, reported with the code it belongs to and `inferred`.
    fn uncoded_entra_message(&mut self) {
        let line = self.lineb();
        if find_ci(line, b"aadsts").is_some() {
            return; // the coded message is read by `aadsts`
        }
        let lower = line.to_ascii_lowercase();
        let Some(code) = texts::ENTRA_UNCODED.iter().find_map(|r| match r.code {
            Code::Aadsts(code) if r.matches_by(|n| find(&lower, n.as_bytes()).is_some()) => {
                Some(code)
            }
            _ => None,
        }) else {
            return;
        };
        let (s, e) = (self.ls, self.le);
        let message = clip(lossy(sl(self.t, s, e)).trim());
        self.line_reply = true;
        self.last_protocol = Some(Protocol::TokenEndpoint);
        self.push(
            s,
            e,
            ArtifactKind::Aadsts(Box::new(AadstsError {
                code,
                message,
                trace_id: None,
                correlation_id: None,
                timestamp: None,
                inferred: true,
            })),
        );
    }

    /// A local SASL library failure (Cyrus SASL, Postfix, gsasl): nothing reached the server.
    fn sasl_failure(&mut self) {
        let lower = self.lineb().to_ascii_lowercase();
        let has = |n: &str| find(&lower, n.as_bytes()).is_some();
        if texts::SASL_LOCAL.iter().any(|r| r.matches_by(has)) {
            let text = lossy(sl(self.t, self.ls, self.le)).trim().to_string();
            self.client_error(self.ls, "SASL", "SASL", text);
        }
    }

    /// `"error":"invalid_client"` (token endpoint) or `"error":{"code":…}` (Graph / REST).
    fn json_error(&mut self, w: Word) {
        let t = self.t;
        let s = w.s;
        if s == 0 || t[s - 1] != b'"' || t.get(w.e) != Some(&b'"') {
            return;
        }
        let mut i = w.e + 1;
        while i < t.len() && matches!(t[i], b' ' | b'\t') {
            i += 1;
        }
        if t.get(i) != Some(&b':') {
            return;
        }
        i += 1;
        while i < t.len() && matches!(t[i], b' ' | b'\t' | b'\r' | b'\n') {
            i += 1;
        }
        let window_end = (i + 6000).min(t.len());
        let window = sl(t, i, window_end);
        match t.get(i) {
            Some(b'"') => {
                let vs = i + 1;
                let Some(ve) = memchr::memchr(b'"', sl(t, vs, window_end)).map(|o| vs + o) else {
                    return;
                };
                let error = lossy(sl(t, vs, ve));
                if error.is_empty() || error.len() > 80 || error.contains(' ') {
                    return;
                }
                let obj_end = object_end(t, vs, window_end);
                let body = sl(t, ve, obj_end);
                let description = json_str_field(body, b"\"error_description\"");
                let mut codes: Vec<u32> = Vec::new();
                if let Some(p) = find(body, b"\"error_codes\"") {
                    let rest = &body[p..];
                    if let Some(b) = memchr::memchr(b'[', rest) {
                        let close = memchr::memchr(b']', &rest[b..]).map_or(rest.len(), |c| b + c);
                        codes = lossy(&rest[b + 1..close])
                            .split(',')
                            .filter_map(|x| x.trim().parse().ok())
                            .collect();
                    }
                }
                if codes.is_empty() {
                    if let Some(c) = description.as_deref().and_then(aadsts_code) {
                        codes.push(c);
                    }
                }
                let end = if description.is_some() || !codes.is_empty() {
                    obj_end
                } else {
                    ve + 1
                };
                self.last_protocol = Some(Protocol::TokenEndpoint);
                self.push(
                    s - 1,
                    end.min(t.len()),
                    ArtifactKind::TokenError(TokenErrorBody {
                        error,
                        description,
                        codes,
                    }),
                );
                let _ = window;
            }
            Some(b'{') => {
                let obj_end = object_end(t, i, window_end);
                let body = sl(t, i, obj_end);
                let Some(code) = json_str_field(body, b"\"code\"") else {
                    return;
                };
                let message = json_str_field(body, b"\"message\"").unwrap_or_default();
                // Graph and the Outlook REST API share this error shape.
                let protocol = Protocol::Graph;
                self.push(
                    s - 1,
                    obj_end,
                    ArtifactKind::ApiError {
                        code,
                        message,
                        protocol,
                    },
                );
                self.skip_until = self.skip_until.max(obj_end);
                self.line_reply = true;
            }
            _ => {}
        }
    }

    fn token_response(&mut self, w: Word) {
        let t = self.t;
        let s = w.s.saturating_sub(1);
        let start = back_to(t, s, b'{', 600);
        let end = object_end(t, start, (start + 2 * WINDOW).min(t.len()));
        let body = sl(t, start, end);
        let expires_in = find(body, b"\"expires_in\"").and_then(|p| {
            let v = trim_lead(&body[p + 12..]);
            let v = v.strip_prefix(b":").map(trim_lead).unwrap_or(v);
            let v = v.strip_prefix(b"\"").unwrap_or(v);
            let e = v
                .iter()
                .position(|c| !c.is_ascii_digit())
                .unwrap_or(v.len());
            lossy(&v[..e]).parse().ok()
        });
        let scope = json_str_field(body, b"\"scope\"");
        let key = format!("{start}");
        if self.once(6, key) {
            self.push(
                start,
                end,
                ArtifactKind::TokenResponse { expires_in, scope },
            );
        }
    }

    fn api_error(&mut self, wi: usize, w: Word, code: String) {
        if self.line_reply {
            return;
        }
        let t = self.t;
        let line = self.lineb();
        let ews_ctx = find(line, b"<").is_some()
            || find(line, b"ResponseCode").is_some()
            || find(line, b"faultcode").is_some()
            || find(line, b"ServiceResponseException").is_some()
            || find_ci(line, b"ews").is_some()
            || find_ci(line, b"soap").is_some();
        let graph_ctx = find(line, b"\"code\"").is_some()
            || find(line, b"Code:").is_some()
            || find_ci(line, b"graph").is_some()
            || code.contains("REST")
            || code == "InvalidAuthenticationToken"
            || code == "Authorization_RequestDenied";
        let protocol = if graph_ctx && !ews_ctx {
            Protocol::Graph
        } else if ews_ctx || code.starts_with("Error") {
            Protocol::Ews
        } else {
            Protocol::Graph
        };
        // Message: `Message: …`, `"message":"…"`, `<m:MessageText>…`, `<faultstring>…`, or the rest.
        let near_e = forward_lines(t, self.le, 6);
        let near = sl(t, w.e, near_e.min(w.e + WINDOW));
        let message = json_str_field(near, b"\"message\"")
            .or_else(|| xml_text(near, b"MessageText>"))
            .or_else(|| xml_text(near, b"faultstring>"))
            .or_else(|| {
                find(near, b"Message:").map(|p| {
                    clip(
                        lossy(trim_lead(
                            &near[p + 8
                                ..near
                                    .iter()
                                    .skip(p)
                                    .position(|&c| c == b'\n')
                                    .map_or(near.len(), |q| p + q)],
                        ))
                        .trim()
                        .trim_end_matches(['"', '\'']),
                    )
                })
            })
            .unwrap_or_else(|| {
                let r = self.rest(w.e);
                clip(
                    r.trim_start_matches([':', ' ', '<', '/', '>'])
                        .trim_end_matches(['"', '\'']),
                )
            });
        let _ = wi;
        self.line_reply = true;
        if protocol == Protocol::Ews {
            self.last_protocol = Some(Protocol::Ews);
        }
        self.push(
            w.s,
            w.e,
            ArtifactKind::ApiError {
                code,
                message,
                protocol,
            },
        );
    }

    fn ps_error(&mut self, s: usize, id: &str) {
        if !self.first_on_line(256) {
            return;
        }
        let line = self.lineb();
        let cmdlet = first_cmdlet(line);
        self.ps_error_with(s, id, cmdlet);
    }

    fn ps_error_with(&mut self, s: usize, id: &str, cmdlet: Option<String>) {
        // The transcript repeats the error id (`+ FullyQualifiedErrorId : …`): report it once.
        if let Some((last, l)) = &self.last_ps_error {
            if last == id && self.line_idx <= l + 8 {
                return;
            }
        }
        let cmdlet = cmdlet.or_else(|| {
            self.last_cmdlet
                .as_ref()
                .filter(|(_, l)| self.line_idx <= l + 12)
                .map(|(c, _)| c.clone())
        });
        let message = self.rest(self.ls).trim().to_string();
        self.last_ps_error = Some((id.to_string(), self.line_idx));
        self.last_protocol = Some(Protocol::ExchangePowershell);
        let e = self.le;
        self.push(
            s,
            e,
            ArtifactKind::PsError(PsError {
                id: id.to_string(),
                message,
                cmdlet,
            }),
        );
    }

    fn ps_command(&mut self, wi: usize, w: Word) {
        let t = self.t;
        if w.s > 0 && matches!(t[w.s - 1], b'\'' | b'"') {
            return;
        }
        if self.line_checks & 1024 != 0 {
            // An earlier word showed this line is an error display.
            return;
        }
        let line = self.lineb();
        if self.first_on_line(512)
            && (find(line, b"is not recognized").is_some()
                || find(line, b"FullyQualifiedErrorId").is_some())
        {
            self.line_checks |= 1024;
            return;
        }
        if self.wtext(wi + 1) == b":" {
            // `Cmdlet : message` is how PowerShell prints an error, not a call.
            return;
        }
        let _ = wi;
        let cmdlet = lossy(sl(t, w.s, w.e));
        // Parameters up to the end of the statement (backtick continues the line).
        let mut params: Vec<(String, Option<String>)> = Vec::new();
        let mut i = w.e;
        let mut end = w.e;
        let mut limit = self.le;
        loop {
            while i < limit && matches!(t[i], b' ' | b'\t') {
                i += 1;
            }
            if i >= limit {
                // Backtick continuation?
                if end < t.len() && sl(t, self.ls, limit).trim_ascii_end().ends_with(b"`") {
                    let ns = memchr::memchr(b'\n', sl(t, limit, t.len()))
                        .map_or(t.len(), |o| limit + o + 1);
                    if ns >= t.len() {
                        break;
                    }
                    let nl = memchr::memchr(b'\n', sl(t, ns, t.len())).map_or(t.len(), |o| ns + o);
                    let mut nle = nl;
                    if nle > ns && t[nle - 1] == b'\r' {
                        nle -= 1;
                    }
                    i = ns;
                    limit = nle;
                    if params.len() > 60 {
                        break;
                    }
                    continue;
                }
                break;
            }
            let c = t[i];
            if matches!(c, b'|' | b';' | b'#') {
                break;
            }
            if c == b'`' {
                i += 1;
                continue;
            }
            let (vs, ve, next) = read_ps_value(t, i, limit);
            let tokn = lossy(sl(t, vs, ve));
            if c == b'-' && tokn.len() > 1 && tokn.as_bytes()[1].is_ascii_alphabetic() && vs == i {
                // A parameter name, possibly `-Name:value`.
                let name_full = tokn.trim_start_matches('-').to_string();
                if let Some((n, v)) = name_full.split_once(':') {
                    params.push((n.to_string(), Some(v.trim_matches(['"', '\'']).to_string())));
                } else {
                    params.push((name_full, None));
                }
            } else {
                match params.last_mut() {
                    Some((_, v @ None)) => *v = Some(tokn),
                    _ => params.push((String::new(), Some(tokn))),
                }
            }
            end = next.min(limit).max(end);
            i = next;
            if params.len() > 60 {
                break;
            }
        }
        let end = end.max(w.e);
        self.last_cmdlet = Some((cmdlet.clone(), self.line_idx));
        self.last_protocol = Some(Protocol::ExchangePowershell);
        // The rest of this line is read as usual (a GUID or an error after the parameters); the
        // lines the command continues over belong to it.
        self.skip_until = self.skip_until.max(w.e);
        if end > self.le {
            self.skip_lines_until = self.skip_lines_until.max(end);
        }
        // GUIDs and addresses inside the parameters still get their own artifacts.
        for (name, v) in &params {
            if let Some(v) = v {
                let _ = (name, v);
            }
        }
        self.push(
            w.s,
            end,
            ArtifactKind::PsCommand(PsCommand { cmdlet, params }),
        );
    }

    fn client_error_word(&mut self, _wi: usize, w: Word) {
        if self.line_client_error {
            return;
        }
        let t = self.t;
        let wb = sl(t, w.s, w.e);
        // The identifier: trim punctuation around it.
        let mut a = 0;
        while a < wb.len() && !(wb[a].is_ascii_alphanumeric() || wb[a] == b'_') {
            a += 1;
        }
        let mut b = wb.len();
        while b > a && !(wb[b - 1].is_ascii_alphanumeric() || wb[b - 1] == b'_') {
            b -= 1;
        }
        let name_full = lossy(&wb[a..b]);
        if name_full.is_empty() {
            return;
        }
        // A stack frame mentions the class without being the error.
        let line = self.lineb();
        let trimmed = line.trim_ascii_start();
        if trimmed.starts_with(b"at ") && find(line, b"Exception:").is_none() {
            return;
        }
        if name_full.starts_with("STOREDRV") {
            return;
        }
        // Prefer the qualified spelling when the line has one (`… jakarta.mail.AuthenticationFailedException`).
        let name_full = if name_full.contains('.') {
            name_full
        } else {
            qualified_in_line(line, &name_full).unwrap_or(name_full)
        };
        let (name, ns) = match name_full.rfind('.') {
            Some(p) => (name_full[p + 1..].to_string(), name_full[..p].to_string()),
            None => (name_full.clone(), String::new()),
        };
        let lib = library_of(&name_full, &ns, line);
        let message = {
            let r = self.rest(w.s + b);
            r.trim_start_matches([':', ' ', '>', ')'])
                .trim()
                .to_string()
        };
        let display_name =
            if ns.starts_with("imaplib") || ns.starts_with("smtplib") || ns.starts_with("poplib") {
                name_full.clone()
            } else {
                name
            };
        self.client_error(w.s + a, &lib, &display_name, message);
    }

    fn client_error(&mut self, s: usize, library: &str, name: &str, message: String) {
        if self.line_client_error {
            return;
        }
        self.line_client_error = true;
        let e = self.le;
        self.push(
            s,
            e,
            ArtifactKind::ClientError {
                library: library.to_string(),
                name: name.to_string(),
                message: clip(&message),
            },
        );
    }

    fn network(&mut self, wb: &[u8], w: Word) {
        if self.line_network {
            return;
        }
        let hit = match wb {
            b"ECONNREFUSED"
            | b"ETIMEDOUT"
            | b"ECONNRESET"
            | b"ENOTFOUND"
            | b"EAI_AGAIN"
            | b"EHOSTUNREACH"
            | b"ENETUNREACH"
            | b"CERTIFICATE_VERIFY_FAILED" => true,
            b"refused" | b"refused." => true,
            b"timed" => self.t.get(w.e..w.e + 4) == Some(b" out"),
            b"handshake" | b"Handshake" if self.first_on_line(1 << 11) => {
                let l = self.lineb();
                find_ci(l, b"ssl").is_some() || find_ci(l, b"tls").is_some()
            }
            b"known" | b"known." if self.first_on_line(1 << 12) => {
                let l = self.lineb();
                find(l, b"Name or service not known").is_some()
                    || find(l, b"No such host is known").is_some()
                    || find(l, b"nodename nor servname").is_some()
            }
            b"unreachable" | b"unreachable." => true,
            b"resolve" if self.first_on_line(1 << 13) => {
                find(self.lineb(), b"Could not resolve host").is_some()
                    || find(self.lineb(), b"could not resolve").is_some()
            }
            b"0" if self.first_on_line(1 << 14) => {
                find(self.lineb(), b"(code: 0)").is_some()
                    && find_ci(self.lineb(), b"request failed").is_some()
            }
            _ if wb.len() < 9 && memchr::memchr(b'x', wb).is_none() => false,
            _ if memchr::memchr(b'x', wb).is_some()
                && find_ci(wb, b"proxy").is_some()
                && self.first_on_line(1 << 15) =>
            {
                let l = self.lineb();
                find_ci(l, b"error").is_some()
                    || find_ci(l, b"fail").is_some()
                    || find(l, b"407").is_some()
                    || find_ci(l, b"unable").is_some()
                    || find_ci(l, b"refused").is_some()
            }
            _ if memchr::memchr2(b'x', b'g', wb).is_none() => false,
            _ => {
                find(wb, b"getaddrinfo").is_some()
                    || find(wb, b"UnknownHostException").is_some()
                    || find(wb, b"SocketTimeoutException").is_some()
                    || find(wb, b"SSLHandshakeException").is_some()
                    || find(wb, b"ConnectException").is_some()
                    || find(wb, b"SocketException").is_some()
            }
        };
        if hit {
            self.line_network = true;
            let text = self.rest(self.ls).trim().to_string();
            let (s, e) = (self.ls, self.le);
            self.push(s, e, ArtifactKind::NetworkError { text });
        }
    }
}

// ----- free helpers -----------------------------------------------------------------------

/// Longest text kept in a field, and the bound of every look-around window.
const CLIP: usize = 400;
/// Decoded tokens kept for reuse (a service refreshes its token hourly; a log interleaves a few).
const RECENT_TOKENS: usize = 8;
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

fn mask(value: &str) -> String {
    if value.is_empty() {
        return String::new();
    }
    let n = if value.chars().count() <= 6 { 1 } else { 3 };
    let end = value.char_indices().nth(n).map_or(value.len(), |(i, _)| i);
    format!("{}…", &value[..end])
}

/// Drops a Python bytes-literal quote run left before a word (`b’` splits as its own word).
fn strip_bprefix(w: &[u8]) -> &[u8] {
    w
}

fn clean_reply_text(s: &str) -> String {
    let mut t = s.trim();
    let mut opened = false;
    for p in ["[b'", "b'", "[b\"", "b\"", "[", "'"] {
        if let Some(r) = t.strip_prefix(p) {
            t = r;
            opened = p.starts_with('[');
            break;
        }
    }
    let mut t = t.trim_end_matches(['\'', '"', ')', '\r', ' ', '*', '`']);
    t = t.trim_end_matches("\\r\\n").trim_end_matches(['\'', '"']);
    // Drop a closing bracket only when it closes the one dropped at the start (or none is open).
    if t.ends_with(']') && (opened || t.matches('[').count() < t.matches(']').count()) {
        t = t[..t.len() - 1].trim_end_matches(['\'', '"']);
    }
    t.trim().to_string()
}

/// An SMTP enhanced status code at the start of `w` (`5.7.139`).
fn enhanced(w: &[u8]) -> Option<String> {
    let mut parts = 0;
    let mut i = 0;
    let mut digits = 0;
    while i < w.len() {
        let c = w[i];
        if c.is_ascii_digit() {
            digits += 1;
            if digits > 3 {
                return None;
            }
        } else if c == b'.' && digits > 0 && parts < 2 {
            parts += 1;
            digits = 0;
        } else {
            break;
        }
        i += 1;
    }
    if parts != 2 || digits == 0 {
        return None;
    }
    let first = w[0];
    if !matches!(first, b'2' | b'4' | b'5') || w.get(1) != Some(&b'.') {
        return None;
    }
    if i < w.len() && !matches!(w[i], b':' | b',' | b';' | b'.') {
        return None;
    }
    Some(lossy(&w[..i]))
}

/// Whether `w` can be an IMAP tag (`A01`, `TAG1`, `2`, `a`, `*`, `MBN00000002`).
fn is_tag(w: &[u8]) -> bool {
    if w == b"*" {
        return true;
    }
    !w.is_empty()
        && w.len() <= 20
        && w.iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'.' || *c == b'_')
        && (w.iter().any(u8::is_ascii_digit)
            || (w.len() <= 4 && w.iter().all(u8::is_ascii_uppercase)))
}

fn aadsts_code(s: &str) -> Option<u32> {
    let p = s.find("AADSTS")?;
    let digits: String = s[p + 6..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

fn api_error_code(wb: &[u8]) -> Option<String> {
    const KNOWN: [&str; 22] = [
        "MailboxNotEnabledForRESTAPI",
        "MailboxNotSupportedForRESTAPI",
        "InvalidAuthenticationToken",
        "Authorization_RequestDenied",
        "ErrorAccessDenied",
        "ErrorImpersonateUserDenied",
        "ErrorImpersonationFailed",
        "ErrorSendAsDenied",
        "ErrorNonExistentMailbox",
        "ErrorInvalidUser",
        "ErrorMailboxStoreUnavailable",
        "ErrorInvalidSmtpAddress",
        "ErrorItemNotFound",
        "ErrorSchemaValidation",
        "ErrorInternalServerError",
        "ErrorServerBusy",
        "ErrorExceededConnectionCount",
        "ErrorInvalidLicense",
        "ErrorNoApplicableProxyCASServersAvailable",
        "ErrorMailboxMoveInProgress",
        "ErrorConnectionFailed",
        "ErrorInvalidRequest",
    ];
    // Most of the codes start with `Error`: without it in the word, they cannot be there.
    let error = find(wb, b"Error").is_some();
    for k in KNOWN {
        if !error && k.starts_with("Error") {
            continue;
        }
        if let Some(p) = find(wb, k.as_bytes()) {
            let e = p + k.len();
            // A longer identifier (ErrorAccessDeniedX) is something else.
            if wb.get(e).is_some_and(|c| c.is_ascii_alphanumeric()) {
                continue;
            }
            return Some(k.to_string());
        }
    }
    None
}

fn library_of(full: &str, ns: &str, line: &[u8]) -> String {
    let l = |s: &str| full.contains(s) || ns.contains(s);
    let lib = if l("MailBee") {
        "MailBee.NET"
    } else if l("MailKit") || find(line, b"MailKit").is_some() {
        "MailKit"
    } else if l("javax.mail") || l("com.sun.mail") {
        "JavaMail"
    } else if l("jakarta.mail") {
        "Jakarta Mail"
    } else if l("org.eclipse.angus") {
        "Angus Mail"
    } else if l("System.Net.Mail")
        || full == "SmtpException"
        || full == "SmtpFailedRecipientException"
    {
        "System.Net.Mail"
    } else if l("Microsoft.Exchange.WebServices") {
        "EWS Managed API"
    } else if l("Msal") || l("Microsoft.Identity.Client") {
        "MSAL"
    } else if l("Azure.Identity") {
        "Azure.Identity"
    } else if l("imaplib") {
        "imaplib"
    } else if l("smtplib") || full == "SMTPAuthenticationError" {
        "smtplib"
    } else if l("poplib") {
        "poplib"
    } else if l("Microsoft.Graph") {
        "Microsoft Graph SDK"
    } else if find(line, b"nodemailer").is_some() {
        "nodemailer"
    } else if ns.is_empty() {
        "unknown"
    } else {
        return ns.to_string();
    };
    lib.to_string()
}

fn is_cmdlet(wb: &[u8]) -> bool {
    let Some(d) = memchr::memchr(b'-', wb) else {
        return false;
    };
    const VERBS: [&[u8]; 16] = [
        b"New",
        b"Add",
        b"Set",
        b"Get",
        b"Remove",
        b"Connect",
        b"Disconnect",
        b"Test",
        b"Update",
        b"Install",
        b"Import",
        b"Grant",
        b"Revoke",
        b"Enable",
        b"Disable",
        b"Invoke",
    ];
    let (verb, noun) = (&wb[..d], &wb[d + 1..]);
    VERBS.contains(&verb)
        && noun.len() >= 3
        && noun[0].is_ascii_uppercase()
        && noun.iter().all(u8::is_ascii_alphanumeric)
}

fn first_cmdlet(line: &[u8]) -> Option<String> {
    line.split(|&c| CLASS[c as usize] & SEP != 0 || c == b'+' || c == b':')
        .find(|w| is_cmdlet(w))
        .map(lossy)
}

fn quoted_before(line: &[u8], lead: &[u8]) -> Option<String> {
    let p = find(line, lead)? + lead.len();
    let e = memchr::memchr(b'\'', &line[p..])?;
    Some(lossy(&line[p..p + e]))
}

/// One PowerShell token at `i`: quoted string, `@(…)`, or a bare run. Returns value range and next.
fn read_ps_value(t: &[u8], i: usize, limit: usize) -> (usize, usize, usize) {
    match t.get(i) {
        Some(&q @ (b'"' | b'\'')) => {
            let s = i + 1;
            let e = memchr::memchr(q, sl(t, s, limit)).map_or(limit, |o| s + o);
            (s, e, (e + 1).min(limit.max(e)))
        }
        _ => {
            let mut e = i;
            let mut depth = 0i32;
            while e < limit {
                let c = t[e];
                if c == b'(' {
                    depth += 1;
                } else if c == b')' {
                    depth -= 1;
                } else if depth <= 0 && matches!(c, b' ' | b'\t' | b'|' | b';') {
                    break;
                }
                e += 1;
            }
            (i, e, e)
        }
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

/// End (exclusive) of the JSON-ish object around `from`: the first `}` that closes depth 0,
/// ignoring braces inside strings; `limit` when not found.
fn object_end(t: &[u8], from: usize, limit: usize) -> usize {
    let mut depth = 0i32;
    let mut in_str = false;
    // Only quotes and brackets change the state: visit them in order (openers and closers
    // come from two `memchr` walks, merged).
    let region = sl(t, from, limit);
    let mut open = memchr::memchr3_iter(b'"', b'{', b'[', region).peekable();
    let mut close = memchr::memchr2_iter(b'}', b']', region).peekable();
    loop {
        let next = match (open.peek(), close.peek()) {
            (Some(a), Some(b)) if a < b => open.next(),
            (Some(_), None) => open.next(),
            _ => close.next(),
        };
        let Some(o) = next else {
            return limit;
        };
        let i = from + o;
        let c = t[i];
        if in_str {
            if c == b'"' {
                // A quote followed by , } : ] or blank ends the string (unescaped text tolerant).
                let n = t.get(i + 1).copied().unwrap_or(b'}');
                if matches!(n, b',' | b'}' | b':' | b']' | b' ' | b'\r' | b'\n') {
                    in_str = false;
                }
            }
            continue;
        }
        match c {
            b'"' => in_str = true,
            b'{' | b'[' => depth += 1,
            _ => {
                depth -= 1;
                if depth < 0 {
                    return i + 1;
                }
            }
        }
    }
}

/// The string value of `"key":"value"` in `body`, tolerant of unescaped text.
fn json_str_field(body: &[u8], key: &[u8]) -> Option<String> {
    let p = find(body, key)? + key.len();
    let rest = trim_lead(&body[p..]);
    let rest = rest.strip_prefix(b"\"")?;
    // End at a quote followed by , } or end.
    let mut i = 0;
    while i < rest.len() {
        if rest[i] == b'"' {
            let n = rest.get(i + 1).copied().unwrap_or(b'}');
            let n2 = rest
                .get(i + 1..)
                .map(trim_lead)
                .and_then(|r| r.first().copied())
                .unwrap_or(b'}');
            if matches!(n, b',' | b'}') || matches!(n2, b',' | b'}' | b'"') {
                break;
            }
        }
        i += 1;
    }
    let v = lossy(&rest[..i]);
    Some(clip(v.trim()))
}

fn xml_text(near: &[u8], open_tail: &[u8]) -> Option<String> {
    let p = find(near, open_tail)? + open_tail.len();
    let rest = &near[p..];
    let e = memchr::memchr(b'<', rest).unwrap_or(rest.len());
    let v = lossy(&rest[..e]).trim().to_string();
    (!v.is_empty()).then(|| clip(&v))
}

/// Parses a timestamp starting at `s` (bounded by `le`): returns its end and Unix seconds.
pub(crate) fn parse_timestamp(t: &[u8], s: usize, le: usize) -> Option<(usize, i64)> {
    parse_timestamp_with(t, s, le, &mut None)
}

/// [`parse_timestamp`], remembering the date and hour of the last ISO timestamp read (its first
/// 13 bytes and their Unix seconds): log lines repeat them, and the calendar arithmetic is
/// then skipped.
fn parse_timestamp_with(
    t: &[u8],
    s: usize,
    le: usize,
    hour: &mut Option<([u8; 13], i64)>,
) -> Option<(usize, i64)> {
    let b = sl(t, s, le.min(s + 40));
    let d = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        if !part.is_empty() && part.len() <= 9 && part.iter().all(u8::is_ascii_digit) {
            Some(part.iter().fold(0u32, |v, c| v * 10 + u32::from(c - b'0')))
        } else {
            None
        }
    };
    // ISO 8601.
    if b.len() >= 19
        && b[4] == b'-'
        && b[7] == b'-'
        && matches!(b[10], b'T' | b't' | b' ' | b'_')
        && b[13] == b':'
        && b[16] == b':'
    {
        let mut unix = match hour {
            Some((key, base)) if b.get(..13) == Some(&key[..]) => {
                let (mi, se) = (d(14..16)?, d(17..19)?);
                if mi > 59 || se > 60 {
                    return None;
                }
                *base + i64::from(mi) * 60 + i64::from(se)
            }
            _ => {
                let (y, mo, da, h, mi, se) = (
                    d(0..4)?,
                    d(5..7)?,
                    d(8..10)?,
                    d(11..13)?,
                    d(14..16)?,
                    d(17..19)?,
                );
                let unix = crate::time::unix_from_parts(y as i64, mo, da, h, mi, se)?;
                let mut key = [0u8; 13];
                key.copy_from_slice(&b[..13]);
                *hour = Some((key, unix - i64::from(mi) * 60 - i64::from(se)));
                unix
            }
        };
        let mut i = 19;
        if matches!(b.get(i), Some(b'.') | Some(b','))
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
        let j = if b.get(i) == Some(&b' ')
            && matches!(
                b.get(i + 1),
                Some(b'+') | Some(b'-') | Some(b'U') | Some(b'G')
            ) {
            i + 1
        } else {
            i
        };
        match b.get(j) {
            Some(b'Z') | Some(b'z') => i = j + 1,
            Some(&sg @ (b'+' | b'-')) => {
                if let Some(hh) = d(j + 1..j + 3) {
                    let (mm, k) = if b.get(j + 3) == Some(&b':') {
                        (d(j + 4..j + 6).unwrap_or(0), j + 6)
                    } else if let Some(m) = d(j + 3..j + 5) {
                        (m, j + 5)
                    } else {
                        (0, j + 3)
                    };
                    let off = (hh as i64) * 3600 + (mm as i64) * 60;
                    unix = if sg == b'+' { unix - off } else { unix + off };
                    i = k.min(b.len());
                }
            }
            _ => {
                if b.get(j..j + 3) == Some(b"UTC") || b.get(j..j + 3) == Some(b"GMT") {
                    i = j + 3;
                }
            }
        }
        return Some((s + i, unix));
    }
    // Apache: 10/Jan/2024:16:49:32 +0000
    if b.len() >= 20 && b[2] == b'/' && b[6] == b'/' && b[11] == b':' {
        let mo = month(&b[3..6])?;
        let (da, y, h, mi, se) = (d(0..2)?, d(7..11)?, d(12..14)?, d(15..17)?, d(18..20)?);
        let mut unix = crate::time::unix_from_parts(y as i64, mo, da, h, mi, se)?;
        let mut i = 20;
        if b.get(20) == Some(&b' ') && matches!(b.get(21), Some(b'+') | Some(b'-')) {
            if let (Some(hh), Some(mm)) = (d(22..24), d(24..26)) {
                let off = (hh as i64) * 3600 + (mm as i64) * 60;
                unix = if b[21] == b'+' {
                    unix - off
                } else {
                    unix + off
                };
                i = 26;
            }
        }
        return Some((s + i, unix));
    }
    // 01/10/2024 16:49:32 (US, or day first when the first number exceeds 12) and 10.01.2024 16:49:32.
    let sep_at = b.iter().position(|c| !c.is_ascii_digit())?;
    if !(1..=2).contains(&sep_at) {
        return None;
    }
    let sep = b[sep_at];
    if sep != b'/' && sep != b'.' {
        return None;
    }
    let a = d(0..sep_at)?;
    let p2 = sep_at + 1;
    let l2 = b[p2..].iter().position(|c| !c.is_ascii_digit())?;
    if !(1..=2).contains(&l2) || b.get(p2 + l2) != Some(&sep) {
        return None;
    }
    let m2 = d(p2..p2 + l2)?;
    let p3 = p2 + l2 + 1;
    let y = d(p3..p3 + 4)?;
    let mut i = p3 + 4;
    if !matches!(b.get(i), Some(b' ') | Some(b',')) {
        return None;
    }
    i += 1;
    if b.get(i) == Some(&b' ') {
        i += 1;
    }
    let lh = b[i..].iter().position(|c| !c.is_ascii_digit())?;
    if !(1..=2).contains(&lh) || b.get(i + lh) != Some(&b':') {
        return None;
    }
    let mut h = d(i..i + lh)?;
    let mi = d(i + lh + 1..i + lh + 3)?;
    let mut k = i + lh + 3;
    let mut se = 0;
    if b.get(k) == Some(&b':') {
        se = d(k + 1..k + 3)?;
        k += 3;
    }
    if b.get(k) == Some(&b' ') {
        match b.get(k + 1..k + 3) {
            Some(b"PM") | Some(b"pm") => {
                if h < 12 {
                    h += 12;
                }
                k += 3;
            }
            Some(b"AM") | Some(b"am") => {
                if h == 12 {
                    h = 0;
                }
                k += 3;
            }
            _ => {}
        }
    }
    let (mo, da) = if sep == b'.' || a > 12 {
        (m2, a)
    } else {
        (a, m2)
    };
    let unix = crate::time::unix_from_parts(y as i64, mo, da, h, mi, se)?;
    Some((s + k, unix))
}

fn month(m: &[u8]) -> Option<u32> {
    const M: [&[u8]; 12] = [
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec",
    ];
    let l = m.to_ascii_lowercase();
    M.iter()
        .position(|x| *x == l.as_slice())
        .map(|p| p as u32 + 1)
}

#[allow(dead_code)]
fn boundary_pair(s: &str, a: usize, b: usize) -> (usize, usize) {
    (floor_boundary(s, a), ceil_boundary(s, b))
}

/// Whether `host` is a mail / identity host worth reporting: a Microsoft cloud host, or a
/// `smtp.`/`imap.`/`pop.` host under a common top-level domain.
fn plausible_host(host: &str) -> bool {
    if cloud_of_host(host).is_some() {
        return true;
    }
    let tld = host.rsplit('.').next().unwrap_or("");
    const TLDS: [&str; 30] = [
        "com", "net", "org", "de", "uk", "ch", "at", "fr", "nl", "eu", "io", "edu", "gov", "us",
        "cn", "co", "jp", "au", "ca", "it", "es", "se", "no", "dk", "fi", "pl", "ru", "br", "in",
        "mil",
    ];
    (host.starts_with("smtp.")
        || host.starts_with("imap.")
        || host.starts_with("pop.")
        || host.starts_with("pop3.")
        || host.starts_with("mail."))
        && TLDS.contains(&tld)
}

fn qualified_in_line(line: &[u8], name: &str) -> Option<String> {
    let pat = format!(".{name}");
    let p = find(line, pat.as_bytes())?;
    let mut a = p;
    while a > 0 && (line[a - 1].is_ascii_alphanumeric() || matches!(line[a - 1], b'.' | b'_')) {
        a -= 1;
    }
    Some(lossy(&line[a..p + pat.len()]))
}

/// `imap`, `smtp`, `pop3` (any case) or `POP` inside a word, found from its `p`s in one pass.
// Called for every word with a `p`: inlined natively (the wasm build keeps one copy, for size).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn mail_protocol_in(wb: &[u8]) -> Option<Protocol> {
    let lower = |i: usize| wb.get(i).map_or(0, |c| c | 0x20);
    for (i, &c) in wb.iter().enumerate() {
        if c | 0x20 != b'p' {
            continue;
        }
        if i >= 3 {
            let abc = [lower(i - 3), lower(i - 2), lower(i - 1)];
            if &abc == b"ima" {
                return Some(Protocol::Imap);
            }
            if &abc == b"smt" {
                return Some(Protocol::Smtp);
            }
        }
        if lower(i + 1) == b'o'
            && lower(i + 2) == b'p'
            && (wb.get(i + 3) == Some(&b'3') || wb == b"POP")
        {
            return Some(Protocol::Pop);
        }
    }
    None
}

/// Position of `eyJ` (the base64 of `{"`) in a word.
fn find_eyj(wb: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(o) = memchr::memchr(b'J', sl(wb, from, wb.len())) {
        let j = from + o;
        if j >= 2 && wb[j - 2] == b'e' && wb[j - 1] == b'y' {
            return Some(j - 2);
        }
        from = j + 1;
    }
    None
}

/// Cheap test whether a dotted word can hold a host, login URL or library name the scanner
/// reports: one of its labels (between `.`, `/`, `:`, `@`, `=`) is a known one. One pass.
fn dotted_interesting(wb: &[u8]) -> bool {
    const LABELS: [&[u8]; 21] = [
        b"office365",
        b"outlook",
        b"office",
        b"microsoft",
        b"microsoftonline",
        b"chinacloudapi",
        b"apps",
        b"smtp",
        b"imap",
        b"pop",
        b"pop3",
        b"windows",
        b"graph",
        b"microsoftgraph",
        b"login",
        b"sts",
        b"imaplib",
        b"smtplib",
        b"poplib",
        b"webmail",
        b"partner",
    ];
    /// Per label length, the first letters of the known labels of that length.
    const fn first_letters() -> [u32; 16] {
        let mut t = [0u32; 16];
        let mut i = 0;
        while i < LABELS.len() {
            t[LABELS[i].len()] |= 1 << (LABELS[i][0] - b'a');
            i += 1;
        }
        t
    }
    const FIRST: [u32; 16] = first_letters();
    let known = |l: &[u8]| {
        let c = l.first().map_or(0, |c| c | 0x20);
        l.len() < 16
            && c.is_ascii_lowercase()
            && FIRST[l.len()] & (1 << (c - b'a')) != 0
            && LABELS.iter().any(|k| k.eq_ignore_ascii_case(l))
    };
    let (mut dots, mut any, mut from) = (0usize, false, 0usize);
    for (i, &c) in wb.iter().enumerate() {
        if matches!(c, b'.' | b'/' | b':' | b'@' | b'=' | b'<' | b'>') {
            dots += usize::from(c == b'.');
            any = any || known(&wb[from..i]);
            from = i + 1;
        }
    }
    any = any || known(&wb[from..]);
    // One dot is a file name, a version or a class name, except for the Python mail modules.
    any && (dots >= 2
        || (wb.len() >= 7
            && matches!(&wb[..4], b"imap" | b"smtp" | b"popl")
            && find(wb, b"lib.").is_some()))
}

/// What a dotted word is to the scanner (a function of its bytes, see `Ctx::dotted`).
#[derive(Clone, Copy, Default)]
enum Dotted {
    /// Nothing to report.
    #[default]
    Nothing,
    /// A sign-in endpoint URL starting at this offset of the word.
    Endpoint(usize),
    /// A mail or identity host, and/or a Python mail module named in an error.
    Other { host: bool, client: bool },
}

fn dotted_reading(wb: &[u8]) -> Dotted {
    if !dotted_interesting(wb) {
        return Dotted::Nothing;
    }
    let lower_has = |n: &[u8]| find_ci(wb, n).is_some();
    if let Some(p) = find_ci(wb, b"login.") {
        let rest = &wb[p..];
        if find_ci(rest, b"microsoftonline").is_some()
            || find_ci(rest, b"login.chinacloudapi.cn").is_some()
            || find_ci(rest, b"login.windows.net").is_some()
        {
            return Dotted::Endpoint(p);
        }
    }
    let host = lower_has(b"office365")
        || lower_has(b"outlook.")
        || lower_has(b"graph.microsoft")
        || lower_has(b"microsoftgraph")
        || lower_has(b"apps.mil")
        || lower_has(b"smtp.")
        || lower_has(b"imap.")
        || lower_has(b"pop.")
        || lower_has(b"pop3.")
        || lower_has(b"office.de")
        || lower_has(b"sts.windows.net");
    let client = find(wb, b"imaplib").is_some()
        || find(wb, b"smtplib").is_some()
        || find(wb, b"poplib").is_some();
    Dotted::Other { host, client }
}

/// Position of `AADSTS` in a word (a `memchr` walk over its `A`s; cheaper than a searcher for
/// short words).
fn find_aadsts(wb: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(o) = memchr::memchr(b'A', sl(wb, from, wb.len())) {
        let i = from + o;
        if wb.get(i..i + 6) == Some(b"AADSTS") {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

/// The code inside `<m:ResponseCode>…</m:ResponseCode>` or `<faultcode>a:…</faultcode>`.
fn tagged_code(wb: &[u8]) -> Option<String> {
    let close = find(wb, b"</faultcode>").or_else(|| {
        find(wb, b"ResponseCode>").and_then(|p| find(&wb[p..], b"</").map(|q| p + q))
    })?;
    let before = &wb[..close];
    let start = before.iter().rposition(|&c| c == b'>').map_or(0, |p| p + 1);
    let raw = lossy(&before[start..]);
    let code = raw.rsplit(':').next().unwrap_or("").trim().to_string();
    (!code.is_empty() && code != "NoError" && code.len() < 80 && !code.contains('<'))
        .then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
