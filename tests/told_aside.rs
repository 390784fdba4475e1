//! What a report tells rather than shows: an Entra error told fixed, earlier, absent or as
//! another's beside the failure it asks about; a cause told ruled out or only asked about; a
//! setting told as it should be. None of these is the failure's cause. Each look-alike beside
//! them (a real message that holds the same words, a failure still there) keeps its reading.

mod common;

use common::analyze_now;
use exo_oauth_doctor::evidence::ArtifactKind;

/// The causes of `text`'s analysis with their confidences, best first.
fn causes(text: &str) -> Vec<(String, f32)> {
    analyze_now(text)
        .findings
        .iter()
        .map(|f| (f.cause.as_str().to_string(), f.confidence))
        .collect()
}

/// The confidence `text`'s analysis gives `cause` (0 when it is not among the findings).
fn conf(text: &str, cause: &str) -> f32 {
    causes(text)
        .iter()
        .find(|(c, _)| c == cause)
        .map_or(0.0, |(_, p)| *p)
}

/// Whether `text`'s AADSTS error is marked as told aside.
fn told_aside(text: &str) -> bool {
    analyze_now(text)
        .artifacts
        .iter()
        .any(|a| matches!(&a.kind, ArtifactKind::Aadsts(e) if e.told_aside))
}

#[test]
fn an_entra_error_told_fixed_earlier_absent_or_anothers_is_not_the_failure() {
    // (text, the code's cause)
    let cases = [
        ("AADSTS700016 is solved (wrong tenant). Now: A1 NO AUTHENTICATE failed.", "app_not_found_in_tenant"),
        ("First we got AADSTS7000215, that was the secret ID instead of the value. Fixed that. Now the token comes back but IMAP answers NO AUTHENTICATE failed.", "invalid_client_secret"),
        ("The AADSTS65001 error went away after admin consent. Now SMTP gives 535 5.7.3 Authentication unsuccessful.", "consent_missing"),
        ("Got AADSTS700016 when requesting a token, fixed the tenant id, now I get a token but IMAP still returns AUTHENTICATE failed.", "app_not_found_in_tenant"),
        ("AADSTS7000215: Invalid client secret provided.\nFixed that by using the value instead of the ID. Now IMAP answers:\nA1 NO AUTHENTICATE failed.", "invalid_client_secret"),
        ("Previously: AADSTS7000222 The provided client secret keys for app are expired. We renewed the secret. Current error: 535 5.7.3 Authentication unsuccessful", "expired_client_secret"),
        ("Den Fehler AADSTS7000215 haben wir behoben (Secret-ID statt Wert). Jetzt kommt ein Token, aber IMAP meldet NO AUTHENTICATE failed.", "invalid_client_secret"),
        ("We do NOT get AADSTS7000222 or any other AADSTS error, the token request works. A1 NO AUTHENTICATE failed.", "expired_client_secret"),
        ("According to the docs, AADSTS700016 means the app is not in the tenant. We don't get that; we get A1 NO AUTHENTICATE failed.", "app_not_found_in_tenant"),
        ("I searched for AADSTS7000215 and AADSTS7000222 but neither appears in our logs. The SMTP log only shows 535 5.7.3 Authentication unsuccessful.", "expired_client_secret"),
        ("Laut Doku kommt \"AADSTS50076\" bei MFA, das haben wir aber nicht. Token wird geholt. IMAP: AUTHENTICATE failed.", "mfa_required_ropc"),
        ("Kein AADSTS7000215 mehr seit wir das Secret erneuert haben, jetzt IMAP: AUTHENTICATE failed.", "invalid_client_secret"),
    ];
    for (text, cause) in cases {
        assert!(told_aside(text), "{text}");
        assert!(conf(text, cause) < 0.2, "{text}: {:?}", causes(text));
        // The failure asked about is read: a mail protocol's candidates lead, and the error set
        // aside still shows an OAuth setup (no password sign-in candidate first).
        assert!(!causes(text).is_empty(), "{text}");
        assert!(
            conf(text, "basic_auth_deprecated") < 0.1,
            "{text}: {:?}",
            causes(text)
        );
    }
    // A token the log shows issued after the error makes the error history, and the same
    // error's words on its line go with it.
    for text in [
        "2026-05-30 10:00:01 ERROR TokenProvider: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.\n2026-05-30 10:12:44 INFO TokenProvider: access token acquired, expires in 3599s\n2026-05-30 10:12:46 ERROR ImapClient: A1 NO AUTHENTICATE failed.",
        "2026-05-30 09:00:00 ERROR AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.\n2026-05-30 09:30:00 INFO excluded the service account from CA policy \"Require MFA\"\n2026-05-30 09:31:00 INFO token acquired\n2026-05-30 09:31:01 ERROR SMTP: 535 5.7.3 Authentication unsuccessful",
    ] {
        let got = causes(text);
        assert!(got.first().is_some_and(|c| c.1 < 0.5), "{text}: {got:?}");
    }
    // With no failure after it, the error stays the reading.
    let text = "2026-05-30 10:00:01 ERROR AADSTS7000222: The provided client secret keys for app are expired.\n2026-05-30 10:30:02 INFO token acquired";
    assert!(
        conf(text, "expired_client_secret") >= 0.9,
        "{:?}",
        causes(text)
    );
    // The code told fixed is shown as such in the text report.
    let a = analyze_now(cases[0].0);
    let report = exo_oauth_doctor::report::to_text(&a, exo_oauth_doctor::i18n::Lang::En);
    assert!(report.contains("told fixed in the paste"), "{report}");
}

#[test]
fn an_entra_error_still_there_keeps_its_reading() {
    // (text, the code's cause): the words are the message's own, the failure persists, the
    // question asks how to fix it, or nothing fails after it.
    let cases = [
        ("AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which can't be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page.\nA1 NO AUTHENTICATE failed.", "token_expired_or_cached"),
        ("AADSTS7000215 is not fixed yet.\nNO AUTHENTICATE failed.", "invalid_client_secret"),
        ("How can AADSTS700016 be fixed? Also IMAP says A1 NO AUTHENTICATE failed.", "app_not_found_in_tenant"),
        ("AADSTS7000215: Invalid client secret provided. This can be resolved by using the secret value.\nA1 NO AUTHENTICATE failed.", "invalid_client_secret"),
        ("I fixed the secret but still get AADSTS7000215 and IMAP NO AUTHENTICATE failed.", "invalid_client_secret"),
        ("[SOLVED] AADSTS7000215 when connecting IMAP\nAADSTS7000215: Invalid client secret provided.", "invalid_client_secret"),
        ("Why do I get AADSTS700016? IMAP then says A1 NO AUTHENTICATE failed.", "app_not_found_in_tenant"),
        ("AADSTS700016 is solved, thanks!", "app_not_found_in_tenant"),
        ("ERROR Could not acquire token: AADSTS7000215: Invalid client secret provided.\nA1 NO AUTHENTICATE failed.", "invalid_client_secret"),
    ];
    for (text, cause) in cases {
        let got = causes(text);
        assert_eq!(
            got.first().map(|c| c.0.as_str()),
            Some(cause),
            "{text}: {got:?}"
        );
        assert!(got[0].1 >= 0.85, "{text}: {got:?}");
    }
}

#[test]
fn a_cause_told_ruled_out_or_asked_is_no_statement_of_it() {
    // (text, the cause it rules out or asks about)
    let cases = [
        ("SMTP AUTH is not disabled for the mailbox, I checked Get-CASMailbox. 535 5.7.3 Authentication unsuccessful", "protocol_disabled_on_mailbox"),
        ("IMAP ist für das Postfach nicht deaktiviert. IMAP: AUTHENTICATE failed.", "protocol_disabled_on_mailbox"),
        ("Der Mandant hat SMTP AUTH nicht deaktiviert, trotzdem 535 5.7.3 Authentication unsuccessful", "smtp_auth_disabled_tenant"),
        ("It is a shared mailbox, so no license is needed. A1 NO AUTHENTICATE failed.", "mailbox_unlicensed_or_missing"),
        ("The shared mailbox is unlicensed, as it should be. The app has FullAccess. A1 NO AUTHENTICATE failed.", "mailbox_unlicensed_or_missing"),
        ("Freigegebene Postfächer brauchen keine Lizenz. IMAP: AUTHENTICATE failed.", "mailbox_unlicensed_or_missing"),
        ("MFA is not enforced for the service account and the password is correct. 535 5.7.3 Authentication unsuccessful", "mfa_required_ropc"),
        ("Admin consent is not missing, it shows \"Granted for Contoso\". A1 NO AUTHENTICATE failed.", "consent_missing"),
        ("Admin consent granted (green checkmarks), no further consent required. A1 NO AUTHENTICATE failed.", "consent_missing"),
        ("Die Administratorzustimmung ist erteilt, es fehlt nichts. IMAP: AUTHENTICATE failed.", "consent_missing"),
        ("Conditional access is not the problem, the sign-in log shows success. A1 NO AUTHENTICATE failed.", "conditional_access_block"),
        ("The sign-in log shows Success and Conditional Access \"Not applied\". A1 NO AUTHENTICATE failed.", "conditional_access_block"),
        ("We don't use security defaults. 535 5.7.3 Authentication unsuccessful", "security_defaults_block"),
        ("Die Sicherheitsstandards haben wir nie aktiviert. 535 5.7.3 Authentication unsuccessful", "security_defaults_block"),
        ("Could the secret have expired? A1 NO AUTHENTICATE failed.", "expired_client_secret"),
        ("Kann es an bedingtem Zugriff liegen? IMAP: AUTHENTICATE failed.", "conditional_access_block"),
        ("Client secret expiry date: 2027-05-01. A1 NO AUTHENTICATE failed.", "expired_client_secret"),
        ("The client secret expired last month, we created a new one and updated the config. Token request works now, but IMAP still says AUTHENTICATE failed.", "expired_client_secret"),
        ("We removed the delegated permission IMAP.AccessAsUser.All and added IMAP.AccessAsApp for the client credentials flow. A1 NO AUTHENTICATE failed.", "delegated_permission_instead_of_application"),
        ("Earlier the token had no roles, after admin consent it has IMAP.AccessAsApp. A1 NO AUTHENTICATE failed.", "missing_app_role"),
        ("After basic authentication was retired we switched to the client credentials flow.\nIMAP: AUTHENTICATE failed.", "basic_auth_deprecated"),
        ("The job failed 10 minutes ago. Permissions were added when we set it up in 2024. A1 NO AUTHENTICATE failed.", "replication_delay"),
        ("Wir verwenden kein freigegebenes Postfach. IMAP: AUTHENTICATE failed.", "wrong_username_in_xoauth2"),
        ("- Check that the mailbox has a license\nAll checked. IMAP: A1 NO AUTHENTICATE failed.", "mailbox_unlicensed_or_missing"),
    ];
    for (text, cause) in cases {
        assert!(conf(text, cause) < 0.3, "{text}: {:?}", causes(text));
    }
    // The same causes stated keep their readings.
    let stated = [
        (
            "IMAP is disabled for the mailbox. AUTHENTICATE failed.",
            "protocol_disabled_on_mailbox",
        ),
        (
            "Admin consent has not been granted. A1 NO AUTHENTICATE failed.",
            "consent_missing",
        ),
        (
            "The client secret expired last week and since then the service gets no token.",
            "expired_client_secret",
        ),
        (
            "We forgot to run New-ServicePrincipal. IMAP says AUTHENTICATE failed.",
            "service_principal_not_registered_in_exchange",
        ),
        (
            "The shared mailbox has no license. A1 NO AUTHENTICATE failed.",
            "mailbox_unlicensed_or_missing",
        ),
        (
            "Error occurred while parsing the private key, is it in .PEM format?",
            "certificate_credential_error",
        ),
    ];
    for (text, cause) in stated {
        assert!(conf(text, cause) >= 0.45, "{text}: {:?}", causes(text));
    }
}

#[test]
fn settings_and_lines_that_name_a_cause_without_showing_it() {
    // An EWS request that sends the impersonation header, or code that sets it: the response
    // decides.
    let trace = "<t:ExchangeImpersonation>\n  <t:ConnectingSID>\n    <t:SmtpAddress>helpdesk@contoso.com</t:SmtpAddress>\n  </t:ConnectingSID>\n</t:ExchangeImpersonation>\n<m:ResponseCode>ErrorNonExistentMailbox</m:ResponseCode><m:MessageText>The SMTP address has no mailbox associated with it.</m:MessageText>";
    let got = causes(trace);
    assert_eq!(
        got.first().map(|c| c.0.as_str()),
        Some("mailbox_unlicensed_or_missing"),
        "{got:?}"
    );
    let text = "Wir setzen den ExchangeImpersonation-Header korrekt. EWS: ErrorAccessDenied";
    assert!(
        conf(text, "ews_impersonation_header_mismatch") < 0.5,
        "{:?}",
        causes(text)
    );
    // Exchange's words for the header missing or misplaced keep the reading.
    for text in [
        "ExchangeImpersonation SOAP header must be present for this type of OAuth token.",
        "ExchangeImpersonation SOAP header must not exist for this type of OAuth token.",
    ] {
        assert!(
            conf(text, "ews_impersonation_header_mismatch") >= 0.85,
            "{text}"
        );
    }
    // A token-expiry check that came out negative, a normal refresh, a file's name.
    for text in [
        "2026-05-30 10:00:00 DEBUG isTokenExpired=false\n2026-05-30 10:00:01 A1 NO AUTHENTICATE failed.",
        "2026-05-30 10:00:00 DEBUG cached access token expired, requesting a new one\n2026-05-30 10:00:01 INFO new access token acquired (expires_in=3599)\n2026-05-30 10:00:02 ERROR A1 NO AUTHENTICATE failed.",
        "Token cache: C:\\ProgramData\\Bridge\\token_expired_cache.json\nA1 NO AUTHENTICATE failed.",
    ] {
        assert!(conf(text, "token_expired_or_cached") < 0.3, "{text}: {:?}", causes(text));
    }
    assert!(
        conf(
            "error:Access token has expired. Refreshing is in progress but has not yet succeeded",
            "token_expired_or_cached"
        ) >= 0.85
    );
    // A shared mailbox's account is blocked from sign-in by design; an account told enabled.
    for text in [
        "Sign-in is blocked for the shared mailbox account (by design). A1 NO AUTHENTICATE failed.",
        "Account is disabled? No, it is enabled. A1 NO AUTHENTICATE failed.",
    ] {
        assert!(
            conf(text, "account_disabled_or_signin_blocked") < 0.3,
            "{text}: {:?}",
            causes(text)
        );
    }
    assert!(conf("javax.mail.AuthenticationFailedException: AUTHENTICATE failed: the account has been locked", "account_disabled_or_signin_blocked") >= 0.8);
    // Consent told granted beside the API's own "access denied".
    for text in [
        "Admin consent for Mail.ReadWrite (Application) is granted. Graph returns 403 ErrorAccessDenied.",
        "Admin consent für Mail.ReadWrite (Anwendung) ist erteilt. Graph liefert 403 ErrorAccessDenied.",
    ] {
        assert!(conf(text, "consent_missing") < 0.5, "{text}: {:?}", causes(text));
    }
    // IMAP's and POP's switches off say nothing of an SMTP failure.
    let text = "Get-CASMailbox scanner | fl SmtpClientAuthenticationDisabled,ImapEnabled,PopEnabled\nSmtpClientAuthenticationDisabled : False\nImapEnabled                      : False\nPopEnabled                       : False\n535 5.7.3 Authentication unsuccessful";
    assert!(
        conf(text, "protocol_disabled_on_mailbox") < 0.3,
        "{:?}",
        causes(text)
    );
    let text =
        "Get-CASMailbox scanner | fl ImapEnabled\nImapEnabled : False\nA1 NO AUTHENTICATE failed.";
    assert!(
        conf(text, "protocol_disabled_on_mailbox") >= 0.85,
        "{:?}",
        causes(text)
    );
    // A Graph scope told replaced by Exchange's: which one the token used is not shown.
    let text = "We first tried scope https://graph.microsoft.com/.default but changed it to https://outlook.office365.com/.default as the docs say. IMAP still returns AUTHENTICATE failed.";
    assert!(
        conf(text, "wrong_token_audience") < 0.7,
        "{:?}",
        causes(text)
    );
    let text = "scope=https://graph.microsoft.com/.default\nA1 NO AUTHENTICATE failed.";
    assert!(
        conf(text, "wrong_token_audience") >= 0.7,
        "{:?}",
        causes(text)
    );
    // An IP on a public blocklist is no restricted sender of the tenant; Microsoft's own list is.
    let text = "550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus.";
    assert_eq!(
        causes(text).first().map(|c| c.0.as_str()),
        Some("wrong_endpoint_or_cloud")
    );
    let text = "5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com";
    assert_eq!(
        causes(text).first().map(|c| c.0.as_str()),
        Some("sender_outbound_restricted")
    );
}
