//! Issue 16, "no long tasks": the app checks, reads, typesets and indexes a catalogue in small steps
//! (`ui/load.rs`). Each step-wise path must give exactly what the one-shot path gives.
// Native only: it makes its catalogues with the `katalog` generator.
#![cfg(not(target_arch = "wasm32"))]

use pruvodce::cli::generate::generate_snapshot;
use pruvodce::domain::index::{Index, IndexBuilder};
use pruvodce::domain::manifest::{build_manifest, verify_against, Verifier};
use pruvodce::domain::reader::SnapshotReader;
use pruvodce::domain::snapshot::Snapshot;
use pruvodce::domain::typeset::{typeset, typeset_rest, typeset_service};

fn catalogues() -> Vec<String> {
    let demo = std::fs::read_to_string("public/data/benesov.json").expect("demo");
    vec![demo, serde_json::to_string_pretty(&generate_snapshot(400, 7)).expect("json")]
}

/// The app's path: read item by item, typeset service by service, index `chunk` services at a time.
fn stepwise(text: &str, chunk: usize) -> (Snapshot, Index) {
    let mut r = SnapshotReader::new(text.as_bytes()).expect("opens");
    let mut steps = 0;
    while r.step().expect("reads") {
        steps += 1;
    }
    let mut s = r.finish().expect("a snapshot");
    assert!(steps > s.services.len(), "one step per service at least");
    typeset_rest(&mut s);
    s.services.iter_mut().for_each(typeset_service);
    let mut b = IndexBuilder::new(&s);
    let mut pushes = 1;
    while b.push(chunk) {
        pushes += 1;
    }
    // The services, then the lexicon's concepts (issue 16: analysing those in `finish` was a long task).
    let steps = s.services.len() + pruvodce::domain::lexicon::concepts().len();
    assert_eq!(pushes, steps.div_ceil(chunk).max(1));
    let index = b.finish();
    (s, index)
}

#[test]
fn issue_16_stepwise_read_typeset_and_index_equal_the_one_shot_result() {
    for text in catalogues() {
        let mut one: Snapshot = serde_json::from_str(&text).expect("parses");
        typeset(&mut one);
        let built = Index::build(&one);
        for chunk in [1, 7, 1000] {
            let (s, index) = stepwise(&text, chunk);
            assert_eq!(s, one);
            assert_eq!(format!("{index:?}"), format!("{built:?}"), "chunks of {chunk}");
        }
    }
}

#[test]
fn issue_16_a_builder_finished_early_still_indexes_every_service() {
    let text = &catalogues()[0];
    let (s, _) = stepwise(text, 1);
    let mut b = IndexBuilder::new(&s);
    b.push(3);
    assert_eq!(format!("{:?}", b.finish()), format!("{:?}", Index::build(&s)));
}

#[test]
fn issue_16_hashing_in_slices_accepts_and_refuses_as_at_once() {
    let text = catalogues().remove(1);
    let bytes = text.as_bytes();
    let snapshot: Snapshot = serde_json::from_str(&text).expect("parses");
    let good = build_manifest(bytes, &snapshot, "/data/x.json");
    let mut bad = good.clone();
    bad.sha256 = format!("{}{}", if good.sha256.starts_with('0') { '1' } else { '0' }, &good.sha256[1..]);
    for (m, ok) in [(&good, true), (&bad, false)] {
        let mut v = Verifier::new(m, bytes).expect("length and schema match");
        let mut pushes = 1;
        while v.push(32 * 1024) {
            pushes += 1;
        }
        assert_eq!(pushes, bytes.len().div_ceil(32 * 1024));
        assert_eq!(v.finish(), verify_against(m, bytes));
        assert_eq!(verify_against(m, bytes).is_ok(), ok);
    }
    assert!(Verifier::new(&good, &bytes[1..]).is_err(), "a short body is refused before hashing");
}

/// Issue 16: the references of a region's 7,000 services were checked in one go at the end of the
/// validation, a task of 84 ms at 4x CPU. They are now steps of `Validation::push`; the report must be the
/// one-shot report, entry for entry and in order, for a good catalogue and for one with broken references.
#[test]
fn issue_16_references_checked_in_steps_report_as_at_once() {
    use pruvodce::domain::validate::{validate_snapshot, Validation};
    let mut broken: Snapshot = serde_json::from_str(&catalogues()[1]).expect("parses");
    broken.services[3].provider = "no-such-provider".into();
    broken.services[5].area.municipalities.push("no-such-municipality".into());
    broken.services[7].id = broken.services[6].id.clone();
    broken.services[9].area.whole_region = false;
    broken.municipalities[0].office = "no-such-office".into();
    let good: Snapshot = serde_json::from_str(&catalogues()[0]).expect("parses");
    for s in [&good, &broken] {
        let mut v = Validation::new(s);
        let mut pushes = 1;
        while v.push(1) {
            pushes += 1;
        }
        assert!(pushes > 2 * s.services.len(), "records, then references, a service per step");
        let stepwise = v.finish();
        assert_eq!(format!("{stepwise:?}"), format!("{:?}", validate_snapshot(s)));
    }
    let report = validate_snapshot(&broken);
    assert!(report.errors.len() >= 4, "{report:?}");
}
