//! Every menu example yields its expected cause first, whenever it is loaded.

use exo_oauth_doctor::examples::EXAMPLES;
use exo_oauth_doctor::{analyze, Options};

/// Clocks the page may run at: during the logged session, a day later, years later.
const NOWS: &[i64] = &[1_748_860_000, 1_748_946_400, 1_900_000_000];

#[test]
fn examples_yield_their_expected_cause() {
    assert!(EXAMPLES.len() >= 8);
    let mut bad = Vec::new();
    for ex in EXAMPLES {
        for now in NOWS {
            let a = analyze(
                ex.text,
                &Options {
                    now: *now,
                    ..Options::default()
                },
            );
            let got: Vec<&str> = a
                .findings
                .iter()
                .take(3)
                .map(|f| f.cause.as_str())
                .collect();
            if got.first() != Some(&ex.expected.as_str()) {
                bad.push(format!(
                    "{} at {now}: want {}, got {got:?}",
                    ex.key, ex.expected
                ));
            }
        }
    }
    for b in &bad {
        println!("{b}");
    }
    assert!(
        bad.is_empty(),
        "{} example runs gave another verdict",
        bad.len()
    );
}

#[test]
fn example_keys_are_unique_and_titled() {
    let mut keys = std::collections::HashSet::new();
    for ex in EXAMPLES {
        assert!(keys.insert(ex.key), "duplicate key {}", ex.key);
        assert!(!ex.title.en().is_empty() && !ex.title.de().is_empty());
        assert!(!ex.text.trim().is_empty());
    }
}
