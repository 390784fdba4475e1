//! Every known error text is reachable: each row's example line, run through the whole
//! analysis, is found as the row's kind (and code) and gives the row's causes, with the row's
//! reason where a code does not already state the cause. A row no text can reach fails here.
//! The concept rows (`texts::CONCEPTS`) are checked with the feature `ablation`, as the test
//! script runs this file again, with the other rows that read their examples switched off.

use exo_oauth_doctor::catalogue::texts::{Code, Family, Kind, KnownText, FAMILIES};
use exo_oauth_doctor::catalogue::{aadsts, CauseId};
use exo_oauth_doctor::evidence::{Artifact, ArtifactKind};
use exo_oauth_doctor::{analyze, Analysis, Options};

const NOW: i64 = 1_742_472_000;

fn run(text: &str) -> Analysis {
    analyze(
        text,
        &Options {
            now: NOW,
            ..Options::default()
        },
    )
}

/// Whether `a` is of `kind` and carries `code`.
fn is(a: &Artifact, kind: Kind, code: Code) -> bool {
    match (&a.kind, kind, code) {
        (ArtifactKind::Aadsts(e), Kind::Aadsts, Code::Aadsts(c)) => e.code == c,
        (ArtifactKind::Aadsts(_), Kind::Aadsts, Code::None) => true,
        (ArtifactKind::TokenError(_), Kind::TokenError, Code::None) => true,
        (ArtifactKind::TokenError(e), Kind::TokenError, Code::Aadsts(c)) => e.codes.contains(&c),
        (ArtifactKind::ServerReply(r), Kind::ServerReply, Code::Reply(c)) => {
            r.code == c.to_string()
        }
        (ArtifactKind::ServerReply(_), Kind::ServerReply, Code::None) => true,
        (ArtifactKind::ClientError { .. }, Kind::ClientError, Code::None) => true,
        (ArtifactKind::ApiError { .. }, Kind::ApiError, Code::None) => true,
        (ArtifactKind::PsError(_), Kind::PsError, Code::None) => true,
        _ => false,
    }
}

/// The causes a code in the analysis states (the first cause of each catalogued AADSTS code).
fn stated(a: &Analysis) -> Vec<CauseId> {
    a.artifacts
        .iter()
        .filter_map(|x| match &x.kind {
            ArtifactKind::Aadsts(e) => aadsts(e.code).and_then(|c| c.causes().first().copied()),
            _ => None,
        })
        .collect()
}

/// With the feature `ablation`: switches off every row but the concept rows, and every AADSTS
/// code, that reads a concept row's example (until none is left), so the example is read as a
/// wording no other row was written for. A concept row is the fallback for such wordings, and its
/// real example is often a text another row knows. Without the feature it does nothing.
#[cfg(feature = "ablation")]
fn leave_out_for(family: Family, row: &KnownText) {
    use exo_oauth_doctor::catalogue::ablation;
    ablation::switch_off(&[], &[]);
    if family == Family::Concept {
        ablation::leave_out(
            || {
                run(row.example);
            },
            true,
            16,
        );
    }
}

/// Whether `row` of `family` is checked in this build: a concept row only with the feature
/// `ablation` (the test script's leave-out stage), where the rows that know its example are off.
fn checked_here(family: Family) -> bool {
    family != Family::Concept || cfg!(feature = "ablation")
}

/// What is wrong with `row` in `family`, if anything.
fn check(family: Family, row: &KnownText) -> Option<String> {
    #[cfg(feature = "ablation")]
    leave_out_for(family, row);
    let a = run(row.example);
    let mut problems = Vec::new();
    let found = a.artifacts.iter().find(|x| is(x, row.kind, row.code));
    match found {
        None => problems.push(format!(
            "not found as {:?} {:?}; artifacts: {:?}",
            row.kind,
            row.code,
            a.artifacts.iter().map(|x| &x.kind).collect::<Vec<_>>()
        )),
        Some(x) => {
            if family == Family::EntraUncoded {
                if let ArtifactKind::Aadsts(e) = &x.kind {
                    if !e.inferred {
                        problems.push("read as a coded message, not by its wording".into());
                    }
                }
            }
        }
    }
    let causes: Vec<CauseId> = a.findings.iter().map(|f| f.cause).collect();
    if let Code::Aadsts(code) = row.code {
        match aadsts(code) {
            Some(entry) => {
                if let Some(first) = entry.causes().first() {
                    if !causes.contains(first) {
                        problems.push(format!("AADSTS{code} gives {first}, findings {causes:?}"));
                    }
                }
            }
            None => problems.push(format!("AADSTS{code} is not in the catalogue")),
        }
    }
    if family == Family::BareFailure && a.thin.is_none() {
        problems.push(format!(
            "not read as a bare authentication failure; findings {causes:?}"
        ));
    }
    let stated = stated(&a);
    for p in row.causes {
        let Some(f) = a.findings.iter().find(|f| f.cause == p.cause) else {
            problems.push(format!("no finding {}; findings {causes:?}", p.cause));
            continue;
        };
        let cited = f.evidence.iter().any(|e| e.why.en == p.why.en());
        if !cited && !stated.contains(&p.cause) {
            problems.push(format!("{} without the row's reason", p.cause));
        }
    }
    (!problems.is_empty()).then(|| format!("{:?}: {}", row.id, problems.join("; ")))
}

#[test]
fn every_known_text_is_reachable_from_its_example() {
    let mut failures = Vec::new();
    let mut rows = 0;
    for (family, family_rows) in FAMILIES {
        for row in family_rows.iter().filter(|_| checked_here(*family)) {
            rows += 1;
            if let Some(p) = check(*family, row) {
                failures.push(p);
            }
        }
    }
    #[cfg(feature = "ablation")]
    exo_oauth_doctor::catalogue::ablation::switch_off(&[], &[]);
    assert!(rows >= 40, "{rows} rows");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn row_keys_are_unique_and_every_row_names_what_it_points_to() {
    let all: Vec<(Family, &KnownText)> = FAMILIES
        .iter()
        .flat_map(|(f, rows)| rows.iter().map(move |r| (*f, r)))
        .collect();
    for (i, &(family, r)) in all.iter().enumerate() {
        assert!(
            all[..i].iter().all(|(_, o)| o.id != r.id),
            "{:?} appears twice",
            r.id
        );
        assert!(
            !r.causes.is_empty()
                || matches!(r.code, Code::Aadsts(_))
                || family == Family::BareFailure,
            "{:?} points to nothing",
            r.id
        );
        for p in r.causes {
            assert!(
                !p.why.en().is_empty() && !p.why.de().is_empty(),
                "{:?}",
                r.id
            );
            assert!(p.weight() > 0.0 && p.weight() < 1.0, "{:?}", r.id);
        }
        assert!(!r.example.is_empty(), "{:?} has no example", r.id);
    }
}

/// Every needle is written in the form lines are read in (`i18n::match_form` after folding):
/// lower case, one blank between words, ASCII quotes. A needle with `’` or `„…“` (as a
/// translation file writes them) could never match, since a line's quotes are read as ASCII.
#[test]
fn needles_are_written_in_the_form_lines_are_read_in() {
    for (_, rows) in FAMILIES {
        for r in rows.iter() {
            let m = r.matcher;
            for entry in m.any.iter().chain(m.all).chain(m.none) {
                for n in entry.split('|') {
                    let mut b = exo_oauth_doctor::i18n::fold_case(n).into_bytes();
                    exo_oauth_doctor::i18n::match_form(&mut b);
                    assert_eq!(n.as_bytes(), &b[..], "{:?}: needle {n:?}", r.id);
                }
            }
        }
    }
}

/// A client's note that it may hold too many connections is found as a network error in
/// English; the rules read it as the server's connection limit, not as the network path.
#[test]
fn connection_limit_in_a_network_error_points_to_the_limit() {
    let a = run("Unable to connect to your IMAP server. You may have exceeded the maximum number of connections to this server. If so, use the Advanced IMAP Server Settings dialog to reduce the number of cached connections.");
    let first = a.findings.first().map(|f| f.cause);
    assert_eq!(
        first,
        Some(CauseId::ExchangeThrottlingLimit),
        "{:?}",
        a.findings
            .iter()
            .map(|f| (f.cause, f.confidence))
            .collect::<Vec<_>>()
    );
}

/// The scanner reads a family only on lines with one of its rows' context words: the three
/// Entra messages that no other context word comes with are read on their own.
#[test]
fn entra_messages_without_other_context_are_read() {
    for (text, code) in [
        (
            "The reply URL specified in the request does not match the reply URLs configured for the application.",
            50011,
        ),
        (
            "Application 'contoso-mailer' is configured for use by Microsoft Account users only. Please use the /consumers endpoint to serve this request.",
            9002331,
        ),
        (
            "Client assertion contains an invalid signature. [Reason - The key was not found.]",
            700027,
        ),
    ] {
        let a = run(text);
        assert!(
            a.artifacts.iter().any(|x| matches!(&x.kind,
                ArtifactKind::Aadsts(e) if e.code == code && e.inferred)),
            "{text}: {:?}",
            a.artifacts
        );
    }
}

/// The AADSTS codes a signal names (`AADSTS700027, AADSTS50012`).
fn signal_codes(s: &str) -> Vec<u32> {
    s.split("AADSTS")
        .skip(1)
        .filter_map(|r| {
            let d: String = r.chars().take_while(char::is_ascii_digit).collect();
            d.parse().ok()
        })
        .collect()
}

/// Signals that are error texts as they appear in a log, with a line that shows them in their
/// usual place (the catalogue names some of them without their surroundings).
const LITERAL_SIGNALS: &[(&str, &str)] = &[
    (
        "Token retrieval is not supported for this organization.",
        r#""MessageText": "Token retrieval is not supported for this organization.","#,
    ),
    (
        "530 5.7.0 Must issue a STARTTLS command first",
        "S: 530 5.7.0 Must issue a STARTTLS command first",
    ),
    (
        "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number",
        "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1002)",
    ),
    (
        "invalid_client: Invalid client secret is provided",
        "invalid_client: Invalid client secret is provided",
    ),
    (
        "InvalidClientSecretExpiredKeysProvided",
        "InvalidClientSecretExpiredKeysProvided",
    ),
    (
        "Client assertion failed signature validation",
        "Client assertion failed signature validation",
    ),
    (
        "Application with identifier '…' was not found in the directory",
        "Application with identifier '…' was not found in the directory",
    ),
    (
        "Tenant '…' not found",
        r#"{"error":"invalid_request","error_description":"Tenant 'contoso.example' not found."}"#,
    ),
    (
        "The resource principal named … was not found in the tenant",
        "The resource principal named … was not found in the tenant",
    ),
    (
        "invalid_scope",
        r#"{"error":"invalid_scope","error_description":"The provided value for the input parameter 'scope' is not valid."}"#,
    ),
    (
        "must contain … 'client_assertion' or 'client_secret'",
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    ),
    (
        "invalid_request",
        r#"{"error":"invalid_request","error_description":"The request is missing a required parameter."}"#,
    ),
    (
        "The redirect URI … does not match the redirect URIs configured",
        "The redirect URI … does not match the redirect URIs configured",
    ),
    ("BlockedByConditionalAccess", "BlockedByConditionalAccess"),
    (
        "554 5.2.252 SendAsDenied; SendAsDeniedException; ErrorSendAsDenied",
        "554 5.2.252 SendAsDenied; svc@contoso.com not allowed to send as info@contoso.com",
    ),
    (
        "BAD User is authenticated but not connected",
        "A1 BAD User is authenticated but not connected.",
    ),
    (
        "MailboxNotEnabledForRESTAPI",
        r#"{"error":{"code":"MailboxNotEnabledForRESTAPI","message":"The mailbox is either inactive, soft-deleted, or is hosted on-premise."}}"#,
    ),
    (
        "ErrorImpersonateUserDenied",
        "<m:ResponseCode>ErrorImpersonateUserDenied</m:ResponseCode><m:MessageText>The account does not have permission to impersonate the requested user.</m:MessageText>",
    ),
    (
        "timed out, connection refused, proxy 407, TLS handshake failure",
        "java.net.ConnectException: Connection timed out (Connection timed out)",
    ),
    ("InvalidUserNameOrPassword", "InvalidUserNameOrPassword"),
    (
        "BAD User is authenticated but not connected; ErrorAccessDenied",
        "A1 BAD User is authenticated but not connected.",
    ),
    (
        "535 5.7.139 … disabled for the Mailbox",
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.",
    ),
    (
        "535 5.7.139 SmtpClientAuthentication is disabled for the Tenant",
        "535 5.7.139 SmtpClientAuthentication is disabled for the Tenant",
    ),
    (
        "535 5.7.139 … security defaults policy / did not meet the criteria",
        "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy.",
    ),
    (
        "535 5.7.139 basic authentication is disabled; 550 5.7.30",
        "550 5.7.30 Basic authentication is not supported for Client Submission.",
    ),
    (
        "5.7.60 SMTP; Client does not have permissions to send as this sender",
        "5.7.60 SMTP; Client does not have permissions to send as this sender",
    ),
    (
        "ExchangeImpersonation SOAP header must be present for this type of OAuth token",
        "<m:ResponseCode>ErrorInvalidExchangeImpersonationHeaderData</m:ResponseCode><m:MessageText>ExchangeImpersonation SOAP header must be present for this type of OAuth token.</m:MessageText>",
    ),
    (
        "The term 'New-ServicePrincipal' is not recognized",
        "New-ServicePrincipal : The term 'New-ServicePrincipal' is not recognized as the name of a cmdlet, function, script file, or operable program.",
    ),
    (
        "Blocked by tenant configured AppOnly AccessPolicy settings",
        r#"{"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings."}}"#,
    ),
    (
        "Access to OData is disabled",
        r#"{"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled."}}"#,
    ),
    (
        "432 4.3.2 Concurrent connections limit exceeded",
        "432 4.3.2 Concurrent connections limit exceeded. Visit https://aka.ms/concurrent_sending for more information.",
    ),
    (
        "ErrorExceededConnectionCount",
        "<m:ResponseCode>ErrorExceededConnectionCount</m:ResponseCode><m:MessageText>You have exceeded the available concurrent connections for your account.  Try again once your other requests have completed.</m:MessageText>",
    ),
    (
        "550 5.1.8 Access denied, bad outbound sender",
        "550 5.1.8 Access denied, bad outbound sender",
    ),
    (
        "5.7.708 Access denied, traffic not accepted from this IP",
        "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.",
    ),
    (
        "421 4.7.66 TLS 1.0 and 1.1 are not supported",
        "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.",
    ),
    (
        "/me request is only valid with delegated authentication flow",
        r#"{"error":{"code":"BadRequest","message":"/me request is only valid with delegated authentication flow."}}"#,
    ),
];

/// Signals that describe a situation (claims, settings, timing) rather than quote a text: the
/// known-answer tests cover them with whole inputs.
const DESCRIBED_SIGNALS: &[&str] = &[
    "client_secret in GUID form",
    "consent_required; app-only token without roles",
    "scp present, roles absent",
    "IMAP.AccessAsUser.All / SMTP.Send in a service setup",
    "/common, /consumers; login.microsoftonline.us / .cn",
    "tid 9188040d-6c67-4c5b-b112-36a304b66dad; opaque EwB… token",
    "grant_type=password",
    "LogonDenied with a valid app-only token; AccountEnabled false",
    "Assignment required = Yes on the enterprise application",
    "accountEnabled false on the service principal",
    "nbf/iat in the future",
    "aud https://graph.microsoft.com / 00000003-0000-0000-c000-000000000000",
    "roles Mail.Read / Mail.Send on IMAP/SMTP",
    "idtyp app, roles missing or without IMAP.AccessAsApp / POP.AccessAsApp / SMTP.SendAsApp",
    "exp before the error time; iat before the permission change",
    "NO AUTHENTICATE failed / 535 5.7.3 with a good app-only Exchange token",
    "AuthFailed:LogonDenied; Get-ServicePrincipal lists no entry for the AppId",
    "AADServicePrincipalNotFound / ServicePrincipalNotFound",
    "-ObjectId/-ServiceId ≠ token oid, or = client id",
    "AUTHENTICATE failed / LogonDenied with a registered service principal",
    "permission change less than ~60 minutes before the failure",
    "ImapEnabled/PopEnabled False; SmtpClientAuthenticationDisabled True",
    "AUTH LOGIN / AUTH PLAIN / IMAP LOGIN",
    "user= ≠ token upn / mailbox / From",
    "XOAUTH2 blob without \\x01 separators, \"Bearer\" or trailing \\x01\\x01",
    "inactive, soft-deleted, or hosted on-premise",
    "SASL / XOAUTH2 / TokenStore error without a server reply",
    "temporarily_unavailable; 5xx; sudden failure without change",
];

/// Every cause's signals: each AADSTS code it names, and each text it quotes, gives the cause.
#[test]
fn every_cause_signal_gives_its_cause() {
    use exo_oauth_doctor::catalogue::CAUSES;
    let mut failures = Vec::new();
    let mut tried = 0;
    for c in CAUSES {
        for s in c.signals {
            let codes = signal_codes(s.en());
            let lines: Vec<String> = if !codes.is_empty() {
                let named = codes.iter().map(|code| {
                    format!("AADSTS{code}: {}", aadsts(*code).map_or("", |e| e.name()))
                });
                named.collect()
            } else if let Some((_, line)) = LITERAL_SIGNALS.iter().find(|(sig, _)| *sig == s.en()) {
                vec![line.to_string()]
            } else if DESCRIBED_SIGNALS.contains(&s.en()) {
                continue;
            } else {
                failures.push(format!(
                    "{}: signal {:?} is neither a code, a listed text nor a listed description",
                    c.id,
                    s.en()
                ));
                continue;
            };
            for line in lines {
                tried += 1;
                let a = run(&line);
                if !a.findings.iter().any(|f| f.cause == c.id) {
                    let got: Vec<CauseId> = a.findings.iter().map(|f| f.cause).collect();
                    failures.push(format!("{}: {line:?} gives {got:?}", c.id));
                }
            }
        }
    }
    assert!(tried >= 60, "{tried} signals tried");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Decode failures are judged by their kind, not by the wording of their reason: base64 after
/// `AUTHENTICATE XOAUTH2` that decodes to other text is a malformed XOAUTH2 string (its reason
/// quotes the decoded text with an ellipsis, which once read as "shortened when posted"), while
/// a string cut off where it was posted is not.
#[test]
fn decode_failures_are_judged_by_their_kind() {
    use exo_oauth_doctor::evidence::DecodeProblem;
    // base64 of "hello world, this is not xoauth"
    let a = run("C: A1 AUTHENTICATE XOAUTH2 aGVsbG8gd29ybGQsIHRoaXMgaXMgbm90IHhvYXV0aA==");
    let failure = a.artifacts.iter().find_map(|x| match &x.kind {
        ArtifactKind::DecodeFailure(d) => Some(d),
        _ => None,
    });
    assert_eq!(
        failure.map(|d| d.problem),
        Some(DecodeProblem::WrongContent),
        "{:?}",
        a.artifacts
    );
    assert!(
        a.findings
            .iter()
            .any(|f| f.cause == CauseId::MalformedXoauth2 && f.confidence >= 0.6),
        "{:?}",
        a.findings
    );
    let b = run(
        "C: A1 AUTHENTICATE XOAUTH2 dXNlcj1zdmNAY29udG9zby5jb20BYXV0aD1CZWFyZXIgZXlKMGVYQWlP...",
    );
    let failure = b.artifacts.iter().find_map(|x| match &x.kind {
        ArtifactKind::DecodeFailure(d) => Some(d),
        _ => None,
    });
    assert_eq!(
        failure.map(|d| d.problem),
        Some(DecodeProblem::Shortened),
        "{:?}",
        b.artifacts
    );
    assert!(
        !b.findings
            .iter()
            .any(|f| f.cause == CauseId::MalformedXoauth2),
        "{:?}",
        b.findings
    );
}

/// A decode failure's reason is written in the reader's language: the finding it supports says
/// why in German too (it once quoted the English reason inside the German sentence), and the
/// JSON keeps the English text.
#[test]
fn decode_reasons_are_written_in_both_languages() {
    use exo_oauth_doctor::catalogue::decode::DecodeNote;
    // base64 of "hello world, this is not xoauth"
    let a = run("C: A1 AUTHENTICATE XOAUTH2 aGVsbG8gd29ybGQsIHRoaXMgaXMgbm90IHhvYXV0aA==");
    let failure = a
        .artifacts
        .iter()
        .find_map(|x| match &x.kind {
            ArtifactKind::DecodeFailure(d) => Some(d),
            _ => None,
        })
        .expect("a decode failure");
    assert!(
        matches!(failure.reason, DecodeNote::NotXoauth(_)),
        "{failure:?}"
    );
    let why = a
        .findings
        .iter()
        .find(|f| f.cause == CauseId::MalformedXoauth2)
        .and_then(|f| f.evidence.first())
        .map(|e| e.why.clone())
        .expect("a malformed-XOAUTH2 finding with evidence");
    assert!(why.en.contains("the base64 text decodes to"), "{}", why.en);
    assert!(why.de.contains("der Base64-Text ergibt"), "{}", why.de);
    assert!(!why.de.contains("decodes to"), "{}", why.de);
    let json = serde_json::to_value(failure).expect("serializes");
    assert!(
        json["reason"]
            .as_str()
            .is_some_and(|r| r.starts_with("the base64 text decodes to")),
        "{json}"
    );
}

/// A line made of nothing but what `m` needs: its first `any` needle and every `all` needle.
fn needle_line(m: &exo_oauth_doctor::catalogue::texts::Matcher) -> String {
    let mut words: Vec<&str> = Vec::new();
    words.extend(m.any.first());
    words.extend(m.all.iter());
    let line = words.join(" ");
    // A client error keeps the first 400 bytes of its line (a quoted message is shorter): a row
    // whose entries list many alternatives (its words in several languages) is quoted by the
    // first alternative of each entry instead.
    if line.len() <= 400 {
        return line;
    }
    words
        .iter()
        .map(|w| w.split('|').next().unwrap_or(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A short paste is read line by line against the known texts whether or not a line has one of
/// the context words: a text quoted bare, made of nothing but what its row matches, still gives
/// the row's causes. A row with case-sensitive spellings (its `context`) gets its first one.
#[test]
fn known_texts_quoted_bare_in_a_short_paste_are_read() {
    use exo_oauth_doctor::catalogue::texts::LINE_FAMILIES;
    let mut failures = Vec::new();
    let mut rows = 0;
    let all: Vec<&KnownText> = LINE_FAMILIES.iter().flat_map(|f| f.iter()).collect();
    for (i, row) in all.iter().enumerate() {
        {
            let m = row.matcher;
            // Rows that share their wording are told apart by other evidence (a token's kind).
            if all
                .iter()
                .enumerate()
                .any(|(j, o)| j != i && o.matcher == m)
            {
                continue;
            }
            let mut line = needle_line(&m);
            if let Some(c) = row.context.first() {
                line = line.replacen(&c.to_lowercase(), c, 1);
            }
            // A row read only beside a mail protocol is quoted beside one.
            if exo_oauth_doctor::catalogue::texts::BESIDE_MAIL_PROTOCOL.contains(&row.id)
                || exo_oauth_doctor::catalogue::texts::WITH_MAIL_PROTOCOL.contains(&row.id)
            {
                line.push_str(" IMAP");
            }
            // A row read only beside SMTP's refused AUTH inside its client's message: its
            // example (that whole message) is what the examples' test runs.
            if exo_oauth_doctor::catalogue::texts::BESIDE_AUTH_REFUSAL.contains(&row.id) {
                continue;
            }
            if m.none.iter().any(|n| line.to_lowercase().contains(n)) {
                continue;
            }
            rows += 1;
            let a = run(&line);
            let causes: Vec<CauseId> = a.findings.iter().map(|f| f.cause).collect();
            let missing: Vec<CauseId> = row
                .causes
                .iter()
                .map(|p| p.cause)
                .filter(|c| !causes.contains(c))
                .collect();
            let bare_read = !row.causes.is_empty() || a.thin.is_some() || !causes.is_empty();
            if !missing.is_empty() || !bare_read {
                failures.push(format!(
                    "{:?} {line:?}: missing {missing:?}, findings {causes:?}",
                    row.id
                ));
            }
        }
    }
    assert!(rows >= 40, "{rows} rows");
    assert!(
        failures.is_empty(),
        "{} rows:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The IMAP server's `LOGIN failed` (a password sign-in, basic authentication) is told from a
/// sentence that says "Login failed": the row's spelling is matched as written.
#[test]
fn imap_login_failed_is_told_from_a_sentence() {
    let server = run("A1 NO LOGIN failed.");
    assert_eq!(
        server.findings.first().map(|f| f.cause),
        Some(CauseId::BasicAuthDeprecated)
    );
    let sentence = run("Login failed");
    assert!(
        sentence
            .findings
            .iter()
            .all(|f| f.cause != CauseId::BasicAuthDeprecated || f.confidence < 0.5),
        "{:?}",
        sentence
            .findings
            .iter()
            .map(|f| (f.cause, f.confidence))
            .collect::<Vec<_>>()
    );
}

/// The same for Entra messages quoted without their number: in a short paste, their rows'
/// wording alone is read as the code's error.
#[test]
fn entra_messages_quoted_bare_in_a_short_paste_are_read() {
    use exo_oauth_doctor::catalogue::texts::ENTRA_UNCODED;
    let mut failures = Vec::new();
    for row in ENTRA_UNCODED {
        let Code::Aadsts(code) = row.code else {
            continue;
        };
        let line = needle_line(&row.matcher);
        let a = run(&line);
        if !a.artifacts.iter().any(|x| {
            matches!(&x.kind,
            ArtifactKind::Aadsts(e) if e.code == code && e.inferred)
        }) {
            failures.push(format!("{:?} {line:?}", row.id));
        }
    }
    assert!(ENTRA_UNCODED.len() >= 10);
    assert!(
        failures.is_empty(),
        "{} rows:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// An HTTP 401 comes from EWS or Graph: its candidates are the APIs' (the token's audience and
/// permission, the mailbox), never the mail protocols' XOAUTH2 user name or protocol switch.
#[test]
fn an_http_401_raises_the_apis_candidates() {
    for text in [
        "The request failed. The remote server returned an error: (401) Unauthorized.",
        "HTTP/1.1 401 Unauthorized",
        "Request failed with status code 401",
        "Der Remoteserver hat einen Fehler zurückgegeben: (401) Nicht autorisiert.",
    ] {
        let a = run(text);
        let causes: Vec<CauseId> = a.findings.iter().map(|f| f.cause).collect();
        assert!(a.thin.is_some(), "{text}: {causes:?}");
        for c in [
            CauseId::WrongTokenAudience,
            CauseId::MissingAppRole,
            CauseId::MailboxPermissionMissing,
        ] {
            assert!(causes.contains(&c), "{text}: {c} missing in {causes:?}");
        }
        for c in [
            CauseId::WrongUsernameInXoauth2,
            CauseId::ProtocolDisabledOnMailbox,
        ] {
            assert!(!causes.contains(&c), "{text}: {c} in {causes:?}");
        }
        assert!(a.findings.iter().all(|f| f.confidence < 0.5), "{text}");
    }
}

/// A refused sign-in in the words of a client, in English and German, bare: the candidates of a
/// bare failure; a sentence that only looks alike (a refused TLS handshake) is not one.
#[test]
fn clients_words_for_a_refused_sign_in_are_bare_failures() {
    for text in [
        "IMAP authentication failed",
        "Authentifizierung fehlgeschlagen",
        "Login to server outlook.office365.com with username jane@contoso.com failed.",
        "Anmeldung beim Server outlook.office365.com mit Benutzername jane@contoso.com fehlgeschlagen.",
        "Anmeldung am IMAP-Server fehlgeschlagen",
    ] {
        let a = run(text);
        assert!(a.thin.is_some(), "{text}: {:?}", a.findings);
        assert!(a.findings.iter().all(|f| f.confidence < 0.5), "{text}");
        // Nothing in these shows OAuth: a password sign-in is a candidate, said as one.
        if let Some(f) = a
            .findings
            .iter()
            .find(|f| f.cause == CauseId::BasicAuthDeprecated)
        {
            assert!(
                f.evidence
                    .iter()
                    .any(|e| e.why.en.starts_with("a candidate: nothing in your paste shows OAuth")),
                "{text}: {:?}",
                f.evidence
            );
        }
    }
    let tls = run("System.Security.Authentication.AuthenticationException: Authentication failed because the remote party has closed the transport stream.");
    assert!(tls.thin.is_none());
    assert_eq!(
        tls.findings.first().map(|f| f.cause),
        Some(CauseId::TlsVersionUnsupported)
    );
}

/// Members of a documented family (EWS response codes, Exchange Online NDRs) are read in the
/// SOAP answer and quoted with their reference description, not only the rows' examples.
#[test]
fn family_members_are_read_in_either_form() {
    let first = |text: &str| run(text).findings.first().map(|f| f.cause);
    for (code, cause) in [
        ("ErrorPasswordChangeRequired", CauseId::PasswordExpired),
        (
            "ErrorMailboxConfiguration",
            CauseId::MailboxUnlicensedOrMissing,
        ),
        ("ErrorConnectionFailed", CauseId::ServiceSideIncident),
        ("ErrorTimeoutExpired", CauseId::ServiceSideIncident),
        ("ErrorADUnavailable", CauseId::ServiceSideIncident),
        ("ErrorMailboxFailover", CauseId::ServiceSideIncident),
        (
            "ErrorTooManyObjectsOpened",
            CauseId::ExchangeThrottlingLimit,
        ),
    ] {
        let soap = format!("<m:ResponseCode>{code}</m:ResponseCode>");
        assert_eq!(first(&soap), Some(cause), "{soap}");
        let bare = format!("{code}: This error occurs when the request cannot be completed.");
        assert_eq!(first(&bare), Some(cause), "{bare}");
    }
    for (text, cause) in [
        ("550 5.7.508 Access denied, [203.0.113.7] has exceeded permitted limits within /24 range", CauseId::SenderOutboundRestricted),
        ("5.2.121 Recipient's per hour message receive limit from specific sender exceeded.", CauseId::ExchangeThrottlingLimit),
        ("432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded", CauseId::ExchangeThrottlingLimit),
        ("Error: Server does not support STARTTLS", CauseId::TlsModeMismatch),
        ("Unable to connect with STARTTLS.", CauseId::TlsModeMismatch),
    ] {
        assert_eq!(first(text), Some(cause), "{text}");
    }
    // NDRs of mail flow, not of the sign-in, name no cause.
    for text in [
        "5.1.1 Bad destination mailbox address",
        "5.6.11 Invalid characters",
    ] {
        assert_eq!(first(text), None, "{text}");
    }
}

/// The AADSTS artifacts' codes, and whether each was read by its wording.
fn aadsts_codes(a: &Analysis) -> Vec<(u32, bool)> {
    a.artifacts
        .iter()
        .filter_map(|x| match &x.kind {
            ArtifactKind::Aadsts(e) => Some((e.code, e.inferred)),
            _ => None,
        })
        .collect()
}

/// An AADSTS code the catalogue does not know, quoted with a known code's wording (a new code,
/// or one quoted wrongly), is read as that code by its wording; an unknown code with unknown
/// wording stays unknown.
#[test]
fn an_unknown_aadsts_code_with_known_wording_is_read_by_its_wording() {
    let a = run("Error message: AADSTS0023: Specified tenant identifier 'xxxxxxxx' is neither a valid DNS name, nor a valid external domain.");
    let e = aadsts_codes(&a)[0];
    assert_eq!(e, (900023, true));
    assert_eq!(
        a.findings.first().map(|f| f.cause),
        Some(CauseId::TenantNotFound)
    );

    let a = run("AADSTS4242424: Something no reference page has ever said.");
    let e = aadsts_codes(&a)[0];
    assert_eq!(e, (4242424, false));
}

/// A Graph error code closing the line (`… (InvalidAuthenticationToken)`, as SDK wrappers print
/// it) takes the text before it as its message, so the message decides the row.
#[test]
fn an_api_code_after_its_message_keeps_the_message() {
    let a = run("Can't use Channel::Driver::MicrosoftGraphOutbound: #<MicrosoftGraph::ApiError: \"Lifetime validation failed, the token is expired. (InvalidAuthenticationToken)\">");
    let msg = a.artifacts.iter().find_map(|x| match &x.kind {
        ArtifactKind::ApiError { message, .. } => Some(message.clone()),
        _ => None,
    });
    assert_eq!(
        msg.as_deref(),
        Some("Lifetime validation failed, the token is expired.")
    );
    assert_eq!(
        a.findings.first().map(|f| f.cause),
        Some(CauseId::TokenExpiredOrCached)
    );
}

/// A generic code wrapping a specific one in its message (`AADSTS70002: Error validating
/// credentials. AADSTS50012: …`) lets the inner code decide.
#[test]
fn the_inner_aadsts_code_decides_over_its_wrapper() {
    let a = run(
        r#"{"error_description":"AADSTS70002: Error validating credentials. AADSTS50012: Client assertion is not within its valid time range.\r\nTrace ID: 80ad7758-a570-42f0-97b7-ae2dded006c7","error":"invalid_client"}"#,
    );
    assert_eq!(
        a.findings.first().map(|f| f.cause),
        Some(CauseId::ClockSkew)
    );
    // Alone, the wrapper keeps its own reading.
    let a = run("AADSTS70002: Error validating credentials. Invalid client secret is provided.");
    assert_ne!(
        a.findings.first().map(|f| f.cause),
        Some(CauseId::ClockSkew)
    );
}

/// A catalogued Entra code named in prose after "error" / "Fehler" is read as that code; other
/// numbers after "error" (socket errors, HTTP statuses, unknown numbers) are not.
#[test]
fn an_entra_code_named_in_prose_is_read() {
    let codes = |t: &str| -> Vec<u32> { aadsts_codes(&run(t)).iter().map(|c| c.0).collect() };
    assert_eq!(
        codes("We get error 7000215 from the token endpoint"),
        vec![7000215]
    );
    assert_eq!(codes("Fehler 50126 bei der Anmeldung"), vec![50126]);
    assert!(codes("socket error 10060").is_empty());
    assert!(codes("error 404 not found").is_empty());
    assert!(codes("error 99999 in the importer").is_empty());
}

/// A server code read firmly (its reading at 0.7 or above: 5.1.8 with `AS(42004)`, 4.3.2's
/// connection limit) keeps its cause when words on its line state another of the causes it was
/// read with: the concept rule decides only among the causes of a reading that left the choice
/// open (`OPEN_READING` in `rules/client.rs`; at 1.01 the mailbox's concept took first place here).
#[test]
fn a_firm_server_reading_keeps_its_cause_against_a_concept_on_its_line() {
    let first = |text: &str| run(text).findings.first().map(|f| f.cause);
    assert_eq!(
        first("550 5.1.8 Access denied, bad outbound sender AS(42004) Graph send failed: the requested user 'noreply@contoso.com' is invalid"),
        Some(CauseId::SenderOutboundRestricted)
    );
    assert_eq!(
        first("432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded Graph send failed: the requested user 'noreply@contoso.com' is invalid"),
        Some(CauseId::ExchangeThrottlingLimit)
    );
}

/// A code Exchange or Graph raises for several causes ("5.7.139", "InvalidAuthenticationToken")
/// leaves the choice open; the server's words beside it, read by a concept row, decide. With
/// the rows that know these messages switched off, the concept's cause comes first (before,
/// the code's most frequent cause did: the tenant's SMTP AUTH switch, the token's audience).
/// A client library's own wording stays with the split its row gives.
#[cfg(feature = "ablation")]
#[test]
fn a_concept_decides_among_the_causes_a_server_code_leaves_open() {
    use exo_oauth_doctor::catalogue::ablation;
    use exo_oauth_doctor::catalogue::texts::TextId;
    let first = |text: &str, off: &[TextId]| {
        ablation::switch_off(off, &[]);
        let a = run(text);
        ablation::switch_off(&[], &[]);
        a.findings.first().map(|f| f.cause)
    };
    assert_eq!(
        first(
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
            &[TextId::Smtp57139Mailbox]
        ),
        Some(CauseId::ProtocolDisabledOnMailbox)
    );
    assert_eq!(
        first(
            r#"{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}"#,
            &[TextId::TokenExpiredMessage, TextId::ApiTokenExpired]
        ),
        Some(CauseId::TokenExpiredOrCached)
    );
    // mutt's "No authenticators available": its row puts its SASL library first on purpose,
    // though a concept row reads the words as a server without a mechanism before STARTTLS.
    assert_eq!(
        first("No authenticators available", &[]),
        Some(CauseId::ClientSaslPluginError)
    );
}

/// Look-alikes of the twelfth session's readings (2026-12-07, its review): each reading keeps to
/// what it was written for.
#[test]
fn the_twelfth_sessions_readings_leave_their_look_alikes_alone() {
    let first = |text: &str| run(text).findings.first().map(|f| f.cause);
    let codes = |t: &str| -> Vec<u32> { aadsts_codes(&run(t)).iter().map(|c| c.0).collect() };
    // A code first on its line before a comma is read in prose, not in a CSV record.
    assert_eq!(
        codes("50074, Strong Authentication is required."),
        vec![50074]
    );
    assert!(codes("CodePage,Name\n65001,UTF-8").is_empty());
    assert!(codes("Port,State\n50000,listening\n50001,listening").is_empty());
    // German labels: the sign-in log's, and `Fehlercode` only with a catalogued code.
    assert_eq!(
        codes("Anmeldefehlercode 50126: Fehler beim Überprüfen der Anmeldeinformationen"),
        vec![50126]
    );
    assert_eq!(codes("Fehlercode = 53003"), vec![53003]);
    assert!(codes("Windows Update Fehlercode: 12345").is_empty());
    // Microsoft's own service not found: the name must end there (a scope sent as the
    // resource, or a typo, is a resource not found).
    assert_eq!(
        first("AADSTS500011: The resource principal named https://graph.microsoft.com was not found in the tenant named contoso.onmicrosoft.com."),
        Some(CauseId::WrongEndpointOrCloud)
    );
    assert_eq!(
        first("AADSTS500011: The resource principal named https://graph.microsoft.com.default was not found in the tenant named contoso.onmicrosoft.com."),
        Some(CauseId::ResourceNotFound)
    );
    // A token endpoint merely required by a form, or named in a log, is no endpoint mismatch.
    assert_eq!(first("Validation failed: Token endpoint is required"), None);
    assert_eq!(
        first("The configured token endpoint does not match the configured IdP type."),
        Some(CauseId::WrongEndpointOrCloud)
    );
    // An access policy's group not found is no mailbox.
    assert_ne!(
        first("New-ApplicationAccessPolicy : The operation couldn't be performed because object 'MailApps-Allowed@contoso.com' couldn't be found on 'AM0PR01A001.PROD.OUTLOOK.COM'."),
        Some(CauseId::MailboxUnlicensedOrMissing)
    );
    assert_eq!(
        first("Write-ErrorMessage : ||The operation couldn't be performed because object 'no-reply@contoso.com' couldn't be found on 'AM0PR01A001.PROD.OUTLOOK.COM'."),
        Some(CauseId::MailboxUnlicensedOrMissing)
    );
    // "The term '…' is not recognized": a cmdlet-shaped term, and nothing after it (a word
    // "recognized." with its stop is not one of the scanner's keywords: one more slowed the
    // dense JSON-records log by 8 %).
    assert_eq!(
        first("The term 'Connect-ExchangeOnline' is not recognized"),
        Some(CauseId::ExchangeAdminRbacMissing)
    );
    assert_eq!(
        first("The term 'Get-EXOMailbox' is not recognized by the SIEM parser"),
        None
    );
    // A refused connection stays one; a refused access does not.
    assert_eq!(
        first("No connection could be made because the target machine actively refused it 127.0.0.1:587"),
        Some(CauseId::NetworkEgressBlocked)
    );
    assert_ne!(
        first("Microsoft accepted the app's sign-in but refused it access to 'info@contoso.com'."),
        Some(CauseId::NetworkEgressBlocked)
    );
    // .NET's send failing with a reset inside reads as the TLS handshake; a timeout stays one.
    assert_eq!(
        first("System.Net.WebException: The underlying connection was closed: An unexpected error occurred on a send. ---> System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host."),
        Some(CauseId::TlsVersionUnsupported)
    );
    assert_eq!(
        first("Could not open secure connection to the server outlook.office365.com:993: Connection timed out"),
        Some(CauseId::NetworkEgressBlocked)
    );
    // Both TLS modes named: only a request to check them points to the mode.
    assert_eq!(
        first("Bitte überprüfen Sie das Protokoll (SSL/TLS oder STARTTLS)"),
        Some(CauseId::TlsModeMismatch)
    );
    assert_eq!(first("Security: SSL/TLS on 993, STARTTLS on 587"), None);
    // A translated login prompt is no refused password.
    assert_eq!(first("Voer uw gebruikersnaam en wachtwoord in"), None);
    assert_eq!(
        first("Controleer uw gebruikersnaam en wachtwoord."),
        Some(CauseId::BasicAuthDeprecated)
    );
}
