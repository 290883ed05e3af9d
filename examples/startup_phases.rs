//! Times each step of the app's catalogue pipeline natively (issue 16), to see which step needs slicing:
//! hash, read (step by step, and serde at once for comparison), validate, typeset, index (services pushed,
//! then the layout in `finish`). Usage: cargo run --release --example startup_phases -- CATALOGUE.json
use std::time::Instant;

use pruvodce::domain::index::IndexBuilder;
use pruvodce::domain::manifest::sha256_hex;
use pruvodce::domain::reader::read_snapshot;
use pruvodce::domain::snapshot::Snapshot;
use pruvodce::domain::typeset::typeset;
use pruvodce::domain::validate::validate_snapshot;

fn main() {
    let path = std::env::args().nth(1).expect("usage: startup_phases CATALOGUE.json");
    let bytes = std::fs::read(&path).expect("read");
    let time = |label: &str, t: Instant| println!("{label:>16}: {:7.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let _ = sha256_hex(&bytes);
    time("sha256", t);
    let t = Instant::now();
    let _: Snapshot = serde_json::from_slice(&bytes).expect("parse");
    time("serde at once", t);
    let t = Instant::now();
    let mut s = read_snapshot(&bytes).expect("read");
    time("read in steps", t);
    let t = Instant::now();
    let r = validate_snapshot(&s);
    time("validate", t);
    assert!(r.errors.is_empty());
    let t = Instant::now();
    typeset(&mut s);
    time("typeset", t);
    let t = Instant::now();
    let mut b = IndexBuilder::new(&s);
    while b.push(usize::MAX) {}
    time("index: services", t);
    let t = Instant::now();
    let i = b.finish();
    time("index: finish", t);
    println!(
        "{} bytes, {} services, {} providers, {} terms",
        bytes.len(),
        s.services.len(),
        s.providers.len(),
        i.term_count()
    );
}
