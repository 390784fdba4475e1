//! The OAuth `error` words of the token and authorization endpoints (`catalogue::oauth`): each
//! points to its first cause as the value of an `error` key (JSON, a Python dict, a query
//! string), and the distinctive ones also alone in a line as client libraries print them; an
//! AADSTS code beside the word speaks instead of it.

mod common;

use common::{analyze_now, first_cause as first};
use exo_oauth_doctor::catalogue::oauth::OAUTH_ERRORS;
use exo_oauth_doctor::catalogue::CauseId;

#[test]
fn each_error_word_points_to_its_first_cause_in_every_wrapper() {
    for e in OAUTH_ERRORS {
        let want = Some(e.causes[0].0);
        let w = e.word;
        for text in [
            format!("{{\"error\":\"{w}\",\"error_description\":\"see the docs\"}}"),
            format!("{{'error': '{w}', 'error_description': 'see the docs'}}"),
            format!("GET https://app.example/cb?error={w}&error_description=see+the+docs"),
        ] {
            assert_eq!(first(&text), want, "{text}");
        }
        let alone = [
            format!("OAuth error: {w}"),
            format!("oauthlib.oauth2.rfc6749.errors.OAuth2Error: ({w}) see the docs"),
            format!("MsalServiceException: ErrorCode: {w}"),
        ];
        for text in alone {
            if e.alone {
                assert_eq!(first(&text), want, "{text}");
            } else {
                // Only an `error` key's value: the word alone makes no token error.
                let a = analyze_now(&text);
                assert!(
                    a.artifacts.iter().all(|x| x.kind.name() != "token-error"),
                    "{text}: {:?}",
                    a.artifacts
                );
            }
        }
    }
}

#[test]
fn a_code_beside_the_word_speaks_instead_of_it() {
    // invalid_grant alone points to an expired grant; 50126 says the password is wrong.
    let text = "{'error': 'invalid_grant', 'error_description': 'AADSTS50126: Error validating credentials due to invalid username or password.'}";
    assert_eq!(first(text), Some(CauseId::InvalidUserCredentialsRopc));
    // A Python dict with the codes and no description (msal-python's result printed).
    let text =
        "{'error': 'invalid_grant', 'error_codes': [50126], 'timestamp': '2024-03-01 10:00:00Z'}";
    assert_eq!(first(text), Some(CauseId::InvalidUserCredentialsRopc));
    let text = "(invalid_client) AADSTS7000215: Invalid client secret provided.";
    assert_eq!(first(text), Some(CauseId::InvalidClientSecret));
}

#[test]
fn words_that_only_contain_an_error_word_are_not_read() {
    for text in [
        "def my_invalid_grant_handler(): pass",
        "invalid_grant_count=0",
        "the flag access_denied is set",
    ] {
        assert_eq!(first(text), None, "{text}");
    }
}

/// OAuth's bearer-token error as an API's 401 names it (RFC 6750): the token refused as
/// invalid, most often expired, else not meant for that API; Exchange's own diagnostics code
/// and a stated expiry keep their readings.
#[test]
fn a_bearer_invalid_token_reads_as_an_expired_or_wrong_token() {
    use exo_oauth_doctor::catalogue::CauseId::{TokenExpiredOrCached, WrongTokenAudience};
    for text in [
        "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error=\"invalid_token\"",
        "Intermittently they see “401 Access Denied” followed by error code “invalid_token” from the API.",
        "{\"error\":\"invalid_token\",\"error_description\":\"The access token is invalid\"}",
    ] {
        let a = analyze_now(text);
        let causes: Vec<CauseId> = a.findings.iter().take(2).map(|f| f.cause).collect();
        assert_eq!(causes, [TokenExpiredOrCached, WrongTokenAudience], "{text}");
        assert!(a.findings[0].confidence < 0.6, "a candidate, not settled: {text}");
    }
    assert_eq!(
        first("x-ms-diagnostics: 2000001;reason=\"The token has an invalid audience\";error_category=\"invalid_token\""),
        Some(WrongTokenAudience)
    );
    assert_eq!(
        first("WWW-Authenticate: Bearer error=\"invalid_token\", error_description=\"The access token is expired\""),
        Some(TokenExpiredOrCached)
    );
    // A word that only contains it is not it.
    assert_ne!(
        first("config: reject_invalid_tokens = true"),
        Some(TokenExpiredOrCached)
    );
}
