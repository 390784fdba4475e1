//! Turns the rules' question keys and the top findings into catalogue questions.

use super::acc::Acc;
use super::ctx::Ctx;
use super::{Diagnosis, Question};
use crate::catalogue::GeneralQuestion as Ask;
use crate::catalogue::{self, QuestionDef};
use crate::i18n::LocalText;

/// At most this many questions are returned.
const MAX_QUESTIONS: usize = 5;

/// The catalogue question with `key`.
fn lookup(key: &str) -> Option<&'static QuestionDef> {
    catalogue::question(key)
}

/// The hint field of the page that answers a question.
fn answer_field(key: &str) -> Option<&'static str> {
    match Ask::of_key(key)? {
        Ask::ObjectIdPassed => Some("object_id"),
        Ask::Mailbox => Some("mailbox"),
        Ask::ChangedAt => Some("changed_at"),
        _ => None,
    }
}

/// Whether the input or the hints already answer a question.
fn answered(ctx: &Ctx<'_>, key: &str) -> bool {
    match Ask::of_key(key) {
        Some(Ask::ObjectIdPassed) => ctx.hints.object_id.is_some(),
        Some(Ask::Mailbox) => ctx.hints.mailbox.is_some(),
        Some(Ask::ChangedAt) => ctx.changed.is_some(),
        Some(Ask::TokenAvailable) => ctx.access_tokens().next().is_some(),
        Some(Ask::Protocol) => !ctx.protocols.is_empty(),
        _ => false,
    }
}

/// Builds the diagnosis: findings best first, questions most useful first.
pub(crate) fn finish(ctx: &Ctx<'_>, mut acc: Acc) -> Diagnosis {
    let findings = acc.findings();
    let top = findings.first().map_or(0.0, |f| f.confidence);
    if findings.is_empty() {
        acc.ask(0, Ask::PasteMore);
        if ctx.access_tokens().next().is_some() && ctx.protocols.is_empty() {
            acc.ask(1, Ask::Protocol);
        }
    }
    let mut keys: Vec<&'static str> = acc.question_keys();
    // Per-cause questions of the leading findings, when the verdict is not settled.
    if top < 0.9 {
        for f in findings.iter().take(3) {
            for q in catalogue::cause(f.cause).questions {
                if !keys.contains(&q.key) {
                    keys.push(q.key);
                }
            }
        }
    }
    let limit = if top >= 0.9 { 2 } else { MAX_QUESTIONS };
    let mut questions: Vec<Question> = Vec::new();
    for key in keys {
        if questions.len() >= limit {
            break;
        }
        if answered(ctx, key) || questions.iter().any(|q| q.key == key) {
            continue;
        }
        if let Some(def) = lookup(key) {
            questions.push(Question {
                key: def.key.to_string(),
                text: LocalText::from(def.text),
                why: LocalText::from(def.why),
                answer_field: answer_field(key).map(str::to_string),
                command: catalogue::question_command(def.key).map(str::to_string),
            });
        }
    }
    Diagnosis {
        findings,
        questions,
        thin: acc.thin_case(),
    }
}
