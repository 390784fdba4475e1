//! Read-back: the output of the commands the checklist and the questions ask for is evidence.
//!
//! Part 1, per command and form: the scanner reads the records (command, properties, values,
//! spans, truncation, errors). Outputs are built from Microsoft Learn's documented examples
//! and from outputs pasted in public threads and guides (sources beside each).
//! Part 2, cross-evidence: for a failure plus the output of a command, the verdict before and
//! after the output is added.

#[path = "common/known.rs"]
#[allow(dead_code)]
mod known;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use exo_oauth_doctor::evidence::{
    ArtifactKind, Cloud, Cmdlet, CmdletOutput, OutError, OutField, OutForm, Protocol,
};
use exo_oauth_doctor::{analyze, CauseId, Options};
use known::{token, NOW};
use serde_json::json;

const APPID: &str = "6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
const SP_OID: &str = "0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a";
const APP_REG_OID: &str = "b7e2c9a1-5d3f-4a8e-9c6b-2f1e0d9c8b7a";
const TID: &str = "c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c";

fn opts() -> Options {
    Options {
        now: NOW,
        ..Options::default()
    }
}

fn records(text: &str) -> Vec<CmdletOutput> {
    analyze(text, &opts())
        .artifacts
        .into_iter()
        .filter_map(|a| match a.kind {
            ArtifactKind::CmdletOutput(c) => Some(*c),
            _ => None,
        })
        .collect()
}

fn value(r: &CmdletOutput, f: OutField) -> &str {
    r.get(f).map_or("", |v| v.value.as_str())
}

// ----- Part 1: per command and form ---------------------------------------------------------

/// `Get-ServicePrincipal -Identity … | Format-List` (Learn, Get-ServicePrincipal Example 2;
/// the property layout as pasted in the Microsoft Q&A thread "IMAP OAuth AUTHENTICATE failed"
/// and the icewolf.ch IMAPPOP3_OAUTH2.ps1 walk-through).
#[test]
fn get_service_principal_list() {
    let text = "PS C:\\> Get-ServicePrincipal -Identity ca73fffa-cedb-4b84-860f-d7fb8aa8a6c1 | Format-List\n\n\
DisplayName          : Exchange Online IMAP\n\
AppId                : 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\n\
ObjectId             : ca73fffa-cedb-4b84-860f-d7fb8aa8a6c1\n\
Sid                  : S-1-5-21-3752945577-1385056011-2515546586-40021190\n\
Identity             : ca73fffa-cedb-4b84-860f-d7fb8aa8a6c1\n\
IsValid              : True\n";
    let r = records(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].command, Some(Cmdlet::GetServicePrincipal));
    assert_eq!(r[0].form, OutForm::List);
    assert_eq!(
        value(&r[0], OutField::ObjectId),
        "ca73fffa-cedb-4b84-860f-d7fb8aa8a6c1"
    );
    assert_eq!(value(&r[0], OutField::AppId), APPID);
    // The span points at the value in the input.
    let v = r[0].get(OutField::ObjectId).unwrap();
    assert_eq!(
        &text[v.span.start..v.span.end],
        "ca73fffa-cedb-4b84-860f-d7fb8aa8a6c1"
    );
    // Also after lines whose escapes the scanner undoes (offsets mapped back to the input).
    let escaped = r#"{"msg":"S: A01 NO AUTHENTICATE failed. user=\"svc@contoso.com\" \u0041"}"#;
    let text = format!("{escaped}\n{escaped}\n\n{text}");
    let r = records(&text);
    let v = r
        .iter()
        .find_map(|x| x.get(OutField::ObjectId))
        .expect("record");
    assert_eq!(
        &text[v.span.start..v.span.end],
        "ca73fffa-cedb-4b84-860f-d7fb8aa8a6c1"
    );
}

/// The default (table) form of `Get-ServicePrincipal` with a column cut short (`…`), no prompt:
/// recognised by `ServiceId`.
#[test]
fn get_service_principal_table_truncated() {
    let text = "DisplayName          ServiceId                            AppId\n\
-----------          ---------                            -----\n\
Exchange Online IMAP 0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4…\n";
    let r = records(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].command, Some(Cmdlet::GetServicePrincipal));
    assert_eq!(r[0].form, OutForm::Table);
    assert_eq!(value(&r[0], OutField::ServiceId), SP_OID);
    let app = r[0].get(OutField::AppId).unwrap();
    assert!(app.truncated);
    assert_eq!(app.value, "6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4");
}

/// The error `Get-ServicePrincipal` prints for an app not registered (wording as in
/// Microsoft Q&A "Get-ServicePrincipal couldn't be found"), under a prompt.
#[test]
fn get_service_principal_not_found() {
    let text = "PS C:\\> Get-ServicePrincipal -Identity 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\n\
Write-ErrorMessage : Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' couldn't be found on 'AM0PR01A001.EURPR01A001.PROD.OUTLOOK.COM'.\n";
    let r = records(text);
    assert!(
        r.iter()
            .any(|x| x.command == Some(Cmdlet::GetServicePrincipal)
                && x.error == Some(OutError::NotFound)),
        "{r:?}"
    );
}

/// `Get-MailboxPermission` default table, as pasted in public threads (only the mailbox's own
/// SELF entry when nobody was given access), with an extra column and wrapped rights.
#[test]
fn get_mailbox_permission_table() {
    let text = "PS C:\\> Get-MailboxPermission -Identity shared@contoso.com\n\n\
Identity             User                 AccessRights                 IsInherited Deny\n\
--------             ----                 ------------                 ----------- ----\n\
shared               NT AUTHORITY\\SELF    {FullAccess, ReadPermission} False       False\n";
    let r = records(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].command, Some(Cmdlet::GetMailboxPermission));
    assert_eq!(value(&r[0], OutField::User), "NT AUTHORITY\\SELF");
    assert_eq!(
        value(&r[0], OutField::AccessRights),
        "{FullAccess, ReadPermission}"
    );
    assert_eq!(value(&r[0], OutField::Deny), "False");
}

/// `Get-MailboxPermission … | Format-List` (Learn Example 1), a value wrapped onto the next line.
#[test]
fn get_mailbox_permission_list_wrapped() {
    let text = "PS C:\\> Get-MailboxPermission -Identity john@contoso.com | Format-List\n\n\
AccessRights    : {FullAccess}\n\
Deny            : False\n\
InheritanceType : All\n\
User            : 0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a-Exchange Online IMA\n                  P Service\n\
Identity        : john\n\
IsInherited     : False\n";
    let r = records(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        value(&r[0], OutField::User),
        "0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a-Exchange Online IMAP Service"
    );
}

/// `Get-RecipientPermission` default table (columns as in Learn's output description).
#[test]
fn get_recipient_permission_table() {
    let text = "PS C:\\> Get-RecipientPermission -Identity \"Help Desk\"\n\n\
Identity   Trustee            AccessControlType AccessRights Inherited\n\
--------   -------            ----------------- ------------ ---------\n\
Help Desk  NT AUTHORITY\\SELF  Allow             {SendAs}     False\n";
    let r = records(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].command, Some(Cmdlet::GetRecipientPermission));
    assert_eq!(value(&r[0], OutField::Trustee), "NT AUTHORITY\\SELF");
    assert_eq!(value(&r[0], OutField::AccessRights), "{SendAs}");
}

/// `Get-CASMailbox … | Format-List ImapEnabled,…`, the form the checklist asks for; with the
/// evidence script's section line (shared contract) instead of a prompt.
#[test]
fn get_casmailbox_list_under_section_line() {
    let text = "=== exo-oauth-doctor section: Get-CASMailbox -Identity 'svc@contoso.com' ===\n\
ImapEnabled                      : False\n\
PopEnabled                       : True\n\
SmtpClientAuthenticationDisabled :\n\
EwsEnabled                       : True\n\
=== exo-oauth-doctor end ===\n";
    let r = records(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].command, Some(Cmdlet::GetCasMailbox));
    assert_eq!(value(&r[0], OutField::ImapEnabled), "False");
    assert_eq!(value(&r[0], OutField::SmtpClientAuthenticationDisabled), "");
}

/// `Get-CASMailbox` default table (columns as Exchange Online prints them).
#[test]
fn get_casmailbox_table() {
    let text = "Name ActiveSyncEnabled OWAEnabled PopEnabled ImapEnabled MapiEnabled SmtpClientAuthenticationDisabled\n\
---- ----------------- ---------- ---------- ----------- ----------- --------------------------------\n\
svc  True              True       True       False       True\n";
    let r = records(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].command, Some(Cmdlet::GetCasMailbox));
    assert_eq!(value(&r[0], OutField::ImapEnabled), "False");
    assert!(r[0]
        .get(OutField::SmtpClientAuthenticationDisabled)
        .is_none());
}

/// `Get-Mailbox`: the type, and the error for a missing mailbox (wording of the row in the
/// knowledge table).
#[test]
fn get_mailbox_list_and_error() {
    let r = records(
        "PS C:\\> Get-Mailbox -Identity svc@contoso.com | Format-List RecipientTypeDetails,PrimarySmtpAddress,AccountDisabled\n\n\
RecipientTypeDetails : SharedMailbox\nPrimarySmtpAddress   : svc@contoso.com\nAccountDisabled      : True\n",
    );
    assert_eq!(
        value(&r[0], OutField::RecipientTypeDetails),
        "SharedMailbox"
    );
    let r = records("PS C:\\> Get-Mailbox -Identity nobody@contoso.com\nThe operation couldn't be performed because object 'nobody@contoso.com' couldn't be found on 'AM0PR01A001.EURPR01A001.PROD.OUTLOOK.COM'.\n");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].command, Some(Cmdlet::GetMailbox));
    assert_eq!(r[0].error, Some(OutError::NotFound));
}

/// `Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled` (the question's command).
#[test]
fn get_transport_config() {
    let r = records("PS C:\\> Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled\n\nSmtpClientAuthenticationDisabled : True\n");
    assert_eq!(r[0].command, Some(Cmdlet::GetTransportConfig));
    // Without the prompt the property alone tells the command.
    let r = records("SmtpClientAuthenticationDisabled : True\n");
    assert_eq!(r[0].command, Some(Cmdlet::GetTransportConfig));
}

/// `Get-OrganizationConfig | Format-List Ews*,OAuth*`.
#[test]
fn get_organization_config() {
    let r = records("EwsApplicationAccessPolicy : EnforceAllowList\nEwsAllowList               : {MyApp/*}\nEwsBlockList               :\nOAuth2ClientProfileEnabled : True\n");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].command, Some(Cmdlet::GetOrganizationConfig));
    assert_eq!(
        value(&r[0], OutField::EwsApplicationAccessPolicy),
        "EnforceAllowList"
    );
}

/// `Get-ApplicationAccessPolicy` (Format-List as in the Learn article "Limiting application
/// permissions to specific Exchange Online mailboxes").
#[test]
fn get_application_access_policy() {
    let r = records("ScopeName         : Graph Mail Senders\nScopeIdentity     : Graph Mail Senders\nIdentity          : c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c\\6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b:S-1-5-21-1;5d9c\nAppId             : 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\nAccessRight       : RestrictAccess\nIsValid           : True\n");
    assert_eq!(r[0].command, Some(Cmdlet::GetApplicationAccessPolicy));
    assert_eq!(value(&r[0], OutField::AccessRight), "RestrictAccess");
}

/// `Test-ApplicationAccessPolicy` output as pasted in a public guide (Tweed.technology
/// Power Automate connector walk-through).
#[test]
fn test_application_access_policy() {
    let r = records("AppId             : b9701c1e-1364-464d-93e4-01ae925e8d6c\nMailbox           : demo\nMailboxId         : d2ca4050-f8a9-4986-b998-387603b466b6\nMailboxSid        : S-1-5-21-3787302941-3231517822-469913106-19344836\nAccessCheckResult : Denied\n");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].command, Some(Cmdlet::TestApplicationAccessPolicy));
    assert_eq!(value(&r[0], OutField::AccessCheckResult), "Denied");
}

/// `Test-ServicePrincipalAuthorization … | Format-Table`: Learn's Example 1, verbatim (note the
/// `..` truncation of a GUID).
#[test]
fn test_service_principal_authorization_documented_table() {
    let text = "PS C:\\> Test-ServicePrincipalAuthorization -Identity \"DemoB\" -Resource \"Mailbox A\" | Format-Table\n\n\
RoleName                      GrantedPermissions          AllowedResourceScope        ScopeType                 InScope\n\
--------                      ------------------          --------------------        ---------                 ------\n\
Application Mail.Read         Mail.Read                   Canadian Employees           CustomRecipientScope     True\n\
Application Calendars.Read    Calendars.Read              4d819ce9-9257-44..           AdministrativeUnit       False\n\
Application Contacts.Read     Contacts.Read               Organization                 Organization             True\n";
    let r = records(text);
    assert_eq!(r.len(), 3, "{r:?}");
    assert!(r
        .iter()
        .all(|x| x.command == Some(Cmdlet::TestServicePrincipalAuthorization)));
    assert_eq!(value(&r[0], OutField::RoleName), "Application Mail.Read");
    assert_eq!(value(&r[0], OutField::InScope), "True");
    let scope = r[1].get(OutField::AllowedResourceScope).unwrap();
    assert!(scope.truncated);
    assert_eq!(scope.value, "4d819ce9-9257-44");
}

/// A table pasted where Markdown took its line of dashes for the header's underline: read by
/// its header's property names (beside at most one other, `Name`), the cells split at runs of
/// blanks or, where those do not give one per column, by the header's columns. A line of
/// property names in prose, or a header with two unknown names, is no table.
#[test]
fn tables_whose_dashes_were_lost_are_read() {
    let text = "PS C:\\> Test-ServicePrincipalAuthorization -Identity \"DemoB\" -Resource \"Mailbox A\" | Format-Table\n\n\
RoleName                      GrantedPermissions          AllowedResourceScope        ScopeType                 InScope\n\
Application Mail.Read         Mail.Read                   Canadian Employees           CustomRecipientScope     True\n\
Application Calendars.Read    Calendars.Read              4d819ce9-9257-44..           AdministrativeUnit       False\n";
    let r = records(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(value(&r[0], OutField::RoleName), "Application Mail.Read");
    assert_eq!(
        value(&r[0], OutField::AllowedResourceScope),
        "Canadian Employees"
    );
    assert_eq!(value(&r[1], OutField::InScope), "False");
    // Cells shifted off the header's columns still split at their runs of blanks.
    let text = "Get-MailboxPermission -Identity shared@contoso.com\n\n\
Identity             User                 AccessRights                 IsInherited Deny\n\
shared     NT AUTHORITY\\SELF    {FullAccess, ReadPermission}    False    False\n";
    let r = records(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(value(&r[0], OutField::User), "NT AUTHORITY\\SELF");
    assert_eq!(value(&r[0], OutField::Deny), "False");
    // Columns that are no property (`Name`, `ActiveSyncEnabled`), the row's first cell in lower
    // case; a table copied from a rendered page, every run of blanks collapsed to one; the
    // error under it is no row.
    let r = records("Get-CASMailbox svc | ft Name,ImapEnabled,PopEnabled\nName    ImapEnabled PopEnabled\nsvc     False       True\n");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(value(&r[0], OutField::ImapEnabled), "False");
    let r = records("Get-CASMailbox svc\nName                 ActiveSyncEnabled OWAEnabled PopEnabled ImapEnabled MapiEnabled\nsvc                  True              True       True       False       True\n");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(value(&r[0], OutField::ImapEnabled), "False");
    let r = records("Get-CASMailbox svc | ft Name,PopEnabled,ImapEnabled,EwsEnabled\nName PopEnabled ImapEnabled EwsEnabled\nsvc True False True\nXOAUTH2: A1 NO AUTHENTICATE failed.\n");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(value(&r[0], OutField::ImapEnabled), "False");
    assert_eq!(value(&r[0], OutField::PopEnabled), "True");
    // Not tables: property names in a sentence, more names that are no properties than are,
    // prose or a question under a line of property names.
    assert!(records("User Identity is shown below\nsvc False True\n").is_empty());
    assert!(records("Name Notes Owner ImapEnabled\nsvc x y True\n").is_empty());
    for text in [
        "IMAP AUTHENTICATE failed with XOAUTH2.\nIdentity User AccessRights IsInherited\nChecked, the app has FullAccess, not inherited.\n",
        "Which of these matter?\nIdentity User AccessRights\nThe docs only mention these three.\n",
        "Columns to check:\nIdentity User AccessRights Deny\nThe Deny column should be False, right?\n",
    ] {
        assert!(records(text).is_empty(), "{text}");
    }
    // Read end to end: the scope that leaves the mailbox out.
    let text = "Test-ServicePrincipalAuthorization -Identity 'Mail Archiver' -Resource archive@contoso.com\n\n\
RoleName                      GrantedPermissions InScope AllowedResourceScope\n\
Application EWS.AccessAsApp   EWS.AccessAsApp    False   Scope-Archive\n";
    let (_, first) = verdict(text, CauseId::ApplicationAccessPolicyBlock);
    assert_eq!(first, Some(CauseId::ApplicationAccessPolicyBlock));
}

/// `Get-ManagementRoleAssignment` for RBAC for Applications (columns as in the Learn article
/// "Role Based Access Control for Applications in Exchange Online").
#[test]
fn get_management_role_assignment() {
    let r = records("Name                                   Role                     RoleAssigneeName                     RoleAssigneeType AssignmentMethod CustomResourceScope\n\
----                                   ----                     ----------------                     ---------------- ---------------- -------------------\n\
Application Mail.Read-0d4c3b2a-1f0e-4d… Application Mail.Read    0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a ServicePrincipal Direct           Canadian Employees\n");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].command, Some(Cmdlet::GetManagementRoleAssignment));
    assert_eq!(value(&r[0], OutField::RoleAssignee), SP_OID);
    assert_eq!(
        value(&r[0], OutField::CustomResourceScope),
        "Canadian Employees"
    );
}

/// `Get-MgServicePrincipal … | Format-List` and its JSON (`ConvertTo-Json`).
#[test]
fn get_mg_service_principal_list_and_json() {
    let r = records("PS C:\\> Get-MgServicePrincipal -Filter \"appId eq '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b'\" | Format-List Id,AppId,AccountEnabled,AppRoleAssignmentRequired\n\n\
Id                        : 0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a\nAppId                     : 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\nAccountEnabled            : False\nAppRoleAssignmentRequired : False\n");
    assert_eq!(r[0].command, Some(Cmdlet::GetMgServicePrincipal));
    assert_eq!(value(&r[0], OutField::Id), SP_OID);
    let r = records("{\n  \"Id\": \"0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a\",\n  \"AppId\": \"6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\",\n  \"AccountEnabled\": true\n}\n");
    assert_eq!(r[0].command, Some(Cmdlet::GetMgServicePrincipal));
    assert_eq!(r[0].form, OutForm::Json);
    assert_eq!(value(&r[0], OutField::AccountEnabled), "true");
}

/// `Get-MgServicePrincipalAppRoleAssignment` default table (Graph PowerShell cuts GUIDs with `…`).
#[test]
fn get_mg_app_role_assignment_table() {
    let text = "Id                                          AppRoleId                            CreatedDateTime     PrincipalDisplayName ResourceDisplayName\n\
--                                          ---------                            ---------------     -------------------- -------------------\n\
KjtMDQ4fnE2Len5uX00-KtyQcvqxL9JAsGsW4Lz9Q5… 810c84a8-4a9e-49e6-bf7d-12d183f40d01 3/20/2025 9:12:00 AM DMS Importer         Microsoft Graph\n";
    let r = records(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        r[0].command,
        Some(Cmdlet::GetMgServicePrincipalAppRoleAssignment)
    );
    assert_eq!(
        value(&r[0], OutField::AppRoleId),
        "810c84a8-4a9e-49e6-bf7d-12d183f40d01"
    );
    assert_eq!(
        value(&r[0], OutField::ResourceDisplayName),
        "Microsoft Graph"
    );
}

/// `Get-MgApplication` (the App registration: its `Id` is not the service principal's).
#[test]
fn get_mg_application() {
    let r = records("PS C:\\> Get-MgApplication -Filter \"appId eq '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b'\" | Format-List Id,AppId,DisplayName\n\nId          : b7e2c9a1-5d3f-4a8e-9c6b-2f1e0d9c8b7a\nAppId       : 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\nDisplayName : DMS Importer\n");
    assert_eq!(r[0].command, Some(Cmdlet::GetMgApplication));
    assert_eq!(value(&r[0], OutField::Id), APP_REG_OID);
}

/// `Get-MgOauth2PermissionGrant` (properties of the Graph oAuth2PermissionGrant resource).
#[test]
fn get_mg_oauth2_permission_grant() {
    let r = records("ClientId    : 0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a\nConsentType : AllPrincipals\nId          : KjtMDQ4fnE2Len5uX00-KtyQcvqxL9JAsGsW4Lz9Q5s\nPrincipalId :\nResourceId  : 1b2c3d4e-0000-4000-8000-000000000001\nScope       : IMAP.AccessAsUser.All SMTP.Send offline_access\n");
    assert_eq!(r[0].command, Some(Cmdlet::GetMgOauth2PermissionGrant));
    assert!(value(&r[0], OutField::Scope).contains("IMAP.AccessAsUser.All"));
}

/// `az ad sp show --id …` (Azure CLI 2.37+ JSON, trimmed).
#[test]
fn az_ad_sp_show_json() {
    let text = "$ az ad sp show --id 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\n{\n  \"accountEnabled\": true,\n  \"appDisplayName\": \"DMS Importer\",\n  \"appId\": \"6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\",\n  \"appRoleAssignmentRequired\": false,\n  \"displayName\": \"DMS Importer\",\n  \"id\": \"0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a\",\n  \"servicePrincipalType\": \"Application\"\n}\n";
    let r = records(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].command, Some(Cmdlet::AzAdSpShow));
    assert_eq!(value(&r[0], OutField::Id), SP_OID);
    let v = r[0].get(OutField::Id).unwrap();
    assert_eq!(&text[v.span.start..v.span.end], SP_OID);
}

/// `az ad app show --id …` (the registration's `id`).
#[test]
fn az_ad_app_show_json() {
    let r = records("PS C:\\> az ad app show --id 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\n{\n  \"appId\": \"6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\",\n  \"displayName\": \"DMS Importer\",\n  \"id\": \"b7e2c9a1-5d3f-4a8e-9c6b-2f1e0d9c8b7a\"\n}\n");
    assert_eq!(r[0].command, Some(Cmdlet::AzAdAppShow));
    assert_eq!(value(&r[0], OutField::Id), APP_REG_OID);
}

/// `az ad app permission list --id …`: the requested permissions (manifest shape as in the
/// BohrenAn/GitHub_PowerShellScripts IMAPPOP3_OAUTH2.ps1 comment).
#[test]
fn az_ad_app_permission_list_json() {
    let r = records("[\n  {\n    \"resourceAccess\": [\n      {\n        \"id\": \"cb842b43-da6e-4506-86fe-bb12199c656d\",\n        \"type\": \"Role\"\n      },\n      {\n        \"id\": \"5e5addcd-3e8d-4e90-baf5-964efab2b20a\",\n        \"type\": \"Role\"\n      }\n    ],\n    \"resourceAppId\": \"00000002-0000-0ff1-ce00-000000000000\"\n  }\n]\n");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].command, Some(Cmdlet::AzAdAppPermissionList));
    let ids: Vec<&str> = r[0]
        .all(OutField::PermissionId)
        .map(|v| v.value.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "cb842b43-da6e-4506-86fe-bb12199c656d",
            "5e5addcd-3e8d-4e90-baf5-964efab2b20a"
        ]
    );
}

/// Entra sign-in log as Graph returns it (`GET /auditLogs/signIns`, properties of the signIn
/// resource on Learn): a list under `value`.
fn signin_json(code: u32, ca: &str, resource: &str, resource_id: &str) -> String {
    json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns",
        "value": [{
            "id": "66ea54eb-6301-4ee5-be62-ff5a759b0100",
            "createdDateTime": "2025-03-20T11:50:00Z",
            "appDisplayName": "DMS Importer",
            "appId": APPID,
            "conditionalAccessStatus": ca,
            "resourceDisplayName": resource,
            "resourceId": resource_id,
            "status": {"errorCode": code, "failureReason": "Access has been blocked by Conditional Access policies.", "additionalDetails": null}
        }]
    })
    .to_string()
}

#[test]
fn signin_log_graph_json_list_and_single() {
    let r = records(&signin_json(
        53003,
        "failure",
        "Office 365 Exchange Online",
        "00000002-0000-0ff1-ce00-000000000000",
    ));
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].command, Some(Cmdlet::SignInLog));
    assert_eq!(value(&r[0], OutField::ErrorCode), "53003");
    assert_eq!(value(&r[0], OutField::ConditionalAccessStatus), "failure");
    // A single entry, pretty-printed (the portal's "Download JSON" of one entry).
    let single = serde_json::to_string_pretty(&json!({"appId": APPID, "status": {"errorCode": 0}, "conditionalAccessStatus": "notApplied"})).unwrap();
    let r = records(&single);
    assert_eq!(value(&r[0], OutField::ErrorCode), "0");
}

/// The sign-in log as the Entra admin center exports it (CSV; column names of the download).
#[test]
fn signin_log_portal_csv() {
    let text = "Date (UTC),Request ID,Application,Application ID,Resource,Resource ID,Status,Sign-in error code,Failure reason,Conditional Access\n\
2025-03-20T11:50:00Z,66ea54eb-6301-4ee5-be62-ff5a759b0100,DMS Importer,6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b,Office 365 Exchange Online,00000002-0000-0ff1-ce00-000000000000,Failure,53003,\"Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.\",Failure\n";
    let r = records(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].form, OutForm::Csv);
    assert_eq!(value(&r[0], OutField::ErrorCode), "53003");
    assert_eq!(value(&r[0], OutField::AppId), APPID);
    assert_eq!(value(&r[0], OutField::ConditionalAccessStatus), "Failure");
    assert!(value(&r[0], OutField::FailureReason).starts_with("Access has been blocked"));
}

/// A cmdlet PowerShell does not know (role missing): the error names the command.
#[test]
fn cmdlet_not_recognized() {
    let r = records("Get-ServicePrincipal : The term 'Get-ServicePrincipal' is not recognized as the name of a cmdlet, function, script file, or operable program.\n");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].command, Some(Cmdlet::GetServicePrincipal));
    assert_eq!(r[0].error, Some(OutError::NotRecognized));
}

/// A section the evidence script skipped.
#[test]
fn skipped_section() {
    let r = records("=== exo-oauth-doctor skipped: Get-MgServicePrincipal: Microsoft.Graph module not installed ===\n");
    assert_eq!(r[0].command, Some(Cmdlet::GetMgServicePrincipal));
    assert_eq!(r[0].error, Some(OutError::Skipped));
}

fn greeting_b64(server: &str) -> String {
    let utf16: Vec<u8> = server.encode_utf16().flat_map(u16::to_le_bytes).collect();
    STANDARD.encode(utf16)
}

/// The IMAP and POP greetings carry the backend server (UTF-16LE, base64).
#[test]
fn greetings_name_the_server_and_region() {
    let imap = format!(
        "S: * OK The Microsoft Exchange IMAP4 service is ready. [{}]\n",
        greeting_b64("AM0PR06CA0123.eurprd06.prod.outlook.com")
    );
    let a = analyze(&imap, &opts());
    let g = a
        .artifacts
        .iter()
        .find_map(|x| match &x.kind {
            ArtifactKind::ServerGreeting(g) => Some(g),
            _ => None,
        })
        .expect("greeting");
    assert_eq!(g.protocol, Protocol::Imap);
    assert_eq!(g.server, "AM0PR06CA0123.eurprd06.prod.outlook.com");
    assert_eq!(g.cloud, Some(Cloud::Global));
    assert_eq!(g.region, Some("eurprd"));
    let pop = format!(
        "+OK The Microsoft Exchange POP3 service is ready. [{}]\n",
        greeting_b64("SHAPR01CA0001.CHNPR01.prod.partner.outlook.cn")
    );
    let a = analyze(&pop, &opts());
    let g = a
        .artifacts
        .iter()
        .find_map(|x| match &x.kind {
            ArtifactKind::ServerGreeting(g) => Some(g),
            _ => None,
        })
        .expect("greeting");
    assert_eq!(g.protocol, Protocol::Pop);
    assert_eq!(g.cloud, Some(Cloud::China));
}

/// Log lines that read `Name : Value` without being any command's output give no record.
#[test]
fn plain_log_lines_are_no_records() {
    assert!(records("Status : 200\nUser : bob\nTimestamp: 2025-03-20 11:50:00Z\n").is_empty());
}

// ----- Part 2: cross-evidence ----------------------------------------------------------------

fn app_token(aud: &str, roles: &[&str]) -> String {
    let iat = NOW - 600;
    token(json!({
        "aud": aud, "iss": format!("https://sts.windows.net/{TID}/"), "iat": iat, "nbf": iat, "exp": iat + 3599,
        "app_displayname": "DMS Importer", "appid": APPID, "appidacr": "1",
        "idtyp": "app", "oid": SP_OID, "roles": roles, "sub": SP_OID, "tid": TID, "ver": "1.0"
    }))
}

fn xoauth2(user: &str, tok: &str) -> String {
    STANDARD.encode(format!("user={user}\x01auth=Bearer {tok}\x01\x01"))
}

/// A failing IMAP sign-in with an app-only Exchange token carrying IMAP.AccessAsApp.
fn imap_failure() -> String {
    let tok = app_token("https://outlook.office365.com", &["IMAP.AccessAsApp"]);
    format!(
        "2025-03-20T11:50:00Z C: A01 AUTHENTICATE XOAUTH2 {}\n2025-03-20T11:50:01Z S: A01 NO AUTHENTICATE failed.\n",
        xoauth2("svc@contoso.com", &tok)
    )
}

/// A failing IMAP sign-in with a delegated token (the user signed in through the app).
fn delegated_imap_failure() -> String {
    let iat = NOW - 600;
    let tok = token(json!({
        "aud": "https://outlook.office.com", "iss": format!("https://sts.windows.net/{TID}/"), "iat": iat, "nbf": iat, "exp": iat + 4200,
        "amr": ["pwd", "mfa"], "appid": APPID, "appidacr": "0", "name": "Alice", "oid": "5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170",
        "scp": "EWS.AccessAsUser.All", "tid": TID, "upn": "alice@contoso.com", "ver": "1.0"
    }));
    format!(
        "C: A01 AUTHENTICATE XOAUTH2 {}\nS: A01 NO AUTHENTICATE failed.\n",
        xoauth2("alice@contoso.com", &tok)
    )
}

/// A failing SMTP submission with an app-only token.
fn smtp_failure() -> String {
    let tok = app_token("https://outlook.office365.com", &["SMTP.SendAsApp"]);
    format!(
        "C: AUTH XOAUTH2 {}\nS: 535 5.7.3 Authentication unsuccessful [AM0PR06CA0123.eurprd06.prod.outlook.com]\n",
        xoauth2("svc@contoso.com", &tok)
    )
}

/// A token request that Entra refused without saying why in the client's log.
fn token_failure() -> String {
    "POST https://login.microsoftonline.com/c5a3f1e2-7b9d-4c8e-a6f4-3d2b1e0f9a8c/oauth2/v2.0/token\nMSAL: token request failed for client 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b\n".to_string()
}

/// The confidence of `cause` (0 when not a finding), and the top cause.
fn verdict(text: &str, cause: CauseId) -> (f32, Option<CauseId>) {
    let a = analyze(text, &opts());
    let c = a
        .findings
        .iter()
        .find(|f| f.cause == cause)
        .map_or(0.0, |f| f.confidence);
    (c, a.findings.first().map(|f| f.cause))
}

/// Which way the output must move the cause.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Move {
    /// The cause becomes the verdict.
    Top,
    /// The cause drops to at most 0.05.
    Drops,
}

struct Case {
    name: &'static str,
    failure: String,
    output: String,
    cause: CauseId,
    want: Move,
}

fn cases() -> Vec<Case> {
    let mut v = vec![
        Case {
            name: "IMAP + Get-CASMailbox ImapEnabled False",
            failure: imap_failure(),
            output: "PS C:\\> Get-CASMailbox -Identity svc@contoso.com | Format-List ImapEnabled,PopEnabled,SmtpClientAuthenticationDisabled\n\nImapEnabled                      : False\nPopEnabled                       : True\nSmtpClientAuthenticationDisabled :\n".into(),
            cause: CauseId::ProtocolDisabledOnMailbox,
            want: Move::Top,
        },
        Case {
            name: "IMAP + Get-ServicePrincipal ObjectId = oid",
            failure: imap_failure(),
            output: format!("PS C:\\> Get-ServicePrincipal -Identity {APPID} | Format-List\n\nDisplayName : DMS Importer\nAppId       : {APPID}\nObjectId    : {SP_OID}\nIdentity    : {SP_OID}\n"),
            cause: CauseId::ServicePrincipalNotRegisteredInExchange,
            want: Move::Drops,
        },
        Case {
            name: "IMAP + Get-ServicePrincipal ObjectId = oid (wrong object id)",
            failure: imap_failure(),
            output: format!("PS C:\\> Get-ServicePrincipal -Identity {APPID} | Format-List\n\nDisplayName : DMS Importer\nAppId       : {APPID}\nObjectId    : {SP_OID}\n"),
            cause: CauseId::WrongObjectId,
            want: Move::Drops,
        },
        Case {
            name: "IMAP + Get-ServicePrincipal ObjectId = App registration + Get-MgApplication",
            failure: imap_failure(),
            output: format!("PS C:\\> Get-ServicePrincipal -Identity {APPID} | Format-List\n\nAppId       : {APPID}\nObjectId    : {APP_REG_OID}\n\nPS C:\\> Get-MgApplication -Filter \"appId eq '{APPID}'\" | Format-List Id,AppId\n\nId    : {APP_REG_OID}\nAppId : {APPID}\n"),
            cause: CauseId::WrongObjectId,
            want: Move::Top,
        },
        Case {
            name: "IMAP + Get-ServicePrincipal couldn't be found",
            failure: imap_failure(),
            output: format!("PS C:\\> Get-ServicePrincipal -Identity {APPID}\nThe operation couldn't be performed because object '{APPID}' couldn't be found on 'AM0PR01A001.EURPR01A001.PROD.OUTLOOK.COM'.\n"),
            cause: CauseId::ServicePrincipalNotRegisteredInExchange,
            want: Move::Top,
        },
        Case {
            name: "IMAP + Get-MailboxPermission only SELF",
            failure: imap_failure(),
            output: "PS C:\\> Get-MailboxPermission -Identity svc@contoso.com\n\nIdentity User              AccessRights                 IsInherited Deny\n-------- ----              ------------                 ----------- ----\nsvc      NT AUTHORITY\\SELF {FullAccess, ReadPermission} False       False\n".into(),
            cause: CauseId::MailboxPermissionMissing,
            want: Move::Top,
        },
        Case {
            name: "IMAP + Get-MailboxPermission FullAccess for the SP",
            failure: imap_failure(),
            output: format!("PS C:\\> Get-MailboxPermission -Identity svc@contoso.com\n\nIdentity User                                 AccessRights                 IsInherited Deny\n-------- ----                                 ------------                 ----------- ----\nsvc      NT AUTHORITY\\SELF                    {{FullAccess, ReadPermission}} False       False\nsvc      {SP_OID} {{FullAccess}}                 False       False\n"),
            cause: CauseId::MailboxPermissionMissing,
            want: Move::Drops,
        },
        Case {
            name: "IMAP + Get-CASMailbox ImapEnabled True",
            failure: imap_failure(),
            output: "ImapEnabled : True\nPopEnabled  : False\n".into(),
            cause: CauseId::ProtocolDisabledOnMailbox,
            want: Move::Drops,
        },
        Case {
            name: "IMAP + app roles only Graph Mail.Read",
            failure: imap_failure(),
            output: "Id                                          AppRoleId                            PrincipalDisplayName ResourceDisplayName\n--                                          ---------                            -------------------- -------------------\nKjtMDQ4fnE2Len5uX00-KtyQcvqxL9JAsGsW4Lz9Q5… 810c84a8-4a9e-49e6-bf7d-12d183f40d01 DMS Importer         Microsoft Graph\n".into(),
            cause: CauseId::MissingAppRole,
            want: Move::Top,
        },
        Case {
            name: "IMAP refusal + az ad app permission list with IMAP.AccessAsApp",
            // An app-only sign-in (the role is an application permission): the missing role is
            // one of its candidates.
            failure: "token request: grant_type=client_credentials\nS: A01 NO AUTHENTICATE failed.\n"
                .into(),
            output: "[{\"resourceAccess\":[{\"id\":\"5e5addcd-3e8d-4e90-baf5-964efab2b20a\",\"type\":\"Role\"}],\"resourceAppId\":\"00000002-0000-0ff1-ce00-000000000000\"}]\n".into(),
            cause: CauseId::MissingAppRole,
            want: Move::Drops,
        },
        Case {
            name: "SMTP + Get-CASMailbox SmtpClientAuthenticationDisabled True",
            failure: smtp_failure(),
            output: "SmtpClientAuthenticationDisabled : True\nImapEnabled                      : True\n".into(),
            cause: CauseId::ProtocolDisabledOnMailbox,
            want: Move::Top,
        },
        Case {
            name: "SMTP + Get-TransportConfig True, mailbox not set",
            failure: smtp_failure(),
            output: "PS C:\\> Get-CASMailbox -Identity svc@contoso.com | Format-List SmtpClientAuthenticationDisabled\n\nSmtpClientAuthenticationDisabled :\n\nPS C:\\> Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled\n\nSmtpClientAuthenticationDisabled : True\n".into(),
            cause: CauseId::SmtpAuthDisabledTenant,
            want: Move::Top,
        },
        Case {
            name: "SMTP 5.7.139 (tenant) + Get-CASMailbox SmtpClientAuthenticationDisabled False",
            failure: "S: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.\n".into(),
            output: "SmtpClientAuthenticationDisabled : False\nImapEnabled                      : True\n".into(),
            cause: CauseId::SmtpAuthDisabledTenant,
            want: Move::Drops,
        },
        Case {
            name: "token failure + sign-in log JSON 53003 / CA failure",
            failure: token_failure(),
            output: signin_json(53003, "failure", "Office 365 Exchange Online", "00000002-0000-0ff1-ce00-000000000000"),
            cause: CauseId::ConditionalAccessBlock,
            want: Move::Top,
        },
        Case {
            name: "token failure + sign-in log CSV 7000215",
            failure: token_failure(),
            output: "Date (UTC),Application,Application ID,Resource,Resource ID,Status,Sign-in error code,Failure reason,Conditional Access\n2025-03-20T11:50:00Z,DMS Importer,6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b,Office 365 Exchange Online,00000002-0000-0ff1-ce00-000000000000,Failure,7000215,Invalid client secret provided.,Not Applied\n".into(),
            cause: CauseId::InvalidClientSecret,
            want: Move::Top,
        },
        Case {
            name: "IMAP + China greeting, worldwide token",
            failure: imap_failure(),
            output: format!("S: * OK The Microsoft Exchange IMAP4 service is ready. [{}]\n", greeting_b64("SHAPR01CA0001.CHNPR01.prod.partner.outlook.cn")),
            cause: CauseId::WrongEndpointOrCloud,
            want: Move::Top,
        },
        Case {
            name: "IMAP + Get-MgServicePrincipal AccountEnabled False",
            failure: imap_failure(),
            output: format!("Id                        : {SP_OID}\nAppId                     : {APPID}\nAccountEnabled            : False\nAppRoleAssignmentRequired : False\n"),
            cause: CauseId::AppOrServicePrincipalDisabled,
            want: Move::Top,
        },
    ];
    v.push(Case {
        name: "delegated IMAP + Get-MgOauth2PermissionGrant without IMAP scope",
        failure: delegated_imap_failure(),
        output: "ClientId    : 0d4c3b2a-1f0e-4d9c-8b7a-6e5f4d3c2b1a\nConsentType : AllPrincipals\nScope       : EWS.AccessAsUser.All offline_access openid\n".into(),
        cause: CauseId::ConsentMissing,
        want: Move::Top,
    });
    v.push(Case {
        name: "IMAP + Test-ApplicationAccessPolicy Denied",
        failure: imap_failure(),
        output: format!(
            "AppId             : {APPID}\nMailbox           : svc\nAccessCheckResult : Denied\n"
        ),
        cause: CauseId::ApplicationAccessPolicyBlock,
        want: Move::Top,
    });
    v.push(Case {
        name: "IMAP + Test-ServicePrincipalAuthorization table, a role out of scope",
        failure: imap_failure(),
        output: concat!(
            "RoleName                      GrantedPermissions          AllowedResourceScope        ScopeType                 InScope\n",
            "--------                      ------------------          --------------------        ---------                 -------\n",
            "Application Mail.Read         Mail.Read                   Canadian Employees          CustomRecipientScope      False\n",
        )
        .into(),
        cause: CauseId::ApplicationAccessPolicyBlock,
        want: Move::Top,
    });
    v
}

/// Every case moves its cause the way the output shows; the table of before and after is
/// printed (`cargo test --test readback -- --nocapture`).
#[test]
fn outputs_move_the_verdict() {
    let mut failed = Vec::new();
    println!("| case | cause | before | after | top after |");
    println!("|---|---|---|---|---|");
    for c in cases() {
        let (before, _) = verdict(&c.failure, c.cause);
        let (after, top) = verdict(&format!("{}\n{}", c.failure, c.output), c.cause);
        println!(
            "| {} | {} | {before:.2} | {after:.2} | {} |",
            c.name,
            c.cause,
            top.map_or("-", |t| t.as_str())
        );
        let ok = match c.want {
            Move::Top => top == Some(c.cause) && after > before,
            Move::Drops => before > 0.0 && after <= 0.05 && after < before,
        };
        if !ok {
            failed.push(c.name);
        }
    }
    assert!(
        failed.is_empty(),
        "did not move as the output shows: {failed:?}"
    );
}

/// The output alone (no failure pasted) is read too: `Get-ServicePrincipal` with the token's
/// oid in the same paste settles the pointer.
#[test]
fn output_with_a_token_but_no_failure() {
    let tok = app_token("https://outlook.office365.com", &["IMAP.AccessAsApp"]);
    let text = format!("{tok}\n\nPS C:\\> Get-ServicePrincipal | Format-List\n\nAppId    : {APPID}\nObjectId : {APP_REG_OID}\n");
    let a = analyze(&text, &opts());
    assert_eq!(
        a.findings.first().map(|f| f.cause),
        Some(CauseId::WrongObjectId),
        "{:?}",
        a.findings
    );
}

/// Questions carry the command that answers them, the token's ids filled in as single-quoted
/// literals; the terminal report prints it under the question.
#[test]
fn questions_carry_their_command_and_the_report_prints_it() {
    let a = analyze(&imap_failure(), &opts());
    let with: Vec<_> = a.questions.iter().filter(|q| q.command.is_some()).collect();
    assert!(!with.is_empty(), "{:?}", a.questions);
    let text = exo_oauth_doctor::report::to_text(&a, exo_oauth_doctor::Lang::En);
    for q in &with {
        let cmd = q.command.as_deref().unwrap_or_default();
        assert!(!cmd.contains("<APP_ID>"), "{cmd}");
        assert!(text.contains(&format!("$ {cmd}")), "{text}");
    }
    let sp = a
        .questions
        .iter()
        .find(|q| q.key == "sp_registered")
        .and_then(|q| q.command.as_deref());
    assert_eq!(
        sp,
        Some(format!("Get-ServicePrincipal -Identity '{APPID}' | Format-List").as_str())
    );
    let json = exo_oauth_doctor::report::to_json(&a, exo_oauth_doctor::Lang::En);
    assert!(json["questions"]
        .as_array()
        .is_some_and(|qs| qs.iter().any(|q| q["command"].is_string())));
}
