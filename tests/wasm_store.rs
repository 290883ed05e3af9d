//! The on-device store in real IndexedDB (headless Chromium via wasm-bindgen-test): the atomic swap with
//! `previous` as rollback target, a corrupt record, an upgrade from an older layout, quota exhaustion and
//! an unavailable IndexedDB (both simulated by patching the browser API), and a dropped transaction.
//! Each test uses its own database, so they cannot see each other's data.
#![cfg(target_arch = "wasm32")]

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use pruvodce::domain::manifest::sha256_hex;
use pruvodce::domain::snapshot::Manifest;
use pruvodce::store::catalogue::{self, Body};
use pruvodce::store::outbox::{self, Entry, State};
use pruvodce::store::StoreError;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn db_name(test: &str) -> String {
    format!("test-{test}-{}", js_sys::Math::random())
}

fn body(n: u32) -> String {
    format!("{{\"catalogue\":{n}}}")
}

fn manifest(json: &str) -> Manifest {
    Manifest {
        schema_version: 1,
        region_id: "benesov".into(),
        sha256: sha256_hex(json.as_bytes()),
        bytes: json.len() as u64,
        data_date: "2026-11-01".into(),
        snapshot_url: "/data/x.json".into(),
        min_app_version: "0.1.0".into(),
    }
}

/// The same integrity check the app makes: the stored text must still match its manifest.
async fn accept(body: Body, m: Manifest) -> Option<String> {
    (sha256_hex(&body.bytes) == m.sha256).then(|| String::from_utf8(body.bytes).ok()).flatten()
}

async fn save(name: &str, n: u32) -> Result<(), StoreError> {
    let json = body(n);
    catalogue::save(name, "benesov", &blob(&json), &manifest(&json), Some(format!("\"etag-{n}\""))).await
}

/// A body as the app stores it.
fn blob(json: &str) -> web_sys::Blob {
    catalogue::body_blob(json.as_bytes()).expect("a blob")
}

async fn current(name: &str) -> Option<String> {
    catalogue::load(name, "benesov", accept).await.expect("store works").map(|l| l.value)
}

/// Runs JavaScript to patch or restore a browser API (the simulation of failures the test cannot cause).
fn js(code: &str) {
    js_sys::Function::new_no_args(code).call0(&wasm_bindgen::JsValue::NULL).expect("patch runs");
}

const SAVE_PUT: &str = "globalThis.__put = globalThis.__put || IDBObjectStore.prototype.put;";
const RESTORE_PUT: &str = "IDBObjectStore.prototype.put = globalThis.__put;";

#[wasm_bindgen_test]
async fn swap_keeps_previous_as_rollback_target_and_cleans_leftovers() {
    let name = db_name("swap");
    assert_eq!(current(&name).await, None, "a new database holds nothing");
    save(&name, 1).await.expect("first save");
    save(&name, 2).await.expect("second save");
    let loaded = catalogue::load(&name, "benesov", accept).await.expect("load").expect("a catalogue");
    assert_eq!(loaded.value, body(2));
    assert_eq!(loaded.etag.as_deref(), Some("\"etag-2\""));
    assert!(!loaded.rolled_back);
    assert_eq!(catalogue::clean_up(&name).await, Ok(0), "current and previous are both kept");
    save(&name, 3).await.expect("third save");
    assert_eq!(catalogue::clean_up(&name).await, Ok(1), "the catalogue two updates old is removed");
    assert_eq!(current(&name).await, Some(body(3)));
}

/// Writes `value` as the stored body under `key`, behind the store's back.
async fn put_raw(name: &str, key: &str, value: wasm_bindgen::JsValue) {
    let db = Database::open(name).await.expect("open");
    let tx = db.transaction("snapshots").with_mode(TransactionMode::Readwrite).build().expect("tx");
    let store = tx.object_store("snapshots").expect("store");
    store.put(value).with_key(key).primitive().expect("put").await.expect("put");
    tx.commit().await.expect("commit");
    db.close();
}

#[wasm_bindgen_test]
async fn corrupt_current_record_falls_back_to_previous() {
    let name = db_name("corrupt");
    save(&name, 1).await.expect("save 1");
    save(&name, 2).await.expect("save 2");
    // Rot the current body in place, as a disk or a browser bug might.
    let key = format!("benesov/{}", manifest(&body(2)).sha256);
    put_raw(&name, &key, "{\"catalogue\":2 garbage".into()).await;

    let loaded = catalogue::load(&name, "benesov", accept).await.expect("load").expect("falls back");
    assert_eq!(loaded.value, body(1));
    assert!(loaded.rolled_back);
    assert_eq!(loaded.etag, None, "the next check downloads again");
    let again = catalogue::load(&name, "benesov", accept).await.expect("load").expect("still there");
    assert!(!again.rolled_back, "the pointer was repaired");
    assert_eq!(again.value, body(1));
}

#[wasm_bindgen_test]
async fn upgrade_from_version_1_keeps_the_catalogue_and_drops_unknown_stores() {
    let name = db_name("upgrade");
    let json = body(7);
    let m = manifest(&json);
    let key = format!("benesov/{}", m.sha256);
    let pointer = format!(
        r#"{{"current":{{"key":"{key}","manifest":{}}},"previous":null}}"#,
        serde_json::to_string(&m).unwrap()
    );
    let v1 = Database::open(name.as_str())
        .with_version(1u32)
        .with_on_upgrade_needed(|_, db| {
            for s in ["snapshots", "pointers", "legacy-cache"] {
                db.create_object_store(s).build()?;
            }
            Ok(())
        })
        .await
        .expect("a version 1 database");
    let tx =
        v1.transaction(["snapshots", "pointers"]).with_mode(TransactionMode::Readwrite).build().expect("tx");
    tx.object_store("snapshots")
        .unwrap()
        .put(json.as_str())
        .with_key(key.as_str())
        .primitive()
        .unwrap()
        .await
        .unwrap();
    tx.object_store("pointers")
        .unwrap()
        .put(pointer.as_str())
        .with_key("benesov")
        .primitive()
        .unwrap()
        .await
        .unwrap();
    tx.commit().await.expect("commit");
    v1.close();

    assert_eq!(current(&name).await, Some(json), "the version 1 catalogue survives the upgrade");
    let entry = comment("k1", "2026-11-29T10:00:00Z");
    outbox::put(&name, std::slice::from_ref(&entry)).await.expect("the new outbox store exists");
    let db = Database::open(name.as_str()).await.expect("open");
    let stores: Vec<String> = db.object_store_names().collect();
    assert_eq!(db.version() as u32, pruvodce::store::db::VERSION);
    assert!(!stores.iter().any(|s| s == "legacy-cache"), "unknown stores are dropped: {stores:?}");
    db.close();
}

/// database_deleted_by_another_tab_is_recreated_with_its_stores: the layout is checked once per page
/// (float_formatting_not_in_wasm moved the upgrade out of the library); a database deleted behind the
/// page's back afterwards is opened empty, and must get its stores again rather than fail forever.
#[wasm_bindgen_test]
async fn database_deleted_by_another_tab_is_recreated_with_its_stores() {
    let name = db_name("deleted-behind");
    save(&name, 1).await.expect("first save");
    Database::delete_by_name(name.as_str()).expect("delete request").await.expect("deleted");
    assert_eq!(current(&name).await, None, "the deleted catalogue is gone");
    save(&name, 2).await.expect("usable again after the deletion");
    assert_eq!(current(&name).await, Some(body(2)));
    let db = Database::open(name.as_str()).await.expect("open");
    assert_eq!(db.object_store_names().count(), 3, "all stores are back");
    db.close();
}

#[wasm_bindgen_test]
async fn an_unknown_older_layout_means_a_fresh_download_not_a_crash() {
    let name = db_name("unknown-layout");
    let old = Database::open(name.as_str())
        .with_version(1u32)
        .with_on_upgrade_needed(|_, db| db.create_object_store("catalogue").build().map(|_| ()))
        .await
        .expect("an old database");
    old.close();
    assert_eq!(current(&name).await, None);
    save(&name, 1).await.expect("usable after the upgrade");
    assert_eq!(current(&name).await, Some(body(1)));
}

#[wasm_bindgen_test]
async fn quota_exhaustion_keeps_the_stored_catalogue() {
    let name = db_name("quota");
    save(&name, 1).await.expect("save 1");
    // Firefox names the error; Chrome may report an AbortError whose message names the quota.
    for error in [
        "new DOMException('full', 'QuotaExceededError')",
        "new DOMException('Quota exceeded.', 'AbortError')",
    ] {
        js(&format!("{SAVE_PUT} IDBObjectStore.prototype.put = function () {{ throw {error}; }};"));
        let result = save(&name, 2).await;
        js(RESTORE_PUT);
        assert_eq!(result, Err(StoreError::Quota), "{error}");
        assert_eq!(current(&name).await, Some(body(1)), "the old catalogue stays current");
    }
    save(&name, 3).await.expect("after the failure the store works again (reopened)");
    assert_eq!(current(&name).await, Some(body(3)));
}

#[wasm_bindgen_test]
async fn unavailable_indexeddb_is_reported_not_thrown() {
    let name = db_name("unavailable");
    let patches = [
        "Object.defineProperty(globalThis, 'indexedDB', { value: null, configurable: true });",
        "Object.defineProperty(globalThis, 'indexedDB', { get() { throw new DOMException('denied', 'SecurityError'); }, configurable: true });",
    ];
    for patch in patches {
        js(&format!("globalThis.__idb = globalThis.__idb || Object.getOwnPropertyDescriptor(globalThis, 'indexedDB'); {patch}"));
        let saved = save(&name, 1).await;
        let loaded = catalogue::load(&name, "benesov", accept).await;
        let comments = outbox::all(&name).await;
        js("Object.defineProperty(globalThis, 'indexedDB', globalThis.__idb);");
        assert!(matches!(saved, Err(StoreError::Unavailable(_))), "{patch}: {saved:?}");
        assert!(matches!(loaded, Err(StoreError::Unavailable(_))), "{patch}");
        assert!(matches!(comments, Err(StoreError::Unavailable(_))), "{patch}");
    }
    save(&name, 1).await.expect("works again once IndexedDB is back");
}

#[wasm_bindgen_test]
async fn a_failed_flip_or_dropped_transaction_leaves_the_old_catalogue_current() {
    let name = db_name("rollback");
    save(&name, 1).await.expect("save 1");
    // The body is staged (body and staging note), then the flip's pointer write fails: current must
    // still be catalogue 1.
    js(&format!(
        "{SAVE_PUT} let n = 0; IDBObjectStore.prototype.put = function (v, k) {{ if (this.name === 'pointers' && ++n === 2) throw new DOMException('disk', 'UnknownError'); return globalThis.__put.call(this, v, k); }};"
    ));
    let result = save(&name, 2).await;
    js(RESTORE_PUT);
    assert!(result.is_err());
    assert_eq!(current(&name).await, Some(body(1)));
    // The staged body is a leftover, removed once its grace period is over (pointer::garbage's tests);
    // until then another tab might still be about to flip it.
    assert_eq!(catalogue::clean_up(&name).await, Ok(0), "a body staged just now is kept");

    // A pointer write whose transaction is dropped before commit rolls back.
    let db = Database::open(name.as_str()).await.expect("open");
    {
        let tx = db.transaction("pointers").with_mode(TransactionMode::Readwrite).build().expect("tx");
        let store = tx.object_store("pointers").expect("store");
        store.put("{\"current\":null}").with_key("benesov").primitive().expect("put").await.expect("put");
    }
    db.close();
    assert_eq!(current(&name).await, Some(body(1)));
}

fn comment(key: &str, at: &str) -> Entry {
    Entry {
        idempotency_key: key.into(),
        campaign: "kpss".into(),
        endpoint: "/api/comments".into(),
        created_at: at.into(),
        name: String::new(),
        email: String::new(),
        municipality: "Vlašim".into(),
        text: format!("Připomínka {key}"),
        state: State::Pending,
        sent_at: None,
    }
}

#[wasm_bindgen_test]
async fn outbox_keeps_comments_in_order_and_updates_their_state() {
    let name = db_name("outbox");
    let (a, b) = (comment("a", "2026-11-29T10:00:00Z"), comment("b", "2026-11-28T10:00:00Z"));
    outbox::put(&name, &[a.clone(), b.clone()]).await.expect("put");
    let sent = Entry { state: State::Sent, sent_at: Some("2026-11-29T11:00:00Z".into()), ..a.clone() };
    outbox::put(&name, std::slice::from_ref(&sent)).await.expect("update");
    assert_eq!(outbox::all(&name).await, Ok(vec![b, sent]), "oldest first, one record per key");
}

/// Defect 15: another tab's clean-up running between this tab's staging and its flip deleted the staged
/// body, so the flip pointed at nothing and the new catalogue was lost.
#[wasm_bindgen_test]
async fn cleanup_keeps_recently_staged_body() {
    let name = db_name("staged");
    save(&name, 1).await.expect("save 1");
    let json = body(2);
    let m = manifest(&json);
    catalogue::stage(&name, &blob(&json), &m).await.expect("staged");
    assert_eq!(catalogue::clean_up(&name).await, Ok(0), "the other tab's clean-up keeps the staged body");
    catalogue::flip(&name, "benesov", &m, None).await.expect("flipped");
    assert_eq!(current(&name).await, Some(body(2)));
    assert_eq!(catalogue::clean_up(&name).await, Ok(0), "current and previous are kept");
}

/// Defect 13: a manifest for another region must not replace that region's pointer, nor an older one the
/// current catalogue; the store refuses both whatever the caller checked before.
#[wasm_bindgen_test]
async fn manifest_for_other_region_is_refused_by_the_store() {
    use pruvodce::domain::manifest::Refusal;
    let name = db_name("refuse");
    save(&name, 1).await.expect("save 1");
    let json = body(2);
    let foreign = Manifest { region_id: "vlasim".into(), ..manifest(&json) };
    let r = catalogue::save(&name, "benesov", &blob(&json), &foreign, None).await;
    assert!(matches!(r, Err(StoreError::Refused(Refusal::OtherRegion { .. }))), "{r:?}");
    let older = Manifest { data_date: "2026-10-01".into(), ..manifest(&json) };
    let r = catalogue::save(&name, "benesov", &blob(&json), &older, None).await;
    assert!(matches!(r, Err(StoreError::Refused(Refusal::Older { .. }))), "{r:?}");
    assert_eq!(current(&name).await, Some(body(1)));
}

/// Issue 16, offline repeat visit: a body stored as text came back through a UTF-16 to UTF-8 conversion
/// of the whole catalogue in one task (640 ms at 4x CPU for 7,000 services), and one stored as bytes was
/// copied in the `put`'s and the `get`'s task (145 ms at 4x CPU to store). Bodies are stored as a `Blob`
/// now, which the browser reads and writes off the main thread; a body stored as bytes by the previous
/// version is still read, and a text body of an earlier one too (`upgrade_from_version_1_…`).
#[wasm_bindgen_test]
async fn body_stored_as_a_blob_and_bytes_of_the_previous_version_still_read() {
    let name = db_name("bytes");
    save(&name, 3).await.expect("save");
    let key = format!("benesov/{}", manifest(&body(3)).sha256);
    let db = Database::open(name.as_str()).await.expect("open");
    let tx = db.transaction("snapshots").build().expect("tx");
    let raw: Option<wasm_bindgen::JsValue> = tx
        .object_store("snapshots")
        .expect("store")
        .get(key.as_str())
        .primitive()
        .expect("get")
        .await
        .expect("get");
    drop(tx);
    let raw = raw.expect("the body is stored");
    assert!(wasm_bindgen::JsCast::is_instance_of::<web_sys::Blob>(&raw), "stored as {raw:?}");
    assert_eq!(current(&name).await, Some(body(3)));
    db.close();
    // As the previous version stored it: the same bytes as a Uint8Array.
    put_raw(&name, &key, js_sys::Uint8Array::from(body(3).as_bytes()).into()).await;
    assert_eq!(current(&name).await, Some(body(3)));
}
