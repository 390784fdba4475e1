//! The paste area (also taking a dropped file), the file picker, the example menu and the hint
//! fields.

use crate::examples::EXAMPLES;
use crate::i18n::Joined;
use crate::i18n::Lang;
use crate::input::Encoding;
use crate::ui::components::{change, click, flag, tn, tx, typing};
use crate::ui::platform;
use crate::ui::state::{
    field_text, size_mb, splice_utf16, too_large_for_field, Action, Edited, FileNote, HintField,
    HintInputs, SharedText, FIELD_LIMIT_BYTES,
};
use crate::ui::strings as s;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`input_panel`].
pub struct InputPanelProps {
    /// UI language.
    pub lang: Lang,
    /// The text in the paste area.
    pub text: SharedText,
    /// Bumped when the page itself replaced the text: only then is the paste area rebuilt with
    /// it (a typed or pasted text is never written back into the field).
    pub text_rev: u32,
    /// The hint fields.
    pub hints: HintInputs,
    /// What to say about the file the text was read from.
    pub file_note: Option<FileNote>,
    /// The result lags behind the text.
    pub pending: bool,
    /// How far the running analysis in steps is (percent), if one runs.
    pub progress: Option<u8>,
    /// Called with the new text on every keystroke or paste.
    pub on_edit: Callback<Edited>,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
    /// Counts large pastes and files being read: typing or a newer paste or file makes an older
    /// read stale. Kept by the app (the panel is a plain function, without hooks of its own).
    pub reads: Rc<RefCell<u32>>,
}

/// A labelled hint field; also used inline next to a question.
#[derive(Clone, PartialEq)]
pub struct HintInputProps {
    /// Which field.
    pub field: HintField,
    /// Current value.
    pub value: String,
    /// Element id (unique in the page).
    pub id: AttrValue,
    /// Label text.
    pub label: AttrValue,
    /// Help line under the field.
    pub help: Option<AttrValue>,
    /// What is wrong with the value (see [`HintInputs::error`]), shown under the field.
    pub error: Option<AttrValue>,
    /// State dispatcher.
    pub dispatch: Callback<Action>,
}

/// One hint field.
pub fn hint_input(p: &HintInputProps) -> Html {
    let field = p.field;
    let oninput = {
        let d = p.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            d.emit(Action::SetHint(field, v));
        })
    };
    let (kind, auto) = match field {
        HintField::ObjectId => ("text", "off"),
        HintField::Mailbox => ("email", "off"),
        HintField::ChangedAt => ("datetime-local", "off"),
    };
    let help_id = format!("{}-help", p.id);
    let error_id = format!("{}-error", p.id);
    let described: Vec<&str> = [
        p.error.as_ref().map(|_| error_id.as_str()),
        p.help.as_ref().map(|_| help_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        { el!("div", ["class" = "field"], html! { <>
            { eld!("label", ["for" = p.id.clone()], p.label.clone()) }
            { eld!("input", value p.value.clone(), ["id" = p.id.clone(), "type" = kind, "autocomplete" = auto, "spellcheck" = "false",
                "aria-invalid" = p.error.is_some().then_some("true"),
                "aria-describedby" = (!described.is_empty()).then(|| described.joined(" "))], @on typing(oninput)) }
            if let Some(error) = &p.error {
                { eld!("p", ["id" = error_id, "class" = "field-error"], error.clone()) }
            }
            if let Some(help) = &p.help {
                { eld!("p", ["id" = help_id, "class" = "help"], help.clone()) }
            }
        </> }) }
    }
}

/// The sentences about a file the page read: its encoding when not UTF-8, the replaced bytes.
fn file_note_text(note: FileNote, lang: Lang) -> String {
    match note {
        FileNote::Unreadable => s::FILE_UNREADABLE.get(lang).to_string(),
        FileNote::Read { encoding, replaced } => {
            let mut parts = Vec::new();
            if encoding != Encoding::Utf8 {
                parts.push(s::fill_in(s::FILE_ENCODING, lang, &[encoding.name()]));
            }
            if replaced > 0 {
                parts.push(s::fill(
                    s::FILE_REPLACED.get(lang),
                    &[&replaced.to_string()],
                ));
            }
            parts.joined(" ")
        }
    }
}

/// The input panel (a plain function the app calls, not a component of its own: a component's
/// lifecycle code would cost the page about a third of a KiB).
pub fn input_panel(p: &InputPanelProps) -> Html {
    let lang = p.lang;
    let reads = &p.reads;
    let oninput = {
        let on_edit = p.on_edit.clone();
        let reads = reads.clone();
        Callback::from(move |e: InputEvent| {
            // A large paste still being read is superseded.
            {
                let mut r = reads.borrow_mut();
                *r = r.wrapping_add(1);
            }
            on_edit.emit(Edited::Typed(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            ));
        })
    };
    // A paste too large for the field never goes into it: the browser would spend a long time
    // inserting it only for the page to take it out again. The page takes it over, copying it
    // a few megabytes at a time. Typing or another paste meanwhile wins.
    let onpaste = {
        let on_edit = p.on_edit.clone();
        let reads = reads.clone();
        Callback::from(move |e: Event| {
            let Some(pasted) = platform::pasted(&e) else {
                return;
            };
            let small = pasted.units() <= FIELD_LIMIT_BYTES;
            let now = small.then(|| pasted.text());
            if now.as_deref().is_some_and(|t| !too_large_for_field(t)) {
                return;
            }
            e.prevent_default();
            let area = e.target_unchecked_into::<web_sys::HtmlTextAreaElement>();
            let field = area.value();
            let empty = field.is_empty();
            let start = area.selection_start().ok().flatten().unwrap_or(0);
            let end = area.selection_end().ok().flatten().unwrap_or(start);
            let splice = move |text: String| {
                if field.is_empty() {
                    text
                } else {
                    splice_utf16(&field, start, end, &text)
                }
            };
            let read = {
                let mut r = reads.borrow_mut();
                *r = r.wrapping_add(1);
                *r
            };
            if let Some(text) = now {
                on_edit.emit(Edited::Typed(splice(text)));
                return;
            }
            let on_edit = on_edit.clone();
            let reads = reads.clone();
            platform::spawn(async move {
                let stale = move || *reads.borrow() != read;
                if empty {
                    // Into an empty field: the paste alone is the text, read straight into one
                    // shared string and masked there (no second copy of it in the page's memory).
                    if let Some(text) = pasted.read_masked(stale).await {
                        on_edit.emit(Edited::Masked(AttrValue::from(text)));
                    }
                } else if let Some(text) = pasted.read(stale).await {
                    on_edit.emit(Edited::Typed(splice(text)));
                }
            });
        })
    };
    // A file chosen or dropped is read as bytes and decoded by the core (UTF-8 or UTF-16, see
    // `crate::input`); typing or another paste or file meanwhile wins.
    let open_file: Rc<dyn Fn(platform::PickedFile)> = {
        let dispatch = p.dispatch.clone();
        let reads: Rc<RefCell<u32>> = reads.clone();
        Rc::new(move |file: platform::PickedFile| {
            let read = {
                let mut r = reads.borrow_mut();
                *r = r.wrapping_add(1);
                *r
            };
            let dispatch = dispatch.clone();
            let reads = reads.clone();
            platform::spawn(async move {
                let bytes = file.bytes().await;
                if *reads.borrow() != read {
                    return;
                }
                dispatch.emit(match bytes {
                    Some(bytes) => Action::OpenFile {
                        bytes,
                        now: platform::now(),
                    },
                    None => Action::FileUnreadable,
                });
            });
        })
    };
    let on_file = {
        let open_file = open_file.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = platform::chosen_file(&e) {
                open_file(file);
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| {
        if platform::drags_files(&e) {
            e.prevent_default();
        }
    });
    let ondrop = Callback::from(move |e: DragEvent| {
        if let Some(file) = platform::dropped_file(&e) {
            e.prevent_default();
            open_file(file);
        }
    });
    let on_example = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let el = e.target_unchecked_into::<web_sys::HtmlSelectElement>();
            let key = el.value();
            if !key.is_empty() {
                d.emit(Action::LoadExample {
                    key,
                    now: platform::now(),
                });
            }
            el.set_value("");
        })
    };
    let on_clear = {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            d.emit(Action::Clear {
                now: platform::now(),
            });
        })
    };
    let hint = |field: HintField, label: &crate::i18n::Text, help: Option<&crate::i18n::Text>| {
        html! {
            { hint_input(&HintInputProps {
                field,
                value: p.hints.get(field).to_string(),
                id: field.dom_id().into(),
                label: label.get(lang).into(),
                help: help.map(|h| AttrValue::from(h.get(lang))),
                error: p.hints.error(field).map(|e| AttrValue::from(e.message(lang))),
                dispatch: p.dispatch.clone(),
            }) }
        }
    };
    let any_hint = !(p.hints.object_id.is_empty()
        && p.hints.mailbox.is_empty()
        && p.hints.changed_at.is_empty());
    html! {
        <section class="input" aria-labelledby="paste-heading" {ondragover} {ondrop}>
            { el!("h1", ["id" = "paste-heading"], text s::PASTE_HEADING, lang) }
            { el!("p", ["class" = "privacy-line"], text s::PRIVACY, lang) }
            { el!("label", ["for" = "paste", "class" = "paste-label"], text s::PASTE_LABEL, lang) }
            // Uncontrolled: the field keeps what the user typed; a text from the page (example,
            // Clear, share link) comes with a new key, which rebuilds the field with that text.
            <textarea key={p.text_rev.to_string()} id="paste" rows="9" spellcheck="false" autocomplete="off" autocapitalize="off"
                placeholder={s::PASTE_PLACEHOLDER.get(lang)} defaultvalue={field_text(&p.text.0)} {oninput} {onpaste}
                aria-describedby={too_large_for_field(&p.text).then_some("paste-too-large")} />
            if too_large_for_field(&p.text) {
                { el!("p", ["id" = "paste-too-large", "class" = "help"], s::fill_in(s::TOO_LARGE_FOR_FIELD, lang, &[&size_mb(p.text.len(), lang)])) }
            }
            if let Some(note) = p.file_note {
                { el!("p", ["id" = "file-note", "role" = "status", "class" = "help"], file_note_text(note, lang)) }
            }
            { el!("div", ["class" = "input-bar"], html! { <>
                { el!("div", ["class" = "field inline"], html! { <>
                    { el!("label", ["for" = "open-file"], text s::OPEN_FILE, lang) }
                    <input type="file" id="open-file" onchange={on_file} />
                </> }) }
                { el!("div", ["class" = "field inline"], html! { <>
                    { el!("label", ["for" = "example"], text s::EXAMPLE_LABEL, lang) }
                    { el!("select", ["id" = "example"], @on change(on_example), html! { <>
                        <option value="" selected=true>{ tx(s::EXAMPLE_CHOOSE, lang) }</option>
                        { for EXAMPLES.iter().map(|ex| html! {
                            <option key={ex.key} value={ex.key}>{ tn(ex.title.get(lang)) }</option>
                        }) }
                    </> }) }
                </> }) }
                { eld!("button", ["type" = "button", "disabled" = flag(p.text.is_empty(), "disabled"), "class" = "ghost"],
                    @on click(on_clear), tx(s::CLEAR, lang)) }
                { el!("span", ["role" = "status", "aria-live" = "polite", "class" = "status"], html! { <>
                    if let Some(percent) = p.progress {
                        { s::fill_in(s::ANALYSING_PERCENT, lang, &[&percent.to_string()]) }
                    } else if p.pending {
                        { tx(s::ANALYSING, lang) }
                    }
                </> }) }
            </> }) }
            { eld!("details", ["open" = flag(any_hint, "open"), "class" = "hints"], html! { <>
                { el!("summary", [], text s::HINTS_TITLE, lang) }
                { el!("div", ["class" = "hint-grid"], html! { <>
                    { hint(HintField::ObjectId, &s::HINT_OBJECT_ID, Some(&s::HINT_OBJECT_ID_HELP)) }
                    { hint(HintField::Mailbox, &s::HINT_MAILBOX, None) }
                    { hint(HintField::ChangedAt, &s::HINT_CHANGED_AT, Some(&s::HINT_CHANGED_AT_HELP)) }
                </> }) }
            </> }) }
        </section>
    }
}
