//! The knowledge: every cause, AADSTS code and claim description, in English and German, as data.
//!
//! The page, the CLI and the tests read only this module for knowledge. Rules refer to causes by
//! [`CauseId`]; texts are never copied elsewhere.

use crate::i18n::Text;
use serde::Serialize;

mod aadsts;
#[cfg(feature = "ablation")]
pub mod ablation;
pub mod calibration;
mod causes;
mod claims;
pub mod cmdlets;
pub mod decode;
pub mod oauth;
pub mod priors;
mod questions;
mod steps;
pub mod texts;
pub mod words;

pub(crate) use aadsts::MESSAGES as AADSTS_MESSAGES;
pub use aadsts::{
    aadsts, aadsts_by_name, is_sub_code, message as aadsts_message, AadstsCode, AADSTS,
    MESSAGE_COUNT as AADSTS_MESSAGE_COUNT,
};
pub use causes::CAUSES;
pub use claims::{claim_description, CLAIMS, NOT_THE_TOKEN};
pub use questions::{
    question, question_command, GeneralQuestion, GENERAL_QUESTIONS, QUESTION_COMMANDS,
};
pub use steps::{step, PLACEHOLDERS, STEPS};
pub use texts::{known_text, KnownText, TextId};
pub use words::Words;

macro_rules! cause_ids {
    ($($variant:ident => $id:literal,)*) => {
        /// The stable id of a cause (the ids of the corpus' `causes.md`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum CauseId {
            $(
                #[doc = concat!("`", $id, "`")]
                $variant,
            )*
        }

        impl CauseId {
            /// Every cause id, in catalogue order.
            pub const ALL: &'static [CauseId] = &[$(CauseId::$variant,)*];

            /// The stable snake_case id.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(CauseId::$variant => $id,)*
                }
            }

            /// Parses a stable id.
            pub fn parse(s: &str) -> Option<CauseId> {
                match s {
                    $($id => Some(CauseId::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

cause_ids! {
InvalidClientSecret => "invalid_client_secret",
SecretIdUsedAsValue => "secret_id_used_as_value",
ExpiredClientSecret => "expired_client_secret",
CertificateCredentialError => "certificate_credential_error",
AppNotFoundInTenant => "app_not_found_in_tenant",
TenantNotFound => "tenant_not_found",
ResourceNotFound => "resource_not_found",
InvalidScope => "invalid_scope",
ConsentMissing => "consent_missing",
DelegatedPermissionInsteadOfApplication => "delegated_permission_instead_of_application",
ClientTypeMismatch => "client_type_mismatch",
RedirectUriMismatch => "redirect_uri_mismatch",
MalformedTokenRequest => "malformed_token_request",
WrongEndpointOrCloud => "wrong_endpoint_or_cloud",
PersonalAccountNotSupported => "personal_account_not_supported",
ConditionalAccessBlock => "conditional_access_block",
MfaRequiredRopc => "mfa_required_ropc",
InvalidUserCredentialsRopc => "invalid_user_credentials_ropc",
AccountDisabledOrSigninBlocked => "account_disabled_or_signin_blocked",
UserNotAssignedToApp => "user_not_assigned_to_app",
AppOrServicePrincipalDisabled => "app_or_service_principal_disabled",
PasswordExpired => "password_expired",
ClockSkew => "clock_skew",
WrongTokenAudience => "wrong_token_audience",
MissingAppRole => "missing_app_role",
TokenExpiredOrCached => "token_expired_or_cached",
ServicePrincipalNotRegisteredInExchange => "service_principal_not_registered_in_exchange",
WrongObjectId => "wrong_object_id",
MailboxPermissionMissing => "mailbox_permission_missing",
ReplicationDelay => "replication_delay",
ProtocolDisabledOnMailbox => "protocol_disabled_on_mailbox",
SmtpAuthDisabledTenant => "smtp_auth_disabled_tenant",
SecurityDefaultsBlock => "security_defaults_block",
BasicAuthDeprecated => "basic_auth_deprecated",
SendasPermissionMissing => "sendas_permission_missing",
WrongUsernameInXoauth2 => "wrong_username_in_xoauth2",
MalformedXoauth2 => "malformed_xoauth2",
MailboxUnlicensedOrMissing => "mailbox_unlicensed_or_missing",
EwsImpersonationHeaderMismatch => "ews_impersonation_header_mismatch",
ExchangeAdminRbacMissing => "exchange_admin_rbac_missing",
ApplicationAccessPolicyBlock => "application_access_policy_block",
ExchangeThrottlingLimit => "exchange_throttling_limit",
SenderOutboundRestricted => "sender_outbound_restricted",
TlsVersionUnsupported => "tls_version_unsupported",
TlsModeMismatch => "tls_mode_mismatch",
MeEndpointWithAppOnlyToken => "me_endpoint_with_app_only_token",
ClientSaslPluginError => "client_sasl_plugin_error",
NetworkEgressBlocked => "network_egress_blocked",
ServiceSideIncident => "service_side_incident",}

impl Serialize for CauseId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for CauseId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where in the chain a failure sits (the `stage` column of `causes.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// The mail client, library or local setup.
    Client,
    /// Token endpoint, app registration, consent, tenant.
    Entra,
    /// What the issued token says.
    Token,
    /// Exchange Online authorisation, mailbox, protocol.
    Exchange,
    /// Outside the admin's control.
    Service,
}

/// The links of the chain from app registration to mailbox, in order (the page draws them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChainLink {
    /// Entra app registration (client id, secret/certificate, tenant, endpoint).
    AppRegistration,
    /// API permission and admin consent.
    PermissionConsent,
    /// The access token itself (audience, roles, lifetime).
    Token,
    /// The Exchange Online service principal pointer (`New-ServicePrincipal`).
    ExchangeServicePrincipal,
    /// Mailbox permission (`FullAccess`, `SendAs`).
    MailboxPermission,
    /// The protocol on the mailbox / tenant (IMAP, POP, SMTP AUTH).
    Protocol,
    /// The client (XOAUTH2 string, library, network).
    Client,
}

impl ChainLink {
    /// Every link, in chain order.
    pub const ALL: [ChainLink; 7] = [
        ChainLink::AppRegistration,
        ChainLink::PermissionConsent,
        ChainLink::Token,
        ChainLink::ExchangeServicePrincipal,
        ChainLink::MailboxPermission,
        ChainLink::Protocol,
        ChainLink::Client,
    ];

    /// The link's name for display.
    pub fn title(self) -> Text {
        match self {
            ChainLink::AppRegistration => crate::t!("App registration", "App-Registrierung"),
            ChainLink::PermissionConsent => {
                crate::t!("Permission + consent", "Berechtigung + Zustimmung")
            }
            ChainLink::Token => crate::t!("Token", "Token"),
            ChainLink::ExchangeServicePrincipal => {
                crate::t!("Exchange service principal", "Exchange-Dienstprinzipal")
            }
            ChainLink::MailboxPermission => crate::t!("Mailbox permission", "Postfachberechtigung"),
            ChainLink::Protocol => crate::t!("Protocol", "Protokoll"),
            ChainLink::Client => crate::t!("Client", "Client"),
        }
    }
}

/// A question that tells a cause apart from its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionDef {
    /// Stable key (`sp_registered`, `object_id_passed`, …); the page uses it to offer an answer field.
    pub key: &'static str,
    /// The question.
    pub text: Text,
    /// What the answer would change.
    pub why: Text,
}

/// One checklist step that fixes or verifies a cause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepDef {
    /// Stable key, unique in the catalogue (`exo_new_service_principal`, …): steps shared by several causes appear once in a checklist.
    pub key: &'static str,
    /// The link of the chain the step acts on (orders the checklist).
    pub link: ChainLink,
    /// What to do, where to click or what to run.
    pub action: Text,
    /// How to verify that it worked.
    pub verify: Text,
    /// A command (PowerShell, Graph PowerShell, Azure CLI) with `<PLACEHOLDER>`s, when there is one.
    pub command: Option<&'static str>,
}

/// A cause of failure, with everything the product says about it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cause {
    /// Stable id.
    pub id: CauseId,
    /// Stage in the chain.
    pub stage: Stage,
    /// The link that breaks; `None` for service-side incidents.
    pub link: Option<ChainLink>,
    /// Short title.
    pub title: Text,
    /// One-sentence verdict when this is the top cause.
    pub summary: Text,
    /// Explanation: what is wrong and why it produces the symptom.
    pub explanation: Text,
    /// The signals that point to it (error codes, strings, claims), for the reference page.
    pub signals: &'static [Text],
    /// Questions that tell it apart from its neighbours.
    pub questions: &'static [QuestionDef],
    /// Steps that fix and verify it, in chain order.
    pub steps: &'static [StepDef],
    /// Microsoft documentation it rests on (URLs, never fetched), or a note where a fact is experience, not documented.
    pub docs: &'static [&'static str],
}

/// Stands in for a cause without an entry; a test makes sure every [`CauseId`] has one, so it is never shown.
static MISSING: Cause = Cause {
    id: CauseId::ServiceSideIncident,
    stage: Stage::Service,
    link: None,
    title: crate::t!("Unknown cause", "Unbekannte Ursache"),
    summary: crate::t!("", ""),
    explanation: crate::t!("", ""),
    signals: &[],
    questions: &[],
    steps: &[],
    docs: &[],
};

/// The catalogue entry of a cause (entries are stored in [`CauseId::ALL`] order).
pub fn cause(id: CauseId) -> &'static Cause {
    CAUSES
        .get(id as usize)
        .filter(|c| c.id == id)
        .or_else(|| CAUSES.iter().find(|c| c.id == id))
        .unwrap_or(&MISSING)
}

/// A token claim and what it means for Exchange.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimDef {
    /// Claim name.
    pub name: &'static str,
    /// One line on what it means, Exchange-specific where it matters.
    pub text: Text,
}
