//! `katalog search` (placeholder while the command is being written).

use super::CliError;
use std::path::Path;

pub fn run(
    _file: &Path,
    _query: &str,
    _obec: Option<&str>,
    _limit: usize,
    _json: bool,
) -> Result<(), CliError> {
    Err(CliError::usage("not yet implemented"))
}
