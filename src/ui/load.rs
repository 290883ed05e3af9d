//! Checking, reading, typesetting and indexing a catalogue in slices of a few milliseconds (issue 16: no
//! long tasks). Between slices the browser paints, answers taps and runs searches on the catalogue still
//! shown, which stays until the new one is complete (`boot`). The steps are the domain's (`Verifier`,
//! `SnapshotReader`, `Validation`, `typeset_service`, `IndexBuilder`); this file only decides when to
//! pause.

use std::sync::Arc;

use futures::future::LocalBoxFuture;

use super::state::Catalogue;
use crate::domain::index::IndexBuilder;
use crate::domain::manifest::{describes, Verifier};
use crate::domain::reader::SnapshotReader;
use crate::domain::snapshot::Manifest;
use crate::domain::typeset::{typeset_rest, typeset_service};
use crate::domain::validate::Validation;
use crate::store::db::{now, pause, SLICE_MS};

/// Bytes hashed per step.
const HASH_STEP: usize = 32 * 1024;

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
/// boxed: one copy in the wasm for the five steps here and the lexicons' analysis (`lexicon`).
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

/// Checks a snapshot against its manifest, reads, validates (unless `stored`: it was validated before it
/// was stored, issue 16), typesets and indexes it, a slice at a time. `Invalid` if any step fails or the
/// snapshot is not the region and date its manifest names; `Overtaken` once `live` turns false. (`dyn`,
/// not generic: its two callers share one copy in the wasm.)
pub async fn load(
    bytes: &[u8],
    manifest: &Manifest,
    stored: bool,
    live: &dyn Fn() -> bool,
) -> Result<Arc<Catalogue>, Failed> {
    let mut hash = Verifier::new(manifest, bytes).map_err(|r| Failed::Invalid(r.to_string()))?;
    sliced(live, &mut || Some(hash.push(HASH_STEP))).await?;
    hash.finish().map_err(|r| Failed::Invalid(r.to_string()))?;
    let mut reader = SnapshotReader::new(bytes).map_err(|_| invalid())?;
    sliced(live, &mut || reader.step().ok()).await?;
    let mut snapshot = reader.finish().map_err(|_| invalid())?;
    if !stored {
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
    pause().await;
    let index = index.finish();
    Ok(Arc::new(Catalogue { snapshot, index, manifest: manifest.clone() }))
}
