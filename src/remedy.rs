//! Remedy: a checklist along the chain and a PowerShell script with the admin's own IDs.
//!
//! The checklist takes the catalogue steps of the ranked findings, once each, in chain order, with
//! the values known from the evidence filled into their commands. The script registers the
//! service principal in Exchange Online, grants the mailbox permission, switches the protocol on,
//! and verifies, each step only when a finding calls for it and only when it is not done yet.
//! Every value is validated and written as a single-quoted literal; what the evidence does not
//! show stays a marked placeholder, and the script refuses to change anything until it is filled.

use crate::catalogue::{CauseId, ChainLink, StepDef, CAUSES};
use crate::evidence::{Artifact, Cloud};
use crate::i18n::{Lang, LocalText};
use crate::options::Hints;
use crate::rules::{Finding, Question};
use serde::Serialize;

mod checklist;
mod client;
mod collect;
pub mod quote;
mod script;
mod values;

pub use client::CLIENT_CAUSES;
pub use collect::{
    evidence_script, render as render_evidence_script, EvidenceValues, EVIDENCE_FILE,
};

/// One checklist step, tailored to the findings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChecklistItem {
    /// Stable step key from the catalogue.
    pub key: String,
    /// The link of the chain it acts on.
    pub link: ChainLink,
    /// The causes it addresses.
    pub causes: Vec<CauseId>,
    /// What to do.
    pub action: LocalText,
    /// How to verify it.
    pub verify: LocalText,
    /// The command with the values known from the evidence filled in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
}

/// What the client (the application that signs in) has to send, for the causes that sit there.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClientFix {
    /// The client-side causes among the findings.
    pub causes: Vec<CauseId>,
    /// The cloud the evidence shows.
    pub cloud: Cloud,
    /// Whether the evidence shows a delegated (user) token rather than client credentials.
    pub delegated: bool,
    /// The v2 token endpoint for the tenant and cloud (`<TENANT-ID>` when the tenant is unknown).
    pub token_endpoint: String,
    /// The scope to request (`https://outlook.office365.com/.default` for client credentials).
    pub scope: String,
    /// The OAuth grant type (`client_credentials`, or `authorization_code` for a user flow).
    pub grant_type: String,
    /// The application (client) id, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The mailbox for the XOAUTH2 `user=` field, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub xoauth2_user: Option<String>,
    /// The XOAUTH2 SASL format.
    pub xoauth2_format: String,
    /// Mail hosts with ports for the protocols in the evidence (all three when none is shown).
    pub hosts: Vec<String>,
    /// `false` when the scope or hosts are inferred from host names rather than documented by
    /// Microsoft (sovereign clouds).
    pub documented: bool,
}

/// The remedy for a diagnosis.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Remedy {
    /// Steps in chain order.
    pub checklist: Vec<ChecklistItem>,
    /// The PowerShell script (comments in the requested language).
    pub powershell: String,
    /// The script in both languages.
    #[serde(skip)]
    pub scripts: LocalText,
    /// The client-side fix, when a client cause is among the findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_fix: Option<ClientFix>,
    /// Values seen in the evidence that failed validation and were left as placeholders.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<LocalText>,
}

/// The catalogue steps of a cause (none when the catalogue has no entry for it).
fn catalogue_steps(id: CauseId) -> &'static [StepDef] {
    CAUSES
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.steps)
        .unwrap_or(&[])
}

/// The script as the contents of a `.ps1` file to download: with a UTF-8 byte order mark, so
/// Windows PowerShell 5.1 reads the comments and messages (umlauts) as UTF-8 rather than as the
/// ANSI code page. (Values are pure ASCII either way.)
pub fn ps1_file(script: &str) -> String {
    format!("\u{FEFF}{script}")
}

/// Fills the values the evidence gives into the commands of the questions, quoted as in the
/// checklist (single-quoted literals; what is not known stays a `<PLACEHOLDER>`), for the cloud
/// the evidence shows.
pub fn fill_question_commands(
    questions: &mut [Question],
    findings: &[Finding],
    artifacts: &[Artifact],
    hints: &Hints,
) {
    if questions.iter().all(|q| q.command.is_none()) {
        return;
    }
    let causes: Vec<CauseId> = findings.iter().map(|f| f.cause).collect();
    let values = values::collect(artifacts, hints, &causes);
    for q in questions {
        if let Some(c) = &q.command {
            q.command = Some(checklist::fill_placeholders(
                &checklist::for_cloud(c, values.cloud),
                &values,
            ));
        }
    }
}

/// Builds the checklist and the PowerShell script for the ranked findings.
pub fn remedy(findings: &[Finding], artifacts: &[Artifact], hints: &Hints, lang: Lang) -> Remedy {
    let causes: Vec<CauseId> = findings.iter().map(|f| f.cause).collect();
    let values = values::collect(artifacts, hints, &causes);
    let checklist = checklist::build(findings, catalogue_steps, &values);
    let client_fix = client::client_fix(findings, &values);
    let render = |l: Lang| script::render(findings, &values, client_fix.as_ref(), l);
    let scripts = LocalText::new(render(Lang::En), render(Lang::De));
    let powershell = scripts.get(lang).to_string();
    let warnings = script::warnings(&values);
    Remedy {
        checklist,
        powershell,
        scripts,
        client_fix,
        warnings,
    }
}
