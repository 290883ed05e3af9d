//! The search lexicon: how people talk about their needs, mapped onto the catalogue's terms.
//! - `types` (`types.tsv`): a plain-Czech explanation of every legal type and category, and the
//!   everyday words for it (indexed with every service of that type); fetched by the browser with the
//!   Czech concept table.
//! - `concepts.tsv`: everyday words and phrases ("domov důchodců", "nemám kde spát", "bije mě") and the
//!   legal types, categories and target groups they point to, plus whether they signal danger.
//!
//! - `concepts-en.tsv`, `concepts-uk.tsv`: the same concepts in English and Ukrainian, line for line
//!   (`foreign`); native builds include them, the browser fetches them after start-up.
//!
//! The concept table is a data file so that it reads like a glossary and can grow without code changes;
//! it is parsed once when the index is built. Tests check every reference resolves.

pub mod analysis;
pub mod foreign;
pub mod parse;
pub mod types;

pub use parse::{LexiconError, LexiconErrorKind};

use crate::domain::law;
use crate::domain::snapshot::TargetGroup;

/// The Czech concept table. Native builds (the CLI, tests) compile it in; the browser fetches it while the
/// first catalogue loads (`install_czech`), so that the first load does not carry it (issue 13's size).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn czech_tsv() -> &'static str {
    include_str!("lexicon/concepts.tsv")
}

#[cfg(target_arch = "wasm32")]
static CZECH: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

/// The Czech concept table; empty in the browser until it has been installed.
#[cfg(target_arch = "wasm32")]
pub(crate) fn czech_tsv() -> &'static str {
    CZECH.get().copied().unwrap_or("")
}

/// Installs the Czech concept table the browser fetched. A file with a bad line changes nothing (the
/// search then works from the catalogue's own words). Kept for the page's life, so it is leaked.
#[cfg(target_arch = "wasm32")]
pub fn install_czech(text: String) -> Result<(), LexiconError> {
    parse::lines(&text)?;
    let _ = CZECH.set(text.leak());
    Ok(())
}

/// Whether the Czech concept table is here (always natively).
pub fn czech_installed() -> bool {
    !czech_tsv().is_empty()
}

/// One concept: phrases people say, and what in the catalogue they mean.
#[derive(Debug, Clone, PartialEq)]
pub struct Concept {
    /// The first phrase, used when explaining a match.
    pub label: &'static str,
    pub phrases: Vec<&'static str>,
    /// Law sections, most fitting first.
    pub sections: Vec<&'static str>,
    pub categories: Vec<&'static str>,
    pub groups: Vec<TargetGroup>,
    /// The place among the concept's types of each section, then each category: most fitting first.
    pub ranks: Vec<u8>,
    /// Violence, suicidal thoughts, a child at risk: crisis lines go first.
    pub danger: bool,
}

/// Parses the concept table. Malformed lines are reported by the unit tests, and skipped at run time
/// rather than failing a user's search.
pub fn concepts() -> Vec<Concept> {
    czech_tsv().lines().filter_map(parse_line).collect()
}

fn parse_line(line: &'static str) -> Option<Concept> {
    let l = parse::line(line).ok()??;
    Some(Concept {
        label: l.phrases.first()?,
        phrases: l.phrases,
        sections: l.sections,
        categories: l.categories,
        groups: l.groups,
        ranks: l.ranks,
        danger: l.danger,
    })
}

/// A plain-Czech explanation of a legal type (by section, e.g. "40") or a related-service category (by id),
/// for the service detail page.
pub fn explain(section_or_category: &str) -> Option<&'static str> {
    type_text(section_or_category).map(|t| t.explain)
}

/// The everyday words for a legal type or category (empty when unknown).
pub fn type_words(section_or_category: &str) -> &'static str {
    type_text(section_or_category).map_or("", |t| t.words)
}

/// How many legal types and categories there are.
pub fn type_count() -> usize {
    law::LAW_TYPES.len() + law::CATEGORIES.len()
}

/// Every legal type's section, then every category's id: the order in which every language's names and
/// explanations are kept (`types.tsv`, the language packs).
pub fn type_keys() -> impl Iterator<Item = &'static str> {
    law::LAW_TYPES.iter().map(|t| t.section).chain(law::CATEGORIES.iter().map(|c| c.id))
}

/// The position of a legal type or category in `type_keys`.
pub fn type_index(key: &str) -> Option<usize> {
    type_keys().position(|k| k == key)
}

fn type_text(key: &str) -> Option<&'static types::TypeText> {
    types::texts().iter().find(|t| t.key == key)
}

/// The Czech display name of a target group, e.g. "senioři".
pub fn group_name(group: TargetGroup) -> &'static str {
    group_entry(group).map_or(group.slug(), |g| g.1)
}

/// The everyday words for a target group.
pub fn group_words(group: TargetGroup) -> &'static str {
    group_entry(group).map_or("", |g| g.2)
}

fn group_entry(group: TargetGroup) -> Option<&'static (&'static str, &'static str, &'static str)> {
    types::GROUP_TEXTS.iter().find(|g| g.0 == group.slug())
}

/// The key of a service's type, as the law tables spell it: its section if the act knows it, else its
/// category id if that is known. Reasons carry the key; `i18n` names it per language.
pub fn type_key(section: Option<&str>, category: Option<&str>) -> Option<&'static str> {
    section
        .and_then(law::law_type)
        .map(|t| t.section)
        .or_else(|| category.and_then(law::category).map(|c| c.id))
}

/// The Czech display name of a service's type: the law type's name or the category's name.
pub fn type_name(section: Option<&str>, category: Option<&str>) -> Option<&'static str> {
    type_key(section, category).and_then(type_name_cs)
}

/// The Czech name of a type by its key (a section or a category id).
pub fn type_name_cs(key: &str) -> Option<&'static str> {
    law::law_type(key).map(|t| t.name).or_else(|| law::category(key).map(|c| c.name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_concept_line_parses_and_resolves() {
        let lines = czech_tsv().lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        for line in lines {
            let c = parse_line(line).unwrap_or_else(|| panic!("bad line: {line}"));
            for s in &c.sections {
                assert!(law::law_type(s).is_some(), "unknown section {s} in {line}");
            }
            for id in &c.categories {
                assert!(law::category(id).is_some(), "unknown category {id} in {line}");
            }
            assert!(!c.sections.is_empty() || !c.categories.is_empty() || !c.groups.is_empty(), "{line}");
        }
        assert!(concepts().len() > 40);
        assert!(concepts().iter().any(|c| c.danger && c.phrases.contains(&"bije mě")));
    }

    #[test]
    fn every_type_and_category_is_explained() {
        for t in law::LAW_TYPES {
            assert!(explain(t.section).is_some_and(|e| e.len() > 30), "{}", t.section);
            assert!(!type_words(t.section).is_empty(), "{}", t.section);
        }
        for c in law::CATEGORIES {
            assert!(explain(c.id).is_some(), "{}", c.id);
        }
        assert_eq!(types::texts().len(), type_count());
        for g in TargetGroup::ALL {
            assert!(group_entry(g).is_some(), "{}", g.slug());
        }
        assert_eq!(explain("99"), None);
    }
}
