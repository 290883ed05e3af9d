//! Native importers that turn other formats into snapshots: the MPSV registry (`rpss`) and Open
//! Referral HSDS 3.0 (`hsds`). `common` holds what both need: the error type, today's date, Czech text
//! folding, id slugs and contact normalisation with the validator's own rules.

pub mod common;
pub mod hsds;
pub mod lawmatch;
pub mod lenient;
pub mod rpss;

pub use common::{today, ImportError};
