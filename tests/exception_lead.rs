//! An application's own words before an exception on the same line: DavMail's `O365Token -
//! refresh token failed javax.crypto.BadPaddingException: Given final block not properly
//! padded` says that renewing the token failed; the exception is only why. When those words
//! are a known text, they are read; when they are not, the exception alone is, as before.

mod common;

use common::{analyze_now as run, first_cause as first};
use exo_oauth_doctor::catalogue::CauseId;

const DAVMAIL: &str = "2021-08-05 10:10:30,182 WARN  [SmtpConnection-45344] davmail.exchange.auth.O365Token  - refresh token failed javax.crypto.BadPaddingException: Given final block not properly padded. Such issues can arise if a bad key is used during decryption.";

#[test]
fn a_known_text_before_an_exception_is_read() {
    assert_eq!(first(DAVMAIL), Some(CauseId::TokenExpiredOrCached));
    // In a long log, too (the lines there are read by the detectors, not as a short paste).
    let mut log = String::new();
    for i in 0..400 {
        log.push_str(&format!(
            "2021-08-05 10:{:02}:{:02},000 DEBUG [ImapConnection-1] davmail.imap.ImapConnection  - > {i} NOOP\n",
            i / 60 % 60,
            i % 60
        ));
    }
    log.push_str(DAVMAIL);
    log.push('\n');
    assert_eq!(first(&log), Some(CauseId::TokenExpiredOrCached));
}

#[test]
fn the_exception_alone_is_read_when_the_words_before_it_are_not_known() {
    // Without the application's words the exception's message carries no cause.
    let bare = "2021-08-05 10:10:30,182 WARN  [SmtpConnection-45344] davmail.exchange.auth.O365Token  - javax.crypto.BadPaddingException: Given final block not properly padded.";
    assert_ne!(first(bare), Some(CauseId::TokenExpiredOrCached));
    // Words that are no known text leave the exception's own reading as it was.
    let relay = "2024-03-01 09:00:00 ERROR [mailer] Notifier - while sending the report javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.";
    assert_eq!(first(relay), Some(CauseId::SmtpAuthDisabledTenant));
    let a = run(relay);
    let f = &a.findings[0];
    assert!(
        f.evidence
            .iter()
            .all(|e| !format!("{e:?}").contains("while sending the report:")),
        "the unknown lead must not be joined to the message"
    );
}
