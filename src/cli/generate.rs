//! `katalog generate`: a deterministic synthetic catalogue for benchmarks and load tests. The same seed
//! always gives byte-identical output (a hand-written splitmix64, no `rand`), the text is realistic Czech
//! built from phrase tables, and everything is marked demo with `example: true` contacts on `.example`
//! domains, so nobody can mistake it for real data.

mod build;
mod service;
mod words;

use std::path::Path;

use super::CliError;
use crate::domain::snapshot::Snapshot;
use crate::domain::validate::validate_snapshot;

pub use build::generate_snapshot;

/// splitmix64: tiny, fast, and stable across platforms and versions, which is all determinism needs.
pub(crate) struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0); the modulo bias is irrelevant for synthetic data.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn range(&mut self, lo: usize, hi_inclusive: usize) -> usize {
        lo + self.below(hi_inclusive - lo + 1)
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Serialises a snapshot the way catalogue files are written: pretty JSON and a final newline.
pub fn to_json(s: &Snapshot) -> Result<String, CliError> {
    let mut json = serde_json::to_string_pretty(s)
        .map_err(|e| CliError::data(format!("cannot serialise the snapshot: {e}")))?;
    json.push('\n');
    Ok(json)
}

pub fn run(services: usize, seed: u64, output: &Path) -> Result<(), CliError> {
    if services == 0 {
        return Err(CliError::usage("--services must be at least 1"));
    }
    let snapshot = generate_snapshot(services, seed);
    let report = validate_snapshot(&snapshot);
    if !report.is_ok() {
        // A generator bug, not the user's: say so plainly rather than writing a broken file.
        return Err(CliError::data(format!("generated snapshot failed validation (a bug):\n{report}")));
    }
    let json = to_json(&snapshot)?;
    std::fs::write(output, json)
        .map_err(|e| CliError::usage(format!("cannot write {}: {e}", output.display())))?;
    eprintln!("wrote {} services to {}", services, output.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_is_stable() {
        let mut r = Rng::new(1);
        // Reference values of splitmix64 seeded with 1.
        assert_eq!(r.next_u64(), 0x910A_2DEC_8902_5CC1);
        assert_eq!(r.next_u64(), 0xBEEB_8DA1_658E_EC67);
    }

    #[test]
    fn generated_snapshot_is_valid_and_deterministic() {
        let a = generate_snapshot(300, 7);
        let report = validate_snapshot(&a);
        assert!(report.is_ok(), "{report}");
        assert_eq!(a.services.len(), 300);
        assert_eq!(a, generate_snapshot(300, 7));
        assert_ne!(a, generate_snapshot(300, 8));
        for seed in 0..20 {
            let s = generate_snapshot(40, seed);
            let report = validate_snapshot(&s);
            assert!(report.is_ok() && report.warnings.is_empty(), "seed {seed}: {report}");
        }
    }
}
