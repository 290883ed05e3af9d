//! Opening hours in words: "Otevřeno, zavírá v 15:30", "Zavřeno, otevírá v pondělí v 7:00", "Nonstop",
//! and the weekly table of the service page. The domain computes the status (`domain::hours`); this says
//! it, with each language's preposition before a time (Czech "ve" before 2, 3, 4, 12–14 and 20–24 o'clock,
//! the numbers read with a consonant cluster; Ukrainian "об" before 1 and 11, read with a vowel).

use super::Lang;
use crate::domain::date::Date;
use crate::domain::hours::clock_text;
use crate::domain::hours::text::{rows, spans_text};
use crate::domain::hours::{OpenStatus, When};
use crate::domain::snapshot::{Holidays, OpeningHours, Weekday};

impl Lang {
    /// The status line of a card or service page; None when the app cannot say (free text only).
    pub fn open_status(self, s: &OpenStatus) -> Option<String> {
        let t = self.strings();
        Some(match s {
            OpenStatus::Nonstop => t.open_nonstop.to_string(),
            OpenStatus::Open { closes_at } => {
                format!("{} {}", t.open_closes, self.when(&midnight_as_24(*closes_at)))
            }
            OpenStatus::Closed { opens_at } => format!("{} {}", t.closed_opens, self.when(opens_at)),
            OpenStatus::Unknown => return None,
        })
    }

    /// "v 7:00", "zítra v 7:00", "v pondělí v 7:00", "6. 4. v 7:00".
    fn when(self, w: &When) -> String {
        let t = self.strings();
        let at = match self {
            Lang::Cs if matches!(w.minute / 60, 2..=4 | 12..=14 | 20..=24) => "ve",
            Lang::Cs => "v",
            // Ukrainian "об" before a vowel: одна, одинадцята.
            Lang::Uk if matches!(w.minute / 60, 1 | 11) => "об",
            Lang::Uk => "о",
            Lang::En => "at",
        };
        let time = format!("{at}\u{a0}{}", clock_text(w.minute));
        let day = match w.days_ahead {
            0 => return time,
            1 => t.open_tomorrow.to_string(),
            2..=6 => self.on_day(w.weekday).to_string(),
            _ => match self {
                Lang::Cs => format!("{}.\u{a0}{}.", w.date.day, w.date.month),
                Lang::Uk => format!("{:02}.{:02}", w.date.day, w.date.month),
                Lang::En => format!("on {}/{}", w.date.day, w.date.month),
            },
        };
        format!("{day} {time}")
    }

    fn on_day(self, d: Weekday) -> &'static str {
        let t = self.strings();
        [t.on_mo, t.on_tu, t.on_we, t.on_th, t.on_fr, t.on_sa, t.on_su][d.index()]
    }

    fn day_abbr(self, d: Weekday) -> &'static str {
        let t = self.strings();
        [t.day_mo, t.day_tu, t.day_we, t.day_th, t.day_fr, t.day_sa, t.day_su][d.index()]
    }

    /// The weekly table as lines ("Po–Pá 7:00–15:30"), then the holiday rule and the note.
    pub fn hours_lines(self, h: &OpeningHours) -> Vec<String> {
        let t = self.strings();
        let mut out = Vec::new();
        if h.nonstop {
            out.push(t.open_nonstop.to_string());
        }
        for row in rows(&h.week).iter().filter(|_| !h.nonstop) {
            let days: Vec<String> = row
                .days
                .iter()
                .map(|&(a, b)| match a == b {
                    true => self.day_abbr(a).to_string(),
                    false => format!("{}–{}", self.day_abbr(a), self.day_abbr(b)),
                })
                .collect();
            out.push(format!("{} {}", days.join(", "), spans_text(&row.spans)));
        }
        if !h.nonstop && !h.week.is_empty() {
            out.push(match &h.holidays {
                Holidays::Closed => t.hours_holidays_closed.to_string(),
                Holidays::AsUsual => t.hours_holidays_as_usual.to_string(),
                Holidays::Note(n) => format!("{} {n}", t.hours_holidays_label),
            });
        }
        out.extend(h.note.clone());
        out
    }
}

/// A closing at 0:00 is said as 24:00 of the day before ("zavírá ve 24:00", not "zítra v 0:00").
fn midnight_as_24(w: When) -> When {
    if w.minute != 0 || w.days_ahead == 0 {
        return w;
    }
    let date = Date::from_days_since_epoch(w.date.days_since_epoch() - 1).unwrap_or(w.date);
    When { days_ahead: w.days_ahead - 1, weekday: w.weekday.plus(6), date, minute: 24 * 60 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::hours::text::parse_week;
    use crate::domain::hours::{parse_rfc3339, status};

    fn said(lang: Lang, week: &str, at: &str) -> Option<String> {
        let h = parse_week(week).expect("week");
        lang.open_status(&status(Some(&h), parse_rfc3339(at).expect("instant")))
    }

    /// Issue 14: the three phrasings of the issue, Czech weekday forms, and "ve" before 2–4, 12–14, 20–24.
    #[test]
    fn status_in_czech_and_english() {
        let office = "Po–Pá 7:00–15:30";
        let cs = |w: &str, at: &str| said(Lang::Cs, w, at).expect("said");
        assert_eq!(cs(office, "2026-11-30T10:00:00+01:00"), "Otevřeno, zavírá v\u{a0}15:30");
        assert_eq!(cs(office, "2026-11-28T10:00:00+01:00"), "Zavřeno, otevírá v\u{a0}pondělí v\u{a0}7:00");
        assert_eq!(cs(office, "2026-12-01T18:00:00+01:00"), "Zavřeno, otevírá zítra v\u{a0}7:00");
        assert_eq!(
            cs("Po–Pá 12:00–14:00", "2026-11-27T15:00:00+01:00"),
            "Zavřeno, otevírá v\u{a0}pondělí ve\u{a0}12:00"
        );
        assert_eq!(
            cs("St 13:00–15:00", "2026-11-30T15:00:00+01:00"),
            "Zavřeno, otevírá ve středu ve\u{a0}13:00"
        );
        assert_eq!(cs("Po 18:00–24:00", "2026-11-30T19:00:00+01:00"), "Otevřeno, zavírá ve\u{a0}24:00");
        assert_eq!(cs("nonstop", "2026-11-30T19:00:00+01:00"), "Nonstop");
        let en = said(Lang::En, office, "2026-11-28T10:00:00+01:00");
        assert_eq!(en.as_deref(), Some("Closed, opens on Monday at\u{a0}7:00"));
    }

    #[test]
    fn weekly_table() {
        let mut h = parse_week("Po, St 8:00–17:00; Út, Čt 8:00–14:00").expect("week");
        h.note = Some("příchod do 21:00".into());
        assert_eq!(
            Lang::Cs.hours_lines(&h),
            ["Po, St 8:00–17:00", "Út, Čt 8:00–14:00", "Ve státní svátky zavřeno", "příchod do 21:00"]
        );
        assert_eq!(Lang::En.hours_lines(&parse_week("nonstop").expect("nonstop")), ["Open 24/7"]);
    }
}
