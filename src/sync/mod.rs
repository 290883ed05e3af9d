// TEMPORARY stub
use crate::domain::snapshot::Manifest;
pub enum UpdateOutcome { Unchanged, Updated { json: String, data_date: String }, StoredInMemoryOnly { json: String, quota: bool }, Offline, Rejected { reason: String }, VersionChange }
pub async fn check_for_update(_: &str, _: Option<&Manifest>, _: Option<&str>, _p: impl Fn(u64, u64)) -> UpdateOutcome { UpdateOutcome::Offline }
