//! `katalog import-feed`: the national feed of services for older people (zdenekpesicka/
//! AutomatizaceKatalogu) on its committed 32-place sample (`tests/fixtures/feed/ukazka.json`) and on
//! small inline feeds for the edge cases.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use pruvodce::domain::date::Date;
use pruvodce::domain::snapshot::{Form, Snapshot};
use pruvodce::domain::validate::validate_snapshot;
use pruvodce::import::feed::{import_feed, FeedImport, FeedOptions};

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/feed/ukazka.json");

fn opts(okres: Option<&str>) -> FeedOptions {
    FeedOptions { okres: okres.map(str::to_string), today: Date::parse("2026-11-29").unwrap(), offices: None }
}

fn sample(okres: Option<&str>) -> FeedImport {
    let out = import_feed(std::fs::File::open(SAMPLE).unwrap(), "ukazka.json", &opts(okres)).unwrap();
    let r = validate_snapshot(&out.snapshot);
    assert!(r.is_ok(), "{r}");
    out
}

fn svc<'a>(s: &'a Snapshot, id: &str) -> &'a pruvodce::domain::snapshot::Service {
    s.services.iter().find(|x| x.id == id).unwrap_or_else(|| panic!("{id} missing"))
}

#[test]
fn sample_imports_every_service_once_with_its_places() {
    let out = sample(None);
    let s = &out.snapshot;
    assert_eq!((out.stats.places, s.services.len()), (32, 51));
    // The same registered service at two addresses is one service with two locations.
    let respite = svc(s, "feed-mpsv-4429");
    assert_eq!(respite.locations.len(), 2);
    assert_eq!(respite.forms, [Form::Pobytova, Form::Terenni]);
    assert_eq!(svc(s, "feed-mpsv-6281").locations.len(), 2);
    // Registered services keep the registry's type, even when the name says nothing ("THERÁPON 98").
    assert_eq!(svc(s, "feed-mpsv-3768").law_section.as_deref(), Some("40"));
    assert_eq!(svc(s, "feed-mpsv-5014").law_section.as_deref(), Some("41"));
    assert!(s.services.iter().all(|x| x.review.is_none()), "registry types are never guessed");
    // Health records get related-service categories from their ÚZIS type.
    for (id, cat) in [
        ("feed-uzis-181227", "domaci-zdravotni-pece"),
        ("feed-uzis-137453", "hospic"),
        ("feed-uzis-40705", "zdravotnictvi"),
        ("feed-uzis-47650", "zdravotnictvi"),
    ] {
        assert_eq!(svc(s, id).category.as_deref(), Some(cat), "{id}");
    }
    let home = svc(s, "feed-mpsv-7583");
    let a = &home.locations[0].address;
    assert_eq!(
        (a.city.as_str(), a.postcode.as_deref(), a.municipality.as_deref()),
        ("Klášter", Some("335 01"), Some("557897"))
    );
    assert!(home.locations[0].coordinates.is_some());
    assert_eq!((home.capacity[0].count, home.area.municipalities.clone()), (20, vec!["557897".to_string()]));
    assert_eq!(svc(s, "feed-uzis-182734").locations[0].address.number.as_deref(), Some("93/11"));
    // A place with null coordinates keeps its address; a place without an address gives no location.
    assert!(svc(s, "feed-mpsv-3410").locations[0].coordinates.is_none());
    assert!(svc(s, "feed-mpsv-4674").locations.is_empty());
    assert!(out.warnings.iter().any(|w| w.contains("misto-bezadresy-4674")));
    // Contacts: phones normalised, bare web addresses get a scheme.
    let c = home.contacts.as_ref().unwrap();
    assert_eq!(
        (c.phones[0].number.as_str(), c.web.as_deref()),
        ("737 123 970", Some("http://www.senevida.cz"))
    );
}

#[test]
fn sample_meta_carries_sources_and_attribution() {
    let m = sample(None).snapshot.meta;
    assert_eq!(m.sources.len(), 3);
    let uzis = m.sources.iter().find(|s| s.name.contains("ÚZIS")).unwrap();
    assert_eq!(uzis.licence.as_deref(), Some("CC BY 4.0"));
    assert!(uzis.attribution.as_deref().unwrap().contains("NRPZS: Místa poskytování zdravotních služeb"));
    let ruian = m.sources.iter().find(|s| s.name.contains("RÚIAN")).unwrap();
    assert!(ruian.attribution.as_deref().unwrap().contains("Český úřad zeměměřický a katastrální"));
    assert!(m.sources.iter().any(|s| s.name.contains("MPSV") && s.attribution.is_none()));
    assert!(!m.demo);
}

#[test]
fn okres_filter_by_code_region_or_name() {
    let vm = sample(Some("CZ0723")).snapshot;
    assert_eq!(vm.meta.region_name, "okres Vsetín");
    assert_eq!(vm.services.len(), 6);
    assert!(vm.municipalities.iter().all(|m| m.name == "Valašské Meziříčí"));
    assert_eq!(sample(Some("vsetin")).snapshot.services.len(), 6, "name, folded");
    assert_eq!(sample(Some("CZ010")).snapshot.services.len(), 5, "Prague by region code");
    let e =
        import_feed(std::fs::File::open(SAMPLE).unwrap(), "ukazka.json", &opts(Some("CZ9999"))).unwrap_err();
    assert!(!e.usage && e.message.contains("CZ9999"), "{e}");
}

#[test]
fn ended_services_and_bad_input() {
    let feed = r#"{"verzeSchematu": "1.0.0", "mista": [{"id": "m1", "adresa": {"obec": "Vlašim", "kodObce": "530824", "kodOkresu": "CZ0201", "psc": 25801},
        "souradnice": {"lat": null, "lng": null}, "sluzby": [
        {"id": "mpsv-1", "zdroj": "MPSV", "nazev": "Pečovatelská služba Vlašim", "druhSluzby": {"kod": "DruhSocialniSluzby/4", "nazev": "pečovatelská služba"}, "formy": [{"forma": "ter", "kapacitaRegistrovana": null}], "datumPoskytovaniDo": "2026-01-31"},
        {"id": "mpsv-2", "zdroj": "MPSV", "nazev": "Klub Vlašim", "poskytovatel": {"nazev": "Spolek", "ico": 45675}, "druhSluzby": {"kod": "X/99", "nazev": "neznámý druh"}, "kontakt": null}]}]}"#;
    let out = import_feed(feed.as_bytes(), "mini.json", &opts(Some("CZ0201"))).unwrap();
    assert_eq!((out.stats.ended, out.snapshot.services.len()), (1, 1));
    let s = &out.snapshot.services[0];
    // A type outside the act: the classifier guesses from the name and asks for review.
    assert_eq!(s.category.as_deref(), Some("volny-cas"));
    assert!(s.review.is_some());
    assert_eq!(out.snapshot.providers[0].ico.as_deref(), Some("00045675"));
    assert!(validate_snapshot(&out.snapshot).is_ok());
    let e = import_feed(&br#"{"mista": [{}, {"sluzby": 5}]}"#[..], "bad.json", &opts(None)).unwrap_err();
    assert!(e.message.starts_with("bad.json: $.mista[1]"), "{e}");
    let e = import_feed(&br#"{"places": []}"#[..], "bad.json", &opts(None)).unwrap_err();
    assert!(e.message.contains("\"mista\""), "{e}");
}

fn katalog(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_katalog")).args(args).output().unwrap()
}

#[test]
fn cli_import_feed_writes_a_valid_snapshot_or_nothing() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("import_feed");
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("feed.json");
    let _ = std::fs::remove_file(&out);
    let o = katalog(&["import-feed", SAMPLE, "--okres", "CZ0201", "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("1 services imported"));
    assert!(katalog(&["check", out.to_str().unwrap()]).status.success());
    let missing = dir.join("missing.json");
    let none = dir.join("none.json");
    let o = katalog(&["import-feed", missing.to_str().unwrap(), "-o", none.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let o = katalog(&["import-feed", SAMPLE, "--okres", "CZ9999", "-o", none.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!none.exists(), "nothing written on error");
}
