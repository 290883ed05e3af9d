//! Native importers that turn other formats into snapshots: the MPSV registry (`rpss`), Open
//! Referral HSDS 3.0 (`hsds`) and the national feed of services for older people (`feed`). Services
//! that arrive without a legal type are typed by `domain::classify`; `stream` reads large files item by
//! item. `common` holds what both need: the error type, today's date, Czech text
//! folding, id slugs and contact normalisation with the validator's own rules.

pub mod common;
pub mod feed;
pub mod hsds;
pub mod lawmatch;
pub mod lenient;
pub mod records;
pub mod rpss;
pub mod stream;

pub use common::{today, ImportError};
