//! The registry (RPSS) and HSDS importers end to end: library functions on the fixtures in
//! `tests/fixtures/{rpss,hsds}` and the built `katalog` binary with its exit codes.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pruvodce::domain::date::Date;
use pruvodce::domain::hours::text::week_text;
use pruvodce::domain::snapshot::{CapacityUnit, Form, Snapshot, TargetGroup};
use pruvodce::domain::validate::{validate_bytes, validate_snapshot};
use pruvodce::import::hsds::import_hsds;
use pruvodce::import::rpss::{import_rpss, CodeLists, OfficesFile, RpssImport, RpssOptions};

const FIX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn fix(p: &str) -> PathBuf {
    Path::new(FIX).join(p)
}

fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

fn rpss(okres: &str, offices: Option<OfficesFile>) -> RpssImport {
    let lists = CodeLists::load_dir(&fix("rpss/codelists")).unwrap();
    let opts = RpssOptions { okres: okres.into(), region_name: None, today: today(), offices };
    let file = std::fs::File::open(fix("rpss/rpss.json")).unwrap();
    import_rpss(file, "rpss.json", &lists, &opts).unwrap()
}

fn assert_valid(s: &Snapshot) {
    let r = validate_snapshot(s);
    assert!(r.is_ok(), "{r}");
}

fn ids(s: &Snapshot) -> Vec<&str> {
    s.services.iter().map(|x| x.id.as_str()).collect()
}

#[test]
fn rpss_keeps_active_services_of_the_district_only() {
    let out = rpss("Okres/3201", None);
    assert_valid(&out.snapshot);
    let got = ids(&out.snapshot);
    for want in
        ["rpss-1000001", "rpss-1000002", "rpss-1000005", "rpss-1000006", "rpss-1000007", "rpss-1000008"]
    {
        assert!(got.contains(&want), "{want} missing from {got:?}");
    }
    // 1000003 ended by its own date, 1000004 by all its facilities; 1000009/1000010 lie elsewhere.
    for gone in ["rpss-1000003", "rpss-1000004", "rpss-1000009", "rpss-1000010"] {
        assert!(!got.contains(&gone), "{gone} should be excluded");
    }
    assert_eq!((out.stats.items, out.stats.ended, out.stats.other_okres), (12, 2, 2));
    // The same district code without the prefix gives the same result.
    assert_eq!(ids(&rpss("3201", None).snapshot), got);
    let kv = rpss("Okres/3403", None);
    assert_valid(&kv.snapshot);
    assert_eq!(ids(&kv.snapshot), ["rpss-1000007", "rpss-1000009"]);
}

#[test]
fn rpss_merges_duplicates_and_maps_codes() {
    let out = rpss("Okres/3201", None);
    let s = &out.snapshot;
    let svc = |id: &str| s.services.iter().find(|x| x.id == id).unwrap();
    let pec = svc("rpss-1000001");
    assert_eq!(pec.locations.len(), 1, "duplicated facility merged");
    assert_eq!(out.stats.duplicate_facilities, 1);
    assert_eq!(pec.law_section.as_deref(), Some("40"));
    assert_eq!(
        pec.target_groups,
        [TargetGroup::Seniori, TargetGroup::ZdravotniPostizeni, TargetGroup::Pecujici]
    );
    assert_eq!(pec.forms, [Form::Terenni, Form::Ambulantni]);
    assert!(pec.area.whole_region, "terénní → whole region");
    assert_eq!(pec.registry_id.as_deref(), Some("1000001"));
    assert_eq!(pec.contacts.as_ref().unwrap().phones[1].number, "+420 999 000 102");
    let dps = svc("rpss-1000002");
    assert_eq!((dps.name.as_str(), dps.law_section.as_deref()), ("Domov pro seniory Vlašim", Some("49")));
    assert_eq!(dps.area.municipalities, ["530824"]);
    assert_eq!(dps.locations[0].address.city, "Vlašim", "facility without kodAdresnihoMista kept");
    assert_eq!((dps.capacity[0].count, dps.capacity[0].unit), (32, CapacityUnit::Beds));
    let other = svc("rpss-1000006");
    // Issue 15: a type outside the act is inferred from the name ("Klub Testov") and marked for review.
    assert_eq!((other.law_section.as_deref(), other.category.as_deref()), (None, Some("volny-cas")));
    assert!(other.review.is_some() && pec.review.is_none() && dps.review.is_none());
    assert!(out.warnings.iter().any(|w| w.contains("rpss-1000006") && w.contains("marked for review")));
    // No own contacts → None, so the provider's apply; the provider keeps its own.
    let osp = svc("rpss-1000005");
    assert!(osp.contacts.is_none());
    let charita = s.providers.iter().find(|p| p.id == osp.provider).unwrap();
    assert_eq!(charita.ico.as_deref(), Some("00045675"));
    assert_eq!(charita.contacts.web.as_deref(), Some("http://www.charita-testov.example"));
    // Only the active facility of 1000011 counts; the ended one's municipality is not imported.
    assert_eq!(svc("rpss-1000011").locations.len(), 1);
    assert!(!s.municipalities.iter().any(|m| m.id == "529435"));
    // Provider-address fallback for a service without facilities.
    assert!(svc("rpss-1000008").area.whole_region);
    assert!(svc("rpss-1000012").by_phone);
}

/// Issue 12 §2: the registry's age groups (`vekoveSkupiny`, union of the groups) and its service start
/// and end dates (`datumPoskytovaniOd` / `Do`) reach the snapshot.
#[test]
fn rpss_maps_age_groups_and_service_dates() {
    let out = rpss("Okres/3201", None);
    let svc = |id: &str| out.snapshot.services.iter().find(|x| x.id == id).unwrap();
    let age = |id: &str| svc(id).age.map(|a| (a.min, a.max));
    assert_eq!(age("rpss-1000001"), Some((Some(27), None)), "adults and both senior groups");
    assert_eq!(age("rpss-1000011"), Some((Some(19), Some(64))));
    assert_eq!(age("rpss-1000007"), Some((Some(16), Some(26))));
    assert_eq!(age("rpss-1000005"), None, "bez omezení věku");
    let dates = |id: &str| (svc(id).started.clone(), svc(id).ends.clone());
    assert_eq!(dates("rpss-1000001"), (Some("2007-01-01".into()), None));
    assert_eq!(dates("rpss-1000012"), (Some("2007-01-01".into()), Some("2099-12-31".into())));
    assert_valid(&out.snapshot);
}

#[test]
fn rpss_never_imports_personal_names_or_ministry_urls() {
    let json = serde_json::to_string(&rpss("Okres/3201", None).snapshot).unwrap();
    for bad in ["Novák", "Dvořáková", "Procházka", "Svoboda", "Petr", "iregistr", "dokumenty.example", ".pdf"]
    {
        assert!(!json.contains(bad), "{bad} leaked into the snapshot");
    }
}

#[test]
fn rpss_offices_placeholder_and_file() {
    let s = rpss("Okres/3201", None).snapshot;
    assert_eq!(s.municipalities.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["Benešov", "Vlašim"]);
    assert!(s.offices.iter().all(|o| o.name.starts_with("Obecní úřad ") && o.contacts.is_empty()));
    assert!(s.meta.note.as_deref().unwrap().contains("doplňte"));
    assert_eq!((s.meta.data_date.as_str(), s.meta.demo), ("2026-11-22", false));
    let file = OfficesFile::parse(
        r#"{"offices": [{"id": "mu-benesov", "name": "Městský úřad Benešov", "department": "Odbor sociálních věcí"}],
            "municipality_office": {"529303": "mu-benesov", "530824": "mu-benesov"}}"#
            .as_bytes(),
        "offices.json",
    )
    .unwrap();
    let s = rpss("Okres/3201", Some(file)).snapshot;
    assert_valid(&s);
    assert_eq!(s.offices.len(), 1);
    assert!(s.municipalities.iter().all(|m| m.office == "mu-benesov"));
    assert!(s.meta.note.is_none());
    let e =
        OfficesFile::parse(br#"{"offices": [], "municipality_office": {"1": "x"}}"#, "o.json").unwrap_err();
    assert!(e.message.contains("o.json") && e.message.contains("\"x\""), "{e}");
}

#[test]
fn rpss_bad_input_names_the_location() {
    let lists = CodeLists::load_dir(&fix("rpss/codelists")).unwrap();
    let opts = RpssOptions { okres: "3201".into(), region_name: None, today: today(), offices: None };
    let bad = br#"{"polozky": [{}, {"zarizeni": [{"adresa": 5}]}]}"#;
    let e = import_rpss(&bad[..], "bad.json", &lists, &opts).unwrap_err();
    assert!(
        !e.usage && e.message.starts_with("bad.json: $.polozky[1]") && e.message.contains("line 1"),
        "{e}"
    );
}

fn hsds(name: &str) -> Snapshot {
    let bytes = std::fs::read(fix(&format!("hsds/{name}"))).unwrap();
    let out = import_hsds(&bytes, name, today()).unwrap();
    assert_valid(&out.snapshot);
    out.snapshot
}

#[test]
fn hsds_three_shapes() {
    let one = hsds("organization.json");
    assert_eq!((one.providers.len(), one.services.len()), (1, 2), "inactive service skipped");
    assert!(one.offices.is_empty() && one.municipalities.is_empty());
    assert_eq!(one.meta.region_name, "Diakonie Testov");
    let p = &one.providers[0];
    assert_eq!(
        (p.ico.as_deref(), p.contacts.phones[0].number.as_str()),
        (Some("12345679"), "+420 999 000 500")
    );
    let pec = &one.services[0];
    assert_eq!(pec.law_section.as_deref(), Some("40"));
    // Issue 14: schedules become structured hours, what does not read as a week stays as the note.
    let pec_hours = pec.hours.as_ref().expect("structured hours");
    assert_eq!(week_text(pec_hours), "Po–Pá 7:00–15:30");
    assert_eq!(pec.locations[0].address.postcode.as_deref(), Some("256 01"));
    assert!(pec.locations[0].coordinates.is_some());
    assert_eq!(pec.fee.note.as_deref(), Some("Dovoz oběda: 30 CZK za jeden dovoz"));
    let klub = &one.services[1];
    // Issue 15: "Klub pro seniory" names a leisure club, so it is typed with confidence, not "jine".
    assert_eq!((klub.category.as_deref(), klub.locations[0].coordinates), (Some("volny-cas"), None));
    assert!(klub.review.is_none() && pec.review.is_none());
    assert_eq!(klub.hours.as_ref().and_then(|h| h.note.as_deref()), Some("každou středu odpoledne"));
    let many = hsds("organizations.json");
    assert_eq!(many.providers[1].ico.as_deref(), Some("87654326"));
    assert_eq!(many.services[1].law_section.as_deref(), Some("37"));
    let page = hsds("service_page.json");
    assert_eq!(page.services.len(), 3);
    assert_eq!(page.services[0].provider, page.services[1].provider, "grouped by organization");
    for s in [&one, &many, &page] {
        let json = serde_json::to_string(s).unwrap();
        assert!(!json.contains("Testová") && !json.contains("anna."), "personal contact leaked");
    }
}

fn katalog(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_katalog")).args(args).output().unwrap()
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("katalog-import-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn cli_import_rpss_exit_codes() {
    let out = tmp("benesov.json");
    let (r, c, o) = (fix("rpss/rpss.json"), fix("rpss/codelists"), out.to_str().unwrap().to_string());
    let args = |rpss: &str, codelists: &str| {
        vec!["import-rpss", "--rpss", rpss, "--codelists", codelists, "--okres", "Okres/3201", "-o", &o]
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let run = |a: Vec<String>| katalog(&a.iter().map(String::as_str).collect::<Vec<_>>());
    let ok = run(args(r.to_str().unwrap(), c.to_str().unwrap()));
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok));
    assert!(validate_bytes(&std::fs::read(&out).unwrap()).is_ok());
    let missing = run(args("/nonexistent/rpss.json", c.to_str().unwrap()));
    assert_eq!(missing.status.code(), Some(2), "{}", text(&missing));
    let bad = tmp("bad-rpss.json");
    std::fs::write(&bad, "{\"polozky\": [{}, {\"formy\": {}}]}").unwrap();
    let o1 = run(args(bad.to_str().unwrap(), c.to_str().unwrap()));
    assert_eq!(o1.status.code(), Some(1));
    assert!(text(&o1).contains("bad-rpss.json: $.polozky[1]"), "{}", text(&o1));
    let badlists = tmp("lists");
    std::fs::create_dir_all(&badlists).unwrap();
    std::fs::write(badlists.join("druhy-socialni-sluzby.json"), "{\"a\": 1}").unwrap();
    std::fs::write(badlists.join("cilove-skupiny-osoby.json"), "[]").unwrap();
    let o2 = run(args(r.to_str().unwrap(), badlists.to_str().unwrap()));
    assert_eq!(o2.status.code(), Some(1));
    assert!(
        text(&o2).contains("druhy-socialni-sluzby.json") && text(&o2).contains("expected"),
        "{}",
        text(&o2)
    );
}

#[test]
fn cli_import_hsds_exit_codes() {
    let out = tmp("hsds.json");
    let o = out.to_str().unwrap();
    for f in ["organization.json", "organizations.json", "service_page.json"] {
        let r = katalog(&["import-hsds", fix(&format!("hsds/{f}")).to_str().unwrap(), "-o", o]);
        assert_eq!(r.status.code(), Some(0), "{f}: {}", text(&r));
        assert!(validate_bytes(&std::fs::read(&out).unwrap()).is_ok(), "{f}");
    }
    let r = katalog(&["import-hsds", "/nonexistent.json", "-o", o]);
    assert_eq!(r.status.code(), Some(2));
    let bad = tmp("bad-hsds.json");
    std::fs::write(&bad, "{\"contents\": [{\"name\": \"x\", \"services\": 5}]}").unwrap();
    let r = katalog(&["import-hsds", bad.to_str().unwrap(), "-o", o]);
    assert_eq!(r.status.code(), Some(1));
    assert!(text(&r).contains("bad-hsds.json: $.contents[0]"), "{}", text(&r));
    std::fs::write(&bad, "{\"name\": ").unwrap();
    let r = katalog(&["import-hsds", bad.to_str().unwrap(), "-o", o]);
    assert_eq!(r.status.code(), Some(1));
    assert!(text(&r).contains("bad-hsds.json: invalid JSON") && text(&r).contains("line 1"), "{}", text(&r));
}
