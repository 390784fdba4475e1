//! Known answers for the evidence script: its output, pasted back alone (no log, no token), ranks
//! the right cause first.
//!
//! Each input is what the script prints (`remedy::render_evidence_script`) for one failure: its
//! section lines, the cmdlets' `Format-List` output as Exchange Online PowerShell and Microsoft
//! Graph PowerShell print it (property names and value forms from the Microsoft Learn examples of
//! `Get-ServicePrincipal`, `Get-MailboxPermission`, `Get-CASMailbox`, `Get-TransportConfig`), the
//! `skipped` line with the error the cmdlet threw (`ManagementObjectNotFoundException`: "couldn't be
//! found on"), the token endpoint's error body, the token's claims and the protocol transcript of the
//! live test (`S:` / `C:` lines, the XOAUTH2 string masked). `the_fixtures_match_the_script` checks
//! that the section lines and the masked client line are the ones the script prints.

use exo_oauth_doctor::remedy::{render_evidence_script, EvidenceValues};
use exo_oauth_doctor::{analyze, CauseId, Lang, Options};

const APP: &str = "6233fba6-0198-4277-892f-9275bf728bcc";
const TID: &str = "c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c";
const OID: &str = "0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a";
const OTHER_OID: &str = "b7e2c9a1-5d3f-4a8e-9c6b-2f1e0d9c8b7a";
const MB: &str = "docscan@contoso.com";
/// 2025-03-20T12:00:00Z.
const NOW: i64 = 1_742_472_000;
const SERVER: &str = "AM6PR04A08DC001.EURPRD04.PROD.OUTLOOK.COM";
const MASKED: &str = "********";

fn section(head: &str, body: &str) -> String {
    format!("=== exo-oauth-doctor section: {head} ===\n{body}\n")
}

fn skipped(name: &str, reason: &str) -> String {
    format!("=== exo-oauth-doctor skipped: {name}: {reason} ===\n")
}

fn not_found(object: &str) -> String {
    format!("|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object '{object}' couldn't be found on '{SERVER}'.")
}

fn service_principal(object_id: &str) -> String {
    section(
        &format!("Get-ServicePrincipal -Identity {APP}"),
        &format!(
            "DisplayName : DMS Importer\nAppId       : {APP}\nObjectId    : {object_id}\nIdentity    : {object_id}\nIsValid     : True\nObjectState : Unchanged"
        ),
    )
}

fn permission(user: &str, rights: &str) -> String {
    format!("AccessRights    : {{{rights}}}\nDeny            : False\nInheritanceType : All\nUser            : {user}\nIdentity        : docscan\nIsInherited     : False\nIsValid         : True\nObjectState     : Unchanged\n")
}

fn mailbox_permission(with_sp: bool) -> String {
    mailbox_permission_for(with_sp.then_some(OID))
}

/// The permissions of the mailbox: its own, and FullAccess for the service principal `sp`.
fn mailbox_permission_for(sp: Option<&str>) -> String {
    let mut body = permission("NT AUTHORITY\\SELF", "FullAccess, ReadPermission");
    if let Some(sp) = sp {
        body.push('\n');
        body.push_str(&permission(sp, "FullAccess"));
    }
    section(&format!("Get-MailboxPermission -Identity {MB}"), &body)
}

fn recipient_permission(with_sp: bool) -> String {
    let mut body = "Identity          : docscan\nTrustee           : NT AUTHORITY\\SELF\nAccessControlType : Allow\nAccessRights      : {SendAs}\nIsInherited       : False\nInheritanceType   : None\n".to_string();
    if with_sp {
        body.push_str(&format!("\nIdentity          : docscan\nTrustee           : {OID}\nAccessControlType : Allow\nAccessRights      : {{SendAs}}\nIsInherited       : False\nInheritanceType   : None\n"));
    }
    section(&format!("Get-RecipientPermission -Identity {MB}"), &body)
}

fn cas_mailbox(imap: bool) -> String {
    section(
        &format!("Get-CASMailbox -Identity {MB}"),
        &format!(
            "Identity                         : docscan\nPrimarySmtpAddress               : {MB}\nImapEnabled                      : {}\nPopEnabled                       : True\nSmtpClientAuthenticationDisabled : \nEwsEnabled                       : True\nMAPIEnabled                      : True\nOWAEnabled                       : True\nActiveSyncEnabled                : True",
            if imap { "True" } else { "False" }
        ),
    )
}

fn transport_config(disabled: bool) -> String {
    section(
        "Get-TransportConfig",
        &format!(
            "SmtpClientAuthenticationDisabled : {}\nAllowLegacyTLSClients            : False",
            if disabled { "True" } else { "False" }
        ),
    )
}

fn graph_service_principal(id: &str) -> String {
    section(
        &format!("Get-MgServicePrincipal -Filter \"appId eq '{APP}'\""),
        &format!("DisplayName            : DMS Importer\nAppId                  : {APP}\nId                     : {id}\nAccountEnabled         : True\nServicePrincipalType   : Application\nAppOwnerOrganizationId : {TID}"),
    )
}

/// `Get-MgServicePrincipalAppRoleAssignment` as the script prints it: one list entry per role,
/// with the role's value looked up on the resource.
fn graph_roles(sp: &str, roles: &[(&str, &str)]) -> String {
    let body: Vec<String> = roles
        .iter()
        .map(|(id, value)| {
            format!("ResourceDisplayName  : Office 365 Exchange Online\nResourceAppId        : 00000002-0000-0ff1-ce00-000000000000\nAppRoleId            : {id}\nAppRoleValue         : {value}\nPrincipalDisplayName : DMS Importer\nCreatedDateTime      : 3/18/2025 09:12:44")
        })
        .collect();
    section(
        &format!("Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId {sp}"),
        &body.join("\n\n"),
    )
}

fn token_request(body: &str) -> String {
    format!("=== exo-oauth-doctor section: Invoke-RestMethod -Method Post -Uri https://login.microsoftonline.com/{TID}/oauth2/v2.0/token grant_type=client_credentials scope=https://outlook.office365.com/.default ===\n{body}")
}

fn claims(oid: &str, roles: &str) -> String {
    section(
        "token claims",
        &format!(
            "aud   : https://outlook.office365.com\niss   : https://sts.windows.net/{TID}/\ntid   : {TID}\nappid : {APP}\noid   : {oid}\nroles : {roles}\nscp   : \nexp   : {}",
            NOW + 3000
        ),
    )
}

fn imap_failed() -> String {
    section(
        "IMAP outlook.office365.com:993 XOAUTH2",
        &format!("S: * OK The Microsoft Exchange IMAP4 service is ready. [TQBOADIAUABSADAAMQBDAEEAMAAwADAANgAuAG4AYQBtAHAAcgBkADAAMQAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]\nC: A01 AUTHENTICATE XOAUTH2 {MASKED}\nS: A01 NO AUTHENTICATE failed.\nC: A02 LOGOUT\nS: * BYE Microsoft Exchange Server IMAP4 server signing off.\nS: A02 OK LOGOUT completed."),
    )
}

fn smtp_535_57139() -> String {
    section(
        "SMTP smtp.office365.com:587 XOAUTH2",
        &format!("S: 220 AM0PR02CA0001.outlook.office365.com Microsoft ESMTP MAIL Service ready at Thu, 20 Mar 2025 12:00:00 +0000\nC: EHLO localhost\nS: 250-AM0PR02CA0001.outlook.office365.com Hello [203.0.113.5]\nS: 250-STARTTLS\nS: 250 SMTPUTF8\nC: STARTTLS\nS: 220 2.0.0 SMTP server ready\nC: EHLO localhost\nS: 250-AM0PR02CA0001.outlook.office365.com Hello [203.0.113.5]\nS: 250-AUTH LOGIN XOAUTH2\nS: 250 SMTPUTF8\nC: AUTH XOAUTH2 {MASKED}\nS: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR02CA0001.eurprd02.prod.outlook.com]\nC: QUIT\nS: 221 2.0.0 Service closing transmission channel"),
    )
}

fn aadsts_body(code: u32, error: &str, text: &str) -> String {
    format!("{{\"error\":\"{error}\",\"error_description\":\"AADSTS{code}: {text} Trace ID: 0f3a9c1e-1b2c-4d5e-8f90-123456789abc Correlation ID: 1b2c3d4e-5f60-4718-9a0b-cdef01234567 Timestamp: 2025-03-20 11:58:00Z\",\"error_codes\":[{code}],\"timestamp\":\"2025-03-20 11:58:00Z\"}}\n")
}

const END: &str = "=== exo-oauth-doctor end ===\n";

/// One known answer: the script's output for a failure and the cause it must rank first.
struct Case {
    name: &'static str,
    cause: CauseId,
    output: String,
}

/// Causes the output settles by its error lines, token endpoint answers and protocol replies.
fn settled_now() -> Vec<Case> {
    let live_ok = || token_request("") + &claims(OID, "{IMAP.AccessAsApp}");
    vec![
        Case {
            name: "Get-ServicePrincipal: not found",
            cause: CauseId::ServicePrincipalNotRegisteredInExchange,
            output: skipped("Get-ServicePrincipal", &not_found(APP))
                + &mailbox_permission(false)
                + &cas_mailbox(true)
                + &live_ok()
                + &imap_failed()
                + END,
        },
        Case {
            name: "Get-Mailbox / Get-CASMailbox: mailbox not found",
            cause: CauseId::MailboxUnlicensedOrMissing,
            output: service_principal(OID)
                + &skipped("Get-MailboxPermission", &not_found(MB))
                + &skipped("Get-CASMailbox", &not_found(MB))
                + &skipped("Get-Mailbox", &not_found(MB))
                + &live_ok()
                + &imap_failed()
                + END,
        },
        Case {
            name: "SMTP AUTH off for the tenant: Get-TransportConfig and 5.7.139",
            cause: CauseId::SmtpAuthDisabledTenant,
            output: service_principal(OID)
                + &mailbox_permission(true)
                + &recipient_permission(true)
                + &cas_mailbox(true)
                + &transport_config(true)
                + &token_request("")
                + &claims(OID, "{SMTP.SendAsApp}")
                + &smtp_535_57139()
                + END,
        },
        Case {
            name: "token request: invalid client secret",
            cause: CauseId::InvalidClientSecret,
            output: service_principal(OID)
                + &token_request(&aadsts_body(7000215, "invalid_client", &format!("Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{APP}'.")))
                + END,
        },
        Case {
            name: "token request: expired client secret",
            cause: CauseId::ExpiredClientSecret,
            output: token_request(&aadsts_body(7000222, "invalid_client", &format!("The provided client secret keys for app '{APP}' are expired. Visit the Azure portal to create new keys for your app, or consider using certificate credentials for added security.")))
                + END,
        },
        Case {
            name: "token request: certificate not registered",
            cause: CauseId::CertificateCredentialError,
            output: token_request(&aadsts_body(700027, "invalid_client", "Client assertion failed signature validation.")) + END,
        },
        Case {
            name: "token request: app not in the tenant",
            cause: CauseId::AppNotFoundInTenant,
            output: token_request(&aadsts_body(700016, "unauthorized_client", &format!("Application with identifier '{APP}' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.")))
                + END,
        },
        Case {
            name: "token request: blocked by Conditional Access for workload identities",
            cause: CauseId::ConditionalAccessBlock,
            output: service_principal(OID)
                + &token_request(&aadsts_body(53003, "access_denied", "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."))
                + END,
        },
        Case {
            name: "token request: the app's service principal is disabled",
            cause: CauseId::AppOrServicePrincipalDisabled,
            output: service_principal(OID)
                + &token_request(&aadsts_body(7000112, "unauthorized_client", &format!("Application '{APP}'(DMS Importer) is disabled.")))
                + END,
        },
        Case {
            name: "token request: tenant not found",
            cause: CauseId::TenantNotFound,
            output: token_request(&aadsts_body(90002, "invalid_request", "Tenant 'contoso.onmicrosoft.example' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.")) + END,
        },
    ]
}

/// Causes only the cmdlets' output settles: the analyser reads their `Format-List` values back.
fn settled_by_readback() -> Vec<Case> {
    let live = |oid: &str, roles: &str| token_request("") + &claims(oid, roles) + &imap_failed();
    vec![
        Case {
            name: "Get-MailboxPermission: only NT AUTHORITY\\SELF",
            cause: CauseId::MailboxPermissionMissing,
            output: service_principal(OID)
                + &mailbox_permission(false)
                + &cas_mailbox(true)
                + &live(OID, "{IMAP.AccessAsApp}")
                + END,
        },
        Case {
            name: "Get-CASMailbox: ImapEnabled False",
            cause: CauseId::ProtocolDisabledOnMailbox,
            output: service_principal(OID)
                + &mailbox_permission(true)
                + &cas_mailbox(false)
                + &live(OID, "{IMAP.AccessAsApp}")
                + END,
        },
        Case {
            name: "Graph: no IMAP.AccessAsApp among the app's roles",
            cause: CauseId::MissingAppRole,
            output: service_principal(OID)
                + &mailbox_permission(true)
                + &cas_mailbox(true)
                + &graph_service_principal(OID)
                + &graph_roles(
                    OID,
                    &[("dc890d15-9560-4a4c-9b7f-a736ec74ec40", "full_access_as_app")],
                )
                + &live(OID, "")
                + END,
        },
        Case {
            name: "Get-ServicePrincipal ObjectId is not the Enterprise application's id",
            cause: CauseId::WrongObjectId,
            // FullAccess went to the service principal registered with the wrong id.
            output: service_principal(OTHER_OID)
                + &mailbox_permission_for(Some(OTHER_OID))
                + &cas_mailbox(true)
                + &graph_service_principal(OID)
                + &graph_roles(
                    OID,
                    &[("5e5addcd-3e8d-4e90-baf5-964efab2b20a", "IMAP.AccessAsApp")],
                )
                + &live(OID, "{IMAP.AccessAsApp}")
                + END,
        },
        Case {
            name: "Get-RecipientPermission: no SendAs for the service principal",
            cause: CauseId::SendasPermissionMissing,
            output: service_principal(OID)
                + &mailbox_permission(true)
                + &recipient_permission(false)
                + &cas_mailbox(true)
                + &transport_config(false)
                + END,
        },
    ]
}

fn top(output: &str) -> Option<CauseId> {
    let opts = Options {
        now: NOW,
        lang: Lang::En,
        ..Options::default()
    };
    analyze(output, &opts).findings.first().map(|f| f.cause)
}

fn check(cases: Vec<Case>) {
    let mut failures = Vec::new();
    for c in cases {
        let got = top(&c.output);
        if got != Some(c.cause) {
            failures.push(format!("{}: want {:?}, got {:?}", c.name, c.cause, got));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The masked client line is no evidence of a broken XOAUTH2 string, in either language.
#[test]
fn the_masked_xoauth2_line_is_no_false_lead() {
    let opts = Options {
        now: NOW,
        ..Options::default()
    };
    let mut failures = Vec::new();
    for c in settled_now().into_iter().chain(settled_by_readback()) {
        let a = analyze(&c.output, &opts);
        if let Some(f) = a.findings.iter().find(|f| {
            matches!(
                f.cause,
                CauseId::MalformedXoauth2 | CauseId::WrongUsernameInXoauth2
            ) && f.confidence >= 0.5
        }) {
            failures.push(format!("{}: {:?} {}", c.name, f.cause, f.confidence));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_output_alone_ranks_the_cause_first() {
    check(settled_now());
}

#[test]
fn the_cmdlet_output_alone_ranks_the_cause_first() {
    check(settled_by_readback());
}

/// The fixtures are what the script prints: each section names a command the script runs (with
/// the arguments it shows), and the client's XOAUTH2 line is masked as the script masks it.
#[test]
fn the_fixtures_match_the_script() {
    let script = render_evidence_script(
        &EvidenceValues {
            app_id: Some(APP.into()),
            tenant: Some(TID.into()),
            mailbox: Some(MB.into()),
            ..EvidenceValues::default()
        },
        Lang::En,
    );
    assert!(script.contains(&format!("$Masked = '{MASKED}'")));
    let de = render_evidence_script(&EvidenceValues::default(), Lang::De);
    assert!(de.contains(&format!("$Masked = '{MASKED}'")));
    assert!(script.contains("Write-Output '=== exo-oauth-doctor section: token claims ==='"));
    assert!(script.contains("'=== exo-oauth-doctor section: Invoke-RestMethod -Method Post -Uri {0} grant_type=client_credentials scope={1} ===' -f $TokenUrl, $Scope"));
    assert!(script.contains(
        "'=== exo-oauth-doctor section: {0} {1}:{2} XOAUTH2 ===' -f $Protocol, $MailHost, $Port"
    ));
    let shown = |args: &str| -> String {
        // How the script builds the arguments it shows.
        args.replace(MB, "' + $Mailbox").replace(APP, "' + $App")
    };
    for c in settled_now().into_iter().chain(settled_by_readback()) {
        for line in c.output.lines() {
            let Some(rest) = line.strip_prefix("=== exo-oauth-doctor section: ") else {
                if let Some(rest) = line.strip_prefix("=== exo-oauth-doctor skipped: ") {
                    let name = rest.split(':').next().unwrap_or_default();
                    assert!(
                        script.contains(&format!("Write-Section '{name}' ")),
                        "{}: {name}",
                        c.name
                    );
                }
                continue;
            };
            let rest = rest.trim_end_matches(" ===");
            let (name, args) = rest.split_once(' ').unwrap_or((rest, ""));
            if !name.contains('-') || name == "Invoke-RestMethod" {
                continue;
            }
            if name == "Get-MgServicePrincipal" {
                assert_eq!(args, format!("-Filter \"appId eq '{APP}'\""));
                assert!(script.contains("Write-Section 'Get-MgServicePrincipal' ('-Filter \"appId eq ''{0}''\"' -f $App)"));
                continue;
            }
            if name == "Get-MgServicePrincipalAppRoleAssignment" {
                assert_eq!(args, format!("-ServicePrincipalId {OID}"));
                assert!(script.contains("Write-Section 'Get-MgServicePrincipalAppRoleAssignment' ('-ServicePrincipalId ' + $SpId)"));
                continue;
            }
            let want = if args.is_empty() {
                format!("Write-Section '{name}' ''")
            } else {
                format!("Write-Section '{name}' ('{}", shown(args))
            };
            assert!(script.contains(&want), "{}: {want}", c.name);
        }
    }
}
