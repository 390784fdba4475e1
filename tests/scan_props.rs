//! Property tests: the scanner never panics, on arbitrary text and on mutated real lines, and
//! its spans are always valid character boundaries of the input. Bounded to stay fast.

mod common;
use exo_oauth_doctor::scan::{decode_jwt, scan};
use proptest::prelude::*;

const NOW: i64 = 1_704_905_372;

fn check(text: &str) {
    let artifacts = scan(text, NOW);
    for (i, a) in artifacts.iter().enumerate() {
        assert_eq!(a.id, i);
        assert!(a.span.start <= a.span.end, "{a:?}");
        assert!(a.span.end <= text.len(), "{a:?}");
        assert!(text.is_char_boundary(a.span.start) && text.is_char_boundary(a.span.end));
        assert!(a.line >= 1);
    }
    for w in artifacts.windows(2) {
        assert!(w[0].span.start <= w[1].span.start);
    }
    let _ = decode_jwt(text, 0, NOW);
}

fn seeds() -> Vec<String> {
    let mut v = common::corpus_texts();
    v.extend(
        [
            "A01 AUTHENTICATE XOAUTH2 dXNlcj10ZXN0QGNvbnRvc28ub25taWNyb3NvZnQuY29tAWF1dGg9QmVhcmVyIEV3QkFBbDNCQUFVRkZwVUFvN0ozVmUwYmpMQldaV0NjbFJDM0VvQUEBAQ==",
            "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSIsImV4cCI6MTcwNDkwNTM3Mn0.c2ln",
            "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\\r\\nTrace ID: 11111111-2222-3333-4444-555555555555\",\"error_codes\":[7000215]}",
            "New-ServicePrincipal -AppId 'x' -ObjectId \"y\" `\n -DisplayName z",
            "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token?scope=a%20b&client_secret=x",
            "&quot;AADSTS50194&quot; =3D soft=\r\nbreak b'A01 NO x\\r\\n' \\u0001 \\x01",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, max_shrink_iters: 200, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_arbitrary_text(s in "\\PC{0,300}") {
        check(&s);
    }

    #[test]
    fn never_panics_on_log_like_text(s in "[ -~\\n\\r\\t\u{1}é€😀]{0,400}") {
        check(&s);
    }

    #[test]
    fn never_panics_on_mutated_real_lines(
        idx in 0usize..64,
        cuts in proptest::collection::vec((0usize..4000, 0usize..40, "[ -~\\n\u{1}é]{0,6}"), 0..6),
    ) {
        let seeds = seeds();
        let mut s = seeds[idx % seeds.len()].clone();
        for (at, del, ins) in cuts {
            let a = at % (s.len() + 1);
            let mut a = a;
            while !s.is_char_boundary(a) { a -= 1; }
            let mut b = (a + del).min(s.len());
            while !s.is_char_boundary(b) { b += 1; }
            s.replace_range(a..b, &ins);
        }
        check(&s);
    }
}

#[test]
fn every_prefix_of_every_seed_scans() {
    for s in seeds() {
        for (i, _) in s.char_indices().step_by(7) {
            check(&s[..i]);
        }
    }
}

#[test]
fn long_lines_with_many_triggers_stay_fast() {
    let unit = "AADSTS50126: x Trace ID: known couldn requires Login to SMTP Error: handshake proxy-x resolve 0 \
                authenticated user=a@b.com error=invalid_client&x=1 535 5.7.3 A1 NO x AuthFailed:x User: y \
                New-ServicePrincipal -AppId 'a' client_secret \"v\" Add-MailboxPermission -x y eyJhbGciOiJub25lIn0.e30.x ";
    let line = unit.repeat(
        std::env::var("REP")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(400),
    );
    let text = format!("{line}\n{line}");
    let t = std::time::Instant::now();
    check(&text);
    assert!(t.elapsed().as_secs() < 10, "{:?}", t.elapsed());
}
