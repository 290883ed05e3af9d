//! Prints the search engine's figures on the synthetic catalogue: build time, query p50/p95 and index
//! memory against the catalogue's JSON size. Run with `cargo run --release --example search_perf`.

use std::time::Instant;

use pruvodce::cli::generate::{generate_snapshot, to_json};
use pruvodce::domain::index::Index;
use pruvodce::domain::rank::Query;

const QUERIES: [&str; 12] = [
    "pečovatelská služba",
    "pecovatelska",
    "manžel mě bije",
    "domov duchodcu",
    "syn bere drogy",
    "senoir",
    "nemám kde spát",
    "oprava střechy",
    "babička potřebuje pomoc s nákupem a hygienou",
    "pomoc",
    "dl",
    "osobní asistent pro syna na vozíku",
];

fn main() {
    for n in [150usize, 7_000, 50_000] {
        let snap = generate_snapshot(n, 1);
        let json_bytes = to_json(&snap).map(|j| j.len()).unwrap_or(0);
        let mut builds = Vec::new();
        let mut index = Index::build(&snap);
        for _ in 0..5 {
            let t = Instant::now();
            index = Index::build(&snap);
            builds.push(t.elapsed().as_secs_f64() * 1e3);
        }
        builds.sort_by(f64::total_cmp);
        let mut times = Vec::new();
        let mut hits = 0;
        for _ in 0..20 {
            for q in QUERIES {
                let query = Query { text: q.to_string(), limit: 20, ..Query::default() };
                let t = Instant::now();
                hits += index.search(&snap, &query).hits.len();
                times.push(t.elapsed().as_secs_f64() * 1e3);
            }
        }
        times.sort_by(f64::total_cmp);
        let p = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
        println!(
            "{n:>6} services: build {:.1} ms (median of 5) · query p50 {:.3} ms p95 {:.3} ms max {:.3} ms · \
             index {:.1} MB vs JSON {:.1} MB ({:.2}×) · {} terms · {hits} hits",
            builds[2],
            p(0.5),
            p(0.95),
            times[times.len() - 1],
            index.memory_bytes() as f64 / 1e6,
            json_bytes as f64 / 1e6,
            index.memory_bytes() as f64 / json_bytes.max(1) as f64,
            index.term_count(),
        );
    }
}
