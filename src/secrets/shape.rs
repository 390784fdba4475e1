//! The shapes of values and key names: what is a secret key, a placeholder, a GUID, a
//! secret-shaped string.

use super::*;

/// Names (lower case) that end a secret key.
pub(super) const SECRET_KEYS: &[&[u8]] = &[
    b"secret",
    b"password",
    b"passwd",
    b"pwd",
    b"pass",
    // A certificate file's pass phrase.
    b"passphrase",
    b"pass_phrase",
];

/// Password words of languages that write compounds closed (German `Passwort`, `Kennwort`,
/// Danish and Norwegian `passord`): they end a secret key whatever stands before them
/// (`Anwendungskennwort`, `Postfachpasswort`, `Epostpassord`).
const CLOSED_KEYS: &[&[u8]] = &[b"passwort", b"kennwort", b"passord"];

/// Characters of an Entra client secret.
pub(super) fn is_secret_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'~')
}

/// Per byte: whether it is a base64url character.
static B64URL: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
        i += 1;
    }
    t
};

/// Characters of a JWT part (base64url): one table lookup, for the masker's and the scanner's
/// walks over tokens (`scan::text` re-exports it).
pub(crate) fn is_b64url(c: u8) -> bool {
    B64URL[c as usize]
}

/// The end of a base64 run starting at `s`.
pub(super) fn base64_end(b: &[u8], s: usize, le: usize) -> usize {
    let mut e = s;
    while e < le && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'+' | b'/' | b'=')) {
        e += 1;
    }
    e
}

/// Byte length of a typographic quote character at `i` (‘ ’ ‚ ‛ “ ” „), else of an ASCII quote (1)
/// or 0.
pub(super) fn quote_len(b: &[u8], i: usize) -> usize {
    if is_typographic_quote_start(b, i, b.len()) {
        3
    } else if matches!(b.get(i), Some(b'"' | b'\'')) {
        1
    } else {
        0
    }
}

/// PowerShell reads ‘ ’ ‚ ‛ (U+2018–U+201B) and “ ” „ (U+201C–U+201E) as quotes.
pub(super) fn is_typographic_quote_start(b: &[u8], i: usize, le: usize) -> bool {
    i + 2 < le.min(b.len()) && b[i] == 0xE2 && b[i + 1] == 0x80 && matches!(b[i + 2], 0x98..=0x9E)
}

/// Lower-case key names that join words without a visible boundary.
pub(super) const COMPOUND_KEYS: crate::catalogue::Words = crate::words![
    "clientsecret",
    "appsecret",
    "apisecret",
    "smtppassword",
    "imappassword",
    "mailpassword",
    "userpassword",
    "certpassword",
    "certificatepassword",
];

/// A key name (as written, and lower-cased) that names a secret: it ends in a secret word
/// that starts the name, follows `_`/`-`/`.`, or starts a capitalised part (`clientSecret`);
/// so `bypass` or `compass` are not keys.
pub(super) fn is_secret_key(key: &[u8], lower: &[u8]) -> bool {
    let name = lower.trim_start_matches_dashes();
    if COMPOUND_KEYS
        .iter()
        .any(|k| name == k.as_bytes() || name.ends_with_sep(k.as_bytes()))
    {
        return true;
    }
    if CLOSED_KEYS.iter().any(|k| lower.ends_with(k)) {
        return true;
    }
    SECRET_KEYS.iter().any(|k| {
        if !lower.ends_with(k) {
            return false;
        }
        let at = lower.len() - k.len();
        // A capitalised part after a lower-case letter (`clientSecret`) or after an acronym
        // (`PEMPassPhrase`: the part's second letter is lower case).
        at == 0
            || matches!(lower[at - 1], b'_' | b'-' | b'.')
            || key[at].is_ascii_uppercase()
                && (key[at - 1].is_ascii_lowercase()
                    || key.get(at + 1).is_some_and(u8::is_ascii_lowercase))
    })
}

/// Small helpers on lower-cased key names.
pub(super) trait KeyName {
    fn trim_start_matches_dashes(&self) -> &[u8];
    fn ends_with_sep(&self, k: &[u8]) -> bool;
}

impl KeyName for [u8] {
    fn trim_start_matches_dashes(&self) -> &[u8] {
        let n = self.iter().take_while(|&&c| c == b'-').count();
        &self[n..]
    }

    fn ends_with_sep(&self, k: &[u8]) -> bool {
        self.len() > k.len()
            && self.ends_with(k)
            && matches!(self[self.len() - k.len() - 1], b'_' | b'-' | b'.')
    }
}

/// Values that are not secrets: variables, placeholders, masked values, GUIDs.
pub(super) fn is_placeholder(v: &[u8]) -> bool {
    let Some(&first) = v.first() else {
        return true;
    };
    // A variable or expression (`$secret`, `${env:X}`, `(Get-Secret)`, `@{…}`), a template
    // (`{secret}`, `{{secret}}`, `<CLIENT_SECRET>`), a redaction (`[REDACTED]`). Older Entra
    // secrets may start with `[` or `@`: only an enclosed word counts.
    if matches!(first, b'$' | b'{' | b'<' | b'(') || v.starts_with(b"@{") || v.starts_with(b"@(") {
        return true;
    }
    // (A bare value ends before `]`, so the closing bracket may be missing.)
    if first == b'['
        && v[1..]
            .iter()
            .all(|&c| c.is_ascii_alphabetic() || matches!(c, b'_' | b' ' | b'-' | b']'))
    {
        return true;
    }
    // `%NAME%` (a Windows environment variable), not `%2A%23…` (URL encoding).
    if first == b'%'
        && v.len() > 2
        && v.last() == Some(&b'%')
        && v[1..v.len() - 1]
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'_')
        && !v[1..3].iter().all(u8::is_ascii_hexdigit)
    {
        return true;
    }
    if v.iter()
        .all(|&c| c == MASK || c == b'.' || c == b'x' || c == b'X')
    {
        return true;
    }
    if v.starts_with("…".as_bytes()) || v.starts_with("•".as_bytes()) {
        return true;
    }
    is_guid(v)
}

/// Whether `v` is a GUID (8-4-4-4-12 hex digits).
pub fn is_guid(v: &[u8]) -> bool {
    let Ok(v) = <&[u8; 36]>::try_from(v) else {
        return false;
    };
    #[cfg(target_arch = "x86_64")]
    {
        // Natively the first 32 places sixteen at a time with vector compares (SSE2), the
        // last four by their classes.
        let (h0, d0) = hex_dash16(&v[..16]);
        let (h1, d1) = hex_dash16(&v[16..32]);
        let tail = GUID_CLASS[usize::from(v[32])]
            & GUID_CLASS[usize::from(v[33])]
            & GUID_CLASS[usize::from(v[34])]
            & GUID_CLASS[usize::from(v[35])];
        // Dashes at 8 and 13 of the first sixteen, at 18 and 23 (2 and 7 of the next).
        const D0: u32 = 1 << 8 | 1 << 13;
        const D1: u32 = 1 << 2 | 1 << 7;
        d0 == D0 && d1 == D1 && h0 == 0xffff & !D0 && h1 == 0xffff & !D1 && tail == 1
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        // Each byte's class (hex digit, dash, other) against the class its place wants, without a
        // branch per byte: a log's request ids are tested by the thousand.
        let mut wrong = 0u8;
        let mut i = 0;
        while i < 36 {
            wrong |= GUID_CLASS[usize::from(v[i])] ^ GUID_SHAPE[i];
            i += 1;
        }
        wrong == 0
    }
}

/// A bit per byte of `q` (16 bytes) that is a hex digit, and one per byte that is a dash.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn hex_dash16(q: &[u8]) -> (u32, u32) {
    use core::arch::x86_64::*;
    assert!(q.len() >= 16);
    // SAFETY: SSE2 is part of x86_64; the load reads the 16 bytes of `q` checked above.
    unsafe {
        let v = _mm_loadu_si128(q.as_ptr() as *const __m128i);
        let set = |c: u8| _mm_set1_epi8(c as i8);
        let within = crate::secrets::within16;
        let hex = _mm_or_si128(
            within(v, b'0', 10),
            within(_mm_or_si128(v, set(0x20)), b'a', 6),
        );
        let dash = _mm_cmpeq_epi8(v, set(b'-'));
        (
            _mm_movemask_epi8(hex) as u32,
            _mm_movemask_epi8(dash) as u32,
        )
    }
}

/// The class [`is_guid`] gives a byte: 1 a hex digit, 2 a dash, 0 any other.
static GUID_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_hexdigit() {
            1
        } else if c == b'-' {
            2
        } else {
            0
        };
        i += 1;
    }
    t
};

/// The class each place of a GUID wants: dashes at 8, 13, 18 and 23, hex digits elsewhere.
#[cfg(not(target_arch = "x86_64"))]
const GUID_SHAPE: [u8; 36] = {
    let mut t = [1u8; 36];
    t[8] = 2;
    t[13] = 2;
    t[18] = 2;
    t[23] = 2;
    t
};

/// A literal argument of a credential constructor that is not the secret: a user name (an
/// e-mail address or `DOMAIN\user`), a host or tenant name, a GUID.
pub(super) fn benign_literal(v: &[u8]) -> bool {
    if is_guid(v) {
        return true;
    }
    let email = v.iter().filter(|&&c| c == b'@').count() == 1
        && v.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'@' | b'.' | b'-' | b'_' | b'+'))
        && v.rsplit(|&c| c == b'@')
            .next()
            .is_some_and(|d| d.contains(&b'.'));
    let host = v.contains(&b'.')
        && v.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'-'))
        && v.last().is_some_and(u8::is_ascii_lowercase);
    let domain_user = v.contains(&b'\\')
        && v.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'\\' | b'.' | b'-' | b'_'));
    email || host || domain_user
}

/// Whether `v` starts as a URI does: a scheme (a letter, then letters, digits, `+`, `.` or `-`)
/// and `://`. An older secret may hold `://` after its punctuation (`=A0*]…Aa://aa?==a`).
fn uri(v: &[u8]) -> bool {
    memchr::memmem::find(v, b"://").is_some_and(|i| {
        v.first().is_some_and(u8::is_ascii_alphabetic)
            && v[..i]
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-'))
    })
}

/// Shaped like a client secret rather than a client id: 16 to 48 characters without blanks,
/// not a GUID, not a URI, with an Entra secret's `Q~`, or mixing letters and digits with the
/// punctuation of older secrets.
pub(super) fn secret_shaped(v: &[u8]) -> bool {
    if !(16..=48).contains(&v.len()) || is_guid(v) || v.iter().any(|c| c.is_ascii_whitespace()) {
        return false;
    }
    if uri(v) || v.starts_with(b"api:") {
        return false;
    }
    if memchr::memmem::find(v, b"Q~").is_some() {
        return true;
    }
    let upper = v.iter().any(u8::is_ascii_uppercase);
    let lower = v.iter().any(u8::is_ascii_lowercase);
    let digit = v.iter().any(u8::is_ascii_digit);
    let punct = v.iter().any(|c| {
        matches!(
            c,
            b'?' | b'='
                | b'@'
                | b':'
                | b'['
                | b']'
                | b'/'
                | b'+'
                | b'*'
                | b'~'
                | b'_'
                | b'.'
                | b'-'
        )
    });
    upper && lower && digit && punct
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_uri_is_no_secret_but_a_secret_holding_a_scheme_separator_is() {
        assert!(!secret_shaped(b"https://Outlook.office365.com/1.default"));
        assert!(!secret_shaped(b"api://Contoso-App1/x_y"));
        // An older secret's punctuation before `://`: no scheme.
        assert!(secret_shaped(b"=A0*]=_]-0a*_]_AAa000Aa://aa?==a"));
    }

    proptest::proptest! {
        /// A GUID is 36 bytes, dashes at 8, 13, 18 and 23 and hex digits elsewhere, whatever
        /// bytes stand where: the test by classes says what a test byte by byte says.
        #[test]
        fn is_guid_is_the_shape(
            bytes in proptest::collection::vec(
                proptest::sample::select(b"0a9fAFgG-_ \x80".to_vec()),
                34..38,
            ),
            dashes in proptest::bool::ANY,
        ) {
            let mut v = bytes;
            if dashes && v.len() >= 24 {
                for i in [8, 13, 18, 23] {
                    v[i] = b'-';
                }
            }
            let plain = v.len() == 36
                && v.iter().enumerate().all(|(i, &c)| {
                    if matches!(i, 8 | 13 | 18 | 23) {
                        c == b'-'
                    } else {
                        c.is_ascii_hexdigit()
                    }
                });
            proptest::prop_assert_eq!(is_guid(&v), plain);
        }
    }

    #[test]
    fn guids_and_near_guids() {
        assert!(is_guid(b"0b7f5c9e-1c2d-4e5f-9a8b-000000000000"));
        assert!(is_guid(b"0B7F5C9E-1C2D-4E5F-9A8B-ABCDEFABCDEF"));
        assert!(!is_guid(b"0b7f5c9e-1c2d-4e5f-9a8b-00000000000g"));
        assert!(!is_guid(b"0b7f5c9e-1c2d-4e5f-9a8b0-00000000000"));
        assert!(!is_guid(b"0b7f5c9e-1c2d-4e5f-9a8b-0000000000000"));
        assert!(!is_guid(b""));
    }
}
