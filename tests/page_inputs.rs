//! The page's side of reading inputs as admins have them (`cargo test --features ssr --test
//! page_inputs`): a file opened or dropped is decoded by the core decoder in the reducer, the
//! page says which encoding it read when that was not UTF-8, and the change-time field uses the
//! CLI's strict time parser and shows what is wrong.
#![cfg(feature = "ssr")]

use exo_oauth_doctor::catalogue::CauseId;
use exo_oauth_doctor::examples::EXAMPLES;
use exo_oauth_doctor::i18n::Lang;
use exo_oauth_doctor::input::Encoding;
use exo_oauth_doctor::ui::components::{input_panel, InputPanelProps};
use exo_oauth_doctor::ui::state::*;
use exo_oauth_doctor::ui::{App, AppProps, Start};
use yew::prelude::*;
use yew::LocalServerRenderer;

const NOW: i64 = 1_748_853_651; // 2025-06-02T08:40:51Z

fn transcript() -> String {
    let sp = EXAMPLES
        .iter()
        .find(|e| e.key == "sp-not-found")
        .expect("the AADServicePrincipalNotFound example");
    format!("PS C:\\> # Prüfung für Müller 📧\n{}\n", sp.text).replace('\n', "\r\n")
}

fn utf16le_with_bom(s: &str) -> Vec<u8> {
    [
        vec![0xFF, 0xFE],
        s.encode_utf16().flat_map(u16::to_le_bytes).collect(),
    ]
    .concat()
}

fn open(bytes: Vec<u8>) -> State {
    State::default().apply(Action::OpenFile { bytes, now: NOW })
}

#[test]
fn a_utf16le_file_becomes_the_text_and_is_diagnosed_like_its_utf8_form() {
    let text = transcript();
    let from_utf16 = open(utf16le_with_bom(&text));
    let from_utf8 = open(text.clone().into_bytes());
    assert_eq!(&*from_utf16.text, text.as_str());
    assert_eq!(
        from_utf16.text_rev, 1,
        "the paste area is rebuilt with the text"
    );
    assert_eq!(
        from_utf16.file_note,
        Some(FileNote::Read {
            encoding: Encoding::Utf16Le,
            replaced: 0
        })
    );
    assert_eq!(from_utf8.file_note, None, "UTF-8 needs no note");
    assert_eq!(
        from_utf16.analysis.findings.first().map(|f| f.cause),
        Some(CauseId::WrongObjectId)
    );
    assert_eq!(*from_utf16.analysis, *from_utf8.analysis);
}

#[test]
fn replaced_bytes_are_noted_and_the_note_goes_with_the_text() {
    let s = open(b"NO AUTHENTICATE failed.\xFF".to_vec());
    assert_eq!(&*s.text, "NO AUTHENTICATE failed.\u{FFFD}");
    assert_eq!(
        s.file_note,
        Some(FileNote::Read {
            encoding: Encoding::Utf8,
            replaced: 1
        })
    );
    let edited = s.clone().apply(Action::Edit("typed".into()));
    assert_eq!(edited.file_note, None, "typing replaces the file's text");
    let cleared = s.apply(Action::Clear { now: NOW });
    assert_eq!(cleared.file_note, None);
    let failed = State::default().apply(Action::FileUnreadable);
    assert_eq!(failed.file_note, Some(FileNote::Unreadable));
}

/// What the panel is rendered with here.
#[derive(PartialEq, Properties)]
struct PanelProps {
    file_note: Option<FileNote>,
    lang: Lang,
}

/// The panel (a plain function of the app) inside a component of its own, for the renderer.
#[component]
fn Panel(p: &PanelProps) -> Html {
    input_panel(&InputPanelProps {
        lang: p.lang,
        text: "x".into(),
        text_rev: 0,
        hints: HintInputs::default(),
        file_note: p.file_note,
        pending: false,
        progress: None,
        on_edit: Callback::noop(),
        dispatch: Callback::noop(),
        reads: Default::default(),
    })
}

fn render_input(file_note: Option<FileNote>, lang: Lang) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<Panel>::with_props(PanelProps { file_note, lang })
            .hydratable(false)
            .render(),
    )
}

#[test]
fn the_page_says_which_encoding_it_read() {
    let note = Some(FileNote::Read {
        encoding: Encoding::Utf16Le,
        replaced: 2,
    });
    let en = render_input(note, Lang::En);
    assert!(en.contains("The file was read as UTF-16LE"), "{en}");
    assert!(
        en.contains("2 unreadable byte sequences were replaced"),
        "{en}"
    );
    let de = render_input(note, Lang::De);
    assert!(de.contains("Die Datei wurde als UTF-16LE gelesen"), "{de}");
    let none = render_input(None, Lang::En);
    assert!(!none.contains("file-note"));
    assert!(
        none.contains(r#"type="file""#),
        "a file can be opened: {none}"
    );
    let utf8 = render_input(
        Some(FileNote::Read {
            encoding: Encoding::Utf8,
            replaced: 1,
        }),
        Lang::En,
    );
    assert!(!utf8.contains("read as"), "UTF-8 is not named: {utf8}");
    assert!(utf8.contains("1 unreadable byte sequences"));
}

#[test]
fn the_change_time_field_is_strict() {
    for (input, want) in [
        ("", Ok(None)),
        ("2024-01-10T16:49", Ok(Some(1_704_905_340))),
        ("2024-01-10T16:49:32.123", Ok(Some(1_704_905_372))),
        ("2024-01-10T18:49:32+02:00", Ok(Some(1_704_905_372))),
        ("2024-02-29", Ok(Some(1_709_164_800))),
        (
            "2025-02-31T10:00",
            Err(exo_oauth_doctor::time::TimeError::Day {
                year: 2025,
                month: 2,
                day: 31,
            }),
        ),
    ] {
        assert_eq!(check_changed_at(input), want, "{input}");
    }
    for bad in [
        "2025-02-31T10:00",
        "2023-02-29",
        "2024-01-10T16:49:32+99:99",
        "2024-01-10T16:49:32Zjunk",
        "2024-01-10T25:00",
    ] {
        assert_eq!(parse_changed_at(bad), None, "{bad}");
        let h = HintInputs {
            changed_at: bad.into(),
            ..HintInputs::default()
        };
        assert!(h.error(HintField::ChangedAt).is_some(), "{bad}");
        assert_eq!(h.hints().changed_at, None, "{bad}");
    }
}

#[test]
fn the_change_time_field_shows_what_is_wrong() {
    let page = |lang| {
        futures::executor::block_on(
            LocalServerRenderer::<App>::with_props(AppProps {
                start: Some(Start {
                    lang,
                    now: NOW,
                    hints: HintInputs {
                        changed_at: "2025-02-31T10:00".into(),
                        ..HintInputs::default()
                    },
                    ..Start::default()
                }),
            })
            .hydratable(false)
            .render(),
        )
    };
    let en = page(Lang::En);
    assert!(en.contains("2025-02 has no day 31"), "{en}");
    assert!(en.contains(r#"aria-invalid="true""#));
    assert!(page(Lang::De).contains("2025-02 hat keinen Tag 31"));
}
