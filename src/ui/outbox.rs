//! The comment outbox: a comment is saved on this device first (IndexedDB) and sent when there is a
//! connection, with an idempotency key so the server records it exactly once however often it is
//! retried, by this page or by the service worker's Background Sync. It is marked sent only after the
//! server acknowledged it (2xx). Where IndexedDB is unavailable, localStorage holds the outbox instead;
//! entries found there (also from older app versions) move into IndexedDB as soon as it works.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::dom;
use super::prefs::{self, Key};
use crate::domain::comment::CommentDraft;
use crate::store::outbox as idb;
pub use crate::store::outbox::{Entry, State};
use crate::store::DB_NAME;

fn local_read() -> Vec<Entry> {
    prefs::get(Key::Outbox).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default()
}

fn local_save(entries: &[Entry]) -> bool {
    let mut all = local_read();
    for e in entries {
        match all.iter_mut().find(|x| x.idempotency_key == e.idempotency_key) {
            Some(x) => *x = e.clone(),
            None => all.push(e.clone()),
        }
    }
    serde_json::to_string(&all).map(|s| prefs::set_checked(Key::Outbox, &s)).unwrap_or(false)
}

/// Every comment, oldest first.
pub async fn read() -> Vec<Entry> {
    let legacy = local_read();
    if !legacy.is_empty() && idb::put(DB_NAME, &legacy).await.is_ok() {
        prefs::remove(Key::Outbox);
    }
    match idb::all(DB_NAME).await {
        Ok(entries) => entries,
        Err(_) => local_read(),
    }
}

/// Saves entries (new or changed); false when they could not be saved anywhere on this device.
async fn save(entries: &[Entry]) -> bool {
    idb::put(DB_NAME, entries).await.is_ok() || local_save(entries)
}

/// 32 random hex digits from the browser's cryptographic generator.
fn random_key() -> Option<String> {
    let crypto = dom::window()?.crypto().ok()?;
    let mut buf = [0u8; 16];
    crypto.get_random_values_with_u8_array(&mut buf).ok()?;
    Some(buf.iter().map(|b| format!("{b:02x}")).collect())
}

/// Saves a comment for sending; false when it could not be saved on this device.
pub async fn add(campaign: &str, endpoint: &str, d: &CommentDraft) -> bool {
    let Some(key) = random_key() else { return false };
    let entry = Entry {
        idempotency_key: key,
        campaign: campaign.to_string(),
        endpoint: endpoint.to_string(),
        created_at: String::from(js_sys::Date::new_0().to_iso_string()),
        name: d.name.trim().to_string(),
        email: d.email.trim().to_string(),
        municipality: d.municipality.trim().to_string(),
        text: d.text.trim().to_string(),
        state: State::Pending,
    };
    save(&[entry]).await
}

/// What one round of sending did.
pub struct Sent {
    /// Comments that were waiting and were tried.
    pub tried: usize,
    /// Of those, the ones still not acknowledged.
    pub unsent: usize,
}

/// Sends every unsent comment once.
pub async fn send_pending() -> Sent {
    let (mut tried, mut unsent) = (0, 0);
    for mut e in read().await.into_iter().filter(|e| e.state != State::Sent) {
        tried += 1;
        e.state = match post(&e).await {
            Ok(()) => State::Sent,
            Err(reason) => State::Failed(reason),
        };
        if e.state == State::Sent {
            // What was delivered no longer needs the person's contact details kept here.
            e.name.clear();
            e.email.clear();
        } else {
            unsent += 1;
        }
        save(&[e]).await;
    }
    Sent { tried, unsent }
}

async fn post(e: &Entry) -> Result<(), String> {
    let w = dom::window().ok_or("no window")?;
    let body = serde_json::to_string(e).map_err(|err| err.to_string())?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    let headers = web_sys::Headers::new().map_err(|_| "headers")?;
    let _ = headers.set("Content-Type", "application/json");
    let _ = headers.set("Idempotency-Key", &e.idempotency_key);
    init.set_headers(&headers);
    let resp = JsFuture::from(w.fetch_with_str_and_init(&e.endpoint, &init))
        .await
        .map_err(|_| "offline".to_string())?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "offline".to_string())?;
    if resp.ok() {
        Ok(())
    } else {
        Err(format!("HTTP {}", resp.status()))
    }
}
