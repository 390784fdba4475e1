//! The whole pipeline in one call: scan → diagnose → remedy.

use crate::evidence::Artifact;
use crate::i18n::Lang;
use crate::i18n::LocalText;
use crate::remedy::{remedy, ChecklistItem, ClientFix};
use crate::rules::{diagnose, Finding, Question};
use crate::scan::scan;
use serde::Serialize;

/// What the user can tell that no log shows (the page's small fields, the CLI's options).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Hints {
    /// The object id passed to `New-ServicePrincipal -ObjectId/-ServiceId`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_id: Option<String>,
    /// The mailbox the service opens or sends as.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailbox: Option<String>,
    /// When the last permission change was made (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changed_at: Option<i64>,
}

/// Options of an analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// "Now" in Unix seconds (token expiry is judged against it).
    pub now: i64,
    /// Language of the generated script comments.
    pub lang: Lang,
    /// What the user told us.
    pub hints: Hints,
}

/// The result of analysing a pasted text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Analysis {
    /// Everything found and decoded, ordered by position.
    pub artifacts: Vec<Artifact>,
    /// Causes, best first.
    pub findings: Vec<Finding>,
    /// Questions whose answers would sharpen the verdict.
    pub questions: Vec<Question>,
    /// Steps along the chain.
    pub checklist: Vec<ChecklistItem>,
    /// The fix script.
    pub powershell: String,
    /// What the client application has to send, when a client-side cause is among the findings.
    pub client_fix: Option<ClientFix>,
    /// Values seen in the evidence that failed validation and stayed placeholders in the script.
    pub warnings: Vec<LocalText>,
}

/// Analyses `input`: never panics, whatever the bytes.
pub fn analyze(input: &str, opts: &Options) -> Analysis {
    let artifacts = scan(input, opts.now);
    let diagnosis = diagnose(&artifacts, &opts.hints, opts.now);
    let remedy = remedy(&diagnosis.findings, &artifacts, &opts.hints, opts.lang);
    Analysis {
        artifacts,
        findings: diagnosis.findings,
        questions: diagnosis.questions,
        checklist: remedy.checklist,
        powershell: remedy.powershell,
        client_fix: remedy.client_fix,
        warnings: remedy.warnings,
    }
}
