//! Token claims (and JWT header fields) and what they mean for Exchange.
//!
//! Source: Microsoft's access-token claims reference
//! (<https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference>) and the
//! optional-claims reference; Exchange-specific notes from the IMAP/POP/SMTP OAuth article.

use super::ClaimDef;
use crate::t;

/// Claim descriptions: payload claims first, then the header fields `alg`, `typ`, `kid`, `x5t`.
pub static CLAIMS: &[ClaimDef] = &[
    ClaimDef {
        name: "aud",
        text: t!(
            "Audience: the API the token is for. IMAP/POP/SMTP/EWS need Exchange Online (https://outlook.office365.com, outlook.office.com, ps.outlook.com or 00000002-0000-0ff1-ce00-000000000000); https://graph.microsoft.com is a Graph token and is rejected.",
            "Zielgruppe: die API, für die das Token gilt. IMAP/POP/SMTP/EWS brauchen Exchange Online (https://outlook.office365.com, outlook.office.com, ps.outlook.com oder 00000002-0000-0ff1-ce00-000000000000); https://graph.microsoft.com ist ein Graph-Token und wird abgelehnt."
        ),
    },
    ClaimDef {
        name: "iss",
        text: t!(
            "Issuer: the token service and tenant. v1: https://sts.windows.net/<tenant>/; v2: https://login.microsoftonline.com/<tenant>/v2.0; other hosts mean a national cloud.",
            "Aussteller: Tokendienst und Mandant. v1: https://sts.windows.net/<Mandant>/; v2: https://login.microsoftonline.com/<Mandant>/v2.0; andere Hosts bedeuten eine nationale Cloud."
        ),
    },
    ClaimDef {
        name: "tid",
        text: t!(
            "Tenant id the token was issued in; it must be the tenant that holds the mailbox. 9188040d-… is the personal-account tenant.",
            "Mandanten-ID, in der das Token ausgestellt wurde; es muss der Mandant des Postfachs sein. 9188040d-… ist der Mandant privater Konten."
        ),
    },
    ClaimDef {
        name: "appid",
        text: t!(
            "Application (client) ID of the app that got the token (v1) — the value for New-ServicePrincipal -AppId.",
            "Anwendungs-ID (Client) der App, die das Token erhielt (v1) – der Wert für New-ServicePrincipal -AppId."
        ),
    },
    ClaimDef {
        name: "azp",
        text: t!(
            "Application (client) ID of the calling app (v2 name of appid) — the value for New-ServicePrincipal -AppId.",
            "Anwendungs-ID (Client) der aufrufenden App (v2-Name von appid) – der Wert für New-ServicePrincipal -AppId."
        ),
    },
    ClaimDef {
        name: "appidacr",
        text: t!(
            "How the app authenticated (v1): 0 public client, 1 client secret, 2 certificate.",
            "Wie sich die App authentifiziert hat (v1): 0 öffentlicher Client, 1 Clientgeheimnis, 2 Zertifikat."
        ),
    },
    ClaimDef {
        name: "azpacr",
        text: t!(
            "How the app authenticated (v2 name of appidacr): 0 public client, 1 client secret, 2 certificate.",
            "Wie sich die App authentifiziert hat (v2-Name von appidacr): 0 öffentlicher Client, 1 Clientgeheimnis, 2 Zertifikat."
        ),
    },
    ClaimDef {
        name: "oid",
        text: t!(
            "Object id of the caller. In an app-only token it is the Enterprise application (service principal) object id — the value for New-ServicePrincipal -ObjectId; in a delegated token, the user's id.",
            "Objekt-ID des Aufrufers. In einem App-Token ist es die Objekt-ID der Unternehmensanwendung (Dienstprinzipal) – der Wert für New-ServicePrincipal -ObjectId; in einem delegierten Token die ID des Benutzers."
        ),
    },
    ClaimDef {
        name: "sub",
        text: t!(
            "Subject: the principal the token is about, unique per application; use oid to compare ids.",
            "Subjekt: der Prinzipal, um den es im Token geht, je Anwendung eindeutig; zum Vergleichen von IDs oid verwenden."
        ),
    },
    ClaimDef {
        name: "idtyp",
        text: t!(
            "Token type (optional claim): app means app-only (client credentials), user means delegated.",
            "Tokentyp (optionaler Claim): app heißt nur App (Client Credentials), user heißt delegiert."
        ),
    },
    ClaimDef {
        name: "roles",
        text: t!(
            "Application permissions granted to the app. App-only mail needs IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp or full_access_as_app (EWS); missing means no permission or no admin consent.",
            "Der App gewährte Anwendungsberechtigungen. App-Mailzugriff braucht IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp oder full_access_as_app (EWS); fehlt der Claim, fehlt Berechtigung oder Administratorzustimmung."
        ),
    },
    ClaimDef {
        name: "scp",
        text: t!(
            "Delegated scopes (user tokens only), e.g. IMAP.AccessAsUser.All, POP.AccessAsUser.All, SMTP.Send. A background service should have roles instead.",
            "Delegierte Scopes (nur Benutzertoken), z. B. IMAP.AccessAsUser.All, POP.AccessAsUser.All, SMTP.Send. Ein Hintergrunddienst sollte stattdessen roles haben."
        ),
    },
    ClaimDef {
        name: "exp",
        text: t!(
            "Expiry, in seconds since 1970-01-01 UTC; the token is rejected after it. Tokens live 60–90 minutes.",
            "Ablauf, in Sekunden seit 1970-01-01 UTC; danach wird das Token abgelehnt. Token gelten 60–90 Minuten."
        ),
    },
    ClaimDef {
        name: "nbf",
        text: t!(
            "Not before, in seconds since 1970-01-01 UTC; a value in the future points to a wrong clock.",
            "Nicht vor, in Sekunden seit 1970-01-01 UTC; ein Wert in der Zukunft deutet auf eine falsche Uhr."
        ),
    },
    ClaimDef {
        name: "iat",
        text: t!(
            "Issued at, in seconds since 1970-01-01 UTC; a token issued before a permission change still carries the old permissions.",
            "Ausgestellt um, in Sekunden seit 1970-01-01 UTC; ein vor einer Berechtigungsänderung ausgestelltes Token trägt noch die alten Berechtigungen."
        ),
    },
    ClaimDef {
        name: "ver",
        text: t!(
            "Token version, 1.0 or 2.0 — chosen by the API, not the endpoint; Exchange Online tokens are usually 1.0.",
            "Tokenversion, 1.0 oder 2.0 – von der API bestimmt, nicht vom Endpunkt; Exchange-Online-Token sind meist 1.0."
        ),
    },
    ClaimDef {
        name: "upn",
        text: t!(
            "User principal name of the signed-in user (delegated tokens); compare with user= in XOAUTH2.",
            "Benutzerprinzipalname des angemeldeten Benutzers (delegierte Token); mit user= in XOAUTH2 vergleichen."
        ),
    },
    ClaimDef {
        name: "unique_name",
        text: t!(
            "Human-readable user name (v1, delegated tokens); display only, may change.",
            "Lesbarer Benutzername (v1, delegierte Token); nur zur Anzeige, kann sich ändern."
        ),
    },
    ClaimDef {
        name: "preferred_username",
        text: t!(
            "Preferred user name (v2, delegated tokens), usually the sign-in address; display only.",
            "Bevorzugter Benutzername (v2, delegierte Token), meist die Anmeldeadresse; nur zur Anzeige."
        ),
    },
    ClaimDef {
        name: "name",
        text: t!(
            "Display name of the user (delegated tokens).",
            "Anzeigename des Benutzers (delegierte Token)."
        ),
    },
    ClaimDef {
        name: "amr",
        text: t!(
            "Authentication methods (v1): pwd (password or client secret), rsa, mfa, …",
            "Authentifizierungsmethoden (v1): pwd (Kennwort oder Clientgeheimnis), rsa, mfa, …"
        ),
    },
    ClaimDef {
        name: "app_displayname",
        text: t!(
            "Display name of the client app (seen in Exchange tokens; not in the claims reference).",
            "Anzeigename der Client-App (in Exchange-Token beobachtet; nicht in der Claims-Referenz)."
        ),
    },
    ClaimDef {
        name: "wids",
        text: t!(
            "Entra directory roles of the user (role template ids).",
            "Entra-Verzeichnisrollen des Benutzers (IDs der Rollenvorlagen)."
        ),
    },
    ClaimDef {
        name: "xms_cc",
        text: t!(
            "Client capabilities, e.g. cp1: the client can handle claims challenges (continuous access evaluation).",
            "Client-Fähigkeiten, z. B. cp1: Der Client kann Claims-Challenges verarbeiten (fortlaufende Zugriffsevaluierung)."
        ),
    },
    ClaimDef {
        name: "aio",
        text: t!(
            "Internal Entra value; ignore it.",
            "Interner Entra-Wert; ignorieren."
        ),
    },
    ClaimDef {
        name: "rh",
        text: t!(
            "Internal Entra value used to revalidate tokens; ignore it.",
            "Interner Entra-Wert zur erneuten Prüfung von Token; ignorieren."
        ),
    },
    ClaimDef {
        name: "uti",
        text: t!(
            "Token identifier (internal); useful only when Microsoft support asks for it.",
            "Token-Kennung (intern); nur nützlich, wenn der Microsoft-Support danach fragt."
        ),
    },
    ClaimDef {
        name: "ipaddr",
        text: t!(
            "IP address the client requested the token from; useful for Conditional Access location checks.",
            "IP-Adresse, von der der Client das Token anforderte; nützlich für Standortprüfungen des bedingten Zugriffs."
        ),
    },
    ClaimDef {
        name: "acr",
        text: t!(
            "Authentication context class (v1): 0 means the user's authentication did not meet ISO/IEC 29115 requirements.",
            "Authentifizierungskontextklasse (v1): 0 heißt, die Authentifizierung des Benutzers erfüllte ISO/IEC 29115 nicht."
        ),
    },
    ClaimDef {
        name: "acct",
        text: t!(
            "Account status in the tenant (optional claim): 0 member, 1 guest.",
            "Kontostatus im Mandanten (optionaler Claim): 0 Mitglied, 1 Gast."
        ),
    },
    ClaimDef {
        name: "family_name",
        text: t!("Surname of the user (delegated tokens).", "Nachname des Benutzers (delegierte Token)."),
    },
    ClaimDef {
        name: "given_name",
        text: t!("First name of the user (delegated tokens).", "Vorname des Benutzers (delegierte Token)."),
    },
    ClaimDef {
        name: "puid",
        text: t!(
            "Internal Microsoft user identifier; ignore it.",
            "Interne Microsoft-Benutzerkennung; ignorieren."
        ),
    },
    ClaimDef {
        name: "nonce",
        text: t!(
            "A one-time value bound to the request; not used by Exchange mail sign-in.",
            "Ein an die Anforderung gebundener Einmalwert; für die Exchange-Mailanmeldung ohne Bedeutung."
        ),
    },
    ClaimDef {
        name: "alg",
        text: t!(
            "Header: signature algorithm, normally RS256. This page decodes only; it does not verify signatures.",
            "Header: Signaturalgorithmus, normalerweise RS256. Diese Seite dekodiert nur; Signaturen prüft sie nicht."
        ),
    },
    ClaimDef {
        name: "typ",
        text: t!("Header: token type, normally JWT.", "Header: Tokentyp, normalerweise JWT."),
    },
    ClaimDef {
        name: "kid",
        text: t!(
            "Header: id of Entra's signing key that signed the token.",
            "Header: ID des Entra-Signaturschlüssels, der das Token signiert hat."
        ),
    },
    ClaimDef {
        name: "x5t",
        text: t!(
            "Header: thumbprint of the signing certificate (in client assertions: your app's certificate, must match the one uploaded).",
            "Header: Fingerabdruck des Signaturzertifikats (in Client-Assertions: das Zertifikat Ihrer App, muss dem hochgeladenen entsprechen)."
        ),
    },
];

/// The description of claim `name`, if the catalogue has one.
pub fn claim_description(name: &str) -> Option<&'static ClaimDef> {
    CLAIMS.iter().find(|c| c.name == name)
}

/// Words before claims copied without braces, on their line, that tell them as what a token
/// should hold, as an example or as an older token's — not as the token in hand (EN/DE).
pub const NOT_THE_TOKEN: crate::catalogue::Words = crate::words![
    "must contain",
    "should contain",
    "must look like",
    "should look like",
    "must have",
    "should have",
    "expected",
    "for example",
    "e.g.",
    "old token",
    "previous token",
    "muss enthalten",
    "sollte enthalten",
    "erwartet",
    "zum beispiel",
    "z.b.",
    "altes token",
    "alte token",
    "alten token",
    "vorherige token",
];
