//! Issue 16, "no work twice": a body read back from the device was validated before it was stored and its
//! hash is checked on read, so start-up reads it into the model without validating it again.

use pruvodce::domain::validate::{stored_snapshot, validate_bytes};

fn minimal() -> String {
    std::fs::read_to_string("tests/fixtures/minimal.json").expect("fixture")
}

#[test]
fn stored_body_is_read_without_validating_again() {
    let good = minimal();
    let read = stored_snapshot(good.as_bytes()).expect("a valid snapshot reads");
    assert_eq!(read.meta.region_id, validate_bytes(good.as_bytes()).expect("valid").snapshot.meta.region_id);
    // A rule the validator enforces but the model does not (an empty service name): the full check refuses
    // it, the stored path does not run that check.
    let mut v: serde_json::Value = serde_json::from_str(&good).expect("json");
    v["services"][0]["name"] = serde_json::Value::String(String::new());
    let invalid = v.to_string();
    assert!(validate_bytes(invalid.as_bytes()).is_err());
    assert!(stored_snapshot(invalid.as_bytes()).is_some());
}

#[test]
fn stored_body_that_does_not_fit_the_model_is_refused() {
    assert!(stored_snapshot(b"{\"not\": \"a snapshot\"}").is_none());
    assert!(stored_snapshot(&minimal().as_bytes()[..200]).is_none());
    let mut v: serde_json::Value = serde_json::from_str(&minimal()).expect("json");
    v["schema_version"] = serde_json::json!(999);
    assert!(stored_snapshot(v.to_string().as_bytes()).is_none());
}
