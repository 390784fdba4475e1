//! XOAUTH2 strings: the base64 blob after `AUTHENTICATE XOAUTH2` / `AUTH XOAUTH2` and literal
//! `user=…^Aauth=…` text.

use super::*;

impl<'a> Ctx<'a> {
    /// A base64 blob starting at `s` in the current line, after `command` (or bare).
    pub(super) fn xoauth_blob(
        &mut self,
        s: usize,
        command: Option<String>,
        protocol: Option<Protocol>,
    ) -> bool {
        let t = self.t;
        if s < self.skip_until {
            return false;
        }
        // Blobs run for hundreds of bytes: sixteen at a time (`=` is base64 already).
        let run_end = |from: usize, le: usize| b64_run_end(sl(t, 0, le), from, b'=');
        let mut e = run_end(s, self.le);
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
        let joined = wrapped || spaced;
        let outcome = match &self.memo.blob {
            Some((b, j, o)) if *j == joined && *b == blob => o.clone(),
            _ => {
                let o = xoauth::decode_blob(&blob, joined);
                self.memo.blob = Some((blob, joined, o.clone()));
                o
            }
        };
        match outcome {
            BlobOutcome::Parsed(p) => {
                self.skip_until = self.skip_until.max(e);
                self.emit_xoauth(s, e, command, protocol, p);
                true
            }
            BlobOutcome::NotXoauth(off, reason, problem) => {
                if command.is_some() {
                    let offset = self.orig(s + off.min(e - s));
                    self.skip_until = self.skip_until.max(e);
                    self.push(
                        s,
                        e,
                        ArtifactKind::DecodeFailure(Box::new(DecodeFailure {
                            what: "xoauth2".into(),
                            segment: "base64".into(),
                            offset,
                            reason,
                            problem,
                        })),
                    );
                    true
                } else {
                    false
                }
            }
        }
    }

    pub(super) fn emit_xoauth(
        &mut self,
        s: usize,
        e: usize,
        command: Option<String>,
        protocol: Option<Protocol>,
        p: xoauth::XoauthParts,
    ) {
        let x = Xoauth2 {
            command,
            protocol,
            user: p.user.clone(),
            scheme: p.scheme.clone(),
            token_artifact: None,
            defects: p.defects,
            visible: p.visible,
        };
        let seq = self.push(s, e, ArtifactKind::Xoauth2(Box::new(x)));
        let xi = self.out.partition_point(|f| f.seq < seq);
        let nested = match p.token.as_deref() {
            Some(tok) if tok.starts_with("eyJ") && tok.contains('.') => {
                self.decode_token_artifacts(s, e, tok)
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
        if let Some(u) = p.user {
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
    pub(super) fn xoauth_literal(&mut self, s: usize) {
        let line = sl(self.t, s, self.le);
        if find(line, b"auth=").is_none() {
            return;
        }
        let e = self.le;
        let p = xoauth::parse_text(line, Vec::new());
        self.skip_until = self.skip_until.max(e);
        self.emit_xoauth(s, e, None, None, p);
    }
}
