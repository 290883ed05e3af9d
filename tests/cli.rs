//! The `katalog` binary end to end: exit codes, messages, manifest hashes, generator determinism, stats.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Output};

use pruvodce::domain::manifest::sha256_hex;
use pruvodce::domain::validate::validate_bytes;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal.json");

fn katalog(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_katalog")).args(args).output().unwrap()
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("katalog-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn check_exit_codes() {
    let ok = katalog(&["check", FIXTURE]);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok));
    assert!(text(&ok).contains("0 errors, 0 warnings"));

    let bad = tmp("bad.json");
    let fixture = std::fs::read_to_string(FIXTURE).unwrap();
    std::fs::write(&bad, fixture.replace("https://testov.example/pecovatelska", "javascript:alert(1)"))
        .unwrap();
    let o = katalog(&["check", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("error: $.services[0].contacts.web:"), "{}", text(&o));
    assert!(text(&o).contains("1 errors, 0 warnings"), "{}", text(&o));

    let missing = katalog(&["check", "/nonexistent/snapshot.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing).contains("cannot read /nonexistent/snapshot.json"), "{}", text(&missing));

    let usage = katalog(&["check"]);
    assert_eq!(usage.status.code(), Some(2));
    let usage = katalog(&["check", FIXTURE, "--frobnicate"]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn manifest_hash_matches_file() {
    let o = katalog(&["manifest", FIXTURE]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let m: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let bytes = std::fs::read(FIXTURE).unwrap();
    assert_eq!(m["sha256"], sha256_hex(&bytes));
    assert_eq!(m["bytes"], bytes.len());
    assert_eq!(m["snapshot_url"], "data/minimal.json");
    assert_eq!(m["region_id"], "test");
    let o = katalog(&["manifest", FIXTURE, "--url", "data/test.abc123.json"]);
    let m: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(m["snapshot_url"], "data/test.abc123.json");

    let bad = tmp("bad-for-manifest.json");
    std::fs::write(&bad, "{\"schema_version\": 1}").unwrap();
    let o = katalog(&["manifest", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "a manifest must never vouch for an invalid file: {}", text(&o));
    assert!(o.stdout.is_empty());
}

#[test]
fn generate_is_deterministic_and_valid() {
    let (a, b, c) = (tmp("a.json"), tmp("b.json"), tmp("c.json"));
    for (path, seed) in [(&a, "5"), (&b, "5"), (&c, "6")] {
        let o = katalog(&["generate", "--services", "250", "--seed", seed, "-o", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    }
    let (a, b, c) = (std::fs::read(a).unwrap(), std::fs::read(b).unwrap(), std::fs::read(c).unwrap());
    assert_eq!(a, b, "same seed must give byte-identical output");
    assert_ne!(a, c);
    let v = validate_bytes(&a).unwrap();
    assert_eq!(v.snapshot.services.len(), 250);
    assert!(v.snapshot.meta.demo);
}

#[test]
fn stats_lists_types_municipalities_forms() {
    let o = katalog(&["stats", FIXTURE]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = text(&o);
    assert!(
        out.lines().any(|l| l.trim_start().starts_with("§40 pečovatelská služba") && l.ends_with(" 1")),
        "{out}"
    );
    assert!(out.lines().any(|l| l.trim_start().starts_with("Testov") && l.ends_with(" 2")), "{out}");
    assert!(out.contains("By form:"), "{out}");
}
