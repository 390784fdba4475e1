//! The verdict: top cause, its one-sentence summary, confidence and evidence.

use crate::analysis::Analysis;
use crate::catalogue::cause;
use crate::i18n::Lang;
use crate::rules::Finding;
use crate::ui::components::with_class;
use crate::ui::components::{click, tn, tx};
use crate::ui::state::{Action, RefEntry, Shared};
use crate::ui::strings as s;
use yew::prelude::*;

/// Confidence as a word.
pub fn confidence_word(c: f32) -> crate::i18n::Text {
    if c >= 0.8 {
        s::CONF_HIGH
    } else if c >= 0.5 {
        s::CONF_MEDIUM
    } else {
        s::CONF_LOW
    }
}

/// Confidence as "85 % (high)".
pub fn confidence_label(c: f32, lang: Lang) -> String {
    format!(
        "{} % ({})",
        crate::redact::percent(c),
        confidence_word(c).get(lang)
    )
}

/// The evidence list of a finding.
pub fn evidence_list(a: &Analysis, f: &Finding, lang: Lang) -> Html {
    html! {
        { el!("ul", ["class" = "evidence-list"], html! { <>
            { for f.evidence.iter().map(|e| {
                let line = a.artifacts.get(e.artifact).map(|x| x.line).unwrap_or(0);
                html! {
                    { el!("li", [], html! { <>
                        { el!("span", ["class" = "where"], html! { <>
                            { s::fill_in(s::LINE_N, lang, &[&line.to_string()]) }
                            if let Some(c) = &e.claim { { tn(", ") }{ s::fill_in(s::CLAIM_N, lang, &[c]) } }
                        </> }) }
                        { tn(" ") }{ crate::safe_text::page_text(e.why.get(lang)).into_owned() }
                    </> }) }
                }
            }) }
        </> }) }
    }
}

/// Properties of [`Verdict`].
#[derive(Clone, PartialEq)]
pub struct VerdictProps {
    /// UI language.
    pub lang: Lang,
    /// The analysis.
    pub analysis: Shared<Analysis>,
    /// Marked finding.
    pub selected: Option<usize>,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
}

/// The verdict card.
pub fn verdict(p: &VerdictProps) -> Html {
    let lang = p.lang;
    let a = &*p.analysis;
    let Some(top) = a.findings.first() else {
        return html! {
            { el!("section", ["aria-labelledby" = "verdict-heading", "class" = "card verdict none"], html! { <>
                { el!("h2", ["id" = "verdict-heading", "class" = "eyebrow"], text s::VERDICT, lang) }
                { el!("p", ["class" = "cause-title"], text s::VERDICT_NONE, lang) }
                { el!("p", [], text s::VERDICT_NONE_BODY, lang) }
            </> }) }
        };
    };
    let c = cause(top.cause);
    let marked = p.selected == Some(0);
    let on_mark = {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Select(Some(0))))
    };
    let level = confidence_word(top.confidence).en();
    let pct = crate::redact::percent(top.confidence).to_string();
    let class = AttrValue::from(format!("card verdict conf-{level}"));
    let node = html! {
        { eld!("section", ["aria-labelledby" = "verdict-heading", "data-cause" = top.cause.as_str()], html! { <>
            { el!("h2", ["id" = "verdict-heading", "class" = "eyebrow"], text s::VERDICT, lang) }
            { el!("p", ["id" = "top-cause", "class" = "cause-title"], text c.title, lang) }
            { el!("p", ["class" = "summary"], text c.summary, lang) }
            { el!("div", ["class" = "confidence"], html! { <>
                { el!("span", [], html! { <>{ tx(s::CONFIDENCE, lang) }{ tn(": ") }{ el!("strong", [], confidence_label(top.confidence, lang)) }</> }) }
                { el!("svg", ["viewBox" = "0 0 100 8", "preserveAspectRatio" = "none", "aria-hidden" = "true", "focusable" = "false", "class" = "meter"], html! { <>
                    { el!("rect", ["x" = "0", "y" = "0", "width" = "100", "height" = "8", "rx" = "4", "class" = "track"]) }
                    { eld!("rect", ["x" = "0", "y" = "0", "width" = pct, "height" = "8", "rx" = "4", "class" = "fill"], ::yew::virtual_dom::VNode::default()) }
                </> }) }
            </> }) }
            if !top.evidence.is_empty() {
                { el!("h3", ["class" = "small"], text s::EVIDENCE, lang) }
                { evidence_list(a, top, lang) }
            }
            { el!("div", ["class" = "actions"], html! { <>
                { eld!("button", ["type" = "button", "aria-pressed" = marked.to_string()], @on click(on_mark),
                    if marked { tx(s::UNMARK_EVIDENCE, lang) } else { tx(s::MARK_EVIDENCE, lang) }) }
                { eld!("a", ["href" = RefEntry::Cause(top.cause).hash()], tx(s::MORE_IN_REFERENCE, lang)) }
            </> }) }
        </> }) }
    };
    with_class(
        node,
        &["aria-labelledby", "data-cause", "class"],
        Some(class),
    )
}
