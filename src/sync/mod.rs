// TEMPORARY stub (local testing only)
use crate::domain::snapshot::Manifest;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
pub enum UpdateOutcome {
    Unchanged,
    Updated { json: String, data_date: String },
    StoredInMemoryOnly { json: String, quota: bool },
    Offline,
    Rejected { reason: String },
    VersionChange,
}
async fn text(url: &str) -> Option<String> {
    let w = web_sys::window()?;
    let r: web_sys::Response = JsFuture::from(w.fetch_with_str(url)).await.ok()?.dyn_into().ok()?;
    if !r.ok() {
        return None;
    }
    JsFuture::from(r.text().ok()?).await.ok()?.as_string()
}
pub async fn check_for_update(
    region: &str,
    _: Option<&Manifest>,
    _: Option<&str>,
    _p: impl Fn(u64, u64),
) -> UpdateOutcome {
    let Some(m) = text(&format!("/data/{region}.manifest.json")).await else { return UpdateOutcome::Offline };
    let Ok(m) = serde_json::from_str::<Manifest>(&m) else { return UpdateOutcome::Offline };
    let Some(json) = text(&m.snapshot_url).await else { return UpdateOutcome::Offline };
    UpdateOutcome::StoredInMemoryOnly { json, quota: false }
}
