//! Weekly opening hours as the snapshot writes them (Europe/Prague local time); `domain::hours` reads
//! them (open now, next opening).

use serde::{Deserialize, Serialize};

/// Weekly opening hours in Europe/Prague local time. An interval whose end is not after its start runs
/// across midnight into the next day (22:00–06:00); `24:00` ends a day.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    /// Open round the clock, every day; `week` and `holidays` are then ignored.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nonstop: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub week: Vec<Interval>,
    /// What happens on Czech public holidays; closed unless said otherwise.
    #[serde(default, skip_serializing_if = "Holidays::is_closed")]
    pub holidays: Holidays,
    /// Anything the structure cannot say ("příchod do 21:00", "návštěvy denně 9:00–19:00").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Open from `from` to `to` (local `H:MM`) on each of `days`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Interval {
    pub days: Vec<Weekday>,
    /// `H:MM` or `HH:MM`, 0:00–23:59.
    pub from: String,
    /// `H:MM` or `HH:MM`, 0:01–24:00; not after `from` means the next day.
    pub to: String,
}

/// Days of the week, Monday first, spelt as Czech abbreviations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Po,
    Ut,
    St,
    Ct,
    Pa,
    So,
    Ne,
}

impl Weekday {
    pub const ALL: [Weekday; 7] =
        [Weekday::Po, Weekday::Ut, Weekday::St, Weekday::Ct, Weekday::Pa, Weekday::So, Weekday::Ne];

    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The day `n` days later.
    pub fn plus(self, n: usize) -> Weekday {
        Weekday::ALL[(self.index() + n) % 7]
    }
}

/// Public holidays: closed (the default), open as on that weekday, or something only words can say (the
/// app then shows the note and no open/closed status on a holiday).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Holidays {
    #[default]
    Closed,
    AsUsual,
    Note(String),
}

impl Holidays {
    pub fn is_closed(&self) -> bool {
        *self == Holidays::Closed
    }
}
