//! Checklist steps: each defined once, referenced by every cause that needs it.
//!
//! A checklist built from several causes de-duplicates by [`StepDef::key`]; a test checks that
//! the same key always means the same step. Commands use `<PLACEHOLDER>`s from [`PLACEHOLDERS`].

use super::{ChainLink, StepDef};
use crate::t;

/// The placeholders that commands use, for the remedy to fill in from the evidence.
pub const PLACEHOLDERS: &[&str] = &[
    "<APP_ID>",
    "<SERVICE_PRINCIPAL_OBJECT_ID>",
    "<SERVICE_PRINCIPAL_ID>",
    "<NAME>",
    "<MAILBOX>",
    "<FROM_ADDRESS>",
    "<TENANT_ID>",
    "<CLIENT_SECRET>",
];

/// Create a new client secret and copy its Value.
pub const ENTRA_NEW_CLIENT_SECRET: StepDef = StepDef {
    key: "entra_new_client_secret",
    link: ChainLink::AppRegistration,
    action: t!(
        "Entra admin center → App registrations → your app → Certificates & secrets → New client secret. Copy the Value column right away (it is shown only once; the Secret ID next to it is not the secret) and put it into the app's configuration.",
        "Entra Admin Center → App-Registrierungen → Ihre App → Zertifikate & Geheimnisse → Neuer geheimer Clientschlüssel. Kopieren Sie sofort die Spalte „Wert“ (sie wird nur einmal angezeigt; die „Geheimnis-ID“ daneben ist nicht das Geheimnis) und tragen Sie sie in die Konfiguration der App ein."
    ),
    verify: t!(
        "The token request returns an access_token instead of an AADSTS error.",
        "Die Tokenanforderung liefert ein access_token statt eines AADSTS-Fehlers."
    ),
    command: None,
};

/// Request a token by hand to test the credentials.
pub const ENTRA_TEST_TOKEN_REQUEST: StepDef = StepDef {
    key: "entra_test_token_request",
    link: ChainLink::Token,
    action: t!(
        "Request an app-only token by hand with the same tenant, client id and secret the app uses (client credentials, scope https://outlook.office365.com/.default).",
        "Fordern Sie von Hand ein App-Token an, mit demselben Mandanten, derselben Client-ID und demselben Geheimnis wie die App (Client Credentials, Scope https://outlook.office365.com/.default)."
    ),
    verify: t!(
        "The answer contains token_type Bearer and an access_token; paste that token here to check aud and roles.",
        "Die Antwort enthält token_type Bearer und ein access_token; fügen Sie das Token hier ein, um aud und roles zu prüfen."
    ),
    command: Some(
        "Invoke-RestMethod -Method Post -Uri \"https://login.microsoftonline.com/<TENANT_ID>/oauth2/v2.0/token\" -Body @{client_id='<APP_ID>'; client_secret='<CLIENT_SECRET>'; scope='https://outlook.office365.com/.default'; grant_type='client_credentials'}",
    ),
};

/// Upload the signing certificate and check its thumbprint.
pub const ENTRA_UPLOAD_CERTIFICATE: StepDef = StepDef {
    key: "entra_upload_certificate",
    link: ChainLink::AppRegistration,
    action: t!(
        "App registrations → your app → Certificates & secrets → Certificates: upload the public part (.cer) of the certificate whose private key signs the client assertion; replace it if expired.",
        "App-Registrierungen → Ihre App → Zertifikate & Geheimnisse → Zertifikate: Laden Sie den öffentlichen Teil (.cer) des Zertifikats hoch, dessen privater Schlüssel die Client-Assertion signiert; ersetzen Sie es, wenn es abgelaufen ist."
    ),
    verify: t!(
        "The thumbprint in the portal equals the one the app uses (x5t in the assertion header) and the end date is in the future.",
        "Der Fingerabdruck im Portal entspricht dem der App (x5t im Header der Assertion), und das Ablaufdatum liegt in der Zukunft."
    ),
    command: None,
};

/// Check client id and tenant against the app registration.
pub const ENTRA_CHECK_CLIENT_ID: StepDef = StepDef {
    key: "entra_check_client_id",
    link: ChainLink::AppRegistration,
    action: t!(
        "Compare client_id with \"Application (client) ID\" and the tenant in the token URL with \"Directory (tenant) ID\" on the app's Overview page. In the mailbox's tenant, the app must exist under Enterprise applications (a multi-tenant app needs admin consent there first).",
        "Vergleichen Sie client_id mit der „Anwendungs-ID (Client)“ und den Mandanten in der Token-URL mit der „Verzeichnis-ID (Mandant)“ auf der Übersichtsseite der App. Im Mandanten des Postfachs muss die App unter Unternehmensanwendungen stehen (eine mehrinstanzenfähige App braucht dort zuerst die Administratorzustimmung)."
    ),
    verify: t!(
        "The command, run against the mailbox's tenant, returns exactly one service principal.",
        "Der Befehl liefert im Mandanten des Postfachs genau einen Dienstprinzipal."
    ),
    command: Some("Get-MgServicePrincipal -Filter \"appId eq '<APP_ID>'\" | Select-Object Id, AppId, DisplayName"),
};

/// Use a tenant-specific token endpoint in the right cloud.
pub const ENTRA_TENANT_ENDPOINT: StepDef = StepDef {
    key: "entra_tenant_endpoint",
    link: ChainLink::AppRegistration,
    action: t!(
        "Send the token request to https://login.microsoftonline.com/<TENANT_ID>/oauth2/v2.0/token with the tenant GUID or a verified domain (e.g. contoso.onmicrosoft.com) — not /common, /organizations or /consumers, no leftover {tenant} placeholder. GCC High/DoD use login.microsoftonline.us, 21Vianet login.partner.microsoftonline.cn.",
        "Senden Sie die Tokenanforderung an https://login.microsoftonline.com/<TENANT_ID>/oauth2/v2.0/token mit der Mandanten-GUID oder einer verifizierten Domäne (z. B. contoso.onmicrosoft.com) – nicht /common, /organizations oder /consumers, kein übrig gebliebener Platzhalter {tenant}. GCC High/DoD verwenden login.microsoftonline.us, 21Vianet login.partner.microsoftonline.cn."
    ),
    verify: t!(
        "The token's iss and tid name your tenant.",
        "iss und tid im Token nennen Ihren Mandanten."
    ),
    command: None,
};

/// Request the Exchange Online resource with /.default.
pub const ENTRA_SCOPE_EXCHANGE_DEFAULT: StepDef = StepDef {
    key: "entra_scope_exchange_default",
    link: ChainLink::PermissionConsent,
    action: t!(
        "App-only (client credentials): request scope=https://outlook.office365.com/.default — one resource per request, no named permissions, no Graph scope, URL-encoded once. Delegated: https://outlook.office.com/IMAP.AccessAsUser.All, POP.AccessAsUser.All or SMTP.Send, plus offline_access.",
        "Nur App (Client Credentials): Fordern Sie scope=https://outlook.office365.com/.default an – eine Ressource pro Anforderung, keine einzelnen Berechtigungen, kein Graph-Scope, nur einmal URL-kodiert. Delegiert: https://outlook.office.com/IMAP.AccessAsUser.All, POP.AccessAsUser.All oder SMTP.Send, dazu offline_access."
    ),
    verify: t!(
        "The new token's aud is https://outlook.office365.com (or outlook.office.com / ps.outlook.com), not https://graph.microsoft.com.",
        "aud im neuen Token ist https://outlook.office365.com (oder outlook.office.com / ps.outlook.com), nicht https://graph.microsoft.com."
    ),
    command: None,
};

/// Add the Exchange Online application permission.
pub const ENTRA_ADD_EXCHANGE_APP_PERMISSION: StepDef = StepDef {
    key: "entra_add_exchange_app_permission",
    link: ChainLink::PermissionConsent,
    action: t!(
        "App registrations → your app → API permissions → Add a permission → APIs my organization uses → search 00000002-0000-0ff1-ce00-000000000000 (Office 365 Exchange Online) → Application permissions → IMAP.AccessAsApp, POP.AccessAsApp or SMTP.SendAsApp (EWS: full_access_as_app). Graph's Mail.* permissions do not open IMAP/POP/SMTP.",
        "App-Registrierungen → Ihre App → API-Berechtigungen → Berechtigung hinzufügen → Von meiner Organisation verwendete APIs → nach 00000002-0000-0ff1-ce00-000000000000 (Office 365 Exchange Online) suchen → Anwendungsberechtigungen → IMAP.AccessAsApp, POP.AccessAsApp oder SMTP.SendAsApp (EWS: full_access_as_app). Die Mail.*-Berechtigungen von Graph öffnen kein IMAP/POP/SMTP."
    ),
    verify: t!(
        "The permission is listed under Office 365 Exchange Online with type \"Application\".",
        "Die Berechtigung steht unter Office 365 Exchange Online mit dem Typ „Anwendung“."
    ),
    command: None,
};

/// Grant admin consent.
pub const ENTRA_GRANT_ADMIN_CONSENT: StepDef = StepDef {
    key: "entra_grant_admin_consent",
    link: ChainLink::PermissionConsent,
    action: t!(
        "API permissions → \"Grant admin consent for <tenant>\" (needs an admin). A multi-tenant app is consented in each customer tenant via its admin-consent URL.",
        "API-Berechtigungen → „Administratorzustimmung für <Mandant> erteilen“ (erfordert einen Administrator). Eine mehrinstanzenfähige App erhält die Zustimmung in jedem Kundenmandanten über ihre Admin-Consent-URL."
    ),
    verify: t!(
        "The Status column shows \"Granted for …\"; the command lists an assignment to Office 365 Exchange Online (output property names unverified).",
        "Die Spalte Status zeigt „Gewährt für …“; der Befehl listet eine Zuweisung an Office 365 Exchange Online (Namen der Ausgabefelder nicht verifiziert)."
    ),
    command: Some("Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId <SERVICE_PRINCIPAL_OBJECT_ID>"),
};

/// Set the app's client type to match the flow.
pub const ENTRA_CLIENT_TYPE: StepDef = StepDef {
    key: "entra_client_type",
    link: ChainLink::AppRegistration,
    action: t!(
        "App registrations → your app → Authentication: for client credentials the app is a confidential client and must send client_secret or client_assertion (check that the secret variable is not empty); for device code / interactive public-client flows set \"Allow public client flows\" to Yes and send no secret.",
        "App-Registrierungen → Ihre App → Authentifizierung: Für Client Credentials ist die App ein vertraulicher Client und muss client_secret oder client_assertion senden (prüfen Sie, dass die Variable mit dem Geheimnis nicht leer ist); für Gerätecode- oder interaktive öffentliche Client-Flows „Öffentliche Clientflows zulassen“ auf Ja setzen und kein Geheimnis senden."
    ),
    verify: t!(
        "The token request succeeds without AADSTS7000218 or AADSTS700025.",
        "Die Tokenanforderung gelingt ohne AADSTS7000218 oder AADSTS700025."
    ),
    command: None,
};

/// Register the exact redirect URI.
pub const ENTRA_REDIRECT_URI: StepDef = StepDef {
    key: "entra_redirect_uri",
    link: ChainLink::AppRegistration,
    action: t!(
        "App registrations → your app → Authentication → add the exact redirect URI the client sends (scheme, host, port, path and trailing slash must match) under the right platform (Web, Mobile and desktop).",
        "App-Registrierungen → Ihre App → Authentifizierung → die exakte Umleitungs-URI eintragen, die der Client sendet (Schema, Host, Port, Pfad und abschließender Schrägstrich müssen passen), unter der richtigen Plattform (Web, Mobilgerät und Desktop)."
    ),
    verify: t!(
        "The sign-in completes and the client receives a code instead of AADSTS50011/500113/900971.",
        "Die Anmeldung läuft durch, und der Client erhält einen Code statt AADSTS50011/500113/900971."
    ),
    command: None,
};

/// Fix the token request body.
pub const ENTRA_FIX_REQUEST_BODY: StepDef = StepDef {
    key: "entra_fix_request_body",
    link: ChainLink::AppRegistration,
    action: t!(
        "POST the token request as application/x-www-form-urlencoded (not JSON) with client_id, scope, grant_type and client_secret or client_assertion; check for empty variables and misspelt field names.",
        "Senden Sie die Tokenanforderung per POST als application/x-www-form-urlencoded (nicht JSON) mit client_id, scope, grant_type und client_secret oder client_assertion; prüfen Sie auf leere Variablen und falsch geschriebene Feldnamen."
    ),
    verify: t!(
        "The endpoint answers with a token or a different, more specific AADSTS code.",
        "Der Endpunkt antwortet mit einem Token oder einem anderen, genaueren AADSTS-Code."
    ),
    command: None,
};

/// Match the account type to the app registration.
pub const ENTRA_ACCOUNT_TYPE: StepDef = StepDef {
    key: "entra_account_type",
    link: ChainLink::AppRegistration,
    action: t!(
        "Check \"Supported account types\" on the app's Authentication page against the account: an Exchange Online mailbox needs a work or school account in your tenant; personal outlook.com/hotmail.com accounts use /consumers and have no tenant, no admin consent and no app-only access.",
        "Prüfen Sie „Unterstützte Kontotypen“ auf der Seite Authentifizierung der App gegen das Konto: Ein Exchange Online-Postfach braucht ein Geschäfts- oder Schulkonto in Ihrem Mandanten; private outlook.com/hotmail.com-Konten verwenden /consumers und haben keinen Mandanten, keine Administratorzustimmung und keinen reinen App-Zugriff."
    ),
    verify: t!(
        "The token's tid is your tenant, not 9188040d-6c67-4c5b-b112-36a304b66dad (personal accounts).",
        "tid im Token ist Ihr Mandant, nicht 9188040d-6c67-4c5b-b112-36a304b66dad (private Konten)."
    ),
    command: None,
};

/// Read the failed sign-in in the Entra sign-in logs.
pub const ENTRA_SIGN_IN_LOGS: StepDef = StepDef {
    key: "entra_sign_in_logs",
    link: ChainLink::PermissionConsent,
    action: t!(
        "Entra admin center → Monitoring & health → Sign-in logs (tab \"Service principal sign-ins\" for app-only, \"User sign-ins (non-interactive)\" for password flows): open the failure and read Failure reason and the Conditional Access tab.",
        "Entra Admin Center → Überwachung und Integrität → Anmeldeprotokolle (Registerkarte „Dienstprinzipalanmeldungen“ für reinen App-Zugriff, „Nicht interaktive Benutzeranmeldungen“ für Kennwort-Flows): Fehler öffnen und Fehlerursache sowie die Registerkarte „Bedingter Zugriff“ lesen."
    ),
    verify: t!(
        "The next attempt appears as Success in the log.",
        "Der nächste Versuch erscheint im Protokoll als Erfolg."
    ),
    command: None,
};

/// Adjust the Conditional Access policy.
pub const ENTRA_CONDITIONAL_ACCESS: StepDef = StepDef {
    key: "entra_conditional_access",
    link: ChainLink::PermissionConsent,
    action: t!(
        "Protection → Conditional Access: adjust the policy named in the sign-in log (e.g. allow the service's IP location, or exclude the workload identity / service account), with your security team.",
        "Schutz → Bedingter Zugriff: Passen Sie die im Anmeldeprotokoll genannte Richtlinie an (z. B. den Standort mit der IP des Dienstes zulassen oder die Workload-Identität bzw. das Dienstkonto ausnehmen), in Absprache mit Ihrem Sicherheitsteam."
    ),
    verify: t!(
        "The sign-in log shows the policy as \"Not applied\" or \"Success\" for the next attempt.",
        "Das Anmeldeprotokoll zeigt die Richtlinie beim nächsten Versuch als „Nicht angewendet“ oder „Erfolg“."
    ),
    command: None,
};

/// Review security defaults.
pub const ENTRA_SECURITY_DEFAULTS: StepDef = StepDef {
    key: "entra_security_defaults",
    link: ChainLink::PermissionConsent,
    action: t!(
        "Entra admin center → Overview → Properties → Manage security defaults: security defaults block legacy (password) authentication. Keep them on and move the client to OAuth, or replace them with Conditional Access policies.",
        "Entra Admin Center → Übersicht → Eigenschaften → Sicherheitsstandards verwalten: Die Sicherheitsstandards sperren ältere Authentifizierung (Kennwort). Lassen Sie sie aktiv und stellen Sie den Client auf OAuth um, oder ersetzen Sie sie durch Richtlinien für bedingten Zugriff."
    ),
    verify: t!(
        "The client signs in with XOAUTH2 and the sign-in log shows no security-defaults block.",
        "Der Client meldet sich per XOAUTH2 an, und das Anmeldeprotokoll zeigt keine Sperre durch Sicherheitsstandards."
    ),
    command: None,
};

/// Replace the password (ROPC) flow.
pub const ENTRA_LEAVE_PASSWORD_FLOW: StepDef = StepDef {
    key: "entra_leave_password_flow",
    link: ChainLink::PermissionConsent,
    action: t!(
        "Replace the username/password (ROPC) token flow: for a background service use client credentials with IMAP.AccessAsApp / POP.AccessAsApp / SMTP.SendAsApp; for a user, use an interactive or device-code sign-in that can do MFA.",
        "Ersetzen Sie den Token-Flow mit Benutzername/Kennwort (ROPC): Für einen Hintergrunddienst Client Credentials mit IMAP.AccessAsApp / POP.AccessAsApp / SMTP.SendAsApp, für einen Benutzer eine interaktive oder Gerätecode-Anmeldung, die MFA beherrscht."
    ),
    verify: t!(
        "A token is issued without AADSTS50076/50079/50126.",
        "Ein Token wird ohne AADSTS50076/50079/50126 ausgestellt."
    ),
    command: None,
};

/// Enable the user account.
pub const ENTRA_ENABLE_ACCOUNT: StepDef = StepDef {
    key: "entra_enable_account",
    link: ChainLink::MailboxPermission,
    action: t!(
        "Entra admin center → Users → the mailbox's user (also for a shared mailbox) → allow sign-in (AccountEnabled true); unlock it if it is locked. That OAuth needs this for shared mailboxes is experience, not documented by Microsoft: enable it as a test.",
        "Entra Admin Center → Benutzer → der Benutzer des Postfachs (auch bei einem freigegebenen Postfach) → Anmeldung zulassen (AccountEnabled true); bei Sperre entsperren. Dass OAuth dies bei freigegebenen Postfächern braucht, ist ein Erfahrungswert, nicht von Microsoft dokumentiert: Aktivieren Sie es als Test."
    ),
    verify: t!(
        "The command shows AccountEnabled True.",
        "Der Befehl zeigt AccountEnabled True."
    ),
    command: Some("Get-MgUser -UserId <MAILBOX> -Property AccountEnabled | Select-Object AccountEnabled"),
};

/// Check the token's claims on this page.
pub const TOKEN_CHECK_CLAIMS: StepDef = StepDef {
    key: "token_check_claims",
    link: ChainLink::Token,
    action: t!(
        "Paste the access token (or the XOAUTH2 line) here: aud must be Exchange Online, roles must contain the protocol's permission (app-only) or scp its scope (delegated), exp must be in the future.",
        "Fügen Sie das Access Token (oder die XOAUTH2-Zeile) hier ein: aud muss Exchange Online sein, roles muss die Berechtigung des Protokolls enthalten (nur App) bzw. scp den Scope (delegiert), exp muss in der Zukunft liegen."
    ),
    verify: t!(
        "The token check shows no warning.",
        "Die Tokenprüfung zeigt keine Warnung."
    ),
    command: None,
};

/// Restart the service so it fetches a fresh token.
pub const RESTART_SERVICE_FRESH_TOKEN: StepDef = StepDef {
    key: "restart_service_fresh_token",
    link: ChainLink::Token,
    action: t!(
        "Restart the application's service (or clear its token cache) so it requests a new token: a token issued before the change keeps its old content until it expires (60–90 minutes). Delegated refresh tokens that were revoked or expired need a new interactive sign-in.",
        "Starten Sie den Dienst der Anwendung neu (oder leeren Sie ihren Token-Cache), damit sie ein neues Token anfordert: Ein vor der Änderung ausgestelltes Token behält seinen alten Inhalt bis zum Ablauf (60–90 Minuten). Widerrufene oder abgelaufene delegierte Aktualisierungstoken erfordern eine neue interaktive Anmeldung."
    ),
    verify: t!(
        "The token in the next attempt has an iat after your change.",
        "Das Token im nächsten Versuch hat ein iat nach Ihrer Änderung."
    ),
    command: None,
};

/// Synchronise the host clock.
pub const SYNC_CLOCK: StepDef = StepDef {
    key: "sync_clock",
    link: ChainLink::Client,
    action: t!(
        "Synchronise the clock of the host that runs the app (NTP / Windows time service), then mint a new token or client assertion.",
        "Synchronisieren Sie die Uhr des Hosts, auf dem die App läuft (NTP / Windows-Zeitdienst), und erzeugen Sie dann ein neues Token bzw. eine neue Client-Assertion."
    ),
    verify: t!(
        "The host's time matches a time server within seconds; the token's nbf/iat are not in the future.",
        "Die Uhrzeit des Hosts stimmt auf Sekunden mit einem Zeitserver überein; nbf/iat des Tokens liegen nicht in der Zukunft."
    ),
    command: Some("w32tm /resync"),
};

/// Connect to Exchange Online PowerShell.
pub const EXO_CONNECT: StepDef = StepDef {
    key: "exo_connect",
    link: ChainLink::ExchangeServicePrincipal,
    action: t!(
        "Connect to Exchange Online PowerShell as an Exchange administrator (module ExchangeOnlineManagement). Sovereign clouds add -ExchangeEnvironmentName (O365USGovGCCHigh, O365USGovDoD, O365China).",
        "Verbinden Sie sich als Exchange-Administrator mit Exchange Online PowerShell (Modul ExchangeOnlineManagement). Nationale Clouds ergänzen -ExchangeEnvironmentName (O365USGovGCCHigh, O365USGovDoD, O365China)."
    ),
    verify: t!(
        "Get-Command New-ServicePrincipal finds the cmdlet.",
        "Get-Command New-ServicePrincipal findet das Cmdlet."
    ),
    command: Some("Connect-ExchangeOnline -Organization <TENANT_ID>"),
};

/// Give the admin the Exchange role that contains New-ServicePrincipal.
pub const EXO_ADMIN_ROLE: StepDef = StepDef {
    key: "exo_admin_role",
    link: ChainLink::ExchangeServicePrincipal,
    action: t!(
        "Give the admin account the Exchange Administrator role in Entra (or membership in the Exchange role group Organization Management), then disconnect and connect again — the cmdlet list is built at connect time.",
        "Geben Sie dem Administratorkonto die Rolle Exchange-Administrator in Entra (oder die Mitgliedschaft in der Exchange-Rollengruppe Organization Management), trennen Sie die Sitzung und verbinden Sie sich neu – die Cmdlet-Liste entsteht beim Verbinden."
    ),
    verify: t!(
        "The command shows New-ServicePrincipal instead of \"not recognized\".",
        "Der Befehl zeigt New-ServicePrincipal statt „nicht erkannt“."
    ),
    command: Some("Get-Command New-ServicePrincipal"),
};

/// Find the Enterprise application (service principal) object id.
pub const ENTRA_FIND_SP_OBJECT_ID: StepDef = StepDef {
    key: "entra_find_sp_object_id",
    link: ChainLink::ExchangeServicePrincipal,
    action: t!(
        "Find the service principal's object id: Entra admin center → Enterprise applications (not App registrations) → your app → Overview → Object ID. Or Graph PowerShell (Id column), or Azure CLI: az ad sp show --id <APP_ID> --query \"{id:id, appId:appId, name:displayName}\". An app-only token's oid shows the same value.",
        "Ermitteln Sie die Objekt-ID des Dienstprinzipals: Entra Admin Center → Unternehmensanwendungen (nicht App-Registrierungen) → Ihre App → Übersicht → Objekt-ID. Oder Graph PowerShell (Spalte Id) oder Azure CLI: az ad sp show --id <APP_ID> --query \"{id:id, appId:appId, name:displayName}\". Das oid eines App-Tokens zeigt denselben Wert."
    ),
    verify: t!(
        "The Id differs from the Object ID on the App registrations page and equals the token's oid.",
        "Die Id unterscheidet sich von der Objekt-ID auf der Seite App-Registrierungen und entspricht dem oid im Token."
    ),
    command: Some("Get-MgServicePrincipal -Filter \"appId eq '<APP_ID>'\" | Select-Object Id, AppId, DisplayName"),
};

/// Look at the service principal pointer Exchange holds.
pub const EXO_GET_SERVICE_PRINCIPAL: StepDef = StepDef {
    key: "exo_get_service_principal",
    link: ChainLink::ExchangeServicePrincipal,
    action: t!(
        "Show what Exchange has registered for the app. Caution: an unknown identity returns all service principals, so check that AppId is yours.",
        "Zeigen Sie, was Exchange für die App registriert hat. Achtung: Eine unbekannte Identität liefert alle Dienstprinzipale, prüfen Sie also, dass AppId Ihre ist."
    ),
    verify: t!(
        "AppId equals the client id and ObjectId (older: ServiceId) equals the Enterprise application object id / token oid.",
        "AppId entspricht der Client-ID und ObjectId (früher: ServiceId) der Objekt-ID der Unternehmensanwendung bzw. dem oid im Token."
    ),
    command: Some("Get-ServicePrincipal -Identity <APP_ID> | Format-List DisplayName,AppId,ObjectId,ServiceId,Identity"),
};

/// Remove a service principal pointer created with the wrong id.
pub const EXO_REMOVE_SERVICE_PRINCIPAL: StepDef = StepDef {
    key: "exo_remove_service_principal",
    link: ChainLink::ExchangeServicePrincipal,
    action: t!(
        "Remove the pointer that was created with the wrong object id (App registration object id or client id), so it can be created again.",
        "Entfernen Sie den Verweis, der mit der falschen Objekt-ID (Objekt-ID der App-Registrierung oder Client-ID) angelegt wurde, damit er neu angelegt werden kann."
    ),
    verify: t!(
        "Get-ServicePrincipal no longer lists an entry with your AppId.",
        "Get-ServicePrincipal listet keinen Eintrag mit Ihrer AppId mehr."
    ),
    command: Some("Remove-ServicePrincipal -Identity <APP_ID>"),
};

/// Register the service principal in Exchange Online.
pub const EXO_NEW_SERVICE_PRINCIPAL: StepDef = StepDef {
    key: "exo_new_service_principal",
    link: ChainLink::ExchangeServicePrincipal,
    action: t!(
        "Register the app's service principal in Exchange Online: -AppId is the Application (client) ID, -ObjectId the Enterprise application object id (older guides use -ServiceId, which is being deprecated; same value).",
        "Registrieren Sie den Dienstprinzipal der App in Exchange Online: -AppId ist die Anwendungs-ID (Client), -ObjectId die Objekt-ID der Unternehmensanwendung (ältere Anleitungen verwenden -ServiceId, das abgekündigt wird; gleicher Wert)."
    ),
    verify: t!(
        "Get-ServicePrincipal -Identity <APP_ID> shows the entry with the right ObjectId.",
        "Get-ServicePrincipal -Identity <APP_ID> zeigt den Eintrag mit der richtigen ObjectId."
    ),
    command: Some("New-ServicePrincipal -AppId <APP_ID> -ObjectId <SERVICE_PRINCIPAL_OBJECT_ID> -DisplayName <NAME>"),
};

/// Grant FullAccess on the mailbox to the service principal.
pub const EXO_ADD_MAILBOX_PERMISSION: StepDef = StepDef {
    key: "exo_add_mailbox_permission",
    link: ChainLink::MailboxPermission,
    action: t!(
        "Give the service principal FullAccess to the mailbox it opens (IMAP/POP; SMTP also needs it for the user= mailbox). <SERVICE_PRINCIPAL_ID> is the Identity from Get-ServicePrincipal (Microsoft's example) or its object id.",
        "Geben Sie dem Dienstprinzipal FullAccess auf das Postfach, das er öffnet (IMAP/POP; SMTP braucht es ebenfalls für das Postfach in user=). <SERVICE_PRINCIPAL_ID> ist die Identity aus Get-ServicePrincipal (Beispiel von Microsoft) oder seine Objekt-ID."
    ),
    verify: t!(
        "Get-MailboxPermission -Identity <MAILBOX> -User <SERVICE_PRINCIPAL_ID> lists FullAccess.",
        "Get-MailboxPermission -Identity <MAILBOX> -User <SERVICE_PRINCIPAL_ID> listet FullAccess."
    ),
    command: Some("Add-MailboxPermission -Identity <MAILBOX> -User <SERVICE_PRINCIPAL_ID> -AccessRights FullAccess"),
};

/// Check RBAC for Applications scoping.
pub const EXO_TEST_SP_AUTHORIZATION: StepDef = StepDef {
    key: "exo_test_sp_authorization",
    link: ChainLink::MailboxPermission,
    action: t!(
        "For Graph/EWS with RBAC for Applications: test whether the role assignment's scope includes the mailbox. It bypasses the permission cache and does not evaluate FullAccess used by IMAP/POP.",
        "Für Graph/EWS mit RBAC für Anwendungen: Prüfen Sie, ob der Bereich der Rollenzuweisung das Postfach einschließt. Der Test umgeht den Berechtigungscache und bewertet kein FullAccess, das IMAP/POP verwendet."
    ),
    verify: t!(
        "InScope is True for the mailbox.",
        "InScope ist True für das Postfach."
    ),
    command: Some("Test-ServicePrincipalAuthorization -Identity <SERVICE_PRINCIPAL_ID> -Resource <MAILBOX>"),
};

/// Grant SendAs on the From address.
pub const EXO_ADD_SENDAS: StepDef = StepDef {
    key: "exo_add_sendas",
    link: ChainLink::MailboxPermission,
    action: t!(
        "Let the sending identity send as the From address (or make From equal to the user= mailbox). Using the service principal as trustee follows Microsoft's IMAP/POP/SMTP OAuth article; the cmdlet reference lists only users and groups.",
        "Erlauben Sie der sendenden Identität, als From-Adresse zu senden (oder setzen Sie From gleich dem Postfach in user=). Der Dienstprinzipal als Trustee folgt Microsofts Artikel zu IMAP/POP/SMTP mit OAuth; die Cmdlet-Referenz nennt nur Benutzer und Gruppen."
    ),
    verify: t!(
        "Get-RecipientPermission -Identity <FROM_ADDRESS> lists SendAs for the trustee.",
        "Get-RecipientPermission -Identity <FROM_ADDRESS> listet SendAs für den Trustee."
    ),
    command: Some("Add-RecipientPermission -Identity <FROM_ADDRESS> -AccessRights SendAs -Trustee <SERVICE_PRINCIPAL_ID>"),
};

/// Wait for Exchange to apply the change.
pub const WAIT_REPLICATION: StepDef = StepDef {
    key: "wait_replication",
    link: ChainLink::MailboxPermission,
    action: t!(
        "Wait before you change anything else: Exchange applies new service principals and mailbox permissions with a delay — up to 60 minutes, usually 5–15 (experience, not documented by Microsoft). RBAC for Applications caches permissions for 30 minutes to 2 hours.",
        "Warten Sie, bevor Sie weiter ändern: Exchange übernimmt neue Dienstprinzipale und Postfachberechtigungen mit Verzögerung – bis zu 60 Minuten, meist 5–15 (Erfahrungswert, nicht von Microsoft dokumentiert). RBAC für Anwendungen speichert Berechtigungen 30 Minuten bis 2 Stunden zwischen."
    ),
    verify: t!(
        "Retry with a fresh token after the wait; the login succeeds.",
        "Versuchen Sie es nach der Wartezeit mit einem frischen Token erneut; die Anmeldung gelingt."
    ),
    command: None,
};

/// Check that the address is an Exchange Online mailbox.
pub const EXO_CHECK_MAILBOX: StepDef = StepDef {
    key: "exo_check_mailbox",
    link: ChainLink::MailboxPermission,
    action: t!(
        "Check that the address is an Exchange Online mailbox and note its primary address: a licensed user mailbox or a shared mailbox — not soft-deleted, not on-premises, not just an alias of another mailbox.",
        "Prüfen Sie, dass die Adresse ein Exchange Online-Postfach ist, und notieren Sie die primäre Adresse: ein lizenziertes Benutzerpostfach oder ein freigegebenes Postfach – nicht vorläufig gelöscht, nicht lokal (on-premises), nicht nur ein Alias eines anderen Postfachs."
    ),
    verify: t!(
        "RecipientTypeDetails is UserMailbox or SharedMailbox and PrimarySmtpAddress is the address the app uses.",
        "RecipientTypeDetails ist UserMailbox oder SharedMailbox, und PrimarySmtpAddress ist die Adresse, die die App verwendet."
    ),
    command: Some("Get-Mailbox -Identity <MAILBOX> | Format-List PrimarySmtpAddress,RecipientTypeDetails"),
};

/// Read the mailbox's protocol settings.
pub const EXO_CHECK_CAS_MAILBOX: StepDef = StepDef {
    key: "exo_check_cas_mailbox",
    link: ChainLink::Protocol,
    action: t!(
        "Read the mailbox's protocol switches.",
        "Lesen Sie die Protokollschalter des Postfachs."
    ),
    verify: t!(
        "ImapEnabled/PopEnabled are True for the protocol in use; SmtpClientAuthenticationDisabled is False (or empty and the organisation allows SMTP AUTH).",
        "ImapEnabled/PopEnabled sind True für das verwendete Protokoll; SmtpClientAuthenticationDisabled ist False (oder leer, und die Organisation erlaubt SMTP AUTH)."
    ),
    command: Some("Get-CASMailbox -Identity <MAILBOX> | Format-List ImapEnabled,PopEnabled,SmtpClientAuthenticationDisabled,EwsEnabled"),
};

/// Enable IMAP on the mailbox.
pub const EXO_ENABLE_IMAP: StepDef = StepDef {
    key: "exo_enable_imap",
    link: ChainLink::Protocol,
    action: t!(
        "IMAP: enable IMAP for the mailbox.",
        "IMAP: Aktivieren Sie IMAP für das Postfach."
    ),
    verify: t!(
        "Get-CASMailbox shows ImapEnabled True.",
        "Get-CASMailbox zeigt ImapEnabled True."
    ),
    command: Some("Set-CASMailbox -Identity <MAILBOX> -ImapEnabled $true"),
};

/// Enable POP on the mailbox.
pub const EXO_ENABLE_POP: StepDef = StepDef {
    key: "exo_enable_pop",
    link: ChainLink::Protocol,
    action: t!(
        "POP: enable POP for the mailbox.",
        "POP: Aktivieren Sie POP für das Postfach."
    ),
    verify: t!(
        "Get-CASMailbox shows PopEnabled True.",
        "Get-CASMailbox zeigt PopEnabled True."
    ),
    command: Some("Set-CASMailbox -Identity <MAILBOX> -PopEnabled $true"),
};

/// Allow SMTP AUTH for one mailbox.
pub const EXO_ENABLE_SMTP_AUTH_MAILBOX: StepDef = StepDef {
    key: "exo_enable_smtp_auth_mailbox",
    link: ChainLink::Protocol,
    action: t!(
        "SMTP: allow SMTP AUTH for this mailbox only ($false here overrides an organisation-wide block; Microsoft's recommended pattern).",
        "SMTP: Erlauben Sie SMTP AUTH nur für dieses Postfach ($false hier hebt eine organisationsweite Sperre auf; von Microsoft empfohlenes Vorgehen)."
    ),
    verify: t!(
        "Get-CASMailbox shows SmtpClientAuthenticationDisabled False.",
        "Get-CASMailbox zeigt SmtpClientAuthenticationDisabled False."
    ),
    command: Some("Set-CASMailbox -Identity <MAILBOX> -SmtpClientAuthenticationDisabled $false"),
};

/// Allow SMTP AUTH for the organisation.
pub const EXO_ENABLE_SMTP_AUTH_TENANT: StepDef = StepDef {
    key: "exo_enable_smtp_auth_tenant",
    link: ChainLink::Protocol,
    action: t!(
        "Only if many mailboxes need it: allow SMTP AUTH organisation-wide (it is off by default in organisations created after January 2020). Prefer the per-mailbox setting.",
        "Nur wenn viele Postfächer es brauchen: Erlauben Sie SMTP AUTH organisationsweit (in Organisationen, die nach Januar 2020 angelegt wurden, standardmäßig aus). Besser die Einstellung pro Postfach."
    ),
    verify: t!(
        "Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled shows False.",
        "Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled zeigt False."
    ),
    command: Some("Set-TransportConfig -SmtpClientAuthenticationDisabled $false"),
};

/// Switch the client from password to OAuth.
pub const CLIENT_USE_XOAUTH2: StepDef = StepDef {
    key: "client_use_xoauth2",
    link: ChainLink::Client,
    action: t!(
        "Configure the client for OAuth 2.0 (SASL XOAUTH2) instead of username/password (AUTH LOGIN/PLAIN, IMAP LOGIN): Exchange Online rejects basic authentication, and for SMTP AUTH it is being retired.",
        "Stellen Sie den Client auf OAuth 2.0 (SASL XOAUTH2) statt Benutzername/Kennwort um (AUTH LOGIN/PLAIN, IMAP LOGIN): Exchange Online lehnt die Standardauthentifizierung ab, für SMTP AUTH wird sie abgeschaltet."
    ),
    verify: t!(
        "The client log shows AUTHENTICATE XOAUTH2 / AUTH XOAUTH2 and a success reply.",
        "Das Client-Protokoll zeigt AUTHENTICATE XOAUTH2 / AUTH XOAUTH2 und eine Erfolgsantwort."
    ),
    command: None,
};

/// Build the XOAUTH2 string correctly.
pub const CLIENT_XOAUTH2_FORMAT: StepDef = StepDef {
    key: "client_xoauth2_format",
    link: ChainLink::Client,
    action: t!(
        "Build the string as base64(\"user=\" + mailbox + \\x01 + \"auth=Bearer \" + token + \\x01 + \\x01) with real 0x01 bytes (not ^A, not line breaks), standard base64 encoded once, sent on one line.",
        "Bauen Sie die Zeichenkette als base64(\"user=\" + Postfach + \\x01 + \"auth=Bearer \" + Token + \\x01 + \\x01) mit echten 0x01-Bytes (nicht ^A, keine Zeilenumbrüche), einmal Standard-Base64-kodiert, in einer Zeile gesendet."
    ),
    verify: t!(
        "Pasted here, the XOAUTH2 string decodes without framing warnings.",
        "Hier eingefügt, wird die XOAUTH2-Zeichenkette ohne Formatwarnungen dekodiert."
    ),
    command: None,
};

/// Put the right mailbox into user=.
pub const CLIENT_USER_MATCHES_MAILBOX: StepDef = StepDef {
    key: "client_user_matches_mailbox",
    link: ChainLink::Client,
    action: t!(
        "Set user= (the login name in the client) to the primary address of the mailbox to open or send from: app-only — a mailbox the service principal has FullAccess on; delegated — the signed-in user, or a shared mailbox that user has FullAccess on.",
        "Setzen Sie user= (den Anmeldenamen im Client) auf die primäre Adresse des Postfachs, das geöffnet bzw. aus dem gesendet wird: nur App – ein Postfach, auf das der Dienstprinzipal FullAccess hat; delegiert – der angemeldete Benutzer oder ein freigegebenes Postfach, auf das dieser FullAccess hat."
    ),
    verify: t!(
        "user= equals the mailbox's PrimarySmtpAddress and, for delegated tokens, the token's upn or a mailbox it may open.",
        "user= entspricht der PrimarySmtpAddress des Postfachs und bei delegierten Token dem upn im Token oder einem Postfach, das dieser öffnen darf."
    ),
    command: None,
};

/// Set the EWS impersonation header to match the token type.
pub const CLIENT_EWS_IMPERSONATION: StepDef = StepDef {
    key: "client_ews_impersonation",
    link: ChainLink::Client,
    action: t!(
        "EWS: with an app-only token (full_access_as_app) set ExchangeImpersonation / ImpersonatedUserId to the target mailbox's SMTP address on every request; with a delegated token do not send it.",
        "EWS: Setzen Sie bei einem App-Token (full_access_as_app) ExchangeImpersonation / ImpersonatedUserId bei jeder Anfrage auf die SMTP-Adresse des Zielpostfachs; bei einem delegierten Token senden Sie es nicht."
    ),
    verify: t!(
        "The EWS call returns data instead of a SOAP fault about the impersonation header.",
        "Der EWS-Aufruf liefert Daten statt eines SOAP-Fehlers zum Impersonation-Header."
    ),
    command: None,
};

/// Check the local SASL plugin or token callback.
pub const CLIENT_SASL_PLUGIN: StepDef = StepDef {
    key: "client_sasl_plugin",
    link: ChainLink::Client,
    action: t!(
        "Check the client's local XOAUTH2 support: the SASL plugin is installed and loaded (e.g. sasl-xoauth2 for Postfix/Cyrus), its token file is readable by the service user, and the token callback returns a token. Turn on the library's protocol log.",
        "Prüfen Sie die lokale XOAUTH2-Unterstützung des Clients: Das SASL-Plugin ist installiert und geladen (z. B. sasl-xoauth2 für Postfix/Cyrus), seine Token-Datei ist für das Dienstkonto lesbar, und der Token-Callback liefert ein Token. Schalten Sie das Protokoll-Log der Bibliothek ein."
    ),
    verify: t!(
        "The protocol log shows AUTHENTICATE/AUTH XOAUTH2 sent and a server reply.",
        "Das Protokoll-Log zeigt gesendetes AUTHENTICATE/AUTH XOAUTH2 und eine Serverantwort."
    ),
    command: None,
};

/// Check outbound network access.
pub const CLIENT_NETWORK_EGRESS: StepDef = StepDef {
    key: "client_network_egress",
    link: ChainLink::Client,
    action: t!(
        "From the host that runs the app, test outbound access to login.microsoftonline.com:443 and the mail host (outlook.office365.com:993 IMAP, :995 POP, smtp.office365.com:587 SMTP); set the proxy for the service account or open the firewall.",
        "Testen Sie vom Host der App den ausgehenden Zugriff auf login.microsoftonline.com:443 und den Mailhost (outlook.office365.com:993 IMAP, :995 POP, smtp.office365.com:587 SMTP); richten Sie den Proxy für das Dienstkonto ein oder öffnen Sie die Firewall."
    ),
    verify: t!(
        "TcpTestSucceeded is True for each host.",
        "TcpTestSucceeded ist True für jeden Host."
    ),
    command: Some("Test-NetConnection -ComputerName login.microsoftonline.com -Port 443"),
};

/// Check Microsoft 365 service health.
pub const SERVICE_HEALTH: StepDef = StepDef {
    key: "service_health",
    link: ChainLink::Client,
    action: t!(
        "Microsoft 365 admin center → Health → Service health: look for an active Exchange Online or Entra incident; retry after it is resolved, without changing configuration.",
        "Microsoft 365 Admin Center → Integrität → Dienstintegrität: Suchen Sie nach einem aktiven Vorfall bei Exchange Online oder Entra; versuchen Sie es nach der Behebung erneut, ohne die Konfiguration zu ändern."
    ),
    verify: t!(
        "The incident is marked resolved and the login works again.",
        "Der Vorfall ist als behoben markiert, und die Anmeldung funktioniert wieder."
    ),
    command: None,
};

/// Every step of the catalogue, once.
pub static STEPS: &[StepDef] = &[
    ENTRA_NEW_CLIENT_SECRET,
    ENTRA_TEST_TOKEN_REQUEST,
    ENTRA_UPLOAD_CERTIFICATE,
    ENTRA_CHECK_CLIENT_ID,
    ENTRA_TENANT_ENDPOINT,
    ENTRA_CLIENT_TYPE,
    ENTRA_REDIRECT_URI,
    ENTRA_FIX_REQUEST_BODY,
    ENTRA_ACCOUNT_TYPE,
    ENTRA_SCOPE_EXCHANGE_DEFAULT,
    ENTRA_ADD_EXCHANGE_APP_PERMISSION,
    ENTRA_GRANT_ADMIN_CONSENT,
    ENTRA_SIGN_IN_LOGS,
    ENTRA_CONDITIONAL_ACCESS,
    ENTRA_SECURITY_DEFAULTS,
    ENTRA_LEAVE_PASSWORD_FLOW,
    TOKEN_CHECK_CLAIMS,
    RESTART_SERVICE_FRESH_TOKEN,
    EXO_CONNECT,
    EXO_ADMIN_ROLE,
    ENTRA_FIND_SP_OBJECT_ID,
    EXO_GET_SERVICE_PRINCIPAL,
    EXO_REMOVE_SERVICE_PRINCIPAL,
    EXO_NEW_SERVICE_PRINCIPAL,
    ENTRA_ENABLE_ACCOUNT,
    EXO_ADD_MAILBOX_PERMISSION,
    EXO_TEST_SP_AUTHORIZATION,
    EXO_ADD_SENDAS,
    WAIT_REPLICATION,
    EXO_CHECK_MAILBOX,
    EXO_CHECK_CAS_MAILBOX,
    EXO_ENABLE_IMAP,
    EXO_ENABLE_POP,
    EXO_ENABLE_SMTP_AUTH_MAILBOX,
    EXO_ENABLE_SMTP_AUTH_TENANT,
    SYNC_CLOCK,
    CLIENT_USE_XOAUTH2,
    CLIENT_XOAUTH2_FORMAT,
    CLIENT_USER_MATCHES_MAILBOX,
    CLIENT_EWS_IMPERSONATION,
    CLIENT_SASL_PLUGIN,
    CLIENT_NETWORK_EGRESS,
    SERVICE_HEALTH,
];

/// The step with `key`, if the catalogue has one.
pub fn step(key: &str) -> Option<&'static StepDef> {
    STEPS.iter().find(|s| s.key == key)
}
