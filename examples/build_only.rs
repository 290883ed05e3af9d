//! Builds the index for 7,000 synthetic services twenty times (or as many times as the first argument says), for profiling the builder.

fn main() {
    let snap = pruvodce::cli::generate::generate_snapshot(7_000, 1);
    let mut bytes = 0;
    let builds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    for _ in 0..builds {
        bytes += pruvodce::domain::index::Index::build(&snap).memory_bytes();
    }
    println!("{bytes}");
}
