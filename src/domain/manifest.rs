//! The manifest published beside each snapshot: building it (CLI) and checking a download against it
//! (browser), so a truncated or corrupted file is never stored as the catalogue.

use sha2::{Digest, Sha256};

use crate::domain::snapshot::{Manifest, Snapshot, SCHEMA_VERSION};

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
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
pub fn verify_against(manifest: &Manifest, bytes: &[u8]) -> Result<(), String> {
    if manifest.schema_version > SCHEMA_VERSION {
        return Err(format!(
            "the catalogue uses schema version {}, newer than this app supports ({SCHEMA_VERSION}); update the app",
            manifest.schema_version
        ));
    }
    if bytes.len() as u64 != manifest.bytes {
        return Err(format!(
            "download is {} bytes but the manifest says {}: the file is truncated or corrupt",
            bytes.len(),
            manifest.bytes
        ));
    }
    let actual = sha256_hex(bytes);
    if !actual.eq_ignore_ascii_case(&manifest.sha256) {
        return Err(format!(
            "download's SHA-256 {actual} differs from the manifest's {}: the file is corrupt or was replaced",
            manifest.sha256
        ));
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
    fn hash_and_verify() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let m = manifest(b"{\"a\":1}");
        assert!(verify_against(&m, b"{\"a\":1}").is_ok());
        assert!(verify_against(&m, b"{\"a\":1").unwrap_err().contains("truncated"));
        assert!(verify_against(&m, b"{\"a\":2}").unwrap_err().contains("SHA-256"));
        let future = Manifest { schema_version: 2, ..m };
        assert!(verify_against(&future, b"{\"a\":1}").unwrap_err().contains("newer"));
    }
}
