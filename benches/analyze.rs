//! Native throughput of the whole analysis (scan + diagnose + remedy) on synthetic logs of 1, 10 and 50 MB with
//! tokens, XOAUTH2 blobs and errors sprinkled in. Writes the logs to `target/bench/` so the in-browser benchmark
//! (scripts/bench.sh) measures the page on the very same input. Run: `cargo bench --bench analyze`.

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

/// A realistic mixed client/server log of at least `bytes` bytes.
fn synthetic_log(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 4096);
    let mut i = 0usize;
    while out.len() < bytes {
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
        i += 1;
    }
    out
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
        "{:>6}  {:>10}  {:>10}  {:>9}",
        "MB", "best ms", "MB/s", "artifacts"
    );
    let mut json = Vec::new();
    for mb in [1usize, 10, 50] {
        let log = synthetic_log(mb * 1_000_000);
        let _ = std::fs::write(dir.join(format!("log-{mb}MB.txt")), &log);
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
        println!("{mb:>6}  {:>10.1}  {mbs:>10.1}  {artifacts:>9}", best * 1e3);
        json.push(format!(
            r#"{{"mb":{mb},"bytes":{},"ms":{:.3},"mbs":{mbs:.3}}}"#,
            log.len(),
            best * 1e3
        ));
    }
    let _ = std::fs::write(dir.join("native.json"), format!("[{}]", json.join(",")));
}
