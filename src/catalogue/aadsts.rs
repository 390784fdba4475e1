//! AADSTS codes that matter for mail, with Microsoft's short name/message and what they mean here.
//!
//! Names and messages follow Microsoft's error-code reference
//! (<https://learn.microsoft.com/entra/identity-platform/reference-error-codes>) unless the meaning
//! says the wording comes from elsewhere. Microsoft warns that codes and texts may change.

use super::{AadstsCode, CauseId as C};
use crate::i18n::Text;
use crate::t;

const fn code(
    code: u32,
    name: &'static str,
    meaning: Text,
    causes: &'static [C],
    confidence: f32,
) -> AadstsCode {
    AadstsCode {
        code,
        name,
        meaning,
        causes,
        confidence,
    }
}

/// The AADSTS codes, sorted by number.
pub static AADSTS: &[AadstsCode] = &[
    code(
        50011,
        "InvalidReplyTo",
        t!(
            "An interactive (delegated) sign-in sent a redirect URI that is not registered on the app.",
            "Eine interaktive (delegierte) Anmeldung hat eine Umleitungs-URI gesendet, die in der App nicht registriert ist."
        ),
        &[C::RedirectUriMismatch],
        0.95,
    ),
    code(
        50012,
        "AuthenticationFailed",
        t!(
            "The certificate or client assertion the app authenticates with was rejected.",
            "Das Zertifikat bzw. die Client-Assertion, mit der sich die App ausweist, wurde abgelehnt."
        ),
        &[C::CertificateCredentialError],
        0.7,
    ),
    code(
        50020,
        "UserUnauthorized",
        t!(
            "The account signing in (often a personal or external account) is not part of the tenant the app or mailbox belongs to.",
            "Das anmeldende Konto (oft ein privates oder externes) gehört nicht zum Mandanten der App bzw. des Postfachs."
        ),
        &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud],
        0.6,
    ),
    code(
        50034,
        "UserAccountNotFound",
        t!(
            "The password (ROPC) flow named a user that does not exist in this tenant: mistyped name or wrong tenant.",
            "Der Kennwort-Flow (ROPC) nannte einen Benutzer, den es in diesem Mandanten nicht gibt: vertippter Name oder falscher Mandant."
        ),
        &[C::InvalidUserCredentialsRopc, C::PersonalAccountNotSupported],
        0.75,
    ),
    code(
        50053,
        "IdsLocked",
        t!(
            "The user account is locked (often by a service retrying a wrong password) or the IP is blocked; the sign-in log tells which.",
            "Das Benutzerkonto ist gesperrt (oft durch einen Dienst, der ein falsches Kennwort wiederholt) oder die IP ist blockiert; das Anmeldeprotokoll zeigt, was zutrifft."
        ),
        &[C::AccountDisabledOrSigninBlocked, C::InvalidUserCredentialsRopc],
        0.85,
    ),
    code(
        50055,
        "InvalidPasswordExpiredPassword",
        t!(
            "The account's password has expired; a password (ROPC) flow cannot change it.",
            "Das Kennwort des Kontos ist abgelaufen; ein Kennwort-Flow (ROPC) kann es nicht ändern."
        ),
        &[C::PasswordExpired],
        0.95,
    ),
    code(
        50057,
        "UserDisabled",
        t!(
            "The user account used for the sign-in is disabled in Entra.",
            "Das für die Anmeldung verwendete Benutzerkonto ist in Entra deaktiviert."
        ),
        &[C::AccountDisabledOrSigninBlocked],
        0.95,
    ),
    code(
        50072,
        "UserStrongAuthEnrollmentRequiredInterrupt",
        t!(
            "The account must register MFA first; a password (ROPC) flow cannot do that.",
            "Das Konto muss zuerst MFA registrieren; ein Kennwort-Flow (ROPC) kann das nicht."
        ),
        &[C::MfaRequiredRopc],
        0.9,
    ),
    code(
        50076,
        "UserStrongAuthClientAuthNRequired",
        t!(
            "MFA is required (policy, per-user MFA or new location), and the password flow cannot perform it.",
            "MFA ist erforderlich (Richtlinie, MFA pro Benutzer oder neuer Standort), und der Kennwort-Flow kann sie nicht durchführen."
        ),
        &[C::MfaRequiredRopc, C::ConditionalAccessBlock],
        0.9,
    ),
    code(
        50079,
        "UserStrongAuthEnrollmentRequired",
        t!(
            "The account must register for MFA before it can get tokens; not possible in a password flow.",
            "Das Konto muss sich für MFA registrieren, bevor es Token erhält; in einem Kennwort-Flow nicht möglich."
        ),
        &[C::MfaRequiredRopc],
        0.9,
    ),
    code(
        50105,
        "EntitlementGrantsNotFound",
        t!(
            "The enterprise application requires assignment and the signing-in user is not assigned to it.",
            "Die Unternehmensanwendung verlangt eine Zuweisung, und der anmeldende Benutzer ist ihr nicht zugewiesen."
        ),
        &[C::UserNotAssignedToApp],
        0.95,
    ),
    code(
        50126,
        "InvalidUserNameOrPassword",
        t!(
            "The username or password sent in a password (ROPC) token request is wrong.",
            "Benutzername oder Kennwort in einer Tokenanforderung mit Kennwort (ROPC) sind falsch."
        ),
        &[C::InvalidUserCredentialsRopc],
        0.9,
    ),
    code(
        50144,
        "InvalidPasswordExpiredOnPremPassword",
        t!(
            "The on-premises Active Directory password of this synced account has expired.",
            "Das Kennwort dieses synchronisierten Kontos im lokalen Active Directory ist abgelaufen."
        ),
        &[C::PasswordExpired],
        0.95,
    ),
    code(
        50158,
        "ExternalSecurityChallenge",
        t!(
            "An external MFA or Conditional Access control must be satisfied, which a password flow cannot do.",
            "Eine externe MFA- oder Zugriffskontrolle muss erfüllt werden, was ein Kennwort-Flow nicht kann."
        ),
        &[C::MfaRequiredRopc, C::ConditionalAccessBlock],
        0.8,
    ),
    code(
        50173,
        "FreshTokenNeeded",
        t!(
            "A delegated refresh token was revoked (password reset, admin revocation); the user must sign in again.",
            "Ein delegiertes Aktualisierungstoken wurde widerrufen (Kennwortänderung, Widerruf durch Administrator); der Benutzer muss sich neu anmelden."
        ),
        &[C::TokenExpiredOrCached],
        0.8,
    ),
    code(
        50194,
        "Application isn't configured as a multitenant application; /common isn't supported",
        t!(
            "A single-tenant app requested its token from /common; use the tenant-specific endpoint.",
            "Eine Einzelmandanten-App hat ihr Token bei /common angefordert; verwenden Sie den mandantenspezifischen Endpunkt."
        ),
        &[C::WrongEndpointOrCloud],
        0.95,
    ),
    code(
        53000,
        "DeviceNotCompliant",
        t!(
            "A Conditional Access policy demands a compliant device that the mail client or service cannot present.",
            "Eine Richtlinie für bedingten Zugriff verlangt ein konformes Gerät, das der Mailclient oder Dienst nicht vorweisen kann."
        ),
        &[C::ConditionalAccessBlock],
        0.95,
    ),
    code(
        53001,
        "DeviceNotDomainJoined",
        t!(
            "A Conditional Access policy demands a domain-joined device.",
            "Eine Richtlinie für bedingten Zugriff verlangt ein in die Domäne eingebundenes Gerät."
        ),
        &[C::ConditionalAccessBlock],
        0.95,
    ),
    code(
        53003,
        "BlockedByConditionalAccess",
        t!(
            "A Conditional Access policy refused to issue the token; the sign-in log names it.",
            "Eine Richtlinie für bedingten Zugriff hat das Token verweigert; das Anmeldeprotokoll nennt sie."
        ),
        &[C::ConditionalAccessBlock],
        0.97,
    ),
    code(
        54005,
        "OAuth2 Authorization code was already redeemed",
        t!(
            "The client redeemed the same authorization code twice — a bug in the client's token request, not a permission problem.",
            "Der Client hat denselben Autorisierungscode zweimal eingelöst – ein Fehler in seiner Tokenanforderung, kein Berechtigungsproblem."
        ),
        &[C::MalformedTokenRequest],
        0.5,
    ),
    code(
        65001,
        "DelegationDoesNotExist",
        t!(
            "No consent exists for the requested permissions in this tenant; an admin must grant it.",
            "Für die angeforderten Berechtigungen gibt es in diesem Mandanten keine Zustimmung; ein Administrator muss sie erteilen."
        ),
        &[C::ConsentMissing],
        0.95,
    ),
    code(
        70000,
        "InvalidGrant",
        t!(
            "The grant (usually a delegated refresh token) is invalid. Field reports also show this code when requested scopes are not granted, so check the scope too.",
            "Die Berechtigung (meist ein delegiertes Aktualisierungstoken) ist ungültig. Praxisberichte zeigen den Code auch, wenn angeforderte Scopes nicht gewährt sind; prüfen Sie also auch den Scope."
        ),
        &[C::InvalidScope, C::TokenExpiredOrCached],
        0.55,
    ),
    code(
        70001,
        "UnauthorizedClient",
        t!(
            "The application is disabled.",
            "Die Anwendung ist deaktiviert."
        ),
        &[C::AppOrServicePrincipalDisabled, C::AppNotFoundInTenant],
        0.8,
    ),
    code(
        70011,
        "InvalidScope",
        t!(
            "The scope string is not valid for this request; client credentials need https://outlook.office365.com/.default.",
            "Der Scope ist für diese Anforderung ungültig; Client Credentials brauchen https://outlook.office365.com/.default."
        ),
        &[C::InvalidScope],
        0.9,
    ),
    code(
        90002,
        "InvalidTenantName",
        t!(
            "The tenant in the URL does not exist — a typo, an unregistered domain, or a tenant of another cloud sent to this login host.",
            "Den Mandanten in der URL gibt es nicht – Tippfehler, nicht registrierte Domäne oder ein Mandant einer anderen Cloud an diesem Anmeldehost."
        ),
        &[C::TenantNotFound, C::WrongEndpointOrCloud],
        0.85,
    ),
    code(
        90013,
        "InvalidUserInput",
        t!(
            "Part of the request (often the tenant or user value) is invalid; the reference gives no detail, so read the full error_description.",
            "Ein Teil der Anforderung (oft der Mandanten- oder Benutzerwert) ist ungültig; die Referenz nennt keine Details, lesen Sie also die vollständige error_description."
        ),
        &[C::TenantNotFound, C::MalformedTokenRequest],
        0.4,
    ),
    code(
        90014,
        "MissingRequiredField",
        t!(
            "The token request lacks a required field.",
            "Der Tokenanforderung fehlt ein Pflichtfeld."
        ),
        &[C::MalformedTokenRequest],
        0.85,
    ),
    code(
        90038,
        "NationalCloudTenantRedirection",
        t!(
            "The tenant lives in another cloud (GCC High, DoD, 21Vianet); use that cloud's login host.",
            "Der Mandant liegt in einer anderen Cloud (GCC High, DoD, 21Vianet); verwenden Sie deren Anmeldehost."
        ),
        &[C::WrongEndpointOrCloud],
        0.95,
    ),
    code(
        90094,
        "AdminConsentRequired",
        t!(
            "The app requests permissions only an admin can grant; an admin must consent for the tenant.",
            "Die App fordert Berechtigungen an, die nur ein Administrator gewähren kann; ein Administrator muss für den Mandanten zustimmen."
        ),
        &[C::ConsentMissing],
        0.95,
    ),
    code(
        90124,
        "V1ResourceV2GlobalEndpointNotSupported",
        t!(
            "Use the tenant-specific (or /organizations) endpoint for this resource.",
            "Verwenden Sie für diese Ressource den mandantenspezifischen Endpunkt (oder /organizations)."
        ),
        &[C::WrongEndpointOrCloud],
        0.9,
    ),
    code(
        90130,
        "NonConvergedAppV2GlobalEndpointNotSupported",
        t!(
            "Use the tenant-specific (or /organizations) endpoint for this app.",
            "Verwenden Sie für diese App den mandantenspezifischen Endpunkt (oder /organizations)."
        ),
        &[C::WrongEndpointOrCloud],
        0.9,
    ),
    code(
        399284,
        "(message not confirmed)",
        t!(
            "No source we checked confirms this code's message; treat it as a token-endpoint failure and read the full error_description.",
            "Keine geprüfte Quelle bestätigt die Meldung zu diesem Code; behandeln Sie ihn als Fehler am Token-Endpunkt und lesen Sie die vollständige error_description."
        ),
        &[C::MalformedTokenRequest],
        0.2,
    ),
    code(
        500011,
        "InvalidResourceServicePrincipalNotFound",
        t!(
            "The resource in scope/resource does not exist in this tenant or cloud — a misspelt host or the wrong tenant.",
            "Die Ressource in scope/resource gibt es in diesem Mandanten oder dieser Cloud nicht – falsch geschriebener Host oder falscher Mandant."
        ),
        &[C::ResourceNotFound, C::WrongEndpointOrCloud],
        0.85,
    ),
    code(
        500113,
        "No reply address is registered for the application",
        t!(
            "The app has no redirect URI for the interactive sign-in (wording from field reports; not in Microsoft's reference page).",
            "Die App hat keine Umleitungs-URI für die interaktive Anmeldung (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."
        ),
        &[C::RedirectUriMismatch],
        0.9,
    ),
    code(
        500201,
        "Unable to issue tokens from this API version for a Microsoft account",
        t!(
            "A personal Microsoft account signed in through a v1 endpoint; use the v2.0 endpoints (wording from field reports; not in Microsoft's reference page).",
            "Ein privates Microsoft-Konto hat sich über einen v1-Endpunkt angemeldet; verwenden Sie die v2.0-Endpunkte (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."
        ),
        &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported],
        0.6,
    ),
    code(
        530035,
        "BlockedBySecurityDefaults",
        t!(
            "Security defaults blocked the request as legacy or unsafe authentication.",
            "Die Sicherheitsstandards haben die Anforderung als ältere oder unsichere Authentifizierung blockiert."
        ),
        &[C::SecurityDefaultsBlock, C::ConditionalAccessBlock],
        0.9,
    ),
    code(
        650056,
        "Misconfigured application",
        t!(
            "The permission is missing from the app registration or was never consented; less often a wrong client id or certificate.",
            "Die Berechtigung fehlt in der App-Registrierung oder hat keine Zustimmung; seltener eine falsche Client-ID oder ein falsches Zertifikat."
        ),
        &[C::ConsentMissing, C::AppNotFoundInTenant, C::CertificateCredentialError],
        0.6,
    ),
    code(
        650057,
        "Invalid resource",
        t!(
            "The app asks for an API it has no permission entry for; add the permission (Office 365 Exchange Online) and consent, or fix the scope.",
            "Die App fordert eine API an, für die sie keinen Berechtigungseintrag hat; Berechtigung (Office 365 Exchange Online) hinzufügen und zustimmen oder den Scope korrigieren."
        ),
        &[C::ConsentMissing, C::InvalidScope],
        0.6,
    ),
    code(
        700016,
        "UnauthorizedClient_DoesNotMatchRequest",
        t!(
            "The client_id is unknown in the tenant of the token URL: wrong id, wrong tenant, or app not consented there.",
            "Die client_id ist im Mandanten der Token-URL unbekannt: falsche ID, falscher Mandant oder dort keine Zustimmung."
        ),
        &[C::AppNotFoundInTenant],
        0.95,
    ),
    code(
        700022,
        "InvalidMultipleResourcesScope",
        t!(
            "Scopes of two APIs (e.g. Graph and Exchange) were mixed in one request; request one resource per token.",
            "Scopes zweier APIs (z. B. Graph und Exchange) wurden in einer Anforderung gemischt; fordern Sie eine Ressource pro Token an."
        ),
        &[C::InvalidScope],
        0.95,
    ),
    code(
        700024,
        "Client assertion is not within its valid time range",
        t!(
            "The certificate-signed client assertion is expired or not yet valid — often the signing host's clock (wording from third-party documentation; not in Microsoft's reference page).",
            "Die zertifikatsignierte Client-Assertion ist abgelaufen oder noch nicht gültig – oft wegen der Uhr des signierenden Hosts (Wortlaut aus Dokumentation Dritter; nicht in Microsofts Referenzseite)."
        ),
        &[C::CertificateCredentialError, C::ClockSkew],
        0.6,
    ),
    code(
        700025,
        "InvalidClientPublicClientWithCredential",
        t!(
            "The app is registered as a public client but the request sends a secret or assertion.",
            "Die App ist als öffentlicher Client registriert, die Anforderung sendet aber ein Geheimnis oder eine Assertion."
        ),
        &[C::ClientTypeMismatch],
        0.95,
    ),
    code(
        700027,
        "Client assertion failed signature validation",
        t!(
            "The assertion was signed with a key whose certificate is not uploaded to the app (wrong certificate or thumbprint).",
            "Die Assertion wurde mit einem Schlüssel signiert, dessen Zertifikat nicht in der App hochgeladen ist (falsches Zertifikat oder falscher Fingerabdruck)."
        ),
        &[C::CertificateCredentialError],
        0.95,
    ),
    code(
        700082,
        "ExpiredOrRevokedGrantInactiveToken",
        t!(
            "A delegated integration was idle too long; the user must sign in again to get a new refresh token.",
            "Eine delegierte Integration war zu lange inaktiv; der Benutzer muss sich neu anmelden, um ein neues Aktualisierungstoken zu erhalten."
        ),
        &[C::TokenExpiredOrCached],
        0.85,
    ),
    code(
        900023,
        "Specified tenant identifier is neither a valid DNS name, nor a valid external domain",
        t!(
            "The tenant segment is malformed — a placeholder, quotes or whitespace (wording from third-party code; not in Microsoft's reference page).",
            "Der Mandantenteil ist fehlerhaft – ein Platzhalter, Anführungszeichen oder Leerzeichen (Wortlaut aus Code Dritter; nicht in Microsofts Referenzseite)."
        ),
        &[C::TenantNotFound],
        0.9,
    ),
    code(
        900144,
        "The request body must contain the following parameter: '{name}'",
        t!(
            "A field is missing from the token request — often because the body was sent as JSON or a variable was empty.",
            "In der Tokenanforderung fehlt ein Feld – oft, weil der Body als JSON gesendet wurde oder eine Variable leer war."
        ),
        &[C::MalformedTokenRequest],
        0.9,
    ),
    code(
        900941,
        "AdminConsentRequiredDueToRiskyApp",
        t!(
            "Users may not consent because Entra considers the app risky; an admin must review and consent.",
            "Benutzer dürfen nicht zustimmen, weil Entra die App als riskant einstuft; ein Administrator muss prüfen und zustimmen."
        ),
        &[C::ConsentMissing],
        0.9,
    ),
    code(
        900971,
        "No reply address provided",
        t!(
            "The interactive sign-in carries no redirect URI the app has registered.",
            "Die interaktive Anmeldung enthält keine Umleitungs-URI, die die App registriert hat."
        ),
        &[C::RedirectUriMismatch],
        0.9,
    ),
    code(
        1002012,
        "Client credential flows must have a scope value with /.default suffixed to the resource identifier",
        t!(
            "Client credentials were requested with named permissions instead of https://outlook.office365.com/.default (wording from field reports; not in Microsoft's reference page).",
            "Client Credentials wurden mit einzelnen Berechtigungen statt https://outlook.office365.com/.default angefordert (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."
        ),
        &[C::InvalidScope],
        0.95,
    ),
    code(
        7000112,
        "UnauthorizedClientApplicationDisabled",
        t!(
            "The app's service principal is disabled in this tenant (Enterprise applications → Properties → Enabled for users to sign in).",
            "Der Dienstprinzipal der App ist in diesem Mandanten deaktiviert (Unternehmensanwendungen → Eigenschaften → Aktiviert für die Benutzeranmeldung)."
        ),
        &[C::AppOrServicePrincipalDisabled],
        0.95,
    ),
    code(
        7000215,
        "Invalid client secret is provided",
        t!(
            "The client secret is wrong; very often the Secret ID (a GUID) was pasted instead of the secret's Value.",
            "Das Clientgeheimnis ist falsch; sehr oft wurde die Geheimnis-ID (eine GUID) statt des Werts eingefügt."
        ),
        &[C::InvalidClientSecret, C::SecretIdUsedAsValue],
        0.8,
    ),
    code(
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'",
        t!(
            "A confidential client sent no credential — an empty secret variable, a wrong field name, or a public-client setup used for client credentials.",
            "Ein vertraulicher Client hat keine Anmeldeinformation gesendet – leere Variable mit dem Geheimnis, falscher Feldname oder ein öffentlicher Client für Client Credentials."
        ),
        &[C::ClientTypeMismatch, C::MalformedTokenRequest],
        0.85,
    ),
    code(
        7000222,
        "InvalidClientSecretExpiredKeysProvided",
        t!(
            "The client secret has expired; create a new one.",
            "Das Clientgeheimnis ist abgelaufen; legen Sie ein neues an."
        ),
        &[C::ExpiredClientSecret],
        0.97,
    ),
    code(
        9001023,
        "The grant type isn't supported over the /common or /consumers endpoints",
        t!(
            "Client credentials were requested from /common or /consumers; app-only tokens need the tenant-specific endpoint.",
            "Client Credentials wurden bei /common oder /consumers angefordert; App-Token brauchen den mandantenspezifischen Endpunkt."
        ),
        &[C::WrongEndpointOrCloud],
        0.95,
    ),
    code(
        9002331,
        "Application is configured for use by Microsoft Account users only; use the /consumers endpoint",
        t!(
            "The app registration accepts only personal accounts, which cannot reach a work mailbox; change the supported account types (wording from Microsoft troubleshooting text, not the reference page).",
            "Die App-Registrierung akzeptiert nur private Konten, die kein Geschäftspostfach erreichen; ändern Sie die unterstützten Kontotypen (Wortlaut aus Microsoft-Problembehandlungstext, nicht aus der Referenzseite)."
        ),
        &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported],
        0.75,
    ),
];

/// The entry for `code`, if the catalogue knows it.
pub fn aadsts(code: u32) -> Option<&'static AadstsCode> {
    AADSTS
        .binary_search_by_key(&code, |c| c.code)
        .ok()
        .and_then(|i| AADSTS.get(i))
}
