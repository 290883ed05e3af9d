//! Opening hours against the words around them: a text that promises "nonstop" (or "24 hodin",
//! "nepřetržitě") needs an hours line that says so, and a night shelter needs hours that reach the
//! evening. Both mistakes shipped in the demo data once: a "nonstop" line open Po–Pá 7:00–15:30 and a
//! night shelter with daytime hours. Crisis lines are held to their own notes the same way. Structured
//! hours (`hours`) are read as data; free-text lines only while catalogues migrate.

use super::Finding;
use crate::domain::hours::clock;
use crate::domain::hours::text::week_text;
use crate::domain::snapshot::{Contacts, Interval, Service, Snapshot};
use crate::domain::text::fold::fold;

/// Folded phrases that promise round-the-clock help, in texts and in hours lines alike ("24 hodin denně",
/// not a bare "24 hodin", which is also "we answer within 24 hours").
const NONSTOP: [&str; 6] = ["nonstop", "non-stop", "24 hodin denne", "24/7", "nepretrzit", "0:00–24:00"];
/// Folded phrases that promise evening or night help (not a bare "noční", as in "noční můry").
const NIGHT: [&str; 7] =
    ["pres noc", "na noc", "v noci", "kazdy vecer", "nocleh", "nocni provoz", "nocni sluzb"];

fn says_nonstop(text: &str) -> bool {
    let f = fold(text).replace("00:00", "0:00").replace(['-', '—'], "–").replace("non–stop", "non-stop");
    NONSTOP.iter().any(|p| f.contains(p))
}

fn says_night(text: &str) -> bool {
    let f = fold(text);
    NIGHT.iter().any(|p| f.contains(p))
}

/// Hours of every `H:MM` time written in the lines.
fn clock_hours(lines: &[String]) -> Vec<u32> {
    let mut out = Vec::new();
    for line in lines {
        let b = line.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            if c != b':' || i == 0 {
                continue;
            }
            let start = if i >= 2 && b[i - 2].is_ascii_digit() { i - 2 } else { i - 1 };
            if let Ok(h) = line[start..i].parse::<u32>() {
                out.push(h);
            }
        }
    }
    out
}

/// True when some line reaches the evening (19:00 or later) or the small hours (before 7:00).
fn reaches_night(lines: &[String]) -> bool {
    clock_hours(lines).iter().any(|h| !(7..19).contains(h))
}

/// True when an interval runs past midnight, starts before 7:00 or ends after 19:00.
fn week_reaches_night(week: &[Interval]) -> bool {
    week.iter().any(|i| match (clock(&i.from), clock(&i.to)) {
        (Some(from), Some(to)) => to <= from || from < 7 * 60 || to > 19 * 60,
        _ => false,
    })
}

/// What a service's hours say: (nonstop, reaches the night, the lines a finding quotes). The structure
/// wins over free text; None when there are no hours to hold the text to.
fn said(svc: &Service) -> Option<(bool, bool, Vec<String>)> {
    match &svc.hours {
        Some(h) if h.nonstop => Some((true, true, vec![week_text(h)])),
        Some(h) if !h.week.is_empty() => Some((false, week_reaches_night(&h.week), vec![week_text(h)])),
        _ if svc.opening_hours.is_empty() => None,
        _ => {
            let lines = svc.opening_hours.clone();
            Some((lines.iter().any(|h| says_nonstop(h)), reaches_night(&lines), lines))
        }
    }
}

fn phones_digits(c: &Contacts) -> impl Iterator<Item = String> + '_ {
    c.phones.iter().map(|p| crate::domain::text::phone::digits(&p.number))
}

pub(super) fn check(s: &Snapshot, out: &mut Vec<Finding>) {
    let nonstop_lines: Vec<String> = s
        .crisis_lines
        .iter()
        .filter(|l| says_nonstop(&l.hours))
        .map(|l| crate::domain::text::phone::digits(&l.number))
        .collect();
    for (i, svc) in s.services.iter().enumerate() {
        let Some((_, night, hours)) = said(svc).filter(|(nonstop, ..)| !nonstop) else {
            continue;
        };
        let text = format!("{} {}", svc.name, svc.description);
        if says_nonstop(&text) {
            out.push(Finding::NonstopTextLimitedHours { service: i, id: svc.id.clone(), hours });
        } else if says_night(&text) && !night {
            out.push(Finding::NightTextDaytimeHours { service: i, id: svc.id.clone(), hours });
        }
        let own = svc.contacts.as_ref().into_iter().flat_map(phones_digits);
        if let Some(number) = own.into_iter().find(|d| nonstop_lines.contains(d)) {
            out.push(Finding::CrisisNumberLimitedHours { service: i, id: svc.id.clone(), number });
        }
    }
    for (i, line) in s.crisis_lines.iter().enumerate() {
        let text = format!("{} {}", line.name, line.note.as_deref().unwrap_or(""));
        if says_nonstop(&text) && !says_nonstop(&line.hours) {
            out.push(Finding::CrisisLineNotNonstop {
                line: i,
                name: line.name.clone(),
                hours: line.hours.clone(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonstop_phrases_in_text_and_hours() {
        assert!(says_nonstop("Telefonická krizová pomoc NONSTOP."));
        assert!(says_nonstop("Po–Ne 00:00-24:00"));
        assert!(says_nonstop("dispečink 24 hodin denně"));
        assert!(!says_nonstop("Po–Pá 7:00–15:30"));
        assert!(!says_nonstop("Na e-mail odpovíme do 24 hodin."));
    }

    #[test]
    fn evening_hours_reach_the_night() {
        assert!(reaches_night(&["Po–Ne 19:00–7:00".to_string()]));
        assert!(!reaches_night(&["Po, St 8:00–17:00".to_string()]));
    }
}
