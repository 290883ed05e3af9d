//! Query analysis: the typed text becomes tokens, each with the index terms it may match (exact stem,
//! typo variants, completions of the word being typed), plus the lexicon concepts its phrases name.
//! An English or Ukrainian query (`detect`) is read with that language's keys and lexicon (`foreign`):
//! its concepts are the Czech ones, so the same services rank first; its words still meet the index only
//! exactly, without typo or completion guesses across languages.

pub(crate) use super::concepts::ConceptMatch;
use super::concepts::{match_concepts, twins};
use crate::domain::index::Index;
use crate::domain::lexicon::foreign::{self, ForeignLexicon};
use crate::domain::text::lang::{self, LexLang};
use crate::domain::text::{self, fuzzy, stop};
use std::sync::Arc;

/// How much a non-exact expansion counts relative to an exact match.
const PREFIX_WEIGHT: f32 = 0.8;
const PREFIX_WEIGHT_AFTER_EXACT: f32 = 0.3;
const FUZZY_WEIGHT: f32 = 0.7;
const MAX_PREFIX: usize = 40;
const MAX_FUZZY: usize = 12;
/// More tokens than this are ignored (the match mask is a u32).
const MAX_TOKENS: usize = 32;

/// One query word.
#[derive(Debug, Clone)]
pub(crate) struct QTok {
    /// Byte range of the word in the query text.
    pub span: (usize, usize),
    /// Lowercase without diacritics (Czech), or the unstemmed key (English, Ukrainian).
    pub folded: String,
    /// The lexicon key in the query's language: the index term for Czech.
    pub key: String,
    /// Too general to justify a result on its own (see `text::stop::is_weak`).
    pub weak: bool,
    /// Index terms this word matches, with their weight; exact first.
    pub exp: Vec<(usize, f32)>,
    pub fuzzy_only: bool,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Plan {
    pub text: String,
    pub toks: Vec<QTok>,
    pub concepts: Vec<ConceptMatch>,
    /// Tokens that count towards coverage.
    pub meaningful: u32,
    /// How many meaningful tokens a result must cover.
    pub need: u32,
    /// The same for a result whose type a matched concept names.
    pub need_with_concept: u32,
}

impl Plan {
    /// Whether a service matched in its description only, covering `covered` query words, is a
    /// result: when the query names a kind of social help (a lexicon concept), the same share of words
    /// as a typed match; otherwise every meaningful word of a query of two or more, since one stray
    /// word in a long text ("oprava" in "drobné opravy v domácnosti") says nothing about the need.
    pub fn described(&self, covered: u32) -> bool {
        let m = self.meaningful.count_ones();
        if self.concepts.is_empty() {
            m >= 2 && (covered & self.meaningful).count_ones() == m
        } else {
            (covered & self.meaningful).count_ones() >= self.need_with_concept
        }
    }
}

pub(crate) fn plan(index: &Index, query: &str) -> Plan {
    let tables = foreign::tables();
    let (lang, tied) = detect(index, &tables, query);
    let typing = !query.ends_with(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
    let (mut toks, mut concepts) = read(index, &tables, query, lang, typing);
    // A tie between Czech and another language ("care home": both lexicons know both words) goes to
    // Czech, unless Czech finds no concept there and the other language does.
    if let Some(other) = tied.filter(|_| concepts.is_empty()) {
        let (t, c) = read(index, &tables, query, other, typing);
        if !c.is_empty() {
            (toks, concepts) = (t, c);
        }
    }
    let all: u32 = (0..toks.len()).fold(0, |m, i| m | (1 << i));
    let strong: u32 = toks.iter().enumerate().filter(|(_, t)| !t.weak).fold(0, |m, (i, _)| m | (1 << i));
    let meaningful = if strong == 0 { all } else { strong };
    let m = meaningful.count_ones();
    // At least 60 % of the meaningful words must match: one stray word is not enough in a longer query.
    let need = if m == 0 { 0 } else { (m * 3).div_ceil(5) };
    let need_with_concept = m.div_ceil(3);
    Plan { text: query.to_string(), toks, concepts, meaningful, need, need_with_concept }
}

/// The query's tokens and concepts read in `lang`.
fn read(
    index: &Index,
    tables: &[Arc<ForeignLexicon>],
    query: &str,
    lang: LexLang,
    typing: bool,
) -> (Vec<QTok>, Vec<ConceptMatch>) {
    let table = tables.iter().find(|t| t.lang == lang).map(Arc::as_ref);
    let mut toks = match table.filter(|_| lang != LexLang::Cs) {
        None => czech_tokens(index, query, typing),
        Some(t) => foreign_tokens(index, query, t),
    };
    toks.truncate(MAX_TOKENS);
    let concepts = match table.filter(|_| lang != LexLang::Cs) {
        None => match_concepts(&mut index.concepts.iter().map(|c| &c.phrases), &toks, typing),
        Some(t) => twins(t, match_concepts(&mut t.concepts.iter().map(|c| &c.phrases), &toks, typing)),
    };
    (toks, concepts)
}

/// The language a query is read in: Cyrillic is Ukrainian; Latin letters are Czech unless more of the
/// words are English (or Ukrainian in Latin letters) than Czech, counting function words and words the
/// lexicon of each language knows (for Czech also the catalogue's own words, and its diacritics). A tie
/// is Czech, so a Czech query is read exactly as before; the language it tied with comes second.
pub(crate) fn detect(
    index: &Index,
    tables: &[Arc<ForeignLexicon>],
    query: &str,
) -> (LexLang, Option<LexLang>) {
    if lang::is_cyrillic(query) {
        return (LexLang::Uk, None);
    }
    let words = lang::words_with_apostrophes(query);
    let czech = |w: &str| -> usize {
        let f = text::fold(w);
        if stop::is_stop(&f) || stop::is_weak(&f) {
            return usize::from(f.chars().count() > 1);
        }
        let k = text::stem::stem(&f);
        let known = index.term_id(&k).is_some()
            || index.concepts.iter().any(|c| c.phrases.iter().flatten().any(|t| *t == k));
        2 * usize::from(!w.is_ascii()) + usize::from(known)
    };
    let votes = |l: LexLang| -> usize {
        let table = tables.iter().find(|t| t.lang == l);
        words
            .iter()
            .map(|&(_, w)| match (l, table) {
                (LexLang::Cs, _) => czech(w),
                (_, Some(t)) if t.is_stop(w) || t.is_weak(w) => usize::from(w.chars().count() > 1),
                (_, Some(t)) => usize::from(t.key(w).is_some_and(|k| t.knows(&k))),
                (_, None) => 0,
            })
            .sum()
    };
    let (cs, en, uk) = (votes(LexLang::Cs), votes(LexLang::En), votes(LexLang::Uk));
    if en > cs && en >= uk {
        (LexLang::En, None)
    } else if uk > cs && uk > en {
        (LexLang::Uk, None)
    } else if cs > 0 && en == cs {
        (LexLang::Cs, Some(LexLang::En))
    } else if cs > 0 && uk == cs {
        (LexLang::Cs, Some(LexLang::Uk))
    } else {
        (LexLang::Cs, None)
    }
}

/// Czech tokens: the index's own analysis, with typo guesses and completions of the word being typed.
fn czech_tokens(index: &Index, query: &str, typing: bool) -> Vec<QTok> {
    let mut analyzed = text::analyze(query, index.mode);
    analyzed.truncate(MAX_TOKENS);
    let last = analyzed.len().saturating_sub(1);
    analyzed
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let weak = stop::is_weak(&t.folded);
            let start = t.surface.as_ptr() as usize - query.as_ptr() as usize;
            let span = (start, start + t.surface.len());
            let mut exp = Vec::new();
            if let Some(id) = index.term_id(&t.term) {
                exp.push((id, 1.0));
            }
            if typing && i == last && t.folded.len() >= 3 {
                // Completions of the word being typed; weaker when the word is already a known word,
                // so "auto" prefers "auto" to "autista".
                let w = if exp.is_empty() { PREFIX_WEIGHT } else { PREFIX_WEIGHT_AFTER_EXACT };
                for id in index.prefix_terms(&t.folded, MAX_PREFIX) {
                    if !exp.iter().any(|e| e.0 == id) {
                        exp.push((id, w));
                    }
                }
            }
            let mut fuzzy_only = false;
            // Typo guesses only for words that matter: "maminka" must not become "miminko".
            if exp.is_empty() && !weak {
                fuzzy_terms(index, &t.term, fuzzy::allowed_edits(t.folded.chars().count()), &mut exp);
                fuzzy_only = !exp.is_empty();
            }
            QTok { span, key: t.term, folded: t.folded, weak, exp, fuzzy_only }
        })
        .collect()
}

/// English or Ukrainian tokens: keys of that language for the lexicon; the Czech analysis of the word
/// meets the index only exactly ("autism" finds "autismus"), so a foreign word never turns into a
/// Czech one by a typo guess.
fn foreign_tokens(index: &Index, query: &str, table: &ForeignLexicon) -> Vec<QTok> {
    lang::words_with_apostrophes(query)
        .into_iter()
        .filter_map(|(start, w)| {
            let key = table.key(w)?;
            let folded = lang::unstemmed(table.lang, w);
            let term = text::stem::stem_with(&text::fold(w), index.mode);
            let exp = index.term_id(&term).map(|id| vec![(id, 1.0)]).unwrap_or_default();
            let weak = table.is_weak(w);
            Some(QTok { span: (start, start + w.len()), folded, key, weak, exp, fuzzy_only: false })
        })
        .collect()
}

fn fuzzy_terms(index: &Index, term: &str, k: usize, out: &mut Vec<(usize, f32)>) {
    let Some(&first) = term.as_bytes().first() else { return };
    if k == 0 {
        return;
    }
    let len = term.len();
    for l in len.saturating_sub(k)..=len + k {
        for &id in index.by_len.get(l).map(Vec::as_slice).unwrap_or(&[]) {
            let cand = index.terms[id as usize].as_bytes();
            // Typos in the first letter are rare, and allowing them matched "oprava" to "doprava".
            if cand.first() == Some(&first) && fuzzy::within(term.as_bytes(), cand, k) {
                out.push((id as usize, FUZZY_WEIGHT));
                if out.len() >= MAX_FUZZY {
                    return;
                }
            }
        }
    }
}
