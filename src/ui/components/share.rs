//! Copy the redacted report; copy a share link that carries only error text.

use crate::analysis::Analysis;
use crate::i18n::Lang;
use crate::redact::{report_markdown, share_check, ReportOptions, ShareRefusal};
use crate::ui::components::tx;
use crate::ui::components::with_class;
use crate::ui::components::{button, copy};
use crate::ui::platform;
use crate::ui::state::{route_hash, Action, Notice, Route, Shared, SharedText};
use crate::ui::strings as s;
use yew::prelude::*;

/// The text for a refused share link.
pub fn refusal_text(r: ShareRefusal) -> crate::i18n::Text {
    match r {
        ShareRefusal::Empty => s::REFUSE_EMPTY,
        ShareRefusal::Token => s::REFUSE_TOKEN,
        ShareRefusal::Xoauth2 => s::REFUSE_XOAUTH2,
        ShareRefusal::Secret => s::REFUSE_SECRET,
        ShareRefusal::OpaqueBlob => s::REFUSE_BLOB,
        ShareRefusal::TooLong => s::REFUSE_TOO_LONG,
    }
}

/// Properties of [`ShareBar`].
#[derive(Clone, PartialEq)]
pub struct ShareBarProps {
    /// UI language.
    pub lang: Lang,
    /// The analysed text.
    pub text: SharedText,
    /// The analysis.
    pub analysis: Shared<Analysis>,
    /// Mask ids in the report.
    pub mask_ids: bool,
    /// The last notice.
    pub notice: Option<Notice>,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
}

/// The report and share-link actions.
pub fn share_bar(p: &ShareBarProps) -> Html {
    let lang = p.lang;
    let on_report = {
        let d = p.dispatch.clone();
        let a = p.analysis.clone();
        let opts = ReportOptions {
            lang,
            mask_ids: p.mask_ids,
        };
        Callback::from(move |_: MouseEvent| {
            copy(
                &report_markdown(&a, opts),
                Some((d.clone(), Notice::ReportCopied)),
            )
        })
    };
    let on_link = {
        let d = p.dispatch.clone();
        let a = p.analysis.clone();
        let text = p.text.clone();
        Callback::from(move |_: MouseEvent| match share_check(&text, &a) {
            Ok(()) => {
                let url =
                    platform::url_with_hash(&route_hash(&Route::Shared(text.trim().to_string())));
                copy(&url, Some((d.clone(), Notice::LinkCopied)));
            }
            Err(r) => d.emit(Action::Notify(Some(Notice::ShareRefused(r)))),
        })
    };
    let on_mask = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            d.emit(Action::SetMask(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            ))
        })
    };
    let message = match &p.notice {
        Some(Notice::ReportCopied) => Some(s::REPORT_COPIED.get(lang)),
        Some(Notice::LinkCopied) => Some(s::LINK_COPIED.get(lang)),
        Some(Notice::ShareRefused(r)) => Some(refusal_text(*r).get(lang)),
        _ => None,
    };
    let refused = matches!(p.notice, Some(Notice::ShareRefused(_)));
    html! {
        { el!("section", ["aria-labelledby" = "share-heading", "class" = "card share"], html! { <>
            { el!("h2", ["id" = "share-heading"], text s::SHARE, lang) }
            { el!("p", ["class" = "muted"], text s::REPORT_INTRO, lang) }
            { el!("div", ["class" = "actions"], html! { <>
                { button("copy-report", s::COPY_REPORT.get(lang), on_report) }
                { el!("label", ["class" = "check"], html! { <>
                    <input type="checkbox" id="mask-ids" checked={p.mask_ids} onchange={on_mask} />
                    { tx(s::MASK_IDS, lang) }
                </> }) }
            </> }) }
            { el!("p", ["class" = "muted"], text s::SHARE_INTRO, lang) }
            { el!("div", ["class" = "actions"], html! { <>
                { button("share-link", s::SHARE_LINK.get(lang), on_link) }
            </> }) }
            { with_class(html! { <p id="share-notice" role="status" aria-live="polite">
                { message.unwrap_or_default() }
            </p> }, &["id", "role", "aria-live", "class"], Some(AttrValue::Static(if refused { "notice refused" } else { "notice" }))) }
        </> }) }
    }
}
