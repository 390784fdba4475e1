//! Checklist, PowerShell script and client-side fix.

use crate::analysis::Analysis;
use crate::i18n::Joined;
use crate::i18n::Lang;
use crate::remedy::ChecklistItem;
use crate::ui::components::button;
use crate::ui::components::with_class;
use crate::ui::components::{change, copy, tn};
use crate::ui::platform;
use crate::ui::state::{Action, Notice, Shared};
use crate::ui::strings as s;
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
    let node = html! {
        { eld!("li", key item.key.clone(), [], html! { <>
            { eld!("input", checked ticked, ["type" = "checkbox", "id" = id.clone()], @on change(onchange)) }
            { el!("div", [], html! { <>
                { eld!("label", ["for" = id], tn(item.action.get(lang))) }
                { el!("p", ["class" = "verify"], html! { <>{ el!("strong", [], text s::VERIFY, lang) }{ tn(" ") }{ tn(item.verify.get(lang)) }</> }) }
                if let Some(cmd) = &item.command {
                    { el!("pre", ["tabindex" = "0", "class" = "cmd"], el!("code", [], cmd)) }
                }
            </> }) }
        </> }) }
    };
    let class = if ticked { "step done" } else { "step" };
    with_class(node, &["class"], Some(AttrValue::Static(class)))
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
        { el!("section", ["aria-labelledby" = "checklist-heading", "class" = "card checklist print"], html! { <>
            { el!("h2", ["id" = "checklist-heading"], text s::CHECKLIST, lang) }
            { el!("p", ["aria-live" = "polite", "class" = "muted"], s::fill_in(s::CHECKLIST_PROGRESS, lang, &[&done.to_string(), &items.len().to_string()])) }
            { el!("ol", ["class" = "steps"], html! { <>
                { for items.iter().enumerate().map(|(i, c)| step(c, i, lang, p.ticked.contains(&c.key), &p.dispatch)) }
            </> }) }
        </> }) }
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
        el!(
            "tr",
            [],
            html! { <>{ el!("th", ["scope" = "row"], text *label, lang) }{ el!("td", [], el!("code", [], value.to_string())) }</> }
        )
    };
    html! {
        { el!("section", ["aria-labelledby" = "client-heading", "class" = "card print"], html! { <>
            { el!("h2", ["id" = "client-heading"], text s::CLIENT_FIX, lang) }
            { el!("p", ["class" = "muted"], text s::CLIENT_FIX_INTRO, lang) }
            { el!("div", ["class" = "table-wrap"], html! { <>
                { el!("table", ["class" = "claims client"], html! { <>
                    { el!("tbody", [], html! { <>
                        { row(&s::TOKEN_ENDPOINT, &fix.token_endpoint) }
                        { row(&s::SCOPE, &fix.scope) }
                        { row(&s::GRANT_TYPE, &fix.grant_type) }
                        if let Some(id) = &fix.client_id { { row(&s::CLIENT_ID, id) } }
                        if let Some(user) = &fix.xoauth2_user { { row(&s::XOAUTH2_USER_ROW, user) } }
                        { row(&s::XOAUTH2_FORMAT, &fix.xoauth2_format) }
                        if !fix.hosts.is_empty() { { row(&s::HOSTS, &fix.hosts.joined(", ")) } }
                    </> }) }
                </> }) }
            </> }) }
            if !fix.documented {
                { el!("p", ["class" = "muted"], text s::UNDOCUMENTED, lang) }
            }
        </> }) }
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
        Callback::from(move |_: MouseEvent| copy(&script, Some((d.clone(), Notice::ScriptCopied))))
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
        { el!("section", ["aria-labelledby" = "script-heading", "class" = "card script print"], html! { <>
            { el!("h2", ["id" = "script-heading"], text s::SCRIPT, lang) }
            { el!("p", ["class" = "muted"], text s::SCRIPT_INTRO, lang) }
            { el!("div", ["class" = "actions"], html! { <>
                { button("copy-script", s::COPY.get(lang), on_copy) }
                { button("download-script", s::DOWNLOAD.get(lang), on_download) }
                { el!("span", ["role" = "status", "aria-live" = "polite", "class" = "notice"], message.unwrap_or_default()) }
            </> }) }
            if !p.warnings.is_empty() {
                { el!("ul", ["class" = "warnings"], html! { <>
                    { for p.warnings.iter().map(|w| el!("li", [], w.get(lang).to_string())) }
                </> }) }
            }
            { el!("pre", ["tabindex" = "0", "aria-labelledby" = "script-heading", "class" = "script-text"], el!("code", [], p.script.clone())) }
        </> }) }
    }
}
