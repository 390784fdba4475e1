//! The pasted text with its evidence marked, and the chain picture.

use crate::analysis::Analysis;
use crate::catalogue::ChainLink;
use crate::i18n::Lang;
use crate::ui::chain::{chain_status, LinkStatus};
use crate::ui::components::with_class;
use crate::ui::highlight::{HiddenKind, Piece};
use crate::ui::state::{Shared, SharedText};
use crate::ui::strings::{self as s, fill};
use yew::prelude::*;

/// Properties of [`EvidenceText`].
#[derive(Clone, PartialEq)]
pub struct EvidenceTextProps {
    /// UI language.
    pub lang: Lang,
    /// The analysed text.
    pub text: SharedText,
    /// The view of it ([`crate::ui::highlight::excerpt`] of its segments), computed once per
    /// analysis and marked finding.
    pub pieces: Shared<Vec<Piece>>,
}

/// The read-only view of the pasted text with `<mark>`s over the evidence.
pub fn evidence_text(p: &EvidenceTextProps) -> Html {
    let lang = p.lang;
    html! {
        { el!("section", ["aria-labelledby" = "evidence-heading", "class" = "card"], html! { <>
            { el!("h2", ["id" = "evidence-heading"], text s::EVIDENCE_TEXT, lang) }
            { el!("p", ["class" = "muted"], text s::EVIDENCE_LEGEND, lang) }
            { el!("pre", ["tabindex" = "0", "aria-labelledby" = "evidence-heading", "class" = "evidence-text"], html! { <>
                { for p.pieces.iter().map(|piece| {
                    let g = match piece {
                        Piece::Gap(n) => return html! {
                            { el!("span", ["class" = "gap"], s::fill_in(s::LINES_LEFT_OUT, lang, &[&n.to_string()])) }
                        },
                        Piece::Cut(n) => return html! {
                            { el!("span", ["class" = "gap"], s::fill_in(s::CHARS_LEFT_OUT, lang, &[&n.to_string()])) }
                        },
                        Piece::Seg(g) => g,
                    };
                    let piece = match &g.hidden {
                        Some(h) => {
                            let what = match h.kind {
                                HiddenKind::Token => s::HIDDEN_TOKEN,
                                HiddenKind::Xoauth2 => s::HIDDEN_XOAUTH2,
                                HiddenKind::Secret => s::HIDDEN_SECRET,
                            };
                            format!("{}… {}", h.prefix, fill(what.get(lang), &[&h.chars.to_string()]))
                        }
                        None => crate::safe_text::page_text(p.text.get(g.start..g.end).unwrap_or_default())
                            .into_owned(),
                    };
                    match g.artifact {
                        Some(id) => html! {
                            { with_class(eld!("mark", ["data-artifact" = id.to_string()], piece),
                                &["data-artifact", "class"], g.selected.then_some(AttrValue::Static("selected"))) }
                        },
                        None => html! { { piece } },
                    }
                }) }
            </> }) }
        </> }) }
    }
}

/// The words for a link status.
pub fn status_text(st: LinkStatus) -> crate::i18n::Text {
    match st {
        LinkStatus::Broken => s::LINK_BROKEN,
        LinkStatus::Suspect => s::LINK_SUSPECT,
        LinkStatus::Works => s::LINK_WORKS,
        LinkStatus::Unknown => s::LINK_UNKNOWN,
    }
}

fn icon(st: LinkStatus) -> Html {
    let path = match st {
        LinkStatus::Broken => "M8 8 L16 16 M16 8 L8 16",
        LinkStatus::Suspect => "M12 7 V13 M12 16.5 V17",
        LinkStatus::Works => "M7.5 12.5 L10.5 15.5 L16.5 8.5",
        LinkStatus::Unknown => "M8 12 H16",
    };
    html! {
        { el!("svg", ["viewBox" = "0 0 24 24", "width" = "28", "height" = "28", "aria-hidden" = "true", "focusable" = "false", "class" = "icon"], html! { <>
            { el!("circle", ["cx" = "12", "cy" = "12", "r" = "10.5"]) }
            { eld!("path", ["d" = path], ::yew::virtual_dom::VNode::default()) }
        </> }) }
    }
}

/// Properties of [`ChainPicture`].
#[derive(Clone, PartialEq)]
pub struct ChainPictureProps {
    /// UI language.
    pub lang: Lang,
    /// The analysis.
    pub analysis: Shared<Analysis>,
}

/// The seven links from app registration to client, each coloured by its status.
pub fn chain_picture(p: &ChainPictureProps) -> Html {
    let lang = p.lang;
    let links = chain_status(&p.analysis);
    html! {
        { el!("section", ["aria-labelledby" = "chain-heading", "class" = "card"], html! { <>
            { el!("h2", ["id" = "chain-heading"], text s::CHAIN, lang) }
            { el!("p", ["class" = "muted"], text s::CHAIN_INTRO, lang) }
            { el!("ol", ["class" = "chain"], html! { <>
                { for links.iter().map(|(link, st)| {
                    let link: ChainLink = *link;
                    let class = AttrValue::from(format!("link {}", st.code()));
                    with_class(html! {
                        { eld!("li", key link.title().en(), ["data-status" = st.code()], html! { <>
                            { icon(*st) }
                            { el!("span", ["class" = "link-title"], link.title().get(lang)) }
                            { el!("span", ["class" = "link-status"], status_text(*st).get(lang)) }
                        </> }) }
                    }, &["data-status", "class"], Some(class))
                }) }
            </> }) }
        </> }) }
    }
}
