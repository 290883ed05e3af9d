//! A service's opening hours: the structure must be readable (days named, times `H:MM`, no empty
//! interval), and free-text lines, still accepted while catalogues migrate, get a warning that says what
//! the structure would be, because with text only the app cannot say whether the service is open now.

use super::items::Ctx;
use super::MAX_NAME_CHARS;
use crate::domain::hours::clock;
use crate::domain::snapshot::{Holidays, OpeningHours, Service};

pub(super) fn service(cx: &mut Ctx<'_>, path: &str, s: &Service) {
    cx.lines(path, "opening_hours", &s.opening_hours, MAX_NAME_CHARS);
    if !s.opening_hours.is_empty() {
        cx.report.warn(
            format!("{path}.opening_hours"),
            format!("opening hours are free text, so the app cannot say whether the service is open now; write them as `hours`{}", hint(&s.opening_hours)),
        );
    }
    if let Some(h) = &s.hours {
        structure(cx, &format!("{path}.hours"), h);
    }
}

/// What the free text would be as structure, for the coordinator (`katalog check`); the browser build
/// leaves it out, as nobody reads the warning there and the parser would cost it size.
#[cfg(not(target_arch = "wasm32"))]
fn hint(lines: &[String]) -> String {
    let week = crate::domain::hours::text::week_text(&crate::domain::hours::text::from_lines(lines));
    if week.is_empty() {
        String::new()
    } else {
        format!(" (reads as \"{week}\")")
    }
}

#[cfg(target_arch = "wasm32")]
fn hint(_: &[String]) -> String {
    String::new()
}

fn structure(cx: &mut Ctx<'_>, path: &str, h: &OpeningHours) {
    cx.list_len(path, "week", h.week.len());
    for (i, interval) in h.week.iter().enumerate() {
        let ip = format!("{path}.week[{i}]");
        if interval.days.is_empty() {
            cx.report.error(format!("{ip}.days"), "names no day");
        }
        let from = clock(&interval.from).filter(|&m| m < 24 * 60);
        let to = clock(&interval.to).filter(|&m| m > 0);
        if from.is_none() {
            cx.report.error(format!("{ip}.from"), format!("{:?} is not a time 0:00–23:59", interval.from));
        }
        if to.is_none() {
            cx.report.error(format!("{ip}.to"), format!("{:?} is not a time 0:01–24:00", interval.to));
        }
        if from.is_some() && from == to {
            cx.report.error(&ip, "opens and closes at the same time; write \"nonstop\" for round the clock");
        }
    }
    cx.opt_text(path, "note", &h.note);
    if let Holidays::Note(note) = &h.holidays {
        cx.text(path, "holidays.note", note);
    }
    if !h.nonstop && h.week.is_empty() {
        cx.report.warn(path, "neither nonstop nor any weekly hours: the app cannot say whether it is open");
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::validate::validate_snapshot;

    /// Issue 14: free text stays readable during migration (a warning, not an error); a bad time in the
    /// structure is an error that names the field.
    fn minimal() -> crate::domain::snapshot::Snapshot {
        serde_json::from_str(include_str!("../../../tests/fixtures/minimal.json")).expect("fixture")
    }

    /// Issue 14: free text stays readable during migration (a warning, not an error) that shows what the
    /// structure would be.
    #[test]
    fn free_text_hours_warn_with_the_structure() {
        let mut s = minimal();
        s.services[0].opening_hours = vec!["Po–Pá 7:00–15:30".into()];
        s.services[0].hours = None;
        let r = validate_snapshot(&s);
        assert!(r.is_ok(), "{r}");
        assert!(r.to_string().contains("reads as \"Po–Pá 7:00–15:30\""), "{r}");
    }

    /// Issue 14: a bad time or an empty interval in the structure is an error naming the field.
    #[test]
    fn bad_structured_hours_are_errors() {
        let mut s = minimal();
        let mut h = crate::domain::hours::text::parse_week("Po 8:00–12:00; Út 9:00–10:00").expect("week");
        h.week[0].to = "25:00".into();
        h.week[1].to = "9:00".into();
        s.services[0].hours = Some(h);
        let r = validate_snapshot(&s).to_string();
        assert!(r.contains("$.services[0].hours.week[0].to"), "{r}");
        assert!(r.contains("$.services[0].hours.week[1]: opens and closes at the same time"), "{r}");
    }
}
