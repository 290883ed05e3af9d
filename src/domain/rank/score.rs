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
pub(super) const CONCEPT_W: f32 = 4.0;
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

    pub(super) fn touch(&mut self, d: usize) {
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

/// `ranks` gives each section's, then each category's place (most fitting first); without it, sections
/// and categories each count from the first.
fn boost_table(
    sections: &[impl AsRef<str>],
    categories: &[impl AsRef<str>],
    ranks: &[u8],
    w: f32,
) -> [f32; 128] {
    let mut t = [0f32; 128];
    let kinds = sections.iter().map(|s| kind_id(Some(s.as_ref()), None)).enumerate();
    let kinds = kinds.chain(categories.iter().map(|c| kind_id(None, Some(c.as_ref()))).enumerate());
    for (i, (pos, kind)) in kinds.enumerate() {
        let pos = ranks.get(i).map_or(pos, |&r| usize::from(r));
        if let Some(slot) = kind_slot(kind) {
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
        let table = boost_table(&c.sections, &c.categories, &c.ranks, CONCEPT_W);
        boost_docs(index, s, &table, group_bits(&c.groups), m.mask, STRONG_CONCEPT, |kind| kind);
    }
}

/// Adds the boosts of life situations chosen in the finder (they cover no query words).
pub(crate) fn score_situations(index: &Index, situations: &[&LifeSituation], s: &mut Scores) {
    for sit in situations {
        let table = boost_table(&sit.law_sections, &sit.categories, &[], SITUATION_W);
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
