//! `katalog generate` (placeholder while the command is being written).

use super::CliError;
use std::path::Path;

pub fn run(_services: usize, _seed: u64, _output: &Path) -> Result<(), CliError> {
    Err(CliError::usage("not yet implemented"))
}
