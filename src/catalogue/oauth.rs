//! OAuth 2.0 as pastes show it: how a paste names the flow when it shows no token (the values
//! of a token request's `grant_type`, the words reports use for the flow), and the `error` words
//! of the token and authorization endpoints. The scanner reads these tables; the rules read the
//! evidence they make.

use super::CauseId as C;
use crate::evidence::{Grant, Program};
use crate::i18n::Text;
use crate::t;

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

/// Mail programs and token helpers that only ever sign a user in (none of them has an app-only
/// mode), with the words that name them in a paste, as written (case counts): the program's name
/// as its log lines start with it (`getmailrc: operation error …`, `fetchmail: …`), its
/// configuration file, its package. The scanner reads them as `program` artifacts; a name read in
/// a paste shows a user's own sign-in (with OAuth or a password, so not the OAuth flow as such:
/// `rules/ctx.rs`'s `user_program`). Left out on purpose: programs that also sign an app in
/// (Email OAuth 2.0 Proxy), and names that are ordinary words or host names (Outlook, Evolution,
/// Alpine); Thunderbird too, which reports name as the client that works ("it works in
/// Thunderbird") as often as the one that fails.
pub const USER_PROGRAMS: &[(Program, crate::catalogue::Words)] = &[
    (
        Program::Getmail,
        crate::words![
            "getmail",
            "getmail:",
            "getmail6",
            "getmailrc",
            "getmailrc:",
            "getmail_fetch",
            "getmail-gmail-xoauth-tokens"
        ],
    ),
    (
        Program::Fetchmail,
        crate::words!["fetchmail", "fetchmail:", "fetchmailrc", ".fetchmailrc"],
    ),
    (
        Program::Mbsync,
        crate::words!["mbsync", "mbsync:", ".mbsyncrc", "mbsyncrc", "isync"],
    ),
    (
        Program::Offlineimap,
        crate::words![
            "offlineimap",
            "offlineimap:",
            "offlineimap3",
            "OfflineIMAP",
            ".offlineimaprc"
        ],
    ),
    (
        Program::Msmtp,
        crate::words!["msmtp", "msmtp:", "msmtprc", ".msmtprc", "msmtpd"],
    ),
    (
        Program::Mpop,
        crate::words!["mpop", "mpop:", ".mpoprc", "mpoprc"],
    ),
    (
        Program::Mutt,
        crate::words![
            "mutt",
            "mutt:",
            "neomutt",
            "neomutt:",
            "NeoMutt",
            "muttrc",
            ".muttrc",
            "neomuttrc",
            "mutt_oauth2.py"
        ],
    ),
    (Program::Aerc, crate::words!["aerc", "aerc:"]),
    (
        Program::Himalaya,
        crate::words!["himalaya", "himalaya:", "Himalaya"],
    ),
    (
        Program::Davmail,
        crate::words!["davmail", "davmail:", "DavMail", "davmail.properties"],
    ),
    (
        Program::TokenHelper,
        crate::words!["oama", "oama:", "pizauth", "pizauth:", "mailctl", "oauth2ms"],
    ),
];

/// Path words of other endpoints that a URL can show where the identity platform expects the
/// tenant (`https://login.microsoftonline.com/me`: Graph's `/me` put on the login host; an
/// OpenID Connect path without the tenant before it). Such a URL names no tenant at all: the
/// client calls a wrong endpoint, not a tenant that does not exist. Compared without case.
pub const NOT_TENANT_PATHS: &[&str] = &[
    "me",
    "oauth2",
    "openid",
    "userinfo",
    "discovery",
    "token",
    "authorize",
    "users",
    "v1.0",
    "v2.0",
    "beta",
    ".well-known",
];

/// The application permissions of Exchange Online's mail protocols (every mail role an app-only
/// Exchange token can carry). Named alone (not inside a scope URL), one tells that a report is
/// about the app-only flow, the only flow that carries them. Compared without case.
pub const APP_ONLY_PERMISSIONS: &[&str] = &[
    "IMAP.AccessAsApp",
    "POP.AccessAsApp",
    "SMTP.SendAsApp",
    "EWS.AccessAsApp",
    "full_access_as_app",
];

/// Calls and classes of Microsoft's libraries that get a token, with the flow each one uses, as
/// code in a paste names them. For the app itself (client credentials): MSAL's
/// `AcquireTokenForClient` (.NET), `acquireTokenByClientCredential` (Node),
/// `ClientCredentialParameters` (Java), Azure.Identity's secret and certificate credentials (every
/// language; `Connect-MgGraph -ClientSecretCredential`), the Graph SDK's former
/// `ClientCredentialProvider`. For a user: the interactive, device-code, password and
/// on-behalf-of calls and credentials. Each name is read as a whole identifier at the end of a
/// word (`app.AcquireTokenForClient`, `new ClientSecretCredential`).
pub const LIBRARY_CALLS: &[(&str, Grant)] = &[
    ("AcquireTokenForClient", Grant::ClientCredentials),
    ("acquireTokenByClientCredential", Grant::ClientCredentials),
    ("ClientCredentialParameters", Grant::ClientCredentials),
    ("ClientSecretCredential", Grant::ClientCredentials),
    ("ClientCertificateCredential", Grant::ClientCredentials),
    ("ClientSecretCredentialBuilder", Grant::ClientCredentials),
    (
        "ClientCertificateCredentialBuilder",
        Grant::ClientCredentials,
    ),
    ("ClientCredentialProvider", Grant::ClientCredentials),
    ("AcquireTokenInteractive", Grant::AuthorizationCode),
    ("AcquireTokenByAuthorizationCode", Grant::AuthorizationCode),
    ("acquireTokenByCode", Grant::AuthorizationCode),
    ("acquireTokenPopup", Grant::AuthorizationCode),
    ("acquireTokenRedirect", Grant::AuthorizationCode),
    ("InteractiveBrowserCredential", Grant::AuthorizationCode),
    ("AuthorizationCodeCredential", Grant::AuthorizationCode),
    ("AcquireTokenWithDeviceCode", Grant::DeviceCode),
    ("acquireTokenByDeviceCode", Grant::DeviceCode),
    ("DeviceCodeCredential", Grant::DeviceCode),
    ("AcquireTokenByUsernamePassword", Grant::Password),
    ("acquireTokenByUsernamePassword", Grant::Password),
    ("UsernamePasswordCredential", Grant::Password),
    ("AcquireTokenOnBehalfOf", Grant::JwtBearer),
    ("acquireTokenOnBehalfOf", Grant::JwtBearer),
    ("OnBehalfOfCredential", Grant::JwtBearer),
];

/// The last four bytes of each name of [`LIBRARY_CALLS`], as one number each.
const LIBRARY_CALL_ENDS: [u32; LIBRARY_CALLS.len()] = {
    let mut ends = [0u32; LIBRARY_CALLS.len()];
    let mut i = 0;
    while i < ends.len() {
        let n = LIBRARY_CALLS[i].0.as_bytes();
        let l = n.len();
        ends[i] = u32::from_le_bytes([n[l - 4], n[l - 3], n[l - 2], n[l - 1]]);
        i += 1;
    }
    ends
};

/// The length of the shortest name of [`LIBRARY_CALLS`].
const LIBRARY_CALL_MIN: usize = {
    let mut min = usize::MAX;
    let mut i = 0;
    while i < LIBRARY_CALLS.len() {
        if LIBRARY_CALLS[i].0.len() < min {
            min = LIBRARY_CALLS[i].0.len();
        }
        i += 1;
    }
    min
};

/// The flow and the length of the name of [`LIBRARY_CALLS`] that `word` ends with as a whole
/// identifier. (A log's CamelCase words come here by the thousand: their last four bytes, one
/// number, are compared first; comparing each name's bytes cost the JSON records' benchmark 4 %.)
pub fn library_call(word: &[u8]) -> Option<(Grant, usize)> {
    let tail = word.get(word.len().checked_sub(4)?..)?;
    let end = u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]);
    if word.len() < LIBRARY_CALL_MIN || !LIBRARY_CALL_ENDS.contains(&end) {
        return None;
    }
    LIBRARY_CALLS.iter().find_map(|&(n, grant)| {
        let n = n.as_bytes();
        let at = word.len().checked_sub(n.len())?;
        let whole = at == 0 || !(word[at - 1].is_ascii_alphanumeric() || word[at - 1] == b'_');
        (whole && &word[at..] == n).then_some((grant, n.len()))
    })
}

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

/// An OAuth `error` word (RFC 6749, RFC 8628 and Entra's additions) and what it points to when
/// no AADSTS code says more.
pub struct OauthError {
    /// The word, as the endpoint writes it.
    pub word: &'static str,
    /// Whether the word is distinctive enough to be read alone in a line (`(invalid_client)`,
    /// `ErrorCode: invalid_grant`); the others only as the value of an `error` key.
    pub alone: bool,
    /// Read alone only after a label's colon, in brackets or alone on its line (`OAuth Error:
    /// access_denied`, `(access_denied)`), never in prose: a word that code and sentences also
    /// use (`the flag access_denied is set`).
    pub labelled: bool,
    /// Microsoft's descriptions of the word (the identity platform's authorization-code and
    /// device-code pages, and the German sign-in error page's table of `error` values; lower
    /// case, `|` between them; typographic and straight apostrophes
    /// are read alike), by which a description quoted without its word is read as it in a
    /// short paste; empty where none is documented.
    pub description: &'static str,
    /// What it means.
    pub meaning: Text,
    /// The causes it points to, with their confidence.
    pub causes: &'static [(C, f32)],
}

/// The `error` words of the token and authorization endpoints, and the bearer-token error of
/// the resources that take their tokens (RFC 6750).
pub const OAUTH_ERRORS: &[OauthError] = &[
    OauthError {
        word: "invalid_client",
        alone: true,
        labelled: false,
        description: "clientauthentifizierung fehlgeschlagen",
        meaning: t!(
            "the client's credential (secret or certificate) was refused, or the client is unknown",
            "die Anmeldeinformation des Clients (Schlüssel oder Zertifikat) wurde abgelehnt, oder der Client ist unbekannt"
        ),
        causes: &[(C::InvalidClientSecret, 0.45), (C::AppNotFoundInTenant, 0.3)],
    },
    OauthError {
        word: "invalid_scope",
        alone: true,
        labelled: false,
        description: "the scope requested by the app is invalid",
        meaning: t!(
            "the requested scope is invalid, unknown or malformed for this flow",
            "der angeforderte Bereich (scope) ist für diesen Ablauf ungültig, unbekannt oder falsch geformt"
        ),
        causes: &[(C::InvalidScope, 0.75)],
    },
    OauthError {
        word: "unauthorized_client",
        alone: true,
        labelled: false,
        description: "the client application isn't permitted to request an authorization code|the authenticated client isn't authorized to use this authorization grant type|zur verwendung dieses autorisierungsgewährungstyps nicht autorisiert",
        meaning: t!(
            "the client may not use this grant type (not registered there, or not allowed the flow)",
            "der Client darf diesen Grant-Typ nicht verwenden (dort nicht registriert oder für den Ablauf nicht zugelassen)"
        ),
        causes: &[(C::AppNotFoundInTenant, 0.45), (C::ClientTypeMismatch, 0.3)],
    },
    OauthError {
        word: "invalid_grant",
        alone: true,
        labelled: false,
        description: "the authorization code or pkce code verifier is invalid or has expired",
        meaning: t!(
            "the grant (a password, a refresh token, a code) was refused: expired, revoked or wrong",
            "die Berechtigung (Passwort, Aktualisierungstoken, Code) wurde abgelehnt: abgelaufen, widerrufen oder falsch"
        ),
        causes: &[(C::TokenExpiredOrCached, 0.45), (C::InvalidUserCredentialsRopc, 0.35)],
    },
    OauthError {
        word: "invalid_request",
        alone: false,
        labelled: false,
        description: "protocol error, such as a missing required parameter",
        meaning: t!(
            "the request lacks a parameter, repeats one or is malformed",
            "der Anforderung fehlt ein Parameter, sie wiederholt einen oder ist falsch geformt"
        ),
        causes: &[(C::MalformedTokenRequest, 0.55)],
    },
    OauthError {
        word: "unsupported_grant_type",
        alone: true,
        labelled: false,
        description: "the authorization server doesn't support the authorization grant type|unterstützt den autorisierungsgewährungstyp nicht",
        meaning: t!(
            "the endpoint does not support this grant type (misspelt, sent as JSON instead of a form, or a password grant to /common or /consumers)",
            "der Endpunkt unterstützt diesen Grant-Typ nicht (falsch geschrieben, als JSON statt als Formular gesendet oder ein Passwort-Grant an /common oder /consumers)"
        ),
        causes: &[(C::MalformedTokenRequest, 0.6), (C::WrongEndpointOrCloud, 0.25)],
    },
    OauthError {
        word: "interaction_required",
        alone: true,
        labelled: false,
        description: "the request requires user interaction",
        meaning: t!(
            "the sign-in needs the user (another factor, a policy): a non-interactive flow cannot complete it",
            "die Anmeldung braucht den Benutzer (weiterer Faktor, eine Richtlinie): ein nicht interaktiver Ablauf kann sie nicht abschließen"
        ),
        causes: &[(C::MfaRequiredRopc, 0.45), (C::ConditionalAccessBlock, 0.4)],
    },
    OauthError {
        word: "consent_required",
        alone: true,
        labelled: false,
        description: "the request requires user consent",
        meaning: t!(
            "the permissions requested have not been consented",
            "den angeforderten Berechtigungen wurde nicht zugestimmt"
        ),
        causes: &[(C::ConsentMissing, 0.8)],
    },
    OauthError {
        word: "access_denied",
        // Read alone too ("OAuth Error: access_denied", "Anmeldung abgelehnt: access_denied": an
        // application passing on the authorize redirect's error).
        alone: true,
        labelled: true,
        description: "resource owner denied consent",
        meaning: t!(
            "the authorization was refused: the user or the administrator declined consent, or a policy denied it",
            "die Autorisierung wurde verweigert: Benutzer oder Administrator haben die Zustimmung abgelehnt, oder eine Richtlinie hat sie verweigert"
        ),
        causes: &[(C::ConsentMissing, 0.5)],
    },
    OauthError {
        word: "permission_denied",
        alone: false,
        labelled: false,
        description: "",
        meaning: t!(
            "the administrator did not approve the permissions (the admin consent request was cancelled)",
            "der Administrator hat die Berechtigungen nicht genehmigt (die Anforderung der Administratorzustimmung wurde abgebrochen)"
        ),
        causes: &[(C::ConsentMissing, 0.6)],
    },
    OauthError {
        word: "invalid_resource",
        alone: true,
        labelled: false,
        description: "the target resource is invalid because it doesn't exist|die zielressource ist ungültig",
        meaning: t!(
            "the resource requested does not exist in the tenant or is not configured there",
            "die angeforderte Ressource gibt es im Mandanten nicht, oder sie ist dort nicht eingerichtet"
        ),
        causes: &[(C::ResourceNotFound, 0.75)],
    },
    // ADAL's and MSAL's own error words for what the token endpoint answered (Microsoft's
    // active-directory-error-docs: one page per word).
    OauthError {
        word: "invalid_tenant",
        alone: true,
        labelled: false,
        description: "this error occurs when your tenantid isn't valid",
        meaning: t!(
            "the tenant ID (or domain) the client uses is not valid",
            "die vom Client verwendete Mandanten-ID (oder Domäne) ist ungültig"
        ),
        causes: &[(C::TenantNotFound, 0.75)],
    },
    OauthError {
        word: "user_account_not_found",
        alone: true,
        labelled: false,
        description: "this error occurs when we can't find a user's account",
        meaning: t!(
            "the user's account was not found: it does not exist in the tenant named, or the tenant is wrong or cannot be told from the request",
            "das Konto des Benutzers wurde nicht gefunden: es gibt es im genannten Mandanten nicht, oder der Mandant ist falsch bzw. geht aus der Anforderung nicht hervor"
        ),
        causes: &[(C::TenantNotFound, 0.45), (C::InvalidUserCredentialsRopc, 0.35)],
    },
    OauthError {
        word: "user_strong_auth_client_auth_n_required",
        alone: true,
        labelled: false,
        description: "a user is required to do multi-factor authentication",
        meaning: t!(
            "the user must complete multi-factor authentication, which a sign-in without a user present (password or refresh flow) cannot do",
            "der Benutzer muss die mehrstufige Authentifizierung abschließen, was eine Anmeldung ohne anwesenden Benutzer (Kennwort- oder Aktualisierungsablauf) nicht kann"
        ),
        causes: &[(C::MfaRequiredRopc, 0.6), (C::ConditionalAccessBlock, 0.3)],
    },
    OauthError {
        word: "graph_user_unauthorized",
        alone: true,
        labelled: false,
        description: "permissions that only administrators can grant",
        meaning: t!(
            "the app asks for permissions that only an administrator can grant (or user consent is turned off): an administrator must grant them for the organisation",
            "die App verlangt Berechtigungen, die nur ein Administrator erteilen kann (oder die Benutzerzustimmung ist abgeschaltet): ein Administrator muss sie für die Organisation erteilen"
        ),
        causes: &[(C::ConsentMissing, 0.75)],
    },
    OauthError {
        word: "bad_verification_code",
        alone: true,
        labelled: false,
        description: "the device_code sent to the /token endpoint wasn't recognized",
        meaning: t!(
            "the device code sent to the token endpoint was not recognised",
            "der an den Token-Endpunkt gesendete Gerätecode wurde nicht erkannt"
        ),
        causes: &[(C::MalformedTokenRequest, 0.55)],
    },
    OauthError {
        word: "expired_token",
        alone: false,
        labelled: false,
        description: "value of expires_in has been exceeded",
        meaning: t!(
            "the device code expired before the user finished signing in: start the flow again",
            "der Gerätecode ist abgelaufen, bevor der Benutzer die Anmeldung abgeschlossen hat: starten Sie den Ablauf neu"
        ),
        causes: &[(C::TokenExpiredOrCached, 0.5)],
    },
    OauthError {
        word: "temporarily_unavailable",
        alone: true,
        labelled: false,
        description: "the server is temporarily too busy to handle the request",
        meaning: t!(
            "the endpoint is overloaded or in maintenance; try again later",
            "der Endpunkt ist überlastet oder in Wartung; versuchen Sie es später erneut"
        ),
        causes: &[(C::ServiceSideIncident, 0.5)],
    },
    OauthError {
        word: "server_error",
        alone: false,
        labelled: false,
        description: "the server encountered an unexpected error",
        meaning: t!(
            "the endpoint failed on its side",
            "der Endpunkt ist auf seiner Seite gescheitert"
        ),
        causes: &[(C::ServiceSideIncident, 0.5)],
    },
    // RFC 6750 §3.1: "expired, revoked, malformed, or invalid for other reasons"; an API's 401
    // (Outlook REST, Graph's gateways) names it in its body or WWW-Authenticate.
    OauthError {
        word: "invalid_token",
        alone: true,
        labelled: false,
        description: "",
        meaning: t!(
            "the API refused the bearer token as invalid: expired, revoked, malformed or not meant for it",
            "die API lehnte das Bearer-Token als ungültig ab: abgelaufen, widerrufen, fehlerhaft oder nicht für sie bestimmt"
        ),
        causes: &[(C::TokenExpiredOrCached, 0.45), (C::WrongTokenAudience, 0.35)],
    },
];

/// The row of `word` (compared without case), if it is an OAuth `error` word.
pub fn oauth_error(word: &str) -> Option<&'static OauthError> {
    OAUTH_ERRORS
        .iter()
        .find(|e| e.word.eq_ignore_ascii_case(word))
}

/// The row whose documented description the lower-cased line `lower` holds.
pub fn oauth_error_by_description(lower: &[u8]) -> Option<&'static OauthError> {
    OAUTH_ERRORS.iter().find(|e| {
        !e.description.is_empty()
            && e.description
                .split('|')
                .filter(|d| !d.is_empty())
                .any(|d| crate::secrets::find_bytes(lower, d.as_bytes()).is_some())
    })
}

/// The row of `word` (as written in a line), if it is an OAuth `error` word read alone.
pub fn oauth_error_alone(word: &[u8]) -> Option<&'static OauthError> {
    OAUTH_ERRORS
        .iter()
        .find(|e| e.alone && word == e.word.as_bytes())
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
        let cc = Grant::ClientCredentials;
        assert_eq!(library_call(b"app.AcquireTokenForClient"), Some((cc, 21)));
        assert_eq!(library_call(b"-ClientSecretCredential"), Some((cc, 22)));
        assert_eq!(library_call(b"ClientCertificateCredential"), Some((cc, 27)));
        assert_eq!(library_call(b"MyClientSecretCredential"), None);
        assert_eq!(library_call(b"ClientSecretCredentialX"), None);
        assert_eq!(
            library_call(b"DeviceCodeCredential"),
            Some((Grant::DeviceCode, 20))
        );
        assert_eq!(
            library_call(b"app.AcquireTokenInteractive"),
            Some((Grant::AuthorizationCode, 23))
        );
        assert!(is_app_only_permission(b"imap.accessasapp"));
        assert!(!is_app_only_permission(b"IMAP.AccessAsUser.All"));
    }
}
