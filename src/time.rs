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

/// Unix seconds of a UTC date and time; `None` when a field is out of range (a day the month
/// does not have, such as 29 February 2023 or 31 April, included).
pub fn unix_from_parts(y: i64, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> Option<i64> {
    if !(1..=12).contains(&mo) || d == 0 || d > days_in_month(y, mo) || h > 23 || mi > 59 || s > 60
    {
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
    let base = unix_from_parts(
        y,
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
        num(17..19)?,
    )?;
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
            let j = if b.get(i + 3) == Some(&b':') {
                i + 4
            } else {
                i + 3
            };
            let mm = num(j..j + 2).unwrap_or(0) as i64;
            let off = hh * 3600 + mm * 60;
            Some(if sign == b'+' { base - off } else { base + off })
        }
        _ => None,
    }
}

/// Days in a month of the proleptic Gregorian calendar (February 29 in leap years); 0 for a
/// month outside 1–12.
pub fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether [`parse_rfc3339_strict`] requires a time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    /// A zone (`Z` or `±HH:MM`) must be given, as RFC 3339 says (the CLI's options).
    Required,
    /// A time without a zone is UTC (the page's field, labelled UTC, whose browser value has none).
    UtcIfMissing,
}

/// Why [`parse_rfc3339_strict`] refused a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimeError {
    /// Not of the form `YYYY-MM-DDTHH:MM:SS`.
    Form,
    /// A month outside 01 to 12.
    Month(u32),
    /// A day the month does not have (`2025-02-31`, `2025-02-29`, day 00).
    Day {
        /// Year.
        year: i64,
        /// Month.
        month: u32,
        /// The day given.
        day: u32,
    },
    /// An hour over 23.
    Hour(u32),
    /// A minute over 59.
    Minute(u32),
    /// A second over 60.
    Second(u32),
    /// Second 60 at a time other than 23:59:60 UTC.
    LeapSecond,
    /// A `.` without digits after it.
    Fraction,
    /// No time zone where one is required.
    NoZone,
    /// A zone that is neither `Z` nor `±HH:MM`.
    ZoneForm,
    /// An offset with hours over 23 or minutes over 59 (as written, e.g. `+99:99`).
    Offset(String),
    /// Text after the time (as written, e.g. `junk`).
    Trailing(String),
}

impl TimeError {
    /// What is wrong, in one line without the value itself (`2025-02 has no day 31`).
    pub fn message(&self, lang: Lang) -> String {
        let de = lang == Lang::De;
        match self {
            TimeError::Form if de => "erwartet wird die Form 2024-01-10T16:49:32Z".into(),
            TimeError::Form => "expected the form 2024-01-10T16:49:32Z".into(),
            TimeError::Month(m) if de => format!("Monat {m:02} gibt es nicht"),
            TimeError::Month(m) => format!("month {m:02} does not exist"),
            TimeError::Day { year, month, day } if de => {
                format!("{year:04}-{month:02} hat keinen Tag {day:02}")
            }
            TimeError::Day { year, month, day } => {
                format!("{year:04}-{month:02} has no day {day:02}")
            }
            TimeError::Hour(h) if de => format!("Stunde {h:02} liegt nicht zwischen 00 und 23"),
            TimeError::Hour(h) => format!("hour {h:02} is not between 00 and 23"),
            TimeError::Minute(m) if de => format!("Minute {m:02} liegt nicht zwischen 00 und 59"),
            TimeError::Minute(m) => format!("minute {m:02} is not between 00 and 59"),
            TimeError::Second(s) if de => {
                format!("Sekunde {s:02} liegt nicht zwischen 00 und 60")
            }
            TimeError::Second(s) => format!("second {s:02} is not between 00 and 60"),
            TimeError::LeapSecond if de => {
                "Sekunde 60 (Schaltsekunde) gibt es nur um 23:59:60 UTC".into()
            }
            TimeError::LeapSecond => "second 60 (a leap second) exists only at 23:59:60 UTC".into(),
            TimeError::Fraction if de => "nach dem Punkt müssen Ziffern folgen".into(),
            TimeError::Fraction => "the '.' must be followed by digits".into(),
            TimeError::NoZone if de => {
                "keine Zeitzone: Z für UTC oder einen Versatz wie +01:00 anhängen".into()
            }
            TimeError::NoZone => "no time zone: add Z for UTC or an offset such as +01:00".into(),
            TimeError::ZoneForm if de => "die Zeitzone muss Z oder ±HH:MM sein".into(),
            TimeError::ZoneForm => "the time zone must be Z or ±HH:MM".into(),
            TimeError::Offset(o) if de => {
                format!("Versatz {o} ungültig (Stunden 00 bis 23, Minuten 00 bis 59)")
            }
            TimeError::Offset(o) => {
                format!("offset {o} is out of range (hours 00 to 23, minutes 00 to 59)")
            }
            TimeError::Trailing(t) if de => format!("unerwartet nach der Zeit: {:?}", short(t)),
            TimeError::Trailing(t) => format!("unexpected text after the time: {:?}", short(t)),
        }
    }
}

/// At most 40 characters of `t` (with `…` when cut), for a message.
fn short(t: &str) -> String {
    match t.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &t[..i]),
        None => t.to_string(),
    }
}

/// Parses a user-supplied time strictly as RFC 3339 (section 5.6) into Unix seconds:
/// `YYYY-MM-DD` with a day the month has (February 29 only in leap years), `T`, `t` or a space,
/// `HH:MM:SS` with hour 00–23, minute 00–59, second 00–60, an optional fraction (`.` and at
/// least one digit; ignored, the result is whole seconds), and the zone `Z`, `z` or `±HH:MM`
/// with HH 00–23 and MM 00–59 (`-00:00` is UTC). Nothing may follow, not even spaces.
///
/// Second 60 (a leap second) is accepted only where one can be, at 23:59:60 UTC, and is read
/// as 23:59:59 (Unix time has no leap seconds; this keeps it in the same day and minute).
///
/// [`parse_rfc3339`] stays lenient for times inside logs; this one is for values a user types
/// (the CLI's `--now` and `--changed-at`, the page's change-time field).
pub fn parse_rfc3339_strict(s: &str, zone: Zone) -> Result<i64, TimeError> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        part.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let at = |i: usize, ok: &[u8]| b.get(i).is_some_and(|c| ok.contains(c));
    if !(at(4, b"-") && at(7, b"-") && at(10, b"Tt ") && at(13, b":") && at(16, b":")) {
        return Err(TimeError::Form);
    }
    let field = |r| digits(r).ok_or(TimeError::Form);
    let (y, mo, d) = (i64::from(field(0..4)?), field(5..7)?, field(8..10)?);
    let (h, mi, sec) = (field(11..13)?, field(14..16)?, field(17..19)?);
    if !(1..=12).contains(&mo) {
        return Err(TimeError::Month(mo));
    }
    if d == 0 || d > days_in_month(y, mo) {
        return Err(TimeError::Day {
            year: y,
            month: mo,
            day: d,
        });
    }
    if h > 23 {
        return Err(TimeError::Hour(h));
    }
    if mi > 59 {
        return Err(TimeError::Minute(mi));
    }
    if sec > 60 {
        return Err(TimeError::Second(sec));
    }
    let mut i = 19;
    if at(i, b".") {
        i += 1;
        let start = i;
        while at(i, b"0123456789") {
            i += 1;
        }
        if i == start {
            return Err(TimeError::Fraction);
        }
    }
    let offset = match b.get(i) {
        None if zone == Zone::UtcIfMissing => 0,
        None => return Err(TimeError::NoZone),
        Some(b'Z' | b'z') => {
            i += 1;
            0
        }
        Some(&sign @ (b'+' | b'-')) => {
            let (hh, mm) = match (digits(i + 1..i + 3), at(i + 3, b":"), digits(i + 4..i + 6)) {
                (Some(hh), true, Some(mm)) => (hh, mm),
                _ => return Err(TimeError::ZoneForm),
            };
            if hh > 23 || mm > 59 {
                return Err(TimeError::Offset(s[i..i + 6].to_string()));
            }
            i += 6;
            let off = i64::from(hh * 3600 + mm * 60);
            if sign == b'+' {
                off
            } else {
                -off
            }
        }
        Some(_) => return Err(TimeError::ZoneForm),
    };
    if i < b.len() {
        return Err(TimeError::Trailing(s[i..].to_string()));
    }
    let local = days_from_civil(y, mo, d) * 86400
        + i64::from(h) * 3600
        + i64::from(mi) * 60
        + i64::from(sec.min(59));
    let utc = local - offset;
    if sec == 60 && utc.rem_euclid(86400) != 86399 {
        return Err(TimeError::LeapSecond);
    }
    Ok(utc)
}

/// Formats Unix seconds as `2024-01-10T16:49:32Z`.
pub fn format_rfc3339(t: i64) -> String {
    let (y, m, d) = civil_from_days(t.div_euclid(86400));
    let s = t.rem_euclid(86400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// Formats Unix seconds as `2024-01-10 16:49:32 UTC`.
pub fn format_utc(t: i64) -> String {
    let (y, m, d) = civil_from_days(t.div_euclid(86400));
    let s = t.rem_euclid(86400);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
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
        assert_eq!(
            parse_rfc3339("2024-01-10T18:49:32+02:00"),
            Some(1_704_905_372)
        );
        assert_eq!(
            parse_rfc3339("2024-01-10 16:49:32.1234567Z"),
            Some(1_704_905_372)
        );
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
