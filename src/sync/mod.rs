//! Fetching the catalogue: the manifest first (with `If-None-Match` and a timeout, since a request that
//! answers in time is the only trustworthy "online" signal), then the content-hashed snapshot, read as a
//! stream so the UI can show progress. Nothing is accepted before its size and SHA-256 match the manifest:
//! an ETag is only a cache hint, and a short body is a truncated download, not a catalogue. `outbox` sends
//! the person's comments; `digest` hashes a body with the browser's SHA-256.

pub mod digest;
pub mod fetch;
pub mod outbox;

use crate::domain::manifest::{check_update, Refusal};
use crate::domain::snapshot::Manifest;
pub use fetch::FetchError;

/// Milliseconds to wait for an answer before treating the network as absent.
pub const TIMEOUT_MS: i32 = 8000;
/// Milliseconds a download may go without receiving a byte before it is abandoned (defect 12).
pub const IDLE_MS: i32 = 15_000;

/// What an update check found.
pub enum UpdateOutcome {
    /// The manifest is the one already shown (or the server said 304).
    Unchanged,
    /// A new snapshot arrived; its length, SHA-256 and validity are checked when it is loaded, before it
    /// is shown or stored.
    Downloaded { body: Vec<u8>, manifest: Manifest, etag: Option<String> },
    /// No answer in time, or no network: the app stays on what it has, quietly.
    Offline,
    /// The download was refused: truncated, wrong hash, too new for this app, or not a manifest.
    Rejected { reason: String },
    /// The manifest may not replace what is stored (another region's, older, or too large); nothing was
    /// downloaded.
    Refused(Refusal),
}

/// Checks for a newer catalogue of `region` and downloads it, reporting (received, total) bytes.
pub async fn check_for_update(
    region: &str,
    current: Option<&Manifest>,
    etag: Option<&str>,
    progress: impl Fn(u64, u64),
) -> UpdateOutcome {
    let url = format!("/data/{region}.manifest.json");
    let (text, new_etag) = match fetch::text(&url, etag, TIMEOUT_MS).await {
        Ok(Some(r)) => r,
        Ok(None) => return UpdateOutcome::Unchanged,
        Err(FetchError::Offline) => return UpdateOutcome::Offline,
        Err(FetchError::Http(code)) => {
            return UpdateOutcome::Rejected { reason: format!("HTTP {code}: {url}") }
        }
    };
    let manifest: Manifest = match crate::domain::json::from_text(&text) {
        Ok(m) => m,
        Err(e) => {
            let why = crate::domain::json_error::describe(&e);
            return UpdateOutcome::Rejected { reason: format!("{url}: {why}") };
        }
    };
    if current.is_some_and(|c| c.sha256 == manifest.sha256) {
        return UpdateOutcome::Unchanged;
    }
    if let Err(refusal) = check_update(region, current, &manifest) {
        return UpdateOutcome::Refused(refusal);
    }
    if newer(&manifest.min_app_version, env!("CARGO_PKG_VERSION")) {
        return UpdateOutcome::Rejected { reason: format!("needs app version {}", manifest.min_app_version) };
    }
    let bytes =
        match fetch::bytes(&manifest.snapshot_url, manifest.bytes, TIMEOUT_MS, IDLE_MS, &progress).await {
            Ok(b) => b,
            Err(FetchError::Offline) => return UpdateOutcome::Offline,
            Err(FetchError::Http(code)) => {
                return UpdateOutcome::Rejected { reason: format!("HTTP {code}: {}", manifest.snapshot_url) }
            }
        };
    // Length and hash are checked when the body is loaded, the hash a slice at a time (`ui::load`, issue
    // 16: hashing a region's catalogue at once is a long task on a phone).
    // Kept as bytes: the reader reads bytes, and the store keeps bytes (`store::catalogue::get_body`). Not
    // checked as UTF-8 here, in one long task: the reader refuses a byte that is not UTF-8 wherever it is
    // (reader_tests: bytes_that_are_not_utf8_are_refused_anywhere).
    UpdateOutcome::Downloaded { body: bytes, manifest, etag: new_etag }
}

/// True when dotted version `a` is greater than `b` ("0.2.0" > "0.1.9").
fn newer(a: &str, b: &str) -> bool {
    let parts = |s: &str| s.split('.').map(|p| p.parse::<u32>().unwrap_or(0)).collect::<Vec<_>>();
    parts(a) > parts(b)
}
