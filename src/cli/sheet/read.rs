//! Sheet grids into snapshot records: matches columns by their header (so reordered or extra columns
//! are fine), skips empty rows (LibreOffice and Excel keep formatted empty rows at the end), reads each
//! cell (`cell`), checks each record against its model type, and remembers the spreadsheet row of every
//! record so that later errors, even the validator's, can name the row the clerk sees.

use calamine::Data;
use serde_json::{Map, Value};

use super::cell::{cell_text, parse, Problem, Put};
use super::codes::normalise;
use super::columns::{Column, Sheet};
use super::path::{get, set};

/// A sheet's cells as read: row 0 is the header row.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    /// The spreadsheet's 1-based number of the grid's first row.
    pub first_row: u32,
    pub rows: Vec<Vec<Data>>,
}

/// Where a problem is, as the clerk sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct At {
    pub sheet: &'static str,
    pub row: u32,
    pub column: Option<&'static str>,
}

/// Everything that can be wrong with a workbook; `words` says it in Czech.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetError {
    NotWorkbook(String),
    MissingSheet(&'static str),
    MissingColumn {
        sheet: &'static str,
        header: &'static str,
    },
    DuplicateColumn {
        sheet: &'static str,
        header: &'static str,
    },
    UnknownColumn {
        sheet: &'static str,
        header: String,
    },
    Cell {
        at: At,
        problem: Problem,
    },
    /// A record the model or the validator rejects, with the reason as the model states it.
    Record {
        at: At,
        detail: String,
    },
}

/// The records read from one sheet, each with its spreadsheet row.
pub struct Read {
    pub sheet: &'static Sheet,
    pub rows: Vec<u32>,
    pub records: Vec<Value>,
    /// For the transposed "Katalog" sheet: the row of each field's column.
    pub field_rows: Vec<(&'static str, u32)>,
}

fn header_index(
    sheet: &'static Sheet,
    headers: &[String],
    errors: &mut Vec<SheetError>,
) -> Vec<Option<usize>> {
    let mut found = Vec::new();
    for col in sheet.columns {
        let hits: Vec<usize> = (0..headers.len()).filter(|&i| headers[i] == normalise(col.header)).collect();
        if hits.len() > 1 {
            errors.push(SheetError::DuplicateColumn { sheet: sheet.name, header: col.header });
        }
        if hits.is_empty() && col.required {
            errors.push(SheetError::MissingColumn { sheet: sheet.name, header: col.header });
        }
        found.push(hits.first().copied());
    }
    found
}

fn texts(row: &[Data]) -> Vec<String> {
    row.iter().map(|c| cell_text(c).ok().flatten().map(|t| normalise(&t)).unwrap_or_default()).collect()
}

/// Builds one record from its cells, collecting every cell problem; `None` when a cell was unreadable.
fn record(
    cells: &[(&'static Column, &Data, At)],
    sheet: &'static Sheet,
    errors: &mut Vec<SheetError>,
) -> Option<Value> {
    let mut rec = Value::Object(Map::new());
    let before = errors.len();
    for (col, cell, at) in cells {
        match parse(col, cell) {
            Ok(Put::Nothing) => {}
            Ok(Put::Here(v)) => set(&mut rec, col.path, v),
            Ok(Put::Field(f, v)) => set(&mut rec, f, v),
            Ok(Put::Append(items)) => {
                let mut list = get(&rec, col.path).and_then(Value::as_array).cloned().unwrap_or_default();
                list.extend(items);
                set(&mut rec, col.path, Value::Array(list));
            }
            Err(problem) => errors.push(SheetError::Cell { at: at.clone(), problem }),
        }
    }
    if errors.len() > before {
        return None;
    }
    if let Err(detail) = (sheet.check)(&rec) {
        let at = cells.first().map(|(_, _, at)| At { column: column_named(sheet, &detail), ..at.clone() });
        let at = at.unwrap_or(At { sheet: sheet.name, row: 0, column: None });
        errors.push(SheetError::Record { at, detail });
        return None;
    }
    Some(rec)
}

/// serde names a missing or unknown field by its JSON name: the column that holds that field.
fn column_named(sheet: &Sheet, detail: &str) -> Option<&'static str> {
    let name = detail.split('`').nth(1)?;
    sheet.columns.iter().find(|c| c.path.rsplit('.').next() == Some(name)).map(|c| c.header)
}

/// Reads a sheet of records (one per row) or, for a sheet with an empty path, the transposed one.
pub fn read(
    sheet: &'static Sheet,
    grid: &Grid,
    errors: &mut Vec<SheetError>,
    warnings: &mut Vec<SheetError>,
) -> Read {
    let mut out = Read { sheet, rows: Vec::new(), records: Vec::new(), field_rows: Vec::new() };
    let empty = Vec::new();
    let header_row = grid.rows.first().unwrap_or(&empty);
    if sheet.path.is_empty() {
        return read_transposed(sheet, grid, errors, out);
    }
    let headers = texts(header_row);
    let index = header_index(sheet, &headers, errors);
    for (i, h) in headers.iter().enumerate() {
        if !h.is_empty() && !index.contains(&Some(i)) {
            let header = cell_text(&header_row[i]).ok().flatten().unwrap_or_default();
            warnings.push(SheetError::UnknownColumn { sheet: sheet.name, header });
        }
    }
    for (n, row) in grid.rows.iter().enumerate().skip(1) {
        if row.iter().all(|c| matches!(cell_text(c), Ok(None))) {
            continue;
        }
        let number = grid.first_row + n as u32;
        let cells: Vec<_> = sheet
            .columns
            .iter()
            .zip(&index)
            .map(|(col, i)| {
                let cell = i.and_then(|i| row.get(i)).unwrap_or(&Data::Empty);
                (col, cell, At { sheet: sheet.name, row: number, column: Some(col.header) })
            })
            .collect();
        if let Some(rec) = record(&cells, sheet, errors) {
            out.rows.push(number);
            out.records.push(rec);
        }
    }
    out
}

/// The "Katalog" sheet: one row per field, its header in column A and its value in column B.
fn read_transposed(sheet: &'static Sheet, grid: &Grid, errors: &mut Vec<SheetError>, mut out: Read) -> Read {
    let labels: Vec<String> = grid
        .rows
        .iter()
        .map(|r| {
            r.first().and_then(|c| cell_text(c).ok().flatten()).map(|t| normalise(&t)).unwrap_or_default()
        })
        .collect();
    let mut cells = Vec::new();
    for col in sheet.columns {
        let Some(n) = labels.iter().position(|l| *l == normalise(col.header)) else {
            if col.required {
                errors.push(SheetError::MissingColumn { sheet: sheet.name, header: col.header });
            }
            continue;
        };
        let number = grid.first_row + n as u32;
        out.field_rows.push((col.path, number));
        let cell = grid.rows[n].get(1).unwrap_or(&Data::Empty);
        cells.push((col, cell, At { sheet: sheet.name, row: number, column: Some("Hodnota") }));
    }
    if let Some(rec) = record(&cells, sheet, errors) {
        out.rows.push(grid.first_row);
        out.records.push(rec);
    }
    out
}
