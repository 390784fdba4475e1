//! The page: Yew function components over the pure core.

use crate::{analyze, Options};
use yew::prelude::*;

/// The root component.
#[component]
pub fn App() -> Html {
    let text = use_state(String::new);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            text.set(el.value());
        })
    };
    let analysis = analyze(&text, &Options::default());
    html! {
        <main>
            <h1>{ "Exchange Online OAuth Doctor" }</h1>
            <label for="paste">{ "Paste" }</label>
            <textarea id="paste" value={(*text).clone()} {oninput} />
            <section id="result">{ format!("{} artifacts", analysis.artifacts.len()) }</section>
        </main>
    }
}

/// Mounts the app on the page.
#[cfg(feature = "csr")]
pub fn start() {
    let document = gloo::utils::document();
    if let Some(loading) = document.get_element_by_id("loading") {
        loading.remove();
    }
    if let Some(root) = document.get_element_by_id("app") {
        yew::Renderer::<App>::with_root(root).render();
    }
}
