//! Accuracy over the vendored public corpus (`tests/fixtures/corpus.jsonl`, real cases with their
//! `source`): the rules were written from these cases, so every confirmed one must rank its cause
//! first; confidence is calibrated against them; the unconfirmed ones match what their threads
//! say.

use exo_oauth_doctor::{analyze, CauseId, Options};
use serde_json::Value;

const CORPUS: &str = include_str!("fixtures/corpus.jsonl");
/// 2026-01-01T00:00:00Z: a fixed clock for repeatable results.
const NOW: i64 = 1_767_225_600;

struct Case {
    id: String,
    source: String,
    text: String,
    cause: String,
}

fn cases() -> Vec<Case> {
    CORPUS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("corpus line is JSON");
            let s = |k: &str| {
                v.get(k)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            Case {
                id: s("id"),
                source: s("source"),
                text: s("text"),
                cause: s("cause"),
            }
        })
        .collect()
}

#[test]
fn corpus_causes_are_known_ids() {
    for c in cases() {
        assert!(
            c.cause == "unconfirmed" || CauseId::parse(&c.cause).is_some(),
            "{} ({}): unknown cause {}",
            c.id,
            c.source,
            c.cause
        );
    }
}

/// Confirmed cases the rules rank below first on purpose, each with why: the cause ranks in the
/// top three, and a change that puts it first again (or drops it lower) shows here.
const NOT_FIRST: &[(&str, &str)] = &[(
    "c052",
    "a bare IMAP 'NO AUTHENTICATE failed' whose paste shows no token: the bare-failure priors count \
     as many labelled reports of a refused password as of a Graph token (4 and 4, 2026-12-07), and \
     the prose's 'access_tokens' on another line is no evidence the rules read; the Graph token \
     ranks second",
)];

#[test]
fn corpus_accuracy() {
    let opts = Options {
        now: NOW,
        ..Options::default()
    };
    let (mut n, mut top1, mut top3) = (0usize, 0usize, 0usize);
    for c in cases().iter().filter(|c| c.cause != "unconfirmed") {
        n += 1;
        let a = analyze(&c.text, &opts);
        let ranked: Vec<&str> = a.findings.iter().map(|f| f.cause.as_str()).collect();
        let pos = ranked.iter().position(|r| *r == c.cause);
        if pos == Some(0) {
            top1 += 1;
        }
        if pos.is_some_and(|p| p < 3) {
            top3 += 1;
        }
        if pos != Some(0) {
            println!(
                "miss {} ({}): want {} at {:?}, got {:?}",
                c.id,
                c.source,
                c.cause,
                pos.map(|p| p + 1),
                ranked.iter().take(4).collect::<Vec<_>>()
            );
        }
    }
    let p1 = 100.0 * top1 as f64 / n.max(1) as f64;
    let p3 = 100.0 * top3 as f64 / n.max(1) as f64;
    println!(
        "corpus: {n} confirmed cases, top-1 {top1}/{n} = {p1:.1} %, top-3 {top3}/{n} = {p3:.1} %"
    );
    // The rules were tuned on these cases: anything less than all of them (but the cases of
    // `NOT_FIRST`, each in the top three) is a regression.
    for (id, why) in NOT_FIRST {
        let c = cases()
            .into_iter()
            .find(|c| c.id == *id)
            .expect("a listed case exists");
        let a = analyze(&c.text, &opts);
        let pos = a.findings.iter().position(|f| f.cause.as_str() == c.cause);
        assert!(
            pos.is_some_and(|p| (1..3).contains(&p)),
            "{id} ({why}): {} at {:?}",
            c.cause,
            pos.map(|p| p + 1)
        );
    }
    assert_eq!(
        top1,
        n - NOT_FIRST.len(),
        "top-1 accuracy {p1:.1} % on the tuned corpus"
    );
    assert_eq!(top3, n, "top-3 accuracy {p3:.1} % on the tuned corpus");
}

/// What each unconfirmed case may be called, written from its `note` and `fix_evidence` (the
/// thread's own words), not from the rules' output: `Some(cause)` where the thread points at one
/// (it must rank in the top three), `None` where it does not (then nothing may be called with
/// the page's "high" confidence, 0.8 or more: the evidence is thin and the cause unknown).
const UNCONFIRMED: &[(&str, Option<&str>)] = &[
    // POP3 write timeout during connect, intermittent.
    ("c024", None),
    // Bare 535 5.7.3, no fix visible.
    ("c045", None),
    // "Likely network egress": HTTP code 0 after a firewall change.
    ("c047", Some("network_egress_blocked")),
    // Personal account via an Entra app, bare AUTHENTICATE failed.
    ("c053", None),
    // "LOGIN failed." with an app password: IMAP LOGIN is basic authentication.
    ("c054", Some("basic_auth_deprecated")),
    // "Access to OData is disabled", poster ruled out one policy.
    ("c066", None),
    // "401 Unauthorized" from EWS and nothing else: only candidates.
    ("c072", None),
    // POP3 "-ERR Authentication failure", no confirmed fix.
    ("c074", None),
    // Personal account, "authenticated but not connected".
    ("c079", None),
    // A shared mailbox's address as the SMTP user with a personal user's token.
    ("c095", Some("wrong_username_in_xoauth2")),
];

/// An unconfirmed case's findings stay below this: what a first finding whose message names its
/// cause is shown at (support 0.8, as measured: `catalogue::calibration`).
const NOT_STATED: f32 = 0.9;

#[test]
fn unconfirmed_cases_match_what_their_threads_say() {
    let opts = Options {
        now: NOW,
        ..Options::default()
    };
    let cases = cases();
    let unconfirmed: Vec<&Case> = cases.iter().filter(|c| c.cause == "unconfirmed").collect();
    assert_eq!(
        unconfirmed.len(),
        UNCONFIRMED.len(),
        "every unconfirmed case needs a written expectation"
    );
    for c in unconfirmed {
        let want = UNCONFIRMED
            .iter()
            .find(|(id, _)| *id == c.id)
            .unwrap_or_else(|| panic!("{}: no written expectation", c.id))
            .1;
        let a = analyze(&c.text, &opts);
        let top3: Vec<(&str, f32)> = a
            .findings
            .iter()
            .take(3)
            .map(|f| (f.cause.as_str(), f.confidence))
            .collect();
        match want {
            Some(cause) => assert!(
                top3.iter().any(|(c, _)| *c == cause),
                "{} ({}): {cause} not in the top three {top3:?}",
                c.id,
                c.source
            ),
            None => assert!(
                a.findings.iter().all(|f| f.confidence < NOT_STATED),
                "{} ({}): an unconfirmed case called with high confidence: {top3:?}",
                c.id,
                c.source
            ),
        }
    }
    // An EWS "401 Unauthorized" and nothing else: the sign-in was refused, so the candidates of a
    // bare failure of EWS, none settled (each below one half), and the questions that tell them
    // apart.
    let c072 = cases.iter().find(|c| c.id == "c072").expect("c072");
    let a = analyze(&c072.text, &opts);
    assert!(
        a.findings.len() >= 3 && a.findings.iter().all(|f| f.confidence < 0.5),
        "c072: {:?}",
        a.findings
            .iter()
            .map(|f| (f.cause, f.confidence))
            .collect::<Vec<_>>()
    );
    assert!(a.questions.len() >= 2, "c072: {:?}", a.questions);
}

/// Calibration over the confirmed cases: the multi-class Brier score (per case, the squared
/// distance between the findings' confidences and the truth: 1 for the confirmed cause, 0 for
/// every other; a cause not reported counts as 0) and the gap between the mean confidence of the
/// top finding and the top-1 accuracy.
///
/// Tolerance, stated: Brier at most 0.10 (measured 0.080 when written; one confirmed case whose
/// confidence drops from 0.95 to 0.15 adds 0.03, and so does a wrong alternative raised to 0.85),
/// and the top finding's mean confidence within 0.15 of the top-1 accuracy (measured 0.887 against
/// 1.0: the rules are cautious on bare refusals).
#[test]
fn corpus_confidence_is_calibrated() {
    let opts = Options {
        now: NOW,
        ..Options::default()
    };
    let (mut n, mut brier, mut top_conf, mut top1) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
    for c in cases().iter().filter(|c| c.cause != "unconfirmed") {
        let a = analyze(&c.text, &opts);
        let mut b = if a.findings.iter().any(|f| f.cause.as_str() == c.cause) {
            0.0
        } else {
            1.0
        };
        for f in &a.findings {
            let truth = if f.cause.as_str() == c.cause {
                1.0
            } else {
                0.0
            };
            b += (f64::from(f.confidence) - truth).powi(2);
        }
        brier += b;
        if let Some(f) = a.findings.first() {
            top_conf += f64::from(f.confidence);
            if f.cause.as_str() == c.cause {
                top1 += 1.0;
            }
        }
        n += 1.0;
    }
    let (brier, top_conf, top1) = (brier / n, top_conf / n, top1 / n);
    println!(
        "calibration over {n} cases: Brier {brier:.3}, mean top confidence {top_conf:.3}, top-1 accuracy {top1:.3}"
    );
    assert!(brier <= 0.10, "Brier score {brier:.3} above 0.10");
    assert!(
        (top1 - top_conf).abs() <= 0.15,
        "mean top confidence {top_conf:.3} is more than 0.15 from the accuracy {top1:.3}"
    );
}
