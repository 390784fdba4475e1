//! The other findings (expandable) and the questions (with inline answers).

use super::input::{hint_input, HintInputProps};
use super::verdict::{confidence_label, evidence_list};
use crate::analysis::Analysis;
use crate::catalogue::cause;
use crate::i18n::Lang;
use crate::ui::components::{click, flag, tx};
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
        { el!("section", ["aria-labelledby" = "others-heading", "class" = "card"], html! { <>
            { el!("h2", ["id" = "others-heading"], text s::OTHER_FINDINGS, lang) }
            { el!("ol", ["class" = "findings"], html! { <>
                { for a.findings.iter().enumerate().skip(1).map(|(i, f)| {
                    let c = cause(f.cause);
                    let marked = p.selected == Some(i);
                    let on_mark = {
                        let d = p.dispatch.clone();
                        Callback::from(move |_: MouseEvent| d.emit(Action::Select(Some(i))))
                    };
                    html! {
                        { eld!("li", key f.cause.as_str(), ["data-cause" = f.cause.as_str()],
                            eld!("details", ["open" = flag(marked, "open")], html! { <>
                                { el!("summary", [], html! { <>
                                    { el!("span", ["class" = "finding-title"], text c.title, lang) }
                                    { el!("span", ["class" = "conf"], confidence_label(f.confidence, lang)) }
                                </> }) }
                                { el!("div", ["class" = "finding-body"], html! { <>
                                    { el!("p", [], text c.summary, lang) }
                                    { el!("p", [], text c.explanation, lang) }
                                    if !f.evidence.is_empty() {
                                        { el!("h3", ["class" = "small"], text s::EVIDENCE, lang) }
                                        { evidence_list(a, f, lang) }
                                    }
                                    { el!("div", ["class" = "actions"], html! { <>
                                        { eld!("button", ["type" = "button", "aria-pressed" = marked.to_string()], @on click(on_mark),
                                            if marked { tx(s::UNMARK_EVIDENCE, lang) } else { tx(s::MARK_EVIDENCE, lang) }) }
                                        { eld!("a", ["href" = RefEntry::Cause(f.cause).hash()], tx(s::MORE_IN_REFERENCE, lang)) }
                                    </> }) }
                                </> }) }
                            </> })) }
                    }
                }) }
            </> }) }
        </> }) }
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
        { el!("section", ["aria-labelledby" = "questions-heading", "class" = "card"], html! { <>
            { el!("h2", ["id" = "questions-heading"], text s::QUESTIONS, lang) }
            { el!("ul", ["class" = "questions"], html! { <>
                { for a.questions.iter().map(|q| {
                    let field = q.answer_field.as_deref().and_then(HintField::parse);
                    html! {
                        { eld!("li", key q.key.clone(), [], html! { <>
                            { el!("p", ["class" = "question"], q.text.get(lang)) }
                            { el!("p", ["class" = "muted"], q.why.get(lang)) }
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
                        </> }) }
                    }
                }) }
            </> }) }
        </> }) }
    }
}
