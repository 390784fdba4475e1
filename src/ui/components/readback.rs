//! Under a question: the command whose output answers it (with a copy button), and a field
//! that takes that output in place. Pasting (or typing and leaving the field) adds the output
//! to the end of the analysed text through [`Action::AppendOutput`]; the verdict follows.

use crate::i18n::Lang;
use crate::ui::components::{click, copy, tx};
use crate::ui::platform;
use crate::ui::state::Action;
use crate::ui::strings as s;
use yew::prelude::*;

/// The command of the question `key` and the field for its output.
pub fn question_command(lang: Lang, key: &str, command: &str, dispatch: &Callback<Action>) -> Html {
    let on_copy = {
        let command = command.to_string();
        Callback::from(move |_: MouseEvent| copy(&command, None))
    };
    let on_paste = {
        let d = dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(p) = platform::pasted(&e) {
                e.prevent_default();
                d.emit(Action::AppendOutput {
                    output: p.text(),
                    now: platform::now(),
                });
            }
        })
    };
    let on_change = {
        let d = dispatch.clone();
        Callback::from(move |e: Event| {
            let Some(field) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let output = field.value();
            field.set_value("");
            d.emit(Action::AppendOutput {
                output,
                now: platform::now(),
            });
        })
    };
    let id = format!("q-output-{key}");
    html! {
        { el!("div", ["class" = "q-command"], html! { <>
            { el!("p", ["class" = "muted"], text s::RUN_THIS, lang) }
            { el!("div", ["class" = "actions"], html! { <>
                { el!("code", ["class" = "command"], command.to_string()) }
                { el!("button", ["type" = "button", "class" = "copy-command"], @on click(on_copy), tx(s::COPY_COMMAND, lang)) }
            </> }) }
            { eld!("label", ["for" = id.clone()], tx(s::PASTE_OUTPUT, lang)) }
            <textarea id={id} class="q-output" rows="3" spellcheck="false"
                placeholder={s::PASTE_OUTPUT_HINT.get(lang)} onpaste={on_paste} onchange={on_change} />
        </> }) }
    }
}
