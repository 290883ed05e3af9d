//! The comment outbox: a comment is saved on this device first and sent when there is a connection, with
//! an idempotency key so the server records it exactly once however often it is retried. It is marked sent
//! only after the server acknowledged it (2xx); until then it is retried at start and on the `online` event.
//! (Kept in localStorage for now; moving it to IndexedDB with Background Sync is the offline issue's work.)

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::dom;
use super::prefs::{self, Key};
use crate::domain::comment::CommentDraft;

/// One comment in the outbox.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub idempotency_key: String,
    pub campaign: String,
    pub endpoint: String,
    pub created_at: String,
    pub name: String,
    pub email: String,
    pub municipality: String,
    pub text: String,
    #[serde(default)]
    pub state: State,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub enum State {
    #[default]
    Pending,
    Sent,
    Failed(String),
}

pub fn read() -> Vec<Entry> {
    prefs::get(Key::Outbox).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default()
}

fn write(entries: &[Entry]) -> bool {
    serde_json::to_string(entries).map(|s| prefs::set_checked(Key::Outbox, &s)).unwrap_or(false)
}

/// 32 random hex digits from the browser's cryptographic generator.
fn random_key() -> Option<String> {
    let crypto = dom::window()?.crypto().ok()?;
    let mut buf = [0u8; 16];
    crypto.get_random_values_with_u8_array(&mut buf).ok()?;
    Some(buf.iter().map(|b| format!("{b:02x}")).collect())
}

/// Saves a comment for sending; false when it could not be saved on this device.
pub fn add(campaign: &str, endpoint: &str, d: &CommentDraft) -> bool {
    let Some(key) = random_key() else { return false };
    let mut all = read();
    all.push(Entry {
        idempotency_key: key,
        campaign: campaign.to_string(),
        endpoint: endpoint.to_string(),
        created_at: String::from(js_sys::Date::new_0().to_iso_string()),
        name: d.name.trim().to_string(),
        email: d.email.trim().to_string(),
        municipality: d.municipality.trim().to_string(),
        text: d.text.trim().to_string(),
        state: State::Pending,
    });
    write(&all)
}

/// Sends every unsent comment once; returns how many the server acknowledged now.
pub async fn send_pending() -> usize {
    let mut sent = 0;
    for e in read().into_iter().filter(|e| e.state != State::Sent) {
        let state = match post(&e).await {
            Ok(()) => State::Sent,
            Err(reason) => State::Failed(reason),
        };
        sent += usize::from(state == State::Sent);
        // Re-read before writing: another tab may have changed the outbox meanwhile.
        let mut all = read();
        if let Some(x) = all.iter_mut().find(|x| x.idempotency_key == e.idempotency_key) {
            if state == State::Sent {
                // What was delivered no longer needs the person's contact details kept here.
                x.name.clear();
                x.email.clear();
            }
            x.state = state;
        }
        write(&all);
    }
    sent
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
