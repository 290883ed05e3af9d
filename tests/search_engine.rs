//! Behaviour of the search engine and the finder on the small fixture catalogue: folding, stemming,
//! typos, prefixes, lexicon phrases, filters, explanations, the office fallback, danger detection and
//! the finder's URL parameters.
#![cfg(not(target_arch = "wasm32"))]

use pruvodce::domain::finder::{run_finder, AgeGroup, Answers, HelpKind, Who};
use pruvodce::domain::index::Index;
use pruvodce::domain::offices::{find_municipality, office_for, OfficeReason};
use pruvodce::domain::rank::{Query, SearchResult, Why};
use pruvodce::domain::snapshot::{Form, Snapshot, TargetGroup};
use pruvodce::i18n::Lang;

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
    let why: Vec<String> = hit.why.iter().map(|w| Lang::Cs.why(w)).collect();
    assert!(why.contains(&"pečovatelská služba".to_string()), "{why:?}");
    assert!(why.iter().any(|w| w == "jezdí i\u{a0}do obce Postupice"), "{why:?}");
    assert!(why.iter().any(|w| w.starts_with("shoda: ") && w.contains("pečovatelská")), "{why:?}");
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
    assert!(r.hits[0].why.contains(&Why::Situation("Péče o blízkého doma".into())), "{:?}", r.hits[0].why);
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

/// The made-up town guide written like real ones (untyped services, no keywords); it must be a valid
/// catalogue, as the app would load it.
fn town() -> Snapshot {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/eval/town-guide.json");
    let bytes = std::fs::read(path).unwrap();
    match pruvodce::domain::validate::validate_bytes(&bytes) {
        Ok(v) => v.snapshot,
        Err(report) => panic!("town guide is invalid: {:?}", report.errors),
    }
}

fn ids(s: &Snapshot, r: &SearchResult) -> Vec<String> {
    r.hits.iter().map(|h| s.services[h.service].id.clone()).collect()
}

/// Issue 15: a concept ("dluhy" → counselling) used to return only the concept's typed services, so a
/// civic advice centre offering debt counselling in its description was never a result.
#[test]
fn description_match_is_not_dropped_by_concept() {
    let s = town();
    let i = Index::build(&s);
    let r = i.search(&s, &Query { text: "dluhy".into(), limit: 10, ..Query::default() });
    let got = ids(&s, &r);
    assert!(got.contains(&"obcanska".to_string()), "{got:?}");
    let hit = r.hits.iter().find(|h| s.services[h.service].id == "obcanska").unwrap();
    assert!(hit.why.contains(&Why::InDescription(vec!["dluhy".into()])), "{:?}", hit.why);
    assert_eq!(Lang::Cs.why(&Why::InDescription(vec!["dluhy".into()])), "v\u{a0}popisu: dluhy");
}

/// Issue 15: results come in tiers, and the why says which: services of the right kind (by type or by
/// their own name) first, then services whose description matches.
#[test]
fn right_kind_ranks_before_description_matches() {
    let s = town();
    let i = Index::build(&s);
    for (q, first, later) in [
        ("dluhy", "dluhova", "obcanska"),
        ("hospic", "hospic-luzkovy", "osetrovatelska"),
        ("kompenzační pomůcky", "pujcovna", "poradna-ozp"),
    ] {
        let r = i.search(&s, &Query { text: q.into(), limit: 10, ..Query::default() });
        let got = ids(&s, &r);
        let (a, b) = (got.iter().position(|x| x == first), got.iter().position(|x| x == later));
        assert!(a.is_some() && b.is_some() && a < b, "{q}: {got:?}");
        let later_why = &r.hits[b.unwrap_or(0)].why;
        assert!(
            later_why.iter().any(|w| matches!(w, Why::InDescription(_) | Why::DescriptionMeans(_))),
            "{q}: {later_why:?}"
        );
    }
}

/// Issue 15: general labels for kinds of help (a town guide's situations) find untyped services whose
/// names and descriptions say what they do.
#[test]
fn labels_for_kinds_of_help_find_untyped_services() {
    let s = town();
    let i = Index::build(&s);
    for (q, want) in [
        ("pobytové služby", &["domov-seniory", "domov-lipy", "dzr"][..]),
        ("volnočasové aktivity", &["klub-seniory", "ddm"]),
        ("domácí zdravotní péče", &["osetrovatelska", "home-care"]),
        ("doprava k lékaři a na úřady", &["senior-taxi", "socialni-auto"]),
        ("pěstounská péče", &["pestouni"]),
        ("partnerské problémy", &["manzelska"]),
        ("základní poradenství", &["obcanska"]),
    ] {
        let got = ids(&s, &i.search(&s, &Query { text: q.into(), limit: 10, ..Query::default() }));
        for w in want {
            assert!(got.contains(&w.to_string()), "{q}: {w} missing in {got:?}");
        }
    }
}

/// Issue 15: descriptions count now, but "oprava střechy" must still give the office and no service,
/// because no word means a social service: a stray "opravy" in a home-care description is not a match.
#[test]
fn roof_repair_gives_office_only() {
    let mut s = snap();
    s.services[0].description.push_str(" Zajistíme i drobné opravy v domácnosti.");
    let t = town();
    for s in [s, t] {
        let i = Index::build(&s);
        for q in ["oprava střechy", "oprava střechy ", "opravy"] {
            let r = i.search(&s, &Query { text: q.into(), limit: 10, ..Query::default() });
            assert!(r.hits.is_empty(), "{q}: {:?}", ids(&s, &r));
            assert_eq!(r.office.as_ref().map(|o| o.reason), Some(OfficeReason::NoMatch), "{q}");
        }
    }
}
