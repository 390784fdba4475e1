//! Tokens and secrets: JWTs (`eyJ…`), opaque tokens, `key=value` parameters, secrets and scopes.

use super::*;

impl<'a> Ctx<'a> {
    /// A `eyJ…` token at `pos`: JWT, JWE, truncated token or base64 JSON challenge.
    pub(super) fn token_at(&mut self, pos: usize) {
        let t = self.t;
        if pos < self.skip_until {
            return;
        }
        // `dots`: the dots before `from`. After the second one the signature may be masked
        // (`crate::secrets` keeps its first characters and turns the rest into `*`).
        let run_end = |from: usize, le: usize, mut dots: usize| {
            let mut i = from;
            while i < le
                && (is_b64url(t[i])
                    || t[i] == b'.'
                    || t[i] == b'='
                    || (dots >= 2 && t[i] == crate::secrets::MASK))
            {
                dots += usize::from(t[i] == b'.');
                i += 1;
            }
            i
        };
        let mut end = run_end(pos, self.le, 0);
        let mut tok: Vec<u8> = t[pos..end].to_vec();
        // Wrapped over lines?
        let mut line_end = self.le;
        for _ in 0..400 {
            let segs = tok.iter().filter(|&&c| c == b'.').count() + 1;
            let tail_blank = sl(t, end, line_end).iter().all(|c| c.is_ascii_whitespace());
            if !tail_blank || line_end >= t.len() {
                break;
            }
            let next_start = line_end
                + if t.get(line_end) == Some(&b'\r') {
                    2
                } else {
                    1
                };
            let nl = memchr::memchr(b'\n', sl(t, next_start, t.len()))
                .map_or(t.len(), |o| next_start + o);
            let mut nle = nl;
            if nle > next_start && t.get(nle - 1) == Some(&b'\r') {
                nle -= 1;
            }
            let mut s = next_start;
            while s < nle && (t[s] == b' ' || t[s] == b'\t') {
                s += 1;
            }
            let e = run_end(s, nle, segs - 1);
            let run = e - s;
            let rest_blank_or_term = e == nle
                || matches!(
                    t.get(e),
                    Some(b'"' | b'\'' | b',' | b'}' | b' ' | b'\t' | 0x01 | b'^' | b'&')
                );
            if run == 0 || !rest_blank_or_term {
                break;
            }
            let whole_line = e == nle;
            let want = segs < 3
                || (segs == 4)
                || (whole_line
                    && run >= 16
                    && tok.len() >= 60
                    && (e - s) > 0
                    && !sl(t, s, e).contains(&b'.'));
            if !want || sl(t, s, e).starts_with(b"eyJ") {
                break;
            }
            tok.extend_from_slice(&t[s..e]);
            end = e;
            line_end = nle;
        }
        // Trailing dots of a sentence.
        let segs_now = tok.iter().filter(|&&c| c == b'.').count() + 1;
        if tok.ends_with(b".") && (segs_now == 4 || segs_now == 6) {
            tok.pop();
            end -= 1;
        }
        let tok_s = String::from_utf8(tok).unwrap_or_else(|e| lossy(e.as_bytes()));
        if !tok_s.contains('.') {
            self.dotless_eyj(pos, end, &tok_s);
            return;
        }
        self.skip_until = self.skip_until.max(end);
        self.decode_token_artifacts(pos, end, &tok_s);
    }

    /// Decodes a compact token and pushes its artifacts; returns the seq of the main one.
    pub(super) fn decode_token_artifacts(
        &mut self,
        s: usize,
        e: usize,
        tok: &str,
    ) -> Option<usize> {
        self.decode_token_keyed(s, e, tok, &mut None)
    }

    /// [`Self::decode_token_artifacts`]; `key`: the group key of a token decoded a moment ago,
    /// when `t[s..e]` is the text it was made of, else `None` (then made and kept there).
    pub(super) fn decode_token_keyed(
        &mut self,
        s: usize,
        e: usize,
        tok: &str,
        key: &mut Option<(u64, bool)>,
    ) -> Option<usize> {
        // A token decoded a moment ago decodes as it did then; only its validity at this
        // line's time is new.
        if let Some(i) = self.recent_tokens.iter().position(|(t, _)| t == tok) {
            // The most recently used last.
            self.recent_tokens[i..].rotate_left(1);
            if let Some((t, mut kind)) = self.recent_tokens.pop() {
                if let ArtifactKind::Jwt(j) = &mut kind {
                    j.validity_at_log = self.cur_time.map(|t| token::validity(&j.claims, t));
                }
                let k =
                    *key.get_or_insert_with(|| super::super::group::key(&kind, sl(self.t, s, e)));
                let seq = self.push_keyed_ref(s, e, &kind, self.cur_time, k);
                self.recent_tokens.push((t, kind));
                return Some(seq);
            }
        }
        let base = self.orig(s);
        let outcome = token::decode_token(tok, base, self.now, self.cur_time);
        if let (Some(j), None, true) = (
            &outcome.jwt,
            &outcome.jwe_header,
            outcome.failures.is_empty(),
        ) {
            if self.recent_tokens.len() >= RECENT_TOKENS {
                self.recent_tokens.remove(0);
            }
            self.recent_tokens
                .push((tok.to_string(), ArtifactKind::Jwt(Box::new(j.clone()))));
        }
        let mut main = None;
        if let Some(h) = outcome.jwe_header {
            main = Some(self.push(s, e, ArtifactKind::EncryptedToken { header: h }));
        }
        if let Some(j) = outcome.jwt {
            main = Some(self.push(s, e, ArtifactKind::Jwt(Box::new(j))));
        }
        for f in outcome.failures {
            let seq = self.push(s, e, ArtifactKind::DecodeFailure(Box::new(f)));
            main.get_or_insert(seq);
        }
        main
    }

    /// `eyJ…` without dots: a base64 JSON SASL challenge, or a token cut after its header.
    pub(super) fn dotless_eyj(&mut self, s: usize, e: usize, tok: &str) {
        if tok.len() < 12 {
            return;
        }
        let d = b64_decode(tok.as_bytes(), tok.contains(['-', '_']));
        let Ok((members, _)) = parse_object(&d.bytes) else {
            return;
        };
        if let Some((status, scope)) = challenge_of(&members) {
            self.skip_until = self.skip_until.max(e);
            self.push(s, e, ArtifactKind::SaslErrorChallenge { status, scope });
        } else if members.iter().any(|(n, _)| n == "alg" || n == "typ") {
            self.skip_until = self.skip_until.max(e);
            let offset = self.orig(e);
            self.push(
                s,
                e,
                ArtifactKind::DecodeFailure(Box::new(DecodeFailure {
                    what: "jwt".into(),
                    segment: "payload".into(),
                    offset,
                    reason: DecodeNote::HeaderOnly,
                    problem: DecodeProblem::Invalid,
                })),
            );
        }
    }

    /// A SASL error challenge quoted decoded, as a client logs it or an admin pastes it after
    /// decoding its base64 (`{"status":"401","schemes":"bearer","scope":"…"}`, on one line, in
    /// JSON's double quotes), at its `scope` key `w`: the same evidence as its base64 form
    /// ([`Self::dotless_eyj`]). Returns whether it was one.
    pub(super) fn sasl_challenge_json(&mut self, w: Word) -> bool {
        let t = self.t;
        if w.s == 0 || t[w.s - 1] != b'"' {
            return false;
        }
        // The object's `{` a short way back on the line (the challenge has three short keys).
        let from = w.s.saturating_sub(160).max(self.ls);
        let Some(open) = memchr::memrchr(b'{', sl(t, from, w.s)).map(|o| from + o) else {
            return false;
        };
        let end = api::object_end(t, open + 1, (w.e + 600).min(self.le));
        // The object holds this key (an inner object closed before it is another's).
        if end <= w.e {
            return false;
        }
        // Read as the base64 form's decoded object is, and only with SASL's `schemes` and an
        // HTTP status (quoted or not).
        let Ok((members, _)) = parse_object(sl(t, open, end)) else {
            return false;
        };
        if !members.iter().any(|(n, _)| n == "schemes") {
            return false;
        }
        let Some((status, scope)) = challenge_of(&members) else {
            return false;
        };
        if status.len() != 3 || !status.bytes().all(|c| c.is_ascii_digit()) {
            return false;
        }
        self.skip_until = self.skip_until.max(end);
        self.push(
            open,
            end,
            ArtifactKind::SaslErrorChallenge { status, scope },
        );
        true
    }

    pub(super) fn opaque_at(&mut self, s: usize, e: usize) -> Option<usize> {
        let tb = sl(self.t, s, e);
        if !token::looks_opaque(tb) || s < self.skip_until {
            return None;
        }
        let tok = lossy(tb);
        self.skip_until = self.skip_until.max(e);
        Some(self.push(
            s,
            e,
            ArtifactKind::OpaqueToken {
                length: tok.len(),
                prefix: token::opaque_prefix(&tok),
            },
        ))
    }

    /// `key=value` pairs inside a word (query strings, form bodies, config lines).
    pub(super) fn params(&mut self, wi: usize, w: Word) {
        let t = self.t;
        let wb = sl(t, w.s, w.e);
        if wb.starts_with(b"user=") && self.first_on_line(1 << 16) {
            // Raw XOAUTH2 text.
            if find(self.lineb(), b"auth=").is_some() {
                self.xoauth_literal(w.s);
                return;
            }
        }
        let mut i = w.s;
        while i < w.e {
            // Piece boundaries: & ? # ; and the start.
            let j = piece_end(t, i, w.e);
            if let Some(eq) = memchr::memchr(b'=', sl(t, i, j)) {
                let key_s = i;
                let key_e = i + eq;
                let key = sl(t, key_s, key_e);
                // keys like `https://x/y?scope` – take the tail after the last non-key char.
                let kstart = key
                    .iter()
                    .rposition(|c| !(c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-'))
                    .map_or(0, |p| p + 1);
                let key = &key[kstart..];
                let vs = key_e + 1;
                let mut ve = j;
                // Quoted or spaced values (`client_secret = "x"`) are handled by `keyed`.
                if vs == ve && wi + 1 < self.words.len() && t.get(ve) != Some(&b'&') {
                    ve = vs;
                }
                self.param(key, key_s + kstart, vs, ve, wi);
            }
            i = j + 1;
        }
    }

    pub(super) fn param(&mut self, key: &[u8], ks: usize, vs: usize, ve: usize, wi: usize) {
        if !(4..=17).contains(&key.len()) {
            return;
        }
        // Lower-cased on the stack (the key has at most 17 bytes): most keys match no arm.
        let mut buf = [0u8; 17];
        let lower = &mut buf[..key.len()];
        lower.copy_from_slice(key);
        lower.make_ascii_lowercase();
        let lower: &[u8] = lower;
        match lower {
            b"client_secret" | b"clientsecret" | b"client-secret" => {
                if ve == vs && self.next_is_value(wi) {
                    self.keyed_secret(vs);
                } else {
                    self.secret(ks, vs, ve, true);
                }
            }
            b"grant_type" | b"granttype" if ve > vs => {
                self.grant(ks, ve, sl(self.t, vs, ve), true);
            }
            b"scope" | b"scopes" | b"resource" => {
                if ve > vs {
                    // `scope=a b c` unquoted: the value runs on over the scope-shaped words.
                    let ve = scope_words_end(self.t, vs, self.le).map_or(ve, |e| e.max(ve));
                    self.scope_param(ks, vs, ve, lower == b"resource");
                } else {
                    self.keyed_scope(vs.saturating_sub(1), vs, lower == b"resource");
                }
            }
            // MSAL for iOS and macOS prints the OAuth error as `MSALOAuthErrorKey=access_denied`.
            b"error" | b"msaloautherrorkey" if ve > vs => {
                {
                    let err = url_decode(sl(self.t, vs, ve));
                    if err.chars().all(|c| c.is_ascii_lowercase() || c == '_') && err.contains('_')
                    {
                        if !self.first_on_line(1) {
                            return;
                        }
                        // Look for error_description in the same word. A URL-encoded one
                        // was decoded when the text was prepared (its blanks are the value's):
                        // then it runs to the next parameter.
                        let line = self.lineb();
                        let desc = find(line, b"error_description=").map(|p| {
                            let s = p + 18;
                            let decoded =
                                line.get(p.wrapping_sub(1)) == Some(&b'&') && self.norm.undone();
                            let e = line[s..]
                                .iter()
                                .position(|&c| {
                                    c == b'&' || (c == b' ' && !decoded) || c == b'\r' || c == b'\n'
                                })
                                .map_or(line.len(), |q| s + q);
                            url_decode(sl(line, s, e))
                        });
                        let codes = desc.as_deref().and_then(aadsts_code).into_iter().collect();
                        self.push(
                            ks,
                            ve,
                            ArtifactKind::TokenError(TokenErrorBody {
                                error: err,
                                description: desc,
                                codes,
                            }),
                        );
                    }
                }
            }
            // `auth=Bearer <token>` in literal XOAUTH2 or logs.
            b"auth"
                if matches!(sl(self.t, vs, ve), b"" | b"Bearer" | b"bearer")
                    && self.wtext(wi + 1).len() >= 20 =>
            {
                let nw = self.words[wi + 1];
                if !self.wtext(wi + 1).starts_with(b"eyJ") {
                    self.opaque_at(nw.s, nw.e);
                }
            }
            b"access_token" | b"token" if ve > vs && !sl(self.t, vs, ve).starts_with(b"eyJ") => {
                self.opaque_at(vs, ve);
            }
            _ => {}
        }
    }

    pub(super) fn next_is_value(&self, wi: usize) -> bool {
        wi + 1 < self.words.len()
    }

    pub(super) fn secret(&mut self, ks: usize, vs: usize, ve: usize, _param: bool) {
        let raw = url_decode(sl(self.t, vs, ve));
        let value = raw.trim_matches(['"', '\'', ' ']);
        let masked = mask(value);
        let guid_shaped = is_guid(value.as_bytes());
        self.push(
            ks,
            ve.max(vs),
            ArtifactKind::ClientSecret {
                masked,
                guid_shaped,
            },
        );
    }

    /// A grant named at `[s, e)`: `value` is a `grant_type` value when `keyed`, otherwise the
    /// grant the report's words name. Values that are no grant are left.
    pub(super) fn grant(&mut self, s: usize, e: usize, value: &[u8], keyed: bool) {
        if let Some(grant) = crate::catalogue::oauth::grant_of(value) {
            self.push(s, e, ArtifactKind::Grant { grant, keyed });
        }
    }

    /// A value following `key` with optional quotes, spaces and `=`/`:`: returns its range.
    pub(super) fn value_after(&self, mut i: usize) -> Option<(usize, usize)> {
        let t = self.t;
        let le = self.le;
        while i < le && matches!(t[i], b'"' | b'\'' | b' ' | b'\t') {
            i += 1;
        }
        if i < le && matches!(t[i], b'=' | b':') {
            i += 1;
        } else {
            return None;
        }
        while i < le && matches!(t[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= le {
            return None;
        }
        let q = t[i];
        if matches!(q, b'"' | b'\'') {
            let s = i + 1;
            let lim = le.min(s + WINDOW);
            let e = memchr::memchr(q, sl(t, s, lim)).map_or(lim, |o| s + o);
            Some((s, e))
        } else {
            let s = i;
            let mut e = s;
            while e < le
                && !matches!(
                    t[e],
                    b' ' | b'\t' | b'&' | b',' | b';' | b'"' | b'\'' | b')' | b'}' | b']'
                )
            {
                e += 1;
            }
            Some((s, e))
        }
    }

    pub(super) fn keyed_secret(&mut self, key_end: usize) {
        let dash_param = {
            // The key's own word starts with `-` (PowerShell parameter).
            let lo = key_end.saturating_sub(64).max(self.ls);
            let key = sl(self.t, lo, key_end);
            let start = key
                .iter()
                .rposition(|&c| CLASS[c as usize] & SEP != 0)
                .map_or(0, |p| p + 1);
            key.get(start) == Some(&b'-')
        };
        let found = if dash_param {
            // PowerShell `-ClientSecret value`.
            let mut i = key_end;
            while i < self.le && matches!(self.t[i], b' ' | b'\t') {
                i += 1;
            }
            let (vs, ve, _) = read_ps_value(self.t, i, self.le);
            (ve > vs).then_some((vs, ve))
        } else {
            self.value_after(key_end)
        };
        if let Some((s, e)) = found {
            let value = lossy(sl(self.t, s, e));
            if value.starts_with('$') || value.starts_with('{') || value.starts_with('%') {
                // A variable, not a value.
                return;
            }
            let key_s = key_end;
            self.push(
                key_s,
                e.max(key_s),
                ArtifactKind::ClientSecret {
                    masked: mask(&value),
                    guid_shaped: is_guid(value.trim().as_bytes()),
                },
            );
            self.skip_until = self.skip_until.max(e);
        }
    }

    pub(super) fn keyed_scope(&mut self, key_end: usize, _vs: usize, resource: bool) {
        let t = self.t;
        let mut i = key_end;
        while i < self.le && matches!(t[i], b'"' | b'\'' | b' ' | b'=' | b':') {
            i += 1;
        }
        if t.get(i) == Some(&b'-') && t.get(i + 1) == Some(&b' ') {
            i += 2;
        }
        if t.get(i) == Some(&b'[') {
            // A list of quoted scopes.
            let lim = self.le.min(i + WINDOW);
            let close = memchr::memchr(b']', sl(t, i, lim)).map_or(lim, |o| i + o);
            let inner = lossy(sl(t, i + 1, close));
            let scopes: Vec<String> = inner
                .split(',')
                .map(|s| s.trim().trim_matches(['"', '\'']).to_string())
                .filter(|s| !s.is_empty())
                .collect();
            if !scopes.is_empty() {
                self.push(
                    key_end,
                    (close + 1).min(self.le),
                    ArtifactKind::Scope(ScopeString {
                        scopes,
                        resource_param: resource,
                    }),
                );
            }
            return;
        }
        if let Some(e) = scope_words_end(t, i, self.le) {
            // `Scopes - email offline_access IMAP.AccessAsUser.All` (MSAL's request data) or
            // `scope: a b c`: several scopes unquoted, separated by spaces.
            let v = url_decode(sl(t, i, e));
            self.scope(key_end, e, &v, resource);
            return;
        }
        if let Some((s, e)) = self.value_after(key_end) {
            let v = url_decode(sl(t, s, e));
            self.scope(key_end, e, &v, resource);
        }
    }

    pub(super) fn scope(&mut self, s: usize, e: usize, v: &str, resource: bool) {
        if let Some(kind) = scope_kind(v, resource) {
            self.push(s, e, kind);
        }
    }

    /// `scope=…` (or `resource=…`) from `ks`, its value at `[vs, ve)`: a service asks with the
    /// same value on every request, so the value read last is remembered with what it gave, and
    /// a repeat is filed from that without decoding and splitting it again.
    pub(super) fn scope_param(&mut self, ks: usize, vs: usize, ve: usize, resource: bool) {
        let raw = sl(self.t, vs, ve);
        let memo = match self.memo.scope.take() {
            Some(m) if m.0 == raw && m.1 == resource => m,
            _ => (
                raw.to_vec(),
                resource,
                scope_kind(&url_decode(raw), resource),
            ),
        };
        if let Some(kind) = &memo.2 {
            let key = super::super::group::key(kind, sl(self.t, ks, ve));
            self.push_keyed_ref(ks, ve, kind, self.cur_time, key);
        }
        self.memo.scope = Some(memo);
    }
}

/// The scope artifact of a `scope`/`resource` value (URL-decoded), if it names one.
fn scope_kind(v: &str, resource: bool) -> Option<ArtifactKind> {
    let scopes: Vec<String> = v
        .split(&[' ', '+', ','][..])
        .map(|x| x.trim().trim_matches(['"', '\'']).to_string())
        .filter(|x| !x.is_empty())
        .collect();
    if scopes.is_empty() || scopes.iter().any(|x| x.len() > 300) {
        return None;
    }
    if !scopes.iter().any(|x| {
        x.contains('.')
            || x.contains('/')
            || x.contains(':')
            || x == "openid"
            || x == "offline_access"
    }) {
        return None;
    }
    Some(ArtifactKind::Scope(ScopeString {
        scopes,
        resource_param: resource,
    }))
}

/// The end of two or more unquoted scopes from `i`, separated by single spaces, to the end of the
/// line or the first word that is not scope-shaped (a permission name such as
/// `IMAP.AccessAsUser.All`, a URI, `openid`, `offline_access`, `email`, `profile`). `None` when
/// fewer than two words are scopes, so a prose line does not become a scope string.
fn scope_words_end(t: &[u8], i: usize, le: usize) -> Option<usize> {
    let mut s = i;
    let mut end = i;
    let mut n = 0;
    while s < le && n < 16 {
        let e = memchr::memchr(b' ', sl(t, s, le)).map_or(le, |o| s + o);
        let w = sl(t, s, e);
        let shaped = w.len() > 2
            && w.iter().all(|&c| {
                c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b':' | b'/' | b'-')
            })
            && (w.contains(&b'.')
                || w.contains(&b'/')
                || matches!(w, b"openid" | b"offline_access" | b"email" | b"profile"));
        if !shaped {
            break;
        }
        n += 1;
        end = e;
        s = e + 1;
    }
    (n >= 2).then_some(end)
}

/// The end of a parameter piece starting at `i` of `t[..e]`: the next `&`, `?` or `#`, else `e`.
/// A piece longer than a few bytes (a URL, a GUID) is searched with `memchr3`, which costs less
/// than a comparison per byte from about a dozen bytes on.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn piece_end(t: &[u8], i: usize, e: usize) -> usize {
    if e - i >= 16 {
        return memchr::memchr3(b'&', b'?', b'#', sl(t, i, e)).map_or(e, |o| i + o);
    }
    let mut j = i;
    while j < e && !matches!(t[j], b'&' | b'?' | b'#') {
        j += 1;
    }
    j
}

/// Position of `eyJ` (the base64 of `{"`) in a word.
pub(super) fn find_eyj(wb: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(o) = memchr::memchr(b'J', sl(wb, from, wb.len())) {
        let j = from + o;
        if j >= 2 && wb[j - 2] == b'e' && wb[j - 1] == b'y' {
            return Some(j - 2);
        }
        from = j + 1;
    }
    None
}

pub(super) fn mask(value: &str) -> String {
    if value.is_empty() {
        return String::new();
    }
    let n = if value.chars().count() <= 6 { 1 } else { 3 };
    let end = value.char_indices().nth(n).map_or(value.len(), |(i, _)| i);
    format!("{}…", &value[..end])
}

/// Decoded tokens kept for reuse (a service refreshes its token hourly; a log interleaves a few).
pub(super) const RECENT_TOKENS: usize = 8;

/// A SASL error challenge's status (as written; a number as its digits) and scope, from its
/// object's members: one reading for its base64 form and its decoded quote.
fn challenge_of(members: &[(String, Value)]) -> Option<(String, Option<String>)> {
    let get = |k: &str| members.iter().find(|(n, _)| n == k).map(|(_, v)| v);
    let status = get("status")?.as_text();
    let scope = get("scope").and_then(|v| v.as_str()).map(str::to_string);
    Some((status, scope))
}

#[cfg(test)]
mod tests {
    use crate::evidence::{ArtifactKind, ScopeString};

    #[test]
    fn a_repeated_scope_is_filed_like_a_new_one() {
        // The same value again (remembered), another value, the first again (no longer the one
        // remembered), the first as `resource=`, and a value that names no scope, twice.
        let a = "https%3A%2F%2Foutlook.office365.com%2F.default";
        let text = format!(
            "req scope={a}\nreq scope={a}\nreq scope=https://graph.microsoft.com/.default\n\
             req scope={a}\nreq resource={a}\nreq scope=xyz\nreq scope=xyz\nreq scope={a}\n"
        );
        let scopes: Vec<(ScopeString, usize, usize)> = crate::scan::scan(&text, 0)
            .into_iter()
            .filter_map(|x| match x.kind {
                ArtifactKind::Scope(s) => {
                    Some((s, x.line, x.repeats.as_ref().map_or(1, |r| r.count)))
                }
                _ => None,
            })
            .collect();
        let outlook = vec!["https://outlook.office365.com/.default".to_string()];
        let graph = vec!["https://graph.microsoft.com/.default".to_string()];
        let s = |scopes: &Vec<String>, resource_param| ScopeString {
            scopes: scopes.clone(),
            resource_param,
        };
        assert_eq!(
            scopes,
            vec![
                (s(&outlook, false), 1, 4),
                (s(&graph, false), 3, 1),
                (s(&outlook, true), 5, 1),
            ]
        );
    }
}
