//! The bundled demo catalogues: valid, marked demo, honest about their contacts, and covering every legal
//! type of social service a district of Benešov's size has.
#![cfg(not(target_arch = "wasm32"))]

use pruvodce::domain::law::LAW_TYPES;
use pruvodce::domain::snapshot::Snapshot;
use pruvodce::domain::validate::validate_bytes;

fn load(name: &str) -> Snapshot {
    let path = format!("{}/public/data/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    match validate_bytes(&bytes) {
        Ok(v) => {
            assert!(v.warnings.is_empty(), "{name}: warnings {:?}", v.warnings);
            v.snapshot
        }
        Err(report) => panic!("{name} is invalid:\n{report}"),
    }
}

/// `regions.json` says which regions publish demo data, so the app can warn before the catalogue loads.
#[test]
fn regions_file_matches_the_catalogues_demo_flag() {
    let path = format!("{}/public/data/regions.json", env!("CARGO_MANIFEST_DIR"));
    let regions: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("regions.json")).expect("JSON");
    let list = regions["regions"].as_array().expect("a regions list");
    assert!(!list.is_empty());
    for r in list {
        let id = r["id"].as_str().expect("an id");
        assert_eq!(r["demo"].as_bool(), Some(load(id).meta.demo), "{id}: regions.json demo flag");
    }
}

#[test]
fn benesov_is_a_complete_demo_district() {
    let s = load("benesov");
    assert!(s.meta.demo);
    assert!(s.services.len() >= 60, "{} services", s.services.len());
    for town in ["Benešov", "Vlašim", "Votice"] {
        assert!(s.offices.iter().any(|o| o.name == format!("Městský úřad {town}")), "office {town}");
    }
    for t in LAW_TYPES {
        assert!(
            s.services.iter().any(|x| x.law_section.as_deref() == Some(t.section)),
            "§{} missing",
            t.section
        );
    }
    assert!(s.services.iter().filter(|x| x.category.is_some()).count() >= 10, "related services");
    assert!(s.life_situations.iter().any(|l| l.danger) && s.life_situations.iter().any(|l| l.sensitive));
}

#[test]
fn demo_contacts_are_marked_as_examples() {
    for name in ["benesov", "blansko"] {
        let s = load(name);
        assert!(s.meta.demo, "{name}");
        let contacts = s
            .providers
            .iter()
            .map(|p| &p.contacts)
            .chain(s.services.iter().filter_map(|x| x.contacts.as_ref()));
        for c in contacts.chain(s.offices.iter().map(|o| &o.contacts)) {
            assert!(c.example || c.is_empty(), "{name}: unmarked contact {c:?}");
        }
        for l in s.services.iter().flat_map(|x| &x.locations) {
            assert!(l.address.example, "{name}: unmarked address {:?}", l.address);
        }
    }
}

#[test]
fn blansko_is_a_town_region() {
    let s = load("blansko");
    assert_eq!(s.meta.region_id, "blansko");
    assert_eq!(s.offices.len(), 1);
    assert!(s.services.len() >= 20);
}
