//! Open now, pinned at instants around midnight, both daylight-saving changes, holidays and nonstop.

use super::text::{from_lines, parse_week, week_text, WeekError};
use super::{parse_rfc3339, status, OpenStatus, When};
use crate::domain::date::Date;
use crate::domain::snapshot::{Holidays, OpeningHours, Weekday};

fn hours(text: &str) -> OpeningHours {
    parse_week(text).expect("week parses")
}

fn at(h: &OpeningHours, instant: &str) -> OpenStatus {
    status(Some(h), parse_rfc3339(instant).expect("instant"))
}

fn when(days_ahead: u16, weekday: Weekday, date: &str, time: &str) -> When {
    let minute = super::clock(time).expect("time");
    When { days_ahead, weekday, date: Date::parse(date).expect("date"), minute }
}

#[test]
fn office_hours_open_and_closed() {
    let h = hours("Po–Pá 7:00–15:30; So 8:00–12:00");
    // Monday 2026-11-30 10:00 CET.
    let closes = when(0, Weekday::Po, "2026-11-30", "15:30");
    assert_eq!(at(&h, "2026-11-30T10:00:00+01:00"), OpenStatus::Open { closes_at: closes });
    // Saturday evening: next opening is Monday 7:00.
    let opens = when(2, Weekday::Po, "2026-11-30", "7:00");
    assert_eq!(at(&h, "2026-11-28T18:00:00+01:00"), OpenStatus::Closed { opens_at: opens });
    // Early morning: opens today.
    let today = when(0, Weekday::Po, "2026-11-30", "7:00");
    assert_eq!(at(&h, "2026-11-30T06:59:00+01:00"), OpenStatus::Closed { opens_at: today });
    assert!(!at(&h, "2026-11-30T15:30:00+01:00").is_open());
}

#[test]
fn night_shelter_across_midnight() {
    let h = hours("denně 19:00–7:00");
    let closes = when(1, Weekday::Ut, "2026-12-01", "7:00");
    assert_eq!(at(&h, "2026-11-30T23:30:00+01:00"), OpenStatus::Open { closes_at: closes });
    let closes = when(0, Weekday::Ut, "2026-12-01", "7:00");
    assert_eq!(at(&h, "2026-12-01T02:00:00+01:00"), OpenStatus::Open { closes_at: closes });
    let opens = when(0, Weekday::Ut, "2026-12-01", "19:00");
    assert_eq!(at(&h, "2026-12-01T12:00:00+01:00"), OpenStatus::Closed { opens_at: opens });
}

/// Spring forward on 2026-03-29: 02:00 CET becomes 03:00 CEST. At 00:30 UTC it is 01:30 local (closed);
/// at 01:30 UTC it is 03:30 local, inside 3:00–5:00.
#[test]
fn spring_forward_2026() {
    let h = hours("Ne 3:00–5:00");
    let opens = when(0, Weekday::Ne, "2026-03-29", "3:00");
    assert_eq!(at(&h, "2026-03-29T00:30:00Z"), OpenStatus::Closed { opens_at: opens });
    let closes = when(0, Weekday::Ne, "2026-03-29", "5:00");
    assert_eq!(at(&h, "2026-03-29T01:30:00Z"), OpenStatus::Open { closes_at: closes });
}

/// Fall back on 2026-10-25: 03:00 CEST becomes 02:00 CET, so 02:30 local happens twice; a service open
/// until 2:45 is open both times, and closed at 01:50 UTC (02:50 CET).
#[test]
fn fall_back_2026() {
    let h = hours("So 22:00–2:45");
    let closes = when(0, Weekday::Ne, "2026-10-25", "2:45");
    assert_eq!(at(&h, "2026-10-25T00:30:00Z"), OpenStatus::Open { closes_at: closes }); // 02:30 CEST
    assert_eq!(at(&h, "2026-10-25T01:30:00Z"), OpenStatus::Open { closes_at: closes }); // 02:30 CET
    assert!(!at(&h, "2026-10-25T01:50:00Z").is_open()); // 02:50 CET
}

/// Easter Monday 2026-04-06: closed by default, open when the data says "as usual", unknown when only a
/// note describes holidays.
#[test]
fn easter_monday() {
    let mut h = hours("Po–Pá 7:00–15:30");
    let opens = when(1, Weekday::Ut, "2026-04-07", "7:00");
    assert_eq!(at(&h, "2026-04-06T10:00:00+02:00"), OpenStatus::Closed { opens_at: opens });
    // On Thursday before Good Friday, the next opening skips Friday and Monday.
    let opens = when(5, Weekday::Ut, "2026-04-07", "7:00");
    assert_eq!(at(&h, "2026-04-02T16:00:00+02:00"), OpenStatus::Closed { opens_at: opens });
    h.holidays = Holidays::AsUsual;
    assert!(at(&h, "2026-04-06T10:00:00+02:00").is_open());
    h.holidays = Holidays::Note("dle dohody".into());
    assert_eq!(at(&h, "2026-04-06T10:00:00+02:00"), OpenStatus::Unknown);
}

#[test]
fn nonstop_and_no_hours() {
    assert_eq!(at(&hours("nonstop"), "2026-12-24T03:00:00+01:00"), OpenStatus::Nonstop);
    assert_eq!(at(&hours("Po–Ne 0:00–24:00"), "2026-12-02T03:00:00+01:00"), OpenStatus::Nonstop);
    assert_eq!(status(None, 0), OpenStatus::Unknown);
    let text_only = OpeningHours { note: Some("dle dohody".into()), ..OpeningHours::default() };
    assert_eq!(status(Some(&text_only), 0), OpenStatus::Unknown);
}

#[test]
fn week_text_round_trip() {
    for text in [
        "Po–Pá 7:00–15:30; So 8:00–12:00",
        "Po, St 8:00–17:00; Út, Čt 8:00–14:00",
        "nonstop",
        "Po–Ne 19:00–7:00",
        "Po 8:00–12:00, 13:00–16:00",
    ] {
        assert_eq!(week_text(&hours(text)), text);
    }
    assert_eq!(week_text(&hours("denně 19:00-07:00")), "Po–Ne 19:00–7:00");
    assert_eq!(week_text(&hours("po-pá 8:00-12:00 a 13:00-16:00")), "Po–Pá 8:00–12:00, 13:00–16:00");
    assert_eq!(parse_week("Xy 8:00–12:00"), Err(WeekError::UnknownDay("Xy".into())));
    assert_eq!(parse_week("Po 8:00–25:00"), Err(WeekError::BadInterval("8:00–25:00".into())));
    assert_eq!(parse_week("Po–Pá"), Err(WeekError::Incomplete("Po–Pá".into())));
}

#[test]
fn free_text_lines_keep_what_they_cannot_say() {
    let lines = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let h = from_lines(&lines(&["nonstop", "návštěvy denně 9:00–19:00"]));
    assert!(h.nonstop && h.week.is_empty());
    assert_eq!(h.note.as_deref(), Some("návštěvy denně 9:00–19:00"));
    let h = from_lines(&lines(&["Po 8:00–17:00", "St 8:00–17:00", "denně 19:00–7:00 (příchod do 21:00)"]));
    assert_eq!(week_text(&h), "Po, St 8:00–17:00");
    assert_eq!(h.note.as_deref(), Some("denně 19:00–7:00 (příchod do 21:00)"));
}
