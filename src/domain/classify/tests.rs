//! The classifier on the usual real names: inflected, abbreviated, generic, and housing vs care.

use super::*;
use Kind::{Category as C, Law as L};

fn by_name(name: &str) -> Option<Classification> {
    classify(&Evidence { name, ..Evidence::default() })
}

fn kind(name: &str) -> Option<Kind> {
    by_name(name).map(|c| c.kind)
}

/// The usual real names, inflected and abbreviated, each with the type it must get and whether the
/// classifier may be sure of it.
#[test]
fn usual_names_get_their_types() {
    let high: &[(&str, Kind)] = &[
        ("Pečovatelská služba Vlašim", L("40")),
        ("Charitní pečovatelská služba Znojmo", L("40")),
        ("Pečovatelskou službou města Benešov", L("40")),
        ("Občanská poradna Benešov", L("37")),
        ("Občanské poradny", L("37")),
        ("Manželská a rodinná poradna Kolín", C("poradenstvi")),
        ("Domov pro seniory Kurojedy", L("49")),
        ("Domov seniorů Panorama", L("49")),
        ("Domov se zvláštním režimem Vlčí mák", L("50")),
        ("DZR Vlčí mák", L("50")),
        ("Domov pro osoby se zdravotním postižením Ráček", L("48")),
        ("DOZP Ráček", L("48")),
        ("Linka důvěry Kolín", L("55")),
        ("Raná péče Diakonie", L("54")),
        ("Azylový dům pro matky s dětmi", L("57")),
        ("Azylovém domě", L("57")),
        ("Nízkoprahové zařízení pro děti a mládež Klub Jahoda", L("62")),
        ("NZDM Klubko", L("62")),
        ("K-centrum Benešov", L("59")),
        ("Sociálně terapeutická dílna Mošna", L("67")),
        ("STD Mošna", L("67")),
        ("Denní stacionář Dobromysl", L("46")),
        ("Odlehčovací služby - terénní", L("44")),
        ("Respitní péče České alzheimerovské společnosti", L("44")),
        ("Osobní asistence Třebíč", L("39")),
        ("Tísňová péče", L("41")),
        ("Sociální rehabilitace Fokus", L("70")),
        ("Terénní programy Benešovsko", L("69")),
        ("Chráněné bydlení Slunečnice", L("51")),
        ("CHB Slunečnice", L("51")),
        ("Noclehárna pro muže", L("63")),
        ("Nocleháren", L("63")),
        ("Intervenční centrum Středočeského kraje", L("60a")),
        ("Sociálně aktivizační služby pro rodiny s dětmi", L("65")),
        ("Sociálně aktivizační služby pro seniory a OZP", L("66")),
        ("Centrum denních služeb Bezručova", L("45")),
        ("Domácí zdravotní péče Charita", C("domaci-zdravotni-pece")),
        ("Mobilní hospic Ondrášek", C("hospic")),
        ("Půjčovna kompenzačních pomůcek", C("pujcovna-pomucek")),
        ("Senior taxi Benešov", C("doprava")),
        ("Klub seniorů Vlašim", C("volny-cas")),
        ("OSP Charita", L("37")),
    ];
    for (name, want) in high {
        let c = by_name(name).unwrap_or_else(|| panic!("{name}: not classified"));
        assert_eq!((c.kind, c.confidence), (*want, Confidence::High), "{name}");
        assert!(c.review.is_none(), "{name}");
    }
}

/// "Domy s pečovatelskou službou" are housing, not §40, and only a guess: reviewed.
#[test]
fn care_houses_are_housing_and_reviewed() {
    for name in ["Domy s pečovatelskou službou", "Dům s pečovatelskou službou Vlašim", "DPS Vlašim"] {
        let c = by_name(name).unwrap();
        assert_eq!(c.kind, C("bydleni"), "{name}");
        assert_eq!(c.confidence, Confidence::Low, "{name}");
        assert_eq!(c.review.map(|r| r.reason), Some(ReviewReason::WeakEvidence), "{name}");
    }
}

#[test]
fn generic_words_are_low_confidence_guesses() {
    for (name, want) in
        [("Domov Dolní Cetno", L("49")), ("Poradna Spolku Tulipán", L("37")), ("DpS Písečná", L("49"))]
    {
        let c = by_name(name).unwrap();
        assert_eq!((c.kind, c.confidence), (want, Confidence::Low), "{name}");
        assert!(c.review.as_ref().and_then(|r| r.evidence.as_ref()).is_some(), "{name}");
    }
    // Two specific phrases of different types: ambiguous.
    let c = by_name("Osobní asistence a pečovatelská služba").unwrap();
    assert_eq!(c.review.map(|r| r.reason), Some(ReviewReason::Ambiguous));
}

#[test]
fn description_terms_and_provider_are_evidence() {
    let terms = vec!["Raná péče".to_string()];
    let e = Evidence { name: "Modrý klíč", terms: &terms, ..Evidence::default() };
    assert_eq!(classify(&e).map(|c| (c.kind, c.confidence)), Some((L("54"), Confidence::High)));
    let e = Evidence {
        name: "Slunce",
        description: "Poskytujeme pečovatelskou službu v domácnosti.",
        ..Evidence::default()
    };
    let c = classify(&e).unwrap();
    assert_eq!((c.kind, c.confidence), (L("40"), Confidence::Low));
    let e =
        Evidence {
            name: "Středisko Sušice", provider: "Pečovatelská služba Žlutice", ..Evidence::default()
        };
    assert_eq!(classify(&e).map(|c| (c.kind, c.confidence)), Some((L("40"), Confidence::Low)));
    // Aktivizační services for families go to §65 when the service's own words say so.
    let e = Evidence {
        name: "Sociálně aktivizační služby",
        description: "pro rodiny s dětmi",
        ..Evidence::default()
    };
    assert_eq!(classify(&e).map(|c| c.kind), Some(L("65")));
}

#[test]
fn nothing_means_none_and_jine() {
    assert_eq!(kind("THERÁPON 98, a.s."), None);
    assert_eq!(kind(""), None);
    // A word that only starts like a type word does not count ("dum" is no "domov").
    assert_eq!(kind("Dům sv. Antonína"), None);
    let (law, cat, review) = to_fields(None);
    assert_eq!((law, cat.as_deref()), (None, Some("jine")));
    assert_eq!(review.map(|r| r.reason), Some(ReviewReason::Unclassified));
}
