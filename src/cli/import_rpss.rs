//! `katalog import-rpss` (placeholder while the command is being written).

use super::CliError;
use std::path::Path;

pub fn run(
    _rpss: &Path,
    _codelists: &Path,
    _okres: &str,
    _region_name: Option<&str>,
    _output: &Path,
) -> Result<(), CliError> {
    Err(CliError::usage("not yet implemented"))
}
