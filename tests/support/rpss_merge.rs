//! Shared by the registry-merge tests (`cli_merge.rs`, `registry_merge_edges.rs`): the fixtures in
//! `tests/fixtures/rpss` and one merge of a registry release into a catalogue, as of the fixtures' day.

use std::path::{Path, PathBuf};

use pruvodce::domain::date::Date;
use pruvodce::domain::snapshot::Snapshot;
use pruvodce::import::rpss::{import_rpss, merge_registry, CodeLists, Merged, RpssOptions};

const FIX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rpss");

pub fn fix(p: &str) -> PathBuf {
    Path::new(FIX).join(p)
}

/// The coordinator's catalogue `current.json`.
pub fn current() -> Snapshot {
    serde_json::from_slice(&std::fs::read(fix("current.json")).unwrap()).unwrap()
}

/// Imports the registry bytes for Okres/3201 on 2026-11-30 and merges them into `current`.
pub fn merge_bytes(current: &Snapshot, registry: &[u8]) -> Merged {
    let lists = CodeLists::load_dir(&fix("codelists")).unwrap();
    let today = Date::parse("2026-11-30").unwrap();
    let opts = RpssOptions { okres: "Okres/3201".into(), region_name: None, today, offices: None };
    let fresh = import_rpss(registry, "rpss.json", &lists, &opts).unwrap();
    merge_registry(current, &fresh)
}
