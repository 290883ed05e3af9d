//! The database's layout (which object stores exist) and its upgrade, done with the browser's own
//! IndexedDB API. The library's `with_on_upgrade_needed` wraps the callback in a listener that formats
//! its errors with `Display`, and that text can print an `f64`: it linked Rust's float formatting, about
//! 11 KB, into the first load (float_formatting_not_in_wasm, issue 10's size ceiling). Opening here once
//! per page, with the upgrade, leaves the library only databases that are already at the current layout.

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::StoreError;

/// The layout version. 1: `snapshots` (catalogue bodies) and `pointers` (which body is current).
/// 2: adds `outbox` (comments waiting to be sent), read by the service worker too.
pub const VERSION: u32 = 2;
pub const SNAPSHOTS: &str = "snapshots";
pub const POINTERS: &str = "pointers";
pub const OUTBOX: &str = "outbox";
pub const STORES: [&str; 3] = [SNAPSHOTS, POINTERS, OUTBOX];

thread_local! {
    /// The databases this page brought to the current layout; one is forgotten when it is deleted.
    static READY: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Forgets that `name`'s layout was checked, so the next open runs the upgrade again.
pub fn forget(name: &str) {
    READY.with(|r| r.borrow_mut().retain(|n| n != name));
}

/// Brings `name` to the current layout, once per page.
pub async fn ensure(name: &str) -> Result<(), StoreError> {
    if READY.with(|r| r.borrow().iter().any(|n| n == name)) {
        return Ok(());
    }
    let unavailable = || StoreError::Unavailable("this browser offers no IndexedDB here".into());
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or_else(unavailable)?;
    let request = factory.open_with_u32(name, VERSION).map_err(|_| unavailable())?;
    let target = request.clone();
    let on_upgrade = crate::turns::once(Box::new(move || {
        // A failure here aborts the version change; the request's error event then reports it.
        if let Ok(db) = target.result() {
            let _ = upgrade(&db.unchecked_into());
        }
    }));
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let settled = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let outcome = JsFuture::from(settled).await;
    request.set_onupgradeneeded(None);
    match outcome {
        Ok(_) => {
            if let Ok(db) = request.result() {
                db.unchecked_into::<web_sys::IdbDatabase>().close();
            }
            READY.with(|r| r.borrow_mut().push(name.to_string()));
            Ok(())
        }
        Err(_) => Err(match request.error() {
            Ok(Some(e)) => StoreError::classify(&e.name(), &e.message(), None),
            _ => StoreError::Failed("opening the database failed".into()),
        }),
    }
}

/// Which of the app's stores `db` lacks (a database another tab deleted and the library recreated empty).
pub fn missing(names: &[String]) -> usize {
    STORES.iter().filter(|s| !names.iter().any(|n| n == *s)).count()
}

/// Brings any older layout to the current one. Stores the app knows are kept with their data (version 1
/// had the catalogue stores already); stores it does not know are dropped, and their data is fetched
/// again from the network, so an unexpected layout costs a download, never a crash.
fn upgrade(db: &web_sys::IdbDatabase) -> Result<(), JsValue> {
    let list = db.object_store_names();
    let existing: Vec<String> = (0..list.length()).filter_map(|i| list.item(i)).collect();
    for name in existing.iter().filter(|n| !STORES.contains(&n.as_str())) {
        db.delete_object_store(name)?;
    }
    for name in STORES.iter().filter(|n| !existing.iter().any(|e| e == *n)) {
        db.create_object_store(name)?;
    }
    Ok(())
}
