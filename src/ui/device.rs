//! What the app keeps on this device, and removing it: persistent storage (asked for only when the person
//! chooses it, never by default: on a shared computer it would be one more trace of the visit), and
//! "Smazat moje data z tohoto zařízení", which removes the stored catalogue, preferences, favourites,
//! drafts, the comment outbox and every cache of this app.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::dom;

fn storage_manager() -> Option<web_sys::StorageManager> {
    let nav = dom::window()?.navigator();
    js_sys::Reflect::has(&nav, &"storage".into()).ok().filter(|h| *h)?;
    Some(nav.storage())
}

async fn ask(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}

/// Whether the browser promised to keep this site's data (None: the browser cannot say).
pub async fn persisted() -> Option<bool> {
    ask(storage_manager()?.persisted()).await
}

/// Asks the browser to keep this site's data even when space runs low.
pub async fn request_persistence() -> Option<bool> {
    ask(storage_manager()?.persist()).await
}

/// Unregisters this app's service workers, then deletes the IndexedDB database (catalogue and outbox),
/// every `pruvodce.*` key from local and session storage, and every Cache Storage cache. The worker goes
/// first: left registered, it kept the shell cached and controlled the next start, which then took the
/// empty store for a browser wipe and said so (defect 9 of issue 10); unregistered, the next start is a
/// plain first visit.
pub async fn clear_everything() -> Result<(), String> {
    let w = dom::window().ok_or("no window")?;
    unregister_workers().await?;
    crate::store::delete(crate::store::DB_NAME).await.map_err(|e| e.to_string())?;
    for store in [w.local_storage().ok().flatten(), w.session_storage().ok().flatten()].into_iter().flatten()
    {
        let keys: Vec<String> =
            (0..store.length().unwrap_or(0)).filter_map(|i| store.key(i).ok().flatten()).collect();
        for k in keys.into_iter().filter(|k| k.starts_with("pruvodce.")) {
            store.remove_item(&k).map_err(|_| format!("cannot remove {k}"))?;
        }
    }
    let caches = w.caches().map_err(|_| "Cache Storage is not available".to_string())?;
    let names = JsFuture::from(caches.keys()).await.map_err(|_| "cannot list caches".to_string())?;
    for name in js_sys::Array::from(&names).iter().filter_map(|n| n.as_string()) {
        JsFuture::from(caches.delete(&name)).await.map_err(|_| format!("cannot delete cache {name}"))?;
    }
    Ok(())
}

async fn unregister_workers() -> Result<(), String> {
    let Some(sw) = super::sw::container() else { return Ok(()) };
    let list = JsFuture::from(sw.get_registrations()).await.map_err(|_| "cannot list service workers")?;
    for reg in js_sys::Array::from(&list).iter() {
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        let done = reg.unregister().map_err(|_| "cannot unregister the service worker")?;
        JsFuture::from(done).await.map_err(|_| "cannot unregister the service worker")?;
    }
    Ok(())
}
