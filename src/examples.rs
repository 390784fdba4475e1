//! Realistic example inputs for the page's "load example" menu, with the cause each must yield.
//! The tests check every example's top finding, so the menu never shows a wrong verdict.
//!
//! Tokens in the examples are unsigned test tokens (the signature segment is the word `sig`) with
//! made-up tenant, app and object ids; the log lines carry timestamps inside each token's lifetime,
//! so the verdict does not depend on the day the example is loaded.

use crate::catalogue::CauseId;
use crate::i18n::Text;
use crate::t;

/// An example input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Example {
    /// Stable key (used in the menu and in tests).
    pub key: &'static str,
    /// Menu title.
    pub title: Text,
    /// The pasted text.
    pub text: &'static str,
    /// The cause the analysis must rank first.
    pub expected: CauseId,
}

/// The examples, in menu order.
pub static EXAMPLES: &[Example] = &[
    Example {
        key: "seed-logondenied",
        title: t!(
            "IMAP LogonDenied with a valid app-only token (MailBee)",
            "IMAP LogonDenied mit gültigem App-only-Token (MailBee)"
        ),
        text: r##"2025-06-02 08:31:12 [Importer] Token acquired from https://login.microsoftonline.com/3f6a1c2d-8b4e-4f7a-9c1d-2e5b7a9c0d13/oauth2/v2.0/token (expires_in 3599)
2025-06-02 08:31:12 [Importer] Access token: eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6ImV4YW1wbGUiLCJraWQiOiJleGFtcGxlIn0.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSIsImlzcyI6Imh0dHBzOi8vc3RzLndpbmRvd3MubmV0LzNmNmExYzJkLThiNGUtNGY3YS05YzFkLTJlNWI3YTljMGQxMy8iLCJpYXQiOjE3NDg4NTIwNDcsIm5iZiI6MTc0ODg1MjA0NywiZXhwIjoxNzQ4ODU2ODQ2LCJhaW8iOiJrMkJnWURoUSIsImFwcF9kaXNwbGF5bmFtZSI6IkRNUyBJbXBvcnRlciIsImFwcGlkIjoiYTNjNWU3ZjktMWIyZC00ZTZmLThhMGMtMmQ0ZjZiOGUwYTFjIiwiYXBwaWRhY3IiOiIxIiwiaWRwIjoiaHR0cHM6Ly9zdHMud2luZG93cy5uZXQvM2Y2YTFjMmQtOGI0ZS00ZjdhLTljMWQtMmU1YjdhOWMwZDEzLyIsImlkdHlwIjoiYXBwIiwib2lkIjoiN2U5YjFkM2YtNWE2Yy00YjhlLWEwZDItNGY2YjhkMGUyYTRjIiwicm9sZXMiOlsiSU1BUC5BY2Nlc3NBc0FwcCJdLCJzaWQiOiIiLCJzdWIiOiI3ZTliMWQzZi01YTZjLTRiOGUtYTBkMi00ZjZiOGQwZTJhNGMiLCJ0aWQiOiIzZjZhMWMyZC04YjRlLTRmN2EtOWMxZC0yZTViN2E5YzBkMTMiLCJ1dGkiOiJRdzNyVHkiLCJ2ZXIiOiIxLjAifQ.sig
2025-06-02 08:31:13 [Importer] Connecting to outlook.office365.com:993 as docscan@contoso.com
2025-06-02 08:31:14 [Importer] Exception: MailBeeImapLoginBadCredentialsException
2025-06-02 08:31:14 [Importer] Response: MBN00000002 NO AUTHENTICATE failed. Error="AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed. [LID:0x0] User:docscan@contoso.com""##,
        expected: CauseId::ServicePrincipalNotRegisteredInExchange,
    },
    Example {
        key: "sp-not-found",
        title: t!(
            "New-ServicePrincipal: AADServicePrincipalNotFound",
            "New-ServicePrincipal: AADServicePrincipalNotFound"
        ),
        text: r##"PS C:\> Connect-ExchangeOnline -UserPrincipalName admin@contoso.com
PS C:\> New-ServicePrincipal -AppId a3c5e7f9-1b2d-4e6f-8a0c-2d4f6b8e0a1c -ServiceId c2e4a6b8-0d1f-4a3c-9e5b-7d9f1b3d5e7a -DisplayName "DMS Importer"
Write-ErrorMessage : |Microsoft.Exchange.Configuration.Tasks.TaskException|AADServicePrincipalNotFound
At C:\Users\admin\AppData\Local\Temp\tmpEXO_x1y2z3\tmpEXO_x1y2z3.psm1:1204 char:13
+             Write-ErrorMessage $ErrorObject
    + CategoryInfo          : NotSpecified: (:) [New-ServicePrincipal], TaskException
    + FullyQualifiedErrorId : [Server=AM9PR04MB8242,RequestId=4b1f6c0e-2d3a-4e5f-9a8b-7c6d5e4f3a2b,TimeStamp=Mon, 02 Jun 2025 08:40:51 GMT],Write-ErrorMessage"##,
        expected: CauseId::WrongObjectId,
    },
    Example {
        key: "graph-token-imap",
        title: t!(
            "Microsoft Graph token sent to IMAP",
            "Microsoft-Graph-Token an IMAP gesendet"
        ),
        text: r##"2025-06-02T09:05:41Z C: A01 AUTHENTICATE XOAUTH2 dXNlcj1oZWxwZGVza0Bjb250b3NvLmNvbQFhdXRoPUJlYXJlciBleUowZVhBaU9pSktWMVFpTENKaGJHY2lPaUpTVXpJMU5pSXNJbmcxZENJNkltVjRZVzF3YkdVaUxDSnJhV1FpT2lKbGVHRnRjR3hsSW4wLmV5SmhkV1FpT2lKb2RIUndjem92TDJkeVlYQm9MbTFwWTNKdmMyOW1kQzVqYjIwaUxDSnBjM01pT2lKb2RIUndjem92TDNOMGN5NTNhVzVrYjNkekxtNWxkQzh6WmpaaE1XTXlaQzA0WWpSbExUUm1OMkV0T1dNeFpDMHlaVFZpTjJFNVl6QmtNVE12SWl3aWFXRjBJam94TnpRNE9EVTBPVEl3TENKdVltWWlPakUzTkRnNE5UUTVNakFzSW1WNGNDSTZNVGMwT0RnMU9UY3hPU3dpWVdsdklqb2lhekpDWjFsRWFGRWlMQ0poY0hCZlpHbHpjR3hoZVc1aGJXVWlPaUpFVFZNZ1NXMXdiM0owWlhJaUxDSmhjSEJwWkNJNkltRXpZelZsTjJZNUxURmlNbVF0TkdVMlppMDRZVEJqTFRKa05HWTJZamhsTUdFeFl5SXNJbUZ3Y0dsa1lXTnlJam9pTVNJc0ltbGtjQ0k2SW1oMGRIQnpPaTh2YzNSekxuZHBibVJ2ZDNNdWJtVjBMek5tTm1FeFl6SmtMVGhpTkdVdE5HWTNZUzA1WXpGa0xUSmxOV0kzWVRsak1HUXhNeThpTENKcFpIUjVjQ0k2SW1Gd2NDSXNJbTlwWkNJNklqZGxPV0l4WkRObUxUVmhObU10TkdJNFpTMWhNR1F5TFRSbU5tSTRaREJsTW1FMFl5SXNJbkp2YkdWeklqcGJJazFoYVd3dVVtVmhaQ0lzSWsxaGFXd3VVbVZoWkZkeWFYUmxJbDBzSW5OcFpDSTZJaUlzSW5OMVlpSTZJamRsT1dJeFpETm1MVFZoTm1NdE5HSTRaUzFoTUdReUxUUm1ObUk0WkRCbE1tRTBZeUlzSW5ScFpDSTZJak5tTm1FeFl6SmtMVGhpTkdVdE5HWTNZUzA1WXpGa0xUSmxOV0kzWVRsak1HUXhNeUlzSW5WMGFTSTZJbEYzTTNKVWVTSXNJblpsY2lJNklqRXVNQ0o5LnNpZwEB
2025-06-02T09:05:42Z S: A01 NO AUTHENTICATE failed."##,
        expected: CauseId::WrongTokenAudience,
    },
    Example {
        key: "expired-secret",
        title: t!(
            "AADSTS7000222: client secret expired",
            "AADSTS7000222: geheimer Clientschlüssel abgelaufen"
        ),
        text: r##"{"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys for app 'a3c5e7f9-1b2d-4e6f-8a0c-2d4f6b8e0a1c' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds. Trace ID: 9f1e2d3c-4b5a-4697-8877-665544332211 Correlation ID: 0a1b2c3d-4e5f-4061-8273-948596a7b8c9 Timestamp: 2025-06-02 10:12:44Z","error_codes":[7000222],"timestamp":"2025-06-02 10:12:44Z","trace_id":"9f1e2d3c-4b5a-4697-8877-665544332211","correlation_id":"0a1b2c3d-4e5f-4061-8273-948596a7b8c9","error_uri":"https://login.microsoftonline.com/error?code=7000222"}"##,
        expected: CauseId::ExpiredClientSecret,
    },
    Example {
        key: "smtp-auth-disabled",
        title: t!(
            "SMTP 5.7.139: SMTP AUTH disabled for the tenant",
            "SMTP 5.7.139: SMTP AUTH für den Mandanten deaktiviert"
        ),
        text: r##"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."##,
        expected: CauseId::SmtpAuthDisabledTenant,
    },
    Example {
        key: "sendas-denied",
        title: t!("SMTP 5.2.252 SendAsDenied", "SMTP 5.2.252 SendAsDenied"),
        text: r##"2025-06-02 11:20:03 SMTP C: MAIL FROM:<invoices@contoso.com>
2025-06-02 11:20:03 SMTP S: 250 2.1.0 Sender OK
2025-06-02 11:20:04 SMTP C: DATA
2025-06-02 11:20:05 SMTP S: 554 5.2.252 SendAsDenied; noreply@contoso.com not allowed to send as invoices@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message. [Hostname=DB9PR04MB8412.eurprd04.prod.outlook.com]"##,
        expected: CauseId::SendasPermissionMissing,
    },
    Example {
        key: "app-only-no-roles",
        title: t!(
            "App-only token without roles (delegated permission configured)",
            "App-only-Token ohne roles (delegierte Berechtigung eingerichtet)"
        ),
        text: r##"2025-06-02T12:00:10Z POST https://login.microsoftonline.com/3f6a1c2d-8b4e-4f7a-9c1d-2e5b7a9c0d13/oauth2/v2.0/token grant_type=client_credentials scope=https://outlook.office365.com/.default
2025-06-02T12:00:10Z {"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6ImV4YW1wbGUiLCJraWQiOiJleGFtcGxlIn0.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSIsImlzcyI6Imh0dHBzOi8vc3RzLndpbmRvd3MubmV0LzNmNmExYzJkLThiNGUtNGY3YS05YzFkLTJlNWI3YTljMGQxMy8iLCJpYXQiOjE3NDg4NjU2MTAsIm5iZiI6MTc0ODg2NTYxMCwiZXhwIjoxNzQ4ODcwNDA5LCJhaW8iOiJrMkJnWURoUSIsImFwcF9kaXNwbGF5bmFtZSI6IkRNUyBJbXBvcnRlciIsImFwcGlkIjoiYTNjNWU3ZjktMWIyZC00ZTZmLThhMGMtMmQ0ZjZiOGUwYTFjIiwiYXBwaWRhY3IiOiIxIiwiaWRwIjoiaHR0cHM6Ly9zdHMud2luZG93cy5uZXQvM2Y2YTFjMmQtOGI0ZS00ZjdhLTljMWQtMmU1YjdhOWMwZDEzLyIsImlkdHlwIjoiYXBwIiwib2lkIjoiN2U5YjFkM2YtNWE2Yy00YjhlLWEwZDItNGY2YjhkMGUyYTRjIiwic2lkIjoiIiwic3ViIjoiN2U5YjFkM2YtNWE2Yy00YjhlLWEwZDItNGY2YjhkMGUyYTRjIiwidGlkIjoiM2Y2YTFjMmQtOGI0ZS00ZjdhLTljMWQtMmU1YjdhOWMwZDEzIiwidXRpIjoiUXczclR5IiwidmVyIjoiMS4wIn0.sig"}
2025-06-02T12:00:11Z C: A01 AUTHENTICATE XOAUTH2 dXNlcj1hcmNoaXZlQGNvbnRvc28uY29tAWF1dGg9QmVhcmVyIGV5SjBlWEFpT2lKS1YxUWlMQ0poYkdjaU9pSlNVekkxTmlJc0luZzFkQ0k2SW1WNFlXMXdiR1VpTENKcmFXUWlPaUpsZUdGdGNHeGxJbjAuZXlKaGRXUWlPaUpvZEhSd2N6b3ZMMjkxZEd4dmIyc3ViMlptYVdObE16WTFMbU52YlNJc0ltbHpjeUk2SW1oMGRIQnpPaTh2YzNSekxuZHBibVJ2ZDNNdWJtVjBMek5tTm1FeFl6SmtMVGhpTkdVdE5HWTNZUzA1WXpGa0xUSmxOV0kzWVRsak1HUXhNeThpTENKcFlYUWlPakUzTkRnNE5qVTJNVEFzSW01aVppSTZNVGMwT0RnMk5UWXhNQ3dpWlhod0lqb3hOelE0T0Rjd05EQTVMQ0poYVc4aU9pSnJNa0puV1VSb1VTSXNJbUZ3Y0Y5a2FYTndiR0Y1Ym1GdFpTSTZJa1JOVXlCSmJYQnZjblJsY2lJc0ltRndjR2xrSWpvaVlUTmpOV1UzWmprdE1XSXlaQzAwWlRabUxUaGhNR010TW1RMFpqWmlPR1V3WVRGaklpd2lZWEJ3YVdSaFkzSWlPaUl4SWl3aWFXUndJam9pYUhSMGNITTZMeTl6ZEhNdWQybHVaRzkzY3k1dVpYUXZNMlkyWVRGak1tUXRPR0kwWlMwMFpqZGhMVGxqTVdRdE1tVTFZamRoT1dNd1pERXpMeUlzSW1sa2RIbHdJam9pWVhCd0lpd2liMmxrSWpvaU4yVTVZakZrTTJZdE5XRTJZeTAwWWpobExXRXdaREl0TkdZMllqaGtNR1V5WVRSaklpd2ljMmxrSWpvaUlpd2ljM1ZpSWpvaU4yVTVZakZrTTJZdE5XRTJZeTAwWWpobExXRXdaREl0TkdZMllqaGtNR1V5WVRSaklpd2lkR2xrSWpvaU0yWTJZVEZqTW1RdE9HSTBaUzAwWmpkaExUbGpNV1F0TW1VMVlqZGhPV013WkRFeklpd2lkWFJwSWpvaVVYY3pjbFI1SWl3aWRtVnlJam9pTVM0d0luMC5zaWcBAQ==
2025-06-02T12:00:12Z S: A01 NO AUTHENTICATE failed."##,
        expected: CauseId::DelegatedPermissionInsteadOfApplication,
    },
    Example {
        key: "app-not-found",
        title: t!(
            "AADSTS700016: application not found in the tenant",
            "AADSTS700016: Anwendung im Mandanten nicht gefunden"
        ),
        text: r##"MsalServiceException: AADSTS700016: Application with identifier 'a3c5e7f9-1b2d-4e6f-8a0c-2d4f6b8e0a1c' was not found in the directory 'Fabrikam'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.
Trace ID: 1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f
Correlation ID: 6f5e4d3c-2b1a-4098-8765-4321fedcba98
Timestamp: 2025-06-02 13:05:09Z"##,
        expected: CauseId::AppNotFoundInTenant,
    },
    Example {
        key: "common-endpoint",
        title: t!(
            "AADSTS50194: /common endpoint with a single-tenant app",
            "AADSTS50194: Endpunkt /common mit Single-Tenant-App"
        ),
        text: r##"POST https://login.microsoftonline.com/common/oauth2/v2.0/token
client_id=a3c5e7f9-1b2d-4e6f-8a0c-2d4f6b8e0a1c&scope=https%3A%2F%2Foutlook.office365.com%2F.default&grant_type=client_credentials&client_secret=Xy8Q~f3Kp2mN7vR1tW5zA9cE4hJ6lO0sU2xB8dG
{"error":"invalid_request","error_description":"AADSTS50194: Application 'a3c5e7f9-1b2d-4e6f-8a0c-2d4f6b8e0a1c'(DMS Importer) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant. Trace ID: 2a3b4c5d-6e7f-4081-9a2b-3c4d5e6f7a8b Correlation ID: 8b7a6f5e-4d3c-4b2a-9180-7f6e5d4c3b2a Timestamp: 2025-06-02 14:22:31Z","error_codes":[50194]}"##,
        expected: CauseId::WrongEndpointOrCloud,
    },
    Example {
        key: "replication-delay",
        title: t!(
            "LogonDenied minutes after Add-MailboxPermission",
            "LogonDenied wenige Minuten nach Add-MailboxPermission"
        ),
        text: r##"2025-06-02 10:04:12 PS C:\> New-ServicePrincipal -AppId a3c5e7f9-1b2d-4e6f-8a0c-2d4f6b8e0a1c -ObjectId 7e9b1d3f-5a6c-4b8e-a0d2-4f6b8d0e2a4c -DisplayName "DMS Importer"
2025-06-02 10:05:02 PS C:\> Add-MailboxPermission -Identity docscan@contoso.com -User 7e9b1d3f-5a6c-4b8e-a0d2-4f6b8d0e2a4c -AccessRights FullAccess
2025-06-02 10:12:30 [Importer] Service restarted, new access token: eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6ImV4YW1wbGUiLCJraWQiOiJleGFtcGxlIn0.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSIsImlzcyI6Imh0dHBzOi8vc3RzLndpbmRvd3MubmV0LzNmNmExYzJkLThiNGUtNGY3YS05YzFkLTJlNWI3YTljMGQxMy8iLCJpYXQiOjE3NDg4NTkxNTAsIm5iZiI6MTc0ODg1OTE1MCwiZXhwIjoxNzQ4ODYzOTQ5LCJhaW8iOiJrMkJnWURoUSIsImFwcF9kaXNwbGF5bmFtZSI6IkRNUyBJbXBvcnRlciIsImFwcGlkIjoiYTNjNWU3ZjktMWIyZC00ZTZmLThhMGMtMmQ0ZjZiOGUwYTFjIiwiYXBwaWRhY3IiOiIxIiwiaWRwIjoiaHR0cHM6Ly9zdHMud2luZG93cy5uZXQvM2Y2YTFjMmQtOGI0ZS00ZjdhLTljMWQtMmU1YjdhOWMwZDEzLyIsImlkdHlwIjoiYXBwIiwib2lkIjoiN2U5YjFkM2YtNWE2Yy00YjhlLWEwZDItNGY2YjhkMGUyYTRjIiwicm9sZXMiOlsiSU1BUC5BY2Nlc3NBc0FwcCJdLCJzaWQiOiIiLCJzdWIiOiI3ZTliMWQzZi01YTZjLTRiOGUtYTBkMi00ZjZiOGQwZTJhNGMiLCJ0aWQiOiIzZjZhMWMyZC04YjRlLTRmN2EtOWMxZC0yZTViN2E5YzBkMTMiLCJ1dGkiOiJRdzNyVHkiLCJ2ZXIiOiIxLjAifQ.sig
2025-06-02 10:12:31 [Importer] Connecting to outlook.office365.com:993 as docscan@contoso.com
2025-06-02 10:12:32 [Importer] Exception: MailBeeImapLoginBadCredentialsException
2025-06-02 10:12:32 [Importer] Response: MBN00000002 NO AUTHENTICATE failed. Error="AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed. User:docscan@contoso.com""##,
        expected: CauseId::ReplicationDelay,
    },
    Example {
        key: "cached-token",
        title: t!(
            "Cached token reused after it expired",
            "Zwischengespeichertes Token nach Ablauf weiterverwendet"
        ),
        text: r##"2025-06-02 16:45:20 INFO  Reusing cached access token for archive@contoso.com: eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsIng1dCI6ImV4YW1wbGUiLCJraWQiOiJleGFtcGxlIn0.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSIsImlzcyI6Imh0dHBzOi8vc3RzLndpbmRvd3MubmV0LzNmNmExYzJkLThiNGUtNGY3YS05YzFkLTJlNWI3YTljMGQxMy8iLCJpYXQiOjE3NDg4NzY0MDAsIm5iZiI6MTc0ODg3NjQwMCwiZXhwIjoxNzQ4ODgxMTk5LCJhaW8iOiJrMkJnWURoUSIsImFwcF9kaXNwbGF5bmFtZSI6IkRNUyBJbXBvcnRlciIsImFwcGlkIjoiYTNjNWU3ZjktMWIyZC00ZTZmLThhMGMtMmQ0ZjZiOGUwYTFjIiwiYXBwaWRhY3IiOiIxIiwiaWRwIjoiaHR0cHM6Ly9zdHMud2luZG93cy5uZXQvM2Y2YTFjMmQtOGI0ZS00ZjdhLTljMWQtMmU1YjdhOWMwZDEzLyIsImlkdHlwIjoiYXBwIiwib2lkIjoiN2U5YjFkM2YtNWE2Yy00YjhlLWEwZDItNGY2YjhkMGUyYTRjIiwicm9sZXMiOlsiSU1BUC5BY2Nlc3NBc0FwcCJdLCJzaWQiOiIiLCJzdWIiOiI3ZTliMWQzZi01YTZjLTRiOGUtYTBkMi00ZjZiOGQwZTJhNGMiLCJ0aWQiOiIzZjZhMWMyZC04YjRlLTRmN2EtOWMxZC0yZTViN2E5YzBkMTMiLCJ1dGkiOiJRdzNyVHkiLCJ2ZXIiOiIxLjAifQ.sig
2025-06-02 16:45:21 DEBUG C: A7 AUTHENTICATE XOAUTH2 dXNlcj1hcmNoaXZlQGNvbnRvc28uY29tAWF1dGg9QmVhcmVyIGV5SjBlWEFpT2lKS1YxUWlMQ0poYkdjaU9pSlNVekkxTmlJc0luZzFkQ0k2SW1WNFlXMXdiR1VpTENKcmFXUWlPaUpsZUdGdGNHeGxJbjAuZXlKaGRXUWlPaUpvZEhSd2N6b3ZMMjkxZEd4dmIyc3ViMlptYVdObE16WTFMbU52YlNJc0ltbHpjeUk2SW1oMGRIQnpPaTh2YzNSekxuZHBibVJ2ZDNNdWJtVjBMek5tTm1FeFl6SmtMVGhpTkdVdE5HWTNZUzA1WXpGa0xUSmxOV0kzWVRsak1HUXhNeThpTENKcFlYUWlPakUzTkRnNE56WTBNREFzSW01aVppSTZNVGMwT0RnM05qUXdNQ3dpWlhod0lqb3hOelE0T0RneE1UazVMQ0poYVc4aU9pSnJNa0puV1VSb1VTSXNJbUZ3Y0Y5a2FYTndiR0Y1Ym1GdFpTSTZJa1JOVXlCSmJYQnZjblJsY2lJc0ltRndjR2xrSWpvaVlUTmpOV1UzWmprdE1XSXlaQzAwWlRabUxUaGhNR010TW1RMFpqWmlPR1V3WVRGaklpd2lZWEJ3YVdSaFkzSWlPaUl4SWl3aWFXUndJam9pYUhSMGNITTZMeTl6ZEhNdWQybHVaRzkzY3k1dVpYUXZNMlkyWVRGak1tUXRPR0kwWlMwMFpqZGhMVGxqTVdRdE1tVTFZamRoT1dNd1pERXpMeUlzSW1sa2RIbHdJam9pWVhCd0lpd2liMmxrSWpvaU4yVTVZakZrTTJZdE5XRTJZeTAwWWpobExXRXdaREl0TkdZMllqaGtNR1V5WVRSaklpd2ljbTlzWlhNaU9sc2lTVTFCVUM1QlkyTmxjM05CYzBGd2NDSmRMQ0p6YVdRaU9pSWlMQ0p6ZFdJaU9pSTNaVGxpTVdRelppMDFZVFpqTFRSaU9HVXRZVEJrTWkwMFpqWmlPR1F3WlRKaE5HTWlMQ0owYVdRaU9pSXpaalpoTVdNeVpDMDRZalJsTFRSbU4yRXRPV014WkMweVpUVmlOMkU1WXpCa01UTWlMQ0oxZEdraU9pSlJkek55VkhraUxDSjJaWElpT2lJeExqQWlmUS5zaWcBAQ==
2025-06-02 16:45:21 ERROR S: A7 NO AUTHENTICATE failed."##,
        expected: CauseId::TokenExpiredOrCached,
    },
    Example {
        key: "smtp-wrong-role",
        title: t!(
            "SMTP 535 5.7.3 with a token that has only IMAP.AccessAsApp",
            "SMTP 535 5.7.3 mit Token, das nur IMAP.AccessAsApp hat"
        ),
        text: r##"2025-06-02 17:12:01 SMTP connected to smtp.office365.com:587
2025-06-02 17:12:02 SMTP C: AUTH XOAUTH2 dXNlcj1ub3JlcGx5QGNvbnRvc28uY29tAWF1dGg9QmVhcmVyIGV5SjBlWEFpT2lKS1YxUWlMQ0poYkdjaU9pSlNVekkxTmlJc0luZzFkQ0k2SW1WNFlXMXdiR1VpTENKcmFXUWlPaUpsZUdGdGNHeGxJbjAuZXlKaGRXUWlPaUpvZEhSd2N6b3ZMMjkxZEd4dmIyc3ViMlptYVdObE16WTFMbU52YlNJc0ltbHpjeUk2SW1oMGRIQnpPaTh2YzNSekxuZHBibVJ2ZDNNdWJtVjBMek5tTm1FeFl6SmtMVGhpTkdVdE5HWTNZUzA1WXpGa0xUSmxOV0kzWVRsak1HUXhNeThpTENKcFlYUWlPakUzTkRnNE9EUXlNREFzSW01aVppSTZNVGMwT0RnNE5ESXdNQ3dpWlhod0lqb3hOelE0T0RnNE9UazVMQ0poYVc4aU9pSnJNa0puV1VSb1VTSXNJbUZ3Y0Y5a2FYTndiR0Y1Ym1GdFpTSTZJa1JOVXlCSmJYQnZjblJsY2lJc0ltRndjR2xrSWpvaVlUTmpOV1UzWmprdE1XSXlaQzAwWlRabUxUaGhNR010TW1RMFpqWmlPR1V3WVRGaklpd2lZWEJ3YVdSaFkzSWlPaUl4SWl3aWFXUndJam9pYUhSMGNITTZMeTl6ZEhNdWQybHVaRzkzY3k1dVpYUXZNMlkyWVRGak1tUXRPR0kwWlMwMFpqZGhMVGxqTVdRdE1tVTFZamRoT1dNd1pERXpMeUlzSW1sa2RIbHdJam9pWVhCd0lpd2liMmxrSWpvaU4yVTVZakZrTTJZdE5XRTJZeTAwWWpobExXRXdaREl0TkdZMllqaGtNR1V5WVRSaklpd2ljbTlzWlhNaU9sc2lTVTFCVUM1QlkyTmxjM05CYzBGd2NDSmRMQ0p6YVdRaU9pSWlMQ0p6ZFdJaU9pSTNaVGxpTVdRelppMDFZVFpqTFRSaU9HVXRZVEJrTWkwMFpqWmlPR1F3WlRKaE5HTWlMQ0owYVdRaU9pSXpaalpoTVdNeVpDMDRZalJsTFRSbU4yRXRPV014WkMweVpUVmlOMkU1WXpCa01UTWlMQ0oxZEdraU9pSlJkek55VkhraUxDSjJaWElpT2lJeExqQWlmUS5zaWcBAQ==
2025-06-02 17:12:02 SMTP S: 535 5.7.3 Authentication unsuccessful [LO4P265CA0051.GBRP265.PROD.OUTLOOK.COM 2025-06-02T17:12:02.512Z 08DD9F1A2B3C4D5E]"##,
        expected: CauseId::MissingAppRole,
    },
    Example {
        key: "basic-auth",
        title: t!(
            "SMTP AUTH LOGIN: basic authentication is disabled",
            "SMTP AUTH LOGIN: Standardauthentifizierung deaktiviert"
        ),
        text: r##"DEBUG SMTP: Attempt to authenticate using mechanisms: LOGIN PLAIN DIGEST-MD5 NTLM XOAUTH2
DEBUG SMTP: AUTH LOGIN command trace suppressed
DEBUG SMTP: AUTH LOGIN failed
javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [FR0P281CA0123.DEUP281.PROD.OUTLOOK.COM 2025-06-02T18:01:44.902Z 08DD9F2B3C4D5E6F]"##,
        expected: CauseId::BasicAuthDeprecated,
    },
];
