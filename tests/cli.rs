//! The CLI contract: `exo-oauth-doctor analyze [FILE|-] [--json] [--lang en|de] [--now <RFC 3339>]`.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use common::run_cli as run;

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON object")
}

const LOGON_DENIED: &str =
    "NO AUTHENTICATE failed. Error=\"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed.\"";

#[test]
fn json_has_the_contract_shape() {
    let out = run(
        &["analyze", "--json", "--now", "2024-01-10T16:49:32Z"],
        LOGON_DENIED.as_bytes(),
    );
    assert!(
        out.status.success(),
        "exit 0: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    assert_eq!(v["version"], 2);
    for key in ["artifacts", "findings", "questions", "checklist"] {
        assert!(v[key].is_array(), "{key} is an array");
    }
    assert!(v["powershell"].is_string());
    let findings = v["findings"].as_array().expect("findings");
    let mut last = f64::INFINITY;
    for f in findings {
        let id = f["cause"].as_str().expect("cause id");
        assert!(
            exo_oauth_doctor::CauseId::parse(id).is_some(),
            "{id} is a catalogue id"
        );
        let c = f["confidence"].as_f64().expect("confidence");
        assert!(
            (0.0..=1.0).contains(&c) && c <= last,
            "confidence in 0..1 and sorted"
        );
        last = c;
        assert!(!f["title"].as_str().expect("title").is_empty());
        assert!(f["evidence"].is_array());
    }
}

#[test]
fn reads_a_file_and_stdin_alike() {
    let dir = std::env::temp_dir().join(format!("exo-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("log.txt");
    std::fs::write(&file, LOGON_DENIED).expect("write");
    let path = file.to_str().expect("utf-8 path");
    let args_file = ["analyze", path, "--json", "--now", "2024-01-10T16:49:32Z"];
    let from_file = run(&args_file, b"");
    let from_stdin = run(
        &["analyze", "-", "--json", "--now", "2024-01-10T16:49:32Z"],
        LOGON_DENIED.as_bytes(),
    );
    assert!(from_file.status.success() && from_stdin.status.success());
    assert_eq!(json(&from_file), json(&from_stdin));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn invalid_utf8_and_empty_input_are_analysed_not_fatal() {
    for input in [&b"\xff\xfe NO AUTHENTICATE failed.\x80"[..], b"", b"\0\0\0"] {
        let out = run(&["analyze", "--json"], input);
        assert!(out.status.success(), "exit 0 for {input:?}");
        assert_eq!(json(&out)["version"], 2);
    }
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    for args in [
        &["analyze", "--lang", "fr"][..],
        &["analyze", "--now", "yesterday"],
        &["analyse"],
        &[],
        &["analyze", "--bogus"],
        &["analyze", "/nonexistent/file.log"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("exo-oauth-doctor: "), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
}

/// SMTP AUTH disabled for the tenant, stated by the server: the verdict is certain, so the
/// expected words can be written down in both languages.
const SMTP_TENANT: &str = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.";

#[test]
fn text_report_speaks_the_chosen_language() {
    let text = |lang: &str| {
        let out = run(
            &["analyze", "--lang", lang, "--now", "2024-01-10T16:49:32Z"],
            SMTP_TENANT.as_bytes(),
        );
        assert!(out.status.success(), "{lang}: exit 0");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let (en, de) = (text("en"), text("de"));
    let first = |t: &str| {
        t.lines()
            .find(|l| l.trim_start().starts_with("1."))
            .unwrap_or_default()
            .to_string()
    };
    assert!(en.starts_with("Findings (best first):\n"), "{en}");
    assert!(
        first(&en).ends_with("SMTP AUTH disabled for the tenant (smtp_auth_disabled_tenant)"),
        "{en}"
    );
    assert!(
        de.starts_with("Befunde (wahrscheinlichste zuerst):\n"),
        "{de}"
    );
    assert!(
        first(&de).ends_with("SMTP AUTH für den Mandanten deaktiviert (smtp_auth_disabled_tenant)"),
        "{de}"
    );
    for (t, other) in [
        (&en, "Befunde"),
        (&de, "Findings"),
        (&en, "Zeile"),
        (&de, " line "),
    ] {
        assert!(
            !t.contains(other),
            "{other:?} in the other language's report:\n{t}"
        );
    }
    let json = |lang: &str| {
        json(&run(
            &[
                "analyze",
                "--json",
                "--lang",
                lang,
                "--now",
                "2024-01-10T16:49:32Z",
            ],
            SMTP_TENANT.as_bytes(),
        ))
    };
    assert_eq!(
        json("en")["findings"][0]["title"],
        "SMTP AUTH disabled for the tenant"
    );
    assert_eq!(
        json("de")["findings"][0]["title"],
        "SMTP AUTH für den Mandanten deaktiviert"
    );
}

#[test]
fn a_reader_that_stops_early_ends_the_cli_quietly() {
    // The reading end of stdout is closed before the CLI writes, as `exo-oauth-doctor … | head`
    // does once it has its lines: the write fails with a broken pipe.
    for args in [&["analyze"][..], &["analyze", "--json"], &["--help"]] {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let mut child = Command::new(env!("CARGO_BIN_EXE_exo-oauth-doctor"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(writer)
            .stderr(Stdio::piped())
            .spawn()
            .expect("the CLI starts");
        // `--help` reads no input and may be gone before it is written.
        let _ = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(LOGON_DENIED.as_bytes());
        let out = child.wait_with_output().expect("the CLI finishes");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?} {stderr}", out.status);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn version_prints_the_version_and_commit_the_page_shows() {
    for flag in ["--version", "-V", "version"] {
        let out = run(&[flag], b"");
        assert!(out.status.success(), "{flag}: {out:?}");
        let stdout = String::from_utf8(out.stdout).expect("UTF-8");
        // The same line as the page's footer and the Markdown report (English).
        assert_eq!(
            stdout,
            format!(
                "{}\n",
                exo_oauth_doctor::version::line(exo_oauth_doctor::Lang::En)
            ),
            "{flag}"
        );
        assert!(
            stdout.starts_with(&format!("exo-oauth-doctor {}", env!("CARGO_PKG_VERSION"))),
            "{stdout}"
        );
        assert!(stdout.contains(", commit "), "{stdout}");
    }
}

/// A usage error repeats the argument it refuses: its control characters (ESC of a terminal
/// sequence, CR, bidi override) are shown escaped, and an argument that is not UTF-8 is read
/// with replacement characters instead of ending the CLI with a panic.
#[test]
fn hostile_arguments_are_escaped_and_never_panic() {
    let out = run(&["analyze", "--bogus\u{1b}]0;owned\u{7}\r\u{202e}x"], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains('\u{1b}') && !err.contains('\r') && !err.contains('\u{202e}'),
        "{err:?}"
    );
    assert!(err.contains("\\u{1b}]0;owned"), "{err:?}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err:?}");

    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let bad = std::ffi::OsStr::from_bytes(b"--\xff\xfe");
        let out = Command::new(env!("CARGO_BIN_EXE_exo-oauth-doctor"))
            .arg("analyze")
            .arg(bad)
            .stdin(Stdio::null())
            .output()
            .expect("the CLI runs");
        assert_eq!(
            out.status.code(),
            Some(2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains("unknown option"));
    }
}

/// JSON version 2: evidence that repeats is one artifact with its count, its last line and the
/// first further places; the output stays small however often a line repeats.
#[test]
fn repeated_evidence_is_one_artifact_with_its_count() {
    let line = "2024-03-20 10:15:02 S: A1 NO AUTHENTICATE failed.\n";
    let input = line.repeat(20_000);
    let out = run(&["analyze", "--json"], input.as_bytes());
    assert!(out.status.success());
    // The output grows with distinct evidence, not with lines: ten times the lines add only the
    // digits of the counts and line numbers.
    let tenth = run(&["analyze", "--json"], line.repeat(2_000).as_bytes());
    assert!(tenth.status.success());
    assert!(
        out.stdout.len() < tenth.stdout.len() + 64 && out.stdout.len() < 32_000,
        "{} bytes of JSON for 20 000 lines, {} for 2 000",
        out.stdout.len(),
        tenth.stdout.len()
    );
    let v = json(&out);
    let replies: Vec<&serde_json::Value> = v["artifacts"]
        .as_array()
        .expect("artifacts")
        .iter()
        .filter(|a| a["kind"] == "server-reply")
        .collect();
    assert_eq!(replies.len(), 1, "{replies:?}");
    let r = &replies[0]["repeats"];
    assert_eq!(r["count"], 20_000);
    assert_eq!(r["last_line"], 20_000);
    assert_eq!(r["spans"].as_array().map(Vec::len), Some(32));
    assert_eq!(replies[0]["line"], 1);
}

/// Of each kind of value the first 1000 distinct ones are kept; the rest are counted in one
/// `omitted` artifact where the first of them stands. Trace ids are one piece of evidence.
#[test]
fn distinct_values_beyond_the_limit_are_counted_not_kept() {
    let mut input = String::new();
    for i in 0..1500 {
        input.push_str(&format!(
            "MAIL FROM:<user{i}@contoso.com> Trace ID: {i:08x}-1c2d-4e5f-9a8b-{i:012}\n"
        ));
    }
    let out = run(&["analyze", "--json"], input.as_bytes());
    assert!(out.status.success());
    let v = json(&out);
    let arts = v["artifacts"].as_array().expect("artifacts");
    let of = |k: &str| arts.iter().filter(|a| a["kind"] == k).count();
    assert_eq!(of("email"), 1000);
    let omitted: Vec<_> = arts.iter().filter(|a| a["kind"] == "omitted").collect();
    assert_eq!(omitted.len(), 1, "{omitted:?}");
    assert_eq!(omitted[0]["of"], "email");
    assert_eq!(omitted[0]["count"], 500);
    assert_eq!(omitted[0]["line"], 1001);
    let traces: Vec<_> = arts
        .iter()
        .filter(|a| a["kind"] == "guid" && a["label"] == "trace-id")
        .collect();
    assert_eq!(traces.len(), 1, "{traces:?}");
    assert_eq!(traces[0]["repeats"]["count"], 1500);
}

/// The CLI masks its input once, where it reads it, and the analysis does not mask it again: no
/// secret, password or token signature reaches its JSON or its terminal report, and the evidence
/// built on them is still there.
#[test]
fn the_cli_masks_its_input_once_and_nothing_leaks() {
    let signature = "Qk3vQ9mZ_pL2sR8tY1uW4eA7bC0dF5gH6jK9lM2nO3pQ4rS5tU6vW7xY8zA1bC2dE3";
    let text = format!(
        "2024-01-10T16:49:30Z POST https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token body: client_id=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee&client_secret=Xy78Q~AbCdEfGhIjKlMnOpQrStUvWxYz01234567&grant_type=client_credentials\n\
         2024-01-10T16:49:31Z a1 LOGIN svc@contoso.com Sommer2024!\n\
         2024-01-10T16:49:32Z ERROR MailKit.Security.AuthenticationException: AUTHENTICATE failed for token 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSIsImV4cCI6MTcwNDkwOTAwMH0.{signature}'\n"
    );
    for args in [
        &["analyze", "--json", "--now", "2024-01-10T16:49:32Z"][..],
        &["analyze", "--now", "2024-01-10T16:49:32Z"][..],
    ] {
        let out = run(args, text.as_bytes());
        assert!(out.status.success());
        let stdout = String::from_utf8_lossy(&out.stdout);
        for leak in ["AbCdEfGhIjKl", "mmer2024", &signature[3..15]] {
            assert!(!stdout.contains(leak), "{args:?} shows {leak}:\n{stdout}");
        }
    }
    let v = json(&run(
        &["analyze", "--json", "--now", "2024-01-10T16:49:32Z"],
        text.as_bytes(),
    ));
    let kinds: Vec<&str> = v["artifacts"]
        .as_array()
        .expect("artifacts")
        .iter()
        .filter_map(|a| a["kind"].as_str())
        .collect();
    for kind in ["client-secret", "jwt"] {
        assert!(kinds.contains(&kind), "no {kind} in {kinds:?}");
    }
}

/// A JSON value that fails to deserialise when an object repeats a key (serde_json's `Value`
/// keeps the last silently).
struct UniqueKeys;

impl<'de> serde::Deserialize<'de> for UniqueKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = UniqueKeys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_bool<E>(self, _: bool) -> Result<UniqueKeys, E> {
                Ok(UniqueKeys)
            }
            fn visit_i64<E>(self, _: i64) -> Result<UniqueKeys, E> {
                Ok(UniqueKeys)
            }
            fn visit_u64<E>(self, _: u64) -> Result<UniqueKeys, E> {
                Ok(UniqueKeys)
            }
            fn visit_f64<E>(self, _: f64) -> Result<UniqueKeys, E> {
                Ok(UniqueKeys)
            }
            fn visit_str<E>(self, _: &str) -> Result<UniqueKeys, E> {
                Ok(UniqueKeys)
            }
            fn visit_unit<E>(self) -> Result<UniqueKeys, E> {
                Ok(UniqueKeys)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<UniqueKeys, A::Error> {
                while a.next_element::<UniqueKeys>()?.is_some() {}
                Ok(UniqueKeys)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<UniqueKeys, A::Error> {
                let mut keys = std::collections::HashSet::new();
                while let Some(k) = a.next_key::<String>()? {
                    if !keys.insert(k.clone()) {
                        return Err(serde::de::Error::custom(format!("key {k:?} twice")));
                    }
                    a.next_value::<UniqueKeys>()?;
                }
                Ok(UniqueKeys)
            }
        }
        d.deserialize_any(V)
    }
}

#[test]
fn no_json_object_repeats_a_key() {
    // Every known text's example line gives an artifact of its kind: together they cover the
    // kinds the JSON writes (a PowerShell error once wrote its error id as a second `id`).
    let examples: Vec<&str> = exo_oauth_doctor::catalogue::texts::FAMILIES
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|r| r.example))
        .collect();
    let text = examples.join("\n");
    let out = run(
        &["analyze", "--json", "--now", "2024-01-10T16:49:32Z"],
        text.as_bytes(),
    );
    assert!(out.status.success());
    let kinds = json(&out)["artifacts"]
        .as_array()
        .expect("artifacts")
        .iter()
        .filter_map(|a| a["kind"].as_str().map(str::to_string))
        .collect::<std::collections::HashSet<_>>();
    assert!(kinds.contains("ps-error") && kinds.len() >= 10, "{kinds:?}");
    if let Err(e) = serde_json::from_slice::<UniqueKeys>(&out.stdout) {
        panic!("{e}");
    }
}
