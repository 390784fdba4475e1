//! Input files as admins have them: the same transcript in UTF-8, UTF-8 with BOM, UTF-16LE with
//! and without BOM (Windows PowerShell 5.1 `>` / `Out-File`) and UTF-16BE with BOM is read as the
//! same text and gives the same diagnosis, with spans on the same characters; the decoder never
//! panics and replaces what is not valid. The CLI reads such files too.

mod common;

use exo_oauth_doctor::examples::EXAMPLES;
use exo_oauth_doctor::input::{decode, Encoding};
use exo_oauth_doctor::{analyze, Analysis, CauseId, Options};
use proptest::prelude::*;
use std::process::{Command, Output};

/// The test's own encoders (the standard library's UTF-16 encoder, not the decoder under test).
fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn utf16be(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

fn with(prefix: &[u8], body: Vec<u8>) -> Vec<u8> {
    [prefix.to_vec(), body].concat()
}

/// Every form the same text arrives in, with the encoding and BOM the decoder must report.
fn variants(text: &str) -> Vec<(&'static str, Vec<u8>, Encoding, bool)> {
    vec![
        ("UTF-8", text.as_bytes().to_vec(), Encoding::Utf8, false),
        (
            "UTF-8 BOM",
            with(b"\xEF\xBB\xBF", text.as_bytes().to_vec()),
            Encoding::Utf8,
            true,
        ),
        (
            "UTF-16LE BOM",
            with(b"\xFF\xFE", utf16le(text)),
            Encoding::Utf16Le,
            true,
        ),
        ("UTF-16LE", utf16le(text), Encoding::Utf16Le, false),
        (
            "UTF-16BE BOM",
            with(b"\xFE\xFF", utf16be(text)),
            Encoding::Utf16Be,
            true,
        ),
    ]
}

/// A Windows PowerShell transcript: CRLF line ends, a German comment line and a character
/// outside the BMP (a surrogate pair in UTF-16), so byte offsets differ from UTF-16 offsets.
fn transcript() -> String {
    let sp = EXAMPLES
        .iter()
        .find(|e| e.key == "sp-not-found")
        .expect("the AADServicePrincipalNotFound example");
    format!("PS C:\\> # Prüfung für Müller 📧\n{}\n", sp.text).replace('\n', "\r\n")
}

/// An IMAP failure from the corpus (imapsync, password LOGIN refused), also with CRLF.
fn imap_failure() -> String {
    common::corpus_texts()
        .into_iter()
        .find(|t| t.contains("Host2 failure: Error login on [outlook.office365.com]"))
        .expect("the imapsync case of the corpus")
        .replace('\n', "\r\n")
}

const NOW: i64 = 1_748_853_651; // 2025-06-02T08:40:51Z

fn causes(a: &Analysis) -> Vec<CauseId> {
    a.findings.iter().map(|f| f.cause).collect()
}

fn assert_same_diagnosis(text: &str, expected: CauseId) {
    let opts = Options {
        now: NOW,
        ..Options::default()
    };
    let reference = analyze(text, &opts);
    assert_eq!(
        causes(&reference).first(),
        Some(&expected),
        "the UTF-8 text is diagnosed"
    );
    assert!(!reference.artifacts.is_empty());
    for (name, bytes, encoding, bom) in variants(text) {
        let d = decode(&bytes);
        assert_eq!(
            (d.encoding, d.bom, d.replaced),
            (encoding, bom, 0),
            "{name}"
        );
        assert_eq!(d.text, text, "{name}: the decoded text");
        let a = analyze(&d.text, &opts);
        assert_eq!(causes(&a), causes(&reference), "{name}: the same causes");
        assert_eq!(a.artifacts.len(), reference.artifacts.len(), "{name}");
        for (got, want) in a.artifacts.iter().zip(&reference.artifacts) {
            assert_eq!(got.span, want.span, "{name}: the same span");
            assert_eq!(
                d.text.get(got.span.start..got.span.end),
                text.get(want.span.start..want.span.end),
                "{name}: the span points at the same characters"
            );
            assert_eq!(got.line, want.line, "{name}");
        }
        assert_eq!(a, reference, "{name}: the whole analysis");
    }
}

#[test]
fn a_powershell_transcript_reads_the_same_in_every_encoding() {
    assert_same_diagnosis(&transcript(), CauseId::WrongObjectId);
}

#[test]
fn an_imap_failure_reads_the_same_in_every_encoding() {
    assert_same_diagnosis(&imap_failure(), CauseId::BasicAuthDeprecated);
}

#[test]
fn odd_lengths_and_lone_surrogates_become_replacement_characters() {
    // Half a unit at the end (a file cut short).
    let d = decode(&with(b"\xFF\xFE", [utf16le("ab"), vec![0x41]].concat()));
    assert_eq!((d.text.as_str(), d.replaced), ("ab\u{FFFD}", 1));
    let d = decode(&with(b"\xFE\xFF", [utf16be("ab"), vec![0x00]].concat()));
    assert_eq!((d.text.as_str(), d.replaced), ("ab\u{FFFD}", 1));
    // A BOM alone, and a BOM with half a unit.
    assert_eq!(decode(b"\xFF\xFE").text, "");
    assert_eq!(decode(b"\xFF\xFE\x41").text, "\u{FFFD}");
    // A high surrogate without its low half, a low one alone, a pair in the wrong order.
    let units = |us: &[u16]| -> Vec<u8> {
        [
            vec![0xFF, 0xFE],
            us.iter().flat_map(|u| u.to_le_bytes()).collect(),
        ]
        .concat()
    };
    let d = decode(&units(&[0x61, 0xD800, 0x62]));
    assert_eq!((d.text.as_str(), d.replaced), ("a\u{FFFD}b", 1));
    let d = decode(&units(&[0xDC00, 0x61]));
    assert_eq!((d.text.as_str(), d.replaced), ("\u{FFFD}a", 1));
    let d = decode(&units(&[0xDC00, 0xD800]));
    assert_eq!((d.text.as_str(), d.replaced), ("\u{FFFD}\u{FFFD}", 2));
    let d = decode(&units(&[0xD83D, 0xDCE7]));
    assert_eq!((d.text.as_str(), d.replaced), ("📧", 0));
    // A replacement character already in the input is not counted.
    let d = decode(&with(b"\xFF\xFE", utf16le("x\u{FFFD}")));
    assert_eq!((d.text.as_str(), d.replaced), ("x\u{FFFD}", 0));
}

#[test]
fn utf8_bytes_that_are_not_text_are_replaced_not_refused() {
    let d = decode(b"NO AUTHENTICATE failed.\x80\xC3");
    assert_eq!(d.encoding, Encoding::Utf8);
    assert_eq!(d.text, "NO AUTHENTICATE failed.\u{FFFD}\u{FFFD}");
    assert_eq!(d.replaced, 2);
}

#[test]
fn a_nul_or_two_in_a_utf8_log_does_not_make_it_utf16() {
    let text = "2024-01-10 A01 NO AUTHENTICATE failed.\0 padding\0 after the reply";
    let d = decode(text.as_bytes());
    assert_eq!((d.encoding, d.text.as_str()), (Encoding::Utf8, text));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// What Windows PowerShell writes (UTF-16LE with BOM) reads back as the text, whatever it is.
    #[test]
    fn utf16le_with_bom_round_trips(s in any::<String>()) {
        let d = decode(&with(b"\xFF\xFE", utf16le(&s)));
        prop_assert_eq!(d.text, s);
        prop_assert_eq!((d.encoding, d.bom, d.replaced), (Encoding::Utf16Le, true, 0));
    }

    /// UTF-16BE with BOM and UTF-8 with BOM read back as the text, whatever it is.
    #[test]
    fn utf16be_and_utf8_with_bom_round_trip(s in any::<String>()) {
        prop_assert_eq!(&decode(&with(b"\xFE\xFF", utf16be(&s))).text, &s);
        prop_assert_eq!(&decode(&with(b"\xEF\xBB\xBF", s.as_bytes().to_vec())).text, &s);
    }

    /// Without a BOM, a text in Latin script (ASCII and Latin-1, what logs and transcripts are
    /// written in) is recognised in both byte orders.
    #[test]
    fn latin_utf16_without_bom_round_trips(s in "[\u{1}-\u{FF}]{1,300}") {
        let le = decode(&utf16le(&s));
        prop_assert_eq!((&le.text, le.encoding), (&s, Encoding::Utf16Le));
        let be = decode(&utf16be(&s));
        prop_assert_eq!((&be.text, be.encoding), (&s, Encoding::Utf16Be));
    }

    /// A UTF-8 text without NUL reads back unchanged (a leading U+FEFF would be taken as a BOM).
    #[test]
    fn utf8_round_trips(s in "[^\u{0}\u{FEFF}][^\u{0}]{0,300}") {
        let d = decode(s.as_bytes());
        prop_assert_eq!((&d.text, d.encoding, d.bom), (&s, Encoding::Utf8, false));
    }

    /// Any bytes: no panic, and every counted replacement is in the text.
    #[test]
    fn any_bytes_decode(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let d = decode(&bytes);
        let found = d.text.chars().filter(|&c| c == char::REPLACEMENT_CHARACTER).count();
        prop_assert!(found >= d.replaced, "{} replaced, {} in the text", d.replaced, found);
    }
}

// The CLI reads such files (it used to read every input as UTF-8).

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_exo-oauth-doctor"))
        .args(args)
        .output()
        .expect("the CLI runs")
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "exit 0: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

#[test]
fn the_cli_reads_a_utf16le_transcript_like_its_utf8_form() {
    let dir = std::env::temp_dir().join(format!("exo-input-encoding-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let text = transcript();
    let mut outputs = Vec::new();
    for (name, bytes, _, _) in variants(&text) {
        let file = dir.join(format!("{}.txt", name.replace(' ', "-")));
        std::fs::write(&file, bytes).expect("write");
        let path = file.to_str().expect("utf-8 path");
        let out = cli(&["analyze", path, "--json", "--now", "2025-06-02T08:40:51Z"]);
        outputs.push((name, json(&out)));
    }
    let _ = std::fs::remove_dir_all(&dir);
    let (_, utf8) = &outputs[0];
    assert_eq!(utf8["findings"][0]["cause"], "wrong_object_id");
    for (name, v) in &outputs[1..] {
        assert_eq!(v, utf8, "{name}: the same report as the UTF-8 file");
    }
}

#[test]
fn the_cli_reads_utf16le_from_standard_input() {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_exo-oauth-doctor"))
        .args(["analyze", "-", "--json", "--now", "2025-06-02T08:40:51Z"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    let bytes = with(b"\xFF\xFE", utf16le(&imap_failure()));
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&bytes)
        .expect("write");
    let v = json(&child.wait_with_output().expect("the CLI finishes"));
    assert_eq!(v["findings"][0]["cause"], "basic_auth_deprecated");
}

/// The CLI decodes the file's own bytes in place ([`decode_vec`]): whatever the encoding, the
/// result is exactly what [`decode`] gives for the same bytes.
#[test]
fn decoding_owned_bytes_gives_what_decoding_borrowed_ones_gives() {
    use exo_oauth_doctor::input::{decode, decode_vec};
    let mut cases: Vec<Vec<u8>> = variants(&transcript())
        .into_iter()
        .chain(variants(&imap_failure()))
        .map(|(_, b, _, _)| b)
        .collect();
    cases.extend([
        b"\xEF\xBB\xBFok \xff\xfe NO \x80".to_vec(),
        b"\xff\xfe NO AUTHENTICATE failed.\x80".to_vec(),
        b"a\0b".to_vec(),
        Vec::new(),
        b"\xEF\xBB".to_vec(),
    ]);
    for b in cases {
        assert_eq!(decode_vec(b.clone()), decode(&b), "{b:?}");
    }
}
