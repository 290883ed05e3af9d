//! Catalogue consistency: mistakes that pass validation (every field well-formed, every reference
//! resolving) but would mislead a reader, the kind a find-and-replace copy of another region leaves
//! behind. It owns the rules and returns [`Finding`]s as data; `katalog check` words them for the
//! coordinator. The rules live in submodules: `hours` (texts that promise nonstop or night help against
//! limited opening hours), `places` (another region's place names, against the table in
//! `places_table`), `phones` (one number on unrelated providers) and `address` (a service whose only
//! address lies outside its area). These are warnings, not errors: a coordinator may have a reason, and
//! the app still works.
//!
//! Only the CLI runs these checks; the app never pays for them.

mod address;
mod hours;
mod phones;
mod places;
mod places_table;

use crate::domain::snapshot::Snapshot;

pub use places_table::{KRAJE, OKRESY};

/// One consistency mistake, with what a coordinator needs to find and fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// A service's name or description promises nonstop help, but its opening hours are limited.
    NonstopTextLimitedHours { service: usize, id: String, hours: Vec<String> },
    /// A service's text says it works at night or in the evening, but every hours line ends by day.
    NightTextDaytimeHours { service: usize, id: String, hours: Vec<String> },
    /// A crisis line's name or note promises nonstop help, but its hours are limited.
    CrisisLineNotNonstop { line: usize, name: String, hours: String },
    /// A service shares its phone number with a nonstop crisis line but lists limited hours.
    CrisisNumberLimitedHours { service: usize, id: String, number: String },
    /// A place name of another okres or kraj inside this region's catalogue.
    ForeignPlace { path: String, place: String, kind: PlaceKind },
    /// The same phone number under providers that are not the same organisation.
    SharedPhone { number: String, providers: Vec<String> },
    /// Every address of a service lies outside its area (`in_region: false`: outside the region).
    AddressOutsideArea { service: usize, id: String, city: String, in_region: bool },
}

/// What kind of place a [`Finding::ForeignPlace`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// Another okres, by its name; `kraj` is the kraj it belongs to.
    Okres { kraj: &'static str },
    /// Another kraj (or a "…ského kraje" that names no kraj at all: `kraj` is `None`).
    Kraj { kraj: Option<&'static str> },
}

impl Finding {
    /// JSON path of the record the finding concerns.
    pub fn path(&self) -> String {
        match self {
            Finding::NonstopTextLimitedHours { service, .. }
            | Finding::NightTextDaytimeHours { service, .. }
            | Finding::CrisisNumberLimitedHours { service, .. } => {
                format!("$.services[{service}].hours")
            }
            Finding::AddressOutsideArea { service, .. } => format!("$.services[{service}].locations"),
            Finding::CrisisLineNotNonstop { line, .. } => format!("$.crisis_lines[{line}].hours"),
            Finding::ForeignPlace { path, .. } => path.clone(),
            Finding::SharedPhone { .. } => "$.providers".to_string(),
        }
    }
}

/// Every consistency finding of a valid snapshot, in a stable order (rule by rule, record by record).
pub fn check(s: &Snapshot) -> Vec<Finding> {
    let mut out = Vec::new();
    hours::check(s, &mut out);
    places::check(s, &mut out);
    phones::check(s, &mut out);
    address::check(s, &mut out);
    out
}
