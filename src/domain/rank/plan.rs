//! Query analysis: the typed text becomes tokens, each with the index terms it may match (exact stem,
//! typo variants, completions of the word being typed), plus the lexicon concepts its phrases name.

use crate::domain::index::Index;
use crate::domain::text::{self, fuzzy, stop};

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
    pub folded: String,
    pub term: String,
    /// Too general to justify a result on its own (see `text::stop::is_weak`).
    pub weak: bool,
    /// Index terms this word matches, with their weight; exact first.
    pub exp: Vec<(usize, f32)>,
    pub fuzzy_only: bool,
}

/// A lexicon concept found in the query, covering tokens `start..start + len`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ConceptMatch {
    pub concept: usize,
    /// Which of the concept's phrases matched.
    pub phrase: usize,
    pub start: usize,
    pub len: usize,
    /// Every query word any of the concept's phrases matched.
    pub mask: u32,
}

impl ConceptMatch {
    /// The words of the query this match covers, as typed (with the stop words between them).
    pub fn said<'p>(&self, plan: &'p Plan) -> &'p str {
        let from = plan.toks[self.start].span.0;
        let to = plan.toks[self.start + self.len - 1].span.1;
        plan.text.get(from..to).unwrap_or("")
    }

    pub fn span_mask(&self) -> u32 {
        (self.start..self.start + self.len).fold(0, |m, i| m | (1 << i))
    }
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
    let mut analyzed = text::analyze(query, index.mode);
    analyzed.truncate(MAX_TOKENS);
    let typing = !query.ends_with(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
    let last = analyzed.len().saturating_sub(1);
    let toks: Vec<QTok> = analyzed
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
            QTok { span, folded: t.folded, term: t.term, weak, exp, fuzzy_only }
        })
        .collect();
    let concepts = match_concepts(index, &toks, typing);
    let all: u32 = (0..toks.len()).fold(0, |m, i| m | (1 << i));
    let strong: u32 = toks.iter().enumerate().filter(|(_, t)| !t.weak).fold(0, |m, (i, _)| m | (1 << i));
    let meaningful = if strong == 0 { all } else { strong };
    let m = meaningful.count_ones();
    // At least 60 % of the meaningful words must match: one stray word is not enough in a longer query.
    let need = if m == 0 { 0 } else { (m * 3).div_ceil(5) };
    let need_with_concept = m.div_ceil(3);
    Plan { text: query.to_string(), toks, concepts, meaningful, need, need_with_concept }
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

/// Whether a phrase term matches a query token: equal, within the typo budget, or (for the word being
/// typed) a completion of it.
fn term_matches(phrase: &str, tok: &QTok, completing: bool) -> bool {
    if phrase == tok.term {
        return true;
    }
    let k = if tok.weak { 0 } else { fuzzy::allowed_edits(tok.folded.chars().count()) };
    if k > 0
        && phrase.len() >= 5
        && phrase.as_bytes()[0] == tok.term.as_bytes()[0]
        && fuzzy::within(phrase.as_bytes(), tok.term.as_bytes(), k)
    {
        return true;
    }
    // Four letters at least: "pes" being typed must not complete to "pěstoun" and name foster care.
    completing && tok.folded.len() >= 4 && phrase.starts_with(tok.folded.as_str())
}

fn match_concepts(index: &Index, toks: &[QTok], typing: bool) -> Vec<ConceptMatch> {
    let mut found: Vec<ConceptMatch> = Vec::new();
    for (ci, c) in index.concepts.iter().enumerate() {
        let mut best: Option<ConceptMatch> = None;
        let mut mask = 0u32;
        for (pi, p) in c.phrases.iter().enumerate() {
            if p.len() > toks.len() {
                continue;
            }
            for start in 0..=toks.len() - p.len() {
                let ok = p.iter().enumerate().all(|(j, term)| {
                    let at = start + j;
                    term_matches(term, &toks[at], typing && at + 1 == toks.len())
                });
                if ok {
                    let m = ConceptMatch { concept: ci, phrase: pi, start, len: p.len(), mask: 0 };
                    mask |= m.span_mask();
                    if best.is_none_or(|b| p.len() > b.len) {
                        best = Some(m);
                    }
                }
            }
        }
        // Several phrases of one concept ("náramek … spadne") all count as covered words.
        found.extend(best.map(|b| ConceptMatch { mask, ..b }));
    }
    // A phrase inside a longer matched phrase is dropped: "kde spát" inside "nemám kde spát".
    let all = found.clone();
    found.retain(|m| {
        !all.iter().any(|o| o.len > m.len && o.start <= m.start && o.start + o.len >= m.start + m.len)
    });
    found
}
