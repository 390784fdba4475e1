//! AADSTS codes that a mail app, daemon, delegated, password (ROPC) or device-code sign-in can
//! meet, with Microsoft's short name and what they mean here.
//!
//! Names follow Microsoft's error-code reference
//! (<https://learn.microsoft.com/entra/identity-platform/reference-error-codes>) unless the meaning
//! says the wording comes from elsewhere. Microsoft warns that codes and texts may change. Codes
//! whose cause is a judgement carry a low confidence and several causes. Meanings shared by a
//! family of codes are written once (`M_…`).

use super::{AadstsCode, CauseId as C};
use crate::i18n::Text;
use crate::t;

const fn r(
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

/// The AADSTS codes, sorted by number.
pub static AADSTS: &[AadstsCode] = &[
    r(16000, "InteractionRequired", M_NOTIN, &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud], 0.6),
    r(16001, "UserAccountSelectionInvalid", t!("The account tile chosen in the sign-in page was rejected (Microsoft names a defect or race); choose the account again.", "Die gewählte Kontokachel wurde abgelehnt (laut Microsoft ein Fehler oder eine Wettlaufsituation); wählen Sie das Konto erneut."), &[C::ServiceSideIncident], 0.3),
    r(16003, "SsoUserAccountNotFoundInResourceTenant", M_NOTIN, &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud], 0.5),
    r(20001, "WsFedSignInResponseError", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(20012, "WsFedMessageInvalid", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(20033, "FedMetadataInvalidTenantName", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(28002, "Provided value for the input parameter scope isn't valid when requesting an access token", M_SCOPE, &[C::InvalidScope], 0.9),
    r(28003, "Provided value for the input parameter scope can't be empty", M_SCOPE, &[C::InvalidScope, C::MalformedTokenRequest], 0.85),
    r(40008, "OAuth2IdPUnretryableServerError", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(40009, "OAuth2IdPRefreshTokenRedemptionUserError", M_IDP, &[C::TokenExpiredOrCached, C::InvalidUserCredentialsRopc], 0.3),
    r(40010, "OAuth2IdPRetryableServerError", M_IDP, &[C::ServiceSideIncident, C::InvalidUserCredentialsRopc], 0.3),
    r(40015, "OAuth2IdPAuthCodeRedemptionUserError", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(50000, "TokenIssuanceError", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(50001, "InvalidResource", M_RESOURCE, &[C::ResourceNotFound, C::InvalidScope], 0.8),
    r(50002, "NotAllowedTenant", M_XTENANT, &[C::NetworkEgressBlocked, C::ConditionalAccessBlock], 0.6),
    r(50005, "DevicePolicyError", M_CADEV, &[C::ConditionalAccessBlock], 0.85),
    r(50006, "InvalidSignature", M_JWT, &[C::CertificateCredentialError], 0.6),
    r(50008, "InvalidSamlToken", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(50011, "InvalidReplyTo", t!("An interactive (delegated) sign-in sent a redirect URI that is not registered on the app.", "Eine interaktive (delegierte) Anmeldung hat eine Umleitungs-URI gesendet, die in der App nicht registriert ist."), &[C::RedirectUriMismatch], 0.95),
    r(50012, "AuthenticationFailed", t!("The certificate or client assertion the app authenticates with was rejected.", "Das Zertifikat bzw. die Client-Assertion, mit der sich die App ausweist, wurde abgelehnt."), &[C::CertificateCredentialError], 0.7),
    r(50013, "InvalidAssertion", M_JWT, &[C::CertificateCredentialError, C::TokenExpiredOrCached], 0.45),
    r(50014, "GuestUserInPendingState", M_NOTIN, &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud], 0.5),
    r(50017, "CertificateValidationFailed", t!("Certificate-based sign-in failed: the issuing CA is not trusted in the tenant or its revocation list cannot be read.", "Die zertifikatbasierte Anmeldung ist gescheitert: Die ausstellende Zertifizierungsstelle ist im Mandanten nicht vertrauenswürdig, oder ihre Sperrliste ist nicht lesbar."), &[C::CertificateCredentialError], 0.4),
    r(50020, "UserUnauthorized", t!("The account signing in (often a personal or external account) is not part of the tenant the app or mailbox belongs to.", "Das anmeldende Konto (oft ein privates oder externes) gehört nicht zum Mandanten der App bzw. des Postfachs."), &[C::PersonalAccountNotSupported, C::WrongEndpointOrCloud], 0.6),
    r(50027, "InvalidJwtToken", M_JWT, &[C::CertificateCredentialError, C::ClockSkew, C::TokenExpiredOrCached], 0.45),
    r(50029, "Invalid URI - domain name contains invalid characters", t!("The tenant or domain part of the URL contains invalid characters (a placeholder, quotes or spaces).", "Der Mandanten- bzw. Domänenteil der URL enthält ungültige Zeichen (Platzhalter, Anführungszeichen oder Leerzeichen)."), &[C::TenantNotFound, C::MalformedTokenRequest], 0.6),
    r(50032, "WeakRsaKey", t!("The certificate's RSA key is too weak; create a certificate with a 2048-bit or longer key.", "Der RSA-Schlüssel des Zertifikats ist zu schwach; erstellen Sie ein Zertifikat mit mindestens 2048 Bit."), &[C::CertificateCredentialError], 0.8),
    r(50033, "RetryableError", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(50034, "UserAccountNotFound", t!("The password (ROPC) flow named a user that does not exist in this tenant: mistyped name or wrong tenant.", "Der Kennwort-Flow (ROPC) nannte einen Benutzer, den es in diesem Mandanten nicht gibt: vertippter Name oder falscher Mandant."), &[C::InvalidUserCredentialsRopc, C::PersonalAccountNotSupported], 0.75),
    r(50048, "SubjectMismatchesIssuer", t!("The client assertion's sub and iss claims differ; both must be the application (client) id.", "Die Claims sub und iss der Client-Assertion weichen ab; beide müssen die Anwendungs-ID (Client-ID) sein."), &[C::CertificateCredentialError], 0.85),
    r(50049, "NoSuchInstanceForDiscovery", t!("The authority host in the request is unknown or invalid (a mistyped login host or cloud).", "Der Authority-Host der Anforderung ist unbekannt oder ungültig (vertippter Anmeldehost oder falsche Cloud)."), &[C::WrongEndpointOrCloud], 0.7),
    r(50050, "MalformedDiscoveryRequest", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(50053, "IdsLocked", t!("The user account is locked (often by a service retrying a wrong password) or the IP is blocked; the sign-in log tells which.", "Das Benutzerkonto ist gesperrt (oft durch einen Dienst, der ein falsches Kennwort wiederholt) oder die IP ist blockiert; das Anmeldeprotokoll zeigt, was zutrifft."), &[C::AccountDisabledOrSigninBlocked, C::InvalidUserCredentialsRopc], 0.85),
    r(50055, "InvalidPasswordExpiredPassword", t!("The account's password has expired; a password (ROPC) flow cannot change it.", "Das Kennwort des Kontos ist abgelaufen; ein Kennwort-Flow (ROPC) kann es nicht ändern."), &[C::PasswordExpired], 0.95),
    r(50056, "Invalid or null password", t!("The directory holds no password for this user (e.g. federated or passwordless); a password flow cannot sign it in.", "Das Verzeichnis hat für diesen Benutzer kein Kennwort (z. B. föderiert oder kennwortlos); ein Kennwort-Flow kann ihn nicht anmelden."), &[C::InvalidUserCredentialsRopc], 0.7),
    r(50057, "UserDisabled", t!("The user account used for the sign-in is disabled in Entra.", "Das für die Anmeldung verwendete Benutzerkonto ist in Entra deaktiviert."), &[C::AccountDisabledOrSigninBlocked], 0.95),
    r(50058, "UserInformationNotProvided", t!("A silent sign-in found no user session; the user must sign in interactively (expected with prompt=none).", "Eine stille Anmeldung fand keine Benutzersitzung; der Benutzer muss sich interaktiv anmelden (bei prompt=none erwartet)."), &[C::TokenExpiredOrCached], 0.5),
    r(50059, "MissingTenantRealmAndNoUserInformationProvided", M_NOTENANT, &[C::WrongEndpointOrCloud, C::TenantNotFound], 0.65),
    r(50064, "CredentialAuthenticationError", t!("Validation of the username or password failed.", "Die Prüfung von Benutzername oder Kennwort ist gescheitert."), &[C::InvalidUserCredentialsRopc], 0.7),
    r(50072, "UserStrongAuthEnrollmentRequiredInterrupt", t!("The account must register MFA first; a password (ROPC) flow cannot do that.", "Das Konto muss zuerst MFA registrieren; ein Kennwort-Flow (ROPC) kann das nicht."), &[C::MfaRequiredRopc], 0.9),
    r(50074, "UserStrongAuthClientAuthNRequiredInterrupt", M_INTERRUPT, &[C::MfaRequiredRopc], 0.85),
    r(50076, "UserStrongAuthClientAuthNRequired", t!("MFA is required (policy, per-user MFA or new location), and the password flow cannot perform it.", "MFA ist erforderlich (Richtlinie, MFA pro Benutzer oder neuer Standort), und der Kennwort-Flow kann sie nicht durchführen."), &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.9),
    r(50078, "UserStrongAuthExpired", M_INTERRUPT, &[C::MfaRequiredRopc, C::TokenExpiredOrCached], 0.7),
    r(50079, "UserStrongAuthEnrollmentRequired", t!("The account must register for MFA before it can get tokens; not possible in a password flow.", "Das Konto muss sich für MFA registrieren, bevor es Token erhält; in einem Kennwort-Flow nicht möglich."), &[C::MfaRequiredRopc], 0.9),
    r(50085, "Refresh token needs social IDP login", M_RT, &[C::TokenExpiredOrCached], 0.6),
    r(50086, "SasNonRetryableError", M_INTERRUPT, &[C::MfaRequiredRopc, C::ServiceSideIncident], 0.35),
    r(50087, "SasRetryableError", M_SVC, &[C::ServiceSideIncident, C::MfaRequiredRopc], 0.5),
    r(50088, "Limit on telecom MFA calls reached", M_SVC, &[C::ServiceSideIncident, C::MfaRequiredRopc], 0.4),
    r(50089, "Authentication failed due to flow token expired", M_RT, &[C::TokenExpiredOrCached], 0.75),
    r(50097, "DeviceAuthenticationRequired", M_CADEV, &[C::ConditionalAccessBlock], 0.8),
    r(50099, "PKeyAuthInvalidJwtUnauthorized", M_CADEV, &[C::ConditionalAccessBlock], 0.4),
    r(50105, "EntitlementGrantsNotFound", t!("The enterprise application requires assignment and the signing-in user is not assigned to it.", "Die Unternehmensanwendung verlangt eine Zuweisung, und der anmeldende Benutzer ist ihr nicht zugewiesen."), &[C::UserNotAssignedToApp], 0.95),
    r(50107, "InvalidRealmUri", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(50120, "ThresholdJwtInvalidJwtFormat", M_JWT, &[C::CertificateCredentialError, C::MalformedTokenRequest], 0.4),
    r(50125, "PasswordResetRegistrationRequiredInterrupt", M_INTERRUPT, &[C::MfaRequiredRopc, C::PasswordExpired], 0.7),
    r(50126, "InvalidUserNameOrPassword", t!("The username or password sent in a password (ROPC) token request is wrong.", "Benutzername oder Kennwort in einer Tokenanforderung mit Kennwort (ROPC) sind falsch."), &[C::InvalidUserCredentialsRopc], 0.9),
    r(50127, "BrokerAppNotInstalled", M_CADEV, &[C::ConditionalAccessBlock], 0.65),
    r(50128, "Invalid domain name", M_NOTENANT, &[C::TenantNotFound, C::WrongEndpointOrCloud], 0.7),
    r(50129, "DeviceIsNotWorkplaceJoined", M_CADEV, &[C::ConditionalAccessBlock], 0.75),
    r(50131, "ConditionalAccessFailed", t!("Conditional Access refused the sign-in (device state, suspicious activity or a policy); the sign-in log names the reason.", "Der bedingte Zugriff hat die Anmeldung verweigert (Gerätezustand, verdächtige Aktivität oder eine Richtlinie); das Anmeldeprotokoll nennt den Grund."), &[C::ConditionalAccessBlock, C::AccountDisabledOrSigninBlocked], 0.7),
    r(50132, "SsoArtifactInvalidOrExpired", M_PWCHG, &[C::TokenExpiredOrCached, C::PasswordExpired], 0.65),
    r(50133, "SsoArtifactRevoked", M_PWCHG, &[C::TokenExpiredOrCached, C::PasswordExpired], 0.65),
    r(50134, "DeviceFlowAuthorizeWrongDatacenter", M_CLOUD, &[C::WrongEndpointOrCloud], 0.6),
    r(50135, "PasswordChangeCompromisedPassword", M_RISK, &[C::PasswordExpired, C::AccountDisabledOrSigninBlocked], 0.7),
    r(50136, "RedirectMsaSessionToApp", t!("A personal Microsoft account session was found where the app expects a work account.", "Eine Sitzung eines privaten Microsoft-Kontos wurde gefunden, wo die App ein Geschäftskonto erwartet."), &[C::PersonalAccountNotSupported], 0.5),
    r(50139, "SessionMissingMsaOAuth2RefreshToken", M_RT, &[C::TokenExpiredOrCached, C::PersonalAccountNotSupported], 0.45),
    r(50144, "InvalidPasswordExpiredOnPremPassword", t!("The on-premises Active Directory password of this synced account has expired.", "Das Kennwort dieses synchronisierten Kontos im lokalen Active Directory ist abgelaufen."), &[C::PasswordExpired], 0.95),
    r(50147, "MissingCodeChallenge", M_PKCE, &[C::MalformedTokenRequest], 0.8),
    r(50155, "DeviceAuthenticationFailed", M_CADEV, &[C::ConditionalAccessBlock], 0.6),
    r(50158, "ExternalSecurityChallenge", t!("An external MFA or Conditional Access control must be satisfied, which a password flow cannot do.", "Eine externe MFA- oder Zugriffskontrolle muss erfüllt werden, was ein Kennwort-Flow nicht kann."), &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.8),
    r(50161, "InvalidExternalSecurityChallengeConfiguration", M_EXTMFA, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.4),
    r(50166, "ExternalClaimsProviderThrottled", M_EXTMFA, &[C::ServiceSideIncident, C::MfaRequiredRopc], 0.4),
    r(50169, "InvalidRequestBadRealm", M_NOTENANT, &[C::WrongEndpointOrCloud, C::TenantNotFound], 0.45),
    r(50170, "MissingExternalClaimsProviderMapping", M_EXTMFA, &[C::ConditionalAccessBlock, C::MfaRequiredRopc], 0.4),
    r(50173, "FreshTokenNeeded", t!("A delegated refresh token was revoked (password reset, admin revocation); the user must sign in again.", "Ein delegiertes Aktualisierungstoken wurde widerrufen (Kennwortänderung, Widerruf durch Administrator); der Benutzer muss sich neu anmelden."), &[C::TokenExpiredOrCached], 0.8),
    r(50177, "ExternalChallengeNotSupportedForPassthroughUsers", M_INTERRUPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.5),
    r(50178, "SessionControlNotSupportedForPassthroughUsers", t!("A Conditional Access session control cannot apply to this pass-through user.", "Ein Sitzungssteuerelement des bedingten Zugriffs ist für diesen Passthrough-Benutzer nicht anwendbar."), &[C::ConditionalAccessBlock], 0.5),
    r(50187, "DeviceInformationNotProvided", M_CADEV, &[C::ConditionalAccessBlock], 0.5),
    r(50192, "RawCredentialExpectedNotFound", t!("Certificate-based sign-in sent no certificate (often a proxy strips it).", "Die zertifikatbasierte Anmeldung hat kein Zertifikat gesendet (oft entfernt es ein Proxy)."), &[C::CertificateCredentialError, C::NetworkEgressBlocked], 0.45),
    r(50194, "Application isn't configured as a multitenant application; /common isn't supported", t!("A single-tenant app requested its token from /common; use the tenant-specific endpoint.", "Eine Einzelmandanten-App hat ihr Token bei /common angefordert; verwenden Sie den mandantenspezifischen Endpunkt."), &[C::WrongEndpointOrCloud], 0.95),
    r(50196, "LoopDetected", t!("The client requested the same token too often in a short time; it must cache tokens and handle errors instead of retrying in a loop.", "Der Client hat dasselbe Token in kurzer Zeit zu oft angefordert; er muss Token zwischenspeichern und Fehler behandeln, statt in einer Schleife zu wiederholen."), &[C::TokenExpiredOrCached, C::ServiceSideIncident], 0.3),
    r(50197, "ConflictingIdentities", t!("The user could not be resolved to one identity; sign in again.", "Der Benutzer ließ sich keiner eindeutigen Identität zuordnen; melden Sie sich erneut an."), &[C::InvalidUserCredentialsRopc], 0.3),
    r(51004, "UserAccountNotInDirectory", M_NOTIN, &[C::InvalidUserCredentialsRopc, C::PersonalAccountNotSupported], 0.6),
    r(53000, "DeviceNotCompliant", t!("A Conditional Access policy demands a compliant device that the mail client or service cannot present.", "Eine Richtlinie für bedingten Zugriff verlangt ein konformes Gerät, das der Mailclient oder Dienst nicht vorweisen kann."), &[C::ConditionalAccessBlock], 0.95),
    r(53001, "DeviceNotDomainJoined", t!("A Conditional Access policy demands a domain-joined device.", "Eine Richtlinie für bedingten Zugriff verlangt ein in die Domäne eingebundenes Gerät."), &[C::ConditionalAccessBlock], 0.95),
    r(53002, "ApplicationUsedIsNotAnApprovedApp", M_CADEV, &[C::ConditionalAccessBlock], 0.9),
    r(53003, "BlockedByConditionalAccess", t!("A Conditional Access policy refused to issue the token; the sign-in log names it.", "Eine Richtlinie für bedingten Zugriff hat das Token verweigert; das Anmeldeprotokoll nennt sie."), &[C::ConditionalAccessBlock], 0.97),
    r(53004, "ProofUpBlockedDueToRisk", M_INTERRUPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.6),
    r(53010, "ProofUpBlockedDueToSecurityInfoAcr", M_INTERRUPT, &[C::MfaRequiredRopc, C::ConditionalAccessBlock], 0.5),
    r(53011, "User blocked due to risk on home tenant", M_RISK, &[C::AccountDisabledOrSigninBlocked, C::ConditionalAccessBlock], 0.7),
    r(54000, "MinorUserBlockedLegalAgeGroupRule", t!("The account is blocked by the legal-age-group rule.", "Das Konto ist durch die Regel für Altersgruppen gesperrt."), &[C::AccountDisabledOrSigninBlocked], 0.5),
    r(54005, "OAuth2 Authorization code was already redeemed", t!("The client redeemed the same authorization code twice — a bug in the client's token request, not a permission problem.", "Der Client hat denselben Autorisierungscode zweimal eingelöst – ein Fehler in seiner Tokenanforderung, kein Berechtigungsproblem."), &[C::MalformedTokenRequest], 0.5),
    r(65001, "DelegationDoesNotExist", t!("No consent exists for the requested permissions in this tenant; an admin must grant it.", "Für die angeforderten Berechtigungen gibt es in diesem Mandanten keine Zustimmung; ein Administrator muss sie erteilen."), &[C::ConsentMissing], 0.95),
    r(65002, "Consent between first party application and first party resource must be configured via preauthorization", t!("A Microsoft-owned application id was used to request a token for another API; register your own app instead.", "Eine Anwendungs-ID von Microsoft wurde für ein Token einer anderen API verwendet; registrieren Sie stattdessen eine eigene App."), &[C::AppNotFoundInTenant, C::ConsentMissing], 0.5),
    r(65004, "UserDeclinedConsent", M_CONSENT, &[C::ConsentMissing], 0.9),
    r(65005, "MisconfiguredApplication", t!("The app's required permissions do not list the requested API, or the API cannot be found; add the permission and consent.", "Die benötigten Berechtigungen der App nennen die angeforderte API nicht, oder die API wird nicht gefunden; Berechtigung hinzufügen und zustimmen."), &[C::ConsentMissing, C::ResourceNotFound, C::InvalidScope], 0.6),
    r(70000, "InvalidGrant", t!("The grant (usually a delegated refresh token) is invalid. Field reports also show this code when requested scopes are not granted, so check the scope too.", "Die Berechtigung (meist ein delegiertes Aktualisierungstoken) ist ungültig. Praxisberichte zeigen den Code auch, wenn angeforderte Scopes nicht gewährt sind; prüfen Sie also auch den Scope."), &[C::TokenExpiredOrCached, C::InvalidScope], 0.55),
    r(70001, "UnauthorizedClient", t!("The application is disabled.", "Die Anwendung ist deaktiviert."), &[C::AppOrServicePrincipalDisabled, C::AppNotFoundInTenant], 0.8),
    r(70002, "InvalidClient", t!("The client_secret does not match this app; often the Secret ID was sent instead of the Value.", "Das client_secret passt nicht zu dieser App; oft wurde die Geheimnis-ID statt des Werts gesendet."), &[C::InvalidClientSecret, C::SecretIdUsedAsValue], 0.8),
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
    r(70021, "No matching federated identity record found for presented assertion", t!("The federated credential (workload identity) does not match the token's issuer, subject or audience (wording from Microsoft's workload identity documentation; not in the reference page).", "Die Verbundanmeldeinformation (Workload-Identität) passt nicht zu Aussteller, Antragsteller oder Zielgruppe des Tokens (Wortlaut aus Microsofts Dokumentation zu Workload-Identitäten; nicht in der Referenzseite)."), &[C::CertificateCredentialError], 0.8),
    r(70043, "BadTokenDueToSignInFrequency", t!("Conditional Access sign-in frequency ended the refresh token; the user must sign in again.", "Die Anmeldehäufigkeit des bedingten Zugriffs hat das Aktualisierungstoken beendet; der Benutzer muss sich neu anmelden."), &[C::TokenExpiredOrCached, C::ConditionalAccessBlock], 0.75),
    r(80001, "OnPremiseStoreIsNotAvailable", M_PTA, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(80002, "OnPremisePasswordValidatorRequestTimedout", M_PTA, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(80005, "OnPremisePasswordValidatorUnpredictableWebException", M_PTA, &[C::ServiceSideIncident, C::InvalidUserCredentialsRopc], 0.3),
    r(80007, "OnPremisePasswordValidatorErrorOccurredOnPrem", M_PTA, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(80010, "OnPremisePasswordValidationEncryptionException", M_PTA, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.3),
    r(80012, "OnPremisePasswordValidationAccountLogonInvalidHours", t!("The user signed in outside the logon hours set in Active Directory.", "Der Benutzer hat sich außerhalb der im Active Directory festgelegten Anmeldezeiten angemeldet."), &[C::AccountDisabledOrSigninBlocked], 0.75),
    r(80013, "OnPremisePasswordValidationTimeSkew", t!("The clocks of the pass-through authentication agent and Active Directory differ; fix the time sync.", "Die Uhren des Passthrough-Agenten und des Active Directory weichen ab; korrigieren Sie die Zeitsynchronisierung."), &[C::ClockSkew], 0.6),
    r(80014, "OnPremisePasswordValidationAuthenticationAgentTimeout", M_PTA, &[C::ServiceSideIncident, C::InvalidUserCredentialsRopc], 0.3),
    r(90002, "InvalidTenantName", t!("The tenant in the URL does not exist — a typo, an unregistered domain, or a tenant of another cloud sent to this login host.", "Den Mandanten in der URL gibt es nicht – Tippfehler, nicht registrierte Domäne oder ein Mandant einer anderen Cloud an diesem Anmeldehost."), &[C::TenantNotFound, C::WrongEndpointOrCloud], 0.85),
    r(90004, "InvalidRequestFormat", M_BAD, &[C::MalformedTokenRequest], 0.8),
    r(90006, "ExternalServerRetryableError", M_SVC, &[C::ServiceSideIncident], 0.7),
    r(90008, "TokenForItselfRequiresGraphPermission", M_CONSENT, &[C::ConsentMissing], 0.75),
    r(90009, "TokenForItselfMissingIdenticalAppIdentifier", t!("The app requests a token for itself; name the resource by its application id (GUID).", "Die App fordert ein Token für sich selbst an; nennen Sie die Ressource mit ihrer Anwendungs-ID (GUID)."), &[C::InvalidScope], 0.65),
    r(90010, "NotSupported", t!("Entra cannot create the signing algorithm the request asks for; field reports also show this code for a grant type sent to /common or /consumers.", "Entra kann den angeforderten Signaturalgorithmus nicht erzeugen; Praxisberichte zeigen den Code auch für einen Grant-Typ an /common oder /consumers."), &[C::WrongEndpointOrCloud, C::CertificateCredentialError], 0.4),
    r(90012, "RequestTimeout", M_SVC, &[C::ServiceSideIncident, C::NetworkEgressBlocked], 0.5),
    r(90013, "InvalidUserInput", t!("Part of the request (often the tenant or user value) is invalid; the reference gives no detail, so read the full error_description.", "Ein Teil der Anforderung (oft der Mandanten- oder Benutzerwert) ist ungültig; die Referenz nennt keine Details, lesen Sie also die vollständige error_description."), &[C::TenantNotFound, C::MalformedTokenRequest], 0.4),
    r(90014, "MissingRequiredField", t!("The token request lacks a required field.", "Der Tokenanforderung fehlt ein Pflichtfeld."), &[C::MalformedTokenRequest], 0.85),
    r(90015, "QueryStringTooLong", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(90016, "MissingRequiredClaim", M_JWT, &[C::CertificateCredentialError, C::MalformedTokenRequest], 0.5),
    r(90019, "MissingTenantRealm", M_NOTENANT, &[C::WrongEndpointOrCloud, C::TenantNotFound], 0.7),
    r(90023, "InvalidRequest", M_BAD, &[C::MalformedTokenRequest], 0.6),
    r(90024, "RequestBudgetExceededError", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(90027, "We are unable to issue tokens from this API version on the MSA tenant", t!("A personal account signed in through a v1 endpoint; use the v2.0 endpoints.", "Ein privates Konto hat sich über einen v1-Endpunkt angemeldet; verwenden Sie die v2.0-Endpunkte."), &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.75),
    r(90033, "MsodsServiceUnavailable", M_SVC, &[C::ServiceSideIncident], 0.8),
    r(90036, "MsodsServiceUnretryableFailure", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(90038, "NationalCloudTenantRedirection", t!("The tenant lives in another cloud (GCC High, DoD, 21Vianet); use that cloud's login host.", "Der Mandant liegt in einer anderen Cloud (GCC High, DoD, 21Vianet); verwenden Sie deren Anmeldehost."), &[C::WrongEndpointOrCloud], 0.95),
    r(90051, "InvalidNationalCloudId", M_CLOUD, &[C::WrongEndpointOrCloud], 0.85),
    r(90055, "TenantThrottlingError", t!("Too many requests from this tenant; Entra throttles it. Cache tokens and slow down.", "Zu viele Anforderungen aus diesem Mandanten; Entra drosselt ihn. Token zwischenspeichern und langsamer anfragen."), &[C::ServiceSideIncident], 0.6),
    r(90056, "BadResourceRequest", t!("The code must be redeemed with a POST to the /token endpoint after the /authorize step.", "Der Code muss nach dem /authorize-Schritt mit einem POST an den /token-Endpunkt eingelöst werden."), &[C::MalformedTokenRequest], 0.7),
    r(90072, "PassThroughUserMfaError", M_NOTIN, &[C::PersonalAccountNotSupported, C::MfaRequiredRopc], 0.5),
    r(90090, "GraphRetryableError", M_SVC, &[C::ServiceSideIncident], 0.6),
    r(90091, "GraphServiceUnreachable", M_SVC, &[C::ServiceSideIncident], 0.5),
    r(90092, "GraphNonRetryableError", M_SVC, &[C::ServiceSideIncident], 0.4),
    r(90093, "GraphUserUnauthorized", M_CONSENT, &[C::ConsentMissing, C::ServiceSideIncident], 0.4),
    r(90094, "AdminConsentRequired", t!("The app requests permissions only an admin can grant; an admin must consent for the tenant.", "Die App fordert Berechtigungen an, die nur ein Administrator gewähren kann; ein Administrator muss für den Mandanten zustimmen."), &[C::ConsentMissing], 0.95),
    r(90095, "AdminConsentRequiredRequestAccess", M_CONSENT, &[C::ConsentMissing], 0.9),
    r(90099, "The application has not been authorized in the tenant", M_CONSENT, &[C::ConsentMissing], 0.7),
    r(90100, "InvalidRequestParameter", M_BAD, &[C::MalformedTokenRequest], 0.75),
    r(90101, "InvalidEmailAddress", M_BAD, &[C::MalformedTokenRequest], 0.5),
    r(90102, "InvalidUriParameter", t!("A URI parameter (often redirect_uri) is not a valid absolute URI.", "Ein URI-Parameter (oft redirect_uri) ist keine gültige absolute URI."), &[C::RedirectUriMismatch, C::MalformedTokenRequest], 0.6),
    r(90112, "Application identifier is expected to be a GUID", t!("The client id sent is not a GUID (an app name, a secret or an empty variable in its place): the Application (client) ID from the app's overview belongs there (wording from field reports; not in Microsoft's reference page).", "Die gesendete Client-ID ist keine GUID (ein App-Name, ein Geheimnis oder eine leere Variable an ihrer Stelle): dorthin gehört die Anwendungs-ID (Client-ID) aus der Übersicht der App (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::AppNotFoundInTenant, C::MalformedTokenRequest], 0.8),
    r(90117, "InvalidRequestInput", M_BAD, &[C::MalformedTokenRequest], 0.5),
    r(90119, "InvalidUserCode", M_DEVCODE, &[C::MalformedTokenRequest], 0.5),
    r(90120, "InvalidDeviceFlowRequest", M_DEVCODE, &[C::MalformedTokenRequest, C::TokenExpiredOrCached], 0.4),
    r(90121, "InvalidEmptyRequest", M_BAD, &[C::MalformedTokenRequest], 0.8),
    r(90123, "IdentityProviderAccessDenied", M_IDP, &[C::InvalidUserCredentialsRopc, C::ServiceSideIncident], 0.35),
    r(90124, "V1ResourceV2GlobalEndpointNotSupported", t!("Use the tenant-specific (or /organizations) endpoint for this resource.", "Verwenden Sie für diese Ressource den mandantenspezifischen Endpunkt (oder /organizations)."), &[C::WrongEndpointOrCloud], 0.9),
    r(90130, "NonConvergedAppV2GlobalEndpointNotSupported", t!("Use the tenant-specific (or /organizations) endpoint for this app.", "Verwenden Sie für diese App den mandantenspezifischen Endpunkt (oder /organizations)."), &[C::WrongEndpointOrCloud], 0.9),
    r(165900, "InvalidApiRequest", M_BAD, &[C::MalformedTokenRequest], 0.4),
    r(240002, "RequiredClaimIsMissing", t!("An id_token cannot be used as a jwt-bearer grant; use an access token (on-behalf-of).", "Ein id_token ist keine gültige jwt-bearer-Berechtigung; verwenden Sie ein Zugriffstoken (On-Behalf-Of)."), &[C::MalformedTokenRequest], 0.65),
    r(399284, "(message not confirmed)", t!("No source we checked confirms this code's message; treat it as a token-endpoint failure and read the full error_description.", "Keine geprüfte Quelle bestätigt die Meldung zu diesem Code; behandeln Sie ihn als Fehler am Token-Endpunkt und lesen Sie die vollständige error_description."), &[C::MalformedTokenRequest], 0.2),
    r(500011, "InvalidResourceServicePrincipalNotFound", t!("The resource in scope/resource does not exist in this tenant or cloud — a misspelt host or the wrong tenant.", "Die Ressource in scope/resource gibt es in diesem Mandanten oder dieser Cloud nicht – falsch geschriebener Host oder falscher Mandant."), &[C::ResourceNotFound, C::WrongEndpointOrCloud], 0.85),
    r(500021, "Access to tenant is denied", M_XTENANT, &[C::NetworkEgressBlocked, C::ConditionalAccessBlock], 0.6),
    r(500022, "Access to tenant is denied", M_XTENANT, &[C::NetworkEgressBlocked, C::ConditionalAccessBlock], 0.6),
    r(500112, "The reply address does not match the reply address provided when requesting the authorization code", t!("The redirect_uri sent with the code redemption differs from the one of the authorization request (http vs https, host, port or path, often behind a reverse proxy); both must be the same registered URI (wording from field reports; not in Microsoft's reference page).", "Der redirect_uri beim Einlösen des Codes weicht von dem der Autorisierungsanforderung ab (http statt https, Host, Port oder Pfad, oft hinter einem Reverse-Proxy); beide müssen derselbe registrierte URI sein (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::RedirectUriMismatch], 0.85),
    r(500113, "No reply address is registered for the application", t!("The app has no redirect URI for the interactive sign-in (wording from field reports; not in Microsoft's reference page).", "Die App hat keine Umleitungs-URI für die interaktive Anmeldung (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::RedirectUriMismatch], 0.9),
    r(500133, "Assertion isn't within its valid time range", M_JWT, &[C::TokenExpiredOrCached, C::ClockSkew], 0.7),
    r(500201, "Unable to issue tokens from this API version for a Microsoft account", t!("A personal Microsoft account signed in through a v1 endpoint; use the v2.0 endpoints (wording from field reports; not in Microsoft's reference page).", "Ein privates Microsoft-Konto hat sich über einen v1-Endpunkt angemeldet; verwenden Sie die v2.0-Endpunkte (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.6),
    r(500208, "The domain is not a valid login domain for the account type", t!("The account type does not fit the tenant or app: e.g. a personal account where only work accounts are allowed.", "Der Kontotyp passt nicht zum Mandanten bzw. zur App: z. B. ein privates Konto, wo nur Geschäftskonten zugelassen sind."), &[C::PersonalAccountNotSupported], 0.85),
    r(500212, "NotAllowedByOutboundPolicyTenant", M_XTENANT, &[C::ConditionalAccessBlock, C::PersonalAccountNotSupported], 0.6),
    r(500213, "NotAllowedByInboundPolicyTenant", M_XTENANT, &[C::ConditionalAccessBlock, C::PersonalAccountNotSupported], 0.6),
    r(501481, "The Code_Verifier doesn't match the code_challenge supplied in the authorization request", M_PKCE, &[C::MalformedTokenRequest], 0.85),
    r(501491, "InvalidCodeChallengeMethodInvalidSize", M_PKCE, &[C::MalformedTokenRequest], 0.8),
    r(530003, "Your device is required to be managed to access this resource", t!("Conditional Access requires a managed device, which a service or script host is not (wording from field reports; not in Microsoft's reference page).", "Der bedingte Zugriff verlangt ein verwaltetes Gerät, was ein Dienst- oder Skripthost nicht ist (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::ConditionalAccessBlock], 0.85),
    r(530004, "AcceptCompliantDevice setting isn't configured for this organization", t!("A guest's device compliance is not trusted by the resource tenant's cross-tenant access settings (wording from Microsoft's troubleshooting article, not the reference page).", "Die Gerätekonformität eines Gasts wird von den mandantenübergreifenden Zugriffseinstellungen des Ressourcenmandanten nicht anerkannt (Wortlaut aus Microsofts Problembehandlungsartikel, nicht aus der Referenzseite)."), &[C::ConditionalAccessBlock], 0.8),
    r(530032, "BlockedByConditionalAccessOnSecurityPolicy", t!("A tenant-wide security policy blocks this request; check the tenant's security policies.", "Eine mandantenweite Sicherheitsrichtlinie blockiert diese Anforderung; prüfen Sie die Sicherheitsrichtlinien des Mandanten."), &[C::ConditionalAccessBlock, C::SecurityDefaultsBlock], 0.8),
    r(530033, "Your admin requires the device requesting access to be managed", t!("Conditional Access requires a device managed by the organisation (wording from field reports; not in Microsoft's reference page).", "Der bedingte Zugriff verlangt ein von der Organisation verwaltetes Gerät (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::ConditionalAccessBlock], 0.8),
    r(530034, "DelegatedAdminBlockedDueToSuspiciousActivity", M_RISK, &[C::AccountDisabledOrSigninBlocked], 0.6),
    r(530035, "BlockedBySecurityDefaults", t!("Security defaults blocked the request as legacy or unsafe authentication.", "Die Sicherheitsstandards haben die Anforderung als ältere oder unsichere Authentifizierung blockiert."), &[C::SecurityDefaultsBlock, C::ConditionalAccessBlock], 0.9),
    r(650052, "The app needs access to a service that your organization hasn't subscribed to or enabled", t!("The API the app needs (e.g. Office 365 Exchange Online) is not subscribed or enabled in this tenant.", "Die API, die die App braucht (z. B. Office 365 Exchange Online), ist in diesem Mandanten nicht abonniert oder aktiviert."), &[C::ResourceNotFound, C::MailboxUnlicensedOrMissing], 0.65),
    r(650053, "The application asked for scope that doesn't exist on the resource", t!("The scope names a permission the API does not have: a misspelt or made-up scope, a library's alias sent unexpanded, scopes joined by the wrong separator, or an application permission requested in a user sign-in (wording from field reports; not in Microsoft's reference page).", "Der Scope nennt eine Berechtigung, die die API nicht hat: falsch geschrieben oder erfunden, ein Kürzel einer Bibliothek unaufgelöst gesendet, Scopes mit falschem Trennzeichen verbunden oder eine Anwendungsberechtigung in einer Benutzeranmeldung angefordert (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::InvalidScope], 0.85),
    r(650054, "The application asked for permissions to access a resource that has been removed or is no longer available", M_RESOURCE, &[C::ResourceNotFound, C::ConsentMissing], 0.7),
    r(650056, "Misconfigured application", t!("The permission is missing from the app registration or was never consented; less often a wrong client id or certificate.", "Die Berechtigung fehlt in der App-Registrierung oder hat keine Zustimmung; seltener eine falsche Client-ID oder ein falsches Zertifikat."), &[C::ConsentMissing, C::AppNotFoundInTenant, C::CertificateCredentialError], 0.6),
    r(650057, "Invalid resource", t!("The app asks for an API it has no permission entry for; add the permission (Office 365 Exchange Online) and consent, or fix the scope.", "Die App fordert eine API an, für die sie keinen Berechtigungseintrag hat; Berechtigung (Office 365 Exchange Online) hinzufügen und zustimmen oder den Scope korrigieren."), &[C::ConsentMissing, C::InvalidScope], 0.6),
    r(700005, "InvalidGrantRedeemAgainstWrongTenant", t!("The authorization code was redeemed at another tenant's endpoint than the one that issued it.", "Der Autorisierungscode wurde am Endpunkt eines anderen Mandanten eingelöst als dem, der ihn ausgestellt hat."), &[C::WrongEndpointOrCloud], 0.85),
    r(700011, "UnauthorizedClientAppNotFoundInOrgIdTenant", t!("The client id does not exist in this tenant: wrong id, wrong tenant, or the app was never added there.", "Die Client-ID existiert in diesem Mandanten nicht: falsche ID, falscher Mandant oder die App wurde dort nie hinzugefügt."), &[C::AppNotFoundInTenant], 0.9),
    r(700016, "UnauthorizedClient_DoesNotMatchRequest", t!("The client_id is unknown in the tenant of the token URL: wrong id, wrong tenant, or app not consented there.", "Die client_id ist im Mandanten der Token-URL unbekannt: falsche ID, falscher Mandant oder dort keine Zustimmung."), &[C::AppNotFoundInTenant], 0.95),
    r(700020, "InteractionRequired", M_INTERRUPT, &[C::MfaRequiredRopc, C::ConsentMissing], 0.5),
    r(700022, "InvalidMultipleResourcesScope", t!("Scopes of two APIs (e.g. Graph and Exchange) were mixed in one request; request one resource per token.", "Scopes zweier APIs (z. B. Graph und Exchange) wurden in einer Anforderung gemischt; fordern Sie eine Ressource pro Token an."), &[C::InvalidScope], 0.95),
    r(700023, "InvalidResourcelessScope", M_SCOPE, &[C::InvalidScope], 0.9),
    r(700024, "Client assertion is not within its valid time range", t!("The certificate-signed client assertion is expired or not yet valid — often the signing host's clock (wording from third-party documentation; not in Microsoft's reference page).", "Die zertifikatsignierte Client-Assertion ist abgelaufen oder noch nicht gültig – oft wegen der Uhr des signierenden Hosts (Wortlaut aus Dokumentation Dritter; nicht in Microsofts Referenzseite)."), &[C::CertificateCredentialError, C::ClockSkew], 0.6),
    r(700025, "InvalidClientPublicClientWithCredential", t!("The app is registered as a public client but the request sends a secret or assertion.", "Die App ist als öffentlicher Client registriert, die Anforderung sendet aber ein Geheimnis oder eine Assertion."), &[C::ClientTypeMismatch], 0.95),
    r(700027, "Client assertion failed signature validation", t!("The assertion was signed with a key whose certificate is not uploaded to the app (wrong certificate or thumbprint).", "Die Assertion wurde mit einem Schlüssel signiert, dessen Zertifikat nicht in der App hochgeladen ist (falsches Zertifikat oder falscher Fingerabdruck)."), &[C::CertificateCredentialError], 0.95),
    r(700030, "Invalid certificate - subject name in certificate isn't authorized", t!("The certificate's subject name is not authorized for this app (subject-name/issuer trust).", "Der Antragstellername des Zertifikats ist für diese App nicht autorisiert (Vertrauen über Antragsteller/Aussteller)."), &[C::CertificateCredentialError], 0.85),
    r(700054, "Response_type 'id_token' isn't enabled for the application", t!("The app asks for an id_token, which its registration does not allow (Authentication → ID tokens).", "Die App fordert ein id_token an, das ihre Registrierung nicht erlaubt (Authentifizierung → ID-Token)."), &[C::MalformedTokenRequest], 0.55),
    r(700082, "ExpiredOrRevokedGrantInactiveToken", t!("A delegated integration was idle too long; the user must sign in again to get a new refresh token.", "Eine delegierte Integration war zu lange inaktiv; der Benutzer muss sich neu anmelden, um ein neues Aktualisierungstoken zu erhalten."), &[C::TokenExpiredOrCached], 0.85),
    r(700084, "The refresh token was issued to a single page app (SPA)", M_RT, &[C::TokenExpiredOrCached], 0.85),
    r(700229, "ForbiddenTokenType", M_JWT, &[C::CertificateCredentialError, C::MalformedTokenRequest], 0.7),
    r(900023, "Specified tenant identifier is neither a valid DNS name, nor a valid external domain", t!("The tenant segment is malformed — a placeholder, quotes or whitespace (wording from third-party code; not in Microsoft's reference page).", "Der Mandantenteil ist fehlerhaft – ein Platzhalter, Anführungszeichen oder Leerzeichen (Wortlaut aus Code Dritter; nicht in Microsofts Referenzseite)."), &[C::TenantNotFound], 0.9),
    r(900144, "The request body must contain the following parameter: '{name}'", t!("A field is missing from the token request — often because the body was sent as JSON or a variable was empty.", "In der Tokenanforderung fehlt ein Feld – oft, weil der Body als JSON gesendet wurde oder eine Variable leer war."), &[C::MalformedTokenRequest], 0.9),
    r(900382, "Confidential Client isn't supported in Cross Cloud request", M_CLOUD, &[C::WrongEndpointOrCloud], 0.8),
    r(900384, "JWT token failed signature validation", M_JWT, &[C::CertificateCredentialError], 0.6),
    r(900432, "Confidential Client isn't supported in Cross Cloud request", M_CLOUD, &[C::WrongEndpointOrCloud], 0.8),
    r(900561, "BadResourceRequestInvalidRequest", t!("The endpoint got the wrong HTTP method (e.g. GET instead of POST to /token).", "Der Endpunkt erhielt die falsche HTTP-Methode (z. B. GET statt POST an /token)."), &[C::MalformedTokenRequest], 0.8),
    r(900941, "AdminConsentRequiredDueToRiskyApp", t!("Users may not consent because Entra considers the app risky; an admin must review and consent.", "Benutzer dürfen nicht zustimmen, weil Entra die App als riskant einstuft; ein Administrator muss prüfen und zustimmen."), &[C::ConsentMissing], 0.9),
    r(900971, "No reply address provided", t!("The interactive sign-in carries no redirect URI the app has registered.", "Die interaktive Anmeldung enthält keine Umleitungs-URI, die die App registriert hat."), &[C::RedirectUriMismatch], 0.9),
    r(901002, "The 'resource' request parameter isn't supported", t!("The v2.0 endpoint got a resource parameter; use scope with /.default instead (or the v1 endpoint).", "Der v2.0-Endpunkt erhielt einen resource-Parameter; verwenden Sie stattdessen scope mit /.default (oder den v1-Endpunkt)."), &[C::InvalidScope, C::WrongEndpointOrCloud], 0.8),
    r(1000031, "Application can't be accessed at this time", t!("The application cannot be used right now; often it is disabled or blocked in the tenant.", "Die Anwendung ist derzeit nicht nutzbar; oft ist sie im Mandanten deaktiviert oder gesperrt."), &[C::AppOrServicePrincipalDisabled, C::ServiceSideIncident], 0.5),
    r(1000104, "XCB2BResourceCloudNotAllowedOnIdentityTenant", M_CLOUD, &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.6),
    r(1002012, "Client credential flows must have a scope value with /.default suffixed to the resource identifier", t!("Client credentials were requested with named permissions instead of https://outlook.office365.com/.default (wording from field reports; not in Microsoft's reference page).", "Client Credentials wurden mit einzelnen Berechtigungen statt https://outlook.office365.com/.default angefordert (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::InvalidScope], 0.95),
    r(7000012, "The grant was obtained for a different tenant", t!("A refresh token or code issued for one tenant was redeemed at another tenant's endpoint (wording from field reports; not in Microsoft's reference page).", "Ein für einen Mandanten ausgestelltes Aktualisierungstoken oder ein Code wurde am Endpunkt eines anderen Mandanten eingelöst (Wortlaut aus Praxisberichten; nicht in Microsofts Referenzseite)."), &[C::WrongEndpointOrCloud, C::TokenExpiredOrCached], 0.7),
    r(7000112, "UnauthorizedClientApplicationDisabled", t!("The app's service principal is disabled in this tenant (Enterprise applications → Properties → Enabled for users to sign in).", "Der Dienstprinzipal der App ist in diesem Mandanten deaktiviert (Unternehmensanwendungen → Eigenschaften → Aktiviert für die Benutzeranmeldung)."), &[C::AppOrServicePrincipalDisabled], 0.95),
    r(7000114, "Application isn't allowed to make application on-behalf-of calls", t!("The app tried an application on-behalf-of call it is not allowed to make; not a sign of a disabled app.", "Die App hat einen anwendungsbezogenen On-Behalf-Of-Aufruf versucht, den sie nicht machen darf; kein Zeichen einer deaktivierten App."), &[C::DelegatedPermissionInsteadOfApplication, C::ConsentMissing], 0.3),
    r(7000215, "Invalid client secret is provided", t!("The client secret is wrong; very often the Secret ID (a GUID) was pasted instead of the secret's Value.", "Das Clientgeheimnis ist falsch; sehr oft wurde die Geheimnis-ID (eine GUID) statt des Werts eingefügt."), &[C::InvalidClientSecret, C::SecretIdUsedAsValue], 0.8),
    r(7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'", t!("A confidential client sent no credential — an empty secret variable, a wrong field name, or a public-client setup used for client credentials.", "Ein vertraulicher Client hat keine Anmeldeinformation gesendet – leere Variable mit dem Geheimnis, falscher Feldname oder ein öffentlicher Client für Client Credentials."), &[C::ClientTypeMismatch, C::MalformedTokenRequest], 0.85),
    r(7000222, "InvalidClientSecretExpiredKeysProvided", t!("The client secret has expired; create a new one.", "Das Clientgeheimnis ist abgelaufen; legen Sie ein neues an."), &[C::ExpiredClientSecret], 0.97),
    r(9001023, "The grant type isn't supported over the /common or /consumers endpoints", t!("Client credentials were requested from /common or /consumers; app-only tokens need the tenant-specific endpoint.", "Client Credentials wurden bei /common oder /consumers angefordert; App-Token brauchen den mandantenspezifischen Endpunkt."), &[C::WrongEndpointOrCloud], 0.95),
    r(9002313, "InvalidRequest - Request is malformed or invalid", M_BAD, &[C::MalformedTokenRequest], 0.7),
    r(9002331, "Application is configured for use by Microsoft Account users only; use the /consumers endpoint", t!("The app registration accepts only personal accounts, which cannot reach a work mailbox; change the supported account types (wording from Microsoft troubleshooting text, not the reference page).", "Die App-Registrierung akzeptiert nur private Konten, die kein Geschäftspostfach erreichen; ändern Sie die unterstützten Kontotypen (Wortlaut aus Microsoft-Problembehandlungstext, nicht aus der Referenzseite)."), &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.75),
    r(9002332, "Application is configured for use by Microsoft Entra users only", t!("The app accepts only work accounts, but the request went to /consumers; use the tenant or /organizations endpoint.", "Die App akzeptiert nur Geschäftskonten, die Anforderung ging aber an /consumers; verwenden Sie den Mandanten- oder /organizations-Endpunkt."), &[C::WrongEndpointOrCloud, C::PersonalAccountNotSupported], 0.9),
    r(9002341, "V2Error: invalid_grant - The user is required to permit Single Sign-On", M_CONSENT, &[C::ConsentMissing], 0.5),
];

/// The entry for `code`, if the catalogue knows it.
pub fn aadsts(code: u32) -> Option<&'static AadstsCode> {
    AADSTS
        .binary_search_by_key(&code, |c| c.code)
        .ok()
        .and_then(|i| AADSTS.get(i))
}
