//! Edits a workbook written by `katalog export-sheet` the way a clerk would in a spreadsheet program, for
//! the end-to-end test of the coordinator's path (tests/e2e/sheet.spec.mjs). Operations, applied in order:
//! `set SHEET ROW HEADER VALUE` (ROW as the spreadsheet numbers it, or `last`) and `copy SHEET ROW` (a
//! copy of the row added at the end). Run: `cargo run --example sheet_edit -- IN.xlsx OUT.xlsx OP…`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), String> {
    use calamine::Data;
    use pruvodce::cli::sheet::edit;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output, ops @ ..] = args.as_slice() else {
        return Err(
            "usage: sheet_edit IN.xlsx OUT.xlsx (set SHEET ROW HEADER VALUE | copy SHEET ROW)…".into()
        );
    };
    let mut sheets = edit::load(input.as_ref()).map_err(|e| format!("{input}: {e}"))?;
    let mut rest = ops;
    while let [op, name, row, tail @ ..] = rest {
        let rows = edit::sheet(&mut sheets, name).ok_or(format!("no sheet {name}"))?;
        let index = match row.as_str() {
            "last" => rows.len().saturating_sub(1),
            n => n.parse::<usize>().map_err(|_| format!("bad row {n}"))? - 1,
        };
        rest = match (op.as_str(), tail) {
            ("set", [header, value, tail @ ..]) => {
                if !edit::set(rows, index, header, Data::String(value.clone())) {
                    return Err(format!("no cell {name} {row} {header}"));
                }
                tail
            }
            ("copy", tail) => {
                let copy = rows.get(index).cloned().ok_or(format!("no row {name} {row}"))?;
                rows.push(copy);
                tail
            }
            _ => return Err(format!("bad operation {op}")),
        };
    }
    if !rest.is_empty() {
        return Err(format!("incomplete operation {rest:?}"));
    }
    edit::save(&sheets, output.as_ref()).map_err(|e| format!("{output}: {e}"))
}

// The workbook code is native-only; for wasm32 (clippy --all-targets) this example is an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}
