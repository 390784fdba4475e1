//! Rule tests on hand-built artifacts (independent of the scanner).

use super::diagnose;
use crate::catalogue::CauseId;
use crate::evidence::*;
use crate::options::Hints;

const NOW: i64 = 1_760_000_000;
const APPID: &str = "11111111-2222-3333-4444-555555555555";
const SP_OID: &str = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const APP_REG_OID: &str = "99999999-8888-7777-6666-555555555555";

fn art(id: usize, kind: ArtifactKind) -> Artifact {
    Artifact {
        id,
        span: Span::new(id * 10, id * 10 + 5),
        line: id + 1,
        log_time: None,
        repeats: None,
        kind,
    }
}

fn timed(mut a: Artifact, t: i64) -> Artifact {
    a.log_time = Some(t);
    a
}

struct Tk {
    aud: &'static str,
    roles: Vec<&'static str>,
    scp: Option<&'static str>,
    upn: Option<&'static str>,
    iat: i64,
    nbf: i64,
    exp: i64,
    tid: &'static str,
}

impl Tk {
    fn app(aud: &'static str, roles: &[&'static str]) -> Self {
        Tk {
            aud,
            roles: roles.to_vec(),
            scp: None,
            upn: None,
            iat: NOW - 600,
            nbf: NOW - 600,
            exp: NOW + 3000,
            tid: "72f988bf-86f1-41af-91ab-2d7cd011db47",
        }
    }
    fn user(aud: &'static str, scp: &'static str, upn: &'static str) -> Self {
        Tk {
            aud,
            roles: vec![],
            scp: Some(scp),
            upn: Some(upn),
            ..Tk::app(aud, &[])
        }
    }
    fn build(&self) -> ArtifactKind {
        let api = if self.aud.contains("graph") || self.aud.starts_with("00000003") {
            Api::Graph
        } else if self.aud.contains("outlook") || self.aud.starts_with("00000002") {
            Api::ExchangeOnline
        } else {
            Api::Other
        };
        let flavor = if self.scp.is_some() || self.upn.is_some() {
            TokenFlavor::Delegated
        } else {
            TokenFlavor::AppOnly
        };
        let claims = Claims {
            aud: Some(self.aud.into()),
            iss: Some(format!("https://sts.windows.net/{}/", self.tid)),
            tid: Some(self.tid.into()),
            appid: Some(APPID.into()),
            oid: Some(SP_OID.into()),
            idtyp: if flavor == TokenFlavor::AppOnly {
                Some("app".into())
            } else {
                None
            },
            roles: self.roles.iter().map(|s| s.to_string()).collect(),
            scp: self.scp.map(|s| s.split(' ').map(str::to_string).collect()),
            exp: Some(self.exp),
            nbf: Some(self.nbf),
            iat: Some(self.iat),
            upn: self.upn.map(str::to_string),
            ..Claims::default()
        };
        ArtifactKind::Jwt(Box::new(JwtToken {
            length: 1500,
            header: vec![].into(),
            payload: vec![].into(),
            claims: claims.into(),
            signature_present: true,
            flavor,
            api,
            cloud: Some(Cloud::Global),
            id_token: false,
            validity_now: Validity::NoExpiry,
            validity_at_log: None,
            warnings: vec![],
        }))
    }
}

fn reply(
    p: Protocol,
    code: &str,
    status: Option<&str>,
    enhanced: Option<&str>,
    text: &str,
) -> ArtifactKind {
    ArtifactKind::ServerReply(Box::new(ServerReply {
        protocol: p,
        code: code.into(),
        status: status.map(str::to_string),
        enhanced: enhanced.map(str::to_string),
        text: text.into(),
    }))
}

/// A v2 token endpoint URL on the worldwide login host with the given tenant segment.
fn token_url(tenant: TenantSegment) -> ArtifactKind {
    ArtifactKind::EndpointUrl(Box::new(EndpointUrl {
        host: "login.microsoftonline.com".into(),
        cloud: Some(Cloud::Global),
        tenant,
        v2: true,
        path_kind: "token".into(),
    }))
}

fn imap_no() -> ArtifactKind {
    reply(
        Protocol::Imap,
        "A1",
        Some("NO"),
        None,
        "AUTHENTICATE failed.",
    )
}

fn logon_denied() -> ArtifactKind {
    ArtifactKind::LogonDenied {
        detail: "AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed.".into(),
        user: Some("docscan@contoso.com".into()),
    }
}

fn xoauth(user: &str, token: Option<usize>, p: Protocol) -> ArtifactKind {
    ArtifactKind::Xoauth2(Box::new(Xoauth2 {
        command: Some("AUTHENTICATE XOAUTH2".into()),
        protocol: Some(p),
        user: Some(user.into()),
        scheme: Some("Bearer".into()),
        token_artifact: token,
        defects: vec![],
        visible: String::new(),
    }))
}

fn ps_cmd(cmdlet: &str, params: &[(&str, &str)]) -> ArtifactKind {
    ArtifactKind::PsCommand(PsCommand {
        cmdlet: cmdlet.into(),
        params: params
            .iter()
            .map(|(n, v)| (n.to_string(), Some(v.to_string())))
            .collect(),
    })
}

fn ps_err(id: &str, msg: &str, cmdlet: Option<&str>) -> ArtifactKind {
    ArtifactKind::PsError(PsError {
        id: id.into(),
        message: msg.into(),
        cmdlet: cmdlet.map(str::to_string),
    })
}

fn kinds(ks: Vec<ArtifactKind>) -> Vec<Artifact> {
    ks.into_iter().enumerate().map(|(i, k)| art(i, k)).collect()
}

fn top(arts: &[Artifact], hints: &Hints) -> Vec<CauseId> {
    diagnose(arts, hints, NOW)
        .findings
        .iter()
        .map(|f| f.cause)
        .collect()
}

fn conf(arts: &[Artifact], hints: &Hints, c: CauseId) -> f32 {
    diagnose(arts, hints, NOW)
        .findings
        .iter()
        .find(|f| f.cause == c)
        .map_or(0.0, |f| f.confidence)
}

#[test]
fn table_top_cause() {
    use CauseId::*;
    let h = Hints::default();
    let rows: Vec<(&str, Vec<ArtifactKind>, CauseId)> = vec![
        ("graph token on imap", vec![Tk::app("https://graph.microsoft.com", &["Mail.Read"]).build(), xoauth("a@contoso.com", Some(0), Protocol::Imap), imap_no()], WrongTokenAudience),
        ("graph delegated token with IMAP scope, no protocol", vec![Tk::user("00000003-0000-0000-c000-000000000000", "IMAP.AccessAsUser.All", "a@contoso.com").build()], WrongTokenAudience),
        ("exchange token on graph", vec![Tk::app("https://outlook.office365.com", &["full_access_as_app"]).build(), ArtifactKind::ApiError { code: "InvalidAuthenticationToken".into(), message: "Access token validation failure.".into(), protocol: Protocol::Graph }], WrongTokenAudience),
        ("app-only token with wrong role", vec![Tk::app("https://outlook.office365.com", &["SMTP.SendAsApp"]).build(), imap_no()], MissingAppRole),
        ("app-only token without roles", vec![Tk::app("https://outlook.office365.com", &[]).build(), imap_no()], DelegatedPermissionInsteadOfApplication),
        ("pop with imap role", vec![Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"]).build(), reply(Protocol::Pop, "-ERR", None, None, "Authentication failure: unknown user name or bad password.")], MissingAppRole),
        ("ServicePrincipalNotFound", vec![ps_err("AADServicePrincipalNotFound", "The service principal was not found", Some("New-ServicePrincipal")), logon_denied()], WrongObjectId),
        ("object id = client id", vec![ps_cmd("New-ServicePrincipal", &[("AppId", APPID), ("ObjectId", APPID)])], WrongObjectId),
        ("object id = app registration object", vec![Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"]).build(), ps_cmd("New-ServicePrincipal", &[("AppId", APPID), ("ServiceId", APP_REG_OID)]), logon_denied()], WrongObjectId),
        ("cmdlet not recognised", vec![ps_err("CommandNotFoundException", "The term 'New-ServicePrincipal' is not recognized as the name of a cmdlet", Some("New-ServicePrincipal"))], ExchangeAdminRbacMissing),
        ("5.7.139 tenant", vec![reply(Protocol::Smtp, "535", None, Some("5.7.139"), "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.")], SmtpAuthDisabledTenant),
        ("5.7.139 mailbox", vec![reply(Protocol::Smtp, "535", None, Some("5.7.139"), "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.")], ProtocolDisabledOnMailbox),
        ("5.7.139 basic", vec![reply(Protocol::Smtp, "535", None, Some("5.7.139"), "Authentication unsuccessful, basic authentication is disabled.")], BasicAuthDeprecated),
        ("5.7.139 security defaults", vec![reply(Protocol::Smtp, "535", None, Some("5.7.139"), "Authentication unsuccessful, user is locked by your organization's security defaults policy.")], SecurityDefaultsBlock),
        ("5.7.139 criteria", vec![reply(Protocol::Smtp, "535", None, Some("5.7.139"), "Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully.")], SecurityDefaultsBlock),
        ("5.7.60", vec![reply(Protocol::Smtp, "550", None, Some("5.7.60"), "SMTP; Client does not have permissions to send as this sender")], SendasPermissionMissing),
        ("5.2.252", vec![reply(Protocol::Smtp, "554", None, Some("5.2.252"), "SendAsDenied; a@contoso.com not allowed to send as b@contoso.com")], SendasPermissionMissing),
        ("basic auth attempt", vec![ArtifactKind::BasicAuthAttempt { mechanism: "AUTH LOGIN".into(), protocol: Protocol::Smtp }, reply(Protocol::Smtp, "535", None, Some("5.7.3"), "Authentication unsuccessful")], BasicAuthDeprecated),
        ("imap LOGIN failed", vec![reply(Protocol::Imap, "2", Some("NO"), None, "LOGIN failed.")], BasicAuthDeprecated),
        ("not connected, no token", vec![ArtifactKind::AuthenticatedNotConnected], WrongUsernameInXoauth2),
        ("not connected, app-only", vec![Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"]).build(), ArtifactKind::AuthenticatedNotConnected], MailboxPermissionMissing),
        ("mailbox not enabled for REST", vec![ArtifactKind::ApiError { code: "MailboxNotEnabledForRESTAPI".into(), message: "The mailbox is either inactive, soft-deleted, or is hosted on-premise.".into(), protocol: Protocol::Graph }], MailboxUnlicensedOrMissing),
        ("EWS impersonation header", vec![ArtifactKind::ClientError { library: "EWS Managed API".into(), name: "ServiceResponseException".into(), message: "ExchangeImpersonation SOAP header must be present for this type of OAuth token.".into() }], EwsImpersonationHeaderMismatch),
        ("network", vec![ArtifactKind::NetworkError { text: "connect ETIMEDOUT login.microsoftonline.com:443".into() }], NetworkEgressBlocked),
        ("sasl plugin", vec![ArtifactKind::ClientError { library: "cyrus-sasl".into(), name: "SASL".into(), message: "warning: SASL authentication failure: No worthy mechs found".into() }], ClientSaslPluginError),
        ("consumer tenant", vec![Tk { tid: "9188040d-6c67-4c5b-b112-36a304b66dad", ..Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"]) }.build(), imap_no()], PersonalAccountNotSupported),
        ("server busy", vec![reply(Protocol::Smtp, "451", None, Some("4.3.2"), "Temporary server error. Please try again later")], ServiceSideIncident),
        ("account disabled", vec![ps_err("Error", "The user account is disabled.", None)], AccountDisabledOrSigninBlocked),
    ];
    for (name, ks, want) in rows {
        let arts = kinds(ks);
        let got = top(&arts, &h);
        assert_eq!(got.first(), Some(&want), "{name}: got {got:?}");
    }
}

#[test]
fn xoauth2_defect_is_malformed() {
    let mut x = xoauth("a@contoso.com", None, Protocol::Imap);
    if let ArtifactKind::Xoauth2(ref mut v) = x {
        v.defects = vec![XoauthDefect::MissingSeparator];
    }
    let arts = kinds(vec![x, imap_no()]);
    assert_eq!(
        top(&arts, &Hints::default()).first(),
        Some(&CauseId::MalformedXoauth2)
    );
}

#[test]
fn user_vs_mailbox_hint() {
    let arts = kinds(vec![
        xoauth("admin@contoso.com", None, Protocol::Imap),
        imap_no(),
    ]);
    let hints = Hints {
        mailbox: Some("docscan@contoso.com".into()),
        ..Hints::default()
    };
    let d = diagnose(&arts, &hints, NOW);
    assert_eq!(d.findings[0].cause, CauseId::WrongUsernameInXoauth2);
    assert!(d.findings[0].evidence[0]
        .why
        .en
        .contains("docscan@contoso.com"));
}

#[test]
fn user_vs_token_upn() {
    let arts = kinds(vec![
        Tk::user(
            "https://outlook.office.com",
            "IMAP.AccessAsUser.All",
            "alice@contoso.com",
        )
        .build(),
        xoauth("shared@contoso.com", Some(0), Protocol::Imap),
        imap_no(),
    ]);
    assert_eq!(
        top(&arts, &Hints::default()).first(),
        Some(&CauseId::WrongUsernameInXoauth2)
    );
}

#[test]
fn expired_at_log_time() {
    let tk = Tk {
        exp: NOW - 7200,
        iat: NOW - 12000,
        nbf: NOW - 12000,
        ..Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"])
    };
    let arts = vec![art(0, tk.build()), timed(art(1, imap_no()), NOW - 3600)];
    let d = diagnose(&arts, &Hints::default(), NOW);
    assert_eq!(d.findings[0].cause, CauseId::TokenExpiredOrCached);
    assert!(d.findings[0].confidence >= 0.85);
    assert_eq!(d.findings[0].evidence[0].claim.as_deref(), Some("exp"));
}

#[test]
fn token_issued_before_change_is_cached() {
    let tk = Tk {
        iat: NOW - 1800,
        ..Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"])
    };
    let arts = vec![art(0, tk.build()), timed(art(1, logon_denied()), NOW - 60)];
    let hints = Hints {
        changed_at: Some(NOW - 900),
        ..Hints::default()
    };
    let got = top(&arts, &hints);
    assert_eq!(got.first(), Some(&CauseId::TokenExpiredOrCached), "{got:?}");
    assert!(
        got.iter().take(3).any(|c| *c == CauseId::ReplicationDelay),
        "{got:?}"
    );
}

#[test]
fn recent_change_is_replication_delay() {
    let tk = Tk {
        iat: NOW - 300,
        nbf: NOW - 300,
        ..Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"])
    };
    let arts = vec![art(0, tk.build()), timed(art(1, logon_denied()), NOW - 60)];
    let hints = Hints {
        changed_at: Some(NOW - 1200),
        ..Hints::default()
    };
    assert_eq!(top(&arts, &hints).first(), Some(&CauseId::ReplicationDelay));
    // An old change is no reason to wait.
    let hints = Hints {
        changed_at: Some(NOW - 3 * 3600),
        ..Hints::default()
    };
    assert!(conf(&arts, &hints, CauseId::ReplicationDelay) < 0.2);
}

#[test]
fn nbf_in_future_is_clock_skew() {
    let tk = Tk {
        nbf: NOW + 1800,
        iat: NOW + 1800,
        exp: NOW + 5400,
        ..Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"])
    };
    let arts = kinds(vec![tk.build(), imap_no()]);
    assert_eq!(
        top(&arts, &Hints::default()).first(),
        Some(&CauseId::ClockSkew)
    );
}

#[test]
fn object_id_hint_compared_with_oid() {
    let arts = kinds(vec![
        Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"]).build(),
        logon_denied(),
    ]);
    let wrong = Hints {
        object_id: Some(APP_REG_OID.into()),
        ..Hints::default()
    };
    assert_eq!(top(&arts, &wrong).first(), Some(&CauseId::WrongObjectId));
    let right = Hints {
        object_id: Some(SP_OID.to_uppercase()),
        ..Hints::default()
    };
    assert!(conf(&arts, &right, CauseId::WrongObjectId) <= 0.1);
    let client = Hints {
        object_id: Some(APPID.into()),
        ..Hints::default()
    };
    assert!(conf(&arts, &client, CauseId::WrongObjectId) >= 0.95);
}

#[test]
fn seed_with_good_token_ranks_exchange_side() {
    let arts = kinds(vec![
        ArtifactKind::ClientError {
            library: "MailBee".into(),
            name: "MailBeeImapLoginBadCredentialsException".into(),
            message: String::new(),
        },
        imap_no(),
        logon_denied(),
        Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"]).build(),
    ]);
    let d = diagnose(&arts, &Hints::default(), NOW);
    let c: Vec<CauseId> = d.findings.iter().map(|f| f.cause).collect();
    assert_eq!(
        &c[..2],
        &[
            CauseId::ServicePrincipalNotRegisteredInExchange,
            CauseId::MailboxPermissionMissing
        ],
        "{c:?}"
    );
    for alt in [
        CauseId::ProtocolDisabledOnMailbox,
        CauseId::AccountDisabledOrSigninBlocked,
        CauseId::ReplicationDelay,
        CauseId::WrongObjectId,
    ] {
        assert!(c.contains(&alt), "{alt:?} missing: {c:?}");
    }
    assert!(
        d.findings.iter().all(|f| f.confidence <= 0.6),
        "moderate confidence only"
    );
    assert!(!c.contains(&CauseId::WrongTokenAudience));
}

#[test]
fn seed_without_token_ranks_article_causes() {
    let arts = kinds(vec![
        ArtifactKind::ClientError {
            library: "MailBee".into(),
            name: "MailBeeImapLoginBadCredentialsException".into(),
            message: String::new(),
        },
        imap_no(),
        logon_denied(),
    ]);
    let c = top(&arts, &Hints::default());
    assert_eq!(
        c.first(),
        Some(&CauseId::ServicePrincipalNotRegisteredInExchange),
        "{c:?}"
    );
    for want in [
        CauseId::MailboxPermissionMissing,
        CauseId::WrongObjectId,
        CauseId::WrongTokenAudience,
        CauseId::TokenExpiredOrCached,
        CauseId::ReplicationDelay,
        CauseId::AccountDisabledOrSigninBlocked,
    ] {
        assert!(c.contains(&want), "{want:?} missing: {c:?}");
    }
    let d = diagnose(&arts, &Hints::default(), NOW);
    assert!(
        d.findings.iter().all(|f| f.confidence <= 0.5),
        "thin evidence stays low"
    );
}

#[test]
fn secret_id_with_7000215() {
    let arts = kinds(vec![
        ArtifactKind::Aadsts(Box::new(AadstsError {
            code: 7000215,
            message: "Invalid client secret provided.".into(),
            trace_id: None,
            correlation_id: None,
            timestamp: None,
            inferred: false,
        })),
        ArtifactKind::ClientSecret {
            masked: "3f2…".into(),
            guid_shaped: true,
        },
    ]);
    let c = top(&arts, &Hints::default());
    assert_eq!(c.first(), Some(&CauseId::SecretIdUsedAsValue), "{c:?}");
}

#[test]
fn common_endpoint_with_client_credentials() {
    let arts = kinds(vec![
        token_url(TenantSegment::Common),
        ArtifactKind::Scope(ScopeString {
            scopes: vec!["https://outlook.office365.com/.default".into()],
            resource_param: false,
        }),
    ]);
    assert_eq!(
        top(&arts, &Hints::default()).first(),
        Some(&CauseId::WrongEndpointOrCloud)
    );
}

#[test]
fn cloud_mismatch() {
    let arts = kinds(vec![
        token_url(TenantSegment::Domain("contoso.us".into())),
        ArtifactKind::Host {
            host: "outlook.office365.us".into(),
            port: Some(993),
            protocol: Some(Protocol::Imap),
            cloud: Some(Cloud::UsGovGccHigh),
        },
        imap_no(),
    ]);
    assert_eq!(
        top(&arts, &Hints::default()).first(),
        Some(&CauseId::WrongEndpointOrCloud)
    );
}

#[test]
fn placeholder_tenant() {
    let arts = kinds(vec![token_url(TenantSegment::Invalid("{tenant}".into()))]);
    assert_eq!(
        top(&arts, &Hints::default()).first(),
        Some(&CauseId::TenantNotFound)
    );
}

#[test]
fn scope_without_default_in_client_credentials() {
    let arts = kinds(vec![
        ArtifactKind::ClientSecret {
            masked: "abc…".into(),
            guid_shaped: false,
        },
        ArtifactKind::Scope(ScopeString {
            scopes: vec!["https://outlook.office365.com/IMAP.AccessAsApp".into()],
            resource_param: false,
        }),
    ]);
    assert_eq!(
        top(&arts, &Hints::default()).first(),
        Some(&CauseId::InvalidScope)
    );
}

#[test]
fn graph_scope_for_imap() {
    let arts = kinds(vec![
        ArtifactKind::Scope(ScopeString {
            scopes: vec![
                "https://graph.microsoft.com/IMAP.AccessAsUser.All".into(),
                "offline_access".into(),
            ],
            resource_param: false,
        }),
        imap_no(),
    ]);
    assert_eq!(
        top(&arts, &Hints::default()).first(),
        Some(&CauseId::WrongTokenAudience)
    );
}

#[test]
fn weak_5757_stays_weak() {
    let arts = kinds(vec![reply(
        Protocol::Smtp,
        "530",
        None,
        Some("5.7.57"),
        "Client not authenticated to send mail.",
    )]);
    let d = diagnose(&arts, &Hints::default(), NOW);
    assert!(!d.findings.is_empty());
    assert!(d.findings.iter().all(|f| f.confidence <= 0.4));
}

#[test]
fn nothing_recognisable_has_no_findings() {
    let d = diagnose(&[], &Hints::default(), NOW);
    assert!(d.findings.is_empty());
}

#[test]
fn findings_are_unique_and_sorted() {
    let arts = kinds(vec![
        ps_err("AADServicePrincipalNotFound", "not found", None),
        ps_cmd(
            "New-ServicePrincipal",
            &[("AppId", APPID), ("ObjectId", APPID)],
        ),
        logon_denied(),
        imap_no(),
    ]);
    let d = diagnose(&arts, &Hints::default(), NOW);
    let mut seen = std::collections::HashSet::new();
    for w in d.findings.windows(2) {
        assert!(w[0].confidence >= w[1].confidence);
    }
    for f in &d.findings {
        assert!(seen.insert(f.cause), "duplicate {:?}", f.cause);
        assert!((0.0..=0.99).contains(&f.confidence));
        assert!(!f.evidence.is_empty(), "{:?} without evidence", f.cause);
        for e in &f.evidence {
            assert!(!e.why.en.is_empty() && !e.why.de.is_empty());
        }
    }
    assert_eq!(d.findings[0].cause, CauseId::WrongObjectId);
}

#[test]
fn seed_questions() {
    let base = vec![
        ArtifactKind::ClientError {
            library: "MailBee".into(),
            name: "MailBeeImapLoginBadCredentialsException".into(),
            message: String::new(),
        },
        imap_no(),
        logon_denied(),
    ];
    let d = diagnose(&kinds(base.clone()), &Hints::default(), NOW);
    let k: Vec<&str> = d.questions.iter().map(|q| q.key.as_str()).collect();
    assert_eq!(k.first(), Some(&"token_available"), "{k:?}");
    for want in ["sp_registered", "object_id_passed", "changed_at"] {
        assert!(k.contains(&want), "{want}: {k:?}");
    }
    let mut with_token = base;
    with_token.push(Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"]).build());
    let d = diagnose(&kinds(with_token), &Hints::default(), NOW);
    let k: Vec<&str> = d.questions.iter().map(|q| q.key.as_str()).collect();
    assert_eq!(&k[..2], &["sp_registered", "object_id_passed"], "{k:?}");
    assert!(!k.contains(&"token_available"));
    let hinted = Hints {
        object_id: Some(SP_OID.into()),
        mailbox: Some("docscan@contoso.com".into()),
        changed_at: Some(NOW - 86_400),
    };
    let d = diagnose(
        &kinds(vec![
            logon_denied(),
            Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"]).build(),
        ]),
        &hinted,
        NOW,
    );
    for q in &d.questions {
        assert!(
            !matches!(
                q.key.as_str(),
                "object_id_passed" | "mailbox" | "changed_at"
            ),
            "answered question asked again: {}",
            q.key
        );
    }
}

#[test]
fn empty_input_asks_to_paste_more() {
    let d = diagnose(&[], &Hints::default(), NOW);
    assert_eq!(
        d.questions
            .iter()
            .map(|q| q.key.as_str())
            .collect::<Vec<_>>(),
        vec!["paste_more"]
    );
}

#[test]
fn every_rule_question_exists_in_the_catalogue() {
    for key in [
        "paste_more",
        "object_id_passed",
        "sp_registered",
        "mailbox",
        "changed_at",
        "protocol",
        "token_available",
    ] {
        assert!(crate::catalogue::question(key).is_some(), "{key}");
    }
}

#[test]
fn unknown_aadsts_code_stays_unrecognised() {
    let arts = kinds(vec![ArtifactKind::Aadsts(Box::new(AadstsError {
        code: 4_242_424,
        message: "No tenant-identifying information found in the request.".into(),
        trace_id: None,
        correlation_id: None,
        timestamp: None,
        inferred: false,
    }))]);
    let d = diagnose(&arts, &Hints::default(), NOW);
    // "tenant" in the message names no cause: nothing is guessed, the questions ask for what
    // Microsoft says about the code.
    assert!(d.findings.is_empty(), "{:?}", d.findings);
    for key in ["aadsts_lookup", "paste_more"] {
        assert!(d.questions.iter().any(|q| q.key == key), "{key}");
    }
}

#[test]
fn setup_steps_done_shift_the_suspects() {
    let token = || Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"]).build();
    let sp = || {
        ps_cmd(
            "New-ServicePrincipal",
            &[("AppId", APPID), ("ObjectId", SP_OID)],
        )
    };
    let perm = || {
        ps_cmd(
            "Add-MailboxPermission",
            &[
                ("Identity", "docscan@contoso.com"),
                ("User", SP_OID),
                ("AccessRights", "FullAccess"),
            ],
        )
    };
    // Only the pointer: the mailbox permission is the suspect.
    let arts = kinds(vec![token(), sp(), logon_denied()]);
    assert_eq!(
        top(&arts, &Hints::default()).first(),
        Some(&CauseId::MailboxPermissionMissing)
    );
    // Both steps done: time (replication) is the suspect, and "when" is the question.
    let arts = kinds(vec![token(), sp(), perm(), logon_denied()]);
    let d = diagnose(&arts, &Hints::default(), NOW);
    assert_eq!(d.findings[0].cause, CauseId::ReplicationDelay);
    assert_eq!(
        d.questions.first().map(|q| q.key.as_str()),
        Some("changed_at")
    );
}

#[test]
fn local_time_logs_do_not_fake_an_expiry() {
    // The token was logged at 10:31 "UTC" but issued at 08:14 UTC: the log is in UTC+2.
    let iat = NOW - 3 * 3600;
    let tk = Tk {
        iat,
        nbf: iat,
        exp: iat + 4799,
        ..Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"])
    };
    let token_line = iat + 2 * 3600 + 120;
    let arts = vec![
        timed(art(0, tk.build()), token_line),
        timed(art(1, logon_denied()), token_line + 60),
    ];
    let d = diagnose(&arts, &Hints::default(), NOW);
    assert_eq!(
        d.findings[0].cause,
        CauseId::ServicePrincipalNotRegisteredInExchange,
        "{:?}",
        d.findings
    );
    let exp = d
        .findings
        .iter()
        .find(|f| f.cause == CauseId::TokenExpiredOrCached)
        .expect("still listed");
    assert!(exp.confidence < 0.5);
    assert!(exp.evidence.iter().any(|e| e.why.en.contains("local time")));
    // The same token logged two minutes after issue, failing two hours later: really expired.
    let arts = vec![
        timed(art(0, tk.build()), iat + 120),
        timed(art(1, logon_denied()), iat + 2 * 3600),
    ];
    assert_eq!(
        top(&arts, &Hints::default()).first(),
        Some(&CauseId::TokenExpiredOrCached)
    );
    // A log in UTC-5: nbf looks five hours ahead, but it is the zone.
    let iat = NOW;
    let tk = Tk {
        iat,
        nbf: iat,
        exp: iat + 3600,
        ..Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"])
    };
    let arts = vec![
        timed(art(0, tk.build()), iat - 5 * 3600 + 30),
        timed(art(1, logon_denied()), iat - 5 * 3600 + 90),
    ];
    assert!(conf(&arts, &Hints::default(), CauseId::ClockSkew) < 0.4);
}

#[test]
fn change_time_taken_from_the_log() {
    let perm = ps_cmd(
        "Add-MailboxPermission",
        &[
            ("Identity", "docscan@contoso.com"),
            ("User", SP_OID),
            ("AccessRights", "FullAccess"),
        ],
    );
    // Token fetched after the change, failure seven minutes after it: replication.
    let tk = Tk {
        iat: NOW - 300,
        nbf: NOW - 300,
        ..Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"])
    };
    let arts = vec![
        timed(art(0, perm.clone()), NOW - 420),
        art(1, tk.build()),
        timed(art(2, logon_denied()), NOW),
    ];
    let d = diagnose(&arts, &Hints::default(), NOW);
    assert_eq!(
        d.findings[0].cause,
        CauseId::ReplicationDelay,
        "{:?}",
        d.findings
    );
    assert!(d.findings[0]
        .evidence
        .iter()
        .any(|e| e.artifact == 0 && e.why.en.contains("Add-MailboxPermission ran")));
    assert!(!d.questions.iter().any(|q| q.key == "changed_at"));
    // Token fetched before the change: the cached token is the first suspect.
    let tk = Tk {
        iat: NOW - 1800,
        nbf: NOW - 1800,
        ..Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"])
    };
    let arts = vec![
        timed(art(0, perm), NOW - 420),
        art(1, tk.build()),
        timed(art(2, logon_denied()), NOW),
    ];
    assert_eq!(
        top(&arts, &Hints::default()).first(),
        Some(&CauseId::TokenExpiredOrCached)
    );
}

#[test]
fn uncoded_token_endpoint_messages() {
    let rows = [
        ("Application '...' is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'.", CauseId::WrongEndpointOrCloud),
        ("Office 365 Callback Fails: Invalid client secret is provided", CauseId::InvalidClientSecret),
        ("The redirect URI 'http://localhost:7598/' specified in the request does not match the redirect URIs configured for the application", CauseId::RedirectUriMismatch),
        ("The request body must contain the following parameter: 'client_assertion' or 'client_secret'", CauseId::ClientTypeMismatch),
    ];
    for (msg, want) in rows {
        for kind in [
            ArtifactKind::ClientError {
                library: "unknown".into(),
                name: "Error".into(),
                message: msg.into(),
            },
            ArtifactKind::Aadsts(Box::new(AadstsError {
                code: 0,
                message: msg.into(),
                trace_id: None,
                correlation_id: None,
                timestamp: None,
                inferred: false,
            })),
        ] {
            let arts = kinds(vec![kind]);
            assert_eq!(top(&arts, &Hints::default()).first(), Some(&want), "{msg}");
        }
    }
}

#[test]
fn phrase_search_agrees_with_str_contains() {
    let long = "client credential flows must have a scope value with /.default";
    let cases: &[(&str, &str)] = &[
        ("", ""),
        ("", long),
        (long, long),
        (
            "aadsts1002012: client credential flows must have a scope value with /.default.",
            long,
        ),
        (
            "client credential flows must have a scope value with /.defaul",
            long,
        ),
        (
            "cccclient credential flows must have a scope value with /.default",
            long,
        ),
        ("5.7.139 authentication unsuccessful", "5.7.139"),
        (
            "smtpclientauthentication is disabled for the tenant",
            "smtpclientauthentication is disabled",
        ),
        (
            "smtpclientauthentication is disabled",
            "smtpclientauthentication is disabled!",
        ),
        (
            "ümlaut before: not configured as a multi-tenant application",
            "not configured as a multi-tenant application",
        ),
    ];
    for (hay, needle) in cases {
        assert_eq!(
            super::ctx::has(hay, needle),
            hay.contains(needle),
            "{hay:?} / {needle:?}"
        );
    }
}

#[test]
fn texts_are_numbered_once_and_repeats_known_by_kind() {
    let aadsts = |msg: &str, trace: &str| {
        ArtifactKind::Aadsts(Box::new(AadstsError {
            code: 7000215,
            message: msg.into(),
            trace_id: Some(trace.into()),
            correlation_id: None,
            timestamp: None,
            inferred: false,
        }))
    };
    let net = |text: &str| ArtifactKind::NetworkError { text: text.into() };
    let arts = kinds(vec![
        aadsts("Invalid client secret provided.", "a"),
        net("Invalid client secret provided."),
        aadsts("Invalid client secret provided.", "b"),
        ArtifactKind::Timestamp { unix: NOW },
        aadsts("Invalid Client Secret provided.", "c"),
        net("connect ETIMEDOUT"),
        aadsts("Invalid client secret provided.", "d"),
        ArtifactKind::Timestamp { unix: NOW },
    ]);
    let hints = Hints::default();
    let ctx = super::ctx::Ctx::new(&arts, &hints, NOW);
    let repeats: Vec<bool> = arts.iter().map(|a| ctx.repeats_text(a)).collect();
    // Same kind and text as an earlier one: the third and the last error. Another kind with the
    // same text, a text differing in case, and artifacts without text are not repeats.
    assert_eq!(
        repeats,
        [false, false, true, false, false, false, true, false]
    );
    let ids: Vec<Option<usize>> = arts.iter().map(|a| ctx.text_id(a)).collect();
    assert_eq!(ids[0], ids[1]);
    assert_eq!(ids[0], ids[2]);
    assert_ne!(ids[0], ids[4]);
    assert_eq!(ids[3], Some(0));
    assert_eq!(ctx.text_lc(&arts[4]), "invalid client secret provided.");
    assert_eq!(ctx.text_lc(&arts[5]), "connect etimedout");
    // An artifact not of this view is read on its own.
    let other = art(0, net("Proxy Error"));
    assert_eq!(ctx.text_id(&other), None);
    assert_eq!(ctx.text_lc(&other), "proxy error");
}
