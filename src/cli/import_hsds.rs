//! `katalog import-hsds FILE -o OUT`: Open Referral HSDS 3.0 JSON (one organization, an array of
//! organizations, or a paginated `contents` page) into a snapshot, validated before it is written.

use std::path::Path;

use super::check::read_file;
use super::import_rpss::{from_import, write_valid};
use super::CliError;
use crate::import::hsds::import_hsds;
use crate::import::today;

pub fn run(file: &Path, output: &Path) -> Result<(), CliError> {
    let bytes = read_file(file)?;
    let out = import_hsds(&bytes, &file.display().to_string(), today()).map_err(from_import)?;
    for w in &out.warnings {
        eprintln!("warning: {w}");
    }
    write_valid(&out.snapshot, output)?;
    println!(
        "{}: {} providers, {} services imported ({} inactive skipped) -> {}",
        file.display(),
        out.snapshot.providers.len(),
        out.snapshot.services.len(),
        out.skipped_inactive,
        output.display()
    );
    Ok(())
}
