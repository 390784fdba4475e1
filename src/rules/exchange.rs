//! Rules on the Exchange Online side: PowerShell transcripts, the id given to
//! `New-ServicePrincipal` vs the token's `oid`/`appid`, admin rights.

use super::acc::{ev, Acc};
use super::ctx::{has, has_any, lc, Ctx};
use crate::catalogue::GeneralQuestion as Ask;
use crate::catalogue::{texts, CauseId};
use crate::evidence::{ArtifactKind, GuidLabel, PsCommand, TokenFlavor};
use crate::secrets::is_guid;

/// Cmdlets of Exchange Online PowerShell that matter for mail OAuth.
const EXCHANGE_CMDLETS: crate::catalogue::Words = crate::words![
    "new-serviceprincipal",
    "get-serviceprincipal",
    "remove-serviceprincipal",
    "set-serviceprincipal",
    "test-serviceprincipalauthorization",
    "add-mailboxpermission",
    "get-mailboxpermission",
    "add-recipientpermission",
    "set-casmailbox",
    "get-casmailbox",
    "new-managementroleassignment",
    "new-applicationaccesspolicy",
    "test-applicationaccesspolicy",
    "set-transportconfig",
    "get-mailbox",
    "get-managementrole",
    "get-managementroleassignment",
    "new-managementscope",
    "get-applicationaccesspolicy",
    "get-recipientpermission",
    "remove-mailboxpermission",
];

/// Parts of the nouns of Exchange Online PowerShell's cmdlets beyond [`EXCHANGE_CMDLETS`]
/// (`New-JournalRule`, `Get-EXOMailbox`, `Set-TransportConfig`): a cmdlet PowerShell does not
/// know whose noun holds one is Exchange's, brought only by a connected session and the roles of
/// who connected.
const EXCHANGE_NOUNS: crate::catalogue::Words = crate::words![
    "mailbox",
    "transport",
    "journal",
    "message",
    "recipient",
    "distributiongroup",
    "mailuser",
    "mailcontact",
    "managementrole",
    "managementscope",
    "connector",
    "accepteddomain",
    "organizationconfig",
    "serviceprincipal",
    "applicationaccesspolicy",
    "exo",
    "retention",
    "inboxrule",
    "calendarprocessing",
    "unifiedgroup",
    "moverequest",
    "remotedomain",
    "hostedcontentfilter",
    "antiphish",
    "malwarefilter",
    "quarantine",
    "dkimsigning",
    "addresslist",
    "rolegroup",
    "sharingpolicy",
    "compliancesearch",
];

/// Whether `cmdlet` (lower case, `verb-noun`) is one of Exchange Online PowerShell's by its noun;
/// the Graph, Az, Azure AD, MSOnline, PnP, SharePoint and Teams modules' nouns start with their
/// prefix and are not.
fn exchange_cmdlet(cmdlet: &str) -> bool {
    // A cmdlet's name is a short word of letters, digits and one dash (it is quoted in the
    // finding's reason).
    if cmdlet.len() > 64
        || !cmdlet
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return false;
    }
    let Some((_, noun)) = cmdlet.split_once('-') else {
        return false;
    };
    !["mg", "az", "msol", "pnp", "spo", "cs", "team"]
        .iter()
        .any(|p| noun.starts_with(p))
        && EXCHANGE_NOUNS.iter().any(|n| noun.contains(n))
}

/// Runs the Exchange rules.
pub(crate) fn run(ctx: &Ctx<'_>, acc: &mut Acc) {
    ps_errors(ctx, acc);
    object_ids(ctx, acc);
}

/// The value of a named parameter (case-insensitive, without dash).
fn param<'a>(c: &'a PsCommand, names: &[&str]) -> Option<&'a str> {
    c.params
        .iter()
        .find(|(n, _)| {
            names
                .iter()
                .any(|w| n.trim_start_matches('-').eq_ignore_ascii_case(w))
        })
        .and_then(|(_, v)| v.as_deref())
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// Whether a parameter value is a literal GUID (not a `$variable` or a placeholder).
fn literal_guid(v: &str) -> bool {
    super::entra::looks_like_guid(v.trim_matches(|c| c == '"' || c == '\''))
}

fn norm(v: &str) -> String {
    v.trim_matches(|c| c == '"' || c == '\'')
        .trim()
        .to_ascii_lowercase()
}

/// PowerShell errors.
fn ps_errors(ctx: &Ctx<'_>, acc: &mut Acc) {
    for a in ctx.arts {
        let ArtifactKind::PsError(e) = &a.kind else {
            continue;
        };
        let id_l = lc(&e.id);
        let msg = lc(&e.message);
        let cmdlet = e.cmdlet.as_deref().map(lc).unwrap_or_default();
        let all = format!("{id_l} {msg} {cmdlet}");
        if all.contains("serviceprincipalnotfound") {
            acc.add_ev(
                CauseId::WrongObjectId,
                0.9,
                a.id,
                None,
                format!("{}: Exchange could not find a service principal with the object id given – the App registration's object id or the client id was passed instead of the Enterprise application's object id", e.id),
                format!("{}: Exchange fand keinen Dienstprinzipal mit der angegebenen Objekt-ID – statt der Objekt-ID der Unternehmensanwendung wurde die Objekt-ID der App-Registrierung oder die Client-ID übergeben", e.id),
            );
            acc.add_ev(
                CauseId::ServicePrincipalNotRegisteredInExchange,
                0.45,
                a.id,
                None,
                "so New-ServicePrincipal did not create the service principal in Exchange".into(),
                "daher hat New-ServicePrincipal den Dienstprinzipal in Exchange nicht angelegt"
                    .into(),
            );
            acc.add_ev(
                CauseId::AppNotFoundInTenant,
                0.3,
                a.id,
                None,
                "or the app has no service principal in this tenant yet (a multi-tenant app never consented here)".into(),
                "oder die App hat in diesem Mandanten noch keinen Dienstprinzipal (mehrinstanzenfähige App hier nie zugestimmt)".into(),
            );
            if ctx.hints.object_id.is_none() {
                acc.ask(1, Ask::ObjectIdPassed);
            }
            continue;
        }
        let not_recognized = has_any(
            &all,
            &[
                "is not recognized as the name of a cmdlet",
                "is not recognized as a name of a cmdlet",
                "commandnotfoundexception",
                "wurde nicht als name eines cmdlet",
            ],
        );
        if not_recognized {
            let named = EXCHANGE_CMDLETS
                .iter()
                .find(|c| all.contains(c))
                .or_else(|| exchange_cmdlet(&cmdlet).then_some(cmdlet.as_str()));
            if let Some(c) = named {
                acc.add_ev(
                    CauseId::ExchangeAdminRbacMissing,
                    0.85,
                    a.id,
                    None,
                    format!("PowerShell does not know {c}: the session is not connected to Exchange Online, or the admin's Exchange role does not include it"),
                    format!("PowerShell kennt {c} nicht: die Sitzung ist nicht mit Exchange Online verbunden, oder die Exchange-Rolle des Administrators enthält es nicht"),
                );
            } else if all.contains("connect-exchangeonline") {
                acc.add_ev(
                    CauseId::ExchangeAdminRbacMissing,
                    0.5,
                    a.id,
                    None,
                    "Connect-ExchangeOnline is not known: the ExchangeOnlineManagement module is not installed or imported".into(),
                    "Connect-ExchangeOnline ist unbekannt: das Modul ExchangeOnlineManagement ist nicht installiert oder nicht importiert".into(),
                );
            }
            continue;
        }
        if let Some(row) = texts::POWERSHELL
            .iter()
            .find(|r| r.matches_by(|n| has(&all, n)))
        {
            acc.add_row(row, a.id);
            continue;
        }
        if texts::PS_NOT_FOUND_GATE.matches_by(|n| has(&all, n)) {
            let object = quoted_object(&all);
            let guid_object = object.is_some_and(|o| is_guid(o.as_bytes()));
            // An object named by a mail address is a mailbox or recipient, unless the cmdlet
            // looks for a group (an access policy's scope, a distribution or Microsoft 365 group).
            let address_object = object.is_some_and(|o| {
                o.split_once('@')
                    .is_some_and(|(l, d)| !l.is_empty() && d.contains('.'))
            }) && !has_any(
                &all,
                &[
                    "applicationaccesspolicy",
                    "distributiongroup",
                    "unifiedgroup",
                    "policyscopegroupid",
                    "-group",
                ],
            );
            if let Some(row) = texts::PS_NOT_FOUND.iter().find(|r| {
                r.matches_by(|n| {
                    has(&all, n)
                        || (guid_object && n == texts::PS_GUID_OBJECT)
                        || (address_object && n == texts::PS_ADDRESS_OBJECT)
                })
            }) {
                acc.add_row(row, a.id);
            }
            continue;
        }
        if all.contains("already exists")
            && has_any(&all, &["serviceprincipal", "new-serviceprincipal"])
        {
            acc.cap(CauseId::ServicePrincipalNotRegisteredInExchange, 0.15);
        }
        for row in texts::PS_ACCOUNT {
            if row.matches_by(|n| has(&all, n)) {
                acc.add_row(row, a.id);
            }
        }
    }
    // Most artifacts (tokens, timestamps, ids, hosts) have no text, and no row is read in an
    // empty text unless one matches it (`has("", n)` holds for an empty needle only): asked once
    // here instead of over every row's wordings for each such artifact.
    let read_empty = |rows: &[texts::KnownText]| rows.iter().any(|r| r.matches_by(str::is_empty));
    let (exo_empty, account_empty) = (read_empty(texts::EXO_CONNECT), read_empty(texts::ACCOUNT));
    // App-only connection errors of Exchange Online PowerShell, in whatever artifact carries them.
    for a in ctx.arts {
        if ctx.repeats_text(a) {
            continue;
        }
        let t = ctx.text_lc(a);
        if t.is_empty() && !exo_empty {
            continue;
        }
        if let Some(row) = texts::EXO_CONNECT
            .iter()
            .find(|r| r.matches_by(|n| has(&t, n)))
        {
            acc.add_row(row, a.id);
        }
    }
    // Account-state texts anywhere (sign-in blocked users show in several outputs).
    for a in ctx.arts {
        if matches!(a.kind, ArtifactKind::PsError(_)) || ctx.repeats_text(a) {
            continue;
        }
        let t = ctx.text_lc(a);
        if t.is_empty() && !account_empty {
            continue;
        }
        for row in texts::ACCOUNT {
            if row.matches_by(|n| has(&t, n)) {
                acc.add_row(row, a.id);
            }
        }
    }
}

/// The id passed to `New-ServicePrincipal` (or told in the hints) vs the token's `oid` and `appid`.
fn object_ids(ctx: &Ctx<'_>, acc: &mut Acc) {
    let app_token = ctx
        .access_tokens()
        .find(|t| t.jwt.flavor == TokenFlavor::AppOnly && t.jwt.claims.oid.is_some());
    let mut given: Vec<(Option<usize>, String, Option<String>)> = Vec::new();
    for a in ctx.arts {
        let ArtifactKind::PsCommand(c) = &a.kind else {
            continue;
        };
        if !c.cmdlet.eq_ignore_ascii_case("New-ServicePrincipal") {
            continue;
        }
        let obj = param(c, &["ObjectId", "ServiceId"])
            .filter(|v| literal_guid(v))
            .map(norm);
        let app = param(c, &["AppId"]).filter(|v| literal_guid(v)).map(norm);
        if let Some(o) = obj {
            given.push((Some(a.id), o, app.clone()));
        } else if let (Some(app), Some(t)) = (app, app_token) {
            check_app_id(acc, a.id, &app, t);
        }
    }
    if let Some(h) = ctx
        .hints
        .object_id
        .as_deref()
        .map(norm)
        .filter(|v| !v.is_empty())
    {
        let app = given.iter().find_map(|g| g.2.clone());
        given.push((None, h, app));
    }
    let client_ids: Vec<(usize, String)> = ctx
        .arts
        .iter()
        .filter_map(|a| match &a.kind {
            ArtifactKind::Guid {
                value,
                label: GuidLabel::ClientId,
            } => Some((a.id, norm(value))),
            _ => None,
        })
        .collect();
    let mut matched_sp = false;
    for (aid, v, app) in &given {
        let anchor = aid
            .or(ctx.anchor())
            .or(app_token.map(|t| t.id))
            .or(ctx.arts.first().map(|a| a.id));
        let Some(anchor) = anchor else { continue };
        let src_en = if aid.is_some() {
            "New-ServicePrincipal was given"
        } else {
            "you passed"
        };
        let src_de = if aid.is_some() {
            "New-ServicePrincipal erhielt"
        } else {
            "Sie haben übergeben:"
        };
        if app.as_deref() == Some(v.as_str()) {
            acc.add_ev(
                CauseId::WrongObjectId,
                0.92,
                anchor,
                None,
                format!("{src_en} -ObjectId {v}, the same value as -AppId: that is the client id, not the Enterprise application's object id"),
                format!("{src_de} -ObjectId {v}, derselbe Wert wie -AppId: das ist die Client-ID, nicht die Objekt-ID der Unternehmensanwendung"),
            );
            continue;
        }
        if let Some((cid, _)) = client_ids.iter().find(|(_, c)| c == v) {
            acc.add(
                CauseId::WrongObjectId,
                0.88,
                vec![
                    ev(
                        anchor,
                        None,
                        format!("{src_en} object id {v}"),
                        format!("{src_de} Objekt-ID {v}"),
                    ),
                    ev(
                        *cid,
                        None,
                        "which the text labels as the application (client) id".into(),
                        "die im Text als Anwendungs-ID (Client-ID) bezeichnet ist".into(),
                    ),
                ],
            );
            continue;
        }
        let Some(t) = app_token else { continue };
        let c = &t.jwt.claims;
        let oid = c.oid.as_deref().map(norm).unwrap_or_default();
        let appid = c.client_id().map(norm).unwrap_or_default();
        if *v == appid {
            acc.add(CauseId::WrongObjectId, 0.95, vec![
                ev(anchor, None, format!("{src_en} object id {v}"), format!("{src_de} Objekt-ID {v}")),
                ev(t.id, Some("appid"), format!("which is the token's appid – the client id, not the service principal's object id ({oid})"), format!("das ist die appid des Tokens – die Client-ID, nicht die Objekt-ID des Dienstprinzipals ({oid})")),
            ]);
        } else if *v != oid {
            acc.add(CauseId::WrongObjectId, 0.9, vec![
                ev(anchor, None, format!("{src_en} object id {v}"), format!("{src_de} Objekt-ID {v}")),
                ev(t.id, Some("oid"), format!("but the app's service principal (the token's oid) is {oid}: {v} is most likely the App registration's object id"), format!("der Dienstprinzipal der App (oid im Token) ist aber {oid}: {v} ist höchstwahrscheinlich die Objekt-ID der App-Registrierung")),
            ]);
        } else {
            matched_sp = true;
        }
        if let Some(app) = app {
            if *app != appid {
                check_app_id(acc, anchor, app, t);
            }
        }
    }
    if matched_sp {
        acc.cap(CauseId::WrongObjectId, 0.1);
    }
    if app_token.is_none() && given.iter().any(|g| g.0.is_some()) {
        acc.ask(2, Ask::TokenAvailable);
    }
}

/// `-AppId` vs the token's `appid`.
fn check_app_id(acc: &mut Acc, anchor: usize, app: &str, t: &super::ctx::Tok<'_>) {
    let appid = t.jwt.claims.client_id().map(norm).unwrap_or_default();
    if !appid.is_empty() && app != appid {
        acc.add(CauseId::ServicePrincipalNotRegisteredInExchange, 0.6, vec![
            ev(anchor, None, format!("New-ServicePrincipal registered -AppId {app}"), format!("New-ServicePrincipal hat -AppId {app} registriert")),
            ev(t.id, Some("appid"), format!("but the token comes from app {appid}: that app is not registered in Exchange"), format!("das Token stammt aber von der App {appid}: diese App ist in Exchange nicht registriert")),
        ]);
    }
}

/// The object a "couldn't be found" error names (`object '…'`), if it quotes one.
fn quoted_object(t: &str) -> Option<&str> {
    let rest = &t[t.find("object '")? + "object '".len()..];
    Some(&rest[..rest.find('\'')?])
}
