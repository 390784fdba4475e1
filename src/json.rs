//! JSON values and their reader, for what the scanner decodes: a token's header and payload, a
//! SASL error challenge, claims pasted as an object.
//!
//! Written here rather than taken from `serde_json` (which the CLI's `--json` output still writes
//! with): the page would otherwise carry serde_json's deserializer, its value type and its number
//! formatting, 8.0 KiB of the gzip budget (measured), for reading a few small objects. The reader
//! is strict JSON (RFC 8259) as serde_json reads it, with its nesting limit of 128, and differs
//! where that changes nothing a token service writes: a number is kept as it was written (no
//! range error, no re-formatting), an object keeps its members as written (serde_json's map sorts
//! them and keeps the last of equal keys), and an error tells its byte offset and whether the text
//! ended early.
//!
//! The differential test against serde_json (in `tests/json_reader.rs`) and the fuzz target
//! `json` hold the two to the same verdicts.

use std::fmt;

/// A JSON value. Every object keeps its members as written, equal keys included (serde_json's
/// map sorts them and keeps the last: no sort here, which would bring the standard library's
/// sort into the page; what is shown is what the token says).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(Number),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object nested in a value, its members as written.
    Object(Vec<(String, Value)>),
}

/// A JSON number as written in the text (valid JSON number syntax).
#[derive(Clone, Debug, PartialEq)]
pub struct Number(Box<str>);

impl Number {
    /// The number as an `i64`, when it is an integer in range.
    pub fn as_i64(&self) -> Option<i64> {
        self.0.parse().ok()
    }

    /// The number cut to an `i64`: an integer, or the whole part of a decimal fraction or of a
    /// number with an exponent (a time claim written `1704905372.0` or `1.7049e9`), read from
    /// its digits, without a float. None past `i64`'s range.
    pub fn whole(&self) -> Option<i64> {
        let (mantissa, exp) = match self.0.find(['e', 'E']) {
            Some(p) => (&self.0[..p], self.0[p + 1..].parse::<i32>().ok()?),
            None => (&*self.0, 0),
        };
        let (negative, mantissa) = match mantissa.strip_prefix('-') {
            Some(m) => (true, m),
            None => (false, mantissa),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        // The decimal point's place among the digits, moved by the exponent.
        let point = i64::try_from(int.len()).ok()? + i64::from(exp);
        let mut n: i64 = 0;
        let digits = int.bytes().chain(frac.bytes());
        for (i, d) in digits.enumerate() {
            if i64::try_from(i).ok()? >= point {
                break;
            }
            n = n.checked_mul(10)?.checked_add(i64::from(d - b'0'))?;
        }
        // Zeros the exponent adds past the written digits.
        for _ in i64::try_from(int.len() + frac.len()).ok()?..point {
            n = n.checked_mul(10)?;
        }
        Some(if negative { -n } else { n })
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Value {
    /// The string, when this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The integer, when this is a number that is one.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    /// The value as text: a string as it reads (unquoted), any other value as compact JSON
    /// (`401`, `true`, `["a"]`).
    pub fn as_text(&self) -> String {
        match self {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }

    /// Whether this is a string.
    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }

    /// Whether this is an array.
    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }
}

/// Compact JSON, escaped as serde_json writes it.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => f.write_str(if *b { "true" } else { "false" }),
            Value::Number(n) => f.write_str(&n.0),
            Value::String(s) => write_str(f, s),
            Value::Array(items) => {
                f.write_str("[")?;
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    fmt::Display::fmt(v, f)?;
                }
                f.write_str("]")
            }
            Value::Object(members) => {
                f.write_str("{")?;
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write_str(f, k)?;
                    f.write_str(":")?;
                    fmt::Display::fmt(v, f)?;
                }
                f.write_str("}")
            }
        }
    }
}

/// A JSON string literal: `"` and `\` escaped, control characters as serde_json writes them.
fn write_str(f: &mut fmt::Formatter, s: &str) -> fmt::Result {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    f.write_str("\"")?;
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        f.write_str(&s[start..i])?;
        start = i + 1;
        if short.is_empty() {
            let esc = [
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 15)],
            ];
            // Only ASCII bytes were written into `esc`.
            f.write_str(std::str::from_utf8(&esc).unwrap_or_default())?;
        } else {
            f.write_str(short)?;
        }
    }
    f.write_str(&s[start..])?;
    f.write_str("\"")
}

/// Written as serde_json writes its own value (numbers read as `u64`, `i64` or `f64`).
impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) => {
                if let Ok(u) = n.0.parse::<u64>() {
                    s.serialize_u64(u)
                } else if let Some(i) = n.0.parse::<i64>().ok().filter(|&i| i != 0) {
                    // (`-0` is a float to serde_json.)
                    s.serialize_i64(i)
                } else {
                    s.serialize_f64(n.0.parse().unwrap_or(f64::NAN))
                }
            }
            Value::String(t) => s.serialize_str(t),
            Value::Array(items) => s.collect_seq(items),
            Value::Object(members) => s.collect_map(members.iter().map(|(k, v)| (k, v))),
        }
    }
}

/// The same value from serde_json's (numbers as serde_json writes them; objects in serde_json's
/// order). For tests and tools that build values with `serde_json::json!`.
impl From<serde_json::Value> for Value {
    fn from(v: serde_json::Value) -> Self {
        match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => Value::Number(Number(n.to_string().into())),
            serde_json::Value::String(s) => Value::String(s),
            serde_json::Value::Array(a) => Value::Array(a.into_iter().map(Value::from).collect()),
            serde_json::Value::Object(m) => {
                Value::Object(m.into_iter().map(|(k, v)| (k, Value::from(v))).collect())
            }
        }
    }
}

/// Why a text is not the JSON object asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error {
    /// Byte offset where reading stopped.
    pub at: usize,
    /// Whether the text ended before the value did (it may have been cut off).
    pub eof: bool,
}

impl Error {
    /// Line and column (both from 1, the column in bytes) of where reading stopped in `text`.
    pub fn line_column(&self, text: &[u8]) -> (usize, usize) {
        let before = &text[..self.at.min(text.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        (line, self.at.min(text.len()) - start + 1)
    }
}

/// As many containers open at once are refused, as serde_json refuses them (127 are read).
const MAX_DEPTH: usize = 128;

/// Reads `text` as one JSON object (whitespace around it allowed), its members in the order
/// written, equal keys kept.
pub fn object(text: &[u8]) -> Result<Vec<(String, Value)>, Error> {
    let mut r = Reader { b: text, i: 0 };
    r.ws();
    let members = match r.peek() {
        Some(b'{') => {
            r.i += 1;
            r.members(1)?
        }
        // An array is refused where it starts, as serde_json refuses it (its end is not read:
        // a cut-off array is no cut-off object).
        Some(b'[') => {
            return Err(Error {
                at: r.i,
                eof: false,
            })
        }
        // Another value is read to its end first (a string or word cut off is cut off).
        _ => {
            r.value(0)?;
            return Err(Error {
                at: r.i,
                eof: false,
            });
        }
    };
    r.ws();
    if r.i < text.len() {
        return Err(r.fail());
    }
    Ok(members)
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// The error at the current position: the text ended there, or a byte no JSON allows.
    fn fail(&self) -> Error {
        Error {
            at: self.i,
            eof: self.i >= self.b.len(),
        }
    }

    /// Skips `byte` (after whitespace) or fails.
    fn expect(&mut self, byte: u8) -> Result<(), Error> {
        self.ws();
        if self.peek() == Some(byte) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.fail())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        self.ws();
        let Some(c) = self.peek() else {
            return Err(self.fail());
        };
        match c {
            b'{' | b'[' => {
                // `depth` containers are open around this one.
                if depth + 1 >= MAX_DEPTH {
                    return Err(Error {
                        at: self.i,
                        eof: false,
                    });
                }
                self.i += 1;
                if c == b'[' {
                    self.items(depth + 1).map(Value::Array)
                } else {
                    self.members(depth + 1).map(Value::Object)
                }
            }
            b'"' => self.string().map(Value::String),
            b't' => self.word(b"true", Value::Bool(true)),
            b'f' => self.word(b"false", Value::Bool(false)),
            b'n' => self.word(b"null", Value::Null),
            b'-' | b'0'..=b'9' => self.number(),
            _ => Err(self.fail()),
        }
    }

    /// Skips the bytes `w` as written or fails where they differ.
    fn literal(&mut self, w: &[u8]) -> Result<(), Error> {
        for &expected in w {
            if self.peek() != Some(expected) {
                return Err(self.fail());
            }
            self.i += 1;
        }
        Ok(())
    }

    fn word(&mut self, w: &[u8], v: Value) -> Result<Value, Error> {
        self.literal(w).map(|()| v)
    }

    fn digits(&mut self) -> Result<(), Error> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.fail());
        }
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        Ok(())
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        if self.peek() == Some(b'0') {
            self.i += 1;
        } else {
            self.digits()?;
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            self.digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            self.digits()?;
        }
        // Only ASCII digits, signs, `.` and `e` were taken.
        let text = std::str::from_utf8(&self.b[start..self.i]).unwrap_or_default();
        Ok(Value::Number(Number(text.into())))
    }

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n = 0;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|c| char::from(c).to_digit(16))
                .ok_or_else(|| self.fail())?;
            n = n * 16 + d;
            self.i += 1;
        }
        Ok(n)
    }

    /// A string literal, the opening quote at the current position.
    fn string(&mut self) -> Result<String, Error> {
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        // Where the first byte that is no UTF-8 stands: told once the string is whole (as
        // serde_json tells it; a string the text cuts off is cut off first).
        let mut bad = None;
        loop {
            let start = self.i;
            while matches!(self.peek(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.i += 1;
            }
            let run = &self.b[start..self.i];
            // A run ends at an ASCII byte or the text's end, so no UTF-8 sequence is split
            // between runs.
            if let Err(e) = std::str::from_utf8(run) {
                bad.get_or_insert(start + e.valid_up_to());
            }
            out.extend_from_slice(run);
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return match (bad, String::from_utf8(out)) {
                        (None, Ok(s)) => Ok(s),
                        (at, _) => Err(Error {
                            at: at.unwrap_or(start),
                            eof: false,
                        }),
                    };
                }
                Some(b'\\') => {
                    self.i += 1;
                    let Some(e) = self.peek() else {
                        return Err(self.fail());
                    };
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                // A leading surrogate needs its trailing one.
                                self.literal(b"\\u")?;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(Error {
                                        at: self.i - 1,
                                        eof: false,
                                    });
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code).ok_or(Error {
                                at: self.i - 1,
                                eof: false,
                            })?
                        }
                        _ => {
                            return Err(Error {
                                at: self.i - 1,
                                eof: false,
                            })
                        }
                    };
                    out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
                }
                // The text ended, or a control character no JSON string holds.
                _ => return Err(self.fail()),
            }
        }
    }

    fn items(&mut self, depth: usize) -> Result<Vec<Value>, Error> {
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(items);
        }
        loop {
            items.push(self.value(depth)?);
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(items);
                }
                _ => return Err(self.fail()),
            }
        }
    }

    /// An object's members up to its closing brace, the opening one read.
    fn members(&mut self, depth: usize) -> Result<Vec<(String, Value)>, Error> {
        let mut members = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(members);
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.fail());
            }
            let key = self.string()?;
            self.expect(b':')?;
            let v = self.value(depth)?;
            members.push((key, v));
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(members);
                }
                _ => return Err(self.fail()),
            }
        }
    }
}
