//! `katalog check FILE`: validates a snapshot and prints every error and warning with its JSON path.

use std::path::Path;

use super::CliError;
use crate::domain::validate::{validate_bytes, Issue};

/// Reads a file given on the command line; failure is a usage error (exit 2) naming the file.
pub(crate) fn read_file(file: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(file).map_err(|e| CliError::usage(format!("cannot read {}: {e}", file.display())))
}

fn print(kind: &str, issues: &[Issue]) {
    for i in issues {
        println!("{kind}: {i}");
    }
}

pub fn run(file: &Path) -> Result<(), CliError> {
    let bytes = read_file(file)?;
    match validate_bytes(&bytes) {
        Ok(v) => {
            print("warning", &v.warnings);
            println!("{}: 0 errors, {} warnings", file.display(), v.warnings.len());
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
