//! Reading back what the admin ran: how commands print their output (property names as
//! PowerShell, Graph, the Azure CLI and the Entra portal write them), which properties tell a
//! command apart when no prompt names it, the errors they print, the app roles each protocol
//! needs, the regions Exchange Online's server names show, and the reasons the read-back rules
//! give.
//!
//! Sources: the Exchange Online PowerShell reference (MicrosoftDocs/office-docs-powershell,
//! e.g. `Test-ServicePrincipalAuthorization.md` Example 1), the Graph resource types
//! `servicePrincipal`, `appRoleAssignment`, `oAuth2PermissionGrant` and `signIn`, the Azure CLI
//! output of `az ad sp show` / `az ad app show` / `az ad app permission list`, and the sign-in
//! log CSV the Entra admin center downloads.

use crate::evidence::{Cmdlet, OutError, OutField, Protocol};
use crate::i18n::Joined;
use crate::i18n::ReplaceAll;
use crate::i18n::Text;
use crate::t;

/// A property name as written, normalised (lower case, letters and digits only), and the
/// property it is.
pub static FIELDS: &[(&str, OutField)] = &[
    ("appid", OutField::AppId),
    ("applicationid", OutField::AppId),
    ("clientid", OutField::AppId),
    ("objectid", OutField::ObjectId),
    ("serviceid", OutField::ServiceId),
    ("id", OutField::Id),
    ("displayname", OutField::DisplayName),
    ("identity", OutField::Identity),
    ("sid", OutField::Sid),
    ("user", OutField::User),
    ("trustee", OutField::Trustee),
    ("accessrights", OutField::AccessRights),
    ("isinherited", OutField::IsInherited),
    ("inherited", OutField::IsInherited),
    ("deny", OutField::Deny),
    ("accesscontroltype", OutField::AccessControlType),
    ("imapenabled", OutField::ImapEnabled),
    ("popenabled", OutField::PopEnabled),
    (
        "smtpclientauthenticationdisabled",
        OutField::SmtpClientAuthenticationDisabled,
    ),
    ("ewsenabled", OutField::EwsEnabled),
    ("mapienabled", OutField::MapiEnabled),
    ("recipienttypedetails", OutField::RecipientTypeDetails),
    ("primarysmtpaddress", OutField::PrimarySmtpAddress),
    ("accountdisabled", OutField::AccountDisabled),
    (
        "ewsapplicationaccesspolicy",
        OutField::EwsApplicationAccessPolicy,
    ),
    ("ewsallowlist", OutField::EwsAllowList),
    ("ewsblocklist", OutField::EwsBlockList),
    (
        "oauth2clientprofileenabled",
        OutField::OAuth2ClientProfileEnabled,
    ),
    ("accessright", OutField::AccessRight),
    ("accesscheckresult", OutField::AccessCheckResult),
    ("rolename", OutField::RoleName),
    ("grantedpermissions", OutField::GrantedPermissions),
    ("allowedresourcescope", OutField::AllowedResourceScope),
    ("inscope", OutField::InScope),
    ("role", OutField::Role),
    ("roleassigneename", OutField::RoleAssignee),
    ("roleassignee", OutField::RoleAssignee),
    ("customresourcescope", OutField::CustomResourceScope),
    ("accountenabled", OutField::AccountEnabled),
    (
        "approleassignmentrequired",
        OutField::AppRoleAssignmentRequired,
    ),
    ("approleid", OutField::AppRoleId),
    ("resourcedisplayname", OutField::ResourceDisplayName),
    ("resource", OutField::ResourceDisplayName),
    ("resourceid", OutField::ResourceId),
    ("resourceappid", OutField::ResourceAppId),
    ("scope", OutField::Scope),
    ("consenttype", OutField::ConsentType),
    ("errorcode", OutField::ErrorCode),
    ("signinerrorcode", OutField::ErrorCode),
    ("failurereason", OutField::FailureReason),
    ("conditionalaccessstatus", OutField::ConditionalAccessStatus),
    ("conditionalaccess", OutField::ConditionalAccessStatus),
    ("status", OutField::Status),
    ("userprincipalname", OutField::UserPrincipalName),
    ("username", OutField::UserPrincipalName),
    ("appdisplayname", OutField::AppDisplayName),
    ("application", OutField::AppDisplayName),
];

/// JSON keys that mean something else inside a parent key: `id`/`type` of a requested
/// permission (`requiredResourceAccess[].resourceAccess[]`). Normalised like [`FIELDS`].
pub static NESTED_FIELDS: &[(&str, &str, OutField)] = &[
    ("resourceaccess", "id", OutField::PermissionId),
    ("resourceaccess", "type", OutField::PermissionType),
];

/// JSON keys whose array of objects belongs to the record around it (a requested API's
/// permissions), rather than being records of their own.
pub static MERGED_ARRAYS: &[&str] = &["resourceaccess"];

/// A property name normalised for lookup: lower case, letters and digits only.
pub fn normalize(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The property a (normalised) name is, inside `parent` (normalised, `""` at the top).
pub fn field(parent: &str, name: &str) -> Option<OutField> {
    field_of(parent.as_bytes(), name.as_bytes())
}

/// [`field`] of names as bytes (a JSON record's keys, normalised without making text).
pub fn field_of(parent: &[u8], name: &[u8]) -> Option<OutField> {
    // Most keys of a log's JSON records (`ts`, `level`, `message`) are no property: turned down
    // by their first byte and length before the lookups.
    match name.first() {
        Some(&c) if c < 0x80 && FIELD_GATE[usize::from(c)] & (1 << (name.len() & 63)) != 0 => {}
        _ => return None,
    }
    // Every key of every JSON record is looked up: the first row of each name, by its hash (the
    // row's position under the name's hash: the map type the scanner uses, one copy of its code
    // in the page; no two names of the table share a hash, which a test checks).
    static BY_NAME: std::sync::OnceLock<rustc_hash::FxHashMap<u64, usize>> =
        std::sync::OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        let mut m = rustc_hash::FxHashMap::default();
        for (i, (n, _)) in FIELDS.iter().enumerate().rev() {
            m.insert(name_hash(n.as_bytes()), i);
        }
        m
    });
    NESTED_FIELDS
        .iter()
        .find(|(p, n, _)| p.as_bytes() == parent && n.as_bytes() == name)
        .map(|r| r.2)
        .or_else(|| {
            by_name
                .get(&name_hash(name))
                .and_then(|&i| FIELDS.get(i))
                .filter(|r| r.0.as_bytes() == name)
                .map(|r| r.1)
        })
}

/// The hash a property name is looked up by.
fn name_hash(name: &[u8]) -> u64 {
    std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, name)
}

/// Per first byte, a bit per length (mod 64) of the names of [`FIELDS`] and [`NESTED_FIELDS`]:
/// a name without its bit is neither.
static FIELD_GATE: [u64; 128] = {
    let mut t = [0u64; 128];
    let mut i = 0;
    while i < FIELDS.len() {
        let n = FIELDS[i].0.as_bytes();
        t[(n[0] & 0x7f) as usize] |= 1 << (n.len() & 63);
        i += 1;
    }
    let mut i = 0;
    while i < NESTED_FIELDS.len() {
        let n = NESTED_FIELDS[i].1.as_bytes();
        t[(n[0] & 0x7f) as usize] |= 1 << (n.len() & 63);
        i += 1;
    }
    t
};

/// The command a name as typed is (`Get-CASMailbox`, `get-casmailbox`, `az ad sp show`).
pub fn command(name: &str) -> Option<Cmdlet> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let joined = words.joined(" ");
    Cmdlet::ALL
        .iter()
        .copied()
        .filter(|c| *c != Cmdlet::SignInLog)
        .find(|c| c.as_str().eq_ignore_ascii_case(&joined))
}

/// Which command printed a record with these properties, when no prompt line names it: the
/// first row whose properties are all present. Properties several commands print (an `AppId`
/// alone) name none.
pub static SIGNATURES: &[(Cmdlet, &[OutField])] = &[
    (
        Cmdlet::TestApplicationAccessPolicy,
        &[OutField::AccessCheckResult],
    ),
    (
        Cmdlet::TestServicePrincipalAuthorization,
        &[OutField::RoleName, OutField::GrantedPermissions],
    ),
    (
        Cmdlet::GetManagementRoleAssignment,
        &[OutField::RoleAssignee],
    ),
    (
        Cmdlet::GetManagementRoleAssignment,
        &[OutField::CustomResourceScope],
    ),
    (
        Cmdlet::GetMailboxPermission,
        &[OutField::User, OutField::AccessRights],
    ),
    (
        Cmdlet::GetRecipientPermission,
        &[OutField::Trustee, OutField::AccessRights],
    ),
    (Cmdlet::GetCasMailbox, &[OutField::ImapEnabled]),
    (Cmdlet::GetCasMailbox, &[OutField::PopEnabled]),
    (Cmdlet::GetCasMailbox, &[OutField::EwsEnabled]),
    (Cmdlet::GetCasMailbox, &[OutField::MapiEnabled]),
    (Cmdlet::SignInLog, &[OutField::ErrorCode]),
    (Cmdlet::SignInLog, &[OutField::ConditionalAccessStatus]),
    (Cmdlet::SignInLog, &[OutField::FailureReason]),
    (
        Cmdlet::GetMgServicePrincipalAppRoleAssignment,
        &[OutField::AppRoleId],
    ),
    (Cmdlet::AzAdAppPermissionList, &[OutField::ResourceAppId]),
    (Cmdlet::GetApplicationAccessPolicy, &[OutField::AccessRight]),
    (
        Cmdlet::GetOrganizationConfig,
        &[OutField::EwsApplicationAccessPolicy],
    ),
    (
        Cmdlet::GetOrganizationConfig,
        &[OutField::OAuth2ClientProfileEnabled],
    ),
    (Cmdlet::GetOrganizationConfig, &[OutField::EwsAllowList]),
    (
        Cmdlet::GetMgOauth2PermissionGrant,
        &[OutField::Scope, OutField::ConsentType],
    ),
    (Cmdlet::GetMgServicePrincipal, &[OutField::AccountEnabled]),
    (
        Cmdlet::GetMgServicePrincipal,
        &[OutField::AppRoleAssignmentRequired],
    ),
    (Cmdlet::GetServicePrincipal, &[OutField::ServiceId]),
    (
        Cmdlet::GetServicePrincipal,
        &[OutField::AppId, OutField::ObjectId],
    ),
    (
        Cmdlet::GetTransportConfig,
        &[OutField::SmtpClientAuthenticationDisabled],
    ),
    (Cmdlet::GetMailbox, &[OutField::RecipientTypeDetails]),
    (Cmdlet::GetMailbox, &[OutField::AccountDisabled]),
];

/// The command a record with `fields` comes from, by [`SIGNATURES`].
pub fn guess(fields: &[OutField]) -> Option<Cmdlet> {
    SIGNATURES
        .iter()
        .find(|(_, need)| need.iter().all(|f| fields.contains(f)))
        .map(|r| r.0)
}

/// What an error printed by a command says, by its wording (lower case), first match wins.
pub static ERRORS: &[(&str, OutError)] = &[
    ("is not recognized as", OutError::NotRecognized),
    ("couldn't be found on", OutError::NotFound),
    ("couldn't be found", OutError::NotFound),
    ("could not be found", OutError::NotFound),
    ("request_resourcenotfound", OutError::NotFound),
    ("does not exist", OutError::NotFound),
    ("insufficient privileges", OutError::AccessDenied),
    ("authorization_requestdenied", OutError::AccessDenied),
    ("access is denied", OutError::AccessDenied),
    ("access denied", OutError::AccessDenied),
    (
        "isn't assigned to any management roles",
        OutError::AccessDenied,
    ),
];

/// The error a line (lower case) reports, by [`ERRORS`].
pub fn error_of(line_lc: &str) -> Option<OutError> {
    ERRORS
        .iter()
        .find(|(w, _)| line_lc.contains(w))
        .map(|r| r.1)
}

/// Values that mean yes / no as PowerShell, JSON and the portal print them.
pub fn truth(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "$true" | "yes" => Some(true),
        "false" | "$false" | "no" => Some(false),
        _ => None,
    }
}

/// Mailbox permission holders that are never the app: the mailbox itself and built-in groups.
pub static BUILTIN_PRINCIPALS: &[&str] = &["nt authority\\", "s-1-5-", "discovery management"];

/// `AccessRights` values that let the app open the mailbox, and the one that lets it send as.
pub const FULL_ACCESS: &str = "fullaccess";
/// The `SendAs` right of `Get-RecipientPermission`.
pub const SEND_AS: &str = "sendas";
/// `Test-ApplicationAccessPolicy`'s `AccessCheckResult` when a policy blocks the app.
pub const ACCESS_DENIED_RESULT: &str = "denied";
/// `Test-ApplicationAccessPolicy`'s `AccessCheckResult` when the app may reach the mailbox.
pub const ACCESS_GRANTED_RESULT: &str = "granted";
/// `conditionalAccessStatus` (JSON) / `Conditional Access` (CSV) when a policy blocked.
pub const CA_FAILURE: &str = "failure";
/// The statuses that mean no Conditional Access policy blocked.
pub static CA_PASSED: &[&str] = &["success", "notapplied", "not applied"];

/// The application id of Office 365 Exchange Online.
pub const EXCHANGE_APP_ID: &str = "00000002-0000-0ff1-ce00-000000000000";
/// The application id of Microsoft Graph.
pub const GRAPH_APP_ID: &str = "00000003-0000-0000-c000-000000000000";

/// An application permission (app role) that matters for mail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppRole {
    /// The role's id (the same in every tenant).
    pub id: &'static str,
    /// Its value as in a token's `roles`.
    pub name: &'static str,
    /// The application id of the API that defines it.
    pub resource: &'static str,
    /// The protocol it opens.
    pub protocol: Protocol,
}

/// The app roles of Exchange Online and Graph that open a mailbox per protocol (ids as the
/// APIs publish them; e.g. BohrenAn/GitHub_PowerShellScripts `IMAPPOP3_OAUTH2.ps1` manifest,
/// merill/graph-permissions-explorer).
pub static APP_ROLES: &[AppRole] = &[
    AppRole {
        id: "5e5addcd-3e8d-4e90-baf5-964efab2b20a",
        name: "IMAP.AccessAsApp",
        resource: EXCHANGE_APP_ID,
        protocol: Protocol::Imap,
    },
    AppRole {
        id: "cb842b43-da6e-4506-86fe-bb12199c656d",
        name: "POP.AccessAsApp",
        resource: EXCHANGE_APP_ID,
        protocol: Protocol::Pop,
    },
    AppRole {
        id: "7146a1f0-8703-45b3-9eae-527a64c00995",
        name: "SMTP.SendAsApp",
        resource: EXCHANGE_APP_ID,
        protocol: Protocol::Smtp,
    },
    AppRole {
        id: "dc890d15-9560-4a4c-9b7f-a736ec74ec40",
        name: "full_access_as_app",
        resource: EXCHANGE_APP_ID,
        protocol: Protocol::Ews,
    },
    AppRole {
        id: "dc50a0fb-09a3-484d-be87-e023b12c6440",
        name: "Exchange.ManageAsApp",
        resource: EXCHANGE_APP_ID,
        protocol: Protocol::ExchangePowershell,
    },
    AppRole {
        id: "810c84a8-4a9e-49e6-bf7d-12d183f40d01",
        name: "Mail.Read",
        resource: GRAPH_APP_ID,
        protocol: Protocol::Graph,
    },
    AppRole {
        id: "e2a3a72e-5f79-4c64-b1b1-878b674786c9",
        name: "Mail.ReadWrite",
        resource: GRAPH_APP_ID,
        protocol: Protocol::Graph,
    },
    AppRole {
        id: "b633e1c5-b582-4048-a93e-9f11b44c7e96",
        name: "Mail.Send",
        resource: GRAPH_APP_ID,
        protocol: Protocol::Graph,
    },
];

/// The app role with id or name `s` (case-insensitive).
pub fn app_role(s: &str) -> Option<&'static AppRole> {
    let s = s.trim();
    APP_ROLES
        .iter()
        .find(|r| r.id.eq_ignore_ascii_case(s) || r.name.eq_ignore_ascii_case(s))
}

/// The delegated permission (scope) each protocol needs, as a grant's `Scope` lists it.
pub static DELEGATED_SCOPES: &[(Protocol, &str)] = &[
    (Protocol::Imap, "IMAP.AccessAsUser.All"),
    (Protocol::Pop, "POP.AccessAsUser.All"),
    (Protocol::Smtp, "SMTP.Send"),
    (Protocol::Ews, "EWS.AccessAsUser.All"),
];

/// The greetings of Exchange Online's IMAP and POP services, which end in the base64
/// (UTF-16LE) name of the backend server: `* OK The Microsoft Exchange IMAP4 service is ready.
/// [TQBO…]`.
pub static GREETINGS: &[(&str, Protocol)] = &[
    (
        "The Microsoft Exchange IMAP4 service is ready.",
        Protocol::Imap,
    ),
    (
        "The Microsoft Exchange POP3 service is ready.",
        Protocol::Pop,
    ),
];

/// The region codes in Exchange Online server names (`AM0PR06CA0123.eurprd06.prod.outlook.com`:
/// the second label without its number), and the region they stand for.
pub static REGIONS: &[(&str, Text)] = &[
    ("namprd", t!("North America", "Nordamerika")),
    ("eurprd", t!("Europe", "Europa")),
    ("apcprd", t!("Asia-Pacific", "Asien-Pazifik")),
    ("jpnprd", t!("Japan", "Japan")),
    ("ausprd", t!("Australia", "Australien")),
    ("gbrprd", t!("United Kingdom", "Vereinigtes Königreich")),
    ("indprd", t!("India", "Indien")),
    ("canprd", t!("Canada", "Kanada")),
    ("korprd", t!("Korea", "Korea")),
    ("braprd", t!("Brazil", "Brasilien")),
    ("fraprd", t!("France", "Frankreich")),
    ("deuprd", t!("Germany", "Deutschland")),
    ("zafprd", t!("South Africa", "Südafrika")),
    ("cheprd", t!("Switzerland", "Schweiz")),
    ("norprd", t!("Norway", "Norwegen")),
    (
        "areprd",
        t!("United Arab Emirates", "Vereinigte Arabische Emirate"),
    ),
    ("chnpr", t!("China (21Vianet)", "China (21Vianet)")),
];

/// The region code (a key of [`REGIONS`]) a server name shows.
pub fn region_of(server: &str) -> Option<&'static str> {
    let label = server.split('.').nth(1)?.to_ascii_lowercase();
    let code = label.trim_end_matches(|c: char| c.is_ascii_digit());
    REGIONS.iter().find(|(c, _)| *c == code).map(|r| r.0)
}

/// The name of a region code.
pub fn region_name(code: &str) -> Option<Text> {
    REGIONS.iter().find(|(c, _)| *c == code).map(|r| r.1)
}

/// The reasons the read-back rules give. `{a}`, `{b}` stand for values the rule fills in.
pub mod reasons {
    use crate::i18n::Text;
    use crate::t;

    /// The registered object id is the token's `oid` or the Enterprise application's id.
    pub const SP_MATCHES: Text = t!(
        "{a} lists the service principal with ObjectId {b}, the Enterprise application's object id (the token's oid): the pointer is registered and right.",
        "{a} zeigt den Dienstprinzipal mit ObjectId {b}, der Objekt-ID der Unternehmensanwendung (oid des Tokens): der Verweis ist registriert und richtig."
    );
    /// The registered object id is another.
    pub const SP_MISMATCH: Text = t!(
        "{a} lists ObjectId {b}, but the Enterprise application's object id (the token's oid) is another: New-ServicePrincipal was given the wrong object id.",
        "{a} zeigt ObjectId {b}, die Objekt-ID der Unternehmensanwendung (oid des Tokens) ist aber eine andere: New-ServicePrincipal bekam die falsche Objekt-ID."
    );
    /// The registered object id is the app's client id.
    pub const SP_ID_IS_APP_ID: Text = t!(
        "{a} lists ObjectId {b}, the same as its AppId: New-ServicePrincipal was given the client id, not the Enterprise application's object id.",
        "{a} zeigt ObjectId {b}, dieselbe wie die AppId: New-ServicePrincipal bekam die Client-ID, nicht die Objekt-ID der Unternehmensanwendung."
    );
    /// The registered object id is the App registration's.
    pub const SP_IS_APPLICATION: Text = t!(
        "{a} lists ObjectId {b}, which is the App registration's object id, not the Enterprise application's.",
        "{a} zeigt ObjectId {b}, die Objekt-ID der App-Registrierung, nicht die der Unternehmensanwendung."
    );
    /// No pointer for the app.
    pub const SP_NOT_FOUND: Text = t!(
        "{a} finds no service principal for the app: New-ServicePrincipal was not run for it (or in another tenant).",
        "{a} findet keinen Dienstprinzipal für die App: New-ServicePrincipal wurde dafür nicht ausgeführt (oder in einem anderen Mandanten)."
    );
    /// Pointers listed, none for the token's app.
    pub const SP_OTHER_APPS: Text = t!(
        "{a} lists service principals, but none with the token's AppId {b}.",
        "{a} zeigt Dienstprinzipale, aber keinen mit der AppId {b} des Tokens."
    );
    /// FullAccess present for the app.
    pub const FULL_ACCESS_PRESENT: Text = t!(
        "Get-MailboxPermission lists {b} with FullAccess on the mailbox.",
        "Get-MailboxPermission zeigt {b} mit FullAccess auf das Postfach."
    );
    /// FullAccess absent.
    pub const FULL_ACCESS_ABSENT: Text = t!(
        "Get-MailboxPermission lists no FullAccess for the service principal (only {b}).",
        "Get-MailboxPermission zeigt kein FullAccess für den Dienstprinzipal (nur {b})."
    );
    /// SendAs present.
    pub const SEND_AS_PRESENT: Text = t!(
        "Get-RecipientPermission lists {b} with SendAs.",
        "Get-RecipientPermission zeigt {b} mit SendAs."
    );
    /// SendAs absent.
    pub const SEND_AS_ABSENT: Text = t!(
        "Get-RecipientPermission lists no SendAs for the service principal (only {b}).",
        "Get-RecipientPermission zeigt kein SendAs für den Dienstprinzipal (nur {b})."
    );
    /// A protocol switch is off.
    pub const PROTOCOL_OFF: Text = t!(
        "Get-CASMailbox shows {a} : {b}: the protocol is switched off on this mailbox.",
        "Get-CASMailbox zeigt {a} : {b}: das Protokoll ist auf diesem Postfach abgeschaltet."
    );
    /// A protocol switch is on.
    pub const PROTOCOL_ON: Text = t!(
        "Get-CASMailbox shows {a} : {b}: the protocol is on for this mailbox.",
        "Get-CASMailbox zeigt {a} : {b}: das Protokoll ist für dieses Postfach an."
    );
    /// SMTP AUTH off for the organisation, not set on the mailbox.
    pub const SMTP_TENANT_OFF: Text = t!(
        "Get-TransportConfig shows SmtpClientAuthenticationDisabled : True and the mailbox does not override it: SMTP AUTH is off for the organisation.",
        "Get-TransportConfig zeigt SmtpClientAuthenticationDisabled : True und das Postfach überschreibt es nicht: SMTP AUTH ist für die Organisation aus."
    );
    /// SMTP AUTH on for the organisation.
    pub const SMTP_TENANT_ON: Text = t!(
        "{a} shows SmtpClientAuthenticationDisabled : False: SMTP AUTH is allowed.",
        "{a} zeigt SmtpClientAuthenticationDisabled : False: SMTP AUTH ist erlaubt."
    );
    /// An application access policy denies.
    pub const POLICY_DENIED: Text = t!(
        "Test-ApplicationAccessPolicy shows AccessCheckResult : Denied: an application access policy keeps the app from this mailbox.",
        "Test-ApplicationAccessPolicy zeigt AccessCheckResult : Denied: eine Anwendungszugriffsrichtlinie hält die App von diesem Postfach fern."
    );
    /// RBAC for Applications: a role's scope leaves the mailbox out.
    pub const RBAC_NOT_IN_SCOPE: Text = t!(
        "Test-ServicePrincipalAuthorization shows InScope : False for {a}: the management scope of this RBAC for Applications assignment does not cover the mailbox, so the app may not use {b} on it.",
        "Test-ServicePrincipalAuthorization zeigt InScope : False für {a}: der Verwaltungsbereich dieser Zuweisung (RBAC für Anwendungen) umfasst das Postfach nicht, die App darf {b} darauf nicht verwenden."
    );
    /// An application access policy grants.
    pub const POLICY_GRANTED: Text = t!(
        "Test-ApplicationAccessPolicy shows AccessCheckResult : Granted.",
        "Test-ApplicationAccessPolicy zeigt AccessCheckResult : Granted."
    );
    /// The protocol's role is granted.
    pub const ROLE_PRESENT: Text = t!(
        "{a} shows the application permission {b} the protocol needs.",
        "{a} zeigt die Anwendungsberechtigung {b}, die das Protokoll braucht."
    );
    /// The protocol's role is missing.
    pub const ROLE_ABSENT: Text = t!(
        "{a} shows no {b}, the application permission the protocol needs.",
        "{a} zeigt kein {b}, die Anwendungsberechtigung, die das Protokoll braucht."
    );
    /// Only Graph mail roles for a mail protocol.
    pub const ROLE_GRAPH_ONLY: Text = t!(
        "{a} shows only Microsoft Graph mail permissions ({b}): they do not open IMAP, POP or SMTP, which need Office 365 Exchange Online's permissions and token audience.",
        "{a} zeigt nur Mail-Berechtigungen von Microsoft Graph ({b}): sie öffnen weder IMAP, POP noch SMTP, die die Berechtigungen und die Token-Zielgruppe von Office 365 Exchange Online brauchen."
    );
    /// The delegated grant has the protocol's scope.
    pub const SCOPE_PRESENT: Text = t!(
        "Get-MgOauth2PermissionGrant shows consent to {b}.",
        "Get-MgOauth2PermissionGrant zeigt die Zustimmung zu {b}."
    );
    /// The delegated grants lack the protocol's scope.
    pub const SCOPE_ABSENT: Text = t!(
        "Get-MgOauth2PermissionGrant shows no consent to {b}, the delegated permission the protocol needs (granted: {a}).",
        "Get-MgOauth2PermissionGrant zeigt keine Zustimmung zu {b}, der delegierten Berechtigung, die das Protokoll braucht (erteilt: {a})."
    );
    /// The service principal is disabled.
    pub const SP_DISABLED: Text = t!(
        "{a} shows AccountEnabled : False: the Enterprise application is disabled, so it cannot sign in.",
        "{a} zeigt AccountEnabled : False: die Unternehmensanwendung ist deaktiviert und kann sich nicht anmelden."
    );
    /// The service principal is enabled.
    pub const SP_ENABLED: Text = t!(
        "{a} shows AccountEnabled : True.",
        "{a} zeigt AccountEnabled : True."
    );
    /// The mailbox's account is disabled (a shared mailbox's is, which is fine for app access).
    pub const MAILBOX_FOUND: Text = t!(
        "Get-Mailbox finds the mailbox ({b}).",
        "Get-Mailbox findet das Postfach ({b})."
    );
    /// Get-Mailbox finds nothing.
    pub const MAILBOX_NOT_FOUND: Text = t!(
        "Get-Mailbox finds no such mailbox.",
        "Get-Mailbox findet kein solches Postfach."
    );
    /// The sign-in log shows an AADSTS code.
    pub const SIGNIN_CODE: Text = t!(
        "The sign-in log shows error code {b}: {a}",
        "Das Anmeldeprotokoll zeigt Fehlercode {b}: {a}"
    );
    /// The sign-in log shows success.
    pub const SIGNIN_SUCCESS: Text = t!(
        "The sign-in log shows the sign-in succeeded (error code 0): Entra issued the token.",
        "Das Anmeldeprotokoll zeigt eine erfolgreiche Anmeldung (Fehlercode 0): Entra hat das Token ausgestellt."
    );
    /// Conditional Access failed.
    pub const CA_FAILED: Text = t!(
        "The sign-in log shows Conditional Access: failure.",
        "Das Anmeldeprotokoll zeigt Bedingter Zugriff: failure."
    );
    /// Conditional Access passed.
    pub const CA_OK: Text = t!(
        "The sign-in log shows Conditional Access: {b}, so no policy blocked the sign-in.",
        "Das Anmeldeprotokoll zeigt Bedingter Zugriff: {b}, keine Richtlinie hat die Anmeldung blockiert."
    );
    /// The sign-in was for Graph while the client speaks a mail protocol.
    pub const SIGNIN_GRAPH_RESOURCE: Text = t!(
        "The sign-in log shows the token was issued for {b}, not Office 365 Exchange Online, which IMAP, POP and SMTP need.",
        "Das Anmeldeprotokoll zeigt, dass das Token für {b} ausgestellt wurde, nicht für Office 365 Exchange Online, das IMAP, POP und SMTP brauchen."
    );
    /// The greeting's cloud differs from the token's or endpoint's.
    pub const CLOUD_MISMATCH: Text = t!(
        "The server greeting names {b} ({a}), which is another cloud than the token or sign-in endpoint.",
        "Die Begrüßung des Servers nennt {b} ({a}), eine andere Cloud als Token oder Anmeldeendpunkt."
    );
    /// The greeting's cloud matches.
    pub const CLOUD_MATCH: Text = t!(
        "The server greeting names {b} ({a}), the same cloud as the token or sign-in endpoint.",
        "Die Begrüßung des Servers nennt {b} ({a}), dieselbe Cloud wie Token oder Anmeldeendpunkt."
    );
    /// A command is unknown because of missing roles.
    pub const NOT_RECOGNIZED: Text = t!(
        "PowerShell does not know {a}: the module is not connected, or the admin lacks the Exchange role that brings the cmdlet.",
        "PowerShell kennt {a} nicht: das Modul ist nicht verbunden oder dem Administrator fehlt die Exchange-Rolle, die das Cmdlet mitbringt."
    );
}

/// Fills `{a}` and `{b}` of a reason.
pub fn fill(text: &str, a: &str, b: &str) -> String {
    text.replace_all("{a}", a).replace_all("{b}", b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gate_lets_every_property_name_through() {
        // Each name finds its property (the first row of the name), at the top and inside the
        // object that nests it.
        for (n, f) in FIELDS {
            let first = FIELDS.iter().find(|(m, _)| m == n).map(|r| r.1);
            assert_eq!(field("", n), first, "{n}");
            // (A name in two rows finds the first.)
            assert!(first == Some(*f) || FIELDS.iter().filter(|(m, _)| m == n).count() > 1);
        }
        for (p, n, f) in NESTED_FIELDS {
            assert_eq!(field(p, n), Some(*f), "{p}.{n}");
        }
        // Names no row has are none, whatever their first byte and length.
        for n in [
            "",
            "ts",
            "level",
            "message",
            "requestid",
            "\u{e4}id",
            "appidx",
        ] {
            assert_eq!(field("", n), None, "{n}");
        }
    }

    #[test]
    fn property_names_have_distinct_hashes_and_the_first_row_answers() {
        let mut seen: Vec<(u64, &str)> = Vec::new();
        for (n, _) in FIELDS {
            let h = name_hash(n.as_bytes());
            match seen.iter().find(|(x, _)| *x == h) {
                Some((_, other)) => assert_eq!(other, n, "{n} and {other} share a hash"),
                None => seen.push((h, n)),
            }
            if !NESTED_FIELDS.iter().any(|(p, m, _)| p.is_empty() && m == n) {
                let first = FIELDS.iter().find(|(m, _)| m == n).map(|r| r.1);
                assert_eq!(field("", n), first, "{n}");
            }
        }
        assert_eq!(field("", "nosuchproperty"), None);
    }
}
