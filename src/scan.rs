//! Evidence extraction: finds and decodes everything an admin pastes, with byte spans.
//!
//! Secrets are masked first: every block of text is passed through [`crate::secrets`] (same
//! length, so spans stay valid) before a detector reads it, so no piece of evidence, message or
//! quote made from it can hold a secret value.
//!
//! The scanner first finds the runs of lines that carry escapings (HTML entities, JSON and
//! Python string escapes, quoted-printable soft breaks) and undoes them into a normalised copy
//! of just those lines that remembers the way back; everything else is read in place. It then
//! walks the text line by line. Each line is split once into words (runs between
//! blanks, quotes and brackets) while a byte-class table records what the word contains (`@`,
//! `.`, `-`, `=`, digits, capitals); the detectors only look at words whose classes can match,
//! and a word that could be a keyword must also pass a gate by its first byte and length and a
//! filter of the exact words, which keeps plain log lines cheap. Spans always point into the
//! original input.
//!
//! Repeated facts are reported once: a GUID with the same label, an e-mail address with the same
//! role and a host with the same port appear at their first place only; protocol hints appear at
//! most once per protocol per line and not again within the next 50 lines; a timestamp is
//! reported when evidence takes its time from it, when labelled (`Timestamp:`), and when it is
//! the first or the last of the log. Every artifact's `log_time` carries the time of the nearest
//! unlabelled timestamp before it on its line (else the line's first, else the line above's), so
//! the entries of a log without line breaks keep their own times. A PowerShell command's is only
//! its own line's: it is when the command ran, and a command quoted in prose under another
//! entry's time did not run then.

mod detect;
pub mod group;
mod text;
mod token;
mod xoauth;

use crate::evidence::{Artifact, ArtifactKind, DecodeFailure, DecodeProblem, JwtToken, Span};

pub use text::Normalized;
pub use token::{api_of, cloud_of_host, validity};
pub use xoauth::visible_ctrl;

/// A paste up to this size is short enough to read every line against the known texts, context
/// word or not: forum posts and tickets quote an error bare, without the words around it, and
/// often wrapped by a console or a mail quote, so its wrapped lines are joined first.
pub(crate) const SHORT_PASTE: usize = 16 * 1024;

/// A table of the bytes in `bytes`, for the scanner's byte classes: one lookup a byte.
pub(crate) const fn byte_set(bytes: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
}

/// A paste up to this size may be text copied from a web page, a chat or a mail, with no-break
/// spaces for blanks and invisible characters between words: they are read as blanks. A larger one is a log file, which has none (and
/// is not searched for them).
const COPIED_TEXT: usize = 256 * 1024;

/// Scans `input` and returns every artifact found, ordered by position, ids = indices.
/// `now` (Unix seconds) is the analysis clock used for token validity.
pub fn scan(input: &str, now: i64) -> Vec<Artifact> {
    let prepared = Prepared::new(input);
    #[cfg_attr(target_arch = "wasm32", allow(unused_mut))]
    let mut scanner = Scanner::new(&prepared, now);
    #[cfg(not(target_arch = "wasm32"))]
    scanner.read_all();
    scanner.finish()
}

/// The input cut into blocks for the scanner, the runs of lines with escapes already undone:
/// what a [`Scanner`] reads. Separate from it so the scanner can borrow it while it works in
/// steps.
pub struct Prepared<'a> {
    input: &'a str,
    blocks: Vec<(usize, Normalized<'a>)>,
}

impl<'a> Prepared<'a> {
    /// Finds the blocks of `input` and unescapes those that need it.
    pub fn new(input: &'a str) -> Prepared<'a> {
        Preparing::new(input).finish()
    }

    /// The text being scanned.
    pub fn input(&self) -> &'a str {
        self.input
    }
}

/// A [`Prepared`] made in steps, so a page stays responsive on a long escaped paste (a log of
/// JSON records is one block of escaped lines): each [`Preparing::step`] undoes the escapes of
/// about a megabyte. The result is what [`Prepared::new`] gives.
pub struct Preparing<'a> {
    input: &'a str,
    /// The blocks not started yet, last first.
    runs: Vec<(usize, usize, bool)>,
    /// The escaped block under way, with where it starts and ends.
    current: Option<(usize, usize, text::Normalizing<'a>)>,
    /// The input is quoted-printable (one escaped block).
    qp: bool,
    /// The input was masked by [`crate::secrets::mask_owned`]: blocks taken as they are are not
    /// read for secrets again (blocks with escapes undone still are: undoing can join a key
    /// to its value).
    premasked: bool,
    blocks: Vec<(usize, Normalized<'a>)>,
}

impl<'a> Preparing<'a> {
    /// Finds the blocks of `input`; nothing undone yet.
    pub fn new(input: &'a str) -> Preparing<'a> {
        let (mut runs, qp) = text::blocks_qp(input);
        runs.reverse();
        Preparing {
            input,
            blocks: Vec::with_capacity(runs.len()),
            runs,
            current: None,
            qp,
            premasked: false,
        }
    }

    /// [`Preparing::new`] for a text that [`crate::secrets::mask_owned`] masked.
    pub fn masked(input: &'a crate::secrets::Masked) -> Preparing<'a> {
        Preparing::masked_str(input.as_str())
    }

    /// [`Preparing::masked`] for a text the page masked with [`crate::secrets::mask_owned`] when
    /// it took it over (the page keeps it as a shared string, not as [`crate::secrets::Masked`]).
    pub(crate) fn masked_str(input: &'a str) -> Preparing<'a> {
        Preparing {
            premasked: true,
            ..Preparing::new(input)
        }
    }

    /// Undoes escapes in about a megabyte of text (blocks without escapes are taken as they
    /// are). Returns true when every block is ready.
    pub fn step(&mut self) -> bool {
        loop {
            if let Some((s, _, n)) = self.current.as_mut() {
                if !n.step() {
                    return false;
                }
                let s = *s;
                if let Some((_, _, n)) = self.current.take() {
                    let mut n = n.finish();
                    self.read_as_pasted(&mut n.text);
                    crate::secrets::mask_in_place(&mut n.text);
                    self.blocks.push((s, n));
                }
                return self.runs.is_empty();
            }
            let Some((s, e, escaped)) = self.runs.pop() else {
                return true;
            };
            let slice = self.input.get(s..e).unwrap_or("");
            if escaped {
                let n = if self.qp {
                    text::Normalizing::new(slice)
                } else {
                    text::Normalizing::not_qp(slice)
                };
                self.current = Some((s, e, n));
            } else {
                let mut n = Normalized::plain(slice);
                // Blanking a no-break space or joining lines can part or join a key and its
                // value: such a block is read for secrets even when the input was masked.
                let changed = self.read_as_pasted(&mut n.text);
                if !self.premasked || changed {
                    crate::secrets::mask_in_place(&mut n.text);
                }
                self.blocks.push((s, n));
            }
        }
    }

    /// A pasted text's forms read as the text they carry (its length kept): no-break spaces as
    /// blanks in a paste up to [`COPIED_TEXT`], wrapped lines joined in one up to
    /// [`SHORT_PASTE`]. Returns whether the block changed.
    fn read_as_pasted(&self, block: &mut std::borrow::Cow<'_, str>) -> bool {
        let blanked = self.input.len() <= COPIED_TEXT
            && (text::blank_nbsp(block) | text::blank_html_tags(block));
        let joined = self.input.len() <= SHORT_PASTE && text::join_soft_wraps(block);
        blanked || joined
    }

    /// Bytes of the input made ready so far, and in all (a block under way counts by the
    /// part of its current pass read).
    pub fn progress(&self) -> (usize, usize) {
        let done = match (&self.current, self.runs.last()) {
            (Some((s, e, n)), _) => (s + n.progress()).min(*e),
            (None, Some(next)) => next.0,
            (None, None) => self.input.len(),
        };
        (done, self.input.len())
    }

    /// Makes ready what is left.
    pub fn finish(mut self) -> Prepared<'a> {
        while !self.step() {}
        Prepared {
            input: self.input,
            blocks: self.blocks,
        }
    }
}

/// A scan that runs in steps of a few hundred kilobytes, so a page can stay responsive on a
/// large paste: [`Scanner::step`] reads whole lines up to a byte budget, [`Scanner::finish`]
/// orders the artifacts. Any split into steps gives exactly what [`scan`] gives.
pub struct Scanner<'p> {
    input: &'p str,
    walker: detect::Walker<'p>,
}

impl<'p> Scanner<'p> {
    /// A scanner at the start of `prepared`, judging token validity at `now` (Unix seconds).
    pub fn new(prepared: &'p Prepared<'_>, now: i64) -> Scanner<'p> {
        Scanner {
            input: prepared.input,
            walker: detect::Walker::new(&prepared.blocks, now),
        }
    }

    /// Reads whole lines until at least `budget` bytes (at least one line) are read or the
    /// text ends. Returns true when the whole text has been read.
    pub fn step(&mut self, budget: usize) -> bool {
        self.walker.step(budget)
    }

    /// Bytes read so far and bytes in all.
    pub fn progress(&self) -> (usize, usize) {
        self.walker.progress()
    }

    /// Natively, on a long text not yet read: reads every line, with the blocks' whole-block
    /// readers on a second thread meanwhile (see `Walker::walk_beside_block_reads`). What
    /// [`Scanner::finish`] gives is the same.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn read_all(&mut self) {
        self.walker.walk_beside_block_reads();
    }

    /// Reads what is left and returns every artifact, ordered by position, ids = indices.
    pub fn finish(self) -> Vec<Artifact> {
        assemble(self.input, self.walker.finish())
    }
}

/// Decodes one compact JWT (`header.payload.signature`) found at `base_offset` of the input.
/// Returns the decoded token (possibly partial, with `warnings`) or the first reason it could
/// not be read. Encrypted tokens (five parts) are reported as a failure that says so.
pub fn decode_jwt(token: &str, base_offset: usize, now: i64) -> Result<JwtToken, DecodeFailure> {
    let token = token.trim();
    let out = token::decode_token(token, base_offset, now, None);
    if let Some(jwt) = out.jwt {
        return Ok(jwt);
    }
    if out.jwe_header.is_some() {
        return Err(DecodeFailure {
            what: "jwt".into(),
            segment: "token".into(),
            offset: base_offset,
            reason: crate::catalogue::decode::DecodeNote::Encrypted,
            problem: DecodeProblem::Invalid,
        });
    }
    Err(out.failures.into_iter().next().unwrap_or(DecodeFailure {
        what: "jwt".into(),
        segment: "token".into(),
        offset: base_offset,
        reason: crate::catalogue::decode::DecodeNote::NotJwt,
        problem: DecodeProblem::Invalid,
    }))
}

/// An artifact before ordering: spans already in original offsets.
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub seq: usize,
    pub time: Option<i64>,
    pub kind: ArtifactKind,
    /// For XOAUTH2: the `seq` of the nested token artifact.
    pub nested: Option<usize>,
    /// The repeats of this evidence (see [`group`]).
    pub repeats: Option<Box<group::Repeats>>,
}

fn assemble(input: &str, mut found: Vec<Found>) -> Vec<Artifact> {
    // Order by position, in place: the found artifacts become the output in their own
    // allocation, so a long log never holds two copies of its artifacts.
    // Artifacts were found in `seq` order, so a stable sort by start orders by (start, seq).
    crate::order::sort_by_key(&mut found, |f| f.start as u64);
    // Exact duplicates (same span and same kind and content) are dropped: marked first, while
    // the earlier ones can still be compared with.
    let dup: Vec<bool> = (0..found.len())
        .map(|i| {
            let f = &found[i];
            found[..i]
                .iter()
                .rev()
                .take_while(|g| g.start == f.start)
                .any(|g| g.end == f.end && g.kind == f.kind)
        })
        .collect();
    let bytes = input.as_bytes();
    let mut line = 1usize;
    let mut pos = 0usize;
    let mut next_id = 0usize;
    // Sequence numbers are small (one per artifact found): a vector maps them to ids.
    let mut seq_to_id = vec![None; found.iter().map(|f| f.seq + 1).max().unwrap_or(0)];
    let mut nested = Vec::new();
    let mut out: Vec<Artifact> = found
        .into_iter()
        .zip(dup)
        .filter_map(|(f, dup)| {
            if dup {
                return None;
            }
            let id = next_id;
            next_id += 1;
            if let Some(slot) = seq_to_id.get_mut(f.seq) {
                *slot = Some(id);
            }
            if let (ArtifactKind::Xoauth2(_), Some(n)) = (&f.kind, f.nested) {
                nested.push((id, n));
            }
            let start = f.start.min(bytes.len());
            if start > pos {
                line += text::count_byte(&bytes[pos..start], b'\n');
                pos = start;
            }
            let s = text::floor_boundary(input, f.start);
            let e = text::ceil_boundary(input, f.end.max(s));
            let repeats = f.repeats.map(|r| {
                let span = |(s, e): (usize, usize)| {
                    let s = text::floor_boundary(input, s);
                    Span::new(s, text::ceil_boundary(input, e.max(s)))
                };
                Box::new(crate::evidence::Repeats {
                    count: r.more + 1,
                    // The last occurrence's line: counted below, in one pass over the places.
                    last_line: r.last.0,
                    last_time: r.last_time,
                    spans: r.places.into_iter().map(span).collect(),
                })
            });
            Some(Artifact {
                id,
                span: Span::new(s, e),
                line,
                log_time: f.time,
                kind: f.kind,
                repeats,
            })
        })
        .collect();
    // Lines of the last occurrences: their offsets (held in `last_line` until now) in order.
    let mut last: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            a.repeats
                .as_ref()
                .map(|r| (r.last_line.min(bytes.len()), i))
        })
        .collect();
    // By offset; the artifacts' indices are ascending already, so the stable sort keeps them so.
    crate::order::sort_by_key(&mut last, |&(at, _)| at as u64);
    let (mut line, mut pos) = (1usize, 0usize);
    for (at, i) in last {
        line += text::count_byte(&bytes[pos..at], b'\n');
        pos = at;
        if let Some(r) = out.get_mut(i).and_then(|a| a.repeats.as_mut()) {
            r.last_line = line;
        }
    }
    for (id, n) in nested {
        if let Some(ArtifactKind::Xoauth2(x)) = out.get_mut(id).map(|a| &mut a.kind) {
            x.token_artifact = seq_to_id.get(n).copied().flatten();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::order::permute;

    #[test]
    fn permute_moves_each_element_to_its_place() {
        // Every permutation of five elements, as positions to move to.
        let mut p = [0usize, 1, 2, 3, 4];
        let mut count = 0;
        loop {
            let mut v: Vec<char> = "abcde".chars().collect();
            let mut dest = p.to_vec();
            permute(&mut v, &mut dest);
            let mut want = ['?'; 5];
            for (i, &d) in p.iter().enumerate() {
                want[d] = "abcde".as_bytes()[i] as char;
            }
            assert_eq!(v, want, "{p:?}");
            assert_eq!(dest, [0, 1, 2, 3, 4]);
            count += 1;
            // Next permutation in lexicographic order.
            let Some(i) = (0..4).rev().find(|&i| p[i] < p[i + 1]) else {
                break;
            };
            let j = (i + 1..5).rev().find(|&j| p[j] > p[i]).unwrap_or(i);
            p.swap(i, j);
            p[i + 1..].reverse();
        }
        assert_eq!(count, 120);
    }
}

#[cfg(test)]
mod preparing_tests {
    use super::*;

    #[test]
    fn blocks_read_beside_the_walk_give_what_one_thread_gives() {
        // Past the size that reads the blocks on a second thread: command output, a greeting, a
        // JSON record of a cmdlet and claims, in a plain block and in an escaped one.
        let greeting = "S: * OK The Microsoft Exchange IMAP4 service is ready. [TQBOADIAUABSADAAMQBDAEEAMAAwADAANgAuAG4AYQBtAHAAcgBkADAAMQAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]\n";
        let list = "PS C:\\> Get-CASMailbox -Identity svc@contoso.com | Format-List ImapEnabled,PopEnabled\n\nImapEnabled                      : False\nPopEnabled                       : True\n\n";
        let json = "{\"UserPrincipalName\":\"svc@contoso.com\",\"ImapEnabled\":false}\n";
        let escaped =
            "{\"message\":\"S: A1 NO AUTHENTICATE failed. user=\\\"svc@contoso.com\\\"\"}\n";
        let filler =
            "2024-01-10T16:00:00Z INFO imap: fetched 3 messages from outlook.office365.com:993\n";
        let mut text = String::new();
        while text.len() < (3 << 20) / 2 {
            text.push_str(filler);
        }
        text.push_str(greeting);
        text.push_str(list);
        text.push_str(json);
        for _ in 0..1000 {
            text.push_str(escaped);
        }
        text.push_str(list);
        let prepared = Prepared::new(&text);
        let mut stepped = Scanner::new(&prepared, 1_704_905_372);
        while !stepped.step(1 << 16) {}
        let stepped = stepped.finish();
        assert!(
            stepped
                .iter()
                .filter(|a| matches!(
                    a.kind,
                    ArtifactKind::CmdletOutput(_) | ArtifactKind::ServerGreeting(_)
                ))
                .count()
                >= 3,
            "{stepped:#?}"
        );
        assert_eq!(stepped, scan(&text, 1_704_905_372));
    }

    #[test]
    fn preparing_in_steps_reports_progress_and_gives_what_new_gives() {
        // A log of JSON records: one block of escaped lines, megabytes long.
        let line = r#"{"ts":"2024-01-10T16:00:01Z","message":"S: A01 NO AUTHENTICATE failed. Error=\"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed.\" \r\n user=\"svc@contoso.com\""}"#;
        let text = format!("plain first line\n{}", format!("{line}\n").repeat(25_000));
        assert!(text.len() > 4 * text::Normalizing::STEP);
        let mut p = Preparing::new(&text);
        let mut seen = vec![p.progress().0];
        while !p.step() {
            seen.push(p.progress().0);
        }
        assert!(seen.len() >= 4, "{seen:?}");
        assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
        assert_eq!(p.progress(), (text.len(), text.len()));
        let stepped = Scanner::new(&p.finish(), 0).finish();
        // Each record's reply, refusal and timestamp are kept once, with their count.
        assert!(stepped.len() <= 6, "{stepped:#?}");
        let reply = stepped
            .iter()
            .find(|a| matches!(a.kind, ArtifactKind::ServerReply(_)))
            .expect("the reply");
        let r = reply.repeats.as_ref().expect("repeats");
        assert_eq!((r.count, r.last_line), (25_000, 25_001));
        assert_eq!(r.spans.len(), group::MAX_PLACES);
        assert_eq!(stepped, scan(&text, 0));
    }
}
