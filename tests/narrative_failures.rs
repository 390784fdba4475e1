//! A refused sign-in told in prose, as tickets and forum posts tell it when they quote no error
//! ("the service cannot log in", "Anmeldung schlägt fehl"): thin evidence, so the candidates
//! behind a bare failure, ranked by the labelled reports, each below the share that would settle
//! it — never "no cause identified", never a cause stated as fact.

mod common;

use common::{analyze_now as run, first_cause as first};
use exo_oauth_doctor::catalogue::priors::{Channel, Flow};
use exo_oauth_doctor::catalogue::CauseId;

#[test]
fn a_failure_told_in_prose_gets_the_bare_failure_candidates() {
    let cases: &[(&str, Channel)] = &[
        (
            "Our ticket system fetches mail over IMAP with OAuth2. The token arrives, but it cannot log in to the shared mailbox.",
            Channel::ImapPop,
        ),
        (
            "Since Monday the archiver is unable to authenticate against outlook.office365.com via IMAP.",
            Channel::ImapPop,
        ),
        (
            "The scanner sends over SMTP AUTH with smtp.office365.com and we get an authentication error every time.",
            Channel::Smtp,
        ),
        (
            "Seit der Umstellung auf OAuth schlägt die Anmeldung fehl: kann mich nicht anmelden, IMAP-Postfach bleibt leer.",
            Channel::ImapPop,
        ),
        (
            "Die IMAP-Anmeldung schlägt fehl, obwohl das Token kommt.",
            Channel::ImapPop,
        ),
        // A refusal in other words than "failed": rejected, refused, denied, unsuccessful.
        (
            "IMAP: authentication rejected by outlook.office365.com",
            Channel::ImapPop,
        ),
        (
            "The SMTP server refused the login (smtp.office365.com)",
            Channel::Smtp,
        ),
        (
            "SMTP-Server smtp.office365.com: Anmeldung verweigert",
            Channel::Smtp,
        ),
    ];
    for (text, channel) in cases {
        let a = run(text);
        let thin = a
            .thin
            .unwrap_or_else(|| panic!("no thin case for {text:?}"));
        assert_eq!(thin.channel, *channel, "{text}");
        assert!(a.findings.len() >= 3, "{text}: {:?}", a.findings);
        // Thin evidence never settles a cause.
        assert!(a.findings.iter().all(|f| f.confidence < 0.5), "{text}");
        assert!(
            a.findings
                .iter()
                .any(|f| f.cause == CauseId::ServicePrincipalNotRegisteredInExchange),
            "{text}"
        );
    }
}

#[test]
fn prose_with_a_token_flow_named_is_counted_by_its_flow() {
    let a = run("The daemon asks for scope=https://outlook.office365.com/.default and still cannot authenticate to IMAP.");
    let thin = a.thin.expect("thin case");
    assert_eq!(thin.channel, Channel::ImapPop);
    assert_eq!(thin.flow, Flow::NoTokenAppOnly);
}

#[test]
fn the_flow_named_by_a_grant_or_in_words_decides_the_thin_case_s_flow() {
    let flow = |text: &str| run(text).thin.map(|t| (t.channel, t.flow));
    for (text, want) in [
        // A token request's parameter, in the spellings logs show.
        ("POST /oauth2/v2.0/token grant_type=client_credentials&scope=x\nA1 NO AUTHENTICATE failed.", Flow::NoTokenAppOnly),
        ("data {'grant_type': 'client_credentials'}\nA1 NO AUTHENTICATE failed.", Flow::NoTokenAppOnly),
        ("{\"grant_type\": \"password\", \"username\": \"svc\"}\nA1 NO AUTHENTICATE failed.", Flow::NoTokenDelegated),
        ("grant_type=refresh_token\nA1 NO AUTHENTICATE failed.", Flow::NoTokenDelegated),
        // A report's words.
        ("We use the client credentials flow and get NO AUTHENTICATE failed.", Flow::NoTokenAppOnly),
        ("IMAP.AccessAsApp is granted, yet A1 NO AUTHENTICATE failed.", Flow::NoTokenAppOnly),
        ("The application permissions are consented. A1 NO AUTHENTICATE failed.", Flow::NoTokenAppOnly),
        ("Anwendungsberechtigung erteilt, trotzdem A1 NO AUTHENTICATE failed.", Flow::NoTokenAppOnly),
        // Microsoft's words for an app that signs in as itself.
        ("Our daemon app reads the mailbox: A1 NO AUTHENTICATE failed.", Flow::NoTokenAppOnly),
        ("From an unattended script: A1 NO AUTHENTICATE failed.", Flow::NoTokenAppOnly),
        // A mail or system daemon is no flow.
        ("The fetchmail daemon logs A1 NO AUTHENTICATE failed.", Flow::NoToken),
        ("Mail from MAILER-DAEMON: A1 NO AUTHENTICATE failed.", Flow::NoToken),
        // Nothing about the flow.
        ("The permissions look right. A1 NO AUTHENTICATE failed.", Flow::NoToken),
        ("Our credentials are right. A1 NO AUTHENTICATE failed.", Flow::NoToken),
        ("Invalid client credentials. A1 NO AUTHENTICATE failed.", Flow::NoToken),
        ("grant_type=foo\nA1 NO AUTHENTICATE failed.", Flow::NoToken),
    ] {
        assert_eq!(flow(text), Some((Channel::ImapPop, want)), "{text}");
    }
    // A scope URL naming an application permission is a scope (a wrong one), read as such.
    let a = run("scope=https://outlook.office365.com/IMAP.AccessAsApp");
    assert!(
        a.artifacts.iter().all(|x| x.kind.name() != "grant"),
        "{:?}",
        a.artifacts
    );
}

#[test]
fn other_texts_are_not_read_as_a_refused_sign_in() {
    // 5.7.57: the client never authenticated; its own row speaks, not the bare-failure hub.
    let a = run("Client not authenticated to send mail.");
    assert!(a.thin.is_none(), "{:?}", a.findings);
    // A local SASL library's failure is no refusal by Exchange.
    let a = run("warning: SASL authentication failure: No worthy mechs found");
    assert!(a.thin.is_none());
    // Prose that tells of no failure.
    let a = run("We log in to the mailbox over IMAP with OAuth2 and the token from the client credentials flow.");
    assert!(a.thin.is_none());
    assert!(a.findings.is_empty(), "{:?}", a.findings);
}

#[test]
fn basic_authentication_told_turned_off_points_to_a_password_sign_in() {
    for text in [
        "Since Microsoft turned off basic auth the scanner cannot send anymore.",
        "Microsoft hat zu Oktober die reguläre Basic Authentication eingestellt. Das betrifft ebenfalls IMAP.",
        "Wenn Sie die Standardauthentifizierung deaktivieren, stellt Outlook über IMAP keine Verbindung her.",
        "Error message: IMAP username or password is wrong",
        "Benutzername oder Passwort falsch (outlook.office365.com)",
    ] {
        assert_eq!(first(text), Some(CauseId::BasicAuthDeprecated), "{text}");
    }
    // The same line telling that the client moved to OAuth already: not a password sign-in.
    let moved = "After basic auth was disabled we moved the app to OAuth2.";
    assert_ne!(first(moved), Some(CauseId::BasicAuthDeprecated));
}

#[test]
fn security_defaults_named_on_are_a_candidate_off_are_not() {
    let on = "We enabled security defaults in Azure AD recently; since then the application fails to send over SMTP.";
    assert_eq!(first(on), Some(CauseId::SecurityDefaultsBlock));
    let off = "Security defaults are disabled and SMTP AUTH is enabled on the mailbox.";
    assert!(run(off)
        .findings
        .iter()
        .all(|f| f.cause != CauseId::SecurityDefaultsBlock));
}

fn causes(text: &str) -> Vec<CauseId> {
    run(text).findings.iter().map(|f| f.cause).collect()
}

#[test]
fn the_setup_told_in_prose_points_to_its_cause() {
    for (text, want) in [
        ("the aud claim in the token is https://graph.microsoft.com but we connect to outlook.office365.com with IMAP", CauseId::WrongTokenAudience),
        ("I request the token with scope https://graph.microsoft.com/.default and then AUTHENTICATE XOAUTH2 to outlook.office365.com fails", CauseId::WrongTokenAudience),
        ("The client secret expired last week and now the service cannot get a token", CauseId::ExpiredClientSecret),
        ("Der geheime Clientschlüssel ist abgelaufen, seitdem kommt kein Token mehr", CauseId::ExpiredClientSecret),
        ("I used the Object ID from App registrations in New-ServicePrincipal.", CauseId::WrongObjectId),
        ("The token has no roles claim", CauseId::MissingAppRole),
        ("We only added delegated permissions and use client credentials.", CauseId::DelegatedPermissionInsteadOfApplication),
        ("SMTP AUTH is disabled for the whole organization.", CauseId::SmtpAuthDisabledTenant),
        ("IMAP is disabled on the mailbox in the Exchange admin center", CauseId::ProtocolDisabledOnMailbox),
        ("Das Postfach hat IMAP deaktiviert.", CauseId::ProtocolDisabledOnMailbox),
        ("Unable to receive mail over IMAP. Login failed, but mail can be sent.", CauseId::ProtocolDisabledOnMailbox),
        ("Der Abruf per POP3 scheitert, der Versand funktioniert.", CauseId::ProtocolDisabledOnMailbox),
        ("My account would not connect until the added step of granting admin consent to the API permissions.", CauseId::ConsentMissing),
        ("Seit der neuen Richtlinie für bedingten Zugriff kann der Scanner nicht mehr senden.", CauseId::ConditionalAccessBlock),
        ("MFA is enforced now and the service logs in with username and password.", CauseId::MfaRequiredRopc),
        ("Das Dienstkonto hat keine Lizenz mehr.", CauseId::MailboxUnlicensedOrMissing),
        ("Our firewall blocks outbound 993 to outlook.office365.com.", CauseId::NetworkEgressBlocked),
    ] {
        assert_eq!(causes(text).first(), Some(&want), "{text}");
    }
}

#[test]
fn a_short_paste_s_error_line_is_read_for_what_it_tells_of_the_setup() {
    // The line holds a refusal the scanner reads as a reply, and names a shared mailbox.
    let text = "Trying to read a shared mailbox over IMAP with OAuth: A1 NO AUTHENTICATE failed.";
    let c = causes(text);
    assert!(c[..3].contains(&CauseId::WrongUsernameInXoauth2), "{c:?}");
    assert!(c[..3].contains(&CauseId::MailboxPermissionMissing), "{c:?}");
}

#[test]
fn a_short_paste_s_error_line_is_read_for_what_more_it_tells_of_the_error() {
    // The reply is a bare refusal; the words after it name the cause.
    assert_eq!(
        causes("A1 NO AUTHENTICATE failed: token expired").first(),
        Some(&CauseId::TokenExpiredOrCached)
    );
    assert_eq!(
        causes("A1 NO AUTHENTICATE failed. The account has been locked.").first(),
        Some(&CauseId::AccountDisabledOrSigninBlocked)
    );
    // Without them the refusal stays thin.
    assert!(run("A1 NO AUTHENTICATE failed.")
        .findings
        .iter()
        .all(|f| f.confidence < 0.5));
}

#[test]
fn what_prose_does_not_say_is_not_read_into_it() {
    // Graph named as the API used; a secret not expired; SMTP AUTH disabled by security defaults
    // is not the tenant switch; a token's expiry is not the secret's.
    for (text, not) in [
        ("We call the Graph API with scope https://graph.microsoft.com/.default to read the mailbox.", CauseId::WrongTokenAudience),
        ("The client secret is not expired, it is valid until 2027.", CauseId::ExpiredClientSecret),
        ("The access token expired after an hour, so we fetch a new one with the client secret.", CauseId::ExpiredClientSecret),
        ("SMTP AUTH is disabled for the tenant by security defaults.", CauseId::SmtpAuthDisabledTenant),
        ("We use an app password because MFA is on for the account.", CauseId::MfaRequiredRopc),
        ("The email-oauth2-proxy blocks until the browser sign-in completes.", CauseId::NetworkEgressBlocked),
        ("There is no conditional access policy in this tenant.", CauseId::ConditionalAccessBlock),
    ] {
        assert!(!causes(text).contains(&not), "{text}: {:?}", causes(text));
    }
}
