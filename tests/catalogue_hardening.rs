//! Regression tests of the catalogue-handling defects of issue 10 that live in the domain: a valid
//! catalogue without offices (defect 11) and the offices page's grouping (defect 17). The validation rows
//! are in `validate_malformed.rs`, the manifest and pointer rules in their modules' unit tests.
#![cfg(not(target_arch = "wasm32"))]

use pruvodce::domain::finder::{run_finder, Answers};
use pruvodce::domain::index::Index;
use pruvodce::domain::offices::served_by_office;
use pruvodce::domain::rank::Query;
use pruvodce::domain::snapshot::{Municipality, Office, Snapshot};
use pruvodce::domain::validate::validate_bytes;
use serde_json::{json, Value};

const FIXTURE: &str = include_str!("fixtures/minimal.json");

/// The fixture as the HSDS importer shapes a catalogue: no offices, no municipalities, every service
/// covering the whole region.
fn without_offices() -> Snapshot {
    let mut v: Value = serde_json::from_str(FIXTURE).unwrap();
    v["offices"] = json!([]);
    v["municipalities"] = json!([]);
    for s in v["services"].as_array_mut().unwrap() {
        s["area"] = json!({ "whole_region": true });
        for l in s.get_mut("locations").and_then(Value::as_array_mut).into_iter().flatten() {
            l["address"].as_object_mut().unwrap().remove("municipality");
        }
    }
    let bytes = serde_json::to_vec(&v).unwrap();
    validate_bytes(&bytes).expect("a catalogue without offices is valid").snapshot
}

/// Defect 11: the finder invented office 0 and the results page indexed it, so the app aborted on every
/// finder result of a catalogue without offices.
#[test]
fn catalogue_without_offices_finder_does_not_panic() {
    let snap = without_offices();
    let index = Index::build(&snap);
    let params: Vec<(String, String)> =
        [("kdo", "ja"), ("vek", "senior"), ("situace", "s1"), ("obec", "Testov"), ("pomoc", "doma")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
    for answers in [Answers::default(), Answers::from_params(&params, &snap)] {
        let result = run_finder(&index, &snap, &answers);
        assert_eq!(result.office, None, "no office may be invented");
    }
    let nothing = Query { text: "xyzzy qwerty".into(), ..Query::default() };
    let r = index.search(&snap, &nothing);
    assert!(r.hits.is_empty());
    assert_eq!(r.office, None);
}

/// Defect 17: the offices page grouped municipalities by office with a scan per office (and a sort and a
/// scan per municipality); the grouping is one pass now. 50 000 municipalities in 5 000 offices: the
/// old page's work was quadratic, this stays far below the bound even in a debug build.
#[test]
fn offices_page_is_linear() {
    let mut snap = without_offices();
    let office = |i: usize| Office {
        id: format!("o{i}"),
        name: format!("Úřad {i}"),
        department: None,
        address: None,
        contacts: Default::default(),
        opening_hours: Vec::new(),
    };
    snap.offices = (0..5_000).map(office).collect();
    snap.municipalities = (0..50_000)
        .map(|i| Municipality {
            id: format!("m{i}"),
            code: None,
            name: format!("Obec {i}"),
            office: format!("o{}", i % 5_000),
            centroid: None,
            parts: Vec::new(),
        })
        .collect();
    let order: Vec<usize> = (0..snap.municipalities.len()).rev().collect();
    let start = std::time::Instant::now();
    let served = served_by_office(&snap, &order);
    let took = start.elapsed();
    assert_eq!(served.len(), 5_000);
    assert_eq!(served[7], (0..10).rev().map(|k| 7 + k * 5_000).collect::<Vec<_>>(), "in the given order");
    assert_eq!(served.iter().map(Vec::len).sum::<usize>(), 50_000);
    assert!(took.as_millis() < 500, "grouping took {took:?}");
    snap.municipalities[0].office = "nowhere".into();
    assert_eq!(
        served_by_office(&snap, &[0, 99_999]),
        vec![Vec::<usize>::new(); 5_000],
        "unknown ids skipped"
    );
}
