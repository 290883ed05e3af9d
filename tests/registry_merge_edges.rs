//! Edge cases of the registry merge (`import::rpss::merge_registry`), each made by editing the fixtures
//! of `tests/cli_merge.rs` in memory: a stray space in a registry id, an id the coordinator already used,
//! a field service whose area she narrowed, a service the registry moved to another district, and a
//! provider she keeps without services.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/rpss_merge.rs"]
mod support;

use pruvodce::domain::snapshot::{Provider, Snapshot};
use pruvodce::domain::validate::validate_snapshot;
use pruvodce::import::rpss::{Gone, Merged};
use serde_json::Value;
use support::{current, fix, merge_bytes};

/// The second release, edited by `edit` on its JSON before the import.
fn release(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(&std::fs::read(fix("rpss-2.json")).unwrap()).unwrap();
    edit(&mut v);
    serde_json::to_vec(&v).unwrap()
}

fn merge(current: &Snapshot, registry: &[u8]) -> Merged {
    let m = merge_bytes(current, registry);
    let report = validate_snapshot(&m.snapshot);
    assert!(report.is_ok(), "{report}");
    m
}

fn item<'a>(v: &'a mut Value, identifikator: &str) -> &'a mut Value {
    let items = v["polozky"].as_array_mut().unwrap();
    items.iter_mut().find(|i| i["identifikator"].to_string().trim_matches('"') == identifikator).unwrap()
}

#[test]
fn registry_id_with_stray_space_still_matches() {
    let mut cur = current();
    cur.services[0].registry_id = Some(" 1000001 ".into());
    let m = merge(&cur, &release(|_| {}));
    assert!(m.updated.contains(&"pecovatelska-sluzba-testov".to_string()));
    assert_eq!(m.added, ["rpss-1000013"], "not re-added as a new service");
}

/// A hand-added service that happens to hold the id the importer gives a new registry service keeps it;
/// the new one gets another id instead of replacing it.
#[test]
fn new_service_never_takes_an_id_already_in_use() {
    let mut cur = current();
    let taxi = cur.services.iter_mut().find(|s| s.id == "senior-taxi-testov").unwrap();
    taxi.id = "rpss-1000013".into();
    let before = taxi.clone();
    let m = merge(&cur, &release(|_| {}));
    assert_eq!(m.added, ["rpss-1000013-registr"]);
    assert!(m.snapshot.services.contains(&before));
}

/// The registry cannot say where a field service works (the importer says "whole district"): the
/// coordinator's narrower area stays, while a facility-based area follows the registry.
#[test]
fn narrowed_area_of_a_field_service_is_kept() {
    let mut cur = current();
    let early = cur.services.iter_mut().find(|s| s.id == "rpss-1000007").unwrap();
    early.area.whole_region = false;
    early.area.municipalities = vec!["benesov".into(), "bystrice".into()];
    let m = merge(&cur, &release(|_| {}));
    let early = m.snapshot.services.iter().find(|s| s.id == "rpss-1000007").unwrap();
    assert_eq!(
        (early.area.whole_region, &early.area.municipalities[..]),
        (false, &["benesov".to_string(), "bystrice".to_string()][..])
    );
}

#[test]
fn service_moved_to_another_district_is_removed_as_such() {
    let registry = release(|v| {
        let line = item(v, "1000012");
        line["zarizeni"][0]["adresa"]["okres"]["id"] = "Okres/3403".into();
    });
    let m = merge(&current(), &registry);
    let gone: Vec<(&str, Gone)> = m.removed.iter().map(|r| (r.id.as_str(), r.reason)).collect();
    assert!(gone.contains(&("rpss-1000012", Gone::OtherDistrict)), "{gone:?}");
}

#[test]
fn provider_kept_without_services_stays() {
    let mut cur = current();
    let spare = Provider {
        id: "p-spolek-testov".into(),
        name: "Spolek Testov (příklad)".into(),
        ico: None,
        contacts: Default::default(),
    };
    cur.providers.push(spare.clone());
    let m = merge(&cur, &release(|_| {}));
    assert!(m.snapshot.providers.contains(&spare));
}

/// An item without any registry id gets a positional id; merged once, it must not be added again the
/// next month (it would come back as a duplicate every time).
#[test]
fn item_without_registry_id_is_not_added_twice() {
    let registry = release(|v| {
        let fresh = item(v, "1000013");
        fresh["identifikator"] = Value::Null;
        fresh["id"] = Value::Null;
    });
    let first = merge(&current(), &registry);
    assert_eq!(first.added.len(), 1);
    let second = merge(&first.snapshot, &registry);
    assert!(second.added.is_empty(), "{:?}", second.added);
    assert_eq!(second.snapshot.services.len(), first.snapshot.services.len());
}
