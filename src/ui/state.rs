//! The page's one state, its actions and the pure reducer, plus the pure helpers around them
//! (routes in the URL hash, hint parsing). Nothing here touches the browser.

use crate::analysis::{analyze, Analysis, Hints, Options};
use crate::catalogue::CauseId;
use crate::examples::EXAMPLES;
use crate::i18n::Lang;
use crate::input::{decode, Encoding};
use crate::time::{parse_rfc3339_strict, TimeError, Zone};
use std::rc::Rc;
use yew::prelude::*;

mod filter;
pub use filter::filter_reference;

/// Texts longer than this many bytes are analysed in steps (see [`Job`]), so the page stays
/// responsive and shows how far it is; shorter ones in one go, so a normal paste shows its
/// verdict at once.
pub const STEP_THRESHOLD_BYTES: usize = 256 * 1024;

/// An analysis running in steps: the page drives it between browser events and reports back
/// with [`Action::Progress`] and [`Action::Analysed`], naming its number. Any change that
/// starts another analysis or edits the text replaces or drops it, and the old one stops.
#[derive(Clone, Debug, PartialEq)]
pub struct Job {
    /// Its number ([`State::job_gen`] when it started).
    pub gen: u32,
    /// The text being analysed.
    pub text: AttrValue,
    /// The options it runs with.
    pub opts: Options,
    /// How far it is, in percent.
    pub percent: u8,
    /// The text was masked when the page took it over ([`State::text_masked`]).
    pub masked: bool,
}

/// A shared value compared by identity, so props holding big results compare in O(1).
#[derive(Debug, Default)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> Shared<T> {
    /// Wraps a value.
    pub fn new(v: T) -> Self {
        Shared(Rc::new(v))
    }
}

/// Colour theme preference.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl Theme {
    /// The stored / `data-theme` value.
    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Parses a stored value.
    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "system" => Some(Theme::System),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// An entry of the error reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefEntry {
    /// A cause.
    Cause(CauseId),
    /// An AADSTS code.
    Aadsts(u32),
}

impl RefEntry {
    /// The element id of the entry in the page.
    pub fn dom_id(self) -> String {
        match self {
            RefEntry::Cause(c) => format!("cause-{}", c.as_str()),
            RefEntry::Aadsts(n) => format!("aadsts-{n}"),
        }
    }

    /// The stable link (`#/cause/<id>`, `#/aadsts/<code>`).
    pub fn hash(self) -> String {
        match self {
            RefEntry::Cause(c) => format!("#/cause/{}", c.as_str()),
            RefEntry::Aadsts(n) => format!("#/aadsts/{n}"),
        }
    }
}

/// Which page is shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Route {
    /// The diagnosis page.
    #[default]
    Diagnose,
    /// The diagnosis page prefilled with error text from a share link.
    Shared(String),
    /// The error reference, optionally opened on one entry.
    Reference(Option<RefEntry>),
}

/// Parses `location.hash` (with or without the leading `#`). Unknown hashes show the diagnosis page.
pub fn parse_route(hash: &str) -> Route {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let h = h.strip_prefix("embed").unwrap_or(h);
    let h = h.strip_prefix('&').unwrap_or(h);
    let h = h.trim_start_matches('/');
    let (head, rest) = h.split_once('/').unwrap_or((h, ""));
    match head {
        "reference" => Route::Reference(None),
        // A scan of the id table rather than `CauseId::parse`, whose match over every id is
        // compiled code (the page needs only this one use).
        "cause" => Route::Reference(
            CauseId::ALL
                .iter()
                .find(|c| c.as_str() == rest)
                .map(|c| RefEntry::Cause(*c)),
        ),
        "aadsts" => {
            let digits = strip_all(rest, "AADSTS");
            Route::Reference(digits.parse::<u32>().ok().map(RefEntry::Aadsts))
        }
        "text" => Route::Shared(percent_decode(rest)),
        _ => Route::Diagnose,
    }
}

/// `s` without every leading repeat of `prefix` (what `str::trim_start_matches` does with a
/// string pattern, without the general substring searcher it brings into the page).
fn strip_all<'a>(mut s: &'a str, prefix: &str) -> &'a str {
    while let Some(rest) = s.strip_prefix(prefix) {
        s = rest;
    }
    s
}

/// The hash that shows `route`.
pub fn route_hash(route: &Route) -> String {
    match route {
        Route::Diagnose => "#/".to_string(),
        Route::Shared(text) => format!("#/text/{}", percent_encode(text)),
        Route::Reference(None) => "#/reference".to_string(),
        Route::Reference(Some(e)) => e.hash(),
    }
}

/// Whether the page runs in embed mode (`?embed` in the query or `#embed` in the hash).
pub fn is_embed(search: &str, hash: &str) -> bool {
    let q = search.strip_prefix('?').unwrap_or(search);
    q.split('&')
        .any(|p| p == "embed" || p.starts_with("embed="))
        || hash.strip_prefix('#').unwrap_or(hash).starts_with("embed")
}

/// Percent-encodes everything except unreserved characters (RFC 3986).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

/// Decodes `%XX` escapes (and `+` as a space); invalid escapes are kept as they are, invalid UTF-8 is replaced.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'%' {
            let hex = b
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if c == b'+' { b' ' } else { c });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads the "when did you make the change" field with the CLI's strict parser
/// ([`crate::time::parse_rfc3339_strict`]): RFC 3339, or the browser's `datetime-local` value
/// (`2024-01-10T16:49`, `2024-01-10T16:49:32`) or a date alone, a missing zone taken as UTC
/// (the field says UTC). `Ok(None)` when the field is empty.
pub fn check_changed_at(s: &str) -> Result<Option<i64>, TimeError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let full = if s.len() == 16 && s.is_char_boundary(16) {
        format!("{s}:00")
    } else if s.len() == 10 && s.is_char_boundary(10) {
        format!("{s}T00:00:00")
    } else {
        s.to_string()
    };
    parse_rfc3339_strict(&full, Zone::UtcIfMissing).map(Some)
}

/// The change time of the field, `None` when it is empty or not a valid time (see
/// [`check_changed_at`]; the field then shows why).
pub fn parse_changed_at(s: &str) -> Option<i64> {
    check_changed_at(s).ok().flatten()
}

/// A hint field in the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HintField {
    /// Object id passed to `New-ServicePrincipal`.
    ObjectId,
    /// The mailbox.
    Mailbox,
    /// When the change was made.
    ChangedAt,
}

impl HintField {
    /// Maps a question's `answer_field` to the field.
    pub fn parse(s: &str) -> Option<HintField> {
        match s {
            "object_id" => Some(HintField::ObjectId),
            "mailbox" => Some(HintField::Mailbox),
            "changed_at" => Some(HintField::ChangedAt),
            _ => None,
        }
    }

    /// The element id of the field's input.
    pub fn dom_id(self) -> &'static str {
        match self {
            HintField::ObjectId => "hint-object-id",
            HintField::Mailbox => "hint-mailbox",
            HintField::ChangedAt => "hint-changed-at",
        }
    }
}

/// What the user typed into the hint fields, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HintInputs {
    /// Object id.
    pub object_id: String,
    /// Mailbox.
    pub mailbox: String,
    /// Change time.
    pub changed_at: String,
}

impl HintInputs {
    /// The value of one field.
    pub fn get(&self, f: HintField) -> &str {
        match f {
            HintField::ObjectId => &self.object_id,
            HintField::Mailbox => &self.mailbox,
            HintField::ChangedAt => &self.changed_at,
        }
    }

    /// What is wrong with a field's value, if anything (only the change time can be wrong).
    pub fn error(&self, f: HintField) -> Option<TimeError> {
        match f {
            HintField::ChangedAt => check_changed_at(&self.changed_at).err(),
            HintField::ObjectId | HintField::Mailbox => None,
        }
    }

    /// The hints for the analysis (empty fields are absent; an invalid time is left out, and
    /// its field says why).
    pub fn hints(&self) -> Hints {
        let opt = |s: &str| {
            let t = s.trim();
            (!t.is_empty()).then(|| t.to_string())
        };
        Hints {
            object_id: opt(&self.object_id).map(|s| s.to_ascii_lowercase()),
            mailbox: opt(&self.mailbox),
            changed_at: parse_changed_at(&self.changed_at),
        }
    }
}

/// A short-lived message after an action (copied, refused, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The script was copied.
    ScriptCopied,
    /// The evidence script was copied.
    EvidenceCopied,
    /// The report was copied.
    ReportCopied,
    /// The share link was copied.
    LinkCopied,
    /// Copying failed (no clipboard permission).
    CopyFailed,
    /// A share link was refused, with the reason.
    ShareRefused(crate::redact::ShareRefusal),
}

/// What the page says about a file it read, while the text is the file's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileNote {
    /// The file was read in an encoding other than UTF-8, or with invalid bytes replaced.
    Read {
        /// The encoding it was read in.
        encoding: Encoding,
        /// How many invalid sequences became U+FFFD.
        replaced: usize,
    },
    /// The browser could not read the file.
    Unreadable,
}

impl FileNote {
    /// The note for a decoded file: none for clean UTF-8 (with or without BOM), the usual case.
    pub fn of(d: &crate::input::Decoded) -> Option<FileNote> {
        (d.encoding != Encoding::Utf8 || d.replaced > 0).then_some(FileNote::Read {
            encoding: d.encoding,
            replaced: d.replaced,
        })
    }
}

/// Whether two texts are the same text: by pointer when both are shared (O(1), the usual case
/// after an analysis), else by content.
pub fn same_text(a: &AttrValue, b: &AttrValue) -> bool {
    match (a, b) {
        (AttrValue::Rc(x), AttrValue::Rc(y)) if Rc::ptr_eq(x, y) => true,
        _ => a.len() == b.len() && a == b,
    }
}

/// Texts longer than this many bytes are not shown in the paste area: a browser freezes for
/// seconds laying out a multi-megabyte text field (about 30 s for 50 MB in Chromium). The
/// analysis still uses the whole text; the field stays empty and says why.
pub const FIELD_LIMIT_BYTES: usize = 1_000_000;

/// Whether a text is too large to be shown in the paste area (see [`FIELD_LIMIT_BYTES`]).
pub fn too_large_for_field(text: &str) -> bool {
    text.len() > FIELD_LIMIT_BYTES
}

/// What the paste area shows for `text`: the text itself, or nothing when it is too large.
pub fn field_text(text: &AttrValue) -> AttrValue {
    if too_large_for_field(text) {
        AttrValue::default()
    } else {
        text.clone()
    }
}

/// The paste area's text after pasting `insert` over its selection `start..end` (offsets in
/// UTF-16 code units, as the browser counts them; out-of-range offsets are clamped).
pub fn splice_utf16(field: &str, start: u32, end: u32, insert: &str) -> String {
    let byte_at = |unit: u32| {
        let mut units = 0u32;
        for (i, c) in field.char_indices() {
            if units >= unit {
                return i;
            }
            units += c.len_utf16() as u32;
        }
        field.len()
    };
    let s = byte_at(start.min(end));
    let e = byte_at(end.max(start));
    let mut out = String::with_capacity(field.len() - (e - s) + insert.len());
    out.push_str(&field[..s]);
    out.push_str(insert);
    out.push_str(&field[e..]);
    out
}

/// A size in megabytes with one decimal, written the way `lang` writes numbers.
pub fn size_mb(bytes: usize, lang: Lang) -> String {
    let tenths = (bytes as u64 + 50_000) / 100_000;
    let sep = match lang {
        Lang::En => '.',
        Lang::De => ',',
    };
    format!("{}{sep}{}", tenths / 10, tenths % 10)
}

/// A text passed as a prop: cloning shares it, comparing is by pointer first (a pasted log of
/// many megabytes is neither copied nor scanned when the page re-renders).
#[derive(Clone, Debug, Default)]
pub struct SharedText(pub AttrValue);

impl PartialEq for SharedText {
    fn eq(&self, other: &Self) -> bool {
        same_text(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<AttrValue> for SharedText {
    fn from(v: AttrValue) -> Self {
        SharedText(v)
    }
}

impl From<&str> for SharedText {
    fn from(v: &str) -> Self {
        SharedText(AttrValue::from(v.to_string()))
    }
}

impl From<String> for SharedText {
    fn from(v: String) -> Self {
        SharedText(AttrValue::from(v))
    }
}

/// The page state.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The text in the paste area, shared: cloning the state or passing it as a prop never
    /// copies a pasted log.
    pub text: AttrValue,
    /// Counts the times the page itself replaced the text (example, Clear, share link); the paste
    /// area is rebuilt only then, so a user's paste is never written back into it.
    pub text_rev: u32,
    /// The text was masked with [`crate::secrets::mask_owned`] when the page took it over (a
    /// text too large for the field, which nobody sees as typed): the analysis does not read it
    /// for secrets again.
    pub text_masked: bool,
    /// The hint fields.
    pub hints: HintInputs,
    /// The analysis of `analysed` with the hints.
    pub analysis: Shared<Analysis>,
    /// The text `analysis` belongs to (lags `text` while typing).
    pub analysed: AttrValue,
    /// The clock of the last analysis (Unix seconds).
    pub now: i64,
    /// UI language.
    pub lang: Lang,
    /// Theme preference.
    pub theme: Theme,
    /// The page shown.
    pub route: Route,
    /// The finding whose evidence is marked.
    pub selected: Option<usize>,
    /// Ticked checklist steps (by key).
    pub ticked: Shared<Vec<String>>,
    /// The reference filter.
    pub filter: String,
    /// Mask tenant/object ids and addresses in the copied report.
    pub mask_ids: bool,
    /// Embedded in another page (no chrome).
    pub embed: bool,
    /// The last notice.
    pub notice: Option<Notice>,
    /// The evidence script is shown ("Collect evidence").
    pub evidence_open: bool,
    /// What the page says about the file the text was read from (encoding, replaced bytes);
    /// gone when the text changes.
    pub file_note: Option<FileNote>,
    /// The analysis running in steps, if any (texts over [`STEP_THRESHOLD_BYTES`]).
    pub job: Option<Job>,
    /// Counts the analyses started; only the latest [`Job`] may report back.
    pub job_gen: u32,
}

impl Default for State {
    fn default() -> Self {
        State {
            text: AttrValue::default(),
            text_rev: 0,
            text_masked: false,
            hints: HintInputs::default(),
            analysis: Shared::default(),
            analysed: AttrValue::default(),
            now: 0,
            lang: Lang::En,
            theme: Theme::System,
            route: Route::Diagnose,
            selected: None,
            ticked: Shared::default(),
            filter: String::new(),
            mask_ids: true,
            embed: false,
            notice: None,
            evidence_open: false,
            file_note: None,
            job: None,
            job_gen: 0,
        }
    }
}

/// A new text for the paste area, as the input panel hands it over.
#[derive(Clone, Debug, PartialEq)]
pub enum Edited {
    /// Typed, or pasted into the field: the field's text.
    Typed(String),
    /// A paste too large for the field, read by the page straight into one shared string with
    /// its secrets masked (`platform::Pasted::read_masked`): taken as it is, never copied.
    Masked(AttrValue),
}

/// Everything that can happen on the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The paste area changed (analysis follows with [`Action::Analyse`]). A text too large for
    /// the field is taken over by the page: the field is rebuilt empty, the text kept.
    Edit(String),
    /// A paste too large for the field, its secrets masked already (see [`Edited::Masked`]): the
    /// page's text from now on, as with [`Action::Edit`] of a text too large for the field.
    TakeMasked(AttrValue),
    /// Empty the paste area and analyse (nothing) at `now`.
    Clear {
        /// The clock.
        now: i64,
    },
    /// Analyse the current text and hints at `now` (Unix seconds).
    Analyse {
        /// The clock.
        now: i64,
    },
    /// A file was opened or dropped: its bytes are decoded ([`crate::input::decode`]), become
    /// the text and are analysed at `now`.
    OpenFile {
        /// The file's bytes.
        bytes: Vec<u8>,
        /// The clock.
        now: i64,
    },
    /// A file was opened or dropped but the browser could not read it.
    FileUnreadable,
    /// The output of a question's command was pasted under the question: it is added to the
    /// end of the text, and the whole is analysed at `now`.
    AppendOutput {
        /// The output as pasted.
        output: String,
        /// The clock.
        now: i64,
    },
    /// Load an example by key and analyse it.
    LoadExample {
        /// Example key.
        key: String,
        /// The clock.
        now: i64,
    },
    /// A hint field changed (re-analyses at the last clock).
    SetHint(HintField, String),
    /// Mark the evidence of a finding (or none).
    Select(Option<usize>),
    /// Tick or untick a checklist step.
    ToggleStep(String),
    /// Switch language (the analysis holds the script in both languages: nothing is re-analysed).
    SetLang(Lang),
    /// Switch theme.
    SetTheme(Theme),
    /// The URL hash changed.
    Navigate(Route),
    /// The reference filter changed.
    SetFilter(String),
    /// Mask ids in the report.
    SetMask(bool),
    /// Show or hide the evidence script.
    ToggleEvidence,
    /// Set embed mode.
    SetEmbed(bool),
    /// Show a notice (or clear it).
    Notify(Option<Notice>),
    /// The analysis in steps number `gen` is `percent` done.
    Progress {
        /// The job's number.
        gen: u32,
        /// How far it is.
        percent: u8,
    },
    /// The analysis in steps number `gen` is complete (ignored when another one has started since).
    Analysed {
        /// The job's number.
        gen: u32,
        /// The result.
        analysis: Shared<Analysis>,
    },
}

impl State {
    /// Analyses the text with the current hints and language at `now`: at once when it is
    /// small, else by starting a [`Job`] (which replaces any running one).
    fn analysed_now(mut self, now: i64) -> Self {
        let opts = Options {
            now,
            lang: self.lang,
            hints: self.hints.hints(),
        };
        self.job_gen = self.job_gen.wrapping_add(1);
        if self.text.len() > STEP_THRESHOLD_BYTES {
            self.job = Some(Job {
                gen: self.job_gen,
                text: self.text.clone(),
                opts,
                percent: 0,
                masked: self.text_masked,
            });
            return self;
        }
        self.job = None;
        let analysis = Shared::new(analyze(&self.text, &opts));
        let text = self.text.clone();
        self.take_analysis(text, analysis, now)
    }

    /// Shows `analysis` of `text` made at `now`.
    fn take_analysis(mut self, text: AttrValue, analysis: Shared<Analysis>, now: i64) -> Self {
        // Keep the marked finding and ticks only while they still mean the same thing.
        if !same_text(&self.analysed, &text) {
            self.selected = None;
            self.ticked = Shared::default();
        }
        if self.selected.is_some_and(|i| i >= analysis.findings.len()) {
            self.selected = None;
        }
        self.analysis = analysis;
        self.analysed = text;
        self.now = now;
        self
    }

    /// Whether the shown result lags behind the text being typed, or an analysis is running.
    pub fn pending(&self) -> bool {
        self.job.is_some() || !same_text(&self.analysed, &self.text)
    }

    /// How far the running analysis in steps is (percent), if one is running.
    pub fn progress(&self) -> Option<u8> {
        self.job.as_ref().map(|j| j.percent)
    }

    /// Replaces the text from the page itself (not typed): the paste area shows it.
    fn replace_text(&mut self, text: AttrValue) {
        self.text_masked = false;
        self.text = text;
        self.text_rev = self.text_rev.wrapping_add(1);
        self.notice = None;
        self.file_note = None;
    }

    /// Takes `text` over as the page's text: one too large for the field (never shown as typed)
    /// is masked once here, in place, so that neither the analysis nor the evidence view copies
    /// it to mask it.
    fn take_text(&mut self, text: String) {
        if too_large_for_field(&text) {
            self.replace_text(AttrValue::from(
                crate::secrets::mask_owned(text).into_string(),
            ));
            self.text_masked = true;
        } else {
            self.replace_text(AttrValue::from(text));
        }
    }

    /// The pure transition function.
    pub fn apply(self, action: Action) -> State {
        let mut s = self;
        match action {
            Action::Edit(text) => {
                // The running analysis is for a text that is gone: it stops (the page analyses
                // the new text when the typing pauses).
                s.job = None;
                if too_large_for_field(&text) {
                    s.take_text(text);
                } else {
                    s.text_masked = false;
                    s.text = AttrValue::from(text);
                    s.notice = None;
                    s.file_note = None;
                }
                s
            }
            Action::TakeMasked(text) => {
                s.job = None;
                s.replace_text(text);
                s.text_masked = true;
                s
            }
            Action::OpenFile { bytes, now } => {
                let decoded = decode(&bytes);
                drop(bytes);
                let note = FileNote::of(&decoded);
                s.take_text(decoded.text);
                s.file_note = note;
                s.route = Route::Diagnose;
                s.analysed_now(now)
            }
            Action::FileUnreadable => {
                s.file_note = Some(FileNote::Unreadable);
                s
            }
            Action::Clear { now } => {
                s.replace_text(AttrValue::default());
                s.analysed_now(now)
            }
            Action::Analyse { now } => s.analysed_now(now),
            Action::AppendOutput { output, now } => {
                let output = output.trim_end();
                if output.trim().is_empty() {
                    return s;
                }
                let mut text = s.text.to_string();
                if !text.is_empty() {
                    text.truncate(text.trim_end().len());
                    text.push_str("\n\n");
                }
                text.push_str(output);
                text.push('\n');
                s.take_text(text);
                s.route = Route::Diagnose;
                s.analysed_now(now)
            }
            Action::LoadExample { key, now } => match EXAMPLES.iter().find(|e| e.key == key) {
                Some(ex) => {
                    s.replace_text(AttrValue::from(ex.text));
                    s.route = Route::Diagnose;
                    s.analysed_now(now)
                }
                None => s,
            },
            Action::SetHint(field, value) => {
                match field {
                    HintField::ObjectId => s.hints.object_id = value,
                    HintField::Mailbox => s.hints.mailbox = value,
                    HintField::ChangedAt => s.hints.changed_at = value,
                }
                let now = s.now;
                s.analysed_now(now)
            }
            Action::Select(i) => {
                s.selected = if s.selected == i { None } else { i };
                s
            }
            Action::ToggleStep(key) => {
                let mut t = (*s.ticked).clone();
                match t.iter().position(|k| *k == key) {
                    Some(i) => {
                        t.swap_remove(i);
                    }
                    None => t.push(key),
                }
                s.ticked = Shared::new(t);
                s
            }
            Action::SetLang(lang) => {
                s.lang = lang;
                s
            }
            Action::SetTheme(t) => {
                s.theme = t;
                s
            }
            Action::Navigate(route) => {
                if let Route::Shared(text) = &route {
                    s.replace_text(AttrValue::from(text.clone()));
                    s.route = Route::Diagnose;
                    let now = s.now;
                    return s.analysed_now(now);
                }
                s.route = route;
                s
            }
            Action::SetFilter(f) => {
                s.filter = f;
                s
            }
            Action::SetMask(m) => {
                s.mask_ids = m;
                s
            }
            Action::ToggleEvidence => {
                s.evidence_open = !s.evidence_open;
                s
            }
            Action::SetEmbed(e) => {
                s.embed = e;
                s
            }
            Action::Notify(n) => {
                s.notice = n;
                s
            }
            Action::Progress { gen, percent } => {
                if let Some(job) = s.job.as_mut().filter(|j| j.gen == gen) {
                    job.percent = percent;
                }
                s
            }
            Action::Analysed { gen, analysis } => match s.job.take() {
                Some(job) if job.gen == gen => s.take_analysis(job.text, analysis, job.opts.now),
                other => {
                    s.job = other;
                    s
                }
            },
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}
