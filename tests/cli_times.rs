//! Times given by the user (`--now`, `--changed-at`, the page's change-time field) are strict
//! RFC 3339: a date the calendar has, hour ≤ 23, minute ≤ 59, second ≤ 60 (only at 23:59:60
//! UTC), an offset ±HH:MM with HH ≤ 23 and MM ≤ 59, and nothing after the zone. Anything else
//! ends the CLI with status 2 and one line naming the value and what is wrong.

use exo_oauth_doctor::time::{parse_rfc3339_strict, TimeError, Zone};
use std::process::{Command, Output};

/// Values and their Unix seconds, worked out by hand (not with the code under test):
/// 2024-01-01 is day 19723 (54 years × 365 + 13 leap days) = 1 704 067 200.
const GOOD: &[(&str, i64)] = &[
    ("1970-01-01T00:00:00Z", 0),
    ("1970-01-01T00:00:00-00:00", 0),
    // 19723 + 31 (January) + 28 = day 19782.
    ("2024-02-29T00:00:00Z", 1_709_164_800),
    // 1 704 067 200 + 9 days + 15:49:32 (the 16:49:32 at +01:00) = 1 704 901 772.
    ("2024-01-10T16:49:32.5+01:00", 1_704_901_772),
    ("2024-01-10t15:49:32z", 1_704_901_772),
    ("2024-01-10 10:19:32-05:30", 1_704_901_772),
    // 2000-03-01 is day 11017; minus 1 day, plus 12 h = 951 825 600.
    ("2000-02-29T12:00:00Z", 951_825_600),
    // The leap second at the end of 2016 reads as 23:59:59: 2017-01-01 (day 17167) − 1 s.
    ("2016-12-31T23:59:60Z", 1_483_228_799),
    ("2017-01-01T00:59:60+01:00", 1_483_228_799),
];

/// Values that are not RFC 3339 times, with what must be said about them.
const BAD: &[(&str, &str)] = &[
    ("2025-02-31T00:00:00Z", "2025-02 has no day 31"),
    ("2023-02-29T00:00:00Z", "2023-02 has no day 29"),
    ("1900-02-29T00:00:00Z", "1900-02 has no day 29"),
    ("2024-04-31T00:00:00Z", "2024-04 has no day 31"),
    ("2024-01-00T00:00:00Z", "has no day 00"),
    ("2024-13-10T00:00:00Z", "month 13"),
    ("2024-00-10T00:00:00Z", "month 00"),
    ("2024-01-10T24:00:00Z", "hour 24"),
    ("2024-01-10T16:60:00Z", "minute 60"),
    ("2024-01-10T16:49:61Z", "second 61"),
    ("2024-01-10T16:49:60Z", "leap second"),
    ("2024-01-10T16:49:32+99:99", "offset +99:99"),
    ("2024-01-10T16:49:32+24:00", "offset +24:00"),
    ("2024-01-10T16:49:32-01:60", "offset -01:60"),
    ("2024-01-10T16:49:32+0100", "±HH:MM"),
    ("2024-01-10T16:49:32+01", "±HH:MM"),
    ("2024-01-10T16:49:32,5Z", "±HH:MM"),
    ("2024-01-10T16:49:32.Z", "'.' must be followed by digits"),
    (
        "2025-02-01T00:00:00Zjunk",
        "unexpected text after the time: \"junk\"",
    ),
    ("2024-01-10T16:49:32Z ", "unexpected text after the time"),
    (
        "2024-01-10T16:49:32Z\nrm -rf",
        "unexpected text after the time",
    ),
    ("2024-01-10T16:49:32", "no time zone"),
    ("2024-01-10T16:49Z", "expected the form"),
    ("2024-01-10", "expected the form"),
    ("yesterday", "expected the form"),
    ("２０２４-01-10T16:49:32Z", "expected the form"),
];

#[test]
fn good_times_have_the_hand_computed_unix_seconds() {
    for &(value, unix) in GOOD {
        assert_eq!(
            parse_rfc3339_strict(value, Zone::Required),
            Ok(unix),
            "{value}"
        );
    }
}

#[test]
fn bad_times_are_refused_with_the_reason() {
    for &(value, reason) in BAD {
        let err = parse_rfc3339_strict(value, Zone::Required).expect_err(value);
        let en = err.message(exo_oauth_doctor::Lang::En);
        assert!(en.contains(reason), "{value}: {en}");
        let de = err.message(exo_oauth_doctor::Lang::De);
        assert!(!de.is_empty() && de != en, "{value}: a German text");
    }
    assert_eq!(
        parse_rfc3339_strict("2024-01-10T16:49:32+99:99", Zone::Required),
        Err(TimeError::Offset("+99:99".into()))
    );
}

#[test]
fn a_missing_zone_is_utc_only_where_allowed() {
    assert_eq!(
        parse_rfc3339_strict("2024-01-10T15:49:32", Zone::UtcIfMissing),
        Ok(1_704_901_772)
    );
    assert_eq!(
        parse_rfc3339_strict("2024-01-10T15:49:32", Zone::Required),
        Err(TimeError::NoZone)
    );
    // Optional zone does not loosen anything else.
    assert!(parse_rfc3339_strict("2025-02-31T00:00:00", Zone::UtcIfMissing).is_err());
}

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_exo-oauth-doctor"))
        .args(args)
        .output()
        .expect("the CLI runs")
}

#[test]
fn the_cli_refuses_bad_times_with_status_2_and_one_line() {
    for option in ["--now", "--changed-at"] {
        for &(value, reason) in BAD {
            let out = cli(&["analyze", "/dev/null", option, value]);
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{option} {value:?}: {err}");
            assert!(out.stdout.is_empty(), "{option} {value:?}");
            assert_eq!(
                err.lines().count(),
                1,
                "{option} {value:?}: one line: {err}"
            );
            let quoted = format!("{option} {value:?}");
            assert!(err.contains(&quoted), "names {quoted}: {err}");
            assert!(
                err.contains(reason),
                "{option} {value:?} says {reason:?}: {err}"
            );
        }
    }
}

/// A token valid from 1 000 000 000 (2001-09-09T01:46:40Z) until 2 000 000 000
/// (2033-05-18T03:33:20Z): the report's seconds left (or seconds early) tell which "now" the
/// CLI used.
fn token() -> String {
    use base64::Engine;
    let b64 = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    format!(
        "{}.{}.sig",
        b64(r#"{"alg":"RS256","typ":"JWT"}"#),
        b64(
            r#"{"aud":"https://outlook.office365.com","iss":"https://sts.windows.net/3f6a1c2d-8b4e-4f7a-9c1d-2e5b7a9c0d13/","nbf":1000000000,"iat":1000000000,"exp":2000000000,"roles":["IMAP.AccessAsApp"]}"#
        )
    )
}

#[test]
fn the_cli_takes_good_times_at_their_value() {
    let dir = std::env::temp_dir().join(format!("exo-cli-times-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("token.txt");
    std::fs::write(&file, token()).expect("write");
    let path = file.to_str().expect("utf-8 path");
    for &(value, unix) in GOOD {
        let out = cli(&["analyze", path, "--json", "--now", value]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "--now {value}: {err}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let validity = &v["artifacts"][0]["validity_now"];
        let used = match (
            validity["seconds_left"].as_i64(),
            validity["seconds_early"].as_i64(),
        ) {
            (Some(left), _) => 2_000_000_000 - left,
            (None, Some(early)) => 1_000_000_000 - early,
            _ => panic!("--now {value}: no validity in {validity}"),
        };
        assert_eq!(used, unix, "--now {value}");
        let out = cli(&["analyze", path, "--json", "--changed-at", value]);
        assert!(out.status.success(), "--changed-at {value}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
