//! Why a catalogue was not accepted, as data: the same reasons for a download and for a file a person
//! loads in settings (issue 14), so `i18n` can word each case in the person's language with what and where
//! (a JSON position, a validation error's JSON path, a size or hash that does not match the manifest).

use std::fmt;

use crate::domain::validate::Report;

/// Why a snapshot (with its manifest) was rejected. Nothing is stored on any of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// The manifest's schema version is newer than this app reads: the app needs an update.
    NewerSchema { found: u32 },
    /// The bytes are not as many as the manifest says: truncated or another file.
    Size { got: u64, expected: u64 },
    /// The SHA-256 differs from the manifest's: corrupt or replaced.
    Hash,
    /// Not JSON at all (or cut short): where it broke, 1-based.
    NotJson { line: usize, column: usize },
    /// JSON, but not a valid snapshot: the first error with its JSON path.
    Invalid { path: String, message: String },
    /// A valid snapshot, but not the region and date its manifest names.
    NotDescribed,
}

impl Rejection {
    /// The reason behind a failed `validate_bytes`: broken JSON is told by its position (the validator's
    /// message for it is a sentence about the model), anything else by the first error and its path.
    pub fn of_report(bytes: &[u8], report: &Report) -> Rejection {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(bytes) {
            return Rejection::NotJson { line: e.line(), column: e.column() };
        }
        match report.errors.first() {
            Some(i) => Rejection::Invalid { path: i.path.clone(), message: i.message.clone() },
            None => Rejection::Invalid { path: "$".into(), message: String::new() },
        }
    }
}

/// English, for the update notice's technical detail.
impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejection::NewerSchema { found } => write!(f, "schema version {found} is newer than this app"),
            Rejection::Size { got, expected } => {
                write!(f, "{got} bytes but the manifest says {expected}: truncated or corrupt")
            }
            Rejection::Hash => f.write_str("SHA-256 differs from the manifest's: corrupt or replaced"),
            Rejection::NotJson { line, column } => write!(f, "not JSON at line {line}, column {column}"),
            Rejection::Invalid { path, message } => write!(f, "{path}: {message}"),
            Rejection::NotDescribed => f.write_str("not the region and date its manifest names"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validate::validate_bytes;

    const BENESOV: &[u8] = include_bytes!("../../public/data/benesov.json");

    /// A truncated file is reported by where the JSON breaks, not as a model error.
    #[test]
    fn truncated_catalogue_file_is_not_json_with_its_position() {
        let cut = &BENESOV[..BENESOV.len() / 2];
        let report = validate_bytes(cut).unwrap_err();
        match Rejection::of_report(cut, &report) {
            Rejection::NotJson { line, column } => assert!(line > 1 && column >= 1, "{line}:{column}"),
            other => panic!("{other:?}"),
        }
    }

    /// A snapshot that parses but breaks a rule names the rule's JSON path.
    #[test]
    fn invalid_catalogue_file_names_the_json_path() {
        let text = std::str::from_utf8(BENESOV).unwrap();
        let bad = text.replacen("\"region_id\": \"benesov\"", "\"region_id\": \"\"", 1);
        assert_ne!(bad, text, "the fixture has meta.region_id");
        let report = validate_bytes(bad.as_bytes()).unwrap_err();
        match Rejection::of_report(bad.as_bytes(), &report) {
            Rejection::Invalid { path, .. } => assert!(path.starts_with("$."), "{path}"),
            other => panic!("{other:?}"),
        }
    }
}
