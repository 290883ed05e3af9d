//! The booklet and browse model against the Benešov demo catalogue and small hand-made texts.

use super::*;
use crate::domain::law;

fn demo() -> Snapshot {
    serde_json::from_str(include_str!("../../../public/data/benesov.json")).expect("demo snapshot parses")
}

fn numbers_of(b: &Booklet) -> Vec<usize> {
    b.groups.iter().flat_map(|g| g.entries.iter().map(|e| e.number)).collect()
}

#[test]
fn every_service_is_in_the_booklet_exactly_once_in_either_grouping() {
    let snap = demo();
    for grouping in [Grouping::Type, Grouping::Municipality] {
        let b = booklet(&snap, grouping);
        let mut ids: Vec<&str> =
            b.groups.iter().flat_map(|g| g.entries.iter().map(|e| e.id.as_str())).collect();
        assert_eq!(ids.len(), snap.services.len(), "{grouping:?}");
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), snap.services.len(), "{grouping:?}: a service is listed twice");
        assert_eq!(numbers_of(&b), (1..=snap.services.len()).collect::<Vec<_>>(), "running numbers");
        assert!(b.groups.iter().all(|g| !g.entries.is_empty()), "no empty heading");
    }
}

#[test]
fn groups_by_type_follow_the_act_then_the_categories() {
    let snap = demo();
    let b = booklet(&snap, Grouping::Type);
    let rank = |k: &GroupKey| match k {
        GroupKey::Law(t) => law::LAW_TYPES.iter().position(|x| x == *t).unwrap_or(usize::MAX),
        GroupKey::Category(c) => 100 + law::CATEGORIES.iter().position(|x| x == *c).unwrap_or(usize::MAX),
        _ => 1000,
    };
    let ranks: Vec<usize> = b.groups.iter().map(|g| rank(&g.key)).collect();
    assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{ranks:?}");
    assert!(matches!(b.groups.first().map(|g| &g.key), Some(GroupKey::Law(_))));
    for g in &b.groups {
        assert!(g.entries.iter().all(|e| e.kind == g.key), "{:?}", g.key);
        let names: Vec<String> = g.entries.iter().map(|e| crate::domain::text::fold(&e.name)).collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]), "alphabetical within {:?}", g.key);
    }
}

#[test]
fn groups_by_municipality_are_alphabetical_and_hold_services_located_there() {
    let snap = demo();
    let b = booklet(&snap, Grouping::Municipality);
    let names: Vec<String> = b
        .groups
        .iter()
        .filter_map(|g| match &g.key {
            GroupKey::Municipality { name, .. } => Some(crate::domain::text::fold(name)),
            _ => None,
        })
        .collect();
    assert!(names.len() > 1);
    assert!(names.windows(2).all(|w| w[0] < w[1]), "{names:?}");
    let benesov = b.groups.iter().find(|g| g.key.anchor() == "g-obec-benesov").expect("Benešov heading");
    assert!(benesov.entries.iter().all(|e| e.locations.first().is_some_and(|l| l
        .address
        .municipality
        .as_deref()
        == Some("benesov"))));
}

#[test]
fn index_lists_municipalities_alphabetically_with_the_entries_there() {
    let snap = demo();
    let b = booklet(&snap, Grouping::Type);
    let names: Vec<String> = b.index.iter().map(|r| crate::domain::text::fold(&r.municipality)).collect();
    assert!(names.windows(2).all(|w| w[0] < w[1]), "{names:?}");
    let all: Vec<&Entry> = b.groups.iter().flat_map(|g| &g.entries).collect();
    let number = |id: &str| all.iter().find(|e| e.id == id).map(|e| e.number).expect("entry");
    // The demo's care service in Benešov serves Postupice by name: both rows list it.
    let care = number("pecovatelska-sluzba-benesov");
    for town in ["Benešov", "Postupice"] {
        let row = b.index.iter().find(|r| r.municipality == town).expect(town);
        assert!(row.entries.contains(&care), "{town}");
        assert!(row.entries.windows(2).all(|w| w[0] < w[1]));
    }
    let whole: Vec<usize> =
        snap.services.iter().filter(|s| s.area.whole_region).map(|s| number(&s.id)).collect();
    assert_eq!(b.whole_region.len(), whole.len());
    assert!(whole.iter().all(|n| b.whole_region.contains(n)));
}

#[test]
fn title_page_carries_region_date_publisher_and_only_extra_crisis_lines() {
    let snap = demo();
    let b = booklet(&snap, Grouping::Type);
    assert_eq!(b.title.region_name, snap.meta.region_name);
    assert_eq!(b.title.data_date, snap.meta.data_date);
    assert_eq!(b.title.service_count, snap.services.len());
    assert!(b.title.crisis_lines.iter().all(|l| !NATIONAL_LINES.contains(&l.number.as_str())));
}

#[test]
fn entry_contacts_fall_back_to_the_provider() {
    let snap = demo();
    for (i, s) in snap.services.iter().enumerate() {
        let e = entry(&snap, i, 1).expect("entry");
        match &s.contacts {
            Some(c) if !c.is_empty() => assert_eq!(e.contacts.as_ref(), Some(c)),
            _ => {
                let p = snap.providers.iter().find(|p| p.id == s.provider).map(|p| &p.contacts);
                assert_eq!(e.contacts.as_ref(), p, "{}", s.id);
            }
        }
    }
    assert!(entry(&snap, snap.services.len(), 1).is_none(), "an index outside the catalogue is None");
}

#[test]
fn summary_is_cut_at_a_sentence_end() {
    let long = "Pomáháme lidem v tísni, kteří potřebují podporu v náročné životní situaci, a to zejména v oblasti bydlení, dluhů a vztahů v rodině i mimo ni.";
    let text = format!("Poradna pro rodiny. {long} Třetí věta se nevejde.");
    assert_eq!(summary(&text), format!("Poradna pro rodiny. {long}"));
    let too_long = format!("{long} {long}");
    assert_eq!(summary(&too_long), long, "the second sentence would make it too long");
    assert_eq!(
        summary("Pomůžeme např. s nákupy. Také s úklidem."),
        "Pomůžeme např. s nákupy. Také s úklidem."
    );
    assert_eq!(
        summary("Platí od 1. 1. 2026 pro všechny. Jinak ne. A konec."),
        "Platí od 1. 1. 2026 pro všechny. Jinak ne."
    );
    assert_eq!(summary("Pomoc!! Volejte. Hned teď. Opravdu."), "Pomoc!! Volejte.");
    assert_eq!(summary("Bez tečky na konci"), "Bez tečky na konci");
    assert_eq!(summary(""), "");
}

#[test]
fn browse_pages_reach_every_service_with_no_cap() {
    let snap = demo();
    for grouping in [Grouping::Type, Grouping::Alphabet, Grouping::TargetGroup] {
        let first = browse(&snap, grouping, 1, 7);
        let mut seen: Vec<usize> = Vec::new();
        for page in 1..=first.pages {
            let p = browse(&snap, grouping, page, 7);
            assert_eq!(p.page, page);
            assert_eq!(p.services, snap.services.len());
            let n: usize = p.sections.iter().map(|(_, l)| l.len()).sum();
            assert!(n <= 7 && n > 0, "{grouping:?} page {page}: {n}");
            seen.extend(p.sections.iter().flat_map(|(_, l)| l.iter().copied()));
        }
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), snap.services.len(), "{grouping:?} reaches every service");
    }
    let past = browse(&snap, Grouping::Type, 999, 20);
    assert_eq!(past.page, past.pages, "a page past the end shows the last one");
    assert_eq!(browse(&snap, Grouping::Type, 0, 20).page, 1);
}

#[test]
fn alphabet_headings_are_first_letters_in_order() {
    let snap = demo();
    let g = groups(&snap, Grouping::Alphabet);
    let letters: Vec<char> =
        g.iter().filter_map(|(k, _)| if let GroupKey::Letter(c) = k { Some(*c) } else { None }).collect();
    assert_eq!(letters.len(), g.len());
    assert!(letters.windows(2).all(|w| w[0] < w[1]), "{letters:?}");
}

#[test]
fn grouping_slugs_round_trip_and_default_to_type() {
    for g in Grouping::ALL {
        assert_eq!(Grouping::from_slug(g.slug()), g);
    }
    assert_eq!(Grouping::from_slug("nesmysl"), Grouping::Type);
}
