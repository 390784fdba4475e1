//! Known-answer tests: at least two inputs per cause id, from the vendored corpus where it has
//! them, otherwise built from the documented formats (unsigned test tokens with exact claims).

#[path = "common/known.rs"]
mod known;

use exo_oauth_doctor::{analyze, CauseId, Options};
use known::{rows, NOW};

#[test]
fn every_cause_has_two_known_answers() {
    let rows = rows();
    for c in CauseId::ALL {
        let n = rows.iter().filter(|r| r.cause == *c).count();
        assert!(n >= 2, "{c} has {n} known-answer inputs");
    }
}

#[test]
fn known_answers_rank_first() {
    let mut failures = Vec::new();
    let rows = rows();
    for r in &rows {
        let opts = Options {
            now: NOW,
            hints: r.hints.clone(),
            ..Options::default()
        };
        let a = analyze(&r.text, &opts);
        let got: Vec<&str> = a
            .findings
            .iter()
            .take(3)
            .map(|f| f.cause.as_str())
            .collect();
        if got.first() != Some(&r.cause.as_str()) {
            failures.push(format!(
                "{} (want {}): got {:?}, {} artifacts",
                r.name,
                r.cause,
                got,
                a.artifacts.len()
            ));
        }
    }
    for f in &failures {
        println!("{f}");
    }
    println!(
        "known answers: {}/{} rank the expected cause first",
        rows.len() - failures.len(),
        rows.len()
    );
    assert!(
        failures.is_empty(),
        "{} known-answer inputs failed",
        failures.len()
    );
}
