//! The readable form of a week, "Po–Pá 7:00–15:30; So 8:00–12:00" or "nonstop": what a clerk types into
//! the sheet, what importers find in their sources, what the CLI prints. One parser and one printer, so
//! a cell exported and read back is the same data. Days group into rows that share their intervals; the
//! UI words the same rows per language.

use super::{clock, clock_text, insert_sorted};
use crate::domain::snapshot::{Interval, OpeningHours, Weekday};
use crate::domain::text::fold::fold;

/// Czech abbreviations, Monday first, as the cell form writes them.
const ABBR: [&str; 7] = ["Po", "Út", "St", "Čt", "Pá", "So", "Ne"];

/// Why a week text cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeekError {
    /// Not a day abbreviation ("Po"…"Ne", "denně").
    UnknownDay(String),
    /// Not a `H:MM–H:MM` interval.
    BadInterval(String),
    /// A group names days but no time, or a time but no days.
    Incomplete(String),
}

/// Days and the intervals they share, for display: "Po–Pá" and "7:00–15:30".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Runs of consecutive days, first and last (equal for a single day).
    pub days: Vec<(Weekday, Weekday)>,
    /// Minutes after midnight, from and to (to ≤ from runs into the next day).
    pub spans: Vec<(u16, u16)>,
}

/// Minutes from and to, sorted.
type Spans = Vec<(u16, u16)>;

/// The week as rows, Monday first; days with no hours are left out.
pub fn rows(week: &[Interval]) -> Vec<Row> {
    let per_day: Vec<Spans> = Weekday::ALL
        .iter()
        .map(|d| {
            let mut spans = Vec::new();
            for i in week.iter().filter(|i| i.days.contains(d)) {
                if let (Some(from), Some(to)) = (clock(&i.from), clock(&i.to)) {
                    insert_sorted(&mut spans, (from, to));
                }
            }
            spans
        })
        .collect();
    let mut out: Vec<(Vec<usize>, Spans)> = Vec::new();
    for (d, spans) in per_day.into_iter().enumerate().filter(|(_, s)| !s.is_empty()) {
        match out.iter_mut().find(|(_, s)| *s == spans) {
            Some((days, _)) => days.push(d),
            None => out.push((vec![d], spans)),
        }
    }
    out.into_iter().map(|(days, spans)| Row { days: runs(&days), spans }).collect()
}

/// Consecutive day indices folded into runs; a run of two stays two single days ("So, Ne").
fn runs(days: &[usize]) -> Vec<(Weekday, Weekday)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &d in days {
        match out.last_mut() {
            Some(last) if last.1 + 1 == d => last.1 = d,
            _ => out.push((d, d)),
        }
    }
    let mut split = Vec::new();
    for (a, b) in out {
        if b == a + 1 {
            split.extend([(a, a), (b, b)]);
        } else {
            split.push((a, b));
        }
    }
    split.into_iter().map(|(a, b)| (Weekday::ALL[a], Weekday::ALL[b])).collect()
}

/// "7:00–15:30, 16:00–18:00".
pub fn spans_text(spans: &[(u16, u16)]) -> String {
    let one = |&(a, b): &(u16, u16)| format!("{}–{}", clock_text(a), clock_text(b));
    spans.iter().map(one).collect::<Vec<_>>().join(", ")
}

/// The cell form of the week part: "nonstop", or rows joined by "; "; empty when there are no hours.
pub fn week_text(h: &OpeningHours) -> String {
    if h.nonstop {
        return "nonstop".into();
    }
    let row = |r: &Row| {
        let day = |&(a, b): &(Weekday, Weekday)| match a == b {
            true => ABBR[a.index()].to_string(),
            false => format!("{}–{}", ABBR[a.index()], ABBR[b.index()]),
        };
        format!("{} {}", r.days.iter().map(day).collect::<Vec<_>>().join(", "), spans_text(&r.spans))
    };
    rows(&h.week).iter().map(row).collect::<Vec<_>>().join("; ")
}

fn day(word: &str) -> Option<usize> {
    const FOLDED: [&str; 7] = ["po", "ut", "st", "ct", "pa", "so", "ne"];
    FOLDED.iter().position(|d| *d == fold(word.trim()).trim_end_matches('.'))
}

/// The days of "Po–Pá, So" or "denně".
fn days(text: &str) -> Result<Vec<Weekday>, WeekError> {
    let f = fold(text.trim());
    if f == "denne" || f == "kazdy den" {
        return Ok(Weekday::ALL.to_vec());
    }
    let mut out = Vec::new();
    for part in text.split(',').map(str::trim) {
        let unknown = || WeekError::UnknownDay(part.to_string());
        match part.split_once(['–', '-', '—']) {
            Some((a, b)) => {
                let (a, b) = (day(a).ok_or_else(unknown)?, day(b).ok_or_else(unknown)?);
                let len = (b + 7 - a) % 7;
                out.extend((0..=len).map(|i| Weekday::ALL[(a + i) % 7]));
            }
            None => out.push(Weekday::ALL[day(part).ok_or_else(unknown)?]),
        }
    }
    Ok(out)
}

/// One "7:00–15:30".
fn interval(text: &str) -> Result<(String, String), WeekError> {
    let bad = || WeekError::BadInterval(text.trim().to_string());
    let (a, b) = text.trim().split_once(['–', '-', '—']).ok_or_else(bad)?;
    let (a, b) = (a.trim(), b.trim());
    match (clock(a), clock(b)) {
        (Some(from), Some(to)) if from < 24 * 60 && from != to => Ok((clock_text(from), clock_text(to))),
        _ => Err(bad()),
    }
}

/// Reads the cell form back: "nonstop", or groups "DAYS TIMES" separated by ";" or new lines, where
/// DAYS is "Po–Pá, So" or "denně" and TIMES is "7:00–12:00, 13:00–15:30".
pub fn parse_week(text: &str) -> Result<OpeningHours, WeekError> {
    let f = fold(text.trim());
    if f == "nonstop" || f == "non-stop" {
        return Ok(OpeningHours { nonstop: true, ..OpeningHours::default() });
    }
    let mut week = Vec::new();
    for group in text.split([';', '\n']).map(str::trim).filter(|g| !g.is_empty()) {
        let split = group.find(|c: char| c.is_ascii_digit()).unwrap_or(group.len());
        let (d, t) = group.split_at(split);
        if d.trim().is_empty() || t.trim().is_empty() {
            return Err(WeekError::Incomplete(group.to_string()));
        }
        let days = days(d)?;
        for span in t.split(',').flat_map(|s| s.split(" a ")) {
            let (from, to) = interval(span)?;
            week.push(Interval { days: days.clone(), from, to });
        }
    }
    Ok(OpeningHours { week, ..OpeningHours::default() })
}

/// Free-text lines as structure where they read as a week or "nonstop", the rest kept as the note. Beside
/// "nonstop", the other lines are notes (visiting hours, an office's hours), not the service's week.
pub fn from_lines(lines: &[String]) -> OpeningHours {
    let parsed: Vec<_> = lines.iter().map(|l| (l.trim(), parse_week(l))).collect();
    let nonstop = parsed.iter().any(|(_, p)| p.as_ref().is_ok_and(|h| h.nonstop));
    let mut out = OpeningHours { nonstop, ..OpeningHours::default() };
    let mut rest = Vec::new();
    for (line, p) in parsed {
        match p {
            Ok(h) if h.nonstop => {}
            Ok(h) if !nonstop => out.week.extend(h.week),
            _ => rest.push(line.to_string()),
        }
    }
    out.note = (!rest.is_empty()).then(|| rest.join("; "));
    out
}
