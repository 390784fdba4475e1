//! The error reference: every cause and AADSTS code, filterable, each with a stable link.

use crate::catalogue::{AadstsCode, Cause, CAUSES};
use crate::i18n::Lang;
use crate::ui::state::{filter_reference, Action, RefEntry};
use crate::ui::strings::{self as s, fill};
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
        <li key={c.id.as_str()}>
            <article id={entry.dom_id()} class={classes!("entry", open.then_some("focused"))} tabindex="-1">
                <details {open}>
                    <summary>
                        <span class="entry-title">{ c.title.get(lang) }</span>
                        <code class="entry-id">{ c.id.as_str() }</code>
                    </summary>
                    <div class="entry-body">
                        <p class="summary">{ c.summary.get(lang) }</p>
                        <p>{ c.explanation.get(lang) }</p>
                        if let Some(link) = c.link {
                            <p class="muted">{ s::LINK_LABEL.get(lang) }{ ": " }{ link.title().get(lang) }</p>
                        }
                        if !c.signals.is_empty() {
                            <h3 class="small">{ s::SIGNALS.get(lang) }</h3>
                            <ul>{ for c.signals.iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ul>
                        }
                        if !c.questions.is_empty() {
                            <h3 class="small">{ s::TELL_APART.get(lang) }</h3>
                            <ul>{ for c.questions.iter().map(|q| html! { <li>{ q.text.get(lang) }</li> }) }</ul>
                        }
                        if !c.steps.is_empty() {
                            <h3 class="small">{ s::STEPS.get(lang) }</h3>
                            <ol>
                                { for c.steps.iter().map(|st| html! {
                                    <li>
                                        { st.action.get(lang) }
                                        <p class="verify"><strong>{ s::VERIFY.get(lang) }</strong>{ " " }{ st.verify.get(lang) }</p>
                                        if let Some(cmd) = st.command { <pre class="cmd" tabindex="0"><code>{ cmd }</code></pre> }
                                    </li>
                                }) }
                            </ol>
                        }
                        if !c.docs.is_empty() {
                            <h3 class="small">{ s::DOCS.get(lang) }</h3>
                            <ul class="docs">
                                { for c.docs.iter().map(|d| if d.starts_with("https://") {
                                    html! { <li><a href={*d} rel="noopener noreferrer">{ *d }</a></li> }
                                } else {
                                    html! { <li>{ *d }</li> }
                                }) }
                            </ul>
                        }
                        <p><a class="permalink" href={entry.hash()}>{ s::PERMALINK.get(lang) }{ ": " }<code>{ entry.hash() }</code></a></p>
                    </div>
                </details>
            </article>
        </li>
    }
}

fn code_entry(a: &AadstsCode, lang: Lang, open: bool) -> Html {
    let entry = RefEntry::Aadsts(a.code);
    html! {
        <li key={a.code}>
            <article id={entry.dom_id()} class={classes!("entry", open.then_some("focused"))} tabindex="-1">
                <details {open}>
                    <summary>
                        <span class="entry-title"><code>{ format!("AADSTS{}", a.code) }</code></span>
                        <span class="entry-id">{ a.name() }</span>
                    </summary>
                    <div class="entry-body">
                        <p>{ a.meaning().get(lang) }</p>
                        if !a.causes().is_empty() {
                            <h3 class="small">{ s::POINTS_TO.get(lang) }</h3>
                            <ul>
                                { for a.causes().iter().filter_map(|c| CAUSES.iter().find(|x| x.id == *c)).map(|c| html! {
                                    <li><a href={RefEntry::Cause(c.id).hash()}>{ c.title.get(lang) }</a></li>
                                }) }
                            </ul>
                        }
                        <p><a class="permalink" href={entry.hash()}>{ s::PERMALINK.get(lang) }{ ": " }<code>{ entry.hash() }</code></a></p>
                    </div>
                </details>
            </article>
        </li>
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
        <section class="reference" aria-labelledby="reference-heading">
            <h1 id="reference-heading">{ s::REFERENCE.get(lang) }</h1>
            <p class="muted">{ s::REFERENCE_INTRO.get(lang) }</p>
            <div class="field filter">
                <label for="filter">{ s::FILTER.get(lang) }</label>
                <input id="filter" type="search" value={p.filter.clone()} {oninput}
                    placeholder={s::FILTER_PLACEHOLDER.get(lang)} autocomplete="off" />
            </div>
            <p class="muted" role="status" aria-live="polite">
                { fill(s::MATCHES.get(lang), &[&causes.len().to_string(), &codes.len().to_string()]) }
            </p>
            if causes.is_empty() && codes.is_empty() {
                <p>{ s::NO_MATCH.get(lang) }</p>
            }
            if !causes.is_empty() {
                <h2>{ s::CAUSES.get(lang) }</h2>
                <ul class="entries">
                    { for causes.iter().map(|c| cause_entry(c, lang, p.focus == Some(RefEntry::Cause(c.id)))) }
                </ul>
            }
            if !codes.is_empty() {
                <h2>{ s::AADSTS_CODES.get(lang) }</h2>
                <ul class="entries">
                    { for codes.iter().map(|a| code_entry(a, lang, p.focus == Some(RefEntry::Aadsts(a.code)))) }
                </ul>
            }
        </section>
    }
}
