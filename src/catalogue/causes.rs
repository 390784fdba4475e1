//! The cause catalogue (one entry per [`CauseId`], in the order of [`CauseId::ALL`]).

use super::questions::*;
use super::steps::*;
use super::{Cause, CauseId, ChainLink, Stage};
use crate::t;

const IMAPOAUTH: &str = "https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth";
const NEWSP: &str =
    "https://learn.microsoft.com/powershell/module/exchangepowershell/new-serviceprincipal";
const GETSP: &str =
    "https://learn.microsoft.com/powershell/module/exchangepowershell/get-serviceprincipal";
const REMSP: &str =
    "https://learn.microsoft.com/powershell/module/exchangepowershell/remove-serviceprincipal";
const TESTSPA: &str = "https://learn.microsoft.com/powershell/module/exchangepowershell/test-serviceprincipalauthorization";
const ADDMBXPERM: &str =
    "https://learn.microsoft.com/powershell/module/exchangepowershell/add-mailboxpermission";
const ADDRECIPPERM: &str =
    "https://learn.microsoft.com/powershell/module/exchangepowershell/add-recipientpermission";
const SETCAS: &str =
    "https://learn.microsoft.com/powershell/module/exchangepowershell/set-casmailbox";
const SETTRANSPORT: &str =
    "https://learn.microsoft.com/powershell/module/exchangepowershell/set-transportconfig";
const CONNEXO: &str =
    "https://learn.microsoft.com/powershell/module/exchangepowershell/connect-exchangeonline";
const APPRBAC: &str = "https://learn.microsoft.com/exchange/permissions-exo/application-rbac";
const GRAPHAAP: &str = "https://learn.microsoft.com/graph/auth-limit-mailbox-access";
const CLAIMS: &str =
    "https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference";
const ATOK: &str = "https://learn.microsoft.com/entra/identity-platform/access-tokens";
const CCFLOW: &str =
    "https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow";
const AADSTS_REF: &str =
    "https://learn.microsoft.com/entra/identity-platform/reference-error-codes";
const NATCLOUD: &str =
    "https://learn.microsoft.com/entra/identity-platform/authentication-national-cloud";
const CERTCREDS: &str =
    "https://learn.microsoft.com/entra/identity-platform/certificate-credentials";
const CONSENT_ERR: &str = "https://learn.microsoft.com/entra/identity/enterprise-apps/application-sign-in-unexpected-user-consent-error";
const CA_TROUBLE: &str =
    "https://learn.microsoft.com/entra/identity/conditional-access/troubleshoot-conditional-access";
const ASSIGN_50105: &str = "https://learn.microsoft.com/troubleshoot/azure/active-directory/error-code-aadsts50105-user-not-assigned-role";
const ASSIGN_USERS: &str =
    "https://learn.microsoft.com/entra/identity/enterprise-apps/assign-user-or-group-access-portal";
const SP_DISABLE: &str =
    "https://learn.microsoft.com/entra/identity/enterprise-apps/disable-user-sign-in-portal";
const PW_POLICY: &str =
    "https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy";
const SECDEF: &str = "https://learn.microsoft.com/entra/fundamentals/security-defaults";
const REPLY_URL: &str = "https://learn.microsoft.com/troubleshoot/azure/active-directory/error-code-aadsts50011-reply-url-mismatch";
const SMTP_AUTH: &str = "https://aka.ms/smtp_auth_disabled";
/// The Exchange team's plan for EWS in Exchange Online: blocked from 1 October 2026 unless allowed, off on 1 April 2027.
const EWS_RETIRE: &str = "https://techcommunity.microsoft.com/blog/exchange/exchange-online-ews-your-time-is-almost-up/4492361";
const BASIC_RETIRE: &str = "https://techcommunity.microsoft.com/blog/exchange/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth/4114750";
const IMAP_POP_SETTINGS: &str = "https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/pop3-and-imap4";
const NAA_FAQ: &str =
    "https://learn.microsoft.com/office/dev/add-ins/outlook/faq-nested-app-auth-outlook-legacy-tokens";
const XOAUTH2_SPEC: &str = "https://developers.google.com/gmail/imap/xoauth2-protocol";

const NEWAAP: &str =
    "https://learn.microsoft.com/powershell/module/exchangepowershell/new-applicationaccesspolicy";
const TESTAAP: &str =
    "https://learn.microsoft.com/powershell/module/exchangepowershell/test-applicationaccesspolicy";
const SMTP_DEVICE: &str = "https://learn.microsoft.com/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365";
const EWS_THROTTLING: &str =
    "https://learn.microsoft.com/exchange/client-developer/exchange-web-services/ews-throttling-in-exchange";
const GRAPH_THROTTLING: &str = "https://learn.microsoft.com/graph/throttling-limits";
const NDR_EXO: &str = "https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online";
const GETBLOCKED: &str =
    "https://learn.microsoft.com/powershell/module/exchangepowershell/get-blockedsenderaddress";
const REMBLOCKED: &str =
    "https://learn.microsoft.com/powershell/module/exchangepowershell/remove-blockedsenderaddress";
const DOTNET_TLS: &str = "https://learn.microsoft.com/dotnet/framework/network-programming/tls";
const GRAPH_APP_ONLY: &str = "https://learn.microsoft.com/graph/auth-v2-service";

/// Every cause, in the order of [`CauseId::ALL`].
pub static CAUSES: &[Cause] = &[
    Cause {
        id: CauseId::InvalidClientSecret,
        stage: Stage::Entra,
        link: Some(ChainLink::AppRegistration),
        title: t!("Client secret is wrong", "Clientgeheimnis ist falsch"),
        summary: t!(
            "Entra rejects the client secret: it is not a current secret of this app registration.",
            "Entra lehnt das Clientgeheimnis ab: Es ist kein gültiges Geheimnis dieser App-Registrierung."
        ),
        explanation: t!(
            "The token endpoint finds no secret on the app registration that matches client_secret (AADSTS7000215), so no token is issued. Usually a typo, another app's secret or a deleted one. A GUID-shaped secret is the Secret ID instead; an expired secret gives AADSTS7000222.",
            "Der Token-Endpunkt findet in der App-Registrierung kein Geheimnis, das zu client_secret passt (AADSTS7000215); es wird kein Token ausgestellt. Meist Tippfehler, Geheimnis einer anderen App oder ein gelöschtes. Ein Geheimnis in GUID-Form ist stattdessen die Geheimnis-ID; ein abgelaufenes ergibt AADSTS7000222."
        ),
        signals: &[
            t!("AADSTS7000215", "AADSTS7000215"),
            t!("invalid_client: Invalid client secret is provided", "invalid_client: Invalid client secret is provided"),
        ],
        questions: &[SECRET_COPIED_FROM, SECRET_EXPIRY],
        steps: &[ENTRA_NEW_CLIENT_SECRET, ENTRA_TEST_TOKEN_REQUEST],
        docs: &[AADSTS_REF, CCFLOW],
    },
    Cause {
        id: CauseId::SecretIdUsedAsValue,
        stage: Stage::Entra,
        link: Some(ChainLink::AppRegistration),
        title: t!("Secret ID used instead of the secret value", "Geheimnis-ID statt Geheimniswert verwendet"),
        summary: t!(
            "The app sends the secret's ID (a GUID) instead of its Value: copy the Value of a new client secret.",
            "Die App sendet die ID des Geheimnisses (eine GUID) statt seines Werts: Kopieren Sie den Wert eines neuen Clientgeheimnisses."
        ),
        explanation: t!(
            "Certificates & secrets shows a Value (visible only once, at creation) and a Secret ID (a GUID) for each secret. Sent as client_secret, the Secret ID fails with AADSTS7000215 like any wrong secret; a GUID-shaped secret is the tell-tale (field experience, not in Entra's message).",
            "Zertifikate & Geheimnisse zeigt je Geheimnis einen Wert (nur einmal beim Anlegen sichtbar) und eine Geheimnis-ID (eine GUID). Als client_secret gesendet scheitert die Geheimnis-ID wie jedes falsche Geheimnis mit AADSTS7000215; ein Geheimnis in GUID-Form verrät es (Erfahrungswert, nicht in Entras Meldung)."
        ),
        signals: &[
            t!("AADSTS7000215", "AADSTS7000215"),
            t!("client_secret in GUID form", "client_secret in GUID-Form"),
        ],
        questions: &[SECRET_COPIED_FROM],
        steps: &[ENTRA_NEW_CLIENT_SECRET, ENTRA_TEST_TOKEN_REQUEST],
        docs: &[AADSTS_REF],
    },
    Cause {
        id: CauseId::ExpiredClientSecret,
        stage: Stage::Entra,
        link: Some(ChainLink::AppRegistration),
        title: t!("Client secret expired", "Clientgeheimnis abgelaufen"),
        summary: t!(
            "The client secret has expired: create a new one and update the app.",
            "Das Clientgeheimnis ist abgelaufen: Legen Sie ein neues an und tragen Sie es in der App ein."
        ),
        explanation: t!(
            "Client secrets have an end date; after it the token endpoint answers AADSTS7000222 and the integration stops without any change on your side. The value was right, so only a new secret (or a certificate) helps.",
            "Clientgeheimnisse haben ein Ablaufdatum; danach antwortet der Token-Endpunkt mit AADSTS7000222, und die Integration stoppt ohne Änderung Ihrerseits. Der Wert war richtig; nur ein neues Geheimnis (oder ein Zertifikat) hilft."
        ),
        signals: &[
            t!("AADSTS7000222", "AADSTS7000222"),
            t!("InvalidClientSecretExpiredKeysProvided", "InvalidClientSecretExpiredKeysProvided"),
        ],
        questions: &[SECRET_EXPIRY],
        steps: &[ENTRA_NEW_CLIENT_SECRET, ENTRA_TEST_TOKEN_REQUEST],
        docs: &[AADSTS_REF, CERTCREDS],
    },
    Cause {
        id: CauseId::CertificateCredentialError,
        stage: Stage::Entra,
        link: Some(ChainLink::AppRegistration),
        title: t!("Certificate or client assertion rejected", "Zertifikat oder Client-Assertion abgelehnt"),
        summary: t!(
            "Entra rejects the client assertion: the signing certificate is not the one uploaded to the app, or it expired.",
            "Entra lehnt die Client-Assertion ab: Das Signaturzertifikat ist nicht das in der App hochgeladene, oder es ist abgelaufen."
        ),
        explanation: t!(
            "With certificate authentication the app signs a client assertion that Entra checks against the certificates on the app registration. A different or expired certificate or a wrong thumbprint gives AADSTS700027 or 50012; AADSTS700024 (outside its time window) can also be the host clock.",
            "Bei Zertifikatsauthentifizierung signiert die App eine Client-Assertion, die Entra gegen die Zertifikate der App-Registrierung prüft. Ein anderes oder abgelaufenes Zertifikat oder ein falscher Fingerabdruck ergibt AADSTS700027 oder 50012; AADSTS700024 (außerhalb des Zeitfensters) kann auch an der Uhr des Hosts liegen."
        ),
        signals: &[
            t!("AADSTS700027, AADSTS50012, AADSTS700024", "AADSTS700027, AADSTS50012, AADSTS700024"),
            t!("Client assertion failed signature validation", "Client assertion failed signature validation"),
        ],
        questions: &[CERT_THUMBPRINT, HOST_CLOCK],
        steps: &[ENTRA_UPLOAD_CERTIFICATE, SYNC_CLOCK],
        docs: &[CERTCREDS, AADSTS_REF],
    },
    Cause {
        id: CauseId::AppNotFoundInTenant,
        stage: Stage::Entra,
        link: Some(ChainLink::AppRegistration),
        title: t!("App not found in the tenant", "App im Mandanten nicht gefunden"),
        summary: t!(
            "Entra does not find the client id in this tenant: wrong client id, wrong tenant, or the app was never consented there.",
            "Entra findet die Client-ID in diesem Mandanten nicht: falsche Client-ID, falscher Mandant oder die App erhielt dort nie eine Zustimmung."
        ),
        explanation: t!(
            "AADSTS700016: the tenant in the token URL has no app with this client_id — a mail address or object id in client_id, another tenant in the URL, or a multi-tenant app nobody consented to there. Unlike tenant_not_found, the tenant itself exists.",
            "AADSTS700016: Der Mandant in der Token-URL hat keine App mit dieser client_id – eine Mailadresse oder Objekt-ID in client_id, ein anderer Mandant in der URL oder eine mehrinstanzenfähige App ohne Zustimmung dort. Anders als bei „Mandant nicht gefunden“ existiert der Mandant."
        ),
        signals: &[
            t!("AADSTS700016", "AADSTS700016"),
            t!("Application with identifier '…' was not found in the directory", "Application with identifier '…' was not found in the directory"),
        ],
        questions: &[CLIENT_ID_TENANT],
        steps: &[ENTRA_CHECK_CLIENT_ID, ENTRA_GRANT_ADMIN_CONSENT],
        docs: &[AADSTS_REF, CONSENT_ERR],
    },
    Cause {
        id: CauseId::TenantNotFound,
        stage: Stage::Entra,
        link: Some(ChainLink::AppRegistration),
        title: t!("Tenant id or domain wrong", "Mandanten-ID oder Domäne falsch"),
        summary: t!(
            "The tenant in the token URL does not exist here: fix the tenant id or domain (or the cloud).",
            "Den Mandanten in der Token-URL gibt es hier nicht: Korrigieren Sie Mandanten-ID oder Domäne (oder die Cloud)."
        ),
        explanation: t!(
            "Entra cannot resolve the tenant in the URL (AADSTS90002, 900023): a typo, an unverified domain, quotes, or a leftover {tenant} placeholder. AADSTS90002 also appears when a sovereign-cloud tenant is sent to the worldwide host — then the cloud is wrong, not the id.",
            "Entra kann den Mandanten in der URL nicht auflösen (AADSTS90002, 900023): Tippfehler, nicht verifizierte Domäne, Anführungszeichen oder ein übrig gebliebener Platzhalter {tenant}. AADSTS90002 erscheint auch, wenn ein Mandant einer nationalen Cloud an den weltweiten Host geht – dann ist die Cloud falsch, nicht die ID."
        ),
        signals: &[
            t!("AADSTS90002, AADSTS900023, AADSTS90013", "AADSTS90002, AADSTS900023, AADSTS90013"),
            t!("Tenant '…' not found", "Tenant '…' not found"),
        ],
        questions: &[TOKEN_URL, CLOUD],
        steps: &[ENTRA_TENANT_ENDPOINT, ENTRA_TEST_TOKEN_REQUEST],
        docs: &[AADSTS_REF, NATCLOUD],
    },
    Cause {
        id: CauseId::ResourceNotFound,
        stage: Stage::Entra,
        link: Some(ChainLink::PermissionConsent),
        title: t!("Requested resource does not exist", "Angeforderte Ressource existiert nicht"),
        summary: t!(
            "The scope names an API that Entra does not find in this tenant: request https://outlook.office365.com/.default.",
            "Der Scope nennt eine API, die Entra in diesem Mandanten nicht findet: Fordern Sie https://outlook.office365.com/.default an."
        ),
        explanation: t!(
            "AADSTS500011: the resource in scope or resource does not exist in this tenant — usually a misspelt host, a resource of another cloud, or the wrong tenant. The request fails before permissions are checked; a malformed scope is the neighbour (AADSTS70011).",
            "AADSTS500011: Die Ressource in scope oder resource gibt es in diesem Mandanten nicht – meist ein falsch geschriebener Host, eine Ressource einer anderen Cloud oder der falsche Mandant. Die Anforderung scheitert vor der Berechtigungsprüfung; ein fehlerhafter Scope ist der Nachbar (AADSTS70011)."
        ),
        signals: &[
            t!("AADSTS500011", "AADSTS500011"),
            t!("The resource principal named … was not found in the tenant", "The resource principal named … was not found in the tenant"),
        ],
        questions: &[SCOPE_SENT, TOKEN_URL],
        steps: &[ENTRA_TENANT_ENDPOINT, ENTRA_SCOPE_EXCHANGE_DEFAULT],
        docs: &[AADSTS_REF, CCFLOW],
    },
    Cause {
        id: CauseId::InvalidScope,
        stage: Stage::Entra,
        link: Some(ChainLink::PermissionConsent),
        title: t!("Scope malformed for the flow", "Scope passt nicht zum Flow"),
        summary: t!(
            "The scope is not valid for this flow: client credentials need exactly https://outlook.office365.com/.default.",
            "Der Scope ist für diesen Flow ungültig: Client Credentials brauchen genau https://outlook.office365.com/.default."
        ),
        explanation: t!(
            "Client credentials accept only <resource>/.default. Named permissions (…/IMAP.AccessAsApp), two resources in one request, typos or double URL-encoding are refused (AADSTS70011, 1002012, 700022). Delegated flows use https://outlook.office.com/IMAP.AccessAsUser.All and similar instead.",
            "Client Credentials akzeptieren nur <Ressource>/.default. Einzelne Berechtigungen (…/IMAP.AccessAsApp), zwei Ressourcen in einer Anforderung, Tippfehler oder doppelte URL-Kodierung werden abgelehnt (AADSTS70011, 1002012, 700022). Delegierte Flows verwenden stattdessen https://outlook.office.com/IMAP.AccessAsUser.All o. Ä."
        ),
        signals: &[
            t!("AADSTS70011, AADSTS1002012, AADSTS700022, AADSTS70000", "AADSTS70011, AADSTS1002012, AADSTS700022, AADSTS70000"),
            t!("invalid_scope", "invalid_scope"),
        ],
        questions: &[SCOPE_SENT, FLOW],
        steps: &[ENTRA_SCOPE_EXCHANGE_DEFAULT, ENTRA_TEST_TOKEN_REQUEST],
        docs: &[CCFLOW, IMAPOAUTH, AADSTS_REF],
    },
    Cause {
        id: CauseId::ConsentMissing,
        stage: Stage::Entra,
        link: Some(ChainLink::PermissionConsent),
        title: t!("Admin consent missing", "Administratorzustimmung fehlt"),
        summary: t!(
            "The permission was never consented in this tenant: an admin must click \"Grant admin consent\".",
            "Für die Berechtigung fehlt in diesem Mandanten die Zustimmung: Ein Administrator muss „Administratorzustimmung erteilen“ klicken."
        ),
        explanation: t!(
            "Adding a permission only requests it; admin consent grants it. User flows stop with AADSTS65001, 90094 or 900941 (risky app). Client credentials still get a token, but without roles, which Exchange rejects — the symptom of a missing app role.",
            "Eine Berechtigung hinzuzufügen beantragt sie nur; die Administratorzustimmung gewährt sie. Benutzer-Flows stoppen mit AADSTS65001, 90094 oder 900941 (riskante App). Client Credentials erhalten trotzdem ein Token, aber ohne roles, das Exchange ablehnt – das Bild einer fehlenden App-Rolle."
        ),
        signals: &[
            t!("AADSTS65001, AADSTS90094, AADSTS900941, AADSTS650056, AADSTS650057", "AADSTS65001, AADSTS90094, AADSTS900941, AADSTS650056, AADSTS650057"),
            t!("consent_required; app-only token without roles", "consent_required; App-Token ohne roles"),
        ],
        questions: &[ADMIN_CONSENT_STATUS, FLOW],
        steps: &[ENTRA_ADD_EXCHANGE_APP_PERMISSION, ENTRA_GRANT_ADMIN_CONSENT, RESTART_SERVICE_FRESH_TOKEN],
        docs: &[IMAPOAUTH, CONSENT_ERR, AADSTS_REF],
    },
    Cause {
        id: CauseId::DelegatedPermissionInsteadOfApplication,
        stage: Stage::Entra,
        link: Some(ChainLink::PermissionConsent),
        title: t!("Delegated permission where an application permission is needed", "Delegierte statt Anwendungsberechtigung"),
        summary: t!(
            "The app has a delegated permission, but the service signs in as itself: add the Application permission (IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp).",
            "Die App hat eine delegierte Berechtigung, der Dienst meldet sich aber als er selbst an: Fügen Sie die Anwendungsberechtigung hinzu (IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp)."
        ),
        explanation: t!(
            "A client-credentials token carries only Application permissions, in roles. If the app lists IMAP.AccessAsUser.All or another delegated permission, the service's token lacks the role Exchange checks; a token with scp instead of roles came from a user flow.",
            "Ein Client-Credentials-Token trägt nur Anwendungsberechtigungen, in roles. Steht in der App IMAP.AccessAsUser.All oder eine andere delegierte Berechtigung, fehlt dem Token des Dienstes die Rolle, die Exchange prüft; ein Token mit scp statt roles stammt aus einem Benutzer-Flow."
        ),
        signals: &[
            t!("scp present, roles absent", "scp vorhanden, roles fehlt"),
            t!("IMAP.AccessAsUser.All / SMTP.Send in a service setup", "IMAP.AccessAsUser.All / SMTP.Send in einem Dienst-Setup"),
        ],
        questions: &[PERMISSION_TYPE, FLOW],
        steps: &[ENTRA_ADD_EXCHANGE_APP_PERMISSION, ENTRA_GRANT_ADMIN_CONSENT, RESTART_SERVICE_FRESH_TOKEN],
        docs: &[IMAPOAUTH, CLAIMS, CCFLOW],
    },
    Cause {
        id: CauseId::ClientTypeMismatch,
        stage: Stage::Entra,
        link: Some(ChainLink::AppRegistration),
        title: t!("Public/confidential client mismatch", "Öffentlicher/vertraulicher Client vertauscht"),
        summary: t!(
            "The request and the app registration disagree on whether the client has a secret.",
            "Anforderung und App-Registrierung sind uneins, ob der Client ein Geheimnis hat."
        ),
        explanation: t!(
            "A confidential client must send client_secret or client_assertion; if none arrives (empty variable, wrong field name) Entra answers AADSTS7000218. A public client must not send one (AADSTS700025). Whether a secret is sent is the problem, not its value.",
            "Ein vertraulicher Client muss client_secret oder client_assertion senden; kommt keines an (leere Variable, falscher Feldname), antwortet Entra mit AADSTS7000218. Ein öffentlicher Client darf keines senden (AADSTS700025). Das Problem ist, ob ein Geheimnis gesendet wird, nicht sein Wert."
        ),
        signals: &[
            t!("AADSTS7000218, AADSTS700025", "AADSTS7000218, AADSTS700025"),
            t!("must contain … 'client_assertion' or 'client_secret'", "must contain … 'client_assertion' or 'client_secret'"),
        ],
        questions: &[PUBLIC_CLIENT_SETTING],
        steps: &[ENTRA_CLIENT_TYPE, ENTRA_FIX_REQUEST_BODY],
        docs: &[AADSTS_REF, CCFLOW],
    },
    Cause {
        id: CauseId::RedirectUriMismatch,
        stage: Stage::Entra,
        link: Some(ChainLink::AppRegistration),
        title: t!("Redirect URI not registered", "Umleitungs-URI nicht registriert"),
        summary: t!(
            "The redirect URI the client sends is not registered on the app: add it exactly.",
            "Die Umleitungs-URI, die der Client sendet, ist in der App nicht registriert: Tragen Sie sie exakt ein."
        ),
        explanation: t!(
            "Interactive (delegated) sign-ins send a redirect_uri that must match a registered one exactly (AADSTS50011); an app without one gets AADSTS500113 or 900971 (wordings from field reports). Client credentials use no redirect URI, so this only hits user sign-ins.",
            "Interaktive (delegierte) Anmeldungen senden eine redirect_uri, die exakt einer registrierten entsprechen muss (AADSTS50011); eine App ohne URI erhält AADSTS500113 oder 900971 (Wortlaute aus Praxisberichten). Client Credentials verwenden keine Umleitungs-URI; es betrifft nur Benutzeranmeldungen."
        ),
        signals: &[
            t!("AADSTS50011, AADSTS500113, AADSTS900971", "AADSTS50011, AADSTS500113, AADSTS900971"),
            t!("The redirect URI … does not match the redirect URIs configured", "The redirect URI … does not match the redirect URIs configured"),
        ],
        questions: &[REDIRECT_URI_USED],
        steps: &[ENTRA_REDIRECT_URI],
        docs: &[REPLY_URL, AADSTS_REF],
    },
    Cause {
        id: CauseId::MalformedTokenRequest,
        stage: Stage::Entra,
        link: Some(ChainLink::AppRegistration),
        title: t!("Token request malformed", "Tokenanforderung fehlerhaft"),
        summary: t!(
            "The token request lacks or garbles a parameter: send a form-encoded body with all fields.",
            "Der Tokenanforderung fehlt ein Parameter oder er ist verstümmelt: Senden Sie einen formularkodierten Body mit allen Feldern."
        ),
        explanation: t!(
            "Entra names the missing field (AADSTS900144, 90014) or answers invalid_request: a JSON body instead of form encoding, an empty variable, a misspelt field, or a reused authorization code (AADSTS54005). A client bug, not a permission problem.",
            "Entra nennt das fehlende Feld (AADSTS900144, 90014) oder antwortet invalid_request: JSON-Body statt Formularkodierung, leere Variable, falsch geschriebenes Feld oder ein wiederverwendeter Autorisierungscode (AADSTS54005). Ein Fehler im Client, kein Berechtigungsproblem."
        ),
        signals: &[
            t!("AADSTS900144, AADSTS90014, AADSTS54005", "AADSTS900144, AADSTS90014, AADSTS54005"),
            t!("invalid_request", "invalid_request"),
        ],
        questions: &[REQUEST_BODY],
        steps: &[ENTRA_FIX_REQUEST_BODY, ENTRA_TEST_TOKEN_REQUEST],
        docs: &[AADSTS_REF, CCFLOW],
    },
    Cause {
        id: CauseId::WrongEndpointOrCloud,
        stage: Stage::Entra,
        link: Some(ChainLink::AppRegistration),
        title: t!("Wrong authority or cloud", "Falsche Autorität oder Cloud"),
        summary: t!(
            "The token request goes to the wrong endpoint: use the tenant-specific URL of your cloud, not /common or /consumers.",
            "Die Tokenanforderung geht an den falschen Endpunkt: Verwenden Sie die mandantenspezifische URL Ihrer Cloud, nicht /common oder /consumers."
        ),
        explanation: t!(
            "Single-tenant apps cannot use /common (AADSTS50194), client credentials and some resources need a specific tenant (9001023, 90124, 90130), personal-account apps point to /consumers (9002331), and sovereign tenants need their cloud's login host (90038). App, secret and tenant can all be right — only the address is wrong.",
            "Einzelmandanten-Apps können /common nicht nutzen (AADSTS50194), Client Credentials und manche Ressourcen brauchen einen bestimmten Mandanten (9001023, 90124, 90130), Apps für private Konten verweisen auf /consumers (9002331), und Mandanten nationaler Clouds brauchen deren Anmeldehost (90038). App, Geheimnis und Mandant können stimmen – nur die Adresse ist falsch."
        ),
        signals: &[
            t!("AADSTS50194, AADSTS9001023, AADSTS90124, AADSTS90130, AADSTS9002331, AADSTS90038, AADSTS500201", "AADSTS50194, AADSTS9001023, AADSTS90124, AADSTS90130, AADSTS9002331, AADSTS90038, AADSTS500201"),
            t!("/common, /consumers; login.microsoftonline.us / .cn", "/common, /consumers; login.microsoftonline.us / .cn"),
        ],
        questions: &[TOKEN_URL, CLOUD],
        steps: &[ENTRA_TENANT_ENDPOINT, ENTRA_TEST_TOKEN_REQUEST],
        docs: &[AADSTS_REF, NATCLOUD, CONNEXO],
    },
    Cause {
        id: CauseId::PersonalAccountNotSupported,
        stage: Stage::Entra,
        link: Some(ChainLink::AppRegistration),
        title: t!("Personal account where a work account is needed", "Privates Konto statt Geschäftskonto"),
        summary: t!(
            "A personal Microsoft account and a work-account setup are mixed: use an account of your tenant (or configure the app for personal accounts).",
            "Ein privates Microsoft-Konto und ein Setup für Geschäftskonten sind vermischt: Verwenden Sie ein Konto Ihres Mandanten (oder richten Sie die App für private Konten ein)."
        ),
        explanation: t!(
            "Personal accounts (outlook.com, hotmail.com) have no tenant, admin consent, New-ServicePrincipal or app-only access, and their tokens are often opaque (EwB…). Work-only apps refuse them (AADSTS50020, 500201) and consumer-only apps refuse work accounts: the account type is the mismatch.",
            "Private Konten (outlook.com, hotmail.com) haben keinen Mandanten, keine Administratorzustimmung, kein New-ServicePrincipal und keinen reinen App-Zugriff; ihre Token sind oft undurchsichtig (EwB…). Apps nur für Geschäftskonten lehnen sie ab (AADSTS50020, 500201), Apps nur für private Konten lehnen Geschäftskonten ab: Der Kontotyp passt nicht."
        ),
        signals: &[
            t!("AADSTS50020, AADSTS500201, AADSTS9002331", "AADSTS50020, AADSTS500201, AADSTS9002331"),
            t!("tid 9188040d-6c67-4c5b-b112-36a304b66dad; opaque EwB… token", "tid 9188040d-6c67-4c5b-b112-36a304b66dad; undurchsichtiges EwB…-Token"),
        ],
        questions: &[ACCOUNT_KIND],
        steps: &[ENTRA_ACCOUNT_TYPE, ENTRA_TENANT_ENDPOINT],
        docs: &[AADSTS_REF, ATOK],
    },
    Cause {
        id: CauseId::ConditionalAccessBlock,
        stage: Stage::Entra,
        link: Some(ChainLink::PermissionConsent),
        title: t!("Blocked by Conditional Access", "Durch bedingten Zugriff blockiert"),
        summary: t!(
            "A Conditional Access policy blocks the sign-in: the sign-in log names the policy.",
            "Eine Richtlinie für bedingten Zugriff blockiert die Anmeldung: Das Anmeldeprotokoll nennt die Richtlinie."
        ),
        explanation: t!(
            "The credentials are fine, but a Conditional Access policy refused the token (AADSTS53003) or demanded a compliant or domain-joined device the service cannot offer (53000, 53001). Workload-identity policies can also block app-only sign-ins from unexpected IPs; the sign-in log names the policy.",
            "Die Anmeldedaten stimmen, aber eine Richtlinie für bedingten Zugriff verweigerte das Token (AADSTS53003) oder verlangte ein konformes bzw. domänengebundenes Gerät, das der Dienst nicht bieten kann (53000, 53001). Richtlinien für Workload-Identitäten können auch App-Anmeldungen von unerwarteten IPs sperren; das Anmeldeprotokoll nennt die Richtlinie."
        ),
        signals: &[
            t!("AADSTS53003, AADSTS53000, AADSTS53001", "AADSTS53003, AADSTS53000, AADSTS53001"),
            t!("BlockedByConditionalAccess", "BlockedByConditionalAccess"),
        ],
        questions: &[SIGNIN_LOG_CA],
        steps: &[ENTRA_SIGN_IN_LOGS, ENTRA_CONDITIONAL_ACCESS],
        docs: &[CA_TROUBLE, AADSTS_REF],
    },
    Cause {
        id: CauseId::MfaRequiredRopc,
        stage: Stage::Entra,
        link: Some(ChainLink::PermissionConsent),
        title: t!("Password flow hit MFA", "Kennwort-Flow scheitert an MFA"),
        summary: t!(
            "The app gets tokens with username and password, and the account must do MFA: switch to an app-only or interactive flow.",
            "Die App holt Token mit Benutzername und Kennwort, und das Konto muss MFA durchführen: Wechseln Sie zu einem reinen App- oder interaktiven Flow."
        ),
        explanation: t!(
            "The password (ROPC) flow cannot answer an MFA prompt. When a policy, per-user MFA or a new location demands it, Entra refuses with AADSTS50076, 50079, 50072 or 50158. The password is right (otherwise 50126), so resetting it does not help.",
            "Der Kennwort-Flow (ROPC) kann keine MFA-Abfrage beantworten. Verlangt eine Richtlinie, MFA pro Benutzer oder ein neuer Standort sie, lehnt Entra mit AADSTS50076, 50079, 50072 oder 50158 ab. Das Kennwort stimmt (sonst 50126); ein Zurücksetzen hilft nicht."
        ),
        signals: &[
            t!("AADSTS50076, AADSTS50079, AADSTS50072, AADSTS50158", "AADSTS50076, AADSTS50079, AADSTS50072, AADSTS50158"),
            t!("grant_type=password", "grant_type=password"),
        ],
        questions: &[FLOW, USER_MFA],
        steps: &[ENTRA_SIGN_IN_LOGS, ENTRA_LEAVE_PASSWORD_FLOW],
        docs: &[AADSTS_REF, CCFLOW],
    },
    Cause {
        id: CauseId::InvalidUserCredentialsRopc,
        stage: Stage::Entra,
        link: Some(ChainLink::PermissionConsent),
        title: t!("Wrong username or password in the password flow", "Falscher Benutzername oder falsches Kennwort im Kennwort-Flow"),
        summary: t!(
            "Entra rejects the username or password the app sends in its password (ROPC) token request.",
            "Entra lehnt Benutzername oder Kennwort ab, die die App in ihrer Tokenanforderung mit Kennwort (ROPC) sendet."
        ),
        explanation: t!(
            "With grant_type=password Entra checks the user's credentials: AADSTS50126 means they are wrong, 50034 that the user does not exist in this tenant. Unlike a basic-auth rejection, the error comes from Entra's token endpoint, not the mail server.",
            "Mit grant_type=password prüft Entra die Anmeldedaten des Benutzers: AADSTS50126 heißt, sie sind falsch, 50034, dass es den Benutzer in diesem Mandanten nicht gibt. Anders als bei abgelehnter Standardauthentifizierung kommt der Fehler vom Token-Endpunkt, nicht vom Mailserver."
        ),
        signals: &[
            t!("AADSTS50126, AADSTS50034", "AADSTS50126, AADSTS50034"),
            t!("InvalidUserNameOrPassword", "InvalidUserNameOrPassword"),
        ],
        questions: &[PASSWORD_SIGNIN_WORKS, FLOW],
        steps: &[ENTRA_SIGN_IN_LOGS, ENTRA_LEAVE_PASSWORD_FLOW],
        docs: &[AADSTS_REF],
    },
    Cause {
        id: CauseId::AccountDisabledOrSigninBlocked,
        stage: Stage::Entra,
        link: Some(ChainLink::MailboxPermission),
        title: t!("Account disabled or sign-in blocked", "Konto deaktiviert oder Anmeldung blockiert"),
        summary: t!(
            "The mailbox's user account is disabled, blocked or locked: allow sign-in for it.",
            "Das Benutzerkonto des Postfachs ist deaktiviert, blockiert oder gesperrt: Lassen Sie die Anmeldung zu."
        ),
        explanation: t!(
            "User sign-ins say so directly (AADSTS50057 disabled, 50053 locked). With app-only IMAP the token is fine and Exchange answers only LogonDenied; a blocked user object behind the mailbox, even a shared one, can cause it (experience, not documented by Microsoft).",
            "Benutzeranmeldungen melden es direkt (AADSTS50057 deaktiviert, 50053 gesperrt). Bei App-IMAP ist das Token in Ordnung, und Exchange antwortet nur LogonDenied; ein blockiertes Benutzerobjekt hinter dem Postfach, auch einem freigegebenen, kann das auslösen (Erfahrungswert, nicht von Microsoft dokumentiert)."
        ),
        signals: &[
            t!("AADSTS50057, AADSTS50053", "AADSTS50057, AADSTS50053"),
            t!("LogonDenied with a valid app-only token; AccountEnabled false", "LogonDenied mit gültigem App-Token; AccountEnabled false"),
        ],
        questions: &[ACCOUNT_ENABLED, MAILBOX],
        steps: &[ENTRA_SIGN_IN_LOGS, ENTRA_ENABLE_ACCOUNT],
        docs: &[AADSTS_REF],
    },
    Cause {
        id: CauseId::UserNotAssignedToApp,
        stage: Stage::Entra,
        link: Some(ChainLink::PermissionConsent),
        title: t!("User not assigned to the app", "Benutzer der App nicht zugewiesen"),
        summary: t!(
            "The enterprise application requires assignment and the signing-in user is not assigned: assign the user or a group of theirs.",
            "Die Unternehmensanwendung verlangt eine Zuweisung, und der anmeldende Benutzer ist nicht zugewiesen: Weisen Sie den Benutzer oder eine seiner Gruppen zu."
        ),
        explanation: t!(
            "With \"Assignment required?\" set to Yes on the enterprise application, Entra issues tokens only to users assigned directly or through a group they are a direct member of; everyone else gets AADSTS50105 (EntitlementGrantsNotFound). Password, consent and permissions can all be right. App-only (client credentials) sign-ins are not affected.",
            "Steht in der Unternehmensanwendung „Zuweisung erforderlich?“ auf Ja, stellt Entra Token nur Benutzern aus, die direkt oder über eine Gruppe zugewiesen sind, deren direktes Mitglied sie sind; alle anderen erhalten AADSTS50105 (EntitlementGrantsNotFound). Kennwort, Zustimmung und Berechtigungen können stimmen. Reine App-Anmeldungen (Client Credentials) sind nicht betroffen."
        ),
        signals: &[
            t!("AADSTS50105", "AADSTS50105"),
            t!("Assignment required = Yes on the enterprise application", "Zuweisung erforderlich = Ja in der Unternehmensanwendung"),
        ],
        questions: &[USER_ASSIGNED, FLOW],
        steps: &[ENTRA_SIGN_IN_LOGS, ENTRA_ASSIGN_USER],
        docs: &[AADSTS_REF, ASSIGN_50105, ASSIGN_USERS],
    },
    Cause {
        id: CauseId::AppOrServicePrincipalDisabled,
        stage: Stage::Entra,
        link: Some(ChainLink::AppRegistration),
        title: t!("App or its service principal disabled", "App oder ihr Dienstprinzipal deaktiviert"),
        summary: t!(
            "The application is disabled in this tenant (its enterprise application is not enabled for sign-in, or Microsoft disabled it): enable it.",
            "Die Anwendung ist in diesem Mandanten deaktiviert (die Unternehmensanwendung ist nicht für die Anmeldung aktiviert, oder Microsoft hat sie deaktiviert): Aktivieren Sie sie."
        ),
        explanation: t!(
            "The client id is known (otherwise AADSTS700016), but its service principal has \"Enabled for users to sign in?\" set to No, or the app was disabled by Microsoft. Entra then refuses every flow with AADSTS7000112 (UnauthorizedClientApplicationDisabled) or AADSTS70001; a new secret or consent does not help.",
            "Die Client-ID ist bekannt (sonst AADSTS700016), aber ihr Dienstprinzipal steht auf „Aktiviert für die Benutzeranmeldung?“ = Nein, oder Microsoft hat die App deaktiviert. Entra verweigert dann jeden Flow mit AADSTS7000112 (UnauthorizedClientApplicationDisabled) oder AADSTS70001; ein neues Geheimnis oder eine Zustimmung hilft nicht."
        ),
        signals: &[
            t!("AADSTS7000112, AADSTS70001", "AADSTS7000112, AADSTS70001"),
            t!("accountEnabled false on the service principal", "accountEnabled false am Dienstprinzipal"),
        ],
        questions: &[SP_ENABLED, CLIENT_ID_TENANT],
        steps: &[ENTRA_ENABLE_SERVICE_PRINCIPAL, ENTRA_TEST_TOKEN_REQUEST],
        docs: &[AADSTS_REF, SP_DISABLE],
    },
    Cause {
        id: CauseId::PasswordExpired,
        stage: Stage::Entra,
        link: Some(ChainLink::PermissionConsent),
        title: t!("Password expired (password flow)", "Kennwort abgelaufen (Kennwort-Flow)"),
        summary: t!(
            "The account's password has expired, so the password (ROPC) flow gets no token: reset it, or better leave the password flow.",
            "Das Kennwort des Kontos ist abgelaufen, daher erhält der Kennwort-Flow (ROPC) kein Token: Setzen Sie es zurück oder verlassen Sie besser den Kennwort-Flow."
        ),
        explanation: t!(
            "A password flow cannot show the change-password prompt, so an expired password ends it with AADSTS50055 (InvalidPasswordExpiredPassword), or AADSTS50144 when the on-premises Active Directory password of a synced account expired. The password is not wrong (that would be 50126) — it is too old.",
            "Ein Kennwort-Flow kann die Aufforderung zur Kennwortänderung nicht anzeigen, daher endet ein abgelaufenes Kennwort mit AADSTS50055 (InvalidPasswordExpiredPassword), oder mit AADSTS50144, wenn das Kennwort im lokalen Active Directory eines synchronisierten Kontos abgelaufen ist. Das Kennwort ist nicht falsch (das wäre 50126), sondern zu alt."
        ),
        signals: &[
            t!("AADSTS50055, AADSTS50144", "AADSTS50055, AADSTS50144"),
            t!("grant_type=password", "grant_type=password"),
        ],
        questions: &[PASSWORD_EXPIRY, FLOW],
        steps: &[ENTRA_SIGN_IN_LOGS, ENTRA_RESET_PASSWORD, ENTRA_LEAVE_PASSWORD_FLOW],
        docs: &[AADSTS_REF, PW_POLICY],
    },
    Cause {
        id: CauseId::ClockSkew,
        stage: Stage::Client,
        link: Some(ChainLink::Client),
        title: t!("Local clock is off", "Lokale Uhr geht falsch"),
        summary: t!(
            "The host's clock is off, so tokens or assertions look not yet valid or already expired.",
            "Die Uhr des Hosts geht falsch, sodass Token oder Assertions noch nicht gültig oder schon abgelaufen erscheinen."
        ),
        explanation: t!(
            "Tokens carry nbf, iat and exp in seconds since 1970, and client assertions a time window (AADSTS700024). A host clock minutes off makes fresh tokens look expired or assertions future-dated. Libraries commonly allow about 5 minutes of skew (a common default, not stated by Entra).",
            "Token tragen nbf, iat und exp in Sekunden seit 1970, Client-Assertions ein Zeitfenster (AADSTS700024). Eine um Minuten falsche Uhr lässt frische Token abgelaufen oder Assertions vordatiert erscheinen. Bibliotheken erlauben meist etwa 5 Minuten Abweichung (üblicher Standardwert, von Entra nicht genannt)."
        ),
        signals: &[
            t!("nbf/iat in the future", "nbf/iat in der Zukunft"),
            t!("AADSTS700024", "AADSTS700024"),
        ],
        questions: &[HOST_CLOCK],
        steps: &[SYNC_CLOCK],
        docs: &[CLAIMS, CERTCREDS],
    },
    Cause {
        id: CauseId::WrongTokenAudience,
        stage: Stage::Token,
        link: Some(ChainLink::Token),
        title: t!("Token for the wrong API (the Graph trap)", "Token für die falsche API (die Graph-Falle)"),
        summary: t!(
            "A token for Microsoft Graph is refused by IMAP/POP/SMTP/EWS: request it for https://outlook.office365.com/.default.",
            "Ein Token für Microsoft Graph wird von IMAP/POP/SMTP/EWS abgelehnt: Fordern Sie es für https://outlook.office365.com/.default an."
        ),
        explanation: t!(
            "A token is for one API, named in aud. IMAP, POP, SMTP and EWS accept only Exchange Online tokens (https://outlook.office365.com, outlook.office.com, ps.outlook.com); a Graph token (https://graph.microsoft.com), e.g. from Mail.Read or a Graph scope, gets a bare AUTHENTICATE failed / 535 5.7.3.",
            "Ein Token gilt für eine API, genannt in aud. IMAP, POP, SMTP und EWS akzeptieren nur Exchange-Online-Token (https://outlook.office365.com, outlook.office.com, ps.outlook.com); ein Graph-Token (https://graph.microsoft.com), etwa aus Mail.Read oder einem Graph-Scope, erhält ein knappes AUTHENTICATE failed / 535 5.7.3."
        ),
        signals: &[
            t!("aud https://graph.microsoft.com / 00000003-0000-0000-c000-000000000000", "aud https://graph.microsoft.com / 00000003-0000-0000-c000-000000000000"),
            t!("roles Mail.Read / Mail.Send on IMAP/SMTP", "roles Mail.Read / Mail.Send bei IMAP/SMTP"),
        ],
        questions: &[TOKEN_AVAILABLE, SCOPE_SENT, PROTOCOL],
        steps: &[ENTRA_SCOPE_EXCHANGE_DEFAULT, ENTRA_ADD_EXCHANGE_APP_PERMISSION, TOKEN_CHECK_CLAIMS],
        docs: &[IMAPOAUTH, CLAIMS],
    },
    Cause {
        id: CauseId::MissingAppRole,
        stage: Stage::Token,
        link: Some(ChainLink::Token),
        title: t!("App-only token lacks the protocol's role", "App-Token ohne die Rolle des Protokolls"),
        summary: t!(
            "The app-only token has no IMAP.AccessAsApp / POP.AccessAsApp / SMTP.SendAsApp role: add the Application permission and grant admin consent.",
            "Das App-Token hat keine Rolle IMAP.AccessAsApp / POP.AccessAsApp / SMTP.SendAsApp: Fügen Sie die Anwendungsberechtigung hinzu und erteilen Sie die Administratorzustimmung."
        ),
        explanation: t!(
            "Entra issues client-credentials tokens even when nothing is granted; roles is then empty or lacks the protocol's permission (IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp; EWS full_access_as_app), and Exchange rejects the login. Just granted? A token from before may still be in use.",
            "Entra stellt Client-Credentials-Token auch aus, wenn nichts gewährt ist; roles ist dann leer oder ohne die Berechtigung des Protokolls (IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp; EWS full_access_as_app), und Exchange lehnt ab. Gerade erst gewährt? Dann ist evtl. noch ein älteres Token im Einsatz."
        ),
        signals: &[
            t!("idtyp app, roles missing or without IMAP.AccessAsApp / POP.AccessAsApp / SMTP.SendAsApp", "idtyp app, roles fehlt oder ohne IMAP.AccessAsApp / POP.AccessAsApp / SMTP.SendAsApp"),
        ],
        questions: &[TOKEN_AVAILABLE, ADMIN_CONSENT_STATUS],
        steps: &[ENTRA_ADD_EXCHANGE_APP_PERMISSION, ENTRA_GRANT_ADMIN_CONSENT, RESTART_SERVICE_FRESH_TOKEN, TOKEN_CHECK_CLAIMS],
        docs: &[IMAPOAUTH, CCFLOW, CLAIMS],
    },
    Cause {
        id: CauseId::TokenExpiredOrCached,
        stage: Stage::Token,
        link: Some(ChainLink::Token),
        title: t!("Token expired or cached from before the fix", "Token abgelaufen oder von vor der Korrektur"),
        summary: t!(
            "The app uses an expired token, or one issued before your fix: restart the service so it fetches a fresh token.",
            "Die App verwendet ein abgelaufenes Token oder eines von vor Ihrer Korrektur: Starten Sie den Dienst neu, damit er ein frisches Token holt."
        ),
        explanation: t!(
            "Access tokens live 60–90 minutes and keep the roles they were issued with; client credentials get no refresh token. An app that caches its token fails after a correct fix until it fetches a new one. Delegated refresh tokens can expire or be revoked (AADSTS700082, 50173, 70000).",
            "Access Token gelten 60–90 Minuten und behalten die Rollen ihrer Ausstellung; Client Credentials erhalten kein Aktualisierungstoken. Eine App mit Token-Cache scheitert nach einer korrekten Korrektur, bis sie ein neues holt. Delegierte Aktualisierungstoken können ablaufen oder widerrufen werden (AADSTS700082, 50173, 70000)."
        ),
        signals: &[
            t!("exp before the error time; iat before the permission change", "exp vor dem Fehlerzeitpunkt; iat vor der Berechtigungsänderung"),
            t!("AADSTS700082, AADSTS50173, AADSTS70000", "AADSTS700082, AADSTS50173, AADSTS70000"),
        ],
        questions: &[CHANGED_AT, SERVICE_RESTARTED],
        steps: &[RESTART_SERVICE_FRESH_TOKEN, TOKEN_CHECK_CLAIMS],
        docs: &[ATOK, CCFLOW, CLAIMS],
    },
    Cause {
        id: CauseId::ServicePrincipalNotRegisteredInExchange,
        stage: Stage::Exchange,
        link: Some(ChainLink::ExchangeServicePrincipal),
        title: t!("Service principal not registered in Exchange", "Dienstprinzipal nicht in Exchange registriert"),
        summary: t!(
            "Exchange Online does not know your app: the service principal was never registered with New-ServicePrincipal.",
            "Exchange Online kennt Ihre App nicht: Der Dienstprinzipal wurde nie mit New-ServicePrincipal registriert."
        ),
        explanation: t!(
            "Entra issues a valid token with the right role, but Exchange authorises separately and needs its own pointer to the service principal (New-ServicePrincipal) before mailbox permissions can exist. Without it IMAP/POP answer AUTHENTICATE failed — some logs say \"LogonDenied\" (field reports, not documented).",
            "Entra stellt ein gültiges Token mit der richtigen Rolle aus, aber Exchange autorisiert getrennt und braucht einen eigenen Verweis auf den Dienstprinzipal (New-ServicePrincipal), bevor es Postfachberechtigungen geben kann. Ohne ihn antworten IMAP/POP mit AUTHENTICATE failed – manche Logs zeigen „LogonDenied“ (Praxisberichte, nicht dokumentiert)."
        ),
        signals: &[
            t!("NO AUTHENTICATE failed / 535 5.7.3 with a good app-only Exchange token", "NO AUTHENTICATE failed / 535 5.7.3 mit gutem App-Token für Exchange"),
            t!("AuthFailed:LogonDenied; Get-ServicePrincipal lists no entry for the AppId", "AuthFailed:LogonDenied; Get-ServicePrincipal listet keinen Eintrag für die AppId"),
        ],
        questions: &[SP_REGISTERED, MAILBOX],
        steps: &[EXO_CONNECT, ENTRA_FIND_SP_OBJECT_ID, EXO_NEW_SERVICE_PRINCIPAL, EXO_ADD_MAILBOX_PERMISSION, WAIT_REPLICATION],
        docs: &[IMAPOAUTH, NEWSP, GETSP],
    },
    Cause {
        id: CauseId::WrongObjectId,
        stage: Stage::Exchange,
        link: Some(ChainLink::ExchangeServicePrincipal),
        title: t!("Wrong object id given to New-ServicePrincipal", "Falsche Objekt-ID an New-ServicePrincipal übergeben"),
        summary: t!(
            "New-ServicePrincipal got the App registration's object id (or the client id) instead of the Enterprise application's object id.",
            "New-ServicePrincipal erhielt die Objekt-ID der App-Registrierung (oder die Client-ID) statt der Objekt-ID der Unternehmensanwendung."
        ),
        explanation: t!(
            "The portal shows two object ids: App registrations (the application object, useless here) and Enterprise applications (the service principal = -ObjectId = an app-only token's oid). With the wrong one authentication fails; PowerShell may say AADServicePrincipalNotFound (field reports, not documented by Microsoft).",
            "Das Portal zeigt zwei Objekt-IDs: App-Registrierungen (das Anwendungsobjekt, hier nutzlos) und Unternehmensanwendungen (der Dienstprinzipal = -ObjectId = oid eines App-Tokens). Mit der falschen scheitert die Authentifizierung; PowerShell meldet evtl. AADServicePrincipalNotFound (Praxisberichte, nicht von Microsoft dokumentiert)."
        ),
        signals: &[
            t!("AADServicePrincipalNotFound / ServicePrincipalNotFound", "AADServicePrincipalNotFound / ServicePrincipalNotFound"),
            t!("-ObjectId/-ServiceId ≠ token oid, or = client id", "-ObjectId/-ServiceId ≠ oid im Token oder = Client-ID"),
        ],
        questions: &[OBJECT_ID_PASSED, SP_REGISTERED],
        steps: &[EXO_CONNECT, ENTRA_FIND_SP_OBJECT_ID, EXO_GET_SERVICE_PRINCIPAL, EXO_REMOVE_SERVICE_PRINCIPAL, EXO_NEW_SERVICE_PRINCIPAL, EXO_ADD_MAILBOX_PERMISSION, WAIT_REPLICATION],
        docs: &[NEWSP, IMAPOAUTH, REMSP, GETSP],
    },
    Cause {
        id: CauseId::MailboxPermissionMissing,
        stage: Stage::Exchange,
        link: Some(ChainLink::MailboxPermission),
        title: t!("Mailbox permission missing", "Postfachberechtigung fehlt"),
        summary: t!(
            "Exchange knows the app, but it has no FullAccess on this mailbox: run Add-MailboxPermission.",
            "Exchange kennt die App, aber sie hat kein FullAccess auf dieses Postfach: Führen Sie Add-MailboxPermission aus."
        ),
        explanation: t!(
            "App-only IMAP/POP access is per mailbox: the registered service principal needs FullAccess on exactly the user= mailbox, or the login is denied (or \"User is authenticated but not connected\"). For Graph/EWS an RBAC or Application Access Policy scope that excludes the mailbox does the same.",
            "App-Zugriff per IMAP/POP gilt pro Postfach: Der registrierte Dienstprinzipal braucht FullAccess auf genau das Postfach in user=, sonst wird die Anmeldung verweigert (oder „User is authenticated but not connected“). Bei Graph/EWS wirkt ein RBAC- oder Application-Access-Policy-Bereich ohne das Postfach genauso."
        ),
        signals: &[
            t!("AUTHENTICATE failed / LogonDenied with a registered service principal", "AUTHENTICATE failed / LogonDenied bei registriertem Dienstprinzipal"),
            t!("BAD User is authenticated but not connected; ErrorAccessDenied", "BAD User is authenticated but not connected; ErrorAccessDenied"),
        ],
        questions: &[FULLACCESS_GRANTED, MAILBOX],
        steps: &[EXO_CONNECT, EXO_ADD_MAILBOX_PERMISSION, EXO_TEST_SP_AUTHORIZATION, WAIT_REPLICATION],
        docs: &[IMAPOAUTH, ADDMBXPERM, APPRBAC, GRAPHAAP, TESTSPA],
    },
    Cause {
        id: CauseId::ReplicationDelay,
        stage: Stage::Exchange,
        link: Some(ChainLink::MailboxPermission),
        title: t!("Change not replicated yet", "Änderung noch nicht repliziert"),
        summary: t!(
            "The fix is minutes old and Exchange has not applied it yet: wait up to an hour, then retry with a fresh token.",
            "Die Korrektur ist wenige Minuten alt, und Exchange hat sie noch nicht übernommen: Warten Sie bis zu einer Stunde und versuchen Sie es mit frischem Token erneut."
        ),
        explanation: t!(
            "New service principals and permissions reach Exchange with a delay: up to 60 minutes, usually 5–15 (experience, not documented by Microsoft); RBAC for Applications caches 30 minutes to 2 hours. The setup is right; unlike a missing permission, only the change is too recent.",
            "Neue Dienstprinzipale und Berechtigungen erreichen Exchange verzögert: bis zu 60 Minuten, meist 5–15 (Erfahrungswert, nicht von Microsoft dokumentiert); RBAC für Anwendungen speichert 30 Minuten bis 2 Stunden zwischen. Die Einrichtung stimmt; anders als bei fehlender Berechtigung ist nur die Änderung zu frisch."
        ),
        signals: &[
            t!("permission change less than ~60 minutes before the failure", "Berechtigungsänderung weniger als ~60 Minuten vor dem Fehler"),
        ],
        questions: &[CHANGED_AT, SERVICE_RESTARTED],
        steps: &[RESTART_SERVICE_FRESH_TOKEN, EXO_CONNECT, EXO_GET_SERVICE_PRINCIPAL, WAIT_REPLICATION],
        docs: &[APPRBAC, IMAPOAUTH],
    },
    Cause {
        id: CauseId::ProtocolDisabledOnMailbox,
        stage: Stage::Exchange,
        link: Some(ChainLink::Protocol),
        title: t!("Protocol disabled on the mailbox", "Protokoll am Postfach deaktiviert"),
        summary: t!(
            "The protocol is switched off for this mailbox: enable IMAP/POP or SMTP AUTH with Set-CASMailbox.",
            "Das Protokoll ist für dieses Postfach ausgeschaltet: Aktivieren Sie IMAP/POP oder SMTP AUTH mit Set-CASMailbox."
        ),
        explanation: t!(
            "Each mailbox has its own switches (ImapEnabled, PopEnabled, SmtpClientAuthenticationDisabled, EwsEnabled). With the protocol off the login fails however good token and permissions are; SMTP may say \"disabled for the Mailbox\" (5.7.139). Other mailboxes keep working unless the switch is the organisation's. EWS is being retired in Exchange Online: from 1 October 2026 it is turned off tenant by tenant unless the organisation's EwsEnabled is True and the app's client id is in EwsAllowedAppIDs; on 1 April 2027 it ends for good, so move the app to Microsoft Graph.",
            "Jedes Postfach hat eigene Schalter (ImapEnabled, PopEnabled, SmtpClientAuthenticationDisabled, EwsEnabled). Ist das Protokoll aus, scheitert die Anmeldung trotz gutem Token und Berechtigungen; SMTP meldet ggf. „disabled for the Mailbox“ (5.7.139). Andere Postfächer funktionieren weiter, es sei denn, der Schalter ist der der Organisation. EWS wird in Exchange Online abgeschaltet: ab dem 1. Oktober 2026 Mandant für Mandant, es sei denn, EwsEnabled der Organisation ist True und die Client-ID der App steht in EwsAllowedAppIDs; am 1. April 2027 endet es endgültig, die App muss also auf Microsoft Graph umziehen."
        ),
        signals: &[
            t!("535 5.7.139 … disabled for the Mailbox", "535 5.7.139 … disabled for the Mailbox"),
            t!("ImapEnabled/PopEnabled False; SmtpClientAuthenticationDisabled True", "ImapEnabled/PopEnabled False; SmtpClientAuthenticationDisabled True"),
        ],
        questions: &[CAS_SETTINGS, PROTOCOL],
        steps: &[EXO_CONNECT, EXO_CHECK_CAS_MAILBOX, EXO_ENABLE_IMAP, EXO_ENABLE_POP, EXO_ENABLE_SMTP_AUTH_MAILBOX, EXO_EWS_ALLOWED],
        docs: &[SETCAS, SMTP_AUTH, EWS_RETIRE],
    },
    Cause {
        id: CauseId::SmtpAuthDisabledTenant,
        stage: Stage::Exchange,
        link: Some(ChainLink::Protocol),
        title: t!("SMTP AUTH disabled for the tenant", "SMTP AUTH für den Mandanten deaktiviert"),
        summary: t!(
            "SMTP AUTH is disabled for the whole organisation: allow it for the sending mailbox.",
            "SMTP AUTH ist für die gesamte Organisation deaktiviert: Erlauben Sie es für das sendende Postfach."
        ),
        explanation: t!(
            "535 5.7.139 \"SmtpClientAuthentication is disabled for the Tenant\": SMTP AUTH is off organisation-wide — the default for tenants created after January 2020 — and that applies to OAuth too. Keep it off for the organisation and enable it on the sending mailbox only.",
            "535 5.7.139 „SmtpClientAuthentication is disabled for the Tenant“: SMTP AUTH ist organisationsweit aus – Standard für Mandanten ab Januar 2020 –, und das gilt auch für OAuth. Lassen Sie es organisationsweit aus und aktivieren Sie es nur für das sendende Postfach."
        ),
        signals: &[
            t!("535 5.7.139 SmtpClientAuthentication is disabled for the Tenant", "535 5.7.139 SmtpClientAuthentication is disabled for the Tenant"),
        ],
        questions: &[TRANSPORT_SMTP_AUTH, CAS_SETTINGS],
        steps: &[EXO_CONNECT, EXO_ENABLE_SMTP_AUTH_MAILBOX, EXO_ENABLE_SMTP_AUTH_TENANT],
        docs: &[SETTRANSPORT, SETCAS, SMTP_AUTH],
    },
    Cause {
        id: CauseId::SecurityDefaultsBlock,
        stage: Stage::Exchange,
        link: Some(ChainLink::Protocol),
        title: t!("Security defaults or policy reject the sign-in", "Sicherheitsstandards oder Richtlinie lehnen die Anmeldung ab"),
        summary: t!(
            "Security defaults or a sign-in policy block this (password-based) login: move the client to OAuth.",
            "Sicherheitsstandards oder eine Anmelderichtlinie blockieren diese (kennwortbasierte) Anmeldung: Stellen Sie den Client auf OAuth um."
        ),
        explanation: t!(
            "Security defaults block legacy authentication (AADSTS530035); SMTP answers 535 5.7.139 \"… security defaults policy\" or \"did not meet the criteria\" (wordings from third-party guides). It hits password logins; whether OAuth is ever affected is not confirmed.",
            "Sicherheitsstandards sperren ältere Authentifizierung (AADSTS530035); SMTP antwortet 535 5.7.139 „… security defaults policy“ oder „did not meet the criteria“ (Wortlaute aus Anleitungen Dritter). Es trifft Kennwortanmeldungen; ob OAuth je betroffen ist, ist nicht bestätigt."
        ),
        signals: &[
            t!("535 5.7.139 … security defaults policy / did not meet the criteria", "535 5.7.139 … security defaults policy / did not meet the criteria"),
            t!("AADSTS530035", "AADSTS530035"),
        ],
        questions: &[SECURITY_DEFAULTS_ON, AUTH_MECHANISM],
        steps: &[ENTRA_SIGN_IN_LOGS, ENTRA_SECURITY_DEFAULTS, CLIENT_USE_XOAUTH2],
        docs: &[SECDEF, AADSTS_REF],
    },
    Cause {
        id: CauseId::BasicAuthDeprecated,
        stage: Stage::Exchange,
        link: Some(ChainLink::Client),
        title: t!("Retired sign-in used: password (basic) or a legacy Exchange token", "Abgeschaltete Anmeldeart verwendet: Kennwort (Standardauthentifizierung) oder altes Exchange-Token"),
        summary: t!(
            "The client signs in in a way Exchange Online no longer accepts, with a username and password (or, an Outlook add-in, with a legacy Exchange token): switch it to OAuth (XOAUTH2; an add-in to nested app authentication).",
            "Der Client meldet sich auf eine Art an, die Exchange Online nicht mehr akzeptiert, mit Benutzername und Kennwort (oder, als Outlook-Add-in, mit einem alten Exchange-Token): Stellen Sie ihn auf OAuth (XOAUTH2) um, ein Add-in auf die Authentifizierung geschachtelter Apps (NAA)."
        ),
        explanation: t!(
            "Exchange Online turned off basic authentication for IMAP/POP; for SMTP AUTH it is turned off by default for existing tenants at the end of December 2026 (admins can still turn it back on until a final removal date Microsoft will announce in 2027; Message center MC786329, updated 27 January 2026). AUTH LOGIN/PLAIN or IMAP LOGIN gets \"basic authentication is disabled\", 5.7.30 or LOGIN failed whatever the password; only XOAUTH2 helps. Outlook add-ins' legacy Exchange tokens (getCallbackTokenAsync, getUserIdentityTokenAsync, makeEwsRequestAsync) were turned off for every tenant in 2025 (GenericTokenError, code 9017 or 9018).",
            "Exchange Online hat die Standardauthentifizierung für IMAP/POP abgeschaltet; für SMTP AUTH ist sie bei bestehenden Mandanten ab Ende Dezember 2026 standardmäßig aus (Administratoren können sie noch wieder einschalten, bis zu einem endgültigen Termin, den Microsoft 2027 ankündigt; Message Center MC786329, aktualisiert am 27. Januar 2026). AUTH LOGIN/PLAIN oder IMAP LOGIN erhält „basic authentication is disabled“, 5.7.30 oder LOGIN failed, egal welches Kennwort; nur XOAUTH2 hilft. Die alten Exchange-Token der Outlook-Add-ins (getCallbackTokenAsync, getUserIdentityTokenAsync, makeEwsRequestAsync) wurden 2025 für alle Mandanten abgeschaltet (GenericTokenError, Code 9017 oder 9018)."
        ),
        signals: &[
            t!("535 5.7.139 basic authentication is disabled; 550 5.7.30", "535 5.7.139 basic authentication is disabled; 550 5.7.30"),
            t!("AUTH LOGIN / AUTH PLAIN / IMAP LOGIN", "AUTH LOGIN / AUTH PLAIN / IMAP LOGIN"),
            t!("Token retrieval is not supported for this organization.", "Token retrieval is not supported for this organization."),
        ],
        questions: &[AUTH_MECHANISM],
        steps: &[CLIENT_USE_XOAUTH2],
        docs: &[IMAPOAUTH, BASIC_RETIRE, NAA_FAQ],
    },
    Cause {
        id: CauseId::SendasPermissionMissing,
        stage: Stage::Exchange,
        link: Some(ChainLink::MailboxPermission),
        title: t!("No permission to send as the From address", "Keine Berechtigung, als From-Adresse zu senden"),
        summary: t!(
            "The login worked, but the identity may not send as this From address: grant SendAs or send from the login mailbox.",
            "Die Anmeldung hat funktioniert, aber die Identität darf nicht als diese From-Adresse senden: Gewähren Sie SendAs oder senden Sie aus dem Anmeldepostfach."
        ),
        explanation: t!(
            "The login worked; the message is refused after DATA because From differs from the authenticated mailbox and no SendAs covers it (5.7.60, 554 5.2.252 SendAsDenied; wordings from field reports). App-only SMTP needs SendAs for the service principal on that sender.",
            "Die Anmeldung gelang; die Nachricht wird nach DATA abgelehnt, weil From vom angemeldeten Postfach abweicht und kein SendAs das abdeckt (5.7.60, 554 5.2.252 SendAsDenied; Wortlaute aus Praxisberichten). App-SMTP braucht SendAs für den Dienstprinzipal auf diesen Absender."
        ),
        signals: &[
            t!("5.7.60 SMTP; Client does not have permissions to send as this sender", "5.7.60 SMTP; Client does not have permissions to send as this sender"),
            t!("554 5.2.252 SendAsDenied; SendAsDeniedException; ErrorSendAsDenied", "554 5.2.252 SendAsDenied; SendAsDeniedException; ErrorSendAsDenied"),
        ],
        questions: &[FROM_ADDRESS, MAILBOX],
        steps: &[EXO_CONNECT, EXO_ADD_SENDAS, WAIT_REPLICATION, CLIENT_USER_MATCHES_MAILBOX],
        docs: &[ADDRECIPPERM, IMAPOAUTH],
    },
    Cause {
        id: CauseId::WrongUsernameInXoauth2,
        stage: Stage::Exchange,
        link: Some(ChainLink::Client),
        title: t!("Wrong mailbox in XOAUTH2 user=", "Falsches Postfach in XOAUTH2 user="),
        summary: t!(
            "user= in the XOAUTH2 login names a different mailbox than the one the token or permissions are for.",
            "user= in der XOAUTH2-Anmeldung nennt ein anderes Postfach als das, für das Token oder Berechtigungen gelten."
        ),
        explanation: t!(
            "Exchange opens the mailbox named in user=: for a delegated token the signed-in user or a mailbox they have FullAccess on, for an app-only token one the service principal has FullAccess on. An admin authorised instead of the mailbox, an alias or a typo gives AUTHENTICATE failed or \"not connected\".",
            "Exchange öffnet das Postfach in user=: bei einem delegierten Token den angemeldeten Benutzer oder ein Postfach mit dessen FullAccess, bei einem App-Token eines mit FullAccess des Dienstprinzipals. Ein statt des Postfachs autorisierter Administrator, ein Alias oder Tippfehler ergibt AUTHENTICATE failed oder „not connected“."
        ),
        signals: &[
            t!("user= ≠ token upn / mailbox / From", "user= ≠ upn im Token / Postfach / From"),
            t!("BAD User is authenticated but not connected", "BAD User is authenticated but not connected"),
        ],
        questions: &[XOAUTH2_USER, MAILBOX, TOKEN_AVAILABLE],
        steps: &[EXO_CONNECT, EXO_CHECK_MAILBOX, CLIENT_USER_MATCHES_MAILBOX],
        docs: &[IMAPOAUTH],
    },
    Cause {
        id: CauseId::MalformedXoauth2,
        stage: Stage::Client,
        link: Some(ChainLink::Client),
        title: t!("XOAUTH2 string built wrong", "XOAUTH2-Zeichenkette falsch gebaut"),
        summary: t!(
            "The XOAUTH2 string is malformed: build base64(\"user=…\\x01auth=Bearer …\\x01\\x01\") exactly.",
            "Die XOAUTH2-Zeichenkette ist fehlerhaft: Bauen Sie base64(\"user=…\\x01auth=Bearer …\\x01\\x01\") exakt."
        ),
        explanation: t!(
            "Exchange expects user=<mailbox>, 0x01, auth=Bearer <token>, 0x01 0x01, base64-encoded once on one line. Literal ^A or line breaks instead of 0x01, a missing \"Bearer \", double or URL-safe base64, or a token in quotes/JSON all fail with the same AUTHENTICATE failed / 535 5.7.3.",
            "Exchange erwartet user=<Postfach>, 0x01, auth=Bearer <Token>, 0x01 0x01, einmal Base64-kodiert in einer Zeile. Wörtliches ^A oder Zeilenumbrüche statt 0x01, fehlendes „Bearer “, doppeltes oder URL-sicheres Base64 oder ein Token in Anführungszeichen/JSON scheitern alle mit demselben AUTHENTICATE failed / 535 5.7.3."
        ),
        signals: &[
            t!("XOAUTH2 blob without \\x01 separators, \"Bearer\" or trailing \\x01\\x01", "XOAUTH2-Blob ohne \\x01-Trenner, „Bearer“ oder abschließendes \\x01\\x01"),
        ],
        questions: &[TOKEN_AVAILABLE, CLIENT_LIBRARY],
        steps: &[CLIENT_XOAUTH2_FORMAT],
        docs: &[IMAPOAUTH, XOAUTH2_SPEC],
    },
    Cause {
        id: CauseId::MailboxUnlicensedOrMissing,
        stage: Stage::Exchange,
        link: Some(ChainLink::MailboxPermission),
        title: t!("No Exchange Online mailbox", "Kein Exchange-Online-Postfach"),
        summary: t!(
            "There is no reachable Exchange Online mailbox for this address: unlicensed, soft-deleted or on-premises.",
            "Für diese Adresse gibt es kein erreichbares Exchange-Online-Postfach: ohne Lizenz, vorläufig gelöscht oder lokal."
        ),
        explanation: t!(
            "Token and permissions can be right while the target is no Exchange Online mailbox: no Exchange licence, soft-deleted or inactive, still on-premises or still being provisioned. Graph says MailboxNotEnabledForRESTAPI; Get-Mailbox tells.",
            "Token und Berechtigungen können stimmen, während das Ziel kein Exchange-Online-Postfach ist: keine Exchange-Lizenz, vorläufig gelöscht oder inaktiv, noch lokal oder noch in Bereitstellung. Graph meldet MailboxNotEnabledForRESTAPI; Get-Mailbox zeigt es."
        ),
        signals: &[
            t!("MailboxNotEnabledForRESTAPI", "MailboxNotEnabledForRESTAPI"),
            t!("inactive, soft-deleted, or hosted on-premise", "inactive, soft-deleted, or hosted on-premise"),
        ],
        questions: &[MAILBOX_TYPE, MAILBOX],
        steps: &[EXO_CONNECT, EXO_CHECK_MAILBOX],
        docs: &[GRAPHAAP],
    },
    Cause {
        id: CauseId::EwsImpersonationHeaderMismatch,
        stage: Stage::Exchange,
        link: Some(ChainLink::Client),
        title: t!("EWS impersonation header does not fit the token", "EWS-Impersonation-Header passt nicht zum Token"),
        summary: t!(
            "EWS needs the ExchangeImpersonation header with an app-only token (and must not get it with a delegated one).",
            "EWS braucht bei einem App-Token den ExchangeImpersonation-Header (und darf ihn bei einem delegierten nicht erhalten)."
        ),
        explanation: t!(
            "An app-only EWS token (full_access_as_app) has no user, so each request must name the mailbox through ExchangeImpersonation; a delegated token already names the user and must not impersonate. Header right but still denied? Check full_access_as_app and RBAC/Application Access Policy scopes.",
            "Ein App-Token für EWS (full_access_as_app) hat keinen Benutzer, also muss jede Anfrage das Postfach per ExchangeImpersonation nennen; ein delegiertes Token nennt den Benutzer schon und darf keine Impersonation anfordern. Header richtig, aber trotzdem verweigert? full_access_as_app und RBAC-/Application-Access-Policy-Bereiche prüfen."
        ),
        signals: &[
            t!("ExchangeImpersonation SOAP header must be present for this type of OAuth token", "ExchangeImpersonation SOAP header must be present for this type of OAuth token"),
            t!("ErrorImpersonateUserDenied", "ErrorImpersonateUserDenied"),
        ],
        questions: &[EWS_IMPERSONATION_SET, FLOW],
        steps: &[ENTRA_ADD_EXCHANGE_APP_PERMISSION, EXO_TEST_SP_AUTHORIZATION, CLIENT_EWS_IMPERSONATION],
        docs: &[GRAPHAAP, APPRBAC],
    },
    Cause {
        id: CauseId::ExchangeAdminRbacMissing,
        stage: Stage::Exchange,
        link: Some(ChainLink::ExchangeServicePrincipal),
        title: t!("Admin lacks the Exchange role for New-ServicePrincipal", "Administrator fehlt die Exchange-Rolle für New-ServicePrincipal"),
        summary: t!(
            "Your admin account cannot run New-ServicePrincipal: it lacks an Exchange administrator role.",
            "Ihr Administratorkonto kann New-ServicePrincipal nicht ausführen: Ihm fehlt eine Exchange-Administratorrolle."
        ),
        explanation: t!(
            "Exchange Online PowerShell loads only the cmdlets your roles allow. Without Exchange Administrator (or Organization Management) New-ServicePrincipal is missing (\"not recognized\") or fails; Microsoft's article names missing Exchange permissions as the reason. The app is fine; the admin session is not.",
            "Exchange Online PowerShell lädt nur die Cmdlets, die Ihre Rollen erlauben. Ohne Exchange-Administrator (oder Organization Management) fehlt New-ServicePrincipal („nicht erkannt“) oder scheitert; Microsofts Artikel nennt fehlende Exchange-Berechtigungen als Grund. Die App ist in Ordnung; die Administratorsitzung nicht."
        ),
        signals: &[
            t!("The term 'New-ServicePrincipal' is not recognized", "The term 'New-ServicePrincipal' is not recognized"),
        ],
        questions: &[ADMIN_ROLES],
        steps: &[EXO_ADMIN_ROLE, EXO_CONNECT],
        docs: &[IMAPOAUTH, CONNEXO],
    },
    Cause {
        id: CauseId::ApplicationAccessPolicyBlock,
        stage: Stage::Exchange,
        link: Some(ChainLink::MailboxPermission),
        title: t!("Application Access Policy or RBAC scope excludes the mailbox", "Anwendungszugriffsrichtlinie oder RBAC-Bereich schließt das Postfach aus"),
        summary: t!(
            "An Application Access Policy (or an RBAC for Applications scope) keeps the app out of this mailbox: the sign-in works, the mailbox is refused.",
            "Eine Anwendungszugriffsrichtlinie (oder ein Bereich von RBAC für Anwendungen) hält die App von diesem Postfach fern: Die Anmeldung gelingt, das Postfach wird verweigert."
        ),
        explanation: t!(
            "An app with Mail.* or full_access_as_app may open every mailbox unless Exchange restricts it: an Application Access Policy (RestrictAccess/DenyAccess on a mail-enabled security group) or an RBAC for Applications management scope. Graph and EWS then answer 403 ErrorAccessDenied, \"Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.\" Put the mailbox into the policy's group or scope; changes can take an hour or more to reach Graph and EWS.",
            "Eine App mit Mail.* oder full_access_as_app darf jedes Postfach öffnen, außer Exchange schränkt sie ein: mit einer Anwendungszugriffsrichtlinie (RestrictAccess/DenyAccess auf eine E-Mail-aktivierte Sicherheitsgruppe) oder einem Verwaltungsbereich von RBAC für Anwendungen. Graph und EWS antworten dann 403 ErrorAccessDenied, „Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.“ Nehmen Sie das Postfach in die Gruppe bzw. den Bereich der Richtlinie auf; Änderungen können eine Stunde oder länger brauchen, bis Graph und EWS sie übernehmen."
        ),
        signals: &[
            t!("Blocked by tenant configured AppOnly AccessPolicy settings", "Blocked by tenant configured AppOnly AccessPolicy settings"),
            t!("Access to OData is disabled", "Access to OData is disabled"),
        ],
        questions: &[APP_ACCESS_POLICY, MAILBOX],
        steps: &[EXO_CONNECT, EXO_TEST_SP_AUTHORIZATION, EXO_GET_APP_ACCESS_POLICY, EXO_TEST_APP_ACCESS_POLICY],
        docs: &[GRAPHAAP, APPRBAC, NEWAAP, TESTAAP],
    },
    Cause {
        id: CauseId::ExchangeThrottlingLimit,
        stage: Stage::Exchange,
        link: Some(ChainLink::Protocol),
        title: t!("Exchange Online connection or sending limit reached", "Verbindungs- oder Sendegrenze von Exchange Online erreicht"),
        summary: t!(
            "The app opens too many connections or sends too fast for one mailbox: Exchange Online throttles it until it slows down.",
            "Die App öffnet zu viele Verbindungen oder sendet zu schnell für ein Postfach: Exchange Online drosselt sie, bis sie langsamer wird."
        ),
        explanation: t!(
            "Exchange Online limits each mailbox: concurrent SMTP AUTH connections (432 4.3.2 Concurrent connections limit exceeded; STOREDRV.ClientSubmit sender thread limit exceeded), 30 messages a minute and 10,000 recipients a day for client submission, concurrent EWS connections (ErrorExceededConnectionCount) and Graph requests per app and mailbox (429 ApplicationThrottled, MailboxConcurrency). The configuration is right; fewer parallel connections, sequential sending and back-off fix it.",
            "Exchange Online begrenzt jedes Postfach: gleichzeitige SMTP-AUTH-Verbindungen (432 4.3.2 Concurrent connections limit exceeded; STOREDRV.ClientSubmit sender thread limit exceeded), 30 Nachrichten pro Minute und 10.000 Empfänger pro Tag bei der Clientübermittlung, gleichzeitige EWS-Verbindungen (ErrorExceededConnectionCount) und Graph-Anfragen je App und Postfach (429 ApplicationThrottled, MailboxConcurrency). Die Konfiguration stimmt; weniger parallele Verbindungen, Senden nacheinander und Wartezeiten beheben es."
        ),
        signals: &[
            t!("432 4.3.2 Concurrent connections limit exceeded", "432 4.3.2 Concurrent connections limit exceeded"),
            t!("ErrorExceededConnectionCount", "ErrorExceededConnectionCount"),
        ],
        questions: &[PARALLEL_CONNECTIONS, WORKED_BEFORE],
        steps: &[CLIENT_REDUCE_CONCURRENCY],
        docs: &[SMTP_DEVICE, EWS_THROTTLING, GRAPH_THROTTLING],
    },
    Cause {
        id: CauseId::SenderOutboundRestricted,
        stage: Stage::Exchange,
        link: Some(ChainLink::Protocol),
        title: t!("Sender or tenant blocked from sending", "Absender oder Mandant für das Senden gesperrt"),
        summary: t!(
            "Exchange Online refuses outbound mail from this sender or tenant: the sender is restricted for spam, or the whole tenant is.",
            "Exchange Online verweigert ausgehende Mail dieses Absenders oder Mandanten: Der Absender ist wegen Spam eingeschränkt, oder der ganze Mandant ist es."
        ),
        explanation: t!(
            "After outbound spam (often a compromised account or a runaway job) Exchange Online puts the user on the Restricted entities list: 550 5.1.8 Access denied, bad outbound sender, or 5.7.501–5.7.503 Access denied, spam abuse detected. 5.7.705 (tenant has exceeded threshold) and 5.7.708 (traffic not accepted from this IP; typical for new tenants) restrict the whole tenant. Authentication is fine; releasing the user (after fixing why it sent spam) or Microsoft support lifts it.",
            "Nach ausgehendem Spam (oft ein kompromittiertes Konto oder ein außer Kontrolle geratener Job) setzt Exchange Online den Benutzer auf die Liste der eingeschränkten Entitäten: 550 5.1.8 Access denied, bad outbound sender, oder 5.7.501–5.7.503 Access denied, spam abuse detected. 5.7.705 (Mandant hat den Schwellenwert überschritten) und 5.7.708 (traffic not accepted from this IP; typisch für neue Mandanten) schränken den ganzen Mandanten ein. Die Authentifizierung ist in Ordnung; die Freigabe des Benutzers (nachdem die Spam-Ursache behoben ist) oder der Microsoft-Support hebt es auf."
        ),
        signals: &[
            t!("550 5.1.8 Access denied, bad outbound sender", "550 5.1.8 Access denied, bad outbound sender"),
            t!("5.7.708 Access denied, traffic not accepted from this IP", "5.7.708 Access denied, traffic not accepted from this IP"),
        ],
        questions: &[SENDER_RESTRICTED, FROM_ADDRESS],
        steps: &[EXO_CONNECT, EXO_RELEASE_BLOCKED_SENDER],
        docs: &[NDR_EXO, GETBLOCKED, REMBLOCKED],
    },
    Cause {
        id: CauseId::TlsVersionUnsupported,
        stage: Stage::Client,
        link: Some(ChainLink::Client),
        title: t!("Client offers only TLS 1.0/1.1", "Client bietet nur TLS 1.0/1.1 an"),
        summary: t!(
            "The client connects with TLS 1.0 or 1.1, which Exchange Online no longer accepts: it needs TLS 1.2 or later.",
            "Der Client verbindet sich mit TLS 1.0 oder 1.1, die Exchange Online nicht mehr annimmt: Er braucht TLS 1.2 oder neuer."
        ),
        explanation: t!(
            "Exchange Online refuses TLS 1.0 and 1.1 (SMTP: 421 4.7.66 TLS 1.0 and 1.1 are not supported; elsewhere the TLS handshake fails). Old devices, old .NET Framework defaults, old Java or OpenSSL offer nothing newer, so the connection ends before any sign-in. Nothing in Entra or Exchange changes that; the client's runtime must offer TLS 1.2.",
            "Exchange Online lehnt TLS 1.0 und 1.1 ab (SMTP: 421 4.7.66 TLS 1.0 and 1.1 are not supported; sonst scheitert der TLS-Handshake). Alte Geräte, alte Voreinstellungen von .NET Framework, altes Java oder OpenSSL bieten nichts Neueres an, also endet die Verbindung vor jeder Anmeldung. Nichts in Entra oder Exchange ändert das; die Laufzeit des Clients muss TLS 1.2 anbieten."
        ),
        signals: &[
            t!("421 4.7.66 TLS 1.0 and 1.1 are not supported", "421 4.7.66 TLS 1.0 and 1.1 are not supported"),
        ],
        questions: &[TLS_CLIENT_VERSION, CLIENT_LIBRARY],
        steps: &[CLIENT_ENABLE_TLS12],
        docs: &[SMTP_DEVICE, DOTNET_TLS],
    },
    Cause {
        id: CauseId::TlsModeMismatch,
        stage: Stage::Client,
        link: Some(ChainLink::Client),
        title: t!("Wrong TLS mode for the port", "Falscher TLS-Modus für den Port"),
        summary: t!(
            "The client starts TLS the wrong way for its port: SMTP on 587 needs STARTTLS, IMAP on 993 and POP on 995 need TLS from the first byte.",
            "Der Client beginnt TLS auf die falsche Art für seinen Port: SMTP auf 587 braucht STARTTLS, IMAP auf 993 und POP auf 995 brauchen TLS ab dem ersten Byte."
        ),
        explanation: t!(
            "smtp.office365.com:587 starts in plain text and offers AUTH only after STARTTLS; outlook.office365.com:993 (IMAP) and :995 (POP) expect TLS immediately. A client set to \"SSL/TLS\" (implicit TLS, SslOnConnect) on 587 fails in the handshake (OpenSSL \"wrong version number\", \"SSL23_GET_SERVER_HELLO:unknown protocol\", Go \"first record does not look like a TLS handshake\"); one that never sends STARTTLS sees no AUTH (\"SMTP AUTH extension not supported by server\") or gets \"5.7.3 STARTTLS is required\" / \"530 5.7.0 Must issue a STARTTLS command first\". Nothing reached the sign-in; the token, app and mailbox may all be fine.",
            "smtp.office365.com:587 beginnt im Klartext und bietet AUTH erst nach STARTTLS an; outlook.office365.com:993 (IMAP) und :995 (POP) erwarten sofort TLS. Ein Client, der auf 587 „SSL/TLS“ (implizites TLS, SslOnConnect) nutzt, scheitert im Handshake (OpenSSL „wrong version number“, „SSL23_GET_SERVER_HELLO:unknown protocol“, Go „first record does not look like a TLS handshake“); einer, der nie STARTTLS sendet, sieht kein AUTH („SMTP AUTH extension not supported by server“) oder erhält „5.7.3 STARTTLS is required“ / „530 5.7.0 Must issue a STARTTLS command first“. Nichts hat die Anmeldung erreicht; Token, App und Postfach können alle stimmen."
        ),
        signals: &[
            t!("530 5.7.0 Must issue a STARTTLS command first", "530 5.7.0 Must issue a STARTTLS command first"),
            t!("ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number", "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number"),
        ],
        questions: &[TLS_PORT_MODE, CLIENT_LIBRARY],
        steps: &[CLIENT_TLS_MODE],
        docs: &[SMTP_DEVICE, IMAP_POP_SETTINGS],
    },
    Cause {
        id: CauseId::MeEndpointWithAppOnlyToken,
        stage: Stage::Client,
        link: Some(ChainLink::Client),
        title: t!("Graph /me called with an app-only token", "Graph /me mit einem App-only-Token aufgerufen"),
        summary: t!(
            "The app calls Graph's /me with a client-credentials token, which has no signed-in user: call /users/<mailbox> instead.",
            "Die App ruft Graphs /me mit einem Token aus Clientanmeldeinformationen auf, das keinen angemeldeten Benutzer hat: Rufen Sie stattdessen /users/<Postfach> auf."
        ),
        explanation: t!(
            "/me means the signed-in user. A token from the client credentials flow belongs to the app alone, so Graph answers 400 BadRequest, \"/me request is only valid with delegated authentication flow.\" Token, permission and mailbox can all be right; the request must name the mailbox (/users/{id or address}/…), or the app must use a delegated flow if it should act as a user.",
            "/me bedeutet den angemeldeten Benutzer. Ein Token aus dem Ablauf mit Clientanmeldeinformationen gehört nur der App, also antwortet Graph 400 BadRequest, „/me request is only valid with delegated authentication flow.“ Token, Berechtigung und Postfach können stimmen; die Anfrage muss das Postfach nennen (/users/{ID oder Adresse}/…), oder die App nutzt einen delegierten Ablauf, wenn sie als Benutzer handeln soll."
        ),
        signals: &[
            t!("/me request is only valid with delegated authentication flow", "/me request is only valid with delegated authentication flow"),
        ],
        questions: &[GRAPH_REQUEST_URL, FLOW],
        steps: &[CLIENT_GRAPH_USERS_PATH],
        docs: &[GRAPH_APP_ONLY, CCFLOW],
    },
    Cause {
        id: CauseId::ClientSaslPluginError,
        stage: Stage::Client,
        link: Some(ChainLink::Client),
        title: t!("Local SASL/XOAUTH2 plugin failure", "Lokaler Fehler im SASL/XOAUTH2-Plugin"),
        summary: t!(
            "The client's own XOAUTH2 machinery failed before anything reached Exchange.",
            "Die XOAUTH2-Technik des Clients ist gescheitert, bevor etwas Exchange erreichte."
        ),
        explanation: t!(
            "Clients that add XOAUTH2 through a plugin (e.g. sasl-xoauth2 for Postfix) or a token callback fail locally when the plugin is missing, its token file is unreadable or stale, or the callback throws. The log shows a local error and no server reply.",
            "Clients, die XOAUTH2 per Plugin (z. B. sasl-xoauth2 für Postfix) oder Token-Callback ergänzen, scheitern lokal, wenn das Plugin fehlt, die Token-Datei unlesbar oder veraltet ist oder der Callback eine Ausnahme wirft. Das Log zeigt einen lokalen Fehler und keine Serverantwort."
        ),
        signals: &[
            t!("SASL / XOAUTH2 / TokenStore error without a server reply", "SASL-/XOAUTH2-/TokenStore-Fehler ohne Serverantwort"),
        ],
        questions: &[CLIENT_LIBRARY, SERVER_CONTACTED],
        steps: &[CLIENT_SASL_PLUGIN],
        docs: &[IMAPOAUTH],
    },
    Cause {
        id: CauseId::NetworkEgressBlocked,
        stage: Stage::Client,
        link: Some(ChainLink::Client),
        title: t!("Network or proxy blocks the connection", "Netzwerk oder Proxy blockiert die Verbindung"),
        summary: t!(
            "The host cannot reach login.microsoftonline.com or the mail host: a proxy or firewall is in the way.",
            "Der Host erreicht login.microsoftonline.com oder den Mailhost nicht: Ein Proxy oder eine Firewall steht im Weg."
        ),
        explanation: t!(
            "Timeouts, refused connections, TLS or proxy errors on the way to login.microsoftonline.com or the mail host mean the request never arrived; services often run without the interactive user's proxy settings. No Microsoft error code appears.",
            "Zeitüberschreitungen, abgelehnte Verbindungen, TLS- oder Proxy-Fehler auf dem Weg zu login.microsoftonline.com oder zum Mailhost heißen, dass die Anfrage nie ankam; Dienste laufen oft ohne die Proxy-Einstellungen des interaktiven Benutzers. Es erscheint kein Fehlercode von Microsoft."
        ),
        signals: &[
            t!("timed out, connection refused, proxy 407, TLS handshake failure", "timed out, connection refused, Proxy 407, TLS-Handshake-Fehler"),
        ],
        questions: &[SERVER_CONTACTED, PROXY],
        steps: &[CLIENT_NETWORK_EGRESS],
        docs: &[IMAPOAUTH],
    },
    Cause {
        id: CauseId::ServiceSideIncident,
        stage: Stage::Service,
        link: None,
        title: t!("Microsoft-side incident", "Störung bei Microsoft"),
        summary: t!(
            "The failure is on Microsoft's side: check Service health and retry later, without changing configuration.",
            "Der Fehler liegt bei Microsoft: Prüfen Sie die Dienstintegrität und versuchen Sie es später erneut, ohne die Konfiguration zu ändern."
        ),
        explanation: t!(
            "Sometimes logins fail for every app and mailbox at once and recover without any change: an outage or service-side change (temporarily_unavailable, 5xx). Changing configuration during an incident only adds problems.",
            "Manchmal scheitern Anmeldungen für alle Apps und Postfächer zugleich und erholen sich ohne Änderung: ein Ausfall oder eine Änderung beim Dienst (temporarily_unavailable, 5xx). Konfigurationsänderungen während einer Störung schaffen nur neue Probleme."
        ),
        signals: &[
            t!("temporarily_unavailable; 5xx; sudden failure without change", "temporarily_unavailable; 5xx; plötzlicher Ausfall ohne Änderung"),
        ],
        questions: &[WORKED_BEFORE],
        steps: &[SERVICE_HEALTH],
        docs: &[AADSTS_REF],
    },
];
