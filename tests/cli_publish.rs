//! `katalog publish` and `katalog diff` end to end (issue 12 §1): files written into a data directory, the
//! region list, keeping the last three hashed copies, an invalid snapshot changing nothing, fresh
//! precompressed siblings, and the diff's JSON shape and Czech summary.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Output;

use pruvodce::domain::manifest::sha256_hex;

mod support;
use support::{katalog, text, BENESOV, BLANSKO};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal.json");

/// A fresh directory per test.
fn dir(name: &str) -> PathBuf {
    support::dir("publish", name)
}

fn publish(file: &Path, to: &Path) -> Output {
    katalog(&["publish", file.to_str().unwrap(), "--to", to.to_str().unwrap()])
}

fn names(d: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Every file of `d` with the SHA-256 of its content.
fn hashes(d: &Path) -> BTreeMap<String, String> {
    names(d).into_iter().map(|n| (n.clone(), sha256_hex(&std::fs::read(d.join(&n)).unwrap()))).collect()
}

/// The name and bytes of the copy the region's manifest names.
fn published_body(d: &Path, id: &str) -> (String, Vec<u8>) {
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.join(format!("{id}.manifest.json"))).unwrap()).unwrap();
    let name = m["snapshot_url"].as_str().unwrap().trim_start_matches("/data/").to_string();
    let bytes = std::fs::read(d.join(&name)).unwrap();
    (name, bytes)
}

fn region_ids(d: &Path) -> Vec<String> {
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.join("regions.json")).unwrap()).unwrap();
    v["regions"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()).collect()
}

/// The fixture with another data date: a new version of the same region, its records unchanged.
fn variant(d: &Path, n: usize) -> PathBuf {
    let p = d.with_extension(format!("v{n}.json"));
    let s = std::fs::read_to_string(FIXTURE).unwrap();
    std::fs::write(
        &p,
        s.replacen("\"data_date\": \"2026-11-01\"", &format!("\"data_date\": \"2026-11-0{}\"", n + 1), 1),
    )
    .unwrap();
    p
}

#[test]
fn publish_writes_copy_manifest_and_regions_and_adds_a_third_region() {
    let d = dir("three");
    for f in [BENESOV, BLANSKO] {
        let o = publish(Path::new(f), &d);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    }
    assert_eq!(region_ids(&d), ["benesov", "blansko"]);
    let o = publish(Path::new(FIXTURE), &d);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(text(&o).contains("Nový region test"), "{}", text(&o));
    assert_eq!(region_ids(&d), ["benesov", "blansko", "test"]);
    let (body, bytes) = published_body(&d, "test");
    assert_eq!(body, format!("test-{}.json", &sha256_hex(&bytes)[..16]));
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.join("test.manifest.json")).unwrap()).unwrap();
    assert_eq!(m["sha256"], sha256_hex(&bytes));
    assert_eq!(m["bytes"], bytes.len());
    assert!(names(&d).iter().all(|n| !n.contains(".tmp-")), "no temporary file left: {:?}", names(&d));
}

/// Issue 16: the copy phones download, hash, read and store has no indentation (a generated 7,000-service
/// catalogue: 13.6 MB pretty, 7.7 MB compact), and every value is as the coordinator wrote it, strings
/// with spaces, quotes, backslashes and escapes included.
#[test]
fn publish_writes_a_compact_copy_that_keeps_every_value() {
    let d = dir("compact");
    let source = d.with_extension("src.json");
    let tricky = r#""name": "Lhota  \"U Lípy\" \\ {1, 2}\u0041: [x]""#;
    let s = std::fs::read_to_string(FIXTURE).unwrap();
    std::fs::write(&source, s.replacen("\"name\": \"Lhota\"", tricky, 1)).unwrap();
    let o = publish(&source, &d);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let (_, body) = published_body(&d, "test");
    let text_in = std::fs::read(&source).unwrap();
    assert!(body.len() < text_in.len() && !body.contains(&b'\n'), "{}", String::from_utf8_lossy(&body));
    let compact_tricky = tricky.replace("\": \"", "\":\"");
    assert!(String::from_utf8_lossy(&body).contains(&compact_tricky), "the string is kept byte for byte");
    let value = |b: &[u8]| serde_json::from_slice::<serde_json::Value>(b).unwrap();
    assert_eq!(value(&body), value(&text_in));
}

#[test]
fn republish_keeps_the_last_three_hashed_copies_and_prints_the_diff() {
    let d = dir("keep");
    let mut bodies = Vec::new();
    for n in 0..4 {
        let v = variant(&d, n);
        let o = publish(&v, &d);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
        if n > 0 {
            assert!(text(&o).contains("Žádné změny v záznamech"), "{}", text(&o));
        }
        bodies.push(published_body(&d, "test").0);
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let present = names(&d);
    assert!(!present.contains(&bodies[0]), "oldest copy pruned: {present:?}");
    for b in &bodies[1..] {
        assert!(present.contains(b), "{b} kept: {present:?}");
    }
    assert_eq!(region_ids(&d), ["test"], "re-publishing updates the entry, never duplicates it");
}

/// Regression for issue 12: an invalid snapshot must leave DATA_DIR byte for byte as it was.
#[test]
fn invalid_snapshot_changes_nothing_and_exits_1_with_the_path() {
    let d = dir("invalid");
    assert!(publish(Path::new(FIXTURE), &d).status.success());
    let before = hashes(&d);
    let bad = d.with_extension("bad.json");
    let s = std::fs::read_to_string(FIXTURE).unwrap();
    std::fs::write(&bad, s.replace("https://testov.example/pecovatelska", "javascript:alert(1)")).unwrap();
    let o = publish(&bad, &d);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("$.services[0].contacts.web"), "{}", text(&o));
    assert_eq!(before, hashes(&d));
}

/// The app reads `regions.json` at run time and refuses a list it cannot use, so `publish` must never
/// write one: a blank `--region-name` is refused before any file is written (issue 12, §1).
#[test]
fn a_region_list_the_app_would_refuse_is_not_published() {
    let d = dir("bad-list");
    assert!(publish(Path::new(FIXTURE), &d).status.success());
    let before = hashes(&d);
    let o = katalog(&["publish", BLANSKO, "--to", d.to_str().unwrap(), "--region-name", "  "]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("region list"), "{}", text(&o));
    assert_eq!(before, hashes(&d));
}

/// Regression for issue 12: nginx's brotli_static served a stale manifest after it was replaced.
#[test]
fn precompressed_siblings_are_rewritten_with_their_file() {
    let d = dir("siblings");
    // A built dist/data/ holds precompressed files; a stale compressed manifest must not survive.
    std::fs::write(d.join("test.manifest.json.br"), b"stale").unwrap();
    std::fs::write(d.join("test.manifest.json.gz"), b"stale").unwrap();
    assert!(publish(Path::new(FIXTURE), &d).status.success());
    for name in ["test.manifest.json", &published_body(&d, "test").0] {
        let plain = std::fs::read(d.join(name)).unwrap();
        let mut br = Vec::new();
        brotli::Decompressor::new(&std::fs::read(d.join(format!("{name}.br"))).unwrap()[..], 4096)
            .read_to_end(&mut br)
            .unwrap();
        assert_eq!(br, plain, "{name}.br");
        let mut gz = Vec::new();
        flate2::read::GzDecoder::new(&std::fs::read(d.join(format!("{name}.gz"))).unwrap()[..])
            .read_to_end(&mut gz)
            .unwrap();
        assert_eq!(gz, plain, "{name}.gz");
    }
    // Pruning takes the siblings with the copy.
    for n in 0..4 {
        assert!(publish(&variant(&d, n), &d).status.success());
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let present = names(&d);
    for n in &present {
        if let Some(base) = n.strip_suffix(".br").or_else(|| n.strip_suffix(".gz")) {
            assert!(present.iter().any(|p| p == base), "orphan sibling {n}: {present:?}");
        }
    }
}

#[test]
fn diff_json_shape_and_czech_summary() {
    let d = dir("diff");
    let s = std::fs::read_to_string(FIXTURE).unwrap();
    let new = d.join("new.json");
    std::fs::write(&new, s.replace("\"name\": \"Lhota\"", "\"name\": \"Lhota u Testova\"")).unwrap();
    let o = katalog(&["diff", FIXTURE, new.to_str().unwrap(), "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for c in ["services", "providers", "municipalities", "offices", "life_situations", "documents", "news"] {
        assert!(
            v[c]["added"].is_array() && v[c]["removed"].is_array() && v[c]["changed"].is_array(),
            "{c}: {v}"
        );
    }
    assert_eq!(v["municipalities"]["changed"], serde_json::json!([{"id": "lhota", "fields": ["name"]}]));
    let o = katalog(&["diff", FIXTURE, new.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("Obce:") && out.contains("1 změněný záznam") && out.contains("lhota (name)"),
        "{out}"
    );
}
