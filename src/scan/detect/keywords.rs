//! The words the detectors react to: the exact keywords, the context words of the catalogue's
//! known texts the scanner reads, and the dispatch from a keyword to its detector.

use super::*;
use crate::catalogue::oauth;
use crate::catalogue::Words;

/// Words the keyword detectors react to exactly (see `Ctx::keyword` and `Ctx::network`), besides
/// the context words of the scanner's known texts ([`SCAN_FAMILIES`]).
pub(super) const KEYWORDS: [&[u8]; 107] = [
    b"NO",
    b"BAD",
    b"OK",
    b"-ERR",
    b"+OK",
    b"AUTHENTICATE",
    b"AUTH",
    b"authenticate",
    b"auth",
    b"LOGIN",
    b"Authenticator",
    b"Bearer",
    b"bearer",
    b"authenticated",
    b"access_token",
    b"accessToken",
    b"error",
    b"token_type",
    b"client_secret",
    b"clientSecret",
    b"ClientSecret",
    b"-ClientSecret",
    b"client-secret",
    b"CLIENT_SECRET",
    b"client_secret:",
    b"clientSecret:",
    b"ClientSecret:",
    b"CLIENT_SECRET:",
    b"scope",
    b"scopes",
    b"Scopes",
    b"Scopes:",
    b"scopes:",
    b"resource",
    b"-Scope",
    b"Scope:",
    b"scope:",
    b"recognized",
    b"Benennung",
    b"Ausdruck",
    b"couldn",
    b"bind",
    b"could",
    b"Invalid",
    b"SMTP",
    b"requires",
    b"erfordert",
    b"erforderlich",
    b"Login",
    b"login",
    b"ECONNREFUSED",
    b"ETIMEDOUT",
    b"ECONNRESET",
    b"ENOTFOUND",
    b"EAI_AGAIN",
    b"EHOSTUNREACH",
    b"ENETUNREACH",
    b"CERTIFICATE_VERIFY_FAILED",
    b"refused",
    b"refused.",
    b"timed",
    b"handshake",
    b"Handshake",
    b"unreachable",
    b"unreachable.",
    b"connect",
    b"0",
    b"authmech",
    b"EWS",
    b"EWS:",
    b"EWS,",
    b"EWS.",
    b"(EWS)",
    b"grant_type",
    b"grant_type:",
    b"grantType",
    b"credentials",
    b"Credentials",
    b"client_credentials",
    b"full_access_as_app",
    b"full_access_as_app.",
    b"permission",
    b"permissions",
    b"Permission",
    b"Permissions",
    b"Anwendungsberechtigung",
    b"Anwendungsberechtigungen",
    b"daemon",
    b"Daemon",
    b"unattended",
    b"Unattended",
    b"invalid_client",
    b"invalid_token",
    b"invalid_scope",
    b"unauthorized_client",
    b"invalid_grant",
    b"unsupported_grant_type",
    b"interaction_required",
    b"consent_required",
    b"access_denied",
    b"invalid_resource",
    b"invalid_tenant",
    b"user_account_not_found",
    b"user_strong_auth_client_auth_n_required",
    b"graph_user_unauthorized",
    b"bad_verification_code",
    b"temporarily_unavailable",
];

/// The families of known texts the scanner reads, by their context words.
pub(super) const SCAN_FAMILIES: [(Family, &[KnownText]); 2] = [
    (Family::EntraUncoded, texts::ENTRA_UNCODED),
    (Family::SaslLocal, texts::SASL_LOCAL),
];

/// Marks in `t` (per first byte, a bit per length mod 32) the word `k`.
const fn gate_word(mut t: [u32; 128], k: &[u8]) -> [u32; 128] {
    t[(k[0] & 0x7f) as usize] |= 1 << (k.len() & 31);
    t
}

/// Marks in `t` (per first byte, a bit per length mod 32) the words of `words`.
const fn gate_word_list(mut t: [u32; 128], words: Words) -> [u32; 128] {
    let mut rest = words.joined_bytes();
    while !rest.is_empty() {
        let (word, after) = Words::split_first(rest);
        t = gate_word(t, word);
        rest = after;
    }
    t
}

/// Marks the context words of the scanner's known texts.
pub(super) const fn gate_context(mut t: [u32; 128]) -> [u32; 128] {
    let mut f = 0;
    while f < SCAN_FAMILIES.len() {
        let rows = SCAN_FAMILIES[f].1;
        let mut r = 0;
        while r < rows.len() {
            t = gate_word_list(t, rows[r].context);
            r += 1;
        }
        f += 1;
    }
    t
}

pub(super) const fn build_keyword_gate() -> [u32; 128] {
    let mut t = [0u32; 128];
    let mut i = 0;
    while i < KEYWORDS.len() {
        let k = KEYWORDS[i];
        t[(k[0] & 0x7f) as usize] |= 1 << (k.len() & 31);
        i += 1;
    }
    t = gate_programs(gate_word_list(gate_context(t), texts::LINE_CONTEXT));
    let mut j = 0;
    while j < texts::NETWORK_TRIGGERS.len() {
        t = gate_word(t, texts::NETWORK_TRIGGERS[j].as_bytes());
        j += 1;
    }
    t
}

/// Per first byte, a bit per length (mod 32) of the exact keywords starting with it.
pub(super) static KEYWORD_GATE: [u32; 128] = build_keyword_gate();

/// Where a word falls in [`EXACT_WORDS`]: two of its 4096 bits, from its length and four of
/// its bytes.
const fn exact_bits(wb: &[u8]) -> (usize, usize) {
    let n = wb.len();
    if n == 0 {
        return (0, 0);
    }
    let k = wb[0] as u64
        | (wb[n / 2] as u64) << 8
        | (wb[n - 1] as u64) << 16
        | (wb[(n - 1) / 3] as u64) << 24
        | (n as u64) << 32;
    let h = k.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((h >> 52) as usize, ((h >> 40) & 4095) as usize)
}

const fn mark_exact(mut t: [u64; 64], words: &[&[u8]]) -> [u64; 64] {
    let mut j = 0;
    while j < words.len() {
        let (a, b) = exact_bits(words[j]);
        t[a / 64] |= 1 << (a % 64);
        t[b / 64] |= 1 << (b % 64);
        j += 1;
    }
    t
}

/// Marks in `t` the words of `words` (see [`exact_bits`]).
const fn mark_exact_list(mut t: [u64; 64], words: Words) -> [u64; 64] {
    let mut rest = words.joined_bytes();
    while !rest.is_empty() {
        let (word, after) = Words::split_first(rest);
        t = mark_exact(t, &[word]);
        rest = after;
    }
    t
}

const fn build_exact_words() -> [u64; 64] {
    let mut t = mark_exact([0; 64], &KEYWORDS);
    let mut f = 0;
    while f < SCAN_FAMILIES.len() {
        let rows = SCAN_FAMILIES[f].1;
        let mut r = 0;
        while r < rows.len() {
            t = mark_exact_list(t, rows[r].context);
            r += 1;
        }
        f += 1;
    }
    t = mark_exact_list(t, texts::LINE_CONTEXT);
    let mut p = 0;
    while p < oauth::USER_PROGRAMS.len() {
        t = mark_exact_list(t, oauth::USER_PROGRAMS[p].1);
        p += 1;
    }
    let mut j = 0;
    while j < texts::NETWORK_TRIGGERS.len() {
        let (a, b) = exact_bits(texts::NETWORK_TRIGGERS[j].as_bytes());
        t[a / 64] |= 1 << (a % 64);
        t[b / 64] |= 1 << (b % 64);
        j += 1;
    }
    t
}

/// A filter of the exact words `Ctx::keyword` reacts to (the keywords and the context words):
/// a word it turns down is none of them. The first-byte gate lets ordinary words through
/// (`fetched`, `queue`), and asking the word lists costs a hash; this costs a multiplication.
static EXACT_WORDS: [u64; 64] = build_exact_words();

/// Whether `wb` may be one of the exact words (see [`EXACT_WORDS`]).
fn may_be_exact(wb: &[u8]) -> bool {
    let (a, b) = exact_bits(wb);
    EXACT_WORDS[a / 64] & (1 << (a % 64)) != 0 && EXACT_WORDS[b / 64] & (1 << (b % 64)) != 0
}

/// Per first byte, a bit per length (mod 32) of the context words of the scanner's known texts.
pub(super) static CONTEXT_GATE: [u32; 128] =
    gate_programs(gate_word_list(gate_context([0; 128]), texts::LINE_CONTEXT));

/// Marks in `t` the words naming the programs of [`oauth::USER_PROGRAMS`].
const fn gate_programs(mut t: [u32; 128]) -> [u32; 128] {
    let mut i = 0;
    while i < oauth::USER_PROGRAMS.len() {
        t = gate_word_list(t, oauth::USER_PROGRAMS[i].1);
        i += 1;
    }
    t
}

/// The context words of the scanner's families and of [`texts::LINE_CONTEXT`], for a lookup in
/// one step (the lists have grown to over a hundred words, and the gate lets many ordinary words
/// through): each word with the first family naming it, whether it is a context word of the
/// lines read against the rules' known texts, and the program it names
/// ([`oauth::USER_PROGRAMS`]).
static CONTEXT_WORDS: std::sync::LazyLock<ContextWords> = std::sync::LazyLock::new(|| {
    let mut m = ContextWords::default();
    for (family, rows) in SCAN_FAMILIES {
        for r in rows {
            for c in r.context {
                let e = m.entry(c.as_bytes()).or_default();
                e.0 = e.0.or(Some(family));
            }
        }
    }
    for c in texts::LINE_CONTEXT {
        m.entry(c.as_bytes()).or_default().1 = true;
    }
    for &(program, words) in oauth::USER_PROGRAMS {
        for c in words {
            m.entry(c.as_bytes()).or_default().2 = Some(program);
        }
    }
    m
});

/// A context word's family (the first naming it), whether it is a line context word, and the
/// program it names.
type ContextWords = rustc_hash::FxHashMap<&'static [u8], Context>;

/// What [`context_of`] tells of a word: the family of known texts it is a context word of (the
/// first naming it), whether it is a context word of the lines read against the rules' known
/// texts ([`texts::LINE_CONTEXT`]), and the program it names ([`oauth::USER_PROGRAMS`]).
type Context = (Option<Family>, bool, Option<crate::evidence::Program>);

/// What `wb` is as a context word ([`Context`]).
pub(super) fn context_of(wb: &[u8]) -> Context {
    let Some(&first) = wb.first() else {
        return (None, false, None);
    };
    if first >= 0x80 || CONTEXT_GATE[first as usize] & (1 << (wb.len() & 31)) == 0 {
        return (None, false, None);
    }
    CONTEXT_WORDS
        .get(wb)
        .copied()
        .unwrap_or((None, false, None))
}

/// The first bytes of the OAuth `error` words read alone ([`oauth::oauth_error_alone`]): a word
/// starting with another byte (`AuthFailed:…`, `request_id`) is none of them, with or without a
/// full stop after it, and is not searched for a `_`.
static OAUTH_WORD_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < oauth::OAUTH_ERRORS.len() {
        let e = &oauth::OAUTH_ERRORS[i];
        if e.alone {
            if let Some(&c) = e.word.as_bytes().first() {
                t[c as usize] = true;
            }
        }
        i += 1;
    }
    t
};

/// An OAuth `error` word with the full stop that closes its sentence.
#[inline(never)]
fn oauth_word_closing(wb: &[u8]) -> bool {
    wb.strip_suffix(b".")
        .is_some_and(|w| memchr::memchr(b'_', w).is_some() && oauth::oauth_error_alone(w).is_some())
}

/// Whether a word that is no exact word can be read by `Ctx::network`: a proxy's name and the
/// exceptions' names have an `x`, and `getaddrinfo` is the one name with a `g` alone (a log's
/// `message`, `polling` or URL with a `g` is read no further).
#[inline(never)]
fn names_network_failure(wb: &[u8]) -> bool {
    wb.contains(&b'x') || find(wb, b"getaddrinfo").is_some()
}

/// An Entra code typed by hand in another case (`aadsts50126`, `Aadsts700016`): the code's
/// digits right after the prefix. `AADSTS` as Entra writes it is read where capitals are.
#[inline(never)]
fn typed_aadsts(wb: &[u8]) -> bool {
    wb.len() >= 7
        && wb[..6].eq_ignore_ascii_case(b"AADSTS")
        && !wb.starts_with(b"AADSTS")
        && wb[6].is_ascii_digit()
}

/// An Entra code typed by hand with a dash (`AADSTS-50011`) or with one `A` dropped
/// (`ADSTS50011`): [`Ctx::aadsts`] reads its digits.
#[inline(never)]
fn typed_prefix(wb: &[u8]) -> bool {
    wb.starts_with(b"AADSTS-") || wb.starts_with(b"ADSTS")
}

/// Whether a word can be handled by `Ctx::keyword` at all: an exact keyword's first byte and
/// length, or a prefix/substring rule's cheap precondition.
// Called for nearly every word: inlined natively (the wasm build keeps one copy, for size).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(super) fn keyword_candidate(wb: &[u8], f: u16, pending_xoauth: bool) -> bool {
    let first = wb[0];
    let len = wb.len();
    // A word the gate lets through that is no exact word does nothing in `Ctx::keyword` unless
    // one of the rules below takes it (a cmdlet's dash among them), or it can name a network
    // failure (a proxy, an exception or `getaddrinfo`, at least five bytes: see
    // [`names_network_failure`]).
    if first < 0x80
        && KEYWORD_GATE[first as usize] & (1 << (len & 31)) != 0
        && (may_be_exact(wb)
            || (f & XG != 0 && len >= 5 && names_network_failure(wb))
            || gate_only())
    {
        return true;
    }
    // Rare forms, tested only after cheap byte tests (this runs for every word of a log): an
    // OAuth `error` word closing a sentence ("fails with invalid_grant."), an Entra code typed
    // in another case.
    if wb[len - 1] == b'.' && first.is_ascii_lowercase() && len >= 10 && oauth_word_closing(wb) {
        return true;
    }
    if len >= 7 && matches!(first, b'a' | b'A') && wb[1] | 0x20 == b'a' && typed_aadsts(wb) {
        return true;
    }
    match first {
        b'A' if wb.starts_with(b"AADSTS")
            || wb.starts_with(b"AuthFailed:")
            || (wb.get(1) == Some(&b'D') && wb.starts_with(b"ADSTS")) =>
        {
            return true
        }
        b'd' if wb.starts_with(b"dXNlcj") => return true,
        b'Z' if wb.starts_with(b"ZFhObGNq") => return true,
        _ => {}
    }
    (pending_xoauth && len >= 16)
        || (f & DASH != 0 && first.is_ascii_uppercase())
        || (len >= 9 && f & XG != 0 && (gate_only() || names_network_failure(wb)))
}

impl<'a> Ctx<'a> {
    pub(super) fn keyword(&mut self, wi: usize, w: Word) {
        let wb = sl(self.t, w.s, w.e);
        let next = self.wtext(wi + 1);
        match wb {
            b"NO" | b"BAD" | b"OK" => self.imap_reply(wi, w),
            b"-ERR" | b"+OK" => {
                let text = clean_reply_text(&self.rest(w.e));
                if wb == b"+OK" && !text.to_ascii_lowercase().contains("authenticated") {
                    return;
                }
                self.line_reply = true;
                self.last_protocol = Some(Protocol::Pop);
                let e = self.le;
                self.push(
                    w.s,
                    e,
                    ArtifactKind::ServerReply(Box::new(ServerReply {
                        protocol: Protocol::Pop,
                        code: lossy(wb),
                        status: None,
                        enhanced: None,
                        text,
                    })),
                );
            }
            b"AUTHENTICATE" | b"AUTH" | b"authenticate" | b"auth" => {
                // The mechanism names below have at most 11 bytes: a longer word matches none
                // of them (it is read as an empty one), and no text is made for it.
                let mut buf = [0u8; 16];
                let upper_next: &[u8] = match buf.get_mut(..next.len()) {
                    Some(b) => {
                        b.copy_from_slice(next);
                        b.make_ascii_uppercase();
                        b
                    }
                    None => b"",
                };
                // (A mechanism in a sentence's list: "tried AUTH LOGIN, PLAIN and XOAUTH2".)
                let upper_next = upper_next.strip_suffix(b",").unwrap_or(upper_next);
                // (`AUTHENTICATE` or `authenticate`: the arm's words of twelve bytes.)
                let imap = wb.len() == 12;
                match upper_next {
                    b"XOAUTH2" | b"OAUTHBEARER" => {
                        let prev = self.wtext(wi.wrapping_sub(1));
                        if prev.starts_with(b"250") || find(prev, b"AUTH=").is_some() {
                            return;
                        }
                        let protocol = if imap {
                            Protocol::Imap
                        } else if self.last_protocol == Some(Protocol::Pop) {
                            Protocol::Pop
                        } else {
                            Protocol::Smtp
                        };
                        let command = format!("{} {}", lossy(wb).to_ascii_uppercase(), lossy(next));
                        let after = self.words.get(wi + 2).copied();
                        let mut done = false;
                        if let Some(a) = after {
                            if sl(self.t, a.s, a.e).len() >= 8
                                && all_b64_any_or(sl(self.t, a.s, a.e), b'.')
                            {
                                // Without a dot the word is base64 only: the blob's run ends
                                // with it.
                                let end = (a.f & DOT == 0).then_some(a.e);
                                done = self.xoauth_blob(
                                    a.s,
                                    end,
                                    Some(command.clone()),
                                    Some(protocol),
                                );
                            }
                        }
                        if !done {
                            // The sign-in's mechanism, whether its string follows on a later
                            // line, was left out or redacted.
                            let e = self.words[wi + 1].e;
                            self.push(
                                w.s,
                                e,
                                ArtifactKind::OauthAttempt {
                                    mechanism: command.clone(),
                                    protocol,
                                },
                            );
                            self.pending_xoauth = Some((command, Some(protocol), self.line_idx));
                            // `AUTHENTICATE XOAUTH2` is IMAP's command, whether a blob follows
                            // or a report names it in words; `AUTH` is SMTP's and POP's.
                            if imap {
                                self.protocol_hint(Protocol::Imap, w.s, e);
                            }
                        }
                    }
                    b"LOGIN" | b"PLAIN" | b"CRAM-MD5" | b"NTLM" | b"DIGEST-MD5"
                        if wb[0].is_ascii_uppercase() =>
                    {
                        let prev = self.wtext(wi.wrapping_sub(1));
                        // A server's list of mechanisms (`250-AUTH LOGIN XOAUTH2`, a line of
                        // its own in a library's debug repr, an EHLO or capability line) is no
                        // sign-in.
                        let line = self.lineb();
                        if prev.starts_with(b"250")
                            || prev == b"AUTH"
                            || (is_mechanism(self.wtext(wi + 2))
                                && (wi == 0
                                    || find(line, b"250").is_some()
                                    || find_ci(line, b"ehlo").is_some()
                                    || find_ci(line, b"capabilit").is_some()))
                        {
                            return;
                        }
                        let protocol = if imap {
                            Protocol::Imap
                        } else if self.last_protocol == Some(Protocol::Pop) {
                            Protocol::Pop
                        } else {
                            Protocol::Smtp
                        };
                        let e = self.words[wi + 1].e;
                        self.push(
                            w.s,
                            e,
                            ArtifactKind::BasicAuthAttempt {
                                mechanism: lossy(upper_next),
                                protocol,
                            },
                        );
                    }
                    // (`failed` in any case: posts quote `AUTHENTICATE Failed` too.)
                    _ if imap && upper_next.starts_with(b"FAILED") && !self.imap_reply_taken() => {
                        self.tagless_imap_failure(w);
                    }
                    // `SMTP AUTH extension not supported`, `server doesn't support AUTH`: a
                    // client's text about AUTH, read against the known texts at the line's end.
                    _ => self.line_known = true,
                }
            }
            // Symfony Mailer's `Authenticator "XOAUTH2" returned "…"`: the sign-in used OAuth
            // (its list of authenticators names what it may try; this names what it tried).
            b"Authenticator" => {
                // (Quotes split words: the next word is the mechanism.)
                if next == b"XOAUTH2" && self.wtext(wi + 2) == b"returned" {
                    let e = self.words[wi + 1].e;
                    self.push(
                        w.s,
                        e,
                        ArtifactKind::OauthAttempt {
                            mechanism: "XOAUTH2".into(),
                            protocol: Protocol::Smtp,
                        },
                    );
                }
            }
            b"LOGIN" => {
                let prev = self.wtext(wi.wrapping_sub(1));
                if next
                    .get(..6)
                    .is_some_and(|f| f.eq_ignore_ascii_case(b"failed"))
                {
                    if !self.imap_reply_taken() && prev != b"AUTH" {
                        self.tagless_imap_failure(w);
                    }
                    return;
                }
                // `AUTH LOGIN …` is SMTP's (read above), `LOGIN = 0x2` a legend: no IMAP LOGIN
                // command.
                // (email-oauth2-proxy's log of its client's command, `…}) --> b'A2 LOGIN …'`: the
                // client signs in to the local proxy, which signs in with XOAUTH2 itself.)
                if prev == b"AUTH"
                    || next.starts_with(b"=")
                    || find(self.lineb(), b"}) -->").is_some()
                {
                    return;
                }
                let tag = is_tag(prev) && !matches!(prev, b"NO" | b"BAD" | b"OK");
                let mech = matches!(prev, b"authmech" | b"auth" | b"mech" | b"mechanism");
                if (tag && !next.is_empty() && !next.starts_with(b"completed")) || mech {
                    let e = w.e;
                    self.push(
                        w.s,
                        e,
                        ArtifactKind::BasicAuthAttempt {
                            mechanism: "LOGIN".into(),
                            protocol: Protocol::Imap,
                        },
                    );
                }
            }
            b"Bearer" | b"bearer" => {
                if let Some(nw) = self.words.get(wi + 1).copied() {
                    let nb = sl(self.t, nw.s, nw.e);
                    if !nb.starts_with(b"eyJ") {
                        self.opaque_at(nw.s, nw.e);
                    }
                }
            }
            b"authenticated" if self.first_on_line(2) => {
                let line = self.lineb();
                if let Some(p) = find(line, b"authenticated but not connected") {
                    let s = self.ls + p;
                    let start = if p >= 8 && sl(line, p - 8, p) == b"User is " {
                        s - 8
                    } else {
                        s
                    };
                    let e = (s + 31 + usize::from(line.get(p + 31) == Some(&b'.'))).min(self.le);
                    self.push(start, e, ArtifactKind::AuthenticatedNotConnected);
                }
            }
            b"access_token" | b"accessToken" => {
                if let Some((s, e)) = self.value_after(w.e) {
                    if !sl(self.t, s, e).starts_with(b"eyJ") {
                        self.opaque_at(s, e);
                    }
                }
            }
            b"error" => self.json_error(w),
            b"token_type" => self.token_response(w),
            b"client_secret" | b"clientSecret" | b"ClientSecret" | b"-ClientSecret"
            | b"client-secret" | b"CLIENT_SECRET" | b"client_secret:" | b"clientSecret:"
            | b"ClientSecret:" | b"CLIENT_SECRET:" => {
                let key_end = if wb.ends_with(b":") { w.e - 1 } else { w.e };
                if self.t.get(key_end) != Some(&b'=') || self.t.get(key_end + 1) == Some(&b' ') {
                    self.keyed_secret(key_end);
                }
            }
            b"grant_type" | b"grant_type:" | b"grantType" => {
                let key_end = if wb.ends_with(b":") { w.e - 1 } else { w.e };
                if let Some((s, e)) = self.value_after(key_end) {
                    self.grant(w.s, e, sl(self.t, s, e), true);
                }
            }
            // "client credentials" in a report's words (not the value of a `grant_type` key,
            // read above).
            // "Invalid client credentials", "check your client credentials" speak of the client's
            // id and secret, not of the flow.
            b"credentials" | b"Credentials"
                if self
                    .wtext(wi.wrapping_sub(1))
                    .eq_ignore_ascii_case(b"client")
                    && ![&b"invalid"[..], b"wrong", b"bad", b"incorrect", b"your"]
                        .iter()
                        .any(|q| self.wtext(wi.wrapping_sub(2)).eq_ignore_ascii_case(q)) =>
            {
                let s = self.words[wi - 1].s;
                self.grant(s, w.e, b"client_credentials", false);
            }
            // "application permission(s)": what only the app-only flow carries.
            b"permission" | b"permissions" | b"Permission" | b"Permissions"
                if self
                    .wtext(wi.wrapping_sub(1))
                    .eq_ignore_ascii_case(b"application") =>
            {
                let s = self.words[wi - 1].s;
                self.grant(s, w.e, b"client_credentials", false);
            }
            b"Anwendungsberechtigung" | b"Anwendungsberechtigungen" => {
                self.grant(w.s, w.e, b"client_credentials", false);
            }
            // Microsoft's words for an app that signs in as itself: a "daemon app" (the
            // identity platform's name for the client-credentials flow), an "unattended script"
            // (Exchange Online PowerShell's app-only sign-in). A mail or system daemon
            // (`MAILER-DAEMON`, "the fetchmail daemon") is not followed by these words.
            b"daemon" | b"Daemon" | b"unattended" | b"Unattended"
                if app_only_noun(self.wtext(wi + 1), wb.eq_ignore_ascii_case(b"unattended")) =>
            {
                let e = self.words[wi + 1].e;
                self.grant(w.s, e, b"client_credentials", false);
            }
            b"client_credentials" | b"full_access_as_app" | b"full_access_as_app." => {
                let keyed = |k: &[u8]| k.starts_with(b"grant_type") || k.starts_with(b"grantType");
                if !keyed(self.wtext(wi.wrapping_sub(1))) && !keyed(self.wtext(wi.wrapping_sub(2)))
                {
                    self.grant(w.s, w.e, b"client_credentials", false);
                }
            }
            b"scope" | b"scopes" | b"Scopes" | b"resource" | b"-Scope" | b"Scope:" | b"scope:"
            | b"Scopes:" | b"scopes:" => {
                if wb == b"scope" && self.sasl_challenge_json(w) {
                    return;
                }
                let resource = wb == b"resource";
                let key_end = if wb.ends_with(b":") { w.e - 1 } else { w.e };
                self.keyed_scope(key_end, key_end, resource);
            }
            b"recognized" if self.first_on_line(4) => {
                let line = self.lineb();
                // Quoted without its tail ("The term 'New-ServicePrincipal' is not recognized"), a
                // quoted term shaped as a cmdlet (Verb-Noun) names the command.
                let term = quoted_before(line, b"The term '");
                if find(line, b"is not recognized as the name of a cmdlet").is_some()
                    || find(line, b"is not recognized as a name of a cmdlet").is_some()
                    || term
                        .as_deref()
                        .is_some_and(|c| term_not_recognized(line, c))
                {
                    let cmdlet = term.or_else(|| first_cmdlet(line));
                    self.ps_error_with(self.ls, "CommandNotFoundException", cmdlet);
                }
            }
            // German PowerShell's wording of the same error: `X : Die Benennung "X" wurde nicht als
            // Name eines Cmdlet, … erkannt.` (Windows PowerShell; PowerShell 7 writes `Der
            // Ausdruck`), the cmdlet named as the first Verb-Noun word of the line.
            b"Benennung" | b"Ausdruck" if self.first_on_line(4) => {
                let line = self.lineb();
                if find(line, b"wurde nicht als Name eines Cmdlet").is_some() {
                    let cmdlet = first_cmdlet(line);
                    self.ps_error_with(self.ls, "CommandNotFoundException", cmdlet);
                }
            }
            b"bind" if self.first_on_line(8) => {
                // `Cmdlet : Cannot bind argument to parameter 'X' because it is an empty string.`
                let line = self.lineb();
                if find(line, b"Cannot bind argument to parameter").is_some() {
                    self.ps_error(self.ls, "ParameterBindingValidationException");
                }
            }
            b"couldn" | b"could" if self.first_on_line(8) => {
                let line = self.lineb();
                if (find(line, b"couldn't be found").is_some()
                    || find(line, b"could not be found").is_some())
                    && find(line, b"Exception").is_none()
                {
                    self.ps_error(self.ls, "ManagementObjectNotFound");
                }
            }
            b"Invalid" if next.starts_with(b"login") => {
                let e = self.words[wi + 1].e;
                let message = self.rest(e).trim_start_matches(':').trim().to_string();
                self.client_error(w.s, "nodemailer", "Invalid login", message);
            }
            b"SMTP" if (next == b"Error:" || next == b"ERROR:") && self.first_on_line(16) => {
                // PHPMailer: `SMTP Error: Could not authenticate.` and, in its debug output,
                // `SMTP ERROR: AUTH command failed: …` / `SMTP ERROR: Password command failed: …`.
                let line = self.lineb();
                if find(line, b"Could not authenticate").is_some()
                    || find(line, b"command failed").is_some()
                {
                    let e = self.words[wi + 1].e;
                    let message = self.rest(e);
                    self.client_error(w.s, "PHPMailer", "SMTP Error", message);
                }
            }
            b"requires" if self.first_on_line(32) => {
                let line = self.lineb();
                if let Some(p) = find(line, b"The SMTP server requires a secure connection or the client was not authenticated") {
                    let message = self.rest(self.ls + p);
                    let message = message.split(" Error:").next().unwrap_or("").to_string();
                    self.client_error(self.ls + p, "System.Net.Mail", "SmtpException", message);
                }
            }
            // The same exception in German .NET (`Der SMTP-Server erfordert eine sichere
            // Verbindung, oder der Client war nicht authentifiziert. Die Serverantwort war: …`),
            // quoted by PowerShell's German wrapper (`Ausnahme beim Aufrufen von "Send" …`).
            b"erfordert" if self.first_on_line(32) => {
                let line = self.lineb();
                if let Some(p) = find(line, b"Der SMTP-Server erfordert eine sichere Verbindung") {
                    let message = self.rest(self.ls + p);
                    self.client_error(self.ls + p, "System.Net.Mail", "SmtpException", message);
                }
            }
            // .NET Framework's German wording of it (`Für den SMTP-Server ist eine sichere
            // Verbindung erforderlich, oder der Client wurde nicht authentifiziert. …`).
            b"erforderlich" if self.first_on_line(48) => {
                let line = self.lineb();
                if let Some(p) = find(
                    line,
                    b"SMTP-Server ist eine sichere Verbindung erforderlich",
                ) {
                    let p = line[..p]
                        .strip_suffix("Für den ".as_bytes())
                        .map_or(p, <[u8]>::len);
                    let message = self.rest(self.ls + p);
                    self.client_error(self.ls + p, "System.Net.Mail", "SmtpException", message);
                }
            }
            b"login" if next.is_empty() && self.wtext(wi.wrapping_sub(1)) == b"in" => {
                // A Python traceback through `smtplib.login` / `imaplib.login`: the library's
                // password sign-in (OAuth goes through `auth`/`authenticate` with XOAUTH2).
                let line = self.lineb();
                let protocol = if find(line, b"smtplib.py").is_some() {
                    Some(Protocol::Smtp)
                } else if find(line, b"imaplib.py").is_some() {
                    Some(Protocol::Imap)
                } else {
                    None
                };
                if let Some(protocol) = protocol {
                    self.push(
                        w.s,
                        w.e,
                        ArtifactKind::BasicAuthAttempt {
                            mechanism: "login()".into(),
                            protocol,
                        },
                    );
                }
            }
            b"Login" if next == b"to" && self.first_on_line(64) => {
                let line = self.lineb();
                if find(line, b"failed").is_some() && find(line, b"server").is_some() {
                    let message = self.rest(w.s);
                    self.client_error(w.s, "Thunderbird", "Login to server failed", message);
                }
            }
            // An OAuth `error` word alone in a line (`(invalid_client)`, `ErrorCode:
            // invalid_grant`), not the value of an `error` key in JSON or a Python dict (read
            // with its body).
            _ if OAUTH_WORD_FIRST[usize::from(wb[0])]
                && wb.contains(&b'_')
                && (oauth::oauth_error_alone(wb).is_some() || oauth_word_closing(wb)) =>
            {
                let json_value = w.s > 0
                    && matches!(self.t[w.s - 1], b'"' | b'\'')
                    && self.wtext(wi.wrapping_sub(1)) == b":"
                    && self.wtext(wi.wrapping_sub(2)) == b"error";
                // A header parameter's value (`error_category="invalid_grant"` in EWS's
                // x-ms-diagnostics, `error="invalid_token"` in WWW-Authenticate) is the API's
                // verdict on a token, not the token endpoint's.
                let header_value =
                    w.s >= 2 && matches!(self.t[w.s - 1], b'"' | b'\'') && self.t[w.s - 2] == b'=';
                // A word prose also uses is read only after a label's colon, in brackets or
                // alone on its line.
                let labelled_only = oauth::oauth_error_alone(wb.strip_suffix(b".").unwrap_or(wb))
                    .is_some_and(|e| e.labelled);
                let labelled = !labelled_only
                    || self.wtext(wi.wrapping_sub(1)).ends_with(b":")
                    || (w.s > 0 && matches!(self.t[w.s - 1], b'(' | b'['))
                    || self.words.len() == 1;
                if !json_value && !header_value && labelled {
                    // The word without the full stop that closes its sentence.
                    let stop = wb.ends_with(b".");
                    self.oauth_error_word(
                        Word {
                            e: w.e - usize::from(stop),
                            ..w
                        },
                        stop,
                    );
                }
            }
            _ => match context_of(wb) {
                (Some(Family::EntraUncoded), ..) if self.first_on_line(1 << 20) => {
                    self.uncoded_entra_message();
                }
                (Some(Family::SaslLocal), ..) if self.first_on_line(1 << 21) => self.sasl_failure(),
                (_, line_context, program) => {
                    if line_context {
                        self.line_known = true;
                    }
                    if let Some(program) = program {
                        self.push(w.s, w.e, ArtifactKind::Program { program });
                    }
                    self.keyword_prefix(wi, w, wb)
                }
            },
        }
    }

    pub(super) fn keyword_prefix(&mut self, wi: usize, w: Word, wb: &[u8]) {
        // (The prefixes' first bytes first: most words start with none of them.)
        let first = wb.first().copied();
        if (first == Some(b'A') && wb.starts_with(b"AADSTS") && w.f & UPPER != 0 && wb.len() < 9)
            || (matches!(first, Some(b'a' | b'A')) && typed_aadsts(wb))
            || (first == Some(b'A') && wb.len() <= 14 && typed_prefix(wb))
        {
            self.aadsts(w.s);
        } else if first == Some(b'A') && wb.starts_with(b"AuthFailed:") {
            self.logon_denied(w);
        } else if (first == Some(b'd') && wb.starts_with(b"dXNlcj"))
            || (first == Some(b'Z') && wb.starts_with(b"ZFhObGNq"))
        {
            let (cmd, proto) = match self.pending_xoauth.take() {
                Some((c, p, _)) => (Some(c), p),
                None => (None, None),
            };
            self.xoauth_blob(w.s, None, cmd, proto);
        } else if self.pending_xoauth.is_some()
            && wb.len() >= 16
            && wb.iter().all(|&c| is_b64_any(c))
        {
            let prev = self.wtext(wi.wrapping_sub(1));
            if wi == 0
                || matches!(
                    prev,
                    b"C:" | b"C" | b">" | b">>" | b">>>" | b"->" | b"-->" | b"C>"
                )
                || prev.ends_with(b":")
            {
                if let Some((c, p, _)) = self.pending_xoauth.take() {
                    if !self.xoauth_blob(w.s, None, Some(c.clone()), p) {
                        self.pending_xoauth = Some((c, p, self.line_idx));
                    }
                }
            }
        } else if w.f & DASH != 0 && is_cmdlet(wb) {
            // (A cmdlet has its dash: most words come here without one.)
            self.ps_command(wi, w);
        } else if w.f & (UPPER | DIGIT) != 0 || wb.len() >= 5 {
            self.network(wb, w);
        }
    }
}

/// Whether a word the first-byte gate lets through is a candidate without the filter of exact
/// words (and a long word with an `x` or a `g` without [`names_network_failure`]): never, but for
/// the test that compares the two.
#[cfg(not(test))]
#[inline(always)]
fn gate_only() -> bool {
    false
}

/// Whether `next` (the word after "daemon" or "unattended", without a closing `:` or `.`) is
/// what such an app is called: an app or application, for "unattended" also a script.
fn app_only_noun(next: &[u8], script_too: bool) -> bool {
    let next = next.strip_suffix(b":").unwrap_or(next);
    let next = next.strip_suffix(b".").unwrap_or(next);
    let nouns: &[&[u8]] = &[
        b"app",
        b"apps",
        b"application",
        b"applications",
        b"script",
        b"scripts",
    ];
    nouns[..if script_too { 6 } else { 4 }]
        .iter()
        .any(|q| next.eq_ignore_ascii_case(q))
}

/// Whether `line` says `'<term>' is not recognized` with nothing after it but a full stop, a
/// quotation's closing punctuation or `as …`, `term` shaped as a cmdlet (`Verb-Noun`, letters
/// and digits, at most 64 bytes): a SIEM's or proxy's "The term 'x-ms-client-request-id' is not
/// recognized by …" is none.
fn term_not_recognized(line: &[u8], term: &str) -> bool {
    let shaped = term.len() <= 64
        && term.split_once('-').is_some_and(|(v, n)| {
            !v.is_empty()
                && !n.is_empty()
                && v.bytes().all(|c| c.is_ascii_alphabetic())
                && n.bytes().all(|c| c.is_ascii_alphanumeric())
        });
    let tail = b"' is not recognized";
    shaped
        && find(line, tail).is_some_and(|p| {
            let after = line.get(p + tail.len()..).unwrap_or_default();
            // Closing punctuation of a quotation (`…recognized"*:`) ends the message too.
            after.trim_ascii().is_empty()
                || after.starts_with(b" as")
                || matches!(
                    after[0],
                    b'.' | b'"' | b'*' | b':' | b'\'' | b'`' | b')' | b']'
                )
        })
}

#[cfg(test)]
fn gate_only() -> bool {
    tests::gate_only()
}

/// Whether `w` opens with a SASL mechanism's name (a server's list of them follows `AUTH` in its
/// EHLO reply; a debug line may run the next capability into the word: `XOAUTH2\n8BITMIME`).
fn is_mechanism(w: &[u8]) -> bool {
    [
        &b"XOAUTH2"[..],
        b"OAUTHBEARER",
        b"PLAIN",
        b"LOGIN",
        b"CRAM-MD5",
        b"NTLM",
        b"GSSAPI",
        b"DIGEST-MD5",
    ]
    .iter()
    .any(|m| {
        w.starts_with(m)
            && w.get(m.len())
                .is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'-')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        /// Set: a word the first-byte gate lets through is a candidate, as before the filter.
        static GATE_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    pub(super) fn gate_only() -> bool {
        GATE_ONLY.with(|g| g.get())
    }

    /// The artifacts of `text`, with the filter of exact words or with the gate alone.
    fn scanned(text: &str, gate_alone: bool) -> Vec<crate::evidence::Artifact> {
        GATE_ONLY.with(|g| g.set(gate_alone));
        let a = crate::scan::scan(text, 1_704_905_372);
        GATE_ONLY.with(|g| g.set(false));
        a
    }

    #[test]
    fn every_app_only_permission_named_alone_is_read_as_the_app_only_flow() {
        // The dotted names are read by `upper_long`; the others need their word in `KEYWORDS`.
        for p in crate::catalogue::oauth::APP_ONLY_PERMISSIONS {
            for text in [
                format!("we granted {p} to the app"),
                format!("granted {p}."),
            ] {
                let grants = crate::scan::scan(&text, 0)
                    .into_iter()
                    .filter(|a| {
                        matches!(
                            a.kind,
                            ArtifactKind::Grant {
                                grant: crate::evidence::Grant::ClientCredentials,
                                keyed: false
                            }
                        )
                    })
                    .count();
                assert_eq!(grants, 1, "{text}");
            }
        }
    }

    #[test]
    fn every_word_naming_a_user_program_is_read_as_its_program_and_only_as_a_word() {
        let programs = |text: &str| -> Vec<crate::evidence::Program> {
            crate::scan::scan(text, 0)
                .into_iter()
                .filter_map(|a| match a.kind {
                    ArtifactKind::Program { program } => Some(program),
                    _ => None,
                })
                .collect()
        };
        for &(program, words) in oauth::USER_PROGRAMS {
            for w in words {
                for text in [
                    format!("{w} IMAP error: AUTHENTICATE failed"),
                    format!("2024-05-01 10:00:01 [{w}] connection closed"),
                ] {
                    assert_eq!(programs(&text), [program], "{text}");
                }
                // Inside a longer word or a path it names nothing.
                for text in [format!("x{w}y failed"), format!("/usr/lib/{w}/lib failed")] {
                    assert!(programs(&text).is_empty(), "{text}");
                }
            }
        }
        // Names left out on purpose: a client that works beside the failing one, a host.
        for text in [
            "It works in Thunderbird, but our service gets NO AUTHENTICATE failed.",
            "connect to outlook.office365.com:993 failed",
        ] {
            assert!(programs(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn every_oauth_error_word_read_alone_is_a_keyword_and_no_other() {
        for e in crate::catalogue::oauth::OAUTH_ERRORS {
            assert_eq!(KEYWORDS.contains(&e.word.as_bytes()), e.alone, "{}", e.word);
        }
    }

    #[test]
    fn an_oauth_error_word_closing_a_sentence_is_read_without_the_prose_after_it() {
        for (text, word) in [
            (
                "While getToken throwing error as invalid_client.",
                "invalid_client",
            ),
            (
                "The sign-in fails with invalid_grant. Any idea?",
                "invalid_grant",
            ),
        ] {
            let found = crate::scan::scan(text, 0);
            let e = found.iter().find_map(|a| match &a.kind {
                ArtifactKind::TokenError(e) => Some(e),
                _ => None,
            });
            let e = e.unwrap_or_else(|| panic!("no token error in {text:?}"));
            assert_eq!((e.error.as_str(), e.description.as_deref()), (word, None));
        }
        // A word that only ends in the same letters is none.
        assert!(crate::scan::scan("see config.invalid_client.", 0).is_empty());
    }

    #[test]
    fn the_filter_changes_no_artifact() {
        // Every non-sealed fixture text, and lines of words the gate lets through that are no
        // exact words: cmdlet-like dashes, proxies, exceptions, words of every length.
        let mut texts: Vec<String> = crate::scan::detect::tests::fixture_texts();
        assert!(texts.len() > 1000, "{}", texts.len());
        let words = [
            "fetched",
            "queue",
            "scoped",
            "errors",
            "Error",
            "ERROR",
            "tokens",
            "timeout",
            "refuse",
            "knownx",
            "proxyx",
            "myproxy",
            "xproxy:",
            "Proxy-Error",
            "get-mailbox",
            "Get-Mailbox",
            "set-x",
            "connected",
            "connecting",
            "resolved",
            "handshaked",
            "authx",
            "Authx",
            "AUTHX",
            "loginx",
            "Logins",
            "bearerx",
            "scopex",
            "resourcex",
            "clientsecret",
            "client-secretx",
            "accesstoken",
            "tokentype",
            "recognised",
            "binding",
            "couldnt",
            "Invalidx",
            "SMTPx",
            "requiresx",
            "secretx",
            "0x",
            "00",
            "404x",
            "gx",
            "exception",
            "Exceptionx",
            "getaddrinfox",
            "SocketExceptionx",
            "unreachablex",
            "timedx",
            "ENOTFOUNDx",
            "ECONNREFUSEDx",
            "OKx",
            "NOx",
            "BADx",
            "xOAUTH2",
            "AUTHENTICATEx",
            "message",
            "polling",
            "logging",
            "proxy",
            "Proxy:",
            "xproxy",
            "nginx",
            "gx-proxy",
            "requesting",
            "https://login.microsoftonline.com/common/oauth2/v2.0/token",
            "getaddrinfo",
            "getaddrinfoENOTFOUND",
            "java.net.SocketException:",
            "UnknownHostException",
            "ProxyConnectionError",
            "HttpProxyError",
        ];
        for w in words {
            texts.push(format!(
                "2024-01-10T16:00:00Z INFO {w} from outlook.office365.com:993"
            ));
            texts.push(format!(
                "{w} connect to smtp.office365.com:587 failed: {w} (proxy) {w}"
            ));
            texts.push(format!(
                "S: A1 NO {w} AUTHENTICATE failed.\n C: A2 LOGIN {w} x"
            ));
        }
        let mut filtered = 0;
        for t in &texts {
            let with_filter = scanned(t, false);
            let gate_alone = scanned(t, true);
            assert_eq!(with_filter, gate_alone, "{t}");
            filtered += t
                .split(|c: char| c.is_ascii_whitespace())
                .filter(|w| !w.is_empty() && w.is_ascii())
                .filter(|w| {
                    let b = w.as_bytes();
                    KEYWORD_GATE[(b[0] & 0x7f) as usize] & (1 << (b.len() & 31)) != 0
                        && !keyword_candidate(b, classes(b), false)
                })
                .count();
        }
        // The comparison covers words the filter turns down.
        assert!(filtered > 1000, "{filtered}");
    }

    fn classes(wb: &[u8]) -> u16 {
        wb.iter().fold(0, |f, &c| f | CLASS[c as usize])
    }

    #[test]
    fn every_exact_word_is_a_keyword_candidate() {
        let mut words: Vec<&[u8]> = KEYWORDS.to_vec();
        for (_, rows) in SCAN_FAMILIES {
            for r in rows {
                words.extend(r.context.iter().map(|c| c.as_bytes()));
            }
        }
        words.extend(texts::LINE_CONTEXT.iter().map(|c| c.as_bytes()));
        for w in words {
            assert!(may_be_exact(w), "{}", String::from_utf8_lossy(w));
            for pending in [false, true] {
                assert!(
                    keyword_candidate(w, classes(w), pending),
                    "{}",
                    String::from_utf8_lossy(w)
                );
            }
        }
    }

    #[test]
    fn the_filter_turns_down_ordinary_log_words() {
        let ordinary = [
            "fetched", "queue", "messages", "depth", "worker", "skipped", "retrying", "poll",
            "next", "INFO", "WARN", "DEBUG", "from", "level", "request", "sign-in",
        ];
        let passed = ordinary
            .iter()
            .filter(|w| may_be_exact(w.as_bytes()))
            .count();
        // A filter, not a list: a few may pass, most must not.
        assert!(passed <= 3, "{passed} of {} passed", ordinary.len());
    }
}
