//! `katalog export-sheet` / `import-sheet` end to end (issue 12 §3): the round trip of both demo
//! catalogues is byte-identical, rows edited, added and deleted in the sheet show in `katalog diff`, what
//! LibreOffice and Excel save (numbers typed as numbers, reordered columns, empty trailing rows, no
//! formatting) is accepted, and a bad workbook is refused in Czech at its sheet, row and column with the
//! output left untouched. The sheets are edited with calamine and rust_xlsxwriter, as a clerk would with
//! a spreadsheet program.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Output;

use calamine::Data;
use pruvodce::cli::sheet::edit::{self, Sheets};
use pruvodce::domain::snapshot::Snapshot;

mod support;
use support::{katalog, text, BENESOV, BLANSKO};

fn dir(name: &str) -> PathBuf {
    support::dir("sheet", name)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// How `katalog` writes a snapshot (pretty JSON, model field order, final newline).
fn canonical(file: &str) -> String {
    let snap: Snapshot = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    pruvodce::cli::generate::to_json(&snap).unwrap()
}

fn export(file: &str, d: &Path) -> PathBuf {
    let out = d.join("katalog.xlsx");
    let o = katalog(&["export-sheet", file, "-o", s(&out)]);
    assert!(o.status.success(), "{}", text(&o));
    out
}

fn import(xlsx: &Path, out: &Path) -> Output {
    katalog(&["import-sheet", s(xlsx), "-o", s(out)])
}

fn load(path: &Path) -> Sheets {
    edit::load(path).unwrap()
}

fn save(sheets: &Sheets, path: &Path) {
    edit::save(sheets, path).unwrap()
}

fn sheet<'a>(sheets: &'a mut Sheets, name: &str) -> &'a mut Vec<Vec<Data>> {
    edit::sheet(sheets, name).unwrap()
}

fn col(rows: &[Vec<Data>], header: &str) -> usize {
    edit::column(rows, header).unwrap()
}

fn set(rows: &mut [Vec<Data>], row: usize, header: &str, value: Data) {
    assert!(edit::set(rows, row, header, value), "no cell {row} {header}");
}

/// The registry merge's fixture catalogue: ages and the registry's start and end dates (issue 12 §2)
/// must survive the sheet too.
const REGISTRY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rpss/current.json");

#[test]
fn round_trip_of_both_demos_is_byte_identical() {
    // The demo files are kept in katalog's own serialisation, so the round trip gives back the very
    // bytes of the file the coordinator started from.
    for (name, file) in [("benesov", BENESOV), ("blansko", BLANSKO)] {
        assert_eq!(std::fs::read_to_string(file).unwrap(), canonical(file), "{name}: not in katalog's form");
    }
    for (name, file) in [("benesov", BENESOV), ("blansko", BLANSKO), ("registry", REGISTRY)] {
        let d = dir(&format!("round-{name}"));
        let xlsx = export(file, &d);
        let out = d.join("new.json");
        let o = import(&xlsx, &out);
        assert!(o.status.success(), "{name}: {}", text(&o));
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            canonical(file),
            "{name}: export + import changed bytes"
        );
        // Saved again by another program, cells only: still the same catalogue.
        let resaved = d.join("resaved.xlsx");
        save(&load(&xlsx), &resaved);
        let o = import(&resaved, &out);
        assert!(o.status.success(), "{name} resaved: {}", text(&o));
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            canonical(file),
            "{name}: resaved workbook differs"
        );
    }
}

#[test]
fn edited_added_and_deleted_rows_show_in_diff() {
    let d = dir("diff");
    let xlsx = export(BENESOV, &d);
    let mut sheets = load(&xlsx);
    let services = sheet(&mut sheets, "Služby");
    set(services, 1, "Název", Data::String("Pečovatelská služba města Benešov – upraveno".into()));
    let mut added = services[2].clone();
    let id = col(services, "Id");
    let removed = services[3][id].clone();
    added[id] = Data::String("nova-sluzba-z-tabulky".into());
    services.remove(3);
    services.push(added);
    let edited = d.join("edited.xlsx");
    save(&sheets, &edited);
    let out = d.join("new.json");
    let o = katalog(&["import-sheet", s(&edited), "--base", BENESOV, "-o", s(&out)]);
    assert!(o.status.success(), "{}", text(&o));
    let o = katalog(&["diff", BENESOV, s(&out), "--json"]);
    let diff: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let svc = &diff["services"];
    assert_eq!(svc["added"], serde_json::json!(["nova-sluzba-z-tabulky"]));
    assert_eq!(svc["removed"], serde_json::json!([removed.to_string()]));
    assert_eq!(
        svc["changed"],
        serde_json::json!([{"id": "pecovatelska-sluzba-benesov", "fields": ["name"]}])
    );
    assert_eq!(diff["providers"]["changed"], serde_json::json!([]));
}

/// Numbers typed as numbers: a phone, an IČO that lost its leading zeros, a capacity as 12.0, an age as
/// text "65"; and the columns reordered with empty rows left at the end.
#[test]
fn numbers_typed_as_numbers_reordered_columns_and_empty_rows_are_accepted() {
    let d = dir("numbers");
    let xlsx = export(BENESOV, &d);
    let mut sheets = load(&xlsx);
    let providers = sheet(&mut sheets, "Poskytovatelé");
    set(providers, 1, "Telefon", Data::Float(999_200_300.0));
    set(providers, 1, "IČO", Data::Float(241_237.0));
    let services = sheet(&mut sheets, "Služby");
    set(services, 1, "Kapacita", Data::String("12.0".into()));
    set(services, 2, "Kapacita", Data::Float(12.0));
    set(services, 1, "Věk od", Data::String("65".into()));
    for row in services.iter_mut() {
        row.reverse();
    }
    services.push(vec![Data::Empty; 5]);
    services.push(vec![Data::String("  ".into())]);
    let edited = d.join("edited.xlsx");
    save(&sheets, &edited);
    let out = d.join("new.json");
    let o = import(&edited, &out);
    assert!(o.status.success(), "{}", text(&o));
    let snap: Snapshot = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(snap.providers[0].contacts.phones[0].number, "999200300");
    assert_eq!(snap.providers[0].ico.as_deref(), Some("00241237"));
    assert_eq!(snap.services[0].capacity[0].count, 12);
    assert_eq!(snap.services[1].capacity[0].count, 12);
    assert_eq!(snap.services[0].age.and_then(|a| a.min), Some(65));
    assert_eq!(snap.services.len(), 61);
}

/// The Benešov demo exported, its cells changed by `change`, saved as another program would.
fn edited(d: &Path, change: impl FnOnce(&mut Sheets)) -> PathBuf {
    let mut sheets = load(&export(BENESOV, d));
    change(&mut sheets);
    let path = d.join("edited.xlsx");
    save(&sheets, &path);
    path
}

/// A refused workbook: exit 1, every problem in Czech, and the output file as it was.
fn refused(xlsx: &Path, d: &Path) -> String {
    let out = d.join("new.json");
    std::fs::write(&out, "previous").unwrap();
    let o = import(xlsx, &out);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "previous", "output touched");
    text(&o)
}

#[test]
fn bad_value_in_coded_column_names_sheet_row_and_column() {
    let d = dir("bad-code");
    let edited = edited(&d, |sheets| {
        let services = sheet(sheets, "Služby");
        set(services, 13, "Formy", Data::String("terénní; nevím".into()));
        set(services, 4, "Úhrada", Data::String("za babku".into()));
    });
    let msg = refused(&edited, &d);
    assert!(msg.contains("list Služby, řádek 14, sloupec Formy: „nevím“ není v číselníku „Forma“"), "{msg}");
    assert!(msg.contains("list Služby, řádek 5, sloupec Úhrada: „za babku“"), "{msg}");
}

/// Issue 14: the hours cell is read back into structure ("Po–Pá 7:00–15:30; So 8:00–12:00", holidays
/// in words); a cell that is not a week is refused in Czech, naming sheet, row and column.
#[test]
fn hours_cells_are_read_and_a_bad_one_is_named() {
    let d = dir("hours");
    let good = edited(&d, |sheets| {
        let services = sheet(sheets, "Služby");
        set(services, 4, "Provozní doba", Data::String("po-pá 7:00-15:30; So 8:00–12:00".into()));
        set(services, 4, "Ve svátky", Data::String("jako obvykle".into()));
    });
    let out = d.join("good.json");
    let o = import(&good, &out);
    assert!(o.status.success(), "{}", text(&o));
    let snap: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let hours = &snap["services"][3]["hours"];
    assert_eq!(hours["week"][1], serde_json::json!({"days": ["so"], "from": "8:00", "to": "12:00"}));
    assert_eq!(hours["holidays"], "as_usual");
    let bad = edited(&d, |sheets| {
        set(sheet(sheets, "Služby"), 6, "Provozní doba", Data::String("Po–Pá 7:00–25:00".into()));
    });
    let msg = refused(&bad, &d);
    assert!(
        msg.contains(
            "list Služby, řádek 7, sloupec Provozní doba: „7:00–25:00“ není čas od–do ve tvaru 7:00–15:30"
        ),
        "{msg}"
    );
}

/// An error the domain validation finds (not the sheet reader) is placed at its row and column too.
#[test]
fn validation_error_is_placed_at_its_cell() {
    let d = dir("validate");
    let edited = edited(&d, |sheets| {
        let services = sheet(sheets, "Služby");
        set(services, 7, "E-mail", Data::String("není-adresa".into()));
        set(services, 9, "Poskytovatel (id)", Data::String("nikdo".into()));
    });
    let msg = refused(&edited, &d);
    assert!(msg.contains("list Služby, řádek 8, sloupec E-mail:"), "{msg}");
    assert!(msg.contains("list Služby, řádek 10, sloupec Poskytovatel (id):"), "{msg}");
}

#[test]
fn missing_required_column_is_refused() {
    let d = dir("missing-col");
    let edited = edited(&d, |sheets| {
        let services = sheet(sheets, "Služby");
        let c = col(services, "Název");
        for row in services.iter_mut() {
            if row.len() > c {
                row.remove(c);
            }
        }
    });
    let msg = refused(&edited, &d);
    assert!(msg.contains("list Služby: chybí povinný sloupec Název"), "{msg}");
}

#[test]
fn missing_sheet_is_refused_without_base() {
    let d = dir("missing-sheet");
    let edited = edited(&d, |sheets| {
        sheets.retain(|(n, _)| n != "Obce");
    });
    let msg = refused(&edited, &d);
    assert!(msg.contains("v sešitu chybí list Obce"), "{msg}");
    // With the snapshot it came from, the missing sheet is taken from there.
    let out = d.join("based.json");
    let o = katalog(&["import-sheet", s(&edited), "--base", BENESOV, "-o", s(&out)]);
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), canonical(BENESOV));
}

#[test]
fn file_that_is_not_a_workbook_is_refused() {
    let d = dir("not-xlsx");
    let fake = d.join("katalog.xlsx");
    std::fs::write(&fake, "id;název\n1;x\n").unwrap();
    let msg = refused(&fake, &d);
    assert!(msg.contains("nelze přečíst jako tabulku"), "{msg}");
}
