//! Collects findings (one per cause, evidence merged) and questions while the rules run.

use super::{EvidenceRef, Finding};
use crate::catalogue::CauseId;
use crate::i18n::LocalText;

/// At most this many evidence references per finding (a long log repeats itself).
const MAX_EVIDENCE: usize = 8;

/// The highest confidence any finding may reach.
const MAX_CONFIDENCE: f32 = 0.99;

/// Evidence for one cause, before sorting.
struct Entry {
    cause: CauseId,
    confidence: f32,
    evidence: Vec<EvidenceRef>,
    order: usize,
}

/// The accumulator of findings and questions.
#[derive(Default)]
pub(crate) struct Acc {
    entries: Vec<Entry>,
    questions: Vec<(u8, &'static str)>,
    /// The kind of thin evidence, when the bare-failure candidates were ranked; it counts as
    /// thin only while no other rule reached [`SETTLED`] ([`Acc::thin_case`]).
    pub(crate) thin: Option<crate::catalogue::priors::Case>,
    /// The highest confidence any rule but the bare-failure candidates added.
    settled_by_rules: f32,
}

/// A confidence at or above which a rule has settled the cause: a bare failure beside it is not
/// thin evidence, and its report is not counted for the priors.
pub(crate) const SETTLED: f32 = 0.6;

/// Builds an evidence reference.
pub(crate) fn ev(artifact: usize, claim: Option<&str>, en: String, de: String) -> EvidenceRef {
    EvidenceRef {
        artifact,
        claim: claim.map(str::to_string),
        why: LocalText::new(en, de),
    }
}

/// An evidence reference to `artifact` giving a catalogue text as the reason.
pub(crate) fn why(artifact: usize, why: &crate::i18n::Text) -> EvidenceRef {
    ev(artifact, None, why.en().into(), why.de().into())
}

impl Acc {
    /// Adds support for `cause` with confidence `confidence` resting on `evidence`.
    ///
    /// Support from several rules raises the confidence a little above the best single rule
    /// (independent evidence agrees), never above [`MAX_CONFIDENCE`].
    pub(crate) fn add(&mut self, cause: CauseId, confidence: f32, evidence: Vec<EvidenceRef>) {
        self.settled_by_rules = self.settled_by_rules.max(confidence);
        self.merge(cause, confidence, evidence);
    }

    /// [`Acc::add`] with one evidence reference, [`ev`]'s: one function out of line for the
    /// rules' sixty such calls, rather than the vector built at each.
    #[inline(never)]
    pub(crate) fn add_ev(
        &mut self,
        cause: CauseId,
        confidence: f32,
        artifact: usize,
        claim: Option<&str>,
        en: String,
        de: String,
    ) {
        self.add(cause, confidence, vec![ev(artifact, claim, en, de)]);
    }

    /// Adds a candidate's share of thin evidence (the bare-failure candidates): like
    /// [`Acc::add`], but it does not count as a rule settling the cause.
    pub(crate) fn add_share(&mut self, cause: CauseId, share: f32, evidence: Vec<EvidenceRef>) {
        self.merge(cause, share, evidence);
    }

    /// The kind of thin evidence, when the bare-failure candidates were ranked and no rule
    /// settled the cause (before or after them).
    pub(crate) fn thin_case(&self) -> Option<crate::catalogue::priors::Case> {
        self.thin.filter(|_| self.settled_by_rules < SETTLED)
    }

    fn merge(&mut self, cause: CauseId, confidence: f32, evidence: Vec<EvidenceRef>) {
        let confidence = confidence.clamp(0.0, MAX_CONFIDENCE);
        let order = self.entries.len();
        let idx = match self.entries.iter().position(|e| e.cause == cause) {
            Some(i) => i,
            None => {
                self.entries.push(Entry {
                    cause,
                    confidence,
                    evidence: Vec::new(),
                    order,
                });
                order
            }
        };
        let Some(e) = self.entries.get_mut(idx) else {
            return;
        };
        // Support already counted (the same reason again, e.g. one error repeated all through a
        // log) does not raise the confidence: only a reason not yet given does.
        let repeated = !evidence.is_empty()
            && evidence
                .iter()
                .all(|r| e.evidence.iter().any(|x| x.why.en == r.why.en));
        if idx != order {
            let hi = e.confidence.max(confidence);
            let lo = e.confidence.min(confidence);
            e.confidence = if repeated {
                hi
            } else {
                (hi + (1.0 - hi) * lo * 0.25).min(MAX_CONFIDENCE)
            };
        }
        for r in evidence {
            if e.evidence.len() >= MAX_EVIDENCE {
                break;
            }
            // The same reason twice (a code in the message and in `error_codes`, one token
            // pasted twice) says nothing new.
            if !e.evidence.iter().any(|x| x.why.en == r.why.en) {
                e.evidence.push(r);
            }
        }
    }

    /// Adds every cause a known text points to, with its weight and reason, resting on
    /// `artifact`, and asks the question it raises.
    pub(crate) fn add_row(&mut self, row: &crate::catalogue::KnownText, artifact: usize) {
        for p in row.causes {
            self.add(p.cause, p.weight(), vec![why(artifact, &p.why)]);
        }
        if let Some((prio, q)) = row.ask {
            self.ask(prio, q);
        }
    }

    /// The causes whose findings rest on an artifact for which `is` holds, with their confidence.
    pub(crate) fn citing(&self, mut is: impl FnMut(usize) -> bool) -> Vec<(CauseId, f32)> {
        self.entries
            .iter()
            .filter(|e| e.evidence.iter().any(|r| is(r.artifact)))
            .map(|e| (e.cause, e.confidence))
            .collect()
    }

    /// The current confidence of `cause` (0 when not found).
    pub(crate) fn conf(&self, cause: CauseId) -> f32 {
        self.entries
            .iter()
            .find(|e| e.cause == cause)
            .map_or(0.0, |e| e.confidence)
    }

    /// The best confidence over all causes (0 when none).
    pub(crate) fn best(&self) -> f32 {
        self.entries
            .iter()
            .map(|e| e.confidence)
            .fold(0.0, f32::max)
    }

    /// The best confidence over the given causes.
    pub(crate) fn best_of(&self, causes: &[CauseId]) -> f32 {
        causes.iter().map(|c| self.conf(*c)).fold(0.0, f32::max)
    }

    /// Lowers `cause` to at most `cap` (other evidence explains the symptom better).
    pub(crate) fn cap(&mut self, cause: CauseId, cap: f32) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.cause == cause) {
            e.confidence = e.confidence.min(cap);
        }
    }

    /// Asks the general question `q` with priority `prio` (lower is asked first).
    pub(crate) fn ask(&mut self, prio: u8, q: crate::catalogue::GeneralQuestion) {
        let key = q.def().key;
        match self.questions.iter_mut().find(|q| q.1 == key) {
            Some(q) => q.0 = q.0.min(prio),
            None => self.questions.push((prio, key)),
        }
    }

    /// The findings, best first (ties keep the order the rules found them in).
    ///
    /// A confidence is the probability that the cause is the one to fix, and one cause is (the
    /// labelled reports have one confirmed cause each): the first finding keeps its support, and
    /// when the others' supports add up to more than what it leaves, they share that rest in
    /// proportion. Without this the second and third findings of a strong first one read as
    /// likely as it (on the reports, findings shown at 40–60 % were right 15–24 % of the time).
    /// The first finding's support is mapped to the share of texts such a first finding was right
    /// on (`catalogue::calibration`), unless it ranks thin evidence.
    pub(crate) fn findings(&self) -> Vec<Finding> {
        let mut v: Vec<&Entry> = self.entries.iter().filter(|e| e.confidence > 0.0).collect();
        crate::order::sort_by_key(&mut v, |e| {
            (crate::order::descending(e.confidence) << 32) | e.order.min(u32::MAX as usize) as u64
        });
        // The first finding's support, as measured (`catalogue::calibration`); a bare
        // failure's candidates are shares counted from the reports already.
        let first = v.first().map_or(0.0, |e| {
            #[cfg(feature = "ablation")]
            if crate::catalogue::ablation::uncalibrated() {
                return e.confidence;
            }
            if self.thin_case().is_some() {
                e.confidence
            } else {
                crate::catalogue::calibration::first_finding(e.confidence, MAX_CONFIDENCE)
            }
        });
        let rest: f32 = v.iter().skip(1).map(|e| e.confidence).sum();
        let share = if rest > 1.0 - first {
            (1.0 - first).max(0.0) / rest
        } else {
            1.0
        };
        v.into_iter()
            .enumerate()
            .map(|(i, e)| {
                let c = if i == 0 { first } else { e.confidence * share };
                Finding {
                    cause: e.cause,
                    confidence: ((c * 100.0).round() / 100.0).max(0.01),
                    evidence: e.evidence.clone(),
                }
            })
            .collect()
    }

    /// The question keys, most useful first.
    pub(crate) fn question_keys(&self) -> Vec<&'static str> {
        let mut q = self.questions.clone();
        crate::order::sort_by_key(&mut q, |(p, _)| u64::from(*p));
        q.into_iter().map(|(_, k)| k).collect()
    }
}
