//! Rules on what the mail servers said: SMTP/IMAP/POP replies, LogonDenied and the ranked
//! alternatives behind a bare authentication failure, `user=` comparisons.

use super::acc::{ev, Acc};
use super::ctx::{
    artifact_protocol, has, has_any, is_exchange_protocol, lc, proto_name, Ctx, Tok,
    CONSUMER_DOMAINS,
};
use super::token::{app_roles_for, untrusted};
use crate::catalogue::GeneralQuestion as Ask;
use crate::catalogue::{texts, CauseId, TextId};
use crate::evidence::{Api, ArtifactKind, Protocol, TokenFlavor};

/// Runs the mail-server rules.
pub(crate) fn run(ctx: &Ctx<'_>, acc: &mut Acc) {
    reply_codes(ctx, acc);
    basic_auth(ctx, acc);
    usernames(ctx, acc);
    not_connected(ctx, acc);
    mailbox_logon(ctx, acc);
}

/// Runs after the token and Exchange rules: the ranked alternatives behind a bare failure.
pub(crate) fn run_late(ctx: &Ctx<'_>, acc: &mut Acc) {
    auth_failure_hub(ctx, acc);
}

/// Adds `cause` with one evidence reference.
fn add1(
    acc: &mut Acc,
    cause: CauseId,
    conf: f32,
    id: usize,
    en: impl Into<String>,
    de: impl Into<String>,
) {
    acc.add(cause, conf, vec![ev(id, None, en.into(), de.into())]);
}

/// Artifacts whose text can hold a server reply: replies, and client errors quoting them.
fn reply_texts<'a>(
    ctx: &'a Ctx<'_>,
) -> impl Iterator<Item = (usize, std::borrow::Cow<'a, str>)> + 'a {
    ctx.arts.iter().filter_map(|a| match &a.kind {
        ArtifactKind::ServerReply(r) => Some((
            a.id,
            lc(&format!(
                "{} {} {}",
                r.code,
                r.enhanced.as_deref().unwrap_or_default(),
                r.text
            ))
            .into(),
        )),
        ArtifactKind::ClientError { .. }
        | ArtifactKind::ApiError { .. }
        | ArtifactKind::LogonDenied { .. } => Some((a.id, ctx.text_lc(a))),
        _ => None,
    })
}

/// SMTP enhanced codes and their texts.
fn reply_codes(ctx: &Ctx<'_>, acc: &mut Acc) {
    let mut strong_smtp = false;
    let mut weak_57: Option<usize> = None;
    for (id, t) in reply_texts(ctx) {
        if texts::SMTP_57139_GATE.matches_by(|n| has(&t, n)) {
            if let Some(row) = texts::SMTP_57139
                .iter()
                .find(|r| r.matches_by(|n| has(&t, n)))
            {
                acc.add_row(row, id);
            }
            strong_smtp = true;
        }
        for row in texts::REPLIES {
            if row.matches_by(|n| has(&t, n)) {
                acc.add_row(row, id);
                if matches!(row.id, TextId::Smtp5730 | TextId::SendAsDenied) {
                    strong_smtp = true;
                }
            }
        }
        if t.contains("5.7.57") {
            weak_57.get_or_insert(id);
        }
    }
    if let Some(id) = weak_57 {
        if !strong_smtp && acc.best() < 0.6 {
            add1(acc, CauseId::ClientSaslPluginError, 0.3, id,
                "530 5.7.57: the client sent mail without a successful AUTH – the sign-in step failed or was skipped on the client",
                "530 5.7.57: der Client hat ohne erfolgreiches AUTH gesendet – der Anmeldeschritt ist im Client gescheitert oder wurde übersprungen");
            add1(
                acc,
                CauseId::SmtpAuthDisabledTenant,
                0.25,
                id,
                "a client that finds SMTP AUTH refused may go on without it",
                "ein Client, dem SMTP AUTH verweigert wird, sendet eventuell ohne Anmeldung weiter",
            );
            add1(
                acc,
                CauseId::BasicAuthDeprecated,
                0.25,
                id,
                "or it tried a password sign-in that is no longer accepted",
                "oder er hat eine nicht mehr akzeptierte Kennwortanmeldung versucht",
            );
            acc.ask(2, Ask::PasteMore);
        }
    }
}

/// A password mechanism (AUTH LOGIN/PLAIN, IMAP LOGIN, POP USER/PASS).
fn basic_auth(ctx: &Ctx<'_>, acc: &mut Acc) {
    let failing = !ctx.mail_failures.is_empty();
    for a in ctx.arts {
        if let ArtifactKind::BasicAuthAttempt {
            mechanism,
            protocol,
        } = &a.kind
        {
            let oauth_too = ctx.xoauth2().next().is_some();
            let conf = match (failing, oauth_too) {
                (_, true) => 0.35,
                (true, false) => 0.8,
                (false, false) => 0.55,
            };
            add1(acc, CauseId::BasicAuthDeprecated, conf, a.id,
                format!("the client signs in to {} with {mechanism} (a password), not with OAuth XOAUTH2", proto_name(*protocol)),
                format!("der Client meldet sich bei {} mit {mechanism} (Kennwort) an, nicht mit OAuth XOAUTH2", proto_name(*protocol)));
        }
    }
}

/// The name of the claim that holds the token's user name.
fn user_claim(t: &Tok<'_>) -> &'static str {
    let c = &t.jwt.claims;
    if c.upn.is_some() {
        "upn"
    } else if c.preferred_username.is_some() {
        "preferred_username"
    } else {
        "unique_name"
    }
}

/// The domain of an address, lower case.
fn domain(addr: &str) -> Option<String> {
    addr.rsplit_once('@')
        .map(|(_, d)| crate::i18n::fold_case(d.trim()))
}

fn same_addr(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// XOAUTH2 `user=` vs the mailbox, the token's user, the From address.
fn usernames(ctx: &Ctx<'_>, acc: &mut Acc) {
    let failing = !ctx.mail_failures.is_empty();
    let mut seen_users = std::collections::HashSet::new();
    for (xid, x) in ctx.xoauth2() {
        let Some(user) = x.user.as_deref().filter(|u| {
            let tok = x.token_artifact.and_then(|t| ctx.token(t)).map(|t| t.id);
            !u.trim().is_empty() && seen_users.insert((crate::i18n::fold_case(u), tok))
        }) else {
            continue;
        };
        if !user.contains('@') {
            add1(acc, CauseId::WrongUsernameInXoauth2, 0.75, xid,
                format!("user= is '{user}', not an e-mail address: Exchange expects the mailbox's SMTP address"),
                format!("user= ist '{user}', keine E-Mail-Adresse: Exchange erwartet die SMTP-Adresse des Postfachs"));
        }
        if let Some(m) = ctx
            .hints
            .mailbox
            .as_deref()
            .filter(|m| !m.trim().is_empty())
        {
            if !same_addr(user, m) {
                add1(
                    acc,
                    CauseId::WrongUsernameInXoauth2,
                    if failing { 0.8 } else { 0.65 },
                    xid,
                    format!("user= is {user} but the mailbox to open is {m}"),
                    format!("user= ist {user}, das zu öffnende Postfach ist aber {m}"),
                );
            }
        }
        let token = x
            .token_artifact
            .and_then(|tid| ctx.token(tid))
            .or_else(|| ctx.access_tokens().next());
        if let Some(t) = token {
            if t.jwt.flavor == TokenFlavor::Delegated {
                if let Some(n) = t.jwt.claims.user_name() {
                    if n.contains('@') && !same_addr(user, n) {
                        acc.add(CauseId::WrongUsernameInXoauth2, if failing { 0.62 } else { 0.5 }, vec![
                            ev(xid, None, format!("user= is {user}"), format!("user= ist {user}")),
                            ev(t.id, Some(user_claim(t)), format!("but the token belongs to {n}; that works only if {n} has FullAccess on {user} (shared mailbox)"), format!("das Token gehört aber {n}; das geht nur, wenn {n} Vollzugriff auf {user} hat (freigegebenes Postfach)")),
                        ]);
                        acc.add(CauseId::MailboxPermissionMissing, 0.4, vec![ev(t.id, Some(user_claim(t)),
                            format!("{n} needs FullAccess on {user} to open it with its own token"),
                            format!("{n} braucht Vollzugriff auf {user}, um es mit dem eigenen Token zu öffnen"))]);
                    }
                }
            }
        }
        if let Some(d) = domain(user) {
            if CONSUMER_DOMAINS.contains(&d.as_str()) && ctx.app_only.is_some() {
                add1(acc, CauseId::PersonalAccountNotSupported, 0.75, xid,
                    format!("user= is {user}, a personal Microsoft account; app-only access works only for mailboxes in a Microsoft 365 tenant"),
                    format!("user= ist {user}, ein persönliches Microsoft-Konto; App-only-Zugriff funktioniert nur für Postfächer in einem Microsoft-365-Mandanten"));
            }
        }
        // The From address of an SMTP session.
        let sendas_failure = acc.conf(CauseId::SendasPermissionMissing) >= 0.9;
        for &(eid, address) in &ctx.from_emails {
            if same_addr(address, user) {
                continue;
            }
            if sendas_failure {
                acc.add(CauseId::SendasPermissionMissing, 0.95, vec![ev(eid, None,
                    format!("the From address {address} differs from user= {user}: {user} needs Send As on {address}"),
                    format!("die From-Adresse {address} weicht von user= {user} ab: {user} braucht „Senden als“ für {address}"))]);
            } else if x.protocol == Some(Protocol::Smtp) {
                acc.add(
                    CauseId::SendasPermissionMissing,
                    0.4,
                    vec![ev(
                        eid,
                        None,
                        format!("the From address {address} differs from user= {user}"),
                        format!("die From-Adresse {address} weicht von user= {user} ab"),
                    )],
                );
            }
        }
    }
    // LogonDenied names the user too.
    if let Some(m) = ctx.hints.mailbox.as_deref().filter(|m| m.contains('@')) {
        for a in ctx.arts {
            if let ArtifactKind::LogonDenied { user: Some(u), .. } = &a.kind {
                if u.contains('@') && !u.contains('…') && !u.contains("xxx") && !same_addr(u, m) {
                    add1(
                        acc,
                        CauseId::WrongUsernameInXoauth2,
                        0.75,
                        a.id,
                        format!("the logon was for {u} but the mailbox to open is {m}"),
                        format!("die Anmeldung galt {u}, das zu öffnende Postfach ist aber {m}"),
                    );
                }
            }
        }
    }
}

/// `User is authenticated but not connected.`
fn not_connected(ctx: &Ctx<'_>, acc: &mut Acc) {
    for a in ctx.arts {
        let hit = match &a.kind {
            ArtifactKind::AuthenticatedNotConnected => true,
            _ => ctx.text_lc(a).contains("authenticated but not connected"),
        };
        if !hit {
            continue;
        }
        let app_only = ctx.any_app_token || ctx.app_only.is_some();
        let (perm, user) = if app_only { (0.6, 0.45) } else { (0.45, 0.55) };
        add1(acc, CauseId::MailboxPermissionMissing, perm, a.id,
            "the token was accepted, but the signed-in identity could not open the mailbox: it has no FullAccess on it",
            "das Token wurde akzeptiert, die angemeldete Identität konnte das Postfach aber nicht öffnen: ihr fehlt der Vollzugriff");
        add1(acc, CauseId::WrongUsernameInXoauth2, user, a.id,
            "the token was accepted but the mailbox in user= is not the one the token (or its permissions) is for",
            "das Token wurde akzeptiert, aber das Postfach in user= ist nicht das, für das Token bzw. Berechtigungen gelten");
        if app_only {
            add1(acc, CauseId::WrongObjectId, 0.3, a.id,
                "a service principal registered with the wrong object id gets no mailbox access",
                "ein mit der falschen Objekt-ID registrierter Dienstprinzipal erhält keinen Postfachzugriff");
        }
        add1(acc, CauseId::MailboxUnlicensedOrMissing, 0.2, a.id,
            "a mailbox that is new or not licensed for Exchange Online cannot be opened either",
            "auch ein neues oder nicht für Exchange Online lizenziertes Postfach lässt sich nicht öffnen");
        acc.ask(1, Ask::Mailbox);
        if app_only {
            acc.ask(3, Ask::SpRegistered);
        }
    }
}

/// `STOREDRV; mailbox logon failure` and similar store errors.
fn mailbox_logon(ctx: &Ctx<'_>, acc: &mut Acc) {
    for a in ctx.arts {
        if let ArtifactKind::MailboxLogonFailure { .. } = &a.kind {
            add1(acc, CauseId::MailboxUnlicensedOrMissing, 0.45, a.id,
                "the mailbox store could not log on to the mailbox: it may be missing, unlicensed or not yet provisioned",
                "der Postfachspeicher konnte sich nicht am Postfach anmelden: es fehlt, ist nicht lizenziert oder noch nicht bereitgestellt");
            add1(acc, CauseId::ServiceSideIncident, 0.35, a.id,
                "store logon failures are also transient on Microsoft's side",
                "Anmeldefehler am Postfachspeicher treten auch vorübergehend auf Microsoft-Seite auf");
            add1(
                acc,
                CauseId::MailboxPermissionMissing,
                0.3,
                a.id,
                "or the identity has no access to that mailbox",
                "oder die Identität hat keinen Zugriff auf dieses Postfach",
            );
        }
    }
}

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
fn auth_failure_hub(ctx: &Ctx<'_>, acc: &mut Acc) {
    let Some((id, kind, proto)) = bare_failure(ctx) else {
        return;
    };
    let proto_txt = proto.map(proto_name).unwrap_or("the mail server");
    let proto_de = proto.map(proto_name).unwrap_or("der Mailserver");
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
    let what_en = if logon {
        "LogonDenied"
    } else {
        "the authentication failure"
    };
    let what_de = if logon {
        "LogonDenied"
    } else {
        "der Authentifizierungsfehler"
    };

    let add = |acc: &mut Acc, cause: CauseId, conf: f32, en: String, de: String| {
        acc.add(cause, conf, vec![ev(id, None, en, de)]);
    };
    let sp_en = format!("{what_en} with an accepted token: Exchange Online does not know the app's service principal (New-ServicePrincipal not run)");
    let sp_de = format!("{what_de} bei akzeptiertem Token: Exchange Online kennt den Dienstprinzipal der App nicht (New-ServicePrincipal nicht ausgeführt)");
    let mbx_en = format!(
        "{what_en}: the service principal has no FullAccess on the mailbox (Add-MailboxPermission)"
    );
    let mbx_de = format!("{what_de}: der Dienstprinzipal hat keinen Vollzugriff auf das Postfach (Add-MailboxPermission)");
    let oid_en = "New-ServicePrincipal given the App registration's object id (or the client id) leaves Exchange without a usable service principal".to_string();
    let oid_de = "New-ServicePrincipal mit der Objekt-ID der App-Registrierung (oder der Client-ID) hinterlässt in Exchange keinen brauchbaren Dienstprinzipal".to_string();
    let rep_en = "a permission added minutes ago is not applied yet (up to 60 minutes)".to_string();
    let rep_de =
        "eine vor wenigen Minuten erteilte Berechtigung ist noch nicht wirksam (bis zu 60 Minuten)"
            .to_string();
    let proto_en = format!("{proto_txt} may be disabled on this mailbox (Get-CASMailbox)");
    let proto_dis_de =
        format!("{proto_de} ist auf diesem Postfach eventuell deaktiviert (Get-CASMailbox)");
    let acct_en = "the mailbox's user account may be disabled or blocked from sign-in".to_string();
    let acct_de =
        "das Benutzerkonto des Postfachs ist eventuell deaktiviert oder für die Anmeldung gesperrt"
            .to_string();
    let changed_known = ctx.changed.is_some();
    let rep = if changed_known { 0.0 } else { 0.3 };

    if matches!(proto, Some(Protocol::Ews) | Some(Protocol::Graph)) {
        api_hub(acc, id, proto, good.map(|t| t.id), tokens.is_empty());
        return;
    }
    if let Some(t) = good {
        let roles = t.jwt.claims.roles.join(", ");
        let ok_en = format!("the token is a valid app-only Exchange Online token with roles [{roles}], so the refusal comes from Exchange itself");
        let ok_de = format!("das Token ist ein gültiges App-only-Token für Exchange Online mit roles [{roles}], die Ablehnung kommt also von Exchange selbst");
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
                vec![ev(cid, None,
                    "New-ServicePrincipal was run without an error, with the service principal's object id".into(),
                    "New-ServicePrincipal lief ohne Fehler und mit der Objekt-ID des Dienstprinzipals".into())],
            ),
            None => acc.add(
                CauseId::ServicePrincipalNotRegisteredInExchange,
                0.55,
                vec![ev(id, None, sp_en, sp_de), ev(t.id, Some("roles"), ok_en.clone(), ok_de.clone())],
            ),
        }
        match perm_done {
            Some((cid, _)) => acc.add(
                CauseId::MailboxPermissionMissing,
                0.2,
                vec![ev(cid, None,
                    "Add-MailboxPermission was run without an error; check that -Identity is the mailbox in user=".into(),
                    "Add-MailboxPermission lief ohne Fehler; prüfen Sie, ob -Identity das Postfach aus user= ist".into())],
            ),
            None => acc.add(
                CauseId::MailboxPermissionMissing,
                if sp_done.is_some() { 0.6 } else { 0.5 },
                vec![ev(id, None, mbx_en, mbx_de), ev(t.id, Some("roles"), ok_en, ok_de)],
            ),
        }
        if ctx.hints.object_id.is_none() && !has_sp_command(ctx) {
            add(acc, CauseId::WrongObjectId, 0.4, oid_en, oid_de);
        }
        if rep > 0.0 {
            add(
                acc,
                CauseId::ReplicationDelay,
                if both { 0.55 } else { 0.35 },
                rep_en,
                rep_de,
            );
        }
        add(
            acc,
            CauseId::ProtocolDisabledOnMailbox,
            if both { 0.4 } else { 0.3 },
            proto_en,
            proto_dis_de,
        );
        add(
            acc,
            CauseId::AccountDisabledOrSigninBlocked,
            if both { 0.35 } else { 0.25 },
            acct_en,
            acct_de,
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
        add(
            acc,
            CauseId::ProtocolDisabledOnMailbox,
            0.4,
            proto_en,
            proto_dis_de,
        );
        add(acc, CauseId::WrongUsernameInXoauth2, 0.35,
            "with a user token, user= must be that user's mailbox or one they have FullAccess on".into(),
            "mit einem Benutzertoken muss user= das Postfach dieses Benutzers sein oder eines, auf das er Vollzugriff hat".into());
        add(
            acc,
            CauseId::AccountDisabledOrSigninBlocked,
            0.3,
            acct_en,
            acct_de,
        );
        add(
            acc,
            CauseId::MailboxPermissionMissing,
            0.3,
            "the user has no FullAccess on the mailbox named in user=".into(),
            "der Benutzer hat keinen Vollzugriff auf das in user= genannte Postfach".into(),
        );
        add(
            acc,
            CauseId::MailboxUnlicensedOrMissing,
            0.2,
            "the mailbox may not exist in Exchange Online or lack a licence".into(),
            "das Postfach existiert eventuell nicht in Exchange Online oder hat keine Lizenz"
                .into(),
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
            sp_en,
            sp_de,
        );
        add(acc, CauseId::MailboxPermissionMissing, 0.33, mbx_en, mbx_de);
        add(
            acc,
            CauseId::ProtocolDisabledOnMailbox,
            0.25,
            proto_en,
            proto_dis_de,
        );
        acc.ask(2, Ask::SpRegistered);
        acc.ask(3, Ask::Mailbox);
        return;
    }
    // No token: the question that matters most is the token itself.
    acc.ask(0, Ask::TokenAvailable);
    let aud_en = format!("the most common reason {proto_txt} rejects a token: it was requested for Microsoft Graph instead of Exchange Online (https://outlook.office365.com)");
    let aud_de = format!("der häufigste Grund, warum {proto_de} ein Token ablehnt: es wurde für Microsoft Graph statt für Exchange Online (https://outlook.office365.com) angefordert");
    let (role_ex_en, role_ex_de) = role_example(proto);
    let by_de = proto.map_or("vom Mailserver".to_string(), |p| {
        format!("von {}", proto_name(p))
    });
    let role_en = format!("an app-only token without the application permission {role_ex_en} (with admin consent) is rejected by {proto_txt}");
    let role_de = format!("ein App-only-Token ohne die Anwendungsberechtigung {role_ex_de} (mit Administratorzustimmung) wird {by_de} abgelehnt");
    let exp_en = "a token fetched before the last fix (or expired) is still being sent".to_string();
    let exp_de = "es wird noch ein Token gesendet, das vor der letzten Korrektur geholt wurde (oder abgelaufen ist)".to_string();
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
            sp_en,
            sp_de,
        );
        add(acc, CauseId::MailboxPermissionMissing, mbx, mbx_en, mbx_de);
        add(acc, CauseId::WrongObjectId, oid, oid_en, oid_de);
        add(acc, CauseId::WrongTokenAudience, aud, aud_en, aud_de);
        add(acc, CauseId::MissingAppRole, role, role_en, role_de);
        add(acc, CauseId::TokenExpiredOrCached, exp, exp_en, exp_de);
        if rep > 0.0 {
            add(acc, CauseId::ReplicationDelay, 0.26, rep_en, rep_de);
        }
        add(
            acc,
            CauseId::AccountDisabledOrSigninBlocked,
            acct,
            acct_en,
            acct_de,
        );
        add(
            acc,
            CauseId::ProtocolDisabledOnMailbox,
            prot,
            proto_en,
            proto_dis_de,
        );
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
        add(acc, CauseId::WrongTokenAudience, 0.4, aud_en, aud_de);
        if app {
            add(acc, CauseId::MissingAppRole, 0.36, role_en, role_de);
            add(
                acc,
                CauseId::ServicePrincipalNotRegisteredInExchange,
                0.35,
                sp_en,
                sp_de,
            );
            add(acc, CauseId::MailboxPermissionMissing, 0.33, mbx_en, mbx_de);
            acc.ask(1, Ask::SpRegistered);
            acc.ask(3, Ask::Mailbox);
        } else {
            add(acc, CauseId::WrongUsernameInXoauth2, 0.34,
                "user= in the XOAUTH2 string must be the mailbox the token (or its permissions) is for".into(),
                "user= in der XOAUTH2-Zeichenfolge muss das Postfach sein, für das das Token bzw. seine Berechtigungen gelten".into());
            add(acc, CauseId::MissingAppRole, 0.32, role_en, role_de);
            add(
                acc,
                CauseId::ServicePrincipalNotRegisteredInExchange,
                0.3,
                sp_en,
                sp_de,
            );
            add(acc, CauseId::MailboxPermissionMissing, 0.3, mbx_en, mbx_de);
            acc.ask(2, Ask::Mailbox);
            acc.ask(3, Ask::SpRegistered);
        }
        add(acc, CauseId::TokenExpiredOrCached, 0.28, exp_en, exp_de);
        add(
            acc,
            CauseId::ProtocolDisabledOnMailbox,
            0.22,
            proto_en,
            proto_dis_de,
        );
        acc.ask(4, Ask::ChangedAt);
    }
}

/// A refused EWS or Graph call: the alternatives differ from IMAP/POP/SMTP (no Exchange service
/// principal pointer is needed, but application access policies and RBAC scopes apply).
fn api_hub(acc: &mut Acc, id: usize, proto: Option<Protocol>, good: Option<usize>, no_token: bool) {
    let ews = proto == Some(Protocol::Ews);
    let name = if ews { "EWS" } else { "Microsoft Graph" };
    if let Some(tid) = good {
        acc.add(CauseId::MailboxPermissionMissing, 0.45, vec![
            ev(id, None, format!("{name} refused a valid app-only token: an application access policy or RBAC for Applications scope can exclude this mailbox"), format!("{name} hat ein gültiges App-only-Token abgelehnt: eine Anwendungszugriffsrichtlinie oder ein Bereich von RBAC für Anwendungen kann dieses Postfach ausschließen")),
            ev(tid, Some("roles"), "the token carries the application permission".into(), "das Token trägt die Anwendungsberechtigung".into()),
        ]);
    }
    if ews {
        acc.add(CauseId::EwsImpersonationHeaderMismatch, 0.35, vec![ev(id, None,
            "app-only EWS calls need the ExchangeImpersonation header (or X-AnchorMailbox) naming the mailbox".into(),
            "App-only-Aufrufe an EWS brauchen den Header ExchangeImpersonation (bzw. X-AnchorMailbox) mit dem Postfach".into())]);
    }
    acc.add(
        CauseId::TokenExpiredOrCached,
        0.3,
        vec![ev(
            id,
            None,
            format!("{name} also answers this way to an expired token"),
            format!("{name} antwortet so auch auf ein abgelaufenes Token"),
        )],
    );
    if no_token {
        acc.add(CauseId::WrongTokenAudience, 0.4, vec![ev(id, None,
            format!("the most common reason {name} refuses a token: it was issued for another API"),
            format!("der häufigste Grund, warum {name} ein Token ablehnt: es wurde für eine andere API ausgestellt"))]);
        acc.ask(0, Ask::TokenAvailable);
    }
    acc.add(
        CauseId::MailboxUnlicensedOrMissing,
        0.2,
        vec![ev(
            id,
            None,
            "or the mailbox addressed does not exist in Exchange Online".into(),
            "oder das angesprochene Postfach existiert nicht in Exchange Online".into(),
        )],
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
                .filter(|v| super::entra::looks_like_guid(v));
            Some((a.id, v))
        }
        _ => None,
    })
}

/// Whether a `New-ServicePrincipal` call is in the input.
fn has_sp_command(ctx: &Ctx<'_>) -> bool {
    ctx.arts.iter().any(|a| matches!(&a.kind, ArtifactKind::PsCommand(c) if c.cmdlet.eq_ignore_ascii_case("New-ServicePrincipal")))
}
