//! Czech public holidays (zákon 245/2000 Sb.): the fixed dates, and Good Friday and Easter Monday from
//! the Gregorian Easter (the anonymous algorithm of Meeus/Jones/Butcher), valid for any year; tested
//! against the published dates for 2025–2035.

use crate::domain::date::Date;

/// Day and month of the holidays with a fixed date.
const FIXED: [(u8, u8); 11] =
    [(1, 1), (1, 5), (8, 5), (5, 7), (6, 7), (28, 9), (28, 10), (17, 11), (24, 12), (25, 12), (26, 12)];

/// Easter Sunday of a Gregorian year.
pub fn easter(year: u16) -> Date {
    let y = u32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date { year, month: u8::try_from(month).unwrap_or(4), day: u8::try_from(day).unwrap_or(1) }
}

/// True on a Czech public holiday (a "státní svátek" or "ostatní svátek": offices are closed on both).
pub fn is_holiday(date: Date) -> bool {
    if FIXED.contains(&(date.day, date.month)) {
        return true;
    }
    let easter = easter(date.year).days_since_epoch();
    let d = date.days_since_epoch();
    d == easter - 2 || d == easter + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse(s).expect("date")
    }

    /// Easter Sundays 2025–2035 as the church calendars publish them.
    #[test]
    fn easter_2025_to_2035() {
        let known = [
            "2025-04-20",
            "2026-04-05",
            "2027-03-28",
            "2028-04-16",
            "2029-04-01",
            "2030-04-21",
            "2031-04-13",
            "2032-03-28",
            "2033-04-17",
            "2034-04-09",
            "2035-03-25",
        ];
        for (year, want) in (2025..).zip(known) {
            assert_eq!(easter(year), date(want), "{year}");
        }
    }

    #[test]
    fn holidays_and_ordinary_days() {
        let holidays = [
            "2025-04-18",
            "2025-04-21",
            "2026-01-01",
            "2026-04-03",
            "2026-04-06",
            "2026-05-01",
            "2026-05-08",
            "2026-07-05",
            "2026-07-06",
            "2026-09-28",
            "2026-10-28",
            "2026-11-17",
            "2026-12-24",
            "2026-12-25",
            "2026-12-26",
            "2027-03-26",
            "2027-03-29",
            "2035-03-23",
            "2035-03-26",
        ];
        for h in holidays {
            assert!(is_holiday(date(h)), "{h} is a holiday");
        }
        let ordinary = ["2026-04-05", "2026-04-07", "2026-04-02", "2026-12-27", "2026-11-30", "2027-03-28"];
        for o in ordinary {
            assert!(!is_holiday(date(o)), "{o} is an ordinary day");
        }
    }
}
