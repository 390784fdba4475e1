//! Entra error codes: the breadth of the AADSTS catalogue, codes quoted without their `AADSTS`
//! prefix (Entra sign-in log, Microsoft Graph, MSAL and PowerShell wrappers), and codes the
//! catalogue does not know, which stay unrecognised instead of being guessed from their words.

use exo_oauth_doctor::catalogue::{aadsts, CauseId, AADSTS};
use exo_oauth_doctor::evidence::*;
use exo_oauth_doctor::scan::scan;
use exo_oauth_doctor::{analyze, Options};

const NOW: i64 = 1_742_472_000;

fn codes(text: &str) -> Vec<u32> {
    scan(text, NOW)
        .iter()
        .filter_map(|a| match &a.kind {
            ArtifactKind::Aadsts(e) => Some(e.code),
            _ => None,
        })
        .collect()
}

fn causes(text: &str) -> Vec<CauseId> {
    let opts = Options {
        now: NOW,
        ..Options::default()
    };
    analyze(text, &opts)
        .findings
        .iter()
        .map(|f| f.cause)
        .collect()
}

#[test]
fn catalogue_covers_the_codes_mail_flows_meet() {
    assert!(AADSTS.len() >= 150, "only {} codes", AADSTS.len());
    // Codes of every flow a mail app uses: client credentials, delegated, password, device code.
    for (code, cause) in [
        (700011, CauseId::AppNotFoundInTenant),
        (70002, CauseId::InvalidClientSecret),
        (50105, CauseId::UserNotAssignedToApp),
        (7000112, CauseId::AppOrServicePrincipalDisabled),
        (50055, CauseId::PasswordExpired),
        (50144, CauseId::PasswordExpired),
        (50074, CauseId::MfaRequiredRopc),
        (53002, CauseId::ConditionalAccessBlock),
        (70008, CauseId::TokenExpiredOrCached),
        (70019, CauseId::TokenExpiredOrCached),
        (500208, CauseId::PersonalAccountNotSupported),
        (9002332, CauseId::PersonalAccountNotSupported),
        (90033, CauseId::ServiceSideIncident),
        (700030, CauseId::CertificateCredentialError),
        (65004, CauseId::ConsentMissing),
        (28002, CauseId::InvalidScope),
        // Codes of the sign-in log and Microsoft's troubleshooting pages, beyond the reference.
        (500121, CauseId::MfaRequiredRopc),
        (80004, CauseId::InvalidUserCredentialsRopc),
        (70044, CauseId::TokenExpiredOrCached),
    ] {
        let a = aadsts(code).unwrap_or_else(|| panic!("AADSTS{code} missing"));
        assert_eq!(a.causes().first(), Some(&cause), "AADSTS{code}");
    }
    // AADSTS700016 (app unknown in the tenant) is not the disabled-app cause.
    let not_found = aadsts(700016).map(|a| a.causes()).unwrap_or_default();
    assert!(!not_found.contains(&CauseId::AppOrServicePrincipalDisabled));
}

#[test]
fn judged_codes_are_hedged() {
    // A code whose reference text names no single cause points to several, with low confidence.
    for code in [
        20001u32, 40008, 80001, 50196, 70016, 7000114, 40014, 81001, 240003, 900612,
    ] {
        let a = aadsts(code).unwrap_or_else(|| panic!("AADSTS{code} missing"));
        assert!(a.confidence() <= 0.4, "AADSTS{code}: {}", a.confidence());
    }
    for a in AADSTS.iter().filter(|a| a.confidence() < 0.5) {
        assert!(
            a.causes().len() >= 2 || a.confidence() <= 0.4,
            "AADSTS{} has one cause at {}",
            a.code,
            a.confidence()
        );
    }
}

#[test]
fn codes_without_prefix_are_read_in_their_contexts() {
    let rows: &[(&str, u32)] = &[
        // Entra admin center, sign-in log details copied from the page.
        ("Sign-in error code\t50126\nFailure reason\tError validating credentials due to invalid username or password.", 50126),
        ("Sign-in error code: 50011", 50011),
        // The same details copied with the label on its own line and the code on the next.
        ("Sign-in error code\n50011\nFailure reason\nThe reply URL specified in the request does not match the reply URLs configured for the application.", 50011),
        ("Error code\n  50126  \n", 50126),
        // A row of Microsoft's code tables copied as text.
        ("50126|Ungültiger Benutzername bzw. ungültiges Kennwort.", 50126),
        ("53003|Access has been blocked by Conditional Access policies.", 53003),
        // A line of the sign-in troubleshooting page's code list (`code: message`).
        ("90025: An internal Microsoft Entra service hit its retry allowance to sign the user in.", 90025),
        ("50058: A silent sign-in request was sent but no user is signed in.", 50058),
        // Microsoft Graph signIns / Get-MgAuditLogSignIn output.
        (r#"  "status": { "errorCode": 53003, "failureReason": "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.", "additionalDetails": null },"#, 53003),
        (r#"{"status":{"errorCode":50105,"failureReason":"The signed in user is not assigned to a role for the application."}}"#, 50105),
        // MSAL / PowerShell wrappers.
        ("MsalUiRequiredException: Error Code: 50076 Due to a configuration change made by your administrator, you must use multi-factor authentication.", 50076),
        ("Connect-ExchangeOnline failed: error code: 7000112", 7000112),
        ("ErrorCode 700016 The application was not found in the directory.", 700016),
        ("Status : Failure   ErrorCode : 50055", 50055),
        // A JSON record of the token service's codes and messages.
        ("    \"code\": 50056,\n    \"Message\": \"Invalid or missing password: password does not exist in the directory for this user.\"", 50056),
        (r#"{"code": 53003, "message": "Access has been blocked by Conditional Access policies."}"#, 53003),
    ];
    for (text, code) in rows {
        // The sign-in log's Failure reason line is also read by its wording (the same code).
        let got = codes(text);
        assert!(
            !got.is_empty() && got.iter().all(|c| c == code),
            "{text}: {got:?}"
        );
    }
    // The sign-in log's own label also carries codes the catalogue does not know.
    assert_eq!(codes("Sign-in error code 5099999"), vec![5099999]);
    assert_eq!(
        causes(r#"  "status": { "errorCode": 50126, "failureReason": "Error validating credentials due to invalid username or password." }"#).first(),
        Some(&CauseId::InvalidUserCredentialsRopc)
    );
}

#[test]
fn bare_numbers_elsewhere_are_not_entra_codes() {
    for text in [
        "50126",
        "Connected to port 50011 after 50057 ms",
        "Error code: 10060 A connection attempt failed",
        "error code: 535 Authentication unsuccessful",
        "Error Code: 0x800CCC0E",
        "code 50126 was returned",
        "errorCode: 5099999",
        "Sent 700016 bytes",
        // A number alone on its line under another label, or under "Error code" but unknown.
        "Port\n50011",
        "Error code\n5099999",
        // A table row needs a catalogued code first on its line.
        "5099999|Something else",
        "Sent 50126|bytes",
        // `code:` first on its line needs a catalogued code from 50000 up, first on the line.
        "12345: connection established",
        "5099999: Something else",
        "Line 50126: read 4 bytes",
        // `"code"` needs a message key beside it, a catalogued code, and quotes.
        r#"{"code": 50126, "reason": "x"}"#,
        r#"{"code": 5099999, "message": "x"}"#,
        r#"{"code": 40000, "message": "x"}"#,
        "code: 50126, message: x",
    ] {
        assert!(codes(text).is_empty(), "{text}: {:?}", codes(text));
    }
    // A prefixed code is read once, not again from its label.
    assert_eq!(codes("Error code: 50126 (AADSTS50126: Error validating credentials due to invalid username or password.)"), vec![50126]);
}

#[test]
fn unknown_codes_stay_unrecognised() {
    let opts = Options {
        now: NOW,
        ..Options::default()
    };
    for text in [
        "AADSTS5099999: The application is not available in this tenant.",
        r#"{"error":"invalid_request","error_description":"AADSTS5099998: The client application cannot be used here.","error_codes":[5099998]}"#,
        "AADSTS5099997: Sorry, the tenant is blocked.",
    ] {
        let a = analyze(text, &opts);
        let got: Vec<CauseId> = a.findings.iter().map(|f| f.cause).collect();
        // "tenant", "application", "blocked" name no cause: nothing is guessed from them.
        for guess in [
            CauseId::TenantNotFound,
            CauseId::AppNotFoundInTenant,
            CauseId::AccountDisabledOrSigninBlocked,
        ] {
            assert!(!got.contains(&guess), "{text}: guessed {guess}");
        }
        let keys: Vec<&str> = a.questions.iter().map(|q| q.key.as_str()).collect();
        assert!(keys.contains(&"aadsts_lookup"), "{text}: {keys:?}");
    }
}

fn script(text: &str, hints: exo_oauth_doctor::Hints) -> String {
    let opts = Options {
        now: NOW,
        hints,
        ..Options::default()
    };
    analyze(text, &opts).powershell
}

/// The position of `needle` in `s`, failing the test when it is missing.
fn at(s: &str, needle: &str) -> usize {
    s.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing from the script:\n{s}"))
}

#[test]
fn script_enables_a_disabled_service_principal_after_checking() {
    let s = script(
        "AADSTS7000112: Application '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b'(DMS Importer) is disabled.",
        Default::default(),
    );
    let value = at(&s, "$EntraAppId = '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b'");
    let guard = at(&s, "if ($value -like '<*>')");
    let connect = at(&s, "Connect-MgGraph -Scopes 'Application.ReadWrite.All'");
    let check = at(&s, "if ($mgSp.AccountEnabled) {");
    let change = at(
        &s,
        "Update-MgServicePrincipal -ServicePrincipalId $mgSp.Id -AccountEnabled:$true -WhatIf:$WhatIf -ErrorAction Stop",
    );
    assert!(value < guard && guard < connect && connect < check && check < change);
    assert!(s.contains("$WhatIf = $false"));
    assert!(!s.contains("New-MgUserAppRoleAssignment"));
}

#[test]
fn script_assigns_the_user_only_when_unassigned() {
    let s = script(
        "AADSTS50105: Your administrator has configured the application DMS Importer ('6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b') to block users unless they are specifically granted ('assigned') access to the application. The signed in user 'scanner@contoso.com' is blocked because they are not a direct member of a group with access, nor had access directly assigned by an administrator.",
        exo_oauth_doctor::Hints {
            mailbox: Some("scanner@contoso.com".into()),
            ..Default::default()
        },
    );
    at(&s, "$EntraUser = 'scanner@contoso.com'");
    let check = at(&s, "Get-MgUserAppRoleAssignment -UserId $mgUser.Id -All");
    let change = at(&s, "New-MgUserAppRoleAssignment -UserId $mgUser.Id -PrincipalId $mgUser.Id -ResourceId $mgSp.Id -AppRoleId ([Guid]::Empty) -WhatIf:$WhatIf");
    assert!(check < change);
    assert!(!s.contains("Update-MgServicePrincipal"));
}

#[test]
fn script_only_reads_the_password_state() {
    let s = script(
        r#"{"error":"invalid_grant","error_description":"AADSTS50055: The password is expired.","error_codes":[50055]}"#,
        exo_oauth_doctor::Hints {
            mailbox: Some("scanner@contoso.com".into()),
            ..Default::default()
        },
    );
    at(
        &s,
        "Get-MgUser -UserId $EntraUser -Property UserPrincipalName, LastPasswordChangeDateTime",
    );
    for change in [
        "Update-Mg",
        "New-Mg",
        "Reset-",
        "PasswordProfile",
        "$WhatIf = $false",
    ] {
        assert!(
            !s.contains(change),
            "{change} in a read-only Entra part:\n{s}"
        );
    }
}

#[test]
fn script_entra_values_cannot_break_out() {
    let s = script(
        "AADSTS50105: The signed in user is not assigned to a role for the application.",
        exo_oauth_doctor::Hints {
            mailbox: Some("x'; Remove-Item -Recurse C:\\ ; '@contoso.com".into()),
            ..Default::default()
        },
    );
    let line = s
        .lines()
        .find(|l| l.starts_with("$EntraUser = "))
        .unwrap_or_else(|| panic!("no $EntraUser line:\n{s}"));
    // Either the placeholder (the value was refused) or one single-quoted literal.
    let value = line.trim_start_matches("$EntraUser = ");
    assert!(
        value == "'<SIGNED-IN-USER>'"
            || (value.starts_with('\'')
                && value.ends_with('\'')
                && !value[1..value.len() - 1].replace("''", "").contains('\'')),
        "{line}"
    );
    assert!(!s.lines().any(|l| l.trim_start().starts_with("Remove-Item")));
}

#[test]
fn labelled_codes_on_one_huge_line_stay_linear() {
    // Every labelled number reads a bounded window, not its whole line: 30 000 labels on one
    // line of about 800 KB are read in moments (a whole-line search per number would take minutes).
    let line = "Sign-in error code 50126; ".repeat(30_000);
    let start = std::time::Instant::now();
    let found = codes(&line);
    assert!(!found.is_empty() && found.iter().all(|c| *c == 50126));
    assert!(
        start.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
}

/// Microsoft's message wording per code: sorted, each phrase once, every code catalogued, and
/// each phrase, quoted without its number as the sign-in log's failure reason, read as its code.
#[test]
fn every_message_phrase_is_read_as_its_code() {
    use exo_oauth_doctor::catalogue::{aadsts_message, AADSTS_MESSAGE_COUNT};
    let messages: Vec<(&str, u32)> = (0..AADSTS_MESSAGE_COUNT)
        .filter_map(aadsts_message)
        .collect();
    assert_eq!(aadsts_message(AADSTS_MESSAGE_COUNT), None);
    assert!(messages.len() >= 150, "{}", messages.len());
    for w in messages.windows(2) {
        assert!(
            w[0].0 < w[1].0,
            "not sorted or repeated: {:?} {:?}",
            w[0],
            w[1]
        );
    }
    let mut failures = Vec::new();
    for &(phrase, code) in &messages {
        assert!(
            aadsts(code).is_some(),
            "{phrase}: AADSTS{code} not catalogued"
        );
        assert_eq!(phrase, phrase.to_lowercase(), "{phrase}");
        assert!(!phrase.contains("n't"), "{phrase}: contraction");
        assert!(phrase.len() <= 64, "{phrase}: too long");
        let text = format!("Failure reason: {phrase}.");
        let got = codes(&text);
        // A line another detector reads (a proxy's refusal as a network error) must still
        // give the code's first cause.
        let first = aadsts(code).and_then(|a| a.causes().first());
        if got != vec![code] && !(got.is_empty() && causes(&text).first() == first) {
            failures.push(format!("{phrase:?} → {got:?}, want {code}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn message_wording_is_read_in_either_spelling() {
    for (text, code) in [
        // Newer wording with contractions and a typographic apostrophe.
        ("The user account doesn\u{2019}t exist in the directory.", 51004),
        ("The signed in user isn't assigned to a role for the signed in app.", 50105),
        ("Application 'mailer'(Mailer) isn't configured as a multitenant application.", 50194),
        ("Application Mailer can't be accessed at this time. Contact your administrator.", 1000031),
        // The sign-in log's older wording.
        ("Failure reason: User did not pass the MFA challenge (non interactive).", 50076),
        ("Failure reason: User did not pass the MFA challenge.", 50074),
        ("Invalid domain name - No tenant-identifying information found in either the request or implied by any provided credentials.", 50128),
        ("Account is locked because the user tried to sign in too many times with an incorrect user ID or password.", 50053),
        // The sign-in log's failure reasons of codes outside the reference page.
        ("Failure reason: Authentication failed during strong authentication request.", 500121),
        ("Sign-in failure reason: User's Kerberos ticket is too large.", 81001),
        ("AADSTS80004: The username passed to the agent was not valid", 80004),
    ] {
        assert_eq!(codes(text), vec![code], "{text}");
    }
}

#[test]
fn generic_entra_wording_names_no_code() {
    for text in [
        "The request isn't valid.",
        "The request is malformed.",
        "The service is temporarily unavailable.",
        "The feature is disabled.",
        "The query string is too long.",
        "A transient error has occurred. Try again.",
        "Invalid request.",
    ] {
        assert!(codes(text).is_empty(), "{text}: {:?}", codes(text));
    }
}

/// Microsoft's error name stands for its code in any language (translated reference tables print
/// `UserAccountNotFound: <German description>`): every catalogued name written as an identifier
/// and belonging to one code is read as that code, marked inferred, and worded as read, not
/// shown; names that are common words of other software, and names of several codes, are not.
#[test]
fn error_names_are_read_as_their_codes() {
    use exo_oauth_doctor::catalogue::aadsts_by_name;
    let identifier = |n: &str| {
        n.starts_with(|c: char| c.is_ascii_uppercase())
            && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && n.chars().filter(char::is_ascii_uppercase).count() >= 2
    };
    let mut read = 0;
    let mut failures = Vec::new();
    for entry in AADSTS {
        let shared = AADSTS.iter().filter(|c| c.name() == entry.name()).count() > 1;
        let want = aadsts_by_name(entry.name());
        if !identifier(entry.name()) || shared {
            assert_eq!(want, None, "{}", entry.name());
            continue;
        }
        let Some(code) = want else { continue };
        assert_eq!(code, entry.code, "{}", entry.name());
        read += 1;
        let text = format!("{}: Die Anmeldung ist fehlgeschlagen.", entry.name());
        let arts = scan(&text, NOW);
        let got: Vec<(u32, bool)> = arts
            .iter()
            .filter_map(|a| match &a.kind {
                ArtifactKind::Aadsts(e) => Some((e.code, e.inferred)),
                _ => None,
            })
            .collect();
        if got != vec![(entry.code, true)] {
            failures.push(format!("{} → {got:?}", entry.name()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // 252 until a fifteenth session made three of them generic (below).
    assert!(read >= 249, "{read} names read");
    for generic in [
        "InvalidGrant",
        "InvalidClient",
        "KeyNotFound",
        "InteractionRequired",
        "AuthenticationFailed",
        "RequestTimeout",
        "TemporaryRedirect",
    ] {
        assert_eq!(aadsts_by_name(generic), None, "{generic}");
        assert!(codes(&format!("{generic}: failed")).is_empty(), "{generic}");
    }
    // Case and context matter: a lower-case word or a name inside a longer identifier is no name.
    assert!(codes("useraccountnotfound: failed").is_empty());
    assert!(codes("MyUserAccountNotFoundHandler failed").is_empty());
    // The finding says the code was read, not shown.
    let opts = Options {
        now: NOW,
        ..Options::default()
    };
    let report = analyze(
        "InvalidPasswordExpiredPassword: Das Kennwort ist abgelaufen.",
        &opts,
    );
    let first = report.findings.first().expect("a finding");
    assert_eq!(first.cause, CauseId::PasswordExpired);
    let evidence = format!("{:?}", first.evidence);
    assert!(evidence.contains("no code shown"), "{evidence}");
}

/// AADSTS70020, the device-code flow's expired code as Entra returns it (Azure/azure-cli#22252,
/// Azure/azure-powershell#23557, MicrosoftDocs/azure-docs#92366): with its number and quoted without.
#[test]
fn device_code_expired_is_known_with_and_without_its_number() {
    let message = "The provided value for the input parameter 'device_code' is not valid. This device code has expired.";
    let coded = format!(
        "Connect-AzAccount: DeviceCodeCredential authentication failed: AADSTS70020: {message}"
    );
    assert_eq!(
        causes(&coded).first(),
        Some(&CauseId::TokenExpiredOrCached),
        "{coded}"
    );
    assert_eq!(codes(message), vec![70020], "{message}");
    assert_eq!(
        aadsts(70020).map(|r| r.causes().first().copied()),
        Some(Some(CauseId::TokenExpiredOrCached))
    );
}

/// Codes of the sign-in log's message list beyond Microsoft's reference page
/// (f-bader/EntraID-ErrorCodes, the `ResultType` messages): with its number the message ranks
/// the row's first cause first, and quoted without its number it is read as its code.
#[test]
fn sign_in_log_codes_are_known_with_and_without_their_number() {
    let rows: &[(u32, CauseId, &str)] = &[
        (50054, CauseId::InvalidUserCredentialsRopc, "Looks like you entered your old password. Try again with your new one."),
        (50077, CauseId::ConditionalAccessBlock, "The administrator created a conditional access policy that requires the authenticator to be used to provide GPS location."),
        (53005, CauseId::ConditionalAccessBlock, "Application needs to enforce Intune protection policies."),
        (54009, CauseId::MfaRequiredRopc, "Multi-Factor authentication is required and the credential used is not supported. Contact your administrator for more information."),
        (65007, CauseId::ReplicationDelay, "Client '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' required resource access configuration has changed and therefore the request could not be completed. Please try again."),
        (70039, CauseId::TokenExpiredOrCached, "The remote auth session with this device code has expired."),
        (70045, CauseId::TokenExpiredOrCached, "The refresh token is invalid due to sign-in frequency checks by conditional access. Additionally, since the sign-in frequency policy applies to all applications, the token will never be usable, and should be deleted."),
        (90116, CauseId::MalformedTokenRequest, "GET request is made, while POST is the only supported verb."),
        (90136, CauseId::ClientTypeMismatch, "Device Code flow is not supported for Confidential Clients."),
        (500033, CauseId::CertificateCredentialError, "There is an issue with the key '3D6A1F0C'. It has both x5t and x5c values, but they do not match. Please make sure the x5t value is the Base64Url-encoded SHA-1 thumbprint of the first certificate in x5c."),
        (500117, CauseId::RedirectUriMismatch, "The reply uri specified in the request isn't using a secure scheme."),
        (500136, CauseId::WrongEndpointOrCloud, "The token issuer doesn't match the api version: A version 2 token can only be used with the v2 endpoint."),
        (500204, CauseId::PersonalAccountNotSupported, "Microsoft account 'scanner@outlook.com' can\u{2019}t be used to log in to application Mailer. Please get this user invited to Contoso directory or sign out and sign in again with a Work or School account."),
        (500532, CauseId::AccountDisabledOrSigninBlocked, "Stopped by threatintelligence"),
        (530002, CauseId::ConditionalAccessBlock, "Your device is required to be compliant to access this resource."),
        (650061, CauseId::DelegatedPermissionInsteadOfApplication, "The client application Mailer (6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b) requested the role Mail.Send (b633e1c5-b582-4048-a93e-9f11b44c7e96) on the resource application Microsoft Graph (00000003-0000-0000-c000-000000000000) but this role is only assignable to users."),
        (700026, CauseId::CertificateCredentialError, "Client application has no configured keys."),
        (700038, CauseId::AppNotFoundInTenant, "00000000-0000-0000-0000-000000000000 is not a valid application identifier."),
        (700042, CauseId::RedirectUriMismatch, "The reply address does not match the reply addresses configured for the application."),
        (700053, CauseId::InvalidScope, "response_type 'id_token' requires the 'openid' scope."),
        (700081, CauseId::TokenExpiredOrCached, "The refresh token has expired due to maximum lifetime. The token was issued on 2025-01-10T08:00:00Z and the maximum allowed lifetime for this application is 90.00:00:00."),
        (1002026, CauseId::WrongEndpointOrCloud, "Common endpoint for app tokens is on the deprecation path and not supported on regional AAD. Please use the tenanted endpoint instead."),
        (5000225, CauseId::ServiceSideIncident, "This tenant has been blocked due to inactivity."),
        (7000116, CauseId::AppOrServicePrincipalDisabled, "Client application '6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b'(Mailer) is disabled in tenant contoso.onmicrosoft.com. Please review the documentation: https://go.microsoft.com/fwlink/?linkid=2167553"),
        (7000217, CauseId::AppNotFoundInTenant, "The service principal named Mailer was not found in the tenant named Contoso. This can happen if the application has not been installed by the administrator of the tenant."),
        (7000226, CauseId::CertificateCredentialError, "No federated identity credential policy found on application (6f1a5e2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b). The client_assertion used to authenticate the request does not match the subject or application being requested."),
        (9002319, CauseId::ClientTypeMismatch, "Public clients can't send a client secret."),
        (9002324, CauseId::MalformedTokenRequest, "Request should not contain more than one client credential parameters, this includes 'client_secret', 'client_assertion' and 'request' parameters."),
    ];
    let mut failures = Vec::new();
    for &(code, cause, message) in rows {
        let row = aadsts(code).unwrap_or_else(|| panic!("AADSTS{code} missing"));
        assert_eq!(row.causes().first(), Some(&cause), "AADSTS{code}");
        let coded = format!("AADSTS{code}: {message}");
        let first = causes(&coded).first().copied();
        if first != Some(cause) {
            failures.push(format!("{coded}: first {first:?}, want {cause}"));
        }
        let bare = codes(message);
        if bare != vec![code] {
            failures.push(format!("{message}: read as {bare:?}, want {code}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn oauth_error_descriptions_are_read_as_their_word() {
    // Microsoft's descriptions of the OAuth error words (authorization-code and device-code
    // pages), quoted without the word: each is read as its word, whose first cause leads.
    for (text, cause) in [
        ("The request requires user consent.", CauseId::ConsentMissing),
        ("The authorization server doesn't support the authorization grant type.", CauseId::MalformedTokenRequest),
        ("The authorization server doesn’t support the authorization grant type.", CauseId::MalformedTokenRequest),
        ("The device_code sent to the /token endpoint wasn't recognized.", CauseId::MalformedTokenRequest),
        ("Value of expires_in has been exceeded and authentication is no longer possible with device_code.", CauseId::TokenExpiredOrCached),
        ("The target resource is invalid because it doesn't exist, Microsoft Entra ID can't find it, or it's not correctly configured.", CauseId::ResourceNotFound),
    ] {
        assert_eq!(causes(text).first(), Some(&cause), "{text}: {:?}", causes(text));
    }
    // A mail client's own "authentication failed" is no token endpoint's `invalid_client`.
    for text in [
        "SMTP client authentication failed",
        "Client authentication failed.",
    ] {
        assert!(
            !causes(text).contains(&CauseId::InvalidClientSecret),
            "{text}: {:?}",
            causes(text)
        );
    }
}

/// A tenant part left as a template's placeholder is a real defect; one blanked out for a post
/// (`<tenant>`, `[Tenant ID]`) is not, and the failure beside it decides.
#[test]
fn a_blanked_tenant_is_no_finding_but_a_template_leftover_is() {
    let leftover =
        "POST https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token 400 Bad Request";
    assert_eq!(causes(leftover).first(), Some(&CauseId::TenantNotFound));
    for text in [
        "503 Server Error: Service Unavailable for url: https://login.microsoftonline.com/<tenant>/v2.0/.well-known/openid-configuration",
        "file_get_contents(https://login.microsoftonline.com/[Tenant ID]/oauth2/v2.0/token): Failed to open stream",
    ] {
        assert!(!causes(text).contains(&CauseId::TenantNotFound), "{text}");
    }
    assert_eq!(
        causes("503 Server Error: Service Unavailable for url: https://login.microsoftonline.com/<tenant>/v2.0/.well-known/openid-configuration").first(),
        Some(&CauseId::ServiceSideIncident)
    );
}

/// A code's first cause is worded by the code's confidence: a code Microsoft raises for several
/// failures (catalogue confidence under 0.7) "most often comes from" its first cause, a code that
/// names its failure "states" it.
#[test]
fn a_codes_first_cause_is_worded_by_its_confidence() {
    let opts = Options {
        now: NOW,
        ..Options::default()
    };
    let why_of_first = |text: &str| {
        let a = analyze(text, &opts);
        let first = a.findings.first().expect("a finding");
        serde_json::to_string(&first.evidence).expect("evidence serialises")
    };
    assert!(aadsts(500027).expect("known").confidence() < 0.7);
    let vague = why_of_first(
        "AADSTS500027: Request denied by an evaluation policy. Contact your administrator for details.",
    );
    assert!(
        vague.contains("most often comes from this cause"),
        "{vague}"
    );
    assert!(!vague.contains("states this cause"), "{vague}");
    assert!(aadsts(7000215).expect("known").confidence() >= 0.7);
    let firm = why_of_first(
        "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.",
    );
    assert!(firm.contains("states this cause"), "{firm}");
}
