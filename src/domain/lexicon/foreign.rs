//! The English and Ukrainian lexicons: the Czech concept table translated line for line
//! (`concepts-en.tsv`, `concepts-uk.tsv`, same format, plus the language's function and weak words as
//! "-stop:" and "-weak:" lists). Each line's phrases become matching keys of its language (`key`), and the line is tied to the Czech concept with the same targets (its
//! twin; the same line number when the targets agree), so a concept found in an English or Ukrainian
//! query is that Czech concept: the same types, groups, danger and expansion. Only the query side
//! changes, so the search index over services never needs rebuilding when a lexicon arrives.
//!
//! Native builds (`katalog`, tests) include both files. The browser app does not: they would add some
//! 20 KB to the first load, so it fetches them after start-up and hands them to `extend`.

use std::sync::{Arc, RwLock};

use super::analysis::Analysis;
use super::parse::LexiconError;
use crate::domain::text::lang::{self, LexLang};

/// One translated concept line.
#[derive(Debug, Clone, PartialEq)]
pub struct ForeignConcept {
    /// Position of the Czech concept it translates, in `lexicon::concepts()` (and the index's concepts).
    pub twin: usize,
    /// The phrases as matching keys, function words dropped.
    pub phrases: Vec<Vec<String>>,
}

/// One language's lexicon, analysed.
#[derive(Debug, Clone, PartialEq)]
pub struct ForeignLexicon {
    pub lang: LexLang,
    pub concepts: Vec<ForeignConcept>,
    /// Every key of every phrase, repeats included: whether a word is known in this language
    /// (`rank::plan` reads a Latin query as English or Ukrainian when more of its words are known there
    /// than in Czech).
    pub keys: Vec<String>,
    /// Function words and weak words as unstemmed keys. These short lists are searched linearly.
    pub stop: Vec<String>,
    pub weak: Vec<String>,
}

fn listed(list: &[String], key: &str) -> bool {
    list.iter().any(|k| k == key)
}

impl ForeignLexicon {
    /// Whether some phrase of this lexicon has the (stemmed) key.
    pub fn knows(&self, key: &str) -> bool {
        listed(&self.keys, key)
    }

    /// The matching key of a word, or `None` for a function word or a word of one letter.
    pub fn key(&self, word: &str) -> Option<String> {
        // The unstemmed form once: it was computed again by `is_stop`, which made this the largest part
        // of installing a lexicon on a phone (issue 16, long tasks).
        let k = lang::unstemmed(self.lang, word);
        (k.chars().count() >= 2 && !listed(&self.stop, &k)).then(|| lang::stem(self.lang, &k))
    }

    pub fn is_stop(&self, word: &str) -> bool {
        listed(&self.stop, &lang::unstemmed(self.lang, word))
    }

    pub fn is_weak(&self, word: &str) -> bool {
        listed(&self.weak, &lang::unstemmed(self.lang, word))
    }

    /// The keys of a phrase, function words dropped.
    pub fn phrase_keys(&self, phrase: &str) -> Vec<String> {
        lang::words_with_apostrophes(phrase).into_iter().filter_map(|(_, w)| self.key(w)).collect()
    }
}

static TABLES: RwLock<Vec<Arc<ForeignLexicon>>> = RwLock::new(Vec::new());

#[cfg(not(target_arch = "wasm32"))]
const BUILT_IN: [(LexLang, &str); 2] =
    [(LexLang::En, include_str!("concepts-en.tsv")), (LexLang::Uk, include_str!("concepts-uk.tsv"))];

/// Parses and analyses a lexicon of `lang` without installing it, in one go (the browser runs the
/// steps itself, pausing between them).
pub fn analyse(lang: LexLang, text: &str) -> Result<ForeignLexicon, LexiconError> {
    let mut analysis = Analysis::new(lang, text)?;
    while analysis.step()? {}
    analysis.finish()
}

/// Installs (or replaces) the lexicon of `lang` for every search from now on; returns how many
/// concepts it holds. A bad file changes nothing.
pub fn extend(lang: LexLang, text: &str) -> Result<usize, LexiconError> {
    Ok(install(analyse(lang, text)?))
}

/// Installs (or replaces) an analysed lexicon; returns how many concepts it holds.
pub fn install(lexicon: ForeignLexicon) -> usize {
    let lang = lexicon.lang;
    let n = lexicon.concepts.len();
    let mut tables = TABLES.write().unwrap_or_else(|e| e.into_inner());
    tables.retain(|t| t.lang != lang);
    tables.push(Arc::new(lexicon));
    n
}

/// Whether a lexicon of `lang` is installed.
pub fn installed(lang: LexLang) -> bool {
    tables().iter().any(|t| t.lang == lang)
}

/// The installed lexicons. Native builds install the built-in files on first use.
pub fn tables() -> Vec<Arc<ForeignLexicon>> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        static BUILT: std::sync::Once = std::sync::Once::new();
        BUILT.call_once(|| {
            for (lang, text) in BUILT_IN {
                // A bad built-in file fails `every_czech_concept_has_an_english_and_ukrainian_line`.
                let _ = extend(lang, text);
            }
        });
    }
    TABLES.read().map(|t| t.clone()).unwrap_or_else(|e| e.into_inner().clone())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::parse::{self, LexiconErrorKind};
    use super::*;

    /// Every concept line of the Czech table has a line in each translation pointing to the same targets,
    /// the same line number of concepts, so the files read side by side.
    #[test]
    fn every_czech_concept_has_an_english_and_ukrainian_line() {
        let czech = parse::lines(super::super::czech_tsv()).expect("concepts.tsv");
        for (lang, text) in BUILT_IN {
            let lexicon = analyse(lang, text).unwrap_or_else(|e| panic!("{}: {e:?}", lang.code()));
            assert_eq!(lexicon.concepts.len(), czech.len(), "{}: one line per Czech line", lang.code());
            for (i, c) in lexicon.concepts.iter().enumerate() {
                assert_eq!(
                    c.twin,
                    i,
                    "{}: concept line {} points elsewhere than Czech line {}",
                    lang.code(),
                    i + 1,
                    i + 1
                );
                assert!(
                    c.phrases.len() >= 3,
                    "{}: concept line {} has fewer than 3 phrases",
                    lang.code(),
                    i + 1
                );
            }
        }
        assert!(installed(LexLang::En) && installed(LexLang::Uk));
    }

    #[test]
    fn a_translation_without_czech_counterpart_is_refused() {
        let e = analyse(LexLang::En, "fine => 40 39 44\nodd => 40 41 42 43 44 45").unwrap_err();
        assert_eq!(e, LexiconError { line: 2, kind: LexiconErrorKind::NoCzechCounterpart });
        let ok = analyse(LexLang::En, "# header\n-stop: at\nhome care; care at home => 40 39 44").unwrap();
        assert_eq!(ok.concepts[0].twin, 0);
        assert_eq!(ok.concepts[0].phrases, [vec!["hom", "car"], vec!["car", "hom"]]);
        assert!(ok.knows("car") && !ok.knows("at"));
    }

    /// The function and weak words come with each lexicon file, not with the code.
    #[test]
    fn stop_and_weak_words_come_with_the_file() {
        let t = tables();
        let uk = t.iter().find(|t| t.lang == LexLang::Uk).expect("uk");
        let en = t.iter().find(|t| t.lang == LexLang::En).expect("en");
        assert!(uk.is_stop("для") && uk.is_stop("Для") && !uk.is_stop("без"), "'без житла' means something");
        assert!(uk.is_weak("Допомога") && uk.is_weak("dopomoha"));
        assert_eq!(uk.key("для"), None);
        assert_eq!(uk.phrase_keys("насильство в сім'ї"), uk.phrase_keys("nasylstvo v simyi"));
        assert!(en.is_stop("My") && en.is_weak("help") && !en.is_weak("debt"));
        assert_eq!(en.phrase_keys("help with the shopping"), ["help", "shop"]);
    }
}
