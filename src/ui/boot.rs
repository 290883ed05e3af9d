//! Start-up and updates of the catalogue, wiring the store and the network to the UI state. The stored
//! catalogue is shown first; a download is shown and stored only after it matched its manifest and passed
//! validation, and any failure keeps the catalogue already shown and stored.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use serde::Deserialize;

use super::prefs::{self, Key};
use super::state::{AppState, Catalogue, Load, Notice};
use super::sw;
use crate::domain::index::Index;
use crate::domain::manifest::verify_against;
use crate::domain::snapshot::Manifest;
use crate::domain::typeset::typeset;
use crate::domain::validate::validate_bytes;
use crate::store::db::sleep;
use crate::store::{catalogue, DB_NAME};
use crate::sync::{self, UpdateOutcome};

/// A region the app offers, from `public/data/regions.json` (compiled in: no request needed offline).
#[derive(Debug, Deserialize)]
pub struct Region {
    pub id: String,
    pub name: String,
    /// The published catalogue is demo data: the warning can show before the catalogue has loaded, so
    /// it does not push the page down when it arrives (`tests/demo_data.rs` keeps it true).
    #[serde(default)]
    pub demo: bool,
}

#[derive(Deserialize)]
struct Regions {
    regions: Vec<Region>,
}

/// The regions, default first. The file is checked by the build, so a parse failure means an empty list.
pub fn regions() -> &'static [Region] {
    static REGIONS: OnceLock<Vec<Region>> = OnceLock::new();
    REGIONS.get_or_init(|| {
        serde_json::from_str::<Regions>(include_str!("../../public/data/regions.json"))
            .map(|r| r.regions)
            .unwrap_or_default()
    })
}

/// Checks a snapshot against its manifest, validates and indexes it; `None` if any step fails. Used for
/// downloads and for what is read back from the device (a stored record can rot too). Each step is its
/// own task, so a slow phone stays responsive to taps while a catalogue loads.
async fn load(bytes: &[u8], manifest: &Manifest) -> Option<Arc<Catalogue>> {
    verify_against(manifest, bytes).ok()?;
    sleep(0).await;
    let mut snapshot = validate_bytes(bytes).ok()?.snapshot;
    typeset(&mut snapshot);
    sleep(0).await;
    let index = Index::build(&snapshot);
    Some(Arc::new(Catalogue { snapshot, index, manifest: manifest.clone() }))
}

/// Shows the region's stored catalogue, then checks for a newer one. Called at start and on a region
/// change. The store is read before any request, so a hanging network never delays the first paint.
pub fn start(app: AppState) {
    leptos::task::spawn_local(async move {
        let region = app.region.get_untracked();
        let mut etag = None;
        let shown =
            app.catalogue.with_untracked(|c| c.as_ref().is_some_and(|c| c.snapshot.meta.region_id == region));
        if !shown {
            app.catalogue.set(None);
            app.load.set(Load::Booting);
            etag = from_store(app, &region).await;
            if app.region.get_untracked() != region {
                return;
            }
        }
        let current = app.catalogue.with_untracked(|c| c.as_ref().map(|c| c.manifest.clone()));
        let outcome =
            sync::check_for_update(&region, current.as_ref(), etag.as_deref(), move |got, total| {
                app.progress.set(Some((got, total)));
            })
            .await;
        app.progress.set(None);
        if app.region.get_untracked() != region {
            return; // the person switched region meanwhile; that load is in charge now
        }
        apply(app, outcome).await;
        crate::sync::outbox::flush(app);
        // Leftovers of an interrupted update; best effort, nothing depends on it.
        let _ = catalogue::clean_up(DB_NAME).await;
    });
}

/// Shows the stored catalogue if there is a good one; returns its ETag for the update check.
async fn from_store(app: AppState, region: &str) -> Option<String> {
    match catalogue::load(DB_NAME, region, |json, m| async move { load(json.as_bytes(), &m).await }).await {
        Ok(Some(loaded)) => {
            app.catalogue.set(Some(loaded.value));
            app.load.set(Load::Ready);
            if loaded.rolled_back {
                app.notice.set(Some(Notice::RolledBack));
            }
            loaded.etag
        }
        Ok(None) => {
            if prefs::get(Key::Stored).is_some() || sw::controlled() {
                app.notice.set(Some(Notice::Wiped));
            }
            None
        }
        Err(e) => {
            app.notice.set(Some(Notice::Storage(e)));
            None
        }
    }
}

async fn apply(app: AppState, outcome: UpdateOutcome) {
    let had_data = app.catalogue.with_untracked(Option::is_some);
    match outcome {
        UpdateOutcome::Unchanged => app.offline.set(false),
        UpdateOutcome::Downloaded { json, manifest, etag } => {
            app.offline.set(false);
            let Some(c) = load(json.as_bytes(), &manifest).await else {
                return reject(app, had_data, "invalid snapshot".to_string());
            };
            // Stored before it is shown, so what is shown survives a reload; a storage failure still
            // shows the verified catalogue for this visit, and the one stored before stays stored.
            let saved = catalogue::save(DB_NAME, &json, &manifest, etag).await;
            drop(json);
            app.catalogue.set(Some(c));
            app.load.set(Load::Ready);
            match saved {
                Ok(()) => {
                    prefs::set(Key::Stored, "1");
                    if had_data {
                        app.notice.set(Some(Notice::Updated(manifest.data_date)));
                    }
                }
                Err(e) => app.notice.set(Some(Notice::Storage(e))),
            }
        }
        UpdateOutcome::Offline => {
            app.offline.set(true);
            if !had_data {
                app.load.set(Load::NoData);
            }
        }
        UpdateOutcome::Rejected { reason } => reject(app, had_data, reason),
    }
}

fn reject(app: AppState, had_data: bool, reason: String) {
    app.notice.set(Some(Notice::UpdateRejected(reason)));
    if !had_data {
        app.load.set(Load::NoData);
    }
}
