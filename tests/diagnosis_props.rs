//! Properties of every diagnosis, on random mixes of real fragments: no panic, one finding per
//! cause, best first, confidences in range, evidence pointing at real artifacts, never an empty
//! answer.

use exo_oauth_doctor::{analyze, Hints, Options};
use proptest::prelude::*;

const FRAGMENTS: &[&str] = &[
    "A01 NO AUTHENTICATE failed.",
    "Error=\"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed. User:a@contoso.com\"",
    "MailBeeImapLoginBadCredentialsException",
    "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
    "535 5.7.3 Authentication unsuccessful",
    "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
    "530 5.7.57 Client not authenticated to send mail.",
    "AADSTS7000215: Invalid client secret provided.",
    "AADSTS50194: Application is not configured as a multi-tenant application.",
    "AADSTS999999: Something new.",
    "client_secret=8d2f4c1a-9b3e-4f7d-a1c5-6e8b0d2f4a6c",
    "https://login.microsoftonline.com/common/oauth2/v2.0/token",
    "scope=https://outlook.office365.com/.default",
    "New-ServicePrincipal -AppId 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b -ObjectId 6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
    "AADServicePrincipalNotFound",
    "A02 BAD User is authenticated but not connected.",
    "AUTH XOAUTH2 dXNlcj1hQGIuY29tAWF1dGg9QmVhcmVyIGFiYwEB",
    "C: A01 AUTHENTICATE XOAUTH2 dXNlcj1hQGIuY29tIGF1dGg9QmVhcmVyIHh5eg==",
    "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20iLCJyb2xlcyI6WyJNYWlsLlJlYWQiXSwiaWR0eXAiOiJhcHAiLCJleHAiOjE3MDAwMDAwMDB9.sig",
    "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSIsIm5iZiI6OTk5OTk5OTk5OX0.sig",
    "2025-06-02T08:31:14Z",
    "outlook.office365.com:993",
    "smtp.office365.com:587",
    "{\"error\":{\"code\":\"ErrorAccessDenied\",\"message\":\"Access to OData is disabled.\"}}",
    "connect ETIMEDOUT login.microsoftonline.com:443",
    "ü€\u{1}\u{0}",
    "\n",
];

fn input() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            1 => ".{0,40}",
        ],
        0..8,
    )
    .prop_map(|v| v.join(" "))
}

fn hints() -> impl Strategy<Value = Hints> {
    (
        prop::option::of(prop::sample::select(vec![
            "6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
            "not a guid",
            "",
        ])),
        prop::option::of(prop::sample::select(vec![
            "a@contoso.com",
            "x@outlook.com",
            "",
        ])),
        prop::option::of(-10_000i64..2_000_000_000),
    )
        .prop_map(|(o, m, c)| Hints {
            object_id: o.map(str::to_string),
            mailbox: m.map(str::to_string),
            changed_at: c,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn diagnosis_is_well_formed(text in input(), h in hints(), now in 0i64..2_100_000_000) {
        let a = analyze(&text, &Options { now, hints: h, ..Options::default() });
        let mut seen = std::collections::HashSet::new();
        for f in &a.findings {
            prop_assert!(seen.insert(f.cause), "duplicate {}", f.cause);
            prop_assert!((0.0..=0.99).contains(&f.confidence));
            prop_assert!(!f.evidence.is_empty() && f.evidence.len() <= 8);
            for e in &f.evidence {
                prop_assert!(e.artifact < a.artifacts.len(), "evidence points past the artifacts");
                prop_assert!(!e.why.en.is_empty() && !e.why.de.is_empty());
            }
        }
        for w in a.findings.windows(2) {
            prop_assert!(w[0].confidence >= w[1].confidence);
        }
        prop_assert!(!a.findings.is_empty() || !a.questions.is_empty());
        prop_assert!(a.questions.len() <= 5);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// A log that repeats itself (a service retrying every minute) gives the same reasons as one
    /// round of it, and repeating a reason does not make a cause more likely.
    ///
    /// Only for texts without times: repeating a timed text creates new facts, not repeated
    /// ones (a `New-ServicePrincipal` in the second round takes the time of the first round's
    /// last line, and a failure after it points to replication delay).
    #[test]
    fn repeating_a_log_changes_no_confidence(text in input(), times in 2usize..6) {
        let opts = Options { now: 1_704_905_372, ..Options::default() };
        let once = analyze(&text, &opts);
        prop_assume!(once.artifacts.iter().all(|a| a.log_time.is_none()));
        let again = analyze(&vec![text.as_str(); times].join("\n"), &opts);
        let summary = |a: &exo_oauth_doctor::Analysis| {
            a.findings.iter().map(|f| (f.cause, (f.confidence * 1000.0).round() as i32)).collect::<Vec<_>>()
        };
        prop_assert_eq!(summary(&again), summary(&once));
    }
}
