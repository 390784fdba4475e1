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
        "App registrations → your app → Certificates & secrets → New client secret. Copy the Value at once (shown only once; the Secret ID is not the secret) into the app's configuration.",
        "App-Registrierungen → Ihre App → Zertifikate & Geheimnisse → Neuer geheimer Clientschlüssel. Kopieren Sie sofort den Wert (nur einmal sichtbar; die Geheimnis-ID ist nicht das Geheimnis) in die Konfiguration der App."
    ),
    verify: t!(
        "The token request returns an access_token, not an AADSTS error.",
        "Die Tokenanforderung liefert ein access_token statt eines AADSTS-Fehlers."
    ),
    command: None,
};

/// Request a token by hand to test the credentials.
pub const ENTRA_TEST_TOKEN_REQUEST: StepDef = StepDef {
    key: "entra_test_token_request",
    link: ChainLink::Token,
    action: t!(
        "Request an app-only token by hand with the app's tenant, client id and secret.",
        "Fordern Sie von Hand ein App-Token mit Mandant, Client-ID und Geheimnis der App an."
    ),
    verify: t!(
        "The answer holds an access_token; paste it here to check aud and roles.",
        "Die Antwort enthält ein access_token; fügen Sie es hier ein, um aud und roles zu prüfen."
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
        "App registrations → your app → Certificates & secrets → Certificates: upload the public part (.cer) of the certificate that signs the client assertion; replace it if expired.",
        "App-Registrierungen → Ihre App → Zertifikate & Geheimnisse → Zertifikate: Laden Sie den öffentlichen Teil (.cer) des Zertifikats hoch, das die Client-Assertion signiert; abgelaufene ersetzen."
    ),
    verify: t!(
        "The portal's thumbprint equals the app's (x5t) and the end date is in the future.",
        "Der Fingerabdruck im Portal entspricht dem der App (x5t), das Ablaufdatum liegt in der Zukunft."
    ),
    command: None,
};

/// Check client id and tenant against the app registration.
pub const ENTRA_CHECK_CLIENT_ID: StepDef = StepDef {
    key: "entra_check_client_id",
    link: ChainLink::AppRegistration,
    action: t!(
        "Compare client_id with \"Application (client) ID\" and the URL's tenant with \"Directory (tenant) ID\" on the app's Overview. A multi-tenant app needs admin consent in the mailbox's tenant.",
        "Vergleichen Sie client_id mit der „Anwendungs-ID (Client)“ und den Mandanten der URL mit der „Verzeichnis-ID (Mandant)“ in der Übersicht der App. Eine mehrinstanzenfähige App braucht die Administratorzustimmung im Mandanten des Postfachs."
    ),
    verify: t!(
        "In the mailbox's tenant the command returns one service principal.",
        "Im Mandanten des Postfachs liefert der Befehl einen Dienstprinzipal."
    ),
    command: Some("Get-MgServicePrincipal -Filter \"appId eq '<APP_ID>'\" | Select-Object Id, AppId, DisplayName"),
};

/// Use a tenant-specific token endpoint in the right cloud.
pub const ENTRA_TENANT_ENDPOINT: StepDef = StepDef {
    key: "entra_tenant_endpoint",
    link: ChainLink::AppRegistration,
    action: t!(
        "Use https://login.microsoftonline.com/<TENANT_ID>/oauth2/v2.0/token with the tenant GUID or a verified domain — not /common, /organizations, /consumers or a leftover {tenant}. GCC High/DoD: login.microsoftonline.us; 21Vianet: login.partner.microsoftonline.cn.",
        "Verwenden Sie https://login.microsoftonline.com/<TENANT_ID>/oauth2/v2.0/token mit der Mandanten-GUID oder einer verifizierten Domäne – nicht /common, /organizations, /consumers oder ein übrig gebliebenes {tenant}. GCC High/DoD: login.microsoftonline.us; 21Vianet: login.partner.microsoftonline.cn."
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
        "App-only: scope=https://outlook.office365.com/.default — one resource, no named permissions, no Graph scope, URL-encoded once. Delegated: https://outlook.office.com/IMAP.AccessAsUser.All (POP.AccessAsUser.All, SMTP.Send) plus offline_access.",
        "Nur App: scope=https://outlook.office365.com/.default – eine Ressource, keine einzelnen Berechtigungen, kein Graph-Scope, einmal URL-kodiert. Delegiert: https://outlook.office.com/IMAP.AccessAsUser.All (POP.AccessAsUser.All, SMTP.Send) plus offline_access."
    ),
    verify: t!(
        "The new token's aud is Exchange Online, not https://graph.microsoft.com.",
        "aud im neuen Token ist Exchange Online, nicht https://graph.microsoft.com."
    ),
    command: None,
};

/// Add the Exchange Online application permission.
pub const ENTRA_ADD_EXCHANGE_APP_PERMISSION: StepDef = StepDef {
    key: "entra_add_exchange_app_permission",
    link: ChainLink::PermissionConsent,
    action: t!(
        "API permissions → Add a permission → APIs my organization uses → search 00000002-0000-0ff1-ce00-000000000000 (Office 365 Exchange Online) → Application permissions → IMAP.AccessAsApp, POP.AccessAsApp or SMTP.SendAsApp (EWS: full_access_as_app). Graph Mail.* does not open IMAP/POP/SMTP.",
        "API-Berechtigungen → Berechtigung hinzufügen → Von meiner Organisation verwendete APIs → 00000002-0000-0ff1-ce00-000000000000 (Office 365 Exchange Online) suchen → Anwendungsberechtigungen → IMAP.AccessAsApp, POP.AccessAsApp oder SMTP.SendAsApp (EWS: full_access_as_app). Graph-Mail.* öffnet kein IMAP/POP/SMTP."
    ),
    verify: t!(
        "It is listed under Office 365 Exchange Online with type Application.",
        "Sie steht unter Office 365 Exchange Online mit dem Typ Anwendung."
    ),
    command: None,
};

/// Grant admin consent.
pub const ENTRA_GRANT_ADMIN_CONSENT: StepDef = StepDef {
    key: "entra_grant_admin_consent",
    link: ChainLink::PermissionConsent,
    action: t!(
        "API permissions → \"Grant admin consent for <tenant>\". A multi-tenant app is consented in each customer tenant via its admin-consent URL.",
        "API-Berechtigungen → „Administratorzustimmung für <Mandant> erteilen“. Eine mehrinstanzenfähige App erhält sie in jedem Kundenmandanten über ihre Admin-Consent-URL."
    ),
    verify: t!(
        "Status shows \"Granted for …\"; the command lists an Office 365 Exchange Online assignment (output names unverified).",
        "Status zeigt „Gewährt für …“; der Befehl listet eine Zuweisung an Office 365 Exchange Online (Ausgabefelder nicht verifiziert)."
    ),
    command: Some("Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId <SERVICE_PRINCIPAL_OBJECT_ID>"),
};

/// Set the app's client type to match the flow.
pub const ENTRA_CLIENT_TYPE: StepDef = StepDef {
    key: "entra_client_type",
    link: ChainLink::AppRegistration,
    action: t!(
        "Client credentials: send client_secret or client_assertion (check the variable is not empty). Device-code/interactive public flows: set Authentication → \"Allow public client flows\" to Yes and send no secret.",
        "Client Credentials: client_secret oder client_assertion senden (Variable nicht leer?). Öffentliche Gerätecode-/interaktive Flows: Authentifizierung → „Öffentliche Clientflows zulassen“ auf Ja, kein Geheimnis senden."
    ),
    verify: t!(
        "No more AADSTS7000218 or 700025.",
        "Kein AADSTS7000218 oder 700025 mehr."
    ),
    command: None,
};

/// Register the exact redirect URI.
pub const ENTRA_REDIRECT_URI: StepDef = StepDef {
    key: "entra_redirect_uri",
    link: ChainLink::AppRegistration,
    action: t!(
        "App registrations → your app → Authentication: add the exact redirect URI the client sends (scheme, host, port, path, trailing slash) under the right platform.",
        "App-Registrierungen → Ihre App → Authentifizierung: Tragen Sie die exakte Umleitungs-URI des Clients (Schema, Host, Port, Pfad, abschließender Schrägstrich) unter der richtigen Plattform ein."
    ),
    verify: t!(
        "The sign-in completes without AADSTS50011/500113/900971.",
        "Die Anmeldung läuft ohne AADSTS50011/500113/900971 durch."
    ),
    command: None,
};

/// Fix the token request body.
pub const ENTRA_FIX_REQUEST_BODY: StepDef = StepDef {
    key: "entra_fix_request_body",
    link: ChainLink::AppRegistration,
    action: t!(
        "POST the token request as application/x-www-form-urlencoded (not JSON) with client_id, scope, grant_type and the credential; look for empty variables and misspelt fields.",
        "Senden Sie die Tokenanforderung per POST als application/x-www-form-urlencoded (nicht JSON) mit client_id, scope, grant_type und Anmeldeinformation; suchen Sie leere Variablen und falsch geschriebene Felder."
    ),
    verify: t!(
        "A token, or a more specific AADSTS code, comes back.",
        "Es kommt ein Token oder ein genauerer AADSTS-Code zurück."
    ),
    command: None,
};

/// Match the account type to the app registration.
pub const ENTRA_ACCOUNT_TYPE: StepDef = StepDef {
    key: "entra_account_type",
    link: ChainLink::AppRegistration,
    action: t!(
        "Check the app's \"Supported account types\": an Exchange Online mailbox needs a work account of your tenant; personal outlook.com accounts use /consumers and get no admin consent or app-only access.",
        "Prüfen Sie „Unterstützte Kontotypen“ der App: Ein Exchange-Online-Postfach braucht ein Geschäftskonto Ihres Mandanten; private outlook.com-Konten verwenden /consumers und erhalten weder Administratorzustimmung noch reinen App-Zugriff."
    ),
    verify: t!(
        "The token's tid is your tenant, not 9188040d-… (personal accounts).",
        "tid im Token ist Ihr Mandant, nicht 9188040d-… (private Konten)."
    ),
    command: None,
};

/// Read the failed sign-in in the Entra sign-in logs.
pub const ENTRA_SIGN_IN_LOGS: StepDef = StepDef {
    key: "entra_sign_in_logs",
    link: ChainLink::PermissionConsent,
    action: t!(
        "Entra admin center → Sign-in logs (\"Service principal sign-ins\" for app-only, non-interactive user sign-ins for password flows): open the failure; read Failure reason and the Conditional Access tab.",
        "Entra Admin Center → Anmeldeprotokolle („Dienstprinzipalanmeldungen“ für nur App, nicht interaktive Benutzeranmeldungen für Kennwort-Flows): Fehler öffnen; Fehlerursache und Registerkarte Bedingter Zugriff lesen."
    ),
    verify: t!(
        "The next attempt is logged as Success.",
        "Der nächste Versuch wird als Erfolg protokolliert."
    ),
    command: None,
};

/// Adjust the Conditional Access policy.
pub const ENTRA_CONDITIONAL_ACCESS: StepDef = StepDef {
    key: "entra_conditional_access",
    link: ChainLink::PermissionConsent,
    action: t!(
        "Conditional Access: with your security team, adjust the policy named in the sign-in log (e.g. allow the service's location, or exclude the workload identity or service account).",
        "Bedingter Zugriff: Passen Sie mit Ihrem Sicherheitsteam die im Anmeldeprotokoll genannte Richtlinie an (z. B. Standort des Dienstes zulassen oder Workload-Identität bzw. Dienstkonto ausnehmen)."
    ),
    verify: t!(
        "The sign-in log shows the policy as not applied or passed.",
        "Das Anmeldeprotokoll zeigt die Richtlinie als nicht angewendet oder erfüllt."
    ),
    command: None,
};

/// Review security defaults.
pub const ENTRA_SECURITY_DEFAULTS: StepDef = StepDef {
    key: "entra_security_defaults",
    link: ChainLink::PermissionConsent,
    action: t!(
        "Entra admin center → Properties → Manage security defaults: they block password authentication. Keep them and move the client to OAuth, or replace them with Conditional Access.",
        "Entra Admin Center → Eigenschaften → Sicherheitsstandards verwalten: Sie sperren Kennwortauthentifizierung. Behalten Sie sie und stellen Sie den Client auf OAuth um, oder ersetzen Sie sie durch bedingten Zugriff."
    ),
    verify: t!(
        "The client signs in with XOAUTH2 without a security-defaults block.",
        "Der Client meldet sich per XOAUTH2 ohne Sperre durch Sicherheitsstandards an."
    ),
    command: None,
};

/// Replace the password (ROPC) flow.
pub const ENTRA_LEAVE_PASSWORD_FLOW: StepDef = StepDef {
    key: "entra_leave_password_flow",
    link: ChainLink::PermissionConsent,
    action: t!(
        "Replace the username/password (ROPC) flow: a service uses client credentials with IMAP.AccessAsApp / POP.AccessAsApp / SMTP.SendAsApp; a user signs in interactively or by device code (can do MFA).",
        "Ersetzen Sie den Flow mit Benutzername/Kennwort (ROPC): Ein Dienst nutzt Client Credentials mit IMAP.AccessAsApp / POP.AccessAsApp / SMTP.SendAsApp; ein Benutzer meldet sich interaktiv oder per Gerätecode an (MFA-fähig)."
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
        "Entra → Users → the mailbox's user (also for shared mailboxes): allow sign-in, unlock if locked. That OAuth needs this for shared mailboxes is experience, not documented by Microsoft: try it as a test.",
        "Entra → Benutzer → Benutzer des Postfachs (auch bei freigegebenen): Anmeldung zulassen, bei Sperre entsperren. Dass OAuth das bei freigegebenen Postfächern braucht, ist ein Erfahrungswert, nicht von Microsoft dokumentiert: als Test versuchen."
    ),
    verify: t!(
        "The command shows AccountEnabled True.",
        "Der Befehl zeigt AccountEnabled True."
    ),
    command: Some("Get-MgUser -UserId <MAILBOX> -Property AccountEnabled | Select-Object AccountEnabled"),
};

/// Assign the user (or a group) to the enterprise application.
pub const ENTRA_ASSIGN_USER: StepDef = StepDef {
    key: "entra_assign_user",
    link: ChainLink::PermissionConsent,
    action: t!(
        "Entra → Enterprise applications → your app → Users and groups → Add user/group: assign the signing-in user or a group they are a direct member of (or set \"Assignment required?\" to No under Properties if every user may use the app).",
        "Entra → Unternehmensanwendungen → Ihre App → Benutzer und Gruppen → Benutzer/Gruppe hinzufügen: den anmeldenden Benutzer oder eine Gruppe zuweisen, deren direktes Mitglied er ist (oder unter Eigenschaften „Zuweisung erforderlich?“ auf Nein setzen, wenn jeder Benutzer die App nutzen darf)."
    ),
    verify: t!(
        "The user appears under Users and groups; the next sign-in gets a token without AADSTS50105.",
        "Der Benutzer erscheint unter Benutzer und Gruppen; die nächste Anmeldung erhält ein Token ohne AADSTS50105."
    ),
    command: Some("$u = Get-MgUser -UserId <MAILBOX>; New-MgUserAppRoleAssignment -UserId $u.Id -PrincipalId $u.Id -ResourceId <SERVICE_PRINCIPAL_OBJECT_ID> -AppRoleId ([Guid]::Empty)"),
};

/// Enable the app's service principal.
pub const ENTRA_ENABLE_SERVICE_PRINCIPAL: StepDef = StepDef {
    key: "entra_enable_service_principal",
    link: ChainLink::AppRegistration,
    action: t!(
        "Entra → Enterprise applications → your app → Properties: set \"Enabled for users to sign in?\" to Yes. If the app registration says Microsoft disabled it, only Microsoft support can lift that.",
        "Entra → Unternehmensanwendungen → Ihre App → Eigenschaften: „Aktiviert für die Benutzeranmeldung?“ auf Ja setzen. Meldet die App-Registrierung, dass Microsoft sie deaktiviert hat, kann das nur der Microsoft-Support aufheben."
    ),
    verify: t!(
        "Get-MgServicePrincipal shows AccountEnabled True; the token request no longer returns AADSTS7000112.",
        "Get-MgServicePrincipal zeigt AccountEnabled True; die Tokenanforderung liefert kein AADSTS7000112 mehr."
    ),
    command: Some("Update-MgServicePrincipal -ServicePrincipalId <SERVICE_PRINCIPAL_OBJECT_ID> -AccountEnabled:$true"),
};

/// Reset the expired password.
pub const ENTRA_RESET_PASSWORD: StepDef = StepDef {
    key: "entra_reset_password",
    link: ChainLink::PermissionConsent,
    action: t!(
        "Reset the account's password (Entra → Users → Reset password, or on-premises AD for synced accounts), sign in once interactively to set it, and put the new password into the app. For a service account, move to client credentials instead of a password that expires again.",
        "Setzen Sie das Kennwort des Kontos zurück (Entra → Benutzer → Kennwort zurücksetzen, bei synchronisierten Konten im lokalen AD), melden Sie sich einmal interaktiv an, um es festzulegen, und tragen Sie das neue Kennwort in der App ein. Für ein Dienstkonto besser zu Client Credentials wechseln als ein Kennwort, das wieder abläuft."
    ),
    verify: t!(
        "The command shows a recent LastPasswordChangeDateTime; the token request no longer returns AADSTS50055/50144.",
        "Der Befehl zeigt ein aktuelles LastPasswordChangeDateTime; die Tokenanforderung liefert kein AADSTS50055/50144 mehr."
    ),
    command: Some("Get-MgUser -UserId <MAILBOX> -Property LastPasswordChangeDateTime,PasswordPolicies | Select-Object LastPasswordChangeDateTime, PasswordPolicies"),
};

/// Check the token's claims on this page.
pub const TOKEN_CHECK_CLAIMS: StepDef = StepDef {
    key: "token_check_claims",
    link: ChainLink::Token,
    action: t!(
        "Paste the access token or XOAUTH2 line here: aud must be Exchange Online, roles must hold the protocol's permission (app-only) or scp its scope (delegated), exp must lie ahead.",
        "Fügen Sie Access Token oder XOAUTH2-Zeile hier ein: aud muss Exchange Online sein, roles die Berechtigung des Protokolls enthalten (nur App) bzw. scp den Scope (delegiert), exp in der Zukunft liegen."
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
        "Restart the app's service (or clear its token cache) so it requests a new token; an old token keeps its old roles until it expires (60–90 min). Revoked or expired delegated refresh tokens need a new sign-in.",
        "Starten Sie den Dienst der App neu (oder leeren Sie ihren Token-Cache), damit sie ein neues Token anfordert; ein altes behält seine Rollen bis zum Ablauf (60–90 Min.). Widerrufene oder abgelaufene delegierte Aktualisierungstoken brauchen eine neue Anmeldung."
    ),
    verify: t!(
        "The next token's iat is after your change.",
        "iat des nächsten Tokens liegt nach Ihrer Änderung."
    ),
    command: None,
};

/// Synchronise the host clock.
pub const SYNC_CLOCK: StepDef = StepDef {
    key: "sync_clock",
    link: ChainLink::Client,
    action: t!(
        "Synchronise the app host's clock (NTP / Windows time service), then mint a new token or assertion.",
        "Synchronisieren Sie die Uhr des App-Hosts (NTP / Windows-Zeitdienst) und erzeugen Sie dann ein neues Token bzw. eine neue Assertion."
    ),
    verify: t!(
        "The host's time matches a time server; nbf/iat are not in the future.",
        "Die Uhrzeit des Hosts stimmt mit einem Zeitserver überein; nbf/iat liegen nicht in der Zukunft."
    ),
    command: Some("w32tm /resync"),
};

/// Connect to Exchange Online PowerShell.
pub const EXO_CONNECT: StepDef = StepDef {
    key: "exo_connect",
    link: ChainLink::ExchangeServicePrincipal,
    action: t!(
        "Connect to Exchange Online PowerShell (module ExchangeOnlineManagement) as an Exchange admin; sovereign clouds add -ExchangeEnvironmentName.",
        "Verbinden Sie sich als Exchange-Administrator mit Exchange Online PowerShell (Modul ExchangeOnlineManagement); nationale Clouds ergänzen -ExchangeEnvironmentName."
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
        "Give the admin the Exchange Administrator role (or Organization Management), then reconnect: cmdlets are loaded at connect time.",
        "Geben Sie dem Administrator die Rolle Exchange-Administrator (oder Organization Management) und verbinden Sie sich neu: Cmdlets werden beim Verbinden geladen."
    ),
    verify: t!(
        "The command finds New-ServicePrincipal.",
        "Der Befehl findet New-ServicePrincipal."
    ),
    command: Some("Get-Command New-ServicePrincipal"),
};

/// Find the Enterprise application (service principal) object id.
pub const ENTRA_FIND_SP_OBJECT_ID: StepDef = StepDef {
    key: "entra_find_sp_object_id",
    link: ChainLink::ExchangeServicePrincipal,
    action: t!(
        "Enterprise applications (not App registrations) → your app → Overview → Object ID; or the Id column below; or az ad sp show --id <APP_ID> --query \"{id:id, appId:appId, name:displayName}\".",
        "Unternehmensanwendungen (nicht App-Registrierungen) → Ihre App → Übersicht → Objekt-ID; oder die Spalte Id unten; oder az ad sp show --id <APP_ID> --query \"{id:id, appId:appId, name:displayName}\"."
    ),
    verify: t!(
        "It differs from the App registration's Object ID and equals an app-only token's oid.",
        "Sie weicht von der Objekt-ID der App-Registrierung ab und entspricht dem oid eines App-Tokens."
    ),
    command: Some("Get-MgServicePrincipal -Filter \"appId eq '<APP_ID>'\" | Select-Object Id, AppId, DisplayName"),
};

/// Look at the service principal pointer Exchange holds.
pub const EXO_GET_SERVICE_PRINCIPAL: StepDef = StepDef {
    key: "exo_get_service_principal",
    link: ChainLink::ExchangeServicePrincipal,
    action: t!(
        "Show what Exchange has registered. An unknown identity returns all entries, so check the AppId.",
        "Zeigen Sie, was Exchange registriert hat. Eine unbekannte Identität liefert alle Einträge; prüfen Sie also die AppId."
    ),
    verify: t!(
        "AppId is the client id; ObjectId (older: ServiceId) is the token's oid.",
        "AppId ist die Client-ID; ObjectId (früher: ServiceId) ist das oid im Token."
    ),
    command: Some("Get-ServicePrincipal -Identity <APP_ID> | Format-List DisplayName,AppId,ObjectId,ServiceId,Identity"),
};

/// Remove a service principal pointer created with the wrong id.
pub const EXO_REMOVE_SERVICE_PRINCIPAL: StepDef = StepDef {
    key: "exo_remove_service_principal",
    link: ChainLink::ExchangeServicePrincipal,
    action: t!(
        "Remove the pointer created with the wrong id, so it can be created again.",
        "Entfernen Sie den mit der falschen ID angelegten Verweis, damit er neu angelegt werden kann."
    ),
    verify: t!(
        "Get-ServicePrincipal lists no entry with your AppId.",
        "Get-ServicePrincipal listet keinen Eintrag mit Ihrer AppId."
    ),
    command: Some("Remove-ServicePrincipal -Identity <APP_ID>"),
};

/// Register the service principal in Exchange Online.
pub const EXO_NEW_SERVICE_PRINCIPAL: StepDef = StepDef {
    key: "exo_new_service_principal",
    link: ChainLink::ExchangeServicePrincipal,
    action: t!(
        "Register the service principal in Exchange: -AppId = Application (client) ID, -ObjectId = Enterprise application object id (old guides: -ServiceId, deprecated, same value).",
        "Registrieren Sie den Dienstprinzipal in Exchange: -AppId = Anwendungs-ID (Client), -ObjectId = Objekt-ID der Unternehmensanwendung (alte Anleitungen: -ServiceId, abgekündigt, gleicher Wert)."
    ),
    verify: t!(
        "Get-ServicePrincipal -Identity <APP_ID> shows the right ObjectId.",
        "Get-ServicePrincipal -Identity <APP_ID> zeigt die richtige ObjectId."
    ),
    command: Some("New-ServicePrincipal -AppId <APP_ID> -ObjectId <SERVICE_PRINCIPAL_OBJECT_ID> -DisplayName <NAME>"),
};

/// Grant FullAccess on the mailbox to the service principal.
pub const EXO_ADD_MAILBOX_PERMISSION: StepDef = StepDef {
    key: "exo_add_mailbox_permission",
    link: ChainLink::MailboxPermission,
    action: t!(
        "Give the service principal FullAccess on the user= mailbox. <SERVICE_PRINCIPAL_ID> is the Identity from Get-ServicePrincipal (Microsoft's example) or its object id.",
        "Geben Sie dem Dienstprinzipal FullAccess auf das Postfach in user=. <SERVICE_PRINCIPAL_ID> ist die Identity aus Get-ServicePrincipal (Beispiel von Microsoft) oder seine Objekt-ID."
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
        "Graph/EWS with RBAC for Applications: test whether the assignment's scope covers the mailbox (bypasses the cache; ignores IMAP/POP FullAccess).",
        "Graph/EWS mit RBAC für Anwendungen: Prüfen Sie, ob der Bereich der Zuweisung das Postfach umfasst (umgeht den Cache; ignoriert FullAccess für IMAP/POP)."
    ),
    verify: t!(
        "InScope is True.",
        "InScope ist True."
    ),
    command: Some("Test-ServicePrincipalAuthorization -Identity <SERVICE_PRINCIPAL_ID> -Resource <MAILBOX>"),
};

/// Show the Application Access Policies of the tenant.
pub const EXO_GET_APP_ACCESS_POLICY: StepDef = StepDef {
    key: "exo_get_app_access_policy",
    link: ChainLink::MailboxPermission,
    action: t!(
        "List the Application Access Policies for this app: RestrictAccess admits only members of the group in ScopeName, DenyAccess shuts them out. Add the mailbox to that mail-enabled security group (or change the policy); with RBAC for Applications widen the management scope instead.",
        "Listen Sie die Anwendungszugriffsrichtlinien dieser App auf: RestrictAccess lässt nur Mitglieder der Gruppe in ScopeName zu, DenyAccess sperrt sie aus. Nehmen Sie das Postfach in diese E-Mail-aktivierte Sicherheitsgruppe auf (oder ändern Sie die Richtlinie); bei RBAC für Anwendungen stattdessen den Verwaltungsbereich erweitern."
    ),
    verify: t!(
        "The policy for the app's AppId names the group the mailbox is a member of.",
        "Die Richtlinie für die AppId der App nennt die Gruppe, in der das Postfach Mitglied ist."
    ),
    command: Some("Get-ApplicationAccessPolicy | Where-Object { $_.AppId -eq '<APP_ID>' } | Format-List AppId,ScopeName,AccessRight,Description"),
};

/// Test an Application Access Policy for one mailbox.
pub const EXO_TEST_APP_ACCESS_POLICY: StepDef = StepDef {
    key: "exo_test_app_access_policy",
    link: ChainLink::MailboxPermission,
    action: t!(
        "Test whether the Application Access Policy admits the app to this mailbox. Changes can take an hour or more to reach Graph and EWS even after the test says Granted.",
        "Prüfen Sie, ob die Anwendungszugriffsrichtlinie die App zu diesem Postfach zulässt. Änderungen können eine Stunde oder länger brauchen, bis Graph und EWS sie übernehmen, auch wenn der Test schon Granted meldet."
    ),
    verify: t!(
        "AccessCheckResult is Granted.",
        "AccessCheckResult ist Granted."
    ),
    command: Some("Test-ApplicationAccessPolicy -Identity <MAILBOX> -AppId <APP_ID>"),
};

/// Release a sender blocked for outbound spam.
pub const EXO_RELEASE_BLOCKED_SENDER: StepDef = StepDef {
    key: "exo_release_blocked_sender",
    link: ChainLink::Protocol,
    action: t!(
        "Look the sender up among the users restricted from sending (Microsoft Defender portal → Restricted entities, or Get-BlockedSenderAddress). Find out why it sent spam (a compromised account, a loop, a bulk job) and fix that first, then release it with Remove-BlockedSenderAddress. 5.7.705 or 5.7.708 without a listed user: the tenant is restricted; open a Microsoft support request.",
        "Suchen Sie den Absender unter den für das Senden gesperrten Benutzern (Microsoft Defender-Portal → Eingeschränkte Entitäten oder Get-BlockedSenderAddress). Klären Sie zuerst, warum er Spam gesendet hat (kompromittiertes Konto, Schleife, Massenversand), dann geben Sie ihn mit Remove-BlockedSenderAddress frei. 5.7.705 oder 5.7.708 ohne gelisteten Benutzer: Der Mandant ist eingeschränkt; öffnen Sie eine Supportanfrage bei Microsoft."
    ),
    verify: t!(
        "Get-BlockedSenderAddress no longer lists the sender and a test message is accepted.",
        "Get-BlockedSenderAddress listet den Absender nicht mehr, und eine Testnachricht wird angenommen."
    ),
    command: Some("Get-BlockedSenderAddress -SenderAddress <FROM_ADDRESS>"),
};

/// Grant SendAs on the From address.
pub const EXO_ADD_SENDAS: StepDef = StepDef {
    key: "exo_add_sendas",
    link: ChainLink::MailboxPermission,
    action: t!(
        "Let the sender identity send as the From address, or make From equal user=. The service principal as trustee follows Microsoft's OAuth article; the cmdlet reference names only users and groups.",
        "Erlauben Sie der sendenden Identität, als From-Adresse zu senden, oder setzen Sie From gleich user=. Der Dienstprinzipal als Trustee folgt Microsofts OAuth-Artikel; die Cmdlet-Referenz nennt nur Benutzer und Gruppen."
    ),
    verify: t!(
        "Get-RecipientPermission -Identity <FROM_ADDRESS> lists SendAs.",
        "Get-RecipientPermission -Identity <FROM_ADDRESS> listet SendAs."
    ),
    command: Some("Add-RecipientPermission -Identity <FROM_ADDRESS> -AccessRights SendAs -Trustee <SERVICE_PRINCIPAL_ID>"),
};

/// Wait for Exchange to apply the change.
pub const WAIT_REPLICATION: StepDef = StepDef {
    key: "wait_replication",
    link: ChainLink::MailboxPermission,
    action: t!(
        "Wait before changing more: Exchange applies new service principals and permissions within up to 60 minutes, usually 5–15 (experience, not documented by Microsoft); RBAC for Applications caches 30 minutes to 2 hours.",
        "Warten Sie, bevor Sie weiter ändern: Exchange übernimmt neue Dienstprinzipale und Berechtigungen in bis zu 60 Minuten, meist 5–15 (Erfahrungswert, nicht von Microsoft dokumentiert); RBAC für Anwendungen speichert 30 Minuten bis 2 Stunden zwischen."
    ),
    verify: t!(
        "After the wait, a fresh token logs in.",
        "Nach der Wartezeit meldet sich ein frisches Token an."
    ),
    command: None,
};

/// Check that the address is an Exchange Online mailbox.
pub const EXO_CHECK_MAILBOX: StepDef = StepDef {
    key: "exo_check_mailbox",
    link: ChainLink::MailboxPermission,
    action: t!(
        "Check the address is an Exchange Online mailbox (licensed user or shared; not soft-deleted, on-premises or an alias) and note its primary address.",
        "Prüfen Sie, dass die Adresse ein Exchange-Online-Postfach ist (lizenzierter Benutzer oder freigegeben; nicht gelöscht, lokal oder Alias), und notieren Sie die primäre Adresse."
    ),
    verify: t!(
        "RecipientTypeDetails is UserMailbox or SharedMailbox; PrimarySmtpAddress is what the app uses.",
        "RecipientTypeDetails ist UserMailbox oder SharedMailbox; PrimarySmtpAddress ist, was die App verwendet."
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
        "The protocol in use is enabled; SmtpClientAuthenticationDisabled is False (or empty with SMTP AUTH allowed for the organisation).",
        "Das verwendete Protokoll ist aktiv; SmtpClientAuthenticationDisabled ist False (oder leer bei organisationsweit erlaubtem SMTP AUTH)."
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
    verify: t!("ImapEnabled is True.", "ImapEnabled ist True."),
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
    verify: t!("PopEnabled is True.", "PopEnabled ist True."),
    command: Some("Set-CASMailbox -Identity <MAILBOX> -PopEnabled $true"),
};

/// EWS in Exchange Online since its retirement began: the organisation's switch and app allow list.
/// The dates are the Exchange team's (blog "Exchange Online EWS, Your Time is Almost Up"); the
/// allow list is read with `-RetrieveEwsOperationAccessPolicy` and a change takes up to 24 hours
/// ("Control access to EWS in Exchange", office-developer-exchange-docs); that it is written
/// whole comes from the Microsoft EWS engineer's guide "Testing EWS App Access"
/// (David-Barrett-MS/PowerShell-EWS-Scripts wiki).
pub const EXO_EWS_ALLOWED: StepDef = StepDef {
    key: "exo_ews_allowed",
    link: ChainLink::Protocol,
    action: t!(
        "EWS: from 1 October 2026 Exchange Online turns EWS off tenant by tenant unless the organisation's EwsEnabled is True (Get-OrganizationConfig) and EwsAllowedAppIDs lists the app's client id; add it there (the list is written whole, so keep the IDs already in it) and move the app to Microsoft Graph before EWS ends on 1 April 2027. EWS's 403 names the block in its X-EWS-Policy-Reason header.",
        "EWS: ab dem 1. Oktober 2026 schaltet Exchange Online EWS Mandant für Mandant ab, es sei denn, EwsEnabled der Organisation ist True (Get-OrganizationConfig) und EwsAllowedAppIDs führt die Client-ID der App; tragen Sie sie dort ein (die Liste wird als Ganzes geschrieben, behalten Sie also die vorhandenen IDs) und stellen Sie die App vor dem Ende von EWS am 1. April 2027 auf Microsoft Graph um. Die 403-Antwort von EWS nennt die Sperre im Header X-EWS-Policy-Reason."
    ),
    verify: t!(
        "EwsEnabled is True and EwsAllowedAppIDs holds the app's client id (a change takes effect within 24 hours).",
        "EwsEnabled ist True und EwsAllowedAppIDs enthält die Client-ID der App (eine Änderung greift erst nach bis zu 24 Stunden)."
    ),
    command: Some("Get-OrganizationConfig -RetrieveEwsOperationAccessPolicy | Format-List EwsAllowedAppIDs"),
};

/// Allow SMTP AUTH for one mailbox.
pub const EXO_ENABLE_SMTP_AUTH_MAILBOX: StepDef = StepDef {
    key: "exo_enable_smtp_auth_mailbox",
    link: ChainLink::Protocol,
    action: t!(
        "SMTP: allow SMTP AUTH for this mailbox only; $false overrides an organisation-wide block (Microsoft's recommended pattern).",
        "SMTP: Erlauben Sie SMTP AUTH nur für dieses Postfach; $false hebt eine organisationsweite Sperre auf (von Microsoft empfohlen)."
    ),
    verify: t!(
        "SmtpClientAuthenticationDisabled is False.",
        "SmtpClientAuthenticationDisabled ist False."
    ),
    command: Some("Set-CASMailbox -Identity <MAILBOX> -SmtpClientAuthenticationDisabled $false"),
};

/// Allow SMTP AUTH for the organisation.
pub const EXO_ENABLE_SMTP_AUTH_TENANT: StepDef = StepDef {
    key: "exo_enable_smtp_auth_tenant",
    link: ChainLink::Protocol,
    action: t!(
        "Only if many mailboxes send: allow SMTP AUTH organisation-wide (off by default in tenants created after January 2020). Prefer the per-mailbox switch.",
        "Nur wenn viele Postfächer senden: SMTP AUTH organisationsweit erlauben (in Mandanten ab Januar 2020 standardmäßig aus). Besser der Schalter pro Postfach."
    ),
    verify: t!(
        "Get-TransportConfig shows SmtpClientAuthenticationDisabled False.",
        "Get-TransportConfig zeigt SmtpClientAuthenticationDisabled False."
    ),
    command: Some("Set-TransportConfig -SmtpClientAuthenticationDisabled $false"),
};

/// Switch the client from password to OAuth.
pub const CLIENT_USE_XOAUTH2: StepDef = StepDef {
    key: "client_use_xoauth2",
    link: ChainLink::Client,
    action: t!(
        "Configure the client for OAuth 2.0 (SASL XOAUTH2) instead of username/password (AUTH LOGIN/PLAIN, IMAP LOGIN); an Outlook add-in gets its token by nested app authentication (MSAL) instead of getCallbackTokenAsync or getUserIdentityTokenAsync.",
        "Stellen Sie den Client auf OAuth 2.0 (SASL XOAUTH2) statt Benutzername/Kennwort (AUTH LOGIN/PLAIN, IMAP LOGIN) um; ein Outlook-Add-in holt sein Token per Authentifizierung geschachtelter Apps (NAA, MSAL) statt mit getCallbackTokenAsync oder getUserIdentityTokenAsync."
    ),
    verify: t!(
        "The log shows AUTH XOAUTH2 and a success reply.",
        "Das Log zeigt AUTH XOAUTH2 und eine Erfolgsantwort."
    ),
    command: None,
};

/// Build the XOAUTH2 string correctly.
pub const CLIENT_XOAUTH2_FORMAT: StepDef = StepDef {
    key: "client_xoauth2_format",
    link: ChainLink::Client,
    action: t!(
        "Build base64(\"user=\" + mailbox + \\x01 + \"auth=Bearer \" + token + \\x01\\x01) with real 0x01 bytes (not ^A or line breaks), standard base64, encoded once, on one line.",
        "Bauen Sie base64(\"user=\" + Postfach + \\x01 + \"auth=Bearer \" + Token + \\x01\\x01) mit echten 0x01-Bytes (kein ^A, keine Zeilenumbrüche), Standard-Base64, einmal kodiert, in einer Zeile."
    ),
    verify: t!(
        "Pasted here, it decodes without framing warnings.",
        "Hier eingefügt, wird sie ohne Formatwarnungen dekodiert."
    ),
    command: None,
};

/// Put the right mailbox into user=.
pub const CLIENT_USER_MATCHES_MAILBOX: StepDef = StepDef {
    key: "client_user_matches_mailbox",
    link: ChainLink::Client,
    action: t!(
        "Set user= (the client's login name) to the primary address of the mailbox to open or send from: app-only, one the service principal has FullAccess on; delegated, the user's own or a shared one they have FullAccess on.",
        "Setzen Sie user= (Anmeldename im Client) auf die primäre Adresse des Postfachs, das geöffnet oder aus dem gesendet wird: nur App – eines mit FullAccess des Dienstprinzipals; delegiert – das eigene oder ein freigegebenes mit FullAccess des Benutzers."
    ),
    verify: t!(
        "user= equals the PrimarySmtpAddress (and, delegated, the token's upn or a mailbox it may open).",
        "user= entspricht der PrimarySmtpAddress (und delegiert dem upn im Token oder einem erlaubten Postfach)."
    ),
    command: None,
};

/// Set the EWS impersonation header to match the token type.
pub const CLIENT_EWS_IMPERSONATION: StepDef = StepDef {
    key: "client_ews_impersonation",
    link: ChainLink::Client,
    action: t!(
        "EWS: with an app-only token set ExchangeImpersonation (ImpersonatedUserId) to the target mailbox on every request; with a delegated token leave it out.",
        "EWS: Setzen Sie bei einem App-Token ExchangeImpersonation (ImpersonatedUserId) bei jeder Anfrage auf das Zielpostfach; bei einem delegierten Token weglassen."
    ),
    verify: t!(
        "The call returns data, not an impersonation SOAP fault.",
        "Der Aufruf liefert Daten statt eines Impersonation-SOAP-Fehlers."
    ),
    command: None,
};

/// Call Graph under /users/ with an app-only token.
pub const CLIENT_GRAPH_USERS_PATH: StepDef = StepDef {
    key: "client_graph_users_path",
    link: ChainLink::Client,
    action: t!(
        "An app-only token has no signed-in user: replace /me/… with /users/<mailbox or user id>/… in every Graph call (SDKs: users.byUserId(…) instead of me). If the app should act as the signed-in user, use a delegated flow instead.",
        "Ein App-only-Token hat keinen angemeldeten Benutzer: Ersetzen Sie /me/… in jedem Graph-Aufruf durch /users/<Postfach oder Benutzer-ID>/… (SDKs: users.byUserId(…) statt me). Soll die App als angemeldeter Benutzer handeln, nutzen Sie stattdessen einen delegierten Ablauf."
    ),
    verify: t!(
        "GET https://graph.microsoft.com/v1.0/users/<MAILBOX>/messages?$top=1 returns 200.",
        "GET https://graph.microsoft.com/v1.0/users/<MAILBOX>/messages?$top=1 liefert 200."
    ),
    command: None,
};

/// Keep within Exchange Online's connection and sending limits.
pub const CLIENT_REDUCE_CONCURRENCY: StepDef = StepDef {
    key: "client_reduce_concurrency",
    link: ChainLink::Client,
    action: t!(
        "Open fewer connections to the mailbox at once: reuse one SMTP/IMAP connection, send sequentially, limit threads and instances, and retry with back-off (honour Retry-After on 429). SMTP AUTH client submission allows 30 messages a minute and 10,000 recipients a day per mailbox; bulk mail belongs on another service.",
        "Öffnen Sie weniger gleichzeitige Verbindungen zum Postfach: eine SMTP-/IMAP-Verbindung wiederverwenden, nacheinander senden, Threads und Instanzen begrenzen und mit Wartezeit wiederholen (Retry-After bei 429 beachten). SMTP-AUTH-Clientübermittlung erlaubt 30 Nachrichten pro Minute und 10.000 Empfänger pro Tag je Postfach; Massenmail gehört auf einen anderen Dienst."
    ),
    verify: t!(
        "No more 432 4.3.2, 429 or ErrorExceededConnectionCount in the log.",
        "Keine 432 4.3.2, 429 oder ErrorExceededConnectionCount mehr im Log."
    ),
    command: None,
};

/// Make the client use TLS 1.2 or later.
pub const CLIENT_ENABLE_TLS12: StepDef = StepDef {
    key: "client_enable_tls12",
    link: ChainLink::Client,
    action: t!(
        "Make the client offer TLS 1.2 or later: update the device firmware or library; on .NET Framework target 4.7 or later or set SchUseStrongCrypto (then restart the service); on old Java or OpenSSL update the runtime.",
        "Sorgen Sie dafür, dass der Client TLS 1.2 oder neuer anbietet: Firmware oder Bibliothek aktualisieren; bei .NET Framework auf 4.7 oder neuer zielen oder SchUseStrongCrypto setzen (dann den Dienst neu starten); bei altem Java oder OpenSSL die Laufzeit aktualisieren."
    ),
    verify: t!(
        "The SMTP log shows STARTTLS followed by AUTH, with no 421 4.7.66 and no handshake error.",
        "Das SMTP-Log zeigt STARTTLS und danach AUTH, ohne 421 4.7.66 und ohne Handshake-Fehler."
    ),
    command: Some("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319' -Name SchUseStrongCrypto -Value 1 -Type DWord"),
};

/// Use the TLS mode the port expects.
pub const CLIENT_TLS_MODE: StepDef = StepDef {
    key: "client_tls_mode",
    link: ChainLink::Client,
    action: t!(
        "Match the client's encryption setting to the port: SMTP smtp.office365.com port 587 with STARTTLS (often labelled \"TLS\", \"STARTTLS\" or \"explicit\"; not \"SSL/TLS\" or SslOnConnect); IMAP outlook.office365.com port 993 and POP port 995 with TLS on connect (\"SSL/TLS\", \"implicit\").",
        "Stellen Sie die Verschlüsselung des Clients passend zum Port ein: SMTP smtp.office365.com Port 587 mit STARTTLS (oft „TLS“, „STARTTLS“ oder „explizit“ genannt; nicht „SSL/TLS“ oder SslOnConnect); IMAP outlook.office365.com Port 993 und POP Port 995 mit TLS beim Verbinden („SSL/TLS“, „implizit“)."
    ),
    verify: t!(
        "The protocol log shows the server greeting, then STARTTLS (SMTP) or the TLS handshake first (IMAP/POP), then AUTH offered, with no handshake error.",
        "Das Protokoll-Log zeigt die Begrüßung des Servers, dann STARTTLS (SMTP) bzw. zuerst den TLS-Handshake (IMAP/POP), dann das angebotene AUTH, ohne Handshake-Fehler."
    ),
    command: None,
};

/// Check the local SASL plugin or token callback.
pub const CLIENT_SASL_PLUGIN: StepDef = StepDef {
    key: "client_sasl_plugin",
    link: ChainLink::Client,
    action: t!(
        "Check the local XOAUTH2 support: plugin installed and loaded (e.g. sasl-xoauth2), token file readable by the service account, token callback working. Turn on the protocol log.",
        "Prüfen Sie die lokale XOAUTH2-Unterstützung: Plugin installiert und geladen (z. B. sasl-xoauth2), Token-Datei für das Dienstkonto lesbar, Token-Callback funktioniert. Protokoll-Log einschalten."
    ),
    verify: t!(
        "The log shows AUTH XOAUTH2 sent and a server reply.",
        "Das Log zeigt gesendetes AUTH XOAUTH2 und eine Serverantwort."
    ),
    command: None,
};

/// Check outbound network access.
pub const CLIENT_NETWORK_EGRESS: StepDef = StepDef {
    key: "client_network_egress",
    link: ChainLink::Client,
    action: t!(
        "From the app's host, test login.microsoftonline.com:443 and the mail host (outlook.office365.com:993/995, smtp.office365.com:587); set the service account's proxy or open the firewall.",
        "Testen Sie vom Host der App login.microsoftonline.com:443 und den Mailhost (outlook.office365.com:993/995, smtp.office365.com:587); Proxy für das Dienstkonto setzen oder Firewall öffnen."
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
        "Microsoft 365 admin center → Health → Service health: look for an Exchange Online or Entra incident; retry once it is resolved, without changing configuration.",
        "Microsoft 365 Admin Center → Integrität → Dienstintegrität: Nach einem Vorfall bei Exchange Online oder Entra suchen; nach Behebung erneut versuchen, ohne die Konfiguration zu ändern."
    ),
    verify: t!(
        "The incident is resolved and the login works.",
        "Der Vorfall ist behoben, die Anmeldung funktioniert."
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
    ENTRA_ASSIGN_USER,
    ENTRA_ENABLE_SERVICE_PRINCIPAL,
    ENTRA_RESET_PASSWORD,
    EXO_ADD_MAILBOX_PERMISSION,
    EXO_TEST_SP_AUTHORIZATION,
    EXO_GET_APP_ACCESS_POLICY,
    EXO_TEST_APP_ACCESS_POLICY,
    EXO_RELEASE_BLOCKED_SENDER,
    EXO_ADD_SENDAS,
    WAIT_REPLICATION,
    EXO_CHECK_MAILBOX,
    EXO_CHECK_CAS_MAILBOX,
    EXO_ENABLE_IMAP,
    EXO_ENABLE_POP,
    EXO_ENABLE_SMTP_AUTH_MAILBOX,
    EXO_EWS_ALLOWED,
    EXO_ENABLE_SMTP_AUTH_TENANT,
    SYNC_CLOCK,
    CLIENT_USE_XOAUTH2,
    CLIENT_XOAUTH2_FORMAT,
    CLIENT_USER_MATCHES_MAILBOX,
    CLIENT_EWS_IMPERSONATION,
    CLIENT_GRAPH_USERS_PATH,
    CLIENT_REDUCE_CONCURRENCY,
    CLIENT_ENABLE_TLS12,
    CLIENT_TLS_MODE,
    CLIENT_SASL_PLUGIN,
    CLIENT_NETWORK_EGRESS,
    SERVICE_HEALTH,
];

/// The step with `key`, if the catalogue has one.
pub fn step(key: &str) -> Option<&'static StepDef> {
    STEPS.iter().find(|s| s.key == key)
}
