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
    for key in memchr::memmem::find_iter(b, b"\"aud\"") {
        if key < done {
            continue;
        }
        let Some((open, close)) = enclosing_object(b, key) else {
            continue;
        };
        let Ok((members, _)) = token::parse_object(&b[open..=close]) else {
            continue;
        };
        let audience = members
            .iter()
            .any(|(k, v)| k == "aud" && (v.is_string() || v.is_array()));
        let claims = members
            .iter()
            .filter(|(k, _)| CLAIM_KEYS.contains(k))
            .count();
        if !audience || claims < 2 {
            continue;
        }
        done = close + 1;
        let jwt = token::claims_token(members, close + 1 - open, now);
        out.push((open, close + 1, ArtifactKind::Jwt(Box::new(jwt))));
    }
    out
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

    #[test]
    fn objects_that_are_not_payloads_are_not_read() {
        for text in [
            // An audience in a configuration, no token claims beside it.
            r#"{"aud": "https://outlook.office365.com", "name": "mailer"}"#,
            // `aud` of a nested object, not of the outer one; only one claim beside it.
            r#"{"config": {"aud": "api://x", "iss": "y"}, "tid": "z"}"#,
            // `aud` inside a string.
            r#"{"note": "\"aud\": \"a\"", "iss": "x", "tid": "y"}"#,
            // Not an object at all, and a cut-off one.
            r#""aud": "https://graph.microsoft.com", "iss": "x", "tid": "y""#,
            r#"{"aud": "https://graph.microsoft.com", "iss": "x", "tid": "#,
        ] {
            assert!(tokens(text).is_empty(), "{text}");
        }
    }
}
