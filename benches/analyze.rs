//! Native throughput of the whole analysis (scan + diagnose + remedy) on synthetic logs of 1, 10 and 50 MB with
//! tokens, XOAUTH2 blobs and errors sprinkled in, on 50 MB of a service retrying a failing token request (evidence
//! on every line), on 50 MB of an IMAP client's protocol log with its XOAUTH2 sign-in every four lines, and on 50 MB of
//! JSON records each quoting an escaped IMAP refusal. Writes the logs to `target/bench/` so the in-browser benchmark (scripts/bench.sh) measures the page
//! on the very same input. Run: `cargo bench --bench analyze`.

use base64::Engine;
use exo_oauth_doctor::{analyze, Options};
use std::time::Instant;

const B64URL: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;
const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

fn token(i: usize) -> String {
    let header = B64URL.encode(r#"{"typ":"JWT","alg":"RS256","kid":"bench"}"#);
    let payload = B64URL.encode(format!(
        r#"{{"aud":"https://outlook.office365.com","iss":"https://sts.windows.net/11111111-2222-3333-4444-555555555555/","iat":1704904000,"nbf":1704904000,"exp":{},"appid":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee","idtyp":"app","oid":"99999999-8888-7777-6666-{:012}","roles":["IMAP.AccessAsApp"],"tid":"11111111-2222-3333-4444-555555555555","ver":"1.0"}}"#,
        1704907900 + i,
        i % 1_000_000
    ));
    format!("{header}.{payload}.c2lnbmF0dXJl")
}

/// A log of at least `bytes` bytes: `entry(i, out)` writes the `i`-th entry, from 0 on.
fn log_of(bytes: usize, mut entry: impl FnMut(usize, &mut String)) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    let mut i = 0usize;
    while out.len() < bytes {
        entry(i, &mut out);
        i += 1;
    }
    out
}

/// A realistic mixed client/server log of at least `bytes` bytes.
fn synthetic_log(bytes: usize) -> String {
    log_of(bytes, |i, out| {
        let (m, s) = ((i / 60) % 60, i % 60);
        let ts = format!("2024-01-10T16:{m:02}:{s:02}.{:03}Z", i % 1000);
        match i % 97 {
            0 => {
                let blob = B64.encode(format!("user=docscan@contoso.com\x01auth=Bearer {}\x01\x01", token(i)));
                out.push_str(&format!("{ts} C: A{i:04} AUTHENTICATE XOAUTH2 {blob}\n"));
            }
            1 => out.push_str(&format!(
                "{ts} S: A{:04} NO AUTHENTICATE failed. Error=\"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed.\"\n",
                i - 1
            )),
            29 => out.push_str(&format!("{ts} token response: {{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"{}\"}}\n", token(i))),
            53 => out.push_str(&format!("{ts} SMTP <- 535 5.7.3 Authentication unsuccessful [AM0PR02CA0001.eurprd02.prod.outlook.com]\n")),
            71 => out.push_str(&format!("{ts} AADSTS7000215: Invalid client secret provided. Trace ID: 0c7b1f0e-1a2b-4c3d-9e8f-{i:012} Correlation ID: 5d6e7f80-1a2b-4c3d-9e8f-{i:012}\n")),
            _ => out.push_str(&format!(
                "{ts} INFO  [worker-{}] imap: fetched {} messages from outlook.office365.com:993 in {} ms, queue depth {}\n",
                i % 8,
                i % 50,
                i % 900,
                i % 17
            )),
        }
    })
}

/// A service retrying a token request with a wrong client secret every 30 s, of at least `bytes` bytes: every
/// line carries evidence (endpoint, scope, the token endpoint's JSON error, host), the worst case for the rules.
fn retry_loop_log(bytes: usize) -> String {
    const APP: &str = "a3c5e7f9-1b2d-4e6f-8a0c-2d4f6b8e0a1c";
    const TENANT: &str = "11111111-2222-3333-4444-555555555555";
    log_of(bytes, |i, out| {
        let t = 1_748_858_400 + i * 30;
        let (h, m, s) = ((t / 3600) % 24, (t / 60) % 60, t % 60);
        let day = 2 + (i * 30) / 86_400;
        let ts = format!("2025-06-{day:02} {h:02}:{m:02}:{s:02}");
        out.push_str(&format!(
            "{ts}.120 INFO  [mail-poller] requesting token from https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token (client_id={APP}, scope=https://outlook.office365.com/.default)\n"
        ));
        out.push_str(&format!(
            "{ts}.457 ERROR [mail-poller] token request failed: HTTP 401 {{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{APP}'. Trace ID: 9f1e2d3c-4b5a-4697-8877-{i:012} Correlation ID: 0a1b2c3d-4e5f-4061-8273-{i:012} Timestamp: {ts}Z\",\"error_codes\":[7000215],\"timestamp\":\"{ts}Z\",\"trace_id\":\"9f1e2d3c-4b5a-4697-8877-{i:012}\",\"correlation_id\":\"0a1b2c3d-4e5f-4061-8273-{i:012}\",\"error_uri\":\"https://login.microsoftonline.com/error?code=7000215\"}}\n"
        ));
        out.push_str(&format!(
            "{ts}.458 WARN  [mail-poller] IMAP sign-in to outlook.office365.com:993 skipped, retrying in 30 s\n"
        ));
    })
}

/// An IMAP client's protocol log, polling every 60 s, of at least `bytes` bytes: each poll signs in with
/// `AUTHENTICATE XOAUTH2` (its token, renewed hourly, inside) and is refused, so every few lines carry a token.
fn polling_log(bytes: usize) -> String {
    log_of(bytes, |i, out| {
        let ts = exo_oauth_doctor::time::format_rfc3339(1_704_902_400 + i as i64 * 60);
        let blob = B64.encode(format!(
            "user=docscan@contoso.com\x01auth=Bearer {}\x01\x01",
            token(i / 60)
        ));
        out.push_str(&format!(
            "{ts} IMAP connect outlook.office365.com:993 (TLS)\n"
        ));
        out.push_str(&format!("{ts} C: A{i:05} AUTHENTICATE XOAUTH2 {blob}\n"));
        out.push_str(&format!("{ts} S: A{i:05} NO AUTHENTICATE failed.\n"));
        out.push_str(&format!("{ts} IMAP disconnect, next poll in 60 s\n"));
    })
}

/// A log of JSON records, of at least `bytes` bytes: each quotes an escaped IMAP refusal (LogonDenied) with a
/// request ID, so every line carries evidence inside escapes (the page's memory goal is hardest to keep here).
fn json_records_log(bytes: usize) -> String {
    log_of(bytes, |i, out| {
        let ts = exo_oauth_doctor::time::format_rfc3339(1_704_902_400 + i as i64 * 15);
        out.push_str(&format!(
            r#"{{"ts":"{ts}","level":"error","message":"S: A{i:05} NO AUTHENTICATE failed. Error=\"AuthFailed:LogonDenied-None-OAuthLog:AuthExc_Auth Failed.\" \r\n user=\"svc@contoso.com\"","request_id":"0b7f5c9e-1c2d-4e5f-9a8b-{i:012}"}}"#
        ));
        out.push('\n');
    })
}

/// Each size is analysed repeatedly for at least this many seconds …
const RUN_FOR: f64 = 2.0;
/// … and at least this many times; the best run counts.
const MIN_RUNS: usize = 6;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let _ = std::fs::create_dir_all(&dir);
    let opts = Options {
        now: 1_704_905_372,
        ..Options::default()
    };
    println!(
        "{:>8}  {:>10}  {:>10}  {:>9}",
        "MB", "best ms", "MB/s", "artifacts"
    );
    let mut json = Vec::new();
    let cases = [
        ("1", "log-1MB.txt", synthetic_log(1_000_000)),
        ("10", "log-10MB.txt", synthetic_log(10_000_000)),
        ("50", "log-50MB.txt", synthetic_log(50_000_000)),
        ("50 retry", "retry-50MB.txt", retry_loop_log(50_000_000)),
        ("50 tokens", "tokens-50MB.txt", polling_log(50_000_000)),
        ("50 JSON", "json-50MB.txt", json_records_log(50_000_000)),
    ];
    // `ANALYZE_ONLY=JSON` (a part of a label) measures only the matching logs, e.g. for a profiler.
    let only = std::env::var("ANALYZE_ONLY").ok();
    for (label, file, log) in cases {
        if only.as_deref().is_some_and(|o| !label.contains(o)) {
            continue;
        }
        let _ = std::fs::write(dir.join(file), &log);
        // The same method as the page (scripts/bench-browser.mjs): repeat for at least RUN_FOR
        // and MIN_RUNS times, keep the best run. Repeating lets the browser's WebAssembly engine
        // finish optimising (it starts on a quick baseline compile), so both sides are warm.
        let mut best = f64::INFINITY;
        let mut artifacts = 0;
        let started = Instant::now();
        let mut runs = 0;
        while runs < MIN_RUNS || started.elapsed().as_secs_f64() < RUN_FOR {
            let t = Instant::now();
            let a = analyze(&log, &opts);
            best = best.min(t.elapsed().as_secs_f64());
            artifacts = a.artifacts.len();
            runs += 1;
        }
        let mbs = log.len() as f64 / 1e6 / best;
        println!(
            "{label:>8}  {:>10.1}  {mbs:>10.1}  {artifacts:>9}",
            best * 1e3
        );
        json.push(format!(
            r#"{{"label":"{label}","file":"{file}","bytes":{},"ms":{:.3},"mbs":{mbs:.3}}}"#,
            log.len(),
            best * 1e3
        ));
    }
    let _ = std::fs::write(dir.join("native.json"), format!("[{}]", json.join(",")));
}
