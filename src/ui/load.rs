//! Checking, reading, typesetting and indexing a catalogue in slices of a few milliseconds (issue 16: no
//! long tasks). Between slices the browser paints, answers taps and runs searches on the catalogue still
//! shown, which stays until the new one is complete (`boot`). The hash is the browser's, in a worker
//! (`sync::digest`); the steps are the domain's (`SnapshotReader`, `Validation`, `typeset_service`,
//! `IndexBuilder`); this file only decides when to pause.

use std::sync::Arc;

use futures::future::LocalBoxFuture;

use super::state::Catalogue;
use crate::domain::index::IndexBuilder;
use crate::domain::manifest::{check_digest, describes, precheck};
use crate::domain::reader::SnapshotReader;
use crate::domain::rejection::Rejection;
use crate::domain::snapshot::Manifest;
use crate::domain::typeset::{typeset_rest, typeset_service};
use crate::domain::validate::Validation;
use crate::sync::digest::Pending;
use crate::turns::{now, pause, SLICE_MS};

/// Why `load` gave no catalogue.
#[derive(Debug, PartialEq)]
pub enum Failed {
    /// The bytes are not the catalogue their manifest describes, or not a valid one: why, in English (a
    /// notice shows it after its own words).
    Invalid(String),
    /// A newer load took over (`live` turned false); says nothing about the bytes.
    Overtaken,
}

fn invalid() -> Failed {
    Failed::Invalid("invalid snapshot".into())
}

/// Runs `step` until it says it is done (`Some(false)`), pausing after every `SLICE_MS`. Not generic and
/// boxed: one copy in the wasm for the four steps here and the lexicons' analysis (`lexicon`).
pub(super) fn sliced<'a>(
    live: &'a dyn Fn() -> bool,
    step: &'a mut dyn FnMut() -> Option<bool>,
) -> LocalBoxFuture<'a, Result<(), Failed>> {
    Box::pin(async move {
        loop {
            let end = now() + SLICE_MS;
            while now() < end {
                if !step().ok_or_else(invalid)? {
                    return Ok(());
                }
            }
            pause().await;
            if !live() {
                return Err(Failed::Overtaken);
            }
        }
    })
}

/// Checks a snapshot against its manifest, reads, validates (unless `stored` and hashed: it was
/// validated before it was stored, issue 16), typesets and indexes it, a slice at a time. `hash` is the
/// body's SHA-256 under way in a worker (`sync::digest`) while this reads it; it is awaited, and checked,
/// before anything read is trusted. `Invalid` if any step fails or the snapshot is not the region and date
/// its manifest names; `Overtaken` once `live` turns false. (`dyn`, not generic: its two callers share
/// one copy in the wasm.)
pub async fn load(
    bytes: &[u8],
    hash: Pending,
    manifest: &Manifest,
    stored: bool,
    live: &dyn Fn() -> bool,
) -> Result<Arc<Catalogue>, Failed> {
    let reject = |r: Rejection| Failed::Invalid(r.to_string());
    precheck(manifest, bytes.len()).map_err(reject)?;
    // A turn first: a stored body has just been copied into the wasm, a task of its own (issue 16: about
    // 40 ms at 4× CPU for 7,000 services).
    pause().await;
    let read = match SnapshotReader::new(bytes) {
        Ok(mut reader) => match sliced(live, &mut || reader.step().ok()).await {
            Ok(()) => reader.finish().map_err(|_| invalid()),
            Err(e) => Err(e),
        },
        Err(_) => Err(invalid()),
    };
    // A body that is not the published one is refused for that, even where it also does not read. Where
    // the browser cannot hash (no secure context), the full validation checks the body instead, stored or
    // not.
    let hashed = match hash.finish(bytes).await {
        Some(d) => {
            check_digest(manifest, &d).map_err(reject)?;
            true
        }
        None => false,
    };
    let mut snapshot = read?;
    if !live() {
        return Err(Failed::Overtaken);
    }
    if !(stored && hashed) {
        let mut check = Validation::new(&snapshot);
        sliced(live, &mut || Some(check.push(1))).await?;
        if !check.finish().is_ok() {
            return Err(invalid());
        }
    }
    if !describes(manifest, &snapshot) {
        return Err(invalid());
    }
    typeset_rest(&mut snapshot);
    let mut services = snapshot.services.iter_mut();
    sliced(live, &mut || Some(services.next().map(typeset_service).is_some())).await?;
    // The index analyses the lexicon's concepts, so the Czech table must be here first; it is fetched
    // beside the catalogue (from the worker's cache after one visit).
    super::lexicon::czech().await;
    let mut index = IndexBuilder::new(&snapshot);
    sliced(live, &mut || Some(index.push(1))).await?;
    // The index is laid out after the last slice (45 ms at 4× CPU for 7,000 services), and the turn comes
    // after it, so that showing the catalogue, which renders the page, is a task of its own.
    let index = index.finish();
    pause().await;
    Ok(Arc::new(Catalogue { snapshot, index, manifest: manifest.clone() }))
}
