//! The known-answer inputs: at least two per cause id, from the vendored corpus where it has
//! them, otherwise built from the documented formats (unsigned test tokens with exact claims).
//! Shared by the known-answer tests and the PowerShell grammar check.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use exo_oauth_doctor::{CauseId, Hints};
use serde_json::{json, Value};

const CORPUS: &str = include_str!("../fixtures/corpus.jsonl");
/// 2025-03-20T12:00:00Z.
pub const NOW: i64 = 1_742_472_000;
const APPID: &str = "6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
const SP_OID: &str = "0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a";
const APP_REG_OID: &str = "b7e2c9a1-5d3f-4a8e-9c6b-2f1e0d9c8b7a";
const TID: &str = "c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c";

/// An unsigned test token: base64url(header).base64url(payload).sig
pub fn token(payload: Value) -> String {
    let header = json!({"typ": "JWT", "alg": "RS256", "kid": "test"});
    format!(
        "{}.{}.sig",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(payload.to_string())
    )
}

/// An app-only Exchange Online token issued at `iat` with `roles`.
fn app_token(aud: &str, roles: &[&str], iat: i64) -> String {
    token(json!({
        "aud": aud, "iss": format!("https://sts.windows.net/{TID}/"), "iat": iat, "nbf": iat, "exp": iat + 3599,
        "app_displayname": "DMS Importer", "appid": APPID, "appidacr": "1", "idp": format!("https://sts.windows.net/{TID}/"),
        "idtyp": "app", "oid": SP_OID, "roles": roles, "sid": "", "sub": SP_OID, "tid": TID, "ver": "1.0"
    }))
}

/// A delegated token for `upn` with `scp`.
fn user_token(aud: &str, scp: &str, upn: &str, iat: i64) -> String {
    token(json!({
        "aud": aud, "iss": format!("https://sts.windows.net/{TID}/"), "iat": iat, "nbf": iat, "exp": iat + 4200,
        "amr": ["pwd", "mfa"], "appid": APPID, "appidacr": "0", "name": "Alice Admin", "oid": "5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170",
        "scp": scp, "tid": TID, "unique_name": upn, "upn": upn, "ver": "1.0"
    }))
}

/// The XOAUTH2 SASL string for `user` and `tok`.
fn xoauth2(user: &str, tok: &str) -> String {
    STANDARD.encode(format!("user={user}\x01auth=Bearer {tok}\x01\x01"))
}

fn corpus(id: &str) -> String {
    for l in CORPUS.lines() {
        let v: Value = serde_json::from_str(l).expect("corpus line is JSON");
        if v.get("id").and_then(Value::as_str) == Some(id) {
            return v
                .get("text")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
        }
    }
    panic!("corpus case {id} not found");
}

/// One known-answer input.
pub struct Row {
    /// What the input shows.
    pub name: &'static str,
    /// The cause it must yield first.
    pub cause: CauseId,
    /// The pasted text.
    pub text: String,
    /// What the user told.
    pub hints: Hints,
}

fn row(name: &'static str, cause: CauseId, text: impl Into<String>) -> Row {
    Row {
        name,
        cause,
        text: text.into(),
        hints: Hints::default(),
    }
}

fn with(mut r: Row, hints: Hints) -> Row {
    r.hints = hints;
    r
}

/// Every known-answer input.
pub fn rows() -> Vec<Row> {
    use CauseId::*;
    let t0 = NOW - 600;
    let exo = "https://outlook.office365.com";
    let graph = "https://graph.microsoft.com";
    let good_imap = app_token(exo, &["IMAP.AccessAsApp"], t0);
    vec![
        row("c086 invalid client secret", InvalidClientSecret, corpus("c086")),
        row("7000215 json body", InvalidClientSecret, r#"{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b'. Trace ID: 0c5d2f0e-1b7a-4c39-9a0e-6f1d2e3c4b00 Correlation ID: 7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d Timestamp: 2025-03-20 11:50:02Z","error_codes":[7000215],"timestamp":"2025-03-20 11:50:02Z"}"#),
        row("7000215 with guid secret (form)", SecretIdUsedAsValue, "POST /c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c/oauth2/v2.0/token\nclient_id=6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b&client_secret=8d2f4c1a-9b3e-4f7d-a1c5-6e8b0d2f4a6c&scope=https%3A%2F%2Foutlook.office365.com%2F.default&grant_type=client_credentials\nAADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."),
        row("7000215 with guid secret (config)", SecretIdUsedAsValue, "\"ClientSecret\": \"3e9c1b7a-2d4f-4a6e-8b0c-5f7d9e1a3c5b\",\nMsalServiceException: AADSTS7000215: Invalid client secret provided."),
        row("7000222 body", ExpiredClientSecret, r#"{"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys for app '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret","error_codes":[7000222]}"#),
        row("7000222 line", ExpiredClientSecret, "ERROR token refresh failed: AADSTS7000222: The provided client secret keys for app 'Mail Archiver' are expired."),
        row("700027", CertificateCredentialError, "AADSTS700027: Client assertion failed signature validation. Trace ID: 5b1c9e2a-0000-4000-8000-000000000001"),
        row("700027 msal", CertificateCredentialError, r#"MsalServiceException: {"error":"invalid_client","error_description":"AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application.","error_codes":[700027]}"#),
        row("c011 700016", AppNotFoundInTenant, corpus("c011")),
        row("700016 guid", AppNotFoundInTenant, "AADSTS700016: Application with identifier '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant."),
        row("90002", TenantNotFound, "AADSTS90002: Tenant 'contoso.onmicrosft.com' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."),
        row("900023", TenantNotFound, r#"{"error":"invalid_request","error_description":"AADSTS900023: Specified tenant identifier '{tenant_id}' is neither a valid DNS name, nor a valid external domain.","error_codes":[900023]}"#),
        row("500011", ResourceNotFound, "AADSTS500011: The resource principal named https://outlook.office365.co was not found in the tenant named Contoso. This can happen if the application has not been installed by the administrator of the tenant."),
        row("500011 body", ResourceNotFound, r#"{"error":"invalid_resource","error_description":"AADSTS500011: The resource principal named https://outlook.office356.com/ was not found in the tenant named c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c.","error_codes":[500011]}"#),
        row("70011", InvalidScope, "AADSTS70011: The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope https://outlook.office365.com/IMAP.AccessAsApp is not valid."),
        row("1002012", InvalidScope, r#"{"error":"invalid_scope","error_description":"AADSTS1002012: The provided value for scope IMAP.AccessAsApp is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).","error_codes":[1002012]}"#),
        row("c025 65001", ConsentMissing, corpus("c025")),
        row("65001 body", ConsentMissing, r#"{"error":"invalid_grant","error_description":"AADSTS65001: The user or administrator has not consented to use the application with ID '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' named 'Mail Archiver'. Send an interactive authorization request for this user and resource.","error_codes":[65001]}"#),
        row("app-only token without roles", DelegatedPermissionInsteadOfApplication, format!("C: A01 AUTHENTICATE XOAUTH2 {}\nS: A01 NO AUTHENTICATE failed.", xoauth2("docscan@contoso.com", &app_token(exo, &[], t0)))),
        row("user token where app-only is set up", DelegatedPermissionInsteadOfApplication, format!("PS> New-ServicePrincipal -AppId {APPID} -ObjectId {SP_OID} -DisplayName \"DMS\"\naccess_token: {}\nA1 NO AUTHENTICATE failed.", user_token(exo, "IMAP.AccessAsUser.All", "alice@contoso.com", t0))),
        row("c036 7000218", ClientTypeMismatch, corpus("c036")),
        row("700025", ClientTypeMismatch, "AADSTS700025: Client is public so neither 'client_assertion' nor 'client_secret' should be presented."),
        row("c038 redirect", RedirectUriMismatch, corpus("c038")),
        row("c104 900971", RedirectUriMismatch, corpus("c104")),
        row("c105 500113", RedirectUriMismatch, corpus("c105")),
        row("900144", MalformedTokenRequest, r#"{"error":"invalid_request","error_description":"AADSTS900144: The request body must contain the following parameter: 'grant_type'.","error_codes":[900144]}"#),
        row("90014", MalformedTokenRequest, "AADSTS90014: The required field 'client_id' is missing from the credential. Ensure that you have all the necessary parameters for the login request."),
        row("c030 50194", WrongEndpointOrCloud, corpus("c030")),
        row("c034 50194", WrongEndpointOrCloud, corpus("c034")),
        row("common + client credentials", WrongEndpointOrCloud, "POST https://login.microsoftonline.com/common/oauth2/v2.0/token\ngrant_type=client_credentials&client_id=6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b&scope=https://outlook.office365.com/.default&client_secret=Qx~8Q~abcdefghijklmnopqrstuvwxyz0123456"),
        row("consumer tenant token on imap", PersonalAccountNotSupported, format!("C: A01 AUTHENTICATE XOAUTH2 {}\nS: A01 NO AUTHENTICATE failed.", xoauth2("someone@outlook.com", &token(json!({"aud": exo, "iss": "https://sts.windows.net/9188040d-6c67-4c5b-b112-36a304b66dad/", "tid": "9188040d-6c67-4c5b-b112-36a304b66dad", "idtyp": "app", "roles": ["IMAP.AccessAsApp"], "appid": APPID, "oid": SP_OID, "iat": t0, "nbf": t0, "exp": t0 + 3599, "ver": "1.0"}))))),
        row("outlook.com mailbox with client credentials", PersonalAccountNotSupported, format!("scope=https://outlook.office365.com/.default\nC: A01 AUTHENTICATE XOAUTH2 {}\nS: A01 NO AUTHENTICATE failed.", xoauth2("someone@hotmail.com", &good_imap))),
        row("53003", ConditionalAccessBlock, "AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."),
        row("53003 body", ConditionalAccessBlock, r#"{"error":"invalid_grant","error_description":"AADSTS53003: Access has been blocked by Conditional Access policies.","error_codes":[53003],"suberror":"message_only"}"#),
        row("50076", MfaRequiredRopc, "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'."),
        row("50079", MfaRequiredRopc, r#"{"error":"interaction_required","error_description":"AADSTS50079: Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access 'Office 365 Exchange Online'.","error_codes":[50079]}"#),
        row("50126", InvalidUserCredentialsRopc, r#"{"error":"invalid_grant","error_description":"AADSTS50126: Error validating credentials due to invalid username or password.","error_codes":[50126]}"#),
        row("50034", InvalidUserCredentialsRopc, "AADSTS50034: The user account scanner@contoso.com does not exist in the c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c directory. To sign into this application, the account must be added to the directory."),
        row("50057", AccountDisabledOrSigninBlocked, "AADSTS50057: The user account is disabled."),
        row("50053", AccountDisabledOrSigninBlocked, r#"{"error":"invalid_grant","error_description":"AADSTS50053: The account is locked, you've tried to sign in too many times with an incorrect user ID or password.","error_codes":[50053]}"#),
        row("50105", UserNotAssignedToApp, "AADSTS50105: Your administrator has configured the application DMS Importer ('6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b') to block users unless they are specifically granted ('assigned') access to the application. The signed in user 'scanner@contoso.com' is blocked because they are not a direct member of a group with access, nor had access directly assigned by an administrator. Please contact your administrator to assign access to this application."),
        row("50105 body", UserNotAssignedToApp, r#"{"error":"invalid_grant","error_description":"AADSTS50105: The signed in user 'scanner@contoso.com' is not assigned to a role for the application '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b'(DMS Importer).","error_codes":[50105]}"#),
        row("7000112", AppOrServicePrincipalDisabled, "AADSTS7000112: Application '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b'(DMS Importer) is disabled."),
        row("7000112 body", AppOrServicePrincipalDisabled, r#"{"error":"unauthorized_client","error_description":"AADSTS7000112: Application '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b'(DMS Importer) is disabled.\r\nTrace ID: 0d2f7a9e-1b3c-4d5e-8f60-7a8b9c0d1e2f","error_codes":[7000112]}"#),
        row("50055", PasswordExpired, r#"{"error":"invalid_grant","error_description":"AADSTS50055: The password is expired.","error_codes":[50055]}"#),
        row("50144", PasswordExpired, "AADSTS50144: User's Active Directory password has expired."),
        row("nbf after log time", ClockSkew, format!("2025-03-20T11:50:00Z IMAP C: A01 AUTHENTICATE XOAUTH2 {}\n2025-03-20T11:50:01Z IMAP S: A01 NO AUTHENTICATE failed.", xoauth2("docscan@contoso.com", &app_token(exo, &["IMAP.AccessAsApp"], NOW - 600 + 1800)))),
        row("nbf after now", ClockSkew, format!("access_token={}", app_token(exo, &["IMAP.AccessAsApp"], NOW + 3600))),
        row("c067 invalid audience", WrongTokenAudience, corpus("c067")),
        row("graph token on imap", WrongTokenAudience, format!("C: A01 AUTHENTICATE XOAUTH2 {}\nS: A01 NO AUTHENTICATE failed.", xoauth2("docscan@contoso.com", &app_token(graph, &["Mail.Read"], t0)))),
        row("graph token on smtp", WrongTokenAudience, format!("smtp.office365.com:587\nAUTH XOAUTH2 {}\n535 5.7.3 Authentication unsuccessful [AM0PR02CA0134.eurprd02.prod.outlook.com]", xoauth2("noreply@contoso.com", &user_token(graph, "Mail.Send SMTP.Send User.Read", "noreply@contoso.com", t0)))),
        row("imap role on smtp", MissingAppRole, format!("smtp.office365.com:587\nAUTH XOAUTH2 {}\n535 5.7.3 Authentication unsuccessful", xoauth2("noreply@contoso.com", &app_token(exo, &["IMAP.AccessAsApp"], t0)))),
        row("Mail.Read on imap", MissingAppRole, format!("C: A01 AUTHENTICATE XOAUTH2 {}\nS: A01 NO AUTHENTICATE failed.", xoauth2("docscan@contoso.com", &app_token(exo, &["Mail.Read"], t0)))),
        row("c028 refresh token expired", TokenExpiredOrCached, corpus("c028")),
        row("expired at the failure", TokenExpiredOrCached, format!("2025-03-20T11:50:00Z C: A01 AUTHENTICATE XOAUTH2 {}\n2025-03-20T11:50:01Z S: A01 NO AUTHENTICATE failed.", xoauth2("docscan@contoso.com", &app_token(exo, &["IMAP.AccessAsApp"], NOW - 4 * 3600)))),
        with(row("issued before the change", TokenExpiredOrCached, format!("2025-03-20T11:58:00Z Exception: MailBeeImapLoginBadCredentialsException\n2025-03-20T11:58:00Z Response: MBN00000002 NO AUTHENTICATE failed. Error=\"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed. User:docscan@contoso.com\"\nBearer {}", app_token(exo, &["IMAP.AccessAsApp"], NOW - 2400))), Hints { changed_at: Some(NOW - 1500), ..Hints::default() }),
        row("LogonDenied with a good token", ServicePrincipalNotRegisteredInExchange, format!("Exception: MailBeeImapLoginBadCredentialsException\nResponse: MBN00000002 NO AUTHENTICATE failed. Error=\"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed. User:docscan@contoso.com\"\naccess_token: {good_imap}")),
        row("Get-ServicePrincipal not found", ServicePrincipalNotRegisteredInExchange, format!("PS C:\\> Get-ServicePrincipal -Identity {APPID}\nGet-ServicePrincipal : The operation couldn't be performed because object '{APPID}' couldn't be found on 'DB8PR04A005.EURPR04A005.PROD.OUTLOOK.COM'.\n    + CategoryInfo          : NotSpecified: (:) [Get-ServicePrincipal], ManagementObjectNotFoundException")),
        row("AADServicePrincipalNotFound", WrongObjectId, format!("PS C:\\> New-ServicePrincipal -AppId {APPID} -ServiceId {APP_REG_OID} -DisplayName \"DMS Importer\"\nWrite-ErrorMessage : |Microsoft.Exchange.Management.Tasks.ServicePrincipalNotFoundException|AADServicePrincipalNotFound\n    + CategoryInfo          : NotSpecified: (:) [New-ServicePrincipal], ServicePrincipalNotFoundException\n    + FullyQualifiedErrorId : [Server=AM0PR02MB1234,RequestId=5d0b6c2e-9f1a-4b3c-8d7e-6f5a4b3c2d1e],Microsoft.Exchange.Management.Tasks.NewServicePrincipal")),
        row("object id = client id vs token", WrongObjectId, format!("New-ServicePrincipal -AppId {APPID} -ObjectId {APPID} -DisplayName \"DMS\"\nA1 NO AUTHENTICATE failed.\nBearer {good_imap}")),
        with(row("hint object id differs from oid", WrongObjectId, format!("Response: NO AUTHENTICATE failed. Error=\"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed.\"\n{good_imap}")), Hints { object_id: Some(APP_REG_OID.into()), ..Hints::default() }),
        row("not connected with app-only token", MailboxPermissionMissing, format!("C: A01 AUTHENTICATE XOAUTH2 {}\nS: A01 OK AUTHENTICATE completed.\nC: A02 SELECT INBOX\nS: A02 BAD User is authenticated but not connected.", xoauth2("docscan@contoso.com", &good_imap))),
        row("registered SP, NO AUTHENTICATE", MailboxPermissionMissing, format!("PS C:\\> New-ServicePrincipal -AppId {APPID} -ObjectId {SP_OID} -DisplayName \"DMS Importer\"\n\nDisplayName  ObjectId                             AppId\n-----------  --------                             -----\nDMS Importer {SP_OID} {APPID}\n\nC: A01 AUTHENTICATE XOAUTH2 {}\nS: A01 NO AUTHENTICATE failed.", xoauth2("docscan@contoso.com", &good_imap))),
        with(row("LogonDenied minutes after the change", ReplicationDelay, format!("2025-03-20T11:59:00Z NO AUTHENTICATE failed. Error=\"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed. User:docscan@contoso.com\"\nBearer {}", app_token(exo, &["IMAP.AccessAsApp"], NOW - 300))), Hints { changed_at: Some(NOW - 1200), ..Hints::default() }),
        with(row("not connected minutes after the change", ReplicationDelay, format!("A02 BAD User is authenticated but not connected.\nBearer {}", app_token(exo, &["IMAP.AccessAsApp"], NOW - 120))), Hints { changed_at: Some(NOW - 600), ..Hints::default() }),
        row("5.7.139 mailbox", ProtocolDisabledOnMailbox, "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [BN0PR04CA0123.namprd04.prod.outlook.com]"),
        row("5.7.139 mailbox (JavaMail)", ProtocolDisabledOnMailbox, "javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information."),
        row("c003 5.7.139 tenant", SmtpAuthDisabledTenant, corpus("c003")),
        row("5.7.139 tenant nodemailer", SmtpAuthDisabledTenant, "Error: Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [PR3P191CA0021.EURP191.PROD.OUTLOOK.COM]"),
        row("security defaults", SecurityDefaultsBlock, "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator."),
        row("did not meet the criteria", SecurityDefaultsBlock, "smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.')"),
        row("c004 basic auth disabled", BasicAuthDeprecated, corpus("c004")),
        row("c049 imap LOGIN", BasicAuthDeprecated, corpus("c049")),
        row("c018 5.7.60", SendasPermissionMissing, corpus("c018")),
        row("c091 SendAsDenied", SendasPermissionMissing, corpus("c091")),
        row("not connected, user= not the token's user", WrongUsernameInXoauth2, format!("C: A01 AUTHENTICATE XOAUTH2 {}\nS: A01 OK AUTHENTICATE completed.\nC: A02 SELECT INBOX\nS: A02 BAD User is authenticated but not connected.", xoauth2("docscan@contoso.com", &user_token(exo, "https://outlook.office365.com/IMAP.AccessAsUser.All", "alice@contoso.com", t0)))),
        with(row("user= is not the mailbox", WrongUsernameInXoauth2, format!("C: A01 AUTHENTICATE XOAUTH2 {}\nS: A01 NO AUTHENTICATE failed.", xoauth2("admin@contoso.com", &good_imap))), Hints { mailbox: Some("docscan@contoso.com".into()), ..Hints::default() }),
        row("no separators", MalformedXoauth2, format!("C: A01 AUTHENTICATE XOAUTH2 {}\nS: A01 NO AUTHENTICATE failed.", STANDARD.encode(format!("user=docscan@contoso.com auth=Bearer {good_imap}")))),
        row("Bearer missing", MalformedXoauth2, format!("AUTH XOAUTH2 {}\n535 5.7.3 Authentication unsuccessful", STANDARD.encode(format!("user=docscan@contoso.com\x01auth={good_imap}\x01\x01")))),
        row("c060 MailboxNotEnabledForRESTAPI", MailboxUnlicensedOrMissing, corpus("c060")),
        row("EWS non-existent mailbox", MailboxUnlicensedOrMissing, "<m:ResponseCode>ErrorNonExistentMailbox</m:ResponseCode><m:MessageText>The SMTP address has no mailbox associated with it.</m:MessageText>"),
        row("c056 impersonation header", EwsImpersonationHeaderMismatch, corpus("c056")),
        row("impersonation with a user token", EwsImpersonationHeaderMismatch, format!("Authorization: Bearer {}\n<t:ExchangeImpersonation><t:ConnectingSID><t:SmtpAddress>room1@contoso.com</t:SmtpAddress></t:ConnectingSID></t:ExchangeImpersonation>\nErrorImpersonateUserDenied: The account does not have permission to impersonate the requested user.", user_token(exo, "EWS.AccessAsUser.All", "alice@contoso.com", t0))),
        row("New-ServicePrincipal not recognized", ExchangeAdminRbacMissing, "New-ServicePrincipal : The term 'New-ServicePrincipal' is not recognized as the name of a cmdlet, function, script file, or operable program.\n    + CategoryInfo          : ObjectNotFound: (New-ServicePrincipal:String) [], CommandNotFoundException"),
        row("Add-MailboxPermission not recognized", ExchangeAdminRbacMissing, "Add-MailboxPermission : The term 'Add-MailboxPermission' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name.\n    + FullyQualifiedErrorId : CommandNotFoundException"),
        row("RAOP app access policy (Graph)", ApplicationAccessPolicyBlock, format!("POST https://graph.microsoft.com/v1.0/users/docscan@contoso.com/sendMail\nAuthorization: Bearer {}\nHTTP/1.1 403 Forbidden\n{{\"error\":{{\"code\":\"ErrorAccessDenied\",\"message\":\"Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.\"}}}}", app_token(graph, &["Mail.Send"], t0))),
        row("OData disabled for the mailbox", ApplicationAccessPolicyBlock, format!("GET https://graph.microsoft.com/v1.0/users/docscan@contoso.com/messages\nAuthorization: Bearer {}\nHTTP/1.1 403 Forbidden\n{{\"error\":{{\"code\":\"ErrorAccessDenied\",\"message\":\"Access to OData is disabled.\"}}}}", app_token(graph, &["Mail.Read"], t0))),
        row("SMTP concurrent connections", ExchangeThrottlingLimit, "smtplib.SMTPSenderRefused: (432, b'4.3.2 Concurrent connections limit exceeded. Visit https://aka.ms/concurrent_sending for more information. [Hostname=OS0PR01MB6099.jpnprd01.prod.outlook.com]', 'scanner@contoso.com')"),
        row("EWS connection count", ExchangeThrottlingLimit, "<m:ResponseCode>ErrorExceededConnectionCount</m:ResponseCode><m:MessageText>You have exceeded the available concurrent connections for your account.  Try again once your other requests have completed.</m:MessageText>"),
        row("5.1.8 bad outbound sender", SenderOutboundRestricted, "MailKit.Net.Smtp.SmtpCommandException: 5.1.8 Access denied, bad outbound sender. AS(42004) [DB8EUR05FT012.eop-eur05.prod.protection.outlook.com]"),
        row("5.7.708 new tenant", SenderOutboundRestricted, "Remote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)'"),
        row("4.7.66 TLS 1.0", TlsVersionUnsupported, "S: 220 AM0PR01CA0123.outlook.office365.com Microsoft ESMTP MAIL Service ready\nC: STARTTLS\nS: 220 2.0.0 SMTP server ready\nC: EHLO printer\nS: 421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [AM0PR01CA0123.eurprd01.prod.exchangelabs.com]"),
        row("4.7.66 in System.Net.Mail", TlsVersionUnsupported, "System.Net.Mail.SmtpException: Service not available, closing transmission channel. The server response was: 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls."),
        row("STARTTLS before AUTH", TlsModeMismatch, "S: 220 AM0PR01CA0123.outlook.office365.com Microsoft ESMTP MAIL Service ready\nC: EHLO scanner\nS: 250-AM0PR01CA0123.outlook.office365.com Hello\nS: 250-SIZE 157286400\nS: 250 STARTTLS\nC: AUTH XOAUTH2\nS: 530 5.7.0 Must issue a STARTTLS command first"),
        row("implicit TLS on 587", TlsModeMismatch, "  File \"/usr/lib/python3.11/smtplib.py\", line 1050, in __init__\n    SMTP.__init__(self, host, port, local_hostname, timeout,\nssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1002)"),
        row("Graph /me app-only", MeEndpointWithAppOnlyToken, format!("GET https://graph.microsoft.com/v1.0/me/messages\nAuthorization: Bearer {}\nHTTP/1.1 400 Bad Request\n{{\"error\":{{\"code\":\"BadRequest\",\"message\":\"/me request is only valid with delegated authentication flow.\"}}}}", app_token(graph, &["Mail.Read"], t0))),
        row("Graph /me via PHP SDK", MeEndpointWithAppOnlyToken, "Client error: `GET https://graph.microsoft.com/v1.0/me` resulted in a `400 Bad Request` response: {\"error\":{\"code\":\"BadRequest\",\"message\":\"/me request is only valid with delegated authentication flow.\",\"innerError\":.."),
        row("postfix no worthy mechs", ClientSaslPluginError, "Mar 20 11:50:01 relay postfix/smtp[2211]: warning: SASL authentication failure: No worthy mechs found\nMar 20 11:50:01 relay postfix/smtp[2211]: 4A1B2C3D: SASL authentication failed; cannot authenticate to server smtp.office365.com[52.97.1.1]: no mechanism available"),
        row("cyrus SASL(-4)", ClientSaslPluginError, "fetchmail: SASL(-4): no mechanism available: No worthy mechs found"),
        row("token host refused", NetworkEgressBlocked, "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max retries exceeded with url: /c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c/oauth2/v2.0/token (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a2c1e5b50>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
        row("connect timeout to login host", NetworkEgressBlocked, "Error: connect ETIMEDOUT 20.190.160.1:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n  errno: -110, code: 'ETIMEDOUT', syscall: 'connect', address: 'login.microsoftonline.com', port: 443 }"),
        row("4.3.2 temporary", ServiceSideIncident, "451 4.3.2 Temporary server error. Please try again later. PRX5 [AM6PR04MB1234.eurprd04.prod.outlook.com]"),
        row("MailboxStoreUnavailable", ServiceSideIncident, r#"HTTP/1.1 503 Service Unavailable {"error":{"code":"ErrorMailboxStoreUnavailable","message":"The mailbox database is temporarily unavailable."}}"#),
    ]
}
