//! Rule tests on hand-built artifacts (independent of the scanner).

use super::diagnose;
use crate::catalogue::CauseId;
use crate::evidence::*;
use crate::options::Hints;

mod cases;

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
        // No flow shown: the labelled cases of this reply name the mailbox permission first.
        ("not connected, no token", vec![ArtifactKind::AuthenticatedNotConnected], MailboxPermissionMissing),
        ("not connected, app-only", vec![Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"]).build(), ArtifactKind::AuthenticatedNotConnected], MailboxPermissionMissing),
        // A program that signs only users in: the user's own sign-in, another mailbox in user=.
        ("not connected, getmail", vec![ArtifactKind::Program { program: crate::evidence::Program::Getmail }, ArtifactKind::AuthenticatedNotConnected], WrongUsernameInXoauth2),
        ("not connected, getmail beside an app-only token", vec![ArtifactKind::Program { program: crate::evidence::Program::Getmail }, Tk::app("https://outlook.office365.com", &["IMAP.AccessAsApp"]).build(), ArtifactKind::AuthenticatedNotConnected], MailboxPermissionMissing),
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
