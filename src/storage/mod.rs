// TEMPORARY stub
use crate::domain::snapshot::Manifest;
pub struct Cached {
    pub json: String,
    pub manifest: Manifest,
    pub etag: Option<String>,
}
#[derive(Debug)]
pub enum StoreError {
    Unavailable(String),
    Wiped,
    Quota,
    Other(String),
}
impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}
pub async fn load_current(_: &str) -> Result<Option<Cached>, StoreError> {
    Ok(None)
}
pub async fn persisted() -> Result<bool, StoreError> {
    Ok(false)
}
pub async fn request_persistence() -> Result<bool, StoreError> {
    Ok(false)
}
pub async fn clear_everything() -> Result<(), StoreError> {
    Ok(())
}
