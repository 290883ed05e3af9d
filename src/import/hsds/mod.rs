//! Importer of Open Referral HSDS 3.0 JSON: reads any of the three shapes (`shape`), maps
//! organizations and services (`map`), and wraps them in a snapshot with no municipalities and no
//! offices (HSDS knows neither), every service covering the whole region. Mappings: `docs/import.md`.

mod map;
mod raw;
mod shape;

use crate::domain::classify::{to_fields, Classifier, Evidence};
use crate::domain::date::Date;
use crate::domain::hours::text::from_lines;
use crate::domain::snapshot::*;
use crate::import::common::{email, id_part, line, slug, web, ImportError};

#[derive(Debug, Clone)]
pub struct HsdsImport {
    pub snapshot: Snapshot,
    pub warnings: Vec<String>,
    /// Services left out because their status is inactive or defunct.
    pub skipped_inactive: usize,
}

fn unique(base: String, taken: &[String]) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

fn age(v: Option<&str>) -> Option<u8> {
    v.and_then(|a| a.parse::<f64>().ok()).filter(|a| (0.0..=150.0).contains(a)).map(|a| a.min(120.0) as u8)
}

/// Converts HSDS JSON; `source` names the input in errors; `today` is the data and verification date.
pub fn import_hsds(bytes: &[u8], source: &str, today: Date) -> Result<HsdsImport, ImportError> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let root: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| ImportError::data(format!("{source}: invalid JSON: {e}")))?;
    let orgs = shape::organizations(root, source)?;
    let mut warnings = Vec::new();
    let mut providers: Vec<Provider> = Vec::new();
    let mut services: Vec<Service> = Vec::new();
    let mut skipped_inactive = 0;
    let classifier = Classifier::new();
    for (oi, org) in orgs.iter().enumerate() {
        let base =
            org.id.get().and_then(id_part).or_else(|| Some(slug(org.name.get()?)).filter(|s| !s.is_empty()));
        let pid = unique(
            format!("org-{}", base.unwrap_or_else(|| format!("{oi}"))),
            &providers.iter().map(|p| p.id.clone()).collect::<Vec<_>>(),
        );
        let provider = map::provider(org, pid.clone());
        for s in &org.services {
            let status = s.status.get().unwrap_or("active").to_ascii_lowercase();
            if status == "inactive" || status == "defunct" {
                skipped_inactive += 1;
                continue;
            }
            let name = s.name.get().and_then(|n| line(n, 300)).unwrap_or_else(|| "Služba bez názvu".into());
            let base = s.id.get().and_then(id_part).unwrap_or_else(|| slug(&name));
            let id =
                unique(format!("hsds-{base}"), &services.iter().map(|x| x.id.clone()).collect::<Vec<_>>());
            let mut locations = Vec::new();
            let mut hours: Vec<String> = s.schedules.iter().filter_map(map::hours_line).collect();
            for sal in &s.service_at_locations {
                if let Some(l) = &sal.location {
                    match map::location(l, &mut warnings, &format!("service {id}")) {
                        Some(loc) if !locations.contains(&loc) => locations.push(loc),
                        Some(_) => {}
                        None => warnings
                            .push(format!("service {id}: a location has no address with a city; left out")),
                    }
                }
                hours.extend(sal.schedules.iter().filter_map(map::hours_line));
            }
            hours.dedup();
            let contacts = Contacts {
                phones: map::phones(&s.phones),
                emails: s.email.get().and_then(email).into_iter().collect(),
                web: s.url.get().and_then(web),
                example: false,
            };
            let terms: Vec<String> = s
                .attributes
                .iter()
                .filter_map(|a| a.taxonomy_term.as_ref()?.name.get().map(str::to_string))
                .chain(s.alternate_name.get().map(str::to_string))
                .collect();
            let evidence = Evidence {
                name: &name,
                terms: &terms,
                description: s.description.get().unwrap_or(""),
                provider: &provider.name,
            };
            let (law_section, category, review) = to_fields(classifier.classify(&evidence));
            let (min, max) = (age(s.minimum_age.get()), age(s.maximum_age.get()));
            let description = s.description.get().map(|d| d.chars().take(5000).collect::<String>());
            services.push(Service {
                id,
                provider: pid.clone(),
                name: name.clone(),
                law_section,
                category,
                description: description.filter(|d| !d.trim().is_empty()).unwrap_or(name),
                target_groups: Vec::new(),
                age: (min.is_some() || max.is_some())
                    .then_some(AgeRange { min, max })
                    .filter(|a| a.min <= a.max || a.max.is_none()),
                forms: Vec::new(),
                by_phone: false,
                area: Area { whole_region: true, municipalities: Vec::new() },
                locations,
                contacts: (!contacts.is_empty()).then_some(contacts),
                opening_hours: Vec::new(),
                // What reads as a week becomes data; the rest ("po domluvě") stays as the note.
                hours: (!hours.is_empty()).then(|| from_lines(&hours[..hours.len().min(50)])),
                fee: map::fee(s),
                capacity: Vec::new(),
                registry_id: None,
                verified: Some(today.to_string()),
                started: None,
                ends: None,
                keywords: Vec::new(),
                review,
                translations: Default::default(),
            });
        }
        providers.push(provider);
    }
    let first = providers.first().map(|p| p.name.clone()).unwrap_or_else(|| "HSDS import".into());
    let meta = Meta {
        region_id: "hsds".into(),
        region_name: first.clone(),
        region_kind: RegionKind::Town,
        publisher: first,
        data_date: today.to_string(),
        sources: vec![Source {
            name: "Open Referral HSDS 3.0".into(),
            url: None,
            licence: None,
            attribution: None,
        }],
        contact: None,
        demo: false,
        note: None,
    };
    let snapshot = super::common::registry_snapshot(meta, Vec::new(), Vec::new(), providers, services);
    Ok(HsdsImport { snapshot, warnings, skipped_inactive })
}
