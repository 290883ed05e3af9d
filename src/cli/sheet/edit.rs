//! Scripted edits of a saved workbook's cells, the way a clerk edits them in a spreadsheet program: load
//! every sheet's cells, change, add or remove rows, save the cells again (values only, no formats or
//! drop-downs, as another program might save them). Used by the tests and by `examples/sheet_edit.rs`,
//! which the end-to-end test of the coordinator's path runs.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};
use rust_xlsxwriter::{Workbook, XlsxError};

/// Every sheet's name and cells, row 0 being the header row.
pub type Sheets = Vec<(String, Vec<Vec<Data>>)>;

/// Reads every sheet of a workbook.
pub fn load(path: &Path) -> Result<Sheets, calamine::Error> {
    let mut book = open_workbook_auto(path)?;
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name)?;
        out.push((name, range.rows().map(<[Data]>::to_vec).collect()));
    }
    Ok(out)
}

/// Writes the cells as a new workbook: text as text, numbers as numbers, booleans as booleans.
pub fn save(sheets: &Sheets, path: &Path) -> Result<(), XlsxError> {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(name)?;
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Data::String(t) => ws.write_string(r, c, t).map(drop)?,
                    Data::Float(f) => ws.write_number(r, c, *f).map(drop)?,
                    Data::Int(i) => ws.write_number(r, c, *i as f64).map(drop)?,
                    Data::Bool(b) => ws.write_boolean(r, c, *b).map(drop)?,
                    _ => {}
                }
            }
        }
    }
    book.save(path)
}

/// The cells of the sheet named `name`.
pub fn sheet<'a>(sheets: &'a mut Sheets, name: &str) -> Option<&'a mut Vec<Vec<Data>>> {
    sheets.iter_mut().find(|(n, _)| n == name).map(|(_, rows)| rows)
}

/// The index of the column headed `header`.
pub fn column(rows: &[Vec<Data>], header: &str) -> Option<usize> {
    rows.first()?.iter().position(|c| *c == Data::String(header.into()))
}

/// Sets the cell of row `row` (0 is the header) in the column headed `header`; false if there is none.
pub fn set(rows: &mut [Vec<Data>], row: usize, header: &str, value: Data) -> bool {
    let (Some(c), true) = (column(rows, header), row < rows.len()) else {
        return false;
    };
    if rows[row].len() <= c {
        rows[row].resize(c + 1, Data::Empty);
    }
    rows[row][c] = value;
    true
}
