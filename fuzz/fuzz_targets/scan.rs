//! Fuzzes the evidence scanner and the whole analysis: any bytes (as lossy UTF-8) must scan,
//! diagnose and produce a remedy without panicking, every span must lie on character
//! boundaries of the input, and the analysis in steps (as the page runs it on large texts) must
//! equal the one-shot analysis for any step size.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let artifacts = exo_oauth_doctor::scan::scan(&text, 1_704_905_372);
    for (i, a) in artifacts.iter().enumerate() {
        assert_eq!(a.id, i);
        assert!(a.span.start <= a.span.end && a.span.end <= text.len());
        assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
    }
    let _ = exo_oauth_doctor::scan::decode_jwt(&text, 0, 1_704_905_372);
    let opts = exo_oauth_doctor::Options { now: 1_704_905_372, ..Default::default() };
    let analysis = exo_oauth_doctor::analyze(&text, &opts);
    for f in &analysis.findings {
        assert!((0.0..=1.0).contains(&f.confidence));
        assert!(f.evidence.iter().all(|e| e.artifact < analysis.artifacts.len()));
    }
    let budget = 1 + usize::from(data.first().copied().unwrap_or(0)) % 64;
    let prepared = exo_oauth_doctor::scan::Prepared::new(&text);
    let mut stepped = exo_oauth_doctor::Analyzer::new(&prepared, &opts);
    let mut last = 0;
    while !stepped.step(budget) {
        assert!(stepped.percent() >= last);
        last = stepped.percent();
    }
    assert_eq!(stepped.finish(), analysis);
});
