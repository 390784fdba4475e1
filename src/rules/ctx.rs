//! What the rules need to know about the whole input at once: the tokens, the protocols seen,
//! the failures and their time, and whether the setup looks app-only or delegated.

use crate::evidence::{Artifact, ArtifactKind, JwtToken, Protocol, ServerReply, TokenFlavor};
use crate::i18n::Joined;
use crate::options::Hints;

/// The Microsoft consumer (personal account) tenant id.
pub(crate) const CONSUMER_TENANT: &str = "9188040d-6c67-4c5b-b112-36a304b66dad";

/// Domains of personal Microsoft accounts.
pub(crate) const CONSUMER_DOMAINS: crate::catalogue::Words = crate::words![
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "passport.com",
    "outlook.de",
    "hotmail.de",
    "live.de",
    "hotmail.co.uk",
    "live.co.uk",
    "outlook.fr",
    "hotmail.fr",
];

/// A token the rules reason about: the artifact it sits in and its decoded form.
#[derive(Clone, Copy)]
pub(crate) struct Tok<'a> {
    /// The token's artifact id.
    pub id: usize,
    /// The decoded token.
    pub jwt: &'a JwtToken,
    /// Whether it was found inside an XOAUTH2 string (so it is the one sent to the server).
    pub in_xoauth2: bool,
}

/// A permission change and where it is known from.
#[derive(Clone, Debug)]
pub(crate) struct Change {
    /// When (Unix seconds).
    pub at: i64,
    /// The cmdlet artifact that made it, when it comes from the log (else it is the user's hint).
    pub artifact: Option<usize>,
    /// The cmdlet name, when it comes from the log.
    pub cmdlet: Option<String>,
}

/// Cmdlets that change what Exchange lets an app do.
const CHANGE_CMDLETS: crate::catalogue::Words = crate::words![
    "New-ServicePrincipal",
    "Add-MailboxPermission",
    "Add-RecipientPermission",
    "Set-CASMailbox",
    "New-ManagementRoleAssignment",
    "Set-TransportConfig",
    "New-ApplicationAccessPolicy",
];

/// The items of `it`, sorted, each once (a set without a tree: the rules' sets are small and read in order).
fn sorted_set<T: Copy + PartialEq>(it: impl Iterator<Item = T>, key: fn(&T) -> u64) -> Vec<T> {
    let mut v: Vec<T> = it.collect();
    crate::order::sort_by_key(&mut v, key);
    v.dedup();
    v
}

/// The view of all artifacts that the rules share.
pub(crate) struct Ctx<'a> {
    /// Every artifact.
    pub arts: &'a [Artifact],
    /// The user's hints.
    pub hints: &'a Hints,
    /// The analysis clock.
    pub now: i64,
    /// Decoded tokens (access tokens and ID tokens), XOAUTH2-nested ones first.
    pub tokens: Vec<Tok<'a>>,
    /// Resource protocols seen (IMAP, POP, SMTP, EWS, Graph), in order, each once.
    pub protocols: Vec<Protocol>,
    /// Artifacts that show a failed sign-in or a refused request at a mail/API server.
    pub mail_failures: Vec<usize>,
    /// The time of the latest failure with a known time.
    pub failure_time: Option<i64>,
    /// The last permission change before the failure: the user's hint, else a change cmdlet
    /// with a time in the log.
    pub changed: Option<Change>,
    /// Every AADSTS code found (in `Aadsts` artifacts and in token error bodies) with its artifact.
    pub codes: Vec<(usize, u32)>,
    /// The same codes, sorted, each once.
    pub code_set: Vec<u32>,
    /// The protocol the failure is about (see [`Ctx::main_protocol`]).
    main_proto: Option<Protocol>,
    /// The resource protocols the failures tell (IMAP, POP, SMTP, EWS, Graph), in order, each once.
    pub failure_protocols: Vec<Protocol>,
    /// The first artifact that shows an Exchange mail protocol.
    pub first_exchange_art: Option<usize>,
    /// A `New-ServicePrincipal` call or a service-principal-not-found error (an app-only setup).
    pub sp_setup_art: Option<usize>,
    /// Addresses in From/Sender roles, with their artifacts.
    pub from_emails: Vec<(usize, &'a str)>,
    /// Whether some access token is app-only.
    pub any_app_token: bool,
    /// Artifact id → index in [`Ctx::tokens`] (the id as `u64`: the map type the scanner's
    /// groups use, one copy of its code in the page).
    token_index: rustc_hash::FxHashMap<u64, usize>,
    /// Evidence that the setup uses client credentials (app-only).
    pub app_only: Option<usize>,
    /// Evidence that the setup signs in a user (delegated).
    pub delegated: Option<usize>,
    /// A mail program the paste names that only signs a user in (`catalogue::oauth::USER_PROGRAMS`:
    /// getmail, fetchmail, mbsync, …), with OAuth or a password: the identity signed in is the
    /// user's own, not an app's. Not counted as the OAuth flow (`delegated`): these programs
    /// sign in with passwords as often.
    pub user_program: Option<usize>,
    /// [`text_lc`] of every artifact, by index, as a number into `lc_pool` (rules read these
    /// texts many times; a log repeats its errors, so the same text is kept once).
    lc_ids: Vec<u32>,
    /// The distinct lower-cased texts; the first is the empty text.
    lc_pool: Vec<String>,
    /// Per artifact: an earlier artifact of the same kind has the same (non-empty) text.
    repeats: Vec<bool>,
}

/// Numbers the distinct texts of the artifacts (by position): [`text_lc`] of each, each text
/// once, and whether an earlier artifact of the same kind had the same text.
fn intern_texts(arts: &[Artifact]) -> (Vec<u32>, Vec<String>, Vec<bool>) {
    let mut pool = vec![String::new()];
    // Per text: the kinds seen with it (a text is seldom shared by two kinds).
    let mut kinds: Vec<Vec<&'static str>> = vec![Vec::new()];
    // Texts are found by their hash (Fx: hashing is a large part of this pass, and the texts
    // are the user's own paste): the first text with a hash, then the others with it in a
    // chain. A text is compared with the artifact it was first seen in, so no copy of it as
    // written is kept.
    // (Values as `usize`: the map type the scanner's groups use, one copy of its code.)
    let mut heads: rustc_hash::FxHashMap<u64, usize> = rustc_hash::FxHashMap::default();
    let mut chain: Vec<u32> = vec![0];
    let mut first: Vec<usize> = vec![0];
    let mut ids = Vec::with_capacity(arts.len());
    let mut repeats = Vec::with_capacity(arts.len());
    let mut key = String::new();
    let mut other = String::new();
    // Per kind, the texts and number of its last artifact: a log repeating an error is read
    // without hashing the text again.
    let mut last: Vec<(&'static str, Vec<&str>, u32)> = Vec::new();
    for a in arts {
        let parts = texts(a);
        if parts.len() <= 1 && parts.iter().all(|p| p.is_empty()) {
            ids.push(0);
            repeats.push(false);
            continue;
        }
        let name = a.kind.name();
        if let Some((_, _, id)) = last.iter().find(|(n, p, _)| *n == name && *p == parts) {
            ids.push(*id);
            repeats.push(true);
            continue;
        }
        // Looked up by the text as written: a repeated text is not lower-cased again.
        join_into(&mut key, &parts);
        let hash = std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, key.as_str());
        let mut found = None;
        let mut at = heads.get(&hash).map_or(0, |&h| h as u32);
        while at != 0 {
            if let Some(b) = first.get(at as usize).and_then(|&i| arts.get(i)) {
                join_into(&mut other, &texts(b));
                if other == key {
                    found = Some(at);
                    break;
                }
            }
            at = chain.get(at as usize).copied().unwrap_or(0);
        }
        let id = match found {
            Some(id) => id,
            None => {
                let id = u32::try_from(pool.len()).unwrap_or(u32::MAX);
                pool.push(lc_read(&key));
                kinds.push(Vec::new());
                first.push(ids.len());
                chain.push(heads.insert(hash, id as usize).map_or(0, |h| h as u32));
                id
            }
        };
        match last.iter_mut().find(|(n, _, _)| *n == name) {
            Some(l) => *l = (name, parts, id),
            None => last.push((name, parts, id)),
        }
        let repeat = match kinds.get_mut(id as usize) {
            Some(seen) if seen.contains(&name) => true,
            Some(seen) => {
                seen.push(name);
                false
            }
            None => false,
        };
        ids.push(id);
        repeats.push(repeat);
    }
    (ids, pool, repeats)
}

/// `parts` joined by blanks, into `buf`.
fn join_into(buf: &mut String, parts: &[&str]) {
    buf.clear();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            buf.push(' ');
        }
        buf.push_str(p);
    }
}

/// Lower-case copy for phrase matching (ASCII and Latin-1 letters, each run of blanks one
/// blank; see [`crate::i18n::fold_for_match`]).
pub(crate) fn lc(s: &str) -> String {
    crate::i18n::fold_for_match(s)
}

/// The texts an artifact carries (messages, details, names), for phrase matching.
pub(crate) fn texts(a: &Artifact) -> Vec<&str> {
    match &a.kind {
        ArtifactKind::ServerReply(r) => vec![r.text.as_str()],
        ArtifactKind::LogonDenied { detail, .. } => vec![detail.as_str()],
        ArtifactKind::AuthenticatedNotConnected => vec!["User is authenticated but not connected."],
        ArtifactKind::MailboxLogonFailure { text } => vec![text.as_str()],
        ArtifactKind::Aadsts(e) => vec![e.message.as_str()],
        ArtifactKind::TokenError(e) => {
            let mut v = vec![e.error.as_str()];
            if let Some(d) = &e.description {
                v.push(d.as_str());
            }
            v
        }
        ArtifactKind::ApiError { code, message, .. } => vec![code.as_str(), message.as_str()],
        ArtifactKind::PsError(e) => vec![e.id.as_str(), e.message.as_str()],
        ArtifactKind::ClientError {
            library,
            name,
            message,
        } => {
            vec![library.as_str(), name.as_str(), message.as_str()]
        }
        ArtifactKind::NetworkError { text } => vec![text.as_str()],
        _ => Vec::new(),
    }
}

/// The lower-cased joined texts of an artifact.
pub(crate) fn text_lc(a: &Artifact) -> String {
    lc_read(&texts(a).joined(" "))
}

/// [`lc`] of an artifact's text as the rules read it: a text written without umlauts
/// ("Zeitueberschreitung") is followed by itself with them (see `i18n::umlauts`), so the
/// German needles meet it; the text as written comes first.
fn lc_read(s: &str) -> String {
    let t = lc(s);
    match crate::i18n::umlauts(t.as_bytes()).map(String::from_utf8) {
        Some(Ok(u)) => format!("{t} \u{1f} {u}"),
        _ => t,
    }
}

/// The first row of `texts::CONCEPTS` that lower-case `text` matches: what it says of a subject in
/// its own words (the client errors no other rule read, an unknown AADSTS code's message, a
/// 5.7.139 explanation no row knows).
pub(crate) fn concept_in(text: &str) -> Option<&'static crate::catalogue::texts::KnownText> {
    if crate::catalogue::texts::CONCEPT_VETO
        .iter()
        .any(|v| has(text, v))
    {
        return None;
    }
    crate::catalogue::texts::CONCEPTS
        .iter()
        .find(|r| r.matches_by(|n| has(text, n)))
}

/// Whether `hay` contains any of `needles` (all lower case).
pub(crate) fn has_any(hay: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| has(hay, n))
}

/// `hay.contains(needle)`, where a needle ending in a number of two or more digits (a port, a
/// status or error code: "port 143", "error 403") matches that whole number only, not the start
/// of a longer one ("port 1433", "error 4031"), and one starting with such a number not its end
/// ("407" in "1407"); a single digit at either end stays a prefix ("http status: 5", "tls 1.").
pub(crate) fn has(hay: &str, needle: &str) -> bool {
    let b = needle.as_bytes();
    let num = |x: u8, y: u8| x.is_ascii_digit() && y.is_ascii_digit();
    let ends = b.len() >= 2 && num(b[b.len() - 1], b[b.len() - 2]);
    let starts = b.len() >= 2 && num(b[0], b[1]);
    if !ends && !starts {
        return has_text(hay, needle);
    }
    let h = hay.as_bytes();
    let digit_at = |i: Option<usize>| i.and_then(|i| h.get(i)).is_some_and(u8::is_ascii_digit);
    let mut from = 0;
    while let Some(o) = h
        .get(from..)
        .and_then(|rest| crate::secrets::find_bytes(rest, b))
    {
        let i = from + o;
        let longer =
            (ends && digit_at(Some(i + b.len()))) || (starts && digit_at(i.checked_sub(1)));
        if !longer {
            return true;
        }
        from = i + 1;
    }
    false
}

/// `hay.contains(needle)`. Needles longer than 32 bytes, which `str::contains` hands to a
/// two-way searcher (set up anew for every text), are found by a `memchr` walk over their
/// first byte instead: the rules' texts are short. In the page every needle is: its
/// `str::contains` has no vector search for short needles (that one is x86's), so it sets up
/// the two-way searcher for each of them.
fn has_text(hay: &str, needle: &str) -> bool {
    if cfg!(target_arch = "wasm32") {
        return needle.is_empty()
            || crate::secrets::find_bytes(hay.as_bytes(), needle.as_bytes()).is_some();
    }
    if needle.len() <= 32 {
        return hay.contains(needle);
    }
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let mut from = 0;
    while from + needle.len() <= hay.len() {
        let Some(o) = memchr::memchr(first, &hay[from..=hay.len() - needle.len()]) else {
            return false;
        };
        let i = from + o;
        if hay[i + 1..i + needle.len()] == *rest {
            return true;
        }
        from = i + 1;
    }
    false
}

/// The protocol an artifact belongs to, when it tells one.
pub(crate) fn artifact_protocol(a: &Artifact) -> Option<Protocol> {
    match &a.kind {
        ArtifactKind::ServerReply(r) if looks_http(r) => None,
        ArtifactKind::ServerReply(r) => Some(r.protocol),
        ArtifactKind::Xoauth2(x) => x.protocol,
        ArtifactKind::BasicAuthAttempt { protocol, .. }
        | ArtifactKind::OauthAttempt { protocol, .. } => Some(*protocol),
        ArtifactKind::Host { protocol, .. } => *protocol,
        ArtifactKind::ProtocolHint { protocol } => Some(*protocol),
        ArtifactKind::ServerGreeting(g) => Some(g.protocol),
        ArtifactKind::ApiError { protocol, .. } => Some(*protocol),
        ArtifactKind::ClientError { library, name, .. } => {
            let s = lc(&format!("{library} {name}"));
            if s.contains("imap") {
                Some(Protocol::Imap)
            } else if s.contains("pop3") {
                Some(Protocol::Pop)
            } else if s.contains("smtp") {
                Some(Protocol::Smtp)
            } else if s.contains("webservices") || s.contains("ews") {
                Some(Protocol::Ews)
            } else if s.contains("kiota") || s.contains("microsoft.graph") {
                // The Microsoft Graph SDKs (their HTTP layer is Kiota).
                Some(Protocol::Graph)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Whether a reply taken for SMTP is really an HTTP status (`(401) Unauthorized`, `403 Forbidden`).
fn looks_http(r: &ServerReply) -> bool {
    r.protocol == Protocol::Smtp
        && matches!(
            r.code.as_str(),
            "400" | "401" | "403" | "404" | "500" | "503"
        )
        && has_any(
            &lc(&r.text),
            &[
                "unauthorized",
                "forbidden",
                "not found",
                "bad request",
                "service unavailable",
                "internal server error",
                // Java's HttpURLConnection: "Server returned HTTP response code: 401 for URL: …"
                "for url:",
            ],
        )
}

/// Whether a protocol is a resource the token is presented to (not the token endpoint or PowerShell).
pub(crate) fn is_resource(p: Protocol) -> bool {
    matches!(
        p,
        Protocol::Imap | Protocol::Pop | Protocol::Smtp | Protocol::Ews | Protocol::Graph
    )
}

/// Whether a protocol is one of the Exchange mail protocols (not Graph).
pub(crate) fn is_exchange_protocol(p: Protocol) -> bool {
    matches!(
        p,
        Protocol::Imap | Protocol::Pop | Protocol::Smtp | Protocol::Ews
    )
}

/// Whether a server reply is a failure (not OK/+OK/2xx/3xx).
pub(crate) fn reply_is_failure(r: &ServerReply) -> bool {
    match r.protocol {
        Protocol::Imap => {
            r.status.as_deref().is_some_and(|s| {
                ["NO", "BAD", "BYE"]
                    .iter()
                    .any(|x| s.eq_ignore_ascii_case(x))
            }) || lc(&r.text).contains("failed")
        }
        Protocol::Pop => r.code.starts_with("-ERR") || r.code.starts_with("-err"),
        Protocol::Smtp => r.code.starts_with('4') || r.code.starts_with('5'),
        _ => {
            let c = r.code.as_bytes().first().copied();
            matches!(c, Some(b'4') | Some(b'5')) || lc(&r.text).contains("fail")
        }
    }
}

/// Whether an artifact shows a failure at a mail or API server.
fn is_mail_failure(a: &Artifact) -> bool {
    match &a.kind {
        ArtifactKind::ServerReply(r) => reply_is_failure(r),
        ArtifactKind::LogonDenied { .. }
        | ArtifactKind::AuthenticatedNotConnected
        | ArtifactKind::MailboxLogonFailure { .. }
        | ArtifactKind::ApiError { .. } => true,
        ArtifactKind::ClientError { .. } => artifact_protocol(a).is_some_and(is_resource),
        _ => false,
    }
}

/// Whether an artifact shows any failure (mail, token endpoint, PowerShell, client, network).
pub(crate) fn is_any_failure(a: &Artifact) -> bool {
    is_mail_failure(a)
        || matches!(
            a.kind,
            ArtifactKind::Aadsts(_)
                | ArtifactKind::TokenError(_)
                | ArtifactKind::PsError(_)
                | ArtifactKind::ClientError { .. }
                | ArtifactKind::NetworkError { .. }
                | ArtifactKind::SaslErrorChallenge { .. }
        )
}

/// Whether a scope string asks for client credentials (`/.default` on a resource).
pub(crate) fn scope_is_default(scopes: &[String]) -> bool {
    scopes
        .iter()
        .any(|s| crate::i18n::fold_case(s).ends_with("/.default"))
}

/// Whether a scope string names delegated mail scopes.
fn scope_is_delegated(scopes: &[String]) -> bool {
    scopes.iter().any(|s| {
        let l = crate::i18n::fold_case(s);
        l.contains("accessasuser")
            || l.ends_with("smtp.send")
            || l == "offline_access"
            || l == "openid"
            || l.ends_with("/user.read")
            || l == "user.read"
    })
}

impl<'a> Ctx<'a> {
    /// Builds the shared view.
    pub(crate) fn new(arts: &'a [Artifact], hints: &'a Hints, now: i64) -> Self {
        let mut tokens: Vec<Tok<'a>> = Vec::new();
        let nested = sorted_set(
            arts.iter().filter_map(|a| match &a.kind {
                ArtifactKind::Xoauth2(x) => x.token_artifact,
                _ => None,
            }),
            |i| *i as u64,
        );
        for a in arts {
            if let ArtifactKind::Jwt(j) = &a.kind {
                tokens.push(Tok {
                    id: a.id,
                    jwt: j,
                    in_xoauth2: nested.binary_search(&a.id).is_ok(),
                });
            }
        }
        crate::order::sort_by_key(&mut tokens, |t| u64::from(!t.in_xoauth2));
        // The same token pasted twice (in a JSON body and inside XOAUTH2) is one piece of evidence.
        // (The numbers first: a log's tokens, up to a thousand kept, differ in their times and
        // share their texts, and every token is compared with the ones kept before it.)
        let mut seen = Vec::new();
        let tokens: Vec<Tok<'a>> = tokens
            .into_iter()
            .filter(|t| {
                let c = &t.jwt.claims;
                first_time(
                    &mut seen,
                    (
                        c.exp,
                        c.iat,
                        c.nbf,
                        t.jwt.payload.len(),
                        c.aud.as_deref(),
                        c.client_id(),
                        c.oid.as_deref(),
                        c.user_name(),
                        c.roles.joined(" "),
                    ),
                )
            })
            .collect();

        let protocols = sorted_set(
            arts.iter()
                .filter_map(artifact_protocol)
                .filter(|p| is_resource(*p)),
            |p| *p as u64,
        );
        let mail_failures: Vec<usize> = arts
            .iter()
            .filter(|a| is_mail_failure(a))
            .map(|a| a.id)
            .collect();
        let failure_time = arts
            .iter()
            .filter(|a| is_any_failure(a))
            .filter_map(|a| match &a.kind {
                ArtifactKind::Aadsts(e) => e.timestamp.or(a.log_time),
                _ => a.log_time,
            })
            .max();

        let mut app_only = None;
        let mut delegated = None;
        let mut secret = None;
        let mut program = None;
        for a in arts {
            match &a.kind {
                ArtifactKind::Jwt(j) if !j.id_token => match j.flavor {
                    TokenFlavor::AppOnly => {
                        app_only.get_or_insert(a.id);
                    }
                    TokenFlavor::Delegated => {
                        delegated.get_or_insert(a.id);
                    }
                    TokenFlavor::Unknown => {}
                },
                ArtifactKind::ClientSecret { .. } => {
                    secret.get_or_insert(a.id);
                }
                ArtifactKind::Program { .. } => {
                    program.get_or_insert(a.id);
                }
                ArtifactKind::Scope(s) if scope_is_default(&s.scopes) => {
                    app_only.get_or_insert(a.id);
                }
                ArtifactKind::Scope(s) if scope_is_delegated(&s.scopes) => {
                    delegated.get_or_insert(a.id);
                }
                ArtifactKind::PsCommand(c)
                    if c.cmdlet.eq_ignore_ascii_case("New-ServicePrincipal")
                        || c.cmdlet.eq_ignore_ascii_case("Get-ServicePrincipal") =>
                {
                    app_only.get_or_insert(a.id);
                }
                ArtifactKind::Grant { grant, .. } => {
                    if grant.app_only() {
                        app_only.get_or_insert(a.id);
                    } else {
                        delegated.get_or_insert(a.id);
                    }
                }
                ArtifactKind::PsError(e) if lc(&e.id).contains("serviceprincipalnotfound") => {
                    app_only.get_or_insert(a.id);
                }
                _ => {}
            }
        }

        // A client secret alone is used by confidential delegated clients too: it counts for
        // app-only only when nothing shows a user sign-in.
        if delegated.is_none() {
            app_only = app_only.or(secret);
        }
        let limit = failure_time.unwrap_or(now);
        let changed = match hints.changed_at {
            Some(at) => Some(Change {
                at,
                artifact: None,
                cmdlet: None,
            }),
            None => arts
                .iter()
                .filter_map(|a| match (&a.kind, a.log_time) {
                    (ArtifactKind::PsCommand(c), Some(t))
                        if t <= limit
                            && CHANGE_CMDLETS.contains_ignore_ascii_case(c.cmdlet.as_bytes()) =>
                    {
                        Some(Change {
                            at: t,
                            artifact: Some(a.id),
                            cmdlet: Some(c.cmdlet.clone()),
                        })
                    }
                    _ => None,
                })
                .max_by_key(|c| c.at),
        };

        let mut codes = Vec::new();
        for a in arts {
            match &a.kind {
                ArtifactKind::Aadsts(e) => codes.push((a.id, e.code)),
                ArtifactKind::TokenError(e) => codes.extend(e.codes.iter().map(|c| (a.id, *c))),
                _ => {}
            }
        }
        let code_set = sorted_set(codes.iter().map(|(_, c)| *c), |c| u64::from(*c));
        let exchange: Vec<Protocol> = protocols
            .iter()
            .copied()
            .filter(|p| is_exchange_protocol(*p))
            .collect();
        let mut failure_protocols: Vec<Protocol> = Vec::new();
        for p in mail_failures
            .iter()
            .filter_map(|id| arts.get(*id).filter(|a| a.id == *id))
            .filter_map(artifact_protocol)
            .filter(|p| is_resource(*p))
        {
            if !failure_protocols.contains(&p) {
                failure_protocols.push(p);
            }
        }
        let main_proto = failure_protocols
            .first()
            .copied()
            .or_else(|| exchange.first().copied())
            .or_else(|| protocols.first().copied());
        let first_exchange_art = arts
            .iter()
            .find(|a| artifact_protocol(a).is_some_and(is_exchange_protocol))
            .map(|a| a.id);
        let sp_setup_art = arts
            .iter()
            .find(|a| match &a.kind {
                ArtifactKind::PsCommand(p) => p.cmdlet.eq_ignore_ascii_case("New-ServicePrincipal"),
                ArtifactKind::PsError(e) => lc(&e.id).contains("serviceprincipalnotfound"),
                _ => false,
            })
            .map(|a| a.id);
        let from_emails = arts
            .iter()
            .filter_map(|a| match &a.kind {
                ArtifactKind::Email {
                    address,
                    role: Some(role),
                } => role.names_sender().then_some((a.id, address.as_str())),
                _ => None,
            })
            .collect();
        let any_app_token = tokens
            .iter()
            .any(|t| !t.jwt.id_token && t.jwt.flavor == TokenFlavor::AppOnly);

        let token_index = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id as u64, i))
            .collect();

        let (lc_ids, lc_pool, repeats) = intern_texts(arts);
        Ctx {
            lc_ids,
            lc_pool,
            repeats,
            token_index,
            codes,
            code_set,
            main_proto,
            failure_protocols,
            first_exchange_art,
            sp_setup_art,
            from_emails,
            any_app_token,
            changed,
            arts,
            hints,
            now,
            tokens,
            protocols,
            mail_failures,
            failure_time,
            app_only,
            delegated,
            user_program: program,
        }
    }

    /// The paste's Graph call on `/me`, if any.
    pub(crate) fn me_call(&self) -> Option<&'a Artifact> {
        self.arts
            .iter()
            .find(|a| matches!(a.kind, ArtifactKind::MeCall))
    }

    /// The artifact with id `id` (ids are indices, but look it up defensively).
    pub(crate) fn art(&self, id: usize) -> Option<&'a Artifact> {
        self.arts
            .get(id)
            .filter(|a| a.id == id)
            .or_else(|| self.arts.iter().find(|a| a.id == id))
    }

    /// [`text_lc`] of an artifact, computed once for the artifacts of this view.
    pub(crate) fn text_lc(&self, a: &Artifact) -> std::borrow::Cow<'_, str> {
        match self.text_id(a).and_then(|i| self.lc_pool.get(i)) {
            Some(t) => t.as_str().into(),
            None => text_lc(a).into(),
        }
    }

    /// The number of an artifact's [`text_lc`] among the distinct texts; artifacts with the same
    /// text (as written) have the same number.
    pub(crate) fn text_id(&self, a: &Artifact) -> Option<usize> {
        match (self.arts.get(a.id), self.lc_ids.get(a.id)) {
            (Some(b), Some(&i)) if std::ptr::eq(a, b) => Some(i as usize),
            _ => None,
        }
    }

    /// Whether an earlier artifact of the same kind has the same (non-empty) [`text_lc`]: a
    /// rule that reads nothing of an artifact but its kind and text has nothing new to learn
    /// from it (a log repeating one error; a repeated reason adds no confidence, see
    /// [`super::acc::Acc::add`]).
    pub(crate) fn repeats_text(&self, a: &Artifact) -> bool {
        self.text_id(a).is_some() && self.repeats.get(a.id).copied().unwrap_or(false)
    }

    /// The token with artifact id `id`, if it is one of [`Ctx::tokens`].
    pub(crate) fn token(&self, id: usize) -> Option<&Tok<'a>> {
        self.token_index
            .get(&(id as u64))
            .and_then(|i| self.tokens.get(*i))
    }

    /// The access tokens (ID tokens left out).
    pub(crate) fn access_tokens(&self) -> impl Iterator<Item = &Tok<'a>> {
        self.tokens.iter().filter(|t| !t.jwt.id_token)
    }

    /// The Exchange mail protocols seen (IMAP, POP, SMTP, EWS).
    pub(crate) fn exchange_protocols(&self) -> Vec<Protocol> {
        self.protocols
            .iter()
            .copied()
            .filter(|p| is_exchange_protocol(*p))
            .collect()
    }

    /// The main protocol the failure is about: a failing reply's protocol first, else any seen.
    pub(crate) fn main_protocol(&self) -> Option<Protocol> {
        self.main_proto
    }

    /// The instant token lifetimes are judged at: the failure time, else `now`.
    pub(crate) fn judge_time(&self) -> i64 {
        self.failure_time.unwrap_or(self.now)
    }

    /// The first artifact of the failures, or any failure-like artifact, to hang general evidence on.
    pub(crate) fn anchor(&self) -> Option<usize> {
        self.mail_failures.first().copied()
    }

    /// Whether any resource protocol is Graph only.
    pub(crate) fn graph_only(&self) -> bool {
        self.protocols.contains(&Protocol::Graph) && self.exchange_protocols().is_empty()
    }

    /// The XOAUTH2 strings found, with their artifact ids.
    pub(crate) fn xoauth2(&self) -> impl Iterator<Item = (usize, &'a crate::evidence::Xoauth2)> {
        self.arts.iter().filter_map(|a| match &a.kind {
            ArtifactKind::Xoauth2(x) => Some((a.id, &**x)),
            _ => None,
        })
    }

    /// Whether an endpoint URL with a given tenant segment kind is present.
    pub(crate) fn endpoints(
        &self,
    ) -> impl Iterator<Item = (usize, &'a crate::evidence::EndpointUrl)> {
        self.arts.iter().filter_map(|a| match &a.kind {
            ArtifactKind::EndpointUrl(e) => Some((a.id, &**e)),
            _ => None,
        })
    }
}

/// The display name of a protocol.
pub(crate) fn proto_name(p: Protocol) -> &'static str {
    match p {
        Protocol::Imap => "IMAP",
        Protocol::Pop => "POP",
        Protocol::Smtp => "SMTP",
        Protocol::Ews => "EWS",
        Protocol::Graph => "Microsoft Graph",
        Protocol::TokenEndpoint => "token endpoint",
        Protocol::ExchangePowershell => "Exchange PowerShell",
    }
}

/// The display name of a cloud (English; German in the dative, as in „zur … Cloud“).
pub(crate) fn cloud_name(c: crate::evidence::Cloud) -> (&'static str, &'static str) {
    use crate::evidence::Cloud;
    match c {
        Cloud::Global => ("worldwide (commercial)", "weltweiten (kommerziellen)"),
        Cloud::UsGovGccHigh => ("US Government GCC High", "US Government GCC High"),
        Cloud::UsGovDod => ("US Government DoD", "US Government DoD"),
        Cloud::China => ("21Vianet (China)", "21Vianet (China)"),
        Cloud::Germany => ("Microsoft Cloud Deutschland", "Microsoft Cloud Deutschland"),
    }
}

/// Whether `key` is not in `seen` yet; then it is added. For the few keys the rules dedupe (the
/// tokens, the XOAUTH2 users): a list, not a hash set, whose hasher the page would carry.
pub(crate) fn first_time<K: PartialEq>(seen: &mut Vec<K>, key: K) -> bool {
    if seen.contains(&key) {
        return false;
    }
    seen.push(key);
    true
}
