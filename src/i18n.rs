//! Languages and bilingual text.

use serde::Serialize;

use crate::zstr::Zstr;

/// A language the product speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// German.
    De,
}

impl Lang {
    /// Parses `en`/`de` (also `en-US`, `de-AT`, …); anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let p = s.trim().get(..2)?.to_ascii_lowercase();
        match p.as_str() {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            _ => None,
        }
    }

    /// The two-letter code (`en`, `de`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }
}

/// The byte between a [`Text`]'s English and German parts (ASCII unit separator, which no text holds).
pub const SEP: u8 = 0x1f;

/// A static text in English and German (knowledge lives in the binary as data): one string,
/// `English` [`SEP`] `German`, as [`t!`](crate::t) joins it, known by its address alone (a
/// [`Zstr`]). One string and not two: a pointer and length pair per language packs badly in the
/// page, and there are thousands of texts; no length either, as a NUL after the text packs
/// smaller.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Text(Zstr);

impl Text {
    /// A text from its joined form, `English` [`SEP`] `German`, followed by a NUL byte (what
    /// [`t!`](crate::t) writes).
    #[doc(hidden)]
    pub const fn from_joined(s: &'static str) -> Text {
        Text(Zstr::new(s))
    }

    /// The joined form, `English` [`SEP`] `German`.
    pub const fn joined(&self) -> &'static str {
        self.0.get()
    }

    /// The English part and the German part (both the whole string if it holds no separator).
    fn parts(&self) -> (&'static str, &'static str) {
        let s = self.joined();
        s.split_once(SEP as char).unwrap_or((s, s))
    }

    /// English.
    pub fn en(&self) -> &'static str {
        self.parts().0
    }

    /// German.
    pub fn de(&self) -> &'static str {
        self.parts().1
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en(),
            Lang::De => self.de(),
        }
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Text")
            .field("en", &self.en())
            .field("de", &self.de())
            .finish()
    }
}

/// Whether `joined` holds [`SEP`] exactly once: neither language of a [`Text`] may hold it, or
/// the split would move words from one language to the other. [`t!`](crate::t) checks every
/// text with it at compile time.
#[doc(hidden)]
pub const fn one_separator(joined: &str) -> bool {
    let b = joined.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        if b[i] == SEP {
            n += 1;
        }
        i += 1;
    }
    n == 1
}

/// Shorthand for a [`Text`] literal: `t!("English", "Deutsch")`, joined at compile time into one
/// string (both arguments are literals). A text holding the separator U+001F does not compile.
///
/// ```
/// let t = exo_oauth_doctor::t!("Verify:", "Prüfen:");
/// assert_eq!((t.en(), t.de()), ("Verify:", "Prüfen:"));
/// ```
///
/// ```compile_fail,E0080
/// // The English part holds the separator: the compile-time check refuses it.
/// let _ = exo_oauth_doctor::t!("Ver\u{1f}ify:", "Prüfen:");
/// ```
///
/// ```compile_fail,E0080
/// let _ = exo_oauth_doctor::t!("Verify:", "Prü\u{1f}fen:");
/// ```
///
/// ```compile_fail,E0080
/// // A NUL byte would end the text early: the compile-time check refuses it.
/// let _ = exo_oauth_doctor::t!("Verify:\0", "Prüfen:");
/// ```
#[macro_export]
macro_rules! t {
    ($en:expr, $de:expr) => {{
        const JOINED: &str = concat!($en, "\u{1f}", $de, "\0");
        const _: () = assert!(
            $crate::i18n::one_separator(JOINED),
            "a text holds the separator U+001F"
        );
        const TEXT: $crate::i18n::Text = $crate::i18n::Text::from_joined(JOINED);
        TEXT
    }};
}

/// A text built at run time (with values filled in) in English and German.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LocalText {
    /// English.
    pub en: String,
    /// German.
    pub de: String,
}

impl LocalText {
    /// Builds a text from its two languages.
    pub fn new(en: impl Into<String>, de: impl Into<String>) -> Self {
        LocalText {
            en: en.into(),
            de: de.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::De => &self.de,
        }
    }
}

impl From<Text> for LocalText {
    fn from(t: Text) -> Self {
        LocalText::new(t.en(), t.de())
    }
}

/// `[S]::join` for string slices through one copy of the joining code: the standard library's
/// `join` is instantiated per element type (`String`, `&str`), each with its own copy loop.
pub trait Joined {
    /// The parts joined by `sep`, as `join` gives them.
    fn joined(&self, sep: &str) -> String;
}

impl<S: AsRef<str>> Joined for [S] {
    fn joined(&self, sep: &str) -> String {
        join_parts(&mut self.iter().map(AsRef::as_ref), sep)
    }
}

fn join_parts(parts: &mut dyn Iterator<Item = &str>, sep: &str) -> String {
    let mut out = String::new();
    if let Some(first) = parts.next() {
        out.push_str(first);
        for p in parts {
            out.push_str(sep);
            out.push_str(p);
        }
    }
    out
}

/// `str::replace` with a text pattern through one copy of the replacing code, its candidates
/// found by [`memchr::memchr`]: the standard library's `replace` is instantiated per pattern type (`&str`,
/// `char`) and searches with its own two-way searcher. `from` is
/// not empty (every caller's is a fixed text; an empty one leaves the text as it is).
pub trait ReplaceAll {
    /// Every non-overlapping `from` replaced by `to`, as `replace` gives it.
    fn replace_all(&self, from: &str, to: &str) -> String;
}

impl ReplaceAll for str {
    // One copy for every caller: inlined, it would be copied into each.
    #[inline(never)]
    fn replace_all(&self, from: &str, to: &str) -> String {
        let (h, n) = (self.as_bytes(), from.as_bytes());
        debug_assert!(!n.is_empty());
        let Some(&first) = n.first() else {
            return self.to_string();
        };
        let mut out = String::with_capacity(self.len());
        let (mut last, mut i) = (0, 0);
        // The texts replaced in are short (templates, commands): each candidate is compared.
        while let Some(o) = memchr::memchr(first, &h[i..]) {
            let p = i + o;
            if h[p..].starts_with(n) {
                out.push_str(&self[last..p]);
                out.push_str(to);
                last = p + n.len();
                i = last;
            } else {
                i = p + 1;
            }
        }
        out.push_str(&self[last..]);
        out
    }
}

/// `s` split around its last `c`, an ASCII byte (`s.rsplit_once(c as char)`): one search for
/// the last byte ([`memchr::memrchr`]) in place of the standard library's reverse character
/// searcher, which the page would carry for a few such splits.
pub fn rsplit_once_ascii(s: &str, c: u8) -> Option<(&str, &str)> {
    debug_assert!(c.is_ascii());
    let p = memchr::memrchr(c, s.as_bytes())?;
    Some((s.get(..p)?, s.get(p + 1..)?))
}

/// What follows the last `c` in `s`, an ASCII byte, or all of `s` without one
/// (`s.rsplit(c as char).next()`), as [`rsplit_once_ascii`] finds it.
pub fn after_last_ascii(s: &str, c: u8) -> &str {
    rsplit_once_ascii(s, c).map_or(s, |(_, after)| after)
}

/// `s` in lower case for matching and searching: ASCII and the Latin-1 letters (`À`–`Þ` but `×`),
/// which hold every letter of English and German; other characters stay as they are. Byte and
/// character positions are those of `s`. (Not `str::to_lowercase`: its Unicode tables cost the
/// page several KiB, and the texts compared are English, German and log text.)
pub fn fold_case(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // The byte fold maps a Latin-1 capital's two bytes to its small letter's two bytes and
    // leaves every other byte as it is, so valid UTF-8 stays valid.
    String::from_utf8(fold_case_bytes(s.as_bytes()))
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// `b` with German's umlauts written out put back (`ae` → `ä`, `oe` → `ö`, `ue` → `ü`, and
/// their capitals), when `b` is ASCII and holds such a pair: scripts, logs and programs that
/// keep to ASCII write "Zeitueberschreitung" and "ungueltig", which the German needles spell
/// with the umlaut. `None` when there is nothing to put back. Only for a second reading of a
/// text the first did not know: English words get umlauts too ("queue" → "qüü"), which no
/// needle holds, and a German word with a real `ue` ("neue") is read as written the first time.
pub fn umlauts(b: &[u8]) -> Option<Vec<u8>> {
    if !b.is_ascii() {
        return None;
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let mut any = false;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).map(u8::to_ascii_lowercase);
        let vowel = match c.to_ascii_lowercase() {
            b'a' => Some(0xA4),
            b'o' => Some(0xB6),
            b'u' => Some(0xBC),
            _ => None,
        };
        // Wherever it stands ("Ueberpruefen", "Schluessel").
        if let (Some(low), Some(b'e')) = (vowel, next) {
            let capital = c.is_ascii_uppercase();
            out.extend_from_slice(&[0xC3, if capital { low - 0x20 } else { low }]);
            i += 2;
            any = true;
            continue;
        }
        out.push(c);
        i += 1;
    }
    any.then_some(out)
}

/// [`fold_case`] in the form a phrase is looked for in (see [`match_form`]).
pub fn fold_for_match(s: &str) -> String {
    let mut b = fold_case_bytes(s.as_bytes());
    match_form(&mut b);
    // Latin-1 letters folded in place, only ASCII blanks and whole typographic quotes dropped or
    // replaced: still UTF-8.
    String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Puts folded text in the form phrases are looked for in: each run of blanks and tabs one
/// blank (a double space, a wrapped line joined after its trailing blank), and typographic
/// quotes (`’ ‘ ‚ “ ” „`, which forums, word processors and translations put in) as ASCII
/// ones, so `isn’t` reads as `isn't`. The text can get shorter: only for matching, never for
/// positions.
pub fn match_form(b: &mut Vec<u8>) {
    // Most lines need nothing: find the first byte that changes (one pass, no allocation).
    let first = b
        .iter()
        .enumerate()
        .position(|(i, &c)| c == b'\t' || c == 0xE2 || (c == b' ' && i > 0 && b[i - 1] == b' '));
    let Some(first) = first else {
        return;
    };
    let (mut r, mut w) = (first, first);
    let mut prev_blank = first > 0 && b[first - 1] == b' ';
    while r < b.len() {
        let mut c = b[r];
        let mut len = 1;
        if c == 0xE2 && b.get(r + 1) == Some(&0x80) {
            match b.get(r + 2) {
                Some(0x98..=0x9A) => (c, len) = (b'\'', 3),
                Some(0x9C..=0x9E) => (c, len) = (b'"', 3),
                _ => {}
            }
        }
        let blank = matches!(c, b' ' | b'\t');
        if !(blank && prev_blank) {
            b[w] = if blank { b' ' } else { c };
            w += 1;
        }
        prev_blank = blank;
        r += len;
    }
    b.truncate(w);
}

/// [`fold_case`] on bytes (UTF-8 or not), for the scanner's phrase matching: ASCII and the
/// Latin-1 capitals (`À`–`Þ` but `×`, two bytes each) in lower case, in place of their bytes,
/// so positions stay those of `b`. A German sentence starting with `Überprüfen` or `Ändern`
/// meets its lower-case needle.
pub fn fold_case_bytes(b: &[u8]) -> Vec<u8> {
    let mut out = b.to_ascii_lowercase();
    let mut i = 0;
    while let Some(o) = memchr::memchr(0xC3, &out[i..]) {
        let p = i + o + 1;
        if let Some(c) = out.get_mut(p) {
            if (0x80..=0x9E).contains(c) && *c != 0x97 {
                *c += 0x20;
            }
        }
        i = p;
    }
    out
}

#[cfg(test)]
mod text_tests {
    use super::{one_separator, Lang, Text};

    #[test]
    fn umlauts_written_out_are_put_back_in_ascii_texts_only() {
        let u = |s: &str| super::umlauts(s.as_bytes()).map(|b| String::from_utf8(b).unwrap());
        assert_eq!(
            u("Ueberpruefen Sie den Schluessel, Aenderung, OEffnen").as_deref(),
            Some("Überprüfen Sie den Schlüssel, Änderung, Öffnen")
        );
        // Nothing to put back, or a text that has its umlauts (or other non-ASCII) already.
        assert_eq!(u("Fehler beim Senden"), None);
        assert_eq!(u("Zeitüberschreitung, neue Verbindung"), None);
        assert_eq!(u(""), None);
    }

    #[test]
    fn a_text_splits_into_its_two_languages() {
        let t = t!("Verify:", "Prüfen:");
        assert_eq!((t.en(), t.de()), ("Verify:", "Prüfen:"));
        assert_eq!((t.get(Lang::En), t.get(Lang::De)), ("Verify:", "Prüfen:"));
        assert_eq!(t.joined(), "Verify:\u{1f}Prüfen:");
        let empty = t!("", "");
        assert_eq!((empty.en(), empty.de()), ("", ""));
        assert_eq!(format!("{t:?}"), r#"Text { en: "Verify:", de: "Prüfen:" }"#);
    }

    #[test]
    fn the_separator_check_refuses_a_text_holding_it() {
        assert!(one_separator("Verify:\u{1f}Prüfen:"));
        assert!(one_separator("\u{1f}"));
        // The English part holding it, the German part holding it, no separator at all.
        assert!(!one_separator("Ver\u{1f}ify:\u{1f}Prüfen:"));
        assert!(!one_separator("Verify:\u{1f}Prü\u{1f}fen:"));
        assert!(!one_separator("Verify: Prüfen:"));
        // Without the separator the split has nothing to go by: both parts are the whole.
        let bare = Text::from_joined("Verify:\0");
        assert_eq!((bare.en(), bare.de()), ("Verify:", "Verify:"));
    }
}

#[cfg(test)]
mod fold_tests {
    use super::fold_case;

    #[test]
    fn folds_english_and_german_letters_and_keeps_positions() {
        for (s, want) in [
            ("Prüfen ÄÖÜ ẞ ß", "prüfen äöü ẞ ß"),
            ("AADSTS50011 Reply URL", "aadsts50011 reply url"),
            ("Größe × ÀÞ", "größe × àþ"),
        ] {
            assert_eq!(fold_case(s), want);
            assert_eq!(fold_case(s).len(), s.len());
            assert_eq!(super::fold_case_bytes(s.as_bytes()), want.as_bytes());
        }
    }

    #[test]
    fn folding_bytes_is_folding_characters() {
        // The definition: ASCII and the Latin-1 capitals but `×` to their small letters.
        let by_char = |c: char| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            '\u{C0}'..='\u{DE}' if c != '\u{D7}' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
            _ => c,
        };
        let all: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        let want: String = all.chars().map(by_char).collect();
        assert_eq!(fold_case(&all), want);
    }
}
