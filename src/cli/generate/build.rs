//! Assembles the synthetic catalogue: municipalities and offices, providers, services, life situations
//! and the real national crisis lines.

use super::words::*;
use super::Rng;

use crate::domain::snapshot::*;

/// Same seed and size ⇒ identical snapshot. About 100 municipalities, 3–10 offices.
pub fn generate_snapshot(services: usize, seed: u64) -> Snapshot {
    let mut rng = Rng::new(seed);
    let municipalities_n = 100;
    let offices_n = rng.range(3, 10);
    let names = municipality_names(&mut rng, municipalities_n);
    let offices: Vec<Office> = (0..offices_n).map(|i| office(&mut rng, &names[i], i)).collect();
    let municipalities: Vec<Municipality> = names
        .iter()
        .enumerate()
        .map(|(i, name)| Municipality {
            id: format!("{}", 530_000 + i * 7),
            code: Some(format!("{}", 530_000 + i * 7)),
            name: name.clone(),
            office: offices[i % offices_n].id.clone(),
            centroid: Some(GeoPoint {
                lat: round5(49.4 + rng.unit() * 0.5),
                lon: round5(14.4 + rng.unit() * 0.8),
            }),
            parts: Vec::new(),
        })
        .collect();
    let providers_n = services.div_ceil(3);
    let providers: Vec<Provider> = (0..providers_n)
        .map(|i| {
            let town = &names[rng.below(names.len())];
            let name = rng.pick(PROVIDER_PATTERNS).replace("{}", town);
            let id = format!("p{i:05}");
            Provider {
                contacts: contacts(&mut rng, &id),
                ico: Some(crate::domain::text::ico::with_check_digit(rng.below(10_000_000) as u32)),
                id,
                name,
            }
        })
        .collect();
    let services =
        (0..services).map(|i| super::service::service(&mut rng, i, &providers, &municipalities)).collect();
    Snapshot {
        schema_version: SCHEMA_VERSION,
        meta: Meta {
            region_id: format!("synteticky-{seed}"),
            region_name: "Syntetický okres".into(),
            region_kind: RegionKind::Okres,
            publisher: "katalog generate".into(),
            data_date: "2026-11-01".into(),
            sources: Vec::new(),
            contact: None,
            demo: true,
            note: Some("synthetic benchmark data".into()),
        },
        municipalities,
        offices,
        providers,
        services,
        life_situations: life_situations(),
        crisis_lines: crisis_lines(),
        documents: Vec::new(),
        news: Vec::new(),
        comment_campaigns: Vec::new(),
    }
}

/// About a metre of precision is plenty and keeps the file small.
pub(super) fn round5(x: f64) -> f64 {
    (x * 100_000.0).round() / 100_000.0
}

fn municipality_names(rng: &mut Rng, n: usize) -> Vec<String> {
    let mut all: Vec<String> =
        NAME_FIRST.iter().flat_map(|a| NAME_SECOND.iter().map(move |b| format!("{a} {b}"))).collect();
    // Fisher–Yates, so the seed changes which towns exist.
    for i in (1..all.len()).rev() {
        all.swap(i, rng.below(i + 1));
    }
    all.truncate(n);
    all
}

fn office(rng: &mut Rng, town: &str, i: usize) -> Office {
    let id = format!("orp-{i}");
    Office {
        name: format!("Městský úřad {town}"),
        department: Some("Odbor sociálních věcí".into()),
        address: Some(address(rng, town)),
        contacts: contacts(rng, &id),
        opening_hours: vec!["Po, St 8:00–17:00".into(), "Út, Čt 8:00–14:00".into()],
        id,
    }
}

pub(super) fn address(rng: &mut Rng, town: &str) -> Address {
    Address {
        street: Some(rng.pick(STREETS).to_string()),
        number: Some(format!("{}", rng.range(1, 2500))),
        city: town.to_string(),
        postcode: Some(format!("2{:02} {:02}", rng.below(100), rng.below(100))),
        municipality: None,
        example: true,
    }
}

/// Placeholder contacts on the reserved `.example` domain, flagged as examples.
pub(super) fn contacts(rng: &mut Rng, id: &str) -> Contacts {
    Contacts {
        phones: vec![Phone {
            number: format!("+420 {} {:03} {:03}", rng.range(601, 799), rng.below(1000), rng.below(1000)),
            note: None,
        }],
        emails: vec![format!("info@{id}.example")],
        web: Some(format!("https://{id}.example/")),
        example: true,
    }
}

fn life_situations() -> Vec<LifeSituation> {
    LIFE_SITUATIONS
        .iter()
        .map(|(id, name, description, sections, words)| LifeSituation {
            id: id.to_string(),
            name: name.to_string(),
            description: description.to_string(),
            law_sections: sections.iter().map(|s| s.to_string()).collect(),
            categories: Vec::new(),
            target_groups: Vec::new(),
            words: words.iter().map(|s| s.to_string()).collect(),
            sensitive: *id == "domaci-nasili",
            danger: *id == "domaci-nasili",
            translations: Default::default(),
        })
        .collect()
}

/// The real national numbers (facts, not placeholders).
pub(crate) fn crisis_lines() -> Vec<CrisisLine> {
    let line = |name: &str, number: &str, note: Option<&str>| CrisisLine {
        name: name.into(),
        number: number.into(),
        hours: "nonstop".into(),
        free: true,
        note: note.map(str::to_string),
    };
    vec![
        line("Tísňová linka", "112", Some("jednotné evropské číslo tísňového volání")),
        line("Zdravotnická záchranná služba", "155", None),
        line("Policie ČR", "158", None),
        line("Hasiči", "150", None),
        line("Linka bezpečí", "116 111", Some("pro děti a studenty")),
        line("Linka první psychické pomoci", "116 123", None),
    ]
}
