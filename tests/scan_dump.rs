//! Prints what the scanner finds in each corpus case (run with `--ignored --nocapture`).

use exo_oauth_doctor::scan::scan;

#[test]
#[ignore]
fn dump_corpus() {
    let corpus = include_str!("fixtures/corpus.jsonl");
    for line in corpus.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
        let text = v["text"].as_str().unwrap_or("");
        println!("=== {} ({})", v["id"], v["source"]);
        for a in scan(text, 1_700_000_000) {
            let j = serde_json::to_string(&a).unwrap_or_default();
            println!("  {}", j.chars().take(400).collect::<String>());
        }
    }
}
