//! Remedy: snapshot tests of the generated script, values landing in the right parameters,
//! placeholders for unknown or invalid values, the checklist and the client-side fix.
//!
//! Expected scripts live in `tests/snapshots/*.ps1`; run with `UPDATE_SNAPSHOTS=1` to rewrite them.
//! Evidence is built by hand (the scanner and the rules are tested on their own).

use exo_oauth_doctor::catalogue::CauseId;
use exo_oauth_doctor::evidence::{
    Api, Artifact, ArtifactKind, Claims, Cloud, EmailRole, GuidLabel, JwtToken, Protocol,
    PsCommand, ServerReply, Span, TokenFlavor, Validity, Xoauth2,
};
use exo_oauth_doctor::i18n::Lang;
use exo_oauth_doctor::remedy::{remedy, Remedy};
use exo_oauth_doctor::rules::Finding;
use exo_oauth_doctor::Hints;
use std::path::PathBuf;

const APP_ID: &str = "3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8";
const SP_OID: &str = "6233fba6-0198-4277-892f-9275bf728bcc";
const TENANT: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const USER_OID: &str = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";

fn art(id: usize, line: usize, kind: ArtifactKind) -> Artifact {
    Artifact {
        id,
        span: Span::new(line * 100, line * 100 + 10),
        line,
        log_time: None,
        repeats: None,
        kind,
    }
}

fn token(id: usize, line: usize, flavor: TokenFlavor, claims: Claims, cloud: Cloud) -> Artifact {
    art(
        id,
        line,
        ArtifactKind::Jwt(Box::new(JwtToken {
            length: 1400,
            header: vec![].into(),
            payload: vec![].into(),
            claims: claims.into(),
            signature_present: true,
            flavor,
            api: Api::ExchangeOnline,
            cloud: Some(cloud),
            id_token: false,
            validity_now: Validity::Valid { seconds_left: 1800 },
            validity_at_log: None,
            warnings: vec![],
        })),
    )
}

/// An app-only token for Exchange Online as the client-credentials flow returns it.
fn app_token(id: usize, line: usize, cloud: Cloud) -> Artifact {
    let claims = Claims {
        aud: Some("https://outlook.office365.com".into()),
        iss: Some(format!("https://sts.windows.net/{TENANT}/")),
        tid: Some(TENANT.into()),
        appid: Some(APP_ID.into()),
        oid: Some(SP_OID.into()),
        sub: Some(SP_OID.into()),
        idtyp: Some("app".into()),
        roles: vec!["IMAP.AccessAsApp".into()],
        app_displayname: Some("DMS Importer".into()),
        ver: Some("1.0".into()),
        ..Claims::default()
    };
    token(id, line, TokenFlavor::AppOnly, claims, cloud)
}

/// A delegated token: `oid` is the user, not a service principal.
fn user_token(id: usize, line: usize) -> Artifact {
    let claims = Claims {
        aud: Some("https://outlook.office.com".into()),
        tid: Some(TENANT.into()),
        appid: Some(APP_ID.into()),
        oid: Some(USER_OID.into()),
        scp: Some(vec!["SMTP.Send".into()]),
        upn: Some("anna.berger@contoso.com".into()),
        app_displayname: Some("Ticket System".into()),
        ..Claims::default()
    };
    token(id, line, TokenFlavor::Delegated, claims, Cloud::Global)
}

fn xoauth(id: usize, line: usize, user: &str, protocol: Protocol) -> Artifact {
    art(
        id,
        line,
        ArtifactKind::Xoauth2(Box::new(Xoauth2 {
            command: Some("AUTHENTICATE XOAUTH2".into()),
            protocol: Some(protocol),
            user: Some(user.into()),
            scheme: Some("Bearer".into()),
            token_artifact: None,
            defects: vec![],
            visible: String::new(),
        })),
    )
}

fn imap_no(id: usize, line: usize) -> Artifact {
    art(
        id,
        line,
        ArtifactKind::ServerReply(Box::new(ServerReply {
            protocol: Protocol::Imap,
            code: "A01".into(),
            status: Some("NO".into()),
            enhanced: None,
            text: "AUTHENTICATE failed.".into(),
        })),
    )
}

fn logon_denied(id: usize, line: usize, user: &str) -> Artifact {
    art(
        id,
        line,
        ArtifactKind::LogonDenied {
            detail: format!(
                "AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed. User:{user}"
            ),
            user: Some(user.into()),
        },
    )
}

fn finding(cause: CauseId, confidence: f32) -> Finding {
    Finding {
        cause,
        confidence,
        evidence: vec![],
    }
}

/// The seed article's log (MailBee exception, IMAP NO, LogonDenied with a masked user), as the
/// scanner reports it. Source: the article "LogonDenied with OAuth2 on Exchange Online IMAP".
fn seed_artifacts() -> Vec<Artifact> {
    vec![
        art(
            0,
            1,
            ArtifactKind::ClientError {
                library: "MailBee".into(),
                name: "MailBeeImapLoginBadCredentialsException".into(),
                message: String::new(),
            },
        ),
        imap_no(1, 2),
        logon_denied(2, 3, "XXXXXXXX@..."),
    ]
}

fn seed_findings() -> Vec<Finding> {
    vec![
        finding(CauseId::ServicePrincipalNotRegisteredInExchange, 0.55),
        finding(CauseId::MailboxPermissionMissing, 0.45),
        finding(CauseId::WrongObjectId, 0.15),
        finding(CauseId::ReplicationDelay, 0.1),
    ]
}

/// The seed scenario with the token and the XOAUTH2 string pasted as well.
fn seed_with_token() -> Vec<Artifact> {
    let mut a = seed_artifacts();
    a.push(app_token(3, 5, Cloud::Global));
    a.push(xoauth(4, 6, "docscan@contoso.com", Protocol::Imap));
    a
}

fn run(findings: &[Finding], artifacts: &[Artifact], hints: &Hints, lang: Lang) -> Remedy {
    remedy(findings, artifacts, hints, lang)
}

fn snapshot(name: &str, actual: &str) {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "snapshots",
        &format!("{name}.ps1"),
    ]
    .iter()
    .collect();
    if std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("snapshot dir")).expect("create snapshot dir");
        std::fs::write(&path, actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing snapshot {}; run with UPDATE_SNAPSHOTS=1",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "snapshot {name} differs; run with UPDATE_SNAPSHOTS=1 to accept.\n--- got ---\n{actual}"
    );
}

/// Every value in the script is a quoted literal; no generated byte turns into a quote when
/// Windows PowerShell 5.1 reads the file as Windows-1252 (0x82, 0x91, 0x92 are quotes there).
fn assert_encoding_safe(script: &str) {
    for b in [0x82u8, 0x91, 0x92] {
        assert!(!script.as_bytes().contains(&b), "byte {b:#x} in script");
    }
}

#[test]
fn seed_scenario_snapshots() {
    let f = seed_findings();
    let en = run(&f, &seed_artifacts(), &Hints::default(), Lang::En);
    snapshot("seed_en", &en.powershell);
    let de = run(&f, &seed_artifacts(), &Hints::default(), Lang::De);
    snapshot("seed_de", &de.powershell);
    let full = run(&f, &seed_with_token(), &Hints::default(), Lang::En);
    snapshot("seed_with_token_en", &full.powershell);
    let full_de = run(&f, &seed_with_token(), &Hints::default(), Lang::De);
    snapshot("seed_with_token_de", &full_de.powershell);
    for s in [
        &en.powershell,
        &de.powershell,
        &full.powershell,
        &full_de.powershell,
    ] {
        assert_encoding_safe(s);
    }
}

#[test]
fn exchange_cause_snapshots() {
    let exchange_causes = [
        CauseId::ServicePrincipalNotRegisteredInExchange,
        CauseId::WrongObjectId,
        CauseId::MailboxPermissionMissing,
        CauseId::ReplicationDelay,
        CauseId::ProtocolDisabledOnMailbox,
        CauseId::SmtpAuthDisabledTenant,
        CauseId::SecurityDefaultsBlock,
        CauseId::BasicAuthDeprecated,
        CauseId::SendasPermissionMissing,
        CauseId::WrongUsernameInXoauth2,
        CauseId::MailboxUnlicensedOrMissing,
        CauseId::EwsImpersonationHeaderMismatch,
        CauseId::ExchangeAdminRbacMissing,
        CauseId::ApplicationAccessPolicyBlock,
        CauseId::SenderOutboundRestricted,
    ];
    for cause in exchange_causes {
        let artifacts = vec![
            app_token(0, 1, Cloud::Global),
            xoauth(1, 2, "docscan@contoso.com", Protocol::Imap),
            imap_no(2, 3),
        ];
        let r = run(
            &[finding(cause, 0.8)],
            &artifacts,
            &Hints::default(),
            Lang::En,
        );
        snapshot(&format!("exchange_{}", cause.as_str()), &r.powershell);
        assert_encoding_safe(&r.powershell);
    }
}

#[test]
fn tenant_restrictions_are_checked_read_only() {
    let artifacts = vec![
        app_token(0, 1, Cloud::Global),
        xoauth(1, 2, "docscan@contoso.com", Protocol::Imap),
    ];
    let r = run(
        &[finding(CauseId::ApplicationAccessPolicyBlock, 0.9)],
        &artifacts,
        &Hints::default(),
        Lang::En,
    );
    let ps = &r.powershell;
    assert!(ps.contains(&format!("$PolicyAppId = '{APP_ID}'")), "{ps}");
    assert!(
        ps.contains("$PolicyMailbox = 'docscan@contoso.com'"),
        "{ps}"
    );
    assert!(
        ps.contains("Test-ApplicationAccessPolicy -Identity $PolicyMailbox -AppId $PolicyAppId")
    );
    assert!(ps.contains("Get-ApplicationAccessPolicy | Where-Object"));
    assert!(ps.contains("Test-ServicePrincipalAuthorization -Identity $rbacSp.Identity"));
    let r = run(
        &[finding(CauseId::SenderOutboundRestricted, 0.9)],
        &artifacts,
        &Hints::default(),
        Lang::De,
    );
    let ps = &r.powershell;
    assert!(
        ps.contains("\nGet-BlockedSenderAddress | Format-Table"),
        "{ps}"
    );
    // Releasing a spam-blocked sender is the admin's decision: only shown, never run.
    assert!(
        ps.contains("#   Remove-BlockedSenderAddress -SenderAddress <FROM_ADDRESS>"),
        "{ps}"
    );
    for line in ps.lines().filter(|l| !l.trim_start().starts_with('#')) {
        for verb in ["Remove-", "Set-", "Add-", "New-"] {
            assert!(
                !line.contains(verb),
                "changing line in a read-only check: {line}"
            );
        }
    }
}

#[test]
fn no_findings_is_a_read_only_diagnostic() {
    let r = run(&[], &[], &Hints::default(), Lang::En);
    snapshot("no_findings_en", &r.powershell);
    assert!(r.checklist.is_empty());
    assert_eq!(r.client_fix, None);
    for changing in ["New-", "Add-", "Set-", "Remove-"] {
        assert!(
            !r.powershell
                .lines()
                .any(|l| !l.trim_start().starts_with('#') && l.contains(changing)),
            "{changing} in a read-only script"
        );
    }
    assert!(r.powershell.contains("Get-ServicePrincipal"));
}

#[test]
fn sovereign_cloud_and_client_fix_snapshots() {
    let artifacts = vec![
        app_token(0, 1, Cloud::UsGovGccHigh),
        xoauth(1, 2, "docscan@contoso.us", Protocol::Imap),
    ];
    let f = [
        finding(CauseId::ServicePrincipalNotRegisteredInExchange, 0.7),
        finding(CauseId::WrongTokenAudience, 0.4),
    ];
    let r = run(&f, &artifacts, &Hints::default(), Lang::En);
    snapshot("gcc_high_en", &r.powershell);
    assert!(r.powershell.contains(
        "Connect-ExchangeOnline -Organization $TenantId -ExchangeEnvironmentName O365USGovGCCHigh"
    ));
    let connect = r
        .checklist
        .iter()
        .find(|i| i.key == "exo_connect")
        .expect("exo_connect step");
    assert_eq!(
        connect.command.as_deref(),
        Some(format!("Connect-ExchangeOnline -Organization '{TENANT}' -ExchangeEnvironmentName O365USGovGCCHigh").as_str())
    );
    let fix = r.client_fix.expect("client fix for wrong_token_audience");
    assert_eq!(
        fix.token_endpoint,
        format!("https://login.microsoftonline.us/{TENANT}/oauth2/v2.0/token")
    );
    assert_eq!(fix.scope, "https://outlook.office365.us/.default");
    assert!(!fix.documented);

    let clouds = [
        (Cloud::Global, None),
        (Cloud::UsGovGccHigh, Some("O365USGovGCCHigh")),
        (Cloud::UsGovDod, Some("O365USGovDoD")),
        (Cloud::China, Some("O365China")),
        (Cloud::Germany, Some("O365GermanyCloud")),
    ];
    for (cloud, env) in clouds {
        let a = vec![app_token(0, 1, cloud)];
        let r = run(
            &[finding(
                CauseId::ServicePrincipalNotRegisteredInExchange,
                0.9,
            )],
            &a,
            &Hints::default(),
            Lang::En,
        );
        let connect = r
            .powershell
            .lines()
            .find(|l| l.starts_with("Connect-ExchangeOnline"))
            .expect("connect line");
        match env {
            Some(e) => assert!(
                connect.contains(&format!("-ExchangeEnvironmentName {e}")),
                "{cloud:?}: {connect}"
            ),
            None => assert!(
                !connect.contains("-ExchangeEnvironmentName"),
                "{cloud:?}: {connect}"
            ),
        }
    }
}

#[test]
fn client_cause_snapshot() {
    let artifacts = vec![
        app_token(0, 1, Cloud::Global),
        xoauth(1, 2, "docscan@contoso.com", Protocol::Imap),
    ];
    let r = run(
        &[finding(CauseId::MalformedXoauth2, 0.9)],
        &artifacts,
        &Hints::default(),
        Lang::De,
    );
    snapshot("client_malformed_xoauth2_de", &r.powershell);
    let fix = r.client_fix.expect("client fix");
    assert_eq!(fix.scope, "https://outlook.office365.com/.default");
    assert_eq!(
        fix.token_endpoint,
        format!("https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token")
    );
    assert_eq!(fix.xoauth2_user.as_deref(), Some("docscan@contoso.com"));
    assert_eq!(fix.client_id.as_deref(), Some(APP_ID));
    assert!(fix.xoauth2_format.contains(r#""\x01auth=Bearer ""#));
}

#[test]
fn delegated_send_as_snapshot() {
    let artifacts = vec![
        user_token(0, 1),
        art(
            1,
            2,
            ArtifactKind::Email {
                address: "info@contoso.com".into(),
                role: Some(EmailRole::From),
            },
        ),
    ];
    let hints = Hints {
        mailbox: Some("anna.berger@contoso.com".into()),
        ..Hints::default()
    };
    let r = run(
        &[finding(CauseId::SendasPermissionMissing, 0.9)],
        &artifacts,
        &hints,
        Lang::En,
    );
    snapshot("delegated_sendas_en", &r.powershell);
    let s = &r.powershell;
    assert!(s.contains("$Sender = 'info@contoso.com'"));
    assert!(s.contains("$User = 'anna.berger@contoso.com'"));
    assert!(
        s.contains("Add-RecipientPermission -Identity $Sender -AccessRights SendAs -Trustee $User")
    );
    assert!(
        !s.contains("New-ServicePrincipal"),
        "no service principal for a user token"
    );
}

/// The value assigned to `$name` in the script.
fn assigned(script: &str, name: &str) -> Option<String> {
    let prefix = format!("${name} = ");
    script
        .lines()
        .find_map(|l| l.strip_prefix(&prefix).map(str::to_string))
}

#[test]
fn token_ids_land_in_the_right_parameters() {
    let f = [
        finding(CauseId::ServicePrincipalNotRegisteredInExchange, 0.9),
        finding(CauseId::MailboxPermissionMissing, 0.8),
    ];
    let r = run(&f, &seed_with_token(), &Hints::default(), Lang::En);
    let s = &r.powershell;
    let rows: &[(&str, String)] = &[
        ("AppId", format!("'{APP_ID}'")),
        ("ObjectId", format!("'{SP_OID}'")),
        ("TenantId", format!("'{TENANT}'")),
        ("Mailbox", "'docscan@contoso.com'".to_string()),
        ("DisplayName", "'DMS Importer'".to_string()),
    ];
    for (name, want) in rows {
        assert_eq!(assigned(s, name).as_deref(), Some(want.as_str()), "${name}");
    }
    for line in [
        "Connect-ExchangeOnline -Organization $TenantId -ShowBanner:$false -ErrorAction Stop",
        "    New-ServicePrincipal -AppId $AppId -ObjectId $ObjectId -DisplayName $DisplayName -WhatIf:$WhatIf -ErrorAction Stop",
        "    Add-MailboxPermission -Identity $Mailbox -User $spIdentity -AccessRights FullAccess -WhatIf:$WhatIf -ErrorAction Stop",
        "$spIdentity = @(Get-ServicePrincipal -ErrorAction Stop | Where-Object { $_.AppId -eq $AppId })[0].Identity",
        "if (-not $spIdentity) { $spIdentity = $ObjectId }",
    ] {
        assert!(s.lines().any(|l| l == line), "missing line {line:?}");
    }
    assert!(!s.contains("-ServiceId $"), "-ServiceId is deprecated");
    assert!(
        r.warnings.is_empty(),
        "the valid user= wins over the masked LogonDenied user"
    );
}

#[test]
fn oid_of_a_user_token_is_never_the_service_principal() {
    let artifacts = vec![
        user_token(0, 1),
        xoauth(1, 2, "shared@contoso.com", Protocol::Imap),
    ];
    let r = run(
        &[finding(
            CauseId::ServicePrincipalNotRegisteredInExchange,
            0.9,
        )],
        &artifacts,
        &Hints::default(),
        Lang::En,
    );
    assert_eq!(
        assigned(&r.powershell, "ObjectId").as_deref(),
        Some("'<ENTERPRISE-APP-OBJECT-ID>'")
    );
    assert!(!r.powershell.contains(USER_OID));
}

#[test]
fn app_id_from_a_transcript_or_a_labelled_guid() {
    let rows: &[(&str, Vec<Artifact>)] = &[
        (
            "ps-command",
            vec![art(
                0,
                4,
                ArtifactKind::PsCommand(PsCommand {
                    cmdlet: "New-ServicePrincipal".into(),
                    params: vec![
                        ("AppId".into(), Some(APP_ID.to_uppercase())),
                        ("ServiceId".into(), Some(USER_OID.into())),
                    ],
                }),
            )],
        ),
        (
            "labelled",
            vec![art(
                0,
                4,
                ArtifactKind::Guid {
                    value: APP_ID.into(),
                    label: GuidLabel::ClientId,
                },
            )],
        ),
    ];
    for (name, artifacts) in rows {
        let r = run(
            &[finding(
                CauseId::ServicePrincipalNotRegisteredInExchange,
                0.9,
            )],
            artifacts,
            &Hints::default(),
            Lang::En,
        );
        assert_eq!(
            assigned(&r.powershell, "AppId").as_deref(),
            Some(format!("'{APP_ID}'").as_str()),
            "{name}"
        );
        // The object id the admin used is not trusted as the service principal's.
        assert_eq!(
            assigned(&r.powershell, "ObjectId").as_deref(),
            Some("'<ENTERPRISE-APP-OBJECT-ID>'"),
            "{name}"
        );
        assert!(
            r.powershell.contains(&format!(
                "Get-MgServicePrincipal -Filter \"appId eq '{APP_ID}'\""
            )),
            "{name}"
        );
        assert!(
            r.powershell
                .contains(&format!("az ad sp show --id {APP_ID}")),
            "{name}"
        );
    }
}

#[test]
fn unknown_ids_stay_placeholders_and_the_script_refuses_to_run() {
    let r = run(
        &seed_findings(),
        &seed_artifacts(),
        &Hints::default(),
        Lang::En,
    );
    let s = &r.powershell;
    assert_eq!(assigned(s, "AppId").as_deref(), Some("'<APP-ID>'"));
    assert_eq!(
        assigned(s, "ObjectId").as_deref(),
        Some("'<ENTERPRISE-APP-OBJECT-ID>'")
    );
    assert_eq!(assigned(s, "Mailbox").as_deref(), Some("'<MAILBOX>'"));
    assert!(s.contains("Enterprise applications > your app > Object ID"));
    assert!(s.contains("NOT the Object ID under App registrations"));
    // The guard comes before the first changing cmdlet and covers every placeholder variable.
    let guard = s
        .find("foreach ($value in @($AppId, $ObjectId, $Mailbox))")
        .expect("guard");
    let throw = s.find("throw (").expect("throw");
    let first_change = s.find("New-ServicePrincipal -AppId").expect("change");
    assert!(guard < throw && throw < first_change);
    assert!(s.find("Connect-ExchangeOnline").expect("connect") > throw);
}

#[test]
fn invalid_values_become_placeholders_with_a_warning() {
    let rows: &[(&str, Hints, Vec<Artifact>, &str)] = &[
        (
            "masked LogonDenied user",
            Hints::default(),
            seed_artifacts(),
            "\"XXXXXXXX@...\" (line 3) is not a valid mailbox address",
        ),
        (
            "injection in the mailbox hint",
            Hints { mailbox: Some("a@contoso.com'; Remove-Mailbox -Identity x; '".into()), ..Hints::default() },
            vec![],
            "(your entry) is not a valid mailbox address",
        ),
        (
            "line break in user=",
            Hints::default(),
            vec![xoauth(0, 9, "x@contoso.com\nRemove-Mailbox boss@contoso.com", Protocol::Imap)],
            "\"x@contoso.com Remove-Mailbox boss@contoso.com\" (line 9) is not a valid mailbox address",
        ),
        (
            "invalid object id hint",
            Hints { object_id: Some("6233fba6-0198-4277-892f-9275bf728bcX".into()), ..Hints::default() },
            vec![app_token(0, 1, Cloud::Global)],
            "(your entry) is not a valid object ID",
        ),
    ];
    for (name, hints, artifacts, warning) in rows {
        let f = [finding(CauseId::MailboxPermissionMissing, 0.9)];
        let r = run(&f, artifacts, hints, Lang::En);
        let s = &r.powershell;
        assert!(
            s.lines()
                .any(|l| l.starts_with("# WARNING:") && l.contains(warning)),
            "{name}:\n{s}"
        );
        assert!(
            r.warnings.iter().any(|w| w.en.contains(warning)),
            "{name}: {:?}",
            r.warnings
        );
        if *name != "invalid object id hint" {
            assert_eq!(
                assigned(s, "Mailbox").as_deref(),
                Some("'<MAILBOX>'"),
                "{name}"
            );
        }
        assert!(
            !s.lines().any(|l| l.starts_with("Remove-Mailbox")),
            "{name}"
        );
    }
}

#[test]
fn display_name_with_quotes_is_one_literal() {
    let mut a = app_token(0, 1, Cloud::Global);
    if let ArtifactKind::Jwt(t) = &mut a.kind {
        std::rc::Rc::make_mut(&mut t.claims).app_displayname =
            Some("Bob’s ‘DMS’'; Remove-Mailbox x; '\nNext".into());
    }
    let r = run(
        &[finding(
            CauseId::ServicePrincipalNotRegisteredInExchange,
            0.9,
        )],
        &[a],
        &Hints::default(),
        Lang::En,
    );
    assert_eq!(
        assigned(&r.powershell, "DisplayName").as_deref(),
        Some("('Bob' + [char]0x2019 + 's ' + [char]0x2018 + 'DMS' + [char]0x2019 + '''; Remove-Mailbox x; '' Next')")
    );
    assert_encoding_safe(&r.powershell);
}

#[test]
fn wrong_object_id_replaces_the_pointer_only_when_diagnosed() {
    let a = seed_with_token();
    let wrong = run(
        &[finding(CauseId::WrongObjectId, 0.9)],
        &a,
        &Hints::default(),
        Lang::En,
    );
    assert!(wrong
        .powershell
        .lines()
        .any(|l| l
            == "    Remove-ServicePrincipal -Identity $AppId -WhatIf:$WhatIf -ErrorAction Stop"));
    let other = run(
        &[finding(
            CauseId::ServicePrincipalNotRegisteredInExchange,
            0.9,
        )],
        &a,
        &Hints::default(),
        Lang::En,
    );
    assert!(other
        .powershell
        .lines()
        .any(|l| l == "    #   Remove-ServicePrincipal -Identity $AppId"));
    assert!(!other
        .powershell
        .lines()
        .any(|l| l.trim_start().starts_with("Remove-ServicePrincipal")));
}

#[test]
fn protocol_from_evidence() {
    let rows: &[(Protocol, &str)] = &[
        (Protocol::Imap, "    Set-CASMailbox -Identity $Mailbox -ImapEnabled $true -WhatIf:$WhatIf -ErrorAction Stop"),
        (Protocol::Pop, "    Set-CASMailbox -Identity $Mailbox -PopEnabled $true -WhatIf:$WhatIf -ErrorAction Stop"),
        (
            Protocol::Smtp,
            "    Set-CASMailbox -Identity $Mailbox -SmtpClientAuthenticationDisabled $false -WhatIf:$WhatIf -ErrorAction Stop",
        ),
    ];
    for (p, line) in rows {
        let a = vec![
            app_token(0, 1, Cloud::Global),
            xoauth(1, 2, "docscan@contoso.com", *p),
        ];
        let r = run(
            &[finding(CauseId::ProtocolDisabledOnMailbox, 0.9)],
            &a,
            &Hints::default(),
            Lang::En,
        );
        assert!(r.powershell.lines().any(|l| l == *line), "{p:?}");
        assert_eq!(
            r.powershell.matches("Set-CASMailbox -Identity").count(),
            1,
            "{p:?}: only that protocol"
        );
    }
}

#[test]
fn every_changing_cmdlet_honours_whatif() {
    let f: Vec<Finding> = [
        CauseId::WrongObjectId,
        CauseId::MailboxPermissionMissing,
        CauseId::SendasPermissionMissing,
        CauseId::ProtocolDisabledOnMailbox,
        CauseId::SmtpAuthDisabledTenant,
    ]
    .into_iter()
    .map(|c| finding(c, 0.9))
    .collect();
    let a = vec![
        app_token(0, 1, Cloud::Global),
        xoauth(1, 2, "docscan@contoso.com", Protocol::Smtp),
    ];
    let r = run(&f, &a, &Hints::default(), Lang::En);
    let mut seen = 0;
    for l in r
        .powershell
        .lines()
        .map(str::trim_start)
        .filter(|l| !l.starts_with('#'))
    {
        if [
            "New-ServicePrincipal",
            "Remove-ServicePrincipal",
            "Add-MailboxPermission",
            "Add-RecipientPermission",
            "Set-CASMailbox",
            "Set-TransportConfig",
        ]
        .iter()
        .any(|c| l.starts_with(c))
        {
            assert!(l.contains("-WhatIf:$WhatIf"), "{l}");
            seen += 1;
        }
    }
    assert!(seen >= 5, "{seen} changing cmdlets");
    assert!(r.powershell.contains("$WhatIf = $false"));
}

#[test]
fn ends_with_replication_and_token_reminder() {
    for lang in [Lang::En, Lang::De] {
        let r = run(
            &seed_findings(),
            &seed_with_token(),
            &Hints::default(),
            lang,
        );
        let (wait, restart) = match lang {
            Lang::En => (
                "in experience up to 60 minutes",
                "Restart the application's service",
            ),
            Lang::De => (
                "erfahrungsgemäß bis zu 60 Minuten",
                "Den Dienst der Anwendung neu starten",
            ),
        };
        assert!(r.powershell.contains(wait), "{lang:?}");
        assert!(r.powershell.contains(restart), "{lang:?}");
    }
}

#[test]
fn checklist_follows_the_catalogue_steps() {
    // Whatever steps the catalogue holds: one item per key, in chain order, every cause kept.
    let f = seed_findings();
    let r = run(&f, &seed_with_token(), &Hints::default(), Lang::En);
    let mut keys: Vec<&str> = r.checklist.iter().map(|i| i.key.as_str()).collect();
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), n, "duplicate step keys");
    assert!(
        r.checklist.windows(2).all(|w| w[0].link <= w[1].link),
        "chain order"
    );
    for item in &r.checklist {
        assert!(!item.causes.is_empty());
        if let Some(cmd) = &item.command {
            assert!(
                !cmd.contains("<APP_ID>") && !cmd.contains("<SERVICE_PRINCIPAL_OBJECT_ID>"),
                "{cmd}"
            );
        }
    }
}

#[test]
fn delegated_full_access_names_the_signed_in_user() {
    let artifacts = vec![
        user_token(0, 1),
        xoauth(1, 2, "shared@contoso.com", Protocol::Imap),
    ];
    let r = run(
        &[finding(CauseId::MailboxPermissionMissing, 0.9)],
        &artifacts,
        &Hints::default(),
        Lang::En,
    );
    let s = &r.powershell;
    assert_eq!(
        assigned(s, "User").as_deref(),
        Some("'anna.berger@contoso.com'")
    );
    assert_eq!(
        assigned(s, "Mailbox").as_deref(),
        Some("'shared@contoso.com'")
    );
    assert!(s.lines().any(|l| l
        == "    Add-MailboxPermission -Identity $Mailbox -User $User -AccessRights FullAccess -WhatIf:$WhatIf -ErrorAction Stop"));
    assert!(s.contains("foreach ($value in @($Mailbox, $User))"));
    assert!(!s.contains("New-ServicePrincipal"));
}

#[test]
fn ps1_file_has_a_byte_order_mark() {
    let r = run(&[], &[], &Hints::default(), Lang::De);
    let file = exo_oauth_doctor::remedy::ps1_file(&r.powershell);
    assert!(file.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
    assert_eq!(&file[3..], r.powershell);
}

/// The placeholder names left in a command.
fn placeholders_in(cmd: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = cmd;
    while let Some(start) = rest.find('<') {
        let tail = &rest[start + 1..];
        match tail.find('>') {
            Some(end)
                if !tail[..end].is_empty()
                    && tail[..end]
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c == '_') =>
            {
                out.push(tail[..end].to_string());
                rest = &tail[end + 1..];
            }
            _ => rest = tail,
        }
    }
    out
}

#[test]
fn every_catalogue_placeholder_is_filled_when_the_evidence_has_it() {
    let all: Vec<Finding> = CauseId::ALL.iter().map(|c| finding(*c, 0.5)).collect();
    // wrong_username_in_xoauth2 is among them, so the user= is not trusted: the hint names the mailbox.
    let hints = Hints {
        mailbox: Some("docscan@contoso.com".into()),
        ..Hints::default()
    };
    let r = run(&all, &seed_with_token(), &hints, Lang::En);
    let mut distinct: Vec<&str> = exo_oauth_doctor::catalogue::CAUSES
        .iter()
        .flat_map(|c| c.steps.iter().map(|s| s.key))
        .collect();
    distinct.sort();
    distinct.dedup();
    assert_eq!(
        r.checklist.len(),
        distinct.len(),
        "one item per distinct step"
    );
    assert!(
        r.checklist.windows(2).all(|w| w[0].link <= w[1].link),
        "chain order"
    );
    let mut commands = 0;
    for item in &r.checklist {
        if let Some(cmd) = &item.command {
            commands += 1;
            let left: Vec<String> = placeholders_in(cmd)
                .into_iter()
                .filter(|p| p != "CLIENT_SECRET")
                .collect();
            assert!(left.is_empty(), "{}: {cmd} still has {left:?}", item.key);
        }
    }
    assert!(commands >= 10, "{commands} commands");
    let new_sp = r
        .checklist
        .iter()
        .find(|i| i.key == "exo_new_service_principal")
        .expect("step");
    assert_eq!(
        new_sp.command.as_deref(),
        Some(format!("New-ServicePrincipal -AppId '{APP_ID}' -ObjectId '{SP_OID}' -DisplayName 'DMS Importer'").as_str())
    );
    for verify in [&new_sp.verify.en, &new_sp.verify.de] {
        assert!(
            verify.contains(&format!("Get-ServicePrincipal -Identity {APP_ID}")),
            "{verify}"
        );
    }
    assert!(new_sp
        .causes
        .contains(&CauseId::ServicePrincipalNotRegisteredInExchange));
    assert!(new_sp.causes.contains(&CauseId::WrongObjectId));
}

#[test]
fn catalogue_placeholders_stay_when_the_evidence_lacks_them() {
    let r = run(
        &seed_findings(),
        &seed_artifacts(),
        &Hints::default(),
        Lang::En,
    );
    let new_sp = r
        .checklist
        .iter()
        .find(|i| i.key == "exo_new_service_principal")
        .expect("step");
    assert_eq!(
        new_sp.command.as_deref(),
        Some("New-ServicePrincipal -AppId <APP_ID> -ObjectId <SERVICE_PRINCIPAL_OBJECT_ID> -DisplayName <NAME>")
    );
}

#[test]
fn mailbox_from_labelled_addresses() {
    let email = |role: &str| {
        art(
            0,
            7,
            ArtifactKind::Email {
                address: "docscan@contoso.com".into(),
                role: EmailRole::parse(role),
            },
        )
    };
    let rows: &[(&str, Option<&str>)] = &[
        ("Identity", Some("'docscan@contoso.com'")),
        ("mailbox", Some("'docscan@contoso.com'")),
        ("user=", Some("'docscan@contoso.com'")),
        ("User:", Some("'docscan@contoso.com'")),
        ("login", Some("'docscan@contoso.com'")),
        ("User", Some("'<MAILBOX>'")), // -User of Add-MailboxPermission: the trustee
        ("Trustee", Some("'<MAILBOX>'")), // -Trustee: someone else
        ("RCPT TO", Some("'<MAILBOX>'")),
        ("upn", Some("'<MAILBOX>'")),
    ];
    for (role, want) in rows {
        let r = run(
            &[finding(CauseId::MailboxPermissionMissing, 0.9)],
            &[email(role)],
            &Hints::default(),
            Lang::En,
        );
        assert_eq!(
            assigned(&r.powershell, "Mailbox").as_deref(),
            *want,
            "role {role}"
        );
    }
}

#[test]
fn client_id_from_a_pasted_script() {
    let ps = |line: usize, app_id: &str| {
        art(
            line,
            line,
            ArtifactKind::PsCommand(PsCommand {
                cmdlet: "New-ServicePrincipal".into(),
                params: vec![
                    ("AppId".into(), Some(app_id.into())),
                    ("ServiceId".into(), Some("$ServiceId".into())),
                ],
            }),
        )
    };
    let rows: &[(&str, Vec<Artifact>, &str, bool)] = &[
        ("variable", vec![ps(4, "$AppId")], "'<APP-ID>'", false),
        (
            "seed placeholder",
            vec![ps(4, "DEINE-APP-CLIENT-ID")],
            "'<APP-ID>'",
            true,
        ),
        (
            "placeholder, then a labelled client id",
            vec![
                ps(4, "DEINE-APP-CLIENT-ID"),
                art(
                    9,
                    9,
                    ArtifactKind::Guid {
                        value: APP_ID.into(),
                        label: GuidLabel::ClientId,
                    },
                ),
            ],
            "'3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8'",
            false,
        ),
    ];
    for (name, artifacts, want, warned) in rows {
        let r = run(
            &[finding(
                CauseId::ServicePrincipalNotRegisteredInExchange,
                0.9,
            )],
            artifacts,
            &Hints::default(),
            Lang::En,
        );
        assert_eq!(
            assigned(&r.powershell, "AppId").as_deref(),
            Some(*want),
            "{name}"
        );
        assert_eq!(!r.warnings.is_empty(), *warned, "{name}: {:?}", r.warnings);
    }
}
