//! XOAUTH2 strings: the base64 blob after `AUTHENTICATE XOAUTH2` / `AUTH XOAUTH2` and literal
//! `user=…^Aauth=…` text.

use super::*;

impl<'a> Ctx<'a> {
    /// A base64 blob starting at `s` in the current line, after `command` (or bare). `word_end`:
    /// the end of the word at `s` when the caller knows it to hold nothing but base64 bytes
    /// (the blob's run on the line then ends there: the byte after a word is a separator or
    /// the line's end, neither of them base64).
    pub(super) fn xoauth_blob(
        &mut self,
        s: usize,
        word_end: Option<usize>,
        command: Option<String>,
        protocol: Option<Protocol>,
    ) -> bool {
        let t = self.t;
        if s < self.skip_until {
            return false;
        }
        // Blobs run for hundreds of bytes: sixteen at a time (`=` is base64 already).
        let run_end = |from: usize, le: usize| b64_run_end(sl(t, 0, le), from, b'=');
        let mut e = word_end.unwrap_or_else(|| run_end(s, self.le));
        debug_assert_eq!(e, run_end(s, self.le));
        if e - s < 8 {
            return false;
        }
        let mut blob = t[s..e].to_vec();
        let mut wrapped = false;
        let mut line_end = self.le;
        // Wrapped blob: following lines made only of base64 characters.
        for _ in 0..200 {
            if e != line_end || line_end >= t.len() || blob.ends_with(b"=") {
                break;
            }
            let ns = line_end
                + if t.get(line_end) == Some(&b'\r') {
                    2
                } else {
                    1
                };
            let nl = memchr::memchr(b'\n', sl(t, ns, t.len())).map_or(t.len(), |o| ns + o);
            let mut nle = nl;
            if nle > ns && t.get(nle - 1) == Some(&b'\r') {
                nle -= 1;
            }
            let mut a = ns;
            while a < nle && (t[a] == b' ' || t[a] == b'\t') {
                a += 1;
            }
            let b = run_end(a, nle);
            if b != nle || b - a < 4 {
                break;
            }
            blob.extend_from_slice(&t[a..b]);
            e = b;
            line_end = nle;
            wrapped = true;
        }
        // Spaces inside the blob on the same line (a second base64 run right after).
        let mut spaced = false;
        if !wrapped && t.get(e) == Some(&b' ') && !blob.ends_with(b"=") {
            let a = e + 1;
            let b = run_end(a, self.le);
            if b - a >= 4 && b == self.le {
                let mut joined = blob.clone();
                joined.extend_from_slice(&t[a..b]);
                if b64_decode(&joined, false).bytes.starts_with(b"user=")
                    && find(&b64_decode(&joined, false).bytes, b"\x01\x01").is_some()
                {
                    blob = joined;
                    e = b;
                    spaced = true;
                }
            }
        }
        // Shortened with an ellipsis when it was posted?
        let cut =
            sl(t, e, self.le).starts_with(b"...") || sl(t, e, self.le).starts_with("…".as_bytes());
        if cut && !wrapped {
            let partial = b64_decode(&blob, blob.iter().any(|&c| c == b'-' || c == b'_'));
            let shown = xoauth::visible_ctrl(&lossy(&partial.bytes));
            let offset = self.orig(e);
            self.skip_until = self.skip_until.max(e);
            self.push(
                s,
                e,
                ArtifactKind::DecodeFailure(Box::new(DecodeFailure {
                    what: "xoauth2".into(),
                    segment: "base64".into(),
                    offset,
                    reason: DecodeNote::XoauthShortened(shown),
                    problem: DecodeProblem::Shortened,
                })),
            );
            return true;
        }
        // The shortest XOAUTH2 string (`user=a^Aauth=Bearer b^A^A`, 21 bytes) is 28 base64
        // characters: a shorter word after the command is what a report put in the blob's place
        // (`REDACTED`, `xxxxxxxx`), not a blob to decode.
        if blob.len() < 28 {
            return false;
        }
        let joined = wrapped || spaced;
        // The last blob and its outcome are kept: a client retrying sends the same blob again.
        let mut again = true;
        let memo = match self.memo.blob.take() {
            Some(m) if m.1 == joined && m.0 == blob => m,
            _ => {
                again = false;
                self.memo.blob_filed = None;
                let o = xoauth::decode_blob(&blob, joined);
                (blob, joined, o)
            }
        };
        let done = match &memo.2 {
            BlobOutcome::Parsed(p) => {
                self.skip_until = self.skip_until.max(e);
                // What a blob sent again gave is kept. (A joined blob's text is not its bytes:
                // its keys are made anew each time.)
                let mut last = self.memo.blob_filed.take();
                let keep = again && !joined;
                self.emit_xoauth_as(s, e, keep.then_some(&mut last), command, protocol, p);
                self.memo.blob_filed = last;
                true
            }
            BlobOutcome::NotXoauth(off, reason, problem) => {
                if command.is_some() {
                    let offset = self.orig(s + (*off).min(e - s));
                    self.skip_until = self.skip_until.max(e);
                    self.push(
                        s,
                        e,
                        ArtifactKind::DecodeFailure(Box::new(DecodeFailure {
                            what: "xoauth2".into(),
                            segment: "base64".into(),
                            offset,
                            reason: reason.clone(),
                            problem: *problem,
                        })),
                    );
                    true
                } else {
                    false
                }
            }
        };
        self.memo.blob = Some(memo);
        done
    }

    pub(super) fn emit_xoauth(
        &mut self,
        s: usize,
        e: usize,
        command: Option<String>,
        protocol: Option<Protocol>,
        p: &xoauth::XoauthParts,
    ) {
        self.emit_xoauth_as(s, e, None, command, protocol, p);
    }

    /// [`Self::emit_xoauth`]; `last`: what the same blob at the same text gave the last time
    /// (the artifact, its group key and its token's), kept there for the next time.
    fn emit_xoauth_as(
        &mut self,
        s: usize,
        e: usize,
        last: Option<&mut Option<BlobFiled>>,
        mut command: Option<String>,
        protocol: Option<Protocol>,
        p: &xoauth::XoauthParts,
    ) {
        let (mut spare, mut none) = (None, None);
        let (keep, last) = match last {
            Some(l) => (true, l),
            None => (false, &mut none),
        };
        let f = match last.take() {
            Some(f) if !memo_off() && f.0 == command && f.1 == protocol => f,
            _ => {
                let kind = ArtifactKind::Xoauth2(Box::new(Xoauth2 {
                    command: if keep {
                        command.clone()
                    } else {
                        command.take()
                    },
                    protocol,
                    user: p.user.clone(),
                    scheme: p.scheme.clone(),
                    token_artifact: None,
                    defects: p.defects.clone(),
                    visible: p.visible.clone(),
                }));
                let key = crate::scan::group::key(&kind, sl(self.t, s, e));
                (command, protocol, kind, key, None)
            }
        };
        let seq = if keep {
            let f = last.insert(f);
            self.push_keyed_ref(s, e, &f.2, self.cur_time, f.3)
        } else {
            self.push_keyed(s, e, f.2, self.cur_time, f.3)
        };
        let jwt_key = last.as_mut().map_or(&mut spare, |f| &mut f.4);
        let xi = self.out.partition_point(|f| f.seq < seq);
        let nested = match p.token.as_deref() {
            Some(tok) if tok.starts_with("eyJ") && tok.contains('.') => {
                self.decode_token_keyed(s, e, tok, jwt_key)
            }
            Some(tok) if tok.len() >= 8 => Some(self.push(
                s,
                e,
                ArtifactKind::OpaqueToken {
                    length: tok.len(),
                    prefix: token::opaque_prefix(tok),
                },
            )),
            _ => None,
        };
        if let Some(f) = self.out.get_mut(xi) {
            f.nested = nested;
        }
        if let Some(u) = &p.user {
            if u.contains('@') && u.len() < 320 {
                let lower = u.to_ascii_lowercase();
                if self.once(2, &[lower.as_bytes(), b"|user="]) {
                    self.push(
                        s,
                        e,
                        ArtifactKind::Email {
                            address: u.to_ascii_lowercase(),
                            role: Some(EmailRole::XoauthUser),
                        },
                    );
                }
            }
        }
    }

    /// Literal (not encoded) `user=…^Aauth=Bearer …` text.
    ///
    /// Inside a string literal of source code (a quote before `user=` and a placeholder or
    /// concatenation before `auth=`: `'user=%s\1auth=Bearer %s\1\1' % (…)`) or of a printed
    /// byte string (`b'user=…\x01auth=…'`), escapes such as `\x01` are the separator byte: such a
    /// line shows the string's form, not its bytes. When the form is right nothing is filed; when
    /// it has no separator at all, only its structural defects are (a placeholder is no user name
    /// or token). A forum that dropped the backslashes (`%s1auth=Bearer %s11`) shows a form that
    /// cannot be judged, and nothing is filed either.
    pub(super) fn xoauth_literal(&mut self, s: usize) {
        let t = self.t;
        let line = sl(t, s, self.le);
        let Some(auth) = find(line, b"auth=") else {
            return;
        };
        let e = self.le;
        self.skip_until = self.skip_until.max(e);
        let quote = s
            .checked_sub(1)
            .map(|q| t[q])
            .filter(|q| matches!(q, b'"' | b'\'' | b'`'));
        let Some(quote) = quote else {
            let p = xoauth::parse_text(line, Vec::new());
            self.emit_xoauth(s, e, None, None, &p);
            return;
        };
        let head = &line[..auth];
        let repr = s >= 2 && t[s - 2] == b'b' && !(s >= 3 && t[s - 3].is_ascii_alphanumeric());
        let template = has_placeholder(head);
        if !repr && !template {
            let p = xoauth::parse_text(line, Vec::new());
            self.emit_xoauth(s, e, None, None, &p);
            return;
        }
        if repr && !template {
            // A printed byte string: its escapes stand for the bytes, so it is read as them.
            let bytes = unescape_separators(line);
            let p = xoauth::parse_text(&bytes, Vec::new());
            self.emit_xoauth(s, e, None, None, &p);
            return;
        }
        if has_escaped_separator(line) || lost_backslash(head) {
            return;
        }
        // The string's form up to its last closing quote after `auth=`.
        let end = line[auth..]
            .iter()
            .rposition(|&c| c == quote)
            .map_or(line.len(), |p| auth + p);
        let mut p = xoauth::parse_text(&line[..end], Vec::new());
        p.defects.retain(|d| {
            matches!(
                d,
                XoauthDefect::MissingSeparator
                    | XoauthDefect::LiteralSeparatorText
                    | XoauthDefect::NewlineSeparator
                    | XoauthDefect::MissingTrailer
            )
        });
        p.user = None;
        p.token = None;
        if !p.defects.is_empty() {
            self.emit_xoauth(s, e, None, None, &p);
        }
    }
}

/// Whether a string literal's text before `auth=` holds a placeholder or a concatenation:
/// `%s`, `%(`, `{…}`, `${`, `" +`, `' +`, `" .`, `" &`.
fn has_placeholder(head: &[u8]) -> bool {
    find(head, b"%s").is_some()
        || find(head, b"%(").is_some()
        || memchr::memchr(b'{', head).is_some()
        || [b'"', b'\'', b'`'].iter().any(|&q| {
            memchr::memchr_iter(q, head).any(|i| {
                let after = trim_lead(&head[i + 1..]);
                matches!(after.first(), Some(b'+' | b'.' | b'&'))
            })
        })
}

/// Whether a string literal writes the separator byte as an escape or a call (the needles in
/// lower case: [`find_ci`] folds the text only).
fn has_escaped_separator(line: &[u8]) -> bool {
    const ESCAPES: [&[u8]; 10] = [
        b"\\x01",
        b"\\u0001",
        b"\\001",
        b"\\1",
        b"\\x1",
        b"\\u{1}",
        b"chr(1)",
        b"char)1",
        b"fromcharcode(1)",
        b"%c",
    ];
    ESCAPES.iter().any(|x| find_ci(line, x).is_some())
}

/// A printed byte string's text up to its closing quote, with `\x01` (and `\r`, `\n`) as the
/// bytes they stand for.
fn unescape_separators(line: &[u8]) -> Vec<u8> {
    let end = line
        .iter()
        .rposition(|&c| c == b'\'' || c == b'"')
        .unwrap_or(line.len());
    let mut out = Vec::with_capacity(end);
    let mut i = 0;
    while i < end {
        if line[i] == b'\\' {
            match line.get(i + 1) {
                Some(b'x') if line.get(i + 2..i + 4) == Some(b"01") => {
                    out.push(1);
                    i += 4;
                    continue;
                }
                Some(b'r') => {
                    out.push(b'\r');
                    i += 2;
                    continue;
                }
                Some(b'n') => {
                    out.push(b'\n');
                    i += 2;
                    continue;
                }
                _ => {}
            }
        }
        out.push(line[i]);
        i += 1;
    }
    out
}

/// A template whose `\1` lost its backslash on the way to a forum: a placeholder, then `1`,
/// then `auth=` (`%s1auth=`, `}1auth=`).
fn lost_backslash(head: &[u8]) -> bool {
    head.ends_with(b"%s1") || head.ends_with(b"}1")
}

#[cfg(test)]
mod tests {
    use crate::evidence::{ArtifactKind, XoauthDefect};

    /// The XOAUTH2 artifacts' defects, and whether a user name was read.
    fn xoauth(text: &str) -> Vec<(Vec<XoauthDefect>, bool)> {
        crate::scan::scan(text, 0)
            .into_iter()
            .filter_map(|a| match a.kind {
                ArtifactKind::Xoauth2(x) => Some((x.defects, x.user.is_some())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn source_code_that_builds_the_string_is_judged_by_its_form() {
        // Right form, written as code: escapes are the separator byte; nothing to report.
        for right in [
            r#"auth_string = "user=" + email + "\x01auth=Bearer " + token + "\x01\x01""#,
            r"auth_string = 'user=%s\1auth=Bearer %s\1\1' % (email, token)",
            r#"var s = $"user={email}\u0001auth=Bearer {token}\u0001\u0001";"#,
            r"auth_string = f'user={user}\x01auth=Bearer {token}\x01\x01'",
            r#"$auth = "user=$email" . "\x01auth=Bearer $token\x01\x01";"#,
            r#"const s = "user=" + user + String.fromCharCode(1) + "auth=Bearer " + t;"#,
            // A forum dropped the backslashes: the form cannot be judged.
            "auth_string = 'user=%s1auth=Bearer %s11' % (email, access_token)",
        ] {
            assert_eq!(xoauth(right), vec![], "{right}");
        }
        // Code that builds it without any separator: that defect alone, no placeholder taken
        // for a user name.
        assert_eq!(
            xoauth(r#"String s = String.format("user=%sauth=Bearer %s", user, token);"#),
            vec![(vec![XoauthDefect::MissingSeparator], false)]
        );
        // `^A` typed into code is two characters, not the separator byte.
        assert_eq!(
            xoauth(r#"s = "user=" + user + "^Aauth=Bearer " + token + "^A^A""#),
            vec![(
                vec![
                    XoauthDefect::MissingSeparator,
                    XoauthDefect::LiteralSeparatorText
                ],
                false
            )]
        );
        // A printed byte string is read as the bytes its escapes stand for.
        assert_eq!(
            xoauth(r"b'user=jane@contoso.com\x01auth=Bearer abc.def.ghi\x01\x01'"),
            vec![(vec![XoauthDefect::TokenNotJwt], true)]
        );
        // Text as it was sent, typed with a visible separator: still a defect.
        let typed = xoauth("user=jane@contoso.com^Aauth=Bearer abc^A^A");
        assert!(typed[0].0.contains(&XoauthDefect::LiteralSeparatorText));
    }
}
