//! Evidence read back from command output: the commands, the properties the rules read, the
//! records and the IMAP/POP greeting.

use super::*;

macro_rules! cmdlet_names {
    ($($variant:ident => $name:literal, $doc:literal;)*) => {
        /// A command whose output the analyser reads back (a cmdlet, an Azure CLI command, or
        /// the sign-in log export), named as it is typed.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Cmdlet {
            $(
                #[doc = $doc]
                $variant,
            )*
        }

        impl Cmdlet {
            /// Every command.
            pub const ALL: &'static [Cmdlet] = &[$(Cmdlet::$variant,)*];

            /// The command as typed (`Get-ServicePrincipal`, `az ad sp show`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Cmdlet::$variant => $name,)*
                }
            }
        }
    };
}

cmdlet_names! {
    GetServicePrincipal => "Get-ServicePrincipal", "Exchange Online: the registered service principal pointers.";
    GetMailboxPermission => "Get-MailboxPermission", "Exchange Online: who has FullAccess on a mailbox.";
    GetRecipientPermission => "Get-RecipientPermission", "Exchange Online: who has SendAs on a recipient.";
    GetCasMailbox => "Get-CASMailbox", "Exchange Online: the protocol switches of a mailbox.";
    GetMailbox => "Get-Mailbox", "Exchange Online: the mailbox and its type.";
    GetTransportConfig => "Get-TransportConfig", "Exchange Online: the organisation's SMTP AUTH switch.";
    GetOrganizationConfig => "Get-OrganizationConfig", "Exchange Online: EWS access policy and OAuth settings.";
    GetApplicationAccessPolicy => "Get-ApplicationAccessPolicy", "Exchange Online: application access policies.";
    TestApplicationAccessPolicy => "Test-ApplicationAccessPolicy", "Exchange Online: whether a policy lets an app reach a mailbox.";
    TestServicePrincipalAuthorization => "Test-ServicePrincipalAuthorization", "Exchange Online: RBAC for Applications, role by role.";
    GetManagementRoleAssignment => "Get-ManagementRoleAssignment", "Exchange Online: management role assignments and their scopes.";
    GetMgServicePrincipal => "Get-MgServicePrincipal", "Graph PowerShell: the Enterprise application.";
    GetMgServicePrincipalAppRoleAssignment => "Get-MgServicePrincipalAppRoleAssignment", "Graph PowerShell: application permissions granted to the service principal.";
    GetMgApplication => "Get-MgApplication", "Graph PowerShell: the App registration.";
    GetMgOauth2PermissionGrant => "Get-MgOauth2PermissionGrant", "Graph PowerShell: delegated permission grants.";
    AzAdSpShow => "az ad sp show", "Azure CLI: the Enterprise application.";
    AzAdAppShow => "az ad app show", "Azure CLI: the App registration.";
    AzAdAppPermissionList => "az ad app permission list", "Azure CLI: the permissions the app requests.";
    SignInLog => "Sign-in log", "An Entra sign-in log entry (Graph or portal JSON, portal CSV export).";
}

impl Serialize for Cmdlet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A property of a command's output that the rules read (the catalogue maps each way it is
/// written, `ObjectId`, `objectId`, `Object ID`, to one of these).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutField {
    /// Application (client) id.
    AppId,
    /// Object id of the Exchange service principal pointer (`ObjectId`).
    ObjectId,
    /// `ServiceId` of `Get-ServicePrincipal` (the same object id, older name).
    ServiceId,
    /// `Id` / `id`: the object id of what the command shows (service principal or application).
    Id,
    /// Display name.
    DisplayName,
    /// `Identity`.
    Identity,
    /// Security identifier.
    Sid,
    /// `User` of a mailbox permission.
    User,
    /// `Trustee` of a recipient permission.
    Trustee,
    /// `AccessRights`.
    AccessRights,
    /// `IsInherited` / `Inherited`.
    IsInherited,
    /// `Deny`.
    Deny,
    /// `AccessControlType` (`Allow`, `Deny`).
    AccessControlType,
    /// `ImapEnabled`.
    ImapEnabled,
    /// `PopEnabled`.
    PopEnabled,
    /// `SmtpClientAuthenticationDisabled`.
    SmtpClientAuthenticationDisabled,
    /// `EwsEnabled`.
    EwsEnabled,
    /// `MapiEnabled`.
    MapiEnabled,
    /// `RecipientTypeDetails`.
    RecipientTypeDetails,
    /// `PrimarySmtpAddress`.
    PrimarySmtpAddress,
    /// `AccountDisabled`.
    AccountDisabled,
    /// `EwsApplicationAccessPolicy`.
    EwsApplicationAccessPolicy,
    /// `EwsAllowList`.
    EwsAllowList,
    /// `EwsBlockList`.
    EwsBlockList,
    /// `OAuth2ClientProfileEnabled`.
    OAuth2ClientProfileEnabled,
    /// `AccessRight` of an application access policy (`RestrictAccess`, `DenyAccess`).
    AccessRight,
    /// `AccessCheckResult` (`Granted`, `Denied`).
    AccessCheckResult,
    /// `RoleName`.
    RoleName,
    /// `GrantedPermissions`.
    GrantedPermissions,
    /// `AllowedResourceScope`.
    AllowedResourceScope,
    /// `InScope`.
    InScope,
    /// `Role` of a management role assignment.
    Role,
    /// `RoleAssigneeName` / `RoleAssignee`.
    RoleAssignee,
    /// `CustomResourceScope`.
    CustomResourceScope,
    /// `AccountEnabled`.
    AccountEnabled,
    /// `AppRoleAssignmentRequired`.
    AppRoleAssignmentRequired,
    /// `AppRoleId` of an app-role assignment.
    AppRoleId,
    /// `ResourceDisplayName` / `Resource`.
    ResourceDisplayName,
    /// `ResourceId` / `Resource ID` (object id of the resource's service principal, or its app id in sign-in logs).
    ResourceId,
    /// `resourceAppId` of a requested permission.
    ResourceAppId,
    /// `id` of a requested permission (an app role or scope id).
    PermissionId,
    /// `type` of a requested permission (`Role`, `Scope`).
    PermissionType,
    /// `Scope` of a delegated grant.
    Scope,
    /// `ConsentType` of a delegated grant (`AllPrincipals`, `Principal`).
    ConsentType,
    /// `errorCode` / `Sign-in error code`.
    ErrorCode,
    /// `failureReason` / `Failure reason`.
    FailureReason,
    /// `conditionalAccessStatus` / `Conditional Access`.
    ConditionalAccessStatus,
    /// `Status` of a sign-in (CSV export).
    Status,
    /// `userPrincipalName` / `Username`.
    UserPrincipalName,
    /// `appDisplayName` / `Application`.
    AppDisplayName,
}

/// How a command's output was printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutForm {
    /// `Format-List`: `Name : Value` lines.
    List,
    /// `Format-Table` (the default of most cmdlets): a header, dashes, rows.
    Table,
    /// JSON (`ConvertTo-Json`, Azure CLI, Graph, the portal's download).
    Json,
    /// The portal's CSV export.
    Csv,
    /// No output but an error (or a skipped section of the evidence script).
    Error,
}

/// What went wrong when a command ran.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutError {
    /// The object asked for does not exist (`couldn't be found on`, `does not exist`).
    NotFound,
    /// The admin lacks the rights (`Access denied`, `Insufficient privileges`).
    AccessDenied,
    /// The cmdlet is unknown (`The term 'Get-X' is not recognized`): module not loaded or role missing.
    NotRecognized,
    /// The evidence script skipped the command.
    Skipped,
}

/// One property of a record, with where its value stands.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutValue {
    /// Which property.
    pub field: OutField,
    /// The value as printed (wrapped lines joined, the truncation mark removed).
    pub value: String,
    /// Where the value is in the input.
    pub span: Span,
    /// The value was cut short where it was printed (`…`, `...`): only its start is known.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
}

/// One record of a command's output (a `Format-List` block, a table row, a JSON object, a CSV
/// line), or the error the command printed instead.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CmdletOutput {
    /// The command, from the prompt or section line above, else from the properties.
    pub command: Option<Cmdlet>,
    /// How it was printed.
    pub form: OutForm,
    /// The properties the rules read, in the order printed (a property may repeat: lists).
    pub values: Vec<OutValue>,
    /// The error printed instead of output.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<OutError>,
}

impl CmdletOutput {
    /// The first value of `field`.
    pub fn get(&self, field: OutField) -> Option<&OutValue> {
        self.values.iter().find(|v| v.field == field)
    }

    /// Every value of `field`.
    pub fn all(&self, field: OutField) -> impl Iterator<Item = &OutValue> {
        self.values.iter().filter(move |v| v.field == field)
    }
}

/// The greeting of Exchange Online's IMAP or POP service, with the backend server it names.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ServerGreeting {
    /// IMAP or POP.
    pub protocol: Protocol,
    /// The backend server name decoded from the greeting (`AM0PR06CA0123.eurprd06.prod.outlook.com`).
    pub server: String,
    /// The cloud the server's domain belongs to.
    pub cloud: Option<Cloud>,
    /// The region code its name shows (`eurprd`), when the catalogue knows it.
    pub region: Option<&'static str>,
}
