//! The names and plain-language explanations of legal types and categories in each language: Czech from
//! the law and lexicon tables, Ukrainian and English from their language packs (`content_uk`,
//! `content_en` natively).

use super::{pack, Lang};
use crate::domain::lexicon;

impl Lang {
    /// The name of a legal type (section, e.g. "40") or category (id); `None` for an unknown key.
    pub fn type_name(self, key: &str) -> Option<&'static str> {
        self.type_word(key, 0)
    }

    /// What a legal type or category is, in words a citizen understands.
    pub fn type_explain(self, key: &str) -> Option<&'static str> {
        self.type_word(key, 1)
    }

    fn type_word(self, key: &str, part: usize) -> Option<&'static str> {
        let czech = || match part {
            0 => lexicon::type_name_cs(key),
            _ => lexicon::explain(key),
        };
        match self {
            Lang::Cs => czech(),
            // A language whose pack is missing shows Czech, like the rest of the UI (`Lang::strings`).
            _ => lexicon::type_index(key).and_then(|i| pack::type_word(self, i, part)).or_else(czech),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_words_in_every_language() {
        assert_eq!(Lang::Cs.type_name("49"), Some("domovy pro seniory"));
        for lang in [Lang::Uk, Lang::En] {
            let name = lang.type_name("49").unwrap_or_default();
            assert!(!name.is_empty() && name != "domovy pro seniory", "{lang:?}: {name}");
            assert_ne!(lang.type_explain("40"), Lang::Cs.type_explain("40"));
        }
        assert_eq!(Lang::Uk.type_name("999"), None);
    }
}
