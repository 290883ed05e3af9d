//! The lexicon concepts a query names: which concepts' phrases occur in its words (equal, within the
//! typo budget, or completing the word being typed), with a phrase inside a longer matched one dropped,
//! and an English or Ukrainian match renumbered to the Czech concept it translates (`twins`).

use super::plan::{Plan, QTok};
use crate::domain::lexicon::foreign::ForeignLexicon;
use crate::domain::text::fuzzy;

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

/// Foreign concept matches, renumbered to the Czech concepts they translate; two lines translating one
/// concept make one match covering both lines' words.
pub(super) fn twins(table: &ForeignLexicon, found: Vec<ConceptMatch>) -> Vec<ConceptMatch> {
    let mut out: Vec<ConceptMatch> = Vec::new();
    for m in found {
        let Some(twin) = table.concepts.get(m.concept).map(|c| c.twin) else { continue };
        match out.iter_mut().find(|o| o.concept == twin) {
            Some(o) => {
                o.mask |= m.mask;
                if m.len > o.len {
                    *o = ConceptMatch { concept: twin, mask: o.mask, ..m };
                }
            }
            None => out.push(ConceptMatch { concept: twin, ..m }),
        }
    }
    out
}

/// Whether a phrase term matches a query token: equal, within the typo budget, or (for the word being
/// typed) a completion of it.
fn term_matches(phrase: &str, tok: &QTok, completing: bool) -> bool {
    if phrase == tok.key {
        return true;
    }
    let k = if tok.weak { 0 } else { fuzzy::allowed_edits(tok.folded.chars().count()) };
    if k > 0
        && phrase.len() >= 5
        && phrase.as_bytes()[0] == tok.key.as_bytes()[0]
        && fuzzy::within(phrase.as_bytes(), tok.key.as_bytes(), k)
    {
        return true;
    }
    // Four letters at least: "pes" being typed must not complete to "pěstoun" and name foster care.
    completing && tok.folded.len() >= 4 && phrase.starts_with(tok.folded.as_str())
}

/// The concepts whose phrases (as keys, one list per concept) occur in the query, numbered by position.
/// One instantiation for both sources (`dyn`), to keep the first load small.
pub(super) fn match_concepts(
    concepts: &mut dyn Iterator<Item = &Vec<Vec<String>>>,
    toks: &[QTok],
    typing: bool,
) -> Vec<ConceptMatch> {
    let mut found: Vec<ConceptMatch> = Vec::new();
    for (ci, phrases) in concepts.enumerate() {
        let mut best: Option<ConceptMatch> = None;
        let mut mask = 0u32;
        for (pi, p) in phrases.iter().enumerate() {
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
