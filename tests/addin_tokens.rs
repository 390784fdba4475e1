//! Outlook add-ins' legacy Exchange tokens (callback and user identity tokens, and
//! `makeEwsRequestAsync`, which uses them): Exchange Online turned them off for every tenant in
//! 2025. The errors add-ins then get (Microsoft's nested app authentication FAQ, the
//! GetClientAccessToken response, Get-AuthenticationPolicy's warning) point to the retired sign-in,
//! with an incident on Microsoft's side as the other reading; an add-in that merely names the
//! call is not a failure.

mod common;

use common::{analyze_now as run, first_cause as first};
use exo_oauth_doctor::catalogue::CauseId;

#[test]
fn the_faq_errors_point_to_the_retired_tokens() {
    for text in [
        // The two messages the FAQ names, as Office.js returns them.
        "{\n  \"status\": \"failed\",\n  \"error\": {\n    \"name\": \"GenericTokenError\",\n    \"message\": \"An internal error has occurred.\",\n    \"code\": 9018\n  }\n}",
        "[InternalServerError] The Exchange server returned an error. Please look at the diagnostics object for more information.",
        // The same in a German Outlook.
        "\"message\": \"Der Exchange-Server hat einen Fehler zurückgegeben. Weitere Informationen finden Sie im Diagnoseobjekt.\",",
        // Told in prose.
        "Since Monday Office.context.mailbox.getCallbackTokenAsync fails for all our users",
        "getUserIdentityTokenAsync returns undefined in Outlook on the web",
    ] {
        let a = run(text);
        assert_eq!(
            a.findings.first().map(|f| f.cause),
            Some(CauseId::BasicAuthDeprecated),
            "{text}: {:?}",
            a.findings
        );
        assert!(
            a.findings
                .iter()
                .any(|f| f.cause == CauseId::ServiceSideIncident),
            "{text}: the incident reading is kept: {:?}",
            a.findings
        );
    }
}

#[test]
fn an_explicit_refusal_ranks_the_retirement_well_above_an_incident() {
    for text in [
        // The GetClientAccessToken response in the browser's network tab.
        "\"MessageText\": \"Token retrieval is not supported for this organization.\",\n\"ResponseCode\": \"ErrorForbiddenClientAccessTokenRequest\",",
        // Get-AuthenticationPolicy -AllowLegacyExchangeTokens once they are off.
        "WARNING: Legacy Exchange Online tokens are disabled",
    ] {
        let a = run(text);
        assert_eq!(a.findings.first().map(|f| f.cause), Some(CauseId::BasicAuthDeprecated), "{text}");
        let incident = a
            .findings
            .iter()
            .find(|f| f.cause == CauseId::ServiceSideIncident)
            .map_or(0.0, |f| f.confidence);
        assert!(
            a.findings[0].confidence > 2.0 * incident,
            "{text}: {:?}",
            a.findings
        );
    }
}

#[test]
fn naming_the_call_is_not_a_failure() {
    for text in [
        "Our add-in calls Office.context.mailbox.getCallbackTokenAsync and then EWS",
        "makeEwsRequestAsync works again after the update",
        // An internal error of another kind names no add-in token.
        "An internal error has occurred.",
    ] {
        assert_ne!(first(text), Some(CauseId::BasicAuthDeprecated), "{text}");
    }
}
