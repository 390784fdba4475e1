//! AADSTS codes that a mail app, daemon, delegated, password (ROPC), device-code or federated
//! (workload or managed identity) sign-in can meet, with Microsoft's short name and what they mean
//! here.
//!
//! Names follow Microsoft's error-code reference
//! (<https://learn.microsoft.com/entra/identity-platform/reference-error-codes>) unless the meaning
//! says the wording comes from elsewhere, or the code is one of these, named as other Microsoft
//! pages word them: 80003, 80004 and 80011 (the pass-through authentication troubleshooting page),
//! 81001, 81002, 81003, 81008 and 81013 (the seamless single sign-on troubleshooting page), 500121
//! (the security operations guide for user accounts and the older sign-in log error-code page),
//! 40014, 50181, 50201, 70037 and 70044 (that older sign-in log page only). Codes on none of these
//! pages come from the sign-in log's messages per `ResultType` as collected in
//! <https://github.com/f-bader/EntraID-ErrorCodes> (`EntraIDErrorCodes.json`): their name is the
//! message's fixed wording, shortened where it is long. Codes in neither are named by the message
//! Entra returns as public issue threads and workload-identity write-ups quote it: 90061, 90133,
//! 70020, 165000, 501051, 501661, 700212, 700222, 700227, 901001, 7002121 and 7002137. Microsoft warns that
//! codes and texts may change. Codes whose cause is a judgement carry a low confidence and
//! several causes. Meanings shared by a family of codes are written once (`M_…`).

use super::words::{concat, concat_len, concat_nul};
use super::CauseId as C;
use crate::i18n::Text;
use crate::t;

/// A row as the table below writes it: read at compile time only, into [`AADSTS`].
struct Row {
    code: u32,
    name: &'static str,
    meaning: Text,
    causes: &'static [C],
    confidence: f32,
}

const fn r(
    code: u32,
    name: &'static str,
    meaning: Text,
    causes: &'static [C],
    confidence: f32,
) -> Row {
    Row {
        code,
        name,
        meaning,
        causes,
        confidence,
    }
}

const M_IDP: Text = t!(
    "The federated identity provider (AD FS or another IdP) failed or refused the sign-in; its administrator must check it. Not a mail setting.",
    "Der föderierte Identitätsanbieter (AD FS oder ein anderer IdP) ist gescheitert oder hat die Anmeldung abgelehnt; sein Administrator muss ihn prüfen. Keine Mail-Einstellung."
);
const M_PTA: Text = t!(
    "The on-premises pass-through authentication agent could not validate the password; check the agents and Active Directory.",
    "Der lokale Agent der Passthrough-Authentifizierung konnte das Kennwort nicht prüfen; prüfen Sie die Agenten und das Active Directory."
);
const M_SVC: Text = t!(
    "A transient error in Microsoft's sign-in service or directory; retry, and check the service health if it persists.",
    "Ein vorübergehender Fehler im Anmeldedienst oder Verzeichnis von Microsoft; wiederholen Sie den Versuch und prüfen Sie bei Fortbestehen den Dienststatus."
);
const M_CADEV: Text = t!(
    "Conditional Access demands a device state (registered, joined, compliant, approved app) that a service or mail client cannot provide; exclude the account or use an app-only flow.",
    "Der bedingte Zugriff verlangt einen Gerätezustand (registriert, eingebunden, konform, genehmigte App), den ein Dienst oder Mailclient nicht bieten kann; Konto ausnehmen oder einen reinen App-Flow verwenden."
);
const M_NOTIN: Text = t!(
    "The account does not exist in the tenant the request went to: a personal or external account, a guest not yet added, or the wrong tenant.",
    "Das Konto existiert nicht im angefragten Mandanten: ein privates oder externes Konto, ein noch nicht hinzugefügter Gast oder der falsche Mandant."
);
const M_NOTENANT: Text = t!(
    "The request names no tenant Entra can use; use the tenant-specific endpoint (tenant id or verified domain).",
    "Die Anforderung nennt keinen verwendbaren Mandanten; verwenden Sie den mandantenspezifischen Endpunkt (Mandanten-ID oder verifizierte Domäne)."
);
const M_BAD: Text = t!(
    "The request to the authorize or token endpoint is malformed or incomplete; compare it with the flow's documented request.",
    "Die Anforderung an den Autorisierungs- oder Token-Endpunkt ist fehlerhaft oder unvollständig; vergleichen Sie sie mit der dokumentierten Anforderung des Flows."
);
const M_PKCE: Text = t!(
    "The PKCE code_challenge / code_verifier of the interactive sign-in is missing or does not match.",
    "code_challenge / code_verifier (PKCE) der interaktiven Anmeldung fehlen oder passen nicht zusammen."
);
const M_RT: Text = t!(
    "The refresh token or session has expired or was revoked; the user must sign in again interactively.",
    "Das Aktualisierungstoken oder die Sitzung ist abgelaufen oder widerrufen; der Benutzer muss sich erneut interaktiv anmelden."
);
const M_INTERRUPT: Text = t!(
    "The sign-in needs an interactive step (MFA, registration, password reset) that a password or silent flow cannot perform.",
    "Die Anmeldung braucht einen interaktiven Schritt (MFA, Registrierung, Kennwortzurücksetzung), den ein Kennwort- oder stiller Flow nicht ausführen kann."
);
const M_JWT: Text = t!(
    "A signed JWT (client assertion, user assertion or federated credential) is invalid: wrong key or certificate, wrong claims, or outside its time window.",
    "Ein signiertes JWT (Client-Assertion, Benutzer-Assertion oder Verbundanmeldeinformation) ist ungültig: falscher Schlüssel bzw. falsches Zertifikat, falsche Claims oder außerhalb seines Zeitfensters."
);
const M_DEVCODE: Text = t!(
    "The device-code sign-in was not completed: the code was not entered yet, entered wrongly, already used or expired; start again and enter the code shown.",
    "Die Gerätecode-Anmeldung wurde nicht abgeschlossen: Code noch nicht, falsch oder schon einmal eingegeben oder abgelaufen; neu starten und den angezeigten Code eingeben."
);
const M_XTENANT: Text = t!(
    "A tenant restriction (proxy header) or cross-tenant access policy blocks access to this tenant.",
    "Eine Mandanteneinschränkung (Proxy-Header) oder eine mandantenübergreifende Zugriffsrichtlinie blockiert den Zugriff auf diesen Mandanten."
);
const M_CONSENT: Text = t!(
    "Consent for the requested permissions is missing or was declined; an admin must grant it for the tenant.",
    "Die Zustimmung zu den angeforderten Berechtigungen fehlt oder wurde abgelehnt; ein Administrator muss sie für den Mandanten erteilen."
);
const M_RISK: Text = t!(
    "Entra blocked the account because of user or sign-in risk; an admin must remediate the risk (reset the password, confirm the user safe).",
    "Entra hat das Konto wegen Benutzer- oder Anmelderisiko blockiert; ein Administrator muss das Risiko beheben (Kennwort zurücksetzen, Benutzer als sicher bestätigen)."
);
const M_CLOUD: Text = t!(
    "The request crosses clouds (worldwide, GCC High, 21Vianet) in a way Entra does not support; use the login host of the tenant's own cloud.",
    "Die Anforderung überschreitet Cloud-Grenzen (weltweit, GCC High, 21Vianet) auf eine Weise, die Entra nicht unterstützt; verwenden Sie den Anmeldehost der Cloud des Mandanten."
);
const M_PWCHG: Text = t!(
    "The session ended because the password expired or was just changed; sign in again with the current password.",
    "Die Sitzung endete, weil das Kennwort abgelaufen ist oder gerade geändert wurde; melden Sie sich mit dem aktuellen Kennwort neu an."
);
const M_EXTMFA: Text = t!(
    "An external MFA provider or custom control is misconfigured or did not answer; check the external authentication setup.",
    "Ein externer MFA-Anbieter oder ein benutzerdefiniertes Steuerelement ist falsch eingerichtet oder hat nicht geantwortet; prüfen Sie die externe Authentifizierung."
);
const M_SCOPE: Text = t!(
    "The scope parameter is not valid for this request; request the resource with /.default (app-only) or valid delegated scopes.",
    "Der Parameter scope ist für diese Anforderung ungültig; fordern Sie die Ressource mit /.default (nur App) oder gültige delegierte Scopes an."
);
const M_RESOURCE: Text = t!(
    "The requested API (resource) is missing, disabled or not set up in this tenant; check the resource URL or scope.",
    "Die angeforderte API (Ressource) fehlt, ist deaktiviert oder in diesem Mandanten nicht eingerichtet; prüfen Sie Ressourcen-URL bzw. Scope."
);
const M_SAML: Text = t!(
    "A SAML or WS-Federation sign-in to an enterprise app failed on the app's request or its single sign-on setup; OAuth mail sign-ins do not use these.",
    "Eine SAML- oder WS-Federation-Anmeldung bei einer Unternehmensanwendung ist an deren Anforderung oder SSO-Einrichtung gescheitert; OAuth-Mail-Anmeldungen nutzen diese nicht."
);
const M_CLAIMS: Text = t!(
    "The enterprise app's claims mapping (claims transformation) is faulty, so Entra cannot build the token; an admin must fix the app's claims configuration.",
    "Die Anspruchszuordnung (Claims-Transformation) der Unternehmensanwendung ist fehlerhaft, sodass Entra das Token nicht erstellen kann; ein Administrator muss die Claims-Konfiguration der App korrigieren."
);
const M_SSO: Text = t!(
    "Seamless single sign-on (Kerberos, integrated Windows authentication) failed on a domain-joined PC; the user can still sign in with a password. Mail services do not use it.",
    "Das nahtlose einmalige Anmelden (Kerberos, integrierte Windows-Authentifizierung) ist auf einem in die Domäne eingebundenen PC gescheitert; die Anmeldung per Kennwort bleibt möglich. Maildienste nutzen es nicht."
);
const M_PWRESET: Text = t!(
    "A password change or self-service reset failed (wrong current password, new password rejected, on-premises writeback); complete the change, then sign in with the new password.",
    "Eine Kennwortänderung oder Self-Service-Zurücksetzung ist gescheitert (aktuelles Kennwort falsch, neues abgelehnt, lokales Rückschreiben); schließen Sie die Änderung ab und melden Sie sich mit dem neuen Kennwort an."
);
const M_PWMUST: Text = t!(
    "The password must be changed (a security or Conditional Access policy demands it), which a password (ROPC) flow cannot do; change it interactively.",
    "Das Kennwort muss geändert werden (eine Sicherheits- oder Zugriffsrichtlinie verlangt es), was ein Kennwort-Flow (ROPC) nicht kann; ändern Sie es interaktiv."
);
const M_DEVKEY: Text = t!(
    "Sign-in with the device's key (Windows Hello for Business, primary refresh token, device registration) failed; re-register the device. Not a mail setting.",
    "Die Anmeldung mit dem Geräteschlüssel (Windows Hello for Business, primäres Aktualisierungstoken, Geräteregistrierung) ist gescheitert; registrieren Sie das Gerät neu. Keine Mail-Einstellung."
);
const M_SIGNOUT: Text = t!(
    "A sign-out request failed; token requests are not affected.",
    "Eine Abmeldeanforderung ist gescheitert; Tokenanforderungen sind nicht betroffen."
);
const M_PROMPT: Text = t!(
    "An expected prompt or redirect of the browser sign-in (stay signed in, confirm the app, routing), not a failure by itself; a client that stops here must finish the interactive sign-in.",
    "Eine erwartete Abfrage oder Umleitung der Browser-Anmeldung (angemeldet bleiben, App bestätigen, Weiterleitung), für sich kein Fehler; ein Client, der hier stehen bleibt, muss die interaktive Anmeldung abschließen."
);
const M_AGE: Text = t!(
    "The account is blocked by the legal-age-group rule.",
    "Das Konto ist durch die Regel für Altersgruppen gesperrt."
);
const M_DEVONLY: Text = t!(
    "The resource accepts no device-only token; request a user or app token.",
    "Die Ressource nimmt kein reines Gerätetoken an; fordern Sie ein Benutzer- oder App-Token an."
);
const M_DEVOFF: Text = t!(
    "The device the sign-in came from is disabled in Entra.",
    "Das Gerät, von dem die Anmeldung kam, ist in Entra deaktiviert."
);
const M_CRL: Text = t!(
    "Certificate-based sign-in failed: the issuing CA is not trusted in the tenant or its revocation list cannot be read.",
    "Die zertifikatbasierte Anmeldung ist gescheitert: Die ausstellende Zertifizierungsstelle ist im Mandanten nicht vertrauenswürdig, oder ihre Sperrliste ist nicht lesbar."
);
const M_ACCTYPE: Text = t!(
    "The account type does not fit the tenant or app: e.g. a personal account where only work accounts are allowed.",
    "Der Kontotyp passt nicht zum Mandanten bzw. zur App: z. B. ein privates Konto, wo nur Geschäftskonten zugelassen sind."
);

const M_SIF: Text = t!(
    "Conditional Access sign-in frequency ended the refresh token; the user must sign in again.",
    "Die Anmeldehäufigkeit des bedingten Zugriffs hat das Aktualisierungstoken beendet; der Benutzer muss sich neu anmelden."
);
const M_AUTHZCALL: Text = t!(
    "An internal call to the authorize endpoint returned an unexpected result or no code; Microsoft names no cause, so read the full message.",
    "Ein interner Aufruf des Autorisierungsendpunkts lieferte ein unerwartetes Ergebnis oder keinen Code; Microsoft nennt keine Ursache, lesen Sie daher die vollständige Meldung."
);

const M_GPS: Text = t!(
    "A Conditional Access policy requires the Authenticator app to share the device's GPS location, which a mail client or service cannot do; exclude the account or use an app-only flow.",
    "Eine Richtlinie für bedingten Zugriff verlangt, dass die Authenticator-App den GPS-Standort des Geräts übermittelt, was ein Mailclient oder Dienst nicht kann; Konto ausnehmen oder einen reinen App-Flow verwenden."
);
const M_REPLY: Text = t!(
    "The redirect (reply) URI of the interactive sign-in is missing, malformed or not one registered on the app; register exactly the URI the client sends.",
    "Die Umleitungs-URI (Antwort-URL) der interaktiven Anmeldung fehlt, ist fehlerhaft oder in der App nicht registriert; registrieren Sie genau die URI, die der Client sendet."
);
const M_CERT: Text = t!(
    "The app's certificate credential was rejected: not uploaded to the app, wrong thumbprint, expired or revoked, or not trusted by subject name and issuer; check the certificate on the app registration.",
    "Die Zertifikat-Anmeldeinformation der App wurde abgelehnt: nicht in der App hochgeladen, falscher Fingerabdruck, abgelaufen oder gesperrt oder über Antragsteller und Aussteller nicht vertrauenswürdig; prüfen Sie das Zertifikat in der App-Registrierung."
);
const M_NOCRED: Text = t!(
    "A confidential client sent no credential — an empty secret variable, a wrong field name, or a public-client setup used for client credentials.",
    "Ein vertraulicher Client hat keine Anmeldeinformation gesendet – leere Variable mit dem Geheimnis, falscher Feldname oder ein öffentlicher Client für Client Credentials."
);
const M_OBO: Text = t!(
    "An on-behalf-of request passed a user token that does not fit: another audience, token version or tenant than this app and endpoint expect.",
    "Eine On-Behalf-Of-Anforderung übergab ein Benutzertoken, das nicht passt: andere Zielgruppe, Tokenversion oder ein anderer Mandant, als diese App und dieser Endpunkt erwarten."
);
const M_GRANTCLIENT: Text = t!(
    "A refresh token or code issued to one client id was redeemed with another; redeem it with the client that obtained it.",
    "Ein für eine Client-ID ausgestelltes Aktualisierungstoken oder ein Code wurde mit einer anderen eingelöst; lösen Sie es mit dem Client ein, der es erhalten hat."
);
const M_FIC: Text = t!(
    "The federated credential (workload or managed identity) matches no federated identity credential on the app; check issuer, subject, audience and the app id.",
    "Die föderierte Anmeldeinformation (Workload- oder verwaltete Identität) passt zu keiner föderierten Identitätsanmeldeinformation der App; prüfen Sie Aussteller, Antragsteller, Zielgruppe und die App-ID."
);
const M_RRA: Text = t!(
    "The app registration's required permissions are faulty (an unknown permission id, an API that cannot be found, a role only users can hold); fix the API permissions and consent again.",
    "Die benötigten Berechtigungen der App-Registrierung sind fehlerhaft (unbekannte Berechtigungs-ID, nicht auffindbare API, eine nur Benutzern zuweisbare Rolle); korrigieren Sie die API-Berechtigungen und erteilen Sie die Zustimmung erneut."
);
const M_MFAMETHOD: Text = t!(
    "MFA is required, but the method used is not allowed by the authentication methods policy; the user must sign in interactively with an allowed method.",
    "MFA ist erforderlich, die verwendete Methode ist aber laut Richtlinie für Authentifizierungsmethoden nicht zugelassen; der Benutzer muss sich interaktiv mit einer zugelassenen Methode anmelden."
);
const M_APPNOTALLOWED: Text = t!(
    "This application id may not be used here (on this endpoint or for this flow) or is not authorized for the request.",
    "Diese Anwendungs-ID darf hier (an diesem Endpunkt oder für diesen Flow) nicht verwendet werden oder ist für die Anforderung nicht autorisiert."
);

const M_CANCEL: Text = t!(
    "The user cancelled the interactive sign-in (closed the page or declined); nothing is misconfigured: sign in again and complete it.",
    "Der Benutzer hat die interaktive Anmeldung abgebrochen (Seite geschlossen oder abgelehnt); nichts ist falsch eingerichtet: erneut anmelden und sie abschließen."
);
const M_TAP: Text = t!(
    "The Temporary Access Pass is wrong, expired, already used or missing; an administrator must issue a new one, or the user signs in with the password.",
    "Der befristete Zugriffspass ist falsch, abgelaufen, schon verwendet oder fehlt; ein Administrator muss einen neuen ausstellen, oder der Benutzer meldet sich mit dem Kennwort an."
);
const M_DEVEP: Text = t!(
    "The device-code sign-in used an endpoint that does not fit its accounts: personal Microsoft accounts need /common or /consumers, work accounts /organizations or the tenant; use the fitting endpoint for both requests.",
    "Die Gerätecode-Anmeldung nutzte einen Endpunkt, der nicht zu ihren Konten passt: private Microsoft-Konten brauchen /common oder /consumers, Geschäftskonten /organizations oder den Mandanten; verwenden Sie für beide Anforderungen den passenden Endpunkt."
);
const M_OIDC: Text = t!(
    "Entra could not read the federated credential's issuer (its OIDC discovery document or keys): the issuer URL is wrong or not reachable from the internet, or that service failed; check the workload identity's issuer.",
    "Entra konnte den Aussteller der föderierten Anmeldeinformation (OIDC-Discovery-Dokument oder Schlüssel) nicht lesen: Die Aussteller-URL ist falsch oder aus dem Internet nicht erreichbar, oder dieser Dienst ist gestört; prüfen Sie den Aussteller der Workload-Identität."
);

/// The AADSTS codes, sorted by number, as written: packed into [`AADSTS`] at compile time.
const ROWS: &[Row] = &[
    r(16000, "InteractionRequired", M_NOTIN, &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud], 0.6),
    r(16001, "UserAccountSelectionInvalid", t!("The account tile chosen in the sign-in page was rejected (Microsoft names a defect or race); choose the account again.", "Die gewählte Kontokachel wurde abgelehnt (laut Microsoft ein Fehler oder eine Wettlaufsituation); wählen Sie das Konto erneut."), &[C::ServiceSideIncident], 0.3),
    r(16002, "AppSessionSelectionInvalid", M_RT, &[C::TokenExpiredOrCached], 0.3),
    r(16003, "SsoUserAccountNotFoundInResourceTenant", M_NOTIN, &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud], 0.5),
    r(17003, "CredentialKeyProvisioningFailed", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(20001, "WsFedSignInResponseError", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(20012, "WsFedMessageInvalid", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(20033, "FedMetadataInvalidTenantName", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(26000, "The provided access grant requires interaction", M_INTERRUPT, &[C::MfaRequiredRopc, C::ConsentMissing], 0.5),
    r(28002, "Provided value for the input parameter scope isn't valid when requesting an access token", M_SCOPE, &[C::InvalidScope], 0.9),
    r(28003, "Provided value for the input parameter scope can't be empty", M_SCOPE, &[C::InvalidScope, C::MalformedTokenRequest], 0.85),
    r(40002, "The identity provider returned an error", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(40003, "A required token was not emitted by an external Identity Provider", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(40004, "A required token was not emitted by an external Identity Provider", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(40005, "Invalid token received from external Identity Provider", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(40008, "OAuth2IdPUnretryableServerError", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(40009, "OAuth2IdPRefreshTokenRedemptionUserError", M_IDP, &[C::TokenExpiredOrCached, C::InvalidUserCredentialsRopc], 0.3),
    r(40010, "OAuth2IdPRetryableServerError", M_IDP, &[C::ServiceSideIncident, C::InvalidUserCredentialsRopc], 0.3),
    r(40014, "There is an issue with your federated Identity Provider", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(40015, "OAuth2IdPAuthCodeRedemptionUserError", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(40016, "The Identity Provider returned an error", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(50000, "TokenIssuanceError", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(50001, "InvalidResource", M_RESOURCE, &[C::ResourceNotFound, C::InvalidScope], 0.8),
    r(50002, "NotAllowedTenant", M_XTENANT, &[C::NetworkEgressBlocked, C::ConditionalAccessBlock], 0.6),
    r(50003, "MissingSigningKey", M_SAML, &[C::CertificateCredentialError, C::MalformedTokenRequest], 0.3),
    r(50004, "A transient error has occurred", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(50005, "DevicePolicyError", M_CADEV, &[C::ConditionalAccessBlock], 0.85),
    r(50006, "InvalidSignature", M_JWT, &[C::CertificateCredentialError], 0.6),
    r(50007, "PartnerEncryptionCertificateMissing", M_SAML, &[C::CertificateCredentialError], 0.3),
    r(50008, "InvalidSamlToken", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(50010, "AudienceUriValidationFailed", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(50011, "InvalidReplyTo", t!("An interactive (delegated) sign-in sent a redirect URI that is not registered on the app.", "Eine interaktive (delegierte) Anmeldung hat eine Umleitungs-URI gesendet, die in der App nicht registriert ist."), &[C::RedirectUriMismatch], 0.95),
    r(50012, "AuthenticationFailed", t!("The certificate or client assertion the app authenticates with was rejected.", "Das Zertifikat bzw. die Client-Assertion, mit der sich die App ausweist, wurde abgelehnt."), &[C::CertificateCredentialError], 0.7),
    r(50013, "InvalidAssertion", M_JWT, &[C::CertificateCredentialError, C::TokenExpiredOrCached], 0.45),
    r(50014, "GuestUserInPendingState", M_NOTIN, &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud], 0.5),
    r(50015, "ViralUserLegalAgeConsentRequiredState", M_AGE, &[C::AccountDisabledOrSigninBlocked], 0.4),
    r(50017, "CertificateValidationFailed", M_CRL, &[C::CertificateCredentialError], 0.4),
    r(50019, "Interrupt to select a certificate before the user signs in", M_PROMPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.2),
    r(50020, "UserUnauthorized", t!("The account signing in (often a personal or external account) is not part of the tenant the app or mailbox belongs to.", "Das anmeldende Konto (oft ein privates oder externes) gehört nicht zum Mandanten der App bzw. des Postfachs."), &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud], 0.6),
    r(50027, "InvalidJwtToken", M_JWT, &[C::CertificateCredentialError, C::ClockSkew, C::TokenExpiredOrCached], 0.45),
    r(50029, "Invalid URI - domain name contains invalid characters", t!("The tenant or domain part of the URL contains invalid characters (a placeholder, quotes or spaces).", "Der Mandanten- bzw. Domänenteil der URL enthält ungültige Zeichen (Platzhalter, Anführungszeichen oder Leerzeichen)."), &[C::TenantNotFound, C::MalformedTokenRequest], 0.6),
    r(50032, "WeakRsaKey", t!("The certificate's RSA key is too weak; create a certificate with a 2048-bit or longer key.", "Der RSA-Schlüssel des Zertifikats ist zu schwach; erstellen Sie ein Zertifikat mit mindestens 2048 Bit."), &[C::CertificateCredentialError], 0.8),
    r(50033, "RetryableError", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(50034, "UserAccountNotFound", t!("The password (ROPC) flow named a user that does not exist in this tenant: mistyped name or wrong tenant.", "Der Kennwort-Flow (ROPC) nannte einen Benutzer, den es in diesem Mandanten nicht gibt: vertippter Name oder falscher Mandant."), &[C::InvalidUserCredentialsRopc, C::PersonalAccountNotSupported], 0.75),
    r(50035, "ECC key size is less than the minimum required", t!("The certificate's elliptic-curve (ECC) key is shorter than Entra requires; create a certificate with a longer key.", "Der elliptische (ECC-)Schlüssel des Zertifikats ist kürzer, als Entra verlangt; erstellen Sie ein Zertifikat mit einem längeren Schlüssel."), &[C::CertificateCredentialError], 0.8),
    r(50038, "The API version isn't supported", M_BAD, &[C::MalformedTokenRequest, C::WrongEndpointOrCloud], 0.4),
    r(50042, "UnableToGeneratePairwiseIdentifierWithMissingSalt", M_SVC, &[C::ServiceSideIncident], 0.4),
    r(50043, "UnableToGeneratePairwiseIdentifierWithMultipleSalts", M_SVC, &[C::ServiceSideIncident], 0.4),
    r(50045, "The salt required to generate a pairwise identifier is malformed", M_SVC, &[C::ServiceSideIncident], 0.4),
    r(50048, "SubjectMismatchesIssuer", t!("The client assertion's sub and iss claims differ; both must be the application (client) id.", "Die Claims sub und iss der Client-Assertion weichen ab; beide müssen die Anwendungs-ID (Client-ID) sein."), &[C::CertificateCredentialError], 0.85),
    r(50049, "NoSuchInstanceForDiscovery", t!("The authority host in the request is unknown or invalid (a mistyped login host or cloud).", "Der Authority-Host der Anforderung ist unbekannt oder ungültig (vertippter Anmeldehost oder falsche Cloud)."), &[C::WrongEndpointOrCloud], 0.7),
    r(50050, "MalformedDiscoveryRequest", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(50052, "InvalidPasswordExceedsMaxLength", t!("The password sent is longer than Entra accepts (256 characters): most often a token or a secret was passed where the password goes.", "Das gesendete Kennwort ist länger, als Entra annimmt (256 Zeichen): meist wurde ein Token oder ein Geheimnis an die Stelle des Kennworts gesetzt."), &[C::MalformedTokenRequest, C::InvalidUserCredentialsRopc], 0.75),
    r(50053, "IdsLocked", t!("The user account is locked (often by a service retrying a wrong password) or the IP is blocked; the sign-in log tells which.", "Das Benutzerkonto ist gesperrt (oft durch einen Dienst, der ein falsches Kennwort wiederholt) oder die IP ist blockiert; das Anmeldeprotokoll zeigt, was zutrifft."), &[C::AccountDisabledOrSigninBlocked, C::InvalidUserCredentialsRopc], 0.85),
    r(50054, "Looks like you entered your old password", t!("The old password was sent: the password was changed, so enter the new one in the client.", "Es wurde das alte Kennwort gesendet: Das Kennwort wurde geändert, tragen Sie also das neue im Client ein."), &[C::InvalidUserCredentialsRopc, C::PasswordExpired], 0.85),
    r(50055, "InvalidPasswordExpiredPassword", t!("The account's password has expired; a password (ROPC) flow cannot change it.", "Das Kennwort des Kontos ist abgelaufen; ein Kennwort-Flow (ROPC) kann es nicht ändern."), &[C::PasswordExpired], 0.95),
    r(50056, "Invalid or null password", t!("The directory holds no password for this user (e.g. federated or passwordless); a password flow cannot sign it in.", "Das Verzeichnis hat für diesen Benutzer kein Kennwort (z. B. föderiert oder kennwortlos); ein Kennwort-Flow kann ihn nicht anmelden."), &[C::InvalidUserCredentialsRopc], 0.7),
    r(50057, "UserDisabled", t!("The user account used for the sign-in is disabled in Entra.", "Das für die Anmeldung verwendete Benutzerkonto ist in Entra deaktiviert."), &[C::AccountDisabledOrSigninBlocked], 0.95),
    r(50058, "UserInformationNotProvided", t!("A silent sign-in found no user session; the user must sign in interactively (expected with prompt=none).", "Eine stille Anmeldung fand keine Benutzersitzung; der Benutzer muss sich interaktiv anmelden (bei prompt=none erwartet)."), &[C::TokenExpiredOrCached], 0.5),
    r(50059, "MissingTenantRealmAndNoUserInformationProvided", M_NOTENANT, &[C::WrongEndpointOrCloud, C::TenantNotFound], 0.65),
    r(50061, "SignoutInvalidRequest", M_SIGNOUT, &[C::MalformedTokenRequest], 0.2),
    r(50064, "CredentialAuthenticationError", t!("Validation of the username or password failed.", "Die Prüfung von Benutzername oder Kennwort ist gescheitert."), &[C::InvalidUserCredentialsRopc], 0.7),
    r(50068, "SignoutInitiatorNotParticipant", M_SIGNOUT, &[C::MalformedTokenRequest], 0.2),
    r(50070, "SignoutUnknownSessionIdentifier", M_SIGNOUT, &[C::MalformedTokenRequest], 0.2),
    r(50071, "SignoutMessageExpired", M_SIGNOUT, &[C::MalformedTokenRequest], 0.2),
    r(50072, "UserStrongAuthEnrollmentRequiredInterrupt", t!("The account must register MFA first; a password (ROPC) flow cannot do that.", "Das Konto muss zuerst MFA registrieren; ein Kennwort-Flow (ROPC) kann das nicht."), &[C::MfaRequiredRopc], 0.9),
    r(50074, "UserStrongAuthClientAuthNRequiredInterrupt", M_INTERRUPT, &[C::MfaRequiredRopc], 0.85),
    r(50076, "UserStrongAuthClientAuthNRequired", t!("MFA is required (policy, per-user MFA or new location), and the password flow cannot perform it.", "MFA ist erforderlich (Richtlinie, MFA pro Benutzer oder neuer Standort), und der Kennwort-Flow kann sie nicht durchführen."), &[C::MfaRequiredRopc, C::ConditionalAccessBlock, C::TokenExpiredOrCached], 0.9),
    r(50077, "Conditional access policy requires the authenticator to provide GPS location", M_GPS, &[C::ConditionalAccessBlock, C::MfaRequiredRopc], 0.8),
    // The MFA a sign-in presented earlier (in a refresh token) has expired under a policy: a
    // stored token needs an interactive sign-in again, not a password flow's fix.
    r(50078, "UserStrongAuthExpired", t!("The multi-factor authentication in the stored sign-in (its refresh token) has expired under the tenant's policy (most likely a Conditional Access sign-in frequency): sign in interactively again; a silent or password flow cannot renew it.", "Die mehrstufige Authentifizierung der gespeicherten Anmeldung (ihres Aktualisierungstokens) ist nach der Richtlinie des Mandanten abgelaufen (wahrscheinlich die Anmeldehäufigkeit einer Richtlinie für bedingten Zugriff): erneut interaktiv anmelden; ein stiller oder Kennwort-Flow kann sie nicht erneuern."), &[C::TokenExpiredOrCached, C::ConditionalAccessBlock, C::MfaRequiredRopc], 0.7),
    r(50079, "UserStrongAuthEnrollmentRequired", t!("The account must register for MFA before it can get tokens; not possible in a password flow.", "Das Konto muss sich für MFA registrieren, bevor es Token erhält; in einem Kennwort-Flow nicht möglich."), &[C::MfaRequiredRopc], 0.9),
    r(50080, "Bad request received", M_BAD, &[C::MalformedTokenRequest], 0.4),
    r(50081, "Conditional access policy requires GPS location", M_GPS, &[C::ConditionalAccessBlock, C::MfaRequiredRopc], 0.8),
    r(50085, "Refresh token needs social IDP login", M_RT, &[C::TokenExpiredOrCached], 0.6),
    r(50086, "SasNonRetryableError", M_INTERRUPT, &[C::MfaRequiredRopc, C::ServiceSideIncident], 0.35),
    r(50087, "SasRetryableError", M_SVC, &[C::ServiceSideIncident, C::MfaRequiredRopc], 0.5),
    r(50088, "Limit on telecom MFA calls reached", M_SVC, &[C::ServiceSideIncident, C::MfaRequiredRopc], 0.4),
    r(50089, "Authentication failed due to flow token expired", M_RT, &[C::TokenExpiredOrCached], 0.75),
    r(50091, "Passed query string length exceeds supported limit", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(50097, "DeviceAuthenticationRequired", M_CADEV, &[C::ConditionalAccessBlock], 0.8),
    r(50098, "JWT body must contain '{field}'", M_JWT, &[C::CertificateCredentialError, C::MalformedTokenRequest], 0.5),
    r(50099, "PKeyAuthInvalidJwtUnauthorized", M_CADEV, &[C::ConditionalAccessBlock], 0.4),
    r(50100, "There was an error transforming the claims for the token", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(50101, "Unknown claims transformer", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(50102, "Unable to load CustomClaimsTransformer", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(50103, "There was an error transforming the claims for the token: {errorMessage}", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(50105, "EntitlementGrantsNotFound", t!("The enterprise application requires assignment and the signing-in user is not assigned to it.", "Die Unternehmensanwendung verlangt eine Zuweisung, und der anmeldende Benutzer ist ihr nicht zugewiesen."), &[C::UserNotAssignedToApp], 0.95),
    r(50107, "InvalidRealmUri", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(50108, "Claims transformation configuration could not be retrieved", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(50109, "Claim transformation is unknown from configuration", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(50111, "Unknown claim transformation was asked to be applied", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(50117, "Failed to deserialize policy specified in the request's claim parameter", M_BAD, &[C::MalformedTokenRequest], 0.4),
    r(50120, "ThresholdJwtInvalidJwtFormat", M_JWT, &[C::CertificateCredentialError, C::MalformedTokenRequest], 0.4),
    r(50123, "Unknown claims transformation method", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(50124, "ClaimsTransformationInvalidInputParameter", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(50125, "PasswordResetRegistrationRequiredInterrupt", M_INTERRUPT, &[C::MfaRequiredRopc, C::PasswordExpired], 0.7),
    r(50126, "InvalidUserNameOrPassword", t!("The username or password sent in a password (ROPC) token request is wrong.", "Benutzername oder Kennwort in einer Tokenanforderung mit Kennwort (ROPC) sind falsch."), &[C::InvalidUserCredentialsRopc], 0.9),
    r(50127, "BrokerAppNotInstalled", M_CADEV, &[C::ConditionalAccessBlock], 0.65),
    r(50128, "Invalid domain name", M_NOTENANT, &[C::TenantNotFound, C::WrongEndpointOrCloud], 0.7),
    r(50129, "DeviceIsNotWorkplaceJoined", M_CADEV, &[C::ConditionalAccessBlock], 0.75),
    r(50130, "The claim value(s) can't be interpreted as known auth method(s)", M_BAD, &[C::MalformedTokenRequest], 0.4),
    r(50131, "ConditionalAccessFailed", t!("Conditional Access refused the sign-in (device state, suspicious activity or a policy); the sign-in log names the reason.", "Der bedingte Zugriff hat die Anmeldung verweigert (Gerätezustand, verdächtige Aktivität oder eine Richtlinie); das Anmeldeprotokoll nennt den Grund."), &[C::ConditionalAccessBlock, C::AccountDisabledOrSigninBlocked], 0.7),
    r(50132, "SsoArtifactInvalidOrExpired", M_PWCHG, &[C::TokenExpiredOrCached, C::PasswordExpired], 0.65),
    r(50133, "SsoArtifactRevoked", M_PWCHG, &[C::TokenExpiredOrCached, C::PasswordExpired], 0.65),
    r(50134, "DeviceFlowAuthorizeWrongDatacenter", M_CLOUD, &[C::WrongEndpointOrCloud], 0.6),
    r(50135, "PasswordChangeCompromisedPassword", M_RISK, &[C::PasswordExpired, C::AccountDisabledOrSigninBlocked], 0.7),
    r(50136, "RedirectMsaSessionToApp", t!("A personal Microsoft account session was found where the app expects a work account.", "Eine Sitzung eines privaten Microsoft-Kontos wurde gefunden, wo die App ein Geschäftskonto erwartet."), &[C::PersonalAccountNotSupported], 0.5),
    r(50137, "Password needs to be changed due to security policy rule", M_PWMUST, &[C::PasswordExpired, C::MfaRequiredRopc], 0.7),
    r(50138, "Invalid encryption key environment", M_SVC, &[C::ServiceSideIncident], 0.3),
    r(50139, "SessionMissingMsaOAuth2RefreshToken", M_RT, &[C::TokenExpiredOrCached, C::PersonalAccountNotSupported], 0.45),
    r(50140, "KmsiInterrupt", M_PROMPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.2),
    r(50141, "Protected key isn't intended for the authenticated user", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(50142, "Password change is required due to a Conditional Access policy", M_PWMUST, &[C::PasswordExpired, C::ConditionalAccessBlock], 0.7),
    r(50143, "Session mismatch", M_NOTIN, &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.4),
    r(50144, "InvalidPasswordExpiredOnPremPassword", t!("The on-premises Active Directory password of this synced account has expired.", "Das Kennwort dieses synchronisierten Kontos im lokalen Active Directory ist abgelaufen."), &[C::PasswordExpired], 0.95),
    r(50146, "MissingCustomSigningKey", t!("The app's own signing key is missing, expired or not yet valid.", "Der eigene Signaturschlüssel der App fehlt, ist abgelaufen oder noch nicht gültig."), &[C::CertificateCredentialError], 0.5),
    r(50147, "MissingCodeChallenge", M_PKCE, &[C::MalformedTokenRequest], 0.8),
    r(50148, "The code_verifier doesn't match the code_challenge supplied in the authorization request for PKCE", M_PKCE, &[C::MalformedTokenRequest], 0.8),
    r(50149, "Invalid Code_Challenge_method parameter", M_PKCE, &[C::MalformedTokenRequest], 0.8),
    r(50150, "The provided credentials does not have a valid user consent approval information", M_CONSENT, &[C::ConsentMissing], 0.4),
    r(50155, "DeviceAuthenticationFailed", M_CADEV, &[C::ConditionalAccessBlock], 0.6),
    r(50156, "Device tokens are not supported for V2 resource", M_DEVONLY, &[C::WrongTokenAudience, C::MalformedTokenRequest], 0.3),
    r(50157, "User redirection required for routing", M_PROMPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.2),
    r(50158, "ExternalSecurityChallenge", t!("An external MFA or Conditional Access control must be satisfied, which a password flow cannot do.", "Eine externe MFA- oder Zugriffskontrolle muss erfüllt werden, was ein Kennwort-Flow nicht kann."), &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.8),
    r(50159, "Claims sent by external provider are not enough", M_EXTMFA, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.4),
    r(50160, "Different target tenant is preferred", M_NOTIN, &[C::WrongEndpointOrCloud], 0.3),
    r(50161, "InvalidExternalSecurityChallengeConfiguration", M_EXTMFA, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.4),
    r(50162, "Claims transformation has timed out", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(50163, "Regular expression replacement for claims transformation exceeds the size limit", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(50164, "The supplied access token was not issued for the purpose for which it is being used", M_JWT, &[C::WrongTokenAudience, C::MalformedTokenRequest], 0.4),
    r(50165, "The token encrypting algorithm requested by the application isn't supported", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(50166, "ExternalClaimsProviderThrottled", M_EXTMFA, &[C::ServiceSideIncident, C::MfaRequiredRopc], 0.4),
    r(50167, "Invalid pop_jwk key", M_JWT, &[C::MalformedTokenRequest, C::CertificateCredentialError], 0.4),
    r(50168, "ChromeBrowserSsoInterruptRequired", M_PROMPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.2),
    r(50169, "InvalidRequestBadRealm", M_NOTENANT, &[C::WrongEndpointOrCloud, C::TenantNotFound], 0.45),
    r(50170, "MissingExternalClaimsProviderMapping", M_EXTMFA, &[C::ConditionalAccessBlock, C::MfaRequiredRopc], 0.4),
    r(50171, "The given audience can only be used in Mutual-TLS token calls", M_BAD, &[C::MalformedTokenRequest, C::CertificateCredentialError], 0.4),
    r(50172, "External claims provider isn't approved", M_EXTMFA, &[C::ConditionalAccessBlock, C::MfaRequiredRopc], 0.4),
    r(50173, "FreshTokenNeeded", t!("A delegated refresh token was revoked (password reset, admin revocation); the user must sign in again.", "Ein delegiertes Aktualisierungstoken wurde widerrufen (Kennwortänderung, Widerruf durch Administrator); der Benutzer muss sich neu anmelden."), &[C::TokenExpiredOrCached], 0.8),
    r(50176, "Missing definition of external control", M_EXTMFA, &[C::ConditionalAccessBlock, C::MfaRequiredRopc], 0.4),
    r(50177, "ExternalChallengeNotSupportedForPassthroughUsers", M_INTERRUPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.5),
    r(50178, "SessionControlNotSupportedForPassthroughUsers", t!("A Conditional Access session control cannot apply to this pass-through user.", "Ein Sitzungssteuerelement des bedingten Zugriffs ist für diesen Passthrough-Benutzer nicht anwendbar."), &[C::ConditionalAccessBlock], 0.5),
    r(50179, "Client_info is not supported for this user", M_BAD, &[C::MalformedTokenRequest, C::PersonalAccountNotSupported], 0.3),
    r(50180, "WindowsIntegratedAuthMissing", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(50181, "OTP related failure during sign-in", t!("A one-time passcode (OTP) step of the sign-in failed; repeat the sign-in interactively.", "Ein Schritt mit Einmalkennwort (OTP) ist bei der Anmeldung gescheitert; wiederholen Sie die Anmeldung interaktiv."), &[C::MfaRequiredRopc, C::ServiceSideIncident], 0.3),
    r(50187, "DeviceInformationNotProvided", M_CADEV, &[C::ConditionalAccessBlock], 0.5),
    r(50189, "The device code is not correctly formatted", M_DEVCODE, &[C::MalformedTokenRequest], 0.6),
    r(50192, "RawCredentialExpectedNotFound", t!("Certificate-based sign-in sent no certificate (often a proxy strips it).", "Die zertifikatbasierte Anmeldung hat kein Zertifikat gesendet (oft entfernt es ein Proxy)."), &[C::CertificateCredentialError, C::NetworkEgressBlocked], 0.45),
    r(50194, "Application isn't configured as a multitenant application; /common isn't supported", t!("A single-tenant app requested its token from /common; use the tenant-specific endpoint.", "Eine Einzelmandanten-App hat ihr Token bei /common angefordert; verwenden Sie den mandantenspezifischen Endpunkt."), &[C::WrongEndpointOrCloud], 0.95),
    r(50196, "LoopDetected", t!("The client requested the same token too often in a short time; it must cache tokens and handle errors instead of retrying in a loop.", "Der Client hat dasselbe Token in kurzer Zeit zu oft angefordert; er muss Token zwischenspeichern und Fehler behandeln, statt in einer Schleife zu wiederholen."), &[C::TokenExpiredOrCached, C::ServiceSideIncident], 0.3),
    r(50197, "ConflictingIdentities", t!("The user could not be resolved to one identity; sign in again.", "Der Benutzer ließ sich keiner eindeutigen Identität zuordnen; melden Sie sich erneut an."), &[C::InvalidUserCredentialsRopc], 0.3),
    r(50199, "CmsiInterrupt", M_PROMPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.2),
    r(50201, "Message prompt interrupt", M_PROMPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.2),
    r(50203, "User has not registered the authenticator app", M_INTERRUPT, &[C::MfaRequiredRopc], 0.6),
    r(51000, "RequiredFeatureNotEnabled", t!("A feature the request needs is turned off for this tenant or app; the full error_description may name it.", "Eine Funktion, die die Anforderung braucht, ist für diesen Mandanten oder diese App ausgeschaltet; die vollständige error_description nennt sie womöglich."), &[C::ServiceSideIncident], 0.3),
    r(51001, "DomainHintMustbePresent", M_BAD, &[C::MalformedTokenRequest], 0.4),
    r(51004, "UserAccountNotInDirectory", M_NOTIN, &[C::InvalidUserCredentialsRopc, C::PersonalAccountNotSupported], 0.6),
    r(51005, "TemporaryRedirect", M_PROMPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.2),
    r(51006, "ForceReauthDueToInsufficientAuth", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(52004, "DelegationDoesNotExistForLinkedIn", M_CONSENT, &[C::ConsentMissing], 0.4),
    r(53000, "DeviceNotCompliant", t!("A Conditional Access policy demands a compliant device that the mail client or service cannot present.", "Eine Richtlinie für bedingten Zugriff verlangt ein konformes Gerät, das der Mailclient oder Dienst nicht vorweisen kann."), &[C::ConditionalAccessBlock], 0.95),
    r(53001, "DeviceNotDomainJoined", t!("A Conditional Access policy demands a domain-joined device.", "Eine Richtlinie für bedingten Zugriff verlangt ein in die Domäne eingebundenes Gerät."), &[C::ConditionalAccessBlock], 0.95),
    r(53002, "ApplicationUsedIsNotAnApprovedApp", M_CADEV, &[C::ConditionalAccessBlock], 0.9),
    r(53003, "BlockedByConditionalAccess", t!("A Conditional Access policy refused to issue the token; the sign-in log names it.", "Eine Richtlinie für bedingten Zugriff hat das Token verweigert; das Anmeldeprotokoll nennt sie."), &[C::ConditionalAccessBlock], 0.97),
    r(53004, "ProofUpBlockedDueToRisk", M_INTERRUPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.6),
    r(53005, "Application needs to enforce Intune protection policies", M_CADEV, &[C::ConditionalAccessBlock], 0.85),
    r(53006, "Authentication required from federated idP", M_INTERRUPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.4),
    r(53007, "Authentication required from federated IDP", M_INTERRUPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.4),
    r(53008, "Browser not supported", M_CADEV, &[C::ConditionalAccessBlock], 0.5),
    r(53009, "Application needs to enforce Intune protection policies", M_CADEV, &[C::ConditionalAccessBlock], 0.85),
    r(53010, "ProofUpBlockedDueToSecurityInfoAcr", M_INTERRUPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.5),
    r(53011, "User blocked due to risk on home tenant", M_RISK, &[C::AccountDisabledOrSigninBlocked, C::ConditionalAccessBlock], 0.7),
    r(54000, "MinorUserBlockedLegalAgeGroupRule", M_AGE, &[C::AccountDisabledOrSigninBlocked], 0.5),
    r(54005, "OAuth2 Authorization code was already redeemed", t!("The client redeemed the same authorization code twice — a bug in the client's token request, not a permission problem.", "Der Client hat denselben Autorisierungscode zweimal eingelöst – ein Fehler in seiner Tokenanforderung, kein Berechtigungsproblem."), &[C::MalformedTokenRequest], 0.5),
    r(54008, "The credential used is not supported as a First Factor", M_MFAMETHOD, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.7),
    r(54009, "MFA is required and the credential used is not supported", M_MFAMETHOD, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.7),
    r(54010, "Proofup blocked due to credential used not supported", M_MFAMETHOD, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.6),
    r(65001, "DelegationDoesNotExist", t!("No consent exists for the requested permissions in this tenant; an admin must grant it.", "Für die angeforderten Berechtigungen gibt es in diesem Mandanten keine Zustimmung; ein Administrator muss sie erteilen."), &[C::ConsentMissing], 0.95),
    r(65002, "Consent between first party application and first party resource must be configured via preauthorization", t!("A Microsoft-owned application id was used to request a token for another API; register your own app instead.", "Eine Anwendungs-ID von Microsoft wurde für ein Token einer anderen API verwendet; registrieren Sie stattdessen eine eigene App."), &[C::ConsentMissing, C::AppNotFoundInTenant], 0.5),
    r(65004, "UserDeclinedConsent", M_CONSENT, &[C::ConsentMissing], 0.9),
    r(65005, "MisconfiguredApplication", t!("The app's required permissions do not list the requested API, or the API cannot be found; add the permission and consent.", "Die benötigten Berechtigungen der App nennen die angeforderte API nicht, oder die API wird nicht gefunden; Berechtigung hinzufügen und zustimmen."), &[C::ConsentMissing, C::ResourceNotFound, C::InvalidScope], 0.6),
    r(65006, "Resource had no entitlements matching required permissions", M_RRA, &[C::ConsentMissing, C::InvalidScope], 0.5),
    r(65007, "Client required resource access configuration has changed", t!("The app's required permissions were just changed and the change has not reached every server yet; wait a few minutes and retry.", "Die benötigten Berechtigungen der App wurden gerade geändert, und die Änderung hat noch nicht jeden Server erreicht; warten Sie einige Minuten und versuchen Sie es erneut."), &[C::ReplicationDelay, C::ConsentMissing], 0.6),
    r(67003, "ActorNotValidServiceIdentity", M_JWT, &[C::CertificateCredentialError, C::MalformedTokenRequest], 0.3),
    r(70000, "InvalidGrant", t!("The grant (usually a delegated refresh token) is invalid. Field reports also show this code when requested scopes are not granted, so check the scope too.", "Die Berechtigung (meist ein delegiertes Aktualisierungstoken) ist ungültig. Praxisberichte zeigen den Code auch, wenn angeforderte Scopes nicht gewährt sind; prüfen Sie also auch den Scope."), &[C::TokenExpiredOrCached, C::InvalidScope], 0.55),
    r(70001, "UnauthorizedClient", t!("The application is disabled.", "Die Anwendung ist deaktiviert."), &[C::AppOrServicePrincipalDisabled, C::AppNotFoundInTenant], 0.8),
    r(70002, "InvalidClient", t!("The client_secret does not match this app; often the Secret ID was sent instead of the Value.", "Das client_secret passt nicht zu dieser App; oft wurde die Geheimnis-ID statt des Werts gesendet."), &[C::InvalidClientSecret, C::SecretIdUsedAsValue, C::ExpiredClientSecret], 0.8),
    r(70003, "UnsupportedGrantType", M_BAD, &[C::MalformedTokenRequest], 0.85),
    r(70004, "InvalidRedirectUri", t!("The redirect URI sent matches none registered on the app.", "Die gesendete Umleitungs-URI passt zu keiner in der App registrierten."), &[C::RedirectUriMismatch], 0.9),
    r(70005, "UnsupportedResponseType", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(70007, "UnsupportedResponseMode", M_BAD, &[C::MalformedTokenRequest], 0.7),
    r(70008, "ExpiredOrRevokedGrant", M_RT, &[C::TokenExpiredOrCached], 0.85),
    r(70011, "InvalidScope", t!("The scope string is not valid for this request; client credentials need https://outlook.office365.com/.default.", "Der Scope ist für diese Anforderung ungültig; Client Credentials brauchen https://outlook.office365.com/.default."), &[C::InvalidScope], 0.9),
    r(70012, "MsaServerError", M_SVC, &[C::ServiceSideIncident, C::PersonalAccountNotSupported], 0.5),
    r(70016, "AuthorizationPending", M_DEVCODE, &[C::MalformedTokenRequest], 0.3),
    r(70018, "BadVerificationCode", M_DEVCODE, &[C::MalformedTokenRequest], 0.35),
    r(70019, "CodeExpired", M_DEVCODE, &[C::TokenExpiredOrCached], 0.6),
    r(70020, "This device code has expired", M_DEVCODE, &[C::TokenExpiredOrCached], 0.6),
    r(70021, "No matching federated identity record found for presented assertion", t!("The federated credential (workload identity) does not match the token's issuer, subject or audience (wording from Microsoft's workload identity documentation; not in the reference page).", "Die Verbundanmeldeinformation (Workload-Identität) passt nicht zu Aussteller, Antragsteller oder Zielgruppe des Tokens (Wortlaut aus Microsofts Dokumentation zu Workload-Identitäten; nicht in der Referenzseite)."), &[C::CertificateCredentialError], 0.8),
    r(70030, "Remote authentication failed to read session from storage", M_SVC, &[C::ServiceSideIncident, C::TokenExpiredOrCached], 0.3),
    r(70031, "Remote authentication session is in a bad state", M_DEVCODE, &[C::MalformedTokenRequest, C::ServiceSideIncident], 0.3),
    r(70033, "The remote auth session with this device code has already been approved", M_DEVCODE, &[C::MalformedTokenRequest, C::TokenExpiredOrCached], 0.4),
    r(70034, "The remote auth session with this device code has already been denied", M_DEVCODE, &[C::MalformedTokenRequest, C::ConsentMissing], 0.4),
    r(70035, "Remote auth session with this device code doesn't exist", M_DEVCODE, &[C::MalformedTokenRequest, C::TokenExpiredOrCached], 0.4),
    r(70036, "Unsupported remote auth session state", M_DEVCODE, &[C::MalformedTokenRequest, C::TokenExpiredOrCached], 0.3),
    r(70037, "Incorrect challenge response provided", t!("A wrong challenge response was given, so Entra denied the remote sign-in session; start the sign-in again.", "Auf die Abfrage (Challenge) wurde falsch geantwortet, daher hat Entra die Remote-Anmeldesitzung abgelehnt; starten Sie die Anmeldung neu."), &[C::MalformedTokenRequest, C::MfaRequiredRopc], 0.25),
    r(70039, "The remote auth session with this device code has expired", M_DEVCODE, &[C::TokenExpiredOrCached], 0.6),
    r(70041, "Unable to complete OAuth2 IdP's sign in. The 'nonce' claim does not match the expected value", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(70043, "BadTokenDueToSignInFrequency", M_SIF, &[C::TokenExpiredOrCached, C::ConditionalAccessBlock], 0.75),
    r(70044, "Conditional Access session management forces the session to expire", M_SIF, &[C::TokenExpiredOrCached, C::ConditionalAccessBlock], 0.7),
    r(70045, "The refresh token is invalid due to sign-in frequency checks by conditional access", M_SIF, &[C::TokenExpiredOrCached, C::ConditionalAccessBlock], 0.8),
    r(70046, "Session is invalid due to re-authentication checks by conditional access", M_SIF, &[C::TokenExpiredOrCached, C::ConditionalAccessBlock], 0.75),
    r(75001, "BindingSerializationError", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(75003, "UnsupportedBindingError", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(75005, "Saml2MessageInvalid", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(75008, "RequestDeniedError", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(75011, "NoMatchedAuthnContextInOutputClaims", M_SAML, &[C::MalformedTokenRequest, C::MfaRequiredRopc], 0.3),
    r(75016, "Saml2AuthenticationRequestInvalidNameIDPolicy", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(76021, "ApplicationRequiresSignedRequests", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(76026, "RequestIssueTimeExpired", M_SAML, &[C::MalformedTokenRequest, C::ClockSkew], 0.3),
    r(80001, "OnPremiseStoreIsNotAvailable", M_PTA, &[C::ServiceSideIncident, C::InvalidUserCredentialsRopc], 0.3),
    r(80002, "OnPremisePasswordValidatorRequestTimedout", M_PTA, &[C::ServiceSideIncident, C::InvalidUserCredentialsRopc], 0.3),
    r(80003, "Invalid response received by Authentication Agent", M_PTA, &[C::ServiceSideIncident, C::InvalidUserCredentialsRopc], 0.3),
    r(80004, "Incorrect User Principal Name (UPN) used in sign-in request", t!("The pass-through authentication agent got an invalid user name (wrong UPN); sign in with the right user name.", "Der Agent der Passthrough-Authentifizierung erhielt einen ungültigen Benutzernamen (falscher UPN); melden Sie sich mit dem richtigen an."), &[C::InvalidUserCredentialsRopc], 0.6),
    r(80005, "OnPremisePasswordValidatorUnpredictableWebException", M_PTA, &[C::ServiceSideIncident, C::InvalidUserCredentialsRopc], 0.3),
    r(80007, "OnPremisePasswordValidatorErrorOccurredOnPrem", M_PTA, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(80010, "OnPremisePasswordValidationEncryptionException", M_PTA, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(80011, "Authentication Agent unable to retrieve decryption key", M_PTA, &[C::ServiceSideIncident, C::InvalidUserCredentialsRopc], 0.3),
    r(80012, "OnPremisePasswordValidationAccountLogonInvalidHours", t!("The user signed in outside the logon hours set in Active Directory.", "Der Benutzer hat sich außerhalb der im Active Directory festgelegten Anmeldezeiten angemeldet."), &[C::AccountDisabledOrSigninBlocked], 0.75),
    r(80013, "OnPremisePasswordValidationTimeSkew", t!("The clocks of the pass-through authentication agent and Active Directory differ; fix the time sync.", "Die Uhren des Passthrough-Agenten und des Active Directory weichen ab; korrigieren Sie die Zeitsynchronisierung."), &[C::ClockSkew], 0.6),
    r(80014, "OnPremisePasswordValidationAuthenticationAgentTimeout", M_PTA, &[C::ServiceSideIncident, C::InvalidUserCredentialsRopc], 0.3),
    r(81001, "User's Kerberos ticket is too large", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81002, "Unable to validate the user's Kerberos ticket", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81003, "Unable to validate the user's Kerberos ticket", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81004, "DesktopSsoIdentityInTicketIsNotAuthenticated", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81005, "DesktopSsoAuthenticationPackageNotSupported", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81006, "DesktopSsoNoAuthorizationHeader", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81007, "DesktopSsoTenantIsNotOptIn", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81008, "Unable to validate the user's Kerberos ticket", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81009, "DesktopSsoAuthorizationHeaderValueWithBadFormat", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81010, "DesktopSsoAuthTokenInvalid", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81011, "DesktopSsoLookupUserBySidFailed", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81012, "DesktopSsoMismatchBetweenTokenUpnAndChosenUpn", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81013, "Unable to find the user object based on the user's Kerberos ticket", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81014, "The DesktopSSO auth token has expired", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81015, "Rejecting DesktopSSO Kerberos ticket as it was obtained through delegation", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(81016, "Invalid STS request", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(90002, "InvalidTenantName", t!("The tenant in the URL does not exist — a typo, an unregistered domain, or a tenant of another cloud sent to this login host.", "Den Mandanten in der URL gibt es nicht – Tippfehler, nicht registrierte Domäne oder ein Mandant einer anderen Cloud an diesem Anmeldehost."), &[C::TenantNotFound, C::WrongEndpointOrCloud], 0.85),
    r(90004, "InvalidRequestFormat", M_BAD, &[C::MalformedTokenRequest], 0.8),
    r(90005, "InvalidRequestWithMultipleRequirements", M_BAD, &[C::MalformedTokenRequest], 0.75),
    r(90006, "ExternalServerRetryableError", M_SVC, &[C::ServiceSideIncident], 0.7),
    r(90007, "InvalidSessionId", M_BAD, &[C::MalformedTokenRequest], 0.4),
    r(90008, "TokenForItselfRequiresGraphPermission", M_CONSENT, &[C::ConsentMissing], 0.75),
    r(90009, "TokenForItselfMissingIdenticalAppIdentifier", t!("The app requests a token for itself; name the resource by its application id (GUID).", "Die App fordert ein Token für sich selbst an; nennen Sie die Ressource mit ihrer Anwendungs-ID (GUID)."), &[C::InvalidScope], 0.65),
    r(90010, "NotSupported", t!("Entra cannot create the signing algorithm the request asks for; field reports also show this code for a grant type sent to /common or /consumers.", "Entra kann den angeforderten Signaturalgorithmus nicht erzeugen; Praxisberichte zeigen den Code auch für einen Grant-Typ an /common oder /consumers."), &[C::WrongEndpointOrCloud, C::CertificateCredentialError], 0.4),
    r(90012, "RequestTimeout", M_SVC, &[C::ServiceSideIncident, C::NetworkEgressBlocked], 0.5),
    r(90013, "InvalidUserInput", t!("Part of the request (often the tenant or user value) is invalid; the reference gives no detail, so read the full error_description.", "Ein Teil der Anforderung (oft der Mandanten- oder Benutzerwert) ist ungültig; die Referenz nennt keine Details, lesen Sie also die vollständige error_description."), &[C::TenantNotFound, C::MalformedTokenRequest], 0.4),
    r(90014, "MissingRequiredField", t!("The token request lacks a required field.", "Der Tokenanforderung fehlt ein Pflichtfeld."), &[C::MalformedTokenRequest], 0.85),
    r(90015, "QueryStringTooLong", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(90016, "MissingRequiredClaim", M_JWT, &[C::CertificateCredentialError, C::MalformedTokenRequest], 0.5),
    r(90017, "Unexpected field", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(90019, "MissingTenantRealm", M_NOTENANT, &[C::WrongEndpointOrCloud, C::TenantNotFound], 0.7),
    r(90020, "The SAML 1.1 Assertion is missing ImmutableID of the user", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(90022, "AuthenticatedInvalidPrincipalNameFormat", M_BAD, &[C::MalformedTokenRequest], 0.4),
    r(90023, "InvalidRequest", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(90024, "RequestBudgetExceededError", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(90025, "Request processing has exceeded internal allowance", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(90027, "We are unable to issue tokens from this API version on the MSA tenant", t!("A personal account signed in through a v1 endpoint; use the v2.0 endpoints.", "Ein privates Konto hat sich über einen v1-Endpunkt angemeldet; verwenden Sie die v2.0-Endpunkte."), &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.75),
    r(90028, "Principal name format is invalid; primary component of the name is required", M_BAD, &[C::MalformedTokenRequest, C::InvalidUserCredentialsRopc], 0.4),
    r(90029, "The realm is a Unicode domain name", M_NOTENANT, &[C::TenantNotFound, C::WrongEndpointOrCloud], 0.4),
    r(90030, "A transient error has occurred", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(90031, "A transient error has occurred", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(90032, "A transient error has occurred", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(90033, "MsodsServiceUnavailable", M_SVC, &[C::ServiceSideIncident], 0.8),
    r(90035, "Service is temporarily unavailable", M_SVC, &[C::ServiceSideIncident], 0.7),
    r(90036, "MsodsServiceUnretryableFailure", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(90037, "Non-retryable error has occurred", M_SVC, &[C::ServiceSideIncident], 0.4),
    r(90038, "NationalCloudTenantRedirection", t!("The tenant lives in another cloud (GCC High, DoD, 21Vianet); use that cloud's login host.", "Der Mandant liegt in einer anderen Cloud (GCC High, DoD, 21Vianet); verwenden Sie deren Anmeldehost."), &[C::WrongEndpointOrCloud], 0.95),
    r(90039, "Service is temporarily unavailable", M_SVC, &[C::ServiceSideIncident], 0.7),
    r(90040, "A non-retryable error has occurred", M_SVC, &[C::ServiceSideIncident], 0.4),
    r(90041, "A transient error has occurred", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(90042, "National Cloud Name is missing in the postback request", M_CLOUD, &[C::WrongEndpointOrCloud], 0.4),
    r(90043, "NationalCloudAuthCodeRedirection", M_CLOUD, &[C::WrongEndpointOrCloud], 0.6),
    r(90044, "National Cloud Request Process Switched off", M_CLOUD, &[C::WrongEndpointOrCloud, C::ServiceSideIncident], 0.3),
    r(90045, "Service is too busy", M_SVC, &[C::ServiceSideIncident], 0.7),
    r(90049, "Application could not be found", t!("The client id does not exist in this tenant: wrong id, wrong tenant, or the app was never added there.", "Die Client-ID existiert in diesem Mandanten nicht: falsche ID, falscher Mandant oder die App wurde dort nie hinzugefügt."), &[C::AppNotFoundInTenant], 0.6),
    r(90050, "Response content length from external IdP exceeds supported limit", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(90051, "InvalidNationalCloudId", M_CLOUD, &[C::WrongEndpointOrCloud], 0.85),
    r(90055, "TenantThrottlingError", t!("Too many requests from this tenant; Entra throttles it. Cache tokens and slow down.", "Zu viele Anforderungen aus diesem Mandanten; Entra drosselt ihn. Token zwischenspeichern und langsamer anfragen."), &[C::ServiceSideIncident], 0.6),
    r(90056, "BadResourceRequest", t!("The code must be redeemed with a POST to the /token endpoint after the /authorize step.", "Der Code muss nach dem /authorize-Schritt mit einem POST an den /token-Endpunkt eingelöst werden."), &[C::MalformedTokenRequest], 0.7),
    r(90061, "Request to External OIDC endpoint failed", M_OIDC, &[C::ServiceSideIncident, C::CertificateCredentialError], 0.3),
    r(90072, "PassThroughUserMfaError", M_NOTIN, &[C::PersonalAccountNotSupported, C::MfaRequiredRopc], 0.5),
    r(90073, "Invalid Fairfax Gateway Redirect", M_CLOUD, &[C::WrongEndpointOrCloud], 0.4),
    r(90081, "OrgIdWsFederationMessageInvalid", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(90082, "OrgIdWsFederationNotSupported", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(90083, "Request is unsupported", M_BAD, &[C::MalformedTokenRequest], 0.4),
    r(90084, "OrgIdWsFederationGuestNotAllowed", M_NOTIN, &[C::PersonalAccountNotSupported], 0.4),
    r(90085, "OrgIdWsFederationSltRedemptionFailed", t!("The tenant is not fully provisioned yet (a new tenant or subscription); wait and retry.", "Der Mandant ist noch nicht vollständig bereitgestellt (neuer Mandant oder neues Abonnement); warten Sie und versuchen Sie es erneut."), &[C::ServiceSideIncident], 0.4),
    r(90086, "OrgIdWsTrustDaTokenExpired", M_RT, &[C::TokenExpiredOrCached], 0.4),
    r(90087, "OrgIdWsFederationMessageCreationFromUriFailed", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(90089, "User token should not be used in App on behalf of flow", t!("An application on-behalf-of request passed a user's token; that flow takes an app-only token.", "Eine anwendungsbezogene On-Behalf-Of-Anforderung übergab ein Benutzertoken; dieser Flow nimmt nur ein App-Token an."), &[C::MalformedTokenRequest], 0.4),
    r(90090, "GraphRetryableError", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(90091, "GraphServiceUnreachable", M_SVC, &[C::ServiceSideIncident], 0.5),
    r(90092, "GraphNonRetryableError", M_SVC, &[C::ServiceSideIncident], 0.4),
    r(90093, "GraphUserUnauthorized", M_CONSENT, &[C::ConsentMissing, C::ServiceSideIncident], 0.4),
    r(90094, "AdminConsentRequired", t!("The app requests permissions only an admin can grant; an admin must consent for the tenant.", "Die App fordert Berechtigungen an, die nur ein Administrator gewähren kann; ein Administrator muss für den Mandanten zustimmen."), &[C::ConsentMissing], 0.95),
    r(90095, "AdminConsentRequiredRequestAccess", M_CONSENT, &[C::ConsentMissing], 0.9),
    r(90096, "Admin consent is required; admin consent request sent for processing", M_CONSENT, &[C::ConsentMissing], 0.9),
    r(90097, "An error has occured during admin consent processing", M_CONSENT, &[C::ConsentMissing, C::ServiceSideIncident], 0.3),
    r(90099, "The application has not been authorized in the tenant", M_CONSENT, &[C::ConsentMissing], 0.7),
    r(90100, "InvalidRequestParameter", M_BAD, &[C::MalformedTokenRequest], 0.75),
    r(90101, "InvalidEmailAddress", M_BAD, &[C::MalformedTokenRequest], 0.5),
    r(90102, "InvalidUriParameter", t!("A URI parameter (often redirect_uri) is not a valid absolute URI.", "Ein URI-Parameter (oft redirect_uri) ist keine gültige absolute URI."), &[C::RedirectUriMismatch, C::MalformedTokenRequest], 0.6),
    r(90107, "InvalidXml", M_BAD, &[C::MalformedTokenRequest], 0.7),
    r(90112, "Application identifier is expected to be a GUID", t!("The client id sent is not a GUID (an app name, a secret or an empty variable in its place): the Application (client) ID from the app's overview belongs there.", "Die gesendete Client-ID ist keine GUID (ein App-Name, ein Geheimnis oder eine leere Variable an ihrer Stelle): dorthin gehört die Anwendungs-ID (Client-ID) aus der Übersicht der App."), &[C::AppNotFoundInTenant, C::MalformedTokenRequest], 0.8),
    r(90114, "InvalidExpiryDate", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(90116, "POST is the only supported verb", t!("The endpoint got the wrong HTTP method (e.g. GET instead of POST to /token).", "Der Endpunkt erhielt die falsche HTTP-Methode (z. B. GET statt POST an /token)."), &[C::MalformedTokenRequest], 0.85),
    r(90117, "InvalidRequestInput", M_BAD, &[C::MalformedTokenRequest], 0.5),
    r(90119, "InvalidUserCode", M_DEVCODE, &[C::MalformedTokenRequest], 0.5),
    r(90120, "InvalidDeviceFlowRequest", M_DEVCODE, &[C::MalformedTokenRequest, C::TokenExpiredOrCached], 0.4),
    r(90121, "InvalidEmptyRequest", M_BAD, &[C::MalformedTokenRequest], 0.8),
    r(90122, "User identifier is not present", M_BAD, &[C::MalformedTokenRequest, C::InvalidUserCredentialsRopc], 0.4),
    r(90123, "IdentityProviderAccessDenied", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.35),
    r(90124, "V1ResourceV2GlobalEndpointNotSupported", t!("Use the tenant-specific (or /organizations) endpoint for this resource.", "Verwenden Sie für diese Ressource den mandantenspezifischen Endpunkt (oder /organizations)."), &[C::WrongEndpointOrCloud], 0.9),
    r(90125, "DebugModeEnrollTenantNotFound", t!("No user has the name given: mistyped, or of another tenant.", "Kein Benutzer trägt den angegebenen Namen: vertippt oder aus einem anderen Mandanten."), &[C::InvalidUserCredentialsRopc, C::WrongUsernameInXoauth2], 0.6),
    r(90126, "DebugModeEnrollTenantNotInferred", M_NOTENANT, &[C::WrongEndpointOrCloud, C::TenantNotFound], 0.5),
    r(90129, "Token version 1 is not supported over the /common or /consumers endpoints", t!("Use the tenant-specific (or /organizations) endpoint for this resource.", "Verwenden Sie für diese Ressource den mandantenspezifischen Endpunkt (oder /organizations)."), &[C::WrongEndpointOrCloud], 0.85),
    r(90130, "NonConvergedAppV2GlobalEndpointNotSupported", t!("Use the tenant-specific (or /organizations) endpoint for this app.", "Verwenden Sie für diese App den mandantenspezifischen Endpunkt (oder /organizations)."), &[C::WrongEndpointOrCloud], 0.9),
    r(90131, "Invalid ambiguous request. sid cannot be used with prompt", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(90132, "Device codes supporting the personal Microsoft Account sign-in audience can only be used for v2 common or consumers tenants", M_DEVEP, &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.7),
    r(90133, "Device Code flow is not supported under /common or /consumers endpoint", M_DEVEP, &[C::WrongEndpointOrCloud], 0.8),
    r(90134, "Retrieving claims from identity provider failed", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(90135, "The user decided not to continue the authentication", M_CANCEL, &[C::MfaRequiredRopc, C::ConsentMissing], 0.2),
    r(90136, "Device Code flow is not supported for Confidential Clients", t!("Device-code sign-in is a public-client flow; an app with a secret or certificate must use another flow, or allow public client flows on the app.", "Die Gerätecode-Anmeldung ist ein Flow für öffentliche Clients; eine App mit Geheimnis oder Zertifikat muss einen anderen Flow verwenden oder in der App öffentliche Client-Flows zulassen."), &[C::ClientTypeMismatch], 0.9),
    r(90137, "User declined consent approval to release their profile information", M_CONSENT, &[C::ConsentMissing], 0.8),
    r(90138, "Invalid ambiguous request. sid cannot be used with login_hint", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(90139, "The device code flow connect mode is only supported for the /consumers/ tenant", M_DEVEP, &[C::WrongEndpointOrCloud, C::MalformedTokenRequest], 0.5),
    r(90150, "Failed to read request", M_BAD, &[C::MalformedTokenRequest], 0.5),
    r(90202, "A transient error has occurred", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(100007, "Regional endpoint for managed identities and Microsoft's own apps only", t!("The request went to a regional Entra endpoint, which serves only managed identities and Microsoft's own apps; use login.microsoftonline.com.", "Die Anfrage ging an einen regionalen Entra-Endpunkt, der nur verwaltete Identitäten und Microsofts eigene Apps bedient; login.microsoftonline.com verwenden."), &[C::WrongEndpointOrCloud], 0.8),
    r(120000, "PasswordChangeIncorrectCurrentPassword", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120002, "PasswordChangeInvalidNewPasswordWeak", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120003, "PasswordChangeInvalidNewPasswordContainsMemberName", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120004, "PasswordChangeOnPremComplexity", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120005, "PasswordChangeOnPremSuccessCloudFail", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120008, "PasswordChangeAsyncJobStateTerminated", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120011, "PasswordChangeAsyncUpnInferenceFailed", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120012, "PasswordChangeNeedsToHappenOnPrem", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120013, "PasswordChangeOnPremisesConnectivityFailure", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120014, "PasswordChangeOnPremUserAccountLockedOutOrDisabled", M_PWRESET, &[C::AccountDisabledOrSigninBlocked, C::PasswordExpired], 0.4),
    r(120015, "PasswordChangeADAdminActionRequired", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120016, "PasswordChangeUserNotFoundBySspr", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120018, "PasswordChangePasswordDoesnotComplyFuzzyPolicy", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120020, "PasswordChangeFailure", M_PWRESET, &[C::PasswordExpired, C::InvalidUserCredentialsRopc], 0.4),
    r(120021, "PartnerServiceSsprInternalServiceError", M_PWRESET, &[C::PasswordExpired, C::ServiceSideIncident], 0.4),
    r(130001, "Signature key ID is not provided", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(130004, "NgcKeyNotFound", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(130005, "NgcInvalidSignature", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(130006, "NgcTransportKeyNotFound", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(130007, "NgcDeviceIsDisabled", M_DEVOFF, &[C::ConditionalAccessBlock, C::AccountDisabledOrSigninBlocked], 0.4),
    r(130008, "NgcDeviceIsNotFound", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(130009, "Device key was found weak", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(130500, "Phone sign in was blocked due to User Credential Policy", M_MFAMETHOD, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.4),
    r(130501, "Sign in was blocked due to User Credential Policy", M_MFAMETHOD, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.4),
    r(130502, "Temporary Access Pass sign in was blocked due to User Credential Policy", M_MFAMETHOD, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.4),
    r(130503, "Your Temporary Access Pass is incorrect", M_TAP, &[C::InvalidUserCredentialsRopc, C::MfaRequiredRopc], 0.4),
    r(130504, "Your Temporary Access Pass has expired", M_TAP, &[C::InvalidUserCredentialsRopc, C::MfaRequiredRopc], 0.4),
    r(130505, "Your one-time Temporary Access Pass has been redeemed", M_TAP, &[C::InvalidUserCredentialsRopc, C::MfaRequiredRopc], 0.4),
    r(130506, "Access Pass must be used for Web Sign In", M_TAP, &[C::InvalidUserCredentialsRopc, C::MfaRequiredRopc], 0.3),
    r(130507, "An access pass could not be found or verified for the user", M_TAP, &[C::InvalidUserCredentialsRopc, C::MfaRequiredRopc], 0.3),
    r(135010, "KeyNotFound", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(135011, "Device used during the authentication is disabled", M_DEVOFF, &[C::ConditionalAccessBlock, C::AccountDisabledOrSigninBlocked], 0.6),
    r(140000, "InvalidRequestNonce", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(140001, "InvalidSessionKey", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(160011, "Selected user account was invalid", t!("The account tile chosen in the sign-in page was rejected (Microsoft names a defect or race); choose the account again.", "Die gewählte Kontokachel wurde abgelehnt (laut Microsoft ein Fehler oder eine Wettlaufsituation); wählen Sie das Konto erneut."), &[C::ServiceSideIncident], 0.3),
    r(160021, "AppSessionSelectionInvalidSessionNotExist", M_RT, &[C::TokenExpiredOrCached], 0.3),
    r(165000, "Invalid Request: The request did not include the required tokens for the user context", t!("The browser sign-in lost its state (cookies blocked or stripped, a page reused from another tab or session); not a mail setting: sign in again in one fresh browser window.", "Die Browser-Anmeldung hat ihren Zustand verloren (Cookies blockiert oder entfernt, eine Seite aus einem anderen Tab oder einer anderen Sitzung wiederverwendet); keine Mail-Einstellung: in einem neuen Browserfenster erneut anmelden."), &[C::ServiceSideIncident, C::NetworkEgressBlocked], 0.2),
    r(165004, "Actual message content is runtime specific", M_BAD, &[C::MalformedTokenRequest, C::ServiceSideIncident], 0.2),
    r(165900, "InvalidApiRequest", M_BAD, &[C::MalformedTokenRequest], 0.4),
    r(220450, "UnsupportedAndroidWebViewVersion", t!("The device's Android System WebView (Chrome) is too old for the sign-in page; update it.", "Das Android System WebView (Chrome) des Geräts ist für die Anmeldeseite zu alt; aktualisieren Sie es."), &[C::ClientSaslPluginError], 0.3),
    r(220501, "InvalidCrlDownload", M_CRL, &[C::CertificateCredentialError], 0.4),
    r(221000, "DeviceOnlyTokensNotSupportedByResource", M_DEVONLY, &[C::WrongTokenAudience, C::MalformedTokenRequest], 0.3),
    r(230109, "CachedCredentialNonGWAuthNRequestsNotSupported", t!("The request reached Entra's backup authentication service directly instead of through its gateway (a pinned IP or hosts entry for the login host); let DNS resolve login.microsoftonline.com.", "Die Anforderung erreichte den Backup-Authentifizierungsdienst von Entra direkt statt über dessen Gateway (fest eingetragene IP oder hosts-Eintrag für den Anmeldehost); lassen Sie login.microsoftonline.com per DNS auflösen."), &[C::NetworkEgressBlocked, C::ServiceSideIncident], 0.4),
    r(240001, "BulkAADJTokenUnauthorized", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(240002, "RequiredClaimIsMissing", t!("An id_token cannot be used as a jwt-bearer grant; use an access token (on-behalf-of).", "Ein id_token ist keine gültige jwt-bearer-Berechtigung; verwenden Sie ein Zugriffstoken (On-Behalf-Of)."), &[C::MalformedTokenRequest], 0.65),
    r(240003, "Unexpected result from authorize endpoint call", M_AUTHZCALL, &[C::ServiceSideIncident, C::MalformedTokenRequest], 0.2),
    r(240004, "Authorization code not received from authorize endpoint call", M_AUTHZCALL, &[C::ServiceSideIncident, C::MalformedTokenRequest], 0.2),
    r(399218, "For security reasons, user confirmation is required for this request", M_PROMPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.2),
    r(399219, "MSA Data Accessor transient timeout", M_SVC, &[C::ServiceSideIncident, C::PersonalAccountNotSupported], 0.5),
    r(399284, "InboundIdTokenIssuerInvalid", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(500011, "InvalidResourceServicePrincipalNotFound", t!("The resource in scope/resource does not exist in this tenant or cloud — a misspelt host or the wrong tenant.", "Die Ressource in scope/resource gibt es in diesem Mandanten oder dieser Cloud nicht – falsch geschriebener Host oder falscher Mandant."), &[C::ResourceNotFound, C::WrongEndpointOrCloud], 0.85),
    r(500012, "Resource application name is not valid", M_RESOURCE, &[C::ResourceNotFound, C::InvalidScope], 0.6),
    r(500013, "Resource identifier is not provided", M_RESOURCE, &[C::InvalidScope, C::MalformedTokenRequest], 0.7),
    r(500014, "InvalidResourceServicePrincipalDisabled", t!("Entra will not issue tokens for the resource: its service principal is disabled in the tenant (an administrator disabled it, or a subscription lapsed).", "Entra stellt für die Ressource keine Token aus: ihr Dienstprinzipal ist im Mandanten deaktiviert (von einem Administrator oder durch ein abgelaufenes Abonnement)."), &[C::AppOrServicePrincipalDisabled], 0.8),
    r(500016, "Application is not supported as a resource application to execute the flow", M_RESOURCE, &[C::InvalidScope, C::ResourceNotFound], 0.4),
    r(500017, "Application is not allowed as a resource application to execute the flow", M_RESOURCE, &[C::InvalidScope, C::ResourceNotFound], 0.4),
    r(500021, "Access to tenant is denied", M_XTENANT, &[C::NetworkEgressBlocked, C::ConditionalAccessBlock], 0.6),
    r(500022, "Access to tenant is denied", M_XTENANT, &[C::NetworkEgressBlocked, C::ConditionalAccessBlock], 0.6),
    r(500024, "Conflicting tenant restrictions signals received on the login request", M_XTENANT, &[C::NetworkEgressBlocked, C::ConditionalAccessBlock], 0.5),
    r(500025, "Conflicting tenant restrictions signals received from a claims request", M_XTENANT, &[C::NetworkEgressBlocked, C::ConditionalAccessBlock], 0.5),
    r(500027, "Request denied by an evaluation policy", t!("A policy of the tenant refused the request; seen when a user who may not grant consent asks for it (an admin, or the admin consent workflow, must consent), or when a Conditional Access or app policy blocks the app.", "Eine Richtlinie des Mandanten hat die Anforderung abgelehnt; tritt auf, wenn ein Benutzer, der nicht zustimmen darf, die Zustimmung anfordert (ein Administrator oder der Workflow für Administratorzustimmung muss zustimmen), oder wenn eine Richtlinie für bedingten Zugriff oder für Apps die App sperrt."), &[C::ConsentMissing, C::ConditionalAccessBlock], 0.5),
    r(500033, "The key has both x5t and x5c values, but they do not match", M_JWT, &[C::CertificateCredentialError], 0.9),
    r(500061, "Assertion failed signature validation", M_JWT, &[C::CertificateCredentialError], 0.6),
    r(500111, "The reply uri specified in the request has an invalid scheme", M_REPLY, &[C::RedirectUriMismatch], 0.85),
    r(500112, "The reply address does not match the reply address provided when requesting the authorization code", t!("The redirect_uri sent with the code redemption differs from the one of the authorization request (http vs https, host, port or path, often behind a reverse proxy); both must be the same registered URI (wording from field reports; not in Microsoft's reference page).", "Der redirect_uri beim Einlösen des Codes weicht von dem der Autorisierungsanforderung ab (http statt https, Host, Port oder Pfad, oft hinter einem Reverse-Proxy); beide müssen derselbe registrierte URI sein (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::RedirectUriMismatch], 0.85),
    r(500113, "No reply address is registered for the application", t!("The app has no redirect URI for the interactive sign-in (wording from field reports; not in Microsoft's reference page).", "Die App hat keine Umleitungs-URI für die interaktive Anmeldung (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::RedirectUriMismatch], 0.9),
    r(500114, "Protocol not specified for reply address validation", M_REPLY, &[C::RedirectUriMismatch], 0.5),
    r(500115, "The reply uri specified in the request is missing or not a valid URL", M_REPLY, &[C::RedirectUriMismatch], 0.85),
    r(500116, "The reply uri specified in the request is not a valid URL", M_REPLY, &[C::RedirectUriMismatch], 0.85),
    r(500117, "The reply uri specified in the request isn't using a secure scheme", M_REPLY, &[C::RedirectUriMismatch], 0.85),
    r(500118, "The reply uri specified in the request failed validation", M_REPLY, &[C::RedirectUriMismatch], 0.8),
    r(500119, "Redirect URIs with urn: schemes are prohibited", M_REPLY, &[C::RedirectUriMismatch], 0.85),
    r(500121, "Authentication failed during strong authentication request", M_INTERRUPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.7),
    r(500126, "External ID token from issuer failed signature verification", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(500127, "No authenticated credentials found in request", M_NOCRED, &[C::MalformedTokenRequest, C::ClientTypeMismatch], 0.6),
    r(500131, "Assertion audience does not match the Client app presenting the assertion", M_OBO, &[C::WrongTokenAudience, C::MalformedTokenRequest, C::CertificateCredentialError], 0.6),
    r(500132, "Assertion is malformed and cannot be read", M_JWT, &[C::CertificateCredentialError, C::MalformedTokenRequest], 0.5),
    r(500133, "Assertion isn't within its valid time range", M_JWT, &[C::TokenExpiredOrCached, C::ClockSkew], 0.7),
    r(500136, "A version 2 token can only be used with the v2 endpoint", M_OBO, &[C::WrongEndpointOrCloud, C::MalformedTokenRequest], 0.6),
    r(500137, "A version 1 token cannot be used with the v2 endpoint", M_OBO, &[C::WrongEndpointOrCloud, C::MalformedTokenRequest], 0.6),
    r(500141, "The user's redemption is complete but the request was not initiated by the target application", M_NOTIN, &[C::PersonalAccountNotSupported], 0.3),
    r(500183, "Certificate has been revoked", M_CERT, &[C::CertificateCredentialError], 0.8),
    r(500184, "Client assertion failed verification during certificate based authentication", M_JWT, &[C::CertificateCredentialError], 0.8),
    r(500200, "User account is a personal Microsoft account", t!("A personal Microsoft account (outlook.com, hotmail.com) signed in to an app that accepts only work or school accounts.", "Ein privates Microsoft-Konto (outlook.com, hotmail.com) hat sich bei einer App angemeldet, die nur Geschäfts- oder Schulkonten akzeptiert."), &[C::PersonalAccountNotSupported], 0.9),
    r(500201, "Unable to issue tokens from this API version for a Microsoft account", t!("A personal Microsoft account signed in through a v1 endpoint; use the v2.0 endpoints (wording from field reports; not in Microsoft's reference page).", "Ein privates Microsoft-Konto hat sich über einen v1-Endpunkt angemeldet; verwenden Sie die v2.0-Endpunkte (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.6),
    r(500202, "Guests are not supported by the tenant-independent endpoint", t!("A guest or personal account signed in through /common; use the tenant-specific endpoint.", "Ein Gast- oder privates Konto hat sich über /common angemeldet; verwenden Sie den mandantenspezifischen Endpunkt."), &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.7),
    r(500204, "Microsoft account can't be used to log in to application", t!("A personal Microsoft account (outlook.com, hotmail.com) signed in to an app that accepts only work or school accounts.", "Ein privates Microsoft-Konto (outlook.com, hotmail.com) hat sich bei einer App angemeldet, die nur Geschäfts- oder Schulkonten akzeptiert."), &[C::PersonalAccountNotSupported], 0.85),
    r(500205, "A consumer (B2C) account can't be used to log into non consumer applications", M_ACCTYPE, &[C::PersonalAccountNotSupported], 0.7),
    r(500206, "The account type can't be used for the application you're trying to log into", M_ACCTYPE, &[C::PersonalAccountNotSupported], 0.6),
    r(500207, "The account type can't be used for the resource you're trying to access", M_ACCTYPE, &[C::PersonalAccountNotSupported], 0.6),
    r(500208, "The domain is not a valid login domain for the account type", M_ACCTYPE, &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud], 0.85),
    r(500209, "Unspecific Tenant is not supported in this domain", M_NOTENANT, &[C::WrongEndpointOrCloud, C::TenantNotFound], 0.6),
    r(500210, "Domain name does not match with the tenant identifier", t!("The domain in the request belongs to another tenant than the tenant id given; send matching values.", "Die Domäne in der Anforderung gehört zu einem anderen Mandanten als die angegebene Mandanten-ID; senden Sie zusammenpassende Werte."), &[C::WrongEndpointOrCloud, C::TenantNotFound], 0.5),
    r(500211, "User account from identity provider does not exist in tenant", M_NOTIN, &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud], 0.6),
    r(500212, "NotAllowedByOutboundPolicyTenant", M_XTENANT, &[C::ConditionalAccessBlock, C::PersonalAccountNotSupported], 0.6),
    r(500213, "NotAllowedByInboundPolicyTenant", M_XTENANT, &[C::ConditionalAccessBlock, C::PersonalAccountNotSupported], 0.6),
    r(500277, "External ID Token has unexpected issuer", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(500341, "The user account has been deleted from the directory", t!("The account that signs in was deleted from the tenant (a deleted user can be restored for 30 days); restore it or use an account that exists.", "Das anmeldende Konto wurde aus dem Mandanten gelöscht (ein gelöschter Benutzer lässt sich 30 Tage lang wiederherstellen); stellen Sie es wieder her oder verwenden Sie ein vorhandenes Konto."), &[C::AccountDisabledOrSigninBlocked, C::MailboxUnlicensedOrMissing], 0.8),
    r(500532, "Stopped by threatintelligence", M_RISK, &[C::AccountDisabledOrSigninBlocked, C::ConditionalAccessBlock], 0.5),
    r(500571, "The guest user account is disabled", t!("The user account used for the sign-in is disabled in Entra.", "Das für die Anmeldung verwendete Benutzerkonto ist in Entra deaktiviert."), &[C::AccountDisabledOrSigninBlocked], 0.9),
    r(500881, "Limit on telecom MFA calls reached; retry with PhoneAppNotification", M_SVC, &[C::ServiceSideIncident, C::MfaRequiredRopc], 0.4),
    r(500882, "Limit on telecom MFA calls reached; retry with PhoneAppCode", M_SVC, &[C::ServiceSideIncident, C::MfaRequiredRopc], 0.4),
    r(500883, "Limit on telecom MFA calls reached; retry with CompanionAppsNotification", M_SVC, &[C::ServiceSideIncident, C::MfaRequiredRopc], 0.4),
    r(501051, "Application is not assigned to a role for the application", t!("The app (often a managed identity) holds no app role on the API it requests a token for, which requires assignment; assign it an app role or grant the application permission.", "Die App (oft eine verwaltete Identität) hat keine App-Rolle bei der API, für die sie ein Token anfordert und die eine Zuweisung verlangt; weisen Sie ihr eine App-Rolle zu oder erteilen Sie die Anwendungsberechtigung."), &[C::MissingAppRole, C::ConsentMissing], 0.6),
    r(501241, "Mandatory Input missing from transformation ID", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(501271, "Broker app needs to be installed for device authentication to succeed", M_CADEV, &[C::ConditionalAccessBlock], 0.65),
    r(501291, "Client app is a Mam app and the request is sent using a broker", M_CADEV, &[C::ConditionalAccessBlock], 0.7),
    r(501292, "Client application cannot satisfy app protection requirement", M_CADEV, &[C::ConditionalAccessBlock], 0.8),
    r(501311, "Browser not supported", M_CADEV, &[C::ConditionalAccessBlock], 0.5),
    r(501313, "Your device is required to be managed to access this resource", M_CADEV, &[C::ConditionalAccessBlock], 0.85),
    r(501461, "AcceptMappedClaims is only supported for a token audience matching the application GUID", M_CLAIMS, &[C::InvalidScope, C::MalformedTokenRequest], 0.3),
    r(501471, "Missing code_challenge parameter", M_PKCE, &[C::MalformedTokenRequest], 0.8),
    r(501481, "The Code_Verifier doesn't match the code_challenge supplied in the authorization request", M_PKCE, &[C::MalformedTokenRequest], 0.85),
    r(501482, "The Code_Verifier length is less than invalid", M_PKCE, &[C::MalformedTokenRequest], 0.8),
    r(501491, "InvalidCodeChallengeMethodInvalidSize", M_PKCE, &[C::MalformedTokenRequest], 0.8),
    r(501621, "ClaimsTransformationTimeoutRegularExpressionTimeout", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(501631, "Too many replacements in the input sourceClaim", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(501632, "Too many substitution parameters in the replacement input parameter", M_CLAIMS, &[C::MalformedTokenRequest], 0.3),
    r(501661, "Request to External OIDC endpoint failed", M_OIDC, &[C::ServiceSideIncident, C::CertificateCredentialError], 0.3),
    r(530001, "Browser not supported", M_CADEV, &[C::ConditionalAccessBlock], 0.5),
    r(530002, "Your device is required to be compliant to access this resource", t!("A Conditional Access policy demands a compliant device that the mail client or service cannot present.", "Eine Richtlinie für bedingten Zugriff verlangt ein konformes Gerät, das der Mailclient oder Dienst nicht vorweisen kann."), &[C::ConditionalAccessBlock], 0.9),
    r(530003, "Your device is required to be managed to access this resource", t!("Conditional Access requires a managed device, which a service or script host is not (wording from field reports; not in Microsoft's reference page).", "Der bedingte Zugriff verlangt ein verwaltetes Gerät, was ein Dienst- oder Skripthost nicht ist (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::ConditionalAccessBlock], 0.85),
    r(530004, "AcceptCompliantDevice setting isn't configured for this organization", t!("A guest's device compliance is not trusted by the resource tenant's cross-tenant access settings (wording from Microsoft's troubleshooting article, not the reference page).", "Die Gerätekonformität eines Gasts wird von den mandantenübergreifenden Zugriffseinstellungen des Ressourcenmandanten nicht anerkannt (Wortlaut aus Microsofts Problembehandlungsartikel, nicht aus der Referenzseite)."), &[C::ConditionalAccessBlock], 0.8),
    r(530011, "Browser not supported", M_CADEV, &[C::ConditionalAccessBlock], 0.5),
    r(530021, "Application does not meet the Conditional Access approved app requirements", M_CADEV, &[C::ConditionalAccessBlock], 0.85),
    r(530022, "Browser not supported", M_CADEV, &[C::ConditionalAccessBlock], 0.5),
    r(530031, "Access policy does not allow token issuance", t!("A Conditional Access policy refused to issue the token; the sign-in log names it.", "Eine Richtlinie für bedingten Zugriff hat das Token verweigert; das Anmeldeprotokoll nennt sie."), &[C::ConditionalAccessBlock], 0.9),
    r(530032, "BlockedByConditionalAccessOnSecurityPolicy", t!("A tenant-wide security policy blocks this request; check the tenant's security policies.", "Eine mandantenweite Sicherheitsrichtlinie blockiert diese Anforderung; prüfen Sie die Sicherheitsrichtlinien des Mandanten."), &[C::ConditionalAccessBlock, C::SecurityDefaultsBlock], 0.8),
    r(530033, "Your admin requires the device requesting access to be managed", t!("Conditional Access requires a device managed by the organisation (wording from field reports; not in Microsoft's reference page).", "Der bedingte Zugriff verlangt ein von der Organisation verwaltetes Gerät (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::ConditionalAccessBlock], 0.8),
    r(530034, "DelegatedAdminBlockedDueToSuspiciousActivity", M_RISK, &[C::AccountDisabledOrSigninBlocked], 0.6),
    r(530035, "BlockedBySecurityDefaults", t!("Security defaults blocked the request as legacy or unsafe authentication.", "Die Sicherheitsstandards haben die Anforderung als ältere oder unsichere Authentifizierung blockiert."), &[C::SecurityDefaultsBlock, C::ConditionalAccessBlock], 0.9),
    r(650011, "The user or administrator has not consented to use the application", t!("No consent exists for the requested permissions in this tenant; an admin must grant it.", "Für die angeforderten Berechtigungen gibt es in diesem Mandanten keine Zustimmung; ein Administrator muss sie erteilen."), &[C::ConsentMissing], 0.9),
    r(650041, "User terminated the request", M_CANCEL, &[C::MfaRequiredRopc, C::ConsentMissing], 0.2),
    r(650052, "The app needs access to a service that your organization hasn't subscribed to or enabled", t!("The API the app needs (e.g. Office 365 Exchange Online) is not subscribed or enabled in this tenant.", "Die API, die die App braucht (z. B. Office 365 Exchange Online), ist in diesem Mandanten nicht abonniert oder aktiviert."), &[C::ResourceNotFound, C::MailboxUnlicensedOrMissing], 0.65),
    r(650053, "The application asked for scope that doesn't exist on the resource", t!("The scope names a permission the API does not have: a misspelt or made-up scope, a library's alias sent unexpanded, scopes joined by the wrong separator, or an application permission requested in a user sign-in (wording from field reports; not in Microsoft's reference page).", "Der Scope nennt eine Berechtigung, die die API nicht hat: falsch geschrieben oder erfunden, ein Kürzel einer Bibliothek unaufgelöst gesendet, Scopes mit falschem Trennzeichen verbunden oder eine Anwendungsberechtigung in einer Benutzeranmeldung angefordert (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::InvalidScope], 0.85),
    r(650054, "The application asked for permissions to access a resource that has been removed or is no longer available", M_RESOURCE, &[C::ResourceNotFound, C::ConsentMissing], 0.7),
    r(650055, "Required resource access list does not contain applications discoverable", M_RRA, &[C::ConsentMissing, C::InvalidScope], 0.5),
    r(650056, "Misconfigured application", t!("The permission is missing from the app registration or was never consented; less often a wrong client id or certificate.", "Die Berechtigung fehlt in der App-Registrierung oder hat keine Zustimmung; seltener eine falsche Client-ID oder ein falsches Zertifikat."), &[C::ConsentMissing, C::AppNotFoundInTenant, C::CertificateCredentialError], 0.6),
    r(650057, "Invalid resource", t!("The app asks for an API it has no permission entry for; add the permission (Office 365 Exchange Online) and consent, or fix the scope.", "Die App fordert eine API an, für die sie keinen Berechtigungseintrag hat; Berechtigung (Office 365 Exchange Online) hinzufügen und zustimmen oder den Scope korrigieren."), &[C::ConsentMissing, C::InvalidScope], 0.6),
    r(650058, "The app needs access to a service that your organization hasn't subscribed to or enabled", t!("The API the app needs (e.g. Office 365 Exchange Online) is not subscribed or enabled in this tenant.", "Die API, die die App braucht (z. B. Office 365 Exchange Online), ist in diesem Mandanten nicht abonniert oder aktiviert."), &[C::ResourceNotFound, C::MailboxUnlicensedOrMissing], 0.65),
    r(650059, "The application is not configured for use in the tenant", t!("The app registration is single-tenant (signInAudience AzureADMyOrg), so it cannot be used in this tenant; use its home tenant's endpoint or make it multitenant.", "Die App-Registrierung ist auf einen Mandanten beschränkt (signInAudience AzureADMyOrg) und in diesem Mandanten nicht nutzbar; verwenden Sie den Endpunkt ihres Heimatmandanten oder machen Sie sie mehrinstanzenfähig."), &[C::WrongEndpointOrCloud, C::AppNotFoundInTenant], 0.6),
    r(650061, "The client application requested a role that is only assignable to users", M_RRA, &[C::DelegatedPermissionInsteadOfApplication, C::MissingAppRole, C::ConsentMissing], 0.7),
    r(700003, "Device object was not found in the tenant directory", M_DEVKEY, &[C::ConditionalAccessBlock], 0.3),
    r(700005, "InvalidGrantRedeemAgainstWrongTenant", t!("The authorization code was redeemed at another tenant's endpoint than the one that issued it.", "Der Autorisierungscode wurde am Endpunkt eines anderen Mandanten eingelöst als dem, der ihn ausgestellt hat."), &[C::WrongEndpointOrCloud], 0.85),
    r(700007, "The grant was issued for a different client id", M_GRANTCLIENT, &[C::MalformedTokenRequest, C::TokenExpiredOrCached], 0.6),
    r(700009, "Reply address must be provided when presenting an authorization code", M_REPLY, &[C::RedirectUriMismatch, C::MalformedTokenRequest], 0.8),
    r(700011, "UnauthorizedClientAppNotFoundInOrgIdTenant", t!("The client id does not exist in this tenant: wrong id, wrong tenant, or the app was never added there.", "Die Client-ID existiert in diesem Mandanten nicht: falsche ID, falscher Mandant oder die App wurde dort nie hinzugefügt."), &[C::AppNotFoundInTenant], 0.9),
    r(700012, "Missing Authorization header with bearer token", t!("The request carried no credential in its Authorization header: the client sent it without its bearer token or client authentication.", "Die Anfrage trug keine Anmeldeinformation im Authorization-Header: der Client hat sie ohne Bearer-Token bzw. Client-Authentifizierung gesendet."), &[C::MalformedTokenRequest], 0.5),
    r(700016, "UnauthorizedClient_DoesNotMatchRequest", t!("The client_id is unknown in the tenant of the token URL: wrong id, wrong tenant, or app not consented there.", "Die client_id ist im Mandanten der Token-URL unbekannt: falsche ID, falscher Mandant oder dort keine Zustimmung."), &[C::AppNotFoundInTenant], 0.95),
    r(700017, "Resource is not supported as resource", M_RESOURCE, &[C::ResourceNotFound, C::InvalidScope], 0.5),
    r(700018, "Resource is not supported as resource", M_RESOURCE, &[C::ResourceNotFound, C::InvalidScope], 0.5),
    r(700019, "Application ID cannot be used or is not authorized", M_APPNOTALLOWED, &[C::AppNotFoundInTenant, C::AppOrServicePrincipalDisabled], 0.4),
    r(700020, "InteractionRequired", M_INTERRUPT, &[C::MfaRequiredRopc, C::ConsentMissing], 0.5),
    r(700021, "Client assertion application identifier doesn't match 'client_id' parameter", M_JWT, &[C::CertificateCredentialError], 0.85),
    r(700022, "InvalidMultipleResourcesScope", t!("Scopes of two APIs (e.g. Graph and Exchange) were mixed in one request; request one resource per token.", "Scopes zweier APIs (z. B. Graph und Exchange) wurden in einer Anforderung gemischt; fordern Sie eine Ressource pro Token an."), &[C::InvalidScope], 0.95),
    r(700023, "InvalidResourcelessScope", M_SCOPE, &[C::InvalidScope], 0.9),
    r(700024, "Client assertion is not within its valid time range", t!("The certificate-signed client assertion is expired or not yet valid — often the signing host's clock (wording from third-party documentation; not in Microsoft's reference page).", "Die zertifikatsignierte Client-Assertion ist abgelaufen oder noch nicht gültig – oft wegen der Uhr des signierenden Hosts (Wortlaut aus Dokumentation Dritter; nicht in Microsofts Referenzseite)."), &[C::CertificateCredentialError, C::ClockSkew, C::TokenExpiredOrCached], 0.6),
    r(700025, "InvalidClientPublicClientWithCredential", t!("The app is registered as a public client but the request sends a secret or assertion.", "Die App ist als öffentlicher Client registriert, die Anforderung sendet aber ein Geheimnis oder eine Assertion."), &[C::ClientTypeMismatch], 0.95),
    r(700026, "Client application has no configured keys", M_CERT, &[C::CertificateCredentialError, C::InvalidClientSecret], 0.8),
    r(700027, "Client assertion failed signature validation", t!("The assertion was signed with a key whose certificate is not uploaded to the app (wrong certificate or thumbprint).", "Die Assertion wurde mit einem Schlüssel signiert, dessen Zertifikat nicht in der App hochgeladen ist (falsches Zertifikat oder falscher Fingerabdruck)."), &[C::CertificateCredentialError], 0.95),
    r(700028, "Certificate with thumbprint is not authorized", M_CERT, &[C::CertificateCredentialError], 0.85),
    r(700029, "Invalid signing certificate", M_CERT, &[C::CertificateCredentialError], 0.7),
    r(700030, "Invalid certificate - subject name in certificate isn't authorized", t!("The certificate's subject name is not authorized for this app (subject-name/issuer trust).", "Der Antragstellername des Zertifikats ist für diese App nicht autorisiert (Vertrauen über Antragsteller/Aussteller)."), &[C::CertificateCredentialError], 0.85),
    r(700031, "Invalid certificate - SubjectName or SubjectAlternativeName is missing", M_CERT, &[C::CertificateCredentialError], 0.85),
    r(700032, "Invalid certificate - Trusted Certificate Subjects for application are missing", M_CERT, &[C::CertificateCredentialError], 0.85),
    r(700038, "00000000-0000-0000-0000-000000000000 is not a valid application identifier", t!("The client id sent is the empty GUID (00000000-…): the Application (client) ID from the app's overview belongs there.", "Die gesendete Client-ID ist die leere GUID (00000000-…): dorthin gehört die Anwendungs-ID (Client-ID) aus der Übersicht der App."), &[C::AppNotFoundInTenant, C::MalformedTokenRequest], 0.85),
    r(700039, "00000000-0000-0000-0000-000000000000 is not a valid resource identifier", M_RESOURCE, &[C::ResourceNotFound, C::InvalidScope], 0.6),
    r(700042, "The reply address does not match the reply addresses configured for the application", M_REPLY, &[C::RedirectUriMismatch], 0.9),
    r(700044, "Redirect address corresponding to this authorization code does not match", M_REPLY, &[C::RedirectUriMismatch], 0.85),
    r(700045, "Redirect address specified by the client does not match any configured addresses", M_REPLY, &[C::RedirectUriMismatch], 0.85),
    r(700051, "response_type 'token' is not enabled for the application", t!("The app asks the authorize endpoint for an access token (implicit grant), which its registration does not allow.", "Die App fordert am Autorisierungsendpunkt ein Zugriffstoken an (impliziter Flow), was ihre Registrierung nicht erlaubt."), &[C::MalformedTokenRequest, C::ClientTypeMismatch], 0.55),
    r(700053, "response_type 'id_token' requires the 'openid' scope", t!("A response_type of id_token needs the openid scope; add openid to the scope.", "Ein response_type id_token braucht den Scope openid; fügen Sie openid zum Scope hinzu."), &[C::InvalidScope, C::MalformedTokenRequest], 0.8),
    r(700054, "Response_type 'id_token' isn't enabled for the application", t!("The app asks for an id_token, which its registration does not allow (Authentication → ID tokens).", "Die App fordert ein id_token an, das ihre Registrierung nicht erlaubt (Authentifizierung → ID-Token)."), &[C::ClientTypeMismatch, C::MalformedTokenRequest], 0.55),
    r(700056, "User account does not exist in organization", M_NOTIN, &[C::InvalidUserCredentialsRopc, C::PersonalAccountNotSupported], 0.6),
    r(700081, "The refresh token has expired due to maximum lifetime", M_RT, &[C::TokenExpiredOrCached], 0.9),
    r(700082, "ExpiredOrRevokedGrantInactiveToken", t!("A delegated integration was idle too long; the user must sign in again to get a new refresh token.", "Eine delegierte Integration war zu lange inaktiv; der Benutzer muss sich neu anmelden, um ein neues Aktualisierungstoken zu erhalten."), &[C::TokenExpiredOrCached], 0.85),
    r(700083, "The primary refresh token has expired due to maximum lifetime", M_RT, &[C::TokenExpiredOrCached], 0.6),
    r(700084, "The refresh token was issued to a single page app (SPA)", M_RT, &[C::TokenExpiredOrCached], 0.85),
    r(700211, "No matching federated identity record found for presented assertion issuer", t!("The issuer of the federated credential (workload identity: GitHub, Kubernetes) matches no federated identity credential on the app.", "Der Aussteller der föderierten Anmeldeinformation (Workload-Identität: GitHub, Kubernetes) passt zu keiner föderierten Identitätsanmeldeinformation der App."), &[C::CertificateCredentialError], 0.85),
    r(700212, "No matching federated identity record found for presented assertion audience", M_FIC, &[C::CertificateCredentialError], 0.85),
    r(700213, "No matching federated identity record found for presented assertion subject", t!("The federated credential's subject (workload identity: GitHub, Kubernetes) does not match a federated identity credential on the app.", "Der Subject-Wert der föderierten Anmeldeinformation (Workload-Identität: GitHub, Kubernetes) passt zu keiner föderierten Identitätsanmeldeinformation der App."), &[C::CertificateCredentialError], 0.85),
    r(700222, "AAD-issued tokens may not be used for federated identity flows", t!("A token issued by Entra itself was presented as the federated credential; present the external identity provider's token instead.", "Als föderierte Anmeldeinformation wurde ein von Entra selbst ausgestelltes Token vorgelegt; legen Sie stattdessen das Token des externen Identitätsanbieters vor."), &[C::CertificateCredentialError], 0.8),
    r(700227, "Forbidden token audience", M_FIC, &[C::CertificateCredentialError], 0.7),
    r(700229, "ForbiddenTokenType", M_JWT, &[C::CertificateCredentialError, C::MalformedTokenRequest], 0.7),
    r(750054, "SAMLRequest or SAMLResponse must be present as query string parameters", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(900023, "Specified tenant identifier is neither a valid DNS name, nor a valid external domain", t!("The tenant segment is malformed — a placeholder, quotes or whitespace (wording from third-party code; not in Microsoft's reference page).", "Der Mandantenteil ist fehlerhaft – ein Platzhalter, Anführungszeichen oder Leerzeichen (Wortlaut aus Code Dritter; nicht in Microsofts Referenzseite)."), &[C::TenantNotFound], 0.9),
    r(900143, "Parameter is required for the grant type", t!("A field is missing from the token request — often because the body was sent as JSON or a variable was empty.", "In der Tokenanforderung fehlt ein Feld – oft, weil der Body als JSON gesendet wurde oder eine Variable leer war."), &[C::MalformedTokenRequest], 0.85),
    r(900144, "The request body must contain the following parameter: '{name}'", t!("A field is missing from the token request — often because the body was sent as JSON or a variable was empty.", "In der Tokenanforderung fehlt ein Feld – oft, weil der Body als JSON gesendet wurde oder eine Variable leer war."), &[C::MalformedTokenRequest], 0.9),
    r(900236, "InvalidRequestSamlPropertyUnsupported", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(900382, "Confidential Client isn't supported in Cross Cloud request", M_CLOUD, &[C::WrongEndpointOrCloud], 0.8),
    r(900384, "JWT token failed signature validation", M_JWT, &[C::CertificateCredentialError], 0.6),
    r(900432, "Confidential Client isn't supported in Cross Cloud request", M_CLOUD, &[C::WrongEndpointOrCloud], 0.8),
    r(900439, "USGClientNotSupportedOnPublicEndpoint", t!("An app registered in a sovereign cloud (US Government) asked the public cloud's endpoint; use the cloud's own sign-in and mail hosts.", "Eine in einer souveränen Cloud (US Government) registrierte App hat den Endpunkt der öffentlichen Cloud angefragt; die Anmelde- und Mail-Hosts dieser Cloud verwenden."), &[C::WrongEndpointOrCloud], 0.9),
    r(900561, "BadResourceRequestInvalidRequest", t!("The endpoint got the wrong HTTP method (e.g. GET instead of POST to /token).", "Der Endpunkt erhielt die falsche HTTP-Methode (z. B. GET statt POST an /token)."), &[C::MalformedTokenRequest], 0.8),
    r(900612, "Failed to parse provider signing keys", M_IDP, &[C::CertificateCredentialError, C::ServiceSideIncident], 0.3),
    r(900941, "AdminConsentRequiredDueToRiskyApp", t!("Users may not consent because Entra considers the app risky; an admin must review and consent.", "Benutzer dürfen nicht zustimmen, weil Entra die App als riskant einstuft; ein Administrator muss prüfen und zustimmen."), &[C::ConsentMissing], 0.9),
    r(900942, "Admin consent is required in order to allow token to be issued", t!("The app requests permissions only an admin can grant; an admin must consent for the tenant.", "Die App fordert Berechtigungen an, die nur ein Administrator gewähren kann; ein Administrator muss für den Mandanten zustimmen."), &[C::ConsentMissing], 0.85),
    r(900971, "No reply address provided", t!("The interactive sign-in carries no redirect URI the app has registered.", "Die interaktive Anmeldung enthält keine Umleitungs-URI, die die App registriert hat."), &[C::RedirectUriMismatch], 0.9),
    r(901001, "Invalid request. The claims request parameter value is invalid", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(901002, "The 'resource' request parameter isn't supported", t!("The v2.0 endpoint got a resource parameter; use scope with /.default instead (or the v1 endpoint).", "Der v2.0-Endpunkt erhielt einen resource-Parameter; verwenden Sie stattdessen scope mit /.default (oder den v1-Endpunkt)."), &[C::InvalidScope, C::WrongEndpointOrCloud], 0.8),
    r(901011, "NoEmailAddressCollectedFromExternalOidcIDP", M_IDP, &[C::InvalidUserCredentialsRopc, C::PersonalAccountNotSupported], 0.3),
    r(901012, "EmailAddressCollectedFromExternalOidcIDPNotVerified", M_IDP, &[C::InvalidUserCredentialsRopc, C::PersonalAccountNotSupported], 0.3),
    r(901014, "NoExternalIdentifierCollectedFromExternalOidcIDP", M_IDP, &[C::InvalidUserCredentialsRopc, C::PersonalAccountNotSupported], 0.3),
    r(1000000, "UserNotBoundError", M_IDP, &[C::InvalidUserCredentialsRopc, C::MfaRequiredRopc], 0.3),
    r(1000002, "BindCompleteInterruptError", M_PROMPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.2),
    r(1000014, "Cannot issue On-Behalf-Of token for tenant", M_OBO, &[C::WrongEndpointOrCloud, C::MalformedTokenRequest], 0.7),
    r(1000020, "The provided application may not be used on this endpoint", M_APPNOTALLOWED, &[C::WrongEndpointOrCloud, C::AppNotFoundInTenant], 0.4),
    r(1000021, "External Claims Provider unavailable: general exception", M_EXTMFA, &[C::ServiceSideIncident, C::MfaRequiredRopc], 0.4),
    r(1000022, "External Claims Provider unavailable: WebException", M_EXTMFA, &[C::ServiceSideIncident, C::MfaRequiredRopc], 0.4),
    r(1000031, "Application can't be accessed at this time", t!("The application cannot be used right now; often it is disabled or blocked in the tenant.", "Die Anwendung ist derzeit nicht nutzbar; oft ist sie im Mandanten deaktiviert oder gesperrt."), &[C::AppOrServicePrincipalDisabled, C::ServiceSideIncident], 0.5),
    r(1000104, "XCB2BResourceCloudNotAllowedOnIdentityTenant", M_CLOUD, &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.6),
    r(1000501, "Unable to read session document from Session Store", M_SVC, &[C::ServiceSideIncident], 0.5),
    r(1000502, "The provided certificate is not within its specified validity window", M_CERT, &[C::CertificateCredentialError, C::ClockSkew], 0.8),
    r(1002012, "Client credential flows must have a scope value with /.default suffixed to the resource identifier", t!("Client credentials were requested with named permissions instead of https://outlook.office365.com/.default (wording from field reports; not in Microsoft's reference page).", "Client Credentials wurden mit einzelnen Berechtigungen statt https://outlook.office365.com/.default angefordert (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::InvalidScope], 0.95),
    r(1002014, "domain_hint and opaque login_hint cannot be used together", M_BAD, &[C::MalformedTokenRequest], 0.7),
    r(1002016, "TLS 1.0/1.1 or 3DES is no longer accepted", t!("The client reached Entra with TLS 1.0/1.1 or a 3DES cipher, which Entra refuses; the host needs TLS 1.2.", "Der Client hat Entra mit TLS 1.0/1.1 oder einer 3DES-Verschlüsselung erreicht, die Entra ablehnt; der Host braucht TLS 1.2."), &[C::TlsVersionUnsupported], 0.95),
    r(1002021, "The version of client library you are using is not supported", M_CLOUD, &[C::WrongEndpointOrCloud], 0.5),
    r(1002022, "A transient error occurred while attempting to fetch bloom filter data", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(1002026, "Common endpoint for app tokens is not supported on regional AAD", t!("Client credentials were requested from /common or /consumers; app-only tokens need the tenant-specific endpoint.", "Client Credentials wurden bei /common oder /consumers angefordert; App-Token brauchen den mandantenspezifischen Endpunkt."), &[C::WrongEndpointOrCloud], 0.9),
    r(1002030, "Internal service error occured in first party app token validator", M_SVC, &[C::ServiceSideIncident], 0.5),
    r(1003030, "A transient error occurred while authenticating an MSA (consumer) user", M_SVC, &[C::ServiceSideIncident, C::PersonalAccountNotSupported], 0.5),
    r(1003031, "Misconfigured required resource access in client application registration", M_RRA, &[C::ConsentMissing, C::InvalidScope], 0.5),
    r(1003034, "Your organization is not configured to sign in this type of personal Microsoft account", M_ACCTYPE, &[C::PersonalAccountNotSupported], 0.85),
    r(2205013, "Certificate Revocation List (CRL) download is currently in progress", M_CRL, &[C::CertificateCredentialError, C::ServiceSideIncident], 0.4),
    r(5000211, "Tenant restrictions policy does not allow access", M_XTENANT, &[C::NetworkEgressBlocked, C::ConditionalAccessBlock], 0.75),
    r(5000224, "NotAllowedTenantBlockedTenantFraud", t!("Microsoft has blocked this tenant (suspected fraud or abuse); only Microsoft support can lift the block.", "Microsoft hat diesen Mandanten gesperrt (Verdacht auf Betrug oder Missbrauch); nur der Microsoft-Support kann die Sperre aufheben."), &[C::ServiceSideIncident, C::AccountDisabledOrSigninBlocked], 0.5),
    r(5000225, "This tenant has been blocked due to inactivity", t!("Microsoft has blocked this tenant for inactivity; only Microsoft support can lift the block.", "Microsoft hat diesen Mandanten wegen Inaktivität gesperrt; nur der Microsoft-Support kann die Sperre aufheben."), &[C::ServiceSideIncident, C::AccountDisabledOrSigninBlocked], 0.5),
    r(5000811, "The signing key identifier does not match any valid registered keys", M_JWT, &[C::CertificateCredentialError], 0.7),
    r(5000819, "InvalidSamlTokenEmailMissingOrInvalid", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(5001213, "Windows Integrated authentication is needed. Unable to use Seamless SSO", M_SSO, &[C::InvalidUserCredentialsRopc], 0.3),
    r(5001256, "Failed to complete authentication with external provider due to invalid id_token", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(5002726, "Invalid JWT token. Found unsupported token header", M_JWT, &[C::CertificateCredentialError, C::MalformedTokenRequest], 0.5),
    r(5002730, "Invalid JWT token. Unsupported key for the signing algorithm", t!("The client assertion's key does not fit its signing algorithm; sign RS256 or PS256 with the certificate's RSA key (2048 bits or more).", "Der Schlüssel der Client-Assertion passt nicht zu ihrem Signaturalgorithmus; mit RS256 oder PS256 und dem RSA-Schlüssel des Zertifikats (2048 Bit oder mehr) signieren."), &[C::CertificateCredentialError], 0.75),
    r(5002741, "Number of audience values in the provided client credential exceed maximum allowed", t!("The client assertion names more than one audience; its aud must be the tenant's token endpoint alone.", "Die Client-Assertion nennt mehr als eine Zielgruppe; ihr aud muss allein der Token-Endpunkt des Mandanten sein."), &[C::CertificateCredentialError, C::MalformedTokenRequest], 0.75),
    r(7000012, "The grant was obtained for a different tenant", t!("A refresh token or code issued for one tenant was redeemed at another tenant's endpoint (wording from field reports; not in Microsoft's reference page).", "Ein für einen Mandanten ausgestelltes Aktualisierungstoken oder ein Code wurde am Endpunkt eines anderen Mandanten eingelöst (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::WrongEndpointOrCloud, C::TokenExpiredOrCached], 0.7),
    r(7000013, "The grant is not supported by API version", M_BAD, &[C::MalformedTokenRequest, C::WrongEndpointOrCloud], 0.4),
    r(7000014, "The provided value for the input parameter 'device_code' is not valid", M_DEVCODE, &[C::MalformedTokenRequest], 0.5),
    r(7000015, "The grant was obtained for a different tenant", t!("A refresh token or code issued for one tenant was redeemed at another tenant's endpoint (wording from field reports; not in Microsoft's reference page).", "Ein für einen Mandanten ausgestelltes Aktualisierungstoken oder ein Code wurde am Endpunkt eines anderen Mandanten eingelöst (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::WrongEndpointOrCloud, C::TokenExpiredOrCached], 0.7),
    r(7000021, "Unrecognized grant type", M_BAD, &[C::MalformedTokenRequest], 0.85),
    r(7000110, "Request is ambiguous, multiple application identifiers found", t!("The request names two different applications (the client id and another app id in scope or resource); name the resource only in the scope.", "Die Anforderung nennt zwei verschiedene Anwendungen (die Client-ID und eine weitere App-ID in scope oder resource); die Ressource nur im Bereich nennen."), &[C::MalformedTokenRequest, C::InvalidScope], 0.7),
    r(7000112, "UnauthorizedClientApplicationDisabled", t!("The app's service principal is disabled in this tenant (Enterprise applications → Properties → Enabled for users to sign in).", "Der Dienstprinzipal der App ist in diesem Mandanten deaktiviert (Unternehmensanwendungen → Eigenschaften → Aktiviert für die Benutzeranmeldung)."), &[C::AppOrServicePrincipalDisabled], 0.95),
    r(7000113, "Application is not authorized to make application on-behalf-of calls", t!("The app tried an application on-behalf-of call it is not allowed to make; not a sign of a disabled app.", "Die App hat einen anwendungsbezogenen On-Behalf-Of-Aufruf versucht, den sie nicht machen darf; kein Zeichen einer deaktivierten App."), &[C::DelegatedPermissionInsteadOfApplication, C::ConsentMissing], 0.3),
    r(7000114, "Application isn't allowed to make application on-behalf-of calls", t!("The app tried an application on-behalf-of call it is not allowed to make; not a sign of a disabled app.", "Die App hat einen anwendungsbezogenen On-Behalf-Of-Aufruf versucht, den sie nicht machen darf; kein Zeichen einer deaktivierten App."), &[C::DelegatedPermissionInsteadOfApplication, C::ConsentMissing], 0.3),
    r(7000115, "This grant is reedemable only by broker application", M_GRANTCLIENT, &[C::MalformedTokenRequest, C::TokenExpiredOrCached], 0.4),
    r(7000116, "Client application is disabled in tenant", t!("The app's service principal is disabled in this tenant (Enterprise applications → Properties → Enabled for users to sign in).", "Der Dienstprinzipal der App ist in diesem Mandanten deaktiviert (Unternehmensanwendungen → Eigenschaften → Aktiviert für die Benutzeranmeldung)."), &[C::AppOrServicePrincipalDisabled], 0.95),
    r(7000117, "Resource application is disabled in tenant", t!("Entra will not issue tokens for the resource: its service principal is disabled in the tenant (an administrator disabled it, or a subscription lapsed).", "Entra stellt für die Ressource keine Token aus: ihr Dienstprinzipal ist im Mandanten deaktiviert (von einem Administrator oder durch ein abgelaufenes Abonnement)."), &[C::AppOrServicePrincipalDisabled], 0.85),
    r(7000210, "Unable to find source of Trusted Certificate Authority policy", M_CERT, &[C::CertificateCredentialError], 0.6),
    r(7000211, "Trusted Certificate Authority policy is not configured on the tenant", M_CERT, &[C::CertificateCredentialError], 0.8),
    r(7000212, "No matching Trusted Certificate Authority policy found for authorized subject name", M_CERT, &[C::CertificateCredentialError], 0.8),
    r(7000213, "Invalid certificate chain", M_CERT, &[C::CertificateCredentialError], 0.8),
    r(7000214, "Certificate has been revoked", M_CERT, &[C::CertificateCredentialError], 0.85),
    r(7000215, "Invalid client secret is provided", t!("The client secret is wrong; very often the Secret ID (a GUID) was pasted instead of the secret's Value.", "Das Clientgeheimnis ist falsch; sehr oft wurde die Geheimnis-ID (eine GUID) statt des Werts eingefügt."), &[C::InvalidClientSecret, C::SecretIdUsedAsValue, C::ExpiredClientSecret], 0.8),
    r(7000216, "'client_assertion', 'client_secret' or 'request' is required", M_NOCRED, &[C::ClientTypeMismatch, C::MalformedTokenRequest], 0.85),
    r(7000217, "The service principal was not found in the tenant", t!("The app has no service principal (enterprise application) in the tenant: it was never added or consented there.", "Die App hat keinen Dienstprinzipal (Unternehmensanwendung) im Mandanten: sie wurde dort nie hinzugefügt oder zugestimmt."), &[C::AppNotFoundInTenant, C::ConsentMissing], 0.8),
    r(7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'", M_NOCRED, &[C::ClientTypeMismatch, C::MalformedTokenRequest], 0.85),
    r(7000219, "'client_assertion' or 'client_secret' is required for the grant type", M_NOCRED, &[C::ClientTypeMismatch, C::MalformedTokenRequest], 0.85),
    r(7000220, "Client application identifier in the grant doesn't match 'client_id'", M_GRANTCLIENT, &[C::MalformedTokenRequest, C::TokenExpiredOrCached], 0.7),
    r(7000221, "Certificate Subject must match Issuer claim in the client assertion", M_CERT, &[C::CertificateCredentialError], 0.8),
    r(7000222, "InvalidClientSecretExpiredKeysProvided", t!("The client secret has expired; create a new one.", "Das Clientgeheimnis ist abgelaufen; legen Sie ein neues an."), &[C::ExpiredClientSecret], 0.97),
    r(7000225, "An MSI certificate was included in the request for the app, but the app is not an MSI", M_CERT, &[C::CertificateCredentialError], 0.6),
    r(7000226, "No federated identity credential policy found on application", M_FIC, &[C::CertificateCredentialError], 0.85),
    r(7000227, "No Federated Identity Credential policy matched the MSI-signed client assertion", M_FIC, &[C::CertificateCredentialError], 0.85),
    r(7000229, "The client application is missing service principal in the tenant", t!("The app has no service principal (enterprise application) in the tenant: it was never added or consented there.", "Die App hat keinen Dienstprinzipal (Unternehmensanwendung) im Mandanten: sie wurde dort nie hinzugefügt oder zugestimmt."), &[C::AppNotFoundInTenant, C::ConsentMissing], 0.8),
    r(7002121, "No matching federated identity record found for presented assertion audience", M_FIC, &[C::CertificateCredentialError], 0.85),
    r(7002137, "No matching federated identity record found for presented assertion subject", M_FIC, &[C::CertificateCredentialError], 0.85),
    r(7002138, "No matching federated identity record (the subject differs in case)", t!("The federated credential's subject matches one on the app only when case is ignored; the comparison is case-sensitive.", "Der Subject-Wert der föderierten Anmeldeinformation passt nur ohne Beachtung der Groß-/Kleinschreibung; verglichen wird mit ihr."), &[C::CertificateCredentialError], 0.85),
    r(7500514, "A supported type of SAML response was not found", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(7500529, "The value isn't a valid SAML ID", M_SAML, &[C::MalformedTokenRequest], 0.3),
    r(9000411, "The request is not properly formatted. The parameter is duplicated", t!("The sign-in request names a parameter twice (login_hint, scope): the client builds its request URL wrongly.", "Die Anmeldeanforderung nennt einen Parameter zweimal (login_hint, scope): der Client baut seine Anforderungs-URL falsch."), &[C::MalformedTokenRequest], 0.85),
    r(9001011, "Device policy contains unsupported required device state", M_CADEV, &[C::ConditionalAccessBlock], 0.6),
    r(9001023, "The grant type isn't supported over the /common or /consumers endpoints", t!("Client credentials were requested from /common or /consumers; app-only tokens need the tenant-specific endpoint.", "Client Credentials wurden bei /common oder /consumers angefordert; App-Token brauchen den mandantenspezifischen Endpunkt."), &[C::WrongEndpointOrCloud], 0.95),
    r(9002313, "InvalidRequest - Request is malformed or invalid", M_BAD, &[C::MalformedTokenRequest], 0.7),
    r(9002314, "Resource hostname is required", t!("The scope names a permission without its resource's host (e.g. IMAP.AccessAsUser.All instead of https://outlook.office.com/IMAP.AccessAsUser.All, or /.default alone).", "Der Scope nennt eine Berechtigung ohne den Host ihrer Ressource (z. B. IMAP.AccessAsUser.All statt https://outlook.office.com/IMAP.AccessAsUser.All, oder /.default allein)."), &[C::InvalidScope, C::ResourceNotFound], 0.8),
    r(9002319, "Public clients can't send a client secret", t!("The app is registered as a public client but the request sends a secret or assertion.", "Die App ist als öffentlicher Client registriert, die Anforderung sendet aber ein Geheimnis oder eine Assertion."), &[C::ClientTypeMismatch], 0.95),
    r(9002320, "The realm is not a configured realm of the tenant", M_NOTENANT, &[C::WrongEndpointOrCloud, C::TenantNotFound], 0.45),
    r(9002324, "Request should not contain more than one client credential parameters", t!("The token request sends more than one client credential (client_secret, client_assertion, request); send exactly one.", "Die Tokenanforderung sendet mehr als eine Client-Anmeldeinformation (client_secret, client_assertion, request); senden Sie genau eine."), &[C::MalformedTokenRequest], 0.9),
    r(9002325, "Proof Key for Code Exchange is required for cross-origin authorization code redemption", t!("The redirect URI is registered under the single-page application (SPA) platform, so the code must be redeemed by a browser with PKCE; a server-side client needs the URI under the Web platform.", "Die Umleitungs-URI ist unter der Plattform Single-Page-Anwendung (SPA) registriert, daher muss ein Browser den Code mit PKCE einlösen; ein serverseitiger Client braucht die URI unter der Plattform Web."), &[C::ClientTypeMismatch, C::RedirectUriMismatch], 0.8),
    r(9002326, "Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type", t!("A browser redeemed the code, but the redirect URI is not registered under the single-page application platform.", "Ein Browser hat den Code eingelöst, die Umleitungs-URI ist aber nicht unter der Plattform Single-Page-Anwendung registriert."), &[C::ClientTypeMismatch, C::RedirectUriMismatch], 0.8),
    r(9002327, "Tokens issued for the Single-Page Application client-type may only be redeemed via cross-origin requests", t!("The redirect URI is registered as a single-page application, but the code is redeemed by a desktop or server client; register it under Mobile and desktop applications or Web.", "Die Umleitungs-URI ist als Single-Page-Anwendung registriert, der Code wird aber von einem Desktop- oder Server-Client eingelöst; unter Mobile und Desktopanwendungen oder Web registrieren."), &[C::ClientTypeMismatch, C::RedirectUriMismatch], 0.85),
    r(9002328, "Cannot use /common or /consumers on admin-consent", t!("Admin consent was requested at /common or /consumers; use the tenant id, a verified domain or /organizations.", "Die Administratorzustimmung wurde bei /common oder /consumers angefordert; verwenden Sie die Mandanten-ID, eine verifizierte Domäne oder /organizations."), &[C::WrongEndpointOrCloud, C::ConsentMissing], 0.85),
    r(9002329, "Misconfigured client or resource Service Principal. Missing Salt Key", M_SVC, &[C::ServiceSideIncident], 0.4),
    r(9002331, "Application is configured for use by Microsoft Account users only; use the /consumers endpoint", t!("The app registration accepts only personal accounts, which cannot reach a work mailbox; change the supported account types (wording from Microsoft troubleshooting text, not the reference page).", "Die App-Registrierung akzeptiert nur private Konten, die kein Geschäftspostfach erreichen; ändern Sie die unterstützten Kontotypen (Wortlaut aus Microsoft-Problembehandlungstext, nicht aus der Referenzseite)."), &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.75),
    r(9002332, "Application is configured for use by Microsoft Entra users only", t!("The app accepts only work or school accounts: a personal Microsoft account signed in, or the request went to /consumers; sign in with a work account at the tenant or /organizations endpoint.", "Die App akzeptiert nur Geschäfts- oder Schulkonten: ein persönliches Microsoft-Konto hat sich angemeldet, oder die Anforderung ging an /consumers; melden Sie sich mit einem Geschäftskonto am Mandanten- oder /organizations-Endpunkt an."), &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud], 0.9),
    r(9002337, "Use of /common is not supported for this registration", t!("A single-tenant app requested its token from /common; use the tenant-specific endpoint.", "Eine Einzelmandanten-App hat ihr Token bei /common angefordert; verwenden Sie den mandantenspezifischen Endpunkt."), &[C::WrongEndpointOrCloud], 0.85),
    r(9002338, "Invalid request. Request is malformed or invalid", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(9002339, "Unsupported user account for this endpoint", M_ACCTYPE, &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud], 0.8),
    r(9002341, "V2Error: invalid_grant - The user is required to permit Single Sign-On", M_CONSENT, &[C::ConsentMissing], 0.5),
    r(70000121, "The passed grant is from a personal Microsoft account", t!("A grant of a personal Microsoft account was sent to a tenant endpoint; personal accounts need /consumers or /common.", "Eine Berechtigung eines privaten Microsoft-Kontos ging an einen Mandanten-Endpunkt; private Konten brauchen /consumers oder /common."), &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.85),
];

/// An AADSTS code with what it means for mail: a row of [`AADSTS`]. Its name and meaning are
/// kept in strings shared by the whole table (one name string, each distinct meaning once), and
/// the row holds where they are: no pointer-and-length pair per text, which packs badly in the
/// page.
#[derive(Clone, Copy, PartialEq)]
pub struct AadstsCode {
    /// The number.
    pub code: u32,
    /// Confidence that the code alone states the first cause, in hundredths (see
    /// [`AadstsCode::confidence`]): a byte where an `f32` took four.
    hundredths: u8,
    /// Where the name starts in [`NAMES`], and its length.
    name: (u16, u8),
    /// Which of the distinct meanings (see [`MEANING_ENDS`]).
    meaning: u8,
    /// The causes, most likely first: the first `cause_count` of `causes`.
    causes: [C; MAX_CAUSES],
    cause_count: u8,
}

impl AadstsCode {
    /// Confidence that the code alone states the first cause (0..1): exactly the `f32` its row
    /// was written with (checked at compile time).
    pub fn confidence(&self) -> f32 {
        f32::from(self.hundredths) / 100.0
    }

    /// Microsoft's short name or message.
    pub fn name(&self) -> &'static str {
        let start = usize::from(self.name.0);
        NAMES
            .get(start..start + usize::from(self.name.1))
            .unwrap_or_default()
    }

    /// What it means, in the mail scenario.
    pub fn meaning(&self) -> Text {
        let i = usize::from(self.meaning);
        let start = if i == 0 {
            0
        } else {
            MEANING_ENDS[i - 1] as usize
        };
        let end = MEANING_ENDS[i] as usize;
        Text::from_joined(MEANINGS.get(start..end).unwrap_or("\0"))
    }

    /// The causes it points to, most likely first.
    pub fn causes(&self) -> &[C] {
        &self.causes[..usize::from(self.cause_count)]
    }
}

impl std::fmt::Debug for AadstsCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AadstsCode")
            .field("code", &self.code)
            .field("name", &self.name())
            .field("meaning", &self.meaning())
            .field("causes", &self.causes())
            .field("confidence", &self.confidence())
            .finish()
    }
}

/// The most causes a code points to.
const MAX_CAUSES: usize = 3;

/// Whether `a` and `b` are the same text.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Each row's meaning as a position among the distinct meanings (in order of first use), and
/// for each distinct meaning the row that uses it first; then how many there are.
const fn distinct_meanings() -> ([u8; ROWS.len()], [usize; ROWS.len()], usize) {
    // Each text read once: a `Text` finds its length when read.
    let mut texts = [""; ROWS.len()];
    let mut i = 0;
    while i < ROWS.len() {
        texts[i] = ROWS[i].meaning.joined();
        i += 1;
    }
    let mut ids = [0u8; ROWS.len()];
    let mut firsts = [0usize; ROWS.len()];
    let (mut count, mut i) = (0, 0);
    while i < ROWS.len() {
        let mut j = 0;
        while j < count && !same(texts[firsts[j]], texts[i]) {
            j += 1;
        }
        if j == count {
            firsts[count] = i;
            count += 1;
        }
        assert!(
            j <= u8::MAX as usize,
            "more distinct meanings than a byte counts"
        );
        ids[i] = j as u8;
        i += 1;
    }
    (ids, firsts, count)
}

const DISTINCT: ([u8; ROWS.len()], [usize; ROWS.len()], usize) = distinct_meanings();

/// The distinct meanings, in order of first use (each in its joined form, English and German).
const MEANING_PARTS: [&str; DISTINCT.2] = {
    let mut parts = [""; DISTINCT.2];
    let mut j = 0;
    while j < DISTINCT.2 {
        parts[j] = ROWS[DISTINCT.1[j]].meaning.joined();
        j += 1;
    }
    parts
};

/// The distinct meanings, each followed by a NUL byte (the form of a [`Text`]).
static MEANINGS: &str = match std::str::from_utf8(&concat_nul::<
    { concat_len(&MEANING_PARTS, Some(0)) + 1 },
>(&MEANING_PARTS, Some(0)))
{
    Ok(s) => s,
    Err(_) => panic!("the meanings are not UTF-8"),
};

/// Where each distinct meaning ends in [`MEANINGS`], its NUL byte included (the next one
/// starts there).
static MEANING_ENDS: [u32; DISTINCT.2] = {
    let mut ends = [0u32; DISTINCT.2];
    let (mut end, mut j) = (0, 0);
    while j < DISTINCT.2 {
        end += MEANING_PARTS[j].len() + 1;
        ends[j] = end as u32;
        j += 1;
    }
    ends
};

/// The names of the rows, in order.
const NAME_PARTS: [&str; ROWS.len()] = {
    let mut parts = [""; ROWS.len()];
    let mut i = 0;
    while i < ROWS.len() {
        parts[i] = ROWS[i].name;
        i += 1;
    }
    parts
};

/// The names of all rows, one after the other.
static NAMES: &str = match std::str::from_utf8(&concat::<{ concat_len(&NAME_PARTS, None) }>(
    &NAME_PARTS,
    None,
)) {
    Ok(s) => s,
    Err(_) => panic!("the names are not UTF-8"),
};

/// The AADSTS codes, sorted by number.
pub static AADSTS: [AadstsCode; ROWS.len()] = {
    let mut out = [AadstsCode {
        code: 0,
        hundredths: 0,
        name: (0, 0),
        meaning: 0,
        causes: [C::ServiceSideIncident; MAX_CAUSES],
        cause_count: 0,
    }; ROWS.len()];
    let (mut i, mut at) = (0, 0);
    while i < ROWS.len() {
        let row = &ROWS[i];
        assert!(at <= u16::MAX as usize && row.name.len() <= u8::MAX as usize);
        assert!(!row.causes.is_empty() && row.causes.len() <= MAX_CAUSES);
        let mut causes = [row.causes[0]; MAX_CAUSES];
        let mut k = 0;
        while k < row.causes.len() {
            causes[k] = row.causes[k];
            k += 1;
        }
        let hundredths = (row.confidence * 100.0 + 0.5) as u8;
        assert!(
            hundredths <= 100 && hundredths as f32 / 100.0 == row.confidence,
            "a code's confidence is not a multiple of 0.01 in [0, 1]"
        );
        out[i] = AadstsCode {
            code: row.code,
            hundredths,
            name: (at as u16, row.name.len() as u8),
            meaning: DISTINCT.0[i],
            causes,
            cause_count: row.causes.len() as u8,
        };
        at += row.name.len();
        i += 1;
    }
    out
};

/// Microsoft's message wording per code, for the message quoted without its number (the Entra
/// sign-in log's failure reason, a library that drops the prefix): a short lower-case phrase
/// that only that code's message holds, taken from Microsoft's error-code reference, the
/// sign-in log's older wording and its messages per code (f-bader/EntraID-ErrorCodes), and in
/// German the sign-in log's failure reasons as the German portal and Microsoft's German reference
/// show them. Contractions are written out ("is not", "does not", "cannot"):
/// the scanner reads the text that way. Codes whose message is generic ("The request isn't
/// valid", "The service is temporarily unavailable") have no phrase: their wording alone does
/// not tell the code. Sorted by phrase (the scanner looks phrases up by their first word).
/// Read at compile time only: the page keeps the packed form ([`message`]).
pub(crate) const MESSAGES: &[(&str, u32)] = &[
    (
        "a version 1 token cannot be used with the v2 endpoint",
        500137,
    ),
    (
        "a version 2 token can only be used with the v2 endpoint",
        500136,
    ),
    (
        "aad-issued tokens may not be used for federated identity",
        700222,
    ),
    ("acceptcompliantdevice setting", 530004),
    ("acceptmappedclaims is only supported", 501461),
    ("access grant requires interaction", 700020),
    ("access pass must be used for web sign in", 130506),
    ("access policy does not allow token issuance", 530031),
    ("account must be added to the directory", 50034),
    ("account type cannot be used for the application", 500206),
    ("account type cannot be used for the resource", 500207),
    ("active directory password has expired", 50144),
    (
        "active directory-kennwort des benutzers ist abgelaufen",
        50144,
    ),
    (
        "admin consent is required for the permissions requested",
        90094,
    ),
    ("administrator consent is required", 90094),
    ("and the credential used is not supported", 54009),
    (
        "anforderungstext muss den folgenden parameter enthalten",
        900144,
    ),
    (
        "angegebenen geheimen clientschlüssel sind abgelaufen",
        7000222,
    ),
    (
        "app-only tokens can be used as federated identity credentials",
        700229,
    ),
    ("app-specific signing key", 50146),
    ("application identifier is expected to be a guid", 90112),
    ("application is disabled", 7000112),
    ("application is not supported over the", 90130),
    ("application requires signed requests", 76021),
    ("application was not found in the directory", 700016),
    ("approved app requirements", 530021),
    (
        "are not supported by the tenant-independent endpoint",
        500202,
    ),
    ("ask the admin for consent", 90095),
    ("assertion audience does not match the client app", 500131),
    ("assertion is invalid because of various reasons", 50013),
    ("assertion is malformed and cannot be read", 500132),
    ("assertion is not within its valid time range", 500133),
    ("assigned to a role for the signed in app", 50105),
    (
        "aufgrund von richtlinien für bedingten zugriff blockiert",
        53003,
    ),
    ("auth session with this device code has expired", 70039),
    (
        "authentication agent is unable to connect to active directory",
        80001,
    ),
    (
        "authentication failed during strong authentication request",
        500121,
    ),
    ("authentication methods due to suspicious activity", 53004),
    ("authentication package is not supported", 81005),
    (
        "authentication registration process before accessing",
        53004,
    ),
    ("authentication required from federated idp", 53006),
    (
        "authorization code not received from authorize endpoint",
        240004,
    ),
    ("authorization code was already redeemed", 54005),
    (
        "authorization header value is not formatted correctly",
        81009,
    ),
    ("authorization is pending", 70016),
    ("backup auth service only allows authn requests", 230109),
    ("because it contains more than one resource", 700022),
    ("bind api requires", 1000000),
    ("bind completed successfully", 1000002),
    ("blocked by security defaults", 530035),
    ("blocked due to conditional access", 53003),
    ("blocked due to risk on home tenant", 53011),
    ("broker app needs to be installed", 501271),
    ("bulk aadj token expiration timestamp", 90114),
    ("bulk token expiration timestamp", 90114),
    ("but this role is only assignable to users", 650061),
    ("calling principal cannot consent", 90093),
    ("cannot be accessed at this time", 1000031),
    ("cannot be interpreted as known auth method", 50130),
    ("cannot be used or is not authorized", 700019),
    (
        "cannot be used to log into non consumer applications",
        500205,
    ),
    ("cannot configure multifactor authentication methods", 53010),
    ("cannot infer the user's tenant from the user name", 90126),
    ("cannot issue on-behalf-of token for tenant", 1000014),
    ("cannot satisfy app protection requirement", 501292),
    ("cannot use /common or /consumers on admin-consent", 9002328),
    ("certificate subject must match issuer claim", 7000221),
    ("certificate with thumbprint", 700028),
    ("certification validation failed", 50017),
    ("check to make sure you have the correct tenant id", 90002),
    ("chrome webview version is not supported", 220450),
    ("claim transformation is unknown", 50109),
    ("claims request parameter value", 901001),
    ("claims sent by external provider", 50161),
    ("claims sent by external provider are not enough", 50159),
    (
        "claims transformation configuration could not be retrieved",
        50108,
    ),
    (
        "claims transformation contains invalid input parameter",
        50124,
    ),
    ("claims transformation has resulted in a claim", 50163),
    (
        "client app is a mam app and device is not registered",
        50127,
    ),
    ("client application has no configured keys", 700026),
    (
        "client application identifier in the provided grant",
        7000220,
    ),
    (
        "client assertion application identifier does not match",
        700021,
    ),
    (
        "client assertion is not within its valid time range",
        700024,
    ),
    ("client has not listed any permissions for", 650056),
    ("client loop has been detected", 50196),
    ("client_assertion or client_secret", 7000218),
    ("client_info is not supported for this user", 50179),
    ("client_secret does not match the expected value", 70002),
    ("code_verifier does not match the code_challenge", 501481),
    ("code_verifier length is less than", 501482),
    (
        "common endpoint for app tokens is on the deprecation path",
        1002026,
    ),
    ("company object has not been provisioned yet", 90085),
    (
        "confidential client is not supported in cross cloud request",
        900382,
    ),
    (
        "configured for use by azure active directory users only",
        9002332,
    ),
    ("configured for use by microsoft entra users only", 9002332),
    ("configured realm of the current service namespace", 50169),
    ("configured with an application-specific signing key", 50146),
    ("consent for access to linkedin resources", 52004),
    (
        "corresponding to this authorization code does not match",
        700044,
    ),
    ("creating the ws-federation message from the uri", 90087),
    (
        "credential validation on username or password has failed",
        50064,
    ),
    ("cross-origin token redemption is permitted only", 9002326),
    ("cross-tenant access policy does not allow", 500213),
    ("currently not supported through conditional access", 50005),
    ("das aktualisierungstoken ist ungültig", 70000),
    ("das benutzerkonto ist deaktiviert", 50057),
    ("das konto ist gesperrt, weil der benutzer zu häufig", 50053),
    ("data does not have invalid characters", 90107),
    ("decided not to continue the authentication", 90135),
    ("declined consent approval to release their profile", 90137),
    ("declined to consent", 65004),
    ("delegated administrator was blocked", 530034),
    ("der angemeldete benutzer ist keiner rolle", 50105),
    ("der benutzer ist nicht im verzeichnis vorhanden", 50034),
    ("der überprüfungscode ist abgelaufen", 70019),
    ("desktopsso auth token has expired", 81014),
    ("device authentication failed for this user", 50155),
    ("device authentication is required", 50097),
    ("device code flow connect mode", 90139),
    (
        "device code flow is not supported for confidential clients",
        90136,
    ),
    ("device code flow is not supported under", 90133),
    ("device code has already been approved", 70033),
    ("device code has already been denied", 70034),
    ("device code is not correctly formatted", 50189),
    (
        "device codes supporting the personal microsoft account",
        90132,
    ),
    ("device key was found weak", 130009),
    ("device object was not found in the tenant", 700003),
    (
        "device policy contains unsupported required device state",
        9001011,
    ),
    ("device referenced by the ngc key", 130008),
    ("device tokens are not supported for v2 resource", 50156),
    ("device used during the authentication is disabled", 135011),
    (
        "did not include the required tokens for the user context",
        165000,
    ),
    ("did not pass the mfa challenge", 50074),
    ("did not pass the mfa challenge (non interactive)", 50076),
    ("die anwendung mit dem bezeichner", 700016),
    // AADSTS90094's consent page in German ("… eine Berechtigung, die nur ein Administrator
    // erteilen kann").
    ("die nur ein administrator erteilen kann", 90094),
    (
        "dienstprinzipalname wurde unter diesem mandanten nicht",
        50001,
    ),
    ("different from the user signed into the device", 81012),
    ("different target tenant is preferred", 50160),
    // AADSTS50020's message ("User account '…' from identity provider '…' does not exist in tenant
    // '…'"), as a post quotes it without the code.
    ("does not exist in tenant", 50020),
    ("does not federate with", 90038),
    (
        "does not have the microsoft account audience enabled",
        9002339,
    ),
    ("does not have the ngc id key configured", 130004),
    ("does not match how the app was preconfigured", 65005),
    ("does not match requested authentication method", 75011),
    ("does not support the saml request sent by the app", 75005),
    ("domain hint must be present", 51001),
    ("domain name contains invalid characters", 50029),
    (
        "domain name does not match with the tenant identifier",
        500210,
    ),
    (
        "domain_hint and opaque login_hint cannot be used together",
        1002014,
    ),
    // AADSTS9000411 in German ("Der Parameter "login_hint" ist doppelt vorhanden").
    ("doppelt vorhanden", 9000411),
    ("download is currently in progress", 2205013),
    ("due to legal age group requirement", 54000),
    (
        "due to password expiration or recent password change",
        50132,
    ),
    ("due to sign-in frequency checks", 70043),
    ("ecc key size", 50035),
    ("email address claim is missing", 5000819),
    ("enable the tenant for seamless sso", 50180),
    ("encountered a client request loop", 50196),
    ("endpoint only accepts", 900561),
    ("error has occured during admin consent processing", 90097),
    ("error issuing a token or an issue with", 50000),
    ("error occured in first party app token validator", 1002030),
    ("error occurred during saml message binding", 75001),
    ("error transforming the claims for the token", 50100),
    ("es wurde ein abgelaufenes kennwort eingegeben", 50055),
    ("expected field is not present in the credential", 90014),
    ("expected format: name[/instance][@realm]", 90022),
    ("explicitly added to the tenant", 16003),
    (
        "external challenge is not supported for passthrough users",
        50177,
    ),
    ("external claims provider unavailable", 1000021),
    ("external controls mapping is missing", 50170),
    ("external id token from issuer", 500126),
    ("external id token has unexpected issuer", 500277),
    ("external identifier does not exist in the id token", 901014),
    ("external security challenge not satisfied", 50158),
    ("external security challenge was not satisfied", 50158),
    ("failed to find user by on-premise sid", 81011),
    ("failed to lookup the user whose kerberos ticket", 81013),
    ("failed to parse provider signing keys", 900612),
    ("failed to perform device authentication", 50187),
    (
        "failed to validate authorization url of external claims",
        50161,
    ),
    ("failed to validate kerberos ticket", 81008),
    (
        "failed verification during certificate based authentication",
        500184,
    ),
    ("falscher benutzerprinzipalname", 80004),
    ("federated identity provider is unavailable", 40014),
    ("federation realm object", 50107),
    ("fetch bloom filter data", 1002022),
    ("flow token expired", 50089),
    ("forbidden token audience", 700227),
    ("found for presented assertion audience", 700212),
    ("found for presented assertion issuer", 700211),
    ("found unsupported token header", 5002726),
    ("fresh auth token is needed", 50173),
    ("für die anwendung konfigurierten antwortadressen", 50011),
    (
        "generate a pairwise identifier with more than one salt",
        50043,
    ),
    ("grant has expired due to it being revoked", 50173),
    ("grant is not supported by api version", 7000013),
    ("grant is reedemable only by broker application", 7000115),
    ("grant requires administrator permission", 90094),
    ("grant type is not supported over the", 9001023),
    ("grant was issued by national cloud sts", 90043),
    ("grant was issued for a different client id", 700007),
    ("grant was obtained for a different tenant", 7000012),
    ("graph returned with a forbidden error code", 90093),
    ("guest accounts are not allowed for this site", 90084),
    ("guest user account is not fully created", 50014),
    ("had no entitlements matching required permissions", 65006),
    ("has a configured token version of", 90129),
    ("has been deleted from the", 500341),
    ("has both x5t and x5c values", 500033),
    ("has not been authorized in the tenant", 90099),
    (
        "has not been installed by the administrator of the tenant",
        700016,
    ),
    ("has not consented to use the application", 65001),
    ("has not registered the authenticator app", 50203),
    ("has not subscribed to or enabled", 650052),
    (
        "hat ungültige clientanmeldeinformationen zurückgegeben",
        70002,
    ),
    ("have the key id configured", 135010),
    ("have the ngc key configured", 130004),
    ("id_token' is not enabled for the application", 700054),
    ("identifier and login hint", 90005),
    (
        "identity or claim issuance provider denied the request",
        90123,
    ),
    ("identity provider has failed with a transient error", 40010),
    ("in order to allow token to be issued for clients", 900942),
    ("inbound id token received in the federation", 399284),
    ("incorrect challenge response provided", 70037),
    ("incorrect user principal name", 80004),
    ("information in the user's kerberos ticket", 81011),
    ("initiating application is not a participant", 50068),
    ("input id_token cannot be used as", 240002),
    ("input parameter 'device_code' is not valid", 7000014),
    (
        "input parameter 'device_code' is not valid. this device code",
        70020,
    ),
    ("input parameter 'redirect_uri' is not valid", 50011),
    ("install a broker app", 50127),
    ("integrated windows authentication is needed", 50180),
    ("intended to use against other tenant", 700005),
    ("interrupt to select a certificate", 50019),
    ("interrupted because of a password reset", 50125),
    (
        "interrupted due to a password reset or password registration",
        50125,
    ),
    ("invalid certificate chain", 7000213),
    ("invalid code_challenge_method parameter", 50149),
    (
        "invalid due to re-authentication checks by conditional access",
        70046,
    ),
    ("invalid empty request", 90121),
    ("invalid encryption key environment", 50138),
    ("invalid fairfax gateway redirect", 90073),
    ("invalid input received from the user", 90013),
    ("invalid jwt token because", 50027),
    ("invalid national cloud id", 90051),
    ("invalid or missing password", 50056),
    ("invalid or null password", 50056),
    ("invalid pop_jwk key", 50167),
    ("invalid regular expression configured for claims", 50124),
    ("invalid response received by authentication agent", 80003),
    ("invalid signing certificate", 700029),
    ("invalid size of code_challenge parameter", 501491),
    ("invalid sts request", 90023),
    (
        "invalid token received from external identity provider",
        40005,
    ),
    ("invalid verification code", 70018),
    ("ip address with malicious activity", 50053),
    ("is a personal microsoft account", 500200),
    ("is a unicode domain name", 90029),
    ("is being redirected to the national cloud", 90038),
    ("is disabled in tenant", 7000116),
    ("is missing from the credential", 90014),
    ("is missing service principal in the tenant", 7000229),
    ("is not a valid application identifier", 700038),
    ("is not a valid resource identifier", 700039),
    ("is not a valid saml id", 7500529),
    ("is not allowed as a resource application", 500017),
    ("is not allowed on identity tenant", 1000104),
    ("is not listed in the requested permissions", 650057),
    ("is not supported as a first factor", 54008),
    ("is not supported as a resource application", 500016),
    ("is not supported as resource", 700017),
    (
        "is not supported over the /common or /consumers endpoints",
        90124,
    ),
    ("is not within its specified validity window", 1000502),
    ("is requesting a token for itself", 90009),
    ("issue tokens from this api version", 90027),
    (
        "issue tokens from this api version for a microsoft account",
        500201,
    ),
    ("issue with jwt header", 50120),
    ("issue with the jwt header", 50120),
    ("issue with the sign-in service", 50000),
    ("issue with your federated identity provider", 20001),
    ("issued to a single page app", 700084),
    ("issuetime in an saml2 authentication request", 76026),
    ("jwt body must contain", 50098),
    ("jwt signature is invalid", 50099),
    ("jwt token failed signature validation", 900384),
    ("jwt token is invalid or malformed", 50027),
    ("keep me signed in' interrupt", 50140),
    ("kerberos authentication attempt failed", 81004),
    (
        "kerberos ticket as it was obtained through delegation",
        81015,
    ),
    ("kerberos ticket has expired or is invalid", 81010),
    ("kerberos ticket is too large", 81001),
    ("lacks a service principal for", 650052),
    ("limit on telecom mfa calls", 50088),
    ("looks like you entered your old password", 50054),
    ("make application on-behalf-of calls", 7000114),
    ("make sure you entered the user name correctly", 90125),
    ("may not be used on this endpoint", 1000020),
    ("may only be redeemed via cross-origin requests", 9002327),
    ("message prompt interrupt", 50201),
    (
        "methods because the organization requires this information",
        53010,
    ),
    ("mfa-überprüfung nicht bestanden (nicht interaktiv)", 50076),
    ("mfa-überprüfung nicht bestanden.", 50074),
    (
        "misconfigured required resource access in client application",
        1003031,
    ),
    ("missing an external refresh token", 50139),
    ("missing authorization header with bearer token", 700012),
    ("missing code_challenge parameter", 501471),
    ("missing definition of external control", 50176),
    ("missing external refresh token", 50139),
    ("missing from transformation id", 501241),
    ("missing immutableid of the user", 90020),
    ("missing salt key", 9002329),
    ("missing the integrated windows authentication claim", 51006),
    ("msa data accessor transient timeout", 399219),
    ("msi certificate was included in the request", 7000225),
    ("multi-factor authentication has expired", 50078),
    ("multifactor authentication has expired", 50078),
    ("multiple application identifiers found", 7000110),
    ("must be configured via preauthorization", 65002),
    ("must use multi-factor authentication", 50076),
    ("must use multifactor authentication", 50076),
    (
        "national cloud identifier contains an invalid cloud identifier",
        90051,
    ),
    ("national cloud name is missing", 90042),
    ("national cloud request process switched off", 90044),
    ("need admin approval", 90094),
    ("needs to be added as an external user", 16000),
    ("needs to enforce intune protection policies", 53005),
    ("needs to enroll for second factor", 50072),
    ("needs to enroll for two factor", 50079),
    ("needs to enroll for two-factor", 50072),
    ("neither a valid dns name", 900023),
    ("ngc key signature verification failed", 130005),
    ("ngc key signature verified failed", 130005),
    ("ngc transport key", 130006),
    (
        "nicht als mehrinstanzenfähige anwendung konfiguriert",
        50194,
    ),
    ("no authenticated credentials found in request", 500127),
    ("no authorization header was found", 81006),
    ("no credential was included in the sign-in request", 50192),
    ("no email address was obtained from the external", 901011),
    ("no matching federated identity record found", 70021),
    (
        "no matching trusted certificate authority policy found",
        7000212,
    ),
    ("no reply address is registered", 500113),
    ("no reply address provided", 900971),
    ("no service namespace named", 90002),
    ("no tenant-identifying information", 50128),
    ("no token audiences were configured", 50010),
    ("no verified email address was obtained", 901012),
    (
        "non-retryable error stemming from the directory service",
        90036,
    ),
    ("not a configured realm of the tenant", 9002320),
    ("not an approved app for conditional access", 53002),
    ("not assigned to a role for the application", 50105),
    ("not authorized to make application on-behalf-of", 7000113),
    ("not authorized to register devices", 240001),
    ("not configured as a multitenant application", 50194),
    ("not configured for use in the tenant", 650059),
    ("not configured to accept device-only tokens", 221000),
    (
        "not configured to sign in this type of personal microsoft",
        1003034,
    ),
    (
        "not issued for the purpose for which it is being used",
        50164,
    ),
    ("one-time temporary access pass has been redeemed", 130505),
    ("online directory service (msods)", 90033),
    ("only an admin can grant", 90094),
    ("only be used in mutual-tls token calls", 50171),
    ("or 'client_secret' is required for the", 7000219),
    ("or 'request' is required for the", 7000216),
    ("or any addresses on the oidc approve list", 700045),
    (
        "or, the request was blocked due to suspicious activity",
        50131,
    ),
    ("otp related failure during sign-in", 50181),
    ("outbound access policy", 500212),
    ("outside of the allowed hours", 80012),
    ("pairwise identifier is malformed", 50045),
    ("parameter is empty or not valid", 90100),
    (
        "passed grant is from a personal microsoft account",
        70000121,
    ),
    ("passed query string length exceeds supported limit", 50091),
    ("passed session id cannot be parsed", 90007),
    (
        "password change is required due to a conditional access policy",
        50142,
    ),
    ("password change is required due to account risk", 50135),
    ("password entered exceeds the maximum length", 50052),
    ("password is expired", 50055),
    ("password needs to be changed due to security policy", 50137),
    ("password validation request timed out", 80002),
    ("permissions that you are not authorized to grant", 90093),
    (
        "phone sign in was blocked due to user credential policy",
        130500,
    ),
    (
        "platform not currently supported through conditional access",
        50005,
    ),
    ("please get this user invited to", 500204),
    (
        "policy found on application that matched the presented",
        7000227,
    ),
    ("policy specified in the request's claim parameter", 50117),
    ("policy that requires gps location", 50081),
    ("possibly because the token issuer", 50013),
    (
        "primary refresh token has expired due to maximum lifetime",
        700083,
    ),
    ("principal name format is invalid for name", 90028),
    ("principal name format is not valid", 90022),
    ("process a ws-federation message", 90081),
    (
        "proof key for code exchange is required for cross-origin",
        9002325,
    ),
    (
        "proofup blocked due to credential used not supported",
        54010,
    ),
    (
        "protected key is not intended for the authenticated user",
        50141,
    ),
    (
        "protocol not specified for reply address validation",
        500114,
    ),
    ("provided client secret keys are expired", 7000222),
    ("provided grant is invalid or malformed", 70000),
    ("provided when requesting authorization code", 500112),
    ("public clients cannot send a client secret", 9002319),
    ("received by the server from a claims request", 500025),
    ("received by the server on the login request", 500024),
    (
        "redemption is complete but the request was not initiated",
        500141,
    ),
    ("redirect uris with urn: schemes are prohibited", 500119),
    ("refresh token has expired due to inactivity", 700082),
    ("refresh token has expired due to maximum lifetime", 700081),
    (
        "refresh token is invalid due to sign-in frequency checks",
        70045,
    ),
    ("refresh token needs a social identity provider", 50085),
    ("refresh token needs social idp login", 50085),
    ("regional only supports auth", 100007),
    ("registered in a sovereign cloud", 900439),
    ("registered in the legacy microsoft account tenant", 9002337),
    ("related to unsupported binding", 75003),
    (
        "remote auth session with this device code does not exist",
        70035,
    ),
    (
        "remote authentication failed to read session from storage",
        70030,
    ),
    ("remote authentication session is in a bad state", 70031),
    (
        "reply address does not match the reply address provided",
        500112,
    ),
    (
        "reply address does not match the reply addresses configured",
        700042,
    ),
    (
        "reply address must be provided when presenting an authorization",
        700009,
    ),
    (
        "reply uri specified in the request contains invalid characters",
        50029,
    ),
    (
        "reply uri specified in the request failed validation",
        500118,
    ),
    (
        "reply uri specified in the request has an invalid scheme",
        500111,
    ),
    (
        "reply uri specified in the request is missing or not a valid",
        500115,
    ),
    (
        "reply uri specified in the request is not a valid url",
        500116,
    ),
    (
        "reply uri specified in the request is not using a secure",
        500117,
    ),
    ("request denied by an evaluation policy", 500027),
    ("request is malformed: invalid format for", 50050),
    ("request is sent using a broker", 501291),
    ("request nonce is expired", 140000),
    ("request nonce is not provided", 140000),
    ("request processing has exceeded internal allowance", 90025),
    ("request to external oidc endpoint failed", 50166),
    ("request tokens do not match the user context", 165000),
    ("request was already authorized or declined", 90120),
    ("requested a user session which does not exist", 160021),
    ("requested query string is too long", 90015),
    ("required claim is missing", 90016),
    ("required resource access configuration has changed", 65007),
    ("required resource access list", 65005),
    (
        "required resource access list does not contain applications",
        650055,
    ),
    ("required to permit single sign-on", 9002341),
    ("required to use multifactor authentication", 50079),
    ("requires a compliant device", 53000),
    ("requires a domain joined device", 53001),
    ("requires legal age group consent", 50015),
    ("requires the 'openid' scope", 700053),
    (
        "requires the authenticator to be used to provide gps location",
        50077,
    ),
    (
        "requires the device requesting access to be managed",
        530033,
    ),
    ("resource application name", 500012),
    ("resource hostname is required", 9002314),
    ("resource identifier is not provided", 500013),
    ("resource is disabled or does not exist", 50001),
    ("resource is not supported over the", 90124),
    ("resource principal named", 500011),
    (
        "resource that has been removed or is no longer available",
        650054,
    ),
    ("resource' request parameter is not supported", 901002),
    ("response content length from external idp exceeds", 90050),
    ("response from the authentication agent", 80005),
    ("response_type 'token' is not enabled", 700051),
    ("restrict-access-to-tenant", 500021),
    ("restricted proxy access on the tenant", 50002),
    ("retrieving claims from identity provider", 90134),
    ("returned an invalid redirect uri", 70004),
    ("returned an unsupported grant type", 70003),
    ("returned an unsupported response type", 70005),
    ("returned an unsupported value of", 70007),
    ("returned invalid client credentials", 70002),
    ("rsa key size", 50032),
    (
        "salt required to generate a pairwise identifier is missing",
        50042,
    ),
    ("saml assertion is missing or misconfigured", 50008),
    ("saml authentication request property", 900236),
    ("saml request had an unexpected destination", 75008),
    ("saml token is invalid", 50008),
    (
        "saml2 authentication request has invalid nameidpolicy",
        75016,
    ),
    ("samlrequest or samlresponse must be present", 750054),
    ("satisfy the mfa requirements for the tenant", 90072),
    ("scope can not be empty", 28003),
    ("scope cannot be empty", 28003),
    ("scope is not valid when requesting an access token", 700023),
    ("scope requested by the app", 70011),
    ("security policy that blocks this request", 530032),
    ("selected authentication policy for the request", 90082),
    ("selected for the request is not currently supported", 90082),
    ("selected user account was invalid", 160011),
    ("send the request to the claims provider", 50166),
    ("server error occurred while authenticating an msa", 70012),
    ("service principal for resource", 500014),
    ("service ticket size exceeded the maximum allowed", 81001),
    (
        "session control is not supported for passthrough users",
        50178,
    ),
    ("session is not valid due to password expiration", 50133),
    ("session key is not valid", 140001),
    ("set a policy that prevents you from granting", 90094),
    (
        "should not contain more than one client credential",
        9002324,
    ),
    ("sid and login_hint cannot be used together", 90005),
    ("sid cannot be used with login_hint", 90138),
    ("sid cannot be used with prompt", 90131),
    ("sign in was blocked due to user credential policy", 130501),
    ("sign-in and read user profile permission", 90008),
    ("signature key id is not provided", 130001),
    (
        "signature verification failed because of an invalid signature",
        50006,
    ),
    (
        "signing key identifier does not match any valid registered keys",
        5000811,
    ),
    ("signout request has expired", 50071),
    ("single msa session detected", 50136),
    ("sitzung ist ungültig, weil das kennwort abgelaufen", 50133),
    ("size of the code challenge parameter", 50147),
    ("sorry, this resource is not available", 5000224),
    ("specified session indexes", 50070),
    ("sso artifact is invalid or expired", 50132),
    ("static scope limit exceeded", 70011),
    ("stopped by threatintelligence", 500532),
    ("strong authentication is required", 50074),
    ("subject mismatches issuer", 50048),
    ("subject must match the issuer claim", 50048),
    ("subject name in certificate is not authorized", 700030),
    ("subjectname or subjectalternativename is missing", 700031),
    ("sufficient for single-sign-on", 50058),
    ("supplied data is not a valid email address", 90101),
    ("supported type of saml response was not found", 7500514),
    ("temporary access pass sign in was blocked", 130502),
    ("tenant has been blocked due to inactivity", 5000225),
    ("tenant is denied", 500021),
    ("tenant is not enabled for desktopsso", 81007),
    ("tenant is not enabled for seamless sso", 81007),
    ("tenant is restricted by company proxy", 500021),
    ("tenant name was not found in the data store", 90002),
    ("tenant restrictions policy added to this request", 5000211),
    ("tenant-identifying information", 50059),
    ("that does not exist on the resource", 650053),
    ("that is not available in your organization", 65005),
    (
        "the client_assertion used to authenticate the request does not",
        7000226,
    ),
    ("the service principal named", 7000217),
    ("this app may be risky", 900941),
    ("this app might be risky", 900941),
    ("this device code has expired", 70020),
    (
        "time skew between the machine running the authentication agent",
        80013,
    ),
    ("tls version 1.0, 1.1 and/or 3des", 1002016),
    ("to block users unless they are specifically granted", 50105),
    ("to redeem the code for an access token", 90056),
    ("token encrypting algorithm", 50165),
    ("too many incoming requests", 90055),
    ("too many replacements in the input sourceclaim", 501631),
    ("too many substitution parameters", 501632),
    (
        "too many times with an incorrect user id or password",
        50053,
    ),
    (
        "transient error has occurred during strong authentication",
        50087,
    ),
    ("transient error not related to the database", 50033),
    (
        "transient error occurred while authenticating an msa",
        1003030,
    ),
    (
        "trusted certificate authority policy is not configured",
        7000211,
    ),
    (
        "trusted certificate subjects for application are missing",
        700032,
    ),
    ("unable to complete signout", 50061),
    ("unable to create the algorithm", 90010),
    ("unable to decrypt password", 80010),
    (
        "unable to determine the tenant identifier from the request",
        90019,
    ),
    (
        "unable to find source of trusted certificate authority policy",
        7000210,
    ),
    ("unable to load customclaimstransformer", 50102),
    (
        "unable to read session document from session store",
        1000501,
    ),
    ("unable to retrieve decryption key", 80011),
    ("unable to retrieve encryption key", 80011),
    (
        "unable to use seamless sso to authenticate the user",
        5001213,
    ),
    ("unable to validate the otp", 50181),
    ("unable to validate user's kerberos ticket", 81009),
    ("unable to validate user's password", 80007),
    (
        "unexpected error from the external identity provider",
        40008,
    ),
    ("unexpected result from authorize endpoint call", 240003),
    ("ungültiger benutzername bzw. ungültiges kennwort", 50126),
    ("ungültiger geheimer clientschlüssel", 7000215),
    ("unknown claim transformation was asked", 50111),
    ("unknown claims transformation method", 50123),
    ("unknown claims transformer", 50101),
    ("unknown or invalid instance", 50049),
    ("unrecognized grant type", 7000021),
    ("unspecific tenant is not supported", 500209),
    ("unsupported remote auth session state", 70036),
    ("user account does not exist in organization", 700056),
    ("user account does not exist in the directory", 51004),
    ("user code is null or empty", 90119),
    ("user code is null or missing", 90119),
    ("user confirmation is required for this request", 50199),
    ("user da token is expired", 90086),
    ("user does not exist in directory", 50034),
    ("user identifier is not present", 90122),
    ("user is not in the system", 90125),
    ("user is required to permit sso", 9002341),
    ("user redirection required for routing", 50157),
    ("user tenant does not match the domain hint", 50143),
    ("user terminated the request", 650041),
    (
        "user token should not be used in app on behalf of flow",
        90089,
    ),
    ("username passed to the agent was not valid", 80004),
    ("users are unauthorized to call this endpoint", 50020),
    ("valid login domain for the account type", 500208),
    ("valid user consent approval information", 50150),
    (
        "validation of given certificate for certificate based",
        50017,
    ),
    (
        "validation request responded after maximum elapsed time",
        80014,
    ),
    ("value must be a valid absolute uri", 90102),
    ("verification code expired", 70019),
    (
        "version of client library you are using is not supported",
        1002021,
    ),
    ("was not found in the tenant named", 70001),
    ("wcf service hosted by msods", 90036),
    ("we could not find the user, please sign-in again", 50197),
    ("weak rsa key", 50032),
    ("while post is the only supported verb", 90116),
    ("windows 10 accounts extension", 50168),
    ("with external provider due to invalid id_token", 5001256),
    ("workplace join is required", 50129),
    ("wrong data center", 50134),
    ("your device is required to be compliant", 530002),
    ("your device is required to be managed", 530003),
    ("your temporary access pass has expired", 130504),
    ("your temporary access pass is incorrect", 130503),
    (
        "zweistufige authentifizierung registrieren (interaktiv)",
        50072,
    ),
    (
        "zweistufige authentifizierung registrieren (nicht interaktive",
        50079,
    ),
];

/// How many message phrases there are.
pub const MESSAGE_COUNT: usize = MESSAGES.len();

/// The phrases of [`MESSAGES`], in order.
const PHRASE_PARTS: [&str; MESSAGE_COUNT] = {
    let mut parts = [""; MESSAGE_COUNT];
    let mut i = 0;
    while i < MESSAGE_COUNT {
        parts[i] = MESSAGES[i].0;
        i += 1;
    }
    parts
};

/// The phrases of [`MESSAGES`], one after the other.
static MESSAGE_TEXT: &str = match std::str::from_utf8(
    &concat::<{ concat_len(&PHRASE_PARTS, None) }>(&PHRASE_PARTS, None),
) {
    Ok(s) => s,
    Err(_) => panic!("the phrases are not UTF-8"),
};

/// Where each phrase ends in [`MESSAGE_TEXT`] (the next one starts there), and its code: the
/// message table without a pointer-and-length pair per phrase.
static MESSAGE_ROWS: [(u16, u32); MESSAGE_COUNT] = {
    let mut rows = [(0u16, 0u32); MESSAGE_COUNT];
    let (mut end, mut i) = (0, 0);
    while i < MESSAGE_COUNT {
        end += MESSAGES[i].0.len();
        assert!(
            end <= u16::MAX as usize,
            "the phrases outgrow their offsets"
        );
        rows[i] = (end as u16, MESSAGES[i].1);
        i += 1;
    }
    rows
};

/// Whether `sub` is one of `code`'s sub-codes: Entra numbers a refinement of a code by appending
/// digits to it (AADSTS9002326 of AADSTS90023, AADSTS7000215 of AADSTS70002).
pub fn is_sub_code(sub: u32, code: u32) -> bool {
    let mut s = sub;
    while s > code {
        s /= 10;
    }
    s == code && sub != code
}

/// Message phrase `i` (in phrase order) and its code.
pub fn message(i: usize) -> Option<(&'static str, u32)> {
    let &(end, code) = MESSAGE_ROWS.get(i)?;
    let start = match i.checked_sub(1) {
        Some(p) => MESSAGE_ROWS[p].0,
        None => 0,
    };
    Some((
        MESSAGE_TEXT.get(usize::from(start)..usize::from(end))?,
        code,
    ))
}

/// The entry for `code`, if the catalogue knows it.
pub fn aadsts(code: u32) -> Option<&'static AadstsCode> {
    let found = AADSTS
        .binary_search_by_key(&code, |c| c.code)
        .ok()
        .and_then(|i| AADSTS.get(i));
    #[cfg(feature = "ablation")]
    let found = found.filter(|_| super::ablation::code(code, true));
    found
}

/// Microsoft's error names that are ordinary words of other software too (`InvalidGrant` is
/// also an OAuth library's enum value, `KeyNotFound` any dictionary's): never read as a code.
const GENERIC_NAMES: crate::catalogue::Words = crate::words![
    // (`AuthenticationFailed` is Azure Storage's and many libraries' failure too, and
    // `RequestTimeout` and `TemporaryRedirect` HTTP's 408 and 307: a mail server's reply after
    // one is that reply's, not Entra's.)
    "AuthenticationFailed",
    "CodeExpired",
    "InvalidClient",
    "InvalidGrant",
    "InvalidScope",
    "InvalidXml",
    "KeyNotFound",
    "LoopDetected",
    "NotSupported",
    "RequestTimeout",
    "TemporaryRedirect",
];

/// The code whose Microsoft error name `word` is (`UserAccountNotFound` → 50034), as the
/// reference tables and translated pages print it without the number. Only a name written as an
/// identifier (capitalised, at least two capitals, letters, digits and `_` only) that belongs to
/// one code alone and is not a [`GENERIC_NAMES`] word; exact case.
pub fn aadsts_by_name(word: &str) -> Option<u32> {
    let b = word.as_bytes();
    let identifier = b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2;
    if !identifier || GENERIC_NAMES.contains(word) {
        return None;
    }
    // The length first: a name's text is sliced out of the packed names only when it can match.
    let mut found = AADSTS
        .iter()
        .filter(|c| usize::from(c.name.1) == b.len() && c.name() == word);
    let first = found.next()?;
    #[cfg(feature = "ablation")]
    if !super::ablation::code(first.code, true) {
        return None;
    }
    found.next().is_none().then_some(first.code)
}
