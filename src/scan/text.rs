//! Text plumbing for the scanner: undoing the escapings pasted text arrives in (HTML entities,
//! JSON/Python string escapes, quoted-printable), with a map from the normalised copy back to the
//! original bytes, plus small panic-free byte helpers.

use std::borrow::Cow;

/// A normalised copy of the input and the way back to original offsets.
pub struct Normalized<'a> {
    /// The text the detectors read.
    pub text: Cow<'a, str>,
    /// One map per normalisation pass, applied last-to-first to get back to the input.
    passes: Vec<Breaks>,
    /// Length of the original input.
    orig_len: usize,
}

/// Where a normalisation pass shortened the text: after every replacement, its offset in the
/// new text and how many bytes the replacements up to it removed. Nearly every replacement
/// removes one byte (`\"` → `"`), so only the offsets are kept, and the rare replacement that
/// removes more (`\u0041`, `&quot;`, a soft line break) is noted aside with the bytes removed
/// beyond one so far: half the memory of keeping both offsets (a log of escaped JSON records
/// has a replacement every few dozen bytes).
#[derive(Default)]
struct Breaks {
    /// Offset in the new text right after each replacement, increasing.
    at: Vec<usize>,
    /// `(index in at, bytes removed beyond one per replacement up to it)`, increasing.
    extra: Vec<(usize, usize)>,
}

impl Breaks {
    /// A map with room for `n` replacements: sized once, it never grows by doubling (on a
    /// log of escaped JSON records that would leave up to twice the room needed, and the old
    /// and the new room side by side while it moves).
    fn with_room(n: usize) -> Breaks {
        Breaks {
            at: Vec::with_capacity(n),
            extra: Vec::new(),
        }
    }

    /// Notes a replacement that ends at `at` in the new text and removed `removed` bytes (one
    /// or more).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn push(&mut self, at: usize, removed: usize) {
        if removed != 1 {
            let before = self.extra.last().map_or(0, |x| x.1);
            self.extra
                .push((self.at.len(), before + removed.saturating_sub(1)));
        }
        self.at.push(at);
    }

    fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    /// Offset `p` of the new text in the text before the pass: `p` plus the bytes removed by
    /// the replacements at or before it.
    fn back(&self, p: usize) -> usize {
        self.back_after(p, self.at.partition_point(|&a| a <= p))
    }

    /// [`Breaks::back`], looking for the replacements up to `p` from `hint` (the count found
    /// the last time) and leaving the count there.
    fn back_hinted(&self, p: usize, hint: &mut usize) -> usize {
        let at = &self.at;
        let mut n = (*hint).min(at.len());
        if n > 0 && at[n - 1] > p {
            // A few steps back (evidence on a line is filed out of order: a reply, then the
            // refusal inside it), then a search over what is left before.
            let mut steps = 0;
            while n > 0 && at[n - 1] > p {
                n -= 1;
                steps += 1;
                if steps == 8 {
                    n = at[..n].partition_point(|&a| a <= p);
                    break;
                }
            }
        } else {
            // A few steps forward, then a search over the rest.
            let mut steps = 0;
            while n < at.len() && at[n] <= p {
                n += 1;
                steps += 1;
                if steps == 8 {
                    n += at[n..].partition_point(|&a| a <= p);
                    break;
                }
            }
        }
        *hint = n;
        self.back_after(p, n)
    }

    /// `p` plus the bytes removed by the first `n` replacements.
    fn back_after(&self, p: usize, n: usize) -> usize {
        if n == 0 {
            return p;
        }
        let k = self.extra.partition_point(|&(i, _)| i < n);
        let extra = if k == 0 { 0 } else { self.extra[k - 1].1 };
        p + n + extra
    }
}

impl<'a> Normalized<'a> {
    /// Normalises `input`: up to two passes, each only when the text shows the escapes it undoes.
    pub fn new(input: &'a str) -> Normalized<'a> {
        Normalizing::new(input).finish()
    }

    /// A text read as it is (nothing to undo).
    pub fn plain(input: &'a str) -> Normalized<'a> {
        Normalized {
            text: Cow::Borrowed(input),
            passes: Vec::new(),
            orig_len: input.len(),
        }
    }

    /// [`Normalized::to_orig`] starting each pass's search where the last one ended (`hints`,
    /// one per pass, any values): evidence is mostly filed in the order of the text, so the
    /// way back costs a step or two instead of a search over every replacement.
    pub fn to_orig_hinted(&self, pos: usize, hints: &mut [usize; 2]) -> usize {
        let mut p = pos;
        for (k, map) in self.passes.iter().enumerate().rev() {
            p = match hints.get_mut(k) {
                Some(h) => map.back_hinted(p, h),
                None => map.back(p),
            };
        }
        p.min(self.orig_len)
    }

    /// Whether escapes were undone in this block (its text differs from the input's).
    pub fn undone(&self) -> bool {
        !self.passes.is_empty()
    }

    /// Maps an offset in the normalised text back to the original input.
    pub fn to_orig(&self, pos: usize) -> usize {
        let mut p = pos;
        for map in self.passes.iter().rev() {
            p = map.back(p);
        }
        p.min(self.orig_len)
    }
}

/// A [`Normalized`] made in steps of about a megabyte (undoing the escapes of a long log of
/// JSON records takes a while): the same passes as [`Normalized::new`], resumable.
pub struct Normalizing<'a> {
    input: &'a str,
    text: Cow<'a, str>,
    passes: Vec<Breaks>,
    /// The pass under way, or none when the next must be decided.
    pass: Option<Pass>,
    done: bool,
    /// The input is known to hold no quoted-printable marks (see [`Normalizing::not_qp`]).
    not_qp: bool,
}

/// A block longer than this has its new text sized exactly, by a counting pass first.
const LARGE_BLOCK: usize = 1 << 20;

/// One unescaping pass under way: where it is in the text, and what it wrote so far.
struct Pass {
    qp: bool,
    at: usize,
    out: Vec<u8>,
    map: Breaks,
    /// A byte that can start an escape or belong to a mark of quoted-printable text was written
    /// in place of an escape, or kept where no escape stood (see [`Written::marks`]).
    marks: bool,
}

/// The bytes that can start an escape (`\`, `&`, quoted-printable's `=`) and the bytes of the
/// marks of quoted-printable text (`=3D`, `quoted-printable`): a pass that writes none of them
/// in place of an escape cannot make an escape or a mark that the text it read did not have.
static MARK_BYTES: [bool; 256] = crate::scan::byte_set(b"\\&=3Dquoted-printable");

impl<'a> Normalizing<'a> {
    /// Bytes read per [`Normalizing::step`].
    pub const STEP: usize = 1 << 20;

    /// Nothing undone yet.
    pub fn new(input: &'a str) -> Normalizing<'a> {
        Normalizing {
            input,
            text: Cow::Borrowed(input),
            passes: Vec::new(),
            pass: None,
            done: false,
            not_qp: false,
        }
    }

    /// [`Normalizing::new`] of a part of a text in which [`blocks`] found no quoted-printable
    /// marks: the first pass need not look for them again.
    pub fn not_qp(input: &'a str) -> Normalizing<'a> {
        Normalizing {
            not_qp: true,
            ..Normalizing::new(input)
        }
    }

    /// Undoes escapes in about [`Normalizing::STEP`] bytes of text. Returns true when done.
    pub fn step(&mut self) -> bool {
        if self.done {
            return true;
        }
        let mut pass = match self.pass.take() {
            Some(p) => p,
            None => {
                let b = self.text.as_bytes();
                // A part of a text without the marks has none either (only the first pass reads
                // the input; a later one reads what the first made).
                let qp = !(self.not_qp && self.passes.is_empty()) && looks_quoted_printable(b);
                if self.passes.len() >= 2 || !needs_pass(b, qp) {
                    self.done = true;
                    return true;
                }
                // A large block's new text and map sized exactly (see `unescaped_len`); a small
                // one's text to the block and its map to the escapes it can hold, without the
                // counting pass.
                // Natively the room sized to the block is asked for without being touched (the
                // pages past the written text are never mapped in), so the counting pass is
                // spared there.
                let (room, replacements) = if b.len() > LARGE_BLOCK && cfg!(target_arch = "wasm32")
                {
                    unescaped_len(b, qp)
                } else {
                    (b.len(), escapes_at_most(b, qp))
                };
                Pass {
                    qp,
                    at: 0,
                    out: Vec::with_capacity(room),
                    map: Breaks::with_room(replacements),
                    marks: false,
                }
            }
        };
        let b = self.text.as_bytes();
        let stop = pass.at.saturating_add(Self::STEP);
        pass.at = unescape_until(
            b,
            pass.qp,
            pass.at,
            stop,
            &mut Written {
                out: &mut pass.out,
                map: &mut pass.map,
                marks: &mut pass.marks,
            },
        );
        if pass.at < b.len() {
            self.pass = Some(pass);
            return false;
        }
        // The first pass over a text without quoted-printable marks that wrote no byte of an
        // escape or a mark in place of one leaves a text without either: no second pass (the
        // search for them over the new text is spared).
        let last = self.not_qp && self.passes.is_empty() && !pass.qp && !pass.marks;
        match String::from_utf8(pass.out) {
            Ok(next) if !(next.len() == b.len() && pass.map.is_empty()) => {
                self.text = Cow::Owned(next);
                self.passes.push(pass.map);
                self.done = last;
                last
            }
            _ => {
                self.done = true;
                true
            }
        }
    }

    /// Bytes of the input read by the first pass so far (all of them once it is over: a second
    /// pass, for text escaped twice, is rare).
    pub fn progress(&self) -> usize {
        match &self.pass {
            _ if self.done || !self.passes.is_empty() => self.input.len(),
            Some(p) => p.at.min(self.input.len()),
            None => 0,
        }
    }

    /// Undoes what is left.
    pub fn finish(mut self) -> Normalized<'a> {
        while !self.step() {}
        Normalized {
            text: self.text,
            passes: self.passes,
            orig_len: self.input.len(),
        }
    }
}

/// Whether `b` carries quoted-printable marks. (Asked of a whole paste: a vector search, where
/// the walk over a first byte would stop at every `=` and `q` of a log.) Both marks are looked
/// for a window at a time, so the second search reads the window from the cache: two searches
/// of a whole 50 MB log read it from memory twice.
fn looks_quoted_printable(b: &[u8]) -> bool {
    let mut from = 0;
    while from < b.len() {
        if qp_marks_in(b, from, WINDOW) {
            return true;
        }
        from += WINDOW;
    }
    false
}

/// How much of a text [`looks_quoted_printable`] and [`blocks_qp`] search at a time (and the
/// record reader's needles, `cmdlets::AHEAD`): a window read twice is read from the cache.
pub(crate) const WINDOW: usize = 64 * 1024;

/// Whether a quoted-printable mark starts in `b[from..from + win]` (the window is read on by
/// the longer mark's length less one, so that each place lies wholly in one window).
fn qp_marks_in(b: &[u8], from: usize, win: usize) -> bool {
    let w = b
        .get(from..b.len().min(from.saturating_add(win).saturating_add(15)))
        .unwrap_or(&[]);
    memchr::memmem::find(w, b"=3D").is_some()
        || memchr::memmem::find(w, b"quoted-printable").is_some()
}

fn needs_pass(b: &[u8], qp: bool) -> bool {
    if qp {
        return true;
    }
    let mut i = 0;
    while let Some(off) = memchr::memchr2(b'\\', b'&', &b[i..]) {
        let at = i + off;
        if escape_at(b, at) {
            return true;
        }
        i = at + 1;
    }
    false
}

/// At least as many as the replacements a pass over `b` makes: every replacement starts at a
/// `\`, a `&` or, quoted-printable, a `=`, and two never start at the same byte. (Counting
/// one byte over the text is vector code, [`count_byte`], a fraction of an instruction a byte.)
fn escapes_at_most(b: &[u8], qp: bool) -> usize {
    let count = |c: u8| count_byte(b, c);
    count(b'\\') + count(b'&') + if qp { count(b'=') } else { 0 }
}

/// Whether the `\` or `&` at `at` starts an escape the normaliser undoes.
fn escape_at(b: &[u8], at: usize) -> bool {
    if b[at] == b'\\' {
        matches!(
            b.get(at + 1),
            Some(b'"' | b'n' | b'r' | b't' | b'/' | b'u' | b'x' | b'\\' | b'\'' | b'_' | b'*')
        )
    } else {
        entity_at(b, at).is_some() || url_value_at(b, at).is_some()
    }
}

/// The value of an `&error_description=` query parameter at `at` (which holds `&`), when it
/// is URL-encoded (`%3a`, `+`): where it starts and ends. Entra's redirect to a reply address
/// (`?error=…&error_description=AADSTS50011%3a+The+redirect+URI…`) carries its message so, and
/// an admin pastes the address bar or a web server's log line.
#[inline(never)]
fn url_value_at(b: &[u8], at: usize) -> Option<(usize, usize)> {
    const KEY: &[u8] = b"&error_description=";
    let key = b.get(at..at + KEY.len())?;
    if !key.eq_ignore_ascii_case(KEY) {
        return None;
    }
    let vs = at + KEY.len();
    let ve = b[vs..]
        .iter()
        .position(|&c| c.is_ascii_whitespace() || matches!(c, b'&' | b'"' | b'<' | b'>' | b'`'))
        .map_or(b.len(), |p| vs + p);
    let v = &b[vs..ve];
    let encoded = v.contains(&b'+') || (0..v.len()).any(|i| percent_at(v, i).is_some());
    encoded.then_some((vs, ve))
}

/// The character a `%XX` escape (or a run of them, for one UTF-8 character) at `i` stands for,
/// with the escape's length. Control characters other than tab and line breaks, and bytes that
/// form no character, are not escapes here (the new text stays valid UTF-8 and printable).
fn percent_at(b: &[u8], i: usize) -> Option<([u8; 4], usize, usize)> {
    if b.get(i) != Some(&b'%') {
        return None;
    }
    let first = hex_at(b, i + 1, 2)? as u8;
    let n = match first {
        b'\t' | b'\n' | b'\r' | 0x20..=0x7E => 1,
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut buf = [first, 0, 0, 0];
    for (k, slot) in buf.iter_mut().enumerate().take(n).skip(1) {
        if b.get(i + 3 * k) != Some(&b'%') {
            return None;
        }
        *slot = hex_at(b, i + 3 * k + 1, 2)? as u8;
    }
    std::str::from_utf8(&buf[..n]).ok()?;
    Some((buf, n, 3 * n))
}

/// Writes the URL-encoded `value` decoded: `+` as a blank (the same length), each `%XX` as the
/// character it stands for. (Out of line: rare, and the pass's loop stays small.)
#[inline(never)]
fn url_decode_into(value: &[u8], out: &mut impl Sink) {
    let mut i = 0;
    while i < value.len() {
        match value[i] {
            b'+' => {
                out.put(b" ");
                i += 1;
            }
            b'%' => match percent_at(value, i) {
                Some((bytes, n, len)) => {
                    out.replaced(&bytes.as_slice()[..n], len);
                    i += len;
                }
                None => {
                    out.put(b"%");
                    i += 1;
                }
            },
            _ => {
                let run = value[i..]
                    .iter()
                    .position(|&c| c == b'+' || c == b'%')
                    .map_or(value.len(), |p| i + p);
                out.put(&value[i..run]);
                i = run;
            }
        }
    }
}

/// Words a wrapped sentence often breaks after, where the next line may start with a capital
/// ("… is disabled for the" / "Mailbox."), in English and German.
const BREAK_AFTER: crate::catalogue::Words = crate::words![
    "a", "an", "the", "to", "of", "is", "are", "was", "for", "and", "or", "with", "not", "be",
    "in", "on", "from", "at", "by", "as", "that", "this", "has", "your", "der", "die", "das",
    "den", "dem", "des", "ein", "eine", "und", "oder", "nicht", "ist",
];

/// The length of a mail quote's prefix at the start of `l`: `>`s, each maybe followed by a blank.
fn quote_prefix(l: &[u8]) -> usize {
    let mut i = 0;
    while l.get(i) == Some(&b'>') {
        i += 1;
        if l.get(i) == Some(&b' ') {
            i += 1;
        }
    }
    i
}

/// Whether the line at `[s, e)` of `b` was a line of its own before `s`: a log's next entry
/// (a service repeating itself), not the continuation of a wrapped line.
fn line_before(b: &[u8], s: usize, e: usize) -> bool {
    let line = &b[s..e];
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    !line.is_empty()
        && b[..s]
            .split(|&c| c == b'\n')
            .any(|l| l.strip_suffix(b"\r").unwrap_or(l) == line)
}

/// The line breaks of `b` that wrap a sentence rather than end a line, a console's or a mail
/// quote's wrapping (`… Access is` / `denied. For more …`), as the byte ranges that become
/// blanks: the break, a `\r` before it, and the next line's quote prefix when both lines carry
/// the same one (`> `). A break is taken as a wrap when the line before it has at least 40
/// bytes and ends in a letter, digit or comma, and the next line starts at its first column
/// (after the quote prefix) with a letter, or a quote or bracket before one: a lower-case letter,
/// or any after a word a sentence breaks after (`the`, `to`, `or`, `der` …). The next line must
/// not start a new entry: its first two words do not end in `:` (`Caused by:`), the first holds
/// no `=` and differs from the line before's first word (a repeated prefix such as
/// `fetchmail:`). The words at the break are at most 30 bytes long (a wrapped base64 block's
/// lines stay apart), a `PS …>` prompt line is never joined, nor a table's header and row (both
/// with runs of three blanks inside). A line ending in a label's colon is
/// joined to a URL (`Not Found for url:` / `https://…`) and an Entra code to its message
/// (`AADSTS7000218:` / `The request body …`).
fn soft_wraps(b: &[u8]) -> Vec<(usize, usize)> {
    let columns = |l: &[u8]| memchr::memmem::find(l.trim_ascii(), b"   ").is_some();
    let mut out = Vec::new();
    let mut ls = 0;
    while let Some(o) = memchr::memchr(b'\n', &b[ls..]) {
        let nl = ls + o;
        let next = nl + 1;
        let ne = memchr::memchr(b'\n', &b[next..]).map_or(b.len(), |p| next + p);
        let (a, nb) = (&b[ls..nl], &b[next..ne]);
        let (qa, qb) = (quote_prefix(a), quote_prefix(nb));
        let a_end = a.len()
            - a.iter()
                .rev()
                .take_while(|c| c.is_ascii_whitespace())
                .count();
        let (a, nb) = (&a[qa.min(a_end)..a_end], &nb[qb..]);
        let lead = usize::from(matches!(
            nb.first(),
            Some(b'\'' | b'"' | b'(' | b'[' | b'`')
        ));
        // A label's colon before a wrapped value: a URL ("Not Found for url:" / "https://…") or
        // an Entra code's message ("AADSTS7000218:" / "The request body must …").
        let colon_value = a.last() == Some(&b':')
            && (nb.starts_with(b"http://") || nb.starts_with(b"https://") || {
                // The line ends in `AADSTS` and its digits, and the colon.
                let head = &a[..a.len() - 1];
                let digits = head.iter().rev().take_while(|c| c.is_ascii_digit()).count();
                digits >= 5 && head[..head.len() - digits].ends_with(b"AADSTS")
            });
        // Both lines carry the same quote prefix, and the first is long enough to be wrapped.
        let same_prefix = qa == qb && b[ls..ls + qa] == b[next..next + qb] && a.len() >= 40;
        let sentence = same_prefix
            && a.last()
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b',')
            && nb.get(lead).is_some_and(u8::is_ascii_alphabetic)
            && !a.starts_with(b"PS ")
            && {
                let word = |l: &'_ [u8]| -> usize {
                    l.iter()
                        .position(|&c| c == b' ' || c == b'\t')
                        .unwrap_or(l.len())
                };
                let first_b = &nb[..word(nb)];
                let after_first = nb.get(first_b.len() + 1..).unwrap_or_default();
                let second_b = &after_first[..word(after_first)];
                let first_a = &a[..word(a)];
                let last_a = &a[a.iter().rposition(|&c| c == b' ').map_or(0, |p| p + 1)..];
                let after_word = BREAK_AFTER.contains_ignore_ascii_case(last_a);
                // Words of a sentence, not the lines of a wrapped base64 or hex block.
                (nb[lead].is_ascii_lowercase() || after_word)
                    && last_a.len() <= 30
                    && first_b.len() <= 30
                    && !first_b.ends_with(b":")
                    && !second_b.ends_with(b":")
                    && !first_b.contains(&b'=')
                    && first_b != first_a
                    // Not a table's header and row (columns: runs of blanks inside both).
                    && !(columns(a) && columns(nb))
            };
        if (sentence || (same_prefix && colon_value)) && !line_before(b, next, ne) {
            let from = if nl > 0 && b[nl - 1] == b'\r' {
                nl - 1
            } else {
                nl
            };
            out.push((from, next + qb));
        }
        ls = next;
    }
    out
}

/// Joins the wrapped lines of a short paste (see [`soft_wraps`]): each such line break (with a
/// `\r` before it and a quote prefix after it) becomes blanks, so a message wrapped by a console
/// or a mail quote reads as the one line it was (phrases are looked for with each run of blanks
/// read as one). The text keeps its length, so offsets stay those of the input, and the lines of
/// the evidence are still counted in the input. Returns whether a line was joined.
pub fn join_soft_wraps(text: &mut Cow<'_, str>) -> bool {
    let at = soft_wraps(text.as_bytes());
    blank_ranges(text, &at)
}

/// Turns each no-break space of `text` (U+00A0, and the narrow U+202F), which text copied from
/// a web page, a chat or a mail client carries in place of blanks, into as many blanks as it
/// has bytes: words are then split there, phrases match (a run of blanks reads as one), and
/// the text keeps its length. The invisible characters such copies carry too (a byte-order
/// mark inside the text, zero-width spaces and joiners U+200B–U+200D, the word joiner U+2060,
/// the soft hyphen U+00AD) become blanks the same way: a phrase right after one is then read
/// (`zum \u{FEFF}HTTP-Proxy`). Returns whether one was found.
pub fn blank_nbsp(text: &mut Cow<'_, str>) -> bool {
    let b = text.as_bytes();
    // Read only in texts up to a few hundred kilobytes: a plain pass over each character's last
    // byte (`C2 A0`, `C2 AD`, `E2 80 AF`, `E2 80 8B`–`8D`, `E2 81 A0`, `EF BB BF`).
    let mut at = Vec::new();
    for i in 1..b.len() {
        let (p, q) = (b[i - 1], if i >= 2 { b[i - 2] } else { 0 });
        match b[i] {
            0xA0 | 0xAD if p == 0xC2 => at.push((i - 1, i + 1)),
            0xAF | 0x8B..=0x8D if q == 0xE2 && p == 0x80 => at.push((i - 2, i + 1)),
            0xA0 if q == 0xE2 && p == 0x81 => at.push((i - 2, i + 1)),
            0xBF if q == 0xEF && p == 0xBB => at.push((i - 2, i + 1)),
            _ => {}
        }
    }
    blank_ranges(text, &at)
}

/// Markup tags whose name says nothing about an error: HTML's, which a page's or a mail's source
/// glues to the words (`<p>AUTHENTICATE failed.</p>`, `<br>`, `<span class="x">`), and the
/// containers of an event's XML view (`<Data>`, `<Message>`, `<Description>`). (Not SOAP's or
/// EWS's: those name what they hold and are read.)
const HTML_TAGS: crate::catalogue::Words = crate::words![
    "a",
    "b",
    "blockquote",
    "body",
    "br",
    "code",
    "data",
    "description",
    "div",
    "em",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "head",
    "hr",
    "html",
    "i",
    "kbd",
    "li",
    "message",
    "ol",
    "p",
    "pre",
    "samp",
    "small",
    "span",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "title",
    "tr",
    "tt",
    "ul",
];

/// Turns each HTML markup tag of `text` (see [`HTML_TAGS`]; with its attributes, on one line)
/// into as many blanks as it has bytes, so the words it was glued to are read; the text keeps
/// its length. Returns whether one was found.
pub fn blank_html_tags(text: &mut Cow<'_, str>) -> bool {
    let b = text.as_bytes();
    let mut at = Vec::new();
    for s in (0..b.len()).filter(|&i| b[i] == b'<') {
        let name_s = s + 1 + usize::from(b.get(s + 1) == Some(&b'/'));
        let name_e = b[name_s..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .map_or(b.len(), |p| name_s + p);
        let name = &b[name_s..name_e];
        if !HTML_TAGS.contains_ignore_ascii_case(name) {
            continue;
        }
        // Its end: `>` right after the name (or `/>`), or after attributes on the same line.
        let tail = &b[name_e..b.len().min(name_e + 300)];
        let end = match tail.first() {
            Some(b'>') => Some(1),
            Some(b'/') if tail.get(1) == Some(&b'>') => Some(2),
            Some(b' ' | b'\t') => tail
                .iter()
                .position(|&c| matches!(c, b'>' | b'<' | b'\n'))
                // Attributes are `name=value` (`<b and c>` is prose, not a tag).
                .filter(|&p| {
                    let attrs = &tail[..p];
                    tail[p] == b'>'
                        && (attrs.contains(&b'=')
                            || attrs.iter().all(|c| matches!(c, b' ' | b'\t' | b'/')))
                })
                .map(|p| p + 1),
            _ => None,
        };
        if let Some(n) = end {
            at.push((s, name_e + n));
        }
    }
    blank_ranges(text, &at)
}

/// Replaces each byte range of `text` (whole characters, or ASCII bytes) with as many blanks;
/// returns whether there was one.
fn blank_ranges(text: &mut Cow<'_, str>, ranges: &[(usize, usize)]) -> bool {
    if ranges.is_empty() {
        return false;
    }
    let mut b = std::mem::take(text).into_owned().into_bytes();
    for &(s, e) in ranges {
        b[s..e].fill(b' ');
    }
    // Whole characters became ASCII blanks: still UTF-8.
    *text = Cow::Owned(String::from_utf8(b).unwrap_or_else(|e| lossy(e.as_bytes())));
    true
}

/// Splits `input` into runs of whole lines `(start, end, escaped)`: runs whose lines show an
/// escape (JSON/Python backslash escapes, Markdown's `\_` and `\*`, HTML entities) are
/// `escaped`; quoted-printable text is one escaped run. Consecutive escaped lines form one run,
/// so multi-line JSON stays together.
#[cfg(test)]
pub fn blocks(input: &str) -> Vec<(usize, usize, bool)> {
    blocks_qp(input).0
}

/// [`blocks`], and whether the text is quoted-printable (then it is one escaped block).
pub fn blocks_qp(input: &str) -> (Vec<(usize, usize, bool)>, bool) {
    blocks_qp_by(input, WINDOW)
}

/// [`blocks_qp`], the text searched `win` bytes at a time: the escapes of a window are looked
/// for right after its quoted-printable marks, while it is in the cache (a quoted-printable
/// text found later makes them moot). A window as long as the text searches the whole text for
/// the marks first.
fn blocks_qp_by(input: &str, win: usize) -> (Vec<(usize, usize, bool)>, bool) {
    let b = input.as_bytes();
    let qp = || (vec![(0, b.len(), true)], true);
    // The marks are looked for up to here.
    let mut marks_to = 0;
    let line_end =
        |from: usize| memchr::memchr(b'\n', &b[from..]).map_or(b.len(), |p| from + p + 1);
    let mut out: Vec<(usize, usize, bool)> = Vec::new();
    let mut plain_start = 0;
    let mut i = 0usize;
    loop {
        let w_end = b.len().min(i.saturating_add(win));
        // The marks first, as far as the escapes are looked for next.
        while marks_to < w_end {
            if qp_marks_in(b, marks_to, win) {
                return qp();
            }
            marks_to = marks_to.saturating_add(win);
        }
        if i >= b.len() {
            break;
        }
        let Some(off) = memchr::memchr2(b'\\', b'&', &b[i..w_end]) else {
            i = w_end;
            continue;
        };
        let at = i + off;
        i = at + 1;
        if !escape_at(b, at) {
            continue;
        }
        // The whole line around it, extended over the following lines that carry escapes too.
        let ls = memchr::memrchr(b'\n', &b[..at])
            .map_or(0, |p| p + 1)
            .max(plain_start);
        let mut le = line_end(at);
        while le < b.len() {
            let next_end = line_end(le);
            if !needs_pass(&b[le..next_end], false) {
                break;
            }
            le = next_end;
        }
        if ls > plain_start {
            out.push((plain_start, ls, false));
        }
        match out.last_mut() {
            Some(last) if last.2 && last.1 == ls => last.1 = le,
            _ => out.push((ls, le, true)),
        }
        plain_start = le;
        i = le;
    }
    if plain_start < b.len() || out.is_empty() {
        out.push((plain_start, b.len(), false));
    }
    (out, false)
}

/// Recognises an HTML entity at `at` (which holds `&`): (replacement, length).
fn entity_at(b: &[u8], at: usize) -> Option<(&'static str, usize)> {
    const ENTITIES: [(&[u8], &str); 12] = [
        (b"&quot;", "\""),
        (b"&#34;", "\""),
        (b"&#x22;", "\""),
        (b"&apos;", "'"),
        (b"&#39;", "'"),
        (b"&#x27;", "'"),
        (b"&lt;", "<"),
        (b"&gt;", ">"),
        (b"&amp;", "&"),
        (b"&nbsp;", " "),
        (b"&#10;", "\n"),
        (b"&#13;", "\r"),
    ];
    let rest = b.get(at..)?;
    ENTITIES
        .iter()
        .find(|(pat, _)| rest.starts_with(pat))
        .map(|(pat, rep)| (*rep, pat.len()))
}

fn hex_val(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

fn hex_at(b: &[u8], at: usize, n: usize) -> Option<u32> {
    let part = b.get(at..at + n)?;
    let mut v = 0u32;
    for &c in part {
        v = v * 16 + hex_val(c)?;
    }
    Some(v)
}

/// Where an unescaping pass writes: the new text and its map back ([`Written`]), or only the
/// count of bytes it would write ([`Counted`]).
trait Sink {
    fn put(&mut self, bytes: &[u8]);
    /// After `bytes` replaced an escape of `len` bytes.
    fn replaced(&mut self, bytes: &[u8], len: usize);
    /// A byte that can start an escape was kept as it is, or a URL-encoded value is written.
    fn mark(&mut self) {}
    /// The first `n` of the sixteen bytes `q` (natively: see `unescape_until`).
    #[cfg(not(target_arch = "wasm32"))]
    fn put_head(&mut self, q: &[u8; 16], n: usize) {
        self.put(&q[..n.min(16)]);
    }
}

/// The new text and its map back.
struct Written<'o> {
    out: &'o mut Vec<u8>,
    map: &'o mut Breaks,
    /// Set when a byte of [`MARK_BYTES`] was written in place of an escape, or one that can
    /// start an escape was kept where none stood, or a URL-encoded value was decoded: only then
    /// can the new text hold an escape or a quoted-printable mark.
    marks: &'o mut bool,
}

// Inlined into the pass's loop natively (called for every escape of a log of JSON records).
impl Sink for Written<'_> {
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn put(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn replaced(&mut self, bytes: &[u8], len: usize) {
        // (Mostly one byte, pushed: a copy of a slice is a call in the page.)
        match bytes {
            [c] => self.out.push(*c),
            _ => self.out.extend_from_slice(bytes),
        }
        self.map.push(self.out.len(), len - bytes.len());
        for &c in bytes {
            *self.marks |= MARK_BYTES[c as usize];
        }
    }

    fn mark(&mut self) {
        *self.marks = true;
    }

    /// Natively: the sixteen bytes copied whole and the copy cut back (one vector store where a
    /// copy of `n` bytes is a call). The new text is never longer than the text read, and its
    /// room is the block's (see `Normalizing::step`): the copy never moves it.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    fn put_head(&mut self, q: &[u8; 16], n: usize) {
        let len = self.out.len();
        self.out.extend_from_slice(q);
        self.out.truncate(len + n);
    }
}

/// The length of the new text and the number of replacements only.
struct Counted(usize, usize);

impl Sink for Counted {
    fn put(&mut self, bytes: &[u8]) {
        self.0 += bytes.len();
    }

    fn replaced(&mut self, bytes: &[u8], _len: usize) {
        self.0 += bytes.len();
        self.1 += 1;
    }
}

/// The length of the text a pass over `b` writes, and the replacements it makes: a large
/// block's new text and map are sized to them exactly. (Sized to `b`, the room asked for exceeds
/// the room a paste's text just freed in the page's memory, which then grows by another copy of
/// the paste; a log of JSON records is one block of escaped lines. The count of replacements
/// also spares a count of the bytes that can start one.)
fn unescaped_len(b: &[u8], qp: bool) -> (usize, usize) {
    let mut n = Counted(0, 0);
    unescape_until(b, qp, 0, usize::MAX, &mut n);
    (n.0, n.1)
}

/// The offset from `from` of the next byte of `b` that can start an escape (`\\`, `&`, and `=`
/// in quoted-printable text): the next sixteen bytes with vector compares first (escapes often
/// stand close together: `\\"…\\"`, `\\r\\n`), then a `memchr` call.
fn escape_start(b: &[u8], from: usize, qp: bool) -> Option<usize> {
    use crate::secrets::eq16;
    let far = |from: usize| {
        if qp {
            memchr::memchr3(b'\\', b'&', b'=', &b[from..])
        } else {
            memchr::memchr2(b'\\', b'&', &b[from..])
        }
    };
    match b.get(from..from + 16) {
        Some(q) => match eq16(q, b'\\') | eq16(q, b'&') | if qp { eq16(q, b'=') } else { 0 } {
            0 => far(from + 16).map(|o| o + 16),
            m => Some(m.trailing_zeros() as usize),
        },
        None => far(from),
    }
}

/// One unescaping pass over `b` from `from`, until at least `stop` is reached (an escape is
/// never split): writes the new text to `out` (with [`Written`], recording each replacement in
/// the map: where it ends in the new text and how many bytes it removed), and returns where it
/// stopped.
fn unescape_until(b: &[u8], qp: bool, from: usize, stop: usize, out: &mut impl Sink) -> usize {
    // A replacement: up to four bytes, how many of them, and the length of the escape.
    let one = |c: u8, len: usize| Some(([c, 0, 0, 0], 1usize, len));
    let mut i = from;
    while i < b.len() && i < stop {
        // Copy the plain run up to the next byte that can start an escape: natively sixteen
        // bytes a step, each step's bytes copied whole (the last one's cut back to the escape),
        // the last few bytes of the text as below.
        #[cfg(not(target_arch = "wasm32"))]
        {
            use crate::secrets::eq16;
            let mut at_escape = false;
            while let Some(Ok(q)) = b.get(i..i + 16).map(<&[u8; 16]>::try_from) {
                let m = eq16(q, b'\\') | eq16(q, b'&') | if qp { eq16(q, b'=') } else { 0 };
                if m == 0 {
                    out.put(q);
                    i += 16;
                    continue;
                }
                let o = m.trailing_zeros() as usize;
                out.put_head(q, o);
                i += o;
                at_escape = true;
                break;
            }
            if !at_escape && i >= b.len() {
                break;
            }
        }
        let next = escape_start(b, i, qp);
        match next {
            Some(0) => {}
            Some(o) => {
                out.put(&b[i..i + o]);
                i += o;
            }
            None => {
                out.put(&b[i..]);
                i = b.len();
                break;
            }
        }
        let c = b[i];
        let mut rep: Option<([u8; 4], usize, usize)> = None;
        match c {
            b'\\' => {
                if let Some(&n) = b.get(i + 1) {
                    rep = match n {
                        // JSON's and Python's escapes, and Markdown's `\_` and `\*` (a post's
                        // source writes `invalid\_client`).
                        b'"' | b'\'' | b'/' | b'\\' | b'_' | b'*' => one(n, 2),
                        b'n' => one(b'\n', 2),
                        b'r' => one(b'\r', 2),
                        b't' => one(b'\t', 2),
                        b'u' => hex_at(b, i + 2, 4).and_then(|v| {
                            char::from_u32(v).map(|ch| {
                                let mut buf = [0u8; 4];
                                let n = ch.encode_utf8(&mut buf).len();
                                (buf, n, 6)
                            })
                        }),
                        b'x' => hex_at(b, i + 2, 2)
                            .filter(|&v| v < 0x80)
                            .and_then(|v| one(v as u8, 4)),
                        _ => None,
                    };
                }
            }
            b'&' => {
                if let Some((r, len)) = entity_at(b, i) {
                    rep = r.as_bytes().first().and_then(|&c| one(c, len));
                } else if let Some((vs, ve)) = url_value_at(b, i) {
                    out.mark();
                    out.put(&b[i..vs]);
                    url_decode_into(&b[vs..ve], out);
                    i = ve;
                    continue;
                }
            }
            b'=' if qp => {
                if b.get(i + 1) == Some(&b'\n') {
                    rep = Some(([0; 4], 0, 2));
                } else if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                    rep = Some(([0; 4], 0, 3));
                } else if let Some(v) = hex_at(b, i + 1, 2) {
                    let upper = b.get(i + 1..i + 3).is_some_and(|h| {
                        h.iter()
                            .all(|x| x.is_ascii_digit() || x.is_ascii_uppercase())
                    });
                    if upper && v < 0x80 && (v == 0x3D || v == 0x20 || v == 0x09 || v >= 0x21) {
                        rep = one(v as u8, 3);
                    }
                }
            }
            _ => {}
        }
        match rep {
            Some((bytes, n, len)) => {
                out.replaced(&bytes.as_slice()[..n], len);
                i += len;
            }
            None => {
                out.mark();
                out.put(&[c]);
                i += 1;
            }
        }
    }
    i
}

/// Moves `pos` down to the nearest char boundary of `s`.
pub fn floor_boundary(s: &str, pos: usize) -> usize {
    let mut p = pos.min(s.len());
    while p > 0 && !s.is_char_boundary(p) {
        p -= 1;
    }
    p
}

/// Moves `pos` up to the nearest char boundary of `s`.
pub fn ceil_boundary(s: &str, pos: usize) -> usize {
    let mut p = pos.min(s.len());
    while p < s.len() && !s.is_char_boundary(p) {
        p += 1;
    }
    p
}

/// `b[a..e]`, clamped, never panicking.
pub fn sl(b: &[u8], a: usize, e: usize) -> &[u8] {
    let e = e.min(b.len());
    let a = a.min(e);
    &b[a..e]
}

/// Lossy string of a byte range.
pub fn lossy(b: &[u8]) -> String {
    // Valid UTF-8 (nearly always) is checked by the standard library's fast path and copied;
    // only invalid bytes take the replacing walk.
    match std::str::from_utf8(b) {
        Ok(s) => s.to_owned(),
        Err(_) => String::from_utf8_lossy(b).into_owned(),
    }
}

/// The byte pairs a (folded) line holds, as a set of 4096 bits: a needle one of whose pairs is
/// missing does not occur in the line, so most of a known-text table's needles are ruled out by
/// two bit tests instead of a search each (reading a short paste's every line against the tables
/// was nine tenths of its analysis). A filter only: a needle it lets through is still searched.
pub struct Pairs([u64; 64]);

impl Pairs {
    /// The bit of the pair `a`, `b`.
    #[inline(always)]
    pub fn bit(a: u8, b: u8) -> usize {
        ((u32::from(a) << 8 | u32::from(b)).wrapping_mul(0x9E37_79B1) >> 20) as usize
    }

    /// The pairs of `line`.
    pub fn of(line: &[u8]) -> Self {
        let mut set = [0u64; 64];
        for w in line.windows(2) {
            let i = Self::bit(w[0], w[1]);
            set[i >> 6] |= 1 << (i & 63);
        }
        Pairs(set)
    }

    /// The number of bits.
    pub const BITS: usize = 4096;

    #[inline(always)]
    fn has_bit(&self, i: usize) -> bool {
        self.0[i >> 6] & (1 << (i & 63)) != 0
    }

    /// The bits of the pairs that stand for `needle`: its first, middle and last (none for a
    /// needle shorter than a pair).
    #[inline(always)]
    pub fn needle_bits(needle: &[u8]) -> Option<[usize; 3]> {
        let n = needle.len();
        if n < 2 {
            return None;
        }
        let m = (n - 1) / 2;
        Some([
            Self::bit(needle[0], needle[1]),
            Self::bit(needle[m], needle[m + 1]),
            Self::bit(needle[n - 2], needle[n - 1]),
        ])
    }

    /// Whether `needle` may occur in the line: false only when it cannot (one of its
    /// [`Pairs::needle_bits`] is missing).
    pub fn may_hold(&self, needle: &[u8]) -> bool {
        Self::needle_bits(needle).is_none_or(|bits| bits.iter().all(|&i| self.has_bit(i)))
    }
}

/// A line folded for the known texts' needles ([`crate::i18n::fold_case_bytes`]) with its
/// [`Pairs`]: the one way a line is read against a table of lower-case needles.
pub struct FoldedLine {
    /// The folded bytes.
    pub lower: Vec<u8>,
    pairs: Pairs,
}

impl FoldedLine {
    /// `line` folded, in the form phrases are looked for in ([`crate::i18n::match_form`]).
    pub fn new(line: &[u8]) -> Self {
        let mut lower = crate::i18n::fold_case_bytes(line);
        crate::i18n::match_form(&mut lower);
        let pairs = Pairs::of(&lower);
        FoldedLine { lower, pairs }
    }

    /// Whether the line holds a pair of [`Pairs`] bit `bit` (below [`Pairs::BITS`]).
    #[inline(always)]
    pub fn has_pair_bit(&self, bit: usize) -> bool {
        self.pairs.has_bit(bit)
    }

    /// Whether the (lower-case) needle occurs in the folded line (searched, no filter).
    pub fn finds(&self, needle: &[u8]) -> bool {
        find(&self.lower, needle).is_some()
    }

    /// The [`Pairs`] bits the folded line's pairs set, each once, in ascending order.
    pub fn pair_bits(&self) -> impl Iterator<Item = usize> + '_ {
        self.pairs.0.iter().enumerate().flat_map(|(i, &word)| {
            let mut w = word;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let b = w.trailing_zeros() as usize;
                    w &= w - 1;
                    i * 64 + b
                })
            })
        })
    }

    /// Whether the (lower-case) needle occurs in the folded line.
    pub fn has(&self, needle: &str) -> bool {
        let n = needle.as_bytes();
        self.pairs.may_hold(n) && find(&self.lower, n).is_some()
    }
}

/// ASCII case-insensitive search of `needle` (given in lower case) in `hay`.
pub fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    if hay.len() < needle.len() || first.is_ascii_uppercase() {
        return None;
    }
    // A letter matches in either case: `| 0x20` folds exactly its capital onto it.
    let fold = if first.is_ascii_lowercase() { 0x20 } else { 0 };
    let at = |i: usize| {
        hay[i] | fold == first
            && hay[i + 1..i + needle.len()]
                .iter()
                .zip(rest)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
    };
    let last = hay.len() - needle.len();
    // Eight start positions at a time: the bytes equal to `first` (after folding) are the zero
    // bytes of `word ^ pattern`, found with the carry trick; each flagged one is then checked.
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pattern = LO * u64::from(first);
    let folding = LO * u64::from(fold);
    let mut i = 0;
    while i + 8 <= last + 1 {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&hay[i..i + 8]);
        let x = (u64::from_le_bytes(chunk) | folding) ^ pattern;
        let mut zeros = x.wrapping_sub(LO) & !x & HI;
        while zeros != 0 {
            let j = i + (zeros.trailing_zeros() / 8) as usize;
            if at(j) {
                return Some(j);
            }
            zeros &= zeros - 1;
        }
        i += 8;
    }
    (i..=last).find(|&j| at(j))
}

/// Case-sensitive substring search (the one the secret masker uses too).
pub(crate) use crate::secrets::find_bytes as find;

/// Whether `c` may appear in a base64url / JWT segment (the secret masker's test, which reads
/// tokens too).
pub(crate) use crate::secrets::is_b64url;

/// Per byte: 2 = character of either base64 alphabet or padding, else 0.
const fn b64_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'+' | b'/' | b'=') {
            t[i] = 2;
        }
        i += 1;
    }
    t
}

static B64_CLASS: [u8; 256] = b64_classes();

/// Whether `c` may appear in standard or URL-safe base64 text (padding included).
pub fn is_b64_any(c: u8) -> bool {
    B64_CLASS[c as usize] & 2 != 0
}

/// Whether every byte of `w` is [`is_b64_any`] or `extra` (blobs run for hundreds of bytes:
/// sixteen bytes a step, see [`b64_run_end`]).
pub fn all_b64_any_or(w: &[u8], extra: u8) -> bool {
    b64_run_end(w, 0, extra) == w.len()
}

/// The first place at or after `from` in `b` whose byte is neither [`is_b64_any`] nor `extra`
/// (`b.len()` when there is none): sixteen bytes a step with vector compares (SSE2 natively,
/// SIMD128 in the page), then byte by byte.
pub fn b64_run_end(b: &[u8], from: usize, extra: u8) -> usize {
    let mut i = from;
    while let Some(q) = b.get(i..i + 16) {
        let m = b64_mask16(q, extra);
        if m != 0xffff {
            return i + (!m).trailing_zeros() as usize;
        }
        i += 16;
    }
    while i < b.len() && (is_b64_any(b[i]) || b[i] == extra) {
        i += 1;
    }
    i
}

/// From `from` on, the end of the whole sixteen-byte pieces of `b` that hold only base64 bytes
/// other than padding (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`, `-`, `_`), and whether a `-` stood
/// in them: the tokenizer's step over the long words of blobs and tokens.
pub fn b64_pieces_end(b: &[u8], from: usize) -> (usize, bool) {
    let (mut i, mut dash) = (from, false);
    while let Some(q) = b.get(i..i + 16) {
        if b64_mask16(q, b'-') != 0xffff || crate::secrets::eq16(q, b'=') != 0 {
            break;
        }
        dash |= crate::secrets::eq16(q, b'-') != 0;
        i += 16;
    }
    (i, dash)
}

/// A bit per byte of `q` (16 bytes) that is [`is_b64_any`] or `extra`.
#[inline(always)]
#[cfg(target_arch = "x86_64")]
fn b64_mask16(q: &[u8], extra: u8) -> u32 {
    use core::arch::x86_64::*;
    assert!(q.len() >= 16);
    // SAFETY: SSE2 is part of x86_64; the load reads the 16 bytes of `q` checked above.
    unsafe {
        let v = _mm_loadu_si128(q.as_ptr() as *const __m128i);
        let set = |c: u8| _mm_set1_epi8(c as i8);
        let within = crate::secrets::within16;
        let letter = within(_mm_or_si128(v, set(0x20)), b'a', 26);
        let digit = within(v, b'0', 10);
        let eq = |c: u8| _mm_cmpeq_epi8(v, set(c));
        let sign = _mm_or_si128(
            _mm_or_si128(eq(b'+'), eq(b'/')),
            _mm_or_si128(
                _mm_or_si128(eq(b'-'), eq(b'_')),
                _mm_or_si128(eq(b'='), eq(extra)),
            ),
        );
        _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), sign)) as u32
    }
}

/// A bit per byte of `q` (16 bytes) that is [`is_b64_any`] or `extra`.
#[inline(always)]
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn b64_mask16(q: &[u8], extra: u8) -> u32 {
    use core::arch::wasm32::*;
    assert!(q.len() >= 16);
    // SAFETY: the load reads the 16 bytes of `q` checked above; no alignment needed.
    let v = unsafe { v128_load(q.as_ptr() as *const v128) };
    let within = |x: v128, lo: u8, n: u8| u8x16_lt(u8x16_sub(x, u8x16_splat(lo)), u8x16_splat(n));
    let letter = within(v128_or(v, u8x16_splat(0x20)), b'a', 26);
    let digit = within(v, b'0', 10);
    let eq = |c: u8| u8x16_eq(v, u8x16_splat(c));
    let sign = v128_or(
        v128_or(eq(b'+'), eq(b'/')),
        v128_or(v128_or(eq(b'-'), eq(b'_')), v128_or(eq(b'='), eq(extra))),
    );
    u32::from(u8x16_bitmask(v128_or(v128_or(letter, digit), sign)))
}

/// A bit per byte of `q` (16 bytes) that is [`is_b64_any`] or `extra`.
#[inline(always)]
#[cfg(not(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
)))]
fn b64_mask16(q: &[u8], extra: u8) -> u32 {
    q[..16].iter().enumerate().fold(0, |m, (i, &c)| {
        m | (u32::from(is_b64_any(c) || c == extra) << i)
    })
}

pub use crate::secrets::is_guid;

/// The number of bytes `n` in `b`. (The page's line counting: in WebAssembly each lane counts
/// its matches in a byte for up to 63 steps of 64 bytes, where `memchr`'s count takes a bit
/// mask and its population count every sixteen bytes; natively `memchr` counts with AVX2.)
pub(crate) fn count_byte(b: &[u8], n: u8) -> usize {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        use core::arch::wasm32::*;
        let needle = u8x16_splat(n);
        let mut count = 0usize;
        let mut i = 0usize;
        while i + 64 <= b.len() {
            let steps = ((b.len() - i) / 64).min(63);
            let mut acc = u8x16_splat(0);
            for _ in 0..steps {
                // SAFETY: `i + 64 <= b.len()` (`steps` steps of 64 fit); no alignment needed.
                let (w, x, y, z) = unsafe {
                    let p = b.as_ptr().add(i);
                    (
                        v128_load(p as *const v128),
                        v128_load(p.add(16) as *const v128),
                        v128_load(p.add(32) as *const v128),
                        v128_load(p.add(48) as *const v128),
                    )
                };
                // A match is all ones (-1): subtracting it adds one, at most 4 × 63 a lane.
                let m = i8x16_add(
                    i8x16_add(u8x16_eq(w, needle), u8x16_eq(x, needle)),
                    i8x16_add(u8x16_eq(y, needle), u8x16_eq(z, needle)),
                );
                acc = i8x16_sub(acc, m);
                i += 64;
            }
            let sums = u32x4_extadd_pairwise_u16x8(u16x8_extadd_pairwise_u8x16(acc));
            count += (u32x4_extract_lane::<0>(sums)
                + u32x4_extract_lane::<1>(sums)
                + u32x4_extract_lane::<2>(sums)
                + u32x4_extract_lane::<3>(sums)) as usize;
        }
        count + b[i..].iter().filter(|&&c| c == n).count()
    }
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    {
        memchr::memchr_iter(n, b).count()
    }
}

/// Decodes `%XX` escapes and `+` (as space) of a URL query value.
pub fn url_decode(s: &[u8]) -> String {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'%' => match hex_at(s, i + 1, 2) {
                Some(v) => {
                    out.push(v as u8);
                    i += 3;
                }
                None => {
                    out.push(b'%');
                    i += 1;
                }
            },
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    lossy(&out)
}

#[cfg(test)]
mod tests {
    use super::Pairs;

    /// Each mark at every place against every window length (a place across two windows).
    #[test]
    fn quoted_printable_marks_across_windows() {
        for mark in ["=3D", "quoted-printable"] {
            for win in 1..=20 {
                for pos in 0..40 {
                    let text = format!("{}{mark}{}", "x".repeat(pos), "y".repeat(pos % 3));
                    assert!(super::blocks_qp_by(&text, win).1, "{text} {win}");
                    let cut = text.replacen(&mark[1..], &mark[2..], 1);
                    assert!(!super::blocks_qp_by(&cut, win).1, "{cut} {win}");
                }
            }
        }
        assert!(!super::looks_quoted_printable(b""));
        assert_eq!(super::blocks_qp(""), (vec![(0, 0, false)], false));
    }

    proptest::proptest! {
        /// The blocks and marks found a window at a time are those of the whole text searched
        /// for the marks first, and the marks those of a search of the whole text.
        #[test]
        fn blocks_by_windows(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just("=3D"), proptest::strategy::Just("="),
                    proptest::strategy::Just("3D"), proptest::strategy::Just("quoted-printable"),
                    proptest::strategy::Just("quoted-"), proptest::strategy::Just("printable"),
                    proptest::strategy::Just("x"), proptest::strategy::Just("\n"),
                    proptest::strategy::Just("\\n"), proptest::strategy::Just("\\\""),
                    proptest::strategy::Just("&amp;"), proptest::strategy::Just("&"),
                    proptest::strategy::Just("\\"), proptest::strategy::Just(" ab ")],
                0..60,
            ),
            win in 1usize..40,
        ) {
            let text = parts.concat();
            let b = text.as_bytes();
            let whole = memchr::memmem::find(b, b"=3D").is_some()
                || memchr::memmem::find(b, b"quoted-printable").is_some();
            let by = super::blocks_qp_by(&text, win);
            proptest::prop_assert_eq!(by.1, whole, "{:?}", text);
            proptest::prop_assert_eq!(super::looks_quoted_printable(b), whole);
            proptest::prop_assert_eq!(&by, &super::blocks_qp_by(&text, usize::MAX), "{:?}", text);
            proptest::prop_assert_eq!(&by, &super::blocks_qp(&text), "{:?}", text);
        }
    }

    proptest::proptest! {
        /// The filter never rules out a needle that occurs.
        #[test]
        fn pairs_never_rule_out_a_needle_that_occurs(
            line in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200),
            a in 0usize..200,
            len in 0usize..40,
        ) {
            let a = a.min(line.len());
            let e = (a + len).min(line.len());
            let pairs = Pairs::of(&line);
            proptest::prop_assert!(pairs.may_hold(&line[a..e]));
        }
    }

    #[test]
    fn pairs_rule_out_most_needles_that_do_not_occur() {
        let line = b"a1 no authenticate failed. the client secret expired last week";
        let pairs = Pairs::of(line);
        assert!(pairs.may_hold(b"authenticate failed"));
        assert!(pairs.may_hold(b"secret"));
        let absent = [
            &b"conditional access"[..],
            b"sicherheitsstandards",
            b"mailboxconcurrency",
            b"graph.microsoft.com",
            b"anmeldung",
            b"throttl",
        ];
        assert!(absent.iter().filter(|n| pairs.may_hold(n)).count() <= 1);
    }

    use super::*;

    /// The plain definition `find_ci` must agree with.
    fn find_ci_naive(hay: &[u8], needle: &[u8]) -> Option<usize> {
        if needle.is_empty() || hay.len() < needle.len() {
            return None;
        }
        (0..=hay.len() - needle.len()).find(|&i| {
            hay[i..i + needle.len()]
                .iter()
                .zip(needle)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
        })
    }

    #[test]
    fn find_ci_agrees_with_the_plain_definition() {
        let cases: &[(&str, &str)] = &[
            ("Trace ID: 0c7b", "trace id:"),
            ("xxxxxxxxxxxxxxxxTRACE id:", "trace id:"),
            ("trace", "trace id:"),
            ("", "a"),
            ("abc", ""),
            ("AaAaAaAaAaAaAaAaB", "ab"),
            ("@@@@@@@@`", "`"),
            ("[[[[[[[[{", "{"),
            ("0123456789-42", "-4"),
            ("login.microsoftonline.com", "login."),
            ("LOGIN.MicrosoftOnline.COM/x", "microsoftonline"),
            ("Timestamp:Timestamp:", "timestamp:"),
            ("abcdefgh", "Abc"),
            ("ééé outlook.OFFICE365.com", "office365"),
        ];
        for (hay, needle) in cases {
            let (h, n) = (hay.as_bytes(), needle.as_bytes());
            assert_eq!(find_ci(h, n), find_ci_naive(h, n), "{hay:?} / {needle:?}");
            for cut in 0..h.len() {
                assert_eq!(find_ci(&h[cut..], n), find_ci_naive(&h[cut..], n));
            }
        }
    }

    #[test]
    fn maps_json_escapes_back() {
        let input = r#"{"a":"x\r\ny","b":"\u0001z"}"#;
        let n = Normalized::new(input);
        assert_eq!(n.text, "{\"a\":\"x\r\ny\",\"b\":\"\u{1}z\"}");
        let y = n.text.find('y').unwrap_or(0);
        assert_eq!(&input[n.to_orig(y)..n.to_orig(y) + 1], "y");
        let z = n.text.find('z').unwrap_or(0);
        assert_eq!(&input[n.to_orig(z)..n.to_orig(z) + 1], "z");
    }

    #[test]
    fn html_and_double_escapes() {
        let n = Normalized::new("&quot;AADSTS50194&quot; and \\\\\\\"x\\\\\\\"");
        assert!(n.text.starts_with("\"AADSTS50194\""), "{}", n.text);
        assert!(n.text.ends_with("\"x\""), "{}", n.text);
    }

    fn joined(t: &str) -> String {
        let mut c = Cow::Borrowed(t);
        join_soft_wraps(&mut c);
        assert_eq!(c.len(), t.len(), "the length is kept");
        c.into_owned()
    }

    #[test]
    fn wrapped_sentences_are_joined_and_entries_kept_apart() {
        // A console's wrap inside a sentence, after a trailing blank, and before a capital after
        // a word a sentence breaks after.
        let ps = "New-PSSession : Connecting to remote server failed with the following error message : Access is \r\ndenied. For more information, see the help topic.";
        assert!(!joined(ps).contains('\n'), "{}", joined(ps));
        let smtp = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the\nMailbox. Visit https://aka.ms/smtp_auth_disabled";
        assert!(joined(smtp).contains("for the Mailbox"));
        // A mail quote's wrap: the next line's `> ` goes with the break.
        let quoted = "> The request body must contain the following parameter: 'client_assertion' or\n> 'client_secret'.";
        assert!(
            joined(quoted).contains("or   'client_secret'"),
            "{}",
            joined(quoted)
        );
        // A label's colon before its wrapped value: a URL, an Entra code's message.
        let url = "requests.exceptions.HTTPError: 404 Client Error: Not Found for url:\nhttps://graph.microsoft.com/v1.0/users/x@contoso.com/sendMail";
        assert!(joined(url).contains("for url: https://"), "{}", joined(url));
        let code = "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000218:\nThe request body must contain the following parameter";
        assert!(
            joined(code).contains("AADSTS7000218: The"),
            "{}",
            joined(code)
        );
        // Not joined: a short line, a line ending a sentence, a new entry of the same prefix, a
        // cause, a key, an indented line, a capital after an ordinary word, a prompt, a
        // different quote depth, a table's header and row.
        for kept in [
            "AUTHENTICATE failed\nanother line",
            "javax.mail.AuthenticationFailedException: AUTHENTICATE failed.\nmore text follows here",
            "fetchmail: Authorization failure on jane.doe@contoso.com@outlook.office365.com\nfetchmail: IMAP< A0002 NO",
            "javax.mail.AuthenticationFailedException: AUTHENTICATE failed because of this\nCaused by: java.net.SocketTimeoutException",
            "2024-01-10 10:00:00 requesting a token for the mailbox of the service account\nuser=svc@contoso.com",
            "2024-01-10 10:00:00 requesting a token for the mailbox of the service account\n    at Foo.bar()",
            "2024-01-10 10:00:00 requesting a token for the mailbox of the service account\nImapClient connected",
            "PS C:\\> Get-CASMailbox -Identity crm-sync@contoso.com | Format-List EwsEnabled\nmore",
            "> The request body must contain the following parameter: client_assertion or\n>> client_secret",
            "connect ETIMEDOUT 1.2.3.4:443\n550 5.7.60 SMTP; Client does not have permissions to send as this sender\nconnect ETIMEDOUT 1.2.3.4:443",
            "2024-01-10 10:00:00 the token request went to this address:\nThe next entry starts here",
            "Identity             User                 AccessRights     IsInherited Deny\narchive              NT AUTHORITY\\SELF    {FullAccess}     False       False",
        ] {
            assert_eq!(joined(kept), kept);
        }
    }

    #[test]
    fn no_break_spaces_become_blanks_of_the_same_length() {
        let t = "535\u{a0}5.7.3 Authentication\u{202f}unsuccessful";
        let mut c = Cow::Borrowed(t);
        assert!(blank_nbsp(&mut c));
        assert_eq!(c, "535  5.7.3 Authentication   unsuccessful");
        assert_eq!(c.len(), t.len());
        let t = "zum \u{feff}HTTP-Proxy 5.7.\u{200b}3 Authen\u{ad}tication\u{2060}failed \u{200d}\u{e4}\u{2061}";
        let mut c = Cow::Borrowed(t);
        assert!(blank_nbsp(&mut c));
        assert_eq!(
            c,
            "zum    HTTP-Proxy 5.7.   3 Authen  tication   failed    \u{e4}\u{2061}"
        );
        assert_eq!(c.len(), t.len());
        let mut plain = Cow::Borrowed("535 5.7.3 \u{e4}\u{20ac}\u{2081}\u{fbbf}");
        assert!(!blank_nbsp(&mut plain));
        assert!(matches!(plain, Cow::Borrowed(_)));
    }

    #[test]
    fn html_tags_become_blanks_of_the_same_length() {
        let t = "<p>A1 NO AUTHENTICATE failed.</P><br/><span class=\"err\">535 5.7.3</span><Data Name=\"p1\">x</Data>";
        let mut c = Cow::Borrowed(t);
        assert!(blank_html_tags(&mut c));
        assert_eq!(c.len(), t.len());
        assert_eq!(
            c.split_whitespace().collect::<Vec<_>>(),
            ["A1", "NO", "AUTHENTICATE", "failed.", "535", "5.7.3", "x"]
        );
        // XML's tags, addresses in angle brackets and comparisons stay.
        for kept in [
            "<m:ResponseCode>ErrorAccessDenied</m:ResponseCode>",
            "From: Service <svc@contoso.com>",
            "if a <b and c> d",
            "<pre unclosed\nline>",
        ] {
            let mut c = Cow::Borrowed(kept);
            assert!(!blank_html_tags(&mut c), "{kept}");
        }
    }

    #[test]
    fn folded_lines_read_blank_runs_and_typographic_quotes_as_plain() {
        let f = FoldedLine::new("The user isn’t  found in\tthe “directory”".as_bytes());
        assert!(f.has("user isn't found in the \"directory\""));
    }

    #[test]
    fn quoted_printable_soft_breaks() {
        let n = Normalized::new("scope=3Dhttps://outlook.office365.com/.de=\r\nfault");
        assert_eq!(n.text, "scope=https://outlook.office365.com/.default");
        let f = n.text.find("fault").unwrap_or(0);
        assert_eq!(n.to_orig(f), 44);
    }

    /// The break map gives what the pairs `(new offset, old offset)` after each replacement
    /// give (the last pair at or before an offset, and the distance from it).
    #[test]
    fn breaks_map_back_like_offset_pairs() {
        let removed = [1usize, 1, 3, 1, 5, 1, 1, 2, 1, 4, 1, 1, 1];
        let mut breaks = Breaks::default();
        let mut pairs = Vec::new();
        let (mut new, mut old) = (0usize, 0usize);
        for (k, r) in removed.iter().enumerate() {
            // A few plain bytes, then a replacement of one byte (none for k = 7).
            let plain = k % 3;
            let written = usize::from(k != 7);
            new += plain + written;
            old += plain + written + r;
            breaks.push(new, *r);
            pairs.push((new, old));
        }
        let mut hint = 0;
        // Forward, backward and jumping (over more replacements than the steps taken before a
        // search, both ways): the hinted way gives the same whatever the hint.
        let order = (0..new + 10)
            .chain((0..new + 10).rev())
            .chain((0..new + 10).step_by(7))
            .chain([new + 5, 1, new, 0, new + 9, 3, 2, new - 1]);
        for p in order {
            let want = match pairs.iter().rev().find(|&&(n, _)| n <= p) {
                Some(&(n, o)) => o + (p - n),
                None => p,
            };
            assert_eq!(breaks.back(p), want, "{p}");
            assert_eq!(breaks.back_hinted(p, &mut hint), want, "{p}");
        }
    }

    /// Read sixteen bytes a step, the test gives what a byte-by-byte walk gives, wherever a
    /// byte that may not stand is.
    #[test]
    fn all_b64_agrees_with_the_plain_definition() {
        let plain = |w: &[u8], extra: u8| w.iter().all(|&c| is_b64_any(c) || c == extra);
        let base: Vec<u8> = b"dXNlcj1zdmNAY29udG9zby5jb20BYXV0aD1CZWFyZXIg+/=-_.".repeat(3);
        for len in 0..base.len() {
            for bad in [None, Some(0), Some(len / 2), Some(len.saturating_sub(1))] {
                for c in [b'.', b' ', b'\x01', 0xff, b'A'] {
                    let mut w = base[..len].to_vec();
                    if let Some(b) = bad.filter(|&b| b < len) {
                        w[b] = c;
                    }
                    for extra in [b'.', b'\0'] {
                        assert_eq!(all_b64_any_or(&w, extra), plain(&w, extra), "{w:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn plain_text_is_untouched() {
        let n = Normalized::new("A01 NO AUTHENTICATE failed.\r\n");
        assert_eq!(n.text, "A01 NO AUTHENTICATE failed.\r\n");
        assert_eq!(n.to_orig(5), 5);
    }
}

#[cfg(test)]
mod block_tests {
    use super::*;

    proptest::proptest! {
        /// The sixteen-bytes-a-step run of base64 ends where a walk byte by byte ends it,
        /// whatever bytes stand around the ranges' edges and wherever the walk starts.
        #[test]
        fn b64_run_ends_where_the_plain_walk_ends(
            bytes in proptest::collection::vec(
                proptest::sample::select(vec![
                    b'a', b'z', b'A', b'Z', b'0', b'9', b'+', b'/', b'-', b'_', b'=', b'.', b'@',
                    b'[', b'`', b'{', b':', b'/' - 1, b' ', b'\n', 0, 0x7f, 0x80, 0xc1, 0xe1, 0xfa,
                    0xff, b'Q', b'q', b'5',
                ]),
                0..120,
            ),
            from in 0usize..130,
            extra in proptest::sample::select(vec![b'.', b'=', b' ', 0xe1, b'a']),
        ) {
            let from = from.min(bytes.len());
            let plain = (from..bytes.len())
                .find(|&i| !(is_b64_any(bytes[i]) || bytes[i] == extra))
                .unwrap_or(bytes.len());
            proptest::prop_assert_eq!(b64_run_end(&bytes, from, extra), plain);
            proptest::prop_assert_eq!(
                all_b64_any_or(&bytes, extra),
                bytes.iter().all(|&c| is_b64_any(c) || c == extra)
            );
        }
    }

    proptest::proptest! {
        /// A first pass over a text without quoted-printable marks that wrote no byte of an
        /// escape or a mark in place of one (see `Written::marks`) leaves a text that needs no
        /// second pass: no escape and no mark, whatever escapes, doubled escapes, cut-off escapes,
        /// entities and pieces of marks stand where.
        #[test]
        fn an_unmarked_pass_leaves_nothing_to_undo(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", " ", r"\n", r"\r", r#"\\\""#, r#"\""#, r"\\", r"\\\\", r"\\n", r"\u0026",
                    r"\u005c", r"\u003d", r"\x3D", r"\x26", r"\u0041", "&amp;", "&amp;quot;",
                    "&quot;", "&#39;", "&", "=", "3", "D", "=3", "3D", "quoted", "-printable",
                    "quoted-printab", "le", r"\/", r"\_", r"\'", "&error_description=a+b%3a", r"\t",
                    r"\q", r"\u12", r"\n=",
                ]),
                0..40,
            ),
        ) {
            let text = parts.concat();
            let b = text.as_bytes();
            proptest::prop_assume!(!looks_quoted_printable(b));
            let (mut out, mut map, mut marks) = (Vec::new(), Breaks::default(), false);
            unescape_until(
                b,
                false,
                0,
                usize::MAX,
                &mut Written { out: &mut out, map: &mut map, marks: &mut marks },
            );
            if !marks {
                proptest::prop_assert!(!looks_quoted_printable(&out), "{text:?}");
                proptest::prop_assert!(!needs_pass(&out, false), "{text:?}");
            }
            // And the text undone in steps is the text undone with the second pass looked for.
            let n = Normalizing::not_qp(&text).finish();
            let mut full = Normalizing::new(&text);
            full.not_qp = false;
            let full = full.finish();
            proptest::prop_assert_eq!(n.text, full.text);
            proptest::prop_assert_eq!(n.passes.len(), full.passes.len());
        }
    }

    proptest::proptest! {
        /// The counting pass gives the length of the text the writing pass makes, whatever
        /// escapes (whole, cut off, doubled backslashes, entities, quoted-printable) stand where.
        #[test]
        fn counted_length_is_the_written_length(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", " ", "\\", "\\\\", "\\\"", "\\n", "\\r", "\\t", "\\/", "\\'",
                    "\\u00e4", "\\u20ac", "\\ud83d", "\\u12", "\\x41", "\\xff", "\\q", "&quot;",
                    "&amp;", "&#39;", "&#x22;", "&lt", "&", "=3D", "=\n", "=\r\n", "=4", "=e4", "=20",
                    "\u{e4}", "\n",
                ]),
                0..60,
            ),
            qp in proptest::bool::ANY,
        ) {
            let text = parts.concat();
            let b = text.as_bytes();
            let (mut out, mut map, mut marks) = (Vec::new(), Breaks::default(), false);
            unescape_until(
                b,
                qp,
                0,
                usize::MAX,
                &mut Written { out: &mut out, map: &mut map, marks: &mut marks },
            );
            proptest::prop_assert_eq!(unescaped_len(b, qp), (out.len(), map.at.len()));
        }
    }

    proptest::proptest! {
        /// The next byte that can start an escape is the one a walk byte by byte finds, within
        /// the first sixteen bytes or past them.
        #[test]
        fn escape_start_is_the_first_one(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    12 => proptest::sample::select(vec![b'a', b' ', b'"', b'n', 0xc3, 0xa4, b'[']),
                    1 => proptest::sample::select(vec![b'\\', b'&', b'=']),
                ],
                0..70,
            ),
            from in 0usize..70,
            qp in proptest::bool::ANY,
        ) {
            let from = from.min(bytes.len());
            let plain = bytes[from..]
                .iter()
                .position(|&c| c == b'\\' || c == b'&' || (qp && c == b'='));
            proptest::prop_assert_eq!(escape_start(&bytes, from, qp), plain);
        }
    }

    #[test]
    fn a_large_block_is_undone_as_a_small_one_is() {
        // Past LARGE_BLOCK the page's new text is sized by the counting pass: the same text
        // results as line by line (these escapes are line-local), with no room left over.
        // Natively the room is the block's length, asked for once (never grown).
        // (Escaped once: a second pass, for text escaped twice, works on the shorter text.)
        let line = r#"{"m":"S: A1 NO \"x\" \\ C:\\dir \u00e4 &amp; \r\n end \q"}"#;
        let text = format!("{line}\n").repeat(2 * LARGE_BLOCK / line.len());
        assert!(text.len() > LARGE_BLOCK);
        let whole = Normalized::new(&text);
        let mut each = String::new();
        for l in text.split_inclusive('\n') {
            each.push_str(&Normalized::new(l).text);
        }
        assert_eq!(whole.text, each);
        assert!(whole.text.len() < text.len());
        match &whole.text {
            Cow::Owned(o) => {
                let room = if cfg!(target_arch = "wasm32") {
                    o.len()
                } else {
                    text.len()
                };
                assert_eq!(o.capacity(), room);
            }
            Cow::Borrowed(_) => panic!("nothing undone"),
        }
    }

    #[test]
    fn normalizing_in_steps_never_splits_an_escape() {
        // Escapes of every kind, megabytes of them, so steps end all over the place: the
        // whole text undone must equal each line undone alone (these escapes are line-local).
        let lines = [
            r#"{"m":"A01 NO "x" \ \/ é A A
"}"#,
            "&quot;q&quot; &amp; &lt;b&gt; &#39;s&#39; &#x22;",
            r#"tab	and
new ' end"#,
            "plain line without anything",
        ];
        let text: String = (0..150_000)
            .map(|i| format!("{}{}\n", lines[i % lines.len()], i % 7))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(text.len() > 3 * Normalizing::STEP);
        let mut n = Normalizing::new(&text);
        let mut steps = 1;
        while !n.step() {
            steps += 1;
        }
        assert!(steps > 3, "{steps}");
        let whole = n.finish();
        let alone: Vec<String> = text
            .split('\n')
            .map(|l| Normalized::new(l).text.into_owned())
            .collect();
        assert_eq!(whole.text, alone.join("\n"));
        // And the way back: every line start maps to where that line starts in the input.
        let mut at = 0;
        let mut orig = 0;
        for (l, o) in alone.iter().zip(text.split('\n')) {
            assert_eq!(whole.to_orig(at), orig);
            at += l.len() + 1;
            orig += o.len() + 1;
        }
    }

    #[test]
    fn quoted_printable_in_steps_joins_soft_breaks() {
        let body = "user=3Dsvc@contoso.com auth=3DBearer abc=\r\ndef end\r\n".repeat(50_000);
        let text = format!("Content-Transfer-Encoding: quoted-printable\r\n\r\n{body}");
        assert!(text.len() > 2 * Normalizing::STEP);
        let n = Normalized::new(&text);
        let want = format!(
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n{}",
            "user=svc@contoso.com auth=Bearer abcdef end\r\n".repeat(50_000)
        );
        assert_eq!(n.text, want);
    }

    #[test]
    fn only_escaped_lines_form_escaped_blocks() {
        let input = "plain one\nA \\\"json\\\" line\nnext \\n escaped\nplain \\Seen\nlast";
        let b = blocks(input);
        assert_eq!(
            b,
            vec![(0, 10, false), (10, 42, true), (42, input.len(), false)]
        );
        assert_eq!(blocks(""), vec![(0, 0, false)]);
        assert_eq!(blocks("a=3Db\n"), vec![(0, 6, true)]);
        assert_eq!(blocks("&quot;x&quot;"), vec![(0, 13, true)]);
    }
}
