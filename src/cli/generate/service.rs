//! One synthetic service: its legal type or category, name, description from phrase tables, target
//! groups, forms, area, location, contacts, fee and capacity.

use super::build::{address, contacts, round5};
use super::words::*;
use super::Rng;
use crate::domain::law::{CATEGORIES, LAW_TYPES};
use crate::domain::snapshot::*;

pub(super) fn service(rng: &mut Rng, i: usize, providers: &[Provider], munis: &[Municipality]) -> Service {
    let provider = rng.pick(providers);
    let home = rng.pick(munis);
    let related = rng.chance(15);
    let (law_section, category, kind_name, mut text) = if related {
        let (cat, phrase) = *rng.pick(CATEGORY_PHRASES);
        let name = CATEGORIES.iter().find(|c| c.id == cat).map_or("služba", |c| c.name);
        (None, Some(cat.to_string()), name, vec![phrase])
    } else {
        let t = rng.pick(LAW_TYPES);
        let phrases = TYPE_TEXT.iter().find(|x| x.section == t.section).map_or(&[][..], |x| x.phrases);
        (Some(t.section), None, t.name, phrases.to_vec())
    };
    for _ in 0..rng.range(1, 3) {
        text.push(*rng.pick(GENERIC_PHRASES));
    }
    let section = law_section.unwrap_or("");
    let tt = TYPE_TEXT.iter().find(|x| x.section == section);
    let target_groups = match tt {
        Some(t) => t.groups.to_vec(),
        None => vec![*rng.pick(&TargetGroup::ALL)],
    };
    let forms = forms_for(rng, section);
    let whole_region = rng.chance(20);
    let area_n = if whole_region { 0 } else { rng.range(1, 15) };
    let start = rng.below(munis.len());
    let mut area: Vec<String> =
        (0..area_n).map(|k| munis[(start + k * 3) % munis.len()].id.clone()).collect();
    area.sort();
    area.dedup();
    let residential_only = forms == [Form::Terenni];
    let locations = if residential_only {
        Vec::new()
    } else {
        vec![Location {
            name: None,
            address: Address { municipality: Some(home.id.clone()), ..address(rng, &home.name) },
            coordinates: home.centroid.map(|c| GeoPoint {
                lat: round5(c.lat + rng.unit() * 0.01),
                lon: round5(c.lon + rng.unit() * 0.01),
            }),
        }]
    };
    let mut keywords: Vec<String> =
        tt.map_or(&[][..], |t| t.keywords).iter().map(|k| k.to_string()).collect();
    keywords.push(home.name.to_lowercase());
    let id = format!("s{i:05}");
    let own_contacts = rng.chance(70).then(|| contacts(rng, &id));
    Service {
        name: service_name(kind_name, &provider.name, &home.name, rng),
        provider: provider.id.clone(),
        law_section: law_section.map(str::to_string),
        category,
        description: text.join(" "),
        target_groups,
        age: Some(AgeRange { min: Some(if section == "49" { 65 } else { 18 }), max: None }),
        by_phone: section == "55" || rng.chance(20),
        forms,
        area: Area { whole_region, municipalities: area },
        locations,
        contacts: own_contacts,
        opening_hours: Vec::new(),
        hours: crate::domain::hours::text::parse_week("Po–Pá 7:00–15:30").ok(),
        fee: if section.is_empty() || rng.chance(50) {
            Fee { kind: FeeKind::Free, note: None }
        } else {
            Fee {
                kind: FeeKind::Paid,
                note: Some(format!("podle ceníku, max. {} Kč za hodinu", rng.range(120, 160))),
            }
        },
        capacity: vec![Capacity { count: rng.range(5, 120) as u32, unit: CapacityUnit::Clients, note: None }],
        registry_id: (!section.is_empty()).then(|| format!("{}", 1_000_000 + rng.below(8_999_999))),
        verified: Some(format!("2026-{:02}-{:02}", rng.range(1, 10), rng.range(1, 28))),
        started: None,
        ends: None,
        keywords,
        review: None,
        translations: Default::default(),
        id,
    }
}

fn service_name(kind: &str, provider: &str, town: &str, rng: &mut Rng) -> String {
    let mut cap = String::new();
    let mut chars = kind.chars();
    if let Some(c) = chars.next() {
        cap.extend(c.to_uppercase());
        cap.push_str(chars.as_str());
    }
    match rng.below(3) {
        0 => format!("{cap} Města {town}"),
        1 => format!("{cap} – {provider}"),
        _ => format!("{cap} {town}"),
    }
}

fn forms_for(rng: &mut Rng, section: &str) -> Vec<Form> {
    match section {
        "44" | "47" | "48" | "49" | "50" | "51" | "52" | "57" | "58" | "63" | "68" => vec![Form::Pobytova],
        "39" | "40" | "41" | "42" | "43" | "54" | "69" => vec![Form::Terenni],
        _ if rng.chance(40) => vec![Form::Ambulantni, Form::Terenni],
        _ => vec![Form::Ambulantni],
    }
}
