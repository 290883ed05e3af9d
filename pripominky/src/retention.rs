//! `purge` and its rule: a comment's personal data is kept for a retention period after its campaign
//! closes (12 months unless set), then deleted, as the app's privacy notice promises.

use std::path::Path;

use pruvodce::domain::date::{days_in_month, Date};

use crate::{clock, db};

pub const DEFAULT_MONTHS: u32 = 12;

/// The first closing day whose comments are still kept on `today`: campaigns that closed before it are
/// purged. `months` before today, with the day clamped to the month's length (31 May − 1 month = 30 April).
pub fn cutoff(today: Date, months: u32) -> Date {
    let total = i64::from(today.year) * 12 + i64::from(today.month) - 1 - i64::from(months);
    let year = u16::try_from(total.div_euclid(12)).unwrap_or(1000).max(1000);
    let month = u8::try_from(total.rem_euclid(12) + 1).unwrap_or(1);
    Date { year, month, day: today.day.min(days_in_month(year, month)) }
}

pub fn run(db_path: &Path, before: Option<&str>, months: u32) -> Result<(), String> {
    let now = clock::now();
    let cutoff = match before {
        Some(s) => Date::parse(s).ok_or_else(|| format!("--before {s:?} is not a date (YYYY-MM-DD)"))?,
        None => cutoff(clock::prague_day(now), months),
    };
    let conn = db::open_existing(db_path)?;
    // Overwrite what is deleted, so the text does not linger in free pages of the file.
    conn.pragma_update(None, "secure_delete", "ON").map_err(|e| format!("database: {e}"))?;
    let n = db::purge(&conn, &cutoff.to_string(), &clock::format_rfc3339(now))?;
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .map_err(|e| format!("database: {e}"))?;
    println!("purged the personal data of {n} comments of campaigns closed before {cutoff}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cutoff_months_back_with_clamped_days() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(cutoff(d("2028-02-01"), 12), d("2027-02-01"));
        assert_eq!(cutoff(d("2027-05-31"), 1), d("2027-04-30"));
        assert_eq!(cutoff(d("2028-02-29"), 12), d("2027-02-28"));
        assert_eq!(cutoff(d("2027-01-15"), 13), d("2025-12-15"));
        assert_eq!(cutoff(d("2027-01-15"), 0), d("2027-01-15"));
        // A campaign closing 2027-01-31 is kept through 2028-01-31 and purged from 2028-02-01 on.
        assert!(d("2027-01-31") >= cutoff(d("2028-01-31"), 12));
        assert!(d("2027-01-31") < cutoff(d("2028-02-01"), 12));
    }
}
