//! Unit tests of single cells and of the export's self-check; the workbook round trip is tested end to
//! end in `tests/cli_sheet.rs`.

use calamine::{Data, ExcelDateTime, ExcelDateTimeType};
use serde_json::json;

use super::book::{render_all, self_check};
use super::cell::{parse, render, Cell, Problem, Put};
use super::codes::Codes;
use super::columns::{Column, Kind};
use crate::domain::snapshot::{Contacts, Snapshot};

const fn col(kind: Kind) -> Column {
    Column { header: "X", path: "x", kind, required: false }
}

#[test]
fn a_date_the_spreadsheet_program_made_is_read_as_iso_text() {
    let date = Data::DateTime(ExcelDateTime::new(45943.0, ExcelDateTimeType::DateTime, false));
    assert_eq!(parse(&col(Kind::Text), &date), Ok(Put::Here(json!("2025-10-13"))));
}

#[test]
fn numbers_typed_in_any_way_are_read() {
    let int = col(Kind::Int);
    assert_eq!(parse(&int, &Data::Float(12.0)), Ok(Put::Here(json!(12))));
    assert_eq!(parse(&int, &Data::String("12,0".into())), Ok(Put::Here(json!(12))));
    assert_eq!(parse(&int, &Data::String("12.5".into())), Err(Problem::NotWhole("12.5".into())));
    assert_eq!(parse(&int, &Data::String("dvanáct".into())), Err(Problem::NotNumber("dvanáct".into())));
    assert_eq!(parse(&col(Kind::Text), &Data::Float(317_754_111.0)), Ok(Put::Here(json!("317754111"))));
    assert_eq!(parse(&col(Kind::Digits(8)), &Data::Int(241_237)), Ok(Put::Here(json!("00241237"))));
    assert_eq!(parse(&col(Kind::Float), &Data::String("49,78".into())), Ok(Put::Here(json!(49.78))));
}

#[test]
fn phones_keep_their_notes_both_ways() {
    let phones = col(Kind::Phones);
    let record = json!({"x": [{"number": "+420 1", "note": "podatelna (2. patro)"}, {"number": "155"}]});
    let cell = render(&phones, &record);
    assert_eq!(cell, Cell::Text("+420 1 (podatelna (2. patro))\n155".into()));
    let Cell::Text(t) = cell else { unreachable!() };
    assert_eq!(parse(&phones, &Data::String(t)), Ok(Put::Here(record["x"].clone())));
}

#[test]
fn yes_no_and_codes_accept_what_a_clerk_types() {
    assert_eq!(parse(&col(Kind::Bool), &Data::Empty), Ok(Put::Here(json!(false))));
    assert_eq!(parse(&col(Kind::Bool), &Data::Bool(true)), Ok(Put::Here(json!(true))));
    assert_eq!(parse(&col(Kind::Flag), &Data::String("Ano".into())), Ok(Put::Here(json!(true))));
    let groups = col(Kind::CodeList(Codes::Groups));
    let typed = Data::String("senioři;  Pečující\ndemence".into());
    assert_eq!(parse(&groups, &typed), Ok(Put::Here(json!(["seniori", "pecujici", "demence"]))));
    assert_eq!(parse(&col(Kind::ServiceType), &Data::Int(40)), Ok(Put::Field("law_section", json!("40"))));
}

/// The guard behind "adding a field is one table row": a value the sheet cannot hold is refused at
/// export, by its JSON path, instead of being lost on the way back.
#[test]
fn export_refuses_a_value_the_sheet_would_lose() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/benesov.json");
    let mut snap: Snapshot = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    assert_eq!(self_check(&snap, &render_all(&snap)), Ok(()));
    // An empty contacts object on a service reads back as "no contacts": not the same snapshot.
    let i = snap.services.iter().position(|s| s.contacts.is_none()).unwrap();
    snap.services[i].contacts = Some(Contacts::default());
    let err = self_check(&snap, &render_all(&snap)).unwrap_err();
    assert!(err.starts_with(&format!("$.services[{i}]")), "{err}");
}

/// Issue 13: parts of municipalities and English/Ukrainian translations have columns and survive the
/// sheet; a Czech "translation" has none, and export refuses it rather than drop it.
#[test]
fn parts_and_translations_survive_the_sheet_and_a_cs_translation_is_refused() {
    use crate::domain::snapshot::{NewsTranslation, TextTranslation};
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/benesov.json");
    let mut snap: Snapshot = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    snap.municipalities[0].parts = vec!["Bedrč".into(), "Chlístov".into()];
    let uk = TextTranslation {
        name: Some("Служба догляду".into()), description: Some("Опис".into())
    };
    snap.services[0].translations.insert("uk".into(), uk.clone());
    snap.life_situations[0]
        .translations
        .insert("en".into(), TextTranslation { name: Some("Care".into()), description: None });
    let news = NewsTranslation { title: Some("Title".into()), text: Some("Text".into()) };
    snap.news[0].translations.insert("en".into(), news);
    assert_eq!(self_check(&snap, &render_all(&snap)), Ok(()));
    snap.services[1].translations.insert("cs".into(), uk);
    let err = self_check(&snap, &render_all(&snap)).unwrap_err();
    assert!(err.starts_with("$.services[1]"), "{err}");
}
