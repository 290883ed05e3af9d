//! Finding a service by what a person already has (issue 13 §3): a phone number in any spelling, the
//! provider's IČO, a part of a municipality. Run on the demo catalogue (its parts are RÚIAN's), with an
//! IČO set here where the demo has none.
#![cfg(not(target_arch = "wasm32"))]

use pruvodce::domain::index::Index;
use pruvodce::domain::offices::OfficeReason;
use pruvodce::domain::rank::{Query, SearchResult, Why};
use pruvodce::domain::snapshot::Snapshot;
use pruvodce::i18n::Lang;

fn demo() -> Snapshot {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/benesov.json");
    let mut s: Snapshot = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    s.providers.iter_mut().find(|p| p.id == "mesto-vlasim").unwrap().ico = Some("00232947".into());
    s
}

fn search(s: &Snapshot, text: &str) -> SearchResult {
    Index::build(s).search(s, &Query { text: text.into(), limit: 20, ..Query::default() })
}

fn ids(s: &Snapshot, r: &SearchResult) -> Vec<String> {
    r.hits.iter().map(|h| s.services[h.service].id.clone()).collect()
}

/// The phone of a service with its own contacts, typed the ways a leaflet or a person writes it.
#[test]
fn phone_in_any_spelling_finds_its_service_first() {
    let s = demo();
    for typed in ["+420 999 101 201", "999101201", "999 10 12 01", "00420 999 101 201", "999-101-201"] {
        let r = search(&s, typed);
        assert_eq!(ids(&s, &r).first().map(String::as_str), Some("pecovatelska-sluzba-vlasim"), "{typed}");
        assert_eq!(r.hits[0].why[0], Why::Phone("+420 999 101 201".into()), "{typed}");
        assert!(r.hits.len() == 1, "{typed}: only the service with the number answers it");
    }
}

/// A provider's phone finds the provider's services (Město Benešov runs the Benešov care service).
#[test]
fn provider_phone_finds_the_providers_services() {
    let s = demo();
    let r = search(&s, "999 200 300");
    let found = ids(&s, &r);
    assert!(found.contains(&"pecovatelska-sluzba-benesov".to_string()), "{found:?}");
    assert!(matches!(&r.hits[0].why[0], Why::ProviderPhone { provider, .. } if provider == "Město Benešov"));
    assert!(r.hits.iter().all(|h| s.services[h.service].provider == "mesto-benesov"));
}

#[test]
fn unknown_phone_finds_nothing_and_shows_the_office() {
    let s = demo();
    let r = search(&s, "+420 111 222 333");
    assert!(r.hits.is_empty());
    assert_eq!(r.office.map(|o| o.reason), Some(OfficeReason::NoMatch));
}

#[test]
fn ico_with_or_without_spaces_finds_the_providers_services() {
    let s = demo();
    for typed in ["00232947", "002 32 947"] {
        let r = search(&s, typed);
        let found = ids(&s, &r);
        assert!(!found.is_empty(), "{typed}");
        assert!(
            r.hits.iter().all(|h| s.services[h.service].provider == "mesto-vlasim"),
            "{typed}: {found:?}"
        );
        assert!(matches!(&r.hits[0].why[0], Why::Ico { ico, .. } if ico == "00232947"));
    }
}

/// Whole words, folded: "bedrc" finds Benešov; "Bedr" being typed or "Dlouhé" alone (half a part's
/// name) do not. Chlístov is a municipality of the district and also a part of Neustupov: the
/// municipality wins, it is no part to find Neustupov by.
#[test]
fn part_of_a_municipality_finds_its_office_and_services() {
    let s = demo();
    for typed in ["Bedrč", "bedrc", "BEDRČ ", "Dlouhé Pole"] {
        let r = search(&s, typed);
        let office = r.office.as_ref().expect(typed);
        assert_eq!(office.reason, OfficeReason::Place, "{typed}");
        assert_eq!(s.offices[office.office].id, "mu-benesov", "{typed}");
        assert!(!r.hits.is_empty(), "{typed}");
        assert!(r.hits.iter().all(|h| s.services[h.service].area.serves("benesov")), "{typed}");
        let part = if typed.starts_with('D') { "Dlouhé Pole" } else { "Bedrč" };
        assert_eq!(r.hits[0].why[0], Why::Part { part: part.into(), municipality: "Benešov".into() });
        assert_eq!(Lang::Cs.why(&r.hits[0].why[0]), format!("„{part}“ → obec Benešov"));
    }
    for typed in ["Bedr", "Dlouhé", "Bedrčany", "Chlístov"] {
        let r = search(&s, typed);
        assert_ne!(r.office.map(|o| o.reason), Some(OfficeReason::Place), "{typed}");
    }
}

/// Peklo is a part of Heřmaničky. When "peklo" is also a word the catalogue uses ("doma je peklo" in a
/// crisis service's keywords), taking it as a place would take it from the words: it stays a word.
#[test]
fn part_named_like_a_catalogue_word_stays_a_word() {
    let mut s = demo();
    let r = search(&s, "Peklo");
    assert_eq!(r.office.map(|o| o.reason), Some(OfficeReason::Place), "a plain part");
    s.services
        .iter_mut()
        .find(|x| x.id == "krizova-pomoc-stred")
        .unwrap()
        .keywords
        .push("doma je peklo".into());
    for typed in ["doma je peklo", "Peklo"] {
        let r = search(&s, typed);
        assert_ne!(r.office.as_ref().map(|o| o.reason), Some(OfficeReason::Place), "{typed}");
        assert_eq!(ids(&s, &r).first().map(String::as_str), Some("krizova-pomoc-stred"), "{typed}");
    }
}

/// A part and words: the part is the place, the words the need.
#[test]
fn part_with_words_narrows_to_the_municipality() {
    let s = demo();
    let r = search(&s, "pečovatelská služba Konopiště");
    assert_eq!(ids(&s, &r).first().map(String::as_str), Some("pecovatelska-sluzba-benesov"));
    assert!(r.hits.iter().all(|h| s.services[h.service].area.serves("benesov")));
}

/// The app's "did you mean" and the CLI's error share one rule: a misspelled name finds the real one.
#[test]
fn misspelled_municipality_gets_the_real_one_first() {
    let s = demo();
    for typed in ["Benesow", "benešof", "Vlasm"] {
        let close = pruvodce::domain::offices::close_municipality_indices(&s, typed, 3);
        let first = close.first().map(|&i| s.municipalities[i].name.as_str());
        assert!(matches!(first, Some("Benešov" | "Vlašim")), "{typed}: {first:?}");
    }
    assert_eq!(pruvodce::domain::offices::close_municipalities(&s, "Benesow", 1), ["Benešov"]);
}
