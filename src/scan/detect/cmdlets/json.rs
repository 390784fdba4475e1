//! The JSON form of command output (`ConvertTo-Json`, `az`, the sign-in log): read with byte
//! offsets kept, tolerant of a cut-off paste.

use super::*;

/// The offset from `from` of the next `"` or `\\` of `t[..end]`: most keys and values end within
/// sixteen bytes, looked at with vector compares before a `memchr` call.
pub(super) fn quote_or_backslash(t: &[u8], from: usize, end: usize) -> Option<usize> {
    use crate::secrets::eq16;
    match t.get(from..from + 16) {
        Some(q) if from + 16 <= end => match eq16(q, b'"') | eq16(q, b'\\') {
            0 => memchr::memchr2(b'"', b'\\', t.get(from + 16..end)?).map(|o| o + 16),
            m => Some(m.trailing_zeros() as usize),
        },
        _ => memchr::memchr2(b'"', b'\\', t.get(from..end)?),
    }
}

/// A small JSON reader that keeps byte offsets and document order, and keeps what it read
/// when the text is cut off.
pub(super) struct Json<'t> {
    pub(super) t: &'t [u8],
    pub(super) text: &'t str,
    pub(super) i: usize,
    pub(super) end: usize,
    pub(super) depth: u32,
    pub(super) recs: Vec<Rec>,
}

/// A JSON key normalised like [`cat::normalize`] without allocating: letters and digits, lower
/// case; keys longer than any property name read as no key.
struct Key {
    buf: [u8; 40],
    len: usize,
}

impl Key {
    pub(super) fn of(raw: &[u8]) -> Key {
        let mut k = Key {
            buf: [0; 40],
            len: 0,
        };
        // A key that cannot hold more letters and digits than the buffer takes is copied
        // without a branch per byte: each byte is written, and kept by counting it.
        if raw.len() <= k.buf.len() {
            for &c in raw {
                k.buf[k.len] = c.to_ascii_lowercase();
                k.len += usize::from(c.is_ascii_alphanumeric());
            }
            return k;
        }
        for &c in raw {
            if c.is_ascii_alphanumeric() {
                if k.len == k.buf.len() {
                    k.len = 0;
                    break;
                }
                k.buf[k.len] = c.to_ascii_lowercase();
                k.len += 1;
            }
        }
        k
    }

    /// The key's bytes (ASCII letters and digits).
    pub(super) fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl Json<'_> {
    pub(super) fn ws(&mut self) {
        while self.i < self.end && matches!(self.t[self.i], b' ' | b'\t' | b'\r' | b'\n') {
            self.i += 1;
        }
    }

    pub(super) fn peek(&self) -> Option<u8> {
        (self.i < self.end).then(|| self.t[self.i])
    }

    /// A string at `"`: the span inside the quotes (escapes left as they are: a quote or a
    /// backslash byte is never part of a multi-byte character, so bytes can be skipped).
    pub(super) fn raw_string(&mut self) -> Option<(usize, usize)> {
        if self.peek()? != b'"' {
            return None;
        }
        self.i += 1;
        let s = self.i;
        while self.i < self.end {
            // Straight to the next quote or backslash.
            let next = quote_or_backslash(self.t, self.i, self.end);
            let Some(o) = next else {
                self.i = self.end;
                return None;
            };
            self.i += o;
            if self.t[self.i] == b'"' {
                let e = self.i;
                self.i += 1;
                return Some((s, e));
            }
            self.i += 2;
        }
        None
    }

    /// The text of a string's inside `[s, e)` with its escapes undone.
    pub(super) fn decode(&self, s: usize, e: usize) -> String {
        let raw = self.text.get(s..e).unwrap_or("");
        if !raw.contains('\\') {
            return raw.to_string();
        }
        let mut v = String::with_capacity(raw.len());
        let mut chars = raw.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                v.push(c);
                continue;
            }
            match chars.next() {
                Some('n') => v.push('\n'),
                Some('t') => v.push('\t'),
                Some('r') => v.push('\r'),
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let cp = u32::from_str_radix(&hex, 16).ok();
                    v.push(cp.and_then(char::from_u32).unwrap_or('\u{fffd}'));
                }
                Some(other) => v.push(other),
                None => {}
            }
        }
        v
    }

    /// A string, number, `true`, `false` or `null`: its span, and whether it was a string.
    pub(super) fn scalar(&mut self) -> Option<(usize, usize, bool)> {
        if self.peek()? == b'"' {
            let (s, e) = self.raw_string()?;
            return Some((s, e, true));
        }
        let s = self.i;
        while self.i < self.end
            && (self.t[self.i].is_ascii_alphanumeric()
                || matches!(self.t[self.i], b'-' | b'+' | b'.'))
        {
            self.i += 1;
        }
        (self.i > s).then_some((s, self.i, false))
    }

    /// A value under `key` of the object named `parent`, merged into record `rec` when it is
    /// an object's property (a new record for each object of a list).
    pub(super) fn value(&mut self, parent: &[u8], key: &[u8], rec: Option<usize>) -> Option<()> {
        self.ws();
        match self.peek()? {
            b'{' => self.object(key, rec),
            b'[' => self.array(parent, key, rec),
            _ => {
                let (s, e, string) = self.scalar()?;
                if let (Some(r), Some(f)) = (rec, cat::field_of(parent, key)) {
                    let v = if string {
                        self.decode(s, e)
                    } else {
                        self.text.get(s..e).unwrap_or("").to_string()
                    };
                    if v != "null" && !v.is_empty() {
                        if let Some(rr) = self.recs.get_mut(r) {
                            rr.push(f, &v, s, e);
                        }
                    }
                }
                Some(())
            }
        }
    }

    pub(super) fn object(&mut self, name: &[u8], into: Option<usize>) -> Option<()> {
        self.depth += 1;
        if self.depth > JSON_DEPTH {
            return None;
        }
        let rec = match into {
            Some(r) => r,
            None => {
                self.recs.push(Rec::default());
                self.recs.len() - 1
            }
        };
        self.i += 1;
        loop {
            self.ws();
            match self.peek()? {
                b'}' => {
                    self.i += 1;
                    break;
                }
                b'"' => {}
                _ => return None,
            }
            let (ks, ke) = self.raw_string()?;
            let key = Key::of(self.t.get(ks..ke).unwrap_or(b""));
            self.ws();
            if self.peek()? != b':' {
                return None;
            }
            self.i += 1;
            self.ws();
            if self.peek()? == b'{' {
                self.object(key.as_bytes(), Some(rec))?;
            } else {
                self.value(name, key.as_bytes(), Some(rec))?;
            }
            self.ws();
            match self.peek()? {
                b',' => self.i += 1,
                b'}' => {
                    self.i += 1;
                    break;
                }
                _ => return None,
            }
        }
        self.depth -= 1;
        Some(())
    }

    pub(super) fn array(&mut self, parent: &[u8], key: &[u8], rec: Option<usize>) -> Option<()> {
        self.depth += 1;
        if self.depth > JSON_DEPTH {
            return None;
        }
        self.i += 1;
        loop {
            self.ws();
            match self.peek()? {
                b']' => {
                    self.i += 1;
                    break;
                }
                b'{' => {
                    let into =
                        rec.filter(|_| cat::MERGED_ARRAYS.iter().any(|m| m.as_bytes() == key));
                    self.object(key, into)?;
                }
                b'[' => self.array(parent, key, rec)?,
                _ => self.value(parent, key, rec)?,
            }
            self.ws();
            match self.peek()? {
                b',' => self.i += 1,
                b']' => {
                    self.i += 1;
                    break;
                }
                _ => return None,
            }
        }
        self.depth -= 1;
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The next quote or backslash is the one a walk byte by byte finds, before `end`.
        #[test]
        fn the_next_quote_is_the_first_one(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    12 => proptest::sample::select(vec![b'a', b' ', b'{', b':', 0xc3, 0xa4]),
                    1 => proptest::sample::select(vec![b'"', b'\\']),
                ],
                0..70,
            ),
            from in 0usize..70,
            end in 0usize..70,
        ) {
            let end = end.min(bytes.len());
            let from = from.min(end);
            let plain = bytes[from..end].iter().position(|&c| c == b'"' || c == b'\\');
            proptest::prop_assert_eq!(quote_or_backslash(&bytes, from, end), plain);
        }
    }
}
