//! Checklist, PowerShell script and client-side fix.

use crate::analysis::Analysis;
use crate::i18n::Lang;
use crate::remedy::ChecklistItem;
use crate::ui::platform;
use crate::ui::state::{Action, Notice, Shared};
use crate::ui::strings::{self as s, fill};
use yew::prelude::*;

fn step(
    item: &ChecklistItem,
    i: usize,
    lang: Lang,
    ticked: bool,
    dispatch: &Callback<Action>,
) -> Html {
    let key = item.key.clone();
    let id = format!("step-{i}");
    let onchange = {
        let d = dispatch.clone();
        Callback::from(move |_: Event| d.emit(Action::ToggleStep(key.clone())))
    };
    html! {
        <li key={item.key.clone()} class={classes!("step", ticked.then_some("done"))}>
            <input type="checkbox" id={id.clone()} checked={ticked} {onchange} />
            <div>
                <label for={id}>{ item.action.get(lang) }</label>
                <p class="verify"><strong>{ s::VERIFY.get(lang) }</strong>{ " " }{ item.verify.get(lang) }</p>
                if let Some(cmd) = &item.command {
                    <pre class="cmd" tabindex="0"><code>{ cmd }</code></pre>
                }
            </div>
        </li>
    }
}

/// Properties of [`Checklist`].
#[derive(Clone, PartialEq)]
pub struct ChecklistProps {
    /// UI language.
    pub lang: Lang,
    /// The analysis.
    pub analysis: Shared<Analysis>,
    /// Ticked step keys.
    pub ticked: Shared<Vec<String>>,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
}

/// The tickable checklist along the chain.
pub fn checklist(p: &ChecklistProps) -> Html {
    let lang = p.lang;
    let items: Vec<&ChecklistItem> = p.analysis.checklist.iter().collect();
    if items.is_empty() {
        return html! {};
    }
    let done = items.iter().filter(|c| p.ticked.contains(&c.key)).count();
    html! {
        <section class="card checklist print" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{ s::CHECKLIST.get(lang) }</h2>
            <p class="muted" aria-live="polite">{ fill(s::CHECKLIST_PROGRESS.get(lang), &[&done.to_string(), &items.len().to_string()]) }</p>
            <ol class="steps">
                { for items.iter().enumerate().map(|(i, c)| step(c, i, lang, p.ticked.contains(&c.key), &p.dispatch)) }
            </ol>
        </section>
    }
}

/// Properties of [`client_fix`].
#[derive(Clone, PartialEq)]
pub struct ClientFixProps {
    /// UI language.
    pub lang: Lang,
    /// The analysis.
    pub analysis: Shared<Analysis>,
}

/// What the client application has to send (scope, endpoint, XOAUTH2 format, hosts), when a
/// client-side cause is among the findings.
pub fn client_fix(p: &ClientFixProps) -> Html {
    let lang = p.lang;
    let Some(fix) = &p.analysis.client_fix else {
        return html! {};
    };
    let row = |label: &crate::i18n::Text, value: &str| {
        html! { <tr><th scope="row">{ label.get(lang) }</th><td><code>{ value.to_string() }</code></td></tr> }
    };
    html! {
        <section class="card print" aria-labelledby="client-heading">
            <h2 id="client-heading">{ s::CLIENT_FIX.get(lang) }</h2>
            <p class="muted">{ s::CLIENT_FIX_INTRO.get(lang) }</p>
            <div class="table-wrap">
                <table class="claims client">
                    <tbody>
                        { row(&s::TOKEN_ENDPOINT, &fix.token_endpoint) }
                        { row(&s::SCOPE, &fix.scope) }
                        { row(&s::GRANT_TYPE, &fix.grant_type) }
                        if let Some(id) = &fix.client_id { { row(&s::CLIENT_ID, id) } }
                        if let Some(user) = &fix.xoauth2_user { { row(&s::XOAUTH2_USER_ROW, user) } }
                        { row(&s::XOAUTH2_FORMAT, &fix.xoauth2_format) }
                        if !fix.hosts.is_empty() { { row(&s::HOSTS, &fix.hosts.join(", ")) } }
                    </tbody>
                </table>
            </div>
            if !fix.documented {
                <p class="muted">{ s::UNDOCUMENTED.get(lang) }</p>
            }
        </section>
    }
}

/// Properties of [`Script`].
#[derive(Clone, PartialEq)]
pub struct ScriptProps {
    /// UI language.
    pub lang: Lang,
    /// The script.
    pub script: AttrValue,
    /// Values that failed validation and stayed placeholders.
    pub warnings: Vec<crate::i18n::LocalText>,
    /// The last notice.
    pub notice: Option<Notice>,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
}

/// The PowerShell script with copy and download.
pub fn script(p: &ScriptProps) -> Html {
    let lang = p.lang;
    if p.script.is_empty() {
        return html! {};
    }
    let on_copy = {
        let d = p.dispatch.clone();
        let script = p.script.clone();
        Callback::from(move |_: MouseEvent| {
            let d = d.clone();
            platform::copy_text(&script, move |ok| {
                d.emit(Action::Notify(Some(if ok {
                    Notice::ScriptCopied
                } else {
                    Notice::CopyFailed
                })))
            });
        })
    };
    let on_download = {
        let script = p.script.clone();
        Callback::from(move |_: MouseEvent| {
            platform::download(s::SCRIPT_FILE, "text/plain;charset=utf-8", &script)
        })
    };
    let message = match p.notice {
        Some(Notice::ScriptCopied) => Some(s::COPIED.get(lang)),
        Some(Notice::CopyFailed) => Some(s::COPY_FAILED.get(lang)),
        _ => None,
    };
    html! {
        <section class="card script print" aria-labelledby="script-heading">
            <h2 id="script-heading">{ s::SCRIPT.get(lang) }</h2>
            <p class="muted">{ s::SCRIPT_INTRO.get(lang) }</p>
            <div class="actions">
                <button type="button" id="copy-script" onclick={on_copy}>{ s::COPY.get(lang) }</button>
                <button type="button" id="download-script" onclick={on_download}>{ s::DOWNLOAD.get(lang) }</button>
                <span class="notice" role="status" aria-live="polite">{ message.unwrap_or_default() }</span>
            </div>
            if !p.warnings.is_empty() {
                <ul class="warnings">
                    { for p.warnings.iter().map(|w| html! { <li>{ w.get(lang).to_string() }</li> }) }
                </ul>
            }
            <pre class="script-text" tabindex="0" aria-labelledby="script-heading"><code>{ p.script.clone() }</code></pre>
        </section>
    }
}
