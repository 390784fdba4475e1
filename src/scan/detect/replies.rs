//! Mail server replies: SMTP status lines, IMAP tagged and untagged replies, POP `-ERR`, Exchange
//! `AuthFailed:LogonDenied`, and protocol hints.

use super::*;

impl<'a> Ctx<'a> {
    /// Words starting with a digit: SMTP replies and enhanced status codes.
    pub(super) fn numeric(&mut self, wi: usize, w: Word) {
        let wb = sl(self.t, w.s, w.e);
        // `535`, `535-5.7.139`, `550-`.
        if wb.len() >= 3
            && wb[..3].iter().all(u8::is_ascii_digit)
            && (wb.len() == 3 || wb[3] == b'-')
        {
            let n = wb[..3]
                .iter()
                .fold(0u32, |v, c| v * 10 + u32::from(c - b'0'));
            if !(200..600).contains(&n) {
                return;
            }
            if n == 334 && self.words.len() > wi + 1 {
                // SASL continuation: a server challenge may follow.
                return;
            }
            let inline_enh = if wb.len() > 4 {
                enhanced(&wb[4..])
            } else {
                None
            };
            // `(550, b'5.7.60 …`: a Python bytes prefix stands between code and enhanced code.
            let nwi = if self.wtext(wi + 1) == b"b" {
                wi + 2
            } else {
                wi + 1
            };
            let next = self.wtext(nwi);
            let next_enh = enhanced(strip_bprefix(next));
            let enh = inline_enh.clone().or(next_enh.clone());
            // `(403) Forbidden`: an HTTP status in parentheses (.NET's WebException), not a reply.
            let in_parens = w.s > 0 && self.t[w.s - 1] == b'(' && self.t.get(w.e) == Some(&b')');
            // ` 426 |  … New-ExoPSSession …`: PowerShell 7's error view numbers the script's line
            // in a gutter, not a reply.
            let gutter = sl(self.t, w.e, self.le).trim_ascii_start().first() == Some(&b'|');
            // `Actual delayed: 500 msecs`, `timeout: 450 seconds`: a number with its unit after
            // a label, not a reply.
            let unit = enh.is_none() && is_unit(next);
            let prefix_ok = self.reply_position(wi) && !in_parens && !gutter && !unit;
            if !(enh.is_some() || (prefix_ok && n >= 400 && !next.is_empty())) {
                return;
            }
            if n < 400 && n != 235 {
                return;
            }
            // `403 (Forbidden)`, `403 error`: no mail protocol replies 403, so without an enhanced
            // code it is an HTTP status, read by the API rows as an access refusal.
            if n == 403 && enh.is_none() {
                return;
            }
            if let Some(e) = &enh {
                if !e.starts_with(char::from(wb[0])) {
                    return;
                }
            }
            let code = lossy(&wb[..3]);
            let text_from = if inline_enh.is_some() {
                w.e
            } else if next_enh.is_some() {
                self.words[nwi].e
            } else {
                w.e
            };
            self.smtp_reply(w.s, code, enh, text_from, wi);
        } else if let Some(enh) = enhanced(wb) {
            // Enhanced code without the basic code (`5.7.60 SMTP; …`, `response was: 5.7.57 …`).
            if !(enh.starts_with('4') || enh.starts_with('5')) {
                return;
            }
            let prev = self.wtext(wi.wrapping_sub(1));
            let prev = if prev == b"b" {
                self.wtext(wi.wrapping_sub(2))
            } else {
                prev
            };
            if prev.len() == 3 && prev.iter().all(u8::is_ascii_digit) {
                // Reported with its basic code already.
                return;
            }
            let code = String::new();
            let next = self.wtext(wi + 1);
            if code.is_empty()
                && (next.is_empty() || !(next[0].is_ascii_alphabetic() || next[0] == b'['))
            {
                return;
            }
            self.smtp_reply(w.s, code, Some(enh), w.e, wi);
        }
    }

    /// Whether word `wi` stands where a reply code stands: first on the line, or after a
    /// transcript marker (`S:`, `<<<`, `<-`) or a label ending in `:`.
    pub(super) fn reply_position(&self, wi: usize) -> bool {
        if wi == 0 {
            return true;
        }
        let prev = self.wtext(wi - 1);
        matches!(
            prev,
            b"S:"
                | b"S"
                | b"<"
                | b"<<"
                | b"<<<"
                | b"<-"
                | b"<--"
                | b"SMTP"
                | b"Server:"
                | b"server:"
                | b"[S]"
                | b"S<"
                | b"R:"
        ) || prev.ends_with(b":")
            || prev.ends_with(b">")
    }

    pub(super) fn smtp_reply(
        &mut self,
        s: usize,
        code: String,
        enhanced: Option<String>,
        text_from: usize,
        wi: usize,
    ) {
        // The text runs to the end of the line or to the next reply on it.
        let mut e = self.le;
        for k in wi + 1..self.words.len().min(wi + 200) {
            let w = self.words[k];
            if w.s < text_from {
                continue;
            }
            let wb = self.wtext(k);
            let basic = wb.len() == 3
                && wb.iter().all(u8::is_ascii_digit)
                && matches!(wb[0], b'4' | b'5')
                && self::enhanced(self.wtext(k + 1)).is_some();
            if basic
                || (self::enhanced(wb).is_some_and(|x| x.starts_with('4') || x.starts_with('5'))
                    && k > wi + 1)
            {
                e = w.s;
                // Drop a label like `Error:` right before it.
                if k > 0 && self.words[k - 1].s >= text_from && self.wtext(k - 1).ends_with(b":") {
                    e = self.words[k - 1].s;
                }
                break;
            }
        }
        // An HTTP 400 or 401 after a token request's words ("Failed to get access token: 401
        // Unauthorized") is the token endpoint's status: the reply keeps those words, which tell
        // the stage (`texts::TOKEN_STATUS`).
        let from = if matches!(code.as_str(), "400" | "401")
            && find_ci(sl(self.t, self.ls, s), b"token").is_some()
        {
            self.ls
        } else {
            text_from
        };
        let text = clean_reply_text(&clip_lossy(sl(self.t, from, e)));
        // An HTTP proxy's status (`407 Proxy Authentication Required`) is no mail server's reply.
        if code == "407"
            || text
                .to_ascii_lowercase()
                .starts_with("proxy authentication")
        {
            return;
        }
        self.line_reply = true;
        self.last_protocol = Some(Protocol::Smtp);
        let lower = text.to_ascii_lowercase();
        let e = e.max(s);
        if lower.contains("mailbox logon failure")
            || (lower.contains("storedrv") && lower.contains("logon"))
        {
            self.push(
                s,
                e,
                ArtifactKind::MailboxLogonFailure { text: text.clone() },
            );
        }
        self.push(
            s,
            e,
            ArtifactKind::ServerReply(Box::new(ServerReply {
                protocol: Protocol::Smtp,
                code,
                status: None,
                enhanced,
                text,
            })),
        );
    }

    /// Protocol `p` named at `[s, e)`: a hint, once per line and protocol, and not again within
    /// 50 lines of the last.
    pub(super) fn protocol_hint(&mut self, p: Protocol, s: usize, e: usize) {
        let bit = 1u8 << proto_index(p);
        if self.line_hints & bit != 0 {
            return;
        }
        self.line_hints |= bit;
        let idx = proto_index(p);
        if self.hint_last[idx].is_some_and(|l| self.line_idx < l + 50) {
            return;
        }
        self.hint_last[idx] = Some(self.line_idx);
        self.last_protocol = Some(p);
        self.push(s, e, ArtifactKind::ProtocolHint { protocol: p });
    }

    pub(super) fn protocol_hints(&mut self, wb: &[u8], w: Word) {
        // The names searched for below have a dot (`exchange.asmx`) or a capital (the others):
        // a word without (its classes tell) is not searched for them. (A URL or host of a log
        // is searched for nothing but a mail protocol.)
        // (`exchange.asmx` also has an `x`: small, or a capital. A word without one, most URLs
        // with a `g`, is told so by one vector search instead of a walk over its `e`s.)
        let dot = w.f & DOT != 0 && w.f & (XG | UPPER) != 0;
        let upper = w.f & UPPER != 0;
        if ews_word(wb)
            || (wb.len() >= 11
                && ((dot
                    && memchr::memchr2(b'x', b'X', wb).is_some()
                    && find_ci(wb, b"exchange.asmx").is_some())
                    || (upper && find(wb, b"WebServices").is_some())))
        {
            self.protocol_hint(Protocol::Ews, w.s, w.e);
            return;
        }
        // Microsoft Graph named in words ("Microsoft Graph", "MS Graph:", "Graph API"), with no
        // URL of it in the paste: a hint, so a bare failure beside it gets the API's candidates,
        // not IMAP's or SMTP's.
        if matches!(wb, b"Graph" | b"Graph:" | b"Graph," | b"Graph." | b"Graph)") {
            let before = sl(self.t, w.s.saturating_sub(10), w.s);
            if before.ends_with(b"Microsoft ")
                || before.ends_with(b"MS ")
                || sl(self.t, w.e, (w.e + 4).min(self.le)) == b" API"
            {
                self.protocol_hint(Protocol::Graph, w.s, w.e);
            }
            return;
        }
        if let Some(p) = mail_protocol_in(wb) {
            self.protocol_hint(p, w.s, w.e);
        } else if upper
            && (wb.len() >= 18 && find(wb, b"ExchangeOnlineManagement").is_some()
                || find(wb, b"ExchangePowerShell").is_some())
        {
            self.protocol_hint(Protocol::ExchangePowershell, w.s, w.e);
        }
    }

    pub(super) fn tagless_imap_failure(&mut self, w: Word) {
        /// How long a reason after `failed` may be and stay in the reply's text (bytes).
        const TAGLESS_REASON: usize = 120;
        let text = clean_reply_text(&self.rest(w.s));
        let text = match text.find("failed") {
            // A short sentence of the server's after it stays ("LOGIN failed. Account is
            // blocked. …": the reason told), a longer rest of the line is a writer's prose.
            Some(p) if text.len() <= p + 6 + TAGLESS_REASON => text,
            Some(p) => {
                text[..p + 6].to_string()
                    + if text[p + 6..].starts_with('.') {
                        "."
                    } else {
                        ""
                    }
            }
            None => text,
        };
        self.imap_reply_read();
        let e = (w.s + text.len()).min(self.le);
        self.push(
            w.s,
            e,
            ArtifactKind::ServerReply(Box::new(ServerReply {
                protocol: Protocol::Imap,
                code: String::new(),
                status: Some("NO".into()),
                enhanced: None,
                text,
            })),
        );
    }

    /// An Entra error is the line's reply (see `line_entra`).
    pub(super) fn entra_reply(&mut self) {
        self.line_entra = !self.line_reply || self.line_entra;
        self.line_reply = true;
        self.last_protocol = Some(Protocol::TokenEndpoint);
    }

    /// Whether the line has a reply an IMAP reply may not follow: one per line, but an Entra
    /// error's message (to the line's end) leaves room for one.
    pub(super) fn imap_reply_taken(&self) -> bool {
        self.line_reply && !self.line_entra
    }

    fn imap_reply_read(&mut self) {
        self.line_reply = true;
        self.line_entra = false;
    }

    pub(super) fn imap_reply(&mut self, wi: usize, w: Word) {
        if self.imap_reply_taken() {
            return;
        }
        let wb = sl(self.t, w.s, w.e);
        let prev = if wi > 0 { self.wtext(wi - 1) } else { b"" };
        let lead = prev
            .iter()
            .position(|c| c.is_ascii_alphanumeric())
            .unwrap_or(prev.len());
        let prev_clean = if prev == b"*" { prev } else { &prev[lead..] };
        let by_label = prev.ends_with(b":") && wi > 0;
        if !(is_tag(prev_clean) || by_label) || wi == 0 {
            return;
        }
        // The reply's text and key depend on its status word and the bytes after it alone (what
        // `rest_cow` reads): a server that refuses every attempt the same way is read once.
        let after = sl(self.t, w.e, self.le.min(w.e + 2 * CLIP));
        let remembered = self
            .memo
            .reply
            .as_ref()
            .filter(|m| m.status == wb && m.after == after && !memo_off())
            .map(|m| m.key);
        let key = match remembered {
            Some(key) => key,
            None => {
                let key = imap_reply_key(wb, &self.rest_cow(w.e));
                let m = self.memo.reply.get_or_insert_with(Default::default);
                m.status.clear();
                m.status.extend_from_slice(wb);
                m.after.clear();
                m.after.extend_from_slice(after);
                m.key = key;
                key
            }
        };
        let Some(key) = key else {
            return;
        };
        self.imap_reply_read();
        self.last_protocol = Some(Protocol::Imap);
        let s = if by_label {
            w.s
        } else {
            self.words[wi - 1].s + (prev.len() - prev_clean.len())
        };
        let e = self.le;
        // A reply seen before only counts: nothing is built (its kind alone is read).
        if self.repeats_message(key) {
            let reply = std::mem::take(&mut self.memo.no_reply);
            let reply = reply.unwrap_or_else(|| {
                ArtifactKind::ServerReply(Box::new(ServerReply {
                    protocol: Protocol::Imap,
                    code: String::new(),
                    status: None,
                    enhanced: None,
                    text: String::new(),
                }))
            });
            self.push_keyed_ref(s, e, &reply, self.cur_time, key);
            self.memo.no_reply = Some(reply);
            return;
        }
        let rest = self.rest_cow(w.e);
        let text = clean_reply(&rest);
        let code = if by_label {
            String::new()
        } else {
            lossy(prev_clean)
        };
        // (The word is `NO`, `BAD` or `OK`.)
        let status = std::str::from_utf8(wb).unwrap_or("");
        let reply = ArtifactKind::ServerReply(Box::new(ServerReply {
            protocol: Protocol::Imap,
            code,
            status: Some(status.to_string()),
            enhanced: None,
            text: text.to_string(),
        }));
        self.push_keyed(s, e, reply, self.cur_time, key);
    }

    pub(super) fn logon_denied(&mut self, w: Word) {
        if !self.first_on_line(128) {
            return;
        }
        // The group key is the refusal's text: a repeat only counts, its fields unread. (It
        // depends on the word's bytes alone: the last word's key is remembered.)
        let wb = sl(self.t, w.s, w.e);
        let key = match &self.memo.logon_key {
            Some((k, key)) if k.as_slice() == wb && !memo_off() => *key,
            _ => {
                let key = super::super::group::key(
                    &ArtifactKind::LogonDenied {
                        detail: String::new(),
                        user: None,
                    },
                    wb,
                );
                let m = self.memo.logon_key.get_or_insert_with(Default::default);
                m.0.clear();
                m.0.extend_from_slice(wb);
                m.1 = key;
                key
            }
        };
        if self.repeats_message(key) {
            self.line_reply = true;
            let kind = ArtifactKind::LogonDenied {
                detail: String::new(),
                user: None,
            };
            self.push_keyed(w.s, w.e, kind, self.cur_time, key);
            return;
        }
        let detail = lossy(sl(self.t, w.s, w.e));
        let line = self.lineb();
        let user = find(line, b"User:").map(|p| {
            let s = p + 5;
            let mut i = s;
            while i < line.len() && line[i] == b' ' {
                i += 1;
            }
            let mut e = i;
            while e < line.len()
                && !matches!(
                    line[e],
                    b' ' | b'\t' | b';' | b',' | b']' | b')' | b'"' | b'\''
                )
            {
                e += 1;
            }
            lossy(sl(line, i, e))
        });
        let user = user.filter(|u| !u.is_empty());
        self.line_reply = true;
        let kind = ArtifactKind::LogonDenied { detail, user };
        self.push_keyed(w.s, w.e, kind, self.cur_time, key);
    }
}

/// Drops a Python bytes-literal quote run left before a word (`b’` splits as its own word).
pub(super) fn strip_bprefix(w: &[u8]) -> &[u8] {
    w
}

pub(super) fn clean_reply_text(s: &str) -> String {
    clean_reply(s).to_string()
}

/// [`clean_reply_text`] as a part of `s`.
pub(super) fn clean_reply(s: &str) -> &str {
    let mut t = trim(s);
    let mut opened = false;
    // (The first byte tells whether any of these can open the text: most replies start with a
    // letter or a digit.)
    if matches!(t.as_bytes().first(), Some(b'[' | b'b' | b'\'')) {
        for p in ["[b'", "b'", "[b\"", "b\"", "[", "'"] {
            if let Some(r) = t.strip_prefix(p) {
                t = r;
                opened = p.starts_with('[');
                break;
            }
        }
    }
    let mut t = trim_end_bytes(t, b"'\")\r *`");
    // (`trim_end_matches` of the four bytes, without building a searcher for them.)
    while let Some(r) = t.strip_suffix("\\r\\n") {
        t = r;
    }
    t = trim_end_bytes(t, b"'\"");
    // Drop a closing bracket only when it closes the one dropped at the start (or none is open).
    if t.ends_with(']') && (opened || t.matches('[').count() < t.matches(']').count()) {
        t = trim_end_bytes(&t[..t.len() - 1], b"'\"");
    }
    trim(t)
}

/// The group key of an IMAP reply with status `status` (`NO`, `BAD`, `OK`) followed by `rest`
/// (see `Ctx::rest_cow`), or `None` when it is no reply: an empty text, or an `OK` that reports
/// no sign-in.
fn imap_reply_key(status: &[u8], rest: &str) -> Option<(u64, bool)> {
    let text = clean_reply(rest);
    if text.is_empty() {
        return None;
    }
    if status == b"OK" {
        let up = text.to_ascii_uppercase();
        if !(up.contains("AUTHENTICATE") || up.contains("LOGIN") || up.contains("COMPLETED")) {
            return None;
        }
    }
    // Only the kind of the reply is read for the key.
    let reply = ArtifactKind::ServerReply(Box::new(ServerReply {
        protocol: Protocol::Imap,
        code: String::new(),
        status: None,
        enhanced: None,
        text: String::new(),
    }));
    let status = std::str::from_utf8(status).unwrap_or("");
    Some(super::super::group::reply_key(
        &reply,
        Protocol::Imap,
        Some(status),
        None,
        text,
    ))
}

/// The last IMAP reply read (see `Ctx::imap_reply`): its status word, the bytes after it, and
/// its key (`None`: no reply).
#[derive(Default)]
pub(super) struct ReplyMemo {
    status: Vec<u8>,
    after: Vec<u8>,
    key: Option<(u64, bool)>,
}

/// `t.trim_end_matches` of ASCII bytes, one byte at a time (no pattern searcher): an ASCII byte
/// is a whole character, so the cut stays on a character boundary.
fn trim_end_bytes<'t>(t: &'t str, bytes: &[u8]) -> &'t str {
    let b = t.as_bytes();
    let mut e = b.len();
    while e > 0 && bytes.contains(&b[e - 1]) {
        e -= 1;
    }
    &t[..e]
}

/// `s.trim()`, without walking characters when `s` neither starts nor ends with a blank (the
/// blanks `str::trim` removes are ASCII 9–13 and 32, or start with a byte of 0x80 and more).
fn trim(s: &str) -> &str {
    let plain = |b: Option<&u8>| b.is_some_and(|&c| c > b' ' && c < 0x80);
    if plain(s.as_bytes().first()) && plain(s.as_bytes().last()) {
        s
    } else {
        s.trim()
    }
}

/// An SMTP enhanced status code at the start of `w` (`5.7.139`).
pub(super) fn enhanced(w: &[u8]) -> Option<String> {
    let mut parts = 0;
    let mut i = 0;
    let mut digits = 0;
    while i < w.len() {
        let c = w[i];
        if c.is_ascii_digit() {
            digits += 1;
            if digits > 3 {
                return None;
            }
        } else if c == b'.' && digits > 0 && parts < 2 {
            parts += 1;
            digits = 0;
        } else {
            break;
        }
        i += 1;
    }
    if parts != 2 || digits == 0 {
        return None;
    }
    let first = w[0];
    if !matches!(first, b'2' | b'4' | b'5') || w.get(1) != Some(&b'.') {
        return None;
    }
    if i < w.len() && !matches!(w[i], b':' | b',' | b';' | b'.') {
        return None;
    }
    Some(lossy(&w[..i]))
}

/// Whether `w` can be an IMAP tag (`A01`, `TAG1`, `2`, `a`, `*`, `MBN00000002`).
pub(super) fn is_tag(w: &[u8]) -> bool {
    if w == b"*" {
        return true;
    }
    !w.is_empty()
        && w.len() <= 20
        && w.iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'.' || *c == b'_')
        && (w.iter().any(u8::is_ascii_digit)
            || (w.len() <= 4 && w.iter().all(u8::is_ascii_uppercase)))
}

/// The code inside `<m:ResponseCode>…</m:ResponseCode>` or `<faultcode>a:…</faultcode>`.
pub(super) fn tagged_code(wb: &[u8]) -> Option<String> {
    let close = find(wb, b"</faultcode>").or_else(|| {
        find(wb, b"ResponseCode>").and_then(|p| find(&wb[p..], b"</").map(|q| p + q))
    })?;
    let before = &wb[..close];
    let start = before.iter().rposition(|&c| c == b'>').map_or(0, |p| p + 1);
    let raw = lossy(&before[start..]);
    let code = crate::i18n::after_last_ascii(&raw, b':').trim().to_string();
    (!code.is_empty() && code != "NoError" && code.len() < 80 && !code.contains('<'))
        .then_some(code)
}

/// EWS named as a word of its own ("EWS", "EWS:", "(EWS)"): a protocol hint.
pub(super) fn ews_word(wb: &[u8]) -> bool {
    matches!(wb, b"EWS" | b"EWS:" | b"EWS," | b"EWS." | b"(EWS)")
}

/// Whether `w` (with a trailing `,`, `.` or `)`) is a unit a count or a time is given in.
fn is_unit(w: &[u8]) -> bool {
    let w = w
        .strip_suffix(b",")
        .or_else(|| w.strip_suffix(b"."))
        .or_else(|| w.strip_suffix(b")"))
        .unwrap_or(w);
    const UNITS: &[&[u8]] = &[
        b"ms",
        b"msec",
        b"msecs",
        b"milliseconds",
        b"sec",
        b"secs",
        b"seconds",
        b"minutes",
        b"mins",
        b"hours",
        b"bytes",
        b"kb",
        b"mb",
        b"items",
        b"messages",
        b"mails",
        b"emails",
        b"times",
        b"retries",
        b"attempts",
        b"users",
        b"mailboxes",
    ];
    UNITS.iter().any(|u| u.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::clean_reply;
    use proptest::prelude::*;

    /// [`clean_reply`] written with the standard library's trimming, as it was first written.
    fn clean_reply_plain(s: &str) -> &str {
        let mut t = s.trim();
        let mut opened = false;
        for p in ["[b'", "b'", "[b\"", "b\"", "[", "'"] {
            if let Some(r) = t.strip_prefix(p) {
                t = r;
                opened = p.starts_with('[');
                break;
            }
        }
        let mut t = t.trim_end_matches(['\'', '"', ')', '\r', ' ', '*', '`']);
        while let Some(r) = t.strip_suffix("\\r\\n") {
            t = r;
        }
        t = t.trim_end_matches(['\'', '"']);
        if t.ends_with(']') && (opened || t.matches('[').count() < t.matches(']').count()) {
            t = t[..t.len() - 1].trim_end_matches(['\'', '"']);
        }
        t.trim()
    }

    #[test]
    fn a_powershell_error_view_s_line_number_is_no_reply() {
        let kinds = |t: &str| -> Vec<&'static str> {
            crate::scan::scan(t, 0)
                .iter()
                .map(|a| a.kind.name())
                .collect()
        };
        let view = "New-ExoPSSession: C:\\Modules\\ExchangeOnlineManagement.psm1:426:30\nLine |\n 426 |  … PSSession = New-ExoPSSession -ExchangeEnvironmentName $Env …\n     | Could not load type 'System.Security.Cryptography.SHA256Cng'";
        assert!(!kinds(view).contains(&"server-reply"), "{:?}", kinds(view));
        // A reply still is one.
        assert!(kinds("S: 535 5.7.3 Authentication unsuccessful").contains(&"server-reply"));
        assert!(kinds("451 Temporary local problem - please try later").contains(&"server-reply"));
    }

    proptest! {
        #[test]
        fn clean_reply_trims_as_the_standard_library_does(
            parts in proptest::collection::vec(
                prop_oneof![Just("["), Just("]"), Just("b'"), Just("b\""), Just("'"), Just("\""),
                    Just(")"), Just("\r"), Just(" "), Just("*"), Just("`"), Just("\\r\\n"), Just("\t"),
                    Just("\u{a0}"), Just("\u{3000}"), Just("NO"), Just("x"), Just("\u{e4}")],
                0..24,
            )
        ) {
            let s = parts.concat();
            prop_assert_eq!(clean_reply(&s), clean_reply_plain(&s));
        }
    }
}
