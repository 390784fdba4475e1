//! The close reading of a needle hit: where the secret value around it starts and ends.

use super::shape::*;
use super::*;

/// The close reading of one hit, within `[ls, le)` of its line.
pub(super) struct Reader<'b> {
    pub(super) b: &'b [u8],
    pub(super) ls: usize,
    pub(super) le: usize,
}

impl Reader<'_> {
    pub(super) fn at(&self, i: usize) -> u8 {
        if i < self.le {
            self.b[i]
        } else {
            0
        }
    }

    pub(super) fn skip_blanks(&self, mut i: usize) -> usize {
        while i < self.le && matches!(self.b[i], b' ' | b'\t') {
            i += 1;
        }
        i
    }

    /// The key name around `pos` (`[ks, ke)`), extended over name bytes both ways.
    pub(super) fn key_around(&self, pos: usize) -> (usize, usize) {
        let mut ks = pos;
        while ks > self.ls && is_ident(self.b[ks - 1]) {
            ks -= 1;
        }
        let mut ke = pos;
        while ke < self.le && is_ident(self.b[ke]) {
            ke += 1;
        }
        (ks, ke)
    }

    /// A value starting at `i` (after the delimiter and blanks): quoted (also `\"…\"`), or
    /// bare up to a blank or a delimiter. `ps` reads a PowerShell argument (bare up to a blank).
    pub(super) fn value_at(&self, mut i: usize, ps: bool) -> Option<(usize, usize)> {
        i = self.skip_blanks(i);
        if i >= self.le {
            return None;
        }
        let escaped = self.at(i) == b'\\' && matches!(self.at(i + 1), b'"' | b'\'');
        if escaped {
            i += 1;
        }
        let q = self.at(i);
        let typographic = is_typographic_quote_start(self.b, i, self.le);
        if matches!(q, b'"' | b'\'') || typographic {
            let s = i + if typographic { 3 } else { 1 };
            let mut e = s;
            while e < self.le {
                let c = self.b[e];
                if typographic {
                    if is_typographic_quote_start(self.b, e, self.le) {
                        break;
                    }
                } else if escaped {
                    if c == b'\\' && self.at(e + 1) == q {
                        break;
                    }
                } else if c == q {
                    // PowerShell doubles a quote inside a single-quoted string.
                    if ps && c == b'\'' && self.at(e + 1) == b'\'' {
                        e += 2;
                        continue;
                    }
                    break;
                }
                e += 1;
            }
            return (e > s).then_some((s, e));
        }
        let s = i;
        let mut e = s;
        while e < self.le {
            let c = self.b[e];
            let stop = if ps {
                matches!(c, b' ' | b'\t' | b'\r' | b')' | b';' | b'|' | b',')
            } else {
                matches!(
                    c,
                    b' ' | b'\t'
                        | b'\r'
                        | b'&'
                        | b';'
                        | b','
                        | b'"'
                        | b'\''
                        | b'<'
                        | b')'
                        | b'}'
                        | b']'
                ) || (c == b'\\' && matches!(self.at(e + 1), b'"' | b'\''))
            };
            if stop {
                break;
            }
            e += 1;
        }
        (e > s).then_some((s, e))
    }

    /// Pushes `[s, e)` unless it is a variable, a placeholder, a GUID or empty.
    pub(super) fn push_value(&self, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
        let v = &self.b[s..e];
        if is_placeholder(v) {
            return;
        }
        out.push((s, e));
    }

    pub(super) fn keyed(&self, pos: usize, out: &mut Vec<(usize, usize)>) {
        let (ks, ke) = self.key_around(pos);
        let key = &self.b[ks..ke];
        let lower: Vec<u8> = key.iter().map(u8::to_ascii_lowercase).collect();
        if !is_secret_key(key, &lower) {
            return;
        }
        if lower == b"pass" && self.pop_pass(ks, out) {
            return;
        }
        let dash = key.first() == Some(&b'-');
        let mut i = ke;
        // Closing quotes of a quoted key (`"password"`, `\"password\"`, `['password']`).
        while i < self.le && matches!(self.b[i], b'"' | b'\'' | b'\\' | b']') {
            i += 1;
        }
        i = self.skip_blanks(i);
        let c = self.at(i);
        let xml = ks > self.ls && self.b[ks - 1] == b'<' && c == b'>';
        if c == b'=' || c == b':' || xml {
            i += 1;
            if matches!(self.at(i), b'=' | b'>') && !xml {
                i += 1; // `=>`, `==`
            }
            if xml {
                // `<password>value</password>`: up to the next tag. Without one on the line, a
                // value with a blank in it is prose after a placeholder (`LOGIN <user> <pass>'
                // returned an error: NO LOGIN failed.`), not an element's text.
                let s = i;
                let tag = memchr::memchr(b'<', &self.b[s..self.le]).map(|o| s + o);
                let e = tag.unwrap_or(self.le);
                let prose = tag.is_none() && self.b[s..e].trim_ascii().contains(&b' ');
                if e > s && !prose {
                    self.push_value(s, e, out);
                }
                return;
            }
            if let Some((s, e)) = self.value_at(i, dash) {
                self.push_value(s, e, out);
            }
        } else if dash && i > ke {
            // PowerShell `-ClientSecret value`, CLI `--password value`.
            if let Some((s, e)) = self.value_at(i, true) {
                self.push_value(s, e, out);
            }
        }
    }

    /// POP3 `PASS secret` (the command in capitals, then the rest of the line).
    pub(super) fn pop_pass(&self, ks: usize, out: &mut Vec<(usize, usize)>) -> bool {
        if &self.b[ks..ks + 4] != b"PASS" || self.at(ks + 4) != b' ' {
            return false;
        }
        let before_ok = ks == self.ls || matches!(self.b[ks - 1], b' ' | b'\t' | b':' | b'>');
        if !before_ok {
            return false;
        }
        let s = self.skip_blanks(ks + 5);
        let mut e = self.le;
        while e > s && matches!(self.b[e - 1], b' ' | b'\t' | b'\r') {
            e -= 1;
        }
        if e > s && !self.b[s..e].contains(&b' ') {
            self.push_value(s, e, out);
        }
        true
    }

    pub(super) fn identifier(&self, pos: usize, out: &mut Vec<(usize, usize)>) {
        let i = pos + "identifier ".len();
        if let Some((s, e)) = self.value_at(i, false) {
            if matches!(self.at(i), b'\'' | b'"') && secret_shaped(&self.b[s..e]) {
                out.push((s, e));
            }
        }
    }

    /// PowerShell arguments from `i`: `(kind, start, end)` with kind `'-'` for a parameter name,
    /// `'q'` for a quoted literal, `'w'` for a bare word, up to `)`, `|`, `;` or the line's end.
    pub(super) fn ps_args(&self, mut i: usize, max: usize) -> Vec<(u8, usize, usize)> {
        let mut args = Vec::new();
        while args.len() < max {
            i = self.skip_blanks(i);
            while i < self.le && self.b[i] == b',' {
                i = self.skip_blanks(i + 1);
            }
            if i >= self.le || matches!(self.b[i], b')' | b'|' | b';' | b'\r') {
                break;
            }
            let quoted =
                matches!(self.b[i], b'"' | b'\'') || is_typographic_quote_start(self.b, i, self.le);
            let Some((s, e)) = self.value_at(i, true) else {
                // An empty literal.
                i += 2;
                continue;
            };
            let kind = if quoted {
                b'q'
            } else if self.b[s] == b'-' {
                b'-'
            } else {
                b'w'
            };
            args.push((kind, s, e));
            i = if quoted {
                e + quote_len(self.b, e).max(1)
            } else {
                e
            };
        }
        args
    }

    pub(super) fn secure_string(&self, pos: usize, out: &mut Vec<(usize, usize)>) {
        let (_, ke) = self.key_around(pos);
        let args = self.ps_args(ke, 8);
        let mut k = 0;
        while k < args.len() {
            let (kind, s, e) = args[k];
            if kind == b'-' {
                let name: Vec<u8> = self.b[s..e].iter().map(u8::to_ascii_lowercase).collect();
                if name == b"-string" {
                    if let Some(&(_, vs, ve)) = args.get(k + 1) {
                        self.push_value(vs, ve, out);
                    }
                    return;
                }
                // `-AsPlainText`, `-Force`: switches; `-Key`/`-SecureKey` take a value.
                if matches!(name.as_slice(), b"-key" | b"-securekey") {
                    k += 1;
                }
                k += 1;
                continue;
            }
            self.push_value(s, e, out);
            return;
        }
    }

    pub(super) fn credential(&self, pos: usize, out: &mut Vec<(usize, usize)>) {
        let (_, ke) = self.key_around(pos);
        let mut i = self.skip_blanks(ke);
        let args = if self.at(i) == b'(' {
            self.ps_args(i + 1, 6)
        } else {
            // `New-Object PSCredential -ArgumentList 'u', 'p'`.
            let a = self.ps_args(i, 1);
            match a.first() {
                Some(&(b'-', s, e)) if self.b[s..e].eq_ignore_ascii_case(b"-argumentlist") => {
                    i = e;
                    self.ps_args(i, 6)
                }
                _ => return,
            }
        };
        for (kind, s, e) in args {
            if kind == b'q' && !benign_literal(&self.b[s..e]) {
                self.push_value(s, e, out);
            }
        }
    }

    /// IMAP `tag LOGIN user password`: the last of exactly two arguments.
    pub(super) fn login(&self, pos: usize, out: &mut Vec<(usize, usize)>) {
        let word = &self.b[pos..pos + 5];
        if word != b"LOGIN" && word != b"login" {
            return;
        }
        if pos > self.ls && is_ident(self.b[pos - 1]) {
            return;
        }
        // "No login methods supported!" is prose (a server's refusal), not `tag LOGIN user pass`.
        if ends_with_ci(self.b[self.ls..pos].trim_ascii_end(), b"no") {
            return;
        }
        let args = self.ps_args(pos + 6, 3);
        if args.len() == 2 && args.iter().all(|a| a.0 != b'-') {
            let mut e = self.le;
            while e > self.ls && matches!(self.b[e - 1], b' ' | b'\t' | b'\r') {
                e -= 1;
            }
            let (_, s, ve) = args[1];
            // "Check your login and password", "Login and password are wrong": prose names the
            // credential, it does not give it.
            let (_, us, ue) = args[0];
            if is_prose_credential(&self.b[us..ue], &self.b[s..ve]) {
                return;
            }
            // The two arguments end the line.
            if ve + quote_len(self.b, ve) >= e || ve >= e {
                self.push_value(s, ve, out);
            }
        }
    }

    /// `AUTH PLAIN <base64>` / `AUTHENTICATE PLAIN <base64>`.
    pub(super) fn plain(&self, pos: usize, out: &mut Vec<(usize, usize)>) {
        let before = &self.b[self.ls..pos];
        if !(ends_with_ci(before, b"auth") || ends_with_ci(before, b"authenticate")) {
            return;
        }
        let s = pos + " plain ".len();
        let e = base64_end(self.b, s, self.le);
        if e >= s + 4 {
            out.push((s, e));
        }
    }

    /// `Authorization: Basic <base64>`.
    pub(super) fn basic(&self, pos: usize, out: &mut Vec<(usize, usize)>) {
        let before = self.b[self.ls..pos].trim_ascii_end();
        if ![
            &b"authorization:"[..],
            b"authorization\":\"",
            b"authorization=",
        ]
        .iter()
        .any(|k| ends_with_ci(before, k))
        {
            return;
        }
        let s = pos + "basic ".len();
        let e = base64_end(self.b, s, self.le);
        if e >= s + 8 {
            out.push((s, e));
        }
    }

    /// `scheme://user:password@host`, read back from an `@`.
    pub(super) fn user_info(&self, at: usize, out: &mut Vec<(usize, usize)>) {
        let lo = at.saturating_sub(256).max(self.ls);
        let mut s = at;
        while s > lo
            && !matches!(
                self.b[s - 1],
                b'/' | b' ' | b'\t' | b'"' | b'\'' | b'<' | b'>' | b'\\' | b'\r' | b'\n'
            )
        {
            s -= 1;
        }
        if s < 3 || &self.b[s - 3..s] != b"://" {
            return;
        }
        if let Some(c) = memchr::memchr(b':', &self.b[s..at]) {
            if s + c + 1 < at {
                self.push_value(s + c + 1, at, out);
            }
        }
    }

    /// curl `-u user:password` / `--user user:password`, on a line that starts a curl command.
    pub(super) fn curl_user(&self, pos: usize, out: &mut Vec<(usize, usize)>) {
        if pos > self.ls && is_ident(self.b[pos - 1]) {
            return;
        }
        let line = &self.b[pos..self.le];
        for flag in [&b" -u "[..], b" --user "] {
            let mut from = 0;
            while let Some(o) = find_bytes(&line[from..], flag) {
                let v = pos + from + o + flag.len();
                if let Some((s, e)) = self.value_at(v, true) {
                    if let Some(c) = memchr::memchr(b':', &self.b[s..e]) {
                        if s + c + 1 < e {
                            self.push_value(s + c + 1, e, out);
                        }
                    }
                }
                from += o + flag.len();
            }
        }
    }

    /// The line after SMTP's `334 UGFzc3dvcmQ6` holds the base64 password.
    pub(super) fn smtp_prompt(&self, pos: usize, out: &mut Vec<(usize, usize)>) {
        if &self.b[pos..pos + 12] != b"UGFzc3dvcmQ6" {
            return;
        }
        // Up to a few lines later (a log may interleave), the first line that is a lone blob.
        let mut ls = self.le + 1;
        for _ in 0..3 {
            if ls >= self.b.len() {
                return;
            }
            let le = memchr::memchr(b'\n', &self.b[ls..(ls + AFTER).min(self.b.len())])
                .map_or((ls + AFTER).min(self.b.len()), |o| ls + o);
            let line = &self.b[ls..le];
            // The last word of the line, when it is base64.
            let end = le - (line.len() - line.trim_ascii_end().len());
            let mut s = end;
            while s > ls
                && (self.b[s - 1].is_ascii_alphanumeric()
                    || matches!(self.b[s - 1], b'+' | b'/' | b'='))
            {
                s -= 1;
            }
            if end > s && (s == ls || matches!(self.b[s - 1], b' ' | b'\t' | b':' | b'>')) {
                let word = &self.b[s..end];
                if word.len() >= 4
                    && word != b"UGFzc3dvcmQ6"
                    && !word.iter().all(u8::is_ascii_digit)
                {
                    out.push((s, end));
                    return;
                }
            }
            ls = le + 1;
        }
    }

    /// An Entra client secret: three characters, a digit, `Q~`, about 34 more (31 to 36 read).
    pub(super) fn secret_shape(&self, pos: usize, out: &mut Vec<(usize, usize)>) {
        if self.b.get(pos..pos + 2) != Some(b"Q~") || pos < self.ls + 4 {
            return;
        }
        let s = pos - 4;
        if !self.b[s + 3].is_ascii_digit() || !self.b[s..s + 3].iter().all(|&c| is_secret_char(c)) {
            return;
        }
        if s > self.ls && is_secret_char(self.b[s - 1]) {
            return;
        }
        let mut e = pos + 2;
        while e < self.le && is_secret_char(self.b[e]) {
            e += 1;
        }
        if (31..=36).contains(&(e - pos - 2)) {
            out.push((s, e));
        }
    }

    /// A JWT's signature: `eyJ<header>.<payload>.<signature>` (three parts; a JWE's five are
    /// left). Where the signature runs to the end of its line, the lines that go on with it
    /// (a console's wrapping: whole lines of base64url without a dot, as the scanner joins
    /// them to the token) are masked too. Masked characters count as signature characters, so
    /// masking is idempotent.
    pub(super) fn jwt_signature(&self, pos: usize, out: &mut Vec<(usize, usize)>) {
        let b = self.b;
        // A JWT glued to a word by `-` or `_` (`Bearer-eyJ…`) is read too: masking more is safe.
        if b.get(pos..pos + 3) != Some(b"eyJ")
            || (pos > 0 && is_b64url(b[pos - 1]) && !matches!(b[pos - 1], b'-' | b'_'))
        {
            return;
        }
        let run = |mut i: usize, sig: bool| {
            while i < b.len() && (is_b64url(b[i]) || (sig && b[i] == MASK)) {
                i += 1;
            }
            i
        };
        let h = run(pos, false);
        if b.get(h) != Some(&b'.') {
            return;
        }
        let p = run(h + 1, false);
        if p == h + 1 || b.get(p) != Some(&b'.') {
            return;
        }
        let s = p + 1;
        let mut e = run(s, true);
        if e == s || b.get(e) == Some(&b'.') {
            return;
        }
        out.push((s, e));
        // Wrapped over lines: the rest of the line is blank and the next one is base64url alone.
        // Only the bytes next to the signature are read (a line of megabytes costs nothing more).
        let blank_to_eol = |mut i: usize| {
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r') {
                i += 1;
            }
            (i == b.len() || b[i] == b'\n').then_some(i)
        };
        for _ in 0..400 {
            let Some(nl) = blank_to_eol(e).filter(|&i| i < b.len()) else {
                break;
            };
            let mut s2 = nl + 1;
            while s2 < b.len() && matches!(b[s2], b' ' | b'\t') {
                s2 += 1;
            }
            let e2 = run(s2, true);
            if blank_to_eol(e2).is_none() || e2 - s2 < 16 || b[s2..e2].starts_with(b"eyJ") {
                break;
            }
            out.push((s2, e2));
            e = e2;
        }
    }
}

/// Whether `LOGIN <user> <pass>` reads as prose: the "user" a conjunction or a verb ("method
/// login requires SASL", "Login benötigt SASL"), or the "password" a word naming one (English
/// and German).
fn is_prose_credential(user: &[u8], pass: &[u8]) -> bool {
    let is = |v: &[u8], words: &[&[u8]]| words.iter().any(|w| v.eq_ignore_ascii_case(w));
    let pass = pass.strip_suffix(b".").unwrap_or(pass);
    is(
        user,
        &[
            b"and",
            b"und",
            b"or",
            b"oder",
            b"with",
            b"mit",
            b"&",
            b"requires",
            b"required",
            b"needs",
            b"failed",
            b"is",
            b"was",
            "benötigt".as_bytes(),
            b"erfordert",
            b"braucht",
            b"fehlgeschlagen",
            b"ist",
        ],
    ) || is(
        pass,
        &[
            b"password",
            b"passwort",
            b"kennwort",
            b"credentials",
            b"zugangsdaten",
        ],
    )
}
