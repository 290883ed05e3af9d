//! The catalogue on this device. A new catalogue is staged under its own content-addressed key in one
//! transaction, which also notes the staging time in the region's pointer; a second, small transaction
//! with strict durability then flips the pointer, so `current` always names a body that was completely
//! written. The old current stays as `previous`, the rollback target. Bodies no pointer names and nobody
//! staged in the last minutes are leftovers and are removed at start (another tab's clean-up between the
//! two transactions must not delete the staged body: defect 15).

use std::future::Future;

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Blob;

use super::db::{self, POINTERS, SNAPSHOTS};
use super::pointer::{body_key, garbage, Pointer, Slot};
use super::StoreError;
use crate::domain::manifest::check_update;
use crate::domain::snapshot::Manifest;

/// What `load` found: the accepted catalogue and what the caller needs to know about how.
pub struct Loaded<T> {
    pub value: T,
    pub etag: Option<String>,
    /// The current catalogue was unreadable and `previous` was used (and made current).
    pub rolled_back: bool,
}

/// One text record of `store`, in its own read-only transaction.
async fn get_text(db: &Database, store: &str, key: &str) -> Result<Option<String>, StoreError> {
    Ok(get(db, store, key).await?.and_then(|v| v.as_string()))
}

async fn get(db: &Database, store: &str, key: &str) -> Result<Option<JsValue>, StoreError> {
    let tx = db.transaction(store).build().map_err(|e| db::error(e, None))?;
    let store = tx.object_store(store).map_err(|e| db::error(e, None))?;
    let req = store.get(key).primitive().map_err(|e| db::error(e, None))?;
    req.await.map_err(|e| db::error(e, None))
}

/// A stored body: its bytes and, where it is stored as one, the `Blob` they were read from (the app
/// hashes that in a worker, `sync::digest`).
pub struct Body {
    pub bytes: Vec<u8>,
    pub blob: Option<Blob>,
}

/// A stored body. Bodies are stored as a `Blob` (issue 16): the browser reads it off the main thread,
/// where a `Uint8Array` record was deserialised in the `get`'s task, and writing one was a task of 145 ms
/// at 4x CPU for a region's catalogue. Bodies stored by earlier versions, as bytes or as text (the first:
/// 12 MB of UTF-16 turned into UTF-8 in one task), are still read. A blob the browser can no longer read
/// is a missing body, so `previous` is tried.
async fn get_body(db: &Database, key: &str) -> Result<Option<Body>, StoreError> {
    let Some(v) = get(db, SNAPSHOTS, key).await? else { return Ok(None) };
    if let Ok(blob) = v.clone().dyn_into::<Blob>() {
        let read = JsFuture::from(blob.array_buffer()).await.ok();
        return Ok(read.map(|buffer| Body { bytes: Uint8Array::new(&buffer).to_vec(), blob: Some(blob) }));
    }
    let bytes = match v.as_string() {
        Some(text) => Some(text.into_bytes()),
        None => v.dyn_ref::<Uint8Array>().map(Uint8Array::to_vec),
    };
    Ok(bytes.map(|bytes| Body { bytes, blob: None }))
}

/// A body as a `Blob`, as it is stored; the bytes are copied once, by the `Blob` constructor. The app
/// makes one per download, hashes it in a worker (`sync::digest`) and stores that same `Blob`, so a
/// region's catalogue is not copied out of the wasm twice.
pub fn body_blob(body: &[u8]) -> Result<Blob, StoreError> {
    // SAFETY: the view into the wasm memory lives only for this call, and nothing allocates in the wasm
    // memory meanwhile; the constructor copies the bytes before it returns.
    let view = unsafe { Uint8Array::view(body) };
    Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&view))
        .map_err(|_| StoreError::Failed("Blob: the body could not be copied".into()))
}

/// Writes the region's pointer in one strict-durability transaction: `update` sees the pointer as it is
/// inside that transaction, so two tabs cannot interleave a read and a write.
async fn write_pointer(
    db: &Database,
    region: &str,
    update: impl FnOnce(&Pointer) -> Result<Pointer, StoreError>,
) -> Result<(), StoreError> {
    let (tx, sys) = db::writer(db, POINTERS, true)?;
    let fail = |e| db::error(e, Some(&sys));
    let store = tx.object_store(POINTERS).map_err(fail)?;
    let raw: Option<String> = store.get(region).primitive().map_err(fail)?.await.map_err(fail)?;
    let old = Pointer::from_record(raw.as_deref());
    let new = serde_json::to_string(&update(&old)?)
        .map_err(|e| StoreError::Failed(crate::domain::json_error::describe(&e)))?;
    store.put(new).with_key(region).primitive().map_err(fail)?.await.map_err(fail)?;
    tx.commit().await.map_err(fail)
}

/// Reads the region's catalogue: `current` if `accept` takes it, else `previous` (which then becomes
/// current). `accept` is the caller's integrity check and validation; it may yield to the browser between
/// steps (no transaction is open while it runs). `Ok(None)` when nothing usable is stored.
pub async fn load<T, F: Future<Output = Option<T>>>(
    name: &str,
    region: &str,
    accept: impl Fn(Body, Manifest) -> F,
) -> Result<Option<Loaded<T>>, StoreError> {
    let db = db::open(name).await?;
    let result = load_in(&db, region, accept).await;
    db.close();
    result
}

async fn load_in<T, F: Future<Output = Option<T>>>(
    db: &Database,
    region: &str,
    accept: impl Fn(Body, Manifest) -> F,
) -> Result<Option<Loaded<T>>, StoreError> {
    let pointer = Pointer::from_record(get_text(db, POINTERS, region).await?.as_deref());
    for (rolled_back, slot) in [(false, &pointer.current), (true, &pointer.previous)] {
        let Some(slot) = slot else { continue };
        let Some(body) = get_body(db, &slot.key).await? else { continue };
        if let Some(value) = accept(body, slot.manifest.clone()).await {
            if rolled_back {
                write_pointer(db, region, |p| Ok(p.rolled_back())).await?;
            }
            let etag = if rolled_back { None } else { pointer.etag.clone() };
            return Ok(Some(Loaded { value, etag, rolled_back }));
        }
    }
    Ok(None)
}

/// Stores a verified catalogue of `region` (its body as `body_blob` made it) and makes it current; the one
/// it replaces becomes `previous`. On any failure the pointer is untouched, so the catalogue stored before
/// stays current. A catalogue of another region, or older than the current one, is refused
/// (`StoreError::Refused`).
pub async fn save(
    name: &str,
    region: &str,
    body: &Blob,
    manifest: &Manifest,
    etag: Option<String>,
) -> Result<(), StoreError> {
    check_update(region, None, manifest).map_err(StoreError::Refused)?;
    let db = db::open(name).await?;
    let result = match stage_in(&db, body, manifest).await {
        Ok(key) => flip_in(&db, region, key, manifest, etag).await,
        Err(e) => Err(e),
    };
    db.close();
    result
}

/// The first half of `save`: writes the body and notes the staging in the region's pointer, in one
/// transaction. Public so the tests can put another tab's clean-up between the halves.
pub async fn stage(name: &str, body: &Blob, manifest: &Manifest) -> Result<String, StoreError> {
    let db = db::open(name).await?;
    let result = stage_in(&db, body, manifest).await;
    db.close();
    result
}

/// The second half of `save`: makes the staged body current.
pub async fn flip(
    name: &str,
    region: &str,
    manifest: &Manifest,
    etag: Option<String>,
) -> Result<(), StoreError> {
    let db = db::open(name).await?;
    let result = flip_in(&db, region, body_key(manifest), manifest, etag).await;
    db.close();
    result
}

async fn stage_in(db: &Database, body: &Blob, manifest: &Manifest) -> Result<String, StoreError> {
    let key = body_key(manifest);
    let (tx, sys) = db::writer(db, [SNAPSHOTS, POINTERS], false)?;
    let fail = |e| db::error(e, Some(&sys));
    let store = tx.object_store(SNAPSHOTS).map_err(fail)?;
    store
        .put(JsValue::from(body.clone()))
        .with_key(key.as_str())
        .primitive()
        .map_err(fail)?
        .await
        .map_err(fail)?;
    let pointers = tx.object_store(POINTERS).map_err(fail)?;
    let region = manifest.region_id.as_str();
    let raw: Option<String> = pointers.get(region).primitive().map_err(fail)?.await.map_err(fail)?;
    let staged = Pointer::from_record(raw.as_deref()).staging(&key, js_sys::Date::now());
    let staged = serde_json::to_string(&staged)
        .map_err(|e| StoreError::Failed(crate::domain::json_error::describe(&e)))?;
    pointers.put(staged).with_key(region).primitive().map_err(fail)?.await.map_err(fail)?;
    tx.commit().await.map_err(fail)?;
    Ok(key)
}

async fn flip_in(
    db: &Database,
    region: &str,
    key: String,
    manifest: &Manifest,
    etag: Option<String>,
) -> Result<(), StoreError> {
    let slot = Slot { key, manifest: manifest.clone() };
    write_pointer(db, region, move |p| p.accept(region, slot, etag).map_err(StoreError::Refused)).await
}

/// Removes stored bodies that no region's pointer names; returns how many. One transaction over both
/// stores, so a flip in another tab cannot happen between reading the pointers and deleting.
pub async fn clean_up(name: &str) -> Result<usize, StoreError> {
    let db = db::open(name).await?;
    let result = clean_up_in(&db).await;
    db.close();
    result
}

async fn clean_up_in(db: &Database) -> Result<usize, StoreError> {
    let (tx, sys) = db::writer(db, [SNAPSHOTS, POINTERS], false)?;
    let fail = |e| db::error(e, Some(&sys));
    let pointers_store = tx.object_store(POINTERS).map_err(fail)?;
    let pointers: Vec<Pointer> = pointers_store
        .get_all::<String>()
        .primitive()
        .map_err(fail)?
        .await
        .map_err(fail)?
        .filter_map(Result::ok)
        .map(|raw| Pointer::from_record(Some(&raw)))
        .collect();
    let bodies_store = tx.object_store(SNAPSHOTS).map_err(fail)?;
    let bodies: Vec<String> = bodies_store
        .get_all_keys::<String>()
        .primitive()
        .map_err(fail)?
        .await
        .map_err(fail)?
        .filter_map(Result::ok)
        .collect();
    let doomed = garbage(&bodies, &pointers, js_sys::Date::now());
    for key in &doomed {
        bodies_store.delete(*key).primitive().map_err(fail)?.await.map_err(fail)?;
    }
    tx.commit().await.map_err(fail)?;
    Ok(doomed.len())
}
