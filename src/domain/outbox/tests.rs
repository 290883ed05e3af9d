use super::*;

/// Defect 1 (issue 10): every case of the shared table, the same one `tests/node/sw.test.mjs` runs against
/// the service worker's copy of these rules (captive portal 200 HTML, wrong id, redirect, final 4xx, …).
#[test]
fn receipts_table_shared_with_the_service_worker() {
    let text = include_str!("../../../tests/fixtures/receipts.json");
    let table: serde_json::Value = serde_json::from_str(text).expect("receipts.json is JSON");
    let key = table["key"].as_str().expect("key");
    let cases = table["cases"].as_array().expect("cases");
    assert!(cases.len() >= 15, "the table lost cases");
    for c in cases {
        let status = c["status"].as_u64().expect("status") as u16;
        let outcome =
            classify(status, c["content_type"].as_str().unwrap_or(""), c["body"].as_str().unwrap_or(""), key);
        let state = serde_json::to_value(outcome.state()).expect("state serialises");
        assert_eq!(state, c["state"], "case {}", c["name"]);
    }
}

#[test]
fn captive_portal_200_html_is_not_delivery() {
    let key = "k1";
    assert_eq!(
        classify(200, "text/html; charset=utf-8", "<html>Wi-Fi login</html>", key),
        Outcome::Retry(200)
    );
    assert_eq!(
        classify(200, "application/json", r#"{"status":"accepted","id":"k1"}"#, key),
        Outcome::Delivered
    );
}

#[test]
fn final_422_is_not_retried() {
    let mut e = entry();
    e.record(&classify(422, "application/problem+json", "{}", "k1"), "2026-11-29T10:00:00Z");
    assert_eq!(e.state, State::Final(Refusal::Invalid));
    assert!(!e.is_waiting(), "a final refusal is never sent again");
    assert_eq!(e.text, "Chybí odlehčovací služba.", "the text stays, so the person can edit or e-mail it");
}

#[test]
fn sent_comment_keeps_no_text() {
    let mut e = entry();
    e.record(&Outcome::Delivered, "2026-11-29T10:00:00Z");
    assert_eq!(e.state, State::Sent);
    assert_eq!(e.sent_at.as_deref(), Some("2026-11-29T10:00:00Z"));
    assert!(e.text.is_empty() && e.name.is_empty() && e.email.is_empty() && e.municipality.is_empty());
    assert!(!e.holds_sent_content());
    let json = serde_json::to_string(&e).expect("json");
    assert!(!json.contains("odlehčovací") && !json.contains("jana@"), "{json}");
}

#[test]
fn sent_record_from_an_older_version_is_recognised_for_deleting() {
    let old = r#"{"idempotency_key":"k1","campaign":"c","endpoint":"/api/pripominky","created_at":"2026-11-01",
        "name":"Jana","email":"jana@example.org","municipality":"Vlašim","text":"Chybí služba.","state":"Sent"}"#;
    let e: Entry = serde_json::from_str(old).expect("an older record still reads");
    assert!(e.holds_sent_content());
    let failed: Entry =
        serde_json::from_str(&old.replace(r#""Sent""#, r#"{"Failed":"HTTP 500"}"#)).expect("old failed");
    assert!(failed.is_waiting());
}

#[test]
fn retries_back_off_from_15_s_to_16_min() {
    let got: Vec<u32> = (1..=9).map(backoff_ms).collect();
    assert_eq!(got, [15_000, 30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 960_000, 960_000]);
}

fn entry() -> Entry {
    Entry {
        idempotency_key: "k1".into(),
        campaign: "kpss".into(),
        endpoint: "/api/pripominky".into(),
        created_at: "2026-11-29T09:00:00Z".into(),
        name: "Jana".into(),
        email: "jana@example.org".into(),
        municipality: "Vlašim".into(),
        text: "Chybí odlehčovací služba.".into(),
        state: State::Pending,
        sent_at: None,
    }
}
