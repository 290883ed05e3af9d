//! Importer of the national feed of registered services for older people (zdenekpesicka/
//! AutomatizaceKatalogu, `data/katalog.json`: `{"verzeSchematu": "1.x", "mista": [...]}`, MPSV
//! registry and ÚZIS health records merged by RÚIAN address). It streams the places (`import::stream`),
//! keeps those in the district asked for (`--okres`: LAU code such as CZ0201, region code CZ010 for
//! Prague, or the district's name), and turns every service into one snapshot service with a location
//! per place it is given at. Ended services are left out. `meta.sources` carries the three sources and
//! the attribution the CC BY 4.0 ones require. Mappings: `docs/import.md`.

mod map;
mod raw;

use std::collections::{HashMap, HashSet};
use std::io::Read;

use crate::domain::classify::Classifier;
use crate::domain::date::Date;
use crate::domain::snapshot::*;
use crate::import::common::{fold, slug, ImportError};
use crate::import::rpss::{offices, OfficesFile};

#[derive(Debug, Clone)]
pub struct FeedOptions {
    /// District (LAU code "CZ0201", region code "CZ010", or name "Benešov"); `None` imports everything.
    pub okres: Option<String>,
    pub today: Date,
    pub offices: Option<OfficesFile>,
}

/// Counts for the CLI's summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedStats {
    pub places: usize,
    pub places_elsewhere: usize,
    pub services: usize,
    pub ended: usize,
    pub to_review: usize,
}

#[derive(Debug, Clone)]
pub struct FeedImport {
    pub snapshot: Snapshot,
    pub warnings: Vec<String>,
    pub stats: FeedStats,
}

fn in_district(p: &raw::Place, want: &str) -> bool {
    let Some(a) = p.adresa.as_ref() else { return false };
    let eq = |s: Option<&str>| s.is_some_and(|s| fold(s.trim()) == fold(want.trim()));
    eq(a.kod_okresu.get()) || eq(a.kod_kraje.get()) || eq(a.okres.get())
}

pub const SOURCES: [(&str, &str, Option<&str>, Option<&str>); 3] = [
    (
        "Registr poskytovatelů sociálních služeb (MPSV), přes katalog zdenekpesicka/AutomatizaceKatalogu",
        "https://github.com/zdenekpesicka/AutomatizaceKatalogu",
        Some("bez licenčních omezení (podmínky užití MPSV)"),
        None,
    ),
    (
        "NRPZS: Místa poskytování zdravotních služeb (ÚZIS ČR)",
        "https://nrpzs.uzis.cz",
        Some("CC BY 4.0"),
        Some("NRPZS: Místa poskytování zdravotních služeb. Zelinková H., Klimeš D., Šnábl I., Májek T., Jarkovský J., Klika P., Vičar M., Jochcová M., Komenda M., Dušek L. Praha: ÚZIS ČR. Dostupné z https://nrpzs.uzis.cz. Licence CC BY 4.0."),
    ),
    (
        "RÚIAN, adresní místa (ČÚZK)",
        "https://vdp.cuzk.gov.cz",
        Some("CC BY 4.0"),
        Some("Data RÚIAN o adresách poskytovaná pro stát ve formátu CSV. Český úřad zeměměřický a katastrální. Dostupné z https://vdp.cuzk.gov.cz. Licence CC BY 4.0."),
    ),
];

/// Imports the feed from `reader`; `source` names the input in error messages.
pub fn import_feed<R: Read>(reader: R, source: &str, opts: &FeedOptions) -> Result<FeedImport, ImportError> {
    let want = opts.okres.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let classifier = Classifier::new();
    let today = opts.today.to_string();
    let mut stats = FeedStats::default();
    let mut warnings = Vec::new();
    let mut services: Vec<Service> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut providers: Vec<Provider> = Vec::new();
    let mut provider_ids: HashSet<String> = HashSet::new();
    let mut munis: Vec<(String, String)> = Vec::new();
    let mut muni_codes: HashSet<String> = HashSet::new();
    let mut district_name: Option<String> = None;
    let mut each = |i: usize, place: raw::Place| {
        stats.places += 1;
        if want.is_some_and(|w| !in_district(&place, w)) {
            stats.places_elsewhere += 1;
            return;
        }
        if district_name.is_none() {
            district_name = place.adresa.as_ref().and_then(|a| a.okres.get().map(str::to_string));
        }
        let loc = map::location(&place);
        if loc.is_none() {
            warnings.push(format!(
                "$.mista[{i}] ({}): no address; its services have no location",
                place.id.get().unwrap_or("?")
            ));
        }
        for raw in &place.sluzby {
            if crate::import::records::ended(raw.datum_poskytovani_do.get(), opts.today) {
                stats.ended += 1;
                continue;
            }
            let provider = map::provider(raw);
            let key = raw.id.get().map(str::to_string).unwrap_or_else(|| format!("{i}-{}", services.len()));
            let at = *by_id.entry(key).or_insert_with(|| {
                services.push(map::service(raw, services.len(), &provider, &today, &classifier));
                services.len() - 1
            });
            if provider_ids.insert(provider.id.clone()) {
                providers.push(provider);
            }
            if let Some((l, m)) = &loc {
                if !services[at].locations.contains(l) && services[at].locations.len() < 200 {
                    services[at].locations.push(l.clone());
                }
                if let Some(m) = m.as_ref().filter(|m| muni_codes.insert(m.0.clone())) {
                    munis.push(m.clone());
                }
            }
        }
    };
    crate::import::stream::for_each_item(reader, "mista", &mut each)
        .map_err(|e| ImportError::data(format!("{source}: {e}")))?;
    if let Some(w) = want.filter(|_| services.is_empty()) {
        return Err(ImportError::data(format!(
            "{source}: no place lies in district {w:?} (use a code such as CZ0201, CZ010 or a district name)"
        )));
    }
    for s in &mut services {
        let codes: Vec<String> = s.locations.iter().filter_map(|l| l.address.municipality.clone()).collect();
        s.area.whole_region = s.area.whole_region || codes.is_empty();
        if !s.area.whole_region {
            s.area.municipalities = codes.into_iter().fold(Vec::new(), |mut v, c| {
                if !v.contains(&c) {
                    v.push(c);
                }
                v
            });
        }
    }
    stats.services = services.len();
    stats.to_review = services.iter().filter(|s| s.review.is_some()).count();
    munis.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    let (municipalities, offices, note) = offices::attach(&munis, opts.offices.as_ref(), &mut warnings);
    let region_name = match (want, district_name) {
        (Some(_), Some(n)) => format!("okres {n}"),
        (Some(w), None) => w.to_string(),
        (None, _) => "Česká republika".to_string(),
    };
    let meta = Meta {
        region_id: Some(slug(region_name.trim_start_matches("okres ")))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "katalog".into()),
        region_name,
        region_kind: RegionKind::Okres,
        publisher: "Průvodce (import národního katalogu služeb pro seniory)".into(),
        data_date: today.clone(),
        sources: SOURCES
            .iter()
            .map(|(name, url, licence, attribution)| Source {
                name: name.to_string(),
                url: Some(url.to_string()),
                licence: licence.map(str::to_string),
                attribution: attribution.map(str::to_string),
            })
            .collect(),
        contact: None,
        demo: false,
        note,
    };
    let snapshot = super::common::registry_snapshot(meta, municipalities, offices, providers, services);
    Ok(FeedImport { snapshot, warnings, stats })
}
