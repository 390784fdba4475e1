//! What a report tells rather than shows: a cause told ruled out or only guessed at, a setting
//! told as it is meant to be, a log's settings and checks that name a cause without showing it.
//! None of these is the failure's cause. Each look-alike beside them (a cause stated in the same
//! sentence, a real message that holds the same words) keeps its reading.

mod common;

use common::{causes, conf};

#[test]
fn a_cause_told_ruled_out_or_asked_is_no_statement_of_it() {
    // (text, the cause it rules out or asks about)
    let cases = [
        ("SMTP AUTH is not disabled for the mailbox, I checked Get-CASMailbox. 535 5.7.3 Authentication unsuccessful", "protocol_disabled_on_mailbox"),
        ("IMAP ist für das Postfach nicht deaktiviert. IMAP: AUTHENTICATE failed.", "protocol_disabled_on_mailbox"),
        ("Der Mandant hat SMTP AUTH nicht deaktiviert, trotzdem 535 5.7.3 Authentication unsuccessful", "smtp_auth_disabled_tenant"),
        ("It is a shared mailbox, so no license is needed. A1 NO AUTHENTICATE failed.", "mailbox_unlicensed_or_missing"),
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
        ("MFA is not required for this account and the password is correct. 535 5.7.3 Authentication unsuccessful", "mfa_required_ropc"),
        ("Conditional Access: no policy applies to the service account. 535 5.7.3 Authentication unsuccessful", "conditional_access_block"),
        ("Is it due to conditional access? 535 5.7.3 Authentication unsuccessful", "conditional_access_block"),
        ("IMAP isn't disabled on the mailbox, ImapEnabled is True. A1 NO AUTHENTICATE failed.", "protocol_disabled_on_mailbox"),
    ];
    for (text, cause) in cases {
        assert!(conf(text, cause) < 0.3, "{text}: {:?}", causes(text));
    }
    // The same causes stated keep their readings, beside a clause that rules another out, with
    // a guessing tag after them, or under a question.
    let stated = [
        ("The secret is not the problem, the service principal was never registered in Exchange.\nA1 NO AUTHENTICATE failed.", "service_principal_not_registered_in_exchange"),
        ("SMTP AUTH is disabled for the whole tenant and MFA is not enforced for the service account.\n535 5.7.3 Authentication unsuccessful", "smtp_auth_disabled_tenant"),
        ("IMAP is disabled for the mailbox, which is not as expected.\nA1 NO AUTHENTICATE failed.", "protocol_disabled_on_mailbox"),
        ("Conditional access blocks the sign-in from the server's IP, there is no MFA prompt for the service.\n535 5.7.3 Authentication unsuccessful", "conditional_access_block"),
        ("The client secret expired on 2026-05-01, could that be the reason?\nA1 NO AUTHENTICATE failed.", "expired_client_secret"),
        ("Das Secret ist am 01.05. abgelaufen, kann es daran liegen?\nIMAP: A1 NO AUTHENTICATE failed.", "expired_client_secret"),
        ("We never ran New-ServicePrincipal - could that be it?\nA1 NO AUTHENTICATE failed.", "service_principal_not_registered_in_exchange"),
        ("Is it possible that the secret expired? The portal shows the secret as expired since 2026-05-20.\nA1 NO AUTHENTICATE failed.", "expired_client_secret"),
        ("We use the client credentials flow but added IMAP.AccessAsUser.All as a delegated permission instead of IMAP.AccessAsApp.\nA1 NO AUTHENTICATE failed.", "delegated_permission_instead_of_application"),
        ("Conditional Access policy \"Require MFA for all users\" applies to the service account, it is not excluded.\n535 5.7.3 Authentication unsuccessful", "conditional_access_block"),
        ("Access token expired at 10:00; the cache file is never refreshed, so the service keeps sending the expired token.\nA1 NO AUTHENTICATE failed.", "token_expired_or_cached"),
        ("2026-05-30 10:00:00 ERROR TokenCache: token from C:\\ProgramData\\MailBridge\\token.json is expired, not refreshed\n2026-05-30 10:00:01 ERROR A1 NO AUTHENTICATE failed.", "token_expired_or_cached"),
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
    let text = "The daemon requests scope https://graph.microsoft.com/.default instead of https://outlook.office365.com/.default and then logs in to IMAP with XOAUTH2.\nA1 NO AUTHENTICATE failed.";
    assert_eq!(
        causes(text).first().map(|c| c.0.as_str()),
        Some("wrong_token_audience")
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
