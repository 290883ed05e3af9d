//! Behaviour of the search engine and the finder on the small fixture catalogue: folding, stemming,
//! typos, prefixes, lexicon phrases, filters, explanations, the office fallback, danger detection and
//! the finder's URL parameters.
#![cfg(not(target_arch = "wasm32"))]

use pruvodce::domain::finder::{run_finder, AgeGroup, Answers, HelpKind, Who};
use pruvodce::domain::index::Index;
use pruvodce::domain::offices::{find_municipality, office_for, OfficeReason};
use pruvodce::domain::rank::{Query, SearchResult};
use pruvodce::domain::snapshot::{Form, Snapshot, TargetGroup};

fn snap() -> Snapshot {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mini.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn search(s: &Snapshot, i: &Index, text: &str) -> SearchResult {
    i.search(s, &Query { text: text.into(), limit: 5, ..Query::default() })
}

fn top(s: &Snapshot, i: &Index, text: &str) -> Vec<String> {
    search(s, i, text).hits.iter().map(|h| s.services[h.service].id.clone()).collect()
}

#[test]
fn diacritics_stemming_typos_prefix() {
    let s = snap();
    let i = Index::build(&s);
    for (q, want) in [
        ("pečovatelská služba", "s40"),
        ("pecovatelska sluzba", "s40"),
        ("PEČOVATELSKOU SLUŽBOU", "s40"),
        ("pecovatelksa sluzba", "s40"), // swapped letters
        ("pečovatel", "s40"),           // being typed
        ("noclehárnu", "s63"),
        ("nocleharna", "s63"),
        ("nocleh", "s63"),
        ("tlumocnik", "s56"),
        ("nouzove tlac", "s41"),
    ] {
        assert!(top(&s, &i, q).first().is_some_and(|id| id == want), "{q}: {:?}", top(&s, &i, q));
    }
}

#[test]
fn seniors_inflections_meet() {
    let s = snap();
    let i = Index::build(&s);
    let a = top(&s, &i, "seniorům ");
    assert!(!a.is_empty());
    assert_eq!(a, top(&s, &i, "seniory "));
    assert_eq!(a, top(&s, &i, "senior "));
}

#[test]
fn lexicon_phrases() {
    let s = snap();
    let i = Index::build(&s);
    for (q, want) in [
        ("domov důchodců", "s49"),
        ("nemám kde spát", "s63"),
        ("bije mě", "s60a"),
        ("fetuje", "s59"),
        ("exekuce", "s37"),
        ("znakový jazyk", "s56"),
        ("opožděný vývoj", "s54"),
        ("dovoz obědů", "s40"),
    ] {
        let got = top(&s, &i, q);
        assert!(got.iter().take(3).any(|id| id == want), "{q}: {got:?}");
    }
}

#[test]
fn no_service_means_office_and_no_hits() {
    let s = snap();
    let i = Index::build(&s);
    for q in ["oprava střechy", "kde je pošta", "pes", "xyzzy qwerty"] {
        let r = search(&s, &i, q);
        assert!(r.hits.is_empty(), "{q}: {:?}", r.hits);
        assert_eq!(r.office.as_ref().map(|o| o.reason), Some(OfficeReason::NoMatch), "{q}");
    }
}

#[test]
fn filters_cut_and_why_explains() {
    let s = snap();
    let i = Index::build(&s);
    let base = Query { text: "pečovatelská služba".into(), ..Query::default() };
    let all = i.search(&s, &base);
    assert!(all.hits.iter().any(|h| s.services[h.service].id == "s40b"));
    let vlasim = Query { municipality: Some("530701".into()), ..base.clone() };
    let r = i.search(&s, &vlasim);
    assert!(r.hits.iter().all(|h| s.services[h.service].area.serves("530701")), "cut by municipality");
    assert!(!r.hits.iter().any(|h| s.services[h.service].id == "s40b"));
    let hit = r.hits.iter().find(|h| s.services[h.service].id == "s40").unwrap();
    assert!(hit.why.contains(&"pečovatelská služba".to_string()), "{:?}", hit.why);
    assert!(hit.why.iter().any(|w| w == "jezdí i do obce Postupice"), "{:?}", hit.why);
    assert!(hit.why.iter().any(|w| w.starts_with("shoda: ") && w.contains("pečovatelská")), "{:?}", hit.why);
    let free = i.search(&s, &Query { free_only: true, ..base.clone() });
    assert!(free
        .hits
        .iter()
        .all(|h| s.services[h.service].fee.kind == pruvodce::domain::snapshot::FeeKind::Free));
    // Filters that remove everything: the office, with the reason.
    let none = i.search(&s, &Query { forms: vec![Form::Pobytova], free_only: true, ..base.clone() });
    assert!(none.hits.is_empty());
    assert_eq!(none.office.map(|o| o.reason), Some(OfficeReason::Filtered));
    let kids = i.search(&s, &Query { text: "domov".into(), age: Some(8), ..Query::default() });
    assert!(kids.hits.iter().all(|h| s.services[h.service].id != "s49"));
    let g = i.search(
        &s,
        &Query { text: "domov".into(), target_group: Some(TargetGroup::Demence), ..Query::default() },
    );
    assert!(g.hits.iter().all(|h| s.services[h.service].target_groups.contains(&TargetGroup::Demence)));
}

#[test]
fn empty_text_lists_filtered_services_by_name() {
    let s = snap();
    let i = Index::build(&s);
    let r = i.search(&s, &Query { forms: vec![Form::Pobytova], ..Query::default() });
    assert!(r.hits.len() > 5 && r.office.is_none());
    assert!(r.hits.iter().all(|h| s.services[h.service].forms.contains(&Form::Pobytova)));
    let names: Vec<String> =
        r.hits.iter().map(|h| pruvodce::domain::text::fold(&s.services[h.service].name)).collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
}

#[test]
fn crisis_first() {
    let s = snap();
    let i = Index::build(&s);
    for q in [
        "manžel mě bije",
        "nechci žít",
        "týrá mě",
        "ubližuje dítěti",
        "chci umřít",
        "domácí násilí",
        "vyhrožuje zabitím",
    ] {
        assert!(search(&s, &i, q).crisis_first, "{q}");
    }
    for q in ["pečovatelská služba", "dluhy", "domov důchodců", "nemám kde spát", "syn bere drogy"] {
        assert!(!search(&s, &i, q).crisis_first, "{q}");
    }
}

#[test]
fn offices_and_municipalities() {
    let s = snap();
    assert_eq!(
        find_municipality(&s, "Tynec nad Sazavou").map(|i| s.municipalities[i].name.as_str()),
        Some("Týnec nad Sázavou")
    );
    assert_eq!(find_municipality(&s, "530620").map(|i| s.municipalities[i].name.as_str()), Some("Vlašim"));
    assert_eq!(find_municipality(&s, "Praha"), None);
    assert_eq!(office_for(&s, Some("Vlašim")), vec![1]);
    assert_eq!(office_for(&s, None), vec![0, 1]);
}

#[test]
fn finder_never_empty_and_crisis() {
    let s = snap();
    let i = Index::build(&s);
    let a = Answers {
        situations: vec!["pece-doma".into()],
        age: Some(AgeGroup::Senior),
        who: Some(Who::Close),
        ..Answers::default()
    };
    let r = run_finder(&i, &s, &a);
    assert!(!r.hits.is_empty() && !r.crisis_first);
    assert_eq!(s.services[r.hits[0].service].law_section.as_deref(), Some("40"));
    assert!(r.hits[0].why.iter().any(|w| w == "odpovídá: Péče o blízkého doma"), "{:?}", r.hits[0].why);
    // Age band overlap: the senior home (65+) is not offered for a child.
    let child = Answers {
        situations: vec!["pece-doma".into(), "bez-bydleni".into()],
        age: Some(AgeGroup::Child),
        ..Answers::default()
    };
    assert!(run_finder(&i, &s, &child).hits.iter().all(|h| s.services[h.service].id != "s63"));
    // Nothing fits: still the office.
    let nothing = Answers {
        situations: vec!["dluhy".into()],
        help: vec![HelpKind::Stay],
        municipality: Some("530620".into()),
        ..Answers::default()
    };
    let r = run_finder(&i, &s, &nothing);
    assert!(r.hits.is_empty());
    let office = r.office.and_then(|o| s.offices.get(o.office));
    assert_eq!(office.map(|o| o.id.as_str()), Some("orp-vlasim"));
    let stale = i.search(&s, &Query { situations: vec!["zmizela".into()], ..Query::default() });
    assert!(stale.hits.is_empty() && stale.office.is_some());
    let danger = Answers { situations: vec!["domaci-nasili".into()], ..Answers::default() };
    let r = run_finder(&i, &s, &danger);
    assert!(r.crisis_first && !r.hits.is_empty());
}

#[test]
fn finder_params_are_neutral_and_round_trip() {
    let s = snap();
    let a = Answers {
        who: Some(Who::Me),
        age: Some(AgeGroup::Adult),
        situations: vec!["domaci-nasili".into(), "dluhy".into()],
        municipality: Some("529303".into()),
        help: vec![HelpKind::AtHome, HelpKind::Phone],
    };
    let params = a.to_params(&s);
    let url: String = params.iter().map(|(k, v)| format!("{k}={v}&")).collect();
    assert!(!url.contains("nasili") && !url.contains("dluhy"), "{url}");
    let back: Vec<(String, String)> = params.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    assert_eq!(Answers::from_params(&back, &s), a);
    let junk = vec![
        ("situace".to_string(), "s99,x,s2".to_string()),
        ("vek".into(), "??".into()),
        ("obec".into(), "Atlantis".into()),
    ];
    let parsed = Answers::from_params(&junk, &s);
    assert_eq!(parsed.situations, vec![s.life_situations[1].id.clone()]);
    assert_eq!(parsed.age, None);
    assert_eq!(parsed.municipality, None);
}

#[test]
fn suggest_completes_with_diacritics() {
    let s = snap();
    let i = Index::build(&s);
    let got = i.suggest("pecov", 5);
    assert!(got.iter().any(|g| g == "pečovatelská služba"), "{got:?}");
    assert!(i.suggest("domov duch", 3).iter().any(|g| g == "domov důchodců"));
    assert!(i.suggest("", 3).is_empty());
    assert!(i.memory_bytes() > 0);
}
