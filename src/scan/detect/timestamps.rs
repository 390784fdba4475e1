//! Timestamps of log lines (ISO, RFC 2822, US and European dates, syslog), read in place;
//! `crate::time` does the calendar arithmetic.

use super::*;

/// Parses a timestamp starting at `s` (bounded by `le`): returns its end and Unix seconds.
pub(crate) fn parse_timestamp(t: &[u8], s: usize, le: usize) -> Option<(usize, i64)> {
    parse_timestamp_with(t, s, le, &mut None)
}

/// [`parse_timestamp`], remembering the date and hour of the last ISO timestamp read (its first
/// 13 bytes and their Unix seconds): log lines repeat them, and the calendar arithmetic is
/// then skipped.
pub(super) fn parse_timestamp_with(
    t: &[u8],
    s: usize,
    le: usize,
    hour: &mut Option<([u8; 13], i64)>,
) -> Option<(usize, i64)> {
    let b = sl(t, s, le.min(s + 40));
    let d = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        if !part.is_empty() && part.len() <= 9 && part.iter().all(u8::is_ascii_digit) {
            Some(part.iter().fold(0u32, |v, c| v * 10 + u32::from(c - b'0')))
        } else {
            None
        }
    };
    // ISO 8601.
    if b.len() >= 19
        && b[4] == b'-'
        && b[7] == b'-'
        && matches!(b[10], b'T' | b't' | b' ' | b'_')
        && b[13] == b':'
        && b[16] == b':'
    {
        let mut unix = match hour {
            Some((key, base)) if b.get(..13) == Some(&key[..]) => {
                let (mi, se) = (d(14..16)?, d(17..19)?);
                if mi > 59 || se > 60 {
                    return None;
                }
                *base + i64::from(mi) * 60 + i64::from(se)
            }
            _ => {
                let (y, mo, da, h, mi, se) = (
                    d(0..4)?,
                    d(5..7)?,
                    d(8..10)?,
                    d(11..13)?,
                    d(14..16)?,
                    d(17..19)?,
                );
                let unix = crate::time::unix_from_parts(y as i64, mo, da, h, mi, se)?;
                let mut key = [0u8; 13];
                key.copy_from_slice(&b[..13]);
                *hour = Some((key, unix - i64::from(mi) * 60 - i64::from(se)));
                unix
            }
        };
        let mut i = 19;
        if matches!(b.get(i), Some(b'.') | Some(b','))
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
        let j = if b.get(i) == Some(&b' ')
            && matches!(
                b.get(i + 1),
                Some(b'+') | Some(b'-') | Some(b'U') | Some(b'G')
            ) {
            i + 1
        } else {
            i
        };
        match b.get(j) {
            Some(b'Z') | Some(b'z') => i = j + 1,
            Some(&sg @ (b'+' | b'-')) => {
                if let Some(hh) = d(j + 1..j + 3) {
                    let (mm, k) = if b.get(j + 3) == Some(&b':') {
                        (d(j + 4..j + 6).unwrap_or(0), j + 6)
                    } else if let Some(m) = d(j + 3..j + 5) {
                        (m, j + 5)
                    } else {
                        (0, j + 3)
                    };
                    let off = (hh as i64) * 3600 + (mm as i64) * 60;
                    unix = if sg == b'+' { unix - off } else { unix + off };
                    i = k.min(b.len());
                }
            }
            _ => {
                if b.get(j..j + 3) == Some(b"UTC") || b.get(j..j + 3) == Some(b"GMT") {
                    i = j + 3;
                }
            }
        }
        return Some((s + i, unix));
    }
    // Apache: 10/Jan/2024:16:49:32 +0000
    if b.len() >= 20 && b[2] == b'/' && b[6] == b'/' && b[11] == b':' {
        let mo = month(&b[3..6])?;
        let (da, y, h, mi, se) = (d(0..2)?, d(7..11)?, d(12..14)?, d(15..17)?, d(18..20)?);
        let mut unix = crate::time::unix_from_parts(y as i64, mo, da, h, mi, se)?;
        let mut i = 20;
        if b.get(20) == Some(&b' ') && matches!(b.get(21), Some(b'+') | Some(b'-')) {
            if let (Some(hh), Some(mm)) = (d(22..24), d(24..26)) {
                let off = (hh as i64) * 3600 + (mm as i64) * 60;
                unix = if b[21] == b'+' {
                    unix - off
                } else {
                    unix + off
                };
                i = 26;
            }
        }
        return Some((s + i, unix));
    }
    // 01/10/2024 16:49:32 (US, or day first when the first number exceeds 12) and 10.01.2024 16:49:32.
    let sep_at = b.iter().position(|c| !c.is_ascii_digit())?;
    if !(1..=2).contains(&sep_at) {
        return None;
    }
    let sep = b[sep_at];
    if sep != b'/' && sep != b'.' {
        return None;
    }
    let a = d(0..sep_at)?;
    let p2 = sep_at + 1;
    let l2 = b[p2..].iter().position(|c| !c.is_ascii_digit())?;
    if !(1..=2).contains(&l2) || b.get(p2 + l2) != Some(&sep) {
        return None;
    }
    let m2 = d(p2..p2 + l2)?;
    let p3 = p2 + l2 + 1;
    let y = d(p3..p3 + 4)?;
    let mut i = p3 + 4;
    if !matches!(b.get(i), Some(b' ') | Some(b',')) {
        return None;
    }
    i += 1;
    if b.get(i) == Some(&b' ') {
        i += 1;
    }
    let lh = b[i..].iter().position(|c| !c.is_ascii_digit())?;
    if !(1..=2).contains(&lh) || b.get(i + lh) != Some(&b':') {
        return None;
    }
    let mut h = d(i..i + lh)?;
    let mi = d(i + lh + 1..i + lh + 3)?;
    let mut k = i + lh + 3;
    let mut se = 0;
    if b.get(k) == Some(&b':') {
        se = d(k + 1..k + 3)?;
        k += 3;
    }
    if b.get(k) == Some(&b' ') {
        match b.get(k + 1..k + 3) {
            Some(b"PM") | Some(b"pm") => {
                if h < 12 {
                    h += 12;
                }
                k += 3;
            }
            Some(b"AM") | Some(b"am") => {
                if h == 12 {
                    h = 0;
                }
                k += 3;
            }
            _ => {}
        }
    }
    let (mo, da) = if sep == b'.' || a > 12 {
        (m2, a)
    } else {
        (a, m2)
    };
    let unix = crate::time::unix_from_parts(y as i64, mo, da, h, mi, se)?;
    Some((s + k, unix))
}

pub(super) fn month(m: &[u8]) -> Option<u32> {
    const M: [&[u8]; 12] = [
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec",
    ];
    let l = m.to_ascii_lowercase();
    M.iter()
        .position(|x| *x == l.as_slice())
        .map(|p| p as u32 + 1)
}
