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
    let aside = told_aside(artifacts);
    let kept: std::borrow::Cow<'_, [Artifact]> = if aside.is_empty() {
        std::borrow::Cow::Borrowed(artifacts)
    } else {
        artifacts
            .iter()
            .filter(|a| !aside.contains(&a.id))
            .cloned()
            .collect()
    };
    let mut ctx = ctx::Ctx::new(&kept, hints, now);
    ctx.oauth_history = !aside.is_empty();
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

/// The `AADSTS` errors that are history beside a later failure: told fixed, earlier, absent or
/// another's (`AadstsError::told_aside`), or followed by a token the paste shows issued (a token
/// response or an access token after it). Set aside where the paste shows a later failure of
/// another kind or code that is not itself set aside: the rules do not read them (their causes
/// are history), they read the later failure. Such an error with no failure after it is read as
/// before.
fn told_aside(arts: &[Artifact]) -> Vec<usize> {
    use crate::evidence::ArtifactKind;
    let told = |a: &Artifact| match &a.kind {
        ArtifactKind::Aadsts(e) if e.told_aside && a.repeats.is_none() => Some(e.code),
        _ => None,
    };
    let issued = |a: &Artifact| match &a.kind {
        ArtifactKind::TokenResponse { .. } => true,
        ArtifactKind::Jwt(j) => !j.id_token,
        _ => false,
    };
    let mut aside = Vec::new();
    for (i, a) in arts.iter().enumerate() {
        let code = match (&a.kind, told(a)) {
            (_, Some(code)) => code,
            (ArtifactKind::Aadsts(e), None) if a.repeats.is_none() => {
                // A token issued after it: the error is history.
                let after = arts.get(i + 1..).unwrap_or_default();
                match after.iter().position(issued) {
                    Some(k) if after[k + 1..].iter().any(ctx::is_mail_failure) => e.code,
                    _ => continue,
                }
            }
            _ => continue,
        };
        let later = arts.get(i + 1..).unwrap_or_default().iter().any(|b| {
            ctx::is_any_failure(b)
                && told(b).is_none()
                && !matches!(&b.kind, ArtifactKind::Aadsts(e) if e.code == code)
        });
        if later {
            aside.push(a.id);
        }
    }
    // A client's or the token endpoint's words for the same error, on its line, are history too.
    let lines: Vec<usize> = aside
        .iter()
        .filter_map(|&id| arts.iter().find(|a| a.id == id).map(|a| a.line))
        .collect();
    for a in arts {
        let words = matches!(
            a.kind,
            ArtifactKind::ClientError { .. } | ArtifactKind::TokenError(_)
        );
        if words && lines.contains(&a.line) && !aside.contains(&a.id) {
            aside.push(a.id);
        }
    }
    crate::order::sort_by_key(&mut aside, |&id| id as u64);
    aside
}

/// What a [`Diagnoser`] diagnoses, owned by it.
struct Facts {
    /// The artifacts the rules read.
    artifacts: Vec<Artifact>,
    /// The artifacts set aside ([`told_aside`]), given back with the others.
    aside: Vec<Artifact>,
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
    pub fn new(mut artifacts: Vec<Artifact>, hints: &Hints, now: i64) -> Self {
        let ids = told_aside(&artifacts);
        let mut aside = Vec::new();
        if !ids.is_empty() {
            let (out, kept): (Vec<Artifact>, Vec<Artifact>) =
                artifacts.into_iter().partition(|a| ids.contains(&a.id));
            aside = out;
            artifacts = kept;
        }
        let facts = Facts {
            artifacts,
            aside,
            hints: hints.clone(),
            now,
        };
        Diagnoser(FactsAndRun::new(facts, |f| {
            let mut ctx = ctx::Ctx::new(&f.artifacts, &f.hints, f.now);
            ctx.oauth_history = !f.aside.is_empty();
            Running {
                ctx,
                acc: acc::Acc::default(),
                next: 0,
            }
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
        let Facts {
            mut artifacts,
            aside,
            ..
        } = self.0.into_owner();
        // Back in their places: ids are positions.
        for a in aside {
            let at = a.id.min(artifacts.len());
            artifacts.insert(at, a);
        }
        (artifacts, diagnosis)
    }
}

#[cfg(test)]
mod tests;
