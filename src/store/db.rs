//! Opening the database: its versioned layout and upgrade path, a time limit (a connection blocked by
//! another tab must not hold up the app), and the `versionchange` rule (a tab on an older app version
//! closes its connection and reloads, so the newer tab's upgrade can go ahead). Each operation opens its
//! own short-lived connection and drops it: after a failure (Firefox keeps a database read-only after a
//! quota error until it is reopened) the next operation starts clean, and no connection is ever held
//! open across a network request.

use futures::future::{select, Either};
use indexed_db_futures::database::{Database, ObjectStoreName};
use indexed_db_futures::error::OpenDbError;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{
    Transaction, TransactionDurability, TransactionMode, TransactionOptions,
};
use wasm_bindgen::JsCast;

use super::{layout, StoreError};
use crate::turns::sleep;

pub use super::layout::{OUTBOX, POINTERS, SNAPSHOTS, VERSION};

/// How long opening may take before the app gives up and runs from memory for this visit.
const OPEN_TIMEOUT_MS: i32 = 3000;

/// Opens `name` at the current layout version, upgrading an older layout in place (see `layout`).
pub async fn open(name: &str) -> Result<Database, StoreError> {
    let opened = match select(Box::pin(open_current(name)), Box::pin(sleep(OPEN_TIMEOUT_MS))).await {
        Either::Left((result, _)) => result?,
        Either::Right(_) => {
            return Err(StoreError::Unavailable("opening the database timed out".into()));
        }
    };
    on_version_change(&opened);
    Ok(opened)
}

async fn open_current(name: &str) -> Result<Database, StoreError> {
    for attempt in 0..2 {
        layout::ensure(name).await.map_err(newer)?;
        let db = Database::open(name).with_version(VERSION).build().map_err(open_error)?.await;
        let db = db.map_err(open_error)?;
        let names: Vec<String> = db.object_store_names().collect();
        match layout::missing(&names) {
            0 => return Ok(db),
            // Another tab deleted the database after this page checked its layout, and opening created
            // it again, empty: there is nothing in it to lose, so it is made again with its stores.
            n if n == layout::STORES.len() && attempt == 0 => {
                db.close();
                super::delete(name).await?;
            }
            _ => break,
        }
    }
    Err(StoreError::Failed("the database lacks some of its stores".into()))
}

/// Another tab asks to upgrade the layout: this tab runs an older app, so it lets go and reloads into the
/// new version instead of blocking the other tab or reading a layout it does not know.
fn on_version_change(db: &Database) {
    let sys: web_sys::IdbDatabase = db.as_sys().clone().unchecked_into();
    let target = sys.clone();
    let handler = crate::turns::once(Box::new(move || {
        target.close();
        reload_once();
    }));
    sys.set_onversionchange(Some(handler.unchecked_ref()));
}

/// Reloads the page, unless this tab already reloaded for this reason (no loops if the new version's
/// tab is gone by then).
pub fn reload_once() {
    let Some(w) = web_sys::window() else { return };
    let session = w.session_storage().ok().flatten();
    const KEY: &str = "pruvodce.reloaded-for-db";
    if session.as_ref().and_then(|s| s.get_item(KEY).ok().flatten()).is_some() {
        return;
    }
    if let Some(s) = &session {
        let _ = s.set_item(KEY, "1");
    }
    let _ = w.location().reload();
}

fn open_error(e: OpenDbError) -> StoreError {
    match e {
        OpenDbError::NullFactory | OpenDbError::UnsupportedEnvironment => {
            StoreError::Unavailable("this browser offers no IndexedDB here".into())
        }
        OpenDbError::VersionZero => StoreError::Failed("database version 0".into()),
        OpenDbError::Base(e) => newer(error(e, None)),
    }
}

/// A `VersionError` means the data layout is newer than this app: another tab runs a newer version, so
/// this one reloads (once) to fetch it. Both the layout check and the library's open can meet it.
fn newer(err: StoreError) -> StoreError {
    match &err {
        StoreError::Failed(why) if why.starts_with("VersionError") => {
            reload_once();
            StoreError::Newer
        }
        _ => err,
    }
}

/// A read-write transaction over `stores`, and its browser object for classifying failures (the real
/// cause of an abort is on the transaction, see `StoreError`). `strict` durability is for the small
/// records whose loss after a reported success would cost the person something: the pointer, a comment.
pub fn writer<S: ObjectStoreName>(
    db: &Database,
    stores: S,
    strict: bool,
) -> Result<(Transaction<'_>, web_sys::IdbTransaction), StoreError> {
    let durability = if strict { TransactionDurability::Strict } else { TransactionDurability::Default };
    let tx = db
        .transaction(stores)
        .with_mode(TransactionMode::Readwrite)
        .with_options(TransactionOptions::new().with_durability(durability))
        .build()
        .map_err(|e| error(e, None))?;
    let sys = tx.as_sys().clone().unchecked_into();
    Ok((tx, sys))
}

/// Classifies a library error, with the transaction's own error when there is one (see `StoreError`).
pub fn error(e: indexed_db_futures::error::Error, tx: Option<&web_sys::IdbTransaction>) -> StoreError {
    use indexed_db_futures::error::Error as E;
    let tx_name = tx.and_then(|t| t.error()).map(|d| d.name());
    match e {
        E::DomException(d) => {
            let d: web_sys::DomException = d.into();
            StoreError::classify(&d.name(), &d.message(), tx_name.as_deref())
        }
        // Named by variant, not by the library's Display, which can print an f64 and so links Rust's
        // float formatting into the wasm (float_formatting_not_in_wasm).
        E::Serialisation(_) => StoreError::classify("Error", "value not serialisable", tx_name.as_deref()),
        E::MissingData(_) => StoreError::classify("Error", "missing data", tx_name.as_deref()),
        E::Unknown(_) => StoreError::classify("Error", "unknown JavaScript error", tx_name.as_deref()),
    }
}
