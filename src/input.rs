//! Reading an input file's bytes as text: UTF-8 (with or without a byte order mark) and UTF-16
//! (little or big endian, with a byte order mark, or without one when the bytes show it).
//!
//! Windows PowerShell 5.1 writes UTF-16LE with a byte order mark when output is redirected with
//! `>` or written with `Out-File`, so an admin's transcript often arrives in that form. The CLI
//! (a file or standard input) and the page (a file opened or dropped) both read bytes through
//! [`decode`], so both see the same text.
//!
//! Spans: the analysis runs on the decoded text ([`Decoded::text`]), and every span it reports
//! is a byte offset into that text, which is also what the page shows. Spans therefore point at
//! the same characters whatever encoding the file had; they are not offsets into the file.
//!
//! Only the standard library decodes ([`char::decode_utf16`], `<[u8]>::utf8_chunks`): no
//! encoding crate is added to the page's wasm bundle for two encodings.

/// The encoding a text was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8 (also the fallback for bytes that are neither).
    Utf8,
    /// UTF-16, little endian (what Windows PowerShell 5.1 writes with `>` and `Out-File`).
    Utf16Le,
    /// UTF-16, big endian.
    Utf16Be,
}

impl Encoding {
    /// The usual name: `UTF-8`, `UTF-16LE`, `UTF-16BE`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
        }
    }
}

/// A decoded input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte order mark.
    pub text: String,
    /// The encoding it was read in.
    pub encoding: Encoding,
    /// Whether the bytes started with a byte order mark (it is not part of [`Decoded::text`]).
    pub bom: bool,
    /// How many U+FFFD replacement characters decoding put in for bytes that were not valid in
    /// [`Decoded::encoding`] (replacement characters already in the input are not counted).
    pub replaced: usize,
}

/// How many bytes from the start the BOM-less UTF-16 test looks at.
const SNIFF_BYTES: usize = 4096;

/// Decodes an input file's bytes. Never panics.
///
/// The encoding is chosen in this order:
/// 1. a byte order mark: `EF BB BF` → UTF-8, `FF FE` → UTF-16LE, `FE FF` → UTF-16BE (the mark
///    is dropped);
/// 2. valid UTF-8 without NUL bytes → UTF-8 (every ordinary text; the bytes are only checked);
/// 3. UTF-16 without a mark, when the first 4 KiB look like it: at least half of the 16-bit
///    units have a zero high byte (NUL at every odd offset for little endian, every even offset
///    for big endian; true of ASCII and Latin text, so of any log or transcript) and at most one
///    in ten has a zero low byte. A UTF-8 text never has that many NULs;
/// 4. otherwise UTF-8.
///
/// Invalid input is never refused: in UTF-8 each maximal invalid byte sequence becomes one
/// U+FFFD (as [`String::from_utf8_lossy`] does); in UTF-16 each unpaired surrogate becomes one
/// U+FFFD, and an odd last byte (half a unit, e.g. a file cut short) becomes one U+FFFD. Each
/// is counted in [`Decoded::replaced`].
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, Encoding::Utf16Le, true);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, Encoding::Utf16Be, true);
    }
    if memchr::memchr(0, bytes).is_none() {
        return utf8(bytes, false);
    }
    match sniff_utf16(bytes) {
        Some(encoding) => utf16(bytes, encoding, false),
        None => utf8(bytes, false),
    }
}

/// [`decode`] for bytes the caller owns: valid UTF-8 (with or without BOM) becomes the text in
/// the same allocation, so reading a large file holds it once, not twice.
pub fn decode_vec(mut bytes: Vec<u8>) -> Decoded {
    let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
    let utf16_bom = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if bom || (!utf16_bom && memchr::memchr(0, &bytes).is_none()) {
        if bom {
            bytes.drain(..3);
        }
        return match String::from_utf8(bytes) {
            Ok(text) => Decoded {
                text,
                encoding: Encoding::Utf8,
                bom,
                replaced: 0,
            },
            Err(e) => utf8(e.as_bytes(), bom),
        };
    }
    decode(&bytes)
}

/// The UTF-16 byte order the start of `bytes` shows, if it shows one (see [`decode`], step 3).
fn sniff_utf16(bytes: &[u8]) -> Option<Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES) & !1];
    let units = head.len() / 2;
    if units == 0 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let looks = |high: usize, low: usize| high * 2 >= units && low * 10 <= units;
    if looks(odd, even) {
        Some(Encoding::Utf16Le)
    } else if looks(even, odd) {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// UTF-8, invalid sequences replaced.
fn utf8(bytes: &[u8], bom: bool) -> Decoded {
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            text.push(char::REPLACEMENT_CHARACTER);
            replaced += 1;
        }
    }
    Decoded {
        text,
        encoding: Encoding::Utf8,
        bom,
        replaced,
    }
}

/// UTF-16 in the given byte order, unpaired surrogates and an odd last byte replaced.
fn utf16(bytes: &[u8], encoding: Encoding, bom: bool) -> Decoded {
    let pairs = bytes.chunks_exact(2);
    let odd_tail = !pairs.remainder().is_empty();
    let units = pairs.map(|p| match encoding {
        Encoding::Utf16Be => u16::from_be_bytes([p[0], p[1]]),
        _ => u16::from_le_bytes([p[0], p[1]]),
    });
    // Mostly ASCII: about one UTF-8 byte per unit.
    let mut text = String::with_capacity(bytes.len() / 2 + 4);
    let mut replaced = 0;
    for c in char::decode_utf16(units) {
        text.push(c.unwrap_or_else(|_| {
            replaced += 1;
            char::REPLACEMENT_CHARACTER
        }));
    }
    if odd_tail {
        text.push(char::REPLACEMENT_CHARACTER);
        replaced += 1;
    }
    Decoded {
        text,
        encoding,
        bom,
        replaced,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn le(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    #[test]
    fn plain_utf8_is_kept() {
        let d = decode("Grüße\r\nAADSTS7000215".as_bytes());
        assert_eq!(d.text, "Grüße\r\nAADSTS7000215");
        assert_eq!((d.encoding, d.bom, d.replaced), (Encoding::Utf8, false, 0));
    }

    #[test]
    fn utf8_bom_is_dropped() {
        let d = decode(b"\xEF\xBB\xBFPS C:\\>");
        assert_eq!(d.text, "PS C:\\>");
        assert_eq!((d.encoding, d.bom), (Encoding::Utf8, true));
    }

    #[test]
    fn utf16le_without_bom_is_recognised() {
        let d = decode(&le("PS C:\\> Get-Mailbox"));
        assert_eq!(d.text, "PS C:\\> Get-Mailbox");
        assert_eq!((d.encoding, d.bom), (Encoding::Utf16Le, false));
    }

    #[test]
    fn a_few_nuls_in_utf8_stay_utf8() {
        let d = decode(b"abc\0def ghi jkl");
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(d.text, "abc\0def ghi jkl");
    }

    #[test]
    fn invalid_utf8_is_replaced_and_counted() {
        let d = decode(b"a\xFF\xFEb\xC3");
        assert_eq!(d.text, "a\u{FFFD}\u{FFFD}b\u{FFFD}");
        assert_eq!(d.replaced, 3);
    }
}
