//! Comments waiting to be sent, in the `outbox` store: one record per comment, keyed by its idempotency
//! key, holding the entry as JSON text. The service worker reads and updates the same records when
//! Background Sync wakes it, so the format is plain JSON that JavaScript reads too; it is described once,
//! in `domain::outbox`.

use indexed_db_futures::prelude::*;

use super::db::{self, OUTBOX};
use super::StoreError;
pub use crate::domain::outbox::{Entry, State};

/// Every entry, oldest first. Records that do not parse are skipped, not deleted: they may come from a
/// newer app version and are not this version's to judge.
pub async fn all(name: &str) -> Result<Vec<Entry>, StoreError> {
    let db = db::open(name).await?;
    let tx = db.transaction(OUTBOX).build().map_err(|e| db::error(e, None))?;
    let store = tx.object_store(OUTBOX).map_err(|e| db::error(e, None))?;
    let rows = store
        .get_all::<String>()
        .primitive()
        .map_err(|e| db::error(e, None))?
        .await
        .map_err(|e| db::error(e, None));
    drop(tx);
    db.close();
    let mut entries: Vec<Entry> =
        rows?.filter_map(|r| r.ok().and_then(|s| crate::domain::json::from_text(&s).ok())).collect();
    crate::domain::sort::sort_by(&mut entries, |a, b| a.created_at.cmp(&b.created_at));
    Ok(entries)
}

/// Writes entries (new or changed) in one strict-durability transaction: a comment the person was told is
/// saved must survive a crash right after.
pub async fn put(name: &str, entries: &[Entry]) -> Result<(), StoreError> {
    let db = db::open(name).await?;
    let result = async {
        let (tx, sys) = db::writer(&db, OUTBOX, true)?;
        let fail = |e| db::error(e, Some(&sys));
        let store = tx.object_store(OUTBOX).map_err(fail)?;
        for e in entries {
            let json = serde_json::to_string(e)
                .map_err(|e| StoreError::Failed(crate::domain::json_error::describe(&e)))?;
            store
                .put(json)
                .with_key(e.idempotency_key.as_str())
                .primitive()
                .map_err(fail)?
                .await
                .map_err(fail)?;
        }
        tx.commit().await.map_err(fail)
    }
    .await;
    db.close();
    result
}
