//! `katalog import-feed FILE [--okres CODE] [--offices FILE] -o OUT`: the national feed of registered
//! services for older people (zdenekpesicka/AutomatizaceKatalogu `data/katalog.json`) into a snapshot.
//! Streams the file, validates the result with the same rules as `katalog check` and only then writes it.

use std::path::Path;

use super::check::read_file;
use super::import_rpss::{from_import, write_valid};
use super::CliError;
use crate::import::feed::{import_feed, FeedOptions};
use crate::import::rpss::OfficesFile;
use crate::import::today;

pub fn run(file: &Path, okres: Option<&str>, offices: Option<&Path>, output: &Path) -> Result<(), CliError> {
    let offices = match offices {
        Some(p) => Some(OfficesFile::parse(&read_file(p)?, &p.display().to_string()).map_err(from_import)?),
        None => None,
    };
    let reader = std::fs::File::open(file)
        .map_err(|e| CliError::usage(format!("cannot read {}: {e}", file.display())))?;
    let opts = FeedOptions { okres: okres.map(str::to_string), today: today(), offices };
    let out = import_feed(reader, &file.display().to_string(), &opts).map_err(from_import)?;
    for w in &out.warnings {
        eprintln!("warning: {w}");
    }
    write_valid(&out.snapshot, output)?;
    let s = &out.stats;
    println!(
        "{}: {} places read ({} in other districts), {} services imported ({} ended left out, {} marked for review) -> {}",
        file.display(),
        s.places,
        s.places_elsewhere,
        s.services,
        s.ended,
        s.to_review,
        output.display()
    );
    Ok(())
}
