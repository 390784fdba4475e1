//! The ranked alternatives behind a bare authentication failure (`LogonDenied`,
//! `NO AUTHENTICATE failed`, `535 5.7.3`, `-ERR`, a client's authentication exception), weighed
//! against the rest of the evidence, and the questions that tell them apart. A reason states as
//! fact only what the paste shows; the others read as candidates (their texts are in
//! [`crate::catalogue::texts::hub`]).

use super::super::acc::{ev, Acc};
use super::super::ctx::{
    artifact_protocol, has, has_any, is_exchange_protocol, lc, proto_name, Ctx, Tok,
};
use super::super::token::{app_roles_for, untrusted};
use crate::catalogue::priors;
use crate::catalogue::texts;
use crate::catalogue::texts::hub as H;
use crate::catalogue::CauseId;
use crate::catalogue::GeneralQuestion as Ask;
use crate::evidence::{Api, ArtifactKind, Protocol, TokenFlavor};
use crate::i18n::Joined;
use crate::i18n::Text;

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
                    // An HTTP 401 beside a token request is the token endpoint's (TOKEN_STATUS).
                    Protocol::Smtp if artifact_protocol(a).is_none() => {
                        r.code == "401" && !token_status(&t)
                    }
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
                let has = |n: &str| t.contains(n);
                // A BARE_FAILURE row's own `none` may allow "login failed" (Roundcube's log
                // wording); the 5.7.x replies that name a cause exclude every row.
                if generic.is_none()
                    && !token_status(&t)
                    && (H::CLIENT_AUTH_FAILURE.matches_by(has)
                        || (texts::BARE_FAILURE.iter().any(|r| r.matches_by(has))
                            && !H::NAMED_REPLIES.iter().any(|n| has(n))))
                {
                    let p = artifact_protocol(a).or_else(|| ctx.main_protocol());
                    generic = Some((a.id, FailKind::Generic, p));
                }
            }
            _ => {}
        }
    }
    generic
}

/// Whether a text is a token request refused with an HTTP status ([`texts::TOKEN_STATUS`]): the
/// token endpoint's refusal, not the mail server's or an API's.
fn token_status(t: &str) -> bool {
    texts::TOKEN_STATUS
        .iter()
        .any(|r| r.matches_by(|n| t.contains(n)))
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
            (shown.joined(" or "), shown.joined(" oder "))
        }
        _ => (
            "IMAP.AccessAsApp, POP.AccessAsApp or SMTP.SendAsApp".to_string(),
            "IMAP.AccessAsApp, POP.AccessAsApp oder SMTP.SendAsApp".to_string(),
        ),
    }
}

/// The highest share a candidate of thin evidence gets: a bare failure never settles its cause
/// (the verdict stays a candidate and the chain's link suspect), however the counts lean.
const SHARE_CAP: f32 = 0.49;

/// How much more likely the replication delay becomes when both setup commands ran without an
/// error: the change itself is then shown, only its time is not.
const BOTH_DONE_REPLICATION: f32 = 2.5;

/// How much a fact of the paste changes a candidate's odds: a setup command that ran without an
/// error makes the cause it fixes this much less likely.
const DONE_LIKELIHOOD: f32 = 0.25;

/// How many labelled reports of a case must show a cause no rule here names before it becomes a
/// candidate of that case.
const REPORTED_MIN: u16 = 2;

/// What a valid app-only Exchange token shown in the paste rules out: the token rules read its
/// audience, roles and kind.
const APP_TOKEN_RULES_OUT: [CauseId; 5] = [
    CauseId::WrongTokenAudience,
    CauseId::MissingAppRole,
    CauseId::DelegatedPermissionInsteadOfApplication,
    CauseId::PersonalAccountNotSupported,
    CauseId::BasicAuthDeprecated,
];

/// What a delegated token shown in the paste rules out (its audience was read by the token rules).
const DELEGATED_TOKEN_RULES_OUT: [CauseId; 2] =
    [CauseId::WrongTokenAudience, CauseId::BasicAuthDeprecated];

/// What an OAuth sign-in shown in the paste rules out.
const OAUTH_RULES_OUT: [CauseId; 1] = [CauseId::BasicAuthDeprecated];

/// The token-side causes: when the token rules are sure of one, it explains the refusal.
const TOKEN_CAUSES: [CauseId; 10] = [
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

/// One candidate behind a thin failure: its cause, its reasons, and how much the paste's facts
/// change its odds (1 when they say nothing about it).
struct Candidate {
    cause: CauseId,
    reasons: Vec<super::super::EvidenceRef>,
    likelihood: f32,
}

/// The candidates of a thin failure, ranked by the public reports with the same evidence.
struct Candidates {
    case: priors::Case,
    anchor: usize,
    list: Vec<Candidate>,
    /// The causes the paste rules out: not counted in the priors.
    ruled_out: &'static [CauseId],
}

impl Candidates {
    /// `oauth`: the paste shows an OAuth sign-in ([`shows_oauth`]).
    fn new(case: priors::Case, anchor: usize, oauth: bool) -> Self {
        // A token shown was judged by the token rules: what they read is ruled out. A token
        // whose kind could not be told rules out only a password sign-in, as does any sign-in
        // the paste shows to be OAuth ("XOAUTH2 authentication failed").
        let ruled_out: &'static [CauseId] = match case.flow {
            priors::Flow::AppToken => &APP_TOKEN_RULES_OUT,
            priors::Flow::DelegatedToken => &DELEGATED_TOKEN_RULES_OUT,
            _ if oauth => &OAUTH_RULES_OUT,
            _ => &[],
        };
        Candidates {
            case,
            anchor,
            list: Vec::new(),
            ruled_out,
        }
    }

    /// A candidate with one reason on the failure.
    fn push(&mut self, cause: CauseId, (en, de): (String, String)) {
        let reasons = vec![ev(self.anchor, None, en, de)];
        self.push_with(cause, reasons, 1.0);
    }

    /// A candidate that a setup step the paste shows (`step`, its artifact) makes less likely,
    /// with `done` as its reason; without the step, with `reasons`.
    fn push_setup(
        &mut self,
        cause: CauseId,
        step: Option<usize>,
        done: &Text,
        reasons: Vec<super::super::EvidenceRef>,
    ) {
        match step {
            Some(cid) => self.push_with(
                cause,
                vec![ev(cid, None, done.en().into(), done.de().into())],
                DONE_LIKELIHOOD,
            ),
            None => self.push_with(cause, reasons, 1.0),
        }
    }

    /// A candidate with its reasons and likelihood.
    fn push_with(&mut self, cause: CauseId, reasons: Vec<super::super::EvidenceRef>, l: f32) {
        if !self.list.iter().any(|c| c.cause == cause) {
            self.list.push(Candidate {
                cause,
                reasons,
                likelihood: l,
            });
        }
    }

    /// The causes public reports showed behind failures of this case that no rule here names,
    /// unless the paste rules them out, each with the generic candidate reason (`what` names the
    /// failure). A cause needs [`REPORTED_MIN`] reports of the case: one report alone does not
    /// make a candidate.
    fn reported(&mut self, what: &Text) {
        for &(ch, fl, cause, n) in priors::COUNTS {
            if ch != self.case.channel
                || fl != self.case.flow
                || n < REPORTED_MIN
                || self.ruled_out.contains(&cause)
            {
                continue;
            }
            let c = crate::catalogue::cause(cause);
            let r = H::fill(
                H::REPORTED_CANDIDATE,
                &[
                    ("{what}", what.en(), what.de()),
                    ("{title}", c.title.en(), c.title.de()),
                ],
            );
            self.push(cause, r);
        }
    }

    /// Adds the causes the reports showed ([`Candidates::reported`]), then every candidate with
    /// its probability from the counts, its odds changed by the paste's facts (the candidates'
    /// total stays what the counts give them), and the reports its rank rests on.
    fn add_to(mut self, what: &Text, acc: &mut Acc) {
        self.reported(what);
        let n = self.list.len();
        // A cause offered as a candidate is never ruled out of the counts.
        let ruled_out: Vec<CauseId> = self
            .ruled_out
            .iter()
            .filter(|r| !self.list.iter().any(|c| c.cause == **r))
            .copied()
            .collect();
        let mut prior: Vec<f32> = self
            .list
            .iter()
            .map(|c| priors::probability(self.case, c.cause, n, &ruled_out))
            .collect();
        let seen: Vec<u32> = self
            .list
            .iter()
            .map(|c| priors::count(self.case, priors::Level::Case, c.cause, &ruled_out).1)
            .collect();
        priors::monotone_in_counts(&mut prior, &seen);
        let mass: f32 = prior.iter().sum();
        let weighed: f32 = prior
            .iter()
            .zip(&self.list)
            .map(|(p, c)| p * c.likelihood)
            .sum();
        let scale = if weighed > 0.0 { mass / weighed } else { 0.0 };
        // Added in the order of the case's counts: a tie of pooled shares ranks the cause seen
        // more often first.
        let mut ranked: Vec<(Candidate, f32, u32)> = self
            .list
            .into_iter()
            .zip(prior)
            .zip(seen)
            .map(|((c, p), n)| (c, p, n))
            .collect();
        crate::order::sort_by_key(&mut ranked, |r| u64::from(u32::MAX - r.2));
        for (c, p, _) in ranked {
            let mut reasons = c.reasons;
            let (en, de) = match priors::basis(self.case, c.cause, &ruled_out) {
                Some((level, of, all)) => H::fill(
                    match level {
                        priors::Level::Case => H::RANK_CASE,
                        priors::Level::Family => H::RANK_FAMILY,
                    },
                    &[
                        ("{n}", &of.to_string(), &of.to_string()),
                        ("{m}", &all.to_string(), &all.to_string()),
                    ],
                ),
                None => (H::RANK_EVEN.en().to_string(), H::RANK_EVEN.de().to_string()),
            };
            reasons.push(ev(self.anchor, None, en, de));
            acc.add_share(c.cause, (p * c.likelihood * scale).min(SHARE_CAP), reasons);
        }
        acc.thin = Some(self.case);
    }
}

/// Where a failure was met, as the priors count it.
fn channel(proto: Option<Protocol>) -> priors::Channel {
    match proto {
        Some(Protocol::Imap | Protocol::Pop) => priors::Channel::ImapPop,
        Some(Protocol::Smtp) => priors::Channel::Smtp,
        Some(Protocol::Ews) => priors::Channel::Ews,
        Some(Protocol::Graph) => priors::Channel::Graph,
        _ => priors::Channel::Unknown,
    }
}

/// The alternatives behind LogonDenied / AUTHENTICATE failed / 535 5.7.3 / -ERR, ranked by how
/// often public reports with the same evidence had them, with the questions that tell them apart.
pub(super) fn auth_failure_hub(ctx: &Ctx<'_>, acc: &mut Acc) {
    let Some((id, kind, proto)) = bare_failure(ctx) else {
        return;
    };
    let proto_en = proto.map_or(H::PROTO_UNKNOWN.en(), proto_name);
    let proto_de = proto.map_or(H::PROTO_UNKNOWN.de(), proto_name);
    // A token defect already explains the refusal.
    if acc.best_of(&TOKEN_CAUSES) >= 0.75 {
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
    let flow = match (good.is_some(), tokens.is_empty(), delegated) {
        (true, _, _) => priors::Flow::AppToken,
        (false, false, true) => priors::Flow::DelegatedToken,
        (false, false, false) => priors::Flow::OtherToken,
        (false, true, true) => priors::Flow::NoTokenDelegated,
        (false, true, false) if ctx.app_only.is_some() => priors::Flow::NoTokenAppOnly,
        (false, true, false) => priors::Flow::NoToken,
    };
    // An HTTP 401 comes from EWS or Graph, never from IMAP, POP or SMTP.
    let http = proto.is_none()
        && ctx.arts.get(id).is_some_and(|a| {
            texts::known_text(texts::TextId::BareHttp401)
                .is_some_and(|r| r.matches_by(|n| ctx.text_lc(a).contains(n)))
        });
    let case = priors::Case {
        channel: if http {
            priors::Channel::Http
        } else {
            channel(proto)
        },
        flow,
    };
    let oauth = shows_oauth(ctx, id);
    let mut cands = Candidates::new(case, id, oauth);
    let logon = kind == FailKind::LogonDenied;
    let what = if logon {
        H::WHAT_LOGON
    } else {
        H::WHAT_GENERIC
    };
    if http || matches!(proto, Some(Protocol::Ews) | Some(Protocol::Graph)) {
        api_hub(&mut cands, proto, good.map(|t| t.id), tokens.is_empty());
        if tokens.is_empty() {
            acc.ask(0, Ask::TokenAvailable);
        }
        acc.ask(3, Ask::Mailbox);
        cands.add_to(&what, acc);
        return;
    }
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
                ("{what}", what.en(), what.de()),
                ("{proto}", proto_en, proto_de),
                ("{by}", &by_en, &by_de),
                ("{role}", &role_ex_en, &role_ex_de),
            ],
        )
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
    // A permission change at a known time: the replication delay is judged elsewhere.
    let rep = ctx.changed.is_none();
    let oid_open = ctx.hints.object_id.is_none() && !has_sp_command(ctx);

    if let Some(t) = good {
        let roles = t.jwt.claims.roles.joined(", ");
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
        let token_ok = || ev(t.id, Some("roles"), ok_en.clone(), ok_de.clone());
        cands.push_setup(
            CauseId::ServicePrincipalNotRegisteredInExchange,
            sp_done.as_ref().map(|(c, _)| *c),
            &H::SP_DONE,
            vec![ev(id, None, sp_txt.0, sp_txt.1), token_ok()],
        );
        cands.push_setup(
            CauseId::MailboxPermissionMissing,
            perm_done.as_ref().map(|(c, _)| *c),
            &H::PERMISSION_DONE,
            vec![ev(id, None, mbx_txt.0, mbx_txt.1), token_ok()],
        );
        if oid_open {
            cands.push(CauseId::WrongObjectId, oid_txt);
        }
        let both = sp_done.is_some() && perm_done.is_some();
        if rep {
            let l = if both { BOTH_DONE_REPLICATION } else { 1.0 };
            cands.push_with(
                CauseId::ReplicationDelay,
                vec![ev(id, None, rep_txt.0, rep_txt.1)],
                l,
            );
        }
        cands.push(CauseId::ProtocolDisabledOnMailbox, proto_txt);
        cands.push(CauseId::AccountDisabledOrSigninBlocked, acct_txt);
        cands.add_to(&what, acc);
        if sp_done.is_none() {
            acc.ask(1, Ask::SpRegistered);
        }
        if oid_open {
            acc.ask(2, Ask::ObjectIdPassed);
        }
        acc.ask(3, Ask::Mailbox);
        acc.ask(if both { 0 } else { 4 }, Ask::ChangedAt);
        return;
    }
    if !tokens.is_empty() {
        if delegated {
            cands.push(CauseId::ProtocolDisabledOnMailbox, proto_txt);
            cands.push(CauseId::WrongUsernameInXoauth2, say(H::DELEGATED_USER));
            cands.push(CauseId::AccountDisabledOrSigninBlocked, acct_txt);
            cands.push(CauseId::MailboxPermissionMissing, say(H::DELEGATED_MAILBOX));
            cands.push(
                CauseId::MailboxUnlicensedOrMissing,
                say(H::UNLICENSED_CANDIDATE),
            );
            acc.ask(2, Ask::Mailbox);
        } else {
            // A token is there but not recognisably app-only or delegated.
            cands.push(CauseId::ServicePrincipalNotRegisteredInExchange, sp_txt);
            cands.push(CauseId::MailboxPermissionMissing, mbx_txt);
            cands.push(CauseId::ProtocolDisabledOnMailbox, proto_txt);
            acc.ask(2, Ask::SpRegistered);
            acc.ask(3, Ask::Mailbox);
        }
        cands.add_to(&what, acc);
        return;
    }
    // No token: the question that matters most is the token itself.
    acc.ask(0, Ask::TokenAvailable);
    // A scope shown that asks Exchange Online, and no other resource, for the token makes the
    // Graph trap less likely (the client may still send another token than it requested).
    match exchange_scope(ctx) {
        Some((sid, why)) => cands.push_with(
            CauseId::WrongTokenAudience,
            vec![
                ev(
                    id,
                    None,
                    say(H::AUDIENCE_CANDIDATE).0,
                    say(H::AUDIENCE_CANDIDATE).1,
                ),
                ev(sid, None, why.en().into(), why.de().into()),
            ],
            DONE_LIKELIHOOD,
        ),
        None => cands.push(CauseId::WrongTokenAudience, say(H::AUDIENCE_CANDIDATE)),
    }
    if delegated {
        cands.push(CauseId::WrongUsernameInXoauth2, say(H::USER_CANDIDATE));
        cands.push(CauseId::MailboxPermissionMissing, say(H::DELEGATED_MAILBOX));
        cands.push(CauseId::AccountDisabledOrSigninBlocked, acct_txt);
        cands.push(CauseId::ProtocolDisabledOnMailbox, proto_txt);
        cands.push(CauseId::TokenExpiredOrCached, say(H::EXPIRED_CANDIDATE));
        acc.ask(2, Ask::Mailbox);
    } else {
        // Setup commands the paste shows ran without an error make the causes they fix less
        // likely; New-ServicePrincipal's object id cannot be checked without the token.
        // A command in instructions (`-AppId <client-id>`) was not run: an object id that is a
        // GUID, and no value left as a placeholder, are what a run shows.
        let sp_run = setup_step(ctx, "New-ServicePrincipal")
            .filter(|(cid, v)| v.is_some() && filled_in(ctx, *cid));
        cands.push_setup(
            CauseId::ServicePrincipalNotRegisteredInExchange,
            sp_run.as_ref().map(|(c, _)| *c),
            &H::SP_RUN,
            vec![ev(id, None, sp_txt.0, sp_txt.1)],
        );
        // Only full access opens the mailbox (`-AccessRights ReadPermission` does not).
        let perm_run = setup_step(ctx, "Add-MailboxPermission")
            .filter(|(c, _)| filled_in(ctx, *c) && full_access(ctx, *c));
        cands.push_setup(
            CauseId::MailboxPermissionMissing,
            perm_run.map(|(c, _)| c),
            &H::PERMISSION_RUN,
            vec![ev(id, None, mbx_txt.0, mbx_txt.1)],
        );
        cands.push(CauseId::MissingAppRole, say(H::ROLE_CANDIDATE));
        if oid_open || (sp_run.is_some() && ctx.hints.object_id.is_none()) {
            cands.push(CauseId::WrongObjectId, oid_txt);
        }
        if flow == priors::Flow::NoToken {
            cands.push(CauseId::WrongUsernameInXoauth2, say(H::USER_CANDIDATE));
            // Nothing shows OAuth: a password sign-in is a candidate, ranked by the reports.
            if !oauth {
                cands.push(CauseId::BasicAuthDeprecated, say(H::BASIC_CANDIDATE));
            }
        }
        cands.push(CauseId::TokenExpiredOrCached, say(H::EXPIRED_CANDIDATE));
        if rep && logon {
            cands.push(CauseId::ReplicationDelay, rep_txt);
        }
        cands.push(CauseId::AccountDisabledOrSigninBlocked, acct_txt);
        cands.push(CauseId::ProtocolDisabledOnMailbox, proto_txt);
        acc.ask(1, Ask::SpRegistered);
        if oid_open {
            acc.ask(2, Ask::ObjectIdPassed);
        }
        acc.ask(4, Ask::Mailbox);
    }
    cands.add_to(&what, acc);
    acc.ask(3, Ask::ChangedAt);
}

/// Whether the paste shows an OAuth sign-in anywhere: a token, an XOAUTH2 string, the token
/// endpoint's answer or address, a scope, a client secret, a flow the rules recognised, or OAuth
/// wording in the failure `id` itself or in what wraps it on its line (a library's sentence
/// around the server's reply: "OAuth2 authentication failed: 535 5.7.3 …").
fn shows_oauth(ctx: &Ctx<'_>, id: usize) -> bool {
    oauth_evidence(ctx)
        || ctx.arts.get(id).is_some_and(|f| {
            ctx.arts.iter().filter(|a| a.line == f.line).any(|a| {
                let t = ctx.text_lc(a);
                H::OAUTH_WORDS.iter().any(|w| t.contains(w))
            })
        })
}

/// Whether the paste's evidence shows an OAuth sign-in: a token, an XOAUTH2 string, the token
/// endpoint's answer or address, a scope, a client secret, or a flow the rules recognised.
pub(crate) fn oauth_evidence(ctx: &Ctx<'_>) -> bool {
    ctx.app_only.is_some()
        || ctx.delegated.is_some()
        || ctx.arts.iter().any(|a| {
            matches!(
                a.kind,
                ArtifactKind::Jwt(_)
                    | ArtifactKind::EncryptedToken { .. }
                    | ArtifactKind::OpaqueToken { .. }
                    | ArtifactKind::Xoauth2(_)
                    | ArtifactKind::OauthAttempt { .. }
                    | ArtifactKind::SaslErrorChallenge { .. }
                    | ArtifactKind::Aadsts(_)
                    | ArtifactKind::TokenError(_)
                    | ArtifactKind::TokenResponse { .. }
                    | ArtifactKind::EndpointUrl(_)
                    | ArtifactKind::Scope(_)
                    | ArtifactKind::ClientSecret { .. }
            )
        })
}

/// A refused EWS or Graph call: the alternatives differ from IMAP/POP/SMTP (no Exchange service
/// principal pointer is needed, but application access policies and RBAC scopes apply).
fn api_hub(cands: &mut Candidates, proto: Option<Protocol>, good: Option<usize>, no_token: bool) {
    let ews = proto == Some(Protocol::Ews);
    let name = match proto {
        Some(Protocol::Ews) => "EWS",
        Some(Protocol::Graph) => "Microsoft Graph",
        _ => H::API_EWS_OR_GRAPH,
    };
    let say = |t| H::fill(t, &[("{name}", name, name)]);
    let id = cands.anchor;
    if let Some(tid) = good {
        let (en, de) = say(H::API_POLICY_WITH_TOKEN);
        cands.push_with(
            CauseId::ApplicationAccessPolicyBlock,
            vec![
                ev(id, None, en, de),
                ev(
                    tid,
                    Some("roles"),
                    H::API_TOKEN_HAS_ROLE.en().into(),
                    H::API_TOKEN_HAS_ROLE.de().into(),
                ),
            ],
            1.0,
        );
        cands.push(
            CauseId::MailboxPermissionMissing,
            say(H::API_MAILBOX_CANDIDATE),
        );
    }
    if no_token {
        cands.push(CauseId::WrongTokenAudience, say(H::API_AUDIENCE_CANDIDATE));
        cands.push(CauseId::MissingAppRole, say(H::API_ROLE_CANDIDATE));
        cands.push(
            CauseId::MailboxPermissionMissing,
            say(H::API_OTHER_MAILBOX_CANDIDATE),
        );
    }
    if ews {
        cands.push(
            CauseId::EwsImpersonationHeaderMismatch,
            say(H::API_IMPERSONATION),
        );
    }
    cands.push(CauseId::TokenExpiredOrCached, say(H::API_EXPIRED));
    cands.push(
        CauseId::MailboxUnlicensedOrMissing,
        say(H::API_MISSING_MAILBOX),
    );
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

/// Whether the command `id` has every value filled in: none a placeholder as instructions write
/// them (`<client-id>`, `{AppId}`, `$appId`, `YOUR_APP_ID`, `ServicePrincipal_ID`,
/// `mailbox@example.com`, an all-zero GUID); `$true` and `$false` are values.
fn filled_in(ctx: &Ctx<'_>, id: usize) -> bool {
    let placeholder = |v: &str| {
        let l = crate::i18n::fold_case(v);
        (l.starts_with('$') && l != "$true" && l != "$false") || has_any(&l, H::PLACEHOLDER_MARKS)
    };
    ctx.arts.iter().any(|a| {
        a.id == id
            && matches!(&a.kind, ArtifactKind::PsCommand(c)
                if c.params.iter().all(|(_, v)| v.as_deref().is_none_or(|v| !placeholder(v))))
    })
}

/// Whether the command `id` grants full access (`-AccessRights FullAccess`).
fn full_access(ctx: &Ctx<'_>, id: usize) -> bool {
    ctx.arts.iter().any(|a| {
        a.id == id
            && matches!(&a.kind, ArtifactKind::PsCommand(c) if c.params.iter().any(|(n, v)| {
                n.eq_ignore_ascii_case("AccessRights")
                    && v.as_deref().is_some_and(|v| crate::i18n::fold_case(v).contains("fullaccess"))
            }))
    })
}

/// The scope the paste shows asking Exchange Online, and no other resource, for the token, or
/// else the token's audience told to be Exchange Online (a row of `texts::NARRATIVE`): the
/// artifact and the reason to show with it.
fn exchange_scope(ctx: &Ctx<'_>) -> Option<(usize, Text)> {
    let mut found = None;
    for a in ctx.arts {
        let ArtifactKind::Scope(s) = &a.kind else {
            continue;
        };
        for x in &s.scopes {
            let l = crate::i18n::fold_case(x);
            if has_any(&l, H::EXCHANGE_SCOPE_HOSTS) {
                found.get_or_insert((a.id, H::AUDIENCE_SCOPE_EXCHANGE));
            } else if l.contains("://") || has_any(&l, H::GRAPH_PERMISSION_MARKS) {
                // Another resource, or a permission without one (read as Microsoft Graph's).
                return None;
            }
        }
    }
    // Without a scope: the token's audience told to be Exchange Online in prose.
    found.or_else(|| {
        let row = texts::NARRATIVE
            .iter()
            .find(|r| r.id == texts::TextId::NarrativeExchangeAudience)?;
        ctx.arts
            .iter()
            .filter(|a| matches!(a.kind, ArtifactKind::ClientError { .. }))
            .find(|a| {
                let t = ctx.text_lc(a);
                row.matches_by(|n| has(&t, n))
            })
            .map(|a| (a.id, H::AUDIENCE_TOLD_EXCHANGE))
    })
}

/// Whether a `New-ServicePrincipal` call is in the input.
fn has_sp_command(ctx: &Ctx<'_>) -> bool {
    ctx.arts.iter().any(|a| matches!(&a.kind, ArtifactKind::PsCommand(c) if c.cmdlet.eq_ignore_ascii_case("New-ServicePrincipal")))
}
