//! Read-back: the output of the commands the checklist and the questions ask for, in
//! `Format-List`, `Format-Table`, JSON and CSV form, the errors they print instead, and the
//! IMAP/POP greeting of Exchange Online with its backend server.
//!
//! Unlike the word detectors this reads whole blocks of lines (a table is a header, a line of
//! dashes and rows; a list record runs until a blank line). It runs once per block after the
//! line walk, over the masked text, and gives one artifact per record. The command a record
//! comes from is the one named by the prompt line (`PS C:\> Get-X …`) or the evidence script's
//! section line (`=== exo-oauth-doctor section: Get-X … ===`) above it, else the one its
//! properties tell (see [`crate::catalogue::cmdlets::SIGNATURES`]). Names and words come from
//! the catalogue.

mod json;

use crate::catalogue::cmdlets::{self as cat};
use crate::evidence::{
    ArtifactKind, Cmdlet, CmdletOutput, OutError, OutField, OutForm, OutValue, ServerGreeting, Span,
};
use crate::secrets::find_by;
use json::Json;

/// A piece of evidence in block offsets: start, end, kind.
pub(crate) type Piece = (usize, usize, ArtifactKind);

/// How many lines below a prompt or section line an error is taken as that command's.
const ERROR_REACH: usize = 40;
/// Longest JSON value read (bytes).
const JSON_MAX: usize = 4 << 20;
/// Deepest JSON nesting followed.
const JSON_DEPTH: u32 = 48;
/// Longest line looked at for a table, list or CSV.
const LINE_MAX: usize = 8192;

/// A record being built: its values in block offsets.
#[derive(Default)]
struct Rec {
    values: Vec<(OutField, String, usize, usize, bool)>,
}

impl Rec {
    fn push(&mut self, f: OutField, raw: &str, s: usize, e: usize) {
        let (v, cut) = untruncate(raw.trim());
        self.values.push((f, v.to_string(), s, e, cut));
    }
}

/// The value without a truncation mark (`…`, `...`, `..`), and whether it had one.
fn untruncate(v: &str) -> (&str, bool) {
    for mark in ["…", "...", ".."] {
        if let Some(x) = v.strip_suffix(mark) {
            return (x.trim_end(), true);
        }
    }
    (v, false)
}

struct Lines<'t> {
    /// (start, end) of every line, without its line break.
    spans: Vec<(usize, usize)>,
    text: &'t str,
}

impl<'t> Lines<'t> {
    #[cfg(test)]
    fn new(text: &'t str) -> Self {
        Lines::with_room(text, None)
    }

    /// The lines of `text`, with room for `room` of them when it is known (at least the count of
    /// its line breaks plus one: the walk over the same text gives it) or else counted first.
    fn with_room(text: &'t str, room: Option<usize>) -> Self {
        // Sized once (a count is cheap next to the reading): a log of a million lines would
        // otherwise hold up to twice the room, and both rooms while it moves.
        let count = || crate::scan::text::count_byte(text.as_bytes(), b'\n') + 1;
        debug_assert!(room.is_none_or(|r| r >= count()), "room for too few lines");
        let room = room.unwrap_or_else(count);
        let mut spans = Vec::with_capacity(room);
        let mut s = 0;
        for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
            {
                let e = if i > s && text.as_bytes()[i - 1] == b'\r' {
                    i - 1
                } else {
                    i
                };
                spans.push((s, e));
                s = i + 1;
            }
        }
        spans.push((s, text.len()));
        Lines { spans, text }
    }
    fn get(&self, i: usize) -> &'t str {
        self.spans
            .get(i)
            .and_then(|&(s, e)| self.text.get(s..e))
            .unwrap_or("")
    }
    fn start(&self, i: usize) -> usize {
        self.spans.get(i).map_or(self.text.len(), |s| s.0)
    }
}

/// The command a command line names (`Get-CASMailbox -Identity …`, `az ad sp show --id …`).
fn command_in(rest: &str) -> Option<Cmdlet> {
    let b = match rest.as_bytes().first() {
        // A line that starts with no blank (most callers pass one trimmed) has nothing to trim.
        Some(&c) if c > b' ' && c < 0x80 => rest.as_bytes(),
        _ => rest.trim_start().as_bytes(),
    };
    // Every command read back starts with `Get-`, `Test-` or `az `: most lines stop here.
    if !matches!(b.first(), Some(b'G' | b'g' | b'T' | b't' | b'a' | b'A')) {
        return None;
    }
    Cmdlet::ALL.iter().copied().find(|c| {
        let n = c.as_str().as_bytes();
        *c != Cmdlet::SignInLog
            && b.len() >= n.len()
            && b[..n.len()].eq_ignore_ascii_case(n)
            && b.get(n.len())
                .is_none_or(|ch| !(ch.is_ascii_alphanumeric() || *ch == b'-'))
    })
}

/// What a line says about the command whose output follows.
enum Header {
    /// A prompt or section line naming a command (`None`: a command not read back).
    Command(Option<Cmdlet>),
    /// The evidence script skipped a command.
    Skipped(Option<Cmdlet>),
    /// The evidence script's end line.
    End,
}

fn header(line: &str) -> Option<Header> {
    // Every header starts (after blanks) with one of these bytes: most lines stop here. (The
    // blanks `str::trim` removes are ASCII 9–13 and 32, or start with a byte of 0x80 and more.)
    match line.bytes().find(|b| !matches!(b, b'\t'..=b'\r' | b' ')) {
        Some(b'=' | b'P' | b'[' | b'$' | b'>' | b'G' | b'g' | b'T' | b't' | b'a' | b'A') => {}
        Some(b) if b >= 0x80 => {}
        _ => return None,
    }
    let t = line.trim();
    if let Some(rest) = t.strip_prefix("=== exo-oauth-doctor ") {
        let rest = rest.trim_end_matches('=').trim();
        if let Some(cmd) = rest.strip_prefix("section:") {
            return Some(Header::Command(command_in(cmd)));
        }
        if let Some(cmd) = rest.strip_prefix("skipped:") {
            return Some(Header::Skipped(command_in(cmd)));
        }
        if rest == "end" {
            return Some(Header::End);
        }
        return None;
    }
    // `PS C:\> …`, `PS /home/x> …`, `PS> …`, `[PS] C:\> …`.
    let prompt = t.starts_with("PS ") || t.starts_with("PS>") || t.starts_with("[PS]");
    if prompt {
        let gt = t.find('>')?;
        return Some(Header::Command(command_in(&t[gt + 1..])));
    }
    // `$ az …`, `> az …`.
    for lead in ["$ ", "> "] {
        if let Some(rest) = t.strip_prefix(lead) {
            return command_in(rest).map(|c| Header::Command(Some(c)));
        }
    }
    // A command pasted on its own line (not `Get-X : error`).
    let c = command_in(t)?;
    let after = t[c.as_str().len()..].trim_start();
    if after.starts_with(':') {
        return None;
    }
    Some(Header::Command(Some(c)))
}

/// `Name : Value` of a `Format-List` line: the name, and where the value starts.
fn list_line(line: &str) -> Option<(&str, usize)> {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    let ns = i;
    if i >= b.len() || !b[i].is_ascii_alphabetic() {
        return None;
    }
    while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b'.' | b'-')) {
        i += 1;
    }
    let ne = i;
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    if i >= b.len() || b[i] != b':' {
        return None;
    }
    // PowerShell pads the name and writes ` : `; `Name: value` (no space before) is a log line.
    if ne == i || ns > 4 {
        return None;
    }
    i += 1;
    if i < b.len() && b[i] != b' ' {
        return None;
    }
    if i < b.len() {
        i += 1;
    }
    Some((&line[ns..ne], i))
}

/// A line of dashes under a table header: the character columns of its runs.
fn dash_columns(line: &str) -> Option<Vec<usize>> {
    // Its first byte is a dash or a blank (most lines stop here).
    if !matches!(line.as_bytes().first(), Some(b'-' | b' ')) {
        return None;
    }
    let t = line.trim_end();
    if t.is_empty() || !t.chars().all(|c| c == '-' || c == ' ') || !t.contains("--") {
        return None;
    }
    let mut cols = Vec::new();
    let mut prev = ' ';
    for (i, c) in t.chars().enumerate() {
        if c == '-' && prev == ' ' {
            cols.push(i);
        }
        prev = c;
    }
    Some(cols)
}

/// A `Format-Table` header whose line of dashes was lost (a forum's Markdown reads a line of
/// dashes under a line as that line's underline and drops it): words that are properties of the
/// catalogue, at least two and no fewer than the other (capitalised) words beside them, nothing
/// else. Gives the character columns of the words and whether the header's blanks were
/// collapsed to one each (a rendered page's copy).
fn bare_header(line: &str) -> Option<(Vec<usize>, bool)> {
    // Most lines stop at their first byte or first word.
    if !line.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) || line.len() > 400 {
        return None;
    }
    let mut cols = Vec::new();
    let mut buf = [0u8; 48];
    let (mut known, mut other) = (0usize, 0usize);
    let mut prev = b' ';
    for (i, &c) in line.as_bytes().iter().enumerate() {
        if c != b' ' && prev == b' ' {
            let w = line[i..].split(' ').next().unwrap_or("");
            let wb = w.as_bytes();
            if wb.len() > buf.len() || !wb.iter().all(u8::is_ascii_alphanumeric) {
                return None;
            }
            for (d, s) in buf.iter_mut().zip(wb) {
                *d = s.to_ascii_lowercase();
            }
            if cat::field_of(b"", &buf[..wb.len()]).is_some() {
                known += 1;
            } else if c.is_ascii_uppercase() {
                // A column the catalogue does not read (`Name`), capitalised as PowerShell
                // writes its names.
                other += 1;
            } else {
                return None;
            }
            cols.push(i);
        }
        prev = c;
    }
    let collapsed = !line.trim_end().contains("  ");
    (known >= 2 && known >= other).then_some((cols, collapsed))
}

/// The cells of a row under a [`bare_header`], or `None` where the line is no row (prose or an
/// error under the table ends it): split at runs of two or more blanks when that gives one cell
/// per column (the columns of a pasted table may have shifted); at single blanks when the header's
/// were collapsed too and that gives one cell per column; else by the header's columns when the
/// line has a run of blanks of a table (a cell left empty).
fn bare_cells(line: &str, cols: &[usize], collapsed: bool) -> Option<Vec<(String, usize, usize)>> {
    let split = |wide: bool| {
        let b = line.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            while i < b.len() && b[i] == b' ' {
                i += 1;
            }
            if i == b.len() {
                break;
            }
            let s = i;
            while i < b.len()
                && !(b[i] == b' ' && (!wide || b.get(i + 1).is_none_or(|&c| c == b' ')))
            {
                i += 1;
            }
            out.push((line[s..i].to_string(), s, i));
        }
        out
    };
    let wide = split(true);
    if wide.len() == cols.len() {
        return Some(wide);
    }
    if collapsed {
        let narrow = split(false);
        return (narrow.len() == cols.len()).then_some(narrow);
    }
    line.trim().contains("  ").then(|| cells(line, cols))
}

/// The cells of a table line by character columns: (text, byte start, byte end).
fn cells(line: &str, cols: &[usize]) -> Vec<(String, usize, usize)> {
    let idx: Vec<usize> = line
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(line.len()))
        .collect();
    let at = |c: usize| idx.get(c).copied().unwrap_or(line.len());
    cols.iter()
        .enumerate()
        .map(|(k, &c)| {
            let s = at(c);
            let e = cols.get(k + 1).map_or(line.len(), |&n| at(n));
            let raw = line.get(s..e).unwrap_or("");
            let lead = raw.len() - raw.trim_start().len();
            let v = raw.trim();
            (v.to_string(), s + lead, s + lead + v.len())
        })
        .collect()
}

/// The cells of a CSV line: (text, byte start, byte end), quotes removed.
fn csv_cells(line: &str) -> Vec<(String, usize, usize)> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        let s = i;
        let mut v = String::new();
        if b.get(i) == Some(&b'"') {
            i += 1;
            let vs = i;
            let mut ve = i;
            while i < b.len() {
                if b[i] == b'"' {
                    if b.get(i + 1) == Some(&b'"') {
                        v.push('"');
                        i += 2;
                        continue;
                    }
                    ve = i;
                    i += 1;
                    break;
                }
                let n = line[i..].chars().next().map_or(1, char::len_utf8);
                v.push_str(&line[i..i + n]);
                i += n;
                ve = i;
            }
            while i < b.len() && b[i] != b',' {
                i += 1;
            }
            out.push((v, vs, ve));
        } else {
            while i < b.len() && b[i] != b',' {
                i += 1;
            }
            out.push((line[s..i].trim().to_string(), s, i));
        }
        if i >= b.len() {
            break;
        }
        i += 1;
    }
    out
}

/// `line.trim()`, without walking characters when the line neither starts nor ends with a blank
/// (the blanks `str::trim` removes are ASCII 9–13 and 32, or start with a byte of 0x80 and more).
fn trim(line: &str) -> &str {
    let b = line.as_bytes();
    let blank = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    // The ASCII blanks at either end go byte by byte; the rest is what `str::trim` leaves of the
    // text between, unless a byte of 0x80 or more ends it (a blank beyond ASCII may stand there).
    let s = b.iter().position(|&c| !blank(c)).unwrap_or(b.len());
    let e = b.iter().rposition(|&c| !blank(c)).map_or(s, |p| p + 1);
    let inner = line.get(s..e).unwrap_or("");
    match (inner.as_bytes().first(), inner.as_bytes().last()) {
        (Some(&f), Some(&l)) if f < 0x80 && l < 0x80 => inner,
        _ => inner.trim(),
    }
}

/// How far past the line asking a needle's search looks at a time (see [`Ahead`]).
const AHEAD: usize = crate::scan::text::WINDOW;

/// The places of a needle in a block, for lines read in order that ask whether the needle
/// stands wholly in them (what a search of each line tells), found from a line on a window of
/// [`AHEAD`] bytes at a time instead of once per line: most lines hold none, and a block costs
/// one walk per needle. The walk keeps one window ahead of the lines: the reader of the lines
/// then finds their bytes in the cache, where a search to the block's end (50 MB of a log)
/// read them from memory once per needle, and again for the lines.
struct Ahead<'h> {
    t: &'h [u8],
    needle: &'static [u8],
    /// The needle's rare byte the walk goes over (see [`find_by`]), or the vector search.
    by: Option<memchr::memmem::Finder<'static>>,
    k: usize,
    /// The window's length (a field only so that tests can make it small).
    win: usize,
    /// The first place at or after the lines asked so far (`usize::MAX`: not found yet).
    at: usize,
    /// No place starts between the line asked last and here.
    clear: usize,
}

impl<'h> Ahead<'h> {
    fn find(&self, w: &[u8]) -> Option<usize> {
        match &self.by {
            Some(f) => f.find(w),
            None => find_by(w, self.needle, self.k),
        }
    }

    /// Whether the needle stands wholly inside `t[s..e]`, `s` never smaller than in the call
    /// before. (The first place at or after a line's start: a later one ends later still.)
    fn within(&mut self, s: usize, e: usize) -> bool {
        let len = self.needle.len();
        if self.at != usize::MAX {
            if self.at >= s {
                return self.at + len <= e;
            }
            self.at = usize::MAX;
        }
        let mut from = self.clear.max(s);
        let stop = e.min(self.t.len());
        loop {
            // No place starts in `s..from`: one from here on ends past `e`.
            if from + len > stop || len == 0 {
                self.clear = from;
                return false;
            }
            // Windows overlap by the needle's length less one: each place lies wholly in one.
            let end = self.t.len().min(from + self.win + len - 1);
            match self.t.get(from..end).and_then(|w| self.find(w)) {
                Some(o) => {
                    self.at = from + o;
                    self.clear = self.at;
                    return self.at + len <= e;
                }
                None => from = end + 1 - len,
            }
        }
    }
}

/// A needle walked over its rare byte at `k` (see [`find_by`]); the greeting and `term '`.
fn next_place<'h>(t: &'h [u8], needle: &'static [u8], k: usize) -> Ahead<'h> {
    Ahead {
        t,
        needle,
        by: None,
        k,
        win: AHEAD,
        at: usize::MAX,
        clear: 0,
    }
}

/// A needle found by the vector search (`memchr::memmem`): the CSV header's words, whose
/// bytes are all common in logs. A line starts after a line break, which no needle holds, so
/// the first place at or after it is the one a search of the whole block gives (places found
/// without overlaps: an overlapping one stands on the same line).
fn places<'h>(t: &'h [u8], needle: &'static [u8]) -> Ahead<'h> {
    Ahead {
        by: Some(memchr::memmem::Finder::new(needle)),
        ..next_place(t, needle, 0)
    }
}

/// [`read_with_room`] with the lines counted first.
#[cfg(test)]
pub(crate) fn read(text: &str) -> Vec<Piece> {
    read_with_room(text, None)
}

/// Reads every record, error and greeting in `text` (a block of the masked input), with room
/// for `lines` lines when the walk has counted them (see [`Lines::with_room`]).
pub(crate) fn read_with_room(text: &str, lines: Option<usize>) -> Vec<Piece> {
    let lines = Lines::with_room(text, lines);
    let tb = text.as_bytes();
    // Walked over their rare bytes: the other letters are everywhere in a log. (Every line is
    // read for the greeting, and `'` is rare in logs and in base64.)
    let mut ready = next_place(tb, b"service is ready.", 15);
    let mut term = next_place(tb, b"term '", 5);
    // The column names of the portal's CSV export: most log lines have a comma, and one search
    // of the block costs less than two of each such line.
    let mut error_code = places(tb, b"error code");
    let mut conditional = places(tb, b"Conditional Access");
    let mut out: Vec<Piece> = Vec::new();
    let mut cur: Option<Cmdlet> = None;
    // The line of the last header, and whether its error was reported.
    let mut cur_line = 0usize;
    let mut cur_error = false;
    let mut json_done_until = 0usize;
    let mut recs_room: Vec<Rec> = Vec::new();
    let n = lines.spans.len();
    let mut i = 0;
    while i < n {
        let line = lines.get(i);
        let ls = lines.start(i);
        if line.len() > LINE_MAX && !line.trim_start().starts_with(['{', '[']) {
            i += 1;
            continue;
        }
        let trimmed = trim(line);
        if trimmed.is_empty() {
            i += 1;
            continue;
        }
        if let Some(h) = header(line) {
            match h {
                Header::Command(c) => cur = c,
                Header::Skipped(c) => {
                    // The reason may be the error the command threw ("couldn't be found on").
                    let e = cat::error_of(&line.to_ascii_lowercase()).unwrap_or(OutError::Skipped);
                    out.push(error_piece(c, e, ls, ls + line.len()));
                    cur = None;
                }
                Header::End => cur = None,
            }
            cur_line = i;
            cur_error = false;
            i += 1;
            continue;
        }
        let le = ls + line.len();
        if let Some(p) = ready.within(ls, le).then(|| greeting(line, ls)).flatten() {
            out.push(p);
            i += 1;
            continue;
        }
        // JSON (one line or pretty-printed over many).
        // (By its first byte: a pattern of chars decodes a character of every line.)
        if matches!(trimmed.as_bytes().first(), Some(b'{' | b'[')) && ls >= json_done_until {
            let js = ls + (line.len() - line.trim_start().len());
            let mut j = Json {
                t: text.as_bytes(),
                text,
                i: js,
                end: text.len().min(js + JSON_MAX),
                depth: 0,
                recs: std::mem::take(&mut recs_room),
            };
            let _ = j.value(b"", b"", None);
            let reached = j.i;
            let mut recs = std::mem::take(&mut j.recs);
            let mut any = false;
            for r in recs.drain(..) {
                if let Some(p) = record(r, cur, OutForm::Json) {
                    out.push(p);
                    any = true;
                }
            }
            // (A log of JSON records reads one per line: the list's room serves them all.)
            recs_room = recs;
            json_done_until = reached.max(ls + 1);
            if any {
                // Continue after the JSON value.
                while i < n && lines.start(i) < reached {
                    i += 1;
                }
                continue;
            }
        }
        // The portal's CSV export.
        if memchr::memchr(b',', line.as_bytes()).is_some()
            && (error_code.within(ls, le) || conditional.within(ls, le))
            && csv_header(line)
        {
            let head = csv_cells(line);
            let fields: Vec<Option<OutField>> = head
                .iter()
                .map(|(h, _, _)| cat::field("", &cat::normalize(h)))
                .collect();
            i += 1;
            while i < n {
                let row = lines.get(i);
                if row.trim().is_empty() {
                    break;
                }
                let rs = lines.start(i);
                let cs = csv_cells(row);
                if cs.len() < 2 {
                    break;
                }
                let mut r = Rec::default();
                for ((v, s, e), f) in cs.iter().zip(&fields) {
                    if let Some(f) = f {
                        if !v.trim().is_empty() {
                            r.push(*f, v, rs + s, rs + e);
                        }
                    }
                }
                if let Some(p) = record(r, Some(Cmdlet::SignInLog), OutForm::Csv) {
                    out.push(p);
                }
                i += 1;
            }
            continue;
        }
        // `Format-Table`: this line is the header when the next is dashes, or when its words are
        // properties and the next line is no blank line (the dashes lost).
        let table = match dash_columns(lines.get(i + 1)) {
            Some(cols) => Some((cols, None)),
            None if i + 1 < n && !lines.get(i + 1).trim().is_empty() => {
                bare_header(line).map(|(c, collapsed)| (c, Some(collapsed)))
            }
            None => None,
        };
        if let Some((cols, bare)) = table {
            let dashes = bare.is_none();
            let head = cells(line, &cols);
            let fields: Vec<Option<OutField>> = head
                .iter()
                .map(|(h, _, _)| cat::field("", &cat::normalize(h)))
                .collect();
            if fields.iter().any(Option::is_some) {
                i += if dashes { 2 } else { 1 };
                let mut rows: Vec<Rec> = Vec::new();
                while i < n {
                    let row = lines.get(i);
                    if row.trim().is_empty() || header(row).is_some() || row.len() > LINE_MAX {
                        break;
                    }
                    let rs = lines.start(i);
                    let cs = match bare {
                        None => cells(row, &cols),
                        Some(collapsed) => match bare_cells(row, &cols, collapsed) {
                            Some(cs) => cs,
                            None => break,
                        },
                    };
                    let wrapped = cs.first().is_some_and(|c| c.0.is_empty()) && !rows.is_empty();
                    if wrapped {
                        // `Format-Table -Wrap`: the rest of the cells of the row above.
                        if let Some(last) = rows.last_mut() {
                            for ((v, s, e), f) in cs.iter().zip(&fields) {
                                if let (Some(f), false) = (f, v.is_empty()) {
                                    match last.values.iter_mut().find(|x| x.0 == *f) {
                                        Some(x) => {
                                            x.1.push_str(v);
                                            x.3 = rs + e;
                                        }
                                        None => last.push(*f, v, rs + s, rs + e),
                                    }
                                }
                            }
                        }
                    } else {
                        let mut r = Rec::default();
                        for ((v, s, e), f) in cs.iter().zip(&fields) {
                            if let (Some(f), false) = (f, v.is_empty()) {
                                r.push(*f, v, rs + s, rs + e);
                            }
                        }
                        rows.push(r);
                    }
                    i += 1;
                }
                for r in rows {
                    if let Some(p) = record(r, cur, OutForm::Table) {
                        out.push(p);
                    }
                }
                continue;
            }
        }
        // `Format-List`: `Name : Value` lines up to a blank line, values wrapped onto indented
        // lines. (`Get-X : error` and `Write-ErrorMessage : error` read like one: an error
        // line whose name is no property is an error.)
        // Errors are looked for under a command line, and on lines that name a cmdlet.
        let near = cur.is_some() && !cur_error && i <= cur_line + ERROR_REACH;
        // (`term '` inside the line is inside its trimmed text: it neither starts nor ends
        // with a blank.)
        let error = if near || command_in(trimmed).is_some() || term.within(ls, le) {
            cat::error_of(&trimmed.to_ascii_lowercase())
        } else {
            None
        };
        let list = list_line(line)
            .filter(|(name, _)| error.is_none() || cat::field("", &cat::normalize(name)).is_some());
        if let Some((name, _)) = list {
            let mut r = Rec::default();
            let mut known = false;
            let mut last: Option<usize> = None;
            while i < n {
                let l = lines.get(i);
                let lstart = lines.start(i);
                if l.trim().is_empty() || header(l).is_some() {
                    break;
                }
                if let Some((nm, vs)) = list_line(l) {
                    let f = cat::field("", &cat::normalize(nm));
                    last = None;
                    if let Some(f) = f {
                        known = true;
                        let v = &l[vs.min(l.len())..];
                        r.push(f, v, lstart + vs, lstart + l.len());
                        last = Some(r.values.len() - 1);
                    }
                } else if l.starts_with(' ') {
                    // A wrapped value: PowerShell breaks at the console width.
                    if let Some(k) = last {
                        if let Some(x) = r.values.get_mut(k) {
                            let (v, cut) = untruncate(l.trim());
                            let (old, _) = untruncate(&x.1);
                            x.1 = format!("{old}{v}");
                            x.3 = lstart + l.len();
                            x.4 = cut;
                        }
                    }
                } else {
                    break;
                }
                i += 1;
            }
            let _ = name;
            if known {
                if let Some(p) = record(r, cur, OutForm::List) {
                    out.push(p);
                }
            }
            continue;
        }
        // An error printed by the command above, or one that names its cmdlet.
        if let Some(err) = error {
            let named = quoted_cmdlet(trimmed).or_else(|| {
                let c = command_in(trimmed)?;
                trimmed[c.as_str().len()..]
                    .trim_start()
                    .starts_with(':')
                    .then_some(c)
            });
            let under = cur.filter(|_| !cur_error && i <= cur_line + ERROR_REACH);
            let cmd = named.or(under);
            if cmd.is_some() {
                out.push(error_piece(cmd, err, ls, ls + line.len()));
                if named.is_none() || named == cur {
                    cur_error = true;
                }
            }
        }
        i += 1;
    }
    out
}

/// `'Get-X'` quoted in a "The term 'Get-X' is not recognized" line.
fn quoted_cmdlet(line: &str) -> Option<Cmdlet> {
    let p = line.find("term '")?;
    let rest = &line[p + 6..];
    let e = rest.find('\'')?;
    command_in(&rest[..e]).filter(|c| c.as_str().len() == e)
}

fn error_piece(command: Option<Cmdlet>, err: OutError, s: usize, e: usize) -> Piece {
    (
        s,
        e,
        ArtifactKind::CmdletOutput(Box::new(CmdletOutput {
            command,
            form: OutForm::Error,
            values: Vec::new(),
            error: Some(err),
        })),
    )
}

/// A record as an artifact: its command from the header, else from its properties; a record
/// no command can have printed (a log line that happens to read `Name : Value`) is none.
fn record(r: Rec, cur: Option<Cmdlet>, form: OutForm) -> Option<Piece> {
    if r.values.is_empty() {
        return None;
    }
    let fields: Vec<OutField> = r.values.iter().map(|v| v.0).collect();
    let command = match cur {
        Some(c) => Some(c),
        None => Some(cat::guess(&fields)?),
    };
    let s = r.values.iter().map(|v| v.2).min().unwrap_or(0);
    let e = r.values.iter().map(|v| v.3).max().unwrap_or(s);
    let values = r
        .values
        .into_iter()
        .map(|(field, value, s, e, truncated)| OutValue {
            field,
            value,
            span: Span::new(s, e),
            truncated,
        })
        .collect();
    Some((
        s,
        e,
        ArtifactKind::CmdletOutput(Box::new(CmdletOutput {
            command,
            form,
            values,
            error: None,
        })),
    ))
}

/// Whether a CSV line is the header of a sign-in log export.
fn csv_header(line: &str) -> bool {
    let lc = line.to_ascii_lowercase();
    if !(lc.contains("error code") || lc.contains("conditional access")) {
        return false;
    }
    let known = csv_cells(line)
        .iter()
        .filter(|(h, _, _)| cat::field("", &cat::normalize(h)).is_some())
        .count();
    known >= 2
}

/// The IMAP/POP greeting of Exchange Online, with the backend server name decoded.
fn greeting(line: &str, ls: usize) -> Option<Piece> {
    // Walked over its `y`: the other letters are everywhere in a log.
    find_by(line.as_bytes(), b"service is ready.", 15)?;
    let (p, protocol) = cat::GREETINGS
        .iter()
        .find_map(|(g, proto)| line.find(g).map(|p| (p + g.len(), *proto)))?;
    let rest = &line[p..];
    let open = rest.find('[')?;
    let close = rest[open..].find(']')? + open;
    let b64 = rest[open + 1..close].trim();
    let bytes = crate::scan::token::b64_lenient(b64.as_bytes(), false).ok()?;
    if bytes.len() < 2 || bytes.len() % 2 != 0 {
        return None;
    }
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    let server = String::from_utf16(&units).ok()?;
    let server = server.trim_end_matches('\0').to_string();
    if server.is_empty()
        || !server
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
    {
        return None;
    }
    let cloud = crate::scan::cloud_of_host(&server);
    let region = cat::region_of(&server);
    let s = ls + line.find(|c: char| !c.is_whitespace()).unwrap_or(0);
    Some((
        s,
        ls + p + close + 1,
        ArtifactKind::ServerGreeting(Box::new(ServerGreeting {
            protocol,
            server,
            cloud,
            region,
        })),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The line trimmed byte by byte is what `str::trim` leaves, blanks beyond ASCII (a
        /// no-break space, an ideographic space, a next-line character) at either end or not.
        #[test]
        fn trim_is_str_trim(
            parts in proptest::collection::vec(
                prop_oneof![Just(" "), Just("\t"), Just("\r"), Just("\u{b}"), Just("\u{c}"),
                    Just("\u{a0}"), Just("\u{3000}"), Just("\u{85}"), Just("\u{e4}"), Just("a"),
                    Just("{"), Just("\u{1c}")],
                0..12,
            ),
        ) {
            let line = parts.concat();
            prop_assert_eq!(trim(&line), line.trim());
        }
    }

    proptest! {
        /// The places looked for a window at a time from a line on tell, for the lines asked
        /// about (in order, some skipped), what a search of each line tells: over the needle's
        /// rare byte and by the vector search, windows of any length.
        #[test]
        fn next_place_agrees_with_a_search_per_line(
            parts in proptest::collection::vec(
                prop_oneof![Just("term '"), Just("term"), Just("'"), Just(" "), Just("\n"),
                    Just("t"), Just("x"), Just("erm '"), Just("error code"), Just("error"),
                    Just(" code"), Just("e"), Just("error coderror code")],
                0..80,
            ),
            skip in proptest::collection::vec(any::<bool>(), 40),
            win in 1usize..40,
        ) {
            let text = parts.concat();
            let t = text.as_bytes();
            let lines = Lines::new(&text);
            let mut next = next_place(t, b"term '", 5);
            let mut place = places(t, b"error code");
            next.win = win;
            place.win = win;
            for (i, &(s, e)) in lines.spans.iter().enumerate() {
                if skip.get(i).copied().unwrap_or(false) {
                    continue;
                }
                prop_assert_eq!(
                    next.within(s, e),
                    find_by(&t[s..e], b"term '", 5).is_some(),
                    "{:?} line {}", text, i
                );
                prop_assert_eq!(
                    place.within(s, e),
                    memchr::memmem::find(&t[s..e], b"error code").is_some(),
                    "{:?} line {}", text, i
                );
            }
        }
    }

    /// Each needle at every place of a line against every window length (a place across two
    /// windows, a window ending inside a line or at its end).
    #[test]
    fn places_across_windows() {
        for win in 1..=24 {
            for pos in 0..40 {
                for (needle, k) in [(&b"term '"[..], 5), (b"error code", 0)] {
                    let n = std::str::from_utf8(needle).unwrap();
                    let text = format!(
                        "a\n{}{n}{}\nb {n}\n\nc",
                        "x".repeat(pos),
                        "y".repeat(pos % 4)
                    );
                    let t = text.as_bytes();
                    let lines = Lines::new(&text);
                    let mut next = next_place(t, needle, k);
                    let mut place = places(t, needle);
                    next.win = win;
                    place.win = win;
                    for &(s, e) in &lines.spans {
                        let want = memchr::memmem::find(&t[s..e], needle).is_some();
                        assert_eq!(next.within(s, e), want, "{text:?} {win} {s}");
                        assert_eq!(place.within(s, e), want, "{text:?} {win} {s}");
                    }
                }
            }
        }
    }

    fn records(text: &str) -> Vec<CmdletOutput> {
        read(text)
            .into_iter()
            .filter_map(|(_, _, k)| match k {
                ArtifactKind::CmdletOutput(c) => Some(*c),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn list_lines_need_powershell_padding() {
        assert_eq!(
            list_line("ImapEnabled   : False"),
            Some(("ImapEnabled", 16))
        );
        assert_eq!(list_line("Timestamp: 2024-01-01"), None);
        assert_eq!(list_line("Deny :"), Some(("Deny", 6)));
    }

    #[test]
    fn a_list_without_a_prompt_is_read_by_its_properties() {
        let r = records("Name        : svc\nImapEnabled : False\nPopEnabled  : True\n");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].command, Some(Cmdlet::GetCasMailbox));
        assert_eq!(
            r[0].get(OutField::ImapEnabled).map(|v| v.value.as_str()),
            Some("False")
        );
    }

    #[test]
    fn json_keeps_nested_status_and_array_records() {
        let r = records(
            r#"{"value":[{"appId":"a","status":{"errorCode":53003,"failureReason":"Blocked"}},{"appId":"b","status":{"errorCode":0}}]}"#,
        );
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(|x| x.command == Some(Cmdlet::SignInLog)));
        assert_eq!(
            r[0].get(OutField::ErrorCode).map(|v| v.value.as_str()),
            Some("53003")
        );
    }
}
