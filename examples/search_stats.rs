//! Native search figures for `make bench`: index build time, query p50/p95 over 200 queries, and index
//! memory against the catalogue's JSON size, at 150, 7,000 and 50,000 generated services. Criterion gives
//! the statistically careful means (benches/search.rs); this gives the percentiles the goals are stated in.
//! Usage: cargo run --release --example search_stats -- OUT.json

#[cfg(not(target_arch = "wasm32"))]
use std::time::Instant;

#[cfg(not(target_arch = "wasm32"))]
use pruvodce::{cli::generate::generate_snapshot, domain::index::Index, domain::rank::Query};

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn percentile(xs: &mut [f64], p: f64) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[((xs.len() as f64 * p) as usize).min(xs.len() - 1)]
}

#[cfg(not(target_arch = "wasm32"))]
/// 200 queries: situations in people's words, type names, prefixes and typos.
fn queries() -> Vec<String> {
    let base = [
        "pečovatelská služba",
        "pecovatelska",
        "dovoz obědů",
        "babička potřebuje pomoc s nákupem",
        "domov důchodců",
        "alzheimer",
        "dluhy exekuce",
        "azylový dům",
        "nemám kde spát",
        "drogy",
        "osobní asistence",
        "odlehčovací",
        "senior",
        "sen",
        "tlumočník",
        "raná péče autismus",
        "krizová linka",
        "chráněné bydlení",
        "stacionar",
        "poradna",
    ];
    let mut out: Vec<String> = base.iter().map(|s| s.to_string()).collect();
    let mut i = 0usize;
    while out.len() < 200 {
        let w = base[i % base.len()];
        out.push(match i % 3 {
            0 => w.chars().take(4.max(w.chars().count() / 2)).collect(),
            1 => format!("{w} senioři"),
            _ => w.replacen('e', "r", 1),
        });
        i += 1;
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "target/bench/native-search.json".to_string());
    let qs = queries();
    let mut runs = Vec::new();
    for n in [150usize, 7_000, 50_000] {
        let snap = generate_snapshot(n, 7);
        let json_bytes = serde_json::to_vec(&snap).map(|v| v.len()).unwrap_or(0);
        let mut builds = Vec::new();
        let mut index = Index::build(&snap);
        for _ in 0..5 {
            let t = Instant::now();
            index = Index::build(&snap);
            builds.push(t.elapsed().as_secs_f64() * 1e3);
        }
        let mut times = Vec::new();
        for _ in 0..3 {
            for q in &qs {
                let query = Query { text: q.clone(), limit: 10, ..Default::default() };
                let t = Instant::now();
                std::hint::black_box(index.search(&snap, &query));
                times.push(t.elapsed().as_secs_f64() * 1e3);
            }
        }
        let run = serde_json::json!({
            "services": n,
            "build_ms": percentile(&mut builds, 0.5),
            "p50_ms": percentile(&mut times, 0.5),
            "p95_ms": percentile(&mut times, 0.95),
            "index_bytes": index.memory_bytes(),
            "json_bytes": json_bytes,
        });
        println!("{run}");
        runs.push(run);
    }
    let doc = serde_json::json!({ "runs": runs });
    if let Err(e) = std::fs::write(&out, serde_json::to_string_pretty(&doc).unwrap_or_default()) {
        eprintln!("cannot write {out}: {e}");
        std::process::exit(1);
    }
}
