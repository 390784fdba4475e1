//! The redacted report (Markdown, for a ticket or a forum) and the share-link check.
//!
//! The report holds the findings, questions, checklist and the decoded token claims. It never
//! holds a token signature or a secret value: artifacts carry neither (signatures are dropped and
//! secrets masked by the scanner), and as a second line of defence every token-shaped or long
//! opaque string is removed from the finished text. Tenant/object ids and e-mail addresses can
//! be masked too (numbered placeholders, so "the same id" stays visible).

use crate::analysis::Analysis;
use crate::catalogue::cause;
use crate::evidence::{ArtifactKind, JwtToken, Validity, XoauthDefect};
use crate::i18n::Joined;
use crate::i18n::ReplaceAll;
use crate::i18n::{Lang, Text};
use crate::safe_text::{markdown_code_span, markdown_inline, terminal_lines};
use crate::t;
use std::fmt::Write;

/// Options of the report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReportOptions {
    /// Language of the texts.
    pub lang: Lang,
    /// Replace GUIDs (tenant, object, client ids) and e-mail addresses by numbered placeholders.
    pub mask_ids: bool,
}

const TITLE: Text = t!(
    "Exchange Online OAuth diagnosis",
    "Exchange-Online-OAuth-Diagnose"
);
const NOTE: Text = t!(
    "Token signatures removed, secrets masked. Made with Exchange Online OAuth Doctor (decoded locally).",
    "Token-Signaturen entfernt, Geheimnisse maskiert. Erstellt mit Exchange Online OAuth Doctor (lokal dekodiert)."
);
const MASKED_NOTE: Text = t!(
    "Tenant/object ids and addresses are masked.",
    "Mandanten-/Objekt-IDs und Adressen sind maskiert."
);
const NO_FINDINGS: Text = t!("No cause identified.", "Keine Ursache erkannt.");
const FINDINGS: Text = t!("Findings", "Befunde");
const QUESTIONS: Text = t!("Open questions", "Offene Fragen");
const CHECKLIST: Text = t!("Checklist", "Checkliste");
const VERIFY: Text = t!("Verify", "Prüfen");
const CLIENT_FIX: Text = t!("Client-side fix", "Behebung auf der Client-Seite");
const TOKENS: Text = t!("Decoded token", "Dekodiertes Token");
const LINE: Text = t!("line", "Zeile");
const CLAIM: Text = t!("claim", "Claim");
const HEADER: Text = t!("Header", "Header");
const CLAIMS: Text = t!("Claims", "Claims");
const SIGNATURE: Text = t!(
    "Signature: present in the input, removed here (not needed for the diagnosis).",
    "Signatur: in der Eingabe vorhanden, hier entfernt (für die Diagnose nicht nötig)."
);
const NO_SIGNATURE: Text = t!(
    "Signature: none in the input.",
    "Signatur: keine in der Eingabe."
);
const XOAUTH2: Text = t!("XOAUTH2 string", "XOAUTH2-Zeichenfolge");
const DEFECTS: Text = t!("defects", "Mängel");
const EXPIRED_AT_LOG: Text = t!(
    "expired {} before the logged error",
    "{} vor dem protokollierten Fehler abgelaufen"
);
const VALID_AT_LOG: Text = t!(
    "valid at the logged error ({} left)",
    "zum protokollierten Fehler gültig (noch {})"
);

/// The report's writer of text from the paste (and of every text that may quote it): the
/// privacy passes run on each value before it is made safe for Markdown, so quoting or
/// escaping cannot hide a token or an id from them (an escape such as `\n` right before a GUID
/// would otherwise join it to a word).
struct Values {
    /// Numbers ids and addresses across the whole report, when they are masked.
    masker: Option<Masker>,
}

impl Values {
    /// `s` with opaque runs removed and, when masking, ids and addresses replaced.
    fn private(&mut self, s: &str) -> String {
        let s = scrub_opaque(s);
        match &mut self.masker {
            Some(m) => m.mask(&s),
            None => s,
        }
    }

    /// A value as an inline code span.
    fn code(&mut self, s: &str) -> String {
        markdown_code_span(&self.private(s))
    }

    /// A sentence that may quote the paste, as inline Markdown without structure.
    fn text(&mut self, s: &str) -> String {
        markdown_inline(&self.private(s))
    }

    /// A command as a fenced code block indented for a list item: the fence is longer than any
    /// run of backticks in the command, so no line of it can close the block.
    fn command(&mut self, cmd: &str) -> String {
        let cmd = self.private(cmd);
        let cmd = terminal_lines(&cmd);
        let longest = cmd.split(|c| c != '`').map(str::len).max().unwrap_or(0);
        let fence = "`".repeat((longest + 1).max(3));
        format!(
            "  {fence}powershell\n  {}\n  {fence}",
            cmd.replace_all("\n", "\n  ")
        )
    }
}

/// Builds the Markdown report.
///
/// Text from the paste (claims, `user=`, reasons that quote log lines, values filled into
/// steps) never becomes Markdown structure: values are inline code spans, sentences keep only
/// plain words plain (see [`crate::safe_text`]), and no line break from the paste survives.
pub fn report_markdown(a: &Analysis, opts: ReportOptions) -> String {
    let lang = opts.lang;
    let mut v = Values {
        masker: opts.mask_ids.then(Masker::default),
    };
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", TITLE.get(lang));
    let _ = writeln!(out, "## {}\n", FINDINGS.get(lang));
    if a.findings.is_empty() {
        let _ = writeln!(out, "{}\n", NO_FINDINGS.get(lang));
    }
    for (i, f) in a.findings.iter().enumerate() {
        let c = cause(f.cause);
        let _ = writeln!(
            out,
            "{}. **{}** ({} %) `{}`",
            i + 1,
            v.text(c.title.get(lang)),
            percent(f.confidence),
            f.cause
        );
        if i == 0 {
            let _ = writeln!(out, "   {}", v.text(c.summary.get(lang)));
        }
        for e in &f.evidence {
            let line = a.artifacts.get(e.artifact).map(|x| x.line).unwrap_or(0);
            let claim = e
                .claim
                .as_deref()
                .map(|c| format!(", {} {}", CLAIM.get(lang), v.code(c)))
                .unwrap_or_default();
            let why = v.text(e.why.get(lang));
            let _ = writeln!(out, "   - {} {line}{claim}: {why}", LINE.get(lang));
        }
    }
    if !a.questions.is_empty() {
        let _ = writeln!(out, "\n## {}\n", QUESTIONS.get(lang));
        for q in &a.questions {
            let text = v.text(q.text.get(lang));
            let why = v.text(q.why.get(lang));
            let _ = writeln!(out, "- {text} ({why})");
        }
    }
    for art in &a.artifacts {
        match &art.kind {
            ArtifactKind::Jwt(t) => token_section(&mut out, &mut v, t, art.line, lang),
            ArtifactKind::Xoauth2(x) => {
                let _ = writeln!(
                    out,
                    "\n## {} ({} {})\n",
                    XOAUTH2.get(lang),
                    LINE.get(lang),
                    art.line
                );
                if let Some(u) = &x.user {
                    let _ = writeln!(out, "- user: {}", v.code(u));
                }
                if let Some(s) = &x.scheme {
                    let _ = writeln!(out, "- auth: {}", v.code(&format!("{s} …")));
                }
                if !x.defects.is_empty() {
                    let names: Vec<&str> = x.defects.iter().map(XoauthDefect::as_str).collect();
                    let names = v.text(&names.joined(", "));
                    let _ = writeln!(out, "- {}: {names}", DEFECTS.get(lang));
                }
            }
            _ => {}
        }
    }
    if !a.checklist.is_empty() {
        let _ = writeln!(out, "\n## {}\n", CHECKLIST.get(lang));
        for c in &a.checklist {
            let _ = writeln!(out, "- [ ] {}", v.text(c.action.get(lang)));
            let _ = writeln!(
                out,
                "  {}: {}",
                VERIFY.get(lang),
                v.text(c.verify.get(lang))
            );
            if let Some(cmd) = &c.command {
                let _ = writeln!(out, "{}", v.command(cmd));
            }
        }
    }
    if let Some(fix) = &a.client_fix {
        let _ = writeln!(out, "\n## {}\n", CLIENT_FIX.get(lang));
        let _ = writeln!(out, "- token endpoint: {}", v.code(&fix.token_endpoint));
        let _ = writeln!(out, "- scope: {}", v.code(&fix.scope));
        let _ = writeln!(out, "- grant_type: {}", v.code(&fix.grant_type));
        let _ = writeln!(out, "- XOAUTH2: {}", v.code(&fix.xoauth2_format));
    }
    let _ = writeln!(out, "\n---\n{}", NOTE.get(lang));
    let _ = writeln!(out, "{}", crate::version::line(lang));
    if opts.mask_ids {
        let _ = writeln!(out, "{}", MASKED_NOTE.get(lang));
    }
    // Second line of defence over the whole text (every value already went through both).
    let out = scrub_opaque(&out);
    match &mut v.masker {
        Some(m) => m.mask(&out),
        None => out,
    }
}

/// A confidence 0..1 as a whole percentage (integer arithmetic keeps float formatting out of the page).
pub fn percent(c: f32) -> u32 {
    (c.clamp(0.0, 1.0) * 100.0 + 0.5) as u32
}

fn token_section(out: &mut String, v: &mut Values, t: &JwtToken, line: usize, lang: Lang) {
    let _ = writeln!(
        out,
        "\n## {} ({} {line})\n",
        TOKENS.get(lang),
        LINE.get(lang)
    );
    let _ = writeln!(out, "{}", HEADER.get(lang));
    for (k, val) in t.header.iter() {
        let _ = writeln!(out, "- {}: {}", v.code(k), v.code(&val.as_text()));
    }
    let _ = writeln!(out, "\n{}", CLAIMS.get(lang));
    for (k, val) in t.payload.iter() {
        let mut shown = val.as_text();
        if matches!(k.as_str(), "exp" | "nbf" | "iat") {
            if let Some(n) = val.as_i64() {
                shown = format!("{n} ({})", crate::time::format_utc(n));
            }
        }
        let _ = writeln!(out, "- {}: {}", v.code(k), v.code(&shown));
    }
    match t.validity_at_log {
        Some(Validity::Expired { seconds_ago }) => {
            let d = crate::time::format_duration(seconds_ago, lang);
            let _ = writeln!(out, "\n{}", EXPIRED_AT_LOG.get(lang).replace_all("{}", &d));
        }
        Some(Validity::Valid { seconds_left }) => {
            let d = crate::time::format_duration(seconds_left, lang);
            let _ = writeln!(out, "\n{}", VALID_AT_LOG.get(lang).replace_all("{}", &d));
        }
        _ => {}
    }
    let sig = if t.signature_present {
        SIGNATURE
    } else {
        NO_SIGNATURE
    };
    let _ = writeln!(out, "\n{}", sig.get(lang));
}

fn is_b64_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+' | '/' | '=' | '~' | '.')
}

/// A run of token/secret characters that reads like a credential: long, with digits and both
/// letter cases (identifiers such as cause ids, cmdlet names, GUIDs and host names are not).
fn opaque(run: &str) -> bool {
    let has = |f: fn(&char) -> bool| run.chars().any(|c| f(&c));
    (run.starts_with("eyJ") && run.len() >= 10)
        || (run.len() >= 32
            && has(char::is_ascii_digit)
            && has(char::is_ascii_uppercase)
            && has(char::is_ascii_lowercase))
}

/// Replaces token-shaped text (`eyJ…`) and any opaque run of 32 or more mixed-case base64 characters with
/// `[removed]`: a second line of defence so that no token, signature or secret value can reach a
/// copied report, whatever a decoder left in a claim or message.
pub fn scrub_opaque(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if opaque(run) {
            out.push_str("[removed]");
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in s.chars() {
        if is_b64_char(c) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

fn is_hex(b: &[u8]) -> bool {
    b.iter().all(u8::is_ascii_hexdigit)
}

fn guid_at(b: &[u8], i: usize) -> bool {
    let Some(g) = b.get(i..i + 36) else {
        return false;
    };
    let boundary_before = i == 0 || !b[i - 1].is_ascii_alphanumeric();
    let boundary_after = b.get(i + 36).is_none_or(|c| !c.is_ascii_alphanumeric());
    boundary_before
        && boundary_after
        && is_hex(&g[0..8])
        && g[8] == b'-'
        && is_hex(&g[9..13])
        && g[13] == b'-'
        && is_hex(&g[14..18])
        && g[18] == b'-'
        && is_hex(&g[19..23])
        && g[23] == b'-'
        && is_hex(&g[24..36])
}

fn local_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-' | b'\'')
}

fn domain_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')
}

/// Well-known first-party application ids that identify nobody and stay readable.
const PUBLIC_IDS: crate::catalogue::Words = crate::words![
    "00000002-0000-0ff1-ce00-000000000000",
    "00000003-0000-0000-c000-000000000000",
    "00000002-0000-0000-c000-000000000000",
];

/// Replaces GUIDs (except well-known Microsoft resource ids) by `<id-N>` and e-mail addresses by
/// `<address-N>`; the same value gets the same number.
pub fn mask_identifiers(s: &str) -> String {
    Masker::default().mask(s)
}

/// Masks ids and addresses over several texts with one numbering (see [`mask_identifiers`]):
/// the same value gets the same number in every text masked by the same masker.
#[derive(Clone, Debug, Default)]
pub struct Masker {
    ids: Vec<String>,
    addrs: Vec<String>,
}

impl Masker {
    /// `s` with GUIDs and e-mail addresses replaced by their numbered placeholders.
    pub fn mask(&mut self, s: &str) -> String {
        let b = s.as_bytes();
        let number = |seen: &mut Vec<String>, v: String| match seen.iter().position(|x| *x == v) {
            Some(i) => i + 1,
            None => {
                seen.push(v);
                seen.len()
            }
        };
        let mut out = String::with_capacity(s.len());
        let mut i = 0;
        let mut copied = 0;
        while i < b.len() {
            if guid_at(b, i) {
                let g = s.get(i..i + 36).unwrap_or_default().to_ascii_lowercase();
                if !PUBLIC_IDS.contains(&g) {
                    out.push_str(s.get(copied..i).unwrap_or_default());
                    let n = number(&mut self.ids, g);
                    let _ = write!(out, "<id-{n}>");
                    copied = i + 36;
                }
                i += 36;
                continue;
            }
            if b[i] == b'@' {
                let mut start = i;
                while start > copied && local_char(b[start - 1]) {
                    start -= 1;
                }
                let mut end = i + 1;
                while end < b.len() && domain_char(b[end]) {
                    end += 1;
                }
                while end > i + 1 && b[end - 1] == b'.' {
                    end -= 1;
                }
                let domain = s.get(i + 1..end).unwrap_or_default();
                if start < i && domain.contains('.') && !domain.starts_with('.') {
                    out.push_str(s.get(copied..start).unwrap_or_default());
                    let a = s.get(start..end).unwrap_or_default().to_ascii_lowercase();
                    let n = number(&mut self.addrs, a);
                    let _ = write!(out, "<address-{n}>");
                    copied = end;
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        out.push_str(s.get(copied..).unwrap_or_default());
        out
    }
}

/// Why a share link was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareRefusal {
    /// Nothing to share.
    Empty,
    /// The text holds an access/ID token (a live credential).
    Token,
    /// The text holds an XOAUTH2 string (it carries a token).
    Xoauth2,
    /// The text holds a client secret.
    Secret,
    /// The text holds a long opaque string that may be a credential.
    OpaqueBlob,
    /// The text is too long for a link.
    TooLong,
}

/// The longest text a share link carries (characters before encoding).
pub const SHARE_MAX: usize = 1500;

/// Checks whether `text` may go into a share link: only error strings may, never a token, an
/// XOAUTH2 string, a secret or any long opaque string (which might be one of those undetected).
pub fn share_check(text: &str, a: &Analysis) -> Result<(), ShareRefusal> {
    if text.trim().is_empty() {
        return Err(ShareRefusal::Empty);
    }
    for art in &a.artifacts {
        match art.kind {
            ArtifactKind::Jwt(_)
            | ArtifactKind::EncryptedToken { .. }
            | ArtifactKind::OpaqueToken { .. } => return Err(ShareRefusal::Token),
            ArtifactKind::Xoauth2(_) => return Err(ShareRefusal::Xoauth2),
            ArtifactKind::ClientSecret { .. } => return Err(ShareRefusal::Secret),
            _ => {}
        }
    }
    // Any secret the masker finds (by its position: keys, PowerShell parameters, sign-in
    // commands, URL user info, or an Entra secret's shape) keeps the text out of a link.
    if !crate::secrets::find(text).is_empty() {
        return Err(ShareRefusal::Secret);
    }
    if scrub_opaque(text) != text {
        return Err(ShareRefusal::OpaqueBlob);
    }
    let lower = text.to_ascii_lowercase();
    if [
        "client_secret",
        "password=",
        "pass=",
        "refresh_token",
        "access_token",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return Err(ShareRefusal::Secret);
    }
    if text.chars().count() > SHARE_MAX {
        return Err(ShareRefusal::TooLong);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::CauseId;
    use crate::evidence::{Api, Artifact, Claims, Span, TokenFlavor};
    use crate::i18n::LocalText;
    use crate::rules::{EvidenceRef, Finding};
    /// A test value built with serde_json's `json!`, as the crate's reader holds it.
    macro_rules! json {
        ($($v:tt)+) => {
            crate::json::Value::from(serde_json::json!($($v)+))
        };
    }

    const SIGNATURE: &str =
        "Xk3vQ9mZ_pL2sR8tY1uW4eA7bC0dF5gH6jK9lM2nO3pQ4rS5tU6vW7xY8zA1bC2dE3fG4hI5jK6lM7nO8pQ9rS0tU";
    const SECRET: &str = "Qm58Q~abcDEFghiJKLmnoPQRstuVWXyz0123456789";

    fn token_analysis() -> Analysis {
        let payload = vec![
            ("aud".to_string(), json!("https://outlook.office365.com")),
            (
                "tid".to_string(),
                json!("72f988bf-86f1-41af-91ab-2d7cd011db47"),
            ),
            (
                "oid".to_string(),
                json!("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"),
            ),
            ("upn".to_string(), json!("Anna.Admin@Contoso.com")),
            ("roles".to_string(), json!(["IMAP.AccessAsApp"])),
            ("exp".to_string(), json!(1_704_905_372)),
            ("xms_leak".to_string(), json!(SECRET)),
        ];
        let token = JwtToken {
            length: 1200,
            header: vec![
                ("alg".to_string(), json!("RS256")),
                ("typ".to_string(), json!("JWT")),
            ]
            .into(),
            payload: payload.into(),
            claims: Claims::default().into(),
            signature_present: true,
            flavor: TokenFlavor::AppOnly,
            api: Api::ExchangeOnline,
            cloud: None,
            id_token: false,
            validity_now: Validity::Expired { seconds_ago: 100 },
            validity_at_log: Some(Validity::Expired { seconds_ago: 840 }),
            warnings: vec![],
        };
        Analysis {
            artifacts: vec![
                Artifact {
                    id: 0,
                    span: Span::new(0, 10),
                    line: 3,
                    log_time: None,
                    repeats: None,
                    kind: ArtifactKind::Jwt(Box::new(token)),
                },
                Artifact {
                    id: 1,
                    span: Span::new(20, 30),
                    line: 5,
                    log_time: None,
                    repeats: None,
                    kind: ArtifactKind::ClientSecret {
                        masked: "Qm5…".to_string(),
                        guid_shaped: false,
                    },
                },
            ],
            findings: vec![Finding {
                cause: CauseId::ServicePrincipalNotRegisteredInExchange,
                confidence: 0.85,
                evidence: vec![EvidenceRef {
                    artifact: 0,
                    claim: Some("oid".to_string()),
                    why: LocalText::new(
                        "oid 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 of anna.admin@contoso.com",
                        "oid 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 von anna.admin@contoso.com",
                    ),
                }],
            }],
            ..Analysis::default()
        }
    }

    #[test]
    fn report_never_holds_signature_or_secret() {
        for mask_ids in [false, true] {
            for lang in [Lang::En, Lang::De] {
                let r = report_markdown(&token_analysis(), ReportOptions { lang, mask_ids });
                assert!(!r.contains(SIGNATURE), "signature leaked");
                assert!(!r.contains(SECRET), "secret leaked: {r}");
                assert!(r.contains("`aud`: `https://outlook.office365.com`"), "{r}");
                assert!(r.contains("IMAP.AccessAsApp"), "{r}");
            }
        }
    }

    #[test]
    fn report_from_pasted_text_drops_signature_and_secret() {
        let header = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9";
        let payload = "eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSIsInJvbGVzIjpbIklNQVAuQWNjZXNzQXNBcHAiXX0";
        let text = format!(
            "A01 AUTHENTICATE XOAUTH2\nBearer {header}.{payload}.{SIGNATURE}\nclient_secret={SECRET}\nA01 NO AUTHENTICATE failed."
        );
        let a = crate::analyze(&text, &crate::Options::default());
        for mask_ids in [false, true] {
            let r = report_markdown(
                &a,
                ReportOptions {
                    lang: Lang::En,
                    mask_ids,
                },
            );
            assert!(!r.contains(SIGNATURE), "signature leaked: {r}");
            assert!(!r.contains(SECRET), "secret leaked: {r}");
        }
    }

    #[test]
    fn report_carries_the_client_fix() {
        let mut a = token_analysis();
        a.client_fix = Some(crate::remedy::ClientFix {
            causes: vec![CauseId::WrongTokenAudience],
            cloud: crate::evidence::Cloud::Global,
            delegated: false,
            token_endpoint: "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token"
                .to_string(),
            scope: "https://outlook.office365.com/.default".to_string(),
            grant_type: "client_credentials".to_string(),
            client_id: None,
            xoauth2_user: None,
            xoauth2_format: "user=<mailbox>^Aauth=Bearer <token>^A^A".to_string(),
            hosts: vec![],
            documented: true,
        });
        let r = report_markdown(
            &a,
            ReportOptions {
                lang: Lang::En,
                mask_ids: true,
            },
        );
        assert!(
            r.contains("- scope: `https://outlook.office365.com/.default`"),
            "{r}"
        );
        assert!(r.contains("https://login.microsoftonline.com/<id-"), "{r}");
    }

    #[test]
    fn report_explains_expiry_at_log_time_and_signature() {
        let r = report_markdown(
            &token_analysis(),
            ReportOptions {
                lang: Lang::En,
                mask_ids: false,
            },
        );
        assert!(r.contains("expired 14 min before the logged error"), "{r}");
        assert!(
            r.contains("Signature: present in the input, removed here"),
            "{r}"
        );
        assert!(r.contains("2024-01-10 16:49:32 UTC"), "{r}");
        let de = report_markdown(
            &token_analysis(),
            ReportOptions {
                lang: Lang::De,
                mask_ids: false,
            },
        );
        assert!(
            de.contains("14 min vor dem protokollierten Fehler abgelaufen"),
            "{de}"
        );
    }

    #[test]
    fn masking_hides_ids_and_addresses_consistently() {
        let r = report_markdown(
            &token_analysis(),
            ReportOptions {
                lang: Lang::En,
                mask_ids: true,
            },
        );
        assert!(!r.contains("72f988bf-86f1-41af-91ab-2d7cd011db47"), "{r}");
        assert!(!r.contains("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"), "{r}");
        assert!(
            !r.to_ascii_lowercase().contains("anna.admin@contoso.com"),
            "{r}"
        );
        // The oid appears twice (claim and evidence) and keeps one number.
        assert_eq!(r.matches("<id-1>").count(), 2, "{r}");
        let plain = report_markdown(
            &token_analysis(),
            ReportOptions {
                lang: Lang::En,
                mask_ids: false,
            },
        );
        assert!(plain.contains("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    }

    #[test]
    fn mask_identifiers_cases() {
        for (input, want) in [
            ("tid 72f988bf-86f1-41af-91ab-2d7cd011db47.", "tid <id-1>."),
            ("a@b.com and A@B.com", "<address-1> and <address-1>"),
            (
                "x 00000002-0000-0ff1-ce00-000000000000 y",
                "x 00000002-0000-0ff1-ce00-000000000000 y",
            ),
            (
                "user=svc.mail@contoso.onmicrosoft.com\u{1}",
                "user=<address-1>\u{1}",
            ),
            (
                "no @ here, @handle, mail@localhost",
                "no @ here, @handle, mail@localhost",
            ),
            (
                "ünïcode ✓ 72f988bf-86f1-41af-91ab-2d7cd011db47",
                "ünïcode ✓ <id-1>",
            ),
            (
                "72f988bf-86f1-41af-91ab-2d7cd011db47x",
                "72f988bf-86f1-41af-91ab-2d7cd011db47x",
            ),
        ] {
            assert_eq!(mask_identifiers(input), want, "{input}");
        }
    }

    #[test]
    fn scrub_opaque_cases() {
        for (input, want) in [
            (
                "aud https://outlook.office365.com",
                "aud https://outlook.office365.com",
            ),
            ("Bearer eyJ0eXAiOiJKV1Qi.eyJhdWQiOi.sig", "Bearer [removed]"),
            (
                "secret Qm58Q~abcDEFghiJKLmnoPQRstuVWXyz0123456789012345",
                "secret [removed]",
            ),
            (
                "`service_principal_not_registered_in_exchange`",
                "`service_principal_not_registered_in_exchange`",
            ),
            (
                "Test-ServicePrincipalAuthorization -Identity",
                "Test-ServicePrincipalAuthorization -Identity",
            ),
            ("end of sentence. Next", "end of sentence. Next"),
            (
                "5.7.139 SmtpClientAuthentication",
                "5.7.139 SmtpClientAuthentication",
            ),
        ] {
            assert_eq!(scrub_opaque(input), want, "{input}");
        }
    }

    #[test]
    fn share_check_cases() {
        let empty = Analysis::default();
        let token = token_analysis();
        let cases: [(&str, &Analysis, Result<(), ShareRefusal>); 11] = [
            ("A1 NO AUTHENTICATE failed.", &empty, Ok(())),
            ("   ", &empty, Err(ShareRefusal::Empty)),
            (
                "535 5.7.139 Authentication unsuccessful",
                &token,
                Err(ShareRefusal::Token),
            ),
            (
                "dXNlcj1hQGIuY29tAWF1dGg9QmVhcmVyIGV5SjAuZXlKMQEB",
                &empty,
                Err(ShareRefusal::OpaqueBlob),
            ),
            ("client_secret=abc", &empty, Err(ShareRefusal::Secret)),
            ("password=hunter2 failed", &empty, Err(ShareRefusal::Secret)),
            ("C: PASS Sommer24", &empty, Err(ShareRefusal::Secret)),
            ("PS> Connect-X -ClientSecret 'k9'", &empty, Err(ShareRefusal::Secret)),
            (
                "AADSTS700016: Application with identifier 'Xy78Q~AbCdEfGhIjKlMnOpQrStUvWxYz01234567' was not found",
                &empty,
                Err(ShareRefusal::Secret),
            ),
            ("imaps://svc:Tr0ub4dor@outlook.office365.com", &empty, Err(ShareRefusal::Secret)),
            ("x", &empty, Ok(())),
        ];
        for (text, a, want) in cases {
            assert_eq!(share_check(text, a), want, "{text}");
        }
        assert_eq!(
            share_check(&"error ".repeat(400), &empty),
            Err(ShareRefusal::TooLong)
        );
    }
}
