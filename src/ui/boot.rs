//! Start-up and updates of the catalogue, wiring the data layer to the UI state. A download is shown only
//! after it matched its manifest and passed validation; any failure keeps the catalogue already shown.
//! (Keeping the catalogue in IndexedDB between visits is the offline issue's work; until then the app shell
//! works offline through the service worker, and the catalogue needs one successful download per visit.)

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use serde::Deserialize;

use super::state::{AppState, Catalogue, Load, Notice};
use crate::domain::index::Index;
use crate::domain::snapshot::Manifest;
use crate::domain::validate::validate_bytes;
use crate::sync::{self, UpdateOutcome};

/// A region the app offers, from `public/data/regions.json` (compiled in: no request needed offline).
#[derive(Debug, Deserialize)]
pub struct Region {
    pub id: String,
    pub name: String,
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

/// Validates and indexes a downloaded snapshot; `None` if it does not validate.
fn load(bytes: &[u8], manifest: Manifest) -> Option<Arc<Catalogue>> {
    let snapshot = validate_bytes(bytes).ok()?.snapshot;
    let index = Index::build(&snapshot);
    Some(Arc::new(Catalogue { snapshot, index, manifest }))
}

/// Loads the region's catalogue and checks for a newer one. Called at start and on a region change.
pub fn start(app: AppState) {
    leptos::task::spawn_local(async move {
        let region = app.region.get_untracked();
        let current = app.catalogue.with_untracked(|c| {
            c.as_ref().filter(|c| c.snapshot.meta.region_id == region).map(|c| c.manifest.clone())
        });
        if current.is_none() {
            app.catalogue.set(None);
            app.load.set(Load::Booting);
        }
        let outcome = sync::check_for_update(&region, current.as_ref(), None, move |got, total| {
            app.progress.set(Some((got, total)));
        })
        .await;
        app.progress.set(None);
        if app.region.get_untracked() != region {
            return; // the person switched region meanwhile; that load is in charge now
        }
        apply(app, outcome);
        super::components::outbox_list::flush(app);
    });
}

fn apply(app: AppState, outcome: UpdateOutcome) {
    let had_data = app.catalogue.with_untracked(Option::is_some);
    match outcome {
        UpdateOutcome::Unchanged => app.offline.set(false),
        UpdateOutcome::Downloaded { json, manifest, .. } => {
            app.offline.set(false);
            match load(json.as_bytes(), manifest.clone()) {
                Some(c) => {
                    app.catalogue.set(Some(c));
                    app.load.set(Load::Ready);
                    if had_data {
                        app.notice.set(Some(Notice::Updated(manifest.data_date)));
                    }
                }
                None => reject(app, had_data, "invalid snapshot".to_string()),
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
