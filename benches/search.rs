//! Benchmarks of the search engine: index build and query time at 150, 7,000 and 50,000 services on
//! the deterministic synthetic catalogue from `katalog generate`, and reading that catalogue's JSON in
//! the app's steps (`SnapshotReader`, issue 16) at 150 and 7,000, and typesetting it for display at 7,000.

// Criterion is native-only; for wasm32 (clippy --all-targets) the bench is an empty program.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use pruvodce::cli::generate::generate_snapshot;
    use pruvodce::domain::index::Index;
    use pruvodce::domain::rank::Query;
    use pruvodce::domain::reader::read_snapshot;
    use pruvodce::domain::typeset;
    use std::hint::black_box;

    const SIZES: [usize; 3] = [150, 7_000, 50_000];
    const QUERIES: [&str; 6] = [
        "pečovatelská služba",
        "pecovatelska",
        "manžel mě bije",
        "domov duchodcu",
        "syn bere drogy",
        "senoir",
    ];

    fn build(c: &mut Criterion) {
        let mut g = c.benchmark_group("build");
        g.sample_size(10);
        for n in SIZES {
            let snap = generate_snapshot(n, 1);
            g.bench_function(n.to_string(), |b| b.iter(|| Index::build(black_box(&snap))));
        }
        g.finish();
    }

    fn query(c: &mut Criterion) {
        let mut g = c.benchmark_group("query");
        for n in SIZES {
            let snap = generate_snapshot(n, 1);
            let index = Index::build(&snap);
            let queries: Vec<Query> = QUERIES
                .iter()
                .map(|t| Query { text: t.to_string(), limit: 20, ..Query::default() })
                .collect();
            g.bench_function(n.to_string(), |b| {
                b.iter(|| {
                    for q in &queries {
                        black_box(index.search(&snap, q));
                    }
                })
            });
        }
        g.finish();
    }

    /// The app's read of a snapshot's JSON, all steps at once (`read_snapshot`): the part of every start
    /// that grows with the catalogue before the index.
    fn read(c: &mut Criterion) {
        let mut g = c.benchmark_group("read");
        g.sample_size(10);
        for n in [150, 7_000] {
            let Ok(json) = serde_json::to_vec(&generate_snapshot(n, 1)) else { continue };
            g.bench_function(n.to_string(), |b| b.iter(|| read_snapshot(black_box(&json))));
        }
        g.finish();
    }

    /// Typesetting a read catalogue for display (`typeset`), which the app does on every start.
    fn typeset(c: &mut Criterion) {
        let mut g = c.benchmark_group("typeset");
        g.sample_size(10);
        let snap = generate_snapshot(7_000, 1);
        g.bench_function("7000", |b| {
            b.iter_batched_ref(|| snap.clone(), typeset::typeset, criterion::BatchSize::LargeInput)
        });
        g.finish();
    }

    criterion_group!(benches, build, query, read, typeset);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
