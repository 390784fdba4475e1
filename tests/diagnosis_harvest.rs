//! Accuracy over the harvested public reports (`tests/fixtures/harvest.jsonl`): real failure
//! reports from public threads that the rules were NOT written from (see
//! `tests/fixtures/README.md` for how they were gathered and labelled). Every report must be
//! analysed without a panic; on the confirmed ones the rank of the confirmed cause is measured
//! and must not fall below the floors measured when the harvest was added, so a regression fails.
//! The floors are what the analyser reached then, not a goal: raise them as it improves.
//!
//! This test never reads `tests/fixtures/sealed.jsonl`: that quarter of the harvest is scored
//! once, at the end, by the lead.

use exo_oauth_doctor::{analyze, Options};
use serde_json::Value;
use std::collections::BTreeMap;

const HARVEST: &str = include_str!("fixtures/harvest.jsonl");
/// 2026-01-01T00:00:00Z: a fixed clock for repeatable results.
const NOW: i64 = 1_767_225_600;

/// Confirmed reports whose cause ranks first: 785 of 981 (2026-12-07, a fifteenth session: the
/// hundred-and-second to hundred-and-fourth harvests' tuning parts joined, 11 reports of which 3
/// confirmed; their first looks are in docs/ACCURACY.md). Before: 783 of 978 (2026-12-07, a fourteenth session: the
/// ninety-third to hundred-and-first harvests' tuning parts joined, 36 reports of which 18 confirmed;
/// their first looks are in docs/ACCURACY.md). Before: 771 of 960 (2026-12-07, a thirteenth session: the
/// eighty-fifth to ninety-second harvests' tuning parts joined, 151 reports of which 90
/// confirmed; their first looks are in docs/ACCURACY.md). Before: 700 of 870 (2026-12-07, a
/// twelfth session: the seventy-fifth to eighty-fourth harvests' tuning parts joined, 280
/// reports of which 146 confirmed). Before: 569 of 725 (2026-12-07, an eleventh session: the
/// sixty-seventh to seventy-fourth harvests' tuning parts joined, 183 reports of which 128
/// confirmed, at their first looks 100 first and 109 in the top three, 110 and 119 after the
/// session's rows; AADSTS700051 keeps the implicit-grant request first, which two of them label
/// as the client type). Before: 465 of 597 (2026-12-06, a tenth session: the
/// fifty-ninth to sixty-sixth harvests' tuning parts joined, 91 reports of which 42 confirmed, at
/// their first looks 34 first and 36 in the top three, 37 and 37 after the session's rows; the
/// floor had stood at 339 since the fifth session while harvests joined). Before: 339 of 436 (2026-12-06, a fifth session: the fortieth
/// to forty-third harvests' tuning parts joined, 7 reports of which 4 confirmed, at their first
/// looks 3 first and 3 in the top three, the same after the session's rows). Before: 335 of 432 (2026-12-06, a fourth session: the
/// thirty-eighth harvest's tuning part joined, 20 reports of which 7 confirmed, at its first look 3
/// first and 4 in the top three, 7 and 7 after the session's rows). Before: 327 of 425 (2026-12-06, a later session: the
/// thirty-seventh harvest's tuning part joined, 19 reports of which 6 confirmed, at its first look 5
/// first and 6 in the top three; with the session's other knowledge). Before: 322 of 419 (2026-12-06, after the thirty-fifth and
/// thirty-sixth harvests' tuning parts joined: 22 and 3 reports, 10 and 2 of them confirmed; at their
/// first looks 8 and 1 first, 8 and 2 in the top three, the same after the day's tuning). Before: 280 of 355 after a paste's forms were read (2026-12-03,
/// a later session; the twenty-sixth harvest's 2 confirmed reports joined, both first before any
/// change). Before that, 278 of 353 after the concept rows (an error worded
/// by an unknown application read for the cause it states) and the clients' translations
/// (2026-12-03; the twenty-fifth harvest's 38 reports joined unconfirmed). Before that, as
/// measured after the twenty-first harvest's tuning
/// part joined and the flows, OAuth error words and a working other protocol told in prose were
/// read (2026-12-03: 273 of 353, 277 once IdentityModel's IDX12729 read as a client failure and
/// PowerShell 7's error view no longer as an SMTP reply; its own 3 confirmed reports scored 2
/// first and 2 in the top three before any tuning on them, 3 and 3 after). After the eighteenth and nineteenth
/// harvests' tuning part joined and the prose families were added (2026-12-03: 266 of 350, 270
/// once Graph's bare access denial ranked consent first; its
/// own 8 reports scored 3 first and 3 in the top three before any tuning on them, 6 and 6
/// after). After the sixteenth harvest's tuning
/// part joined and the families of its misses were added (2026-12-03: 254 of 342; its own 26
/// reports scored 7 first and 7 in the top three before any tuning on them, 12 and 14 after).
/// After the fourteenth harvest's tuning
/// part joined and the families of its misses were added (2026-12-03: 242 of 316; its own 23
/// reports scored 5 first and 6 in the top three before any tuning on them, 11 and 12 after).
/// After the twelfth harvest's tuning
/// part joined and the families of its misses were added (2026-12-03: 231 of 293; its own 12
/// reports scored 4 first and 4 in the top three before any tuning on them, 8 and 8 after).
/// After the seventh harvest's tuning
/// part joined and the families of its misses were added (2026-12-03: 223 of 281; its own 28
/// reports scored 11 first and 12 in the top three before any tuning on them, 18 and 19 after).
/// After the fifth harvest's tuning part
/// joined and the families of its misses were added (2026-12-03: 202 of 253; its own 37
/// reports scored 20 first and 22 in the top three before any tuning on them, 25 and 25 after).
/// After the fourth harvest's tuning part
/// joined and the families of its misses were added (2026-12-02: 177 of 216; its own 34
/// reports scored 21 first and 21 in the top three before any tuning on them, 29 and 32 after).
/// After the third harvest's tuning part (147 of 182; 143 when it
/// joined; its own 33 reports scored 17 first and 20 in the top three before any tuning on them,
/// 25 and 28 after). Before it: 121 of 149, earlier 119, after the second harvest's families 117
/// of 148, before those 104, of which 72 of the first 92.
const FLOOR_TOP1: usize = 785;
/// Confirmed reports whose cause ranks among the first three, as measured then (840 of 981 after
/// the hundred-and-second to hundred-and-fourth harvests joined, 2026-12-07, a fifteenth session; 838 of 978 after
/// the ninety-third to hundred-and-first harvests joined, 2026-12-07, a fourteenth session; 824 of 960 after
/// the eighty-fifth to ninety-second harvests joined, 2026-12-07, a thirteenth session; 749 of 870 after
/// the seventy-fifth to eighty-fourth harvests joined, 2026-12-07, a twelfth session; 615 of 725 after
/// the sixty-seventh to seventy-fourth harvests joined, 2026-12-07, an eleventh session; 499 of 597 after
/// the fifty-ninth to sixty-sixth harvests joined, 2026-12-06, a tenth session; 367 of 436 after
/// the fortieth to forty-third harvests joined; 364 of 432 after
/// the thirty-eighth harvest joined; 356 of 425 on
/// 2026-12-06 after the thirty-seventh harvest joined; 351 of 419 on
/// 2026-12-06 after the thirty-fifth and thirty-sixth harvests joined; 297 of 355 after
/// a paste's forms were read and the twenty-sixth harvest joined; 295 of 353 after the concept rows; before them 290, then 294; after the eighteenth and nineteenth harvests 287 of 350;
/// after the sixteenth harvest 271 of 342;
/// after the fourteenth harvest 257 of 316;
/// after the twelfth harvest 245 of 293;
/// after the seventh harvest 237 of 281;
/// after the fifth harvest 217 of 253;
/// after the fourth harvest 192 of 216;
/// after the third harvest 159 of 182; 156
/// when the third harvest joined; before it 131 of 149, before that 129, before the second
/// harvest's families 115).
const FLOOR_TOP3: usize = 840;

struct Report {
    id: String,
    source: String,
    text: String,
    cause: String,
}

fn reports() -> Vec<Report> {
    HARVEST
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("harvest line is JSON");
            let s = |k: &str| {
                v.get(k)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            Report {
                id: s("id"),
                source: s("source"),
                text: s("text"),
                cause: s("cause"),
            }
        })
        .collect()
}

fn opts() -> Options {
    Options {
        now: NOW,
        ..Options::default()
    }
}

/// Every line carries the fields the corpus format promises, ids and sources are unique, and
/// `cause` is a snake_case id or `unconfirmed` (the new ids of the breadth issue may not be in
/// the catalogue yet, so membership is not asserted here).
#[test]
fn harvest_lines_are_well_formed() {
    let all = reports();
    assert!(all.len() >= 100, "only {} harvested reports", all.len());
    let mut ids = std::collections::BTreeSet::new();
    let mut sources = std::collections::BTreeSet::new();
    for l in HARVEST.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(l).expect("JSON");
        for k in [
            "id",
            "source",
            "text",
            "client",
            "protocol",
            "cause",
            "fix_evidence",
        ] {
            assert!(
                v.get(k)
                    .and_then(Value::as_str)
                    .is_some_and(|s| !s.is_empty()),
                "{l}: field {k} missing or empty"
            );
        }
        let id = v["id"].as_str().unwrap_or_default().to_string();
        assert!(ids.insert(id.clone()), "duplicate id {id}");
        let source = v["source"].as_str().unwrap_or_default().to_string();
        assert!(sources.insert(source.clone()), "duplicate source {source}");
        let proto = v["protocol"].as_str().unwrap_or_default();
        assert!(
            [
                "imap",
                "pop",
                "smtp",
                "ews",
                "graph",
                "token-endpoint",
                "exchange-powershell"
            ]
            .contains(&proto),
            "{id}: protocol {proto}"
        );
        let cause = v["cause"].as_str().unwrap_or_default();
        assert!(
            cause
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit()),
            "{id}: cause {cause}"
        );
    }
}

/// Every report, confirmed or not, is analysed without a panic and yields findings sorted best
/// first with confidences in [0, 1].
#[test]
fn harvest_reports_are_analysed() {
    let opts = opts();
    for r in reports() {
        let a = analyze(&r.text, &opts);
        for w in a.findings.windows(2) {
            assert!(
                w[0].confidence >= w[1].confidence,
                "{} ({}): findings not sorted",
                r.id,
                r.source
            );
        }
        for f in &a.findings {
            assert!(
                (0.0..=1.0).contains(&f.confidence),
                "{} ({}): confidence {}",
                r.id,
                r.source,
                f.confidence
            );
        }
    }
}

/// Top-1 and top-3 accuracy over the confirmed reports, with the misses printed per wanted cause
/// (`cargo test --features ssr --test diagnosis_harvest -- --nocapture`).
#[test]
fn harvest_accuracy_does_not_regress() {
    let opts = opts();
    let (mut n, mut top1, mut top3) = (0usize, 0usize, 0usize);
    let mut misses: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in reports().iter().filter(|r| r.cause != "unconfirmed") {
        n += 1;
        let a = analyze(&r.text, &opts);
        let ranked: Vec<&str> = a.findings.iter().map(|f| f.cause.as_str()).collect();
        let pos = ranked.iter().position(|c| *c == r.cause);
        if pos == Some(0) {
            top1 += 1;
        }
        if pos.is_some_and(|p| p < 3) {
            top3 += 1;
        }
        if pos != Some(0) {
            let got: Vec<String> = a
                .findings
                .iter()
                .take(3)
                .map(|f| format!("{} {:.2}", f.cause.as_str(), f.confidence))
                .collect();
            misses.entry(r.cause.clone()).or_default().push(format!(
                "{} ({}): rank {:?}, got [{}]",
                r.id,
                r.source,
                pos.map(|p| p + 1),
                got.join(", ")
            ));
        }
    }
    for (cause, list) in &misses {
        println!("missed {cause} ({}):", list.len());
        for m in list {
            println!("  {m}");
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    println!(
        "harvest: {n} confirmed reports, top-1 {top1}/{n} = {:.1} %, top-3 {top3}/{n} = {:.1} %",
        pct(top1),
        pct(top3)
    );
    assert!(
        top1 >= FLOOR_TOP1,
        "top-1 {top1}/{n} fell below the floor {FLOOR_TOP1}"
    );
    assert!(
        top3 >= FLOOR_TOP3,
        "top-3 {top3}/{n} fell below the floor {FLOOR_TOP3}"
    );
}
