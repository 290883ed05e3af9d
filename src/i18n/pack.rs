//! Language packs: the Ukrainian and English tables as JSON files the app loads when a person chooses the
//! language (and caches for offline use), so that the first load carries Czech only. Natively (the CLI, the
//! receiver, tests, and the build that writes the packs) every table is compiled in.
//!
//! A pack is `{"lang": "uk", "texts": [...]}`: the texts in `Strings::texts()` order, then the name and
//! explanation of every legal type and category in `lexicon::type_index` order. A pack from another build
//! has a different number of texts and is refused as a whole: the app then stays in Czech rather than
//! showing one string in the wrong place.

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

/// A loaded language: its UI table and its type words (name, explanation, name, … in type order).
#[derive(Debug)]
pub struct Loaded {
    pub strings: &'static Strings,
    pub types: Vec<&'static str>,
}

/// How many type texts a pack carries: a name and an explanation per legal type and category.
fn type_text_count() -> usize {
    2 * crate::domain::lexicon::type_count()
}

/// Reads a pack. Its texts are leaked on purpose: a language is loaded once and kept for the page's life.
pub fn parse(lang: Lang, json: &str) -> Result<Loaded, PackError> {
    let pack: Pack = crate::domain::json::from_text(json).map_err(|_| PackError::NotPack)?;
    if pack.lang != lang.code() {
        return Err(PackError::OtherLanguage);
    }
    let mut texts: Vec<&'static str> = pack.texts.into_iter().map(|t| &*t.leak()).collect();
    if texts.len() != super::TEXT_COUNT + type_text_count() {
        return Err(PackError::OtherBuild);
    }
    let types = texts.split_off(super::TEXT_COUNT);
    let table = Strings::from_texts(texts).ok_or(PackError::OtherBuild)?;
    Ok(Loaded { strings: Box::leak(Box::new(table)), types })
}

/// The pack of a language as JSON, written at build time (`katalog lang-packs`).
#[cfg(not(target_arch = "wasm32"))]
pub fn to_json(lang: Lang) -> String {
    let mut texts: Vec<String> = lang.strings().texts().into_iter().map(str::to_string).collect();
    for t in type_table(lang) {
        texts.extend([t.name.to_string(), t.explain.to_string()]);
    }
    let pack = Pack { lang: lang.code().to_string(), texts };
    serde_json::to_string(&pack).unwrap_or_default()
}

/// The compiled table of a language other than Czech (natively, and in a wasm build with `all-langs`).
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
fn compiled(lang: Lang) -> Option<&'static Strings> {
    match lang {
        Lang::Cs => None,
        Lang::Uk => Some(&super::uk::STRINGS),
        Lang::En => Some(&super::en::STRINGS),
    }
}

/// The compiled type words of a language other than Czech (Czech: none here, see `Lang::type_name`).
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
fn type_table(lang: Lang) -> &'static [super::content::TypeWords] {
    match lang {
        Lang::Cs => &[],
        Lang::Uk => super::content_uk::TYPES,
        Lang::En => super::content_en::TYPES,
    }
}

/// The compiled name (`part` 0) or explanation (1) of the type at `index` in a language other than Czech.
#[cfg(any(not(target_arch = "wasm32"), feature = "all-langs"))]
fn compiled_type_word(lang: Lang, index: usize, part: usize) -> Option<&'static str> {
    type_table(lang).get(index).map(|t| if part == 0 { t.name } else { t.explain })
}

/// The table of a language other than Czech.
#[cfg(not(target_arch = "wasm32"))]
pub fn strings(lang: Lang) -> Option<&'static Strings> {
    compiled(lang)
}

/// The name (`part` 0) or explanation (1) of the type at `index` in a language other than Czech.
#[cfg(not(target_arch = "wasm32"))]
pub fn type_word(lang: Lang, index: usize, part: usize) -> Option<&'static str> {
    compiled_type_word(lang, index, part)
}

/// In the app, only loaded packs count: it compiles no table but Czech.
#[cfg(all(target_arch = "wasm32", not(feature = "all-langs")))]
fn compiled(_: Lang) -> Option<&'static Strings> {
    None
}

#[cfg(all(target_arch = "wasm32", not(feature = "all-langs")))]
fn compiled_type_word(_: Lang, _: usize, _: usize) -> Option<&'static str> {
    None
}

#[cfg(target_arch = "wasm32")]
mod loaded {
    use super::Lang;
    use std::sync::OnceLock;

    pub static UK: OnceLock<super::Loaded> = OnceLock::new();
    pub static EN: OnceLock<super::Loaded> = OnceLock::new();

    pub fn slot(lang: Lang) -> Option<&'static OnceLock<super::Loaded>> {
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
    loaded::slot(lang).and_then(|s| s.get()).map(|l| l.strings).or_else(|| compiled(lang))
}

/// The name (`part` 0) or explanation (1) of the type at `index` in a loaded language other than Czech.
#[cfg(target_arch = "wasm32")]
pub fn type_word(lang: Lang, index: usize, part: usize) -> Option<&'static str> {
    let loaded =
        loaded::slot(lang).and_then(|s| s.get()).and_then(|l| l.types.get(2 * index + part).copied());
    loaded.or_else(|| compiled_type_word(lang, index, part))
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
            let loaded = parse(lang, &to_json(lang)).expect("own pack");
            assert_eq!(loaded.strings.texts(), lang.strings().texts(), "{lang:?}");
            let index = crate::domain::lexicon::type_index("49").expect("§49");
            assert_eq!(loaded.types.get(2 * index).copied(), type_word(lang, index, 0));
            assert_eq!(loaded.types.get(2 * index + 1).copied(), type_word(lang, index, 1));
        }
    }

    /// A pack cached from another build of the app (one string more or less) is refused as a whole.
    #[test]
    fn pack_from_another_build_is_refused() {
        let mut pack: Pack = crate::domain::json::from_text(&to_json(Lang::Uk)).expect("json");
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
