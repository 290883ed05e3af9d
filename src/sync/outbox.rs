//! Sending the comment outbox: the page's one sender, with one retry timer. A comment is saved on this
//! device first (IndexedDB) and sent when there is a connection, with an idempotency key so the receiver
//! records it once however often it is retried, by this page or by the service worker's Background Sync.
//! What an answer means (delivered only on a JSON receipt naming the key; final refusals; retries) is
//! decided by `domain::outbox`, the rules the service worker is tested against too. A delivered comment
//! keeps only its date. Where IndexedDB is unavailable, localStorage holds the outbox instead; entries
//! found there (also from older app versions) move into IndexedDB as soon as it works.

use std::cell::RefCell;

use leptos::prelude::Update;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::comment::CommentDraft;
use crate::domain::outbox::{backoff_ms, classify, Outcome};
use crate::store::outbox as idb;
pub use crate::store::outbox::{Entry, State};
use crate::store::DB_NAME;
use crate::ui::prefs::{self, Key};
use crate::ui::state::AppState;

fn local_read() -> Vec<Entry> {
    prefs::get(Key::Outbox).and_then(|s| crate::domain::json::from_text(&s).ok()).unwrap_or_default()
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

/// Every comment, oldest first. A sent one still holding its text (an older app version kept it) loses
/// the text here.
pub async fn read() -> Vec<Entry> {
    let legacy = local_read();
    if !legacy.is_empty() && idb::put(DB_NAME, &legacy).await.is_ok() {
        prefs::remove(Key::Outbox);
    }
    let mut entries = idb::all(DB_NAME).await.unwrap_or_else(|_| local_read());
    let stale: Vec<Entry> = entries
        .iter_mut()
        .filter(|e| e.holds_sent_content())
        .map(|e| {
            e.forget_content();
            e.clone()
        })
        .collect();
    if !stale.is_empty() {
        save(&stale).await;
    }
    entries
}

/// Saves entries (new or changed); false when they could not be saved anywhere on this device.
async fn save(entries: &[Entry]) -> bool {
    idb::put(DB_NAME, entries).await.is_ok() || local_save(entries)
}

fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// 32 random hex digits from the browser's cryptographic generator.
fn random_key() -> Option<String> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut buf = [0u8; 16];
    crypto.get_random_values_with_u8_array(&mut buf).ok()?;
    Some(buf.iter().map(|b| format!("{b:02x}")).collect())
}

/// Saves a comment in the outbox and starts sending it; false when it could not be saved on this device.
pub async fn submit(app: AppState, campaign: &str, endpoint: &str, d: &CommentDraft) -> bool {
    let Some(key) = random_key() else { return false };
    let entry = Entry {
        idempotency_key: key,
        campaign: campaign.to_string(),
        endpoint: endpoint.to_string(),
        created_at: now(),
        name: d.name.trim().to_string(),
        email: d.email.trim().to_string(),
        municipality: d.municipality.trim().to_string(),
        text: d.text.trim().to_string(),
        state: State::Pending,
        sent_at: None,
    };
    if !save(&[entry]).await {
        return false;
    }
    flush(app);
    true
}

/// Sends every waiting comment once; returns (tried, still waiting).
async fn send_pending() -> (usize, usize) {
    let (mut tried, mut waiting) = (0, 0);
    for mut e in read().await.into_iter().filter(Entry::is_waiting) {
        tried += 1;
        let outcome = post(&e).await;
        e.record(&outcome, &now());
        waiting += usize::from(e.is_waiting());
        save(&[e]).await;
    }
    (tried, waiting)
}

/// POSTs one comment, never following a redirect (it would turn the POST into a GET somewhere else).
async fn post(e: &Entry) -> Outcome {
    let none = Outcome::Retry(0);
    let (Some(w), Ok(body), Ok(headers)) =
        (web_sys::window(), serde_json::to_string(e), web_sys::Headers::new())
    else {
        return none;
    };
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    init.set_redirect(web_sys::RequestRedirect::Error);
    let _ = headers.set("Content-Type", "application/json");
    let _ = headers.set("Idempotency-Key", &e.idempotency_key);
    init.set_headers(&headers);
    let Ok(resp) = JsFuture::from(w.fetch_with_str_and_init(&e.endpoint, &init)).await else { return none };
    let Ok(resp) = resp.dyn_into::<web_sys::Response>() else { return none };
    let content_type = resp.headers().get("Content-Type").ok().flatten().unwrap_or_default();
    let text = match resp.text() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|v| v.as_string()).unwrap_or_default(),
        Err(_) => String::new(),
    };
    classify(resp.status(), &content_type, &text, &e.idempotency_key)
}

/// The one sender: whether a round runs, whether another was asked for meanwhile, the failed rounds in a
/// row (for the backoff) and the one retry timer.
#[derive(Default)]
struct Sender {
    running: bool,
    again: bool,
    failures: u32,
    timer: Option<i32>,
}

thread_local! {
    static SENDER: RefCell<Sender> = RefCell::new(Sender::default());
}

/// Sends what is waiting, then refreshes the list. Called at start, on `online`, after a submit, from the
/// worker's message and by the retry timer; however often it is called there is one round at a time and
/// one timer: while something stays unsent it tries again later, waiting twice as long each time (15 s
/// up to 16 min).
pub fn flush(app: AppState) {
    let start = SENDER.with_borrow_mut(|s| {
        if s.running {
            s.again = true; // the running round may have read the outbox before the newest comment
            return false;
        }
        s.running = true;
        if let (Some(t), Some(w)) = (s.timer.take(), web_sys::window()) {
            w.clear_timeout_with_handle(t);
        }
        true
    });
    if !start {
        return;
    }
    leptos::task::spawn_local(async move {
        let waiting = loop {
            let (tried, waiting) = send_pending().await;
            // Nothing waiting (the usual start): no list to refresh.
            if tried > 0 {
                app.outbox.update(|v| *v += 1);
            }
            if !SENDER.with_borrow_mut(|s| std::mem::take(&mut s.again)) {
                break waiting;
            }
        };
        SENDER.with_borrow_mut(|s| {
            s.running = false;
            if waiting == 0 {
                s.failures = 0;
                return;
            }
            s.failures = s.failures.saturating_add(1);
            let delay = i32::try_from(backoff_ms(s.failures)).unwrap_or(i32::MAX);
            s.timer = crate::turns::timer(delay, Box::new(move || flush(app)));
        });
    });
}

/// True while a retry is scheduled (for tests: one timer, whatever the number of flushes).
pub fn retry_scheduled() -> bool {
    SENDER.with_borrow(|s| s.timer.is_some() || s.running)
}
