//! The other findings (expandable) and the questions (with inline answers).

use super::input::{hint_input, HintInputProps};
use super::verdict::{confidence_label, evidence_list};
use crate::analysis::Analysis;
use crate::catalogue::cause;
use crate::i18n::Lang;
use crate::ui::state::{Action, HintField, HintInputs, RefEntry, Shared};
use crate::ui::strings as s;
use yew::prelude::*;

/// Properties of [`OtherFindings`].
#[derive(Clone, PartialEq)]
pub struct OtherFindingsProps {
    /// UI language.
    pub lang: Lang,
    /// The analysis.
    pub analysis: Shared<Analysis>,
    /// Marked finding.
    pub selected: Option<usize>,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
}

/// Findings after the first, ranked, each in a `<details>`.
pub fn other_findings(p: &OtherFindingsProps) -> Html {
    let lang = p.lang;
    let a = &*p.analysis;
    if a.findings.len() < 2 {
        return html! {};
    }
    html! {
        <section class="card" aria-labelledby="others-heading">
            <h2 id="others-heading">{ s::OTHER_FINDINGS.get(lang) }</h2>
            <ol class="findings">
                { for a.findings.iter().enumerate().skip(1).map(|(i, f)| {
                    let c = cause(f.cause);
                    let marked = p.selected == Some(i);
                    let on_mark = {
                        let d = p.dispatch.clone();
                        Callback::from(move |_: MouseEvent| d.emit(Action::Select(Some(i))))
                    };
                    html! {
                        <li key={f.cause.as_str()} data-cause={f.cause.as_str()}>
                            <details open={marked}>
                                <summary>
                                    <span class="finding-title">{ c.title.get(lang) }</span>
                                    <span class="conf">{ confidence_label(f.confidence, lang) }</span>
                                </summary>
                                <div class="finding-body">
                                    <p>{ c.summary.get(lang) }</p>
                                    <p>{ c.explanation.get(lang) }</p>
                                    if !f.evidence.is_empty() {
                                        <h3 class="small">{ s::EVIDENCE.get(lang) }</h3>
                                        { evidence_list(a, f, lang) }
                                    }
                                    <div class="actions">
                                        <button type="button" aria-pressed={marked.to_string()} onclick={on_mark}>
                                            { if marked { s::UNMARK_EVIDENCE.get(lang) } else { s::MARK_EVIDENCE.get(lang) } }
                                        </button>
                                        <a href={RefEntry::Cause(f.cause).hash()}>{ s::MORE_IN_REFERENCE.get(lang) }</a>
                                    </div>
                                </div>
                            </details>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// Properties of [`Questions`].
#[derive(Clone, PartialEq)]
pub struct QuestionsProps {
    /// UI language.
    pub lang: Lang,
    /// The analysis.
    pub analysis: Shared<Analysis>,
    /// The hint fields.
    pub hints: HintInputs,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
}

/// Questions as questions, with the answer field inline where the page can take the answer.
pub fn questions(p: &QuestionsProps) -> Html {
    let lang = p.lang;
    let a = &*p.analysis;
    if a.questions.is_empty() {
        return html! {};
    }
    html! {
        <section class="card" aria-labelledby="questions-heading">
            <h2 id="questions-heading">{ s::QUESTIONS.get(lang) }</h2>
            <ul class="questions">
                { for a.questions.iter().map(|q| {
                    let field = q.answer_field.as_deref().and_then(HintField::parse);
                    html! {
                        <li key={q.key.clone()}>
                            <p class="question">{ q.text.get(lang) }</p>
                            <p class="muted">{ q.why.get(lang) }</p>
                            if let Some(command) = &q.command {
                                { super::readback::question_command(lang, &q.key, command, &p.dispatch) }
                            }
                            if let Some(field) = field {
                                { hint_input(&HintInputProps {
                                    field,
                                    value: p.hints.get(field).to_string(),
                                    id: format!("q-{}", field.dom_id()).into(),
                                    label: s::ANSWER.get(lang).into(),
                                    help: None,
                                    error: p.hints.error(field).map(|e| AttrValue::from(e.message(lang))),
                                    dispatch: p.dispatch.clone(),
                                }) }
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
