//! Realistic example inputs for the page's "load example" menu, with the cause each must yield.
//! The tests check every example's top finding, so the menu never shows a wrong verdict.

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
pub static EXAMPLES: &[Example] = &[Example {
    key: "smtp-auth-disabled",
    title: t!("SMTP 5.7.139: SMTP AUTH disabled for the tenant", "SMTP 5.7.139: SMTP AUTH für den Mandanten deaktiviert"),
    text: "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
    expected: CauseId::SmtpAuthDisabledTenant,
}];
