//! What the app keeps on this device in IndexedDB: verified catalogues (with a `current` and a `previous`
//! pointer per region) and the comment outbox. The pointer rules and the error classification are plain
//! Rust, tested natively; the IndexedDB code around them is thin and tested in Chromium
//! (`tests/wasm_store.rs`). Every operation takes the database name so the tests use their own databases.

mod error;
pub mod pointer;

pub use error::StoreError;

#[cfg(target_arch = "wasm32")]
pub mod catalogue;
#[cfg(target_arch = "wasm32")]
pub mod db;
#[cfg(target_arch = "wasm32")]
mod layout;
#[cfg(target_arch = "wasm32")]
pub mod outbox;

/// The app's database.
pub const DB_NAME: &str = "pruvodce";

/// Deletes the whole database ("Smazat moje data z tohoto zařízení"). Other tabs' connections get a
/// `versionchange` and let go (see `db`), so the deletion is not blocked for long.
#[cfg(target_arch = "wasm32")]
pub async fn delete(name: &str) -> Result<(), StoreError> {
    let request = indexed_db_futures::database::Database::delete_by_name(name).map_err(|e| match e {
        indexed_db_futures::error::OpenDbError::Base(e) => db::error(e, None),
        _ => StoreError::Unavailable("this browser offers no IndexedDB here".into()),
    })?;
    layout::forget(name);
    request.await.map_err(|e| db::error(e, None))
}
