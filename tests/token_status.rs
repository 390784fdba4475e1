//! A token request refused with an HTTP status and nothing else of the token endpoint's answer
//! (`catalogue::texts::TOKEN_STATUS`): the status tells the stage — the app's own credential for a
//! 401, the request for a 400, the stored refresh token for a refresh's 400 — the findings stay
//! candidates, and the question asks for the response body that names the cause. A 401 of an
//! API (EWS, Graph) is not read as the token endpoint's.

mod common;

use common::{analyze_now as run, first_cause as first};
use exo_oauth_doctor::catalogue::CauseId;

#[test]
fn a_401_beside_a_token_request_is_the_app_s_credential() {
    for text in [
        "Failed to acquire access token. HTTP Status: 401.",
        "OAuth token request failed: 401 Client Error: Unauthorized for url: https://login.microsoftonline.com/00000000-1111-2222-3333-444444444444/oauth2/v2.0/token",
        "Client error '401 Unauthorized' for url 'https://login.microsoftonline.com/common/oauth2/v2.0/token'",
        "Token konnte nicht abgerufen werden: (401) Nicht autorisiert",
    ] {
        let a = run(text);
        let causes: Vec<CauseId> = a.findings.iter().map(|f| f.cause).collect();
        assert_eq!(causes.first(), Some(&CauseId::InvalidClientSecret), "{text}: {causes:?}");
        assert!(causes.contains(&CauseId::ExpiredClientSecret), "{text}: {causes:?}");
        // Not the mail server's bare refusal: no mailbox-side candidates.
        assert!(
            !causes.contains(&CauseId::MailboxPermissionMissing)
                && !causes.contains(&CauseId::ServicePrincipalNotRegisteredInExchange),
            "{text}: {causes:?}"
        );
        // A candidate, not a fact, and the body asked for.
        assert!(a.findings[0].confidence < 0.5, "{text}: {:?}", a.findings[0]);
        assert!(
            a.questions.iter().any(|q| q.key == "token_response"),
            "{text}: {:?}",
            a.questions
        );
    }
}

#[test]
fn a_400_beside_a_token_request_is_the_request_and_a_refresh_s_the_refresh_token() {
    for text in [
        "Could not retrieve OAuth token: The remote server returned an error: (400) Bad Request.",
        "Error requesting access token: 400 Bad Request",
        // The application's words before a .NET exception on its line.
        "Could not retrieve OAuth token from 365: System.Net.WebException: The remote server returned an error: (400) Bad Request.",
    ] {
        let a = run(text);
        let causes: Vec<CauseId> = a.findings.iter().map(|f| f.cause).collect();
        assert_eq!(
            causes.first(),
            Some(&CauseId::InvalidScope),
            "{text}: {causes:?}"
        );
        assert!(
            causes[..3].contains(&CauseId::ConsentMissing),
            "{text}: {causes:?}"
        );
        assert!(
            a.findings[0].confidence < 0.5,
            "{text}: {:?}",
            a.findings[0]
        );
    }
    let refresh = "[ERROR] [paperless_mail] Failed to refresh oauth token for account Outlook: Client error '400 Bad Request' for url 'https://login.microsoftonline.com/common/oauth2/v2.0/token'";
    assert_eq!(
        first(refresh),
        Some(CauseId::TokenExpiredOrCached),
        "{:?}",
        run(refresh).findings
    );
}

#[test]
fn an_api_s_401_or_an_entra_error_keeps_its_own_reading() {
    for text in [
        // EWS or Graph refusing a token it got: the mail side, not the token endpoint.
        "The request failed. The remote server returned an error: (401) Unauthorized.",
        "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://graph.microsoft.com/v1.0/users/svc@contoso.com/sendMail",
        "Request failed with status code 401: Access token is empty",
    ] {
        assert_ne!(first(text), Some(CauseId::InvalidClientSecret), "{text}: {:?}", run(text).findings);
    }
    // The token endpoint's body, when pasted, names the cause itself.
    let body = "Token request failed (400): {\"error\":\"invalid_grant\",\"error_description\":\"AADSTS65001: The user or administrator has not consented to use the application with ID 'x'.\"}";
    assert_eq!(
        first(body),
        Some(CauseId::ConsentMissing),
        "{:?}",
        run(body).findings
    );
}

#[test]
fn a_client_secret_credential_failing_without_its_answer_is_the_secret_as_a_candidate() {
    // Azure.Identity's first line, quoted without the MSAL exception after it.
    for text in [
        "ClientSecretCredential authentication failed:",
        "fail: Worker[0] ClientSecretCredential authentication failed",
    ] {
        let a = run(text);
        let causes: Vec<CauseId> = a.findings.iter().map(|f| f.cause).collect();
        assert_eq!(
            causes.first(),
            Some(&CauseId::InvalidClientSecret),
            "{text}: {causes:?}"
        );
        assert!(
            causes.contains(&CauseId::ExpiredClientSecret),
            "{text}: {causes:?}"
        );
        // Not the mail server's bare refusal.
        assert!(
            !causes.contains(&CauseId::BasicAuthDeprecated)
                && !causes.contains(&CauseId::MalformedXoauth2),
            "{text}: {causes:?}"
        );
        assert!(
            a.findings[0].confidence < 0.5,
            "{text}: {:?}",
            a.findings[0]
        );
        assert!(
            a.questions.iter().any(|q| q.key == "token_response"),
            "{text}"
        );
    }
    // With the answer's code, the code decides.
    assert_eq!(
        first("ClientSecretCredential authentication failed: AADSTS7000222: The provided client secret keys for app 'x' are expired."),
        Some(CauseId::ExpiredClientSecret)
    );
}
