//! The priors behind thin evidence (`src/catalogue/priors.rs`) are counted from the labelled
//! public reports used for tuning: this test analyses every confirmed report of
//! `tests/fixtures/corpus.jsonl` and `tests/fixtures/harvest.jsonl`, takes the kind of thin
//! evidence the rules recorded for it (none when another rule settles the cause), counts the
//! confirmed causes per kind, and fails when `COUNTS` differs, printing the table to paste into
//! `src/catalogue/priors.rs`. It never reads the sealed reports.
//!
//! The counts do not depend on themselves: which kind of thin evidence a report has is decided by
//! its evidence alone, before any candidate is ranked.

use exo_oauth_doctor::catalogue::priors::{self, Channel, Flow};
use exo_oauth_doctor::catalogue::texts::hub;
use exo_oauth_doctor::catalogue::CauseId;
use exo_oauth_doctor::{analyze, Options};
use serde_json::Value;
use std::collections::BTreeMap;

const FILES: [&str; 2] = [
    include_str!("fixtures/corpus.jsonl"),
    include_str!("fixtures/harvest.jsonl"),
];
/// 2026-01-01T00:00:00Z: a fixed clock for repeatable results.
const NOW: i64 = 1_767_225_600;

fn opts() -> Options {
    Options {
        now: NOW,
        ..Options::default()
    }
}

fn counted() -> BTreeMap<(Channel, Flow, CauseId), u16> {
    let mut counts = BTreeMap::new();
    let opts = opts();
    for line in FILES.iter().flat_map(|f| f.lines()) {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).expect("fixture line is JSON");
        let cause = v.get("cause").and_then(Value::as_str).unwrap_or_default();
        let Some(cause) = CauseId::parse(cause) else {
            continue; // unconfirmed
        };
        let text = v.get("text").and_then(Value::as_str).unwrap_or_default();
        if let Some(case) = analyze(text, &opts).thin {
            *counts.entry((case.channel, case.flow, cause)).or_insert(0) += 1;
        }
    }
    counts
}

#[test]
fn counts_are_those_of_the_labelled_reports() {
    let counts = counted();
    let table: BTreeMap<(Channel, Flow, CauseId), u16> = priors::COUNTS
        .iter()
        .map(|&(ch, fl, c, n)| ((ch, fl, c), n))
        .collect();
    if counts != table {
        let mut out = String::from(
            "#[rustfmt::skip]\npub const COUNTS: &[(Channel, Flow, CauseId, u16)] = &[\n",
        );
        for ((ch, fl, c), n) in &counts {
            out.push_str(&format!(
                "    (Channel::{ch:?}, Flow::{fl:?}, CauseId::{c:?}, {n}),\n"
            ));
        }
        out.push_str("];\n");
        panic!("priors::COUNTS is not what the labelled reports give; the table is:\n{out}");
    }
}

#[test]
fn candidates_of_a_thin_failure_never_sum_above_one() {
    let opts = opts();
    for text in [
        "A1 NO AUTHENTICATE failed.",
        // As posts quote it, its last word capitalised.
        "AUTHENTICATE Failed",
        "S: 535 5.7.3 Authentication unsuccessful [AM0PR02CA0001.eurprd02.prod.outlook.com]",
        "A1 NO AUTHENTICATE failed. Error=\"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed.\"",
        "-ERR Authentication failure: unknown user name or bad password.",
        // A client's words for a refused token, naming no reason.
        "ERROR imap: the server rejected the access token",
        "Microsoft hat das Zugriffstoken nicht akzeptiert",
    ] {
        let a = analyze(text, &opts);
        assert!(a.thin.is_some(), "{text}: not recorded as thin evidence");
        // The hub's candidates carry the rank reason; other rules may add their own findings.
        let ranked = |f: &&exo_oauth_doctor::rules::Finding| {
            f.evidence
                .iter()
                .any(|e| {
                    [hub::RANK_CASE, hub::RANK_FAMILY, hub::RANK_EVEN]
                        .iter()
                        .any(|t| e.why.en.starts_with(t.en().split('{').next().unwrap_or(t.en())))
                })
        };
        let shares: Vec<f32> = a.findings.iter().filter(ranked).map(|f| f.confidence).collect();
        assert!(!shares.is_empty(), "{text}: no candidate says what it is ranked by");
        let sum: f32 = shares.iter().sum();
        // Shares of one estimate sum to at most one; a reply row that also names one of them
        // raises it a little (support from two rules), never by more than a tenth in all.
        assert!(sum <= 1.1, "{text}: candidates sum to {sum}");
        assert!(
            a.findings.iter().all(|f| f.confidence < 0.6),
            "{text}: a candidate reads as settled"
        );
    }
}

#[test]
fn a_failure_the_paste_shows_to_be_oauth_offers_no_password_sign_in() {
    let opts = opts();
    let causes = |text: &str| -> Vec<CauseId> {
        analyze(text, &opts)
            .findings
            .iter()
            .map(|f| f.cause)
            .collect()
    };
    // The same bare refusal, without and with the mechanism named: a password sign-in is a
    // candidate only while nothing shows OAuth, even where the reports counted it for the case.
    let plain = causes("IMAP: authentication failed");
    assert!(plain.contains(&CauseId::BasicAuthDeprecated), "{plain:?}");
    for text in [
        "IMAP: XOAUTH2 authentication failed",
        "IMAP: OAuth authentication failed",
        "Bearer token authentication failed for the IMAP server",
    ] {
        let got = causes(text);
        assert!(!got.is_empty(), "{text}: no candidates");
        assert!(
            !got.contains(&CauseId::BasicAuthDeprecated),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_bare_failure_beside_microsoft_graph_named_in_words_gets_the_api_s_candidates() {
    let opts = opts();
    for text in [
        "Microsoft Graph: authentication failed",
        "Failed to send via MS Graph API: authentication failed",
    ] {
        let causes: Vec<CauseId> = analyze(text, &opts)
            .findings
            .iter()
            .map(|f| f.cause)
            .collect();
        assert!(!causes.is_empty(), "{text}: no candidates");
        // XOAUTH2's string and user= belong to IMAP, POP and SMTP, not to Graph.
        assert!(
            !causes.contains(&CauseId::MalformedXoauth2)
                && !causes.contains(&CauseId::WrongUsernameInXoauth2),
            "{text}: {causes:?}"
        );
    }
}
