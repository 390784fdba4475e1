//! The ranked alternatives behind a bare authentication failure (`LogonDenied`,
//! `NO AUTHENTICATE failed`, `535 5.7.3`, `-ERR`, a client's authentication exception), weighed
//! against the rest of the evidence, and the questions that tell them apart. A reason states as
//! fact only what the paste shows; the others read as candidates (their texts are in
//! [`crate::catalogue::texts::hub`]).

use super::super::acc::{ev, Acc};
use super::super::ctx::{
    artifact_protocol, has_any, is_exchange_protocol, lc, proto_name, Ctx, Tok,
};
use super::super::token::{app_roles_for, untrusted};
use crate::catalogue::texts::hub as H;
use crate::catalogue::CauseId;
use crate::catalogue::GeneralQuestion as Ask;
use crate::evidence::{Api, ArtifactKind, Protocol, TokenFlavor};

/// The kind of bare authentication failure found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FailKind {
    /// Exchange's `AuthFailed:LogonDenied` detail.
    LogonDenied,
    /// `NO AUTHENTICATE failed`, `535 5.7.3`, `-ERR Authentication failure`, a client's auth exception.
    Generic,
}

/// Finds the bare authentication failure, if any.
fn bare_failure(ctx: &Ctx<'_>) -> Option<(usize, FailKind, Option<Protocol>)> {
    let mut generic = None;
    for a in ctx.arts {
        match &a.kind {
            ArtifactKind::LogonDenied { .. } => {
                let p = ctx.main_protocol().filter(|p| is_exchange_protocol(*p));
                return Some((a.id, FailKind::LogonDenied, p));
            }
            ArtifactKind::ServerReply(r) => {
                let t = lc(&format!(
                    "{} {}",
                    r.enhanced.as_deref().unwrap_or_default(),
                    r.text
                ));
                let auth_fail = match r.protocol {
                    Protocol::Imap => {
                        t.contains("authenticate failed")
                            || (t.contains("authenticationfailed") && !t.contains("login"))
                    }
                    Protocol::Pop => {
                        r.code.to_ascii_uppercase().starts_with("-ERR")
                            && has_any(
                                &t,
                                &[
                                    "authentication fail",
                                    "logon failure",
                                    "bad password",
                                    "unknown user",
                                ],
                            )
                    }
                    Protocol::Smtp if artifact_protocol(a).is_none() => r.code == "401",
                    Protocol::Smtp => {
                        (r.code == "535" && !t.contains("5.7.139")) || t.contains("5.7.3 ")
                    }
                    Protocol::Ews | Protocol::Graph => r.code == "401",
                    _ => false,
                };
                if auth_fail && generic.is_none() {
                    let p = artifact_protocol(a).or_else(|| ctx.main_protocol());
                    generic = Some((a.id, FailKind::Generic, p));
                }
            }
            ArtifactKind::ClientError { .. } => {
                let t = ctx.text_lc(a);
                if generic.is_none()
                    && has_any(
                        &t,
                        &[
                            "badcredentials",
                            "authenticationfailed",
                            "authentication failed",
                            "authenticationexception",
                            "invalid login",
                            "authenticate failed",
                            "auth failed",
                            "535 5.7.3",
                            "401 unauthorized",
                            // Webklex php-imap: AuthFailedException, rethrown as
                            // ConnectionFailedException "connection setup failed".
                            "authfailedexception",
                            "connection setup failed",
                        ],
                    )
                    && !has_any(&t, &["5.7.139", "5.7.60", "5.7.30", "login failed"])
                {
                    generic = Some((a.id, FailKind::Generic, artifact_protocol(a)));
                }
            }
            _ => {}
        }
    }
    generic
}

/// Whether a token is a well-formed app-only Exchange token with the protocol's role, signed
/// and issued by Entra ID (claims alone do not make a token Exchange accepts).
fn good_app_token(t: &Tok<'_>, p: Option<Protocol>) -> bool {
    if t.jwt.api != Api::ExchangeOnline
        || t.jwt.flavor != TokenFlavor::AppOnly
        || untrusted(t.jwt).is_some()
    {
        return false;
    }
    let roles = &t.jwt.claims.roles;
    match p {
        Some(p) => app_roles_for(p)
            .iter()
            .any(|w| roles.iter().any(|r| r.eq_ignore_ascii_case(w))),
        None => !roles.is_empty(),
    }
}

/// The application permission an app-only token needs for `proto`, as an example in a reason
/// (English, German): each protocol names its own role, or all three mail roles when the
/// protocol is not known.
fn role_example(proto: Option<Protocol>) -> (String, String) {
    match proto.map(app_roles_for) {
        Some(roles) if !roles.is_empty() => {
            let shown: Vec<&str> = match proto {
                Some(Protocol::Ews) => vec!["full_access_as_app"],
                Some(Protocol::Graph) => vec!["Mail.Read", "Mail.Send"],
                _ => roles.to_vec(),
            };
            (shown.join(" or "), shown.join(" oder "))
        }
        _ => (
            "IMAP.AccessAsApp, POP.AccessAsApp or SMTP.SendAsApp".to_string(),
            "IMAP.AccessAsApp, POP.AccessAsApp oder SMTP.SendAsApp".to_string(),
        ),
    }
}

/// The alternatives behind LogonDenied / AUTHENTICATE failed / 535 5.7.3 / -ERR, ranked by what
/// the rest of the evidence says, with the questions that tell them apart.
pub(super) fn auth_failure_hub(ctx: &Ctx<'_>, acc: &mut Acc) {
    let Some((id, kind, proto)) = bare_failure(ctx) else {
        return;
    };
    let proto_en = proto.map_or(H::PROTO_UNKNOWN.en, proto_name);
    let proto_de = proto.map_or(H::PROTO_UNKNOWN.de, proto_name);
    // A token defect already explains the refusal.
    let token_causes = [
        CauseId::WrongTokenAudience,
        CauseId::MissingAppRole,
        CauseId::DelegatedPermissionInsteadOfApplication,
        CauseId::TokenExpiredOrCached,
        CauseId::ClockSkew,
        CauseId::WrongObjectId,
        CauseId::WrongUsernameInXoauth2,
        CauseId::MalformedXoauth2,
        CauseId::PersonalAccountNotSupported,
        CauseId::BasicAuthDeprecated,
    ];
    if acc.best_of(&token_causes) >= 0.75 {
        return;
    }
    let tokens: Vec<&Tok<'_>> = ctx.access_tokens().collect();
    let good = tokens.iter().find(|t| good_app_token(t, proto));
    // An unsigned token, or one from another token service, explains the refusal (the token
    // rules said so); nothing here may assume Exchange accepted it.
    if good.is_none() && tokens.iter().any(|t| untrusted(t.jwt).is_some()) {
        return;
    }
    let delegated = tokens
        .iter()
        .any(|t| t.jwt.flavor == TokenFlavor::Delegated)
        || (ctx.delegated.is_some() && ctx.app_only.is_none());
    let logon = kind == FailKind::LogonDenied;
    let what = if logon {
        H::WHAT_LOGON
    } else {
        H::WHAT_GENERIC
    };
    let (by_en, by_de) = (
        proto_en.to_string(),
        proto.map_or("vom Mailserver".to_string(), |p| {
            format!("von {}", proto_name(p))
        }),
    );
    let (role_ex_en, role_ex_de) = role_example(proto);
    // Every reason with its placeholders filled.
    let say = |t| {
        H::fill(
            t,
            &[
                ("{what}", what.en, what.de),
                ("{proto}", proto_en, proto_de),
                ("{by}", &by_en, &by_de),
                ("{role}", &role_ex_en, &role_ex_de),
            ],
        )
    };

    let add = |acc: &mut Acc, cause: CauseId, conf: f32, (en, de): (String, String)| {
        acc.add(cause, conf, vec![ev(id, None, en, de)]);
    };
    // The token-side candidates: with a token shown the reasons may say it; without, they
    // read as candidates.
    let sp_txt = say(if good.is_some() {
        H::SP_WITH_TOKEN
    } else if tokens.is_empty() {
        H::SP_CANDIDATE
    } else {
        H::SP_UNCERTAIN
    });
    let mbx_txt = say(H::MAILBOX_CANDIDATE);
    let oid_txt = say(H::OBJECT_ID_CANDIDATE);
    let rep_txt = say(H::REPLICATION_CANDIDATE);
    let proto_txt = say(H::PROTOCOL_CANDIDATE);
    let acct_txt = say(H::ACCOUNT_CANDIDATE);
    let changed_known = ctx.changed.is_some();
    let rep = if changed_known { 0.0 } else { 0.3 };

    if matches!(proto, Some(Protocol::Ews) | Some(Protocol::Graph)) {
        api_hub(acc, id, proto, good.map(|t| t.id), tokens.is_empty());
        return;
    }
    if let Some(t) = good {
        let roles = t.jwt.claims.roles.join(", ");
        let (ok_en, ok_de) = H::fill(H::TOKEN_OK, &[("{roles}", &roles, &roles)]);
        let oid = t
            .jwt
            .claims
            .oid
            .as_deref()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let sp_done = setup_step(ctx, "New-ServicePrincipal")
            .filter(|(_, v)| v.as_deref().is_none_or(|v| v == oid));
        let perm_done = setup_step(ctx, "Add-MailboxPermission");
        let both = sp_done.is_some() && perm_done.is_some();
        match sp_done {
            Some((cid, _)) => acc.add(
                CauseId::ServicePrincipalNotRegisteredInExchange,
                0.15,
                vec![ev(cid, None, H::SP_DONE.en.into(), H::SP_DONE.de.into())],
            ),
            None => acc.add(
                CauseId::ServicePrincipalNotRegisteredInExchange,
                0.55,
                vec![
                    ev(id, None, sp_txt.0, sp_txt.1),
                    ev(t.id, Some("roles"), ok_en.clone(), ok_de.clone()),
                ],
            ),
        }
        match perm_done {
            Some((cid, _)) => acc.add(
                CauseId::MailboxPermissionMissing,
                0.2,
                vec![ev(
                    cid,
                    None,
                    H::PERMISSION_DONE.en.into(),
                    H::PERMISSION_DONE.de.into(),
                )],
            ),
            None => acc.add(
                CauseId::MailboxPermissionMissing,
                if sp_done.is_some() { 0.6 } else { 0.5 },
                vec![
                    ev(id, None, mbx_txt.0, mbx_txt.1),
                    ev(t.id, Some("roles"), ok_en, ok_de),
                ],
            ),
        }
        if ctx.hints.object_id.is_none() && !has_sp_command(ctx) {
            add(acc, CauseId::WrongObjectId, 0.4, oid_txt);
        }
        if rep > 0.0 {
            add(
                acc,
                CauseId::ReplicationDelay,
                if both { 0.55 } else { 0.35 },
                rep_txt,
            );
        }
        add(
            acc,
            CauseId::ProtocolDisabledOnMailbox,
            if both { 0.4 } else { 0.3 },
            proto_txt,
        );
        add(
            acc,
            CauseId::AccountDisabledOrSigninBlocked,
            if both { 0.35 } else { 0.25 },
            acct_txt,
        );
        if sp_done.is_none() {
            acc.ask(1, Ask::SpRegistered);
        }
        if ctx.hints.object_id.is_none() && !has_sp_command(ctx) {
            acc.ask(2, Ask::ObjectIdPassed);
        }
        acc.ask(3, Ask::Mailbox);
        acc.ask(if both { 0 } else { 4 }, Ask::ChangedAt);
        return;
    }
    if !tokens.is_empty() && delegated {
        add(acc, CauseId::ProtocolDisabledOnMailbox, 0.4, proto_txt);
        add(
            acc,
            CauseId::WrongUsernameInXoauth2,
            0.35,
            say(H::DELEGATED_USER),
        );
        add(acc, CauseId::AccountDisabledOrSigninBlocked, 0.3, acct_txt);
        add(
            acc,
            CauseId::MailboxPermissionMissing,
            0.3,
            say(H::DELEGATED_MAILBOX),
        );
        add(
            acc,
            CauseId::MailboxUnlicensedOrMissing,
            0.2,
            say(H::UNLICENSED_CANDIDATE),
        );
        acc.ask(2, Ask::Mailbox);
        return;
    }
    if !tokens.is_empty() {
        // A token is there but not recognisably app-only or delegated, or for another API (handled above).
        add(
            acc,
            CauseId::ServicePrincipalNotRegisteredInExchange,
            0.35,
            sp_txt,
        );
        add(acc, CauseId::MailboxPermissionMissing, 0.33, mbx_txt);
        add(acc, CauseId::ProtocolDisabledOnMailbox, 0.25, proto_txt);
        acc.ask(2, Ask::SpRegistered);
        acc.ask(3, Ask::Mailbox);
        return;
    }
    // No token: the question that matters most is the token itself.
    acc.ask(0, Ask::TokenAvailable);
    let aud_txt = say(H::AUDIENCE_CANDIDATE);
    let role_txt = say(H::ROLE_CANDIDATE);
    let exp_txt = say(H::EXPIRED_CANDIDATE);
    if logon {
        let (sp, mbx, oid, aud, role, exp, acct, prot) = if delegated {
            (0.25, 0.3, 0.15, 0.4, 0.2, 0.3, 0.3, 0.35)
        } else {
            (0.45, 0.42, 0.36, 0.34, 0.32, 0.28, 0.24, 0.22)
        };
        add(
            acc,
            CauseId::ServicePrincipalNotRegisteredInExchange,
            sp,
            sp_txt,
        );
        add(acc, CauseId::MailboxPermissionMissing, mbx, mbx_txt);
        add(acc, CauseId::WrongObjectId, oid, oid_txt);
        add(acc, CauseId::WrongTokenAudience, aud, aud_txt);
        add(acc, CauseId::MissingAppRole, role, role_txt);
        add(acc, CauseId::TokenExpiredOrCached, exp, exp_txt);
        if rep > 0.0 {
            add(acc, CauseId::ReplicationDelay, 0.26, rep_txt);
        }
        add(acc, CauseId::AccountDisabledOrSigninBlocked, acct, acct_txt);
        add(acc, CauseId::ProtocolDisabledOnMailbox, prot, proto_txt);
        if delegated {
            acc.ask(2, Ask::Mailbox);
        } else {
            acc.ask(1, Ask::SpRegistered);
            acc.ask(2, Ask::ObjectIdPassed);
            acc.ask(4, Ask::Mailbox);
        }
        acc.ask(3, Ask::ChangedAt);
    } else {
        let app = ctx.app_only.is_some();
        add(acc, CauseId::WrongTokenAudience, 0.4, aud_txt);
        if app {
            add(acc, CauseId::MissingAppRole, 0.36, role_txt);
            add(
                acc,
                CauseId::ServicePrincipalNotRegisteredInExchange,
                0.35,
                sp_txt,
            );
            add(acc, CauseId::MailboxPermissionMissing, 0.33, mbx_txt);
            acc.ask(1, Ask::SpRegistered);
            acc.ask(3, Ask::Mailbox);
        } else {
            add(
                acc,
                CauseId::WrongUsernameInXoauth2,
                0.34,
                say(H::USER_CANDIDATE),
            );
            add(acc, CauseId::MissingAppRole, 0.32, role_txt);
            add(
                acc,
                CauseId::ServicePrincipalNotRegisteredInExchange,
                0.3,
                sp_txt,
            );
            add(acc, CauseId::MailboxPermissionMissing, 0.3, mbx_txt);
            acc.ask(2, Ask::Mailbox);
            acc.ask(3, Ask::SpRegistered);
        }
        add(acc, CauseId::TokenExpiredOrCached, 0.28, exp_txt);
        add(acc, CauseId::ProtocolDisabledOnMailbox, 0.22, proto_txt);
        acc.ask(4, Ask::ChangedAt);
    }
}

/// A refused EWS or Graph call: the alternatives differ from IMAP/POP/SMTP (no Exchange service
/// principal pointer is needed, but application access policies and RBAC scopes apply).
fn api_hub(acc: &mut Acc, id: usize, proto: Option<Protocol>, good: Option<usize>, no_token: bool) {
    let ews = proto == Some(Protocol::Ews);
    let name = if ews { "EWS" } else { "Microsoft Graph" };
    let say = |t| H::fill(t, &[("{name}", name, name)]);
    let add = |acc: &mut Acc, cause: CauseId, conf: f32, (en, de): (String, String)| {
        acc.add(cause, conf, vec![ev(id, None, en, de)]);
    };
    if let Some(tid) = good {
        let (en, de) = say(H::API_POLICY_WITH_TOKEN);
        acc.add(
            CauseId::ApplicationAccessPolicyBlock,
            0.45,
            vec![
                ev(id, None, en, de),
                ev(
                    tid,
                    Some("roles"),
                    H::API_TOKEN_HAS_ROLE.en.into(),
                    H::API_TOKEN_HAS_ROLE.de.into(),
                ),
            ],
        );
        add(
            acc,
            CauseId::MailboxPermissionMissing,
            0.3,
            say(H::API_MAILBOX_CANDIDATE),
        );
    }
    if ews {
        add(
            acc,
            CauseId::EwsImpersonationHeaderMismatch,
            0.35,
            say(H::API_IMPERSONATION),
        );
    }
    add(acc, CauseId::TokenExpiredOrCached, 0.3, say(H::API_EXPIRED));
    if no_token {
        add(
            acc,
            CauseId::WrongTokenAudience,
            0.4,
            say(H::API_AUDIENCE_CANDIDATE),
        );
        acc.ask(0, Ask::TokenAvailable);
    }
    add(
        acc,
        CauseId::MailboxUnlicensedOrMissing,
        0.2,
        say(H::API_MISSING_MAILBOX),
    );
    acc.ask(3, Ask::Mailbox);
}

/// A setup cmdlet that was run without a PowerShell error in the input: its artifact id and the
/// literal `-ObjectId`/`-ServiceId` it was given (lower case), when it has one.
fn setup_step(ctx: &Ctx<'_>, cmdlet: &str) -> Option<(usize, Option<String>)> {
    let errors = ctx.arts.iter().any(|a| match &a.kind {
        ArtifactKind::PsError(e) => e
            .cmdlet
            .as_deref()
            .is_none_or(|c| c.eq_ignore_ascii_case(cmdlet)),
        _ => false,
    });
    if errors {
        return None;
    }
    ctx.arts.iter().find_map(|a| match &a.kind {
        ArtifactKind::PsCommand(c) if c.cmdlet.eq_ignore_ascii_case(cmdlet) => {
            let v = c
                .params
                .iter()
                .find(|(n, _)| {
                    n.eq_ignore_ascii_case("ObjectId") || n.eq_ignore_ascii_case("ServiceId")
                })
                .and_then(|(_, v)| v.as_deref())
                .map(|v| {
                    v.trim_matches(|c| c == '"' || c == '\'')
                        .to_ascii_lowercase()
                })
                .filter(|v| super::super::entra::looks_like_guid(v));
            Some((a.id, v))
        }
        _ => None,
    })
}

/// Whether a `New-ServicePrincipal` call is in the input.
fn has_sp_command(ctx: &Ctx<'_>) -> bool {
    ctx.arts.iter().any(|a| matches!(&a.kind, ArtifactKind::PsCommand(c) if c.cmdlet.eq_ignore_ascii_case("New-ServicePrincipal")))
}
