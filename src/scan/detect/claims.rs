//! A token's claims pasted as JSON without the token: a decoder's view (jwt.ms, jwt.io), a
//! library's or script's debug print of the payload. An object with an `aud` (a string or a
//! list) and at least two more of the claims an Entra token carries is read as a token's payload,
//! so the token rules judge its audience, roles, scopes, flavour and lifetime as they would a
//! decoded token's. Read per block, so an object printed over many lines is one piece.

use super::token;
use crate::evidence::ArtifactKind;

/// Claims besides `aud` that an Entra access or ID token carries: two of them make an object
/// with an `aud` a token's payload (a configuration file naming an audience has none of them).
const CLAIM_KEYS: crate::catalogue::Words = crate::words![
    "acct",
    "app_displayname",
    "appid",
    "appidacr",
    "azp",
    "azpacr",
    "exp",
    "iat",
    "idtyp",
    "iss",
    "nbf",
    "oid",
    "preferred_username",
    "roles",
    "scp",
    "sub",
    "tid",
    "unique_name",
    "upn",
    "ver",
    "wids",
];

/// How far before an `"aud"` key the object's opening brace is looked for, how many braces are
/// tried, and how long an object may be: a token's payload is a few kilobytes at most.
const BACK: usize = 4096;
const TRIES: usize = 16;
const LONGEST: usize = 16 * 1024;

/// The claim objects of `text`: each one's span in `text` and the token read from it, judged
/// at `now`.
pub(super) fn read(text: &str, now: i64) -> Vec<(usize, usize, ArtifactKind)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut done = 0usize;
    // Where the quotes a run of members may start at were tried for an earlier key: a run from
    // before it ended before that key (or ran over it and was read there), so each byte is
    // tried once.
    let mut tried = 0usize;
    for key in memchr::memmem::find_iter(b, b"\"aud\"") {
        if key < done {
            continue;
        }
        let lo = tried;
        tried = key + 1;
        // An object, or members without their braces (a few claims copied out of a decoder's
        // view: `"aud": "…", "roles": […]`), which need one claim beside `aud` and a mail API's
        // audience.
        let (open, end, members, need) = match enclosing_object(b, key) {
            Some((open, close)) => {
                let Ok((members, _)) = token::parse_object(&b[open..=close]) else {
                    continue;
                };
                (open, close + 1, members, 2)
            }
            None => {
                let Some((open, end, members)) = fragment(b, key, lo) else {
                    continue;
                };
                // Read or not, a run's keys are not tried again.
                done = end;
                (open, end, members, 1)
            }
        };
        let audience = members
            .iter()
            .any(|(k, v)| k == "aud" && (v.is_string() || v.is_array()));
        let claims = members
            .iter()
            .filter(|(k, _)| CLAIM_KEYS.contains(k))
            .count();
        if !audience || claims < need {
            continue;
        }
        done = end;
        let jwt = token::claims_token(members, end - open, now);
        // Members without braces are read only for a mail API's audience (Exchange Online,
        // Graph): an ID token's, a federation assertion's or a service's own audience copied so
        // is some other token, or a configuration.
        if need == 1 && jwt.api == crate::evidence::Api::Other {
            continue;
        }
        out.push((open, end, ArtifactKind::Jwt(Box::new(jwt))));
    }
    out
}

/// An object's members as the JSON reader gives them.
type Members = Vec<(String, crate::json::Value)>;

/// How far before an `"aud"` key the first member of a run of members without braces is
/// looked for, and the longest run read (the claims a decoder shows fit in a few kilobytes).
const FRAGMENT_BACK: usize = 1024;
const FRAGMENT_LONGEST: usize = 8 * 1024;

/// A run of `"key": value` members without the object's braces that holds the key at `key`:
/// its start, end and members. It starts at the leftmost quote (within [`FRAGMENT_BACK`]
/// bytes, not before `lo`) from which members separated by commas run over the key; not after a
/// `{` (an object that did not close is no run of members).
fn fragment(b: &[u8], key: usize, lo: usize) -> Option<(usize, usize, Members)> {
    let from = key.saturating_sub(FRAGMENT_BACK).max(lo).min(key);
    // (A quote inside a run that ended before the key starts a run that ends there too.)
    let mut skip = from;
    for start in memchr::memchr_iter(b'"', &b[from..=key]).map(|o| from + o) {
        if start < skip {
            continue;
        }
        let Some((end, members)) = members_end(b, start) else {
            continue;
        };
        if end <= key {
            skip = end;
            continue;
        }
        let before = b[..start].iter().rev().find(|c| !c.is_ascii_whitespace());
        if before == Some(&b'{') {
            return None;
        }
        // Told as what a token should hold, an example or an older token's (the words before
        // it on its line, after the run before it): read, it is no token in hand.
        let line = memchr::memrchr(b'\n', &b[..start]).map_or(0, |p| p + 1);
        let told = b[line.max(lo).min(start)..start].to_ascii_lowercase();
        if crate::catalogue::NOT_THE_TOKEN
            .iter()
            .any(|w| crate::secrets::find_bytes(&told, w.as_bytes()).is_some())
        {
            return Some((start, end, Vec::new()));
        }
        // (Members the JSON reader refuses are none: the run is still not tried again. A run
        // longer than a token's payload is no payload: not read.)
        if end - start > FRAGMENT_LONGEST || members < 2 {
            return Some((start, end, Vec::new()));
        }
        let mut obj = Vec::with_capacity(end - start + 2);
        obj.push(b'{');
        obj.extend_from_slice(&b[start..end]);
        obj.push(b'}');
        return Some((start, end, crate::json::object(&obj).unwrap_or_default()));
    }
    None
}

/// Where a run of `"key": value` members starting at `i` ends (after its last value) and how
/// many members it has, if at least one stands there. Values are strings, arrays, objects or
/// bare words (numbers, `true`); the JSON reader checks them after.
fn members_end(b: &[u8], mut i: usize) -> Option<(usize, usize)> {
    let stop = b.len().min(i + LONGEST);
    let ws = |mut j: usize| {
        while j < stop && b[j].is_ascii_whitespace() {
            j += 1;
        }
        j
    };
    let string_end = |j: usize| -> Option<usize> {
        let mut k = j + 1;
        while k < stop {
            match b[k] {
                b'\\' => k += 2,
                b'"' => return Some(k + 1),
                b'\n' => return None,
                _ => k += 1,
            }
        }
        None
    };
    let mut end = None;
    let mut n = 0usize;
    loop {
        if b.get(i) != Some(&b'"') {
            return end;
        }
        let Some(k) = string_end(i) else {
            return end;
        };
        let j = ws(k);
        if b.get(j) != Some(&b':') {
            return end;
        }
        let v = ws(j + 1);
        let ve = match b.get(v) {
            Some(b'"') => string_end(v),
            Some(b'[' | b'{') => {
                let close = token::outside_strings(&b[v..stop])
                    .scan(0i32, |d, (o, c)| {
                        match c {
                            b'[' | b'{' => *d += 1,
                            b']' | b'}' => *d -= 1,
                            _ => {}
                        }
                        Some((o, *d))
                    })
                    .find(|&(_, d)| d == 0);
                close.map(|(o, _)| v + o + 1)
            }
            Some(c) if c.is_ascii_alphanumeric() || *c == b'-' => {
                let mut e = v;
                while e < stop
                    && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'-' | b'+' | b'.'))
                {
                    e += 1;
                }
                // A sentence's full stop after the last value is no part of it.
                while e > v + 1 && b[e - 1] == b'.' {
                    e -= 1;
                }
                Some(e)
            }
            _ => None,
        };
        let Some(ve) = ve else {
            return end;
        };
        n += 1;
        end = Some((ve, n));
        let c = ws(ve);
        if b.get(c) != Some(&b',') {
            return end;
        }
        i = ws(c + 1);
    }
}

/// The object holding the key at `key` as one of its own members: its opening brace (one of
/// the nearest [`TRIES`] braces within [`BACK`] bytes before) and its closing brace.
fn enclosing_object(b: &[u8], key: usize) -> Option<(usize, usize)> {
    let from = key.saturating_sub(BACK);
    memchr::memrchr_iter(b'{', &b[from..key])
        .take(TRIES)
        .map(|o| from + o)
        .find_map(|open| close_of(b, open, key).map(|close| (open, close)))
}

/// The brace closing the object opened at `open`, when the key at `key` is one of its own
/// members (depth one, outside strings).
fn close_of(b: &[u8], open: usize, key: usize) -> Option<usize> {
    let (mut depth, mut member) = (0usize, false);
    let end = b.len().min(open + LONGEST);
    for (i, c) in token::outside_strings(&b[open..end]) {
        let i = open + i;
        if i == key {
            member = depth == 1;
            if !member {
                return None;
            }
        }
        match c {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return (c == b'}' && member).then_some(i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::Api;

    fn tokens(text: &str) -> Vec<(usize, usize, Api)> {
        read(text, 1_704_905_372)
            .into_iter()
            .map(|(s, e, k)| match k {
                ArtifactKind::Jwt(j) => (s, e, j.api),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn a_pasted_payload_is_read_as_a_token() {
        let text = "Decoded token:\n{\n  \"aud\": \"https://graph.microsoft.com\",\n  \"iss\": \"https://sts.windows.net/x/\",\n  \"roles\": [\"Mail.Send\"],\n  \"wids\": [{\"a\": \"}\"}]\n}\nA1 NO AUTHENTICATE failed.";
        let got = tokens(text);
        assert_eq!(got.len(), 1, "{got:?}");
        let (s, e, api) = got[0];
        assert_eq!((&text[s..s + 1], &text[e - 1..e]), ("{", "}"));
        assert!(text[s..e].contains("wids"));
        assert_eq!(api, Api::Graph);
    }

    /// Claims copied out of a decoder's view without the braces, on one line in prose or one per
    /// line, read as the members they are (up to the last value, a sentence's full stop left out).
    #[test]
    fn members_without_their_braces_are_read() {
        for (text, api, last) in [
            (
                "Decoded token: \"aud\": \"https://graph.microsoft.com\", \"roles\": [\"Mail.Read\"]. IMAP: A1 NO AUTHENTICATE failed.",
                Api::Graph,
                "]",
            ),
            (
                "\"roles\": [\"full_access_as_app\"],\n\"aud\": \"00000002-0000-0ff1-ce00-000000000000\",\n\"tid\": \"x\"\nIMAP login fails",
                Api::ExchangeOnline,
                "\"x\"",
            ),
            (
                "\"aud\": \"https://outlook.office365.com\", \"exp\": 1704909000.",
                Api::ExchangeOnline,
                "1704909000",
            ),
        ] {
            let got = tokens(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            let (s, e, a) = got[0];
            assert_eq!(a, api, "{text}");
            assert!(text[s..e].starts_with('"') && text[s..e].ends_with(last), "{}", &text[s..e]);
        }
    }

    #[test]
    fn objects_that_are_not_payloads_are_not_read() {
        for text in [
            // An audience in a configuration, no token claims beside it.
            r#"{"aud": "https://outlook.office365.com", "name": "mailer"}"#,
            // `aud` of a nested object, not of the outer one; only one claim beside it.
            r#"{"config": {"aud": "api://x", "iss": "y"}, "tid": "z"}"#,
            // `aud` inside a string.
            r#"{"note": "\"aud\": \"a\"", "iss": "x", "tid": "y"}"#,
            // A cut-off object, members without an audience or a claim beside it.
            r#"{"aud": "https://graph.microsoft.com", "iss": "x", "tid": "#,
            r#""roles": ["Mail.Read"], "tid": "x""#,
            r#"config: "aud": "api://x", "name": "mailer""#,
            // Members of another token (a federation assertion, an ID token, a service's own).
            r#""aud": ["api://AzureADTokenExchange"], "iss": "https://oidc.prod-aks.azure.com/x/", "sub": "system:serviceaccount:mail:relay""#,
            r#""aud": "6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b", "iss": "https://login.microsoftonline.com/x/v2.0", "preferred_username": "jane@contoso.com""#,
            r#"level=warn msg="token validation failed" "aud": "api://mailer-backend", "iss": "https://sts.windows.net/x/""#,
            // Told as what a token should hold, or as an older token's.
            r#"Your token must contain "aud": "https://outlook.office365.com", "roles": ["IMAP.AccessAsApp"]"#,
            r#"Our old token had "aud": "https://graph.microsoft.com", "roles": ["Mail.Read"]; the new one is right."#,
        ] {
            assert!(tokens(text).is_empty(), "{text}");
        }
    }
}
