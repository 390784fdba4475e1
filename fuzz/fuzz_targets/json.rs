//! Fuzzes the crate's JSON reader (what the scanner decodes token parts and challenges with)
//! against serde_json: no panic, an error's offset inside the text, and the same verdict —
//! an object, not one, or cut off — except where serde_json refuses a number past f64's range,
//! which the reader keeps as written.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let own = exo_oauth_doctor::json::object(data);
    if let Err(e) = &own {
        assert!(e.at <= data.len());
        let _ = e.line_column(data);
    }
    match serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(data) {
        Ok(_) => assert!(own.is_ok(), "{:?}", own),
        Err(e) if e.to_string().starts_with("number out of range") => {}
        Err(e) => assert_eq!(own.map_err(|o| o.eof), Err(e.is_eof())),
    }
});
