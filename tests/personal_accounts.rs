//! A personal Microsoft account (outlook.com, hotmail.com, …) in a paste whose flow is unknown:
//! a likely cause where the paste shows OAuth or Microsoft Graph, not where the client may simply
//! sign in with a password (basic authentication, a different fix).

mod common;

use common::first_cause as first;
use exo_oauth_doctor::catalogue::CauseId;

#[test]
fn a_personal_account_failing_on_graph_is_a_likely_cause() {
    let text = "info: Starting to retrieve all mail folders for user: jane@outlook.com\nfail: Microsoft.Kiota.Abstractions.ApiException: The server returned an unexpected status code and the error registered for this code failed to deserialize: 401";
    assert_eq!(first(text), Some(CauseId::PersonalAccountNotSupported));
    // The same account with OAuth shown (a token endpoint's error) in another wording.
    let oauth = "Login user=jane@hotmail.com\ntoken request to https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token failed\nA1 NO AUTHENTICATE failed.";
    assert_eq!(first(oauth), Some(CauseId::PersonalAccountNotSupported));
}

#[test]
fn a_password_login_of_a_personal_account_is_not_blamed_on_the_account() {
    let text = "Login to server outlook.office365.com with username youremail@hotmail.com failed.";
    assert_ne!(first(text), Some(CauseId::PersonalAccountNotSupported));
    // A work account in the same Graph failure gets no personal-account cause.
    let work = "info: Starting to retrieve all mail folders for user: jane@contoso.com\nfail: Microsoft.Kiota.Abstractions.ApiException: The server returned an unexpected status code and the error registered for this code failed to deserialize: 401";
    assert_ne!(first(work), Some(CauseId::PersonalAccountNotSupported));
}
