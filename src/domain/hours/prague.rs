//! Europe/Prague wall-clock time from a UTC instant, by the EU rule since 1996: summer time (CEST, UTC+2)
//! from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, otherwise CET (UTC+1).
//! Also the RFC 3339 reader the CLI's `--open-at` uses, so both ends share one notion of an instant.

use crate::domain::date::{days_in_month, Date};
use crate::domain::snapshot::Weekday;

/// A moment as a clock in Prague shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Local {
    pub date: Date,
    pub weekday: Weekday,
    /// Minutes after local midnight.
    pub minute: u16,
}

/// The weekday of a date (1970-01-01 was a Thursday).
pub fn weekday(date: Date) -> Weekday {
    let i = (date.days_since_epoch() + 3).rem_euclid(7);
    Weekday::ALL[usize::try_from(i).unwrap_or(0)]
}

/// Seconds since the epoch of 01:00 UTC on the last Sunday of `month`, when the EU clocks change.
fn change(year: u16, month: u8) -> i64 {
    let last = Date { year, month, day: days_in_month(year, month) };
    let back = i64::try_from(weekday(last).plus(1).index()).unwrap_or(0);
    (last.days_since_epoch() - back) * 86_400 + 3_600
}

/// Prague local time at `unix` seconds since 1970-01-01 UTC; None outside years 1000–9999.
pub fn prague(unix: i64) -> Option<Local> {
    let utc = Date::from_days_since_epoch(unix.div_euclid(86_400))?;
    let summer = (change(utc.year, 3)..change(utc.year, 10)).contains(&unix);
    let local = unix + if summer { 7_200 } else { 3_600 };
    let date = Date::from_days_since_epoch(local.div_euclid(86_400))?;
    let minute = u16::try_from(local.rem_euclid(86_400) / 60).ok()?;
    Some(Local { date, weekday: weekday(date), minute })
}

/// Seconds since the epoch of an RFC 3339 date-time with an offset ("2026-03-29T02:30:00+02:00",
/// "…Z", fractions of a second ignored); None for anything else.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let date = Date::parse(s.get(..10)?)?;
    let rest = s.get(10..)?;
    let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix('t'))?;
    let b = rest.as_bytes();
    let two = |i: usize| -> Option<i64> {
        let d = b.get(i..i + 2)?;
        d.iter().all(u8::is_ascii_digit).then(|| i64::from(d[0] - b'0') * 10 + i64::from(d[1] - b'0'))
    };
    if b.get(2) != Some(&b':') || b.get(5) != Some(&b':') {
        return None;
    }
    let (h, m, sec) = (two(0)?, two(3)?, two(6)?);
    if h > 23 || m > 59 || sec > 60 {
        return None;
    }
    let mut zone = &rest[8..];
    if let Some(frac) = zone.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        zone = &frac[digits..];
    }
    let offset = match zone {
        "Z" | "z" => 0,
        _ => {
            let z = zone.as_bytes();
            let sign = match z.first() {
                Some(b'+') => 1,
                Some(b'-') => -1,
                _ => return None,
            };
            let d = |i: usize| z.get(i..i + 2).filter(|d| d.iter().all(u8::is_ascii_digit));
            let (oh, om) = (d(1)?, d(4)?);
            if z.len() != 6 || z[3] != b':' {
                return None;
            }
            let num = |d: &[u8]| i64::from(d[0] - b'0') * 10 + i64::from(d[1] - b'0');
            sign * (num(oh) * 3_600 + num(om) * 60)
        }
    };
    Some(date.days_since_epoch() * 86_400 + h * 3_600 + m * 60 + sec.min(59) - offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> (String, u16) {
        let l = prague(parse_rfc3339(s).expect("parses")).expect("in range");
        (l.date.to_string(), l.minute)
    }

    /// 2026: summer time from 29 March 01:00 UTC, winter time from 25 October 01:00 UTC.
    #[test]
    fn prague_time_across_both_changes() {
        assert_eq!(at("2026-03-29T00:59:59Z"), ("2026-03-29".into(), 119)); // 01:59 CET
        assert_eq!(at("2026-03-29T01:00:00Z"), ("2026-03-29".into(), 180)); // 03:00 CEST
        assert_eq!(at("2026-10-25T00:59:00Z"), ("2026-10-25".into(), 179)); // 02:59 CEST
        assert_eq!(at("2026-10-25T01:00:00Z"), ("2026-10-25".into(), 120)); // 02:00 CET again
        assert_eq!(at("2026-01-01T23:30:00Z"), ("2026-01-02".into(), 30));
        assert_eq!(at("2026-07-01T12:00:00+02:00"), ("2026-07-01".into(), 720));
        assert_eq!(at("2025-03-30T01:00:00Z"), ("2025-03-30".into(), 180));
        assert_eq!(at("2025-10-26T00:30:00.250Z"), ("2025-10-26".into(), 150));
    }

    #[test]
    fn weekdays() {
        let d = |s: &str| weekday(Date::parse(s).expect("date"));
        assert_eq!(d("1970-01-01"), Weekday::Ct);
        assert_eq!(d("2026-03-29"), Weekday::Ne);
        assert_eq!(d("2026-11-30"), Weekday::Po);
    }

    #[test]
    fn rfc3339_rejects_what_it_cannot_read() {
        for bad in [
            "2026-03-29",
            "2026-03-29T10:00:00",
            "2026-03-29 10:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-03-29T24:00:00Z",
            "2026-03-29T10:00:00+2:00",
            "2026-03-29T10:00Z",
            "yesterday",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
        assert_eq!(parse_rfc3339("1970-01-01T01:00:00+01:00"), Some(0));
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00-00:30"), Some(1800));
    }
}
