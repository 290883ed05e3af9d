//! Time: now (from the system, or from `PRIPOMINKY_NOW` in tests), UTC instants as RFC 3339 text, and the
//! calendar day in Prague, which decides whether a campaign is still open. The Czech Republic follows the
//! EU summer-time rule (CEST, UTC+2, from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
//! Sunday of October; CET, UTC+1, otherwise), written here so no time-zone database is needed.

use std::time::{SystemTime, UNIX_EPOCH};

use pruvodce::domain::date::Date;

/// Set only by tests: a fixed "now" such as `2026-01-31T22:59:59Z`, to test deadlines across midnight.
pub const NOW_ENV: &str = "PRIPOMINKY_NOW";

/// An instant, in milliseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Instant(pub i64);

/// The current instant: `PRIPOMINKY_NOW` when set (and valid), else the system clock.
pub fn now() -> Instant {
    if let Some(t) = std::env::var(NOW_ENV).ok().and_then(|s| parse_rfc3339(&s)) {
        return t;
    }
    let ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0);
    Instant(i64::try_from(ms).unwrap_or(i64::MAX))
}

const DAY_MS: i64 = 86_400_000;
const HOUR_MS: i64 = 3_600_000;

fn last_sunday(year: u16, month: u8) -> i64 {
    let last = Date { year, month, day: 31 }.days_since_epoch();
    // 1970-01-01 was a Thursday: (days + 4) mod 7 is 0 on Sundays.
    last - (last + 4).rem_euclid(7)
}

/// The offset of Prague's civil time from UTC at an instant, in milliseconds.
fn prague_offset(t: Instant) -> i64 {
    let Some(day) = Date::from_days_since_epoch(t.0.div_euclid(DAY_MS)) else { return HOUR_MS };
    let start = last_sunday(day.year, 3) * DAY_MS + HOUR_MS;
    let end = last_sunday(day.year, 10) * DAY_MS + HOUR_MS;
    if (start..end).contains(&t.0) {
        2 * HOUR_MS
    } else {
        HOUR_MS
    }
}

/// The calendar day in Prague at an instant.
pub fn prague_day(t: Instant) -> Date {
    let local = t.0 + prague_offset(t);
    Date::from_days_since_epoch(local.div_euclid(DAY_MS)).unwrap_or(Date { year: 1970, month: 1, day: 1 })
}

/// `2026-11-29T23:40:00.123Z`.
pub fn format_rfc3339(t: Instant) -> String {
    let day =
        Date::from_days_since_epoch(t.0.div_euclid(DAY_MS)).unwrap_or(Date { year: 1970, month: 1, day: 1 });
    let ms = t.0.rem_euclid(DAY_MS);
    format!("{day}T{:02}:{:02}:{:02}.{:03}Z", ms / HOUR_MS, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000)
}

/// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, as JavaScript's `toISOString` and most clients
/// write it. Anything else is None.
pub fn parse_rfc3339(s: &str) -> Option<Instant> {
    let (date, rest) = (s.get(..10)?, s.get(10..)?);
    let day = Date::parse(date)?;
    let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix('t'))?;
    let b = rest.as_bytes();
    if b.len() < 9 || b[2] != b':' || b[5] != b':' {
        return None;
    }
    let two = |i: usize| -> Option<i64> {
        let (x, y) = (*b.get(i)?, *b.get(i + 1)?);
        (x.is_ascii_digit() && y.is_ascii_digit()).then(|| i64::from(x - b'0') * 10 + i64::from(y - b'0'))
    };
    let (h, m, sec) = (two(0)?, two(3)?, two(6)?);
    if h > 23 || m > 59 || sec > 60 {
        return None;
    }
    let mut i = 8;
    let mut millis = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || digits > 9 {
            return None;
        }
        for (k, c) in b[i..i + digits].iter().take(3).enumerate() {
            millis += i64::from(c - b'0') * [100, 10, 1][k];
        }
        i += digits;
    }
    let offset = match &rest[i..] {
        "Z" | "z" => 0,
        o if o.len() == 6 && (o.starts_with('+') || o.starts_with('-')) && o.as_bytes()[3] == b':' => {
            let ob = o.as_bytes();
            let d = |j: usize| ob[j].is_ascii_digit().then(|| i64::from(ob[j] - b'0'));
            let (oh, om) = (d(1)? * 10 + d(2)?, d(4)? * 10 + d(5)?);
            if oh > 23 || om > 59 {
                return None;
            }
            let sign = if o.starts_with('-') { -1 } else { 1 };
            sign * (oh * HOUR_MS + om * 60_000)
        }
        _ => return None,
    };
    Some(Instant(day.days_since_epoch() * DAY_MS + h * HOUR_MS + m * 60_000 + sec * 1000 + millis - offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Instant {
        parse_rfc3339(s).unwrap()
    }

    #[test]
    fn prague_days_across_midnight_and_summer_time() {
        let cases = [
            // Winter (CET, UTC+1): Prague's midnight is 23:00 UTC.
            ("2027-01-31T22:59:59.999Z", "2027-01-31"),
            ("2027-01-31T23:00:00Z", "2027-02-01"),
            // Summer (CEST, UTC+2): midnight is 22:00 UTC.
            ("2026-07-31T21:59:59Z", "2026-07-31"),
            ("2026-07-31T22:00:00Z", "2026-08-01"),
            // The switches of 2026: 29 March and 25 October at 01:00 UTC.
            ("2026-03-29T00:59:59Z", "2026-03-29"),
            ("2026-03-28T22:59:59Z", "2026-03-28"),
            ("2026-03-28T23:00:00Z", "2026-03-29"),
            ("2026-10-24T21:59:59Z", "2026-10-24"),
            ("2026-10-24T22:00:00Z", "2026-10-25"),
            ("2026-10-25T22:59:59Z", "2026-10-25"),
            ("2026-10-25T23:00:00Z", "2026-10-26"),
        ];
        for (instant, day) in cases {
            assert_eq!(prague_day(at(instant)).to_string(), day, "{instant}");
        }
        assert_eq!(prague_offset(at("2026-03-29T00:59:59Z")), HOUR_MS);
        assert_eq!(prague_offset(at("2026-03-29T01:00:00Z")), 2 * HOUR_MS);
        assert_eq!(prague_offset(at("2026-10-25T00:59:59Z")), 2 * HOUR_MS);
        assert_eq!(prague_offset(at("2026-10-25T01:00:00Z")), HOUR_MS);
    }

    #[test]
    fn rfc3339_round_trip_and_rejects() {
        assert_eq!(format_rfc3339(at("2026-11-29T23:40:00.123Z")), "2026-11-29T23:40:00.123Z");
        assert_eq!(at("2026-11-30T00:40:00+01:00"), at("2026-11-29T23:40:00Z"));
        assert_eq!(at("2026-11-29T23:40:00.1234567Z"), at("2026-11-29T23:40:00.123Z"));
        assert_eq!(format_rfc3339(Instant(0)), "1970-01-01T00:00:00.000Z");
        for bad in [
            "",
            "2026-11-29",
            "2026-11-29T23:40:00",
            "2026-11-29T24:00:00Z",
            "2026-02-30T00:00:00Z",
            "2026-11-29T23:40:00.Z",
            "2026-11-29T23:40:00Z ",
            "2026-11-29T23:40:00+1:00",
            "ščř",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad:?}");
        }
    }
}
