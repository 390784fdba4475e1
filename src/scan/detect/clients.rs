//! Client libraries: exceptions and error lines of mail and identity libraries, local SASL
//! failures and network failures.

use super::*;

impl<'a> Ctx<'a> {
    pub(super) fn client_error_word(&mut self, _wi: usize, w: Word) {
        if self.line_client_error {
            return;
        }
        let t = self.t;
        let wb = sl(t, w.s, w.e);
        // The identifier: trim punctuation around it.
        let mut a = 0;
        while a < wb.len() && !(wb[a].is_ascii_alphanumeric() || wb[a] == b'_') {
            a += 1;
        }
        let mut b = wb.len();
        while b > a && !(wb[b - 1].is_ascii_alphanumeric() || wb[b - 1] == b'_') {
            b -= 1;
        }
        let name_full = lossy(&wb[a..b]);
        if name_full.is_empty() {
            return;
        }
        // A stack frame mentions the class without being the error.
        let line = self.lineb();
        let trimmed = line.trim_ascii_start();
        if trimmed.starts_with(b"at ") && find(line, b"Exception:").is_none() {
            return;
        }
        if name_full.starts_with("STOREDRV") {
            return;
        }
        // Prefer the qualified spelling when the line has one (`… jakarta.mail.AuthenticationFailedException`).
        let name_full = if name_full.contains('.') {
            name_full
        } else {
            qualified_in_line(line, &name_full).unwrap_or(name_full)
        };
        let (name, ns) = match crate::i18n::rsplit_once_ascii(&name_full, b'.') {
            Some((ns, name)) => (name.to_string(), ns.to_string()),
            None => (name_full.clone(), String::new()),
        };
        let lib = library_of(&name_full, &ns, line);
        let message = {
            let r = self.rest(w.s + b);
            r.trim_start_matches(&[':', ' ', '>', ')', ']'][..])
                .trim()
                .to_string()
        };
        // The application's own words before the exception on its line (`O365Token - refresh
        // token failed javax.crypto.BadPaddingException: …`): when they are a known text, they
        // are what failed, and the exception's message is its detail.
        // A token request's words there ("Could not retrieve OAuth token from 365:") tell that the
        // exception's HTTP status is the token endpoint's (`texts::TOKEN_STATUS`).
        let message = match lead_before(line, (w.s + a).saturating_sub(self.ls)) {
            Some(lead) if is_known(lead) || find_ci(lead, b"token").is_some() => {
                let lead = lead.strip_suffix(b":").unwrap_or(lead);
                format!("{}: {message}", lossy(lead))
            }
            _ => message,
        };
        let display_name =
            if ns.starts_with("imaplib") || ns.starts_with("smtplib") || ns.starts_with("poplib") {
                name_full.clone()
            } else {
                name
            };
        self.client_error(w.s + a, &lib, &display_name, message);
    }

    pub(super) fn client_error(&mut self, s: usize, library: &str, name: &str, message: String) {
        if self.line_client_error {
            return;
        }
        self.line_client_error = true;
        let e = self.le;
        self.push(
            s,
            e,
            ArtifactKind::ClientError {
                library: library.to_string(),
                name: name.to_string(),
                message: clip(&message),
            },
        );
    }

    pub(super) fn network(&mut self, wb: &[u8], w: Word) {
        if self.line_network {
            return;
        }
        let hit = match wb {
            b"ECONNREFUSED"
            | b"ETIMEDOUT"
            | b"ECONNRESET"
            | b"ENOTFOUND"
            | b"EAI_AGAIN"
            | b"EHOSTUNREACH"
            | b"ENETUNREACH"
            | b"CERTIFICATE_VERIFY_FAILED" => true,
            // "login refused", "authentication was refused" are a refused sign-in, not a refused
            // connection ("authentication failed: connection refused" is one).
            b"refused" | b"refused." => {
                let before = sl(self.t, self.ls, w.s).trim_ascii_end();
                let p = before
                    .iter()
                    .rposition(|c| !c.is_ascii_alphabetic())
                    .map_or(0, |p| p + 1);
                // "refused the from address", "refused your message": a refused object, not a
                // refused connection ("refused the connection" is one).
                let after = sl(self.t, w.e, (w.e + 40).min(self.le));
                let starts =
                    |o: &[u8]| after.len() >= o.len() && after[..o.len()].eq_ignore_ascii_case(o);
                // "refused it access to …" too, unless the line names the host, port or machine
                // ("the target machine actively refused it").
                let line = self.lineb();
                let it_access = [&b" it access"[..], b" them access", b" access to "]
                    .iter()
                    .any(|o| starts(o))
                    && [&b"port"[..], b"machine", b"host"]
                        .iter()
                        .all(|w| find_ci(line, w).is_none());
                let object = ([&b" the "[..], b" your ", b" our ", b" this "]
                    .iter()
                    .any(|o| starts(o))
                    || it_access)
                    && find_ci(after, b"connect").is_none();
                if object {
                    return;
                }
                match before[p..].to_ascii_lowercase().as_slice() {
                    b"login" | b"logon" | b"authentication" | b"credentials" => false,
                    // "from address refused", "sender refused": an address, not a connection.
                    b"address" | b"adresse" | b"sender" | b"recipient" | b"message" => false,
                    b"was" | b"is" | b"been" | b"were" => {
                        find_ci(before, b"authenticat").is_none()
                            && find_ci(before, b"login").is_none()
                            && find_ci(before, b"credential").is_none()
                    }
                    _ => true,
                }
            }
            // Entra's own messages ("AADSTS90012: The requested has timed out", "AADSTS80001:
            // The Authentication Agent is unable to connect to Active Directory") are its errors,
            // not the service's connection, nor is a wait for a person that timed out
            // (`texts::TIMED_OUT_NOT_NETWORK`).
            b"timed" => {
                let l = self.lineb();
                self.t.get(w.e..w.e + 4) == Some(b" out")
                    && find(l, b"AADSTS").is_none()
                    && !texts::TIMED_OUT_NOT_NETWORK
                        .iter()
                        .any(|n| find_ci(l, n.as_bytes()).is_some())
            }
            // A handshake that went through ("TLS handshake completed") is none.
            b"handshake" | b"Handshake" if self.first_on_line(1 << 11) => {
                let l = self.lineb();
                (find_ci(l, b"ssl").is_some() || find_ci(l, b"tls").is_some())
                    && !texts::TLS_HANDSHAKE.vetoed_by(|n| find_ci(l, n.as_bytes()).is_some())
            }
            // A resolver's or library's phrase for a failed connection (`texts::NETWORK_PHRASES`),
            // looked for once a line, at the first of its trigger words.
            _ if texts::NETWORK_TRIGGERS.iter().any(|t| t.as_bytes() == wb)
                && self.first_on_line(1 << 12) =>
            {
                let l = self.lineb();
                texts::NETWORK_PHRASES
                    .iter()
                    .any(|p| find(l, p.as_bytes()).is_some())
            }
            b"unreachable" | b"unreachable." => true,
            // "cannot connect to", "failed to connect to": the client network row's wording.
            // Only after "cannot", "could not", "unable to", "failed to": a log's own "IMAP
            // connect host:993" is read no further.
            b"connect"
                if {
                    let before = sl(self.t, w.s.saturating_sub(7), w.s);
                    before.ends_with(b"not ") || before.ends_with(b"to ")
                } && self.first_on_line(1 << 10) =>
            {
                let l = crate::i18n::fold_case_bytes(self.lineb());
                find(&l, b"aadsts").is_none()
                    && texts::known_text(texts::TextId::ClientNetwork)
                        .is_some_and(|r| r.matches_by(|n| find(&l, n.as_bytes()).is_some()))
            }
            b"0" if self.first_on_line(1 << 14) => {
                find(self.lineb(), b"(code: 0)").is_some()
                    && find_ci(self.lineb(), b"request failed").is_some()
            }
            // (Most words that come here are short: a look at their bytes, not a `memchr` call.)
            _ if wb.len() < 9 && !wb.contains(&b'x') => false,
            _ if memchr::memchr(b'x', wb).is_some()
                && find_ci(wb, b"proxy").is_some()
                // A service's error code (`ErrorNoApplicableProxyCASServersAvailable`, EWS and
                // Graph codes are `Error` + a capital) names no proxy's failure.
                && !names_api_error_code(wb)
                && self.first_on_line(1 << 15) =>
            {
                let l = self.lineb();
                // The local OAuth proxy for mail clients (`Email OAuth 2.0 Proxy`, `emailproxy`)
                // logs sign-ins, not a network proxy's failures.
                let oauth_proxy =
                    find_ci(l, b"oauth 2.0 proxy").is_some() || find_ci(l, b"emailproxy").is_some();
                !oauth_proxy
                    && (find_ci(l, b"error").is_some()
                        || find_ci(l, b"fail").is_some()
                        || find(l, b"407").is_some()
                        || find_ci(l, b"unable").is_some()
                        || find_ci(l, b"refused").is_some())
            }
            _ if memchr::memchr2(b'x', b'g', wb).is_none() => false,
            _ => {
                // The exceptions' names all hold `Exception` (with its capital): a word without
                // a capital or without that (a URL, `requesting`) is searched for `getaddrinfo`
                // alone.
                find(wb, b"getaddrinfo").is_some()
                    || (w.f & UPPER != 0
                        && find(wb, b"Exception").is_some()
                        && (find(wb, b"UnknownHostException").is_some()
                            || find(wb, b"SocketTimeoutException").is_some()
                            || find(wb, b"SSLHandshakeException").is_some()
                            || find(wb, b"ConnectException").is_some()
                            || find(wb, b"SocketException").is_some()))
            }
        };
        if hit {
            self.line_network = true;
            let text = self.rest(self.ls).trim().to_string();
            let (s, e) = (self.ls, self.le);
            self.push(s, e, ArtifactKind::NetworkError { text });
        }
    }

    /// A local SASL library failure (Cyrus SASL, Postfix, gsasl): nothing reached the server.
    pub(super) fn sasl_failure(&mut self) {
        let lower = crate::i18n::fold_case_bytes(self.lineb());
        let has = |n: &str| find(&lower, n.as_bytes()).is_some();
        if texts::SASL_LOCAL.iter().any(|r| r.matches_by(has)) {
            let text = lossy(sl(self.t, self.ls, self.le)).trim().to_string();
            self.client_error(self.ls, "SASL", "SASL", text);
        }
    }
}

/// Whether an artifact is an error a detector recognised (the lines read against the known
/// texts are the others).
pub(super) fn is_error(kind: &ArtifactKind) -> bool {
    matches!(
        kind,
        ArtifactKind::ServerReply(_)
            | ArtifactKind::ClientError { .. }
            | ArtifactKind::ApiError { .. }
            | ArtifactKind::Aadsts(_)
            | ArtifactKind::TokenError(_)
            | ArtifactKind::PsError(_)
            | ArtifactKind::LogonDenied { .. }
            | ArtifactKind::AuthenticatedNotConnected
            | ArtifactKind::NetworkError { .. }
            | ArtifactKind::MailboxLogonFailure { .. }
    )
}

/// How many lines without a recognised error the scanner reads against the known texts: quoted
/// texts stand in short pastes, and a long log's errors come in the wrappers the detectors know.
pub(super) const KNOWN_LINES: u16 = 256;

/// A short paste's every line is read against the known texts (see [`crate::scan::SHORT_PASTE`]).
pub(super) use crate::scan::SHORT_PASTE;

impl Ctx<'_> {
    /// A line with a context word of [`texts::LINE_CONTEXT`] on which no detector found an
    /// error: when a row of the rules' families matches it, the line becomes a client error
    /// (the text as a forum post quotes it, without the wrapper the detectors know).
    pub(super) fn known_line(&mut self, first_out: usize) {
        if self.known_budget == 0 {
            return;
        }
        let oauth_word = self.line_oauth_word;
        let error = |k: &ArtifactKind| {
            is_error(k) && !(oauth_word && matches!(k, ArtifactKind::TokenError(_)))
        };
        if self.line_error_repeat || self.out[first_out..].iter().any(|f| error(&f.kind)) {
            // A short paste's line with an error may still tell of the setup ("logging in to
            // the shared mailbox fails with AUTHENTICATE failed") or more of the error
            // ("AUTHENTICATE failed: token expired"); the paste's size bounds this
            // reading, so it spends none of the budget the lines without an error share.
            if self.read_every_line && !self.line_error_repeat {
                let line = self.lineb();
                let line = &line[..line.len().min(2 * CLIP)];
                if tells_more(line) {
                    let text = clip_lossy(line.trim_ascii());
                    self.client_error(self.ls, "", "", text);
                }
            }
            return;
        }
        self.known_budget -= 1;
        let line = self.lineb();
        if line.trim_ascii() == b"UnAuthorized" {
            // Connect-ExchangeOnline's refusal, alone on its line in this spelling.
            let text = "UnAuthorized".to_string();
            self.client_error(
                self.ls,
                "ExchangeOnlineManagement",
                "Connect-ExchangeOnline",
                text,
            );
            return;
        }
        // The known texts are short: a long line is read only where they would stand.
        let line = &line[..line.len().min(2 * CLIP)];
        if is_known(line) {
            let text = clip_lossy(line.trim_ascii());
            self.client_error(self.ls, "", "", text);
            return;
        }
        // A short paste: a sentence wrapped over two lines (a forum post, an e-mail, a ticket)
        // is read joined with the next line, when that line alone is not a known text.
        if !self.read_every_line || line.len() >= CLIP {
            return;
        }
        let t = self.t;
        let (next_s, next_e) = (self.le + 1, forward_lines(t, self.le, 1));
        let next = sl(t, next_s.min(next_e), next_e).trim_ascii();
        if next.is_empty() || next.len() >= CLIP || is_known(next) || is_reply(next) {
            return;
        }
        let joined = [line.trim_ascii(), b" ", next].concat();
        if is_known(&joined) {
            let text = clip_lossy(&joined);
            self.client_error(self.ls, "", "", text);
        }
    }
}

pub(super) fn library_of(full: &str, ns: &str, line: &[u8]) -> String {
    let l = |s: &str| full.contains(s) || ns.contains(s);
    let lib = if l("MailBee") {
        "MailBee.NET"
    } else if l("MailKit") || find(line, b"MailKit").is_some() {
        "MailKit"
    } else if l("javax.mail") || l("com.sun.mail") {
        "JavaMail"
    } else if l("jakarta.mail") {
        "Jakarta Mail"
    } else if l("org.eclipse.angus") {
        "Angus Mail"
    } else if l("System.Net.Mail")
        || full == "SmtpException"
        || full == "SmtpFailedRecipientException"
    {
        "System.Net.Mail"
    } else if l("exchangelib") {
        "exchangelib"
    } else if l("Microsoft.Exchange.WebServices") {
        "EWS Managed API"
    } else if l("Msal") || l("Microsoft.Identity.Client") {
        "MSAL"
    } else if l("Azure.Identity") {
        "Azure.Identity"
    } else if l("imaplib") {
        "imaplib"
    } else if l("smtplib") || full == "SMTPAuthenticationError" {
        "smtplib"
    } else if l("poplib") {
        "poplib"
    } else if l("Microsoft.Graph") {
        "Microsoft Graph SDK"
    } else if find(line, b"nodemailer").is_some() {
        "nodemailer"
    } else if ns.is_empty() {
        "unknown"
    } else {
        return ns.to_string();
    };
    lib.to_string()
}

/// Whether a word holds a service's error code: `Error` starting an identifier, a letter right
/// after it (`ErrorAccessDenied`, `<m:ResponseCode>ErrorNoApplicableProxyCASServersAvailable`),
/// in either case (a forum post quotes it lower-cased).
fn names_api_error_code(wb: &[u8]) -> bool {
    let lower = wb.to_ascii_lowercase();
    memchr::memmem::find_iter(&lower, b"error").any(|p| {
        (p == 0 || !lower[p - 1].is_ascii_alphanumeric())
            && lower.get(p + 5).is_some_and(u8::is_ascii_alphabetic)
    })
}

/// The rows the lines are read against (the 5.7.139 gate, then the rows of `LINE_FAMILIES` in
/// order), compiled once for reading many lines: every entry of a row's matcher is a group
/// that holds when one of its alternatives occurs, and each alternative is filed under the
/// [`Pairs`](crate::scan::text::Pairs) bit of one of its pairs. A line then looks only at the
/// alternatives filed under its own pairs (a few hundred of the table's thousands) and a row
/// is decided from its groups: the work per line follows the line's length, not the tables'.
///
/// The alternatives lie in one array ordered by bit, sized exactly (counted in a first walk
/// over the tables): a vector per bit held four thousand vectors' headers and their growth's
/// slack, about half a megabyte, built while the page holds a large paste.
struct KnownIndex {
    /// Where each bit's alternatives start in `filed` (the last bit: alternatives shorter than
    /// a pair), and, last, the end.
    starts: Vec<u32>,
    /// The alternatives, by bit, each with its group and the bits of its two other pairs
    /// (first, middle, last: the one filed under is the one whose bit had the fewest so far,
    /// so no common pair's share grows long).
    filed: Vec<Filed>,
    /// The rows, in reading order.
    rows: Vec<KnownRow>,
    /// How many groups there are.
    groups: usize,
}

/// An alternative as filed: its text, its group, the bits of its two other pairs
/// ([`NO_PAIR`] for none).
#[derive(Clone, Copy)]
struct Filed {
    alt: &'static str,
    group: u32,
    check: [u16; 2],
}

/// A [`Filed::check`] that always holds (an alternative shorter than a pair).
const NO_PAIR: u16 = u16::MAX;
const _: () = assert!(crate::scan::text::Pairs::BITS < NO_PAIR as usize);

/// A compiled row: the ranges of its `any`, `all` and `none` groups, and (but for the gate)
/// the row itself.
struct KnownRow {
    any: std::ops::Range<u32>,
    all: std::ops::Range<u32>,
    none: std::ops::Range<u32>,
    row: Option<&'static texts::KnownText>,
    /// Whether the row tells more than an error ([`tells_more`]).
    tells: bool,
}

impl KnownIndex {
    fn get() -> &'static KnownIndex {
        static INDEX: std::sync::OnceLock<KnownIndex> = std::sync::OnceLock::new();
        INDEX.get_or_init(|| {
            use crate::scan::text::Pairs;
            // First walk: how many alternatives each bit gets; second: filed in their places
            // (both walks file every alternative under the same bit).
            let mut counts = vec![0u32; Pairs::BITS + 1];
            Self::walk(|bit, _| {
                if let Some(c) = counts.get_mut(bit) {
                    *c += 1;
                }
            });
            let mut starts = Vec::with_capacity(counts.len() + 1);
            let mut total = 0u32;
            for c in &mut counts {
                starts.push(total);
                total += *c;
                *c = 0;
            }
            starts.push(total);
            let blank = Filed {
                alt: "",
                group: 0,
                check: [NO_PAIR; 2],
            };
            let mut filed = vec![blank; total as usize];
            let (rows, groups) = Self::walk(|bit, f| {
                if let (Some(c), Some(&s)) = (counts.get_mut(bit), starts.get(bit)) {
                    if let Some(slot) = filed.get_mut((s + *c) as usize) {
                        *slot = f;
                    }
                    *c += 1;
                }
            });
            // Both walks filed as many alternatives under every bit.
            debug_assert!(counts
                .iter()
                .zip(starts.windows(2))
                .all(|(&c, w)| c == w[1] - w[0]));
            KnownIndex {
                starts,
                filed,
                rows,
                groups,
            }
        })
    }

    /// Files every alternative of the gate and the rows with `file` (its bit and itself) and
    /// returns the compiled rows and the number of groups.
    fn walk(mut file: impl FnMut(usize, Filed)) -> (Vec<KnownRow>, usize) {
        use crate::scan::text::Pairs;
        let mut sizes = vec![0u32; Pairs::BITS + 1];
        let mut rows = Vec::new();
        let mut groups = 0usize;
        let mut add = |m: &'static texts::Matcher, row, tells| {
            let mut compile = |entries: crate::catalogue::Words| {
                let first = groups as u32;
                for entry in entries {
                    let group = groups as u32;
                    for alt in entry.split('|') {
                        let (bit, check) = match Pairs::needle_bits(alt.as_bytes()) {
                            None => (Pairs::BITS, [NO_PAIR; 2]),
                            Some(pairs) => {
                                let size = |i: usize| sizes.get(pairs[i]).copied().unwrap_or(0);
                                let k = (0..3).min_by_key(|&i| size(i)).unwrap_or(0);
                                let other = |j: usize| pairs[(k + j) % 3] as u16;
                                (pairs[k], [other(1), other(2)])
                            }
                        };
                        if let Some(n) = sizes.get_mut(bit) {
                            *n += 1;
                        }
                        file(bit, Filed { alt, group, check });
                    }
                    groups += 1;
                }
                first..groups as u32
            };
            let any = compile(m.any);
            let all = compile(m.all);
            let none = compile(m.none);
            rows.push(KnownRow {
                any,
                all,
                none,
                row,
                tells,
            });
        };
        add(&texts::SMTP_57139_GATE, None, false);
        let told = [texts::NARRATIVE, texts::TOKEN_EXPIRED, texts::ACCOUNT];
        for rows in texts::LINE_FAMILIES {
            for r in rows.iter() {
                let tells = told.iter().any(|f| f.iter().any(|x| x.id == r.id));
                add(&r.matcher, Some(r), tells);
            }
        }
        (rows, groups)
    }

    /// The alternatives filed under `bit`.
    fn filed(&self, bit: usize) -> &[Filed] {
        let at = |i: usize| self.starts.get(i).map_or(0, |&s| s as usize);
        self.filed.get(at(bit)..at(bit + 1)).unwrap_or(&[])
    }

    /// The groups the folded line satisfies.
    fn holds(&self, folded: &FoldedLine) -> Vec<u64> {
        let mut held = vec![0u64; self.groups.div_ceil(64)];
        let has = |bit: u16| bit == NO_PAIR || folded.has_pair_bit(bit as usize);
        let bits = folded.pair_bits().chain([crate::scan::text::Pairs::BITS]);
        for bit in bits {
            for f in self.filed(bit) {
                let (gw, gm) = ((f.group >> 6) as usize, 1u64 << (f.group & 63));
                if has(f.check[0])
                    && has(f.check[1])
                    && held.get(gw).is_some_and(|h| h & gm == 0)
                    && folded.finds(f.alt.as_bytes())
                {
                    if let Some(h) = held.get_mut(gw) {
                        *h |= gm;
                    }
                }
            }
        }
        held
    }
}

/// Whether group `g` is in `held`.
fn held_group(held: &[u64], g: u32) -> bool {
    held.get((g >> 6) as usize)
        .is_some_and(|h| h & (1u64 << (g & 63)) != 0)
}

impl KnownRow {
    /// Whether the row's matcher holds for a line that satisfies `held`.
    fn matches(&self, held: &[u64]) -> bool {
        let m = (self.any.is_empty() || self.any.clone().any(|g| held_group(held, g)))
            && self.all.clone().all(|g| held_group(held, g))
            && !self.none.clone().any(|g| held_group(held, g));
        #[cfg(feature = "ablation")]
        let m = self
            .row
            .map_or(m, |r| crate::catalogue::ablation::row(r.id, m));
        m
    }
}

/// Whether `line` starts as a server's reply (an IMAP tag and its status, an SMTP code with its
/// enhanced code or capitalised text, POP's `+OK`/`-ERR`), after at most three leading
/// tokens of a log's prefix (a time stamp, `[IMAP]`, `<<<`, `S:`, a label such as `Error:`): a
/// record of its own, never the second half of a wrapped sentence (its `NO` would read as the
/// sentence's "no").
fn is_reply(line: &[u8]) -> bool {
    let mut words = line
        .split(|&c| c == b' ' || c == b'\t')
        .filter(|w| !w.is_empty())
        .peekable();
    let prefix = |w: &[u8]| {
        w.iter()
            .all(|c| c.is_ascii_digit() || b"-:.,/+TZ".contains(c))
            || (w.starts_with(b"[") && w.ends_with(b"]"))
            || w.iter().all(|&c| c == b'<' || c == b'>')
            || (w.len() <= 40 && w.ends_with(b":"))
    };
    for _ in 0..3 {
        match words.peek() {
            Some(w) if prefix(w) => {
                words.next();
            }
            _ => break,
        }
    }
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    let code = first.len() >= 3 && first[..3].iter().all(u8::is_ascii_digit) && {
        let rest = &first[3..];
        let text = if rest.is_empty() {
            second
        } else {
            rest.strip_prefix(b"-").unwrap_or(b"x")
        };
        text.first()
            .is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    };
    code || first == b"+OK"
        || first == b"-ERR"
        || first == b"NO"
        || first == b"BAD"
        || (is_tag(first) && matches!(second, b"NO" | b"BAD" | b"OK" | b"BYE"))
}

/// The words before an exception's name on its line, after a logger's prefix (the last ` - `,
/// `] ` or `: `), when there are some and they are short.
fn lead_before(line: &[u8], at: usize) -> Option<&[u8]> {
    let before = line.get(..at)?.trim_ascii_end();
    let from = [&b" - "[..], b"] ", b": "]
        .iter()
        .filter_map(|sep| {
            before
                .windows(sep.len())
                .rposition(|w| w == *sep)
                .map(|p| p + sep.len())
        })
        .max()
        .unwrap_or(0);
    let lead = before[from..].trim_ascii();
    (lead.len() >= 8 && lead.len() <= CLIP && lead.iter().any(u8::is_ascii_alphabetic))
        .then_some(lead)
}

/// Whether `line` is one of the known texts the lines are read against: the 5.7.139 gate or a
/// row of `LINE_FAMILIES` (with its spelling as written).
fn is_known(line: &[u8]) -> bool {
    is_known_as(line) || crate::i18n::umlauts(line).is_some_and(|u| is_known_as(&u))
}

/// Whether `line` as written is a known text ([`is_known`] reads it once more with umlauts).
fn is_known_as(line: &[u8]) -> bool {
    let folded = FoldedLine::new(line);
    let ix = KnownIndex::get();
    let held = ix.holds(&folded);
    ix.rows.iter().any(|r| {
        r.matches(&held)
            && r.row
                .is_none_or(|t| t.spelled_by(|c| find(line, c.as_bytes()).is_some()))
    })
}

/// Whether an error line of a short paste tells more than its error: the setup in prose (a row
/// of [`texts::NARRATIVE`]), an expired token ([`texts::TOKEN_EXPIRED`]: "AUTHENTICATE failed:
/// token expired") or the account's state ([`texts::ACCOUNT`]).
fn tells_more(line: &[u8]) -> bool {
    let folded = FoldedLine::new(line);
    let ix = KnownIndex::get();
    let held = ix.holds(&folded);
    ix.rows.iter().any(|r| r.tells && r.matches(&held))
}

#[cfg(test)]
mod tests {
    use crate::evidence::ArtifactKind;

    fn network(text: &str) -> bool {
        crate::scan::scan(text, 0)
            .iter()
            .any(|a| matches!(a.kind, ArtifactKind::NetworkError { .. }))
    }

    #[test]
    fn a_service_error_code_naming_a_proxy_is_no_network_failure() {
        assert!(!network(
            "<m:ResponseCode>ErrorNoApplicableProxyCASServersAvailable</m:ResponseCode> error"
        ));
        assert!(!network("Request failed: ErrorProxyRequestNotAllowed"));
        assert!(network(
            "Error: connect through proxy failed: ProxyConnectionError 407"
        ));
        assert!(network(
            "java.net.SocketException: Unable to tunnel through proxy. HttpProxyError"
        ));
    }
}
