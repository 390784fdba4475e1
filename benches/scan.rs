//! Throughput of the evidence scanner on synthetic mail-client logs of 1, 10 and 50 MB with
//! tokens, XOAUTH2 strings, replies and Entra errors sprinkled in. Prints MB/s per size.
//! Run with `cargo bench --bench scan`.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use std::time::Instant;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn token(n: u64) -> String {
    let h = URL_SAFE_NO_PAD.encode(r#"{"typ":"JWT","alg":"RS256","x5t":"abc","kid":"abc"}"#);
    let p = URL_SAFE_NO_PAD.encode(format!(
        r#"{{"aud":"https://outlook.office365.com","iss":"https://sts.windows.net/5e0a1d1e-0000-4000-8000-000000000001/","iat":{0},"nbf":{0},"exp":{1},"appid":"11111111-2222-3333-4444-555555555555","idtyp":"app","oid":"66666666-7777-8888-9999-000000000000","roles":["IMAP.AccessAsApp"],"tid":"5e0a1d1e-0000-4000-8000-000000000001","ver":"1.0"}}"#,
        1_704_900_000 + n,
        1_704_903_600 + n
    ));
    format!("{h}.{p}.{}", URL_SAFE_NO_PAD.encode([7u8; 256]))
}

fn synthetic_log(bytes: usize) -> String {
    let mut rng = Lcg(42);
    let mut out = String::with_capacity(bytes + 4096);
    let mut sec = 0u64;
    while out.len() < bytes {
        sec += rng.next() % 3;
        let ts = format!(
            "2024-01-10 {:02}:{:02}:{:02}.{:03}",
            (sec / 3600) % 24,
            (sec / 60) % 60,
            sec % 60,
            rng.next() % 1000
        );
        let worker = rng.next() % 8;
        let line = match rng.next() % 1000 {
            0..=1 => format!("{ts} DEBUG [worker-{worker}] Authorization: Bearer {}", token(sec)),
            2 => format!(
                "{ts} DEBUG [worker-{worker}] C: A01 AUTHENTICATE XOAUTH2 {}",
                STANDARD.encode(format!("user=box{worker}@contoso.com\x01auth=Bearer {}\x01\x01", token(sec)))
            ),
            3..=5 => format!("{ts} DEBUG [worker-{worker}] S: A01 NO AUTHENTICATE failed."),
            6..=7 => format!("{ts} WARN  [worker-{worker}] S: 535 5.7.3 Authentication unsuccessful [AM0PR02CA0134.eurprd02.prod.outlook.com]"),
            8 => format!("{ts} ERROR [worker-{worker}] token request failed: {{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\\r\\nTrace ID: 0b7f5c9e-1c2d-4e5f-9a8b-7c6d5e4f3a2b\",\"error_codes\":[7000215]}}"),
            9..=40 => format!("{ts} INFO  [worker-{worker}] connecting to outlook.office365.com:993 (attempt {})", rng.next() % 5),
            41..=300 => format!("{ts} DEBUG [worker-{worker}] C: A{:04} UID FETCH {}:* (FLAGS INTERNALDATE RFC822.SIZE)", rng.next() % 10000, rng.next() % 100000),
            301..=600 => format!("{ts} DEBUG [worker-{worker}] S: * {} FETCH (UID {} FLAGS (\\Seen) RFC822.SIZE {})", rng.next() % 500, rng.next() % 100000, rng.next() % 90000),
            _ => format!("{ts} INFO  [worker-{worker}] mailbox sync finished: {} new messages, {} updated, took {} ms", rng.next() % 50, rng.next() % 20, rng.next() % 900),
        };
        out.push_str(&line);
        out.push_str(if rng.next() % 2 == 0 { "\r\n" } else { "\n" });
    }
    out
}

fn main() {
    let now = 1_704_905_372;
    for mb in [1usize, 10, 50] {
        let log = synthetic_log(mb * 1024 * 1024);
        // Warm-up once per size; then the best of three runs.
        let _ = exo_oauth_doctor::scan::scan(&log, now);
        let runs = 3;
        let mut best = f64::MAX;
        let mut count = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let arts = exo_oauth_doctor::scan::scan(&log, now);
            let secs = t.elapsed().as_secs_f64();
            count = arts.len();
            best = best.min(secs);
        }
        let mbs = log.len() as f64 / (1024.0 * 1024.0) / best;
        println!("scan {mb:>2} MB: {best:.3} s, {mbs:.0} MB/s, {count} artifacts");
    }
}
