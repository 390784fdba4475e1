//! The page: Yew function components over the pure core.
//!
//! [`state`] holds the one reducer state and its actions; [`chain`], [`highlight`] and
//! [`crate::redact`] decide; the [`components`] only render; [`platform`] holds the few browser
//! side effects.

pub mod chain;
#[macro_use]
pub mod components;
pub mod highlight;
pub mod job;
pub mod platform;
pub mod state;
pub mod strings;

use crate::i18n::Lang;
use components::{
    footer, header, input_panel, memo_results, reference, FooterProps, HeaderProps,
    InputPanelProps, ReferenceProps, ResultsProps,
};
use state::{is_embed, parse_route, Action, Edited, Route, Shared, SharedText, State, Theme};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Key of the stored language preference.
pub const PREF_LANG: &str = "exo-oauth-doctor.lang";
/// Key of the stored theme preference.
pub const PREF_THEME: &str = "exo-oauth-doctor.theme";

/// How the page starts: from the browser (default) or from given values (render tests).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Start {
    /// Pasted text.
    pub text: String,
    /// Language.
    pub lang: Lang,
    /// Theme.
    pub theme: Theme,
    /// `location.hash`.
    pub hash: String,
    /// `location.search`.
    pub search: String,
    /// Clock (Unix seconds).
    pub now: i64,
    /// Hint fields.
    pub hints: state::HintInputs,
    /// Marked finding.
    pub selected: Option<usize>,
}

impl Start {
    /// Reads the start values from the browser: stored preference, else browser language; hash.
    pub fn from_browser() -> Start {
        let lang = platform::load_pref(PREF_LANG)
            .or_else(platform::browser_lang)
            .and_then(|l| Lang::parse(&l))
            .unwrap_or_default();
        let theme = platform::load_pref(PREF_THEME)
            .and_then(|t| Theme::parse(&t))
            .unwrap_or_default();
        Start {
            lang,
            theme,
            hash: platform::hash(),
            search: platform::search(),
            now: platform::now(),
            ..Start::default()
        }
    }

    /// The first state.
    pub fn state(&self) -> State {
        let s = State {
            text: AttrValue::from(self.text.clone()),
            lang: self.lang,
            theme: self.theme,
            hints: self.hints.clone(),
            embed: is_embed(&self.search, &self.hash),
            now: self.now,
            ..State::default()
        };
        let s = s.apply(Action::Analyse { now: self.now });
        let s = s.apply(Action::Navigate(parse_route(&self.hash)));
        match self.selected {
            Some(i) => s.apply(Action::Select(Some(i))),
            None => s,
        }
    }
}

/// Properties of [`App`].
#[derive(Clone, Debug, Default, PartialEq, Properties)]
pub struct AppProps {
    /// Start values; `None` reads them from the browser.
    #[prop_or_default]
    pub start: Option<Start>,
}

/// What the app's effects last ran with (see [`App`]).
type Seen = (
    Option<u32>,
    Lang,
    Theme,
    Route,
    Option<usize>,
    Shared<crate::analysis::Analysis>,
    bool,
);

/// What the app's effects keep running: dropping it stops each.
#[derive(Default)]
struct Kept {
    job: Option<job::Cancel>,
    hash: Option<platform::HashListener>,
    watch: Option<platform::HeightWatch>,
}

impl Drop for Kept {
    fn drop(&mut self) {
        if let Some(c) = &self.job {
            c.cancel();
        }
    }
}

/// The app's callbacks and cells, made once.
struct Kit {
    dispatch: Callback<Action>,
    /// Called with the new text on every keystroke or paste: debounced analysis.
    on_edit: Callback<Edited>,
    /// Large pastes and files being read (see `InputPanelProps::reads`).
    reads: Rc<RefCell<u32>>,
    /// What the effects last ran with and keep running.
    effects: RefCell<(Option<Seen>, Kept)>,
    /// The results' memoised parts.
    results: RefCell<components::ResultsMemo>,
}

/// The root component.
#[component]
pub fn App(props: &AppProps) -> Html {
    let start = props.start.clone();
    let state = use_reducer(move || start.unwrap_or_else(Start::from_browser).state());
    // The app's callbacks and cells, made once (one hook instead of six).
    let kit = {
        let d = state.dispatcher();
        use_memo((), move |_| {
            let dispatch = Callback::from(move |a: Action| d.dispatch(a));
            // Debounced analysis while typing.
            let on_edit = {
                let dispatch = dispatch.clone();
                let debouncer = RefCell::<platform::Debouncer>::default();
                Callback::from(move |text: Edited| {
                    dispatch.emit(match text {
                        Edited::Typed(text) => Action::Edit(text),
                        Edited::Masked(text) => Action::TakeMasked(text),
                    });
                    let d = dispatch.clone();
                    debouncer.borrow_mut().schedule(150, move || {
                        platform::mark("exo-analysis-start");
                        d.emit(Action::Analyse {
                            now: platform::now(),
                        })
                    });
                })
            };
            Kit {
                dispatch,
                on_edit,
                reads: Rc::default(),
                effects: RefCell::default(),
                results: RefCell::default(),
            }
        })
    };
    let dispatch = kit.dispatch.clone();
    let on_edit = kit.on_edit.clone();
    let reads = kit.reads.clone();

    // The app's effects as one hook (one copy of Yew's effect code instead of one per effect):
    // each part runs, in this order, when its own values differ from those it last ran with; what
    // a part keeps running (the job, the hash listener, the height watch) is kept in
    // `Kit::effects` and dropped when the part runs again or the app goes.
    {
        let now: Seen = (
            state.job.as_ref().map(|j| j.gen),
            state.lang,
            state.theme,
            state.route.clone(),
            state.selected,
            state.analysis.clone(),
            state.embed,
        );
        let job = state.job.clone();
        let kit = kit.clone();
        use_effect_with(now, move |now| {
            let dispatch = &kit.dispatch;
            let mut effects = kit.effects.borrow_mut();
            let (last, kept) = &mut *effects;
            let (gen, lang, theme, route, selected, analysis, embed) = now;
            let was = last.as_ref();
            // A large text is analysed in steps in the background; a new job (or none) stops
            // the old one.
            if was.is_none_or(|w| w.0 != *gen) {
                if let Some(c) = kept.job.take() {
                    c.cancel();
                }
                let cancel = job::Cancel::default();
                if let Some(job) = job {
                    job::spawn(job, cancel.clone(), dispatch.clone());
                }
                kept.job = Some(cancel);
            }
            // Follow the URL hash (reference deep links, share links).
            if was.is_none() {
                let dispatch = dispatch.clone();
                kept.hash = platform::on_hash_change(move |h| {
                    dispatch.emit(Action::Navigate(parse_route(&h)))
                });
            }
            // Language and theme on <html>.
            if was.is_none_or(|w| (w.1, w.2) != (*lang, *theme)) {
                platform::set_document(lang.code(), theme.code());
            }
            // Open the reference on the linked entry.
            if was.is_none_or(|w| w.3 != *route) {
                if let Route::Reference(Some(entry)) = route {
                    platform::reveal(&entry.dom_id());
                }
            }
            // A marked finding: bring its first marked evidence into view.
            if was.is_none_or(|w| w.4 != *selected) && selected.is_some() {
                platform::show(".evidence-text mark.selected");
            }
            // The verdict of a new analysis is on screen (a mark for the benchmark's time to
            // first verdict).
            if was.is_none_or(|w| w.5 != *analysis)
                && (!analysis.findings.is_empty() || !analysis.artifacts.is_empty())
            {
                platform::mark("exo-verdict-rendered");
            }
            // Embedded: report the height to the parent page.
            if was.is_none_or(|w| w.6 != *embed) {
                kept.watch = None;
                if *embed {
                    kept.watch = platform::watch_height();
                }
            }
            *last = Some(now.clone());
        });
    }

    let lang = state.lang;
    let analysis: Shared<_> = state.analysis.clone();
    // The results (memoised on their props in the kit), made on every route.
    let results = memo_results(
        &kit.results,
        &ResultsProps {
            lang,
            text: SharedText(state.analysed.clone()),
            analysis,
            now: state.now,
            selected: state.selected,
            ticked: state.ticked.clone(),
            hints: state.hints.clone(),
            mask_ids: state.mask_ids,
            notice: state.notice.clone(),
            evidence_open: state.evidence_open,
            dispatch: dispatch.clone(),
        },
    );
    let main = match &state.route {
        Route::Reference(entry) => html! {
            { reference(&ReferenceProps { lang, filter: state.filter.clone(), focus: *entry, dispatch: dispatch.clone() }) }
        },
        _ => html! {
            <>
                { input_panel(&InputPanelProps {
                    lang,
                    text: SharedText(state.text.clone()),
                    text_rev: state.text_rev,
                    hints: state.hints.clone(),
                    file_note: state.file_note,
                    pending: state.pending(),
                    progress: state.progress(),
                    on_edit: on_edit.clone(),
                    dispatch: dispatch.clone(),
                    reads: reads.clone(),
                }) }
                { results }
            </>
        },
    };
    let class = if state.embed { "app embed" } else { "app" };
    let node = html! {
        { eld!("div", ["lang" = lang.code()], html! { <>
            if !state.embed {
                { el!("a", ["href" = "#main", "class" = "skip"], strings::SKIP.get(lang)) }
                { header(&HeaderProps { lang, theme: state.theme, route: state.route.clone(), dispatch: dispatch.clone() }) }
            }
            { el!("main", ["id" = "main", "tabindex" = "-1"], main) }
            if !state.embed {
                { footer(&FooterProps { lang, offline_copy: platform::is_file() }) }
            }
        </> }) }
    };
    components::with_class(node, &["lang", "class"], Some(AttrValue::Static(class)))
}

/// Replaces the page with a readable error card (used by the panic hook).
#[cfg(feature = "csr")]
fn show_crash(message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_default();
    let Some(body) = doc.body() else { return };
    body.set_inner_html("");
    let make = |tag: &str, text: &str| {
        let el = doc.create_element(tag).ok();
        if let Some(el) = &el {
            el.set_text_content(Some(text));
        }
        el
    };
    let Some(card) = make("main", "") else { return };
    card.set_class_name("crash");
    let _ = card.set_attribute("role", "alert");
    for el in [
        make("h1", strings::CRASH_TITLE.get(lang)),
        make("p", strings::CRASH_BODY.get(lang)),
        make("pre", message),
    ]
    .into_iter()
    .flatten()
    {
        let _ = card.append_child(&el);
    }
    if let Some(button) = make("button", strings::RELOAD.get(lang)) {
        let _ = button.set_attribute("type", "button");
        let listener = gloo::events::EventListener::new(&button, "click", |_| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        listener.forget();
        let _ = card.append_child(&button);
    }
    let _ = body.append_child(&card);
}

/// Installs the panic hook, removes the static loader and mounts the app into `#app`.
#[cfg(feature = "csr")]
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_crash(&info.to_string());
    }));
    let doc = web_sys::window().and_then(|w| w.document());
    if let Some(loading) = doc.as_ref().and_then(|d| d.get_element_by_id("loading")) {
        loading.remove();
    }
    match doc.and_then(|d| d.get_element_by_id("app")) {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
