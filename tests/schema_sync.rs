//! The committed JSON Schemas must equal what the Rust types generate, so maintainers' editors and CI
//! validate against the format the app really reads.
#![cfg(not(target_arch = "wasm32"))]

use pruvodce::cli::schema::{manifest_schema_json, snapshot_schema_json};

fn assert_in_sync(path: &str, generated: &str, flag: &str) {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let committed = std::fs::read_to_string(&full).unwrap_or_default();
    assert!(
        committed == generated,
        "{path} is out of date with the Rust types; run `cargo run --bin katalog -- schema{flag} -o {path}`"
    );
}

#[test]
fn snapshot_schema_is_in_sync() {
    assert_in_sync("public/data/snapshot.schema.json", &snapshot_schema_json(), "");
}

#[test]
fn manifest_schema_is_in_sync() {
    assert_in_sync("public/data/manifest.schema.json", &manifest_schema_json(), " --manifest");
}

#[test]
fn schema_describes_the_required_sections() {
    let v: serde_json::Value = serde_json::from_str(&snapshot_schema_json()).unwrap();
    let required: Vec<&str> = v["required"].as_array().unwrap().iter().filter_map(|x| x.as_str()).collect();
    for key in ["schema_version", "meta", "municipalities", "offices", "providers", "services"] {
        assert!(required.contains(&key), "{key} missing from required: {required:?}");
    }
    assert_eq!(v["additionalProperties"], serde_json::json!(false));
}
