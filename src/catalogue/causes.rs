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
const SECDEF: &str = "https://learn.microsoft.com/entra/fundamentals/security-defaults";
const REPLY_URL: &str = "https://learn.microsoft.com/troubleshoot/azure/active-directory/error-code-aadsts50011-reply-url-mismatch";
const SMTP_AUTH: &str = "https://aka.ms/smtp_auth_disabled";
const BASIC_RETIRE: &str = "https://techcommunity.microsoft.com/blog/exchange/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth/4114750";
const XOAUTH2_SPEC: &str = "https://developers.google.com/gmail/imap/xoauth2-protocol";

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
            "The token endpoint compares client_secret with the secrets stored on the app registration and finds no match (AADSTS7000215), so no token is issued and the mail login never starts. Typical reasons are a typo, a secret of another app, a secret that was deleted, or an encoding problem in the configuration. If the secret looks like a GUID, the Secret ID was copied instead of the Value; if the secret expired, Entra says so with AADSTS7000222 instead.",
            "Der Token-Endpunkt vergleicht client_secret mit den in der App-Registrierung hinterlegten Geheimnissen und findet keine Übereinstimmung (AADSTS7000215); es wird kein Token ausgestellt, die Mailanmeldung beginnt gar nicht. Typische Gründe: Tippfehler, Geheimnis einer anderen App, gelöschtes Geheimnis oder ein Kodierungsproblem in der Konfiguration. Sieht das Geheimnis wie eine GUID aus, wurde die Geheimnis-ID statt des Werts kopiert; ist es abgelaufen, meldet Entra stattdessen AADSTS7000222."
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
            "Certificates & secrets shows two columns for each secret: Value (shown only once, right after creation) and Secret ID, a GUID. The Secret ID only names the secret; sent as client_secret it fails with AADSTS7000215 like any wrong secret. A GUID-shaped client_secret is the tell-tale sign (Entra's own wording does not mention it; this is common field experience).",
            "Zertifikate & Geheimnisse zeigt für jedes Geheimnis zwei Spalten: Wert (nur einmal direkt nach dem Anlegen sichtbar) und Geheimnis-ID, eine GUID. Die Geheimnis-ID benennt das Geheimnis nur; als client_secret gesendet scheitert sie wie jedes falsche Geheimnis mit AADSTS7000215. Ein client_secret in GUID-Form ist das Erkennungszeichen (Entras Meldung erwähnt das nicht; es ist ein verbreiteter Erfahrungswert)."
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
            "Client secrets have an end date (at most two years in the portal). After it, the token endpoint answers AADSTS7000222 and the integration stops overnight without any change. The value itself was right, so only a new secret (or a certificate credential) helps.",
            "Clientgeheimnisse haben ein Ablaufdatum (im Portal höchstens zwei Jahre). Danach antwortet der Token-Endpunkt mit AADSTS7000222, und die Integration fällt über Nacht ohne jede Änderung aus. Der Wert selbst war richtig; nur ein neues Geheimnis (oder ein Zertifikat) hilft."
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
            "With certificate authentication the app signs a short JWT (client assertion) and Entra checks it against the certificates on the app registration. A different or expired certificate, a wrong thumbprint (x5t/kid) or a broken signature gives AADSTS700027 or AADSTS50012; an assertion outside its time window gives AADSTS700024, where a wrong host clock is the neighbour cause.",
            "Bei Zertifikatsauthentifizierung signiert die App ein kurzes JWT (Client-Assertion), das Entra gegen die Zertifikate der App-Registrierung prüft. Ein anderes oder abgelaufenes Zertifikat, ein falscher Fingerabdruck (x5t/kid) oder eine defekte Signatur ergeben AADSTS700027 oder AADSTS50012; eine Assertion außerhalb ihres Zeitfensters ergibt AADSTS700024, wobei eine falsche Uhr des Hosts die benachbarte Ursache ist."
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
            "AADSTS700016 means the tenant in the token URL has no service principal for the client_id sent. Common mistakes: a mail address or display name in client_id, the object id instead of the Application (client) ID, a different tenant in the URL, or a multi-tenant app that no admin of the mailbox's tenant has consented to. Unlike tenant_not_found, the tenant exists; unlike a secret error, the app itself is unknown.",
            "AADSTS700016 bedeutet, dass der Mandant in der Token-URL keinen Dienstprinzipal für die gesendete client_id hat. Häufige Fehler: eine Mailadresse oder ein Anzeigename in client_id, die Objekt-ID statt der Anwendungs-ID (Client), ein anderer Mandant in der URL oder eine mehrinstanzenfähige App ohne Zustimmung eines Administrators im Mandanten des Postfachs. Anders als bei „Mandant nicht gefunden“ existiert der Mandant; anders als bei einem Geheimnisfehler ist die App selbst unbekannt."
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
            "Entra could not resolve the tenant segment of the URL (AADSTS90002, AADSTS900023): a typo in the GUID, an unverified domain, quotes or whitespace, or a placeholder such as {tenant} left in the configuration. AADSTS90002 also appears when a sovereign-cloud tenant is sent to the worldwide login host; then the cloud, not the id, is wrong.",
            "Entra konnte den Mandantenteil der URL nicht auflösen (AADSTS90002, AADSTS900023): Tippfehler in der GUID, eine nicht verifizierte Domäne, Anführungszeichen oder Leerzeichen oder ein in der Konfiguration stehen gebliebener Platzhalter wie {tenant}. AADSTS90002 erscheint auch, wenn ein Mandant einer nationalen Cloud an den weltweiten Anmeldehost geht; dann ist die Cloud falsch, nicht die ID."
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
            "AADSTS500011 says the resource principal named in scope or resource was not found: usually a misspelt host (outlook.office365.com), a resource of another cloud, or a request sent to the wrong tenant. The token request fails before any permission is checked; an invalid scope format is the neighbour (AADSTS70011).",
            "AADSTS500011 besagt, dass der in scope oder resource genannte Ressourcenprinzipal nicht gefunden wurde: meist ein falsch geschriebener Host (outlook.office365.com), eine Ressource einer anderen Cloud oder eine Anforderung an den falschen Mandanten. Die Tokenanforderung scheitert, bevor Berechtigungen geprüft werden; ein ungültiges Scope-Format ist die benachbarte Ursache (AADSTS70011)."
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
            "The client-credentials flow only accepts <resource>/.default; named permissions such as https://outlook.office365.com/IMAP.AccessAsApp, scopes of two resources (Graph and Exchange), typos or double URL-encoding are refused (AADSTS70011, 1002012, 700022). Delegated flows use https://outlook.office.com/IMAP.AccessAsUser.All and friends instead. The resource itself exists — otherwise AADSTS500011.",
            "Der Client-Credentials-Flow akzeptiert nur <Ressource>/.default; einzelne Berechtigungen wie https://outlook.office365.com/IMAP.AccessAsApp, Scopes zweier Ressourcen (Graph und Exchange), Tippfehler oder doppelte URL-Kodierung werden abgelehnt (AADSTS70011, 1002012, 700022). Delegierte Flows verwenden stattdessen https://outlook.office.com/IMAP.AccessAsUser.All usw. Die Ressource selbst existiert – sonst käme AADSTS500011."
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
            "Die Berechtigung hat in diesem Mandanten keine Zustimmung: Ein Administrator muss „Administratorzustimmung erteilen“ klicken."
        ),
        explanation: t!(
            "Adding a permission to the app registration only requests it; admin consent turns it into a grant. In delegated flows a missing consent stops the sign-in (AADSTS65001, 90094, 900941 for apps considered risky, 650056/650057 when the permission is not even listed). In the client-credentials flow Entra still issues a token, but without roles — Exchange then rejects it, which looks like missing_app_role.",
            "Eine Berechtigung in der App-Registrierung hinzuzufügen, beantragt sie nur; erst die Administratorzustimmung gewährt sie. In delegierten Flows stoppt fehlende Zustimmung die Anmeldung (AADSTS65001, 90094, 900941 bei als riskant eingestuften Apps, 650056/650057, wenn die Berechtigung gar nicht eingetragen ist). Im Client-Credentials-Flow stellt Entra trotzdem ein Token aus, aber ohne roles – Exchange lehnt es dann ab, was wie eine fehlende App-Rolle aussieht."
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
            "A client-credentials token only carries Application permissions, in its roles claim. If the registration lists IMAP.AccessAsUser.All or another delegated permission, the token arrives without the role Exchange checks; a token with scp instead of roles came from a user flow. The fix is the Application permission on Office 365 Exchange Online plus admin consent — not another consent click for the delegated one.",
            "Ein Client-Credentials-Token trägt nur Anwendungsberechtigungen, im Claim roles. Steht in der Registrierung IMAP.AccessAsUser.All oder eine andere delegierte Berechtigung, fehlt im Token die Rolle, die Exchange prüft; ein Token mit scp statt roles stammt aus einem Benutzer-Flow. Die Lösung ist die Anwendungsberechtigung auf Office 365 Exchange Online plus Administratorzustimmung – nicht eine weitere Zustimmung für die delegierte."
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
            "A confidential client must prove itself with client_secret or client_assertion; if neither arrives (an empty variable, a wrong field name) Entra answers AADSTS7000218. A public client (\"Allow public client flows\") must not send one, otherwise AADSTS700025. The secret's value is not the problem here — its presence is.",
            "Ein vertraulicher Client muss sich mit client_secret oder client_assertion ausweisen; kommt keines an (leere Variable, falscher Feldname), antwortet Entra mit AADSTS7000218. Ein öffentlicher Client („Öffentliche Clientflows zulassen“) darf keines senden, sonst AADSTS700025. Nicht der Wert des Geheimnisses ist hier das Problem, sondern ob es gesendet wird."
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
            "Interactive (delegated) sign-ins send a redirect_uri that must match one registered under Authentication character for character (AADSTS50011), and the app must have one at all (AADSTS500113, 900971 — wording of these two seen in field reports). This only affects user sign-ins such as Thunderbird, email-oauth2-proxy or a mail tool's \"Connect\" button; client credentials use no redirect URI.",
            "Interaktive (delegierte) Anmeldungen senden eine redirect_uri, die Zeichen für Zeichen einer unter Authentifizierung registrierten entsprechen muss (AADSTS50011), und die App muss überhaupt eine haben (AADSTS500113, 900971 – Wortlaut dieser beiden aus Praxisberichten). Das betrifft nur Benutzeranmeldungen wie Thunderbird, email-oauth2-proxy oder die Schaltfläche „Verbinden“ eines Mailtools; Client Credentials verwenden keine Umleitungs-URI."
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
            "Entra names the missing field (AADSTS900144 \"must contain the following parameter\", AADSTS90014) or answers invalid_request. Usual causes: a JSON body instead of application/x-www-form-urlencoded, an empty environment variable, a misspelt field, or a reused authorization code (AADSTS54005). It is a client bug, not a permission problem.",
            "Entra nennt das fehlende Feld (AADSTS900144 „must contain the following parameter“, AADSTS90014) oder antwortet mit invalid_request. Übliche Ursachen: JSON-Body statt application/x-www-form-urlencoded, leere Umgebungsvariable, falsch geschriebenes Feld oder ein wiederverwendeter Autorisierungscode (AADSTS54005). Es ist ein Fehler im Client, kein Berechtigungsproblem."
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
            "Single-tenant apps cannot use /common (AADSTS50194), client credentials need a specific tenant (AADSTS9001023), some resources refuse the global endpoints (AADSTS90124/90130), and personal-account-only apps point to /consumers (AADSTS9002331). Sovereign tenants (GCC High, DoD, 21Vianet) live behind their own login hosts (AADSTS90038). The app, secret and tenant may all be right — only the address is wrong.",
            "Einzelmandanten-Apps können /common nicht verwenden (AADSTS50194), Client Credentials brauchen einen bestimmten Mandanten (AADSTS9001023), manche Ressourcen lehnen die globalen Endpunkte ab (AADSTS90124/90130), und Apps nur für private Konten verweisen auf /consumers (AADSTS9002331). Mandanten nationaler Clouds (GCC High, DoD, 21Vianet) liegen hinter eigenen Anmeldehosts (AADSTS90038). App, Geheimnis und Mandant können stimmen – nur die Adresse ist falsch."
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
            "Personal accounts (outlook.com, hotmail.com) live in Microsoft's consumer tenant: no admin consent, no New-ServicePrincipal, no app-only access, and their tokens are often opaque (EwB…). A work-only app refuses them (AADSTS50020, 500201 with v1 endpoints), and a consumer-only app refuses work accounts. The account type, not a permission, is the mismatch.",
            "Private Konten (outlook.com, hotmail.com) liegen im Verbrauchermandanten von Microsoft: keine Administratorzustimmung, kein New-ServicePrincipal, kein reiner App-Zugriff, und ihre Token sind oft undurchsichtig (EwB…). Eine App nur für Geschäftskonten lehnt sie ab (AADSTS50020, 500201 bei v1-Endpunkten), eine App nur für private Konten lehnt Geschäftskonten ab. Der Kontotyp passt nicht, nicht eine Berechtigung."
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
            "Entra authenticated the client or user, but a policy refused to issue the token (AADSTS53003), or demanded a compliant or domain-joined device the service cannot offer (53000, 53001). Policies for workload identities can also block app-only sign-ins from unexpected IP addresses. The credentials are fine; the sign-in log's Conditional Access tab shows which policy failed.",
            "Entra hat Client oder Benutzer authentifiziert, aber eine Richtlinie verweigerte das Token (AADSTS53003) oder verlangte ein konformes bzw. in die Domäne eingebundenes Gerät, das der Dienst nicht bieten kann (53000, 53001). Richtlinien für Workload-Identitäten können auch App-Anmeldungen von unerwarteten IP-Adressen blockieren. Die Anmeldedaten stimmen; die Registerkarte Bedingter Zugriff im Anmeldeprotokoll zeigt die Richtlinie."
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
            "The resource-owner password (ROPC) flow cannot answer an MFA prompt. When a policy, per-user MFA or a new location demands it, Entra refuses with AADSTS50076, 50079 or 50072 (registration needed) or 50158 (external challenge). The password is right — otherwise 50126 — so resetting it does not help.",
            "Der Kennwort-Flow (ROPC) kann keine MFA-Abfrage beantworten. Verlangt eine Richtlinie, MFA pro Benutzer oder ein neuer Standort sie, lehnt Entra mit AADSTS50076, 50079 oder 50072 (Registrierung nötig) bzw. 50158 (externe Prüfung) ab. Das Kennwort stimmt – sonst käme 50126 –, ein Zurücksetzen hilft also nicht."
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
            "With grant_type=password the app sends the user's credentials to Entra; AADSTS50126 means they are wrong, AADSTS50034 that the account does not exist in this tenant. Federated accounts and expired passwords also fail here. Unlike basic_auth_deprecated the error comes from Entra's token endpoint, not from the mail server.",
            "Mit grant_type=password sendet die App die Anmeldedaten des Benutzers an Entra; AADSTS50126 heißt, sie sind falsch, AADSTS50034, dass es das Konto in diesem Mandanten nicht gibt. Auch Verbundkonten und abgelaufene Kennwörter scheitern hier. Anders als bei abgeschalteter Standardauthentifizierung kommt der Fehler vom Token-Endpunkt von Entra, nicht vom Mailserver."
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
            "For user sign-ins Entra says so directly (AADSTS50057 disabled, 50053 locked or malicious IP). With app-only IMAP the token is fine and Exchange answers only LogonDenied; field reports say a blocked user object behind the mailbox, even a shared one, can cause this (experience, not documented by Microsoft). Check it when the service principal and FullAccess are verified.",
            "Bei Benutzeranmeldungen sagt Entra es direkt (AADSTS50057 deaktiviert, 50053 gesperrt oder verdächtige IP). Bei App-IMAP ist das Token in Ordnung, und Exchange antwortet nur LogonDenied; Praxisberichten zufolge kann ein blockiertes Benutzerobjekt hinter dem Postfach, auch einem freigegebenen, das auslösen (Erfahrungswert, nicht von Microsoft dokumentiert). Prüfen Sie es, wenn Dienstprinzipal und FullAccess bestätigt sind."
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
        id: CauseId::ClockSkew,
        stage: Stage::Client,
        link: Some(ChainLink::Client),
        title: t!("Local clock is off", "Lokale Uhr geht falsch"),
        summary: t!(
            "The host's clock is off, so tokens or assertions look not yet valid or already expired.",
            "Die Uhr des Hosts geht falsch, sodass Token oder Assertions noch nicht gültig oder schon abgelaufen erscheinen."
        ),
        explanation: t!(
            "Tokens carry nbf, iat and exp as seconds since 1970; client assertions carry their own time window (AADSTS700024 when outside it). A host clock minutes off makes a fresh token look expired to a local check, or an assertion look future-dated to Entra. Validation libraries commonly allow about 5 minutes of skew (a common default, not stated by Entra).",
            "Token tragen nbf, iat und exp als Sekunden seit 1970; Client-Assertions haben ein eigenes Zeitfenster (AADSTS700024, wenn außerhalb). Eine um Minuten falsche Uhr lässt ein frisches Token bei lokaler Prüfung abgelaufen oder eine Assertion für Entra vordatiert erscheinen. Prüfbibliotheken erlauben meist etwa 5 Minuten Abweichung (üblicher Standardwert, von Entra nicht genannt)."
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
            "The token is for Microsoft Graph, but the protocol is IMAP/POP/SMTP/EWS: request https://outlook.office365.com/.default.",
            "Das Token gilt für Microsoft Graph, das Protokoll ist aber IMAP/POP/SMTP/EWS: Fordern Sie https://outlook.office365.com/.default an."
        ),
        explanation: t!(
            "Every token is for one API, named in aud. IMAP, POP, SMTP and EWS accept only Exchange Online tokens (aud https://outlook.office365.com, outlook.office.com, ps.outlook.com or 00000002-0000-0ff1-ce00-000000000000); a Graph token (https://graph.microsoft.com, 00000003-…), e.g. from Mail.Read permissions or a Graph scope, is refused with a bare AUTHENTICATE failed / 535 5.7.3. The reverse — an Exchange token sent to Graph — fails the same way.",
            "Jedes Token gilt für eine API, genannt in aud. IMAP, POP, SMTP und EWS akzeptieren nur Exchange Online-Token (aud https://outlook.office365.com, outlook.office.com, ps.outlook.com oder 00000002-0000-0ff1-ce00-000000000000); ein Graph-Token (https://graph.microsoft.com, 00000003-…), etwa aus Mail.Read-Berechtigungen oder einem Graph-Scope, wird mit einem knappen AUTHENTICATE failed / 535 5.7.3 abgelehnt. Umgekehrt scheitert ein Exchange-Token an Graph genauso."
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
            "Entra issues client-credentials tokens even when nothing is granted; the permissions then simply are missing from roles. Exchange checks for the protocol's role (IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp; EWS full_access_as_app) and rejects the login without it. If the role was just granted, a token from before the grant may still be in use.",
            "Entra stellt Client-Credentials-Token auch aus, wenn nichts gewährt ist; die Berechtigungen fehlen dann einfach in roles. Exchange prüft auf die Rolle des Protokolls (IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp; EWS full_access_as_app) und lehnt die Anmeldung ohne sie ab. Wurde die Rolle gerade erst gewährt, kann noch ein Token von vor der Zustimmung im Einsatz sein."
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
            "Access tokens live 60–90 minutes and carry the roles of the moment they were issued; client credentials never return a refresh token. An app that caches its token keeps failing after a correct fix until it fetches a new one, and one that does not renew fails once exp passes. Delegated refresh tokens can also expire or be revoked (AADSTS700082, 50173, 70000) and then need a new sign-in.",
            "Access Token gelten 60–90 Minuten und tragen die Rollen zum Zeitpunkt der Ausstellung; Client Credentials liefern nie ein Aktualisierungstoken. Eine App, die ihr Token zwischenspeichert, scheitert nach einer korrekten Korrektur weiter, bis sie ein neues holt, und eine, die nicht erneuert, scheitert nach exp. Delegierte Aktualisierungstoken können ebenfalls ablaufen oder widerrufen werden (AADSTS700082, 50173, 70000) und brauchen dann eine neue Anmeldung."
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
            "Entra authenticates the app and issues a valid token with the right role, but Exchange authorises separately: it needs its own pointer to the service principal (New-ServicePrincipal) before any mailbox permission can be given. Without it IMAP/POP answer AUTHENTICATE failed (in some logs \"AuthFailed:LogonDenied\"; that detail string is from field reports, not documented) although everything in Entra looks green. Neighbours: a pointer with the wrong object id, or missing FullAccess.",
            "Entra authentifiziert die App und stellt ein gültiges Token mit der richtigen Rolle aus, aber Exchange autorisiert getrennt: Es braucht einen eigenen Verweis auf den Dienstprinzipal (New-ServicePrincipal), bevor Postfachberechtigungen vergeben werden können. Ohne ihn antworten IMAP/POP mit AUTHENTICATE failed (in manchen Logs „AuthFailed:LogonDenied“; dieser Detailtext stammt aus Praxisberichten, nicht dokumentiert), obwohl in Entra alles grün aussieht. Nachbarn: ein Verweis mit falscher Objekt-ID oder fehlendes FullAccess."
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
            "The portal shows two object ids: on App registrations (the application object, useless for Exchange) and on Enterprise applications (the service principal — the value -ObjectId needs, equal to an app-only token's oid). With the wrong one Microsoft says authentication fails; field reports (and the origin article) show AADServicePrincipalNotFound from PowerShell (not documented by Microsoft). Remove the wrong pointer and create it again.",
            "Das Portal zeigt zwei Objekt-IDs: unter App-Registrierungen (das Anwendungsobjekt, für Exchange nutzlos) und unter Unternehmensanwendungen (der Dienstprinzipal – der Wert für -ObjectId, gleich dem oid eines App-Tokens). Mit der falschen schlägt laut Microsoft die Authentifizierung fehl; Praxisberichte zeigen AADServicePrincipalNotFound aus PowerShell (nicht von Microsoft dokumentiert). Entfernen Sie den falschen Verweis und legen Sie ihn neu an."
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
            "App-only IMAP/POP access is granted per mailbox: the registered service principal needs FullAccess on exactly the mailbox named in user=. Without it the token is accepted but the login is denied (or IMAP says \"User is authenticated but not connected\"). For Graph/EWS, an RBAC for Applications or Application Access Policy scope that excludes the mailbox has the same effect (ErrorAccessDenied).",
            "App-Zugriff per IMAP/POP wird pro Postfach gewährt: Der registrierte Dienstprinzipal braucht FullAccess auf genau das Postfach in user=. Ohne das wird das Token angenommen, die Anmeldung aber verweigert (oder IMAP meldet „User is authenticated but not connected“). Bei Graph/EWS wirkt ein Bereich von RBAC für Anwendungen oder einer Application Access Policy, der das Postfach ausschließt, genauso (ErrorAccessDenied)."
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
            "New service principals and mailbox permissions reach all Exchange servers with a delay; reports give up to 60 minutes, usually 5–15 (experience, not documented by Microsoft). RBAC for Applications caches permissions 30 minutes to 2 hours. Everything is configured correctly; the difference from a missing permission is the time since the change, and from a cached token, that a restarted service still fails.",
            "Neue Dienstprinzipale und Postfachberechtigungen erreichen alle Exchange-Server verzögert; Berichte nennen bis zu 60 Minuten, meist 5–15 (Erfahrungswert, nicht von Microsoft dokumentiert). RBAC für Anwendungen speichert Berechtigungen 30 Minuten bis 2 Stunden. Alles ist richtig eingerichtet; den Unterschied zur fehlenden Berechtigung macht die Zeit seit der Änderung, den zum zwischengespeicherten Token, dass auch ein neu gestarteter Dienst noch scheitert."
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
            "Each mailbox has its own switches: ImapEnabled, PopEnabled and SmtpClientAuthenticationDisabled. If the protocol is off, the login fails however good the token and permissions are; for SMTP the server may say \"SmtpClientAuthentication is disabled for the Mailbox\" (5.7.139). Unlike the tenant-wide SMTP switch, other mailboxes keep working.",
            "Jedes Postfach hat eigene Schalter: ImapEnabled, PopEnabled und SmtpClientAuthenticationDisabled. Ist das Protokoll aus, scheitert die Anmeldung, egal wie gut Token und Berechtigungen sind; bei SMTP meldet der Server ggf. „SmtpClientAuthentication is disabled for the Mailbox“ (5.7.139). Anders als beim organisationsweiten SMTP-Schalter funktionieren andere Postfächer weiter."
        ),
        signals: &[
            t!("535 5.7.139 … disabled for the Mailbox", "535 5.7.139 … disabled for the Mailbox"),
            t!("ImapEnabled/PopEnabled False; SmtpClientAuthenticationDisabled True", "ImapEnabled/PopEnabled False; SmtpClientAuthenticationDisabled True"),
        ],
        questions: &[CAS_SETTINGS, PROTOCOL],
        steps: &[EXO_CONNECT, EXO_CHECK_CAS_MAILBOX, EXO_ENABLE_IMAP, EXO_ENABLE_POP, EXO_ENABLE_SMTP_AUTH_MAILBOX],
        docs: &[SETCAS, SMTP_AUTH],
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
            "The server says it plainly: 535 5.7.139 \"SmtpClientAuthentication is disabled for the Tenant\". Organisations created after January 2020 have SMTP AUTH off by default (Set-TransportConfig -SmtpClientAuthenticationDisabled $true), and it applies to OAuth too. Microsoft's pattern is to keep it off for the organisation and enable it only on the mailboxes that send.",
            "Der Server sagt es klar: 535 5.7.139 „SmtpClientAuthentication is disabled for the Tenant“. In Organisationen, die nach Januar 2020 angelegt wurden, ist SMTP AUTH standardmäßig aus (Set-TransportConfig -SmtpClientAuthenticationDisabled $true), und das gilt auch für OAuth. Microsoft empfiehlt, es organisationsweit aus zu lassen und nur für sendende Postfächer zu aktivieren."
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
            "Security defaults block legacy authentication (AADSTS530035), and SMTP answers 535 5.7.139 \"user is locked by your organization's security defaults policy\" or \"the request did not meet the criteria to be authenticated successfully\" (wordings from third-party guides). It typically hits password logins; whether OAuth logins are ever affected is not confirmed. Unlike basic_auth_deprecated, a tenant policy decides, not the service.",
            "Sicherheitsstandards sperren ältere Authentifizierung (AADSTS530035), und SMTP antwortet 535 5.7.139 „user is locked by your organization's security defaults policy“ oder „the request did not meet the criteria to be authenticated successfully“ (Wortlaute aus Anleitungen Dritter). Es trifft typischerweise Kennwortanmeldungen; ob OAuth je betroffen ist, ist nicht bestätigt. Anders als bei abgeschalteter Standardauthentifizierung entscheidet eine Mandantenrichtlinie, nicht der Dienst."
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
        title: t!("Password (basic) authentication used", "Kennwort-Anmeldung (Standardauthentifizierung) verwendet"),
        summary: t!(
            "The client logs in with a username and password, which Exchange Online no longer accepts: switch it to OAuth (XOAUTH2).",
            "Der Client meldet sich mit Benutzername und Kennwort an, was Exchange Online nicht mehr akzeptiert: Stellen Sie ihn auf OAuth (XOAUTH2) um."
        ),
        explanation: t!(
            "Exchange Online turned off basic authentication for IMAP and POP, and is retiring it for SMTP AUTH (Microsoft announced a ramp-down during 2026; dates have moved before). A client sending AUTH LOGIN/PLAIN or IMAP LOGIN gets \"basic authentication is disabled\", 5.7.30 or just LOGIN failed, whatever the password. No Entra setting fixes this: the client has to use XOAUTH2.",
            "Exchange Online hat die Standardauthentifizierung für IMAP und POP abgeschaltet und schaltet sie für SMTP AUTH ab (Microsoft kündigte eine Abschaltung im Lauf von 2026 an; Termine wurden schon verschoben). Ein Client mit AUTH LOGIN/PLAIN oder IMAP LOGIN erhält „basic authentication is disabled“, 5.7.30 oder nur LOGIN failed, egal wie das Kennwort lautet. Keine Entra-Einstellung hilft: Der Client muss XOAUTH2 verwenden."
        ),
        signals: &[
            t!("535 5.7.139 basic authentication is disabled; 550 5.7.30", "535 5.7.139 basic authentication is disabled; 550 5.7.30"),
            t!("AUTH LOGIN / AUTH PLAIN / IMAP LOGIN", "AUTH LOGIN / AUTH PLAIN / IMAP LOGIN"),
        ],
        questions: &[AUTH_MECHANISM],
        steps: &[CLIENT_USE_XOAUTH2],
        docs: &[IMAPOAUTH, BASIC_RETIRE],
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
            "Authentication succeeded; the message is refused after DATA because From differs from the authenticated mailbox and no SendAs permission covers it (5.7.60 \"Client does not have permissions to send as this sender\", 554 5.2.252 SendAsDenied; exact wordings from field reports). App-only SMTP needs SendAs for the service principal on that sender, per Microsoft's OAuth article.",
            "Die Authentifizierung gelang; die Nachricht wird nach DATA abgelehnt, weil From vom angemeldeten Postfach abweicht und keine SendAs-Berechtigung das abdeckt (5.7.60 „Client does not have permissions to send as this sender“, 554 5.2.252 SendAsDenied; Wortlaute aus Praxisberichten). App-SMTP braucht laut Microsofts OAuth-Artikel SendAs für den Dienstprinzipal auf diesen Absender."
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
            "Exchange opens the mailbox named in user=. With a delegated token it must be the signed-in user or a mailbox that user has FullAccess on; with an app-only token a mailbox the service principal has FullAccess on. An admin account authorised instead of the mailbox, an alias, or a typo gives AUTHENTICATE failed or \"User is authenticated but not connected\".",
            "Exchange öffnet das in user= genannte Postfach. Bei einem delegierten Token muss es der angemeldete Benutzer oder ein Postfach mit dessen FullAccess sein; bei einem App-Token ein Postfach, auf das der Dienstprinzipal FullAccess hat. Ein statt des Postfachs autorisiertes Administratorkonto, ein Alias oder ein Tippfehler ergibt AUTHENTICATE failed oder „User is authenticated but not connected“."
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
            "Exchange expects user=<mailbox>, byte 0x01, auth=Bearer <token>, two 0x01 bytes, base64-encoded once on one line. A literal ^A or line breaks instead of 0x01, a missing \"Bearer \", double base64, URL-safe base64 or a token wrapped in JSON or quotes all fail with the same generic AUTHENTICATE failed / 535 5.7.3 — the server never says why.",
            "Exchange erwartet user=<Postfach>, Byte 0x01, auth=Bearer <Token>, zwei 0x01-Bytes, einmal Base64-kodiert in einer Zeile. Ein wörtliches ^A oder Zeilenumbrüche statt 0x01, fehlendes „Bearer “, doppeltes Base64, URL-sicheres Base64 oder ein in JSON oder Anführungszeichen verpacktes Token scheitern alle mit demselben allgemeinen AUTHENTICATE failed / 535 5.7.3 – der Server nennt keinen Grund."
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
        title: t!("No Exchange Online mailbox", "Kein Exchange Online-Postfach"),
        summary: t!(
            "There is no reachable Exchange Online mailbox for this address: unlicensed, soft-deleted or on-premises.",
            "Für diese Adresse gibt es kein erreichbares Exchange Online-Postfach: ohne Lizenz, vorläufig gelöscht oder lokal."
        ),
        explanation: t!(
            "Tokens and permissions can all be right and the target still not be an Exchange Online mailbox: a user without an Exchange licence, a soft-deleted or inactive mailbox, a mailbox still on-premises, or one still being provisioned. Graph says MailboxNotEnabledForRESTAPI; IMAP may fail to connect. Get-Mailbox tells.",
            "Token und Berechtigungen können stimmen, und das Ziel ist trotzdem kein Exchange Online-Postfach: ein Benutzer ohne Exchange-Lizenz, ein vorläufig gelöschtes oder inaktives Postfach, ein noch lokales oder ein gerade bereitgestelltes Postfach. Graph meldet MailboxNotEnabledForRESTAPI; IMAP kann keine Verbindung herstellen. Get-Mailbox zeigt es."
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
            "An app-only EWS token (full_access_as_app) has no user, so every request must say which mailbox it acts as: \"ExchangeImpersonation SOAP header must be present for this type of OAuth token\". A delegated token already names the user, so impersonation is refused. If the header is right and access is still denied, look at full_access_as_app and RBAC/Application Access Policy scopes.",
            "Ein App-Token für EWS (full_access_as_app) hat keinen Benutzer, also muss jede Anfrage sagen, als welches Postfach sie handelt: „ExchangeImpersonation SOAP header must be present for this type of OAuth token“. Ein delegiertes Token nennt den Benutzer schon, Impersonation wird dann abgelehnt. Stimmt der Header und der Zugriff wird trotzdem verweigert, prüfen Sie full_access_as_app und die Bereiche von RBAC/Application Access Policy."
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
            "Exchange Online PowerShell only loads the cmdlets your roles allow. Without Exchange Administrator (or Organization Management) New-ServicePrincipal is \"not recognized\" — Microsoft's article says exactly this. Nothing is wrong with the app; the admin session is.",
            "Exchange Online PowerShell lädt nur die Cmdlets, die Ihre Rollen erlauben. Ohne Exchange-Administrator (oder Organization Management) ist New-ServicePrincipal „nicht erkannt“ – genau das sagt Microsofts Artikel. Mit der App ist alles in Ordnung; die Administratorsitzung ist das Problem."
        ),
        signals: &[
            t!("The term 'New-ServicePrincipal' is not recognized", "The term 'New-ServicePrincipal' is not recognized"),
        ],
        questions: &[ADMIN_ROLES],
        steps: &[EXO_ADMIN_ROLE, EXO_CONNECT],
        docs: &[IMAPOAUTH, CONNEXO],
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
            "Mail servers and libraries that add XOAUTH2 through a plugin (e.g. sasl-xoauth2 for Postfix) or a token callback fail locally when the plugin is missing, its token file is unreadable or stale, or the callback throws. The log then shows a local error — no server reply — which distinguishes it from Exchange-side causes.",
            "Mailserver und Bibliotheken, die XOAUTH2 per Plugin (z. B. sasl-xoauth2 für Postfix) oder Token-Callback ergänzen, scheitern lokal, wenn das Plugin fehlt, seine Token-Datei unlesbar oder veraltet ist oder der Callback eine Ausnahme wirft. Das Log zeigt dann einen lokalen Fehler – keine Serverantwort –, was es von Ursachen bei Exchange unterscheidet."
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
            "Timeouts, connection refused, TLS or proxy errors on the way to the token endpoint or to outlook.office365.com:993/995 / smtp.office365.com:587 mean the request never arrived. Services often run without the proxy settings of the interactive user. No Microsoft error code appears, which distinguishes it from configuration causes.",
            "Zeitüberschreitungen, abgelehnte Verbindungen, TLS- oder Proxy-Fehler auf dem Weg zum Token-Endpunkt oder zu outlook.office365.com:993/995 / smtp.office365.com:587 bedeuten, dass die Anfrage nie ankam. Dienste laufen oft ohne die Proxy-Einstellungen des interaktiven Benutzers. Es erscheint kein Fehlercode von Microsoft, was es von Konfigurationsursachen unterscheidet."
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
            "Sometimes logins fail for every app and mailbox at once and recover without any change — an outage or a service-side change. Signs are temporarily_unavailable, 5xx answers, or a sudden failure of a setup that worked. Changing configuration during an incident only adds new problems.",
            "Manchmal scheitern Anmeldungen für alle Apps und Postfächer gleichzeitig und erholen sich ohne Änderung – ein Ausfall oder eine Änderung beim Dienst. Anzeichen sind temporarily_unavailable, 5xx-Antworten oder der plötzliche Ausfall eines Setups, das funktioniert hat. Konfigurationsänderungen während einer Störung schaffen nur neue Probleme."
        ),
        signals: &[
            t!("temporarily_unavailable; 5xx; sudden failure without change", "temporarily_unavailable; 5xx; plötzlicher Ausfall ohne Änderung"),
        ],
        questions: &[WORKED_BEFORE],
        steps: &[SERVICE_HEALTH],
        docs: &[AADSTS_REF],
    },
];
