//! What changed between two snapshots, per collection: ids added and removed, and for each record present
//! in both, the names of its top-level fields that differ. Records are compared as `serde_json::Value`, so
//! every field (and every field added to the model later) is covered without being listed here.
//! The result is data; the CLI words it (Czech for the coordinator) or prints it as JSON.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::domain::snapshot::Snapshot;

/// Every collection of a snapshot that holds records, with the field that identifies a record in it.
/// Crisis lines have no id: their number is what identifies them to a caller.
pub const COLLECTIONS: &[(&str, &str)] = &[
    ("services", "id"),
    ("providers", "id"),
    ("municipalities", "id"),
    ("offices", "id"),
    ("life_situations", "id"),
    ("documents", "id"),
    ("news", "id"),
    ("comment_campaigns", "id"),
    ("crisis_lines", "number"),
];

/// One record present in both snapshots whose content differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Changed {
    pub id: String,
    /// Top-level field names whose values differ (added, removed or changed), sorted.
    pub fields: Vec<String>,
}

/// The changes in one collection, ids in the order they appear in their snapshot.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CollectionDiff {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<Changed>,
}

impl CollectionDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// The changes in every collection, keyed by the collection's JSON name (one key per collection, even
/// when nothing changed in it, so a consumer never has to guess whether a key is missing or empty).
pub type SnapshotDiff = BTreeMap<String, CollectionDiff>;

/// Compares two snapshots collection by collection.
pub fn diff_snapshots(old: &Snapshot, new: &Snapshot) -> SnapshotDiff {
    // Serialising a model type cannot fail (no maps with non-string keys); Null would compare as empty.
    let old = serde_json::to_value(old).unwrap_or(Value::Null);
    let new = serde_json::to_value(new).unwrap_or(Value::Null);
    diff_values(&old, &new)
}

/// Compares two snapshots given as JSON values (the same shape as [`Snapshot`]).
pub fn diff_values(old: &Value, new: &Value) -> SnapshotDiff {
    COLLECTIONS
        .iter()
        .map(|(name, key)| ((*name).to_string(), diff_collection(old.get(name), new.get(name), key)))
        .collect()
}

/// The records of a collection keyed by id, in document order; records without a string id are skipped
/// (validation rejects them before any diff is taken).
fn records<'a>(list: Option<&'a Value>, key: &str) -> Vec<(&'a str, &'a Value)> {
    list.and_then(Value::as_array)
        .map(|items| items.iter().filter_map(|r| Some((r.get(key)?.as_str()?, r))).collect())
        .unwrap_or_default()
}

fn diff_collection(old: Option<&Value>, new: Option<&Value>, key: &str) -> CollectionDiff {
    let old = records(old, key);
    let new = records(new, key);
    let old_by_id: BTreeMap<&str, &Value> = old.iter().copied().collect();
    let new_by_id: BTreeMap<&str, &Value> = new.iter().copied().collect();
    let mut diff = CollectionDiff::default();
    for (id, record) in &new {
        match old_by_id.get(id) {
            None => diff.added.push((*id).to_string()),
            Some(before) => {
                let fields = changed_fields(before, record);
                if !fields.is_empty() {
                    diff.changed.push(Changed { id: (*id).to_string(), fields });
                }
            }
        }
    }
    diff.removed =
        old.iter().filter(|(id, _)| !new_by_id.contains_key(id)).map(|(id, _)| id.to_string()).collect();
    diff
}

/// Names of the top-level fields that differ between two records; a field absent on one side differs
/// from any value on the other.
fn changed_fields(old: &Value, new: &Value) -> Vec<String> {
    let empty = serde_json::Map::new();
    let old = old.as_object().unwrap_or(&empty);
    let new = new.as_object().unwrap_or(&empty);
    let mut names: Vec<&String> = old.keys().chain(new.keys()).collect();
    names.sort();
    names.dedup();
    names.into_iter().filter(|k| old.get(*k) != new.get(*k)).cloned().collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn added_removed_changed_per_collection() {
        let old = json!({
            "services": [{"id": "a", "name": "A"}, {"id": "b", "name": "B", "fee": {"kind": "free"}}],
            "crisis_lines": [{"number": "116 111", "name": "Linka bezpečí", "hours": "nonstop"}],
        });
        let new = json!({
            "services": [{"id": "b", "name": "B2"}, {"id": "c", "name": "C"}],
            "crisis_lines": [{"number": "116 111", "name": "Linka bezpečí", "hours": "nonstop"}],
        });
        let d = diff_values(&old, &new);
        assert_eq!(d.len(), COLLECTIONS.len(), "one key per collection, even unchanged ones");
        let s = &d["services"];
        assert_eq!(s.added, ["c"]);
        assert_eq!(s.removed, ["a"]);
        // `fee` vanished and `name` changed: both are reported, sorted.
        assert_eq!(s.changed, [Changed { id: "b".into(), fields: vec!["fee".into(), "name".into()] }]);
        assert!(d["crisis_lines"].is_empty());
        assert!(d["providers"].is_empty());
    }

    #[test]
    fn identical_snapshots_have_no_changes() {
        let v = json!({"services": [{"id": "a", "name": "A"}], "news": [{"id": "n", "title": "T"}]});
        assert!(diff_values(&v, &v).values().all(CollectionDiff::is_empty));
    }

    #[test]
    fn nested_change_is_reported_as_its_top_level_field() {
        let old = json!({"providers": [{"id": "p", "contacts": {"phones": [{"number": "+420 1"}]}}]});
        let new = json!({"providers": [{"id": "p", "contacts": {"phones": [{"number": "+420 2"}]}}]});
        let d = diff_values(&old, &new);
        assert_eq!(d["providers"].changed[0].fields, ["contacts"]);
    }

    /// Pins that `COLLECTIONS` names every list of records in the model: a collection added to
    /// `Snapshot` later fails here until the diff covers it.
    #[test]
    fn collections_cover_every_list_in_the_snapshot() {
        let fixture = include_str!("../../tests/fixtures/minimal.json");
        let snapshot: Snapshot = serde_json::from_str(fixture).unwrap();
        let value = serde_json::to_value(&snapshot).unwrap();
        let mut lists: Vec<&str> = value
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, v)| v.is_array())
            .map(|(k, _)| k.as_str())
            .collect();
        lists.sort();
        let mut covered: Vec<&str> = COLLECTIONS.iter().map(|(name, _)| *name).collect();
        covered.sort();
        assert_eq!(lists, covered);
    }
}
