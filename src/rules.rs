//! Diagnosis: from evidence to ranked findings and questions.

use crate::catalogue::CauseId;
use crate::evidence::Artifact;
use crate::i18n::LocalText;
use crate::options::Hints;
use serde::Serialize;

mod acc;
mod client;
mod ctx;
mod entra;
mod exchange;
mod mail;
mod questions;
mod readback;
mod token;

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
    /// The command whose output answers it (PowerShell or Azure CLI), with the values the
    /// evidence gives filled in; its output, pasted, is read back as evidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
}

/// The diagnosis of a set of artifacts.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Diagnosis {
    /// Findings, best first.
    pub findings: Vec<Finding>,
    /// Questions, most useful first.
    pub questions: Vec<Question>,
    /// The kind of thin evidence, when a bare authentication failure is all the paste settles:
    /// the key its candidates were ranked by (`catalogue::priors`).
    #[serde(skip)]
    pub thin: Option<crate::catalogue::priors::Case>,
}

/// Whether a decoded token cannot be one that Exchange Online accepts, whatever its claims say:
/// it is unsigned (`alg: none`), or its `iss` names a token service other than Entra ID (the
/// worldwide or a national cloud's `sts`/`login` host). Such a token proves no link of the chain.
pub fn token_untrusted(t: &crate::evidence::JwtToken) -> bool {
    token::untrusted(t).is_some()
}

/// Diagnoses the artifacts (with the user's hints) at time `now` (Unix seconds).
///
/// Every rule adds support for causes with a calibrated confidence and the evidence it rests on;
/// support for the same cause is merged into one finding. Questions are asked where the evidence
/// is thin, most useful first. Never panics and never returns an empty diagnosis: with nothing
/// recognisable it asks for more input.
pub fn diagnose(artifacts: &[Artifact], hints: &Hints, now: i64) -> Diagnosis {
    let ctx = ctx::Ctx::new(artifacts, hints, now);
    let mut acc = acc::Acc::default();
    for rules in RULES {
        rules(&ctx, &mut acc);
    }
    questions::finish(&ctx, acc)
}

/// The groups of rules, in the order they run (later ones read what earlier ones found).
const RULES: [fn(&ctx::Ctx<'_>, &mut acc::Acc); 7] = [
    entra::run,
    token::run,
    exchange::run,
    mail::run,
    client::run,
    mail::run_late,
    readback::run,
];

/// What a [`Diagnoser`] diagnoses, owned by it.
struct Facts {
    artifacts: Vec<Artifact>,
    hints: Hints,
    now: i64,
}

/// A diagnosis under way: the rules' view of the facts, the support found so far, and the
/// next group of rules.
struct Running<'a> {
    ctx: ctx::Ctx<'a>,
    acc: acc::Acc,
    next: usize,
}

self_cell::self_cell!(
    /// [`Facts`] and the diagnosis running over them.
    struct FactsAndRun {
        owner: Facts,

        #[not_covariant]
        dependent: Running,
    }
);

/// A diagnosis in steps, for a page that must stay responsive on a long log: [`Diagnoser::new`]
/// builds the rules' view of the artifacts, each [`Diagnoser::step`] runs one group of rules,
/// and [`Diagnoser::finish`] ranks. The result is what [`diagnose`] gives.
pub struct Diagnoser(FactsAndRun);

impl Diagnoser {
    /// Takes the artifacts (given back by [`Diagnoser::finish`]) and builds the rules' view.
    pub fn new(artifacts: Vec<Artifact>, hints: &Hints, now: i64) -> Self {
        let facts = Facts {
            artifacts,
            hints: hints.clone(),
            now,
        };
        Diagnoser(FactsAndRun::new(facts, |f| Running {
            ctx: ctx::Ctx::new(&f.artifacts, &f.hints, f.now),
            acc: acc::Acc::default(),
            next: 0,
        }))
    }

    /// Runs the next group of rules. Returns true when all have run.
    pub fn step(&mut self) -> bool {
        self.0.with_dependent_mut(|_, run| {
            if let Some(rules) = RULES.get(run.next) {
                rules(&run.ctx, &mut run.acc);
                run.next += 1;
            }
            run.next >= RULES.len()
        })
    }

    /// Groups of rules run so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        self.0.with_dependent(|_, run| (run.next, RULES.len()))
    }

    /// Runs the groups left, ranks, and returns the artifacts with their diagnosis.
    pub fn finish(mut self) -> (Vec<Artifact>, Diagnosis) {
        while !self.step() {}
        let diagnosis = self
            .0
            .with_dependent_mut(|_, run| questions::finish(&run.ctx, std::mem::take(&mut run.acc)));
        (self.0.into_owner().artifacts, diagnosis)
    }
}

#[cfg(test)]
mod tests;
