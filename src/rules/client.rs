//! Rules on the client side and on Graph/EWS answers: XOAUTH2 format defects, SASL plugin
//! failures, network failures, REST and SOAP error codes.

use super::acc::{ev, why, Acc};
use super::ctx::{has, has_any, Ctx};
use crate::catalogue::GeneralQuestion as Ask;
use crate::catalogue::{texts, CauseId};
use crate::evidence::{ArtifactKind, DecodeProblem, Protocol, TokenFlavor, XoauthDefect};

/// Runs the client and API rules.
pub(crate) fn run(ctx: &Ctx<'_>, acc: &mut Acc) {
    xoauth2_defects(ctx, acc);
    sasl_and_network(ctx, acc);
    api_errors(ctx, acc);
    expired_phrases(ctx, acc);
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
                            acc.add(CauseId::PersonalAccountNotSupported, 0.5, vec![ev(id, None,
                                format!("the token starts with {p}…, the opaque format of personal Microsoft accounts"),
                                format!("das Token beginnt mit {p}…, dem undurchsichtigen Format persönlicher Microsoft-Konten"))]);
                        }
                    }
                    _ => acc.add(
                        CauseId::MalformedXoauth2,
                        0.5,
                        vec![ev(
                            id,
                            None,
                            format!("{en}: no access token was put into the string"),
                            format!(
                                "{de}: es wurde kein Zugriffstoken in die Zeichenfolge eingesetzt"
                            ),
                        )],
                    ),
                }
                continue;
            }
            let conf = if failing { 0.9 } else { 0.8 };
            acc.add(
                CauseId::MalformedXoauth2,
                conf,
                vec![ev(
                    id,
                    None,
                    format!("XOAUTH2 string: {en}"),
                    format!("XOAUTH2-Zeichenfolge: {de}"),
                )],
            );
        }
    }
    for a in ctx.arts {
        match &a.kind {
            ArtifactKind::DecodeFailure(d)
                if d.what.to_ascii_lowercase().contains("xoauth")
                    && d.problem != DecodeProblem::Shortened =>
            {
                acc.add(
                    CauseId::MalformedXoauth2,
                    0.6,
                    vec![ev(
                        a.id,
                        None,
                        format!(
                            "the XOAUTH2 string could not be decoded ({}): {}",
                            d.segment, d.reason
                        ),
                        format!(
                            "die XOAUTH2-Zeichenfolge ließ sich nicht dekodieren ({}): {}",
                            d.segment, d.reason
                        ),
                    )],
                );
            }
            ArtifactKind::DecodeFailure(_) => acc.ask(5, Ask::PasteMore),
            ArtifactKind::SaslErrorChallenge { status, scope } => {
                let scope_txt = scope.clone().unwrap_or_default();
                if status == "400" {
                    acc.add(CauseId::MalformedXoauth2, 0.35, vec![ev(a.id, None,
                        format!("the server's SASL challenge says status 400 (malformed request) {scope_txt}"),
                        format!("die SASL-Antwort des Servers meldet Status 400 (fehlerhafte Anfrage) {scope_txt}"))]);
                } else {
                    acc.add(CauseId::TokenExpiredOrCached, 0.35, vec![ev(a.id, None,
                        format!("the server's SASL challenge says status {status}: the token was not accepted {scope_txt}"),
                        format!("die SASL-Antwort des Servers meldet Status {status}: das Token wurde nicht akzeptiert {scope_txt}"))]);
                    acc.add(CauseId::WrongTokenAudience, 0.3, vec![ev(a.id, None,
                        format!("a token for another resource than {scope_txt} is refused this way"),
                        format!("ein Token für eine andere Ressource als {scope_txt} wird so abgelehnt"))]);
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
            acc.add(
                CauseId::NetworkEgressBlocked,
                conf,
                vec![ev(
                    a.id,
                    None,
                    format!("the connection failed before any sign-in: {short}"),
                    format!("die Verbindung scheiterte vor jeder Anmeldung: {short}"),
                )],
            );
            continue;
        }
        if t.is_empty() || matches!(a.kind, ArtifactKind::ServerReply(_)) {
            continue;
        }
        if let Some(row) = texts::CLIENT.iter().find(|r| r.matches_by(|n| has(&t, n))) {
            for p in row.causes {
                let conf = if server_refused { 0.35 } else { p.weight };
                acc.add(p.cause, conf, vec![why(a.id, &p.why)]);
            }
            continue;
        }
        let net = has_any(
            &t,
            &[
                "(code: 0)",
                "connection timed out",
                "connect timed out",
                "read timed out",
                "timed out",
                "connection refused",
                "econnrefused",
                "etimedout",
                "enotfound",
                "econnreset",
                "getaddrinfo",
                "name or service not known",
                "could not resolve",
                "no such host",
                "network is unreachable",
                "proxy authentication required",
                "certificate verify failed",
                "unable to get local issuer certificate",
                "ssl handshake",
                "tls handshake",
                "sockettimeoutexception",
                "unknownhostexception",
                "connectexception",
            ],
        );
        if net && !server_refused {
            acc.add(CauseId::NetworkEgressBlocked, 0.65, vec![ev(a.id, None,
                "the message shows a connection failure (timeout, DNS, refused or TLS interception), not a sign-in refusal".into(),
                "die Meldung zeigt einen Verbindungsfehler (Zeitüberschreitung, DNS, abgelehnt oder TLS-Prüfung durch einen Proxy), keine abgelehnte Anmeldung".into())]);
        }
    }
}

/// "token expired" phrases in client and API messages.
fn expired_phrases(ctx: &Ctx<'_>, acc: &mut Acc) {
    for a in ctx.arts {
        if !matches!(
            a.kind,
            ArtifactKind::ClientError { .. }
                | ArtifactKind::ApiError { .. }
                | ArtifactKind::ServerReply(_)
        ) || ctx.repeats_text(a)
        {
            continue;
        }
        let t = ctx.text_lc(a);
        let expired = has_any(
            &t,
            &[
                "token expired",
                "token is expired",
                "token has expired",
                "idx10223",
                "expired_token",
                "lifetime validation failed",
            ],
        );
        if expired && !t.contains("secret") && !t.contains("refresh token") {
            acc.add(
                CauseId::TokenExpiredOrCached,
                0.75,
                vec![ev(
                    a.id,
                    None,
                    "the message says the access token has expired".into(),
                    "die Meldung besagt, dass das Zugriffstoken abgelaufen ist".into(),
                )],
            );
        }
    }
}

/// Graph / EWS error codes and SOAP faults.
fn api_errors(ctx: &Ctx<'_>, acc: &mut Acc) {
    let token_flavor = ctx.access_tokens().map(|t| t.jwt.flavor).next();
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
        if t.contains("exchangeimpersonation")
            && has_any(&t, &["must be present", "header", "soap"])
        {
            acc.add(CauseId::EwsImpersonationHeaderMismatch, 0.95, vec![ev(a.id, None,
                "EWS demands the ExchangeImpersonation SOAP header for this (app-only) token".into(),
                "EWS verlangt für dieses (App-only-)Token den SOAP-Header ExchangeImpersonation".into())]);
            continue;
        }
        if has_any(
            &t,
            &["errorimpersonateuserdenied", "permission to impersonate"],
        ) {
            match token_flavor {
                Some(TokenFlavor::AppOnly) => {
                    acc.add(CauseId::MailboxPermissionMissing, 0.6, vec![ev(a.id, None,
                        "the app-only token may not impersonate this mailbox: an application access policy or RBAC scope excludes it".into(),
                        "das App-only-Token darf dieses Postfach nicht imitieren: eine Anwendungszugriffsrichtlinie oder ein RBAC-Bereich schließt es aus".into())]);
                    acc.add(
                        CauseId::MissingAppRole,
                        0.4,
                        vec![ev(
                            a.id,
                            None,
                            "or the token lacks full_access_as_app".into(),
                            "oder dem Token fehlt full_access_as_app".into(),
                        )],
                    );
                }
                _ => {
                    acc.add(CauseId::EwsImpersonationHeaderMismatch, 0.7, vec![ev(a.id, None,
                        "impersonation was refused: with a user (delegated) token the ExchangeImpersonation header must not be sent".into(),
                        "die Imitierung wurde abgelehnt: mit einem Benutzertoken (delegiert) darf der Header ExchangeImpersonation nicht gesendet werden".into())]);
                    acc.add(
                        CauseId::MailboxPermissionMissing,
                        0.4,
                        vec![ev(
                            a.id,
                            None,
                            "or the identity has no right on the mailbox it impersonates".into(),
                            "oder die Identität hat kein Recht auf das imitierte Postfach".into(),
                        )],
                    );
                }
            }
            continue;
        }
        if has_any(
            &t,
            &[
                "mailboxnotenabledforrestapi",
                "rest api is not yet supported for this mailbox",
                "inactive, soft-deleted, or is hosted on-premise",
                "errornonexistentmailbox",
                "errorinvaliduser",
                "mailbox is either inactive",
                "mailboxnotfound",
                "errormailboxnotfound",
            ],
        ) {
            acc.add(CauseId::MailboxUnlicensedOrMissing, 0.92, vec![ev(a.id, None,
                "the server says there is no usable Exchange Online mailbox (missing, unlicensed, soft-deleted or on-premises)".into(),
                "der Server meldet, dass es kein nutzbares Exchange-Online-Postfach gibt (fehlt, ohne Lizenz, vorläufig gelöscht oder lokal)".into())]);
            continue;
        }
        if t.contains("invalidauthenticationtoken") || t.contains("access token validation failure")
        {
            if t.contains("audience") {
                acc.add(CauseId::WrongTokenAudience, 0.95, vec![ev(a.id, None,
                    "the API says the token's audience is invalid: the token was issued for another API".into(),
                    "die API meldet eine ungültige Zielgruppe (aud): das Token wurde für eine andere API ausgestellt".into())]);
            } else if has_any(&t, &["expired", "lifetime validation"]) {
                acc.add(
                    CauseId::TokenExpiredOrCached,
                    0.9,
                    vec![ev(
                        a.id,
                        None,
                        "the API says the token has expired".into(),
                        "die API meldet, dass das Token abgelaufen ist".into(),
                    )],
                );
            } else {
                acc.add(CauseId::WrongTokenAudience, 0.45, vec![ev(a.id, None,
                    "the API could not validate the token – most often it was issued for another API".into(),
                    "die API konnte das Token nicht validieren – meist wurde es für eine andere API ausgestellt".into())]);
                acc.add(
                    CauseId::TokenExpiredOrCached,
                    0.35,
                    vec![ev(
                        a.id,
                        None,
                        "an expired token fails validation too".into(),
                        "auch ein abgelaufenes Token besteht die Validierung nicht".into(),
                    )],
                );
                acc.ask(1, Ask::TokenAvailable);
            }
            continue;
        }
        if has_any(
            &t,
            &[
                "authorization_identitynotfound",
                "identity of the calling application could not be established",
            ],
        ) {
            acc.add(CauseId::AppNotFoundInTenant, 0.7, vec![ev(a.id, None,
                "the API cannot find the calling app in this tenant: it has no service principal there (not consented)".into(),
                "die API findet die aufrufende App in diesem Mandanten nicht: sie hat dort keinen Dienstprinzipal (keine Zustimmung)".into())]);
            continue;
        }
        if t.contains("request_resourcenotfound")
            || (t.contains("resourcenotfound") && t.contains("user"))
        {
            acc.add(
                CauseId::MailboxUnlicensedOrMissing,
                0.55,
                vec![ev(
                    a.id,
                    None,
                    "the API does not find the user or mailbox addressed".into(),
                    "die API findet den angesprochenen Benutzer bzw. das Postfach nicht".into(),
                )],
            );
            continue;
        }
        if t.contains("access to odata is disabled") {
            acc.add(CauseId::MailboxPermissionMissing, 0.55, vec![ev(a.id, None,
                "'Access to OData is disabled' is how an application access policy or RBAC scope shuts the app out of this mailbox".into(),
                "„Access to OData is disabled“ ist die Antwort, wenn eine Anwendungszugriffsrichtlinie oder ein RBAC-Bereich die App von diesem Postfach ausschließt".into())]);
            acc.add(CauseId::ProtocolDisabledOnMailbox, 0.3, vec![ev(a.id, None,
                "REST access can also be switched off for the mailbox or organisation".into(),
                "REST-Zugriff kann auch für das Postfach oder die Organisation abgeschaltet sein".into())]);
            acc.ask(3, Ask::Mailbox);
            continue;
        }
        if has_any(
            &t,
            &[
                "erroraccessdenied",
                "access is denied. check credentials",
                "authorization_requestdenied",
                "insufficient privileges",
            ],
        ) {
            acc.add(CauseId::MissingAppRole, 0.45, vec![ev(a.id, None,
                "access denied by the API: the token lacks the application permission (Mail.*, full_access_as_app)".into(),
                "Zugriff von der API verweigert: dem Token fehlt die Anwendungsberechtigung (Mail.*, full_access_as_app)".into())]);
            acc.add(CauseId::MailboxPermissionMissing, 0.4, vec![ev(a.id, None,
                "or an application access policy / RBAC scope excludes the mailbox".into(),
                "oder eine Anwendungszugriffsrichtlinie bzw. ein RBAC-Bereich schließt das Postfach aus".into())]);
            acc.add(
                CauseId::ConsentMissing,
                0.3,
                vec![ev(
                    a.id,
                    None,
                    "or admin consent was not granted".into(),
                    "oder die Administratorzustimmung wurde nicht erteilt".into(),
                )],
            );
            acc.ask(1, Ask::TokenAvailable);
            continue;
        }
        if has_any(
            &t,
            &[
                "errorserverbusy",
                "serviceunavailable",
                "errormailboxstoreunavailable",
                "errormailboxmoveinprogress",
                "internalservererror",
                "503 service",
                "generalexception",
            ],
        ) {
            acc.add(
                CauseId::ServiceSideIncident,
                0.5,
                vec![ev(
                    a.id,
                    None,
                    "the API reports a problem on its side".into(),
                    "die API meldet ein Problem auf ihrer Seite".into(),
                )],
            );
            continue;
        }
        let ews_401 = matches!(&a.kind, ArtifactKind::ApiError { code, protocol, .. } if code.contains("401") && *protocol == Protocol::Ews)
            || (t.contains("401")
                && t.contains("unauthorized")
                && (t.contains("soap") || t.contains("ews") || t.contains("webservices")));
        if ews_401 && acc.best() < 0.75 {
            acc.add(CauseId::WrongTokenAudience, 0.4, vec![ev(a.id, None,
                "EWS answered 401: most often the token is for Microsoft Graph (e.g. scope User.Read) instead of https://outlook.office365.com".into(),
                "EWS antwortete mit 401: meist ist das Token für Microsoft Graph (z. B. Bereich User.Read) statt für https://outlook.office365.com".into())]);
            acc.add(CauseId::MissingAppRole, 0.3, vec![ev(a.id, None,
                "or the token lacks full_access_as_app (app-only) / EWS.AccessAsUser.All (delegated)".into(),
                "oder dem Token fehlt full_access_as_app (App-only) bzw. EWS.AccessAsUser.All (delegiert)".into())]);
            acc.add(
                CauseId::TokenExpiredOrCached,
                0.28,
                vec![ev(
                    a.id,
                    None,
                    "or the token has expired".into(),
                    "oder das Token ist abgelaufen".into(),
                )],
            );
            acc.ask(0, Ask::TokenAvailable);
        }
    }
}
