//! Language packs: the Ukrainian and English tables as JSON files the app loads when a person chooses the
//! language (and caches for offline use), so that the first load carries Czech only. Natively (the CLI, the
//! receiver, tests, and the build that writes the packs) every table is compiled in.
//!
//! A pack is `{"lang": "uk", "texts": [...]}` with the texts in `Strings::texts()` order. A pack from
//! another build has a different number of texts and is refused as a whole: the app then stays in Czech
//! rather than showing one string in the wrong place.

use super::{Lang, Strings};
use serde::{Deserialize, Serialize};

/// What a language pack file holds.
#[derive(Debug, Serialize, Deserialize)]
pub struct Pack {
    pub lang: String,
    pub texts: Vec<String>,
}

/// Why a pack was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackError {
    /// The file is not a pack (not JSON, or another shape).
    NotPack,
    /// The pack is for another language than the one asked for.
    OtherLanguage,
    /// The pack has a different number of texts: it belongs to another build of the app.
    OtherBuild,
}

/// Reads a pack into a table. Its texts are leaked on purpose: a language is loaded once and kept for the
/// page's life.
pub fn parse(lang: Lang, json: &str) -> Result<&'static Strings, PackError> {
    let pack: Pack = serde_json::from_str(json).map_err(|_| PackError::NotPack)?;
    if pack.lang != lang.code() {
        return Err(PackError::OtherLanguage);
    }
    let texts: Vec<&'static str> = pack.texts.into_iter().map(|t| &*t.leak()).collect();
    let table = Strings::from_texts(texts).ok_or(PackError::OtherBuild)?;
    Ok(Box::leak(Box::new(table)))
}

/// The pack of a language as JSON, written at build time (`katalog lang-packs`).
#[cfg(not(target_arch = "wasm32"))]
pub fn to_json(lang: Lang) -> String {
    let texts = lang.strings().texts().into_iter().map(str::to_string).collect();
    let pack = Pack { lang: lang.code().to_string(), texts };
    serde_json::to_string(&pack).unwrap_or_default()
}

/// The compiled table of a language other than Czech.
#[cfg(not(target_arch = "wasm32"))]
pub fn strings(lang: Lang) -> Option<&'static Strings> {
    match lang {
        Lang::Cs => None,
        Lang::Uk => Some(&super::uk::STRINGS),
        Lang::En => Some(&super::en::STRINGS),
    }
}

#[cfg(target_arch = "wasm32")]
mod loaded {
    use super::{Lang, Strings};
    use std::sync::OnceLock;

    pub static UK: OnceLock<&'static Strings> = OnceLock::new();
    pub static EN: OnceLock<&'static Strings> = OnceLock::new();

    pub fn slot(lang: Lang) -> Option<&'static OnceLock<&'static Strings>> {
        match lang {
            Lang::Cs => None,
            Lang::Uk => Some(&UK),
            Lang::En => Some(&EN),
        }
    }
}

/// The loaded table of a language other than Czech, if its pack has been installed.
#[cfg(target_arch = "wasm32")]
pub fn strings(lang: Lang) -> Option<&'static Strings> {
    loaded::slot(lang).and_then(|s| s.get().copied())
}

/// Installs a downloaded pack; afterwards `lang.strings()` returns it.
#[cfg(target_arch = "wasm32")]
pub fn install(lang: Lang, json: &str) -> Result<(), PackError> {
    let table = parse(lang, json)?;
    if let Some(slot) = loaded::slot(lang) {
        // A second install (two quick clicks) keeps the first: both came from the same file.
        let _ = slot.set(table);
    }
    Ok(())
}

/// Whether the app can show this language now without loading anything.
pub fn ready(lang: Lang) -> bool {
    lang == Lang::Cs || strings(lang).is_some()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn pack_round_trips_every_language() {
        for lang in [Lang::Uk, Lang::En] {
            let table = parse(lang, &to_json(lang)).expect("own pack");
            assert_eq!(table.texts(), lang.strings().texts(), "{lang:?}");
        }
    }

    /// A pack cached from another build of the app (one string more or less) is refused as a whole.
    #[test]
    fn pack_from_another_build_is_refused() {
        let mut pack: Pack = serde_json::from_str(&to_json(Lang::Uk)).expect("json");
        pack.texts.pop();
        let short = serde_json::to_string(&pack).expect("json");
        assert_eq!(parse(Lang::Uk, &short).err(), Some(PackError::OtherBuild));
        pack.texts.extend(["a".to_string(), "b".to_string()]);
        let long = serde_json::to_string(&pack).expect("json");
        assert_eq!(parse(Lang::Uk, &long).err(), Some(PackError::OtherBuild));
        assert_eq!(parse(Lang::En, &to_json(Lang::Uk)).err(), Some(PackError::OtherLanguage));
        assert_eq!(parse(Lang::Uk, "<html>").err(), Some(PackError::NotPack));
    }
}
