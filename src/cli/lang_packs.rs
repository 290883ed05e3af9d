//! `katalog lang-packs --to DIR`: writes the app's language packs (`cs.json`, `uk.json`, `en.json`) from
//! the compiled UI tables, at build time. The app loads Ukrainian and English from them (see
//! `i18n::pack`); the build's HTML fallback reads all three, so no text is kept anywhere else.

use std::path::Path;

use super::CliError;
use crate::i18n::{pack, Lang};

pub fn run(to: &Path) -> Result<(), CliError> {
    std::fs::create_dir_all(to)
        .map_err(|e| CliError::usage(format!("cannot create {}: {e}", to.display())))?;
    for lang in Lang::ALL {
        let path = to.join(format!("{}.json", lang.code()));
        write(&path, pack::to_json(lang))?;
    }
    // The field names in pack order, so that the build's scripts can read a pack by name.
    let names: Vec<&str> = Lang::Cs.strings().all().into_iter().map(|(name, _)| name).collect();
    write(&to.join("fields.json"), serde_json::to_string(&names).unwrap_or_default())
}

fn write(path: &Path, text: String) -> Result<(), CliError> {
    std::fs::write(path, text).map_err(|e| CliError::usage(format!("cannot write {}: {e}", path.display())))
}
