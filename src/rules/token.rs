//! Rules on what the token says: audience vs protocol, roles vs protocol, lifetime vs the failure.

use super::acc::{ev, Acc};
use super::ctx::{proto_name, Ctx, Tok};
use crate::catalogue::CauseId;
use crate::catalogue::GeneralQuestion as Ask;
use crate::evidence::{Api, JwtToken, Protocol, TokenFlavor};
use crate::i18n::Joined;
use crate::time::format_utc;

/// Tolerance for clocks (seconds), as token validators allow.
const SKEW: i64 = 300;
/// How long Exchange may take to apply a permission change (seconds).
const REPLICATION_WINDOW: i64 = 3600;

/// Runs the token rules.
pub(crate) fn run(ctx: &Ctx<'_>, acc: &mut Acc) {
    for t in &ctx.tokens {
        if !t.jwt.id_token {
            origin(ctx, acc, t);
        }
        audience(ctx, acc, t);
        if !t.jwt.id_token {
            roles(ctx, acc, t);
            lifetime(ctx, acc, t);
        }
    }
    change_timing(ctx, acc);
}

/// Why a token cannot be one that Exchange Online accepts, whatever its claims say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Untrusted<'a> {
    /// The header says `alg: none`: the token carries no signature.
    Unsigned,
    /// `iss` names a token service other than Entra ID (the issuer as written).
    ForeignIssuer(&'a str),
}

/// The hosts of Entra ID's token services, whose tokens Exchange Online accepts: v1 issuers
/// (`https://sts.windows.net/<tenant>/` and the national clouds' `sts` hosts) and v2 issuers
/// (`https://login.microsoftonline.com/<tenant>/v2.0` and the national clouds' login hosts:
/// US Government `login.microsoftonline.us`, 21Vianet `login.chinacloudapi.cn` /
/// `login.partner.microsoftonline.cn`, Germany `login.microsoftonline.de`).
const ENTRA_ISSUER_HOSTS: crate::catalogue::Words = crate::words![
    "sts.windows.net",
    "login.microsoftonline.com",
    "login.windows.net",
    "login.microsoft.com",
    "login.microsoftonline.us",
    "login-us.microsoftonline.com",
    "sts.chinacloudapi.cn",
    "login.chinacloudapi.cn",
    "login.partner.microsoftonline.cn",
    "sts.microsoftonline.de",
    "login.microsoftonline.de",
];

/// The host of an issuer (`https://host/path` or `host/path`), lower case, without a final dot.
fn issuer_host(iss: &str) -> String {
    let rest = iss.trim().split_once("://").map_or(iss.trim(), |(_, r)| r);
    let host = rest
        .split(&['/', ':', '?', '#'][..])
        .next()
        .unwrap_or_default();
    host.trim_end_matches('.').to_ascii_lowercase()
}

/// Whether a decoded token cannot be one Exchange Online accepts: unsigned (`alg: none`), or
/// issued by a token service that is not Entra ID. An `iss` that names no host (blanked out,
/// cut off) says nothing either way.
pub(crate) fn untrusted(t: &JwtToken) -> Option<Untrusted<'_>> {
    let alg_none = t.header.iter().any(|(k, v)| {
        k == "alg"
            && v.as_str()
                .is_some_and(|a| a.trim().eq_ignore_ascii_case("none"))
    });
    if alg_none {
        return Some(Untrusted::Unsigned);
    }
    let iss = t.claims.iss.as_deref()?;
    let host = issuer_host(iss);
    let is_host = host.contains('.')
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    (is_host && !ENTRA_ISSUER_HOSTS.contains(&host)).then_some(Untrusted::ForeignIssuer(iss))
}

/// A token Exchange Online cannot accept, whatever it carries: unsigned, or not from Entra ID.
fn origin(ctx: &Ctx<'_>, acc: &mut Acc, t: &Tok<'_>) {
    let Some(why) = untrusted(t.jwt) else {
        return;
    };
    let conf = if ctx.mail_failures.is_empty() {
        0.7
    } else {
        0.9
    };
    let (claim, en, de) = match why {
        Untrusted::Unsigned => (
            "alg",
            "the token is unsigned (alg none in its header): Exchange Online refuses it. Entra ID signs every token it issues, so this one did not come from the tenant's token endpoint".to_string(),
            "das Token ist unsigniert (alg none im Header): Exchange Online lehnt es ab. Entra ID signiert jedes Token, das es ausstellt; dieses kam also nicht vom Token-Endpunkt des Mandanten".to_string(),
        ),
        Untrusted::ForeignIssuer(iss) => (
            "iss",
            format!("iss is {iss}: the token was not issued by Entra ID, and Exchange Online accepts only tokens from Entra ID of the mailbox's tenant (https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token)"),
            format!("iss ist {iss}: das Token wurde nicht von Entra ID ausgestellt, und Exchange Online akzeptiert nur Token von Entra ID des Mandanten, zu dem das Postfach gehört (https://login.microsoftonline.com/<Mandant>/oauth2/v2.0/token)"),
        ),
    };
    acc.add_ev(
        CauseId::WrongEndpointOrCloud,
        conf,
        t.id,
        Some(claim),
        en,
        de,
    );
}

/// The application permission a protocol needs in an app-only token.
pub(crate) fn app_roles_for(p: Protocol) -> &'static [&'static str] {
    match p {
        Protocol::Imap => &["IMAP.AccessAsApp"],
        Protocol::Pop => &["POP.AccessAsApp"],
        Protocol::Smtp => &["SMTP.SendAsApp"],
        Protocol::Ews => &["full_access_as_app", "EWS.AccessAsApp"],
        Protocol::Graph => &[
            "Mail.Read",
            "Mail.ReadWrite",
            "Mail.ReadBasic",
            "Mail.ReadBasic.All",
            "Mail.Send",
        ],
        Protocol::TokenEndpoint | Protocol::ExchangePowershell => &[],
    }
}

/// The delegated scope a protocol needs in a user token.
fn user_scopes_for(p: Protocol) -> &'static [&'static str] {
    match p {
        Protocol::Imap => &["IMAP.AccessAsUser.All"],
        Protocol::Pop => &["POP.AccessAsUser.All"],
        Protocol::Smtp => &["SMTP.Send", "SMTP.SendAsApp"],
        Protocol::Ews => &["EWS.AccessAsUser.All", "full_access_as_user"],
        Protocol::Graph => &[
            "Mail.Read",
            "Mail.ReadWrite",
            "Mail.Send",
            "Mail.ReadBasic",
            "Mail.Read.Shared",
            "Mail.ReadWrite.Shared",
            "Mail.Send.Shared",
        ],
        Protocol::TokenEndpoint | Protocol::ExchangePowershell => &[],
    }
}

fn contains_ci(list: &[String], wanted: &[&str]) -> bool {
    list.iter()
        .any(|r| wanted.iter().any(|w| r.eq_ignore_ascii_case(w)))
}

fn aud_text(t: &Tok<'_>) -> String {
    t.jwt.claims.aud.clone().unwrap_or_else(|| "(none)".into())
}

/// Token audience vs the protocol it was used for (the Graph trap).
fn audience(ctx: &Ctx<'_>, acc: &mut Acc, t: &Tok<'_>) {
    let aud = aud_text(t);
    let mail = ctx.exchange_protocols();
    let mail_names = mail
        .iter()
        .map(|p| proto_name(*p))
        .collect::<Vec<_>>()
        .joined("/");
    let failing = !ctx.mail_failures.is_empty();
    if t.jwt.id_token {
        if t.in_xoauth2 {
            acc.add_ev(
                CauseId::WrongTokenAudience,
                0.85,
                t.id,
                Some("aud"),
                format!("the token sent in XOAUTH2 is an ID token (aud is {aud}, the app itself), not an access token for Exchange Online"),
                format!("das in XOAUTH2 gesendete Token ist ein ID-Token (aud ist {aud}, die App selbst), kein Zugriffstoken für Exchange Online"),
            );
        } else if !ctx.mail_failures.is_empty() && ctx.access_tokens().next().is_none() {
            acc.add_ev(
                CauseId::WrongTokenAudience,
                0.6,
                t.id,
                Some("aud"),
                format!("the only token shown is an ID token (aud is {aud}, the app itself); the server needs an access token for Exchange Online"),
                format!("das einzige gezeigte Token ist ein ID-Token (aud ist {aud}, die App selbst); der Server braucht ein Zugriffstoken für Exchange Online"),
            );
        }
        return;
    }
    let mut scopes: Vec<String> = t.jwt.claims.roles.clone();
    scopes.extend(t.jwt.claims.scp.clone().unwrap_or_default());
    let mail_scope = scopes.iter().find(|s| {
        let l = s.to_ascii_lowercase();
        l.starts_with("imap.")
            || l.starts_with("pop.")
            || l.starts_with("smtp.")
            || l.starts_with("ews.")
    });
    match t.jwt.api {
        Api::Graph => {
            if !mail.is_empty() {
                let proto_ev = ctx.first_exchange_art;
                let mut refs = vec![ev(
                    t.id,
                    Some("aud"),
                    format!("aud is {aud} (Microsoft Graph) but the log shows {mail_names}, which needs an Exchange Online token (https://outlook.office365.com)"),
                    format!("aud ist {aud} (Microsoft Graph), das Protokoll ist aber {mail_names} und braucht ein Exchange-Online-Token (https://outlook.office365.com)"),
                )];
                if let Some(p) = proto_ev {
                    refs.push(ev(
                        p,
                        None,
                        format!("the token is presented to {mail_names} here"),
                        format!("hier wird das Token an {mail_names} übergeben"),
                    ));
                }
                acc.add(
                    CauseId::WrongTokenAudience,
                    if failing { 0.93 } else { 0.85 },
                    refs,
                );
            } else if let Some(s) = mail_scope {
                acc.add_ev(
                    CauseId::WrongTokenAudience,
                    0.85,
                    t.id,
                    Some("aud"),
                    format!("the token carries {s} but aud is {aud} (Microsoft Graph): IMAP/POP/SMTP accept only tokens for https://outlook.office365.com"),
                    format!("das Token enthält {s}, aud ist aber {aud} (Microsoft Graph): IMAP/POP/SMTP akzeptieren nur Token für https://outlook.office365.com"),
                );
            } else if !ctx.protocols.contains(&Protocol::Graph) {
                acc.add_ev(
                    CauseId::WrongTokenAudience,
                    0.4,
                    t.id,
                    Some("aud"),
                    format!("aud is {aud} (Microsoft Graph): right for Graph calls, wrong for IMAP, POP, SMTP and EWS"),
                    format!("aud ist {aud} (Microsoft Graph): richtig für Graph-Aufrufe, falsch für IMAP, POP, SMTP und EWS"),
                );
                acc.ask(3, Ask::Protocol);
            }
        }
        Api::ExchangeOnline => {
            if ctx.graph_only() {
                acc.add_ev(
                    CauseId::WrongTokenAudience,
                    if failing { 0.9 } else { 0.8 },
                    t.id,
                    Some("aud"),
                    format!("aud is {aud} (Exchange Online) but the request goes to Microsoft Graph, which needs aud https://graph.microsoft.com"),
                    format!("aud ist {aud} (Exchange Online), die Anfrage geht aber an Microsoft Graph, das aud https://graph.microsoft.com braucht"),
                );
            }
        }
        Api::Other => {
            if !mail.is_empty() || ctx.protocols.contains(&Protocol::Graph) {
                let names = if mail.is_empty() {
                    "Microsoft Graph".to_string()
                } else {
                    mail_names.clone()
                };
                acc.add_ev(
                    CauseId::WrongTokenAudience,
                    0.75,
                    t.id,
                    Some("aud"),
                    format!("aud is {aud}, which is neither Exchange Online nor Microsoft Graph, but the log shows {names}"),
                    format!("aud ist {aud}, weder Exchange Online noch Microsoft Graph, das Protokoll ist aber {names}"),
                );
            }
        }
    }
}

/// Roles and scopes vs the protocol.
fn roles(ctx: &Ctx<'_>, acc: &mut Acc, t: &Tok<'_>) {
    let c = &t.jwt.claims;
    let proto = ctx.main_protocol();
    let right_api = match t.jwt.api {
        Api::ExchangeOnline => proto.is_none_or(super::ctx::is_exchange_protocol),
        Api::Graph => proto == Some(Protocol::Graph),
        Api::Other => false,
    };
    if !right_api {
        return;
    }
    let roles_txt = if c.roles.is_empty() {
        "none".to_string()
    } else {
        c.roles.joined(", ")
    };
    match t.jwt.flavor {
        TokenFlavor::AppOnly => {
            if let Some(scp) = &c.scp {
                acc.add_ev(
                    CauseId::DelegatedPermissionInsteadOfApplication,
                    0.8,
                    t.id,
                    Some("scp"),
                    format!("the token has scp ({}) – delegated scopes – where an app-only flow needs application roles", scp.joined(" ")),
                    format!("das Token hat scp ({}) – delegierte Bereiche –, wo ein App-only-Ablauf Anwendungsrollen braucht", scp.joined(" ")),
                );
            }
            if c.roles.is_empty() {
                let (en, de) = (
                    "the app-only token has no roles claim: no application permission on this API was granted with admin consent".to_string(),
                    "das App-only-Token hat keinen roles-Claim: für diese API wurde keine Anwendungsberechtigung mit Administratorzustimmung erteilt".to_string(),
                );
                acc.add_ev(
                    CauseId::DelegatedPermissionInsteadOfApplication,
                    0.72,
                    t.id,
                    Some("roles"),
                    en.clone(),
                    de.clone(),
                );
                acc.add_ev(
                    CauseId::MissingAppRole,
                    0.65,
                    t.id,
                    Some("roles"),
                    en.clone(),
                    de.clone(),
                );
                acc.add_ev(CauseId::ConsentMissing, 0.45, t.id, Some("roles"), en, de);
                return;
            }
            match proto {
                Some(p) => {
                    let need = app_roles_for(p);
                    if !need.is_empty() && !contains_ci(&c.roles, need) {
                        acc.add_ev(
                            CauseId::MissingAppRole,
                            0.88,
                            t.id,
                            Some("roles"),
                            format!(
                                "roles are [{roles_txt}] but {} needs {}",
                                proto_name(p),
                                need.joined(" or ")
                            ),
                            format!(
                                "roles sind [{roles_txt}], {} braucht aber {}",
                                proto_name(p),
                                need.joined(" oder ")
                            ),
                        );
                    }
                }
                None => {
                    if t.jwt.api == Api::ExchangeOnline
                        && !contains_ci(&c.roles, crate::catalogue::oauth::APP_ONLY_PERMISSIONS)
                    {
                        acc.add_ev(
                            CauseId::MissingAppRole,
                            0.7,
                            t.id,
                            Some("roles"),
                            format!("roles are [{roles_txt}]: none of IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp, full_access_as_app"),
                            format!("roles sind [{roles_txt}]: keine von IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp, full_access_as_app"),
                        );
                    }
                }
            }
        }
        TokenFlavor::Delegated => {
            let app_setup = ctx.sp_setup_art;
            if let Some(setup) = app_setup {
                acc.add(
                    CauseId::DelegatedPermissionInsteadOfApplication,
                    0.65,
                    vec![
                        ev(t.id, Some("scp"), "the token is a user (delegated) token with scp".into(), "das Token ist ein Benutzertoken (delegiert) mit scp".into()),
                        ev(setup, None, "but the Exchange setup (New-ServicePrincipal) is for app-only access".into(), "die Exchange-Einrichtung (New-ServicePrincipal) gilt aber für App-only-Zugriff".into()),
                    ],
                );
            }
            if let (Some(p), Some(scp)) = (proto, &c.scp) {
                let need = user_scopes_for(p);
                if !need.is_empty() && !contains_ci(scp, need) {
                    let (en, de) = (
                        format!(
                            "scp is [{}] but {} needs {}",
                            scp.joined(" "),
                            proto_name(p),
                            need.joined(" or ")
                        ),
                        format!(
                            "scp ist [{}], {} braucht aber {}",
                            scp.joined(" "),
                            proto_name(p),
                            need.joined(" oder ")
                        ),
                    );
                    acc.add_ev(
                        CauseId::ConsentMissing,
                        0.55,
                        t.id,
                        Some("scp"),
                        en.clone(),
                        de.clone(),
                    );
                    acc.add_ev(CauseId::InvalidScope, 0.45, t.id, Some("scp"), en, de);
                }
            }
        }
        TokenFlavor::Unknown => {}
    }
}

/// `exp`, `nbf`, `iat` vs the failure time or now.
fn lifetime(ctx: &Ctx<'_>, acc: &mut Acc, t: &Tok<'_>) {
    let c = &t.jwt.claims;
    let at = ctx.judge_time();
    let from_log = ctx.failure_time.is_some();
    let (when_en, when_de) = if from_log {
        (
            format!("the failure at {}", format_utc(at)),
            format!("dem Fehler um {}", format_utc(at)),
        )
    } else {
        (
            format!("now ({})", format_utc(at)),
            format!("jetzt ({})", format_utc(at)),
        )
    };
    // A log written in local time without a zone is read as UTC; a token logged a whole number of
    // hours after its `iat` gives the zone away, and then an "expired"/"not yet valid" verdict
    // may be an artefact of the clock, not of the token.
    // A log time whose text names its zone (`Z`, `+01:00`, `UTC`) is what it says.
    let log_time = ctx.art(t.id).and_then(|a| a.log_time);
    let zoned = ctx.art(t.id).is_some_and(|tok| {
        // The artifacts are in position order: the timestamps before the token, nearest first.
        let before = ctx.arts.partition_point(|a| a.span.start <= tok.span.start);
        ctx.arts[..before]
            .iter()
            .rev()
            .find_map(|a| match a.kind {
                crate::evidence::ArtifactKind::Timestamp { unix, zoned }
                    if Some(unix) == log_time =>
                {
                    Some(zoned)
                }
                _ => None,
            })
            .unwrap_or(false)
    });
    let shift = if from_log && !zoned {
        zone_shift(log_time, c.iat)
    } else {
        None
    };
    let zone_note = |acc: &mut Acc, cause: CauseId, k: i64| {
        acc.add_ev(
            cause,
            0.0,
            t.id,
            Some("iat"),
            format!("the token appears in the log {k} h after its iat: if the log is in local time (UTC{k:+}), the token was valid at the failure"),
            format!("das Token steht {k} Std. nach seinem iat im Log: ist das Log in Ortszeit (UTC{k:+}), war das Token beim Fehler gültig"),
        );
    };
    if let Some(exp) = c.exp {
        if exp <= at {
            let ambiguous = shift.filter(|k| exp > at - k * 3600);
            acc.add_ev(
                CauseId::TokenExpiredOrCached,
                match (from_log, ambiguous) {
                    (true, None) => 0.9,
                    // Either the log is in local time and the token was valid, or a cached
                    // token was logged again hours later and had expired.
                    (true, Some(_)) => 0.3,
                    (false, _) => 0.6,
                },
                t.id,
                Some("exp"),
                format!(
                    "exp is {}, {} before {when_en}: the token had expired",
                    format_utc(exp),
                    mins(at - exp)
                ),
                format!(
                    "exp ist {}, {} vor {when_de}: das Token war abgelaufen",
                    format_utc(exp),
                    mins_de(at - exp)
                ),
            );
            if let Some(k) = ambiguous {
                zone_note(acc, CauseId::TokenExpiredOrCached, k);
            }
            if !from_log {
                acc.ask(6, Ask::ChangedAt);
            }
        }
    }
    let early = c
        .nbf
        .filter(|n| *n > at + SKEW)
        .map(|n| ("nbf", n))
        .or_else(|| c.iat.filter(|i| *i > at + SKEW).map(|i| ("iat", i)));
    if let Some((claim, v)) = early {
        let ambiguous = shift.filter(|k| v <= at - k * 3600 + SKEW);
        acc.add_ev(
            CauseId::ClockSkew,
            match (from_log, ambiguous) {
                (true, None) => 0.85,
                (true, Some(_)) => 0.35,
                (false, _) => 0.75,
            },
            t.id,
            Some(claim),
            format!(
                "{claim} is {}, {} after {when_en}: the clocks disagree",
                format_utc(v),
                mins(v - at)
            ),
            format!(
                "{claim} ist {}, {} nach {when_de}: die Uhren gehen unterschiedlich",
                format_utc(v),
                mins_de(v - at)
            ),
        );
        if let Some(k) = ambiguous {
            zone_note(acc, CauseId::ClockSkew, k);
        }
    }
    if let (Some(iat), Some(change)) = (c.iat, ctx.changed.as_ref()) {
        let changed = change.at;
        let still_valid = c.exp.is_none_or(|e| e > at);
        if iat < changed && at >= changed && still_valid {
            let w = change_words(change);
            let mut refs = vec![ev(
                t.id,
                Some("iat"),
                format!(
                    "iat is {}, {} before {} at {}: this token still carries the old permissions",
                    format_utc(iat),
                    mins(changed - iat),
                    w.en,
                    format_utc(changed)
                ),
                format!(
                    "iat ist {}, {} vor {} um {}: dieses Token trägt noch die alten Berechtigungen",
                    format_utc(iat),
                    mins_de(changed - iat),
                    w.de_dat,
                    format_utc(changed)
                ),
            )];
            if let Some(cid) = change.artifact {
                refs.push(ev(
                    cid,
                    None,
                    format!("{} here", w.en_ran),
                    format!("{} hier", w.de_ran),
                ));
            }
            acc.add(CauseId::TokenExpiredOrCached, 0.82, refs);
        }
    }
}

/// The whole-hour offset (−12…+14 h, not 0) between the log time of a token's line and its
/// `iat`, when the token was logged within ten minutes after issue in some zone.
fn zone_shift(line_time: Option<i64>, iat: Option<i64>) -> Option<i64> {
    let d = line_time? - iat?;
    (-12..=14)
        .filter(|k| *k != 0)
        .find(|k| (0..=600).contains(&(d - k * 3600)))
}

/// A change made less than an hour before the failure: Exchange may not have applied it yet.
fn change_timing(ctx: &Ctx<'_>, acc: &mut Acc) {
    let Some(change) = ctx.changed.as_ref() else {
        return;
    };
    let changed = change.at;
    let w = change_words(change);
    let at = ctx.judge_time();
    let since = at - changed;
    let Some(anchor) = ctx.anchor() else { return };
    if (0..REPLICATION_WINDOW).contains(&since) {
        let fresh_token = ctx
            .access_tokens()
            .any(|t| t.jwt.claims.iat.is_some_and(|i| i >= changed));
        let conf = if fresh_token { 0.75 } else { 0.65 };
        let (en_when, de_when) = if ctx.failure_time.is_some() {
            ("the failure", "dem Fehler")
        } else {
            ("now", "jetzt")
        };
        let mut refs = vec![ev(
            anchor,
            None,
            format!("{} at {}, only {} before {en_when}; Exchange Online can take up to 60 minutes to apply a change", w.en_ran, format_utc(changed), mins(since)),
            format!("{} um {}, nur {} vor {de_when}; Exchange Online braucht bis zu 60 Minuten, um eine Änderung anzuwenden", w.de_ran, format_utc(changed), mins_de(since)),
        )];
        if let Some(cid) = change.artifact {
            refs.push(ev(
                cid,
                None,
                format!("{} here", w.en_ran),
                format!("{} hier", w.de_ran),
            ));
        }
        acc.add(CauseId::ReplicationDelay, conf, refs);
    } else if since >= REPLICATION_WINDOW {
        acc.cap(CauseId::ReplicationDelay, 0.1);
    }
}

/// How a change is named in evidence: the user's hint, or the cmdlet from the log.
struct ChangeWords {
    /// "your last change" / "Add-MailboxPermission" (English, as object).
    en: String,
    /// "your last change was made" / "Add-MailboxPermission ran" (English, as sentence start).
    en_ran: String,
    /// "Ihrer letzten Änderung" / "dem Aufruf von Add-MailboxPermission" (German dative).
    de_dat: String,
    /// "Ihre letzte Änderung erfolgte" / "Add-MailboxPermission lief" (German sentence start).
    de_ran: String,
}

fn change_words(c: &super::ctx::Change) -> ChangeWords {
    match &c.cmdlet {
        Some(name) => ChangeWords {
            en: name.clone(),
            en_ran: format!("{name} ran"),
            de_dat: format!("dem Aufruf von {name}"),
            de_ran: format!("{name} lief"),
        },
        None => ChangeWords {
            en: "your last change".into(),
            en_ran: "your last change was made".into(),
            de_dat: "Ihrer letzten Änderung".into(),
            de_ran: "Ihre letzte Änderung erfolgte".into(),
        },
    }
}

/// "N min" / "N h M min" in English.
pub(crate) fn mins(secs: i64) -> String {
    let m = secs.abs() / 60;
    if m < 120 {
        format!("{m} min")
    } else if m < 48 * 60 {
        format!("{} h {} min", m / 60, m % 60)
    } else {
        format!("{} days", m / (24 * 60))
    }
}

/// "N Min." / "N Std. M Min." in German.
pub(crate) fn mins_de(secs: i64) -> String {
    let m = secs.abs() / 60;
    if m < 120 {
        format!("{m} Min.")
    } else if m < 48 * 60 {
        format!("{} Std. {} Min.", m / 60, m % 60)
    } else {
        format!("{} Tage", m / (24 * 60))
    }
}
