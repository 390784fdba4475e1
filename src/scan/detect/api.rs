//! EWS and Microsoft Graph errors: response codes in SOAP faults and JSON error bodies.

use super::*;

impl<'a> Ctx<'a> {
    pub(super) fn api_error(&mut self, wi: usize, w: Word, code: String) {
        if self.line_reply {
            return;
        }
        let t = self.t;
        let line = self.lineb();
        let ews_ctx = find(line, b"<").is_some()
            || find(line, b"ResponseCode").is_some()
            || find(line, b"faultcode").is_some()
            || find(line, b"ServiceResponseException").is_some()
            || find_ci(line, b"ews").is_some()
            || find_ci(line, b"soap").is_some();
        let graph_ctx = find(line, b"\"code\"").is_some()
            || find(line, b"Code:").is_some()
            || find_ci(line, b"graph").is_some()
            // Graph's SDKs (Python's `MainError(code='…')`, `ODataError`).
            || find(line, b"MainError(").is_some()
            || find_ci(line, b"odata").is_some()
            || code.contains("REST")
            || code == "InvalidAuthenticationToken"
            || code == "Authorization_RequestDenied";
        let protocol = if graph_ctx && !ews_ctx {
            Protocol::Graph
        } else if ews_ctx || code.starts_with("Error") {
            Protocol::Ews
        } else {
            Protocol::Graph
        };
        // Message: `Message: …`, `"message":"…"`, `<m:MessageText>…`, `<faultstring>…`, or the rest.
        let near_e = forward_lines(t, self.le, 6);
        let near = sl(t, w.e, near_e.min(w.e + WINDOW));
        let message = json_str_field(near, b"\"message\"")
            .or_else(|| xml_text(near, b"MessageText>"))
            .or_else(|| xml_text(near, b"faultstring>"))
            .or_else(|| {
                find(near, b"Message:").map(|p| {
                    clip(
                        lossy(trim_lead(
                            &near[p + 8
                                ..near
                                    .iter()
                                    .skip(p)
                                    .position(|&c| c == b'\n')
                                    .map_or(near.len(), |q| p + q)],
                        ))
                        .trim()
                        .trim_end_matches(&['"', '\''][..]),
                    )
                })
            })
            .unwrap_or_else(|| {
                let r = self.rest(w.e);
                let after = r
                    .trim_start_matches(&[':', ' ', '<', '/', '>'][..])
                    .trim_end_matches(&['"', '\''][..]);
                if after.bytes().any(|c| c.is_ascii_alphanumeric()) {
                    return clip(after);
                }
                // `Lifetime validation failed, the token is expired. (InvalidAuthenticationToken)`:
                // the code closes the line, its message stands before it (after a wrapper's quote).
                let before = lossy(sl(t, self.ls, w.s));
                let before = before.trim_end_matches(&[' ', '(', '['][..]);
                let before = crate::i18n::after_last_ascii(before, b'"');
                clip(before.trim())
            });
        let _ = wi;
        self.line_reply = true;
        if protocol == Protocol::Ews {
            self.last_protocol = Some(Protocol::Ews);
        }
        self.push(
            w.s,
            w.e,
            ArtifactKind::ApiError {
                code,
                message,
                protocol,
            },
        );
    }

    /// Long words with capitals: exceptions, API error codes, PowerShell error ids.
    pub(super) fn upper_long(&mut self, wi: usize, w: Word) {
        let wb = sl(self.t, w.s, w.e);
        if w.f & DIGIT != 0 {
            if let Some(p) = find_aadsts(wb) {
                self.aadsts(w.s + p);
                return;
            }
        }
        // Identifiers of interest are CamelCase: a capital right after a small letter.
        if !wb
            .windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
        {
            return;
        }
        // An application permission named alone ("IMAP.AccessAsApp", not inside a scope URL):
        // the report is about the app-only flow.
        if wb.ends_with(b"AsApp") || wb.ends_with(b"AsApp.") {
            let name = wb.strip_suffix(b".").unwrap_or(wb);
            if crate::catalogue::oauth::is_app_only_permission(name) {
                self.grant(w.s, w.s + name.len(), b"client_credentials", false);
                return;
            }
        }
        // A library's call or class that gets a token: the paste shows the flow.
        if let Some((grant, n)) = crate::catalogue::oauth::library_call(wb) {
            let keyed = false;
            self.push(w.e - n, w.e, ArtifactKind::Grant { grant, keyed });
            return;
        }
        // The bytes the word holds: a name is looked for only where every byte of it stands
        // (most such words hold none of them, and a search per name cost more than this).
        let bytes = ByteSet::of(wb);
        if let Some(p) = bytes
            .may_hold(SERVICE_PRINCIPAL_NOT_FOUND)
            .then(|| find(wb, SERVICE_PRINCIPAL_NOT_FOUND.0))
            .flatten()
        {
            let mut a = p;
            while a > 0 && wb[a - 1].is_ascii_alphanumeric() {
                a -= 1;
            }
            let id = lossy(&wb[a..p + 24]);
            self.ps_error(w.s + a, &id);
            return;
        }
        // The four PowerShell exception ids below all end in `Exception`.
        let exception = bytes.may_hold(EXCEPTION) && find(wb, EXCEPTION.0).is_some();
        for id in [
            "ManagementObjectNotFoundException",
            "CommandNotFoundException",
            "RecipientNotFoundException",
            "ADOperationException",
        ] {
            if exception && find(wb, id.as_bytes()).is_some() {
                self.ps_error(w.s, id);
                return;
            }
        }
        // Both tags a SOAP fault's code closes with hold a `>`.
        let code = api_error_code(wb, &bytes)
            .or_else(|| bytes.may_hold(TAG_CLOSE).then(|| tagged_code(wb)).flatten());
        if let Some(code) = code {
            self.api_error(wi, w, code);
            return;
        }
        if exception
            || (bytes.may_hold(SMTP_AUTHENTICATION_ERROR)
                && find(wb, SMTP_AUTHENTICATION_ERROR.0).is_some())
            || (bytes.may_hold(MAIL_BEE) && find(wb, MAIL_BEE.0).is_some())
            || python_error_class(wb)
        {
            self.client_error_word(wi, w);
        }
    }
}

/// The bytes a word holds, one bit per byte's low six bits (`A` and `\x01` share one): a word
/// can hold a name only if it holds every byte of it, so a name is searched for only then. The
/// test never rules out a name the word holds; sharing bits only lets a few more through.
pub(super) struct ByteSet(u64);

/// A name and the set of its bytes (see [`ByteSet::may_hold`]), made at compile time.
pub(super) type Named = (&'static [u8], u64);

/// The set of the bytes of `name`.
pub(super) const fn set_of(name: &[u8]) -> u64 {
    let mut m = 0u64;
    let mut i = 0;
    while i < name.len() {
        m |= 1u64 << (name[i] & 63);
        i += 1;
    }
    m
}

const fn named(name: &'static [u8]) -> Named {
    (name, set_of(name))
}

const SERVICE_PRINCIPAL_NOT_FOUND: Named = named(b"ServicePrincipalNotFound");
const EXCEPTION: Named = named(b"Exception");
const SMTP_AUTHENTICATION_ERROR: Named = named(b"SMTPAuthenticationError");
const MAIL_BEE: Named = named(b"MailBee");
const ERROR: Named = named(b"Error");
/// What every tag [`tagged_code`] looks for holds.
const TAG_CLOSE: Named = named(b">");

impl ByteSet {
    pub(super) fn of(wb: &[u8]) -> ByteSet {
        ByteSet(wb.iter().fold(0u64, |m, &c| m | 1u64 << (c & 63)))
    }

    /// Whether the word can hold `name`: every byte of it is in the word.
    pub(super) fn may_hold(&self, name: Named) -> bool {
        self.0 & name.1 == name.1
    }
}

/// The byte sets of [`crate::catalogue::texts::API_ERROR_CODES`], in its order.
static API_ERROR_SETS: [u64; crate::catalogue::texts::API_ERROR_CODES.len()] = {
    let codes = crate::catalogue::texts::API_ERROR_CODES;
    let mut sets = [0u64; crate::catalogue::texts::API_ERROR_CODES.len()];
    let mut i = 0;
    while i < codes.len() {
        sets[i] = set_of(codes[i].as_bytes());
        i += 1;
    }
    sets
};

/// A qualified Python error class as a traceback's last line names it
/// (`exchangelib.errors.TransportError:`): a lower-case module path, then a name ending in `Error`.
fn python_error_class(wb: &[u8]) -> bool {
    let name = wb.strip_suffix(b":").unwrap_or(wb);
    name.ends_with(b"Error")
        && name.first().is_some_and(u8::is_ascii_lowercase)
        && name.contains(&b'.')
}

/// The API error code (`ErrorAccessDenied`, `MailboxNotEnabledForRESTAPI`) a word whose bytes
/// are `bytes` names: a code is searched for only where the word holds every byte of it.
fn api_error_code(wb: &[u8], bytes: &ByteSet) -> Option<String> {
    // Most of the codes start with `Error`: without it in the word, they cannot be there.
    let error = bytes.may_hold(ERROR) && find(wb, ERROR.0).is_some();
    for (k, &set) in crate::catalogue::texts::API_ERROR_CODES
        .iter()
        .zip(&API_ERROR_SETS)
    {
        // (The bit test first: most words hold the bytes of few codes.)
        if !bytes.may_hold((k.as_bytes(), set)) || (!error && k.starts_with("Error")) {
            continue;
        }
        if let Some(p) = find(wb, k.as_bytes()) {
            let e = p + k.len();
            // A longer identifier (ErrorAccessDeniedX) is something else.
            if wb.get(e).is_some_and(|c| c.is_ascii_alphanumeric()) {
                continue;
            }
            return Some(k.to_string());
        }
    }
    None
}

/// End (exclusive) of the JSON-ish object around `from`: the first `}` that closes depth 0,
/// ignoring braces inside strings; `limit` when not found.
pub(super) fn object_end(t: &[u8], from: usize, limit: usize) -> usize {
    let region = sl(t, from, limit);
    // Only quotes and brackets change the state: they are visited in order, found sixteen bytes
    // a step with vector compares (a body's quotes stand a few bytes apart, where a `memchr`
    // call per quote costs more than the bytes between).
    let mut depth = 0i32;
    let mut in_str = false;
    let mut base = 0;
    while base < region.len() {
        let mut m = match region.get(base..base + 16) {
            Some(q) => events16(q),
            None => region[base..]
                .iter()
                .enumerate()
                .fold(0, |m, (k, &c)| m | (u32::from(is_event(c)) << k)),
        };
        while m != 0 {
            let o = base + m.trailing_zeros() as usize;
            m &= m - 1;
            let c = region[o];
            if in_str {
                // A quote followed by , } : ] or blank ends the string (unescaped text
                // tolerant).
                if c == b'"' {
                    let n = t.get(from + o + 1).copied().unwrap_or(b'}');
                    if matches!(n, b',' | b'}' | b':' | b']' | b' ' | b'\r' | b'\n') {
                        in_str = false;
                    }
                }
                continue;
            }
            match c {
                b'"' => in_str = true,
                b'{' | b'[' => depth += 1,
                _ => {
                    depth -= 1;
                    if depth < 0 {
                        return from + o + 1;
                    }
                }
            }
        }
        base += 16;
    }
    limit
}

/// A byte [`object_end`] visits: a quote or a bracket.
fn is_event(c: u8) -> bool {
    matches!(c, b'"' | b'{' | b'[' | b'}' | b']')
}

/// A bit per byte of `q` (16 bytes) that [`object_end`] visits.
#[inline(always)]
fn events16(q: &[u8]) -> u32 {
    use crate::secrets::eq16;
    eq16(q, b'"') | eq16(q, b'{') | eq16(q, b'[') | eq16(q, b'}') | eq16(q, b']')
}

/// The string value of `"key":"value"` in `body`, tolerant of unescaped text.
pub(super) fn json_str_field(body: &[u8], key: &[u8]) -> Option<String> {
    json_str_field_cow(body, key).map(std::borrow::Cow::into_owned)
}

/// [`json_str_field`], borrowed from `body` when it is valid UTF-8 and not clipped.
pub(super) fn json_str_field_cow<'b>(
    body: &'b [u8],
    key: &[u8],
) -> Option<std::borrow::Cow<'b, str>> {
    // A JSON body is full of quotes: a key with an underscore or a capital is walked over that.
    let k = key
        .iter()
        .position(|c| *c == b'_' || c.is_ascii_uppercase())
        .unwrap_or(0);
    let p = find_by(body, key, k)? + key.len();
    let rest = trim_lead(&body[p..]);
    let rest = rest.strip_prefix(b"\"")?;
    // End at a quote followed by , } or end.
    let i = memchr::memchr_iter(b'"', rest)
        .find(|&i| {
            let n = rest.get(i + 1).copied().unwrap_or(b'}');
            let n2 = rest
                .get(i + 1..)
                .map(trim_lead)
                .and_then(|r| r.first().copied())
                .unwrap_or(b'}');
            matches!(n, b',' | b'}') || matches!(n2, b',' | b'}' | b'"')
        })
        .unwrap_or(rest.len());
    let v = &rest[..i];
    Some(match std::str::from_utf8(v) {
        Ok(v) if v.trim().len() <= CLIP => std::borrow::Cow::Borrowed(v.trim()),
        _ => std::borrow::Cow::Owned(clip(lossy(v).trim())),
    })
}

pub(super) fn xml_text(near: &[u8], open_tail: &[u8]) -> Option<String> {
    let p = find(near, open_tail)? + open_tail.len();
    let rest = &near[p..];
    let e = memchr::memchr(b'<', rest).unwrap_or(rest.len());
    let v = lossy(&rest[..e]).trim().to_string();
    (!v.is_empty()).then(|| clip(&v))
}

#[cfg(test)]
mod byte_set_tests {
    use super::*;

    /// [`api_error_code`] searching for every code, as it was written before the byte sets.
    fn api_error_code_plain(wb: &[u8]) -> Option<String> {
        let error = find(wb, b"Error").is_some();
        for k in crate::catalogue::texts::API_ERROR_CODES {
            if !error && k.starts_with("Error") {
                continue;
            }
            if let Some(p) = find(wb, k.as_bytes()) {
                if wb
                    .get(p + k.len())
                    .is_some_and(|c| c.is_ascii_alphanumeric())
                {
                    continue;
                }
                return Some(k.to_string());
            }
        }
        None
    }

    fn fragments() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let mut names: Vec<&'static [u8]> = crate::catalogue::texts::API_ERROR_CODES
            .iter()
            .map(|c| c.as_bytes())
            .collect();
        names.extend([
            SERVICE_PRINCIPAL_NOT_FOUND.0,
            EXCEPTION.0,
            SMTP_AUTHENTICATION_ERROR.0,
            MAIL_BEE.0,
            &b"</faultcode>"[..],
            &b"ResponseCode>"[..],
        ]);
        let piece =
            (proptest::sample::select(names), 0usize..40, 0usize..40).prop_map(|(n, a, b)| {
                // A whole name, or a part of it (which must not be found).
                let (a, b) = (a.min(n.len()), b.min(n.len()));
                n[a.min(b)..if a == b { n.len() } else { a.max(b) }].to_vec()
            });
        let other = proptest::sample::select(vec![
            &b"x"[..],
            b"E",
            b"_",
            b":",
            b"-",
            b"<",
            b">",
            b"A",
            b"\xc3\xa4",
            b"9",
        ])
        .prop_map(<[u8]>::to_vec);
        proptest::collection::vec(prop_oneof![piece, other], 0..6).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        /// The byte set never rules out a name the word holds, and the codes found through it
        /// are the codes the plain search finds.
        #[test]
        fn the_byte_set_rules_out_only_names_not_there(wb in fragments()) {
            let bytes = ByteSet::of(&wb);
            for name in crate::catalogue::texts::API_ERROR_CODES
                .iter()
                .map(|c| c.as_bytes())
                .chain([
                    SERVICE_PRINCIPAL_NOT_FOUND.0,
                    EXCEPTION.0,
                    SMTP_AUTHENTICATION_ERROR.0,
                    MAIL_BEE.0,
                    ERROR.0,
                    b"</faultcode>",
                    b"ResponseCode>",
                ])
            {
                if find(&wb, name).is_some() {
                    proptest::prop_assert!(bytes.may_hold((name, set_of(name))));
                }
            }
            proptest::prop_assert_eq!(api_error_code(&wb, &bytes), api_error_code_plain(&wb));
            proptest::prop_assert_eq!(
                bytes.may_hold(TAG_CLOSE).then(|| tagged_code(&wb)).flatten(),
                tagged_code(&wb)
            );
        }
    }

    #[test]
    fn a_name_missing_a_byte_is_ruled_out() {
        let bytes = ByteSet::of(b"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth");
        assert!(!bytes.may_hold(EXCEPTION));
        assert!(!bytes.may_hold(SERVICE_PRINCIPAL_NOT_FOUND));
        assert!(bytes.may_hold(named(b"LogonDenied")));
    }
}

#[cfg(test)]
mod object_end_tests {
    use super::*;

    /// The earlier walk over quotes and brackets in the order two `memchr` walks find them, which
    /// [`object_end`] must equal.
    fn object_end_by_events(t: &[u8], from: usize, limit: usize) -> usize {
        let mut depth = 0i32;
        let mut in_str = false;
        // Only quotes and brackets change the state: visit them in order (openers and closers
        // come from two `memchr` walks, merged).
        let region = sl(t, from, limit);
        let mut open = memchr::memchr3_iter(b'"', b'{', b'[', region).peekable();
        let mut close = memchr::memchr2_iter(b'}', b']', region).peekable();
        loop {
            let next = match (open.peek(), close.peek()) {
                (Some(a), Some(b)) if a < b => open.next(),
                (Some(_), None) => open.next(),
                _ => close.next(),
            };
            let Some(o) = next else {
                return limit;
            };
            let i = from + o;
            let c = t[i];
            if in_str {
                if c == b'"' {
                    // A quote followed by , } : ] or blank ends the string (unescaped text tolerant).
                    let n = t.get(i + 1).copied().unwrap_or(b'}');
                    if matches!(n, b',' | b'}' | b':' | b']' | b' ' | b'\r' | b'\n') {
                        in_str = false;
                    }
                }
                continue;
            }
            match c {
                b'"' => in_str = true,
                b'{' | b'[' => depth += 1,
                _ => {
                    depth -= 1;
                    if depth < 0 {
                        return i + 1;
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_walk_between_strings_finds_what_the_walk_over_events_finds(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::strategy::Just("\""), proptest::strategy::Just("{"),
                    proptest::strategy::Just("}"), proptest::strategy::Just("["),
                    proptest::strategy::Just("]"), proptest::strategy::Just(","),
                    proptest::strategy::Just(":"), proptest::strategy::Just(" "),
                    proptest::strategy::Just("a"), proptest::strategy::Just("\n"),
                ],
                0..60,
            ),
            from in 0usize..8,
            cut in 0usize..8,
        ) {
            let t = parts.concat();
            let t = t.as_bytes();
            let from = from.min(t.len());
            let limit = t.len().saturating_sub(cut).max(from);
            proptest::prop_assert_eq!(
                object_end(t, from, limit),
                object_end_by_events(t, from, limit)
            );
        }
    }
}
