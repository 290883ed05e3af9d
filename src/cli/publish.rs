//! `katalog publish SNAPSHOT --to DATA_DIR [--region-name NAME]`: puts a valid snapshot on a running
//! static site without a rebuild: a compact, content-hashed copy (`<region>-<16 hex>.json`), its manifest
//! (`<region>.manifest.json`) and the region's entry in `regions.json`, in that order, so a reader that
//! follows the region list to a manifest to a snapshot always finds every file. The last three hashed
//! copies of the region are kept for phones mid-update. An invalid snapshot changes nothing.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::check::read_file;
use super::diff::{count_cs, summary_cs};
use super::publish_fs::{is_precompressed, publish_file, remove_with_siblings};
use super::CliError;
use crate::domain::diff::diff_snapshots;
use crate::domain::manifest::{build_manifest, sha256_hex};
use crate::domain::regions::parse_regions;
use crate::domain::snapshot::{Manifest, Snapshot};
use crate::domain::validate::validate_bytes;

/// Hashed copies kept per region: the new one and the two before it.
const KEEP: usize = 3;
/// Hex digits of the SHA-256 in a hashed copy's name (as `scripts/publish-data.sh` always named them).
const HASH_LEN: usize = 16;

pub fn run(file: &Path, dir: &Path, region_name: Option<&str>) -> Result<(), CliError> {
    let bytes = read_file(file)?;
    let validated = validate_bytes(&bytes).map_err(|report| {
        CliError::data(format!(
            "{} is not a valid snapshot; nothing in {} was changed:\n{report}",
            file.display(),
            dir.display()
        ))
    })?;
    let snapshot = validated.snapshot;
    let id = snapshot.meta.region_id.clone();
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(CliError::data(format!("region id {id:?} cannot name a file (use a-z, 0-9, -)")));
    }
    let name = region_name.unwrap_or(&snapshot.meta.region_name);
    // Checked before anything is written: a list the app would refuse (a blank --region-name, a broken
    // entry already there) must not be published, nor half of the rest.
    let regions = updated_regions(dir, &id, name, snapshot.meta.demo)?;
    if let Err(e) = parse_regions(&regions) {
        return Err(CliError::data(format!(
            "the region list would not be usable by the app ({e:?}); nothing in {} was changed",
            dir.display()
        )));
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| CliError::usage(format!("cannot create {}: {e}", dir.display())))?;
    let previous = previous_snapshot(dir, &id);
    let compress = is_precompressed(dir);

    let body = compact(&bytes);
    let body_name = format!("{id}-{}.json", &sha256_hex(&body)[..HASH_LEN]);
    publish_file(&dir.join(&body_name), &body, compress)?;
    let manifest = build_manifest(&body, &snapshot, &format!("/data/{body_name}"));
    let manifest = serde_json::to_string_pretty(&manifest)
        .map_err(|e| CliError::data(format!("cannot serialise the manifest: {e}")))?;
    publish_file(&dir.join(format!("{id}.manifest.json")), format!("{manifest}\n").as_bytes(), compress)?;
    publish_file(&dir.join("regions.json"), regions.as_bytes(), compress)?;
    prune(dir, &id)?;

    println!("Zveřejněno: {} → {}", file.display(), dir.join(&body_name).display());
    match previous {
        Some(old) => {
            print!("Změny oproti předchozí verzi:\n{}", summary_cs(&diff_snapshots(&old, &snapshot)))
        }
        None => println!(
            "Nový region {id} ({name}): {}.",
            count_cs(snapshot.services.len(), "služba", "služby", "služeb")
        ),
    }
    Ok(())
}

/// `json` without the whitespace between its tokens; strings, and so every value, are kept byte for byte.
/// The published copy is read by phones, not people (issue 16): indentation made a generated 7,000-service
/// catalogue 13.6 MB instead of 7.7 MB, and every byte of it is copied, hashed, scanned and stored on
/// every phone. Only for text that passed validation: it assumes valid JSON.
fn compact(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for &b in json {
        if in_string {
            out.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if !matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            in_string = b == b'"';
            out.push(b);
        }
    }
    out
}

/// The snapshot the region's current manifest points to, if there is one that still parses.
fn previous_snapshot(dir: &Path, id: &str) -> Option<Snapshot> {
    let manifest: Manifest =
        serde_json::from_slice(&std::fs::read(dir.join(format!("{id}.manifest.json"))).ok()?).ok()?;
    let name = manifest.snapshot_url.rsplit('/').next()?.to_string();
    serde_json::from_slice(&std::fs::read(dir.join(name)).ok()?).ok()
}

/// `regions.json` with the region added (at the end) or updated in place; other entries and any fields
/// this build does not know are kept as they were.
fn updated_regions(dir: &Path, id: &str, name: &str, demo: bool) -> Result<String, CliError> {
    let path = dir.join("regions.json");
    let mut regions: Vec<Value> = match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice::<Value>(&bytes)
            .ok()
            .and_then(|v| v.get("regions").and_then(Value::as_array).cloned())
            .ok_or_else(|| {
                CliError::data(format!("{} is not a region list: fix or remove it", path.display()))
            })?,
        Err(_) => Vec::new(),
    };
    let entry = match regions.iter_mut().find(|r| r.get("id").and_then(Value::as_str) == Some(id)) {
        Some(entry) => entry,
        None => {
            regions.push(Value::Object(Map::new()));
            let last = regions.len() - 1;
            &mut regions[last]
        }
    };
    if let Value::Object(map) = entry {
        map.insert("id".into(), id.into());
        map.insert("name".into(), name.into());
        map.insert("demo".into(), demo.into());
    }
    Ok(format_regions(&regions))
}

/// One region a line, as the hand-written `public/data/regions.json`, so publishing the bundled regions
/// reproduces it byte for byte.
fn format_regions(regions: &[Value]) -> String {
    let lines: Vec<String> = regions
        .iter()
        .map(|r| {
            let empty = Map::new();
            let m = r.as_object().unwrap_or(&empty);
            // The known fields first, in the hand-kept order; any others after them.
            let known = ["id", "name", "demo"];
            let keys =
                known.iter().copied().chain(m.keys().map(String::as_str).filter(|k| !known.contains(k)));
            let fields: Vec<String> =
                keys.filter_map(|k| Some(format!("{}: {}", Value::from(k), m.get(k)?))).collect();
            format!("    {{ {} }}", fields.join(", "))
        })
        .collect();
    format!("{{\n  \"regions\": [\n{}\n  ]\n}}\n", lines.join(",\n"))
}

/// Deletes the region's hashed copies beyond the newest `KEEP` (by modification time; the one just
/// written is the newest), with their compressed siblings.
fn prune(dir: &Path, id: &str) -> Result<(), CliError> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| CliError::data(format!("cannot list {}: {e}", dir.display())))?;
    let mut copies: Vec<(std::time::SystemTime, PathBuf)> = entries
        .flatten()
        .filter(|e| is_hashed_copy(&e.file_name().to_string_lossy(), id))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    copies.sort_by(|a, b| b.cmp(a));
    for (_, path) in copies.into_iter().skip(KEEP) {
        remove_with_siblings(&path)?;
    }
    Ok(())
}

/// `<id>-<16 lowercase hex>.json`, and nothing else (not another region whose id starts with this one).
fn is_hashed_copy(name: &str, id: &str) -> bool {
    name.strip_prefix(id).and_then(|r| r.strip_prefix('-')).and_then(|r| r.strip_suffix(".json")).is_some_and(
        |h| h.len() == HASH_LEN && h.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)),
    )
}
