//! Header (name, navigation, language and theme) and footer (privacy, offline copy).
//!
//! Both are plain functions that [`crate::ui::App`] calls, not components of their own: a
//! component costs its own copy of Yew's lifecycle code in the page (about 1.2 KB of wasm each),
//! and these two are small enough to be rebuilt with the app.

use crate::i18n::Lang;
use crate::ui::components::{change, click, tn, tx};
use crate::ui::state::{Action, Route, Theme};
use crate::ui::strings as s;
use crate::ui::{platform, PREF_LANG, PREF_THEME};
use yew::prelude::*;

/// Properties of [`header`].
#[derive(Clone, PartialEq)]
pub struct HeaderProps {
    /// UI language.
    pub lang: Lang,
    /// Theme preference.
    pub theme: Theme,
    /// Current page.
    pub route: Route,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
}

/// The page header.
pub fn header(p: &HeaderProps) -> Html {
    let lang = p.lang;
    let on_lang = |l: Lang| {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            platform::save_pref(PREF_LANG, l.code());
            d.emit(Action::SetLang(l));
        })
    };
    let on_theme = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(t) = Theme::parse(&v) {
                platform::save_pref(PREF_THEME, t.code());
                d.emit(Action::SetTheme(t));
            }
        })
    };
    let on_reference = matches!(p.route, Route::Reference(_));
    let current = |yes: bool| {
        if yes {
            Some(AttrValue::Static("page"))
        } else {
            None
        }
    };
    let lang_button = |l: Lang, label: &'static str, name: &'static str| {
        html! {
            { eld!("button", ["type" = "button", "lang" = l.code(), "aria-label" = format!("{label} ({name})"),
                "aria-pressed" = (lang == l).to_string(), "class" = "seg"], @on click(on_lang(l)), label) }
        }
    };
    let theme_option = |t: Theme, label: &crate::i18n::Text| {
        html! { <option value={t.code()} selected={p.theme == t}>{ tn(label.get(lang)) }</option> }
    };
    html! {
        { el!("header", ["class" = "top"], html! { <>
            { el!("div", ["class" = "brand"], html! { <>
                { el!("svg", ["viewBox" = "0 0 32 32", "width" = "32", "height" = "32", "aria-hidden" = "true", "focusable" = "false", "class" = "logo"], html! { <>
                    { el!("rect", ["x" = "3", "y" = "7", "width" = "26", "height" = "18", "rx" = "3", "class" = "logo-env"]) }
                    { el!("path", ["d" = "M4 9 L16 18 L28 9", "class" = "logo-flap"]) }
                    { el!("circle", ["cx" = "24", "cy" = "23", "r" = "6", "class" = "logo-dot"]) }
                    { el!("path", ["d" = "M21.5 23 L23.3 24.8 L26.6 21.4", "class" = "logo-check"]) }
                </> }) }
                { el!("div", [], html! { <>
                    { el!("p", ["class" = "name"], text s::APP_NAME, lang) }
                    { el!("p", ["class" = "tagline"], text s::TAGLINE, lang) }
                </> }) }
            </> }) }
            { eld!("nav", ["aria-label" = s::NAV_LABEL.get(lang)], html! { <>
                { eld!("a", ["href" = "#/", "aria-current" = current(!on_reference)], tx(s::NAV_DIAGNOSE, lang)) }
                { eld!("a", ["href" = "#/reference", "aria-current" = current(on_reference)], tx(s::NAV_REFERENCE, lang)) }
            </> }) }
            { el!("div", ["class" = "prefs"], html! { <>
                { eld!("div", ["role" = "group", "aria-label" = s::LANGUAGE.get(lang), "class" = "segmented"], html! { <>
                    { lang_button(Lang::En, "EN", "English") }
                    { lang_button(Lang::De, "DE", "Deutsch") }
                </> }) }
                { el!("label", ["class" = "theme"], html! { <>
                    { el!("span", [], text s::THEME, lang) }
                    { el!("select", ["id" = "theme"], @on change(on_theme), html! { <>
                        { theme_option(Theme::System, &s::THEME_SYSTEM) }
                        { theme_option(Theme::Light, &s::THEME_LIGHT) }
                        { theme_option(Theme::Dark, &s::THEME_DARK) }
                    </> }) }
                </> }) }
            </> }) }
        </> }) }
    }
}

/// Properties of [`footer`].
#[derive(Clone, PartialEq)]
pub struct FooterProps {
    /// UI language.
    pub lang: Lang,
    /// The page is itself the offline copy (opened from `file://`): no download link.
    pub offline_copy: bool,
}

/// The page footer.
pub fn footer(p: &FooterProps) -> Html {
    let lang = p.lang;
    html! {
        { el!("footer", ["class" = "bottom"], html! { <>
            { el!("p", ["class" = "privacy"], html! { <>
                { el!("svg", ["viewBox" = "0 0 16 16", "width" = "16", "height" = "16", "aria-hidden" = "true", "focusable" = "false"], el!("path", ["d" = "M8 1 L14 3.5 V8 C14 11.5 11.3 14 8 15 C4.7 14 2 11.5 2 8 V3.5 Z", "class" = "shield"])) }
                { tx(s::PRIVACY, lang) }
            </> }) }
            { el!("p", [], text s::NO_VERIFY, lang) }
            { el!("p", ["class" = "version"], crate::version::line(lang)) }
            if !p.offline_copy {
                { el!("p", [], html! { <>
                    { el!("a", ["id" = "save-offline", "href" = "exo-oauth-doctor.html", "download" = "exo-oauth-doctor.html"], text s::SAVE_OFFLINE, lang) }
                    { tn(" — ") }{ tx(s::SAVE_OFFLINE_NOTE, lang) }
                </> }) }
            }
        </> }) }
    }
}
