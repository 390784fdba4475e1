//! Whole client debug logs as admins paste them: the lines around the failure (a server's list
//! of mechanisms, a library's DEBUG and INFO lines, an EWS request's SOAP header, PowerShell's
//! error view) are read for what they are, not as a sign-in with a password, an error or a
//! protocol. Each case read wrong before (its first finding named in the comment).

mod common;

use common::causes;

fn first(text: &str) -> Option<String> {
    causes(text).into_iter().next().map(|(c, _)| c)
}

/// Python smtplib prints EHLO's reply inside a bytes repr (`…\\nAUTH LOGIN XOAUTH2\\n…`): it was
/// read as the client's AUTH LOGIN (basic authentication 0.90 on a successful XOAUTH2 send).
#[test]
fn a_servers_list_of_mechanisms_in_a_debug_line_is_no_password_sign_in() {
    let text = r#"send: 'ehlo mailbot.contoso.local\r\n'
reply: b'250-AUTH LOGIN XOAUTH2\r\n'
reply: retcode (250); Msg: b'AM0PR10CA0015.outlook.office365.com Hello [203.0.113.5]\nSIZE 157286400\nENHANCEDSTATUSCODES\nAUTH LOGIN XOAUTH2\n8BITMIME\nSMTPUTF8'
send: 'AUTH XOAUTH2 ********\r\n'
reply: b'235 2.7.0 Authentication successful\r\n'
reply: retcode (235); Msg: b'2.7.0 Authentication successful'"#;
    assert_eq!(causes(text), vec![], "smtplib_ok");
    let text = r#"reply: retcode (250); Msg: b'AM0PR10CA0015.outlook.office365.com Hello [203.0.113.5]\nSIZE 157286400\nENHANCEDSTATUSCODES\nAUTH LOGIN XOAUTH2\n8BITMIME\nSMTPUTF8'
send: 'AUTH XOAUTH2 ********\r\n'
reply: b'535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator. [AM0PR10CA0015.EURPRD10.PROD.OUTLOOK.COM]\r\n'"#;
    assert_eq!(
        first(text).as_deref(),
        Some("security_defaults_block"),
        "smtplib_criteria: {:?}",
        causes(text)
    );
}

/// Thunderbird's legend of its mechanisms (`LOGIN = 0x2`) and JavaMail's `need username and
/// password for authentication` read as a password sign-in on successful logs (0.60, 0.47).
#[test]
fn a_clients_legend_and_debug_lines_are_no_password_sign_in() {
    let text = r#"2026-01-01 00:00:06.222000 UTC - [Parent 5812: IMAP]: I/IMAP 0x7f3a1c0d2800:outlook.office365.com:NA:(GSSAPI = 0x1000000, CRAM = 0x20, NTLM = 0x100, MSN = 0x200, PLAIN = 0x1000, LOGIN = 0x2, old-style IMAP login = 0x4, auth external IMAP login = 0x20000, OAUTH2 = 0x10000000)
2026-01-01 00:00:07.259000 UTC - [Parent 5812: IMAP]: I/IMAP 0x7f3a1c0d2800:outlook.office365.com:NA:IMAP: trying auth method 0x10000000
2026-01-01 00:00:08.296000 UTC - [Parent 5812: IMAP]: I/IMAP 0x7f3a1c0d2800:outlook.office365.com:NA:XOAUTH2 auth
2026-01-01 00:00:10.370000 UTC - [Parent 5812: IMAP]: I/IMAP 0x7f3a1c0d2800:outlook.office365.com:NA:CreateNewLineFromSocket: 2 OK AUTHENTICATE completed."#;
    assert_eq!(causes(text), vec![], "thunderbird_ok");
    let text = r#"DEBUG SMTP: need username and password for authentication
DEBUG SMTP: protocolConnect returning false, host=smtp.office365.com, user=svc, password=<null>
DEBUG SMTP: trying to connect to host "smtp.office365.com", port 587, isSSL false
220 AM0PR10CA0015.outlook.office365.com Microsoft ESMTP MAIL Service ready
DEBUG SMTP: Attempt to authenticate using mechanisms: LOGIN PLAIN DIGEST-MD5 NTLM XOAUTH2
DEBUG SMTP: Using mechanism XOAUTH2
AUTH XOAUTH2 ********
235 2.7.0 Authentication successful
DEBUG SMTP: AUTH XOAUTH2 succeeded"#;
    assert_eq!(causes(text), vec![], "javamail_ok");
}

/// MSAL.NET's INFO line `No access tokens found in the cache` read as a local SASL failure (0.90).
#[test]
fn msal_looking_into_its_cache_is_no_sasl_failure() {
    let text = r#"[MSAL:0003] INFO  2026-01-01 00:00:00Z - 1a2b3c4d [Internal cache] Total number of cache partitions found while getting access tokens: 0
[MSAL:0004] INFO  2026-01-01 00:00:00Z - 1a2b3c4d [FindAccessTokenAsync] No access tokens found in the cache. Skipping filtering.
[MSAL:0005] INFO  2026-01-01 00:00:01Z - 1a2b3c4d Fetched access token from host login.microsoftonline.com."#;
    assert_eq!(causes(text), vec![], "msal_info");
}

/// The SOAP header's closing `</t:ExchangeImpersonation>` read as a message about a missing header
/// (0.87), `PrimarySmtpAddress` as SMTP named.
#[test]
fn an_ews_requests_impersonation_header_and_address_kind_are_no_error_and_no_smtp() {
    let text = r#"<Trace Tag="EwsRequest" Tid="1" Time="2026-01-01 00:00:01Z" Version="15.00.0913.015">
    <soap:Header>
      <t:RequestServerVersion Version="Exchange2013_SP1" />
    <t:ExchangeImpersonation>
      <t:ConnectingSID>
        <t:PrimarySmtpAddress>info@contoso.com</t:PrimarySmtpAddress>
      </t:ConnectingSID>
    </t:ExchangeImpersonation>
    </soap:Header>
</Trace>
<Trace Tag="EwsResponse" Tid="1" Time="2026-01-01 00:00:02Z" Version="15.00.0913.015">
          <m:GetFolderResponseMessage ResponseClass="Success">
            <m:ResponseCode>NoError</m:ResponseCode>
          </m:GetFolderResponseMessage>
</Trace>"#;
    assert_eq!(causes(text), vec![], "ews_ok");
}

/// PowerShell 7's error view puts the message alone above `+ CategoryInfo`: the trustee not found
/// (`User or group "<GUID>"`) was read as the mailbox missing (0.87).
#[test]
fn powershells_concise_error_view_keeps_its_message() {
    let text = r#"PS C:\> Add-MailboxPermission -Identity "info@contoso.com" -User 9d1e2f3a-4b5c-4d6e-8f70-819a2b3c4d5e -AccessRights FullAccess
User or group "9d1e2f3a-4b5c-4d6e-8f70-819a2b3c4d5e" wasn't found. Please make sure you've typed it correctly.
    + CategoryInfo          : NotSpecified: (:) [Add-MailboxPermission], ManagementObjectNotFoundException
    + FullyQualifiedErrorId : [Server=FR2P281MB1234,RequestId=0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b,TimeStamp=Mon, 01 Jun 2026 11:58:01 GMT],Write-ErrorMessage] D8B1C2E3,Microsoft.Exchange.Management.RecipientTasks.AddMailboxPermission"#;
    assert_eq!(
        first(text).as_deref(),
        Some("service_principal_not_registered_in_exchange"),
        "ps_trustee: {:?}",
        causes(text)
    );
}

/// `MainError(code='ErrorAccessDenied' …)` in the Graph SDK's traceback was filed under EWS, so a
/// Graph token read as the wrong audience (0.95).
#[test]
fn graphs_python_sdk_error_is_graphs() {
    let text = r#"token claims: {"aud": "https://graph.microsoft.com", "roles": ["User.Read.All"], "appid": "3c7e9a12-5b4d-4e8f-a1b2-c3d4e5f60718", "tid": "8f3b2c1a-4d5e-4f60-9a7b-1c2d3e4f5a6b"}
Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/kiota_http/httpx_request_adapter.py", line 193, in send_async
    await self.throw_failed_responses(response, error_map, parent_span, parent_span)
msgraph.generated.models.o_data_errors.o_data_error.ODataError:
        APIError
        Code: 403
        error: MainError(additional_data={}, code='ErrorAccessDenied', details=None, message='Access is denied. Check credentials and try again.', target=None)"#;
    assert_eq!(
        first(text).as_deref(),
        Some("missing_app_role"),
        "graph_py: {:?}",
        causes(text)
    );
}

/// PHPMailer's `ssl://…:587` with OpenSSL's `wrong version number`: its failed connections read as
/// a network block (0.91).
#[test]
fn tls_asked_on_connect_of_587_explains_the_failed_connection() {
    let text = r#"2026-01-01 00:00:00	Connection: opening to ssl://smtp.office365.com:587, timeout=300, options=array()
2026-01-01 00:00:00	Connection failed. Error #2: stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:
error:0A00010B:SSL routines::wrong version number [/var/www/shop/vendor/phpmailer/phpmailer/src/SMTP.php line 410]
2026-01-01 00:00:00	Connection failed. Error #2: stream_socket_client(): Failed to enable crypto [/var/www/shop/vendor/phpmailer/phpmailer/src/SMTP.php line 410]
2026-01-01 00:00:00	Connection failed. Error #2: stream_socket_client(): Unable to connect to ssl://smtp.office365.com:587 (Unknown error) [/var/www/shop/vendor/phpmailer/phpmailer/src/SMTP.php line 410]
2026-01-01 00:00:00	SMTP ERROR: Failed to connect to server:  (0)
2026-01-01 00:00:00	SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting"#;
    assert_eq!(
        first(text).as_deref(),
        Some("tls_mode_mismatch"),
        "phpmailer_ssl587: {:?}",
        causes(text)
    );
}

/// SChannel's German "keinen gemeinsamen Algorithmus" was not known (a bare SMTP failure's guess).
#[test]
fn schannels_german_no_common_algorithm_is_a_tls_version() {
    let text = r#"System.Security.Authentication.AuthenticationException: Fehler bei einem Aufruf von SSPI, siehe interne Ausnahme. ---> System.ComponentModel.Win32Exception: Der Client und der Server können keine Daten austauschen, da sie keinen gemeinsamen Algorithmus besitzen
   bei System.Net.Mail.SmtpClient.Send(MailMessage message)"#;
    assert_eq!(
        first(text).as_deref(),
        Some("tls_version_unsupported"),
        "sspi_de: {:?}",
        causes(text)
    );
}

/// An Entra code shown with the wording of one of its sub-codes (AADSTS53003 with "The access
/// policy does not allow token issuance", AADSTS530031's) states its cause as firmly as either
/// alone: both were weighed half, and the client's "unable to log in" that follows drew a bare
/// failure's candidates beside it (conditional access at 0.59).
#[test]
fn an_entra_code_with_its_sub_codes_wording_states_its_cause() {
    let text = r#"OAuth2Module: Token request failed for alice@contoso.com
mailnews.oauth: OAuth2 error: {"error":"invalid_grant","error_description":"AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."}
Authentication failure: unable to log in to outlook.office365.com"#;
    let c = causes(text);
    assert_eq!(
        c.first().map(|(c, _)| c.as_str()),
        Some("conditional_access_block"),
        "{c:?}"
    );
    assert!(c[0].1 >= 0.9, "{c:?}");
}

/// Get-ServicePrincipal's table whose ObjectId is its AppId: the client id was registered as the
/// object id (only the list layout was read before); the registration and FullAccess told done
/// minutes ago are the wait, not the steps missing (the missing registration led at 0.33).
#[test]
fn a_registration_shown_or_told_is_read_for_what_it_shows() {
    let table = r#"PS C:\> Get-ServicePrincipal

DisplayName                    ObjectId                             AppId
-----------                    --------                             -----
Mail Fetcher                   3c7e9a12-5b4d-4e8f-a1b2-c3d4e5f60718 3c7e9a12-5b4d-4e8f-a1b2-c3d4e5f60718

S: A1 NO AUTHENTICATE failed."#;
    assert_eq!(
        first(table).as_deref(),
        Some("wrong_object_id"),
        "{:?}",
        causes(table)
    );
    let told = "We registered the service principal with New-ServicePrincipal and gave it FullAccess with Add-MailboxPermission about 10 minutes ago.\nStill getting:\nA1 NO AUTHENTICATE failed.";
    assert_eq!(
        first(told).as_deref(),
        Some("replication_delay"),
        "{:?}",
        causes(told)
    );
}

/// A client's LOGIN to email-oauth2-proxy, which signs in with XOAUTH2 itself, is no password
/// sign-in to Exchange Online (it read as basic authentication).
#[test]
fn a_password_sign_in_to_a_local_proxy_is_not_exchanges() {
    let proxy = "2026-01-01 00:00:02: IMAP (127.0.0.1:53124-{127.0.0.1:1993}-{outlook.office365.com:993}) --> b'A2 LOGIN **********'\n2026-01-01 00:00:02: Successfully requested new access token for alice@contoso.com\n2026-01-01 00:00:03: IMAP (127.0.0.1:53124-{127.0.0.1:1993}-{outlook.office365.com:993}) <-- b'A2 OK AUTHENTICATE completed.'";
    assert_eq!(causes(proxy), vec![], "proxy");
}

/// A shared mailbox beside an app-only token: user= names the mailbox the app opens, shared or
/// not, so the shared mailbox says nothing of user= (it led at 0.35 as the wrong user name).
#[test]
fn a_shared_mailbox_beside_an_app_only_token_is_no_user_name_hint() {
    let text = r#"PS C:\> Get-Mailbox buchhaltung@contoso.com | Format-List RecipientTypeDetails
RecipientTypeDetails : SharedMailbox

C: A1 AUTHENTICATE XOAUTH2 dXNlcj1idWNoaGFsdHVuZ0Bjb250b3NvLmNvbQFhdXRoPUJlYXJlciBleUowZVhBaU9pSktWMVFpTENKaGJHY2lPaUpTVXpJMU5pSjkuZXlKaGRXUWlPaUpvZEhSd2N6b3ZMMjkxZEd4dmIyc3ViMlptYVdObE16WTFMbU52YlNJc0ltbHpjeUk2SW1oMGRIQnpPaTh2YzNSekxuZHBibVJ2ZDNNdWJtVjBMemhtTTJJeVl6RmhMVFJrTldVdE5HWTJNQzA1WVRkaUxURmpNbVF6WlRSbU5XRTJZaThpTENKcFlYUWlPakUzTmpjeU1qTTRNREFzSW01aVppSTZNVGMyTnpJeU16Z3dNQ3dpWlhod0lqb3hOelkzTWpJM05EQXdMQ0poY0hCcFpDSTZJak5qTjJVNVlURXlMVFZpTkdRdE5HVTRaaTFoTVdJeUxXTXpaRFJsTldZMk1EY3hPQ0lzSW1sa2RIbHdJam9pWVhCd0lpd2liMmxrSWpvaU9XUXhaVEptTTJFdE5HSTFZeTAwWkRabExUaG1OekF0T0RFNVlUSmlNMk0wWkRWbElpd2ljbTlzWlhNaU9sc2lTVTFCVUM1QlkyTmxjM05CYzBGd2NDSmRMQ0owYVdRaU9pSTRaak5pTW1NeFlTMDBaRFZsTFRSbU5qQXRPV0UzWWkweFl6SmtNMlUwWmpWaE5tSWlMQ0oyWlhJaU9pSXhMakFpZlEuYzJsbgEB
S: A1 NO AUTHENTICATE failed."#;
    let c = causes(text);
    assert!(
        c.iter()
            .all(|(cause, _)| cause != "wrong_username_in_xoauth2"),
        "{c:?}"
    );
    assert!(
        c.iter()
            .take(3)
            .any(|(cause, _)| cause == "mailbox_permission_missing"),
        "{c:?}"
    );
}

/// Look-alikes of the readings above keep their own: an error told minutes old is no change,
/// a name not found beside `ssl://…:587` fails before TLS, a Graph check told earlier leaves a
/// later EWS refusal EWS's, a client that tried AUTH LOGIN signed in with a password.
#[test]
fn look_alikes_keep_their_readings() {
    for text in [
        "The server gave me this error 10 minutes ago: 535 5.7.3 Authentication unsuccessful",
        "I enabled verbose logging a few minutes ago, here is the output: 535 5.7.3 Authentication unsuccessful",
    ] {
        assert_ne!(first(text).as_deref(), Some("replication_delay"), "{text}: {:?}", causes(text));
    }
    let dns = "PHPMailer: SMTP ERROR: Failed to connect to server: php_network_getaddresses: getaddrinfo for smtp.office365.com failed: Name or service not known\nHost: ssl://smtp.office365.com Port: 587";
    assert_eq!(
        first(dns).as_deref(),
        Some("network_egress_blocked"),
        "{:?}",
        causes(dns)
    );
    let ews = "Our EWS job (EWS Managed API 2.2, app-only token, ImpersonatedUserId set) fails. I verified the app roles in Graph Explorer: GET https://graph.microsoft.com/v1.0/servicePrincipals/9f8e7d6c-1111-2222-3333-444455556666/appRoleAssignments shows full_access_as_app.\nErrorAccessDenied";
    assert_ne!(
        first(ews).as_deref(),
        Some("delegated_permission_instead_of_application"),
        "{:?}",
        causes(ews)
    );
    let tried = "Tried AUTH LOGIN, PLAIN and XOAUTH2 against smtp.office365.com:587, all three fail:\n535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully.";
    assert!(
        causes(tried)
            .iter()
            .take(3)
            .any(|(c, _)| c == "basic_auth_deprecated"),
        "{:?}",
        causes(tried)
    );
}
