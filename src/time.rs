//! Calendar arithmetic for Unix seconds: RFC 3339 parsing and formatting, and human durations.
//!
//! Written by hand (days-from-civil, about 100 lines) instead of pulling `chrono`/`time` into the
//! wasm bundle: the page needs only UTC conversion and a few formats.

use crate::i18n::Lang;

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The date (year, month, day) of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Unix seconds of a UTC date and time; `None` when a field is out of range.
pub fn unix_from_parts(y: i64, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> Option<i64> {
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    Some(days_from_civil(y, mo, d) * 86400 + h as i64 * 3600 + mi as i64 * 60 + s as i64)
}

/// Parses an RFC 3339 / ISO 8601 time (`2024-01-10T16:49:32Z`, `…+02:00`, `… 16:49:32.123Z`, or
/// without zone, taken as UTC) into Unix seconds.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let b = s.trim().as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        if part.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(part).ok()?.parse().ok()
        } else {
            None
        }
    };
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let y = num(0..4)? as i64;
    let base = unix_from_parts(y, num(5..7)?, num(8..10)?, num(11..13)?, num(14..16)?, num(17..19)?)?;
    let mut i = 19;
    if b.get(i) == Some(&b'.') || b.get(i) == Some(&b',') {
        i += 1;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
    }
    match b.get(i) {
        None | Some(b'Z') | Some(b'z') => Some(base),
        Some(&sign @ (b'+' | b'-')) => {
            let hh = num(i + 1..i + 3)? as i64;
            let j = if b.get(i + 3) == Some(&b':') { i + 4 } else { i + 3 };
            let mm = num(j..j + 2).unwrap_or(0) as i64;
            let off = hh * 3600 + mm * 60;
            Some(if sign == b'+' { base - off } else { base + off })
        }
        _ => None,
    }
}

/// Formats Unix seconds as `2024-01-10T16:49:32Z`.
pub fn format_rfc3339(t: i64) -> String {
    let (y, m, d) = civil_from_days(t.div_euclid(86400));
    let s = t.rem_euclid(86400);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

/// Formats Unix seconds as `2024-01-10 16:49:32 UTC`.
pub fn format_utc(t: i64) -> String {
    let (y, m, d) = civil_from_days(t.div_euclid(86400));
    let s = t.rem_euclid(86400);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC", s / 3600, s / 60 % 60, s % 60)
}

/// A short duration (`45 s`, `14 min`, `3 h 5 min`, `2 d 4 h`) of an absolute number of seconds.
pub fn format_duration(secs: i64, lang: Lang) -> String {
    let s = secs.unsigned_abs();
    let (d, h, m) = (s / 86400, s / 3600 % 24, s / 60 % 60);
    let day = if lang == Lang::De { "T" } else { "d" };
    if s < 60 {
        format!("{s} s")
    } else if s < 3600 {
        format!("{m} min")
    } else if s < 86400 {
        if m == 0 {
            format!("{} h", s / 3600)
        } else {
            format!("{} h {m} min", s / 3600)
        }
    } else if h == 0 {
        format!("{d} {day}")
    } else {
        format!("{d} {day} {h} h")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_known_dates() {
        for (text, unix) in [
            ("1970-01-01T00:00:00Z", 0),
            ("2024-01-10T16:49:32Z", 1_704_905_372),
            ("2000-02-29T12:00:00Z", 951_825_600),
            ("2026-11-25T20:36:40Z", 1_795_639_000),
        ] {
            assert_eq!(parse_rfc3339(text), Some(unix), "{text}");
            assert_eq!(format_rfc3339(unix), text);
        }
    }

    #[test]
    fn parses_offsets_fractions_and_space() {
        assert_eq!(parse_rfc3339("2024-01-10T18:49:32+02:00"), Some(1_704_905_372));
        assert_eq!(parse_rfc3339("2024-01-10 16:49:32.1234567Z"), Some(1_704_905_372));
        assert_eq!(parse_rfc3339("2024-01-10T16:49:32"), Some(1_704_905_372));
        assert_eq!(parse_rfc3339("2024-13-10T16:49:32Z"), None);
        assert_eq!(parse_rfc3339("yesterday"), None);
        assert_eq!(parse_rfc3339("2024-01-10T16:49:3"), None);
    }

    #[test]
    fn days_round_trip_over_four_centuries() {
        for z in (-200_000..200_000).step_by(37) {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(format_duration(45, Lang::En), "45 s");
        assert_eq!(format_duration(-840, Lang::En), "14 min");
        assert_eq!(format_duration(3 * 3600 + 300, Lang::En), "3 h 5 min");
        assert_eq!(format_duration(2 * 86400 + 4 * 3600, Lang::De), "2 T 4 h");
    }
}
