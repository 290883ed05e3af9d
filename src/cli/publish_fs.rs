//! The file operations `katalog publish` needs on a directory a web server is reading from: every file is
//! written to a temporary name in the same directory and renamed over the old one (rename is atomic on
//! one file system), and its precompressed `.br`/`.gz` siblings are replaced with it, because nginx's
//! `brotli_static`/`gzip_static` would otherwise keep serving the old content.

use std::io::Write;
use std::path::Path;

use super::CliError;

/// Below this size `scripts/post-build.mjs` does not precompress, and neither do we.
const MIN_COMPRESS: usize = 256;
const SIBLINGS: [&str; 2] = ["br", "gz"];

fn io_error(path: &Path, e: std::io::Error) -> CliError {
    CliError::data(format!("cannot write {}: {e}", path.display()))
}

/// Whether the directory already holds precompressed files (a built `dist/data/`): then every file
/// published into it gets fresh siblings too.
pub(crate) fn is_precompressed(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries.flatten().any(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                SIBLINGS.iter().any(|ext| name.ends_with(&format!(".{ext}")))
            })
        })
        .unwrap_or(false)
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    // Quality 11 and window 22, as post-build.mjs: the file is written once and served many times.
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    // Compressing from a slice into a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// Writes `bytes` to a temporary file beside `target` and returns its path, not yet renamed.
fn write_temp(target: &Path, bytes: &[u8]) -> Result<std::path::PathBuf, CliError> {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = target.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let mut file = std::fs::File::create(&tmp).map_err(|e| io_error(&tmp, e))?;
    file.write_all(bytes).and_then(|()| file.sync_all()).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io_error(&tmp, e)
    })?;
    Ok(tmp)
}

fn sibling(path: &Path, ext: &str) -> std::path::PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(format!(".{ext}"));
    s.into()
}

/// Removes a file and its precompressed siblings; a file already gone is not an error.
pub(crate) fn remove_with_siblings(path: &Path) -> Result<(), CliError> {
    for p in std::iter::once(path.to_path_buf()).chain(SIBLINGS.iter().map(|ext| sibling(path, ext))) {
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_error(&p, e)),
        }
    }
    Ok(())
}

/// Replaces `target` atomically. Stale siblings go first (for a moment the plain file is served, never an
/// old compressed one), then the file is renamed into place, then its fresh siblings (when `compress`).
pub(crate) fn publish_file(target: &Path, bytes: &[u8], compress: bool) -> Result<(), CliError> {
    let main = write_temp(target, bytes)?;
    let mut temps = vec![(main, target.to_path_buf())];
    if compress && bytes.len() >= MIN_COMPRESS {
        for (ext, body) in [("br", brotli(bytes)), ("gz", gzip(bytes))] {
            let dest = sibling(target, ext);
            match write_temp(&dest, &body) {
                Ok(tmp) => temps.push((tmp, dest)),
                Err(e) => {
                    temps.iter().for_each(|(t, _)| drop(std::fs::remove_file(t)));
                    return Err(e);
                }
            }
        }
    }
    for ext in SIBLINGS {
        // Absent is fine; a sibling that cannot be removed would be renamed over below anyway.
        let _ = std::fs::remove_file(sibling(target, ext));
    }
    for (tmp, dest) in &temps {
        std::fs::rename(tmp, dest).map_err(|e| io_error(dest, e))?;
    }
    Ok(())
}
