//! Property tests: no input can break out of a PowerShell literal in the generated script.
//!
//! A small reader of PowerShell single-quoted literals (the tokenizer rule: any of the five
//! single-quote characters ends the string unless the next character is one of them too, which
//! makes the pair one literal quote) parses the emitted text back. The quote characters are
//! written out here from PowerShell's tokenizer (`CharExtensions.IsSingleQuote`), not read from
//! the crate, so a quote the crate forgets is a quote this reader still ends the string on.

use exo_oauth_doctor::catalogue::CauseId;
use exo_oauth_doctor::evidence::{
    Api, Artifact, ArtifactKind, Claims, Cloud, JwtToken, Span, TokenFlavor, Validity,
};
use exo_oauth_doctor::i18n::Lang;
use exo_oauth_doctor::remedy::quote::{
    clean_display_name, normalize_address, ps_ascii_expression, ps_single_quoted,
};
use exo_oauth_doctor::remedy::remedy;
use exo_oauth_doctor::rules::Finding;
use exo_oauth_doctor::Hints;
use proptest::prelude::*;

/// PowerShell's single quotes: ' and the typographic left, right, low-9 and reversed-9 quotes.
const PS_SINGLE_QUOTES: [char; 5] = ['\u{0027}', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}'];

fn is_single_quote(c: char) -> bool {
    PS_SINGLE_QUOTES.contains(&c)
}

/// Reads one single-quoted literal at the start of `s`: its value and the rest after it.
fn read_literal(s: &str) -> Option<(String, &str)> {
    let mut it = s.char_indices().peekable();
    let (_, first) = it.next()?;
    if !is_single_quote(first) {
        return None;
    }
    let mut value = String::new();
    while let Some((i, c)) = it.next() {
        if is_single_quote(c) {
            match it.peek() {
                Some(&(_, n)) if is_single_quote(n) => {
                    value.push(n);
                    it.next();
                }
                _ => return Some((value, &s[i + c.len_utf8()..])),
            }
        } else {
            value.push(c);
        }
    }
    None // unterminated
}

/// Evaluates what `ps_ascii_expression` emits: a literal, or `(part + part …)` of literals and
/// `[char]0xXXXX` codes. `None` when the text is anything else.
fn eval_expression(s: &str) -> Option<String> {
    if let Some((v, rest)) = read_literal(s) {
        return rest.is_empty().then_some(v);
    }
    let inner = s.strip_prefix('(')?.strip_suffix(')')?;
    let mut units: Vec<u16> = Vec::new();
    let mut rest = inner;
    loop {
        if let Some(r) = rest.strip_prefix("[char]0x") {
            let hex = r.get(..4)?;
            units.push(u16::from_str_radix(hex, 16).ok()?);
            rest = &r[4..];
        } else {
            let (v, r) = read_literal(rest)?;
            units.extend(v.encode_utf16());
            rest = r;
        }
        if rest.is_empty() {
            break;
        }
        rest = rest.strip_prefix(" + ")?;
    }
    String::from_utf16(&units).ok()
}

fn quoteish() -> impl Strategy<Value = String> {
    // Mostly quote characters, separators and PowerShell metacharacters, plus anything at all.
    prop_oneof![
        proptest::collection::vec(
            prop_oneof![
                Just('\''),
                Just('\u{2018}'),
                Just('\u{2019}'),
                Just('\u{201A}'),
                Just('\u{201B}'),
                Just('"'),
                Just('\u{201C}'),
                Just('`'),
                Just('$'),
                Just(';'),
                Just('\n'),
                Just('\r'),
                Just('#'),
                Just('a'),
                Just('ë'),
                Just('😀'),
            ],
            0..24
        )
        .prop_map(|v| v.into_iter().collect()),
        any::<String>(),
    ]
}

proptest! {
    #[test]
    fn single_quoted_literal_reads_back(s in quoteish()) {
        let lit = ps_single_quoted(&s);
        let (value, rest) = read_literal(&lit).expect("terminated literal");
        prop_assert_eq!(value, s);
        prop_assert!(rest.is_empty(), "text after the literal: {:?}", rest);
    }

    #[test]
    fn no_unescaped_quote_inside(s in quoteish()) {
        let lit = ps_single_quoted(&s);
        let chars: Vec<char> = lit.chars().collect();
        let inner = &chars[1..chars.len() - 1];
        let mut i = 0;
        while i < inner.len() {
            if is_single_quote(inner[i]) {
                prop_assert!(i + 1 < inner.len() && is_single_quote(inner[i + 1]), "lone quote at {}", i);
                i += 2;
            } else {
                i += 1;
            }
        }
    }

    #[test]
    fn ascii_expression_reads_back_and_is_ascii(s in quoteish()) {
        let e = ps_ascii_expression(&s);
        prop_assert!(e.is_ascii());
        prop_assert_eq!(eval_expression(&e), Some(s));
    }

    #[test]
    fn values_from_evidence_stay_inside_their_literal(name in quoteish(), mailbox in quoteish()) {
        // The code lines of a script whose values are plain, with and without a display name.
        let baseline = script("DMS Importer", "docscan@contoso.com") + &script("\n", "docscan@contoso.com");
        let s = script(&name, &mailbox);
        let want_name = clean_display_name(&name);
        let want_mailbox = normalize_address(&mailbox).unwrap_or_else(|| "<MAILBOX>".to_string());
        for line in s.lines() {
            if line.trim_start().starts_with('#') || baseline.lines().any(|b| b == line) {
                continue;
            }
            if let Some(v) = line.strip_prefix("$DisplayName = ") {
                prop_assert_eq!(eval_expression(v), want_name.clone(), "line {:?}", line);
            } else if let Some(v) = line.strip_prefix("$Mailbox = ") {
                prop_assert_eq!(eval_expression(v), Some(want_mailbox.clone()), "line {:?}", line);
            } else {
                prop_assert!(false, "unexpected code line {:?}", line);
            }
        }
    }
}

/// The fix script for an app-only token with this display name and a mailbox hint.
fn script(display_name: &str, mailbox: &str) -> String {
    let claims = Claims {
        tid: Some("72f988bf-86f1-41af-91ab-2d7cd011db47".into()),
        appid: Some("3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8".into()),
        oid: Some("6233fba6-0198-4277-892f-9275bf728bcc".into()),
        idtyp: Some("app".into()),
        roles: vec!["IMAP.AccessAsApp".into()],
        app_displayname: Some(display_name.into()),
        ..Claims::default()
    };
    let token = Artifact {
        id: 0,
        span: Span::new(0, 10),
        line: 1,
        log_time: None,
        repeats: None,
        kind: ArtifactKind::Jwt(Box::new(JwtToken {
            length: 1200,
            header: vec![].into(),
            payload: vec![].into(),
            claims: claims.into(),
            signature_present: true,
            flavor: TokenFlavor::AppOnly,
            api: Api::ExchangeOnline,
            cloud: Some(Cloud::Global),
            id_token: false,
            validity_now: Validity::NoExpiry,
            validity_at_log: None,
            warnings: vec![],
        })),
    };
    let hints = Hints {
        mailbox: Some(mailbox.into()),
        ..Hints::default()
    };
    let findings = [
        Finding {
            cause: CauseId::ServicePrincipalNotRegisteredInExchange,
            confidence: 0.9,
            evidence: vec![],
        },
        Finding {
            cause: CauseId::MailboxPermissionMissing,
            confidence: 0.8,
            evidence: vec![],
        },
    ];
    remedy(&findings, &[token], &hints, Lang::En).powershell
}

#[test]
fn every_powershell_quote_is_doubled_inside_a_literal() {
    for q in PS_SINGLE_QUOTES {
        let value = format!("O{q}Brien{q}");
        let lit = ps_single_quoted(&value);
        assert_eq!(
            read_literal(&lit),
            Some((value.clone(), "")),
            "U+{:04X} in {lit:?}",
            q as u32
        );
        assert_eq!(eval_expression(&ps_ascii_expression(&value)), Some(value));
    }
}
