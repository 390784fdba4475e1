//! The result column: verdict first, then evidence, chain, decoded inputs, other findings,
//! questions, checklist, script, client fix and sharing.

use super::collect::{collect_evidence, CollectProps};
use super::evidence::{chain_picture, evidence_text, ChainPictureProps, EvidenceTextProps};
use super::findings::{other_findings, questions, OtherFindingsProps, QuestionsProps};
use super::remedy::{checklist, client_fix, script, ChecklistProps, ClientFixProps, ScriptProps};
use super::share::{share_bar, ShareBarProps};
use super::token::{
    decode_notes, token_card, xoauth_card, DecodeNotesProps, TokenCardProps, XoauthCardProps,
};
use super::verdict::{verdict, VerdictProps};
use crate::analysis::Analysis;
use crate::evidence::ArtifactKind;
use crate::i18n::Lang;
use crate::ui::highlight::{cards, excerpt, segments, Cards, Piece};
use crate::ui::state::{Action, HintInputs, Notice, Shared, SharedText};
use crate::ui::strings as s;
use yew::prelude::*;

/// Properties of [`Results`].
#[derive(Clone, PartialEq, Properties)]
pub struct ResultsProps {
    /// UI language.
    pub lang: Lang,
    /// The analysed text.
    pub text: SharedText,
    /// The analysis.
    pub analysis: Shared<Analysis>,
    /// Analysis clock.
    pub now: i64,
    /// Marked finding.
    pub selected: Option<usize>,
    /// Ticked steps.
    pub ticked: Shared<Vec<String>>,
    /// Hint fields.
    pub hints: HintInputs,
    /// Mask ids in the report.
    pub mask_ids: bool,
    /// The last notice.
    pub notice: Option<Notice>,
    /// The evidence script is shown.
    pub evidence_open: bool,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
}

/// What the evidence view is made from: the text, the analysis, the marked finding.
type PiecesFrom = (SharedText, Shared<Analysis>, Option<usize>);
/// The text as shown (secrets masked) and its pieces.
type Shown = (SharedText, Shared<Vec<Piece>>);

/// What [`memo_results`] keeps (the app holds it): each part with the values it was made from.
#[derive(Default)]
pub struct ResultsMemo {
    pieces: Option<(PiecesFrom, Shown)>,
    plan: Option<(Shared<Analysis>, Cards)>,
    view: Option<(ResultsProps, Html)>,
}

/// `slot`'s value, made again by `make` when `deps` differ from those it was made from (what
/// `use_memo` does, here without a hook per value).
fn memo<D: PartialEq, V>(slot: &mut Option<(D, V)>, deps: D, make: impl FnOnce(&D) -> V) -> &V {
    if slot.as_ref().is_some_and(|(d, _)| *d != deps) {
        *slot = None;
    }
    &slot
        .get_or_insert_with(|| {
            let v = make(&deps);
            (deps, v)
        })
        .1
}

/// The results, memoised in `kept`: built again only when their props change, as a component of
/// their own would be (the app calls this on every render, whatever the route, with the memo it
/// keeps). Not a Yew component: each component type costs the page its own lifecycle code; nor
/// a hook of its own: the app's one memo hook keeps the three parts (see [`memo`]).
pub fn memo_results(kept: &std::cell::RefCell<ResultsMemo>, p: &ResultsProps) -> Html {
    let mut kept = kept.borrow_mut();
    let ResultsMemo { pieces, plan, view } = &mut *kept;
    // The evidence view and the cards depend only on the analysis (and the marked finding):
    // computed once for each, not on every render.
    let pieces = memo(
        pieces,
        (p.text.clone(), p.analysis.clone(), p.selected),
        |(text, analysis, selected)| {
            // The view shows the text as the scanner read it: secrets masked (same length, so
            // the evidence spans still fit).
            let shown = match crate::secrets::mask(text) {
                std::borrow::Cow::Borrowed(_) => text.clone(),
                std::borrow::Cow::Owned(masked) => SharedText(AttrValue::from(masked)),
            };
            let pieces = Shared::new(excerpt(&shown, &segments(&shown, analysis, *selected)));
            (shown, pieces)
        },
    );
    let plan = memo(plan, p.analysis.clone(), |analysis| cards(analysis));
    memo(view, p.clone(), |p| results(p, pieces, plan)).clone()
}

/// The results' view from their props, the text as shown with its pieces, and the cards' plan.
fn results(p: &ResultsProps, pieces: &(SharedText, Shared<Vec<Piece>>), plan: &Cards) -> Html {
    let lang = p.lang;
    let a = &*p.analysis;
    if p.text.trim().is_empty() {
        return html! {
            { el!("section", ["aria-labelledby" = "results-heading", "class" = "results empty"], html! { <>
                { el!("h2", ["id" = "results-heading"], text s::EMPTY_TITLE, lang) }
                { el!("p", [], text s::EMPTY_BODY, lang) }
            </> }) }
        };
    }
    if a.artifacts.is_empty() && a.findings.is_empty() {
        return html! {
            { el!("section", ["aria-labelledby" = "results-heading", "class" = "results empty"], html! { <>
                { el!("h2", ["id" = "results-heading"], text s::NOTHING_TITLE, lang) }
                { el!("p", [], text s::NOTHING_BODY, lang) }
            </> }) }
        };
    }
    let cited: Vec<(usize, String)> = p
        .selected
        .and_then(|i| a.findings.get(i))
        .map(|f| {
            f.evidence
                .iter()
                .filter_map(|e| e.claim.clone().map(|c| (e.artifact, c)))
                .collect()
        })
        .unwrap_or_default();
    let cited_in = |id: usize| -> Vec<String> {
        cited
            .iter()
            .filter(|(a, _)| *a == id)
            .map(|(_, c)| c.clone())
            .collect()
    };
    let undecoded: Vec<(usize, &ArtifactKind)> = a
        .artifacts
        .iter()
        .filter(|x| {
            matches!(
                x.kind,
                ArtifactKind::EncryptedToken { .. }
                    | ArtifactKind::OpaqueToken { .. }
                    | ArtifactKind::DecodeFailure(_)
            )
        })
        .map(|x| (x.line, &x.kind))
        .collect();
    let d = &p.dispatch;
    let analysis = p.analysis.clone();
    html! {
        { eld!("div", ["aria-label" = s::RESULTS.get(lang), "role" = "region", "class" = "results"], html! { <>
            { verdict(&VerdictProps { lang, analysis: analysis.clone(), selected: p.selected, dispatch: d.clone() }) }
            { chain_picture(&ChainPictureProps { lang, analysis: analysis.clone() }) }
            { evidence_text(&EvidenceTextProps { lang, text: pieces.0.clone(), pieces: pieces.1.clone() }) }
            { for plan.shown.iter().filter_map(|&i| a.artifacts.get(i)).map(|x| match &x.kind {
                ArtifactKind::Jwt(t) => token_card(&TokenCardProps {
                    lang, id: x.id, line: x.line, token: (**t).clone(), now: p.now, cited: cited_in(x.id),
                }),
                ArtifactKind::Xoauth2(xo) => xoauth_card(&XoauthCardProps { lang, id: x.id, line: x.line, x: (**xo).clone() }),
                _ => html! {},
            }) }
            if plan.left_out > 0 {
                { el!("p", ["class" = "muted cards-left-out"], s::fill_in(s::CARDS_LEFT_OUT, lang, &[&plan.left_out.to_string()])) }
            }
            { decode_notes(&DecodeNotesProps { lang, items: undecoded }) }
            { other_findings(&OtherFindingsProps { lang, analysis: analysis.clone(), selected: p.selected, dispatch: d.clone() }) }
            { questions(&QuestionsProps { lang, analysis: analysis.clone(), hints: p.hints.clone(), dispatch: d.clone() }) }
            { collect_evidence(&CollectProps {
                lang, analysis: analysis.clone(), hints: p.hints.clone(), open: p.evidence_open, notice: p.notice.clone(), dispatch: d.clone(),
            }) }
            { checklist(&ChecklistProps { lang, analysis: analysis.clone(), ticked: p.ticked.clone(), dispatch: d.clone() }) }
            { script(&ScriptProps {
                lang, script: AttrValue::from(a.scripts.get(lang).to_string()),
                warnings: a.warnings.clone(), notice: p.notice.clone(), dispatch: d.clone(),
            }) }
            { client_fix(&ClientFixProps { lang, analysis: analysis.clone() }) }
            { share_bar(&ShareBarProps {
                lang, text: p.text.clone(), analysis, mask_ids: p.mask_ids, notice: p.notice.clone(), dispatch: d.clone(),
            }) }
        </> }) }
    }
}
