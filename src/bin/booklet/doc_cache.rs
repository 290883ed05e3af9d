//! The plan's documents kept for reading offline (issue 14), in their own Cache Storage cache, which the
//! service worker serves from when the network is gone and never deletes on a version change
//! (`public/sw.js`, `DOCS`); "Smazat moje data" deletes every cache (`ui::device`). Saving is all or
//! nothing: `Cache.add` stores a response only once all of it arrived, and any failure (a quota included)
//! deletes the entry again. Failures are `StoreError`s, classified as for the catalogue.

use js_sys::Array;
use pruvodce::domain::href::root_path;
use pruvodce::store::StoreError;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The cache's name; `public/sw.js` knows it too (`DOCS`).
const CACHE: &str = "pruvodce-documents";

fn failure(e: JsValue) -> StoreError {
    match e.dyn_ref::<web_sys::DomException>() {
        Some(d) => StoreError::classify(&d.name(), &d.message(), None),
        // A TypeError: the network failed or the answer was not OK.
        None => StoreError::Failed(e.as_string().unwrap_or_else(|| "network".into())),
    }
}

async fn open() -> Result<web_sys::Cache, StoreError> {
    let caches = web_sys::window()
        .and_then(|w| w.caches().ok())
        .ok_or_else(|| StoreError::Unavailable("Cache Storage".into()))?;
    let cache = JsFuture::from(caches.open(CACHE)).await.map_err(failure)?;
    cache.dyn_into().map_err(failure)
}

/// The document's address on this site, absolute (as the cache keys it); `None` for another site's
/// document, which cannot be kept (its answer is opaque to the page).
pub fn local_url(url: &str) -> Option<String> {
    let origin = web_sys::window()?.location().origin().ok()?;
    let url = url.trim();
    match root_path(url) {
        Some(p) => Some(format!("{origin}{p}")),
        None => url.strip_prefix(&origin).filter(|rest| rest.starts_with('/')).map(|_| url.to_string()),
    }
}

/// Fetches and keeps the document; on any failure nothing of it stays.
pub async fn save(url: &str) -> Result<(), StoreError> {
    let cache = open().await?;
    let result = JsFuture::from(cache.add_with_str(url)).await.map(|_| ()).map_err(failure);
    if result.is_err() {
        let _ = JsFuture::from(cache.delete_with_str(url)).await;
    }
    result
}

pub async fn remove(url: &str) -> Result<(), StoreError> {
    JsFuture::from(open().await?.delete_with_str(url)).await.map(|_| ()).map_err(failure)
}

/// The saved documents: their addresses and sizes in bytes.
pub async fn saved() -> Result<Vec<(String, u64)>, StoreError> {
    let cache = open().await?;
    let keys = JsFuture::from(cache.keys()).await.map_err(failure)?;
    let mut out = Vec::new();
    for req in Array::from(&keys).iter().filter_map(|r| r.dyn_into::<web_sys::Request>().ok()) {
        let hit = JsFuture::from(cache.match_with_request(&req)).await.map_err(failure)?;
        let blob = match hit.dyn_into::<web_sys::Response>().ok().and_then(|r| r.blob().ok()) {
            Some(p) => JsFuture::from(p).await.ok().and_then(|b| b.dyn_into::<web_sys::Blob>().ok()),
            None => None,
        };
        out.push((req.url(), blob.map_or(0, |b| b.size() as u64)));
    }
    Ok(out)
}

/// The document's size from a HEAD request's Content-Length, when the snapshot does not give it.
pub async fn head_size(url: &str) -> Option<u64> {
    let init = web_sys::RequestInit::new();
    init.set_method("HEAD");
    let r = JsFuture::from(web_sys::window()?.fetch_with_str_and_init(url, &init)).await.ok()?;
    let r: web_sys::Response = r.dyn_into().ok()?;
    r.ok().then(|| r.headers().get("content-length").ok().flatten()?.parse().ok())?
}
