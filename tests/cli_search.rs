//! `katalog search`: the JSON contract, the office fallback and the exit code for an unknown municipality.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mini.json");

fn katalog(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_katalog")).args(args).output().unwrap()
}

#[test]
fn json_results_in_contract_order() {
    let out =
        katalog(&["search", FIXTURE, "pecovatelska sluzba", "--obec", "Postupice", "--limit", "2", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    assert_eq!(results[0]["law_section"], "40");
    assert_eq!(results[0]["provider"], "Městská pečovatelská služba Benešov");
    assert!(results[0]["why"].as_array().unwrap().iter().any(|w| w == "jezdí i\u{a0}do obce Postupice"));
    assert!(v["office"].is_null());
    assert_eq!(v["crisis_lines"][0]["number"], "116 111");
    // Key order is part of the contract.
    let keys = ["\"results\"", "\"office\"", "\"crisis_lines\""].map(|k| text.find(k).unwrap());
    assert!(keys.windows(2).all(|w| w[0] < w[1]));
    let item =
        ["\"id\"", "\"name\"", "\"provider\"", "\"law_section\"", "\"category\"", "\"score\"", "\"why\""]
            .map(|k| text.find(k).unwrap());
    assert!(item.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn office_when_nothing_fits() {
    let out = katalog(&["search", FIXTURE, "oprava střechy", "--obec", "Tynec nad Sazavou", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["results"].as_array().unwrap().len(), 0);
    assert_eq!(v["office"]["id"], "orp-benesov");
    assert_eq!(v["office"]["municipality"], "Týnec nad Sázavou");
    assert_eq!(v["office"]["department"], "Odbor sociálních věcí");
}

#[test]
fn unknown_municipality_is_a_usage_error_with_suggestions() {
    let out = katalog(&["search", FIXTURE, "dluhy", "--obec", "Tynek"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Týnec nad Sázavou"));
}

/// Issue 13: `katalog search` takes English and Ukrainian queries (Cyrillic or Latin letters) with the
/// same results as the browser: the native build includes the lexicons the app fetches.
#[test]
fn english_and_ukrainian_queries_find_the_czech_services() {
    for (query, section) in [
        ("home care for my dad", "40"),
        ("доглядальниця для тата", "40"),
        ("doglyadalnytsia dlia tata", "40"),
        ("fix the roof", ""),
        ("ремонт даху", ""),
    ] {
        let out = katalog(&["search", FIXTURE, query, "--limit", "3", "--json"]);
        assert!(out.status.success(), "{query}: {}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let results = v["results"].as_array().unwrap();
        if section.is_empty() {
            assert!(results.is_empty() && v["office"].is_object(), "{query}: {v}");
            continue;
        }
        assert_eq!(results.first().map(|r| &r["law_section"]), Some(&section.into()), "{query}: {v}");
        let why: Vec<&str> =
            results[0]["why"].as_array().unwrap().iter().filter_map(|w| w.as_str()).collect();
        assert!(
            why.iter().any(|w| w.starts_with('„') && w.contains("→ pečovatelská služba")),
            "{query}: {why:?}"
        );
    }
}

const BENESOV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/benesov.json");

fn ids(args: &[&str]) -> Vec<String> {
    let out = katalog(args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["results"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()).collect()
}

/// Issue 14: `--open-at` filters with the app's rule, in Prague time: the night shelter is open at
/// 22:00 and closed at noon; an office open Po–Pá is closed on Easter Monday; `--nonstop` keeps only
/// round-the-clock services.
#[test]
fn open_at_and_nonstop_filter_like_the_app() {
    let q = |at: &str| ids(&["search", BENESOV, "noclehárna", "--open-at", at, "--limit", "0", "--json"]);
    assert!(q("2026-11-30T22:00:00+01:00").contains(&"nocleharna".to_string()));
    assert!(q("2026-11-30T21:00:00Z").contains(&"nocleharna".to_string()));
    assert!(!q("2026-11-30T12:00:00+01:00").contains(&"nocleharna".to_string()));
    let poradna = |at: &str| ids(&["search", BENESOV, "dluhy", "--open-at", at, "--limit", "0", "--json"]);
    assert!(!poradna("2026-11-30T10:00:00+01:00").is_empty());
    assert!(poradna("2026-04-06T10:00:00+02:00").is_empty(), "Easter Monday");
    let nonstop = ids(&["search", BENESOV, "noclehárna", "--nonstop", "--limit", "0", "--json"]);
    assert!(!nonstop.is_empty() && !nonstop.contains(&"nocleharna".to_string()));
}

#[test]
fn bad_open_at_names_the_argument() {
    let out = katalog(&["search", BENESOV, "x", "--open-at", "2026-11-30 10:00"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--open-at"));
}
