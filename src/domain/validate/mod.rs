//! Snapshot validation: the one gate every catalogue passes before the app or the CLI uses it. It owns
//! the limits (size, text lengths, list lengths), the error and warning types with JSON paths, and the
//! two entry points: `validate_bytes` for raw downloads/files and `validate_snapshot` for data already in
//! memory (importers). Submodules: `parse` (raw JSON to typed sections, with paths), `fields` (single
//! values such as URLs, phones, dates), `items` (each record on its own), `refs` (ids and references
//! across records), `steps` (the same checks a few records at a time).

/// Builds a validation message or path. In the browser a report is only ever pass or fail (the app keeps
/// the catalogue it has and says so in its own words), so there the words are not built at all: their
/// text and formatting code were 4.8 KB brotli of every phone's first download. The CLI, which a
/// catalogue maintainer reads, gets every word. So a value built here is only ever said, never compared
/// or used as a key: in the browser every one is empty (see
/// words_free_paths_flagged_every_translation_as_given_twice in tests/wasm_sync.rs). The lazy module
/// (`src/bin/booklet`), which checks a catalogue file a person loads in settings and says where it is
/// wrong, has them back (feature `validation-words`).
#[cfg(any(not(target_arch = "wasm32"), feature = "validation-words"))]
macro_rules! words {
    ($($t:tt)*) => { format!($($t)*) };
}
#[cfg(all(target_arch = "wasm32", not(feature = "validation-words")))]
macro_rules! words {
    // The dead branch keeps the arguments "used" for the compiler; no code or text of it is emitted.
    ($($t:tt)*) => {{
        if false {
            let _ = format!($($t)*);
        }
        String::new()
    }};
}

mod contact;
mod fields;
mod hours;
mod items;
#[cfg(not(target_arch = "wasm32"))]
mod locate;
#[cfg(not(target_arch = "wasm32"))]
mod parse;
mod records;
mod refs;
mod steps;
mod translations;

use std::fmt;

use crate::domain::snapshot::Snapshot;

pub use contact::{check_email, check_phone};
pub use fields::check_region_id;
pub use steps::Validation;

/// Largest snapshot accepted, in bytes: a district catalogue is well under 1 MB, so 20 MB means a wrong
/// or hostile file, and refusing it early protects phones' memory.
pub const MAX_SNAPSHOT_BYTES: usize = 20 * 1024 * 1024;
/// Names and titles, in characters.
pub const MAX_NAME_CHARS: usize = 300;
/// Descriptions, news texts and notes, in characters.
pub const MAX_TEXT_CHARS: usize = 5000;
/// One keyword or life-situation word, in characters.
pub const MAX_KEYWORD_CHARS: usize = 80;
/// Ids, which end up in URLs.
pub const MAX_ID_CHARS: usize = 100;
/// Items in one list inside a record (keywords, phones, locations, opening hours…).
pub const MAX_LIST_ITEMS: usize = 200;
/// Municipalities in one service's area (a Czech district has at most about 130).
pub const MAX_AREA_ITEMS: usize = 2000;
/// Most records in each top-level array (defect 17: only the file size limited them). Generous for
/// the whole country: about 6 250 municipalities, 205 ORP offices, some 6 000 registered services.
pub const SECTION_CAPS: [(&str, usize); 9] = [
    ("municipalities", 10_000),
    ("offices", 2_000),
    ("providers", 50_000),
    ("services", 100_000),
    ("life_situations", 500),
    ("crisis_lines", 100),
    ("documents", 2_000),
    ("news", 2_000),
    ("comment_campaigns", 200),
];
/// Days after which an entry's `verified` date draws a warning.
pub const STALE_AFTER_DAYS: i64 = 2 * 365;

/// One problem found, with the JSON path of the value it concerns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Issue {
    /// JSON path such as `$.services[3].contacts.emails[0]`.
    pub path: String,
    pub message: String,
}

impl Issue {
    #[cfg(any(not(target_arch = "wasm32"), feature = "validation-words"))]
    fn new(path: impl Into<String>, message: impl Into<String>) -> Issue {
        Issue { path: path.into(), message: message.into() }
    }

    /// Without words in the browser (see `words!`): a literal passed here is then never used, so it is
    /// not in the wasm either.
    #[cfg(all(target_arch = "wasm32", not(feature = "validation-words")))]
    fn new(_path: impl Into<String>, _message: impl Into<String>) -> Issue {
        Issue::default()
    }
}

/// Why a snapshot was rejected: every error found, plus the warnings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub errors: Vec<Issue>,
    pub warnings: Vec<Issue>,
}

/// A snapshot that passed validation, with the warnings it drew.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    pub snapshot: Snapshot,
    pub warnings: Vec<Issue>,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    pub(crate) fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.errors.push(Issue::new(path, message));
    }

    pub(crate) fn warn(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.warnings.push(Issue::new(path, message));
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.errors {
            writeln!(f, "error: {e}")?;
        }
        for w in &self.warnings {
            writeln!(f, "warning: {w}")?;
        }
        write!(f, "{} errors, {} warnings", self.errors.len(), self.warnings.len())
    }
}

impl std::error::Error for Report {}

/// Reads a snapshot this app validated before storing it, and whose bytes have since matched their
/// SHA-256 (issue 16: no work twice). Only the model and the schema version are checked: validating
/// again on every start costs a large catalogue most of its start-up time and finds nothing new. `None`
/// for bytes that do not fit the model, which the caller treats like a damaged record.
/// The app reads it in steps (`reader::SnapshotReader`); this is all the steps at once.
pub fn stored_snapshot(bytes: &[u8]) -> Option<Snapshot> {
    crate::domain::reader::read_snapshot(bytes).ok()
}

/// Parses and validates a snapshot file. Every error is collected (not just the first), each with its
/// JSON path; the snapshot is returned only when there are none.
pub fn validate_bytes(bytes: &[u8]) -> Result<Validated, Report> {
    let mut report = Report::default();
    if bytes.len() > MAX_SNAPSHOT_BYTES {
        report.error(
            "$",
            words!(
                "snapshot is {} bytes, over the limit of {} bytes (20 MB)",
                bytes.len(),
                MAX_SNAPSHOT_BYTES
            ),
        );
        return Err(report);
    }
    // Windows editors like to start UTF-8 files with a byte-order mark; JSON forbids it, but it carries
    // no meaning, so it is skipped rather than reported as "expected value at line 1 column 1".
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // The usual case, a well-formed snapshot, goes straight into the typed model; only a snapshot that
    // does not fit the model takes the slower record-by-record path that finds every structural error.
    match serde_json::from_slice::<Snapshot>(bytes) {
        Ok(snapshot) if snapshot.schema_version == crate::domain::snapshot::SCHEMA_VERSION => {
            let full = validate_snapshot(&snapshot);
            if full.errors.is_empty() {
                Ok(Validated { snapshot, warnings: full.warnings })
            } else {
                Err(full)
            }
        }
        Ok(_) | Err(_) => Err(structural(bytes, report)),
    }
}

/// Every structural error of a snapshot that does not deserialise, each with its JSON path, plus the
/// per-record checks of the records that do.
#[cfg(not(target_arch = "wasm32"))]
fn structural(bytes: &[u8], mut report: Report) -> Report {
    if let Some(parts) = parse::parse(bytes, &mut report) {
        match parts.into_snapshot() {
            Ok(snapshot) => {
                let full = validate_snapshot(&snapshot);
                report.errors.extend(full.errors);
                report.warnings.extend(full.warnings);
            }
            // Skip cross-references: they would point at the broken records and drown the real errors.
            Err(parts) => items::check_view(&parts.view(), &mut report),
        }
    }
    report
}

/// In the browser a snapshot that does not fit the model is rejected at its first structural error (with
/// its position and, for the schema version, a plain reason). The full record-by-record report would add
/// a fifth to the app's download for a case whose only outcome there is "keep the old catalogue"; the
/// `katalog check` CLI, which a catalogue maintainer runs, lists every error.
#[cfg(target_arch = "wasm32")]
fn structural(bytes: &[u8], mut report: Report) -> Report {
    match serde_json::from_slice::<Snapshot>(bytes) {
        Ok(s) if s.schema_version > crate::domain::snapshot::SCHEMA_VERSION => report.error(
            "$.schema_version",
            words!(
                "schema_version {} is newer than this app supports ({})",
                s.schema_version,
                crate::domain::snapshot::SCHEMA_VERSION
            ),
        ),
        Ok(s) => report.error("$.schema_version", words!("unsupported schema_version {}", s.schema_version)),
        Err(e) => {
            report.error("$", words!("not a valid snapshot: {}", crate::domain::json_error::describe(&e)))
        }
    }
    report
}

/// Validates a snapshot already in memory: per-record rules, unique ids, references, and warnings.
pub fn validate_snapshot(s: &Snapshot) -> Report {
    Validation::new(s).finish()
}
