//! Lists of words and phrases kept as one string.
//!
//! A `&'static [&'static str]` costs a pointer-and-length pair per entry besides the text, and
//! pointers pack badly in the page (addresses do not repeat); the known texts hold close to two
//! thousand such entries. A [`Words`] is the entries joined by [`SEP`] at compile time by
//! [`words!`](crate::words), known by its address alone (a [`Zstr`]): one pointer per list.

use crate::zstr::Zstr;

/// The byte between two entries of a [`Words`] (ASCII record separator, which no entry holds).
pub const SEP: u8 = 0x1e;

/// A list of words or phrases, `a` [`SEP`] `b` [`SEP`] `c`, as [`words!`](crate::words) joins
/// it; no entry is empty.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Words(Zstr);

impl Words {
    /// The empty list.
    pub const EMPTY: Words = Words(Zstr::new("\0"));

    /// A list from its joined form followed by a NUL byte (what [`words!`](crate::words)
    /// writes).
    #[doc(hidden)]
    pub const fn from_joined(s: &'static str) -> Words {
        Words(Zstr::new(s))
    }

    /// Whether the list has no entry.
    pub const fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// The first entry, if any.
    pub fn first(self) -> Option<&'static str> {
        self.iter().next()
    }

    /// Whether `w` is one of the entries.
    pub fn contains(self, w: &str) -> bool {
        self.iter().any(|e| e == w)
    }

    /// Whether `w` is one of the entries, ASCII letters compared without case.
    pub fn contains_ignore_ascii_case(self, w: &[u8]) -> bool {
        self.iter().any(|e| e.as_bytes().eq_ignore_ascii_case(w))
    }

    /// The entries, in order.
    pub fn iter(self) -> Iter {
        Iter(self.0.get())
    }

    /// The first entry of the joined bytes `b` (of a [`Words`]) and the bytes after it (past its
    /// separator): for compile-time readers of the lists, which cannot call [`Words::iter`].
    pub const fn split_first(b: &[u8]) -> (&[u8], &[u8]) {
        let mut i = 0;
        while i < b.len() && b[i] != SEP {
            i += 1;
        }
        let (entry, rest) = b.split_at(i);
        match rest.split_first() {
            Some((_, after)) => (entry, after),
            None => (entry, rest),
        }
    }

    /// The joined bytes (see [`Words::split_first`]).
    pub const fn joined_bytes(self) -> &'static [u8] {
        self.0.get().as_bytes()
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = Iter;

    fn into_iter(self) -> Iter {
        self.iter()
    }
}

/// The entries of a [`Words`].
#[derive(Clone)]
pub struct Iter(&'static str);

impl Iterator for Iter {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        if self.0.is_empty() {
            return None;
        }
        match memchr::memchr(SEP, self.0.as_bytes()) {
            Some(i) => {
                // SEP is ASCII: both sides are whole characters.
                let (entry, rest) = (self.0.get(..i)?, self.0.get(i + 1..)?);
                self.0 = rest;
                Some(entry)
            }
            None => Some(std::mem::take(&mut self.0)),
        }
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The length of `parts` joined by [`SEP`]; panics (at compile time, in
/// [`words!`](crate::words)) when an entry is empty or holds the separator.
#[doc(hidden)]
pub const fn joined_len(parts: &[&str]) -> usize {
    let mut i = 0;
    while i < parts.len() {
        let b = parts[i].as_bytes();
        assert!(!b.is_empty(), "an entry of a word list is empty");
        let mut j = 0;
        while j < b.len() {
            assert!(
                b[j] != SEP,
                "an entry of a word list holds the separator U+001E"
            );
            j += 1;
        }
        i += 1;
    }
    concat_len(parts, Some(SEP)) + 1
}

/// `parts` joined by [`SEP`] and followed by a NUL byte, `N` bytes long (see [`joined_len`]).
#[doc(hidden)]
pub const fn join<const N: usize>(parts: &[&str]) -> [u8; N] {
    concat_nul(parts, Some(SEP))
}

/// The length of `parts` one after the other, with `sep` between each two when given: the
/// length [`concat`] takes. The compile-time packing of every table that keeps its texts in one
/// string (the word lists here, the AADSTS names, meanings and message phrases) goes through
/// these two.
pub const fn concat_len(parts: &[&str], sep: Option<u8>) -> usize {
    let (mut n, mut i) = (0, 0);
    while i < parts.len() {
        if i > 0 && sep.is_some() {
            n += 1;
        }
        n += parts[i].len();
        i += 1;
    }
    n
}

/// `parts` one after the other, with `sep` between each two when given, `N` bytes long (see
/// [`concat_len`]).
pub const fn concat<const N: usize>(parts: &[&str], sep: Option<u8>) -> [u8; N] {
    let (out, n) = concat_prefix(parts, sep);
    assert!(n == N, "the packed length is not the one given");
    out
}

/// [`concat`] followed by a NUL byte, `N` bytes long (one more than [`concat_len`]): the form
/// of a [`Zstr`].
pub const fn concat_nul<const N: usize>(parts: &[&str], sep: Option<u8>) -> [u8; N] {
    let (out, n) = concat_prefix(parts, sep);
    assert!(n + 1 == N, "the packed length is not the one given");
    out
}

/// [`concat`]'s bytes at the start of `N` zero bytes, and how many they are.
const fn concat_prefix<const N: usize>(parts: &[&str], sep: Option<u8>) -> ([u8; N], usize) {
    let mut out = [0u8; N];
    let (mut n, mut i) = (0, 0);
    while i < parts.len() {
        if let (true, Some(sep)) = (i > 0, sep) {
            out[n] = sep;
            n += 1;
        }
        let b = parts[i].as_bytes();
        let mut j = 0;
        while j < b.len() {
            out[n] = b[j];
            n += 1;
            j += 1;
        }
        i += 1;
    }
    (out, n)
}

/// A [`Words`] literal: `words!["a", "b", SOME_CONST]`, joined at compile time into one string
/// (entries are string constants), followed by a NUL byte. An empty entry or one holding U+001E
/// or a NUL byte does not compile.
///
/// ```
/// let w = exo_oauth_doctor::words!["invalid_grant", "expired|abgelaufen"];
/// assert_eq!(w.iter().collect::<Vec<_>>(), ["invalid_grant", "expired|abgelaufen"]);
/// assert!(exo_oauth_doctor::words![].iter().next().is_none());
/// ```
///
/// ```compile_fail,E0080
/// let _ = exo_oauth_doctor::words!["a", ""];
/// ```
///
/// ```compile_fail,E0080
/// let _ = exo_oauth_doctor::words!["a\u{1e}b"];
/// ```
///
/// ```compile_fail,E0080
/// let _ = exo_oauth_doctor::words!["a\0b"];
/// ```
#[macro_export]
macro_rules! words {
    () => {
        $crate::catalogue::words::Words::EMPTY
    };
    ($($entry:expr),+ $(,)?) => {{
        const PARTS: &[&str] = &[$($entry),+];
        const N: usize = $crate::catalogue::words::joined_len(PARTS);
        const BYTES: [u8; N] = $crate::catalogue::words::join::<N>(PARTS);
        const JOINED: &str = match ::core::str::from_utf8(&BYTES) {
            Ok(s) => s,
            Err(_) => panic!("a word list is not UTF-8"),
        };
        const WORDS: $crate::catalogue::words::Words =
            $crate::catalogue::words::Words::from_joined(JOINED);
        WORDS
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_come_back_in_order() {
        const W: Words = crate::words!["a", "bc|d", "é"];
        assert_eq!(W.iter().collect::<Vec<_>>(), ["a", "bc|d", "é"]);
        assert_eq!(W.first(), Some("a"));
        assert!(!W.is_empty());
        assert_eq!(format!("{W:?}"), r#"["a", "bc|d", "é"]"#);
        let one = crate::words!["only"];
        assert_eq!(one.iter().collect::<Vec<_>>(), ["only"]);
        assert!(Words::EMPTY.is_empty() && Words::EMPTY.first().is_none());
    }

    #[test]
    fn compile_time_readers_see_the_same_entries() {
        let w = crate::words!["ab", "c", "def"];
        let (mut rest, mut seen) = (w.joined_bytes(), Vec::new());
        while !rest.is_empty() {
            let (entry, after) = Words::split_first(rest);
            seen.push(std::str::from_utf8(entry).unwrap_or(""));
            rest = after;
        }
        assert_eq!(seen, w.iter().collect::<Vec<_>>());
    }
}
