//! The comment outbox's one description: the record kept on the device (JSON, one per comment, keyed by
//! its idempotency key), the receiver's receipt, and what each answer means for the comment. The page's
//! sender (`sync::outbox`) uses these rules directly; the service worker (`public/sw.js`) cannot call
//! Rust, so its copy is pinned to them by `tests/fixtures/receipts.json`, which a Rust test and a node test
//! both run.
//!
//! A comment counts as delivered only on a JSON receipt naming its own key: a captive portal answers 200
//! with a login page, and a redirect turns the POST into a GET; neither received anything.

use serde::{Deserialize, Serialize};

/// One comment in the outbox. Also the JSON body that is POSTed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// When the receiver confirmed it (ISO 8601); set only on a sent entry, whose content is gone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_at: Option<String>,
}

/// Where a comment is. The service worker writes the same JSON shapes (`"Sent"`, `{"Failed": "HTTP 503"}`,
/// `{"Final": "Closed"}`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub enum State {
    #[default]
    Pending,
    /// Not delivered yet; sent again later. A short technical note: `offline` or `HTTP <status>`.
    Failed(String),
    /// The receiver refused it for good: never sent again; the person edits it or sends it by e-mail.
    Final(Refusal),
    /// The receiver confirmed it; only the date is kept.
    Sent,
}

/// Why the receiver refused a comment for good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// 400, 415, 422: the comment as sent is not acceptable (editing it may help).
    Invalid,
    /// 404, 410: the campaign is closed or unknown at this address.
    Closed,
    /// 413: too long.
    TooLarge,
}

/// What one answer (or its absence) means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Delivered,
    /// Try again later; `0` stands for no answer at all (network error, refused redirect).
    Retry(u16),
    Final(Refusal),
}

#[derive(Deserialize)]
struct Receipt {
    status: String,
    id: String,
}

/// `application/json` or any `+json` type, parameters ignored.
fn is_json(content_type: &str) -> bool {
    let t = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    t == "application/json" || t.ends_with("+json")
}

/// The receiver's answer to the POST of the comment keyed `key`: `status` 0 when there was none.
pub fn classify(status: u16, content_type: &str, body: &str, key: &str) -> Outcome {
    match status {
        200 | 201 => {
            let receipt = is_json(content_type)
                .then(|| crate::domain::json::from_text::<Receipt>(body).ok())
                .flatten()
                .filter(|r| (r.status == "accepted" || r.status == "duplicate") && r.id == key);
            if receipt.is_some() {
                Outcome::Delivered
            } else {
                Outcome::Retry(status)
            }
        }
        400 | 415 | 422 => Outcome::Final(Refusal::Invalid),
        404 | 410 => Outcome::Final(Refusal::Closed),
        413 => Outcome::Final(Refusal::TooLarge),
        // 3xx (never followed), 408, 429, 5xx, anything unknown: retrying may help, and loses nothing.
        _ => Outcome::Retry(status),
    }
}

impl Outcome {
    /// The state a comment takes after this outcome (the content is forgotten by `Entry::record`).
    pub fn state(&self) -> State {
        match self {
            Outcome::Delivered => State::Sent,
            Outcome::Retry(0) => State::Failed("offline".into()),
            Outcome::Retry(s) => State::Failed(format!("HTTP {s}")),
            Outcome::Final(r) => State::Final(*r),
        }
    }
}

impl Entry {
    /// Still to be sent (by the page or the service worker).
    pub fn is_waiting(&self) -> bool {
        matches!(self.state, State::Pending | State::Failed(_))
    }

    /// Applies an outcome at time `now`: a delivered comment keeps no text and no personal data.
    pub fn record(&mut self, outcome: &Outcome, now: &str) {
        self.state = outcome.state();
        if self.state == State::Sent {
            self.forget_content();
            self.sent_at = Some(now.to_string());
        }
    }

    /// True for a sent entry that still holds content (written by an app version before this rule).
    pub fn holds_sent_content(&self) -> bool {
        self.state == State::Sent
            && !(self.text.is_empty()
                && self.name.is_empty()
                && self.email.is_empty()
                && self.municipality.is_empty())
    }

    /// Deletes the comment's text and the person's details.
    pub fn forget_content(&mut self) {
        for f in [&mut self.name, &mut self.email, &mut self.municipality, &mut self.text] {
            *f = String::new();
        }
    }
}

/// Milliseconds to wait before the next try after `failures` consecutive failed rounds (1 for the first):
/// 15 s, doubling, at most 16 min.
pub fn backoff_ms(failures: u32) -> u32 {
    15_000u32 << failures.saturating_sub(1).min(6)
}

#[cfg(test)]
mod tests;
