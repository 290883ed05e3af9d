//! `katalog check FILE [--strict]`: validates a snapshot and prints every error and warning with its JSON
//! path; a valid snapshot is then read for consistency mistakes (`domain::consistency`), printed as
//! warnings in Czech. Errors exit 1; warnings exit 0, or 1 with `--strict`.

use std::path::Path;

use super::CliError;
use crate::domain::consistency;
use crate::domain::validate::{validate_bytes, Issue, Validated};

/// Reads a file given on the command line; failure is a usage error (exit 2) naming the file.
pub(crate) fn read_file(file: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(file).map_err(|e| CliError::usage(format!("cannot read {}: {e}", file.display())))
}

/// Reads and validates a snapshot for commands that only work on valid data (manifest, stats, search):
/// an invalid file is a data error (exit 1) that points to `katalog check`.
pub(crate) fn read_valid(file: &Path) -> Result<(Vec<u8>, Validated), CliError> {
    let bytes = read_file(file)?;
    let validated = validate_bytes(&bytes).map_err(|report| {
        CliError::data(format!(
            "{} is not a valid snapshot; run `katalog check` for details:\n{report}",
            file.display()
        ))
    })?;
    Ok((bytes, validated))
}

fn print(kind: &str, issues: &[Issue]) {
    for i in issues {
        println!("{kind}: {i}");
    }
}

pub fn run(file: &Path, strict: bool) -> Result<(), CliError> {
    let bytes = read_file(file)?;
    match validate_bytes(&bytes) {
        Ok(v) => {
            print("warning", &v.warnings);
            let findings = consistency::check(&v.snapshot);
            for f in &findings {
                println!("warning: {}", super::consistency::word(f));
            }
            let warnings = v.warnings.len() + findings.len();
            println!("{}: 0 errors, {warnings} warnings", file.display());
            if strict && warnings > 0 {
                return Err(CliError::data(format!("{}: {warnings} warnings (--strict)", file.display())));
            }
            Ok(())
        }
        Err(report) => {
            print("error", &report.errors);
            print("warning", &report.warnings);
            println!(
                "{}: {} errors, {} warnings",
                file.display(),
                report.errors.len(),
                report.warnings.len()
            );
            Err(CliError::data(format!("{} is not a valid snapshot", file.display())))
        }
    }
}
