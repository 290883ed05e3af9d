//! `katalog import-rpss`: one district from the MPSV registry open data into a snapshot. Streams the
//! registry file, uses today's system date to drop ended services, validates the result with the same
//! rules as `katalog check` and only then writes it. Warnings go to stderr, a summary to stdout. With
//! `--merge CURRENT.json` the import is merged into the coordinator's catalogue (`import_merge`).

use std::path::Path;

use super::check::read_file;
use super::CliError;
use crate::import::rpss::{import_rpss, CodeLists, OfficesFile, RpssOptions};
use crate::import::{today, ImportError};

pub(crate) fn from_import(e: ImportError) -> CliError {
    if e.usage {
        CliError::usage(e.message)
    } else {
        CliError::data(e.message)
    }
}

/// Validates the snapshot, refusing to write one that `katalog check` would reject, then writes it.
pub(crate) fn write_valid(
    snapshot: &crate::domain::snapshot::Snapshot,
    output: &Path,
) -> Result<(), CliError> {
    let report = crate::domain::validate::validate_snapshot(snapshot);
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    if !report.is_ok() {
        for e in &report.errors {
            eprintln!("error: {e}");
        }
        return Err(CliError::data(format!(
            "the imported snapshot has {} validation errors; nothing written",
            report.errors.len()
        )));
    }
    let json = super::generate::to_json(snapshot)?;
    // Temporary file and rename: `-o` may name the catalogue being merged, which must never be half-written.
    super::publish_fs::publish_file(output, json.as_bytes(), false)
}

pub fn run(
    rpss: &Path,
    codelists: &Path,
    okres: &str,
    region_name: Option<&str>,
    offices: Option<&Path>,
    merge: Option<&Path>,
    output: &Path,
) -> Result<(), CliError> {
    // The current catalogue is read first: a broken one stops the run before the long registry stream.
    let current = merge.map(super::check::read_valid).transpose()?.map(|(_, v)| v.snapshot);
    if !codelists.is_dir() {
        return Err(CliError::usage(format!("--codelists {} is not a directory", codelists.display())));
    }
    let lists = CodeLists::load_dir(codelists).map_err(from_import)?;
    let offices = match offices {
        Some(p) => Some(OfficesFile::parse(&read_file(p)?, &p.display().to_string()).map_err(from_import)?),
        None => None,
    };
    let file = std::fs::File::open(rpss)
        .map_err(|e| CliError::usage(format!("cannot read {}: {e}", rpss.display())))?;
    let opts = RpssOptions {
        okres: okres.to_string(),
        region_name: region_name.map(str::to_string),
        today: today(),
        offices,
    };
    let out = import_rpss(file, &rpss.display().to_string(), &lists, &opts).map_err(from_import)?;
    for w in &out.warnings {
        eprintln!("warning: {w}");
    }
    if let Some(current) = current {
        return super::import_merge::write_merged(&current, &out, output);
    }
    write_valid(&out.snapshot, output)?;
    let s = &out.stats;
    println!(
        "{}: {} items read, {} services imported ({} ended, {} in other districts, {} duplicate facilities merged, {} repeated services skipped) -> {}",
        rpss.display(),
        s.items,
        s.imported,
        s.ended,
        s.other_okres,
        s.duplicate_facilities,
        s.duplicate_services,
        output.display()
    );
    Ok(())
}
