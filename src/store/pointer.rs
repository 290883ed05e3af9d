//! The small record that says which stored catalogue of a region is `current` and which is `previous`
//! (the rollback target), which bodies are staged and not yet flipped, and the rules for changing it.
//! Plain Rust, so the rules are tested natively; the IndexedDB layer only reads and writes this record in
//! short transactions.

use serde::{Deserialize, Serialize};

use crate::domain::manifest::{check_update, Refusal};
use crate::domain::snapshot::Manifest;

/// How long a staged body is safe from clean-up while its flip is pending (defect 15: another tab's
/// clean-up ran between one tab's staging and its flip and deleted the new body). Far longer than the
/// gap between the two transactions; a crash's leftover goes at a start after that.
pub const STAGE_GRACE_MS: f64 = 10.0 * 60_000.0;

/// One stored catalogue: the key of its body in the `snapshots` store and the manifest it matched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Slot {
    pub key: String,
    pub manifest: Manifest,
}

/// A region's pointer record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Pointer {
    pub current: Option<Slot>,
    pub previous: Option<Slot>,
    /// The manifest's ETag, sent as `If-None-Match` on the next check. Only a cache hint.
    #[serde(default)]
    pub etag: Option<String>,
    /// Bodies staged for this region and not flipped yet, with when (ms since the epoch). Older app
    /// versions ignore the field.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub staged: Vec<Staged>,
}

/// A body written under `key` at `at` (ms since the epoch), waiting for its flip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Staged {
    pub key: String,
    pub at: f64,
}

/// Staged within the grace period. A clock that jumped is treated the same both ways.
fn recent(at: f64, now: f64) -> bool {
    (now - at).abs() < STAGE_GRACE_MS
}

/// The key a snapshot body is staged under: content-addressed, so staging the same catalogue twice
/// writes the same record and never disturbs another region's.
pub fn body_key(manifest: &Manifest) -> String {
    format!("{}/{}", manifest.region_id, manifest.sha256)
}

impl Pointer {
    /// The pointer stored as `raw`. A missing or unreadable record is no pointer: the catalogue is then
    /// downloaded again, and nothing crashes.
    pub fn from_record(raw: Option<&str>) -> Pointer {
        raw.and_then(|r| crate::domain::json::from_text(r).ok()).unwrap_or_default()
    }

    /// The pointer after a body was staged under `key` at `now`: it is protected from clean-up until its
    /// flip or the end of the grace period. Expired entries are dropped.
    pub fn staging(&self, key: &str, now: f64) -> Pointer {
        let mut staged: Vec<Staged> =
            self.staged.iter().filter(|s| s.key != key && recent(s.at, now)).cloned().collect();
        staged.push(Staged { key: key.to_string(), at: now });
        Pointer { staged, ..self.clone() }
    }

    /// The pointer after `slot` became current: the old current becomes the rollback target. Staging the
    /// catalogue that is already current changes nothing but the ETag.
    pub fn flipped(&self, slot: Slot, etag: Option<String>) -> Pointer {
        let staged = self.staged.iter().filter(|s| s.key != slot.key).cloned().collect();
        if self.current.as_ref().is_some_and(|c| c.key == slot.key) {
            return Pointer { etag, staged, ..self.clone() };
        }
        Pointer { previous: self.current.clone(), current: Some(slot), etag, staged }
    }

    /// `flipped`, if `slot` may replace this pointer's current catalogue of `region` at all: a manifest
    /// for another region or with an older data date is refused (defect 13), here as well as before the
    /// download, so no path can store it.
    pub fn accept(&self, region: &str, slot: Slot, etag: Option<String>) -> Result<Pointer, Refusal> {
        check_update(region, self.current.as_ref().map(|c| &c.manifest), &slot.manifest)?;
        Ok(self.flipped(slot, etag))
    }

    /// The pointer after the current catalogue turned out unreadable: `previous` takes its place, and
    /// the ETag is dropped so the next check downloads again.
    pub fn rolled_back(&self) -> Pointer {
        Pointer { current: self.previous.clone(), previous: None, etag: None, staged: self.staged.clone() }
    }

    /// The body keys this pointer keeps alive.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.current.iter().chain(self.previous.iter()).map(|s| s.key.as_str())
    }
}

/// The stored bodies that no pointer refers to and nobody staged in the last `STAGE_GRACE_MS` before
/// `now`: leftovers of a staging that was never flipped (a crash, a failed flip) or of a catalogue two
/// updates old. They are removed at start.
pub fn garbage<'a>(bodies: &'a [String], pointers: &[Pointer], now: f64) -> Vec<&'a str> {
    let kept = |b: &str| {
        pointers
            .iter()
            .any(|p| p.keys().any(|k| k == b) || p.staged.iter().any(|s| s.key == b && recent(s.at, now)))
    };
    bodies.iter().map(String::as_str).filter(|b| !kept(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(sha: &str) -> Slot {
        let manifest = Manifest {
            schema_version: 1,
            region_id: "benesov".into(),
            sha256: sha.into(),
            bytes: 10,
            data_date: "2026-11-01".into(),
            snapshot_url: format!("/data/benesov-{sha}.json"),
            min_app_version: "0.1.0".into(),
        };
        Slot { key: body_key(&manifest), manifest }
    }

    #[test]
    fn flipping_keeps_the_old_current_as_rollback_target() {
        let p = Pointer::default().flipped(slot("a"), Some("\"1\"".into()));
        assert_eq!(p.current, Some(slot("a")));
        assert_eq!(p.previous, None);
        let p = p.flipped(slot("b"), None);
        assert_eq!((p.current, p.previous), (Some(slot("b")), Some(slot("a"))));
    }

    #[test]
    fn restaging_the_current_catalogue_keeps_the_rollback_target() {
        let p = Pointer::default().flipped(slot("a"), None).flipped(slot("b"), None);
        let again = p.flipped(slot("b"), Some("\"2\"".into()));
        assert_eq!(again.previous, Some(slot("a")));
        assert_eq!(again.etag.as_deref(), Some("\"2\""));
    }

    #[test]
    fn rollback_promotes_previous_and_forgets_the_etag() {
        let p = Pointer::default().flipped(slot("a"), None).flipped(slot("b"), Some("x".into()));
        let r = p.rolled_back();
        assert_eq!((r.current, r.previous, r.etag), (Some(slot("a")), None, None));
        assert_eq!(Pointer::default().rolled_back(), Pointer::default());
    }

    #[test]
    fn a_missing_or_unreadable_record_is_no_pointer() {
        let p = Pointer::default().flipped(slot("a"), None);
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(Pointer::from_record(Some(&json)), p);
        assert_eq!(Pointer::from_record(Some("{garbage")), Pointer::default());
        assert_eq!(Pointer::from_record(None), Pointer::default());
    }

    #[test]
    fn garbage_is_what_no_pointer_keeps() {
        let p = Pointer::default().flipped(slot("a"), None).flipped(slot("b"), None).flipped(slot("c"), None);
        let bodies: Vec<String> = ["a", "b", "c", "d"].iter().map(|s| format!("benesov/{s}")).collect();
        assert_eq!(garbage(&bodies, std::slice::from_ref(&p), 0.0), vec!["benesov/a", "benesov/d"]);
        assert_eq!(garbage(&bodies, &[], 0.0).len(), 4);
        assert!(garbage(&bodies[1..3], &[p], 0.0).is_empty());
    }

    /// Defect 15: a body staged by one tab, not flipped yet, survives another tab's clean-up.
    #[test]
    fn cleanup_keeps_recently_staged_body() {
        let now = 1_800_000_000_000.0;
        let p = Pointer::default().flipped(slot("a"), None).staging("benesov/b", now);
        let bodies: Vec<String> = ["a", "b"].iter().map(|s| format!("benesov/{s}")).collect();
        let pointers = std::slice::from_ref(&p);
        assert!(garbage(&bodies, pointers, now + 1000.0).is_empty(), "staged a second ago: kept");
        assert_eq!(garbage(&bodies, pointers, now + STAGE_GRACE_MS + 1.0), vec!["benesov/b"], "abandoned");
        let flipped = p.flipped(slot("b"), None);
        assert!(flipped.staged.is_empty(), "the flip ends the staging");
        assert!(garbage(&bodies, &[flipped], now + STAGE_GRACE_MS + 1.0).is_empty());
        let again = p.staging("benesov/c", now + STAGE_GRACE_MS + 1.0);
        assert_eq!(again.staged.len(), 1, "expired entries are dropped: {again:?}");
    }

    #[test]
    fn flip_refuses_other_region_and_older_catalogue() {
        let p = Pointer::default().flipped(slot("a"), None);
        let mut other = slot("b");
        other.manifest.region_id = "vlasim".into();
        assert!(matches!(p.accept("benesov", other, None), Err(Refusal::OtherRegion { .. })));
        let mut older = slot("c");
        older.manifest.data_date = "2026-10-01".into();
        assert!(matches!(p.accept("benesov", older, None), Err(Refusal::Older { .. })));
        assert_eq!(p.accept("benesov", slot("d"), None), Ok(p.flipped(slot("d"), None)));
    }
}
