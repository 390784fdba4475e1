//! Decoded tokens (header and claims with their meaning), the XOAUTH2 X-ray and what could
//! not be decoded.

use crate::catalogue::claim_description;
use crate::evidence::{Api, ArtifactKind, JwtToken, TokenFlavor, Validity, Xoauth2};
use crate::i18n::Joined;
use crate::i18n::Lang;
use crate::json::Value;
use crate::time::{format_duration, format_utc};
use crate::ui::components::with_class;
use crate::ui::components::{tn, tx};
use crate::ui::strings::{self as s, fill};
use yew::prelude::*;

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => crate::safe_text::page_text(s).into_owned(),
        Value::Array(items) => items
            .iter()
            .map(value_text)
            .collect::<Vec<_>>()
            .joined(", "),
        other => other.to_string(),
    }
}

/// "2024-01-10 16:49:32 UTC · 14 min ago".
pub fn time_text(t: i64, now: i64, lang: Lang) -> String {
    let d = format_duration(now - t, lang);
    let rel = if t <= now {
        s::fill_in(s::AGO, lang, &[&d])
    } else {
        s::fill_in(s::IN, lang, &[&d])
    };
    if now == 0 {
        format_utc(t)
    } else {
        format!("{} · {rel}", format_utc(t))
    }
}

/// The token's validity now.
pub fn validity_now_text(v: Validity, lang: Lang) -> String {
    match v {
        Validity::Valid { seconds_left } => fill(
            s::VALID_NOW.get(lang),
            &[&format_duration(seconds_left, lang)],
        ),
        Validity::NotYetValid { seconds_early } => fill(
            s::NOT_YET_NOW.get(lang),
            &[&format_duration(seconds_early, lang)],
        ),
        Validity::Expired { seconds_ago } => fill(
            s::EXPIRED_NOW.get(lang),
            &[&format_duration(seconds_ago, lang)],
        ),
        Validity::NoExpiry => s::NO_EXPIRY.get(lang).to_string(),
    }
}

/// The token's validity at the logged error.
pub fn validity_log_text(v: Validity, lang: Lang) -> String {
    match v {
        Validity::Valid { seconds_left } => fill(
            s::VALID_AT_LOG.get(lang),
            &[&format_duration(seconds_left, lang)],
        ),
        Validity::NotYetValid { seconds_early } => fill(
            s::NOT_YET_AT_LOG.get(lang),
            &[&format_duration(seconds_early, lang)],
        ),
        Validity::Expired { seconds_ago } => fill(
            s::EXPIRED_AT_LOG.get(lang),
            &[&format_duration(seconds_ago, lang)],
        ),
        Validity::NoExpiry => s::NO_EXPIRY.get(lang).to_string(),
    }
}

fn validity_class(v: Validity) -> &'static str {
    match v {
        Validity::Valid { .. } | Validity::NoExpiry => "ok",
        _ => "bad",
    }
}

/// Properties of [`TokenCard`].
#[derive(Clone, PartialEq)]
pub struct TokenCardProps {
    /// UI language.
    pub lang: Lang,
    /// Artifact id (for element ids).
    pub id: usize,
    /// Line it was found in.
    pub line: usize,
    /// The decoded token.
    pub token: JwtToken,
    /// Analysis clock.
    pub now: i64,
    /// Claims cited by the marked finding.
    pub cited: Vec<String>,
}

/// One decoded JWT.
pub fn token_card(p: &TokenCardProps) -> Html {
    let lang = p.lang;
    let t = &p.token;
    let kind = if t.id_token {
        s::ID_TOKEN
    } else {
        s::ACCESS_TOKEN
    };
    let flavor = match t.flavor {
        TokenFlavor::AppOnly => s::FLAVOR_APP,
        TokenFlavor::Delegated => s::FLAVOR_DELEGATED,
        TokenFlavor::Unknown => s::FLAVOR_UNKNOWN,
    };
    let (api, api_class) = match t.api {
        Api::ExchangeOnline => (s::API_EXCHANGE, "ok"),
        Api::Graph => (s::API_GRAPH, "bad"),
        Api::Other => (s::API_OTHER, "warn"),
    };
    let heading = format!("token-{}-heading", p.id);
    let time_claim = |k: &str, v: &Value| -> Option<String> {
        matches!(k, "exp" | "nbf" | "iat" | "auth_time")
            .then(|| v.as_i64())
            .flatten()
            .map(|n| time_text(n, p.now, lang))
    };
    html! {
        { eld!("section", ["aria-labelledby" = heading.clone(), "id" = format!("token-{}", p.id), "class" = "card token"], html! { <>
            { eld!("h2", ["id" = heading], tx(s::TOKEN, lang)) }
            { el!("p", ["class" = "muted"], html! { <>{ tn(kind.get(lang)) }{ tn(" · ") }{ s::fill_in(s::FOUND_AT, lang, &[&p.line.to_string()]) }</> }) }
            { el!("ul", ["class" = "badges"], html! { <>
                { with_class(el!("li", [], text api, lang), &["class"], Some(AttrValue::Static(api_class))) }
                { el!("li", [], text flavor, lang) }
                { with_class(el!("li", [], validity_now_text(t.validity_now, lang)), &["class"], Some(AttrValue::Static(validity_class(t.validity_now)))) }
                if let Some(v) = t.validity_at_log {
                    { with_class(el!("li", [], validity_log_text(v, lang)), &["class"], Some(AttrValue::Static(validity_class(v)))) }
                }
            </> }) }
            { el!("div", ["class" = "table-wrap"], html! { <>
                { el!("table", ["class" = "claims header-table"], html! { <>
                    { el!("caption", [], text s::HEADER, lang) }
                    { el!("thead", [], el!("tr", [], html! { <>
                        { el!("th", ["scope" = "col"], text s::COL_FIELD, lang) }
                        { el!("th", ["scope" = "col"], text s::COL_VALUE, lang) }
                    </> })) }
                    { el!("tbody", [], html! { <>
                        { for t.header.iter().map(|(k, v)| html! {
                            { eld!("tr", key k.clone(), [], html! { <>{ el!("th", ["scope" = "row"], el!("code", [], k)) }{ el!("td", [], el!("code", [], value_text(v))) }</> }) }
                        }) }
                    </> }) }
                </> }) }
            </> }) }
            { el!("div", ["class" = "table-wrap"], html! { <>
                { el!("table", ["class" = "claims"], html! { <>
                    { el!("caption", [], text s::CLAIMS, lang) }
                    { el!("thead", [], el!("tr", [], html! { <>
                        { el!("th", ["scope" = "col"], text s::COL_NAME, lang) }
                        { el!("th", ["scope" = "col"], text s::COL_VALUE, lang) }
                        { el!("th", ["scope" = "col"], text s::COL_MEANING, lang) }
                    </> })) }
                    { el!("tbody", [], html! { <>
                        { for t.payload.iter().map(|(k, v)| {
                            let cited = p.cited.contains(k);
                            let meaning = claim_description(k).map(|c| c.text.get(lang)).unwrap_or(s::CLAIM_UNKNOWN.get(lang));
                            with_class(html! {
                                { eld!("tr", key k.clone(), ["data-claim" = k.clone()], html! { <>
                                    { el!("th", ["scope" = "row"], html! { <>
                                        { el!("code", [], k) }
                                        if cited { { el!("span", ["class" = "tag"], text s::CITED, lang) } }
                                    </> }) }
                                    { el!("td", [], html! { <>
                                        { el!("code", [], value_text(v)) }
                                        if let Some(when) = time_claim(k, v) {
                                            { el!("span", ["class" = "when"], when) }
                                            { el!("span", ["class" = "when muted"], text s::SECONDS_HINT, lang) }
                                        }
                                    </> }) }
                                    { el!("td", [], meaning) }
                                </> }) }
                            }, &["data-claim", "class"], cited.then_some(AttrValue::Static("cited")))
                        }) }
                        { el!("tr", ["class" = "signature"], html! { <>
                            { el!("th", ["scope" = "row"], text s::SIGNATURE, lang) }
                            { el!("td", ["colspan" = "2"], if t.signature_present { tx(s::SIGNATURE_PRESENT, lang) } else { tx(s::SIGNATURE_ABSENT, lang) }) }
                        </> }) }
                    </> }) }
                </> }) }
            </> }) }
            if !t.warnings.is_empty() {
                { el!("h3", ["class" = "small"], text s::WARNINGS, lang) }
                { el!("ul", [], html! { <>{ for t.warnings.iter().map(|w| el!("li", [], w.text(lang))) }</> }) }
            }
        </> }) }
    }
}

/// Renders `^A` markers in the visible XOAUTH2 text as styled control characters.
fn visible(text: &str) -> Html {
    let mut parts = Vec::new();
    for (i, piece) in text.split("^A").enumerate() {
        if i > 0 {
            parts.push(el!("span", ["class" = "ctl"], "^A"));
        }
        if !piece.is_empty() {
            parts.push(html! { { piece.to_string() } });
        }
    }
    parts.into_iter().collect::<Html>()
}

/// Properties of [`XoauthCard`].
#[derive(Clone, PartialEq)]
pub struct XoauthCardProps {
    /// UI language.
    pub lang: Lang,
    /// Artifact id.
    pub id: usize,
    /// Line.
    pub line: usize,
    /// The decoded string.
    pub x: Xoauth2,
}

/// The XOAUTH2 X-ray.
pub fn xoauth_card(p: &XoauthCardProps) -> Html {
    let lang = p.lang;
    let x = &p.x;
    let heading = format!("xoauth-{}-heading", p.id);
    html! {
        { eld!("section", ["aria-labelledby" = heading.clone(), "class" = "card xoauth"], html! { <>
            { eld!("h2", ["id" = heading], tx(s::XOAUTH2, lang)) }
            { el!("p", ["class" = "muted"], html! { <>
                { s::fill_in(s::FOUND_AT, lang, &[&p.line.to_string()]) }
                if let Some(c) = &x.command { { tn(" · ") }{ tx(s::XOAUTH2_COMMAND, lang) }{ tn(": ") }{ el!("code", [], c) } }
            </> }) }
            { el!("p", [], text s::XOAUTH2_DECODED, lang) }
            { el!("pre", ["tabindex" = "0", "class" = "xray"], visible(&x.visible)) }
            if x.defects.is_empty() {
                { el!("p", ["class" = "ok-line"], text s::XOAUTH2_OK, lang) }
            } else {
                { el!("h3", ["class" = "small"], text s::XOAUTH2_DEFECTS, lang) }
                { el!("ul", ["class" = "defects"], html! { <>
                    { for x.defects.iter().map(|d| el!("li", [], s::defect_text(d).get(lang))) }
                </> }) }
            }
        </> }) }
    }
}

/// Properties of [`decode_notes`].
pub struct DecodeNotesProps<'a> {
    /// UI language.
    pub lang: Lang,
    /// The artifacts that could not be fully decoded, with their lines (borrowed: the page
    /// carries no copy of an artifact's kind).
    pub items: Vec<(usize, &'a ArtifactKind)>,
}

/// Encrypted and opaque tokens and decode failures, each explained.
pub fn decode_notes(p: &DecodeNotesProps<'_>) -> Html {
    let lang = p.lang;
    if p.items.is_empty() {
        return html! {};
    }
    html! {
        { el!("section", ["aria-labelledby" = "decode-heading", "class" = "card"], html! { <>
            { el!("h2", ["id" = "decode-heading"], text s::DECODE_HEADING, lang) }
            { el!("ul", ["class" = "decode-notes"], html! { <>
                { for p.items.iter().map(|(line, kind)| {
                    let text = match kind {
                        ArtifactKind::EncryptedToken { .. } => s::ENCRYPTED.get(lang).to_string(),
                        ArtifactKind::OpaqueToken { length, prefix } => {
                            s::fill_in(s::OPAQUE, lang, &[&length.to_string(), prefix])
                        }
                        ArtifactKind::DecodeFailure(f) => fill(
                            s::DECODE_FAILED.get(lang),
                            &[&f.what, &f.segment, &f.offset.to_string(), &f.reason.text(lang)],
                        ),
                        _ => String::new(),
                    };
                    html! {
                        { el!("li", [], html! { <>{ el!("span", ["class" = "where"], s::fill_in(s::LINE_N, lang, &[&line.to_string()])) }{ tn(" ") }{ text }</> }) }
                    }
                }) }
            </> }) }
        </> }) }
    }
}
