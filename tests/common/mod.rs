//! Helpers shared by the integration tests.

/// The texts of the vendored corpus cases (`tests/fixtures/corpus.jsonl`), real pasted logs.
pub fn corpus_texts() -> Vec<String> {
    include_str!("../fixtures/corpus.jsonl")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|j| j["text"].as_str().map(str::to_string))
        .collect()
}
