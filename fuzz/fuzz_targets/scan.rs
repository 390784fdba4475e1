//! Fuzzes the evidence scanner and the whole analysis: any bytes (as lossy UTF-8) must scan,
//! diagnose and produce a remedy without panicking, and every span must lie on character
//! boundaries of the input.
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
});
