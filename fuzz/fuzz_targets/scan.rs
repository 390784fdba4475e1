//! Fuzzes the evidence scanner: any bytes (as lossy UTF-8) must scan without panicking, and
//! every span must lie on character boundaries of the input.
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
});
