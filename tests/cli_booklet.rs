//! `katalog booklet`: the printable catalogue as one self-contained HTML file, for the coordinator.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/benesov.json");

fn booklet(extra: &[&str]) -> String {
    // Tests run in parallel: each run writes its own file.
    static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("katalog-booklet-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("katalog.html");
    let mut args = vec!["booklet", DEMO, "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let run = Command::new(env!("CARGO_BIN_EXE_katalog")).args(&args).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    std::fs::read_to_string(&out).unwrap()
}

fn escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Every service of the demo with every phone that applies to it (its own, else its provider's), in a
/// file with no scripts and nothing loaded from elsewhere.
#[test]
fn booklet_lists_every_service_with_its_phones_and_no_scripts() {
    let snap: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(DEMO).unwrap()).unwrap();
    for by in ["type", "municipality"] {
        let html = booklet(&["--by", by]);
        assert!(html.starts_with("<!doctype html>"));
        assert!(!html.to_lowercase().contains("<script"), "{by}: a script in the booklet");
        assert!(!html.contains("<link") && !html.contains(" src="), "{by}: the file must be self-contained");
        assert!(html.contains("<style>") && html.contains("@page"), "{by}: inline print CSS");
        for s in snap["services"].as_array().unwrap() {
            let name = s["name"].as_str().unwrap();
            assert_eq!(
                html.matches(&format!("</span> {}</h3>", escaped(name))).count(),
                1,
                "{by}: {name} exactly once"
            );
            let own = s["contacts"]["phones"].as_array().filter(|p| !p.is_empty());
            let provider =
                snap["providers"].as_array().unwrap().iter().find(|p| p["id"] == s["provider"]).unwrap();
            let phones = own.or(provider["contacts"]["phones"].as_array()).cloned().unwrap_or_default();
            for p in phones {
                let number = p["number"].as_str().unwrap();
                assert!(html.contains(&format!(">{}</", escaped(number))), "{by}: {name}: phone {number}");
            }
        }
        for line in ["112", "155", "116 111", "116 123"] {
            assert!(html.contains(&format!(">{line}</")), "{by}: crisis line {line} on the title page");
        }
        assert!(html.contains("Rejstřík obcí") && html.contains("Obsah"), "{by}: Czech labels from i18n");
    }
}

#[test]
fn a5_booklet_asks_for_a5_pages() {
    assert!(booklet(&["--a5"]).contains("<main class=\"bk bk--a5\">"));
    assert!(booklet(&[]).contains("<main class=\"bk\">"));
}

#[test]
fn booklet_by_type_follows_the_act() {
    let html = booklet(&[]);
    let care = html.find("id=\"g-par-40\"").expect("§40 heading");
    let counselling = html.find("id=\"g-par-37\"").expect("§37 heading");
    assert!(counselling < care, "§37 comes before §40, as in the act");
}

#[test]
fn an_invalid_snapshot_is_refused_with_the_reason() {
    let dir = std::env::temp_dir().join(format!("katalog-booklet-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"schema_version\": 1}").unwrap();
    let out = dir.join("out.html");
    let run = Command::new(env!("CARGO_BIN_EXE_katalog"))
        .args(["booklet", bad.to_str().unwrap(), "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("not a valid snapshot"));
    assert!(!out.exists(), "nothing written for a bad file");
}
