//! The result column: verdict first, then evidence, chain, decoded inputs, other findings,
//! questions, checklist, script, client fix and sharing.

use super::{
    ChainPicture, Checklist, ClientFix, DecodeNotes, EvidenceText, OtherFindings, Questions, Script, ShareBar,
    TokenCard, Verdict, XoauthCard,
};
use crate::analysis::Analysis;
use crate::evidence::ArtifactKind;
use crate::i18n::Lang;
use crate::ui::state::{Action, HintInputs, Notice, Shared};
use crate::ui::strings as s;
use std::collections::BTreeSet;
use yew::prelude::*;

/// Properties of [`Results`].
#[derive(Clone, PartialEq, Properties)]
pub struct ResultsProps {
    /// UI language.
    pub lang: Lang,
    /// The analysed text.
    pub text: String,
    /// The analysis.
    pub analysis: Shared<Analysis>,
    /// Analysis clock.
    pub now: i64,
    /// Marked finding.
    pub selected: Option<usize>,
    /// Ticked steps.
    pub ticked: Shared<BTreeSet<String>>,
    /// Hint fields.
    pub hints: HintInputs,
    /// Mask ids in the report.
    pub mask_ids: bool,
    /// The last notice.
    pub notice: Option<Notice>,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
}

/// The results.
#[component]
pub fn Results(p: &ResultsProps) -> Html {
    let lang = p.lang;
    let a = &*p.analysis;
    if p.text.trim().is_empty() {
        return html! {
            <section class="results empty" aria-labelledby="results-heading">
                <h2 id="results-heading">{ s::EMPTY_TITLE.get(lang) }</h2>
                <p>{ s::EMPTY_BODY.get(lang) }</p>
            </section>
        };
    }
    if a.artifacts.is_empty() && a.findings.is_empty() {
        return html! {
            <section class="results empty" aria-labelledby="results-heading">
                <h2 id="results-heading">{ s::NOTHING_TITLE.get(lang) }</h2>
                <p>{ s::NOTHING_BODY.get(lang) }</p>
            </section>
        };
    }
    let cited: BTreeSet<(usize, String)> = p
        .selected
        .and_then(|i| a.findings.get(i))
        .map(|f| f.evidence.iter().filter_map(|e| e.claim.clone().map(|c| (e.artifact, c))).collect())
        .unwrap_or_default();
    let cited_in = |id: usize| -> BTreeSet<String> {
        cited.iter().filter(|(a, _)| *a == id).map(|(_, c)| c.clone()).collect()
    };
    let undecoded: Vec<(usize, ArtifactKind)> = a
        .artifacts
        .iter()
        .filter(|x| {
            matches!(
                x.kind,
                ArtifactKind::EncryptedToken { .. } | ArtifactKind::OpaqueToken { .. } | ArtifactKind::DecodeFailure(_)
            )
        })
        .map(|x| (x.line, x.kind.clone()))
        .collect();
    let d = &p.dispatch;
    let analysis = p.analysis.clone();
    html! {
        <div class="results" aria-label={s::RESULTS.get(lang)} role="region">
            <Verdict {lang} analysis={analysis.clone()} selected={p.selected} dispatch={d.clone()} />
            <ChainPicture {lang} analysis={analysis.clone()} />
            <EvidenceText {lang} text={p.text.clone()} analysis={analysis.clone()} selected={p.selected} />
            { for a.artifacts.iter().map(|x| match &x.kind {
                ArtifactKind::Jwt(t) => html! {
                    <TokenCard key={x.id} {lang} id={x.id} line={x.line} token={t.clone()} now={p.now} cited={cited_in(x.id)} />
                },
                ArtifactKind::Xoauth2(xo) => html! {
                    <XoauthCard key={x.id} {lang} id={x.id} line={x.line} x={xo.clone()} />
                },
                _ => html! {},
            }) }
            <DecodeNotes {lang} items={undecoded} />
            <OtherFindings {lang} analysis={analysis.clone()} selected={p.selected} dispatch={d.clone()} />
            <Questions {lang} analysis={analysis.clone()} hints={p.hints.clone()} dispatch={d.clone()} />
            <Checklist {lang} analysis={analysis.clone()} ticked={p.ticked.clone()} dispatch={d.clone()} />
            <Script {lang} script={AttrValue::from(a.powershell.clone())} notice={p.notice.clone()} dispatch={d.clone()} />
            <ClientFix {lang} analysis={analysis.clone()} ticked={p.ticked.clone()} dispatch={d.clone()} />
            <ShareBar {lang} text={p.text.clone()} {analysis} mask_ids={p.mask_ids} notice={p.notice.clone()} dispatch={d.clone()} />
        </div>
    }
}
