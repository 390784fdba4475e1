//! Honest wording (issue 21 §4): a finding states as fact only what the paste shows. A bare
//! refusal without a token must not say what the token is; the token-side candidates read as
//! candidates ("most common reason when …; no token is shown in your paste").

use exo_oauth_doctor::catalogue::texts::hub;
use exo_oauth_doctor::catalogue::{cause, CauseId};
use exo_oauth_doctor::{analyze, Options};

const NOW: i64 = 1_767_225_600;

/// Bare refusals as forum posts quote them: no token, no XOAUTH2 string.
const BARE: &[&str] = &[
    "A1 NO AUTHENTICATE failed.",
    "535 5.7.3 Authentication unsuccessful [BN6PR11CA0045.namprd11.prod.outlook.com]",
    "javax.mail.AuthenticationFailedException: AUTHENTICATE failed.",
    "-ERR Authentication failure: unknown user name or bad password.",
    "A1 NO AUTHENTICATE failed. Error=\"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed.\"",
    "Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote server returned an error: (401) Unauthorized.",
];

/// Claims about a token no paste above shows.
const FACT_CLAIMS: &[&str] = &[
    "accepted token",
    "akzeptiertem token",
    "the token is for microsoft graph",
    "das token gilt für microsoft graph",
    "meist ist das token",
    "most often the token is",
];

fn opts() -> Options {
    Options {
        now: NOW,
        ..Options::default()
    }
}

#[test]
fn a_bare_refusal_states_nothing_about_an_unseen_token() {
    for text in BARE {
        let a = analyze(text, &opts());
        assert!(!a.findings.is_empty(), "{text}: no findings");
        for f in &a.findings {
            let c = cause(f.cause);
            let mut said = vec![c.summary.en().to_lowercase(), c.summary.de().to_lowercase()];
            for e in &f.evidence {
                said.push(e.why.en.to_lowercase());
                said.push(e.why.de.to_lowercase());
            }
            for s in &said {
                for claim in FACT_CLAIMS {
                    assert!(
                        !s.contains(claim),
                        "{text}: {} says {claim:?}: {s}",
                        f.cause
                    );
                }
            }
        }
    }
}

#[test]
fn token_candidates_say_the_token_is_not_shown() {
    for text in BARE {
        let a = analyze(text, &opts());
        let Some(f) = a
            .findings
            .iter()
            .find(|f| f.cause == CauseId::WrongTokenAudience)
        else {
            continue;
        };
        assert!(
            f.evidence.iter().any(|e| {
                e.why.en.contains("no token is shown in your paste")
                    && e.why.de.contains("kein Token zu sehen")
            }),
            "{text}: the audience candidate reads as a fact: {:?}",
            f.evidence
        );
    }
}

#[test]
fn hub_reasons_are_bilingual_and_fill_their_placeholders() {
    for t in hub::ALL {
        assert!(!t.en().trim().is_empty() && !t.de().trim().is_empty());
        assert_ne!(t.en(), t.de(), "{}", t.en());
        let (en, de) = hub::fill(
            *t,
            &[
                ("{what}", "W", "W"),
                ("{proto}", "IMAP", "IMAP"),
                ("{by}", "by IMAP", "von IMAP"),
                ("{role}", "R", "R"),
                ("{roles}", "R", "R"),
                ("{name}", "EWS", "EWS"),
                ("{title}", "T", "T"),
                ("{n}", "1", "1"),
                ("{m}", "3", "3"),
            ],
        );
        assert!(!en.contains('{') && !de.contains('{'), "{en} / {de}");
    }
}
