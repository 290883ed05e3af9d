//! Writing the workbook with `rust_xlsxwriter`: Czech headers in a frozen, filterable first row, column
//! widths that fit their content, text columns formatted as text (so a typed phone or date stays as
//! typed), and drop-down lists for coded and yes/no columns, fed from the "Číselníky" sheet.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, Format, Formula, Workbook, Worksheet, XlsxError,
};

use super::book::Rendered;
use super::cell::Cell;
use super::codes::Codes;
use super::columns::{Column, Kind, CODES_SHEET};

/// Rows below the data that still get drop-downs, for records the clerk adds.
const SPARE_ROWS: u32 = 1000;

fn width(texts: impl Iterator<Item = usize>) -> f64 {
    texts.max().unwrap_or(8).clamp(8, 50) as f64 + 2.0
}

fn cell_len(c: &Cell) -> usize {
    match c {
        Cell::Empty => 0,
        Cell::Text(t) => t.lines().map(|l| l.chars().count()).max().unwrap_or(0),
        Cell::Number(n) => n.to_string().len(),
    }
}

fn write_cell(ws: &mut Worksheet, row: u32, col: u16, cell: &Cell) -> Result<(), XlsxError> {
    match cell {
        Cell::Empty => {}
        Cell::Text(t) => {
            ws.write_string(row, col, t)?;
        }
        Cell::Number(n) => {
            ws.write_number(row, col, *n)?;
        }
    }
    Ok(())
}

/// The drop-down for a column, if it has one.
fn validation(kind: Kind) -> Result<Option<DataValidation>, XlsxError> {
    let list = |codes: Codes| {
        let i = Codes::ALL.iter().position(|c| *c == codes).unwrap_or(0);
        let letter = (b'A' + i as u8) as char;
        let n = codes.entries().len() + 1;
        DataValidation::new()
            .allow_list_formula(Formula::new(format!("='{CODES_SHEET}'!${letter}$2:${letter}${n}")))
    };
    let v = match kind {
        Kind::Code(codes) => list(codes),
        Kind::ServiceType => list(Codes::ServiceType),
        // A drop-down offers one value; several are typed, separated by ";", so typing is allowed.
        Kind::CodeList(codes) => list(codes)
            .set_error_style(DataValidationErrorStyle::Information)
            .set_input_message("Více hodnot oddělte středníkem (;). Seznam hodnot je na listu Číselníky.")?,
        Kind::Bool | Kind::Flag => DataValidation::new().allow_list_strings(&["ano", "ne"])?,
        _ => return Ok(None),
    };
    Ok(Some(v.set_error_title("Hodnota není v seznamu")?))
}

fn is_text(kind: Kind) -> bool {
    !matches!(kind, Kind::Int | Kind::Float)
}

fn records_sheet(ws: &mut Worksheet, r: &Rendered, header: &Format, text: &Format) -> Result<(), XlsxError> {
    let last = r.rows.len() as u32 + SPARE_ROWS;
    for (i, col) in r.sheet.columns.iter().enumerate() {
        let c = i as u16;
        if is_text(col.kind) {
            ws.set_column_format(c, text)?;
        }
        ws.write_string_with_format(0, c, col.header, header)?;
        let lens = r.rows.iter().map(|row| row.get(i).map_or(0, cell_len));
        ws.set_column_width(c, width(lens.chain([col.header.chars().count()])))?;
        if let Some(v) = validation(col.kind)? {
            ws.add_data_validation(1, c, last, c, &v)?;
        }
    }
    for (n, row) in r.rows.iter().enumerate() {
        for (i, cell) in row.iter().enumerate() {
            write_cell(ws, n as u32 + 1, i as u16, cell)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, r.rows.len() as u32, r.sheet.columns.len().saturating_sub(1) as u16)?;
    Ok(())
}

/// The "Katalog" sheet: one row per field of the snapshot itself.
fn transposed_sheet(
    ws: &mut Worksheet,
    r: &Rendered,
    header: &Format,
    text: &Format,
) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, "Položka", header)?;
    ws.write_string_with_format(0, 1, "Hodnota", header)?;
    ws.set_column_format(1, text)?;
    let values = r.rows.first().map(Vec::as_slice).unwrap_or_default();
    let columns: &[Column] = r.sheet.columns;
    for (i, col) in columns.iter().enumerate() {
        let row = i as u32 + 1;
        ws.write_string_with_format(row, 0, col.header, header)?;
        if let Some(cell) = values.get(i) {
            write_cell(ws, row, 1, cell)?;
        }
        if let Some(v) = validation(col.kind)? {
            ws.add_data_validation(row, 1, row, 1, &v)?;
        }
    }
    ws.set_column_width(0, 24)?;
    ws.set_column_width(1, width(values.iter().map(cell_len)))?;
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

fn codes_sheet(ws: &mut Worksheet, header: &Format) -> Result<(), XlsxError> {
    for (i, codes) in Codes::ALL.iter().enumerate() {
        let c = i as u16;
        ws.write_string_with_format(0, c, codes.title(), header)?;
        let entries = codes.entries();
        for (n, (label, _)) in entries.iter().enumerate() {
            ws.write_string(n as u32 + 1, c, label)?;
        }
        ws.set_column_width(c, width(entries.iter().map(|(l, _)| l.chars().count())))?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The whole workbook as xlsx bytes.
pub fn workbook(sheets: &[Rendered]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let header = Format::new().set_bold().set_background_color(Color::RGB(0xDDEBF7)).set_text_wrap();
    let text = Format::new().set_num_format("@");
    for r in sheets {
        let ws = book.add_worksheet();
        ws.set_name(r.sheet.name)?;
        if r.sheet.path.is_empty() {
            transposed_sheet(ws, r, &header, &text)?;
        } else {
            records_sheet(ws, r, &header, &text)?;
        }
        if r.sheet.path == "services" {
            ws.set_active(true);
        }
    }
    let ws = book.add_worksheet();
    ws.set_name(CODES_SHEET)?;
    codes_sheet(ws, &header)?;
    book.save_to_buffer()
}
