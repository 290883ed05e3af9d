//! The workbook as a whole: a snapshot into rendered sheets, a saved workbook (xlsx, ods, xls) into
//! grids, grids into a snapshot, and a validator's JSON path back to the sheet, row and column the clerk
//! sees. The export checks itself by reading its own cells back: a field without a column is refused.

use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};
use serde_json::Value;

use super::cell::{render, Cell};
use super::columns::{Kind, Sheet, SHEETS};
use super::path::{get, set, split_issue_path};
use super::read::{read, At, Grid, Read, SheetError};
use crate::domain::snapshot::Snapshot;

/// One sheet's cells for export: the header row, then one row per record.
pub struct Rendered {
    pub sheet: &'static Sheet,
    pub rows: Vec<Vec<Cell>>,
}

fn records<'a>(root: &'a Value, sheet: &Sheet) -> Vec<&'a Value> {
    match sheet.path {
        "" => vec![root],
        path => get(root, path).and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default(),
    }
}

/// Every sheet's cells. The transposed "Katalog" sheet is rendered as records too (one record), and
/// laid out as rows by the writer.
pub fn render_all(snapshot: &Snapshot) -> Vec<Rendered> {
    let root = serde_json::to_value(snapshot).unwrap_or(Value::Null);
    SHEETS
        .iter()
        .map(|sheet| {
            let rows = records(&root, sheet)
                .into_iter()
                .map(|rec| sheet.columns.iter().map(|c| render(c, rec)).collect())
                .collect();
            Rendered { sheet, rows }
        })
        .collect()
}

/// The grid a spreadsheet program would give back for rendered cells.
fn to_grid(r: &Rendered) -> Grid {
    let data = |c: &Cell| match c {
        Cell::Empty => Data::Empty,
        Cell::Text(t) => Data::String(t.clone()),
        Cell::Number(n) => Data::Float(*n),
    };
    let headers = r.sheet.columns.iter().map(|c| Data::String(c.header.into()));
    if r.sheet.path.is_empty() {
        let values = r.rows.first().cloned().unwrap_or_default();
        let rows = headers.zip(values.iter()).map(|(h, v)| vec![h, data(v)]);
        let head = vec![Data::String("Položka".into()), Data::String("Hodnota".into())];
        return Grid { first_row: 1, rows: std::iter::once(head).chain(rows).collect() };
    }
    let body = r.rows.iter().map(|row| row.iter().map(data).collect());
    Grid { first_row: 1, rows: std::iter::once(headers.collect()).chain(body).collect() }
}

/// Reads the export's own cells back; `Err` names the first JSON path that would be lost or changed.
pub fn self_check(snapshot: &Snapshot, rendered: &[Rendered]) -> Result<(), String> {
    let grids: Vec<Option<Grid>> = rendered.iter().map(|r| Some(to_grid(r))).collect();
    let (reads, errors, _) = read_grids(&grids);
    if let Some(e) = errors.first() {
        return Err(format!("{e:?}"));
    }
    let back = assemble(&reads, None);
    let original = serde_json::to_value(snapshot).unwrap_or(Value::Null);
    let typed = serde_json::from_value::<Snapshot>(back).map_err(|e| e.to_string())?;
    let again = serde_json::to_value(&typed).unwrap_or(Value::Null);
    first_difference(&original, &again, "$").map_or(Ok(()), Err)
}

fn first_difference(a: &Value, b: &Value, at: &str) -> Option<String> {
    match (a, b) {
        _ if a == b => None,
        (Value::Object(x), Value::Object(y)) => {
            let keys = x.keys().chain(y.keys());
            keys.filter_map(|k| {
                first_difference(&x[k], y.get(k).unwrap_or(&Value::Null), &format!("{at}.{k}"))
            })
            .next()
            .or_else(|| Some(at.to_string()))
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (p, q))| first_difference(p, q, &format!("{at}[{i}]")))
        }
        _ => Some(at.to_string()),
    }
}

/// Opens a saved workbook and takes each known sheet's grid; `None` for a sheet it does not have.
pub fn open(path: &Path) -> Result<(Vec<Option<Grid>>, Vec<String>), SheetError> {
    let mut book = open_workbook_auto(path).map_err(|e| SheetError::NotWorkbook(e.to_string()))?;
    let names = book.sheet_names();
    let mut grids = Vec::new();
    for sheet in SHEETS {
        let grid = match names.iter().find(|n| n.trim() == sheet.name) {
            Some(name) => {
                let range = book.worksheet_range(name).map_err(|e| SheetError::NotWorkbook(e.to_string()))?;
                let first_row = range.start().map_or(1, |(r, _)| r + 1);
                Some(Grid { first_row, rows: range.rows().map(<[Data]>::to_vec).collect() })
            }
            None => None,
        };
        grids.push(grid);
    }
    Ok((grids, names))
}

/// Reads every sheet present (in `SHEETS` order); a missing sheet is an error unless `base` fills it.
pub fn read_grids(grids: &[Option<Grid>]) -> (Vec<Read>, Vec<SheetError>, Vec<SheetError>) {
    let (mut reads, mut errors, mut warnings) = (Vec::new(), Vec::new(), Vec::new());
    for (sheet, grid) in SHEETS.iter().zip(grids) {
        if let Some(grid) = grid {
            reads.push(read(sheet, grid, &mut errors, &mut warnings));
        }
    }
    (reads, errors, warnings)
}

/// The snapshot's JSON from the sheets read; a sheet not read is taken from `base` when given.
pub fn assemble(reads: &[Read], base: Option<&Value>) -> Value {
    let mut root = base.cloned().unwrap_or(Value::Null);
    for read in reads {
        match read.sheet.path {
            "" => {
                // The meta's sources come from their own sheet (or the base), read after this one.
                let sources = get(&root, "meta.sources").cloned();
                if let Some(Value::Object(rec)) = read.records.first() {
                    for (key, value) in rec {
                        set(&mut root, key, value.clone());
                    }
                }
                if let Some(s) = sources {
                    set(&mut root, "meta.sources", s);
                }
            }
            path => set(&mut root, path, Value::Array(read.records.clone())),
        }
    }
    root
}

/// The sheet, row and column of a validator's JSON path.
pub fn locate(path: &str, reads: &[Read]) -> Option<At> {
    let (list, index, field) = split_issue_path(path)
        .filter(|(list, ..)| list != "meta")
        .unwrap_or_else(|| (String::new(), 0, path.trim_start_matches("$.").to_string()));
    let read = reads.iter().find(|r| r.sheet.path == list)?;
    let matches = |p: &str| field == p || field.starts_with(&format!("{p}."));
    let column = read
        .sheet
        .columns
        .iter()
        .filter(|c| matches(c.path) || (c.kind == Kind::ServiceType && matches("category")))
        .max_by_key(|c| c.path.len());
    let row = match list.as_str() {
        "" => column.and_then(|c| read.field_rows.iter().find(|(p, _)| *p == c.path)).map_or(1, |(_, r)| *r),
        _ => *read.rows.get(index)?,
    };
    let column = column.map(|c| if list.is_empty() { "Hodnota" } else { c.header });
    Some(At { sheet: read.sheet.name, row, column })
}
