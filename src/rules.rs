//! Diagnosis: from evidence to ranked findings and questions.

use crate::catalogue::CauseId;
use crate::evidence::Artifact;
use crate::i18n::LocalText;
use crate::analysis::Hints;
use serde::Serialize;

/// A reference from a finding to the evidence it rests on.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EvidenceRef {
    /// The artifact id.
    pub artifact: usize,
    /// The claim of a token artifact this rests on (`aud`, `roles`, …), when it is one claim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<String>,
    /// Why this evidence supports the finding.
    pub why: LocalText,
}

/// A cause the evidence points to.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// The cause.
    pub cause: CauseId,
    /// Calibrated confidence 0..1: near 1 when a code states the cause, low for a guess.
    pub confidence: f32,
    /// The evidence it rests on.
    pub evidence: Vec<EvidenceRef>,
}

/// A question whose answer would change the verdict.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Question {
    /// Stable key (the catalogue's question key, or a rule's own).
    pub key: String,
    /// The question.
    pub text: LocalText,
    /// What the answer would change.
    pub why: LocalText,
    /// The hint field that answers it in the page, when there is one (`object_id`, `mailbox`, `changed_at`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_field: Option<String>,
}

/// The diagnosis of a set of artifacts.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Diagnosis {
    /// Findings, best first.
    pub findings: Vec<Finding>,
    /// Questions, most useful first.
    pub questions: Vec<Question>,
}

/// Diagnoses the artifacts (with the user's hints) at time `now` (Unix seconds).
pub fn diagnose(artifacts: &[Artifact], hints: &Hints, now: i64) -> Diagnosis {
    let _ = (artifacts, hints, now);
    Diagnosis::default()
}
