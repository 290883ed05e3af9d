//! `katalog import-sheet katalog.xlsx [--base SNAPSHOT] -o NEW.json`: a workbook edited by the
//! coordinator back into a snapshot, validated by the same rules as `katalog check`, with every problem
//! said in Czech at its sheet, row and column. Nothing is written unless the whole workbook is valid;
//! the output is written to a temporary name and renamed, so an old file is never left half-replaced.
//! With `--base`, sheets missing from the workbook are taken from the base, and the changes against it
//! are summarised as `katalog diff` does.

use std::path::Path;

use super::check::read_valid;
use super::diff::{count_cs, summary_cs};
use super::sheet::book::{assemble, locate, open, read_grids};
use super::sheet::columns::SHEETS;
use super::sheet::read::SheetError;
use super::sheet::words::{error, place};
use super::CliError;
use crate::domain::diff::diff_snapshots;
use crate::domain::snapshot::Snapshot;
use crate::domain::validate::{validate_snapshot, Issue};

/// "tabulka má 1 chybu / 3 chyby / 5 chyb; nic nebylo zapsáno".
fn refused(n: usize) -> CliError {
    let word = match n {
        1 => "chybu",
        2..=4 => "chyby",
        _ => "chyb",
    };
    CliError::data(format!("tabulka má {n} {word}; nic nebylo zapsáno"))
}

fn fail(errors: &[SheetError]) -> CliError {
    for e in errors {
        eprintln!("chyba: {}", error(e));
    }
    refused(errors.len())
}

fn issue_cs(issue: &Issue, reads: &[super::sheet::read::Read]) -> String {
    match locate(&issue.path, reads) {
        Some(at) => format!("{}: {} ({})", place(&at), issue.message, issue.path),
        None => issue.to_string(),
    }
}

pub fn run(file: &Path, base: Option<&Path>, output: &Path) -> Result<(), CliError> {
    let base = base.map(read_valid).transpose()?.map(|(_, v)| v.snapshot);
    let (mut grids, _) = open(file).map_err(|e| fail(&[e]))?;
    let base_json = base.as_ref().map(|b| serde_json::to_value(b).unwrap_or_default());
    let mut missing = Vec::new();
    for (sheet, grid) in SHEETS.iter().zip(&mut grids) {
        if grid.is_none() && base.is_none() {
            missing.push(SheetError::MissingSheet(sheet.name));
        }
    }
    let (reads, mut errors, warnings) = read_grids(&grids);
    missing.append(&mut errors);
    if !missing.is_empty() {
        return Err(fail(&missing));
    }
    for w in &warnings {
        eprintln!("upozornění: {}", error(w));
    }
    let json = assemble(&reads, base_json.as_ref());
    let snapshot: Snapshot = serde_json::from_value(json)
        .map_err(|e| CliError::data(format!("chyba: list Katalog: {e}; nic nebylo zapsáno")))?;
    let report = validate_snapshot(&snapshot);
    for w in &report.warnings {
        eprintln!("upozornění: {}", issue_cs(w, &reads));
    }
    if !report.is_ok() {
        for e in &report.errors {
            eprintln!("chyba: {}", issue_cs(e, &reads));
        }
        return Err(refused(report.errors.len()));
    }
    let text = super::generate::to_json(&snapshot)?;
    let tmp = output.with_extension("json.tmp");
    std::fs::write(&tmp, text)
        .and_then(|_| std::fs::rename(&tmp, output))
        .map_err(|e| CliError::usage(format!("cannot write {}: {e}", output.display())))?;
    if let Some(base) = &base {
        print!("{}", summary_cs(&diff_snapshots(base, &snapshot)));
    }
    let services = count_cs(snapshot.services.len(), "služba", "služby", "služeb");
    println!("{}: {services} -> {}", file.display(), output.display());
    Ok(())
}
