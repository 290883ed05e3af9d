//! `katalog manifest FILE [--url URL]`: prints the manifest to publish beside a valid snapshot.

use std::path::Path;

use super::check::read_valid;
use super::CliError;
use crate::domain::manifest::build_manifest;

pub fn run(file: &Path, url: Option<&str>) -> Result<(), CliError> {
    // A manifest vouches for the file, so it is only written for a valid one.
    let (bytes, validated) = read_valid(file)?;
    let default_url;
    let url = match url {
        Some(u) => u,
        None => {
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            default_url = format!("data/{name}");
            &default_url
        }
    };
    let manifest = build_manifest(&bytes, &validated.snapshot, url);
    let json = serde_json::to_string_pretty(&manifest)
        .map_err(|e| CliError::data(format!("cannot serialise the manifest: {e}")))?;
    println!("{json}");
    Ok(())
}
