//! Query expansion by lexicon concepts: a concept found in the query stands for kinds of service (legal
//! types, categories) and for the phrases people use for them. Typed services get the concept's boost in
//! `score`; untyped ones ("jiné", as most services of catalogues written by others) are judged here by
//! their own words: the kind's name or a concept phrase in their name puts them in the first tier, in
//! their description in the second.

use super::plan::Plan;
use super::score::{Scores, CONCEPT_W, KIND_IN_DESCRIPTION, STRONG_CONCEPT};
use crate::domain::index::build::kind_id;
use crate::domain::index::{unpack, Index, F_DESCRIPTION, F_KEYWORDS, F_NAME};

/// How much a kind's name found in a service's own name counts, relative to a typed match.
const NAMED_KIND: f32 = 1.0;
/// How much one of a concept's phrases found in a service's own name counts: more than the type a
/// concept lists third, since "Manželská a rodinná poradna" says exactly what the person asked for.
const NAMED_PHRASE: f32 = 1.25;
/// The same for a short single word ("jídlo", "klub"), which says less.
const NAMED_WORD: f32 = 0.6;
/// How much a kind's name (or a phrase of several words) found only in a service's description counts.
const DESCRIBED_KIND: f32 = 0.3;
/// The same for one long word of a concept.
const DESCRIBED_WORD: f32 = 0.15;

/// Concepts expand the query: an untyped service whose own name or keywords carry one of the concept's phrases,
/// or the name of a kind of service the concept points to ("Domov pro seniory Luh", typed only as
/// "jiné"), counts as that kind; one whose description carries them is a weaker, description-tier
/// match. This is what finds real catalogues' untyped services without tuning to their wording.
pub(crate) fn score_expansion(index: &Index, plan: &Plan, s: &mut Scores) {
    let mut docs: Vec<u32> = Vec::new();
    let mut found: Vec<(u32, f32, u8)> = Vec::new();
    // A typed service's type is authoritative (the concept boosts it in `score_concepts`); only
    // untyped ones are judged by their words, so "hygiena" in a care home's name does not make it home care.
    let other = kind_id(None, Some("jine"));
    let untyped = |d: usize| index.doc_kind.get(d).is_some_and(|&k| k == other || k == u16::MAX);
    if plan.concepts.is_empty() || !(0..index.n_docs).any(untyped) {
        return;
    }
    for m in &plan.concepts {
        found.clear();
        for e in expansions(index, m.concept) {
            docs_with_all(index, e.terms, OWN, untyped, &mut docs);
            found.extend(docs.iter().map(|&d| (d, e.named, STRONG_CONCEPT)));
            if e.described > 0.0 {
                docs_with_all(index, e.terms, DESC, untyped, &mut docs);
                found.extend(docs.iter().map(|&d| (d, e.described, KIND_IN_DESCRIPTION)));
            }
        }
        crate::domain::sort::sort_by(&mut found, |a, b| a.0.cmp(&b.0));
        // One expansion per concept and document: the strongest counts, every flag is kept.
        for run in found.chunk_by(|a, b| a.0 == b.0) {
            let d = run[0].0 as usize;
            if d >= s.score.len() {
                continue;
            }
            s.touch(d);
            s.score[d] += run.iter().map(|f| f.1).fold(0.0, f32::max);
            s.mask[d] |= m.mask;
            s.flags[d] |= run.iter().fold(0, |acc, f| acc | f.2);
        }
    }
}

/// One phrase a concept expands to, as index terms, with what finding it counts for.
pub(crate) struct Expansion<'i> {
    pub terms: &'i [u32],
    /// Score when found in the service's name or keywords.
    pub named: f32,
    /// Score when found in its description; 0 when a description match says too little.
    pub described: f32,
}

/// The phrases concept `ci` expands to: the names of the kinds it points to (weighted by their rank
/// in the concept), then its own phrases. In a name, a short single word ("jídlo", "klub") weighs less;
/// in a description a short single word does not count and a long one little: one word in a long text
/// ("domácnost" in a debt counsellor's "rozpočet domácnosti") says little about the service.
pub(crate) fn expansions(index: &Index, ci: usize) -> impl Iterator<Item = Expansion<'_>> {
    let ac = &index.concepts[ci];
    let c = &ac.concept;
    let kinds = c.sections.iter().map(|x| kind_id(Some(x), None));
    let kinds = kinds.chain(c.categories.iter().map(|x| kind_id(None, Some(x))));
    let named = kinds.enumerate().filter_map(move |(pos, kind)| {
        let w = CONCEPT_W * (1.0 - 0.15 * pos as f32).max(0.4);
        let (_, terms) = index.kind_names.iter().find(|k| k.0 == kind)?;
        Some(Expansion { terms, named: w * NAMED_KIND, described: w * DESCRIBED_KIND })
    });
    let own = ac.phrase_ids.iter().map(move |terms| {
        let specific = terms.len() > 1 || terms.iter().any(|&t| index.terms[t as usize].len() >= 5);
        let described = match (terms.len() > 1, specific) {
            (true, _) => CONCEPT_W * DESCRIBED_KIND,
            (false, true) => CONCEPT_W * DESCRIBED_WORD,
            _ => 0.0,
        };
        let named = if specific { NAMED_PHRASE } else { NAMED_WORD };
        Expansion { terms, named: CONCEPT_W * named, described }
    });
    named.chain(own)
}

const OWN: u8 = 1 << F_NAME | 1 << F_KEYWORDS;
const DESC: u8 = 1 << F_DESCRIPTION;

/// Whether `doc` has every one of `terms` in one of `fields`, and which: (in name or keywords, in
/// the description).
pub(crate) fn doc_has_all(index: &Index, terms: &[u32], doc: usize) -> (bool, bool) {
    let fields: Vec<u8> = terms.iter().map(|&t| fields_of(index, t, doc)).collect();
    (fields.iter().all(|f| f & OWN != 0), fields.iter().all(|f| f & DESC != 0))
}

/// Untyped documents having every one of `terms` in one of `fields` (own postings only), in document
/// order. Walks the rarest term's postings and looks the others up, so common words cost little.
fn docs_with_all(
    index: &Index,
    terms: &[u32],
    fields: u8,
    untyped: impl Fn(usize) -> bool,
    out: &mut Vec<u32>,
) {
    out.clear();
    let Some(&rare) = terms.iter().min_by_key(|&&t| index.postings_of(t as usize).len()) else { return };
    let mut last = u32::MAX;
    for &p in index.postings_of(rare as usize) {
        let d = p >> 8;
        if d == last || fields & (1 << unpack(p).1) == 0 || !untyped(d as usize) {
            continue;
        }
        last = d;
        if terms.iter().all(|&t| t == rare || fields_of(index, t, d as usize) & fields != 0) {
            out.push(d);
        }
    }
}

/// The fields of `doc` in which term `t` occurs (own postings only), as a bit set.
fn fields_of(index: &Index, t: u32, doc: usize) -> u8 {
    let p = index.postings_of(t as usize);
    let from = p.partition_point(|x| (x >> 8) < doc as u32);
    p[from..].iter().take_while(|x| (*x >> 8) == doc as u32).fold(0u8, |f, &x| f | 1 << unpack(x).1)
}
