//! The manifest published beside each snapshot: building it (CLI), deciding whether a published manifest
//! may replace the stored catalogue at all (`check_update`, before any download and again at the pointer
//! flip), and checking a download against it (browser), so a truncated, corrupted, foreign or older file
//! is never stored as the catalogue.

use sha2::{Digest, Sha256};

use crate::domain::date::Date;
use crate::domain::rejection::Rejection;
use crate::domain::snapshot::{Manifest, Snapshot, SCHEMA_VERSION};
use crate::domain::validate::MAX_SNAPSHOT_BYTES;

/// Why a published manifest may not replace what is stored. Data, worded by `i18n` in the notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The manifest is for another region than the one asked for: a wrongly published file must not
    /// overwrite that other region's catalogue (defect 13).
    OtherRegion { asked: String, found: String },
    /// Its data date is older than the stored catalogue's, or not a date: a rollback (defect 13).
    Older { stored: String, found: String },
    /// It announces more bytes than any snapshot may have: refused before downloading (defect 12).
    TooLarge { bytes: u64 },
}

/// Whether `new`, published for `asked_region`, may replace `stored` (the region's current catalogue,
/// if any). The same data date with another hash is a correction and is accepted.
pub fn check_update(asked_region: &str, stored: Option<&Manifest>, new: &Manifest) -> Result<(), Refusal> {
    if new.region_id != asked_region {
        return Err(Refusal::OtherRegion { asked: asked_region.into(), found: new.region_id.clone() });
    }
    if new.bytes > MAX_SNAPSHOT_BYTES as u64 {
        return Err(Refusal::TooLarge { bytes: new.bytes });
    }
    if let Some((m, old)) = stored.and_then(|m| Some((m, Date::parse(&m.data_date)?))) {
        if Date::parse(&new.data_date).is_none_or(|d| d < old) {
            return Err(Refusal::Older { stored: m.data_date.clone(), found: new.data_date.clone() });
        }
    }
    Ok(())
}

/// Whether a validated snapshot is the one its manifest describes (region and data date), so a manifest
/// cannot pass off one region's or date's body as another's.
pub fn describes(manifest: &Manifest, snapshot: &Snapshot) -> bool {
    manifest.region_id == snapshot.meta.region_id && manifest.data_date == snapshot.meta.data_date
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(digest: &[u8]) -> String {
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
        out.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
    }
    out
}

/// The manifest for a snapshot file: `bytes` is the exact file content `snapshot` was parsed from.
pub fn build_manifest(bytes: &[u8], snapshot: &Snapshot, snapshot_url: &str) -> Manifest {
    Manifest {
        schema_version: snapshot.schema_version,
        region_id: snapshot.meta.region_id.clone(),
        sha256: sha256_hex(bytes),
        bytes: bytes.len() as u64,
        data_date: snapshot.meta.data_date.clone(),
        snapshot_url: snapshot_url.to_string(),
        min_app_version: env!("CARGO_PKG_VERSION").to_string(),
    }
}

/// Checks downloaded bytes against their manifest: schema version first (an update this app cannot read
/// is not a corruption), then length (cheap, catches truncation), then the hash.
pub fn verify_against(manifest: &Manifest, bytes: &[u8]) -> Result<(), Rejection> {
    Verifier::new(manifest, bytes)?.finish()
}

/// `verify_against` a slice at a time (issue 16: hashing a region's catalogue at once is a long task on
/// a phone). `new` checks the schema version and the length, `push` hashes, `finish` compares.
pub struct Verifier<'a> {
    manifest: &'a Manifest,
    rest: &'a [u8],
    hash: Sha256,
}

impl<'a> Verifier<'a> {
    pub fn new(manifest: &'a Manifest, bytes: &'a [u8]) -> Result<Verifier<'a>, Rejection> {
        precheck(manifest, bytes.len())?;
        Ok(Verifier { manifest, rest: bytes, hash: Sha256::new() })
    }

    /// Hashes up to `count` more bytes; true while bytes remain.
    pub fn push(&mut self, count: usize) -> bool {
        let (now, rest) = self.rest.split_at(count.min(self.rest.len()));
        self.hash.update(now);
        self.rest = rest;
        !rest.is_empty()
    }

    /// Hashes what is left and compares with the manifest's SHA-256.
    pub fn finish(mut self) -> Result<(), Rejection> {
        self.push(usize::MAX);
        check_digest(self.manifest, &self.hash.finalize())
    }
}

/// The checks before hashing: the schema version first (an update this app cannot read is not a
/// corruption), then the length (cheap, catches truncation).
pub fn precheck(manifest: &Manifest, len: usize) -> Result<(), Rejection> {
    if manifest.schema_version > SCHEMA_VERSION {
        return Err(Rejection::NewerSchema { found: manifest.schema_version });
    }
    if len as u64 != manifest.bytes {
        return Err(Rejection::Size { got: len as u64, expected: manifest.bytes });
    }
    Ok(())
}

/// Compares a body's SHA-256, computed by `Verifier` or by the browser (`sync::digest`), with the
/// manifest's.
pub fn check_digest(manifest: &Manifest, digest: &[u8]) -> Result<(), Rejection> {
    if !hex(digest).eq_ignore_ascii_case(&manifest.sha256) {
        return Err(Rejection::Hash);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(bytes: &[u8]) -> Manifest {
        Manifest {
            schema_version: 1,
            region_id: "x".into(),
            sha256: sha256_hex(bytes),
            bytes: bytes.len() as u64,
            data_date: "2026-01-01".into(),
            snapshot_url: "data/x.json".into(),
            min_app_version: "0.1.0".into(),
        }
    }

    #[test]
    fn manifest_for_other_region_is_refused() {
        let m = manifest(b"{}");
        assert_eq!(
            check_update("benesov", None, &m),
            Err(Refusal::OtherRegion { asked: "benesov".into(), found: "x".into() })
        );
        assert_eq!(check_update("x", None, &m), Ok(()));
    }

    #[test]
    fn older_data_date_is_refused() {
        let stored = Manifest { data_date: "2026-11-01".into(), ..manifest(b"{}") };
        let older = Manifest { data_date: "2026-10-31".into(), ..manifest(b"{\"b\":1}") };
        let same = Manifest { data_date: "2026-11-01".into(), ..manifest(b"{\"c\":1}") };
        let newer = Manifest { data_date: "2026-11-02".into(), ..manifest(b"{\"d\":1}") };
        let garbled = Manifest { data_date: "soon".into(), ..manifest(b"{\"e\":1}") };
        let older_refusal = Refusal::Older { stored: "2026-11-01".into(), found: "2026-10-31".into() };
        assert_eq!(check_update("x", Some(&stored), &older), Err(older_refusal));
        assert!(matches!(check_update("x", Some(&stored), &garbled), Err(Refusal::Older { .. })));
        assert_eq!(check_update("x", Some(&stored), &same), Ok(()));
        assert_eq!(check_update("x", Some(&stored), &newer), Ok(()));
        assert_eq!(check_update("x", None, &older), Ok(()), "nothing stored: any date is an update");
    }

    #[test]
    fn oversized_manifest_is_refused_before_download() {
        let huge = Manifest { bytes: MAX_SNAPSHOT_BYTES as u64 + 1, ..manifest(b"{}") };
        assert_eq!(check_update("x", None, &huge), Err(Refusal::TooLarge { bytes: huge.bytes }));
        let edge = Manifest { bytes: MAX_SNAPSHOT_BYTES as u64, ..manifest(b"{}") };
        assert_eq!(check_update("x", None, &edge), Ok(()));
    }

    #[test]
    fn hash_and_verify() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let m = manifest(b"{\"a\":1}");
        assert!(verify_against(&m, b"{\"a\":1}").is_ok());
        assert_eq!(verify_against(&m, b"{\"a\":1"), Err(Rejection::Size { got: 6, expected: 7 }));
        assert_eq!(verify_against(&m, b"{\"a\":2}"), Err(Rejection::Hash));
        let future = Manifest { schema_version: 2, ..m };
        assert_eq!(verify_against(&future, b"{\"a\":1}"), Err(Rejection::NewerSchema { found: 2 }));
    }
}
