//! Whether a service is open at an instant, and until or from when, as data the UI words per language.
//! The week is unrolled into spans of local minutes from yesterday (whose night may still run) to two
//! weeks ahead, holidays applied per day, touching spans merged (Po–Ne 0:00–24:00 is open, not closing
//! at midnight), and the instant looked up among them.

use super::holidays::is_holiday;
use super::prague::Local;
use super::{clock, insert_sorted, prague};
use crate::domain::date::Date;
use crate::domain::snapshot::{Holidays, OpeningHours, Weekday};

/// How far ahead the next opening is looked for.
const HORIZON_DAYS: i64 = 14;
const DAY: i64 = 1_440;

/// A local moment relative to now: `days_ahead` 0 is today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub days_ahead: u16,
    pub weekday: Weekday,
    pub date: Date,
    /// Minutes after local midnight.
    pub minute: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenStatus {
    Open {
        closes_at: When,
    },
    Closed {
        opens_at: When,
    },
    Nonstop,
    /// No structured hours, a holiday the data describes only in words, or no opening in two weeks.
    Unknown,
}

impl OpenStatus {
    /// Open at this moment (nonstop included).
    pub fn is_open(&self) -> bool {
        matches!(self, OpenStatus::Open { .. } | OpenStatus::Nonstop)
    }
}

/// The status of `hours` at `unix` seconds since the epoch, in Prague time.
pub fn status(hours: Option<&OpeningHours>, unix: i64) -> OpenStatus {
    match (hours, prague(unix)) {
        (Some(h), _) if h.nonstop => OpenStatus::Nonstop,
        (Some(h), Some(now)) if !h.week.is_empty() => status_at(h, now),
        _ => OpenStatus::Unknown,
    }
}

/// The open spans of day `k` (relative to today) in minutes from today's midnight, or None when the day
/// is a holiday the data leaves to words.
fn day_spans(h: &OpeningHours, now: &Local, k: i64) -> Option<Vec<(i64, i64)>> {
    let date = Date::from_days_since_epoch(now.date.days_since_epoch() + k)?;
    if is_holiday(date) {
        match h.holidays {
            Holidays::Closed => return Some(Vec::new()),
            Holidays::Note(_) => return None,
            Holidays::AsUsual => {}
        }
    }
    let day = now.weekday.plus(usize::try_from(k.rem_euclid(7)).unwrap_or(0));
    let spans = h.week.iter().filter(|i| i.days.contains(&day)).filter_map(|i| {
        let (from, to) = (i64::from(clock(&i.from)?), i64::from(clock(&i.to)?));
        let end = if to > from { to } else { to + DAY };
        Some((k * DAY + from, k * DAY + end))
    });
    Some(spans.collect())
}

fn status_at(h: &OpeningHours, now: Local) -> OpenStatus {
    let mut spans: Vec<(i64, i64)> = Vec::new();
    // Where the known days end: a holiday described only in words cuts the view short.
    let mut known_until = (HORIZON_DAYS + 1) * DAY;
    for k in -1..=HORIZON_DAYS {
        match day_spans(h, &now, k) {
            Some(s) => s.into_iter().for_each(|x| insert_sorted(&mut spans, x)),
            None if k >= 0 => {
                known_until = k * DAY;
                break;
            }
            None => {}
        }
    }
    let mut merged: Vec<(i64, i64)> = Vec::new();
    for (from, to) in spans {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    let m = i64::from(now.minute);
    let at = |t: i64| {
        let days = t.div_euclid(DAY);
        Some(When {
            days_ahead: u16::try_from(days).ok()?,
            weekday: now.weekday.plus(usize::try_from(days.rem_euclid(7)).ok()?),
            date: Date::from_days_since_epoch(now.date.days_since_epoch() + days)?,
            minute: u16::try_from(t.rem_euclid(DAY)).ok()?,
        })
    };
    if let Some(&(_, to)) = merged.iter().find(|(from, to)| *from <= m && m < *to) {
        if to >= HORIZON_DAYS * DAY {
            return OpenStatus::Nonstop;
        }
        return at(to).map_or(OpenStatus::Unknown, |closes_at| OpenStatus::Open { closes_at });
    }
    match merged.iter().find(|(from, _)| *from > m && *from < known_until) {
        Some(&(from, _)) => at(from).map_or(OpenStatus::Unknown, |opens_at| OpenStatus::Closed { opens_at }),
        None => OpenStatus::Unknown,
    }
}
