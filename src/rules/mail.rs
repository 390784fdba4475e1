//! Rules on what the mail servers said: SMTP/IMAP/POP replies, LogonDenied and the ranked
//! alternatives behind a bare authentication failure, `user=` comparisons.

use super::acc::{ev, Acc};
use super::ctx::{first_time, has, lc, proto_name, Ctx, Tok, CONSUMER_DOMAINS};
use crate::catalogue::GeneralQuestion as Ask;
use crate::catalogue::{texts, CauseId, TextId};
use crate::evidence::{ArtifactKind, Protocol, TokenFlavor};

mod hub;
pub(crate) use hub::oauth_evidence;

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
    hub::auth_failure_hub(ctx, acc);
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
    acc.add_ev(cause, conf, id, None, en.into(), de.into());
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

/// Whether artifact `id` carries one of `row`'s case-sensitive spellings, where it has any
/// ([`texts::KnownText::spelled_by`]).
fn spelled_as_written(ctx: &Ctx<'_>, id: usize, row: &texts::KnownText) -> bool {
    let texts = ctx.arts.get(id).map(super::ctx::texts).unwrap_or_default();
    row.spelled_by(|c| texts.iter().any(|t| t.contains(c)))
}

/// SMTP enhanced codes and their texts.
fn reply_codes(ctx: &Ctx<'_>, acc: &mut Acc) {
    let mut strong_smtp = false;
    // The 5.7.57 rows (the first matching one) count only when nothing stronger explains it.
    let mut weak_57: Option<(usize, &texts::KnownText)> = None;
    // Exchange Online's refusals of AUTH (535 5.7.3, 5.7.139; another server's 535 says nothing
    // of Exchange's session), each with whether it is the generic one. Beside one ("5.7.57
    // Client not authenticated to send mail. Error: 535 5.7.3 …", as .NET's SmtpClient and others
    // report both, or a session's next reply) the client did start TLS and sign in, so what the
    // "not authenticated" rows say of a skipped sign-in is not so; the refusal's reading decides.
    let refusals: Vec<(&crate::evidence::Artifact, bool)> = ctx
        .arts
        .iter()
        .filter_map(|a| match &a.kind {
            ArtifactKind::ServerReply(r) if r.protocol == Protocol::Smtp && r.code == "535" => {
                match r.enhanced.as_deref() {
                    Some("5.7.3") => Some((a, true)),
                    Some("5.7.139") => Some((a, false)),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect();
    // The same attempt: a refusal after the artifact on its line (.NET's "… Error: 535 …"), or
    // on a line up to two away (a message wrapped by the console, a session's replies) — not
    // an earlier attempt told before it in a sentence.
    let near = |id: usize, generic_only: bool| {
        let Some(a) = ctx.art(id) else {
            return false;
        };
        refusals.iter().any(|&(r, g)| {
            (g || !generic_only)
                && if r.line == a.line {
                    r.span.start > a.span.start
                } else {
                    r.line.abs_diff(a.line) <= 2
                }
        })
    };
    for (id, t) in reply_texts(ctx) {
        if texts::SMTP_57139_GATE.matches_by(|n| has(&t, n)) {
            if let Some(row) = texts::SMTP_57139
                .iter()
                .find(|r| r.matches_by(|n| has(&t, n)))
            {
                acc.add_row(row, id);
                // An explanation no row knows: what it says of a subject, in its own words.
                if row.id == TextId::Smtp57139Bare {
                    if let Some(c) = super::ctx::concept_in(&t) {
                        acc.add_row(c, id);
                    }
                }
            }
            strong_smtp = true;
        }
        for row in texts::REPLIES {
            if row.matches_by(|n| has(&t, n)) && spelled_as_written(ctx, id, row) {
                if texts::NOT_AUTHENTICATED.contains(&row.id) && near(id, false) {
                    continue;
                }
                // A password-only client's own words count as its refused password sign-in
                // only beside the generic refusal.
                if texts::BESIDE_AUTH_REFUSAL.contains(&row.id) && !near(id, true) {
                    continue;
                }
                if matches!(row.id, TextId::Smtp5757Anonymous | TextId::Smtp5757) {
                    if weak_57.is_none() {
                        weak_57 = Some((id, row));
                    }
                    continue;
                }
                acc.add_row(row, id);
                if matches!(row.id, TextId::Smtp5730 | TextId::SendAsDenied) {
                    strong_smtp = true;
                }
            }
        }
    }
    if let Some((id, row)) = weak_57 {
        if !strong_smtp && acc.best() < 0.6 {
            acc.add_row(row, id);
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
    crate::i18n::rsplit_once_ascii(addr, b'@').map(|(_, d)| crate::i18n::fold_case(d.trim()))
}

fn same_addr(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// XOAUTH2 `user=` vs the mailbox, the token's user, the From address.
fn usernames(ctx: &Ctx<'_>, acc: &mut Acc) {
    let failing = !ctx.mail_failures.is_empty();
    // A few XOAUTH2 strings at most: a list, not a hash set (whose hasher the page would carry).
    let mut seen_users: Vec<(String, Option<usize>)> = Vec::new();
    for (xid, x) in ctx.xoauth2() {
        let Some(user) = x.user.as_deref().filter(|u| {
            let tok = x.token_artifact.and_then(|t| ctx.token(t)).map(|t| t.id);
            !u.trim().is_empty() && first_time(&mut seen_users, (crate::i18n::fold_case(u), tok))
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
                        acc.add_ev(
                            CauseId::MailboxPermissionMissing,
                            0.4,
                            t.id,
                            Some(user_claim(t)),
                            format!("{n} needs FullAccess on {user} to open it with its own token"),
                            format!("{n} braucht Vollzugriff auf {user}, um es mit dem eigenen Token zu öffnen"),
                        );
                    }
                }
            }
        }
        if let Some(d) = domain(user) {
            if CONSUMER_DOMAINS.contains(&d) && ctx.app_only.is_some() {
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
                acc.add_ev(
                    CauseId::SendasPermissionMissing,
                    0.95,
                    eid,
                    None,
                    format!("the From address {address} differs from user= {user}: {user} needs Send As on {address}"),
                    format!("die From-Adresse {address} weicht von user= {user} ab: {user} braucht „Senden als“ für {address}"),
                );
            } else if x.protocol == Some(Protocol::Smtp) {
                acc.add_ev(
                    CauseId::SendasPermissionMissing,
                    0.4,
                    eid,
                    None,
                    format!("the From address {address} differs from user= {user}"),
                    format!("die From-Adresse {address} weicht von user= {user} ab"),
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
        // The labelled texts and reports of this reply (2026-12-06, 18 with a cause, most with
        // no flow shown): no access to the mailbox 9, the protocol off for it 4, another mailbox
        // in user= 2. A user's own sign-in (delegated shown, or a program that signs only users
        // in) names the mailbox in user= first.
        let delegated = !app_only && (ctx.delegated.is_some() || ctx.user_program.is_some());
        let (perm, user) = match (app_only, delegated) {
            (true, _) => (0.6, 0.35),
            (false, true) => (0.45, 0.55),
            (false, false) => (0.5, 0.25),
        };
        add1(acc, CauseId::MailboxPermissionMissing, perm, a.id,
            "the sign-in was accepted, but the signed-in identity could not open the mailbox: it has no FullAccess on it",
            "die Anmeldung wurde akzeptiert, die angemeldete Identität konnte das Postfach aber nicht öffnen: ihr fehlt der Vollzugriff");
        add1(acc, CauseId::WrongUsernameInXoauth2, user, a.id,
            "the sign-in was accepted but the mailbox named at sign-in (user=) is not one this identity may open",
            "die Anmeldung wurde akzeptiert, aber das bei der Anmeldung genannte Postfach (user=) darf diese Identität nicht öffnen");
        if app_only {
            add1(acc, CauseId::WrongObjectId, 0.3, a.id,
                "a service principal registered with the wrong object id gets no mailbox access",
                "ein mit der falschen Objekt-ID registrierter Dienstprinzipal erhält keinen Postfachzugriff");
        }
        add1(acc, CauseId::ProtocolDisabledOnMailbox, 0.3, a.id,
            "or the protocol is switched off for this mailbox (ImapEnabled / PopEnabled false): the sign-in is accepted, the session is not opened",
            "oder das Protokoll ist für dieses Postfach abgeschaltet (ImapEnabled / PopEnabled false): die Anmeldung wird angenommen, die Sitzung nicht geöffnet");
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
