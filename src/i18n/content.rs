//! The app's own content in English and Ukrainian: the name and plain-language explanation of every legal
//! type of social service and related-service category, keyed like `domain::lexicon::types` (whose Czech
//! texts stay the source). Native only: the language packs are generated from these tables, so the tables
//! themselves never enter the wasm build. The tests below keep each table in step with the Czech one, so a
//! type added in Czech without its translations fails `cargo test` rather than showing a blank.

/// One legal type (by section, e.g. "40") or category (by id) in one language: the name a citizen would
/// understand, and the explanation shown on a service's page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeWords {
    pub key: &'static str,
    pub name: &'static str,
    pub explain: &'static str,
}

pub const fn tw(key: &'static str, name: &'static str, explain: &'static str) -> TypeWords {
    TypeWords { key, name, explain }
}

#[cfg(test)]
mod tests {
    use super::super::{content_en, content_uk};
    use super::TypeWords;
    use crate::domain::law;

    fn czech_keys() -> Vec<&'static str> {
        crate::domain::lexicon::type_keys().collect()
    }

    fn tables() -> [(&'static str, &'static [TypeWords]); 2] {
        [("en", content_en::TYPES), ("uk", content_uk::TYPES)]
    }

    /// The Czech name and explanation of a key, from the law table and the lexicon.
    fn czech(key: &str) -> (&'static str, &'static str) {
        let name = law::law_type(key).map(|t| t.name).or_else(|| law::category(key).map(|c| c.name));
        let explain = crate::domain::lexicon::explain(key);
        (name.unwrap_or_default(), explain.unwrap_or_default())
    }

    #[test]
    fn every_type_and_category_is_translated_once_in_the_czech_order() {
        let keys = czech_keys();
        for (lang, table) in tables() {
            let got: Vec<&str> = table.iter().map(|t| t.key).collect();
            assert_eq!(got, keys, "{lang}: keys must match lexicon::type_keys, in order");
        }
    }

    #[test]
    fn no_translation_is_empty_czech_or_of_another_length_class() {
        for (lang, table) in tables() {
            for t in table {
                let (cs_name, cs_explain) = czech(t.key);
                assert!(!t.name.trim().is_empty() && !t.explain.trim().is_empty(), "{lang} {}: empty", t.key);
                assert_ne!(t.name, cs_name, "{lang} {}: name left in Czech", t.key);
                assert_ne!(t.explain, cs_explain, "{lang} {}: explanation left in Czech", t.key);
                // A faithful translation is about as long as the original; a truncated or padded one is not.
                let (n, c) = (t.explain.chars().count(), cs_explain.chars().count());
                assert!(n * 2 >= c && n <= c * 2, "{lang} {}: {n} characters against Czech {c}", t.key);
                assert_eq!(t.name.trim(), t.name, "{lang} {}: stray spaces", t.key);
                assert_eq!(t.explain.trim(), t.explain, "{lang} {}: stray spaces", t.key);
            }
        }
    }

    /// Why a Ukrainian text is not plain Ukrainian script, if it is not: a letter that is neither Cyrillic
    /// nor part of an abbreviation of two or more capital Latin letters (a Latin "i" or "c" hidden in a
    /// Cyrillic word, a Czech word left over), a Russian-only letter, or an apostrophe other than ʼ (U+02BC).
    fn not_ukrainian_script(text: &str) -> Option<String> {
        for word in text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’')) {
            let latin = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
            if latin > 0
                && !(latin == word.chars().count()
                    && latin >= 2
                    && word.chars().all(|c| c.is_ascii_uppercase()))
            {
                return Some(format!("Latin letters in {word:?}"));
            }
            if let Some(c) = word.chars().find(|c| "ыЫэЭъЪёЁ".contains(*c)) {
                return Some(format!("Russian letter {c} in {word:?}"));
            }
            if word.contains(['\'', '’']) {
                return Some(format!("apostrophe other than ʼ in {word:?}"));
            }
            let cyrillic = |c: char| ('\u{400}'..='\u{4ff}').contains(&c) || c == 'ʼ';
            if let Some(c) = word.chars().find(|c| !c.is_ascii_alphabetic() && !cyrillic(*c)) {
                return Some(format!("non-Cyrillic letter {c} in {word:?}"));
            }
        }
        None
    }

    #[test]
    fn ukrainian_is_written_in_ukrainian_script_only() {
        for t in content_uk::TYPES {
            for text in [t.name, t.explain] {
                assert_eq!(not_ukrainian_script(text), None, "uk {}: {text}", t.key);
            }
        }
    }

    #[test]
    fn the_script_check_can_fail() {
        assert_eq!(not_ukrainian_script("Будинок для літніх людей, § 49, 7 років, СМС і SMS"), None);
        assert!(not_ukrainian_script("Будинок для лiтнiх людей").is_some(), "Latin i inside a Cyrillic word");
        assert!(not_ukrainian_script("домов pro seniory").is_some(), "a Czech word");
        assert!(not_ukrainian_script("Sms").is_some(), "not an abbreviation");
        assert!(not_ukrainian_script("помощь пожилым").is_some(), "Russian ы");
        assert!(not_ukrainian_script("сім'ї").is_some(), "ASCII apostrophe");
        assert!(not_ukrainian_script("péče").is_some(), "Czech letters");
    }

    #[test]
    fn english_is_written_without_czech_letters() {
        for t in content_en::TYPES {
            for text in [t.name, t.explain] {
                let odd = text.chars().find(|c| c.is_alphabetic() && !c.is_ascii_alphabetic());
                assert_eq!(odd, None, "en {}: {text}", t.key);
            }
        }
    }
}
