//! Rules on the client side and on Graph/EWS answers: XOAUTH2 format defects, SASL plugin
//! failures, network failures, REST and SOAP error codes.

use super::acc::{ev, why, Acc};
use super::ctx::{self, has, has_any, Ctx};
use crate::catalogue::texts::hub as H;
use crate::catalogue::GeneralQuestion as Ask;
use crate::catalogue::{texts, CauseId, TextId};
use crate::evidence::{ArtifactKind, DecodeProblem, Protocol, TokenFlavor, XoauthDefect};
use crate::i18n::Lang;

/// Runs the client and API rules.
pub(crate) fn run(ctx: &Ctx<'_>, acc: &mut Acc) {
    xoauth2_defects(ctx, acc);
    sasl_and_network(ctx, acc);
    api_errors(ctx, acc);
    me_call_app_only(ctx, acc);
    expired_phrases(ctx, acc);
    narrative(ctx, acc);
    concepts(ctx, acc);
    // TLS asked for the wrong way on the port (`ssl://…:587`, a plain reply read as a TLS
    // record) makes the connection fail: the failures it causes are no network block.
    // (Port 465's reading is the host's, not the client's TLS: it decides for itself.) A name
    // not found, a proxy's refusal or a connection that times out fails before TLS starts (or
    // on another host): it stays a network reading.
    let before_tls = || {
        ctx.arts.iter().any(|a| match &a.kind {
            ArtifactKind::NetworkError { text } => {
                let t = text.to_ascii_lowercase();
                texts::NAME_LOOKUP_FAILED.iter().any(|n| has(&t, n))
                    || has_any(
                        &t,
                        &[
                            "407",
                            "proxy",
                            "timed out",
                            "timeout",
                            "resolve",
                            "login.microsoft",
                        ],
                    )
            }
            _ => false,
        })
    };
    if acc.conf(CauseId::TlsModeMismatch) >= 0.7 && !before_tls() {
        acc.cap(CauseId::NetworkEgressBlocked, 0.45);
    }
    smtp_port(ctx, acc);
}

/// Exchange Online's SMTP host named with port 465 ([`texts::SMTP_PORT_465`]): its client
/// submission is STARTTLS on 587 (or 25), so a client set to 465 never gets a session. Stated
/// more firmly when the paste also shows a failure.
fn smtp_port(ctx: &Ctx<'_>, acc: &mut Acc) {
    let Some(a) = ctx.arts.iter().find(|a| {
        matches!(
            &a.kind,
            ArtifactKind::Host {
                protocol: Some(Protocol::Smtp),
                port: Some(465),
                cloud: Some(_),
                ..
            }
        )
    }) else {
        return;
    };
    // A failure a wrong port produces: the connection or TLS fails (network or client error), or a server answers
    // with a refusal. A greeting or any other non-failing reply shows the connection working.
    let failing = ctx.arts.iter().any(|b| match &b.kind {
        ArtifactKind::NetworkError { .. } | ArtifactKind::ClientError { .. } => true,
        ArtifactKind::ServerReply(r) => ctx::reply_is_failure(r),
        _ => false,
    });
    // A connection to 465 that times out or is refused is what the port itself does (nothing
    // answers there): stated above the network reading, when the failure is the 465 host's (on
    // its line, or naming the port). A name that does not resolve fails on any port.
    let unanswered = ctx.arts.iter().any(|b| match &b.kind {
        ArtifactKind::NetworkError { text } => {
            let t = text.to_ascii_lowercase();
            (b.line == a.line || t.contains("465"))
                && !texts::NAME_LOOKUP_FAILED.iter().any(|n| has(&t, n))
        }
        _ => false,
    }) && !ctx.arts.iter().any(|b| {
        // The paste names the host with another port too: which one failed is not shown.
        matches!(&b.kind, ArtifactKind::Host { protocol: Some(Protocol::Smtp), port: Some(p), .. } if *p != 465)
    });
    let t = texts::SMTP_PORT_465;
    acc.add_ev(
        CauseId::TlsModeMismatch,
        if unanswered {
            0.93
        } else if failing {
            0.7
        } else {
            0.5
        },
        a.id,
        None,
        t.en().to_string(),
        t.de().to_string(),
    );
}

fn defect_text(d: &XoauthDefect) -> (&'static str, &'static str) {
    match d {
        XoauthDefect::MissingSeparator => (
            "there are no \\x01 (Ctrl+A) separators between the fields",
            "zwischen den Feldern fehlen die Trennzeichen \\x01 (Strg+A)",
        ),
        XoauthDefect::LiteralSeparatorText => (
            "the separator was typed as the text ^A or \\x01 instead of the byte 0x01",
            "das Trennzeichen wurde als Text ^A bzw. \\x01 statt als Byte 0x01 geschrieben",
        ),
        XoauthDefect::NewlineSeparator => (
            "a line break is used as separator instead of the byte 0x01",
            "als Trennzeichen steht ein Zeilenumbruch statt des Bytes 0x01",
        ),
        XoauthDefect::MissingTrailer => (
            "the closing \\x01\\x01 is missing",
            "das abschließende \\x01\\x01 fehlt",
        ),
        XoauthDefect::MissingBearer => (
            "auth= does not start with 'Bearer '",
            "auth= beginnt nicht mit 'Bearer '",
        ),
        XoauthDefect::MissingUser => ("the user= field is missing", "das Feld user= fehlt"),
        XoauthDefect::DoubleBase64 => (
            "the string was base64-encoded twice",
            "die Zeichenfolge wurde zweimal base64-kodiert",
        ),
        XoauthDefect::LineBreaks => (
            "the base64 blob contains line breaks or spaces",
            "der base64-Block enthält Zeilenumbrüche oder Leerzeichen",
        ),
        XoauthDefect::TrailingJunk => (
            "there are extra bytes after the end of the string",
            "nach dem Ende der Zeichenfolge folgen weitere Bytes",
        ),
        XoauthDefect::UrlSafeAlphabet => (
            "it uses the URL-safe base64 alphabet (- and _) instead of standard base64",
            "es verwendet das URL-sichere base64-Alphabet (- und _) statt Standard-base64",
        ),
        XoauthDefect::TokenNotJwt => (
            "the token in auth= is not a JWT",
            "das Token in auth= ist kein JWT",
        ),
    }
}

/// XOAUTH2 format defects.
fn xoauth2_defects(ctx: &Ctx<'_>, acc: &mut Acc) {
    let failing = !ctx.mail_failures.is_empty();
    for (id, x) in ctx.xoauth2() {
        for d in &x.defects {
            let (en, de) = defect_text(d);
            if *d == XoauthDefect::TokenNotJwt {
                let opaque =
                    x.token_artifact
                        .and_then(|t| ctx.art(t))
                        .and_then(|a| match &a.kind {
                            ArtifactKind::OpaqueToken { prefix, .. } => Some(prefix.clone()),
                            _ => None,
                        });
                match opaque {
                    Some(p) if p.starts_with("Ew") => {
                        if ctx.app_only.is_some() {
                            acc.add_ev(
                                CauseId::PersonalAccountNotSupported,
                                0.5,
                                id,
                                None,
                                format!("the token starts with {p}…, the opaque format of personal Microsoft accounts"),
                                format!("das Token beginnt mit {p}…, dem undurchsichtigen Format persönlicher Microsoft-Konten"),
                            );
                        }
                    }
                    _ => acc.add_ev(
                        CauseId::MalformedXoauth2,
                        0.5,
                        id,
                        None,
                        format!("{en}: no access token was put into the string"),
                        format!("{de}: es wurde kein Zugriffstoken in die Zeichenfolge eingesetzt"),
                    ),
                }
                continue;
            }
            let conf = if failing { 0.9 } else { 0.8 };
            acc.add_ev(
                CauseId::MalformedXoauth2,
                conf,
                id,
                None,
                format!("XOAUTH2 string: {en}"),
                format!("XOAUTH2-Zeichenfolge: {de}"),
            );
        }
    }
    for a in ctx.arts {
        match &a.kind {
            ArtifactKind::DecodeFailure(d)
                if d.what.to_ascii_lowercase().contains("xoauth")
                    && d.problem != DecodeProblem::Shortened =>
            {
                acc.add_ev(
                    CauseId::MalformedXoauth2,
                    0.6,
                    a.id,
                    None,
                    format!(
                        "the XOAUTH2 string could not be decoded ({}): {}",
                        d.segment,
                        d.reason.text(Lang::En)
                    ),
                    format!(
                        "die XOAUTH2-Zeichenfolge ließ sich nicht dekodieren ({}): {}",
                        d.segment,
                        d.reason.text(Lang::De)
                    ),
                );
            }
            ArtifactKind::DecodeFailure(_) => acc.ask(5, Ask::PasteMore),
            ArtifactKind::SaslErrorChallenge { status, scope } => {
                let scope_txt = scope.clone().unwrap_or_default();
                if status == "400" {
                    acc.add_ev(
                        CauseId::MalformedXoauth2,
                        0.35,
                        a.id,
                        None,
                        format!("the server's SASL challenge says status 400 (malformed request) {scope_txt}"),
                        format!("die SASL-Antwort des Servers meldet Status 400 (fehlerhafte Anfrage) {scope_txt}"),
                    );
                } else {
                    acc.add_ev(
                        CauseId::TokenExpiredOrCached,
                        0.35,
                        a.id,
                        None,
                        format!("the server's SASL challenge says status {status}: the token was not accepted {scope_txt}"),
                        format!("die SASL-Antwort des Servers meldet Status {status}: das Token wurde nicht akzeptiert {scope_txt}"),
                    );
                    acc.add_ev(
                        CauseId::WrongTokenAudience,
                        0.3,
                        a.id,
                        None,
                        format!(
                            "a token for another resource than {scope_txt} is refused this way"
                        ),
                        format!(
                            "ein Token für eine andere Ressource als {scope_txt} wird so abgelehnt"
                        ),
                    );
                }
                acc.ask(1, Ask::TokenAvailable);
            }
            _ => {}
        }
    }
}

/// Local SASL/plugin failures and network failures.
fn sasl_and_network(ctx: &Ctx<'_>, acc: &mut Acc) {
    let server_refused = !ctx.mail_failures.is_empty()
        && ctx
            .mail_failures
            .iter()
            .filter_map(|i| ctx.art(*i))
            .any(|a| {
                matches!(
                    a.kind,
                    ArtifactKind::ServerReply(_) | ArtifactKind::LogonDenied { .. }
                )
            });
    let server_answered = ctx.arts.iter().any(|a| {
        matches!(
            a.kind,
            ArtifactKind::Aadsts(_)
                | ArtifactKind::TokenError(_)
                | ArtifactKind::TokenResponse { .. }
                | ArtifactKind::ServerReply(_)
                | ArtifactKind::LogonDenied { .. }
                | ArtifactKind::ApiError { .. }
        )
    });
    for a in ctx.arts {
        // Reads only the kind and the text.
        if ctx.repeats_text(a) {
            continue;
        }
        let t = ctx.text_lc(a);
        if let ArtifactKind::NetworkError { .. } = &a.kind {
            // A TLS version or TLS mode mismatch is the client's TLS, not the network path; a
            // client's note that it may hold too many connections is the server's limit.
            let tls = if texts::TLS_MODE.matches_by(|n| has(&t, n)) {
                Some(TextId::ClientTlsMode)
            } else if texts::TLS_VERSION.matches_by(|n| has(&t, n)) {
                Some(TextId::ClientTlsVersion)
            } else if texts::TLS_HANDSHAKE.matches_by(|n| has(&t, n)) {
                Some(TextId::ClientTlsHandshakeFailed)
            } else if texts::CONNECTION_LIMIT.matches_by(|n| has(&t, n)) {
                Some(TextId::ClientTooManyConnections)
            } else if has_any(
                &t,
                &[
                    "forcibly closed",
                    "reset by peer",
                    "connection reset",
                    "connection was closed",
                ],
            ) && !has_any(&t, &["timed out", "refused", "resolve", "10060"])
                && texts::known_text(TextId::ClientTlsHandshake)
                    .is_some_and(|r| r.matches_by(|n| has(&t, n)))
            {
                // .NET's send that failed in its TLS handshake, the connection reset inside it
                // ("An unexpected error occurred on a send. ---> … forcibly closed"): the reset
                // is how the server ends a handshake it refuses.
                Some(TextId::ClientTlsHandshake)
            } else if texts::known_text(TextId::ClientIdcrlLegacy)
                .is_some_and(|r| r.matches_by(|n| has(&t, n)))
            {
                // SharePoint's legacy sign-in "did not get a response": refused, not unreachable.
                Some(TextId::ClientIdcrlLegacy)
            } else {
                None
            };
            if let Some(id) = tls {
                if let Some(row) = texts::CLIENT.iter().find(|r| r.id == id) {
                    acc.add_row(row, a.id);
                }
                continue;
            }
        }
        if let ArtifactKind::NetworkError { text } = &a.kind {
            // A line that quotes a server's answer is not a connection failure.
            if has_any(
                &t,
                &[
                    "aadsts",
                    "error_description",
                    "authenticate failed",
                    "5.7.",
                    "unauthorized",
                ],
            ) {
                continue;
            }
            let login = t.contains("login.microsoftonline") || t.contains("login.microsoft");
            let conf = if server_answered {
                0.45
            } else if has_any(&t, &["proxy", "firewall", "407"]) || login {
                0.85
            } else {
                0.75
            };
            let short: String = text.chars().take(120).collect();
            acc.add_ev(
                CauseId::NetworkEgressBlocked,
                conf,
                a.id,
                None,
                format!("the connection failed before any sign-in: {short}"),
                format!("die Verbindung scheiterte vor jeder Anmeldung: {short}"),
            );
            continue;
        }
        if t.is_empty() || matches!(a.kind, ArtifactKind::ServerReply(_)) {
            continue;
        }
        // A catalogued Entra code names its causes; a client's wording inside its message
        // ("unable to connect to Active Directory") is Entra's, not the client's.
        if matches!(&a.kind, ArtifactKind::Aadsts(e) if crate::catalogue::aadsts(e.code).is_some())
        {
            continue;
        }
        let Some(row) = texts::CLIENT.iter().find(|r| r.matches_by(|n| has(&t, n))) else {
            continue;
        };
        if row.id == TextId::ClientSaslLocal {
            // A local failure the server's refusal explains better is a weak guess.
            for p in row.causes {
                let conf = if server_refused { 0.35 } else { p.weight() };
                acc.add(p.cause, conf, vec![why(a.id, &p.why)]);
            }
        } else if !server_refused {
            acc.add_row(row, a.id);
        }
    }
}

/// "token expired" phrases in client and API messages, and a token request refused with an
/// HTTP status only ([`texts::TOKEN_STATUS`], on a client's line or a reply taken for SMTP that is
/// an HTTP status): every matching row of each.
fn expired_phrases(ctx: &Ctx<'_>, acc: &mut Acc) {
    for rows in [texts::TOKEN_EXPIRED, texts::TOKEN_STATUS] {
        every_row(
            ctx,
            acc,
            rows,
            |_| true,
            |k| {
                matches!(
                    k,
                    ArtifactKind::ClientError { .. }
                        | ArtifactKind::ApiError { .. }
                        | ArtifactKind::ServerReply(_)
                )
            },
            false,
        );
    }
}

/// What the report tells of the setup in prose (a line the scanner read as a client error):
/// every matching row of [`texts::NARRATIVE`].
fn narrative(ctx: &Ctx<'_>, acc: &mut Acc) {
    // A shared mailbox named where the paste shows Exchange PowerShell, Graph or EWS and no mail
    // protocol is no mail client's login (`user=`): an admin's or a tool's listing of mailboxes.
    let mail = ctx
        .protocols
        .iter()
        .any(|p| matches!(p, Protocol::Imap | Protocol::Pop | Protocol::Smtp));
    let api = ctx.protocols.iter().any(|p| {
        matches!(
            p,
            Protocol::ExchangePowershell | Protocol::Graph | Protocol::Ews
        )
    }) || ctx.arts.iter().any(|a| {
        matches!(
            a.kind,
            ArtifactKind::PsCommand(_) | ArtifactKind::PsError(_) | ArtifactKind::CmdletOutput(_)
        )
    });
    // Rows that tell a mistake only beside a protocol that needs Exchange Online's own
    // permissions (Graph's are the right ones for Graph).
    let exchange = mail || ctx.protocols.contains(&Protocol::Ews);
    // Every token shown app-only, or none shown and the setup told app-only only.
    let tokens = || ctx.access_tokens().map(|t| t.jwt.flavor);
    let app_only_sign_in = if tokens().next().is_some() {
        tokens().all(|f| f == TokenFlavor::AppOnly)
    } else {
        ctx.app_only.is_some() && ctx.delegated.is_none()
    };
    let keep = |r: &texts::KnownText| {
        (exchange || !texts::BESIDE_MAIL_PROTOCOL.contains(&r.id))
            && (mail || !texts::WITH_MAIL_PROTOCOL.contains(&r.id))
            // (With an app-only token user= names the mailbox opened, shared or not: a shared
            // mailbox tells nothing of it; the service principal's FullAccess is the bare
            // failure's candidate already.)
            && (mail || !api || r.id != TextId::NarrativeSharedMailbox)
            && !(app_only_sign_in && r.id == TextId::NarrativeSharedMailbox)
    };
    every_row(
        ctx,
        acc,
        texts::NARRATIVE,
        keep,
        |k| matches!(k, ArtifactKind::ClientError { .. }),
        true,
    );
}

/// `a`'s lower-case text `t` as the rows read it: a client's line may be the report's prose, so
/// what it rules out or guesses at is left out ([`stated`]); other texts as they are.
fn read_as_stated<'t>(a: &crate::evidence::Artifact, t: &'t str) -> std::borrow::Cow<'t, str> {
    if matches!(a.kind, ArtifactKind::ClientError { .. }) {
        stated(t)
    } else {
        std::borrow::Cow::Borrowed(t)
    }
}

/// Lower-case text `t` without its questions that guess at a cause (a clause ending in `?` with a
/// word of `texts::GUESSED`, not a program's hint) and its clauses that tell a cause ruled out
/// (`texts::RULED_OUT`): what the report states.
fn stated(t: &str) -> std::borrow::Cow<'_, str> {
    let said = |c: &str, w: crate::catalogue::Words| {
        w.iter()
            .any(|e| texts::any_alternative(e, &mut |n: &str| has(c, n)))
    };
    if !t.contains('?') && !said(t, texts::RULED_OUT) {
        return std::borrow::Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(t.len());
    // The text as written (not its copy with umlauts for German needles, `ctx::lc_read`).
    let mut rest = t.split('\u{1f}').next().unwrap_or(t);
    while !rest.is_empty() {
        // A piece ends with its sentence (`.`, `!`, `?` before a blank or the end) or with its
        // clause (before `, `, `; `, ` and `, ` but `, ` because `, ` - `, ` und `, ` aber `, ` weil `):
        // the pieces kept are read together again.
        let b = rest.as_bytes();
        let end = (0..b.len())
            .find(|&i| {
                (matches!(b[i], b'.' | b'!' | b'?' | b',' | b';')
                    && b.get(i + 1).is_none_or(u8::is_ascii_whitespace))
                    || [
                        " and ",
                        " but ",
                        " because ",
                        " - ",
                        " und ",
                        " aber ",
                        " weil ",
                    ]
                    .iter()
                    .any(|m| b[i..].starts_with(m.as_bytes()))
            })
            .map_or(b.len(), |i| i + 1);
        let (piece, tail) = rest.split_at(end);
        rest = tail;
        // A question that guesses at a cause, not a program's hint ("failed (secret expired
        // or invalid? renew it)", "Error … parsing the private key, is it in .PEM format?").
        let hint = [
            "(",
            "error",
            "fail",
            "exception",
            "fehler",
            "unable",
            "cannot",
        ]
        .iter()
        .any(|w| piece.contains(w));
        let guess = piece.ends_with('?') && said(piece, texts::GUESSED) && !hint;
        if !guess && !said(piece, texts::RULED_OUT) {
            out.push_str(piece);
        }
        out.push(' ');
    }
    std::borrow::Cow::Owned(out)
}

/// Below this confidence a line's reading leaves the choice open among its causes: a concept row
/// that states one of them decides.
const OPEN_READING: f32 = 0.7;

/// An error text no rule has read so far, read for what it says in its own words: the first
/// matching row of [`texts::CONCEPTS`] (see there). The bare-failure candidates come later and
/// rank below it.
fn concepts(ctx: &Ctx<'_>, acc: &mut Acc) {
    for a in ctx.arts {
        let read = matches!(
            a.kind,
            ArtifactKind::ClientError { .. }
                | ArtifactKind::ApiError { .. }
                | ArtifactKind::ServerReply(_)
                | ArtifactKind::PsError(_)
        );
        if !read || ctx.repeats_text(a) {
            continue;
        }
        let line = ctx.text_lc(a);
        let t = read_as_stated(a, &line);
        let Some(row) = super::ctx::concept_in(&t) else {
            continue;
        };
        // A line another rule read (or an Entra code's message) is known already, unless that
        // reading left the choice open among causes (a code Exchange or Graph raises for
        // several, "5.7.139", "InvalidAuthenticationToken") and the server's words state one of
        // them. A client library's own wording was weighed by the row that knows it.
        if t.contains("aadsts") {
            continue;
        }
        let on_line = acc.citing(|id| ctx.art(id).is_some_and(|c| c.line == a.line));
        let server = matches!(
            a.kind,
            ArtifactKind::ServerReply(_) | ArtifactKind::ApiError { .. }
        );
        // The concept states its cause in words (a row with a code of its own, as Graph's 404 under
        // /users/, reads the code's shape, not a statement).
        let open = server
            && row.code == texts::Code::None
            && on_line.iter().all(|(_, c)| *c < OPEN_READING)
            && row
                .causes
                .first()
                .is_some_and(|p| on_line.iter().any(|(c, _)| *c == p.cause));
        if on_line.is_empty() || open {
            acc.add_row(row, a.id);
        }
    }
}

/// Every row of `rows` that `keep` keeps matching the text of an artifact of the kinds `read`
/// takes (each text once), with its causes. With `prose`, a client error's text is read as it
/// states ([`read_as_stated`]).
fn every_row(
    ctx: &Ctx<'_>,
    acc: &mut Acc,
    rows: &[texts::KnownText],
    keep: impl Fn(&texts::KnownText) -> bool,
    read: impl Fn(&ArtifactKind) -> bool,
    prose: bool,
) {
    for a in ctx.arts {
        if !read(&a.kind) || ctx.repeats_text(a) {
            continue;
        }
        let line = ctx.text_lc(a);
        let t = if prose {
            read_as_stated(a, &line)
        } else {
            std::borrow::Cow::Borrowed(&*line)
        };
        for row in rows.iter().filter(|r| keep(r)) {
            if row.matches_by(|n| has(&t, n)) {
                acc.add_row(row, a.id);
            }
        }
    }
}

/// A call on `/me` with an app-only sign-in: the token has no user, so `/me` names nobody (Graph
/// answers "/me request is only valid with delegated authentication flow", or a bare access
/// denied or not found). Said firmly when a client-credentials grant or an app-only token shows
/// the flow; as a candidate when only signs of an app-only setup do (a client secret, a
/// `.default` scope, the service principal's cmdlets: a confidential client may sign a user in).
/// Nothing when the paste shows a user's sign-in.
fn me_call_app_only(ctx: &Ctx<'_>, acc: &mut Acc) {
    let Some(me) = ctx.me_call() else {
        return;
    };
    if ctx.delegated.is_some() {
        return;
    }
    let shown = ctx.arts.iter().find(|a| match &a.kind {
        ArtifactKind::Grant { grant, .. } => grant.app_only(),
        ArtifactKind::Jwt(j) => !j.id_token && j.flavor == TokenFlavor::AppOnly,
        _ => false,
    });
    if let Some(flow) = shown {
        acc.add(
            CauseId::MeEndpointWithAppOnlyToken,
            0.8,
            vec![
                why(me.id, &H::ME_CALL_APP_ONLY),
                why(flow.id, &H::ME_CALL_FLOW),
            ],
        );
    } else if ctx.app_only.is_some() {
        acc.add(
            CauseId::MeEndpointWithAppOnlyToken,
            0.45,
            vec![why(me.id, &H::ME_CALL_CANDIDATE)],
        );
    }
}

/// Graph / EWS error codes and SOAP faults.
fn api_errors(ctx: &Ctx<'_>, acc: &mut Acc) {
    let token_flavor = ctx.access_tokens().map(|t| t.jwt.flavor).next();
    let me_call = ctx.me_call().is_some();
    for a in ctx.arts {
        let is_api = matches!(
            a.kind,
            ArtifactKind::ApiError { .. }
                | ArtifactKind::ClientError { .. }
                | ArtifactKind::ServerReply(_)
        );
        // An API error's protocol is not in its text: only the other kinds are read by text alone.
        if !is_api || (ctx.repeats_text(a) && !matches!(a.kind, ArtifactKind::ApiError { .. })) {
            continue;
        }
        let t = ctx.text_lc(a);
        // The sign-in's kind: the token's, else what the paste shows of the setup.
        let app_only = token_flavor == Some(TokenFlavor::AppOnly)
            || (token_flavor.is_none() && ctx.app_only.is_some() && ctx.delegated.is_none());
        // A Graph call on `/me` is made for a signed-in user: without anything app-only it
        // counts as a user sign-in.
        let delegated = token_flavor == Some(TokenFlavor::Delegated)
            || (token_flavor.is_none()
                && ctx.app_only.is_none()
                && (ctx.delegated.is_some() || me_call));
        // An EWS error code (the scanner files `Error…` codes under EWS unless the line says
        // Graph) without Graph's wording of the refusal ("Access is denied. Check credentials and
        // try again." is Graph's and Outlook REST's).
        let ews = matches!(&a.kind, ArtifactKind::ApiError { protocol, .. } if *protocol == Protocol::Ews)
            && !has_any(&t, &["check credentials", "graph", "odata", "o_data"]);
        let found = texts::API.iter().find(|r| {
            match r.id {
                TextId::ApiAccessDeniedEws if !ews => return false,
                TextId::ApiImpersonateDeniedAppOnly | TextId::ApiAccessDeniedAppOnly
                    if !app_only =>
                {
                    return false
                }
                TextId::ApiImpersonateDeniedDelegated if !delegated => return false,
                TextId::ApiImpersonateDenied if app_only || delegated => return false,
                TextId::ApiAccessDeniedDelegated if !delegated => return false,
                _ => {}
            }
            r.matches_by(|n| has(&t, n))
        });
        if let Some(row) = found {
            acc.add_row(row, a.id);
            continue;
        }
        let ews_401 = matches!(&a.kind, ArtifactKind::ApiError { code, protocol, .. } if code.contains("401") && *protocol == Protocol::Ews)
            || (t.contains("401")
                && t.contains("unauthorized")
                && (t.contains("soap") || t.contains("ews") || t.contains("webservices")));
        if ews_401 && acc.best() < 0.75 {
            // With a token in the paste the token rules have said what it is; without one, the
            // reasons read as candidates.
            let why = |t: crate::i18n::Text| vec![ev(a.id, None, t.en().into(), t.de().into())];
            if token_flavor.is_none() {
                acc.add(CauseId::WrongTokenAudience, 0.4, why(H::EWS_401_AUDIENCE));
                acc.ask(0, Ask::TokenAvailable);
            }
            acc.add(CauseId::MissingAppRole, 0.3, why(H::EWS_401_ROLE));
            acc.add(CauseId::TokenExpiredOrCached, 0.28, why(H::EWS_401_EXPIRED));
        }
    }
}
