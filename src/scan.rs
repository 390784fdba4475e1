//! Evidence extraction: finds and decodes everything an admin pastes, with byte spans.
//!
//! The scanner first finds the runs of lines that carry escapings (HTML entities, JSON and
//! Python string escapes, quoted-printable soft breaks) and undoes them into a normalised copy
//! of just those lines that remembers the way back; everything else is read in place. It then
//! walks the text line by line. Each line is split once into words (runs between
//! blanks, quotes and brackets) while a byte-class table records what the word contains (`@`,
//! `.`, `-`, `=`, digits, capitals); the detectors only look at words whose classes can match,
//! which keeps plain log lines cheap. Spans always point into the original input.
//!
//! Repeated facts are reported once: a GUID with the same label, an e-mail address with the same
//! role and a host with the same port appear at their first place only; protocol hints appear at
//! most once per protocol per line and not again within the next 50 lines; a timestamp is
//! reported when evidence takes its time from it, when labelled (`Timestamp:`), and when it is
//! the first or the last of the log. Every artifact's `log_time` carries the time of the nearest
//! unlabelled timestamp before it on its line (else the line's first, else the line above's), so
//! the entries of a log without line breaks keep their own times.

mod detect;
mod text;
mod token;
mod xoauth;

use crate::evidence::{Artifact, ArtifactKind, DecodeFailure, JwtToken, Span};

pub use text::Normalized;
pub use token::{api_of, cloud_of_host, validity};
pub use xoauth::visible_ctrl;

/// Scans `input` and returns every artifact found, ordered by position, ids = indices.
/// `now` (Unix seconds) is the analysis clock used for token validity.
pub fn scan(input: &str, now: i64) -> Vec<Artifact> {
    let prepared = Prepared::new(input);
    Scanner::new(&prepared, now).finish()
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
        Prepared {
            input,
            blocks: detect::blocks(input),
        }
    }

    /// The text being scanned.
    pub fn input(&self) -> &'a str {
        self.input
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
            reason: "this is an encrypted token (JWE, five parts): only the API it is meant for can read it".into(),
        });
    }
    Err(out.failures.into_iter().next().unwrap_or(DecodeFailure {
        what: "jwt".into(),
        segment: "token".into(),
        offset: base_offset,
        reason: "not a JWT".into(),
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
}

fn assemble(input: &str, mut found: Vec<Found>) -> Vec<Artifact> {
    // Order by position through an index permutation: artifacts are large (hundreds of bytes),
    // so each is moved once, straight into the output.
    let mut order: Vec<(usize, usize, usize)> = found
        .iter()
        .enumerate()
        .map(|(i, f)| (f.start, f.seq, i))
        .collect();
    order.sort_unstable();
    let bytes = input.as_bytes();
    let mut line = 1usize;
    let mut pos = 0usize;
    let mut out: Vec<Artifact> = Vec::with_capacity(found.len());
    // The found span of each artifact kept (the duplicate test compares those).
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(found.len());
    // Sequence numbers are small (one per artifact found): a vector maps them to ids.
    let mut seq_to_id = vec![None; found.iter().map(|f| f.seq + 1).max().unwrap_or(0)];
    let mut nested = Vec::new();
    for (_, _, i) in order {
        let Some(f) = found.get_mut(i) else { continue };
        // Drop exact duplicates (same span and same kind and content).
        let dup = out
            .iter()
            .zip(&spans)
            .rev()
            .take_while(|(_, k)| k.0 == f.start)
            .any(|(a, k)| k.1 == f.end && a.kind == f.kind);
        if dup {
            continue;
        }
        let id = out.len();
        if let Some(slot) = seq_to_id.get_mut(f.seq) {
            *slot = Some(id);
        }
        if let (ArtifactKind::Xoauth2(_), Some(n)) = (&f.kind, f.nested) {
            nested.push((id, n));
        }
        let start = f.start.min(bytes.len());
        if start > pos {
            line += memchr::memchr_iter(b'\n', &bytes[pos..start]).count();
            pos = start;
        }
        let s = text::floor_boundary(input, f.start);
        let e = text::ceil_boundary(input, f.end.max(s));
        spans.push((f.start, f.end));
        out.push(Artifact {
            id,
            span: Span::new(s, e),
            line,
            log_time: f.time,
            // A unit variant stays behind: moving the kind out costs no copy of the rest.
            kind: std::mem::replace(&mut f.kind, ArtifactKind::AuthenticatedNotConnected),
        });
    }
    for (id, n) in nested {
        if let Some(ArtifactKind::Xoauth2(x)) = out.get_mut(id).map(|a| &mut a.kind) {
            x.token_artifact = seq_to_id.get(n).copied().flatten();
        }
    }
    out
}
