//! Opening hours as time: Europe/Prague local time from a UTC instant (`prague`), Czech public holidays
//! (`holidays`), whether a service is open at an instant and until or from when (`status`), and the
//! readable Czech form of a week that sheets, importers and the CLI read and write (`text`). Hand-written
//! so the browser build needs no time-zone library; the model itself lives in `snapshot`.

pub mod holidays;
pub mod prague;
pub mod status;
pub mod text;

pub use prague::{parse_rfc3339, prague, Local};
pub use status::{status, OpenStatus, When};

/// Minutes after midnight of a `H:MM` or `HH:MM` time, 0:00–24:00; None for anything else.
pub fn clock(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    if !(1..=2).contains(&h.len()) || m.len() != 2 {
        return None;
    }
    let num = |t: &str| t.bytes().all(|b| b.is_ascii_digit()).then(|| t.parse::<u16>().ok()).flatten();
    let (h, m) = (num(h)?, num(m)?);
    (m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

/// Inserts `x` keeping `v` sorted and free of duplicates. The lists are a handful of intervals, and a
/// `sort` would add a sorting routine per element type to the browser build.
pub(crate) fn insert_sorted<T: Ord + Copy>(v: &mut Vec<T>, x: T) {
    if let Err(i) = v.binary_search(&x) {
        v.insert(i, x);
    }
}

/// "7:00", "15:30", "0:05": integer formatting only (float formatting would cost the browser build).
pub fn clock_text(minutes: u16) -> String {
    let m = minutes % 60;
    format!("{}:{}{}", minutes / 60, m / 10, m % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_both_ways() {
        assert_eq!(clock("7:00"), Some(420));
        assert_eq!(clock("07:30"), Some(450));
        assert_eq!(clock("24:00"), Some(1440));
        for bad in ["24:01", "7:0", "7", "", "a:00", "7:60", "123:00", "7:000"] {
            assert_eq!(clock(bad), None, "{bad}");
        }
        assert_eq!(clock_text(420), "7:00");
        assert_eq!(clock_text(5), "0:05");
        assert_eq!(clock_text(930), "15:30");
    }
}

#[cfg(test)]
mod status_tests;
