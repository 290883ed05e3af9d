//! Calendar dates as the snapshot writes them (`YYYY-MM-DD`): strict parsing with a real calendar check,
//! ordering, day arithmetic for "how old is this entry", and the Czech display form. Hand-written so the
//! browser build needs no date library.

use std::fmt;

/// A date of the proleptic Gregorian calendar. Field order makes the derived `Ord` chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Number of days in a month, 0 for a month that does not exist.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// Parses exactly `YYYY-MM-DD` (ASCII digits, years 1000–9999) and rejects days the calendar lacks,
    /// such as 2026-02-30.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            b[r].iter().try_fold(0u16, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u16::from(c - b'0')))
        };
        let year = num(0..4)?;
        let month = u8::try_from(num(5..7)?).ok()?;
        let day = u8::try_from(num(8..10)?).ok()?;
        if year < 1000 || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before it); the difference of two dates is their distance in days.
    pub fn days_since_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil: shift the year to start in March so the leap day is last.
        let m = i64::from(self.month);
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (the inverse of `days_since_epoch`); None outside years 1000–9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = u8::try_from(doy - (153 * mp + 2) / 5 + 1).ok()?;
        let month = u8::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).ok()?;
        let year = u16::try_from(yoe + era * 400 + i64::from(month <= 2)).ok()?;
        (1000..=9999).contains(&year).then_some(Date { year, month, day })
    }

    /// The Czech display form, "22. 11. 2026", with non-breaking spaces so it never wraps.
    pub fn format_cs(&self) -> String {
        format!("{}.\u{a0}{}.\u{a0}{}", self.day, self.month, self.year)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_table() {
        let cases = [
            ("2026-11-22", Some((2026, 11, 22))),
            ("2024-02-29", Some((2024, 2, 29))),
            ("2000-02-29", Some((2000, 2, 29))),
            ("1900-02-29", None),
            ("2026-02-30", None),
            ("2026-04-31", None),
            ("2026-13-01", None),
            ("2026-00-10", None),
            ("2026-01-00", None),
            ("2026-1-01", None),
            ("26-01-01", None),
            ("2026/01/01", None),
            ("2026-01-01 ", None),
            ("+026-01-01", None),
            ("", None),
        ];
        for (s, want) in cases {
            let got = Date::parse(s).map(|d| (d.year, d.month, d.day));
            assert_eq!(got, want, "{s:?}");
        }
    }

    #[test]
    fn epoch_days_display_and_order() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("1970-01-02").days_since_epoch(), 1);
        assert_eq!(d("1969-12-31").days_since_epoch(), -1);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(d("2026-11-22").days_since_epoch() - d("2024-11-22").days_since_epoch(), 730);
        assert_eq!(d("2026-03-05").to_string(), "2026-03-05");
        assert_eq!(d("2026-11-22").format_cs(), "22.\u{a0}11.\u{a0}2026");
        assert!(d("2025-12-31") < d("2026-01-01"));
        for s in ["1970-01-01", "1969-12-31", "2000-02-29", "2026-11-29", "2027-01-31", "9999-12-31"] {
            assert_eq!(Date::from_days_since_epoch(d(s).days_since_epoch()), Some(d(s)), "{s}");
        }
        assert_eq!(Date::from_days_since_epoch(d("9999-12-31").days_since_epoch() + 1), None);
        assert!(d("2026-02-01") > d("2026-01-31"));
    }
}
