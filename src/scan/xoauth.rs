//! XOAUTH2 SASL strings: `base64("user=" + user + "\x01auth=Bearer " + token + "\x01\x01")`.

use super::token::b64_decode;
use crate::catalogue::decode::DecodeNote;
use crate::evidence::{DecodeProblem, XoauthDefect};

/// The parts of a decoded XOAUTH2 string.
#[derive(Clone)]
pub struct XoauthParts {
    /// `user=` value.
    pub user: Option<String>,
    /// Scheme word in `auth=`.
    pub scheme: Option<String>,
    /// The token after the scheme.
    pub token: Option<String>,
    /// Defects found.
    pub defects: Vec<XoauthDefect>,
    /// Decoded text with control bytes shown as `^A` and the signature dropped.
    pub visible: String,
}

/// Outcome of decoding a base64 blob that should be XOAUTH2.
#[derive(Clone)]
pub enum BlobOutcome {
    /// It decoded and looks like XOAUTH2.
    Parsed(XoauthParts),
    /// It is not XOAUTH2 text (offset in blob, reason, what kind of problem).
    NotXoauth(usize, DecodeNote, DecodeProblem),
}

fn push(defects: &mut Vec<XoauthDefect>, d: XoauthDefect) {
    if !defects.contains(&d) {
        defects.push(d);
    }
}

/// Decodes a base64 blob (already joined when it was wrapped) and parses it.
pub fn decode_blob(blob: &[u8], wrapped: bool) -> BlobOutcome {
    let mut defects = Vec::new();
    if wrapped {
        push(&mut defects, XoauthDefect::LineBreaks);
    }
    let url = blob.iter().any(|&c| c == b'-' || c == b'_');
    if url {
        push(&mut defects, XoauthDefect::UrlSafeAlphabet);
    }
    let d = b64_decode(blob, url);
    if let Some((off, reason)) = &d.problem {
        if *reason == DecodeNote::TextAfterPadding {
            push(&mut defects, XoauthDefect::TrailingJunk);
        } else if d.bytes.len() < 8 {
            return BlobOutcome::NotXoauth(*off, reason.clone(), DecodeProblem::Invalid);
        }
    }
    let mut bytes = d.bytes;
    // Encoded twice? (Only base64 of `user=` can be: it starts with `d`.)
    let first = bytes.iter().find(|c| !c.is_ascii_whitespace());
    let trimmed: Vec<u8> = if first == Some(&b'd') {
        bytes
            .iter()
            .copied()
            .filter(|c| !c.is_ascii_whitespace())
            .collect()
    } else {
        Vec::new()
    };
    if trimmed.len() >= 8
        && trimmed.iter().all(|&c| super::text::is_b64_any(c))
        && trimmed.starts_with(b"dXNlcj")
    {
        let inner = b64_decode(&trimmed, trimmed.iter().any(|&c| c == b'-' || c == b'_'));
        if inner.bytes.starts_with(b"user=") {
            push(&mut defects, XoauthDefect::DoubleBase64);
            bytes = inner.bytes;
        }
    }
    if !(bytes.starts_with(b"user=") || find_sub(&bytes, b"auth=").is_some()) {
        let shown = String::from_utf8_lossy(&bytes[..bytes.len().min(24)]).into_owned();
        return BlobOutcome::NotXoauth(
            0,
            DecodeNote::NotXoauth(visible_ctrl(&shown)),
            DecodeProblem::WrongContent,
        );
    }
    BlobOutcome::Parsed(parse_text(&bytes, defects))
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    super::text::find(h, n)
}

/// Shows control characters as caret notation (`\x01` → `^A`).
pub fn visible_ctrl(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_visible(&mut out, s);
    out
}

/// Appends `s` to `out` in caret notation.
fn push_visible(out: &mut String, s: &str) {
    let mut rest = s;
    // Control characters are single ASCII bytes, never part of a longer UTF-8 sequence: copy the
    // runs between them whole.
    while let Some(p) = rest.bytes().position(|c| c < 0x20 || c == 0x7f) {
        out.push_str(&rest[..p]);
        let c = rest.as_bytes()[p];
        if c == 0x7f {
            out.push_str("^?");
        } else {
            out.push('^');
            out.push(char::from(b'@' + c));
        }
        rest = &rest[p + 1..];
    }
    out.push_str(rest);
}

/// Parses the decoded (or literally pasted) XOAUTH2 text.
pub fn parse_text(bytes: &[u8], mut defects: Vec<XoauthDefect>) -> XoauthParts {
    let text = String::from_utf8_lossy(bytes).into_owned();
    // Which separator is used?
    let has_ctrl_a = text.contains('\u{1}');
    let literal = || {
        ["^A", "\\x01", "\\u0001", "\\001", "<CTRL-A>", "\\1"]
            .iter()
            .find(|l| text.contains(**l))
            .copied()
    };
    let sep: String = if has_ctrl_a {
        "\u{1}".into()
    } else if let Some(l) = literal() {
        push(&mut defects, XoauthDefect::MissingSeparator);
        push(&mut defects, XoauthDefect::LiteralSeparatorText);
        l.into()
    } else if text.contains('\n') {
        push(&mut defects, XoauthDefect::MissingSeparator);
        push(&mut defects, XoauthDefect::NewlineSeparator);
        "\n".into()
    } else {
        push(&mut defects, XoauthDefect::MissingSeparator);
        " ".into()
    };
    let user = text.strip_prefix("user=").map(|rest| {
        let r = rest.as_bytes();
        let end = find_sub(r, sep.as_bytes())
            .or_else(|| find_sub(r, b"auth="))
            .unwrap_or(rest.len());
        rest[..end]
            .trim_end_matches(&['\r', '\n', ' '][..])
            .to_string()
    });
    if user.is_none() {
        push(&mut defects, XoauthDefect::MissingUser);
    }
    let auth_at = find_sub(text.as_bytes(), b"auth=");
    let (mut scheme, mut token, mut tail) = (None, None, "");
    if let Some(a) = auth_at {
        let rest = &text[a + 5..];
        let end = find_sub(rest.as_bytes(), sep.as_bytes()).unwrap_or(rest.len());
        let field = rest[..end].trim_end_matches(&['\r', '\n'][..]);
        tail = &rest[end..];
        if let Some(t) = field.strip_prefix("Bearer ") {
            scheme = Some("Bearer".to_string());
            token = Some(t.trim().to_string());
        } else {
            push(&mut defects, XoauthDefect::MissingBearer);
            let mut parts = field.splitn(2, &[' ', '\t'][..]);
            let first = parts.next().unwrap_or("");
            match parts.next() {
                Some(t) => {
                    scheme = Some(first.to_string());
                    token = Some(t.trim().to_string());
                }
                None => {
                    // `auth=eyJ…` or `auth=Bearer` alone.
                    if first.eq_ignore_ascii_case("bearer") {
                        scheme = Some(first.to_string());
                    } else if !first.is_empty() {
                        token = Some(first.to_string());
                    }
                }
            }
        }
    } else {
        push(&mut defects, XoauthDefect::MissingBearer);
    }
    if auth_at.is_some() {
        let sep2 = format!("{sep}{sep}");
        if tail.starts_with(sep2.as_str()) {
            let after = &tail[sep2.len()..];
            if !after.trim_matches(['\r', '\n', ' ', '\0']).is_empty() {
                push(&mut defects, XoauthDefect::TrailingJunk);
            }
        } else if sep != " " {
            push(&mut defects, XoauthDefect::MissingTrailer);
        } else if !tail.trim().is_empty() {
            push(&mut defects, XoauthDefect::TrailingJunk);
        }
    }
    if let Some(t) = &token {
        let segs = memchr::memchr_iter(b'.', t.as_bytes()).count() + 1;
        if !(t.starts_with("eyJ") && (segs == 3 || segs == 5 || segs == 2)) {
            push(&mut defects, XoauthDefect::TokenNotJwt);
        }
    }
    let visible = make_visible(&text, token.as_deref());
    XoauthParts {
        user,
        scheme,
        token,
        defects,
        visible,
    }
}

fn make_visible(text: &str, token: Option<&str>) -> String {
    let Some(t) = token.filter(|t| !t.is_empty()) else {
        return visible_ctrl(text);
    };
    // The first occurrence of the token is replaced (as `replacen(t, …, 1)` would); caret
    // notation maps characters one by one, so the pieces are shown in turn.
    let Some(p) = super::text::find(text.as_bytes(), t.as_bytes()) else {
        return visible_ctrl(text);
    };
    let replacement =
        if t.starts_with("eyJ") && memchr::memchr_iter(b'.', t.as_bytes()).count() >= 2 {
            let mut parts = t.split('.');
            let h = parts.next().unwrap_or("");
            let p = parts.next().unwrap_or("");
            format!("{h}.{p}.[signature removed]")
        } else {
            super::token::opaque_prefix(t)
        };
    let mut shown = String::with_capacity(text.len());
    push_visible(&mut shown, &text[..p]);
    push_visible(&mut shown, &replacement);
    push_visible(&mut shown, &text[p + t.len()..]);
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_the_documented_vector() {
        let blob = b"dXNlcj10ZXN0QGNvbnRvc28ub25taWNyb3NvZnQuY29tAWF1dGg9QmVhcmVyIEV3QkFBbDNCQUFVRkZwVUFvN0ozVmUwYmpMQldaV0NjbFJDM0VvQUEBAQ==";
        let BlobOutcome::Parsed(p) = decode_blob(blob, false) else {
            panic!("not parsed");
        };
        assert_eq!(p.user.as_deref(), Some("test@contoso.onmicrosoft.com"));
        assert_eq!(p.scheme.as_deref(), Some("Bearer"));
        assert_eq!(
            p.token.as_deref(),
            Some("EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA")
        );
        assert_eq!(p.defects, vec![XoauthDefect::TokenNotJwt]);
        assert_eq!(
            p.visible,
            "user=test@contoso.onmicrosoft.com^Aauth=Bearer EwBAAl3B…^A^A"
        );
    }
}
