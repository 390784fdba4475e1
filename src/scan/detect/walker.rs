//! The line walker: the blocks read line by line, a few lines per step, with the detectors' state
//! kept between steps.

use super::*;

/// Lines longer than this are read in pieces (see [`line_end`]).
pub(super) const LONG_LINE: usize = 256 * 1024;

/// The end of the line of `t` that starts at `pos` (before its `\r\n` or `\n`) and where the next
/// one starts. A line longer than [`LONG_LINE`] is cut into pieces: at the first blank after that
/// length, else at the first comma (one-line JSON), never inside a word; the byte at the cut is
/// dropped like a blank. A text of megabytes without line breaks (a minified JSON answer, a log
/// joined into one line) is then read in steps like any other, and the page can show its
/// progress in between. The cut depends only on the text, never on the step size, and each
/// search looks only as far as it must, so a long line costs linear time.
pub(super) fn line_end(t: &[u8], pos: usize) -> (usize, usize) {
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
    /// The lines walked in each block read, and the walk's line count at the block's start.
    lines: Vec<usize>,
    first_line: usize,
    /// What [`cmdlets::read_with_room`] gave for each block, when it ran beside the walk (see
    /// [`Walker::walk_beside_block_reads`]).
    #[cfg(not(target_arch = "wasm32"))]
    reads: Option<Vec<Option<SentPieces>>>,
}

/// A piece of command output or a greeting as the reader of whole blocks gives it, in a form
/// that can move between threads (an artifact's kind can hold a decoded token, shared within
/// one thread).
#[cfg(not(target_arch = "wasm32"))]
enum Sent {
    Cmdlet(Box<CmdletOutput>),
    Greeting(Box<ServerGreeting>),
}

/// The pieces of one block in the form of [`Sent`], in block offsets.
#[cfg(not(target_arch = "wasm32"))]
type SentPieces = Vec<(usize, usize, Sent)>;

/// [`cmdlets::read_with_room`] of one block's text in the form of [`Sent`] (`None`: a piece of another
/// kind, which no reader gives; the block is then read again after the walk).
#[cfg(not(target_arch = "wasm32"))]
fn read_sent(text: &str) -> Option<SentPieces> {
    cmdlets::read_with_room(text, None)
        .into_iter()
        .map(|(s, e, kind)| match kind {
            ArtifactKind::CmdletOutput(o) => Some((s, e, Sent::Cmdlet(o))),
            ArtifactKind::ServerGreeting(g) => Some((s, e, Sent::Greeting(g))),
            _ => None,
        })
        .collect()
}

/// Natively, a text of at least this many bytes has its blocks read whole on a second thread
/// while the lines are walked (see [`Walker::walk_beside_block_reads`]).
#[cfg(not(target_arch = "wasm32"))]
const READ_BESIDE: usize = 1 << 20;

impl<'a> Walker<'a> {
    /// A walker at the first line of `blocks`. Detectors look across lines only within a block.
    pub(crate) fn new(blocks: &'a [(usize, Normalized<'a>)], now: i64) -> Walker<'a> {
        let total = blocks.iter().map(|(_, n)| n.text.len()).sum();
        let c = blocks.first().map(|(base, first)| Ctx {
            norm: first,
            base: *base,
            orig_hints: Default::default(),
            t: first.text.as_bytes(),
            now,
            out: Vec::new(),
            host_memo: None,
            seq: 0,
            cur_time: None,
            line_stamped: false,
            skip_until: 0,
            skip_lines_until: 0,
            ls: 0,
            le: 0,
            line_idx: 0,
            words: Vec::with_capacity(64),
            line_reply: false,
            line_entra: false,
            line_network: false,
            line_client_error: false,
            line_known: false,
            read_every_line: total <= clients::SHORT_PASTE,
            known_budget: clients::KNOWN_LINES,
            line_error_repeat: false,
            line_oauth_word: false,
            line_hints: 0,
            line_checks: 0,
            hint_last: [None; 7],
            pending_xoauth: None,
            last_protocol: None,
            last_cmdlet: None,
            last_ps_error: None,
            seen: super::ByteSet::default(),
            #[cfg(not(target_arch = "wasm32"))]
            seen_inline: rustc_hash::FxHashSet::default(),
            once_key: Vec::new(),
            address_buf: Vec::new(),
            groups: Default::default(),
            repeats: 0,
            distinct: Default::default(),
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
            lines: Vec::with_capacity(blocks.len()),
            first_line: 0,
            #[cfg(not(target_arch = "wasm32"))]
            reads: None,
        }
    }

    /// Natively, on a long text: walks every line while a second thread reads the blocks whole
    /// for command output and greetings ([`cmdlets::read_with_room`] reads only the blocks' texts, never
    /// the walk's state), so [`Walker::finish`] finds their pieces ready. The artifacts are those of a walk
    /// in one thread: the pieces are filed after the walk, block by block, as they would be.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn walk_beside_block_reads(&mut self) {
        if self.c.is_none()
            || self.total < READ_BESIDE
            || self.pos != 0
            || self.bi != 0
            || self.reads.is_some()
        {
            return;
        }
        let blocks = self.blocks;
        std::thread::scope(|s| {
            let reader = std::thread::Builder::new().spawn_scoped(s, || {
                blocks
                    .iter()
                    .map(|(_, n)| read_sent(&n.text))
                    .collect::<Vec<_>>()
            });
            self.step(usize::MAX);
            // (No thread to be had: the blocks are read after the walk, as in the page.)
            self.reads = reader.ok().and_then(|r| r.join().ok());
        });
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
                self.first_line = c.line_idx;
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
            self.lines.push(c.line_idx - self.first_line);
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
        if let Some((os, oe, unix, zoned)) = c.pending_ts.take().map(|p| p.resolve()) {
            c.push_orig(os, oe, ArtifactKind::Timestamp { unix, zoned }, Some(unix));
        }
        // Command output and greetings are read per block, over whole runs of lines.
        #[cfg(not(target_arch = "wasm32"))]
        let mut ready = self.reads.take().map(Vec::into_iter);
        // Every line break of a block ends a line of its walk (a long line is walked in pieces),
        // and its last line may end without one: room for the walk's lines and one more.
        for (bi, (base, norm)) in self.blocks.iter().enumerate() {
            let room = self.lines.get(bi).map(|n| n + 1);
            c.norm = norm;
            c.base = *base;
            c.t = norm.text.as_bytes();
            #[cfg(not(target_arch = "wasm32"))]
            let pieces = match ready.as_mut().and_then(Iterator::next).flatten() {
                Some(sent) => sent
                    .into_iter()
                    .map(|(s, e, p)| match p {
                        Sent::Cmdlet(o) => (s, e, ArtifactKind::CmdletOutput(o)),
                        Sent::Greeting(g) => (s, e, ArtifactKind::ServerGreeting(g)),
                    })
                    .collect(),
                None => cmdlets::read_with_room(&norm.text, room),
            };
            #[cfg(target_arch = "wasm32")]
            let pieces = cmdlets::read_with_room(&norm.text, room);
            for (s, e, mut kind) in pieces {
                // The values' spans too point into the input.
                if let ArtifactKind::CmdletOutput(o) = &mut kind {
                    for v in &mut o.values {
                        let vs = c.orig(v.span.start);
                        v.span = Span::new(vs, c.orig(v.span.end).max(vs));
                    }
                }
                c.push_at_time(s, e, kind, None);
            }
            // A token's claims pasted as JSON, over as many lines as the object takes.
            for (s, e, kind) in claims::read(&norm.text, c.now) {
                c.push_at_time(s, e, kind, None);
            }
        }
        for (os, oe, kind, time) in std::mem::take(&mut c.distinct).omitted() {
            c.push_orig(os, oe, kind, time);
        }
        c.out
    }
}
