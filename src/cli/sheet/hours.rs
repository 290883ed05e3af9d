//! The opening-hours cells: "Provozní doba" holds the week in its readable form ("Po–Pá 7:00–15:30;
//! So 8:00–12:00" or "nonstop"), "Ve svátky" the holiday rule ("jako obvykle", "zavřeno", or any other
//! words as a note). The week is read and printed by the domain (`domain::hours::text`), the same code
//! the importers use, so a cell exported and read back gives the same data.

use serde_json::{json, Value};

use super::cell::Problem;
use crate::domain::hours::text::{parse_week, week_text, WeekError};
use crate::domain::snapshot::{Holidays, OpeningHours};
use crate::domain::text::fold::fold;

const AS_USUAL: &str = "jako obvykle";

/// The week cell of a record's `hours`.
pub fn render_week(hours: &Value) -> String {
    serde_json::from_value::<OpeningHours>(hours.clone()).map(|h| week_text(&h)).unwrap_or_default()
}

/// The holiday cell: empty for the default (closed), so most rows stay clean.
pub fn render_holidays(holidays: &Value) -> String {
    match serde_json::from_value::<Holidays>(holidays.clone()) {
        Ok(Holidays::AsUsual) => AS_USUAL.into(),
        Ok(Holidays::Note(n)) => n,
        _ => String::new(),
    }
}

/// A week cell as the `hours` object (its `nonstop` and `week`).
pub fn parse_week_cell(text: &str) -> Result<Value, Problem> {
    let h = parse_week(text).map_err(|e| Problem::BadHours { value: text.trim().into(), reason: e })?;
    serde_json::to_value(h).map_err(|e| Problem::BadJson { value: text.into(), reason: e.to_string() })
}

pub fn parse_holidays_cell(text: &str) -> Value {
    match fold(text.trim()).as_str() {
        "jako obvykle" | "otevreno" | "jako v tydnu" => json!("as_usual"),
        "zavreno" => json!("closed"),
        _ => json!({ "note": text.trim() }),
    }
}

/// Why a week cell cannot be read, in Czech.
pub fn reason(e: &WeekError) -> String {
    match e {
        WeekError::UnknownDay(d) => format!("„{d}“ není den (Po, Út, St, Čt, Pá, So, Ne nebo „denně“)"),
        WeekError::BadInterval(t) => format!("„{t}“ není čas od–do ve tvaru 7:00–15:30"),
        WeekError::Incomplete(g) => format!("v „{g}“ chybí dny nebo čas"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holiday_cell_both_ways() {
        for (cell, json) in [
            ("jako obvykle", json!("as_usual")),
            ("Zavřeno", json!("closed")),
            ("po domluvě", json!({"note": "po domluvě"})),
        ] {
            assert_eq!(parse_holidays_cell(cell), json);
        }
        assert_eq!(render_holidays(&json!("as_usual")), AS_USUAL);
        assert_eq!(render_holidays(&json!("closed")), "");
    }
}
