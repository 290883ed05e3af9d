//! The small record that says which stored catalogue of a region is `current` and which is `previous`
//! (the rollback target), and the rules for changing it. Plain Rust, so the rules are tested natively;
//! the IndexedDB layer only reads and writes this record in one short transaction.

use serde::{Deserialize, Serialize};

use crate::domain::snapshot::Manifest;

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
        raw.and_then(|r| serde_json::from_str(r).ok()).unwrap_or_default()
    }

    /// The pointer after `slot` became current: the old current becomes the rollback target. Staging the
    /// catalogue that is already current changes nothing but the ETag.
    pub fn flipped(&self, slot: Slot, etag: Option<String>) -> Pointer {
        if self.current.as_ref().is_some_and(|c| c.key == slot.key) {
            return Pointer { etag, ..self.clone() };
        }
        Pointer { previous: self.current.clone(), current: Some(slot), etag }
    }

    /// The pointer after the current catalogue turned out unreadable: `previous` takes its place, and
    /// the ETag is dropped so the next check downloads again.
    pub fn rolled_back(&self) -> Pointer {
        Pointer { current: self.previous.clone(), previous: None, etag: None }
    }

    /// The body keys this pointer keeps alive.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.current.iter().chain(self.previous.iter()).map(|s| s.key.as_str())
    }
}

/// The stored bodies that no pointer refers to: leftovers of a staging that was never flipped (a crash,
/// a failed flip) or of a catalogue two updates old. They are removed at start.
pub fn garbage<'a>(bodies: &'a [String], pointers: &[Pointer]) -> Vec<&'a str> {
    bodies
        .iter()
        .map(String::as_str)
        .filter(|b| !pointers.iter().any(|p| p.keys().any(|k| k == *b)))
        .collect()
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
        assert_eq!(garbage(&bodies, std::slice::from_ref(&p)), vec!["benesov/a", "benesov/d"]);
        assert_eq!(garbage(&bodies, &[]).len(), 4);
        assert!(garbage(&bodies[1..3], &[p]).is_empty());
    }
}
