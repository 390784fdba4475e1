//! Rules on the token endpoint: AADSTS codes, token error bodies, endpoint URLs, secrets, scopes.

use super::acc::{ev, why, Acc};
use super::ctx::{
    cloud_name, has, has_any, lc, proto_name, Ctx, CONSUMER_DOMAINS, CONSUMER_TENANT,
};
use crate::catalogue::GeneralQuestion as Ask;
use crate::catalogue::{self, texts, CauseId};
use crate::evidence::{Api, ArtifactKind, Cloud, GuidLabel, TenantSegment};
use crate::i18n::Joined;

/// How much each further cause of an AADSTS code keeps of the code's confidence.
const FOLLOWER_FACTOR: [f32; 4] = [1.0, 0.55, 0.4, 0.3];

/// Runs the Entra rules.
pub(crate) fn run(ctx: &Ctx<'_>, acc: &mut Acc) {
    aadsts_codes(ctx, acc);
    assertion_window(ctx, acc);
    refined_messages(ctx, acc);
    uncoded_messages(ctx, acc);
    token_error_words(ctx, acc);
    secret_rules(ctx, acc);
    endpoint_rules(ctx, acc);
    consumer_mailboxes(ctx, acc);
    scope_rules(ctx, acc);
}

/// The time after `label` in `message` (lower case), as Unix seconds.
fn time_after(message: &str, label: &str) -> Option<i64> {
    let at = message.find(label)? + label.len();
    let rest = message[at..].trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '.' | '+')))
        .unwrap_or(rest.len());
    crate::time::parse_rfc3339(rest[..end].trim_end_matches('.'))
}

/// AADSTS700024 names Entra's time and the assertion's window: a window that starts after
/// Entra's time is a signing clock ahead; one that ended before it, an assertion sent again
/// after it expired (a cached or projected token not renewed), the clock behind only second.
fn assertion_window(ctx: &Ctx<'_>, acc: &mut Acc) {
    const MARGIN: i64 = 60;
    for a in ctx.arts {
        let ArtifactKind::Aadsts(e) = &a.kind else {
            continue;
        };
        if e.code != 700_024 {
            continue;
        }
        let m = lc(&e.message);
        let Some(now) = time_after(&m, "current time:") else {
            continue;
        };
        let from = time_after(&m, "valid from");
        let until = time_after(&m, "expiry time of assertion");
        let fmt = crate::time::format_utc;
        // (cause, likelihood, the other time, its distance from Entra's, the reason's words)
        let reading = if let Some(from) = from.filter(|f| *f > now + MARGIN) {
            (
                CauseId::ClockSkew,
                0.85,
                from,
                from - now,
                crate::t!(
                    "the assertion is valid from {at}, {by} after Entra's time {now}: the signing host's clock runs ahead",
                    "die Assertion gilt ab {at}, {by} nach Entras Zeit {now}: die Uhr des signierenden Hosts geht vor"
                ),
            )
        } else if let Some(until) = until.filter(|u| now > *u + MARGIN) {
            (
                CauseId::TokenExpiredOrCached,
                0.75,
                until,
                now - until,
                crate::t!(
                    "the assertion expired at {at}, {by} before Entra's time {now}: an expired assertion was sent again (a cached or projected token not renewed), or the signing host's clock runs behind",
                    "die Assertion lief um {at} ab, {by} vor Entras Zeit {now}: eine abgelaufene Assertion wurde erneut gesendet (ein zwischengespeichertes oder projiziertes Token nicht erneuert), oder die Uhr des signierenden Hosts geht nach"
                ),
            )
        } else {
            continue;
        };
        let (cause, conf, at, by, text) = reading;
        let fill = |s: &str, by: String| {
            s.replace("{at}", &fmt(at))
                .replace("{by}", &by)
                .replace("{now}", &fmt(now))
        };
        acc.add_ev(
            cause,
            conf,
            a.id,
            None,
            fill(text.en(), super::token::mins(by)),
            fill(text.de(), super::token::mins_de(by)),
        );
        acc.cap(CauseId::CertificateCredentialError, 0.5);
    }
}

/// Whether the input shows AADSTS code `code`.
pub(crate) fn has_code(ctx: &Ctx<'_>, code: u32) -> bool {
    ctx.code_set.contains(&code)
}

/// Maps every AADSTS code through the catalogue.
fn aadsts_codes(ctx: &Ctx<'_>, acc: &mut Acc) {
    // What a known code says depends on the code alone: each is read once (a log repeats its
    // errors). Unknown codes and AADSTS700016 are read with their messages, every time.
    let mut read: Vec<u32> = Vec::new();
    for &(id, code) in &ctx.codes {
        match catalogue::aadsts(code) {
            Some(_) if code != 700016 && read.contains(&code) => {}
            Some(entry) => {
                read.push(code);
                // A code whose message names another known code (`AADSTS70002: Error validating
                // credentials. AADSTS50012: …`) is the generic wrapper: the inner code decides, so
                // the wrapper weighs a quarter (the inner code may be one of low confidence, such
                // as AADSTS50008). A code shown with the message of one of its sub-codes, read
                // beside it, weighs half: the two say the same. The code may first be read from a
                // token error's `error_codes`: its message stands in the AADSTS error read from
                // the description, on the same line.
                let line = ctx.art(id).map(|a| a.line);
                // Only the wrapper's shape, `AADSTSnnnn:` opening the inner message, weighs a
                // quarter: a code merely quoted in prose ("unlike AADSTS50008") does not, and an
                // inferred sub-code's message, which quotes its parent's number, weighs half.
                let naming = |a: &crate::evidence::Artifact| match &a.kind {
                    ArtifactKind::Aadsts(e) if Some(a.line) == line && e.code == code => {
                        names_other_code(&e.message, code).map(|opening| opening && !e.inferred)
                    }
                    _ => None,
                };
                let names_other = ctx.arts.iter().any(|a| naming(a) == Some(true));
                let wrapper = ctx.arts.iter().any(|a| naming(a).is_some())
                    || ctx
                        .codes
                        .iter()
                        .any(|&(_, c)| catalogue::is_sub_code(c, code));
                // The code shown whose message is this (inferred) sub-code's wording.
                let parent = ctx
                    .codes
                    .iter()
                    .map(|&(_, c)| c)
                    .find(|&c| catalogue::is_sub_code(code, c));
                // A code read from the message's wording or Microsoft's error name (the paste
                // shows no number) is worded as such.
                let inferred = ctx
                    .art(id)
                    .is_some_and(|a| matches!(&a.kind, ArtifactKind::Aadsts(e) if e.inferred));
                // (The sub-code read from its parent's message is the more precise of the two:
                // the parent shown beside it weighs half, the sub-code in full.)
                let weight = if names_other {
                    0.25
                } else if wrapper && !(inferred && parent.is_some()) {
                    0.5
                } else {
                    1.0
                };
                let name = entry
                    .name()
                    .split(" — ")
                    .next()
                    .unwrap_or(entry.name())
                    .trim_end_matches('.');
                for (i, cause) in entry.causes().iter().enumerate() {
                    let f = FOLLOWER_FACTOR.get(i).copied().unwrap_or(0.25);
                    let conf = entry.confidence() * f * weight;
                    // A code Microsoft raises for several failures (its catalogue confidence
                    // under 0.7) does not state its first cause: it most often comes from it.
                    let (says_en, says_de) = if i == 0 && entry.confidence() >= 0.7 {
                        ("states this cause", "nennt diese Ursache")
                    } else if i == 0 {
                        (
                            "most often comes from this cause",
                            "entsteht meist durch diese Ursache",
                        )
                    } else {
                        (
                            "is also raised by this cause",
                            "entsteht auch durch diese Ursache",
                        )
                    };
                    let (en, de) = if let (true, Some(parent)) = (inferred, parent) {
                        (
                            format!("AADSTS{parent}'s message is the wording of AADSTS{code} ({name}), which {says_en}"),
                            format!("die Meldung von AADSTS{parent} ist der Wortlaut von AADSTS{code} ({name}); dieser Code {says_de}"),
                        )
                    } else if inferred {
                        (
                            format!("no code shown; the message reads as AADSTS{code} ({name}), which {says_en}"),
                            format!("kein Code angegeben; die Meldung entspricht AADSTS{code} ({name}); dieser Code {says_de}"),
                        )
                    } else {
                        (
                            format!("AADSTS{code} ({name}) {says_en}"),
                            format!("AADSTS{code} ({name}) {says_de}"),
                        )
                    };
                    acc.add_ev(*cause, conf, id, None, en, de);
                }
            }
            None => unknown_code(acc),
        }
        if code == 700016 {
            app_id_shape(ctx, acc, id);
        }
    }
}

/// Whether `message` names a known AADSTS code other than `code`: `None` when it names none,
/// else whether one of them opens an inner message (`AADSTS50008:`).
fn names_other_code(message: &str, code: u32) -> Option<bool> {
    let mut found = None;
    for (p, _) in message.match_indices("AADSTS") {
        let digits: String = message[p + 6..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if digits
            .parse::<u32>()
            .is_ok_and(|c| c != code && catalogue::aadsts(c).is_some())
        {
            let colon = message[p + 6 + digits.len()..].starts_with(':');
            *found.get_or_insert(false) |= colon;
        }
    }
    found
}

/// An AADSTS code the catalogue does not know: it stays unrecognised. No cause is guessed from
/// its words (a word such as "tenant" or "application" names no cause); the rows of
/// `texts::ENTRA_PHRASES` still read wordings that state a cause (see [`uncoded_messages`]).
/// The questions ask for what tells the candidates apart: Microsoft's own description of the
/// code and the flow that got it.
fn unknown_code(acc: &mut Acc) {
    acc.ask(1, Ask::AadstsLookup);
    acc.ask(2, Ask::PasteMore);
    acc.ask(3, Ask::Flow);
}

/// AADSTS700016 with an identifier that is not a GUID: a name or address was used as client id.
fn app_id_shape(ctx: &Ctx<'_>, acc: &mut Acc, id: usize) {
    let Some(a) = ctx.art(id) else { return };
    let text = super::ctx::texts(a).joined(" ");
    let Some(start) = text.find("identifier '") else {
        return;
    };
    let rest = text.get(start + "identifier '".len()..).unwrap_or("");
    let ident: String = rest.chars().take_while(|c| *c != '\'').take(80).collect();
    if !ident.is_empty() && !looks_like_guid(&ident) {
        acc.add_ev(
            CauseId::AppNotFoundInTenant,
            0.95,
            id,
            None,
            format!("the client id sent is '{ident}', which is not an application (client) id (a GUID)"),
            format!("als Client-ID wurde '{ident}' gesendet, das ist keine Anwendungs-ID (Client-ID, eine GUID)"),
        );
    }
}

/// Whether `s` (trimmed) is a GUID: [`crate::secrets::is_guid`] on the trimmed text.
pub(crate) fn looks_like_guid(s: &str) -> bool {
    crate::secrets::is_guid(s.trim().as_bytes())
}

/// Token endpoint messages without a code (the code was cut off or never shown).
/// Coded messages whose wording names a more specific cause than the code (rows of
/// [`texts::ENTRA_REFINE`]): the row's causes lead, the code's others follow.
fn refined_messages(ctx: &Ctx<'_>, acc: &mut Acc) {
    for a in ctx.arts {
        let ArtifactKind::Aadsts(e) = &a.kind else {
            continue;
        };
        let rows = texts::ENTRA_REFINE
            .iter()
            .filter(|r| r.code == texts::Code::Aadsts(e.code));
        let mut t = None;
        for row in rows {
            let t = t.get_or_insert_with(|| ctx.text_lc(a));
            if row.matches_by(|n| has(t, n)) {
                acc.add_row(row, a.id);
                // The wording names another failure than the code's own meaning (one code,
                // several failures): the code's causes rank below the one the wording names.
                let top = row.causes.iter().map(|p| p.weight()).fold(0.0, f32::max);
                if let Some(code) = catalogue::aadsts(e.code) {
                    for c in code.causes() {
                        if !row.causes.iter().any(|p| p.cause == *c) {
                            acc.cap(*c, top - 0.05);
                        }
                    }
                }
            }
        }
    }
}

fn uncoded_messages(ctx: &Ctx<'_>, acc: &mut Acc) {
    let coded = &ctx.codes;
    for a in ctx.arts {
        let explained = match &a.kind {
            ArtifactKind::Aadsts(e) => catalogue::aadsts(e.code).is_some(),
            ArtifactKind::TokenError(e) => e.codes.iter().any(|c| catalogue::aadsts(*c).is_some()),
            _ => false,
        };
        let t = ctx.text_lc(a);
        if t.is_empty() || explained {
            continue;
        }
        let mut phrased = false;
        for row in texts::ENTRA_PHRASES {
            if !row.matches_by(|n| has(&t, n)) {
                continue;
            }
            phrased = true;
            for p in row.causes {
                // A coded artifact already speaks for this cause: the phrase adds nothing.
                let stated = coded.iter().any(|(_, c)| {
                    catalogue::aadsts(*c).is_some_and(|e| e.causes().first() == Some(&p.cause))
                });
                if !stated {
                    acc.add(p.cause, p.weight(), vec![why(a.id, &p.why)]);
                }
            }
        }
        // An unknown code's message in words no phrase knows: what it says of a subject
        // (`texts::CONCEPTS`: "the client secret … expired"), the first matching pair. A single
        // word names no cause, so a message without such a pair stays unrecognised.
        if !phrased
            && matches!(
                a.kind,
                ArtifactKind::Aadsts(_) | ArtifactKind::TokenError(_)
            )
        {
            if let Some(row) = super::ctx::concept_in(&t) {
                acc.add_row(row, a.id);
            }
        }
    }
}

/// OAuth `error` words of a token error body without a known code; a known AADSTS code
/// elsewhere in the paste (a library prints the word on one line, the code on the next) speaks
/// instead of them.
fn token_error_words(ctx: &Ctx<'_>, acc: &mut Acc) {
    let coded = ctx
        .arts
        .iter()
        .any(|a| matches!(&a.kind, ArtifactKind::Aadsts(e) if catalogue::aadsts(e.code).is_some()));
    if coded {
        return;
    }
    for a in ctx.arts {
        let ArtifactKind::TokenError(e) = &a.kind else {
            continue;
        };
        if e.codes.iter().any(|c| catalogue::aadsts(*c).is_some()) {
            continue;
        }
        let Some(row) = catalogue::oauth::oauth_error(&e.error) else {
            continue;
        };
        for (cause, conf) in row.causes {
            acc.add_ev(
                *cause,
                *conf,
                a.id,
                None,
                format!(
                    "the token endpoint answered error \"{}\": {}",
                    e.error,
                    row.meaning.en()
                ),
                format!(
                    "der Token-Endpunkt antwortete mit dem Fehler \"{}\": {}",
                    e.error,
                    row.meaning.de()
                ),
            );
        }
    }
}

/// A GUID-shaped secret next to AADSTS7000215: the secret's ID was sent instead of its value.
fn secret_rules(ctx: &Ctx<'_>, acc: &mut Acc) {
    let bad_secret = has_code(ctx, 7000215) || acc.conf(CauseId::InvalidClientSecret) >= 0.8;
    for a in ctx.arts {
        let (guid_shaped, shown) = match &a.kind {
            ArtifactKind::ClientSecret {
                masked,
                guid_shaped,
            } => (*guid_shaped, masked.clone()),
            ArtifactKind::Guid {
                value,
                label: GuidLabel::SecretId,
            } => (true, value.clone()),
            _ => continue,
        };
        if !guid_shaped {
            continue;
        }
        let conf = if bad_secret { 0.93 } else { 0.45 };
        let (en, de) = if bad_secret {
            (
                format!("the client secret {shown} has the shape of a GUID – that is the secret's ID, while the token endpoint rejected the secret"),
                format!("der geheime Clientschlüssel {shown} hat die Form einer GUID – das ist die ID des Schlüssels, und der Token-Endpunkt hat den Schlüssel abgelehnt"),
            )
        } else {
            (
                format!("the client secret {shown} has the shape of a GUID – secret values never do; it is probably the secret's ID"),
                format!("der geheime Clientschlüssel {shown} hat die Form einer GUID – echte Schlüsselwerte haben sie nie; vermutlich ist es die ID des Schlüssels"),
            )
        };
        acc.add_ev(CauseId::SecretIdUsedAsValue, conf, a.id, None, en, de);
        if bad_secret {
            acc.cap(CauseId::InvalidClientSecret, 0.6);
        }
    }
}

/// Endpoint URLs: aliases with client credentials, placeholders, cloud mismatches.
fn endpoint_rules(ctx: &Ctx<'_>, acc: &mut Acc) {
    // One witness per cloud: comparing every pair of a long log would say the same thing again.
    let mut token_clouds: Vec<(usize, Cloud)> = Vec::new();
    for t in &ctx.tokens {
        if let Some(c) = t.jwt.cloud {
            if !token_clouds.iter().any(|(_, x)| *x == c) {
                token_clouds.push((t.id, c));
            }
        }
    }
    let mut host_clouds: Vec<(usize, Cloud, String)> = Vec::new();
    for a in ctx.arts {
        if let ArtifactKind::Host {
            host,
            cloud: Some(c),
            ..
        } = &a.kind
        {
            if !host_clouds.iter().any(|(_, x, _)| x == c) {
                host_clouds.push((a.id, *c, host.clone()));
            }
        }
    }
    let token_failure = !ctx.codes.is_empty()
        || ctx
            .arts
            .iter()
            .any(|a| matches!(a.kind, ArtifactKind::TokenError(_)));
    for (id, e) in ctx.endpoints() {
        match &e.tenant {
            TenantSegment::Common | TenantSegment::Organizations
                if ctx.app_only.is_some() && ctx.delegated.is_none() =>
            {
                let seg = if e.tenant == TenantSegment::Common {
                    "common"
                } else {
                    "organizations"
                };
                acc.add_ev(
                    CauseId::WrongEndpointOrCloud,
                    if has_code(ctx, 50194) || has_code(ctx, 9001023) { 0.9 } else { 0.75 },
                    id,
                    None,
                    format!("the token URL uses /{seg}, but client credentials (app-only) need the tenant id or domain"),
                    format!("die Token-URL verwendet /{seg}, App-only-Anmeldungen (Clientanmeldeinformationen) brauchen aber die Mandanten-ID oder -Domäne"),
                );
            }
            TenantSegment::Common if has_code(ctx, 50194) => {
                acc.add_ev(
                    CauseId::WrongEndpointOrCloud,
                    0.9,
                    id,
                    None,
                    "the authority is /common, which a single-tenant app cannot use".into(),
                    "die Autorität ist /common, die eine Single-Tenant-App nicht verwenden kann"
                        .into(),
                );
            }
            TenantSegment::Consumers => {
                let conf = if ctx.app_only.is_some() { 0.7 } else { 0.4 };
                acc.add_ev(
                    CauseId::WrongEndpointOrCloud,
                    conf,
                    id,
                    None,
                    "the token URL uses /consumers (personal Microsoft accounts only)".into(),
                    "die Token-URL verwendet /consumers (nur persönliche Microsoft-Konten)".into(),
                );
                if ctx.app_only.is_some() {
                    acc.add_ev(
                        CauseId::PersonalAccountNotSupported,
                        0.5,
                        id,
                        None,
                        "/consumers issues tokens for personal accounts, which cannot use app-only access to Exchange Online".into(),
                        "/consumers stellt Token für persönliche Konten aus, die keinen App-only-Zugriff auf Exchange Online haben".into(),
                    );
                }
            }
            TenantSegment::Invalid(v)
                if catalogue::oauth::NOT_TENANT_PATHS
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(v.trim_end_matches(['.', ',', ';', ':']))) =>
            {
                acc.add_ev(
                    CauseId::WrongEndpointOrCloud,
                    if token_failure { 0.8 } else { 0.55 },
                    id,
                    None,
                    format!("the URL has '{v}' where the tenant belongs: a path of another endpoint, so the client calls a URL of the login host that does not exist"),
                    format!("die URL hat '{v}' an der Stelle des Mandanten: ein Pfad eines anderen Endpunkts, der Client ruft also eine URL des Anmeldehosts auf, die es nicht gibt"),
                );
            }
            TenantSegment::Invalid(v) if !redacted(v) => {
                // Another code already explains the failure: the odd tenant part is only a hint.
                let explained = ctx.code_set.iter().any(|c| {
                    catalogue::aadsts(*c)
                        .is_some_and(|e| !e.causes().contains(&CauseId::TenantNotFound))
                });
                let failed = !explained && token_failure;
                acc.add_ev(
                    CauseId::TenantNotFound,
                    if failed { 0.8 } else { 0.55 },
                    id,
                    None,
                    format!("the tenant part of the token URL is '{v}', which is neither a tenant id nor a domain"),
                    format!("der Mandantenteil der Token-URL ist '{v}', weder eine Mandanten-ID noch eine Domäne"),
                );
            }
            _ => {}
        }
        if let Some(ec) = e.cloud {
            let login_host = || {
                ev(
                    id,
                    None,
                    format!(
                        "the login host {} belongs to the {} cloud",
                        e.host,
                        cloud_name(ec).0
                    ),
                    format!(
                        "der Anmeldehost {} gehört zur {} Cloud",
                        e.host,
                        cloud_name(ec).1
                    ),
                )
            };
            for (tid, tc) in &token_clouds {
                if *tc != ec {
                    acc.add(
                        CauseId::WrongEndpointOrCloud,
                        0.8,
                        vec![
                            login_host(),
                            ev(
                                *tid,
                                Some("iss"),
                                format!(
                                    "but the token was issued by the {} cloud",
                                    cloud_name(*tc).0
                                ),
                                format!(
                                    "aber das Token wurde von der {} Cloud ausgestellt",
                                    cloud_name(*tc).1
                                ),
                            ),
                        ],
                    );
                }
            }
            for (hid, hc, host) in &host_clouds {
                if *hc != ec {
                    acc.add(
                        CauseId::WrongEndpointOrCloud,
                        0.8,
                        vec![
                            login_host(),
                            ev(
                                *hid,
                                None,
                                format!(
                                    "but the mail host {host} belongs to the {} cloud",
                                    cloud_name(*hc).0
                                ),
                                format!(
                                    "aber der Mailhost {host} gehört zur {} Cloud",
                                    cloud_name(*hc).1
                                ),
                            ),
                        ],
                    );
                }
            }
        }
    }
    // A token from one cloud presented to a mail host of another.
    for (tid, tc) in &token_clouds {
        for (hid, hc, host) in &host_clouds {
            if tc != hc {
                acc.add(
                    CauseId::WrongEndpointOrCloud,
                    0.75,
                    vec![
                        ev(
                            *tid,
                            Some("iss"),
                            format!("the token was issued by the {} cloud", cloud_name(*tc).0),
                            format!(
                                "das Token wurde von der {} Cloud ausgestellt",
                                cloud_name(*tc).1
                            ),
                        ),
                        ev(
                            *hid,
                            None,
                            format!(
                                "but the mail host {host} belongs to the {} cloud",
                                cloud_name(*hc).0
                            ),
                            format!(
                                "aber der Mailhost {host} gehört zur {} Cloud",
                                cloud_name(*hc).1
                            ),
                        ),
                    ],
                );
            }
        }
    }
    // Personal-account tenant in a token.
    for t in &ctx.tokens {
        let c = &t.jwt.claims;
        let consumer = c
            .tid
            .as_deref()
            .is_some_and(|v| v.eq_ignore_ascii_case(CONSUMER_TENANT))
            || c.iss
                .as_deref()
                .is_some_and(|v| lc(v).contains(CONSUMER_TENANT));
        if consumer {
            // Personal accounts can use delegated IMAP/POP/SMTP; app-only access needs a tenant.
            let app_only =
                t.jwt.flavor == crate::evidence::TokenFlavor::AppOnly || ctx.app_only.is_some();
            let conf = if app_only {
                0.75
            } else if !ctx.mail_failures.is_empty() && t.jwt.api != Api::ExchangeOnline {
                0.45
            } else if !ctx.mail_failures.is_empty() {
                0.3
            } else {
                continue;
            };
            acc.add_ev(
                CauseId::PersonalAccountNotSupported,
                conf,
                t.id,
                Some("tid"),
                format!("tid is {CONSUMER_TENANT}, the tenant of personal Microsoft accounts (outlook.com, hotmail.com)"),
                format!("tid ist {CONSUMER_TENANT}, der Mandant persönlicher Microsoft-Konten (outlook.com, hotmail.com)"),
            );
        }
    }
}

/// Personal-account mailboxes (outlook.com, hotmail.com, …) with an app-only setup.
fn consumer_mailboxes(ctx: &Ctx<'_>, acc: &mut Acc) {
    let is_consumer = |addr: &str| {
        crate::i18n::rsplit_once_ascii(addr, b'@')
            .is_some_and(|(_, d)| CONSUMER_DOMAINS.contains(&crate::i18n::fold_case(d.trim())))
    };
    if ctx.app_only.is_none() {
        consumer_signin(ctx, acc, &is_consumer);
        return;
    }
    let anchor = ctx.app_only.unwrap_or(0);
    if let Some(m) = ctx.hints.mailbox.as_deref().filter(|m| is_consumer(m)) {
        acc.add_ev(
            CauseId::PersonalAccountNotSupported,
            0.75,
            anchor,
            None,
            format!("the mailbox {m} is a personal Microsoft account; app-only access (client credentials) works only for mailboxes in a Microsoft 365 tenant"),
            format!("das Postfach {m} ist ein persönliches Microsoft-Konto; App-only-Zugriff (Clientanmeldeinformationen) funktioniert nur für Postfächer in einem Microsoft-365-Mandanten"),
        );
    }
    for a in ctx.arts {
        if let ArtifactKind::Email { address, .. } = &a.kind {
            if is_consumer(address) {
                acc.add_ev(
                    CauseId::PersonalAccountNotSupported,
                    0.65,
                    a.id,
                    None,
                    format!("{address} is a personal Microsoft account, but the setup is app-only (client credentials), which needs a Microsoft 365 tenant"),
                    format!("{address} ist ein persönliches Microsoft-Konto, die Einrichtung ist aber App-only (Clientanmeldeinformationen) und braucht einen Microsoft-365-Mandanten"),
                );
            }
        }
    }
}

/// A personal Microsoft account (outlook.com, hotmail.com, …) signing in or named as the mailbox,
/// and a refusal in the paste, the flow unknown: a candidate, as the apps and Entra setups for
/// Microsoft 365 mailboxes (a single-tenant registration, the tenant's endpoint, client
/// credentials, outlook.office365.com) do not serve personal accounts, when the paste shows
/// OAuth. Worded as likely: the paste does not show the flow.
fn consumer_signin(ctx: &Ctx<'_>, acc: &mut Acc, is_consumer: &dyn Fn(&str) -> bool) {
    if ctx.delegated.is_some() || !ctx.arts.iter().any(super::ctx::is_any_failure) {
        return;
    }
    // A password sign-in of a personal account is refused for basic authentication, a
    // different fix: only where the paste shows OAuth (or Graph, which knows nothing else).
    let graph = ctx.protocols.contains(&crate::evidence::Protocol::Graph);
    if !graph && !super::mail::oauth_evidence(ctx) {
        return;
    }
    let signin = ctx.arts.iter().find_map(|a| match &a.kind {
        ArtifactKind::Email { address, role }
            if is_consumer(address)
                && role.is_some_and(|r| r.names_signin() || r.names_mailbox()) =>
        {
            Some((a.id, address.as_str()))
        }
        _ => None,
    });
    if let Some((id, address)) = signin {
        acc.add_ev(
            CauseId::PersonalAccountNotSupported,
            0.45,
            id,
            None,
            format!("{address} is a personal Microsoft account; likely the app's sign-in is set up for Microsoft 365 mailboxes (a tenant's endpoint, client credentials), which do not serve personal accounts — your paste does not show the flow"),
            format!("{address} ist ein persönliches Microsoft-Konto; vermutlich ist die Anmeldung der App für Microsoft-365-Postfächer eingerichtet (Endpunkt eines Mandanten, Clientanmeldeinformationen), die persönliche Konten nicht bedienen – Ihr Einfügetext zeigt den Flow nicht"),
        );
    }
}

/// Whether a tenant segment was blanked out by whoever posted the text (not a real defect).
fn redacted(v: &str) -> bool {
    // `<tenant>`, `[Tenant ID]` (the URL's segment may end at its blank): a value blanked out
    // for a post, as people write it (a template's leftover `{tenant}` is a real
    // misconfiguration and stays a finding).
    if v.trim_start().starts_with(['<', '[']) {
        return true;
    }
    let l = crate::i18n::fold_case(v);
    has_any(
        &l,
        &[
            "hidden", "redacted", "removed", "xxx", "***", "...", "…", "censored",
        ],
    )
}

/// Scope strings: Graph scopes for mail protocols, missing `/.default` with client credentials,
/// mixed resources.
fn scope_rules(ctx: &Ctx<'_>, acc: &mut Acc) {
    let mail = ctx.exchange_protocols();
    let exchange_host = |x: &str| {
        has_any(
            x,
            &[
                "outlook.office365.",
                "outlook.office.com",
                "ps.outlook.com",
                "partner.outlook.cn",
            ],
        )
    };
    // An Exchange Online scope anywhere in the paste: a Graph scope beside it is told as replaced
    // or as another feature's ("changed it to https://outlook.office365.com/.default"), so
    // which one the mail protocol's token used is not shown.
    let exchange_scope_shown = ctx.arts.iter().any(|a| {
        matches!(&a.kind, ArtifactKind::Scope(s) if s.scopes.iter().any(|x| exchange_host(&lc(x))))
    });
    for a in ctx.arts {
        let ArtifactKind::Scope(s) = &a.kind else {
            continue;
        };
        let scopes: Vec<String> = s.scopes.iter().map(|x| lc(x)).collect();
        let graph_host = scopes.iter().any(|x| x.contains("graph.microsoft."));
        let outlook_host = scopes.iter().any(|x| exchange_host(x));
        let mail_scope_on_graph = scopes.iter().any(|x| {
            x.contains("graph.microsoft.")
                && has_any(x, &["imap.", "pop.", "smtp.", "ews.", "full_access_as_app"])
        });
        let bare_graph = !outlook_host
            && scopes.iter().any(|x| {
                !x.contains("://")
                    && has_any(
                        x,
                        &["user.read", "mail.read", "mail.send", "mail.readwrite"],
                    )
            });
        // A mail-protocol permission named without its resource (`IMAP.AccessAsUser.All`) is
        // read as a Microsoft Graph permission: the token's audience is then Graph.
        let bare_mail = scopes.iter().filter(|_| !outlook_host).find(|x| {
            !x.contains("://")
                && has_any(
                    x,
                    &[
                        "imap.accessasuser",
                        "pop.accessasuser",
                        "ews.accessasuser",
                        "smtp.send",
                    ],
                )
        });
        let mut audience = |conf: f32, en: String, de: String| {
            acc.add_ev(CauseId::WrongTokenAudience, conf, a.id, None, en, de);
        };
        if let Some(bare) = bare_mail.filter(|_| !mail_scope_on_graph) {
            audience(
                0.75,
                format!("the scope {bare} names no resource, so Entra reads it as a Microsoft Graph permission and the token is for Graph; IMAP/POP/SMTP need https://outlook.office.com/{bare}"),
                format!("der Bereich {bare} nennt keine Ressource, daher liest Entra ihn als Microsoft-Graph-Berechtigung und das Token gilt für Graph; IMAP/POP/SMTP brauchen https://outlook.office.com/{bare}"),
            );
        }
        if mail_scope_on_graph {
            audience(
                0.85,
                format!("the scope {} asks Microsoft Graph for a mail-protocol permission; IMAP/POP/SMTP need it from https://outlook.office.com (delegated) or https://outlook.office365.com/.default (app-only)", s.scopes.joined(" ")),
                format!("der Bereich {} fordert eine Mailprotokoll-Berechtigung von Microsoft Graph an; IMAP/POP/SMTP brauchen sie von https://outlook.office.com (delegiert) bzw. https://outlook.office365.com/.default (App-only)", s.scopes.joined(" ")),
            );
        } else if (graph_host || bare_graph) && !outlook_host && !mail.is_empty() {
            let p = mail
                .iter()
                .map(|p| proto_name(*p))
                .collect::<Vec<_>>()
                .joined("/");
            audience(
                if exchange_scope_shown { 0.3 } else { 0.75 },
                format!(
                    "the scope {} yields a Microsoft Graph token, but the log shows {p}",
                    s.scopes.joined(" ")
                ),
                format!(
                    "der Bereich {} liefert ein Microsoft-Graph-Token, das Protokoll ist aber {p}",
                    s.scopes.joined(" ")
                ),
            );
        }
        if graph_host && outlook_host {
            acc.add_ev(
                CauseId::InvalidScope,
                0.6,
                a.id,
                None,
                "the scope mixes Microsoft Graph and Exchange Online; one token request can name only one resource".into(),
                "der Bereich mischt Microsoft Graph und Exchange Online; eine Tokenanfrage kann nur eine Ressource nennen".into(),
            );
        }
        let client_credentials = ctx.any_app_token;
        let named_app_perm = scopes
            .iter()
            .any(|x| has_any(x, &["accessasapp", "sendasapp", "full_access_as_app"]));
        if !s.resource_param
            && !super::ctx::scope_is_default(&s.scopes)
            && (named_app_perm || (client_credentials && outlook_host))
        {
            acc.add_ev(
                CauseId::InvalidScope,
                if has_code(ctx, 70011) || has_code(ctx, 1002012) { 0.9 } else { 0.65 },
                a.id,
                None,
                format!("the scope {} names permissions; client credentials need the resource with /.default (https://outlook.office365.com/.default)", s.scopes.joined(" ")),
                format!("der Bereich {} nennt einzelne Berechtigungen; Clientanmeldeinformationen brauchen die Ressource mit /.default (https://outlook.office365.com/.default)", s.scopes.joined(" ")),
            );
        }
    }
}
