//! A token's claims pasted as JSON (a decoder's view), not the token: read as the token's payload,
//! so the token rules judge them, with a note that only the claims were shown.

use exo_oauth_doctor::catalogue::CauseId;
use exo_oauth_doctor::evidence::ArtifactKind;
use exo_oauth_doctor::{analyze, Options};

fn report(text: &str) -> exo_oauth_doctor::Analysis {
    let opts = Options {
        now: 1_704_905_372,
        ..Options::default()
    };
    analyze(text, &opts)
}

const GRAPH_CLAIMS: &str = r#"Decoded with jwt.ms:
{
  "aud": "https://graph.microsoft.com",
  "iss": "https://sts.windows.net/11111111-2222-3333-4444-555555555555/",
  "appid": "a3c5e7f9-1b2d-4e6f-8a0c-2d4f6b8e0a1c",
  "idtyp": "app",
  "roles": ["Mail.Send"],
  "tid": "11111111-2222-3333-4444-555555555555"
}"#;

#[test]
fn pasted_claims_are_judged_like_a_token() {
    let r = report(&format!("{GRAPH_CLAIMS}\nS: A1 NO AUTHENTICATE failed."));
    let first = r.findings.first().expect("a finding");
    assert_eq!(first.cause, CauseId::WrongTokenAudience);
    assert!(first.confidence >= 0.8, "{}", first.confidence);
    let jwt = r
        .artifacts
        .iter()
        .find_map(|a| match &a.kind {
            ArtifactKind::Jwt(j) => Some(j),
            _ => None,
        })
        .expect("the claims as a token");
    assert!(!jwt.signature_present && jwt.header.is_empty());
    assert!(jwt
        .warnings
        .iter()
        .any(|w| w.to_string().contains("only the token's claims")));
}

#[test]
fn exchange_claims_with_the_role_do_not_blame_the_audience() {
    let text = GRAPH_CLAIMS
        .replace(
            "https://graph.microsoft.com",
            "https://outlook.office365.com",
        )
        .replace("Mail.Send", "IMAP.AccessAsApp");
    let r = report(&format!("{text}\nS: A1 NO AUTHENTICATE failed."));
    assert!(
        r.findings
            .iter()
            .all(|f| f.cause != CauseId::WrongTokenAudience && f.cause != CauseId::MissingAppRole),
        "{:?}",
        r.findings.iter().map(|f| f.cause).collect::<Vec<_>>()
    );
}

/// A few claims copied without the braces (in a sentence, or one per line) are the token's
/// claims too: a Graph audience against IMAP is the Graph trap, EWS's role against IMAP lacks the
/// IMAP role.
#[test]
fn claims_copied_without_their_braces_are_judged() {
    let r = report("Token request OK. Decoded token: \"aud\": \"https://graph.microsoft.com\", \"roles\": [\"Mail.Read\"]. IMAP: A1 NO AUTHENTICATE failed.");
    let first = r.findings.first().expect("a finding");
    assert_eq!(first.cause, CauseId::WrongTokenAudience);
    assert!(first.confidence >= 0.8, "{}", first.confidence);
    let r = report("\"aud\": \"00000002-0000-0ff1-ce00-000000000000\",\n\"roles\": [\"full_access_as_app\"],\nIMAP login fails: A1 NO AUTHENTICATE failed");
    assert_eq!(
        r.findings.first().map(|f| f.cause),
        Some(CauseId::MissingAppRole)
    );
}
