//! How a paste names the OAuth flow when it shows no token: the values of a token request's
//! `grant_type`, and the words reports use for the flow. The scanner reads these tables; the
//! rules read the flow from the evidence they make.

use crate::evidence::Grant;

/// The values of `grant_type` (RFC 6749 and its extensions), as written.
pub const GRANT_VALUES: &[(&str, Grant)] = &[
    ("client_credentials", Grant::ClientCredentials),
    ("password", Grant::Password),
    ("authorization_code", Grant::AuthorizationCode),
    ("refresh_token", Grant::RefreshToken),
    (
        "urn:ietf:params:oauth:grant-type:device_code",
        Grant::DeviceCode,
    ),
    ("device_code", Grant::DeviceCode),
    (
        "urn:ietf:params:oauth:grant-type:jwt-bearer",
        Grant::JwtBearer,
    ),
];

/// Application permissions named alone (not inside a scope URL): a report that names one is
/// about the app-only flow, the only flow that carries them. Compared without case.
pub const APP_ONLY_PERMISSIONS: &[&str] = &[
    "IMAP.AccessAsApp",
    "POP.AccessAsApp",
    "SMTP.SendAsApp",
    "EWS.AccessAsApp",
    "full_access_as_app",
];

/// The grant `value` names (quotes, a trailing `,`/`;` and URL encoding of the colons
/// tolerated), if it is one of [`GRANT_VALUES`].
pub fn grant_of(value: &[u8]) -> Option<Grant> {
    let v = value
        .strip_suffix(b",")
        .or_else(|| value.strip_suffix(b";"))
        .unwrap_or(value);
    GRANT_VALUES.iter().find_map(|&(name, g)| {
        let n = name.as_bytes();
        let plain = v.eq_ignore_ascii_case(n);
        // `urn%3Aietf%3Aparams…` in a form body.
        let encoded = || {
            n.contains(&b':') && {
                let mut i = 0;
                let mut ok = true;
                for &c in n {
                    if c == b':' {
                        ok &= v
                            .get(i..i + 3)
                            .is_some_and(|e| e.eq_ignore_ascii_case(b"%3A"));
                        i += 3;
                    } else {
                        ok &= v.get(i).is_some_and(|b| b.eq_ignore_ascii_case(&c));
                        i += 1;
                    }
                    if !ok {
                        return false;
                    }
                }
                i == v.len()
            }
        };
        (plain || encoded()).then_some(g)
    })
}

/// Whether `word` (a scope's last path segment or a word alone) is an application permission
/// of [`APP_ONLY_PERMISSIONS`].
pub fn is_app_only_permission(word: &[u8]) -> bool {
    APP_ONLY_PERMISSIONS
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grant_values_are_read_as_written_and_form_encoded() {
        assert_eq!(
            grant_of(b"client_credentials"),
            Some(Grant::ClientCredentials)
        );
        assert_eq!(
            grant_of(b"client_credentials,"),
            Some(Grant::ClientCredentials)
        );
        assert_eq!(grant_of(b"Password"), Some(Grant::Password));
        assert_eq!(
            grant_of(b"urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"),
            Some(Grant::JwtBearer)
        );
        assert_eq!(
            grant_of(b"urn:ietf:params:oauth:grant-type:device_code"),
            Some(Grant::DeviceCode)
        );
        assert_eq!(grant_of(b"client_credential"), None);
        assert_eq!(grant_of(b"urn%3Aietf"), None);
        assert_eq!(grant_of(b""), None);
        assert!(is_app_only_permission(b"imap.accessasapp"));
        assert!(!is_app_only_permission(b"IMAP.AccessAsUser.All"));
    }
}
