//! Importer of the MPSV registry of social services (`rpss.json` + code lists) for one district. It
//! streams the file (see `import::stream`), keeps only active services with a facility in the district
//! (`map`), merges providers and municipalities, and attaches offices (`offices`). Traps of the real
//! data it handles are listed in `docs/import.md`. `merge` folds a fresh import into the coordinator's
//! current catalogue for the monthly update.

mod address;
pub mod ages;
pub mod codelist;
mod map;
pub mod merge;
mod merge_refs;
pub mod offices;
mod raw;

use std::io::Read;

pub use codelist::{CodeList, CodeLists};
pub use merge::{merge_registry, Gone, Merged, Removed};
pub use offices::OfficesFile;

use crate::domain::date::Date;
use crate::domain::snapshot::*;
use crate::import::common::{slug, ImportError};
use map::{map_item, Outcome};

/// What to import and as of which day.
#[derive(Debug, Clone)]
pub struct RpssOptions {
    /// District code, "Okres/3402" or "3402".
    pub okres: String,
    pub region_name: Option<String>,
    /// Services and facilities that ended before this day are left out; also the data date.
    pub today: Date,
    pub offices: Option<OfficesFile>,
}

/// Counts for the CLI's summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RpssStats {
    pub items: usize,
    pub imported: usize,
    pub ended: usize,
    pub other_okres: usize,
    pub duplicate_facilities: usize,
    pub duplicate_services: usize,
    /// Registry identifiers of the services left out as ended, and as lying in other districts.
    pub ended_ids: Vec<String>,
    pub elsewhere_ids: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct RpssImport {
    pub snapshot: Snapshot,
    pub warnings: Vec<String>,
    pub stats: RpssStats,
}

pub(crate) struct Ctx<'a> {
    pub okres: &'a str,
    pub today: Date,
    pub lists: &'a CodeLists,
}

/// Imports one district. `source` names the input in error messages (e.g. the file path).
pub fn import_rpss<R: Read>(
    reader: R,
    source: &str,
    lists: &CodeLists,
    opts: &RpssOptions,
) -> Result<RpssImport, ImportError> {
    let okres = opts.okres.rsplit('/').next().unwrap_or(&opts.okres).trim();
    if okres.is_empty() {
        return Err(ImportError::usage("--okres must be a district code such as Okres/3402"));
    }
    let cx = Ctx { okres, today: opts.today, lists };
    let mut warnings = Vec::new();
    let mut stats = RpssStats::default();
    let mut services: Vec<Service> = Vec::new();
    let mut providers: Vec<Provider> = Vec::new();
    let mut munis: Vec<(String, String)> = Vec::new();
    let mut each = |i: usize, raw| match map_item(i, raw, &cx, &mut warnings) {
        Outcome::OtherOkres(id) => {
            stats.other_okres += 1;
            stats.elsewhere_ids.extend(id);
        }
        Outcome::Ended(id) => {
            stats.ended += 1;
            stats.ended_ids.extend(id);
        }
        Outcome::Kept(m) => {
            stats.duplicate_facilities += m.duplicate_facilities;
            if services.iter().any(|s| s.id == m.service.id) {
                stats.duplicate_services += 1;
                return;
            }
            for mm in m.municipalities {
                if !munis.iter().any(|x| x.0 == mm.0) {
                    munis.push(mm);
                }
            }
            if !providers.iter().any(|p| p.id == m.provider.id) {
                providers.push(m.provider);
            }
            services.push(m.service);
        }
    };
    stats.items = crate::import::stream::for_each_item(reader, "polozky", &mut each)
        .map_err(|e| ImportError::data(format!("{source}: {e}")))?;
    stats.imported = services.len();
    munis.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    let (municipalities, offices, note) = offices::attach(&munis, opts.offices.as_ref(), &mut warnings);
    let region_name = opts
        .region_name
        .clone()
        .or_else(|| lists.okresy.name(okres).map(|n| format!("okres {n}")))
        .unwrap_or_else(|| format!("okres {okres}"));
    let region_id = Some(slug(region_name.trim_start_matches("okres ")))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| format!("okres-{}", slug(okres)));
    let meta = Meta {
        region_id,
        region_name,
        region_kind: RegionKind::Okres,
        publisher: "Průvodce (import z registru MPSV)".into(),
        data_date: opts.today.to_string(),
        sources: vec![Source {
            name: "Registr poskytovatelů sociálních služeb (MPSV)".into(),
            url: None,
            licence: Some("bez licenčních omezení (podmínky užití MPSV 4. 5. 2022)".into()),
            attribution: None,
        }],
        contact: None,
        demo: false,
        note,
    };
    let snapshot = super::common::registry_snapshot(meta, municipalities, offices, providers, services);
    Ok(RpssImport { snapshot, warnings, stats })
}
