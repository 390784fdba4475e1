//! Safe values for generated PowerShell: single-quoted literals, comment text, and validation of
//! the GUIDs, addresses and domain names that go into commands.
//!
//! PowerShell treats four typographic characters as single quotes besides `'` (U+2018 ‘, U+2019 ’,
//! U+201A ‚, U+201B ‛). Inside a single-quoted string nothing is special except those five; each
//! one is escaped by writing it twice. [`ps_single_quoted`] doubles every one of them, so no input
//! can end the literal early.

/// The characters PowerShell accepts as a single quote.
pub const SINGLE_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];

/// The characters PowerShell accepts as a double quote.
pub const DOUBLE_QUOTES: [char; 4] = ['"', '\u{201C}', '\u{201D}', '\u{201E}'];

/// Whether `c` ends a PowerShell single-quoted string.
pub fn is_single_quote(c: char) -> bool {
    SINGLE_QUOTES.contains(&c)
}

/// Whether `c` ends a PowerShell double-quoted string.
pub fn is_double_quote(c: char) -> bool {
    DOUBLE_QUOTES.contains(&c)
}

/// The body of a single-quoted literal for `s`: every quote character doubled, nothing else changed.
pub fn ps_escape_single(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        if is_single_quote(c) {
            out.push(c);
        }
        out.push(c);
    }
    out
}

/// `s` as a PowerShell single-quoted literal (`'…'`) that evaluates to exactly `s`.
pub fn ps_single_quoted(s: &str) -> String {
    format!("'{}'", ps_escape_single(s))
}

/// `s` as a PowerShell expression that evaluates to exactly `s` and is pure ASCII: a single-quoted
/// literal when `s` is ASCII, else `('…' + [char]0x… + '…')` with every non-ASCII UTF-16 unit
/// written as a `[char]` code. A script made of these reads the same whatever encoding
/// Windows PowerShell 5.1 assumes for a file without a byte order mark (where the UTF-8 bytes of
/// some characters would otherwise turn into typographic quotes).
pub fn ps_ascii_expression(s: &str) -> String {
    if s.is_ascii() {
        return ps_single_quoted(s);
    }
    let mut parts: Vec<String> = Vec::new();
    let mut run = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            parts.push(ps_single_quoted(&run));
            run.clear();
        }
        let mut units = [0u16; 2];
        for u in c.encode_utf16(&mut units) {
            parts.push(format!("[char]0x{:04X}", u));
        }
    }
    if !run.is_empty() {
        parts.push(ps_single_quoted(&run));
    }
    // `[char] + [char]` would add numbers: start with a string.
    if !parts.first().is_some_and(|p| p.starts_with('\'')) {
        parts.insert(0, "''".to_string());
    }
    format!("({})", crate::i18n::Joined::joined(&parts[..], " + "))
}

/// Whether `c` would end a comment line or hide text in a terminal (line breaks, control and
/// bidirectional formatting characters).
fn is_unsafe_in_comment(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Text that is safe inside a `#` comment line: line breaks, control and bidi characters become a
/// space, and it is cut to at most `max` characters (with `…`).
pub fn comment_safe(s: &str, max: usize) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| if is_unsafe_in_comment(c) { ' ' } else { c })
        .collect();
    let cleaned = cleaned.trim();
    if cleaned.chars().count() <= max {
        cleaned.to_string()
    } else {
        let mut cut: String = cleaned.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// A display name fit for a literal: control and bidi characters dropped, whitespace collapsed,
/// at most 256 characters. `None` when nothing is left.
pub fn clean_display_name(s: &str) -> Option<String> {
    let mut out = String::new();
    for word in s
        .split(|c: char| c.is_whitespace() || is_unsafe_in_comment(c))
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let out: String = out.chars().take(256).collect();
    if out.is_empty() {
        None
    } else {
        Some(out)
    }
}

/// The GUID in `s` in lower case, when `s` (trimmed, braces allowed) is exactly one GUID.
pub fn normalize_guid(s: &str) -> Option<String> {
    let t = s.trim();
    let t = t
        .strip_prefix('{')
        .and_then(|x| x.strip_suffix('}'))
        .unwrap_or(t);
    let groups: Vec<&str> = t.split('-').collect();
    let lens = [8usize, 4, 4, 4, 12];
    if groups.len() != lens.len() {
        return None;
    }
    for (g, len) in groups.iter().zip(lens) {
        if g.len() != len || !g.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
    }
    Some(t.to_ascii_lowercase())
}

/// Whether `s` is a GUID (see [`normalize_guid`]).
pub fn is_guid(s: &str) -> bool {
    normalize_guid(s).is_some()
}

/// Whether `s` is a DNS domain name with at least two labels and an alphabetic (or `xn--`) top level.
pub fn is_domain(s: &str) -> bool {
    if s.is_empty() || s.len() > 253 {
        return false;
    }
    let labels: Vec<&str> = s.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    if !labels.iter().all(|l| label_ok(l)) {
        return false;
    }
    let tld = labels.last().copied().unwrap_or_default();
    (tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())) || tld.starts_with("xn--")
}

/// The address in lower case, when `s` (trimmed, `<…>` allowed) is one plain mailbox address
/// (`local@domain`, RFC 5321 dot-atom local part, no quoted local parts, no comments).
pub fn normalize_address(s: &str) -> Option<String> {
    let t = s.trim();
    let t = t
        .strip_prefix('<')
        .and_then(|x| x.strip_suffix('>'))
        .unwrap_or(t);
    if t.len() > 254 {
        return None;
    }
    let (local, domain) = crate::i18n::rsplit_once_ascii(t, b'@')?;
    if local.is_empty() || local.len() > 64 || local.starts_with('.') || local.ends_with('.') {
        return None;
    }
    if local.contains("..") {
        return None;
    }
    let local_ok = local
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~.-".contains(&b));
    if !local_ok || !is_domain(domain) {
        return None;
    }
    Some(t.to_ascii_lowercase())
}

/// Whether `s` is one plain mailbox address (see [`normalize_address`]).
pub fn is_address(s: &str) -> bool {
    normalize_address(s).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_table() {
        let rows: &[(&str, &str)] = &[
            ("", "''"),
            ("abc", "'abc'"),
            ("O'Brien", "'O''Brien'"),
            ("a‘b’c‚d‛e", "'a‘‘b’’c‚‚d‛‛e'"),
            ("$(Remove-Item x)", "'$(Remove-Item x)'"),
            ("`n\"x\"", "'`n\"x\"'"),
            ("''", "''''''"),
        ];
        for (input, want) in rows {
            assert_eq!(ps_single_quoted(input), *want, "input {input:?}");
        }
    }

    #[test]
    fn ascii_expression_table() {
        let rows: &[(&str, &str)] = &[
            ("DMS Importer", "'DMS Importer'"),
            ("O'Brien", "'O''Brien'"),
            ("Prië", "('Pri' + [char]0x00EB)"),
            ("‘x’", "('' + [char]0x2018 + 'x' + [char]0x2019)"),
            ("a😀", "('a' + [char]0xD83D + [char]0xDE00)"),
        ];
        for (input, want) in rows {
            assert_eq!(ps_ascii_expression(input), *want, "input {input:?}");
        }
    }

    #[test]
    fn guid_table() {
        let rows: &[(&str, Option<&str>)] = &[
            (
                "6233FBA6-0198-4277-892F-9275BF728BCC",
                Some("6233fba6-0198-4277-892f-9275bf728bcc"),
            ),
            (
                "{6233fba6-0198-4277-892f-9275bf728bcc}",
                Some("6233fba6-0198-4277-892f-9275bf728bcc"),
            ),
            (
                " 6233fba6-0198-4277-892f-9275bf728bcc ",
                Some("6233fba6-0198-4277-892f-9275bf728bcc"),
            ),
            ("6233fba6-0198-4277-892f-9275bf728bc", None),
            ("6233fba6-0198-4277-892f-9275bf728bcg", None),
            ("6233fba601984277892f9275bf728bcc", None),
            ("6233fba6-0198-4277-892f-9275bf728bcc'", None),
            ("", None),
            ("DEINE-APP-CLIENT-ID", None),
        ];
        for (input, want) in rows {
            assert_eq!(normalize_guid(input).as_deref(), *want, "input {input:?}");
        }
    }

    #[test]
    fn address_table() {
        let rows: &[(&str, Option<&str>)] = &[
            ("docscan@contoso.com", Some("docscan@contoso.com")),
            (
                "DocScan@Contoso.onmicrosoft.com",
                Some("docscan@contoso.onmicrosoft.com"),
            ),
            ("<info@contoso.de>", Some("info@contoso.de")),
            ("o'brien@contoso.com", Some("o'brien@contoso.com")),
            ("XXXXXXXX@...", None),
            ("user@localhost", None),
            ("a@b.c", None),
            ("a..b@contoso.com", None),
            (".a@contoso.com", None),
            ("a b@contoso.com", None),
            ("a@contoso.com'; Remove-Mailbox x; '", None),
            ("a@-contoso.com", None),
            (
                "ziel-email@deine-domain.de",
                Some("ziel-email@deine-domain.de"),
            ),
            ("", None),
            ("@contoso.com", None),
        ];
        for (input, want) in rows {
            assert_eq!(
                normalize_address(input).as_deref(),
                *want,
                "input {input:?}"
            );
        }
    }

    #[test]
    fn comment_table() {
        let rows: &[(&str, usize, &str)] = &[
            ("plain", 20, "plain"),
            ("line1\nRemove-Item x", 40, "line1 Remove-Item x"),
            ("a\r\u{2028}b\u{202E}c", 40, "a  b c"),
            ("abcdefghij", 5, "abcd…"),
        ];
        for (input, max, want) in rows {
            assert_eq!(comment_safe(input, *max), *want, "input {input:?}");
        }
    }

    #[test]
    fn display_name_table() {
        let rows: &[(&str, Option<&str>)] = &[
            ("DMS Importer", Some("DMS Importer")),
            ("  DMS\n\tImporter ", Some("DMS Importer")),
            ("\u{202E}\n", None),
            ("O'Brien’s app", Some("O'Brien’s app")),
        ];
        for (input, want) in rows {
            assert_eq!(
                clean_display_name(input).as_deref(),
                *want,
                "input {input:?}"
            );
        }
    }
}
