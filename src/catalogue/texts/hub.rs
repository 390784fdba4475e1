//! The reasons the rules give for the candidates behind a bare authentication failure
//! (`rules/mail/hub.rs`) and a bare EWS 401 (`rules/client.rs`), in English and German.
//!
//! A reason states as fact only what the paste shows. Where the paste shows no token, the
//! token-side candidates read as candidates ("a candidate: …; no token is shown in your paste"),
//! and each says how often public reports with the same evidence had it (`RANK_CASE`, `RANK_FAMILY`, counted in
//! [`crate::catalogue::priors`]). Placeholders: `{what}` (the failure: `LogonDenied` or "the authentication failure"),
//! `{proto}` (the protocol, or "the mail server"), `{by}` (German: "von IMAP", "vom Mailserver"),
//! `{roles}` (the token's roles), `{role}` (the permission the protocol needs), `{name}` (EWS or
//! Microsoft Graph).

use super::Matcher;
use crate::i18n::ReplaceAll;
use crate::i18n::Text;
use crate::t;
use crate::words;

/// Enhanced status codes that name the cause themselves: a client error quoting one is not a bare
/// failure (lower case).
pub const NAMED_REPLIES: &[&str] = &["5.7.139", "5.7.60", "5.7.30"];

/// A client error that is a bare authentication failure (lower case): a library's exception or
/// message for a refused sign-in that names no cause. The rows of
/// [`super::BARE_FAILURE`] count too.
pub const CLIENT_AUTH_FAILURE: Matcher = Matcher {
    any: words![
        "badcredentials",
        "authenticationfailed",
        "authentication failed",
        "authenticationexception",
        // Python's SMTPAuthenticationError and other libraries' AuthenticationError.
        "authenticationerror",
        "invalid login",
        "authenticate failed",
        "auth failed",
        "535 5.7.3",
        "401 unauthorized",
        "(401) unauthorized",
        // Microsoft Graph SDKs (Kiota) and HTTP clients naming the status alone.
        "failed to deserialize: 401",
        "status code 401",
        // Webklex php-imap: AuthFailedException, rethrown as ConnectionFailedException
        // "connection setup failed".
        "authfailedexception",
        "connection setup failed",
        // PHPMailer: "SMTP Error: Could not authenticate."
        "could not authenticate",
        // exchangelib: UnauthorizedError "Invalid credentials for <EWS URL>".
        "invalid credentials for",
    ],
    all: words![],
    none: words![
        "5.7.139",
        "5.7.60",
        "5.7.30",
        // .NET's refused TLS handshake and its untrusted certificate, not a refused sign-in.
        "remote party has closed the transport stream",
        "remote certificate is invalid",
        "transportstream",
    ],
};

/// The failure, when it is Exchange's `LogonDenied` detail.
pub const WHAT_LOGON: Text = t!("LogonDenied", "LogonDenied");
/// The failure, otherwise.
pub const WHAT_GENERIC: Text = t!("the authentication failure", "der Authentifizierungsfehler");
/// The protocol, when none is known.
pub const PROTO_UNKNOWN: Text = t!("the mail server", "der Mailserver");

/// A valid app-only Exchange token is shown (a fact of the paste).
pub const TOKEN_OK: Text = t!(
    "the token is a valid app-only Exchange Online token with roles [{roles}], so the refusal comes from Exchange itself",
    "das Token ist ein gültiges App-only-Token für Exchange Online mit roles [{roles}], die Ablehnung kommt also von Exchange selbst"
);
/// No service principal, with a valid token shown.
pub const SP_WITH_TOKEN: Text = t!(
    "{what} with a valid Exchange token: Exchange Online may not know the app's service principal (New-ServicePrincipal not run)",
    "{what} bei gültigem Exchange-Token: Exchange Online kennt den Dienstprinzipal der App eventuell nicht (New-ServicePrincipal nicht ausgeführt)"
);
/// No service principal, without a token shown.
pub const SP_CANDIDATE: Text = t!(
    "{what}: a candidate if the token itself is right – Exchange Online does not know the app's service principal (New-ServicePrincipal not run); no token is shown in your paste",
    "{what}: ein Kandidat, falls das Token selbst stimmt – Exchange Online kennt den Dienstprinzipal der App nicht (New-ServicePrincipal nicht ausgeführt); in Ihrem Einfügetext ist kein Token zu sehen"
);
/// No service principal, with a token shown that is not recognisably a valid app-only one.
pub const SP_UNCERTAIN: Text = t!(
    "{what}: a candidate – Exchange Online may not know the app's service principal (New-ServicePrincipal not run)",
    "{what}: ein Kandidat – Exchange Online kennt den Dienstprinzipal der App eventuell nicht (New-ServicePrincipal nicht ausgeführt)"
);
/// No FullAccess for the service principal.
pub const MAILBOX_CANDIDATE: Text = t!(
    "{what}: a candidate – the service principal may have no FullAccess on the mailbox (Add-MailboxPermission)",
    "{what}: ein Kandidat – der Dienstprinzipal hat eventuell keinen Vollzugriff auf das Postfach (Add-MailboxPermission)"
);
/// New-ServicePrincipal ran without an error (a fact of the paste).
pub const SP_DONE: Text = t!(
    "New-ServicePrincipal was run without an error, with the service principal's object id",
    "New-ServicePrincipal lief ohne Fehler und mit der Objekt-ID des Dienstprinzipals"
);
/// New-ServicePrincipal shown with real values and no error after it, with no token to check
/// its object id against.
pub const SP_RUN: Text = t!(
    "New-ServicePrincipal is shown with real values and no error after it (likely run)",
    "New-ServicePrincipal ist mit echten Werten und ohne Fehler danach zu sehen (wohl ausgeführt)"
);
/// The scope shown asks Exchange Online for the token: the Graph trap is not what the paste shows.
pub const AUDIENCE_SCOPE_EXCHANGE: Text = t!(
    "the scope shown asks Exchange Online, not Graph, for the token",
    "der gezeigte Bereich fordert das Token von Exchange Online an, nicht von Graph"
);
/// The paste tells the token's audience is Exchange Online: the Graph trap is not what it tells.
pub const AUDIENCE_TOLD_EXCHANGE: Text = t!(
    "the paste tells the token's audience (aud) is Exchange Online, not Graph",
    "der Text sagt, dass die Zielgruppe (aud) des Tokens Exchange Online ist, nicht Graph"
);
/// Add-MailboxPermission ran without an error (a fact of the paste).
pub const PERMISSION_DONE: Text = t!(
    "Add-MailboxPermission was run without an error; check that -Identity is the mailbox in user=",
    "Add-MailboxPermission lief ohne Fehler; prüfen Sie, ob -Identity das Postfach aus user= ist"
);
/// Add-MailboxPermission shown with real values, full access and no error after it, with no
/// token to check against.
pub const PERMISSION_RUN: Text = t!(
    "Add-MailboxPermission is shown with real values, full access and no error after it (likely run); check that -Identity is the mailbox the service opens",
    "Add-MailboxPermission ist mit echten Werten, Vollzugriff und ohne Fehler danach zu sehen (wohl ausgeführt); prüfen Sie, ob -Identity das Postfach ist, das der Dienst öffnet"
);
/// The wrong object id given to New-ServicePrincipal.
pub const OBJECT_ID_CANDIDATE: Text = t!(
    "if New-ServicePrincipal was given the App registration's object id (or the client id), Exchange has no usable service principal",
    "wurde New-ServicePrincipal die Objekt-ID der App-Registrierung (oder die Client-ID) übergeben, hat Exchange keinen brauchbaren Dienstprinzipal"
);
/// A recent permission change not applied yet.
pub const REPLICATION_CANDIDATE: Text = t!(
    "a permission added minutes ago may not be applied yet (up to 60 minutes)",
    "eine vor wenigen Minuten erteilte Berechtigung ist eventuell noch nicht wirksam (bis zu 60 Minuten)"
);
/// The protocol switched off on the mailbox.
pub const PROTOCOL_CANDIDATE: Text = t!(
    "{proto} may be disabled on this mailbox (Get-CASMailbox)",
    "{proto} ist auf diesem Postfach eventuell deaktiviert (Get-CASMailbox)"
);
/// The account disabled or blocked.
pub const ACCOUNT_CANDIDATE: Text = t!(
    "the mailbox's user account may be disabled or blocked from sign-in",
    "das Benutzerkonto des Postfachs ist eventuell deaktiviert oder für die Anmeldung gesperrt"
);
/// A user token: user= must be the user's mailbox.
pub const DELEGATED_USER: Text = t!(
    "with a user token, user= must be that user's mailbox or one they have FullAccess on",
    "mit einem Benutzertoken muss user= das Postfach dieses Benutzers sein oder eines, auf das er Vollzugriff hat"
);
/// A user token: no FullAccess for the user.
pub const DELEGATED_MAILBOX: Text = t!(
    "the user may have no FullAccess on the mailbox named in user=",
    "der Benutzer hat eventuell keinen Vollzugriff auf das in user= genannte Postfach"
);
/// The mailbox missing or unlicensed.
pub const UNLICENSED_CANDIDATE: Text = t!(
    "the mailbox may not exist in Exchange Online or lack a licence",
    "das Postfach existiert eventuell nicht in Exchange Online oder hat keine Lizenz"
);
/// A token for Graph, without a token shown.
pub const AUDIENCE_CANDIDATE: Text = t!(
    "a candidate: {proto} rejects a token requested for Microsoft Graph instead of Exchange Online (https://outlook.office365.com); no token is shown in your paste",
    "ein Kandidat: {proto} lehnt ein Token ab, das für Microsoft Graph statt für Exchange Online (https://outlook.office365.com) angefordert wurde; in Ihrem Einfügetext ist kein Token zu sehen"
);
/// Nothing in the paste shows OAuth: a password sign-in is one of the candidates.
pub const BASIC_CANDIDATE: Text = t!(
    "a candidate: nothing in your paste shows OAuth (no token, XOAUTH2, token endpoint or OAuth wording), and a client that still signs in with a password is refused by {proto} since basic authentication was turned off",
    "ein Kandidat: nichts in Ihrem Einfügetext zeigt OAuth (kein Token, kein XOAUTH2, kein Token-Endpunkt, keine OAuth-Begriffe), und ein Client, der sich noch mit Kennwort anmeldet, wird {by} abgelehnt, seit die Standardauthentifizierung abgeschaltet ist"
);
/// Words in a failure's text that show an OAuth sign-in.
pub const OAUTH_WORDS: &[&str] = &["oauth", "xoauth2", "bearer", "token", "modern auth"];
/// The protocol's application permission missing.
pub const ROLE_CANDIDATE: Text = t!(
    "an app-only token without the application permission {role} (with admin consent) is rejected by {proto}",
    "ein App-only-Token ohne die Anwendungsberechtigung {role} (mit Administratorzustimmung) wird {by} abgelehnt"
);
/// A stale or expired token.
pub const EXPIRED_CANDIDATE: Text = t!(
    "a token fetched before the last fix (or an expired one) may still be sent",
    "eventuell wird noch ein Token gesendet, das vor der letzten Korrektur geholt wurde (oder abgelaufen ist)"
);
/// user= must be the token's mailbox.
pub const USER_CANDIDATE: Text = t!(
    "user= in the XOAUTH2 string must be the mailbox the token (or its permissions) is for",
    "user= in der XOAUTH2-Zeichenfolge muss das Postfach sein, für das das Token bzw. seine Berechtigungen gelten"
);

/// Graph/EWS refused a valid app-only token (the token is shown).
pub const API_POLICY_WITH_TOKEN: Text = t!(
    "{name} refused a valid app-only token: an application access policy or RBAC for Applications scope may exclude this mailbox",
    "{name} hat ein gültiges App-only-Token abgelehnt: eine Anwendungszugriffsrichtlinie oder ein Bereich von RBAC für Anwendungen schließt dieses Postfach eventuell aus"
);
/// The token carries the permission (a fact of the paste).
pub const API_TOKEN_HAS_ROLE: Text = t!(
    "the token carries the application permission",
    "das Token trägt die Anwendungsberechtigung"
);
/// A delegated caller without a right on the mailbox.
pub const API_MAILBOX_CANDIDATE: Text = t!(
    "or the identity has no right on the mailbox addressed",
    "oder die Identität hat kein Recht auf das angesprochene Postfach"
);
/// A token without the API's permission, without a token shown.
pub const API_ROLE_CANDIDATE: Text = t!(
    "a candidate: the token may lack the permission the call needs (an app-only token: full_access_as_app or Mail.* as an application permission with admin consent; a user token: the delegated scope); no token is shown in your paste",
    "ein Kandidat: dem Token fehlt eventuell die Berechtigung, die der Aufruf braucht (ein App-only-Token: full_access_as_app bzw. Mail.* als Anwendungsberechtigung mit Administratorzustimmung; ein Benutzertoken: der delegierte Scope); in Ihrem Einfügetext ist kein Token zu sehen"
);
/// A caller without a right on another mailbox, without a token shown.
pub const API_OTHER_MAILBOX_CANDIDATE: Text = t!(
    "a candidate: the identity may have no right on the mailbox it opens (a user opening another user's or a shared mailbox needs FullAccess; an administrator has none by default)",
    "ein Kandidat: die Identität hat eventuell kein Recht auf das Postfach, das sie öffnet (ein Benutzer braucht für das Postfach eines anderen oder ein freigegebenes Postfach FullAccess; ein Administrator hat standardmäßig keines)"
);
/// The API of an HTTP 401 that does not say which one it is.
pub const API_EWS_OR_GRAPH: &str = "EWS / Microsoft Graph";
/// EWS app-only without impersonation.
pub const API_IMPERSONATION: Text = t!(
    "app-only EWS calls need the ExchangeImpersonation header (or X-AnchorMailbox) naming the mailbox",
    "App-only-Aufrufe an EWS brauchen den Header ExchangeImpersonation (bzw. X-AnchorMailbox) mit dem Postfach"
);
/// An expired token refused by the API.
pub const API_EXPIRED: Text = t!(
    "{name} also answers this way to an expired token",
    "{name} antwortet so auch auf ein abgelaufenes Token"
);
/// A token for another API, without a token shown.
pub const API_AUDIENCE_CANDIDATE: Text = t!(
    "a candidate: {name} refuses a token issued for another API; no token is shown in your paste",
    "ein Kandidat: {name} lehnt ein Token ab, das für eine andere API ausgestellt wurde; in Ihrem Einfügetext ist kein Token zu sehen"
);
/// The mailbox addressed does not exist.
pub const API_MISSING_MAILBOX: Text = t!(
    "or the mailbox addressed does not exist in Exchange Online",
    "oder das angesprochene Postfach existiert nicht in Exchange Online"
);

/// A call on `/me` in a paste whose sign-in is app-only (a grant or a token shows it).
pub const ME_CALL_APP_ONLY: Text = t!(
    "the paste calls /me, the signed-in user's mailbox, and its sign-in is app-only (client credentials): an app-only token has no user, so the call must name the mailbox, /users/<mailbox>/…",
    "der Einfügetext ruft /me auf, das Postfach des angemeldeten Benutzers, und die Anmeldung ist App-only (Clientanmeldeinformationen): ein App-only-Token hat keinen Benutzer, der Aufruf muss also das Postfach nennen, /users/<Postfach>/…"
);
/// The app-only sign-in beside a call on `/me`.
pub const ME_CALL_FLOW: Text = t!(
    "the app-only sign-in (client credentials) the call on /me is made with",
    "die App-only-Anmeldung (Clientanmeldeinformationen), mit der /me aufgerufen wird"
);
/// A call on `/me` beside signs of an app-only setup, the flow not shown.
pub const ME_CALL_CANDIDATE: Text = t!(
    "the paste calls /me, the signed-in user's mailbox, beside signs of an app-only setup (a client secret, a .default scope) and no user sign-in: if the app signs in as itself (client credentials), /me has no user; name the mailbox, /users/<mailbox>/… (not shown in your paste: the flow)",
    "der Einfügetext ruft /me auf, das Postfach des angemeldeten Benutzers, neben Zeichen einer App-only-Einrichtung (ein geheimer Clientschlüssel, ein .default-Bereich) und ohne Benutzeranmeldung: meldet sich die App als sie selbst an (Clientanmeldeinformationen), hat /me keinen Benutzer; das Postfach nennen, /users/<Postfach>/… (in Ihrem Einfügetext nicht zu sehen: der Ablauf)"
);

/// EWS 401, without a token shown.
pub const EWS_401_AUDIENCE: Text = t!(
    "EWS answered 401: a candidate is a token requested for Microsoft Graph (e.g. scope User.Read) instead of https://outlook.office365.com; no token is shown in your paste",
    "EWS antwortete mit 401: ein Kandidat ist ein Token, das für Microsoft Graph (z. B. Bereich User.Read) statt für https://outlook.office365.com angefordert wurde; in Ihrem Einfügetext ist kein Token zu sehen"
);
/// EWS 401: a token without the EWS permission.
pub const EWS_401_ROLE: Text = t!(
    "or the token lacks full_access_as_app (app-only) / EWS.AccessAsUser.All (delegated)",
    "oder dem Token fehlt full_access_as_app (App-only) bzw. EWS.AccessAsUser.All (delegiert)"
);
/// EWS 401: an expired token.
pub const EWS_401_EXPIRED: Text = t!("or the token has expired", "oder das Token ist abgelaufen");

/// A cause the public reports showed behind the same kind of failure, with no rule of its own
/// here: `{title}` is the cause's title.
pub const REPORTED_CANDIDATE: Text = t!(
    "{what}: a candidate – {title}; nothing in your paste shows it",
    "{what}: ein Kandidat – {title}; Ihr Einfügetext zeigt nichts davon"
);
/// Why a candidate ranks where it does: `{n}` of `{m}` labelled public reports of the same kind
/// (protocol and token situation) had this cause.
pub const RANK_CASE: Text = t!(
    "ranked by public reports: the confirmed cause in {n} of {m} reports of the same kind (same protocol, same token situation)",
    "Rang nach öffentlichen Berichten: die bestätigte Ursache in {n} von {m} Berichten derselben Art (dasselbe Protokoll, dieselbe Lage beim Token)"
);
/// The same, counted over every bare failure of the family (the mail protocols and an unnamed
/// one, or EWS and Graph), when fewer than three reports are of the same kind.
pub const RANK_FAMILY: Text = t!(
    "ranked by public reports: the confirmed cause in {n} of {m} reports of a bare authentication failure (fewer than three of the same kind)",
    "Rang nach öffentlichen Berichten: die bestätigte Ursache in {n} von {m} Berichten über einen bloßen Authentifizierungsfehler (weniger als drei derselben Art)"
);
/// Why a candidate ranks where it does, when no labelled report of the family is counted.
pub const RANK_EVEN: Text = t!(
    "no public report with this evidence is counted yet: the candidates rank evenly",
    "noch kein öffentlicher Bericht mit diesem Befund gezählt: die Kandidaten stehen gleichauf"
);

/// Every reason of this module, for the catalogue's bilingual checks.
pub const ALL: &[Text] = &[
    WHAT_GENERIC,
    PROTO_UNKNOWN,
    TOKEN_OK,
    SP_WITH_TOKEN,
    SP_CANDIDATE,
    SP_UNCERTAIN,
    MAILBOX_CANDIDATE,
    SP_DONE,
    SP_RUN,
    AUDIENCE_SCOPE_EXCHANGE,
    AUDIENCE_TOLD_EXCHANGE,
    PERMISSION_DONE,
    PERMISSION_RUN,
    OBJECT_ID_CANDIDATE,
    REPLICATION_CANDIDATE,
    PROTOCOL_CANDIDATE,
    ACCOUNT_CANDIDATE,
    DELEGATED_USER,
    DELEGATED_MAILBOX,
    UNLICENSED_CANDIDATE,
    AUDIENCE_CANDIDATE,
    ROLE_CANDIDATE,
    EXPIRED_CANDIDATE,
    USER_CANDIDATE,
    API_POLICY_WITH_TOKEN,
    API_TOKEN_HAS_ROLE,
    API_MAILBOX_CANDIDATE,
    API_IMPERSONATION,
    API_EXPIRED,
    API_AUDIENCE_CANDIDATE,
    API_MISSING_MAILBOX,
    ME_CALL_APP_ONLY,
    ME_CALL_CANDIDATE,
    ME_CALL_FLOW,
    EWS_401_AUDIENCE,
    EWS_401_ROLE,
    EWS_401_EXPIRED,
    REPORTED_CANDIDATE,
    RANK_CASE,
    RANK_FAMILY,
    RANK_EVEN,
];

/// `t` in both languages with each `{key}` replaced by its English and German value.
pub fn fill(t: Text, vars: &[(&str, &str, &str)]) -> (String, String) {
    let (mut en, mut de) = (t.en().to_string(), t.de().to_string());
    for (key, e, d) in vars {
        en = en.replace_all(key, e);
        de = de.replace_all(key, d);
    }
    (en, de)
}

/// Marks of a value left as instructions write it (`<client-id>`, `{AppId}`, `YOUR_APP_ID`,
/// `yourdomain.com`, `ServicePrincipal_ID`, `mailbox@example.com`, an all-zero GUID), lower case: a setup command
/// holding one was shown, not run. (A `$variable` other than `$true` and `$false` is one too.)
pub const PLACEHOLDER_MARKS: &[&str] = &[
    "<",
    "{",
    "your_",
    "your-",
    "yourdomain",
    "yourtenant",
    "yourapp",
    "example",
    "_id",
    "00000000-0000-0000-0000-000000000000",
];

/// Hosts of a scope that asks Exchange Online for the token (lower case).
pub const EXCHANGE_SCOPE_HOSTS: &[&str] = &[
    "outlook.office365.",
    "outlook.office.com",
    "ps.outlook.com",
    "partner.outlook.cn",
];

/// Permission names a scope may hold without its resource, read as Microsoft Graph's (lower
/// case): beside them a scope does not ask Exchange Online alone.
pub const GRAPH_PERMISSION_MARKS: &[&str] = &["mail.", "user.read", ".accessasuser", "smtp.send"];
