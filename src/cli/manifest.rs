//! `katalog manifest` (placeholder while the command is being written).

use super::CliError;
use std::path::Path;

pub fn run(_file: &Path, _url: Option<&str>) -> Result<(), CliError> {
    Err(CliError::usage("not yet implemented"))
}
