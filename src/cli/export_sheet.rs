//! `katalog export-sheet SNAPSHOT -o katalog.xlsx`: a valid snapshot as a workbook for the coordinator
//! (see `sheet`). The workbook is checked by reading its cells back before it is written, so it always
//! imports to the same snapshot.

use std::path::Path;

use super::check::read_valid;
use super::sheet::book::{render_all, self_check};
use super::sheet::write::workbook;
use super::CliError;

pub fn run(file: &Path, output: &Path) -> Result<(), CliError> {
    let (_, valid) = read_valid(file)?;
    let rendered = render_all(&valid.snapshot);
    self_check(&valid.snapshot, &rendered).map_err(|at| {
        CliError::data(format!("the spreadsheet mapping has no column for {at} (a bug in src/cli/sheet/columns.rs); nothing written"))
    })?;
    let bytes = workbook(&rendered).map_err(|e| CliError::data(format!("cannot build the workbook: {e}")))?;
    std::fs::write(output, bytes)
        .map_err(|e| CliError::usage(format!("cannot write {}: {e}", output.display())))?;
    let count: usize = rendered.iter().filter(|r| !r.sheet.path.is_empty()).map(|r| r.rows.len()).sum();
    println!("{}: {} records in {} sheets -> {}", file.display(), count, rendered.len(), output.display());
    Ok(())
}
