//! Importer of Open Referral HSDS 3.0 JSON (being written).
