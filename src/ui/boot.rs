//! Start-up and updates of the catalogue, wiring the data layer to the UI state. The cached catalogue is
//! shown first, at once; only then is the network asked whether there is a newer one, so a hanging network
//! never delays the first paint. Any failure keeps the catalogue the person already has.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;
use serde::Deserialize;

use super::state::{AppState, Catalogue, Load, Notice};
use crate::domain::index::Index;
use crate::domain::validate::validate_bytes;
use crate::storage::{self, StoreError};
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

/// Parses and indexes a stored or downloaded snapshot; `None` if it no longer validates.
fn load(bytes: &[u8]) -> Option<Arc<Catalogue>> {
    let snapshot = validate_bytes(bytes).ok()?.snapshot;
    let index = Index::build(&snapshot);
    Some(Arc::new(Catalogue { snapshot, index }))
}

/// Loads the region's catalogue: cache first, then an update check. Called at start and on region change.
pub fn start(app: AppState) {
    leptos::task::spawn_local(async move {
        let region = app.region.get_untracked();
        app.catalogue.set(None);
        app.load.set(Load::Booting);
        let cached = match storage::load_current(&region).await {
            Ok(c) => c,
            Err(StoreError::Unavailable(_)) => {
                app.notice.set(Some(Notice::NoStorage));
                None
            }
            Err(StoreError::Wiped) => {
                app.notice.set(Some(Notice::Wiped));
                None
            }
            Err(_) => None,
        };
        let cached_manifest = cached.as_ref().map(|c| c.manifest.clone());
        let etag = cached.as_ref().and_then(|c| c.etag.clone());
        if let Some(c) = cached.as_ref().and_then(|c| load(c.json.as_bytes())) {
            app.catalogue.set(Some(c));
            app.load.set(Load::Ready);
        }
        drop(cached);
        let outcome =
            sync::check_for_update(&region, cached_manifest.as_ref(), etag.as_deref(), move |got, total| {
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
        UpdateOutcome::Updated { json, data_date, .. } => {
            app.offline.set(false);
            if let Some(c) = load(json.as_bytes()) {
                app.catalogue.set(Some(c));
                app.load.set(Load::Ready);
                if had_data {
                    app.notice.set(Some(Notice::Updated(data_date)));
                }
            }
        }
        UpdateOutcome::StoredInMemoryOnly { json, quota } => {
            app.offline.set(false);
            if !had_data {
                if let Some(c) = load(json.as_bytes()) {
                    app.catalogue.set(Some(c));
                    app.load.set(Load::Ready);
                }
            }
            app.notice.set(Some(if quota { Notice::Quota } else { Notice::NoStorage }));
        }
        UpdateOutcome::Offline => {
            app.offline.set(true);
            if !had_data {
                app.load.set(Load::NoData);
            }
        }
        UpdateOutcome::Rejected { reason } => {
            app.notice.set(Some(Notice::UpdateRejected(reason)));
            if !had_data {
                app.load.set(Load::NoData);
            }
        }
        UpdateOutcome::VersionChange => app.notice.set(Some(Notice::Reload)),
    }
}
