//! No secret gets through any output: generated secrets (the current Entra format `abc8Q~…`,
//! the older format with punctuation, lower-case hex, short passwords) in every position an
//! admin pastes them (PowerShell parameters and constructors, URL-encoded and JSON bodies,
//! connection strings, exception messages, log lines with `password=`/`secret=`/`pwd=`, curl,
//! IMAP/POP/SMTP/HTTP sign-ins, URLs, a secret pasted as the client id), checked in the JSON,
//! the terminal report and the Markdown report (with and without masked ids), in English and
//! German, and in the text the page's evidence view shows.
//!
//! A leak is any run of [`WINDOW`] characters of the secret's masked part (everything after
//! the characters masking keeps) appearing in an output, or of [`ENCODED_WINDOW`] characters of
//! the encoding the position used (URL encoding, JSON and PowerShell escaping, base64).

use base64::Engine;
use exo_oauth_doctor::analysis::{analyze, Hints, Options};
use exo_oauth_doctor::redact::{report_markdown, ReportOptions};
use exo_oauth_doctor::{report, secrets, Lang};
use proptest::prelude::*;

const NOW: i64 = 1_704_905_372;
const APP: &str = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const TID: &str = "11111111-2222-3333-4444-555555555555";
/// Length of a leaked run of the secret that counts.
const WINDOW: usize = 5;
/// Length of a leaked run of an encoded form of the secret that counts.
const ENCODED_WINDOW: usize = 12;

/// How a position writes the secret into the text.
#[derive(Clone, Copy, Debug)]
enum Enc {
    Raw,
    Url,
    Json,
    /// Inside a PowerShell single-quoted string (`'` doubled).
    PsSingle,
    /// The base64 of `user:secret` (HTTP Basic).
    BasicB64,
    /// The base64 of `\0user\0secret` (SASL PLAIN).
    PlainB64,
}

/// What characters a position can hold without changing its syntax.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fits {
    /// Any secret.
    Any,
    /// No blank, `;`, `&`, `"`, `'`, `<`, `,`, `)`, `}`, `]`, `\`, `@`, `/` (bare values).
    Bare,
    /// Only a value shaped like a client secret, where a client id is expected.
    SecretShaped,
    /// Only today's Entra format (recognised anywhere by its shape alone).
    EntraShaped,
}

struct Position {
    name: &'static str,
    template: &'static str,
    enc: Enc,
    fits: Fits,
}

const POSITIONS: &[Position] = &[
    Position { name: "token body, url-encoded", template: "2024-01-10T16:49:30Z POST https://login.microsoftonline.com/{TID}/oauth2/v2.0/token body: client_id={APP}&client_secret={S}&scope=https%3A%2F%2Foutlook.office365.com%2F.default&grant_type=client_credentials", enc: Enc::Url, fits: Fits::Any },
    Position { name: "token body, JSON", template: "request={\"client_id\":\"{APP}\",\"client_secret\":\"{S}\",\"grant_type\":\"client_credentials\"}", enc: Enc::Json, fits: Fits::Any },
    Position { name: "escaped JSON log record", template: "{\"msg\":\"sending {\\\"client_secret\\\":\\\"{S}\\\",\\\"client_id\\\":\\\"{APP}\\\"}\",\"level\":\"debug\"}", enc: Enc::Json, fits: Fits::Bare },
    Position { name: "-ClientSecret", template: "PS> Connect-ExchangeOnline -AppId {APP} -Organization contoso.onmicrosoft.com -ClientSecret '{S}'", enc: Enc::PsSingle, fits: Fits::Any },
    Position { name: "-CertificatePassword", template: "PS> Connect-ExchangeOnline -CertificateFilePath C:\\certs\\app.pfx -CertificatePassword (ConvertTo-SecureString -String '{S}' -AsPlainText -Force) -AppId {APP} -Organization contoso.onmicrosoft.com", enc: Enc::PsSingle, fits: Fits::Any },
    Position { name: "ConvertTo-SecureString", template: "PS> $sec = ConvertTo-SecureString '{S}' -AsPlainText -Force", enc: Enc::PsSingle, fits: Fits::Any },
    Position { name: "PSCredential", template: "PS> $cred = New-Object System.Management.Automation.PSCredential('svc@contoso.com', '{S}')", enc: Enc::PsSingle, fits: Fits::Any },
    Position { name: "PSCredential -ArgumentList", template: "PS> $cred = New-Object PSCredential -ArgumentList 'svc@contoso.com', '{S}'", enc: Enc::PsSingle, fits: Fits::Any },
    Position { name: "ClientSecretCredential", template: "var cred = new ClientSecretCredential(\"{TID}\", \"{APP}\", \"{S}\");", enc: Enc::Raw, fits: Fits::Bare },
    Position { name: "-Body with client_secret", template: "PS> Invoke-RestMethod -Method Post -Uri https://login.microsoftonline.com/{TID}/oauth2/v2.0/token -Body \"client_id={APP}&client_secret={S}&scope=https://outlook.office365.com/.default&grant_type=client_credentials\"", enc: Enc::Url, fits: Fits::Any },
    Position { name: "connection string", template: "ConnectionString: Server=outlook.office365.com;Port=993;User Id=svc@contoso.com;Password={S};SSL=true", enc: Enc::Raw, fits: Fits::Bare },
    Position { name: "exception message", template: "javax.mail.AuthenticationFailedException: AUTHENTICATE failed. [debug] props mail.imaps.password={S} mail.imaps.user=svc@contoso.com", enc: Enc::Raw, fits: Fits::Bare },
    Position { name: "log password=", template: "2024-01-10T16:49:31Z DEBUG config loaded user=svc@contoso.com password={S} host=outlook.office365.com", enc: Enc::Raw, fits: Fits::Bare },
    Position { name: "log secret=", template: "2024-01-10T16:49:31Z DEBUG oauth settings tenant={TID} client={APP} secret={S}", enc: Enc::Raw, fits: Fits::Bare },
    Position { name: "log pwd=", template: "2024-01-10T16:49:31Z DEBUG smtp relay uid=svc pwd={S} port=587", enc: Enc::Raw, fits: Fits::Bare },
    Position { name: "YAML", template: "  client_secret: \"{S}\"", enc: Enc::Json, fits: Fits::Any },
    Position { name: "XML", template: "<ClientSecret>{S}</ClientSecret>", enc: Enc::Raw, fits: Fits::Bare },
    Position { name: "curl -d", template: "$ curl -s -d \"client_id={APP}&client_secret={S}&grant_type=client_credentials&scope=https%3A%2F%2Foutlook.office365.com%2F.default\" https://login.microsoftonline.com/{TID}/oauth2/v2.0/token", enc: Enc::Url, fits: Fits::Any },
    Position { name: "curl -u", template: "$ curl -v --url imaps://outlook.office365.com/INBOX -u svc@contoso.com:{S}", enc: Enc::Raw, fits: Fits::Bare },
    Position { name: "URL user info", template: "connecting to imaps://svc:{S}@outlook.office365.com:993/INBOX", enc: Enc::Url, fits: Fits::Any },
    Position { name: "IMAP LOGIN", template: "C: A1 LOGIN svc@contoso.com \"{S}\"", enc: Enc::Raw, fits: Fits::Bare },
    Position { name: "POP3 PASS", template: "C: PASS {S}", enc: Enc::Raw, fits: Fits::Bare },
    Position { name: "HTTP Basic", template: "Authorization: Basic {S}", enc: Enc::BasicB64, fits: Fits::Any },
    Position { name: "AUTH PLAIN", template: "C: AUTH PLAIN {S}", enc: Enc::PlainB64, fits: Fits::Any },
    Position { name: "secret as client id (AADSTS700016)", template: "AADSTS700016: Application with identifier '{S}' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant.", enc: Enc::Raw, fits: Fits::SecretShaped },
    Position { name: "bare Entra secret", template: "2024-01-10T16:49:31Z INFO using {S} for the token request", enc: Enc::Raw, fits: Fits::EntraShaped },
];

/// The failure around every position, so the whole analysis runs (findings, checklist, script).
const CONTEXT: &str = "2024-01-10T16:49:32Z S: A1 NO AUTHENTICATE failed.\n2024-01-10T16:49:33Z AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.";

fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The secret as the position writes it, and the strings that must not leak.
fn encode(secret: &str, enc: Enc) -> (String, Vec<String>) {
    let b64 = base64::engine::general_purpose::STANDARD;
    let written = match enc {
        Enc::Raw => secret.to_string(),
        Enc::Url => url_encode(secret),
        Enc::Json => serde_json::to_string(secret)
            .unwrap()
            .trim_matches('"')
            .to_string(),
        Enc::PsSingle => secret.replace('\'', "''"),
        Enc::BasicB64 => b64.encode(format!("svc@contoso.com:{secret}")),
        Enc::PlainB64 => b64.encode(format!("\0svc@contoso.com\0{secret}")),
    };
    let mut leaks = vec![secret.to_string()];
    if written != secret {
        leaks.push(written.clone());
    }
    (written, leaks)
}

/// Runs of `width` characters of `s` after the part masking keeps.
fn windows(s: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let keep = secrets::kept_chars(chars.len());
    let tail = &chars[keep.min(chars.len())..];
    if tail.len() < width {
        return if tail.is_empty() {
            Vec::new()
        } else {
            vec![tail.iter().collect()]
        };
    }
    tail.windows(width).map(|w| w.iter().collect()).collect()
}

/// Every output of the analysis of `text`, with a label.
fn outputs(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::De] {
        let opts = Options {
            now: NOW,
            lang,
            hints: Hints::default(),
        };
        let a = analyze(text, &opts);
        out.push((
            format!("json {lang:?}"),
            report::to_json(&a, lang).to_string(),
        ));
        out.push((format!("text {lang:?}"), report::to_text(&a, lang)));
        for mask_ids in [false, true] {
            out.push((
                format!("markdown {lang:?} mask_ids={mask_ids}"),
                report_markdown(&a, ReportOptions { lang, mask_ids }),
            ));
        }
    }
    // What the page's evidence view shows.
    out.push((
        "evidence view".to_string(),
        secrets::mask(text).into_owned(),
    ));
    out
}

fn check(position: &Position, secret: &str) -> Result<(), TestCaseError> {
    let (written, leaks) = encode(secret, position.enc);
    let fill = |value: &str| {
        let line = position
            .template
            .replace("{APP}", APP)
            .replace("{TID}", TID)
            .replace("{S}", value);
        format!("{line}\n{CONTEXT}\n")
    };
    let text = fill(&written);
    // The secret as written is checked in runs of `WINDOW`; an encoded form (URL, JSON, base64)
    // in runs of `ENCODED_WINDOW`, as short runs of `%XX` escapes occur in any URL.
    let mut needles: Vec<String> = leaks
        .iter()
        .enumerate()
        .flat_map(|(i, l)| windows(l, if i == 0 { WINDOW } else { ENCODED_WINDOW }))
        .collect();
    // A run the outputs show without any secret (`00000` of a GUID, say) proves nothing.
    let baseline: Vec<String> = outputs(&fill(&"Z".repeat(written.len())))
        .into_iter()
        .map(|(_, o)| o)
        .collect();
    needles.retain(|n| !baseline.iter().any(|o| o.contains(n.as_str())));
    for (label, output) in outputs(&text) {
        for n in &needles {
            prop_assert!(
                !output.contains(n.as_str()),
                "{} leaks {n:?} of {secret:?} in {label}:\n{output}",
                position.name
            );
        }
    }
    Ok(())
}

/// Secrets as Entra issues them today: three characters, a digit, `Q~`, 34 more.
fn entra_secret() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_.~-]{3}[0-9]Q~[A-Za-z0-9_.~-]{34}"
}

/// Older secrets: 32 or 44 characters with `?=@:[]/+*.-_`.
fn old_secret() -> impl Strategy<Value = String> {
    "[A-Za-z0-9?=@:\\[\\]/+*._-]{32}".prop_filter("mixes classes", |s| {
        s.chars().any(|c| c.is_ascii_uppercase())
            && s.chars().any(|c| c.is_ascii_lowercase())
            && s.chars().any(|c| c.is_ascii_digit())
            && s.chars().any(|c| "?=@:[]/+*._-".contains(c))
    })
}

fn hex_secret() -> impl Strategy<Value = String> {
    "[0-9a-f]{32}"
}

/// Short passwords; not of the shape `%NAME%`, which is a Windows environment variable reference
/// and deliberately left as a placeholder (src/secrets.rs).
fn short_password() -> impl Strategy<Value = String> {
    "[A-Za-z0-9!#%*+?^_~-]{6,12}".prop_filter("not %NAME%", |s| {
        !(s.starts_with('%')
            && s.ends_with('%')
            && s[1..s.len() - 1]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_'))
    })
}

/// A bare value cannot hold characters that end it.
fn fits_bare(s: &str) -> bool {
    !s.chars().any(|c| " ;&\"'<,)}]\\@/:?=#[*+".contains(c))
}

fn any_secret() -> impl Strategy<Value = (String, &'static str)> {
    prop_oneof![
        entra_secret().prop_map(|s| (s, "entra")),
        old_secret().prop_map(|s| (s, "old")),
        hex_secret().prop_map(|s| (s, "hex")),
        short_password().prop_map(|s| (s, "short")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn no_secret_in_any_output((secret, kind) in any_secret(), which in 0..POSITIONS.len()) {
        let p = &POSITIONS[which];
        let applies = match p.fits {
            Fits::Any => true,
            Fits::Bare => fits_bare(&secret),
            Fits::SecretShaped => matches!(kind, "entra" | "old"),
            Fits::EntraShaped => kind == "entra",
        };
        prop_assume!(applies);
        check(p, &secret)?;
    }
}

/// Every position with one secret of each kind that fits it: deterministic, so a position
/// that leaks fails here even when the random cases above miss it.
#[test]
fn every_position_with_every_kind() {
    let samples = [
        ("entra", "Xy78Q~AbCdEfGhIjKlMnOpQrStUvWxYz01234567"),
        ("old", "9s?B=[Xy:Jk@R5]mP/q+T*w.u-Z_e3LfGh"),
        // An older secret that starts with `[`: not a `[REDACTED]` placeholder.
        ("old", "[==AA0_0A_]a-=Aaa*A0_aa=**A=0-00"),
        // … or with `@`: not a splatted variable.
        ("old", "@A-=*00*=*0*_a**a?=aAaa?A_-0=aaA"),
        ("hex", "3f9c2a7b1d4e8f60a5b2c7d9e1f3a4b6"),
        ("short", "Sommer24"),
        ("bare", "Tr0ub4dor_x9Lk2"),
    ];
    let mut checked = 0;
    for p in POSITIONS {
        for (kind, s) in samples {
            let applies = match p.fits {
                Fits::Any => true,
                Fits::Bare => fits_bare(s),
                Fits::SecretShaped => matches!(kind, "entra" | "old"),
                Fits::EntraShaped => kind == "entra",
            };
            if applies {
                check(p, s).unwrap_or_else(|e| panic!("{e}"));
                checked += 1;
            }
        }
    }
    assert!(checked >= POSITIONS.len() * 2, "only {checked} cases ran");
}

/// The evidence still carries what the diagnosis needs: a client-secret artifact with the
/// first characters only, at the secret's place.
#[test]
fn the_secret_is_still_evidence() {
    let s = "Xy78Q~AbCdEfGhIjKlMnOpQrStUvWxYz01234567";
    let text =
        format!("client_id={APP}&client_secret={s}&grant_type=client_credentials\n{CONTEXT}");
    let a = analyze(
        &text,
        &Options {
            now: NOW,
            ..Options::default()
        },
    );
    let json = report::to_json(&a, Lang::En);
    let arts = json["artifacts"].as_array().unwrap();
    let secret = arts
        .iter()
        .find(|x| x["kind"] == "client-secret")
        .expect("a client-secret artifact");
    assert_eq!(secret["masked"], "Xy7…");
    let start = secret["span"]["start"].as_u64().unwrap() as usize;
    assert!(text[start..].starts_with("client_secret="));
}

/// A JWT whose payload is short enough that a message quoting it is not cut before its
/// signature.
fn short_jwt(signature: &str) -> String {
    let b64 = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    format!(
        "{}.{}.{signature}",
        b64(r#"{"alg":"RS256","typ":"JWT"}"#),
        b64(
            r#"{"aud":"https://outlook.office.com","exp":1704909000,"roles":["IMAP.AccessAsApp"]}"#
        )
    )
}

/// A token's signature is what lets whoever reads it use the token: wherever the paste quotes a
/// token (an exception message, a server reply, an escaped JSON record, a header, a console
/// that wrapped it over lines), no output shows more than its first characters, and the token
/// is still decoded as evidence.
#[test]
fn no_token_signature_in_any_output() {
    let signature = "Qk3vQ9mZ_pL2sR8tY1uW4eA7bC0dF5gH6jK9lM2nO3pQ4rS5tU6vW7xY8zA1bC2dE3fG4hI5";
    let jwt = short_jwt(signature);
    let (head, tail) = jwt.split_at(jwt.len() - 30);
    let texts = [
        format!("2024-01-10T16:49:31Z ERROR MailKit.Security.AuthenticationException: AUTHENTICATE failed for token '{jwt}'"),
        format!("2024-01-10T16:49:31Z S: A1 NO AUTHENTICATE failed. token={jwt}"),
        format!("{{\"level\":\"error\",\"msg\":\"send failed\",\"error\":\"401 Unauthorized for bearer {jwt}\"}}"),
        format!("2024-01-10T16:49:31Z DEBUG Authorization: Bearer {jwt}\nHTTP/1.1 401 Unauthorized"),
        format!("{{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"{jwt}\"}}"),
        format!("C: A1 AUTHENTICATE XOAUTH2 user=svc@contoso.com\u{1}auth=Bearer {jwt}\u{1}\u{1}\nS: A1 NO AUTHENTICATE failed."),
        format!("PS> $token.AccessToken\n{head}\n{tail}\nPS> "),
        // Glued to a word by a dash, inside a PowerShell error that quotes it.
        format!("The term 'Bearer-{jwt}' is not recognized as the name of a cmdlet"),
    ];
    for text in &texts {
        let text = format!("{text}\n{CONTEXT}\n");
        let needles = windows(signature, WINDOW);
        for (label, output) in outputs(&text) {
            for n in &needles {
                assert!(
                    !output.contains(n.as_str()),
                    "{label} shows {n:?} of the signature:\n{text}\n{output}"
                );
            }
        }
        let a = analyze(
            &text,
            &Options {
                now: NOW,
                ..Options::default()
            },
        );
        let json = report::to_json(&a, Lang::En).to_string();
        assert!(
            json.contains("\"kind\":\"jwt\"") && json.contains("IMAP.AccessAsApp"),
            "the token is no longer decoded in:\n{text}\n{json}"
        );
    }
}

/// Masking a token's signature is idempotent, keeps the length, leaves the header and payload
/// and leaves an encrypted token's five parts alone.
#[test]
fn token_signature_masking_keeps_the_token() {
    let jwt = short_jwt("abcdefghijklmnopqrstuvwxyz012345");
    let text = format!("token: {jwt} end");
    let once = secrets::mask(&text).into_owned();
    assert_eq!(once.len(), text.len());
    let cut = text.rfind('.').unwrap() + 1;
    assert_eq!(once[..cut + 3], text[..cut + 3]);
    assert_eq!(&once[cut + 3..cut + 32], "*".repeat(29));
    assert!(once.ends_with(" end"));
    assert_eq!(secrets::mask(&once), once);
    let jwe = "eyJhbGciOiJSU0EtT0FFUCJ9.YWJjZGVmZ2hpamtsbW5vcA.aXZpdml2aXY.Y2lwaGVydGV4dA.dGFndGFn";
    assert_eq!(secrets::mask(jwe), jwe);
    // Prose and words with `ey` are not tokens.
    for s in ["they keyJ eyJust", "eyJ.abc", "xeyJabc.def.ghi"] {
        assert_eq!(secrets::mask(s), s);
    }
}

/// A German password label's value (`Passwort: …`, `Kennwort=…`) is masked like `Password: …`,
/// also on a line whose Entra code is read (the code's message quotes the rest of the line).
#[test]
fn a_german_password_label_is_masked() {
    for text in [
        "Fehlercode: 50126 Passwort: Sommer2025!",
        "Passwort: Sommer2025!",
        "Fehlercode: 50126 Kennwort: Sommer2025!",
        "AADSTS50126: Benutzer: info@contoso.de, KENNWORT=Sommer2025!",
        "AADSTS50126 <Kennwort>Sommer2025!</Kennwort>",
        "AADSTS50126 MailKennwort = \"Sommer2025!\"",
        "Fehlercode: 50126 Passord: Sommer2025!",
        "AADSTS50126 -CertificatePassphrase Sommer2025!",
        "AADSTS50126: Error validating credentials. Anwendungskennwort: Sommer2025!",
        "AADSTS50126 Postfachpasswort=Sommer2025!",
        "Fehlercode: 50126 Epostpassord: Sommer2025!",
        "AADSTS50126 PEMPassPhrase=Sommer2025!",
        "AADSTS50126 pass_phrase: Sommer2025!",
    ] {
        for (label, output) in outputs(text) {
            assert!(
                !output.contains("Sommer2025"),
                "{label} shows the password:\n{output}"
            );
        }
    }
}
