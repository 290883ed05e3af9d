//! Builds the index for 7,000 synthetic services twenty times, for profiling the builder.

fn main() {
    let snap = pruvodce::cli::generate::generate_snapshot(7_000, 1);
    let mut bytes = 0;
    for _ in 0..20 {
        bytes += pruvodce::domain::index::Index::build(&snap).memory_bytes();
    }
    println!("{bytes}");
}
