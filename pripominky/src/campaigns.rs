//! The campaigns the receiver accepts comments for, learnt from the published data directory (what `make
//! dist` writes to `dist/data/`): `regions.json` lists the regions, each `<region>.manifest.json` names its
//! current snapshot. Each snapshot is checked against its manifest and validated by the same code as the
//! app before its campaigns are used. A republished snapshot is noticed without a restart: the manifests
//! are re-read every few seconds (and at once when a comment names an unknown campaign), and the snapshot
//! is loaded again only when its hash changed. A broken publication keeps the campaigns known before it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use pruvodce::domain::manifest::verify_against;
use pruvodce::domain::snapshot::{CommentCampaign, Manifest};
use pruvodce::domain::validate::validate_bytes;
use serde::Deserialize;

/// A campaign and the region whose snapshot announced it.
#[derive(Debug, Clone)]
pub struct Known {
    pub region: String,
    pub campaign: CommentCampaign,
}

/// Everything learnt from one reading of the data directory.
#[derive(Debug, Default)]
pub struct Catalogue {
    pub campaigns: HashMap<String, Known>,
    /// (region, snapshot SHA-256) of what was loaded: equal fingerprints mean nothing to reload.
    fingerprint: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct Regions {
    regions: Vec<RegionRef>,
}

#[derive(Deserialize)]
struct RegionRef {
    id: String,
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The region ids and their manifests: small files, cheap to re-read.
fn manifests(dir: &Path) -> Result<Vec<(String, Manifest)>, String> {
    let index = dir.join("regions.json");
    let regions: Regions =
        serde_json::from_slice(&read(&index)?).map_err(|e| format!("{}: {e}", index.display()))?;
    let mut out = Vec::new();
    for r in regions.regions {
        // Region ids become file names: nothing that could leave the directory.
        if r.id.is_empty() || !r.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
            return Err(format!("{}: region id {:?} is not a plain name", index.display(), r.id));
        }
        let path = dir.join(format!("{}.manifest.json", r.id));
        let m: Manifest =
            serde_json::from_slice(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        out.push((r.id, m));
    }
    Ok(out)
}

fn fingerprint(ms: &[(String, Manifest)]) -> Vec<(String, String)> {
    ms.iter().map(|(id, m)| (id.clone(), m.sha256.to_ascii_lowercase())).collect()
}

/// Reads, verifies and validates every region's snapshot.
fn load(dir: &Path, ms: Vec<(String, Manifest)>) -> Result<Catalogue, String> {
    let mut cat = Catalogue { fingerprint: fingerprint(&ms), ..Catalogue::default() };
    for (region, m) in ms {
        let name = m.snapshot_url.rsplit('/').next().unwrap_or_default();
        if name.is_empty() || name.starts_with('.') || name.contains('\\') {
            return Err(format!("{region}: snapshot_url {:?} names no file", m.snapshot_url));
        }
        let path = dir.join(name);
        let bytes = read(&path)?;
        verify_against(&m, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        let snapshot = validate_bytes(&bytes)
            .map_err(|r| {
                format!(
                    "{}: {} errors, first: {}",
                    path.display(),
                    r.errors.len(),
                    r.errors.first().map(ToString::to_string).unwrap_or_default()
                )
            })?
            .snapshot;
        for c in snapshot.comment_campaigns {
            // Only campaigns that take comments through an endpoint; e-mail-only ones are not ours.
            if c.endpoint.is_none() {
                continue;
            }
            if let Some(other) = cat.campaigns.get(&c.id) {
                eprintln!(
                    "pripominky: campaign {} is in both {} and {region}; using {}",
                    c.id, other.region, other.region
                );
                continue;
            }
            cat.campaigns.insert(c.id.clone(), Known { region: region.clone(), campaign: c });
        }
    }
    Ok(cat)
}

/// The campaigns in force, and how to refresh them.
pub struct Campaigns {
    dir: PathBuf,
    current: RwLock<Arc<Catalogue>>,
    /// One refresh at a time: a burst of unknown campaigns must not read the directory once each.
    refreshing: Mutex<()>,
}

impl Campaigns {
    /// Loads the data directory; an unreadable or invalid one is an error at start.
    pub fn open(dir: PathBuf) -> Result<Campaigns, String> {
        let cat = load(&dir, manifests(&dir)?)?;
        eprintln!("pripominky: {} campaigns from {}", cat.campaigns.len(), dir.display());
        Ok(Campaigns { dir, current: RwLock::new(Arc::new(cat)), refreshing: Mutex::new(()) })
    }

    pub fn get(&self, id: &str) -> Option<Known> {
        self.current.read().ok()?.campaigns.get(id).cloned()
    }

    /// Re-reads the manifests and reloads when a snapshot changed. Errors keep the current campaigns.
    pub fn refresh(&self) {
        let Ok(_one) = self.refreshing.lock() else { return };
        let ms = match manifests(&self.dir) {
            Ok(ms) => ms,
            Err(e) => return eprintln!("pripominky: data not re-read, keeping the known campaigns: {e}"),
        };
        let unchanged = self.current.read().map(|c| c.fingerprint == fingerprint(&ms)).unwrap_or(false);
        if unchanged {
            return;
        }
        match load(&self.dir, ms) {
            Ok(cat) => {
                eprintln!("pripominky: data republished, now {} campaigns", cat.campaigns.len());
                if let Ok(mut cur) = self.current.write() {
                    *cur = Arc::new(cat);
                }
            }
            // A publication caught half-written is retried at the next refresh.
            Err(e) => eprintln!("pripominky: new data not used, keeping the known campaigns: {e}"),
        }
    }
}
