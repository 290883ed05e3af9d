//! `katalog schema [-o FILE]`: the JSON Schemas of the snapshot and the manifest, generated from the Rust
//! types with schemars so they can never drift from what the app actually reads.

use std::path::Path;

use super::CliError;
use crate::domain::snapshot::{Manifest, Snapshot};

/// The snapshot schema as pretty JSON with a trailing newline (the committed file's exact bytes).
pub fn snapshot_schema_json() -> String {
    let mut s = serde_json::to_string_pretty(&schemars::schema_for!(Snapshot)).unwrap_or_default();
    s.push('\n');
    s
}

/// The manifest schema, same format.
pub fn manifest_schema_json() -> String {
    let mut s = serde_json::to_string_pretty(&schemars::schema_for!(Manifest)).unwrap_or_default();
    s.push('\n');
    s
}

pub fn run(output: Option<&Path>, manifest: bool) -> Result<(), CliError> {
    let json = if manifest { manifest_schema_json() } else { snapshot_schema_json() };
    match output {
        None => {
            print!("{json}");
            Ok(())
        }
        Some(path) => std::fs::write(path, json)
            .map_err(|e| CliError::usage(format!("cannot write {}: {e}", path.display()))),
    }
}
