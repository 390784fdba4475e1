//! Helpers shared by the integration tests.

/// The texts of the vendored corpus cases (`tests/fixtures/corpus.jsonl`), real pasted logs.
#[allow(dead_code)] // not every test crate that shares these helpers reads the corpus
pub fn corpus_texts() -> Vec<String> {
    include_str!("../fixtures/corpus.jsonl")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|j| j["text"].as_str().map(str::to_string))
        .collect()
}

/// Runs the CLI with `args`, writing `stdin` to its standard input; its exit status and output.
#[allow(dead_code)] // not every test crate that shares these helpers runs the CLI
pub fn run_cli(args: &[&str], stdin: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_exo-oauth-doctor"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("the CLI finishes")
}

/// 2026-01-01T00:00:00Z: the fixed clock of the diagnosis tests, for repeatable results.
#[allow(dead_code)] // not every test crate that shares these helpers analyses texts
pub const NOW: i64 = 1_767_225_600;

/// The analysis of `text` at [`NOW`].
#[allow(dead_code)] // not every test crate that shares these helpers analyses texts
pub fn analyze_now(text: &str) -> exo_oauth_doctor::Analysis {
    let opts = exo_oauth_doctor::Options {
        now: NOW,
        ..exo_oauth_doctor::Options::default()
    };
    exo_oauth_doctor::analyze(text, &opts)
}

/// The cause of the first finding of `text` at [`NOW`].
#[allow(dead_code)] // not every test crate that shares these helpers analyses texts
pub fn first_cause(text: &str) -> Option<exo_oauth_doctor::catalogue::CauseId> {
    analyze_now(text).findings.first().map(|f| f.cause)
}

/// The causes of `text`'s analysis at [`NOW`] with their confidences, best first.
#[allow(dead_code)] // not every test crate that shares these helpers analyses texts
pub fn causes(text: &str) -> Vec<(String, f32)> {
    analyze_now(text)
        .findings
        .iter()
        .map(|f| (f.cause.as_str().to_string(), f.confidence))
        .collect()
}

/// The confidence `text`'s analysis gives `cause` (0 when it is not among the findings).
#[allow(dead_code)] // not every test crate that shares these helpers analyses texts
pub fn conf(text: &str, cause: &str) -> f32 {
    causes(text)
        .iter()
        .find(|(c, _)| c == cause)
        .map_or(0.0, |(_, p)| *p)
}
