//! The error reference: every cause and AADSTS code, filterable, each with a stable link.

use crate::catalogue::{AadstsCode, Cause, CAUSES};
use crate::i18n::Lang;
use crate::ui::components::with_class;
use crate::ui::components::{flag, tn, tx, typing};
use crate::ui::state::{filter_reference, Action, RefEntry};
use crate::ui::strings as s;
use yew::prelude::*;

/// Properties of [`reference`].
pub struct ReferenceProps {
    /// UI language.
    pub lang: Lang,
    /// The filter text.
    pub filter: String,
    /// The entry opened by the link, if any.
    pub focus: Option<RefEntry>,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
}

fn cause_entry(c: &Cause, lang: Lang, open: bool) -> Html {
    let entry = RefEntry::Cause(c.id);
    html! {
        { eld!("li", key c.id.as_str(), [], with_class(eld!("article", ["id" = entry.dom_id(), "tabindex" = "-1"],
                eld!("details", ["open" = flag(open, "open")], html! { <>
                    { el!("summary", [], html! { <>
                        { el!("span", ["class" = "entry-title"], text c.title, lang) }
                        { el!("code", ["class" = "entry-id"], c.id.as_str()) }
                    </> }) }
                    { el!("div", ["class" = "entry-body"], html! { <>
                        { el!("p", ["class" = "summary"], text c.summary, lang) }
                        { el!("p", [], text c.explanation, lang) }
                        if let Some(link) = c.link {
                            { el!("p", ["class" = "muted"], html! { <>{ tx(s::LINK_LABEL, lang) }{ tn(": ") }{ tn(link.title().get(lang)) }</> }) }
                        }
                        if !c.signals.is_empty() {
                            { el!("h3", ["class" = "small"], text s::SIGNALS, lang) }
                            { el!("ul", [], html! { <>{ for c.signals.iter().map(|t| el!("li", [], text *t, lang)) }</> }) }
                        }
                        if !c.questions.is_empty() {
                            { el!("h3", ["class" = "small"], text s::TELL_APART, lang) }
                            { el!("ul", [], html! { <>{ for c.questions.iter().map(|q| el!("li", [], text q.text, lang)) }</> }) }
                        }
                        if !c.steps.is_empty() {
                            { el!("h3", ["class" = "small"], text s::STEPS, lang) }
                            { el!("ol", [], html! { <>
                                { for c.steps.iter().map(|st| html! {
                                    { el!("li", [], html! { <>
                                        { tn(st.action.get(lang)) }
                                        { el!("p", ["class" = "verify"], html! { <>{ el!("strong", [], text s::VERIFY, lang) }{ tn(" ") }{ tn(st.verify.get(lang)) }</> }) }
                                        if let Some(cmd) = st.command { { el!("pre", ["tabindex" = "0", "class" = "cmd"], el!("code", [], cmd)) } }
                                    </> }) }
                                }) }
                            </> }) }
                        }
                        if !c.docs.is_empty() {
                            { el!("h3", ["class" = "small"], text s::DOCS, lang) }
                            { el!("ul", ["class" = "docs"], html! { <>
                                { for c.docs.iter().map(|d| if d.starts_with("https://") {
                                    el!("li", [], eld!("a", ["href" = *d, "rel" = "noopener noreferrer"], *d))
                                } else {
                                    el!("li", [], *d)
                                }) }
                            </> }) }
                        }
                        { el!("p", [], eld!("a", ["href" = entry.hash(), "class" = "permalink"], html! { <>{ tx(s::PERMALINK, lang) }{ tn(": ") }{ el!("code", [], entry.hash()) }</> })) }
                    </> }) }
                </> })), &["id", "tabindex", "class"], Some(AttrValue::Static(if open { "entry focused" } else { "entry" })))) }
    }
}

fn code_entry(a: &AadstsCode, lang: Lang, open: bool) -> Html {
    let entry = RefEntry::Aadsts(a.code);
    html! {
        { eld!("li", key a.code, [], with_class(eld!("article", ["id" = entry.dom_id(), "tabindex" = "-1"],
                eld!("details", ["open" = flag(open, "open")], html! { <>
                    { el!("summary", [], html! { <>
                        { el!("span", ["class" = "entry-title"], el!("code", [], format!("AADSTS{}", a.code))) }
                        { el!("span", ["class" = "entry-id"], a.name()) }
                    </> }) }
                    { el!("div", ["class" = "entry-body"], html! { <>
                        { el!("p", [], a.meaning().get(lang)) }
                        if !a.causes().is_empty() {
                            { el!("h3", ["class" = "small"], text s::POINTS_TO, lang) }
                            { el!("ul", [], html! { <>
                                { for a.causes().iter().filter_map(|c| CAUSES.iter().find(|x| x.id == *c)).map(|c| html! {
                                    { el!("li", [], eld!("a", ["href" = RefEntry::Cause(c.id).hash()], tn(c.title.get(lang)))) }
                                }) }
                            </> }) }
                        }
                        { el!("p", [], eld!("a", ["href" = entry.hash(), "class" = "permalink"], html! { <>{ tx(s::PERMALINK, lang) }{ tn(": ") }{ el!("code", [], entry.hash()) }</> })) }
                    </> }) }
                </> })), &["id", "tabindex", "class"], Some(AttrValue::Static(if open { "entry focused" } else { "entry" })))) }
    }
}

/// The reference page (a plain function the app calls, not a component of its own: a
/// component's lifecycle code would cost the page about a third of a KiB).
pub fn reference(p: &ReferenceProps) -> Html {
    let lang = p.lang;
    // A deep link shows its entry even when the filter would hide it.
    let (causes, codes) = filter_reference(if p.focus.is_some() { "" } else { &p.filter });
    let oninput = {
        let d = p.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            d.emit(Action::SetFilter(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            ))
        })
    };
    html! {
        { el!("section", ["aria-labelledby" = "reference-heading", "class" = "reference"], html! { <>
            { el!("h1", ["id" = "reference-heading"], text s::REFERENCE, lang) }
            { el!("p", ["class" = "muted"], text s::REFERENCE_INTRO, lang) }
            { el!("div", ["class" = "field filter"], html! { <>
                { el!("label", ["for" = "filter"], text s::FILTER, lang) }
                { eld!("input", value p.filter.clone(), ["id" = "filter", "type" = "search",
                    "placeholder" = s::FILTER_PLACEHOLDER.get(lang), "autocomplete" = "off"], @on typing(oninput)) }
            </> }) }
            { el!("p", ["role" = "status", "aria-live" = "polite", "class" = "muted"], s::fill_in(s::MATCHES, lang, &[&causes.len().to_string(), &codes.len().to_string()])) }
            if causes.is_empty() && codes.is_empty() {
                { el!("p", [], text s::NO_MATCH, lang) }
            }
            if !causes.is_empty() {
                { el!("h2", [], text s::CAUSES, lang) }
                { el!("ul", ["class" = "entries"], html! { <>
                    { for causes.iter().map(|c| cause_entry(c, lang, p.focus == Some(RefEntry::Cause(c.id)))) }
                </> }) }
            }
            if !codes.is_empty() {
                { el!("h2", [], text s::AADSTS_CODES, lang) }
                { el!("ul", ["class" = "entries"], html! { <>
                    { for codes.iter().map(|a| code_entry(a, lang, p.focus == Some(RefEntry::Aadsts(a.code)))) }
                </> }) }
            }
        </> }) }
    }
}
