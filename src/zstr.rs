//! Static strings known by their address alone.
//!
//! A `&'static str` is a pointer and a length; in the page's knowledge tables (thousands of
//! [`Text`](crate::i18n::Text)s and [`Words`](crate::catalogue::Words)) the lengths cost more
//! once packed than a NUL byte after each string does. A [`Zstr`] is the pointer only, to the
//! text followed by a NUL byte; its length is found when it is read.

use std::ffi::CStr;

/// A static UTF-8 string followed by a NUL byte (and holding none), by its address.
#[derive(Clone, Copy)]
pub struct Zstr(*const u8);

// SAFETY: a `Zstr` is a shared reference to immutable static bytes in all but its type.
unsafe impl Sync for Zstr {}
// SAFETY: as above.
unsafe impl Send for Zstr {}

impl Zstr {
    /// The string `s` without its last byte, which must be its only NUL (at compile time: a
    /// `Zstr` constant whose text holds a NUL or lacks the last one does not compile).
    pub const fn new(s: &'static str) -> Zstr {
        match CStr::from_bytes_with_nul(s.as_bytes()) {
            Ok(c) => Zstr(c.as_ptr().cast()),
            Err(_) => panic!("a static text holds a NUL byte or does not end in one"),
        }
    }

    /// The text.
    pub const fn get(self) -> &'static str {
        // SAFETY: `new` took the pointer from a `&'static str` (UTF-8) that ends in its only NUL
        // byte, so the bytes before that NUL are the text, valid for the program's life.
        unsafe { std::str::from_utf8_unchecked(CStr::from_ptr(self.0.cast()).to_bytes()) }
    }

    /// Whether the text is empty (its first byte is the NUL).
    pub const fn is_empty(self) -> bool {
        // SAFETY: the pointer points to at least the NUL byte (see `get`).
        unsafe { *self.0 == 0 }
    }
}

impl PartialEq for Zstr {
    fn eq(&self, other: &Zstr) -> bool {
        self.get() == other.get()
    }
}

impl Eq for Zstr {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_the_text() {
        const A: Zstr = Zstr::new("Prüfen\0");
        const E: Zstr = Zstr::new("\0");
        assert_eq!(A.get(), "Prüfen");
        assert!(!A.is_empty() && E.is_empty() && E.get().is_empty());
        assert!(A == Zstr::new("Prüfen\0") && A != E);
    }
}
