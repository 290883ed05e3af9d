//! The spreadsheet round trip of a catalogue (`katalog export-sheet` / `import-sheet`), because a
//! spreadsheet is what a district's coordinator edits. `columns` is the one table mapping collections to
//! sheets and fields to Czech column headers; `codes` the code lists behind the drop-downs; `cell` reads
//! and writes single cells; `read` turns sheets into records; `book` the workbook as a whole; `write`
//! lays it out with `rust_xlsxwriter`; `words` says every problem in Czech; `hours` the opening-hours cells; `edit` changes a saved
//! workbook's cells from code, for tests. Validation is the domain's
//! (`domain::validate`), only its paths are turned into sheet, row and column here.

pub mod book;
pub mod cell;
pub mod codes;
pub mod columns;
pub mod edit;
pub mod hours;
pub mod path;
pub mod read;
pub mod words;
pub mod write;

#[cfg(test)]
mod tests;
