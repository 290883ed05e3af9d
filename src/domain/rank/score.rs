//! Scoring: BM25F over the index fields for each query word, plus boosts for services whose legal type
//! or category a matched lexicon concept or a chosen life situation points to. Alongside the score it
//! records which query words each service covers and whether a match is strong enough to show.

use super::plan::Plan;
use crate::domain::index::build::{group_bit, group_bits, kind_id};
use crate::domain::index::{
    unpack, Index, FIELD_B, FIELD_WEIGHT, F_DESCRIPTION, F_KEYWORDS, F_NAME, F_TYPE, NF, STRONG_FIELD,
};
use crate::domain::snapshot::LifeSituation;

const K1: f32 = 1.2;
/// Boost for a service of the type a concept names first; later types get less.
const CONCEPT_W: f32 = 4.0;
/// Boost for a service of a type a chosen life situation names first.
const SITUATION_W: f32 = 5.0;
const GROUP_W: f32 = 0.8;

/// A text match in a field that can justify the result.
pub(crate) const STRONG_TEXT: u8 = 1;
/// A concept pointed at the service's type.
pub(crate) const STRONG_CONCEPT: u8 = 2;
/// A chosen life situation pointed at the service.
pub(crate) const STRONG_SITUATION: u8 = 4;
/// A query word (exact or completed, not a typo guess) found in the service's description.
pub(crate) const IN_DESCRIPTION: u8 = 8;
/// The name of a kind of service a concept points to is found in the service's description.
pub(crate) const KIND_IN_DESCRIPTION: u8 = 16;
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

/// Per-document accumulators for one search.
pub(crate) struct Scores {
    pub score: Vec<f32>,
    pub mask: Vec<u32>,
    pub flags: Vec<u8>,
    pub touched: Vec<u32>,
}

impl Scores {
    pub fn new(n: usize) -> Scores {
        Scores { score: vec![0.0; n], mask: vec![0; n], flags: vec![0; n], touched: Vec::new() }
    }

    fn touch(&mut self, d: usize) {
        if self.score[d] == 0.0 && self.mask[d] == 0 && self.flags[d] == 0 {
            self.touched.push(d as u32);
        }
    }
}

fn idf(index: &Index, df: u32) -> f32 {
    let n = index.n_docs as f32;
    let df = df as f32;
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// Adds every query word's BM25F contribution.
pub(crate) fn score_text(index: &Index, plan: &Plan, s: &mut Scores) {
    let mut acc = vec![0f32; index.n_docs];
    let mut hit: Vec<u32> = Vec::new();
    let mut sh_acc = vec![0f32; index.sh_len.len()];
    let mut sh_strong = vec![false; index.sh_len.len()];
    let mut sh_hit: Vec<u32> = Vec::new();
    for (i, tok) in plan.toks.iter().enumerate() {
        if tok.exp.is_empty() {
            continue;
        }
        let counts = plan.meaningful & (1 << i) != 0;
        let max_df = tok.exp.iter().map(|e| index.df[e.0]).max().unwrap_or(0);
        let w_idf = idf(index, max_df);
        let mut strong_docs: Vec<u32> = Vec::new();
        let mut desc_docs: Vec<u32> = Vec::new();
        for &(tid, w) in &tok.exp {
            let exactish = |f: usize| !tok.fuzzy_only || matches!(f, F_NAME | F_TYPE | F_KEYWORDS);
            for &p in index.postings_of(tid) {
                let (d, f, tf) = unpack(p);
                let len = f32::from(index.field_len[d * NF + f]);
                if acc[d] == 0.0 {
                    hit.push(d as u32);
                }
                acc[d] += w * FIELD_WEIGHT[f] * tf as f32 / norm(index, f, len);
                if counts && STRONG_FIELD[f] && exactish(f) {
                    strong_docs.push(d as u32);
                }
                if counts && f == F_DESCRIPTION && !tok.fuzzy_only {
                    desc_docs.push(d as u32);
                }
            }
            for &p in index.shared_postings_of(tid) {
                let (sid, f, tf) = unpack(p);
                let len = f32::from(index.sh_len[sid]);
                if sh_acc[sid] == 0.0 {
                    sh_hit.push(sid as u32);
                }
                sh_acc[sid] += w * FIELD_WEIGHT[f] * tf as f32 / norm(index, f, len);
                sh_strong[sid] |= counts && STRONG_FIELD[f] && exactish(f);
            }
        }
        if !sh_hit.is_empty() {
            // Shared texts reach every document that uses them.
            for (d, ids) in index.doc_shared.iter().enumerate() {
                let extra: f32 = ids.iter().map(|&sid| sh_acc[sid as usize]).sum();
                if extra > 0.0 {
                    if acc[d] == 0.0 {
                        hit.push(d as u32);
                    }
                    acc[d] += extra;
                    if ids.iter().any(|&sid| sh_strong[sid as usize]) {
                        strong_docs.push(d as u32);
                    }
                }
            }
            for &sid in &sh_hit {
                sh_acc[sid as usize] = 0.0;
                sh_strong[sid as usize] = false;
            }
            sh_hit.clear();
        }
        for &d in &hit {
            let d = d as usize;
            let a = acc[d];
            s.touch(d);
            s.score[d] += w_idf * a * (K1 + 1.0) / (K1 + a);
            s.mask[d] |= 1 << i;
            acc[d] = 0.0;
        }
        for d in strong_docs {
            s.flags[d as usize] |= STRONG_TEXT;
        }
        for d in desc_docs {
            s.flags[d as usize] |= IN_DESCRIPTION;
        }
        hit.clear();
    }
}

/// BM25 length normalisation of a field of `len` tokens.
fn norm(index: &Index, f: usize, len: f32) -> f32 {
    let avg = index.avg_len[f].max(1.0);
    1.0 - FIELD_B[f] + FIELD_B[f] * len / avg
}

/// A boost table by kind id: law types at their position, categories at 64 + position.
fn kind_slot(kind: u16) -> Option<usize> {
    match kind {
        0..=63 => Some(kind as usize),
        100..=163 => Some(kind as usize - 36),
        _ => None,
    }
}

fn boost_table(sections: &[impl AsRef<str>], categories: &[impl AsRef<str>], w: f32) -> [f32; 128] {
    let mut t = [0f32; 128];
    for (pos, sec) in sections.iter().enumerate() {
        if let Some(slot) = kind_slot(kind_id(Some(sec.as_ref()), None)) {
            t[slot] = t[slot].max(w * (1.0 - 0.15 * pos as f32).max(0.4));
        }
    }
    for (pos, cat) in categories.iter().enumerate() {
        if let Some(slot) = kind_slot(kind_id(None, Some(cat.as_ref()))) {
            t[slot] = t[slot].max(w * (1.0 - 0.15 * pos as f32).max(0.4));
        }
    }
    t
}

/// Adds one boost to every document: `table` by the document's kind, `GROUP_W` when it serves one of
/// `groups`. `covered` marks query words as matched; `flag` is set where `strong` says the match counts
/// as a strong one (given whether the kind matched).
fn boost_docs(
    index: &Index,
    s: &mut Scores,
    table: &[f32],
    groups: u16,
    covered: u32,
    flag: u8,
    strong: impl Fn(bool) -> bool,
) {
    for d in 0..index.n_docs {
        let boost = kind_slot(index.doc_kind[d]).map_or(0.0, |k| table[k]);
        let group = index.doc_groups[d] & groups != 0;
        if boost > 0.0 || group {
            s.touch(d);
            s.score[d] += boost + if group { GROUP_W } else { 0.0 };
            s.mask[d] |= covered;
            if strong(boost > 0.0) {
                s.flags[d] |= flag;
            }
        }
    }
}

/// Adds the boosts of lexicon concepts found in the query.
pub(crate) fn score_concepts(index: &Index, plan: &Plan, s: &mut Scores) {
    for m in &plan.concepts {
        let c = &index.concepts[m.concept].concept;
        let table = boost_table(&c.sections, &c.categories, CONCEPT_W);
        boost_docs(index, s, &table, group_bits(&c.groups), m.mask, STRONG_CONCEPT, |kind| kind);
    }
}

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
        found.sort_unstable_by_key(|f| f.0);
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

/// Adds the boosts of life situations chosen in the finder (they cover no query words).
pub(crate) fn score_situations(index: &Index, situations: &[&LifeSituation], s: &mut Scores) {
    for sit in situations {
        let table = boost_table(&sit.law_sections, &sit.categories, SITUATION_W);
        let by_group_only = sit.law_sections.is_empty() && sit.categories.is_empty();
        let groups = group_bits(&sit.target_groups);
        boost_docs(index, s, &table, groups, 0, STRONG_SITUATION, |kind| kind || by_group_only);
    }
}

/// Boosts services for a target group without filtering (used by the finder's age and "who" answers).
pub(crate) fn score_groups(index: &Index, groups: &[crate::domain::snapshot::TargetGroup], s: &mut Scores) {
    let bits = groups.iter().fold(0, |b, g| b | group_bit(*g));
    for d in 0..index.n_docs {
        if index.doc_groups[d] & bits != 0 && s.score[d] > 0.0 {
            s.score[d] += GROUP_W;
        }
    }
}
