//! Native importers that turn other formats into snapshots: the MPSV registry (`rpss`) and Open
//! Referral HSDS 3.0 (`hsds`).
