//! Malformed snapshots: each variant of a valid fixture must be rejected with an error at the expected
//! JSON path; a few positive cases check that valid oddities (HTML-looking text) pass and warnings fire.
#![cfg(not(target_arch = "wasm32"))]

use pruvodce::domain::validate::{validate_bytes, Report, MAX_SNAPSHOT_BYTES};
use serde_json::{json, Value};

const FIXTURE: &str = include_str!("fixtures/minimal.json");

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).unwrap()
}

fn mutated(f: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v = fixture();
    f(&mut v);
    serde_json::to_vec(&v).unwrap()
}

fn rejected(bytes: &[u8]) -> Report {
    match validate_bytes(bytes) {
        Ok(_) => panic!("accepted a malformed snapshot"),
        Err(r) => r,
    }
}

type Mutation = fn(&mut Value);

#[test]
fn fixture_is_valid_without_warnings() {
    let v = validate_bytes(FIXTURE.as_bytes()).unwrap();
    assert!(v.warnings.is_empty(), "{:?}", v.warnings);
    assert_eq!(v.snapshot.services.len(), 2);
}

#[test]
fn malformed_variants_are_rejected_at_their_path() {
    let cases: &[(&str, Mutation, &str, &str)] = &[
        (
            "schema_version 2",
            |v| v["schema_version"] = json!(2),
            "$.schema_version",
            "newer than this app supports (1)",
        ),
        (
            "schema_version \"1\"",
            |v| v["schema_version"] = json!("1"),
            "$.schema_version",
            "expected the number 1",
        ),
        ("missing services", |v| drop(v.as_object_mut().unwrap().remove("services")), "$", "services"),
        ("services not an array", |v| v["services"] = json!({}), "$.services", "expected an array"),
        (
            "missing service name",
            |v| drop(v["services"][1].as_object_mut().unwrap().remove("name")),
            "$.services[1]",
            "missing field `name`",
        ),
        (
            "unknown field in service",
            |v| v["services"][0]["colour"] = json!("red"),
            "$.services[0].colour",
            "unknown field `colour`",
        ),
        (
            "unknown nested field",
            |v| v["services"][1]["locations"][0]["address"]["adress"] = json!("x"),
            "$.services[1].locations[0].address.adress",
            "unknown field `adress`",
        ),
        ("unknown top-level field", |v| v["extra"] = json!(1), "$.extra", "unknown field"),
        ("wrong type", |v| v["services"][0]["age"]["min"] = json!("sixty"), "$.services[0]", "invalid type"),
        (
            "duplicate service id",
            |v| v["services"][1]["id"] = json!("pecovatelska-testov"),
            "$.services[1].id",
            "duplicate id",
        ),
        (
            "duplicate municipality id",
            |v| v["municipalities"][1]["id"] = json!("529303"),
            "$.municipalities[1].id",
            "duplicate id",
        ),
        (
            "dangling provider",
            |v| v["services"][0]["provider"] = json!("nobody"),
            "$.services[0].provider",
            "does not exist",
        ),
        (
            "dangling office",
            |v| v["municipalities"][1]["office"] = json!("orp-x"),
            "$.municipalities[1].office",
            "does not exist",
        ),
        (
            "dangling area municipality",
            |v| v["services"][0]["area"]["municipalities"][1] = json!("x"),
            "$.services[0].area.municipalities[1]",
            "does not exist",
        ),
        (
            "dangling address municipality",
            |v| v["offices"][0]["address"]["municipality"] = json!("x"),
            "$.offices[0].address.municipality",
            "does not exist",
        ),
        (
            "dangling campaign document",
            |v| v["comment_campaigns"][0]["document"] = json!("x"),
            "$.comment_campaigns[0].document",
            "does not exist",
        ),
        (
            "javascript: URL",
            |v| v["services"][0]["contacts"]["web"] = json!("javascript:alert(1)"),
            "$.services[0].contacts.web",
            "not allowed",
        ),
        (
            "data: URL",
            |v| v["services"][0]["contacts"]["web"] = json!("data:text/html,<script>alert(1)</script>"),
            "$.services[0].contacts.web",
            "not allowed",
        ),
        (
            "credentials in URL",
            |v| v["meta"]["sources"][0]["url"] = json!("https://u:p@example.cz/"),
            "$.meta.sources[0].url",
            "password",
        ),
        (
            "space in URL",
            |v| v["services"][0]["contacts"]["web"] = json!("https://x.cz/a b"),
            "$.services[0].contacts.web",
            "whitespace",
        ),
        (
            "protocol-relative document",
            |v| v["documents"][0]["url"] = json!("//evil.com/x.pdf"),
            "$.documents[0].url",
            "scheme",
        ),
        (
            "http campaign endpoint",
            |v| v["comment_campaigns"][0]["endpoint"] = json!("http://x.cz/api"),
            "$.comment_campaigns[0].endpoint",
            "not allowed",
        ),
        (
            "campaign without channel",
            |v| drop(v["comment_campaigns"][0].as_object_mut().unwrap().remove("email")),
            "$.comment_campaigns[0]",
            "endpoint or an email",
        ),
        (
            "bad e-mail",
            |v| v["services"][0]["contacts"]["emails"][0] = json!("pecovatelska(at)testov.cz"),
            "$.services[0].contacts.emails[0]",
            "e-mail",
        ),
        (
            "bad phone",
            |v| v["services"][0]["contacts"]["phones"][0]["number"] = json!("12 34"),
            "$.services[0].contacts.phones[0].number",
            "phone",
        ),
        (
            "bad crisis number",
            |v| v["crisis_lines"][0]["number"] = json!("116"),
            "$.crisis_lines[0].number",
            "phone",
        ),
        (
            "lat outside CZ",
            |v| v["municipalities"][0]["centroid"]["lat"] = json!(14.69),
            "$.municipalities[0].centroid",
            "outside Czechia",
        ),
        (
            "date 2026-02-30",
            |v| v["meta"]["data_date"] = json!("2026-02-30"),
            "$.meta.data_date",
            "real date",
        ),
        (
            // Issue 12 §2: the registry's service dates follow the same date rules.
            "service end date 2027-02-30",
            |v| v["services"][1]["ends"] = json!("2027-02-30"),
            "$.services[1].ends",
            "real date",
        ),
        (
            "service start date format",
            |v| v["services"][0]["started"] = json!("1. 1. 2007"),
            "$.services[0].started",
            "YYYY-MM-DD",
        ),
        (
            "news date format",
            |v| v["news"][0]["date"] = json!("15. 10. 2026"),
            "$.news[0].date",
            "YYYY-MM-DD",
        ),
        (
            "closes before opens",
            |v| v["comment_campaigns"][0]["closes"] = json!("2026-10-01"),
            "$.comment_campaigns[0].closes",
            "before opens",
        ),
        (
            "age min > max",
            |v| v["services"][0]["age"] = json!({"min": 70, "max": 60}),
            "$.services[0].age",
            "greater than max",
        ),
        (
            "text over limit",
            |v| v["services"][0]["description"] = json!("a".repeat(5001)),
            "$.services[0].description",
            "over the limit",
        ),
        (
            "name over limit",
            |v| v["services"][0]["name"] = json!("a".repeat(301)),
            "$.services[0].name",
            "over the limit",
        ),
        (
            "too many keywords",
            |v| v["services"][0]["keywords"] = json!(vec!["x"; 201]),
            "$.services[0].keywords",
            "over the limit",
        ),
        ("empty name", |v| v["providers"][0]["name"] = json!("  "), "$.providers[0].name", "empty"),
        (
            "unknown law_section",
            |v| v["services"][0]["law_section"] = json!("38"),
            "$.services[0].law_section",
            "unknown section",
        ),
        (
            "unknown category",
            |v| v["services"][1]["category"] = json!("kadernictvi"),
            "$.services[1].category",
            "unknown category",
        ),
        (
            "unknown life-situation section",
            |v| v["life_situations"][0]["law_sections"][1] = json!("99"),
            "$.life_situations[0].law_sections[1]",
            "unknown section",
        ),
        (
            "neither section nor category",
            |v| drop(v["services"][0].as_object_mut().unwrap().remove("law_section")),
            "$.services[0]",
            "either law_section or category",
        ),
        (
            "both section and category",
            |v| v["services"][0]["category"] = json!("doprava"),
            "$.services[0]",
            "not both",
        ),
        (
            "ico not 8 digits",
            |v| v["providers"][0]["ico"] = json!("1234567"),
            "$.providers[0].ico",
            "8 digits",
        ),
        (
            "ico_checksum: a typo in an IČO fails the mod-11 check digit",
            |v| v["providers"][0]["ico"] = json!("12345678"),
            "$.providers[0].ico",
            "mod-11",
        ),
        (
            "translation in an unknown language",
            |v| v["services"][0]["translations"] = json!({"de": {"name": "Pflegedienst"}}),
            "$.services[0].translations.de",
            "unknown language code",
        ),
        (
            "translated name over the name limit",
            |v| v["services"][0]["translations"] = json!({"uk": {"name": "я".repeat(400)}}),
            "$.services[0].translations.uk.name",
            "over the limit",
        ),
        (
            "translated news text with a control character",
            |v| {
                v["news"] = json!([{"id": "n", "date": "2026-01-01", "title": "T", "text": "t",
                "translations": {"en": {"text": "bad\u{0007}bell"}}}])
            },
            "$.news[0].translations.en.text",
            "",
        ),
        (
            "empty part of a municipality",
            |v| v["municipalities"][0]["parts"] = json!(["Chlístov", ""]),
            "$.municipalities[0].parts[1]",
            "",
        ),
        (
            "region_id not a slug",
            |v| v["meta"]["region_id"] = json!("Test Okres"),
            "$.meta.region_id",
            "lowercase slug",
        ),
        (
            "id not URL-safe",
            |v| v["services"][0]["id"] = json!("a/b?c"),
            "$.services[0].id",
            "may contain only",
        ),
        (
            "control character",
            |v| v["news"][0]["title"] = json!("Nový\u{7}katalog"),
            "$.news[0].title",
            "control character",
        ),
    ];
    for (name, mutation, path, reason) in cases {
        let report = rejected(&mutated(*mutation));
        assert!(
            report.errors.iter().any(|e| e.path == *path && e.message.contains(reason)),
            "{name}: expected an error at {path} containing {reason:?}, got:\n{report}"
        );
    }
}

#[test]
fn not_json_and_truncated_report_position() {
    let r = rejected(b"hello");
    assert_eq!(r.errors[0].path, "$");
    assert!(r.errors[0].message.contains("line 1 column"), "{r}");
    let r = rejected(&FIXTURE.as_bytes()[..FIXTURE.len() / 2]);
    assert!(r.errors[0].message.contains("truncated"), "{r}");
    let r = rejected(b"[1, 2]");
    assert!(r.errors[0].message.contains("expected a JSON object"), "{r}");
}

#[test]
fn oversized_input_is_rejected_before_parsing() {
    let big = vec![b' '; MAX_SNAPSHOT_BYTES + 1];
    let r = rejected(&big);
    assert!(r.errors[0].message.contains("over the limit"), "{r}");
}

#[test]
fn every_error_is_collected() {
    let bytes = mutated(|v| {
        v["services"][0]["contacts"]["web"] = json!("javascript:x");
        v["services"][1]["provider"] = json!("nobody");
        drop(v["municipalities"][1].as_object_mut().unwrap().remove("name"));
        v["news"][0]["date"] = json!("2026-13-01");
    });
    let r = rejected(&bytes);
    let paths: Vec<&str> = r.errors.iter().map(|e| e.path.as_str()).collect();
    // A record that does not deserialise stops cross-reference checks, but per-record checks go on.
    assert!(paths.contains(&"$.municipalities[1]"), "{r}");
    assert!(paths.contains(&"$.services[0].contacts.web"), "{r}");
    assert!(paths.contains(&"$.news[0].date"), "{r}");
    assert!(r.to_string().ends_with(&format!("{} errors, 0 warnings", r.errors.len())));
}

#[test]
fn html_in_description_is_accepted_as_is() {
    let html = "<b>Pozor</b> <script>alert(1)</script> & ostatní";
    let v = validate_bytes(&mutated(|v| v["services"][0]["description"] = json!(html))).unwrap();
    assert_eq!(v.snapshot.services[0].description, html);
}

#[test]
fn warnings_do_not_reject() {
    let bytes = mutated(|v| {
        drop(v["services"][1].as_object_mut().unwrap().remove("contacts"));
        v["providers"][0]["contacts"] = json!({});
        v["services"][0]["verified"] = json!("2024-01-01");
        v["meta"]["demo"] = json!(false);
    });
    let v = validate_bytes(&bytes).unwrap();
    let has = |path: &str, text: &str| v.warnings.iter().any(|w| w.path == path && w.message.contains(text));
    assert!(has("$.services[1]", "no contacts"), "{:?}", v.warnings);
    assert!(has("$.services[0].verified", "more than 2 years"), "{:?}", v.warnings);
    assert!(has("$.services[0].contacts", "example"), "{:?}", v.warnings);
    let bytes = mutated(|v| {
        v["services"][0]["forms"] = json!(["ambulantni"]);
        v["services"][1]["area"] = json!({"municipalities": ["529303"]});
        v["services"][0]["area"] = json!({"municipalities": ["529303"]});
    });
    let v = validate_bytes(&bytes).unwrap();
    let has = |path: &str, text: &str| v.warnings.iter().any(|w| w.path == path && w.message.contains(text));
    assert!(has("$.services[0]", "no location"), "{:?}", v.warnings);
    assert!(has("$.municipalities[1]", "no service serves"), "{:?}", v.warnings);
}

#[test]
fn example_in_docs_is_valid() {
    let doc = include_str!("../docs/snapshot.md");
    let start = doc.find("## Example").unwrap();
    let json_start = start + doc[start..].find("```json\n").unwrap() + "```json\n".len();
    let json_end = json_start + doc[json_start..].find("```").unwrap();
    let v = validate_bytes(&doc.as_bytes()[json_start..json_end]);
    assert!(v.is_ok(), "the example in docs/snapshot.md must stay valid: {:?}", v.err());
}

#[test]
fn byte_order_mark_is_tolerated() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(FIXTURE.as_bytes());
    assert!(validate_bytes(&bytes).is_ok());
}

#[test]
fn never_panics_on_truncated_or_corrupted_bytes() {
    let bytes = FIXTURE.as_bytes();
    for cut in (0..bytes.len()).step_by(5) {
        assert!(validate_bytes(&bytes[..cut]).is_err(), "prefix of {cut} bytes accepted");
    }
    // Deterministic byte flips (an xorshift stream): any outcome is fine except a panic or a snapshot
    // that fails the in-memory validation it claims to have passed.
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..2000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let mut b = bytes.to_vec();
        let at = (x % b.len() as u64) as usize;
        b[at] = (x >> 32) as u8;
        if let Ok(v) = validate_bytes(&b) {
            assert!(pruvodce::domain::validate::validate_snapshot(&v.snapshot).is_ok());
        }
    }
}

/// Issue 10, defect 5: an endpoint on another origin passed validation but could never be reached (the
/// app's CSP is `connect-src 'self'`). Only a root-relative path is accepted, with an error at its path.
#[test]
fn endpoint_on_other_origin_is_rejected() {
    for bad in ["https://pripominky.example.cz/api", "//example.cz/api", "api/pripominky", "mailto:a@b.cz"] {
        let r = rejected(&mutated(|v| v["comment_campaigns"][0]["endpoint"] = json!(bad)));
        let e = r.errors.iter().find(|e| e.path == "$.comment_campaigns[0].endpoint");
        let e = e.unwrap_or_else(|| panic!("{bad}: {:?}", r.errors));
        assert!(e.message.contains("root-relative path"), "{bad}: {}", e.message);
    }
    let ok = mutated(|v| v["comment_campaigns"][0]["endpoint"] = json!("/api/pripominky"));
    assert!(validate_bytes(&ok).is_ok());
}

/// Defect 17: direction overrides, isolates and zero-width characters can reverse or disguise the text
/// shown and split words for search; they are rejected in names and texts, at the field's path.
#[test]
fn bidi_override_in_name_is_rejected() {
    let cases: &[(Mutation, &str)] = &[
        (|v| v["services"][0]["name"] = json!("Pečovatelská \u{202E}abc"), "$.services[0].name"),
        (|v| v["providers"][0]["name"] = json!("Charita\u{2066}x\u{2069}"), "$.providers[0].name"),
        (|v| v["services"][0]["description"] = json!("po\u{200B}moc"), "$.services[0].description"),
        (|v| v["services"][0]["keywords"][0] = json!("do\u{200D}ma"), "$.services[0].keywords[0]"),
        (|v| v["municipalities"][0]["name"] = json!("\u{FEFF}Testov"), "$.municipalities[0].name"),
        (|v| v["offices"][0]["name"] = json!("Úřad\u{200F}"), "$.offices[0].name"),
        (|v| v["news"][0]["text"] = json!("a\u{2060}b"), "$.news[0].text"),
    ];
    for (mutation, path) in cases {
        let report = rejected(&mutated(*mutation));
        assert!(
            report.errors.iter().any(|e| e.path == *path && e.message.contains("invisible formatting")),
            "expected an error at {path}, got:\n{report}"
        );
    }
}

/// Defect 17: top-level arrays are capped (`SECTION_CAPS`, documented in docs/snapshot.md), not only
/// limited by the file size.
#[test]
fn top_level_array_is_capped() {
    use pruvodce::domain::validate::{validate_snapshot, SECTION_CAPS};
    let cap = |s: &str| SECTION_CAPS.iter().find(|(k, _)| *k == s).map(|(_, n)| *n).unwrap();
    let n = cap("municipalities") + 1;
    let bytes = mutated(|v| {
        let first = v["municipalities"][0].clone();
        let list: Vec<Value> = (0..n)
            .map(|i| {
                let mut m = first.clone();
                m["id"] = json!(format!("m{i}"));
                m.as_object_mut().unwrap().remove("code");
                m
            })
            .collect();
        v["municipalities"] = json!(list);
    });
    let r = rejected(&bytes);
    assert!(
        r.errors.iter().any(|e| e.path == "$.municipalities" && e.message.contains("over the limit")),
        "{r}"
    );
    // Importers hand over snapshots in memory: the same cap applies there.
    let mut s = validate_bytes(FIXTURE.as_bytes()).unwrap().snapshot;
    let service = s.services[0].clone();
    s.services = (0..=cap("services"))
        .map(|i| {
            let mut x = service.clone();
            x.id = format!("s{i}");
            x
        })
        .collect();
    let r = validate_snapshot(&s);
    assert!(
        r.errors.iter().any(|e| e.path == "$.services" && e.message.contains("100000")),
        "{}",
        r.errors[0]
    );
    let mut ok = validate_bytes(FIXTURE.as_bytes()).unwrap().snapshot;
    ok.crisis_lines = vec![ok.crisis_lines[0].clone(); cap("crisis_lines")];
    assert!(!validate_snapshot(&ok).errors.iter().any(|e| e.path == "$.crisis_lines"), "at the cap is fine");
}

/// `meta.contact` (issue 12, §4): the publisher's contacts, checked like every contact; the app builds the
/// `mailto:` link itself, so a link, a prefilled query or a display name in an address is an error at its
/// path, and an example contact outside demo data is a warning.
#[test]
fn publisher_contact_is_checked_like_every_contact() {
    for bad in [
        "mailto:kpss@example.org",
        "kpss",
        "a b@example.org",
        "kpss@example.org?subject=x",
        "<kpss@example.org>",
    ] {
        let r = rejected(&mutated(|v| v["meta"]["contact"] = json!({ "emails": [bad] })));
        assert!(r.errors.iter().any(|e| e.path == "$.meta.contact.emails[0]"), "{bad}: {r:?}");
    }
    let r = rejected(&mutated(|v| v["meta"]["contact"] = json!({ "email": "a@example.org" })));
    assert!(r.errors.iter().any(|e| e.path.starts_with("$.meta")), "{r:?}");
    let contact = json!({ "emails": ["kpss@example.org"], "example": true });
    let v = validate_bytes(&mutated(|v| v["meta"]["contact"] = contact.clone())).unwrap();
    assert_eq!(v.snapshot.meta.contact.map(|c| c.emails), Some(vec!["kpss@example.org".to_string()]));
    let v = validate_bytes(&mutated(|v| {
        v["meta"]["demo"] = json!(false);
        v["meta"]["contact"] = contact.clone();
    }))
    .unwrap();
    assert!(
        v.warnings.iter().any(|w| w.path == "$.meta.contact" && w.message.contains("example")),
        "{:?}",
        v.warnings
    );
}

/// Translations are read as a list of (language, text) in the order written, so a language given twice
/// is seen (a JSON map would keep one silently) and reported at its path.
#[test]
fn a_translation_given_twice_is_reported() {
    let twice = r#""id": "pecovatelska-testov", "translations": {"en": {"name": "A"}, "en": {"name": "B"}},"#;
    let text = FIXTURE.replacen(r#""id": "pecovatelska-testov","#, twice, 1);
    assert_ne!(text, FIXTURE);
    let r = rejected(text.as_bytes());
    assert!(
        r.errors.iter().any(|e| e.path == "$.services[0].translations.en" && e.message.contains("twice")),
        "{r:?}"
    );
}
