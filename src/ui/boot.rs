//! Start-up and updates of the catalogue, wiring the store and the network to the UI state. The stored
//! catalogue is shown first; a download is shown and stored only after it matched its manifest and passed
//! validation, and any failure keeps the catalogue already shown and stored. Each load holds a `Ticket`:
//! after every await it may assign the catalogue, status or notice only while it is still the newest load
//! of the region shown (defect 14: a region switch during a load showed the old region's catalogue).
//! A load runs in slices (`load`, issue 16), and the catalogue shown keeps answering searches until the
//! new one is complete; it is then replaced in one assignment (`Ticket::show`), never emptied first.

use std::cell::Cell;
use std::sync::Arc;

use leptos::prelude::*;

use super::load::{load, Failed};
use super::prefs::{self, Key};
use super::state::{AppState, Catalogue, Load, Notice};
use crate::store::{catalogue, StoreError, DB_NAME};
use crate::sync::{self, digest, UpdateOutcome};

thread_local! {
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

/// The right of one load to change what is shown. Taking a new ticket (a new `start`) voids the older ones.
struct Ticket {
    generation: u64,
    region: String,
}

impl Ticket {
    fn take(app: AppState) -> Ticket {
        let generation = GENERATION.with(|g| {
            g.set(g.get() + 1);
            g.get()
        });
        Ticket { generation, region: app.region.get_untracked() }
    }

    /// Still the newest load, and its region is still the one chosen.
    fn live(&self, app: AppState) -> bool {
        GENERATION.with(Cell::get) == self.generation && app.region.get_untracked() == self.region
    }

    /// Shows `c`, if this load is still in charge and `c` is its region's catalogue; the one place the
    /// catalogue is assigned.
    fn show(&self, app: AppState, c: Arc<Catalogue>) -> bool {
        let ok = self.live(app) && c.snapshot.meta.region_id == self.region;
        if ok {
            app.catalogue.set(Some(c));
            app.load.set(Load::Ready);
        }
        ok
    }
}

/// Shows the region's stored catalogue, then checks for a newer one. Called at start and on a region
/// change. The store is read first (on a first visit, beside the download), and a stored catalogue is
/// shown as soon as it is read, so a hanging network never delays it.
pub fn start(app: AppState) {
    let ticket = Ticket::take(app);
    leptos::task::spawn_local(async move {
        let region = ticket.region.clone();
        let t = &ticket;
        let progress = move |got, total| {
            if t.live(app) {
                app.progress.set(Some((got, total)));
            }
        };
        let mut etag = None;
        let mut early = None;
        let shown =
            app.catalogue.with_untracked(|c| c.as_ref().is_some_and(|c| c.snapshot.meta.region_id == region));
        if !shown {
            app.catalogue.set(None);
            app.load.set(Load::Booting);
            // Nothing stored on this device (a first visit): the download starts beside the store's read,
            // whose answer comes only between the tasks that build the first screen (issue 16: the
            // manifest was asked for ~430 ms later at 4× CPU). The store is still read first.
            let first = prefs::get(Key::Stored).is_none();
            let check = async {
                if first {
                    Some(sync::check_for_update(&region, None, None, &progress).await)
                } else {
                    None
                }
            };
            (etag, early) = futures::future::join(from_store(app, &ticket), check).await;
            if !ticket.live(app) {
                return;
            }
        }
        let current = app.catalogue.with_untracked(|c| c.as_ref().map(|c| c.manifest.clone()));
        // An early check assumed nothing stored; if something was (the marker lost), it checks again
        // against that, so an older catalogue never replaces it.
        let outcome = match early {
            Some(outcome) if current.is_none() => outcome,
            _ => sync::check_for_update(&region, current.as_ref(), etag.as_deref(), &progress).await,
        };
        if !ticket.live(app) {
            return; // the person switched region meanwhile; that load is in charge now
        }
        app.progress.set(None);
        apply(app, &ticket, outcome).await;
        crate::sync::outbox::flush(app);
        // Leftovers of an interrupted update; best effort, nothing depends on it.
        let _ = catalogue::clean_up(DB_NAME).await;
    });
}

/// Shows the stored catalogue if there is a good one; returns its ETag for the update check.
async fn from_store(app: AppState, ticket: &Ticket) -> Option<String> {
    let region = ticket.region.as_str();
    // An overtaken load is accepted as nothing, so that it never counts as a damaged record (which would
    // roll the region back to its previous catalogue).
    let loaded = catalogue::load(DB_NAME, region, |body, m| async move {
        let hash = digest::start(body.blob.as_ref());
        match load(&body.bytes, hash, &m, true, &|| ticket.live(app)).await {
            Ok(c) => Some(Some(c)),
            Err(Failed::Overtaken) => Some(None),
            Err(Failed::Invalid(_)) => None,
        }
    })
    .await;
    if !ticket.live(app) {
        return None;
    }
    match loaded {
        Ok(Some(loaded)) => {
            if let Some(c) = loaded.value {
                ticket.show(app, c);
            }
            if loaded.rolled_back {
                app.notice.set(Some(Notice::RolledBack));
            }
            loaded.etag
        }
        Ok(None) => {
            // Only the marker counts as evidence (wiped_notice_only_on_the_stored_marker): a worker
            // unregistered by "clear my data" still controls the reload that follows, so "controlled"
            // made a person who had just cleared their data read that the browser deleted it.
            if prefs::get(Key::Stored).is_some() {
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

async fn apply(app: AppState, ticket: &Ticket, outcome: UpdateOutcome) {
    let had_data = app.catalogue.with_untracked(Option::is_some);
    match outcome {
        UpdateOutcome::Unchanged => app.offline.set(false),
        UpdateOutcome::Downloaded { body, manifest, etag } => {
            app.offline.set(false);
            // Not `live`: a load overtaken by a region switch still stores its catalogue, for its region.
            // Hashed in a worker while this thread reads it (`sync::digest`), and the same `Blob` is
            // stored: the body leaves the wasm once.
            let blob = catalogue::body_blob(&body);
            let c = match load(&body, digest::start(blob.as_ref().ok()), &manifest, false, &|| true).await {
                Ok(c) => c,
                Err(Failed::Invalid(reason)) => {
                    if ticket.live(app) {
                        reject(app, had_data, Notice::UpdateRejected(reason));
                    }
                    return;
                }
                Err(Failed::Overtaken) => return,
            };
            // Stored before it is shown, so what is shown survives a reload; a storage failure still
            // shows the verified catalogue for this visit, and the one stored before stays stored. A
            // load overtaken by a region switch still stores its catalogue, for its own region.
            drop(body);
            let saved = match &blob {
                Ok(blob) => catalogue::save(DB_NAME, &ticket.region, blob, &manifest, etag).await,
                Err(e) => Err(e.clone()),
            };
            if let Err(StoreError::Refused(r)) = saved {
                if ticket.live(app) {
                    reject(app, had_data, Notice::Refused(r));
                }
                return;
            }
            if saved.is_ok() {
                prefs::set(Key::Stored, "1");
            }
            if !ticket.show(app, c) {
                return;
            }
            match saved {
                Ok(()) => {
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
        UpdateOutcome::Rejected { reason } => reject(app, had_data, Notice::UpdateRejected(reason)),
        UpdateOutcome::Refused(r) => reject(app, had_data, Notice::Refused(r)),
    }
}

fn reject(app: AppState, had_data: bool, notice: Notice) {
    app.notice.set(Some(notice));
    if !had_data {
        app.load.set(Load::NoData);
    }
}
