//! Property tests: the analysis in steps (as the page runs it on a large paste) gives exactly what
//! the one-shot analysis gives, whatever the text and however the steps are cut.

mod common;
use exo_oauth_doctor::analysis::{analyze, Analyzer, Hints, Options};
use exo_oauth_doctor::rules::{diagnose, Diagnoser};
use exo_oauth_doctor::scan::{scan, Prepared, Scanner};
use exo_oauth_doctor::Lang;
use proptest::prelude::*;

const NOW: i64 = 1_704_905_372;

/// Real pasted texts plus lines that open escaped blocks (JSON, HTML entities, Python bytes,
/// quoted-printable), so the inputs mix blocks read in place with unescaped ones.
fn seeds() -> Vec<String> {
    let mut v = common::corpus_texts();
    v.extend(
        [
            "2024-01-10T16:49:01Z C: A01 AUTHENTICATE XOAUTH2 dXNlcj10ZXN0QGNvbnRvc28ub25taWNyb3NvZnQuY29tAWF1dGg9QmVhcmVyIEV3QkFBbDNCQUFVRkZwVUFvN0ozVmUwYmpMQldaV0NjbFJDM0VvQUEBAQ==",
            "2024-01-10T16:49:02Z S: A01 NO AUTHENTICATE failed.",
            "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\\r\\nTrace ID: 11111111-2222-3333-4444-555555555555\",\"error_codes\":[7000215]}",
            "&quot;AADSTS50194&quot; b'A01 NO x\\r\\n' \\u0001 \\x01",
            "New-ServicePrincipal -AppId 'x' -ObjectId \"y\" `\n -DisplayName z",
            "Timestamp: 2024-01-10 16:49:03Z",
            "2024-01-10T16:50:00Z INFO imap: fetched 3 messages from outlook.office365.com:993",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    v
}

/// A text of seed pieces and random bits, joined by `\n` or `\r\n`.
fn build(picks: &[(usize, bool, String)]) -> String {
    let seeds = seeds();
    let mut s = String::new();
    for (idx, crlf, extra) in picks {
        s.push_str(&seeds[idx % seeds.len()]);
        s.push_str(extra);
        s.push_str(if *crlf { "\r\n" } else { "\n" });
    }
    s
}

/// Scans in steps of the given budgets (cycled) and returns the artifacts.
fn scan_in_steps(text: &str, budgets: &[usize]) -> Vec<exo_oauth_doctor::evidence::Artifact> {
    let prepared = Prepared::new(text);
    let mut scanner = Scanner::new(&prepared, NOW);
    let mut i = 0;
    let mut last = (0, 0);
    while !scanner.step(budgets[i % budgets.len()]) {
        let now = scanner.progress();
        assert!(now.0 > last.0 && now.0 <= now.1, "{last:?} → {now:?}");
        last = now;
        i += 1;
    }
    assert_eq!(scanner.progress().0, scanner.progress().1);
    scanner.finish()
}

fn opts(lang: Lang) -> Options {
    Options {
        now: NOW,
        lang,
        ..Options::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, max_shrink_iters: 200, ..ProptestConfig::default() })]

    #[test]
    fn scan_in_steps_equals_scan(
        picks in proptest::collection::vec((0usize..200, any::<bool>(), "[ -~\u{1}é]{0,12}"), 0..24),
        budgets in proptest::collection::vec(0usize..600, 1..8),
    ) {
        let text = build(&picks);
        prop_assert_eq!(scan_in_steps(&text, &budgets), scan(&text, NOW));
    }

    #[test]
    fn scan_in_steps_equals_scan_on_arbitrary_text(
        text in "[ -~\\n\\r\\t\u{1}é€😀&;\\\\]{0,400}",
        budgets in proptest::collection::vec(0usize..80, 1..8),
    ) {
        prop_assert_eq!(scan_in_steps(&text, &budgets), scan(&text, NOW));
    }

    #[test]
    fn analysis_in_steps_equals_analyze(
        picks in proptest::collection::vec((0usize..200, any::<bool>(), "[ -~]{0,8}"), 0..16),
        budgets in proptest::collection::vec(0usize..2000, 1..6),
        german in any::<bool>(),
    ) {
        let text = build(&picks);
        let opts = opts(if german { Lang::De } else { Lang::En });
        let prepared = Prepared::new(&text);
        let mut analyzer = Analyzer::new(&prepared, &opts);
        let mut percents = vec![analyzer.percent()];
        let mut i = 0;
        while !analyzer.step(budgets[i % budgets.len()]) {
            percents.push(analyzer.percent());
            i += 1;
        }
        prop_assert!(percents.windows(2).all(|w| w[0] <= w[1]), "{:?}", percents);
        prop_assert_eq!(analyzer.percent(), 100);
        prop_assert_eq!(analyzer.finish(), analyze(&text, &opts));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn diagnosis_in_steps_equals_diagnose(
        picks in proptest::collection::vec((0usize..200, any::<bool>(), "[ -~]{0,8}"), 0..16),
    ) {
        let artifacts = scan(&build(&picks), NOW);
        let hints = Hints::default();
        let mut diagnoser = Diagnoser::new(artifacts.clone(), &hints, NOW);
        let mut runs = vec![diagnoser.progress()];
        while !diagnoser.step() {
            runs.push(diagnoser.progress());
        }
        let (all, groups) = diagnoser.progress();
        prop_assert_eq!(all, groups);
        prop_assert!(runs.windows(2).all(|w| w[0].0 < w[1].0), "{:?}", runs);
        let (back, diagnosis) = diagnoser.finish();
        prop_assert_eq!(&back, &artifacts);
        prop_assert_eq!(diagnosis, diagnose(&artifacts, &hints, NOW));
    }
}

#[test]
fn empty_text_takes_one_step() {
    let prepared = Prepared::new("");
    let mut scanner = Scanner::new(&prepared, NOW);
    assert!(scanner.step(0));
    assert_eq!(scanner.progress(), (0, 0));
    assert!(scanner.finish().is_empty());
}

#[test]
fn a_step_reads_whole_lines_up_to_the_budget() {
    // Lines of 10 bytes each (9 characters and the newline).
    let text = "aaaaaaaaa\n".repeat(10);
    let prepared = Prepared::new(&text);
    let mut scanner = Scanner::new(&prepared, NOW);
    let rows: [(usize, usize); 4] = [(1, 10), (10, 20), (11, 40), (0, 50)];
    for (budget, read) in rows {
        assert!(!scanner.step(budget));
        assert_eq!(scanner.progress(), (read, 100), "budget {budget}");
    }
    assert!(scanner.step(usize::MAX));
    assert_eq!(scanner.progress(), (100, 100));
}

#[test]
fn finish_after_some_steps_completes_the_analysis() {
    let text = build(
        &(0..40)
            .map(|i| (i * 7, i % 3 == 0, String::new()))
            .collect::<Vec<_>>(),
    );
    let opts = opts(Lang::En);
    let prepared = Prepared::new(&text);
    let mut analyzer = Analyzer::new(&prepared, &opts);
    assert_eq!(analyzer.percent(), 0);
    assert!(!analyzer.step(100));
    assert!(analyzer.percent() < 90);
    let analysis = analyzer.finish();
    assert!(!analysis.artifacts.is_empty());
    assert_eq!(analysis, analyze(&text, &opts));
}

/// A text of megabytes without line breaks (one-line JSON, a log joined into one line): `sep`
/// between the seed pieces, no newline anywhere.
fn one_line(bytes: usize, sep: &str) -> String {
    let seeds = seeds();
    let mut s = String::new();
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(&seeds[(i * 7) % seeds.len()].replace(['\r', '\n'], " "));
        s.push_str(sep);
        i += 1;
    }
    s
}

#[test]
fn a_very_long_line_is_read_in_pieces_with_the_same_result() {
    // Pieces are cut at a blank, else at a comma; a text with neither stays one piece.
    let rows: [(String, bool); 3] = [
        (one_line(1_200_000, " "), true),
        (one_line(1_200_000, ",").replace(' ', "_"), true),
        ("a~".repeat(600_000), false),
    ];
    for (text, pieces) in rows {
        let head = &text[..20];
        assert!(!text.contains('\n'));
        let prepared = Prepared::new(&text);
        let mut scanner = Scanner::new(&prepared, NOW);
        let mut steps = 1;
        while !scanner.step(64 * 1024) {
            steps += 1;
        }
        assert_eq!(steps > 3, pieces, "{head}: {steps} steps");
        let stepped = scanner.finish();
        assert_eq!(stepped, scan(&text, NOW), "{head}");
        // What is near the end of the line is found as well.
        assert_eq!(
            stepped.iter().any(|a| a.span.start > 1_000_000),
            pieces,
            "{head}"
        );
    }
}
