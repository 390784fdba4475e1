//! "Collect evidence": the read-only evidence script for what the paste shows, with copy and
//! download, next to the questions it answers.

use crate::analysis::Analysis;
use crate::remedy::{evidence_script, ps1_file, EVIDENCE_FILE};
use crate::ui::components::tx;
use crate::ui::components::{button, click, copy};
use crate::ui::platform;
use crate::ui::state::{Action, HintInputs, Notice, Shared};
use crate::ui::strings as s;
use crate::Lang;
use yew::prelude::*;

/// Properties of [`collect_evidence`].
#[derive(Clone, PartialEq)]
pub struct CollectProps {
    /// UI language.
    pub lang: Lang,
    /// The analysis.
    pub analysis: Shared<Analysis>,
    /// The hint fields (the mailbox typed in goes into the script).
    pub hints: HintInputs,
    /// Whether the script is shown.
    pub open: bool,
    /// The last notice.
    pub notice: Option<Notice>,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
}

/// The "Collect evidence" button and, when open, the script with copy and download.
pub fn collect_evidence(p: &CollectProps) -> Html {
    let lang = p.lang;
    let toggle = p.dispatch.reform(|_: MouseEvent| Action::ToggleEvidence);
    let script = p.open.then(|| {
        let a = &*p.analysis;
        evidence_script(&a.artifacts, &a.findings, &p.hints.hints(), lang)
    });
    let on_copy = {
        let d = p.dispatch.clone();
        let script = script.clone().unwrap_or_default();
        Callback::from(move |_: MouseEvent| {
            copy(&script, Some((d.clone(), Notice::EvidenceCopied)))
        })
    };
    let on_download = {
        let file = ps1_file(script.as_deref().unwrap_or_default());
        Callback::from(move |_: MouseEvent| {
            platform::download(EVIDENCE_FILE, "text/plain;charset=utf-8", &file)
        })
    };
    let message = match p.notice {
        Some(Notice::EvidenceCopied) => s::COLLECT_COPIED.get(lang),
        Some(Notice::CopyFailed) if p.open => s::COPY_FAILED.get(lang),
        _ => "",
    };
    html! {
        { el!("section", ["aria-labelledby" = "collect-heading", "class" = "card collect"], html! { <>
            { el!("h2", ["id" = "collect-heading"], text s::COLLECT, lang) }
            { el!("p", ["class" = "muted"], text s::COLLECT_INTRO, lang) }
            { el!("div", ["class" = "actions"], html! { <>
                { eld!("button", ["type" = "button", "id" = "collect-evidence", "aria-expanded" = p.open.to_string(),
                    "aria-controls" = "collect-script"], @on click(toggle), tx(s::COLLECT_BUTTON, lang)) }
                if script.is_some() {
                    { button("copy-evidence", s::COLLECT_COPY.get(lang), on_copy) }
                    { button("download-evidence", s::DOWNLOAD.get(lang), on_download) }
                }
                { el!("span", ["role" = "status", "aria-live" = "polite", "class" = "notice"], message) }
            </> }) }
            if let Some(script) = script {
                { el!("p", ["class" = "muted"], text s::COLLECT_HOW, lang) }
                { el!("pre", ["id" = "collect-script", "tabindex" = "0", "aria-labelledby" = "collect-heading", "class" = "script-text"], el!("code", [], script)) }
            }
        </> }) }
    }
}
